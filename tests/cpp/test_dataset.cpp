#include <gtest/gtest.h>

#include "against_all/dataset.hpp"
#include "against_all/value.hpp"
#include "against_all/wire/dataset_manifest.hpp"
#include "test_support.hpp"

namespace against_all {
namespace {

using test::fixture;
using test::with_line;
using test::without_line;

Dataset read_ok(const test::Files& files) {
  auto dataset = read_dataset(files);
  EXPECT_TRUE(dataset.ok()) << located_message(dataset.error());
  return dataset.ok() ? dataset.value() : Dataset{};
}

Error read_error(const test::Files& files) {
  auto dataset = read_dataset(files);
  EXPECT_FALSE(dataset.ok());
  return dataset.ok() ? Error{} : dataset.error();
}

void expect_error(const Error& error, const std::string& code, const std::string& file, int line, int column,
                  const std::string& field, const std::string& text) {
  EXPECT_EQ(error.code, code);
  EXPECT_EQ(error.file, file);
  EXPECT_EQ(error.line, line);
  EXPECT_EQ(error.column, column);
  EXPECT_EQ(error.field, field);
  ASSERT_TRUE(error.text.has_value());
  EXPECT_EQ(*error.text, text);
}

TEST(Dataset, ReadsTheCleanFixture) {
  const Dataset d = read_ok(fixture("clean"));
  EXPECT_EQ(d.id, "mini");
  EXPECT_EQ(d.title.en, "Mini");
  ASSERT_EQ(d.levels.size(), 3u);
  EXPECT_EQ(d.contest_level, 2);
  EXPECT_EQ(d.units.size(), 7u);
  EXPECT_EQ(d.units[d.root].id, "land");
  EXPECT_EQ(d.units_at_level(1).size(), 2u);
  EXPECT_EQ(d.units_at_level(2).size(), 4u);
  EXPECT_EQ(d.descendants_at_level(d.root, 2).size(), 4u);
  EXPECT_EQ(d.units[*d.find_unit("north")].children.size(), 2u);
  EXPECT_EQ(d.units[*d.find_unit("north/a")].candidates.size(), 2u);
  EXPECT_EQ(d.claims.size(), 31u);
  EXPECT_EQ(d.published.size(), 4u);
  EXPECT_EQ(d.candidates.size(), 9u);
  EXPECT_EQ(d.extra_measures, (std::vector<std::string>{"contests", "regions"}));
  EXPECT_EQ(d.sources[1].title, "Final protocol");
  EXPECT_EQ(d.sources[0].title, "Results, as reported");
}

TEST(Dataset, ClaimRuleSourcesComeFirstThenTheRestInFileOrder) {
  const Dataset d = read_ok(fixture("clean"));
  ASSERT_EQ(d.source_priority.size(), 2u);
  EXPECT_EQ(d.sources[d.source_priority[0]].id, "official");
  EXPECT_EQ(d.sources[d.source_priority[1]].id, "news");
}

TEST(Dataset, PublishedPercentagesKeepTheirTextAndDecimals) {
  const Dataset d = read_ok(fixture("clean"));
  const PublishedClaim& land = d.published[0];
  EXPECT_EQ(land.measure, Measure::against_all_pct);
  EXPECT_EQ(land.text, "5.45");
  EXPECT_EQ(land.decimals, 2);
  EXPECT_DOUBLE_EQ(land.value, 5.45);
  const PublishedClaim& turnout = d.published[2];
  EXPECT_EQ(turnout.text, "80.0");
  EXPECT_EQ(turnout.decimals, 1);
}

TEST(Dataset, EmptyCandidateVotesAreUnknownNotZero) {
  const Dataset d = read_ok(fixture("unknown_votes"));
  const Unit& a = d.units[*d.find_unit("north/a")];
  EXPECT_TRUE(d.candidates[a.candidates[0]].votes.has_value());
  EXPECT_FALSE(d.candidates[a.candidates[1]].votes.has_value());
  EXPECT_EQ(d.candidates[a.candidates[1]].party, "");
  EXPECT_EQ(d.candidates[a.candidates[1]].name_source, "Bekova, Aigul");
}

TEST(Dataset, ErrorFixturesAreLocated) {
  for (const char* name : {"error_csv_unbalanced_quote", "error_csv_field_count", "error_value_not_integer",
                           "error_figure_unknown_unit", "error_unit_unknown_parent"}) {
    SCOPED_TRACE(name);
    const Error error = read_error(fixture(name));
    const auto want = test::expected(name)["error"];
    EXPECT_EQ(error.code, want["code"]);
    EXPECT_EQ(error.file, want["file"]);
    EXPECT_EQ(error.line, want["line"]);
    EXPECT_EQ(error.column, want["column"]);
    if (want.contains("field")) EXPECT_EQ(error.field, want["field"]);
    if (want.contains("text")) EXPECT_EQ(*error.text, want["text"]);
  }
}

TEST(Dataset, CountThatIsNotAnIntegerNamesFileLineColumnFieldAndText) {
  const Error error = read_error(with_line(fixture("clean"), "figures.csv", "north,ballots_cast",
                                           "north,ballots_cast,1200.0,official,"));
  expect_error(error, "value.not_integer", "figures.csv", 9, 20, "value", "1200.0");
}

TEST(Dataset, NegativeCount) {
  const Error error = read_error(with_line(fixture("clean"), "figures.csv", "north,ballots_cast",
                                           "north,ballots_cast,-5,official,"));
  expect_error(error, "value.negative", "figures.csv", 9, 20, "value", "-5");
}

TEST(Dataset, FigureValueMayNotBeEmpty) {
  const Error error = read_error(with_line(fixture("clean"), "figures.csv", "north,ballots_cast",
                                           "north,ballots_cast,,official,"));
  expect_error(error, "value.missing", "figures.csv", 9, 20, "value", "");
}

TEST(Dataset, PercentWithACommaIsNotANumber) {
  const Error error = read_error(with_line(fixture("clean"), "figures.csv", "north,against_all_pct",
                                           "north,against_all_pct,\"5,8\",official,"));
  expect_error(error, "value.not_number", "figures.csv", 11, 23, "value", "5,8");
}

TEST(Dataset, CandidateVotesMustBeWholeNumbers) {
  const Error error = read_error(with_line(fixture("clean"), "candidates.csv", "south/d,Калиева",
                                           "south/d,Калиева Дана,Dana Kalieva,,1o0,no,official"));
  expect_error(error, "value.not_integer", "candidates.csv", 10, 36, "votes", "1o0");
}

TEST(Dataset, UnknownUnitMeasureAndSourceInFigures) {
  expect_error(read_error(with_line(fixture("clean"), "figures.csv", "", "nowhere,against_all,1,official,")),
               "figure.unknown_unit", "figures.csv", 37, 1, "unit", "nowhere");
  expect_error(read_error(with_line(fixture("clean"), "figures.csv", "", "land,voted,1,official,")),
               "figure.unknown_measure", "figures.csv", 37, 6, "measure", "voted");
  expect_error(read_error(with_line(fixture("clean"), "figures.csv", "", "land,against_all,1,rumour,")),
               "figure.unknown_source", "figures.csv", 37, 20, "source", "rumour");
}

TEST(Dataset, UnitErrors) {
  expect_error(read_error(with_line(fixture("clean"), "units.csv", "", "north/a,north,contest,district,,,,,")),
               "unit.duplicate_id", "units.csv", 9, 1, "id", "north/a");
  expect_error(read_error(with_line(fixture("clean"), "units.csv", "", "north/z,north,village,district,,,,,")),
               "unit.unknown_level", "units.csv", 9, 15, "level", "village");
  expect_error(read_error(with_line(fixture("clean"), "units.csv", "", "north/z,south/c,contest,district,,,,,")),
               "unit.unknown_parent", "units.csv", 9, 9, "parent", "south/c");
  expect_error(read_error(with_line(fixture("clean"), "units.csv", "", "north/z,north,contest,district,,,,gossip,")),
               "unit.unknown_source", "units.csv", 9, 35, "source", "gossip");
}

TEST(Dataset, ParentsMayFollowTheirChildren) {
  const test::Files files = with_line(without_line(fixture("clean"), "units.csv", "north,land"), "units.csv", "",
                                      "north,land,region,region,Север,Солтүстік,North,official,");
  const Dataset d = read_ok(files);
  EXPECT_EQ(d.units[*d.find_unit("north/a")].parent, *d.find_unit("north"));
}

TEST(Dataset, CandidateErrors) {
  expect_error(read_error(with_line(fixture("clean"), "candidates.csv", "", "north,Someone,,,1,no,official")),
               "candidate.unknown_contest", "candidates.csv", 11, 1, "contest", "north");
  expect_error(read_error(with_line(fixture("clean"), "candidates.csv", "", "north/a,Someone,,,1,maybe,official")),
               "candidate.bad_elected", "candidates.csv", 11, 21, "elected", "maybe");
  expect_error(read_error(with_line(fixture("clean"), "candidates.csv", "", "north/a,Someone,,,1,yes,official")),
               "candidate.bad_elected", "candidates.csv", 11, 21, "elected", "yes");
  expect_error(read_error(with_line(fixture("clean"), "candidates.csv", "", "north/a,Someone,,,1,no,gossip")),
               "candidate.unknown_source", "candidates.csv", 11, 24, "source", "gossip");
}

TEST(Dataset, ManifestErrors) {
  test::Files files = fixture("clean");
  files.erase("dataset.json");
  EXPECT_EQ(read_error(files).code, "dataset.missing_file");
  EXPECT_EQ(read_error(files).file, "dataset.json");

  files = fixture("clean");
  files["dataset.json"] = "{\n  \"format\": \"against-all/dataset@1\",\n  \"id\": }";
  Error error = read_error(files);
  EXPECT_EQ(error.code, "dataset.invalid_manifest");
  EXPECT_EQ(error.line, 3);
  EXPECT_EQ(error.column, 9);

  files = fixture("clean");
  files["dataset.json"] = R"({"format":"against-all/dataset@2"})";
  error = read_error(files);
  EXPECT_EQ(error.code, "dataset.unsupported_format");
  EXPECT_EQ(*error.text, "against-all/dataset@2");

  files = fixture("clean");
  files.erase("units.csv");
  error = read_error(files);
  EXPECT_EQ(error.code, "dataset.missing_file");
  EXPECT_EQ(error.file, "units.csv");

  files = fixture("clean");
  files["dataset.json"] = std::string(R"({"format":"against-all/dataset@1","id":"x","levels":[{"id":"country"}],)") +
                          R"("claim_rule":{"source_priority":["nobody"]},)" +
                          R"("files":{"sources":"sources.csv","units":"units.csv","figures":"figures.csv"}})";
  error = read_error(files);
  EXPECT_EQ(error.code, "dataset.invalid_manifest");
  EXPECT_EQ(error.field, "claim_rule.source_priority");
}

TEST(DatasetManifest, ReadFromItsJsonIntoAPlainStruct) {
  auto read = read_dataset_manifest(fixture("clean").at("dataset.json"));
  ASSERT_TRUE(read.ok()) << located_message(read.error());
  const DatasetManifest& manifest = read.value();
  EXPECT_EQ(manifest.id, "mini");
  EXPECT_EQ(manifest.title.kk, "Шағын");
  EXPECT_EQ(manifest.date, "2024-01-01");
  ASSERT_EQ(manifest.levels.size(), 3u);
  EXPECT_EQ(manifest.levels[1].name.en, "Region");
  EXPECT_EQ(manifest.contest_level, 2);
  EXPECT_EQ(manifest.source_priority, (std::vector<std::string>{"official"}));
  EXPECT_EQ(manifest.units_file, "units.csv");
  EXPECT_EQ(manifest.candidates_file, "candidates.csv");

  const std::string start = R"({"format":"against-all/dataset@1","id":"x",)";
  Error error = read_dataset_manifest(start + R"("levels":[{"id":"a"},{"id":"a"}]})").error();
  EXPECT_EQ(error.code, "dataset.invalid_manifest");
  EXPECT_EQ(error.file, "dataset.json");
  EXPECT_EQ(error.field, "levels");
  EXPECT_EQ(*error.text, "a");
  error = read_dataset_manifest(start + R"("levels":[{"id":"a"}],"files":{"sources":"s"}})").error();
  EXPECT_EQ(error.field, "files.units");
}

TEST(DatasetManifest, TheDatasetIsReadFromThePlainStruct) {
  const test::Files files = fixture("clean");
  DatasetManifest manifest = read_dataset_manifest(files.at("dataset.json")).value();
  manifest.candidates_file.clear();
  auto dataset = read_dataset(manifest, files);
  ASSERT_TRUE(dataset.ok()) << located_message(dataset.error());
  EXPECT_EQ(dataset.value().id, "mini");
  EXPECT_EQ(dataset.value().contest_level, 2);
  EXPECT_TRUE(dataset.value().candidates.empty());
}

TEST(Dataset, MissingColumnAndEmptyFile) {
  test::Files files = fixture("clean");
  files["figures.csv"] = "unit,measure,source\nland,contests,official\n";
  Error error = read_error(files);
  EXPECT_EQ(error.code, "csv.missing_column");
  EXPECT_EQ(error.file, "figures.csv");
  EXPECT_EQ(error.field, "value");

  files = fixture("clean");
  files["figures.csv"] = "";
  EXPECT_EQ(read_error(files).code, "csv.empty");
}

TEST(Value, CountsAndPercentages) {
  CsvTable table;
  table.file = "f.csv";
  auto count = [&](const std::string& text) { return read_count(table, CsvField{text, 1, 1}, "value"); };
  auto percent = [&](const std::string& text) { return read_percent(table, CsvField{text, 1, 1}, "value"); };
  EXPECT_EQ(count("0").value(), 0);
  EXPECT_EQ(count("654443").value(), 654443);
  EXPECT_EQ(count("9223372036854775807").value(), INT64_MAX);
  EXPECT_EQ(count("9223372036854775808").error().code, "value.not_integer");
  EXPECT_EQ(count("1e3").error().code, "value.not_integer");
  EXPECT_EQ(count(" 1").error().code, "value.not_integer");
  EXPECT_EQ(count("654 443").error().code, "value.not_integer");
  EXPECT_EQ(count("-0").error().code, "value.negative");
  EXPECT_EQ(percent("0.03").value().decimals, 2);
  EXPECT_DOUBLE_EQ(percent("0.03").value().value, 0.03);
  EXPECT_EQ(percent("7").value().decimals, 0);
  EXPECT_EQ(percent("56.0").value().decimals, 1);
  EXPECT_EQ(percent("1.").error().code, "value.not_number");
  EXPECT_EQ(percent(".5").error().code, "value.not_number");
  EXPECT_EQ(percent("abc").error().code, "value.not_number");
  EXPECT_EQ(percent("-1.5").error().code, "value.negative");
}

}  // namespace
}  // namespace against_all
