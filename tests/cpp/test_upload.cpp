#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include <set>
#include <tuple>

#include <nlohmann/json.hpp>

#include "against_all/api.hpp"
#include "against_all/figures.hpp"
#include "against_all/number_text.hpp"
#include "against_all/wire/summary.hpp"
#include "against_all/upload.hpp"
#include "against_all/wire/upload.hpp"

namespace against_all {
namespace {

using json = nlohmann::json;

const std::string kFixtures = std::string(AGAINST_ALL_SOURCE_DIR) + "/tests/fixtures/uploads/";
const std::string kRu2004 = "/work/shared/data/ru-2004-president-stations/2004.csv";

std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

Upload build(const std::string& csv, const std::string& mapping) {
  auto upload = build_upload(read_bytes(kFixtures + csv), csv, json::parse(read_bytes(kFixtures + mapping)));
  EXPECT_TRUE(upload.ok()) << upload.error().code << " " << upload.error().field;
  return upload.ok() ? std::move(upload).value() : Upload{};
}

json value_or_null(const std::optional<std::int64_t>& v) { return v ? json(*v) : json(nullptr); }

// Compares a unit's resolved figures and candidates with the expected JSON.
void expect_unit(const Dataset& d, const Figures& figures, const std::string& id, const json& expected) {
  auto unit = d.find_unit(id);
  ASSERT_TRUE(unit.has_value()) << id;
  for (auto it = expected.begin(); it != expected.end(); ++it) {
    if (it.key() == "candidates") {
      json got = json::object();
      for (int c : d.units[*unit].candidates) got[d.candidates[c].name] = value_or_null(d.candidates[c].votes);
      EXPECT_EQ(got, it.value()) << id;
      continue;
    }
    EXPECT_EQ(value_or_null(figures.value(*unit, it.key())), it.value()) << id << " " << it.key();
  }
}

void expect_matches(const Upload& upload, const json& expected, bool count_rows = true) {
  const Dataset& d = upload.dataset;
  const Figures figures = resolve_figures(d);
  if (count_rows) {
    EXPECT_EQ(upload.report.rows, expected["rows"].get<int>());
    EXPECT_EQ(upload.report.rows_used, expected["rows_used"].get<int>());
  }
  for (auto it = expected["contests"].begin(); it != expected["contests"].end(); ++it) {
    expect_unit(d, figures, it.key(), it.value());
    EXPECT_EQ(d.units[*d.find_unit(it.key())].level, d.contest_level) << it.key();
  }
  expect_unit(d, figures, "country", expected["national"]);
}

TEST(Upload, WideStationsAreSummedIntoContests) {
  const Upload upload = build("wide_stations.csv", "wide_stations.mapping.json");
  expect_matches(upload, json::parse(read_bytes(kFixtures + "stations.expected.json")));
  EXPECT_TRUE(upload.report.problems.empty());
  EXPECT_TRUE(upload.report.unknown_figures.empty());
  const Dataset& d = upload.dataset;
  // country → region → district; stations are summed, not kept.
  ASSERT_EQ(d.levels.size(), 3u);
  EXPECT_EQ(d.levels[2].id, "district");
  EXPECT_EQ(d.units.size(), 1u + 2u + 3u);
  EXPECT_EQ(d.sources[0].id, "upload");
  for (const Claim& claim : d.claims) EXPECT_EQ(claim.source, 0);
}

TEST(Upload, LongShapeGivesTheSameDataset) {
  const Upload wide = build("wide_stations.csv", "wide_stations.mapping.json");
  const Upload lng = build("long_stations.csv", "long_stations.mapping.json");
  expect_matches(lng, json::parse(read_bytes(kFixtures + "stations.expected.json")), false);
  EXPECT_TRUE(lng.report.problems.empty());
  EXPECT_EQ(lng.report.delimiter.delimiter, ';');
  // Same units, claims and candidates (claims may come in another measure order).
  ASSERT_EQ(wide.dataset.units.size(), lng.dataset.units.size());
  for (std::size_t i = 0; i < wide.dataset.units.size(); ++i) EXPECT_EQ(wide.dataset.units[i].id, lng.dataset.units[i].id);
  const auto claims = [](const Dataset& d) {
    std::set<std::tuple<int, std::string, std::int64_t>> out;
    for (const Claim& c : d.claims) out.emplace(c.unit, c.measure, c.value);
    return out;
  };
  EXPECT_EQ(claims(wide.dataset), claims(lng.dataset));
  // The long file's rows are stations × options: 20 rows, 5 reporting units.
  EXPECT_EQ(lng.report.rows, 20);
  EXPECT_EQ(lng.report.rows_used, 20);
}

TEST(Upload, SummaryAndChecksRunUnchanged) {
  const Upload upload = build("wide_stations.csv", "wide_stations.mapping.json");
  const auto summary = summary_json(upload.dataset);
  EXPECT_EQ(summary["national"]["figures"]["against_all"]["value"], 363);
  EXPECT_EQ(summary["contests"].size(), 3u);
  EXPECT_EQ(summary["regions"].size(), 2u);
  EXPECT_EQ(summary["contests"][0]["candidate_list"], "complete");
  EXPECT_TRUE(summary["findings"].empty()) << summary["findings"].dump();
}

TEST(Upload, ProblemRowsAreKeptListedAndLocated) {
  const Upload upload = build("problems.csv", "problems.mapping.json");
  const json expected = json::parse(read_bytes(kFixtures + "problems.expected.json"));
  expect_matches(upload, expected);
  const json report = json::parse(upload_report_json(upload).dump());
  EXPECT_EQ(report["rows_not_used"], expected["rows_not_used"]);
  ASSERT_EQ(report["problems"].size(), expected["problems"].size()) << report["problems"].dump(1);
  for (std::size_t i = 0; i < expected["problems"].size(); ++i) {
    for (auto it = expected["problems"][i].begin(); it != expected["problems"][i].end(); ++it) {
      EXPECT_EQ(report["problems"][i][it.key()], it.value()) << "problem " << i << " " << it.key();
    }
  }
  ASSERT_EQ(report["unknown_figures"].size(), expected["unknown_figures"].size()) << report["unknown_figures"].dump(1);
  for (std::size_t i = 0; i < expected["unknown_figures"].size(); ++i) {
    for (auto it = expected["unknown_figures"][i].begin(); it != expected["unknown_figures"][i].end(); ++it) {
      EXPECT_EQ(report["unknown_figures"][i][it.key()], it.value()) << "unknown " << i << " " << it.key();
    }
  }
  // The problem rows, downloadable: the file's columns after the line and the problems.
  const std::string csv = problem_rows_csv(upload.report);
  EXPECT_EQ(csv.substr(0, csv.find('\r')), "line;problems;region;station;registered;ballots_cast;against_all;A;B");
  EXPECT_NE(csv.find("\r\n3;csv.field_count 3:17;R1;2;100;50;5;25\r\n"), std::string::npos) << csv;
  EXPECT_NE(csv.find("\r\n2;value.not_integer 2:13 against_all;R1;1;100;60;2,5;30;28\r\n"), std::string::npos) << csv;
  EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 7);   // header + 6 rows
}

TEST(Upload, Windows1251SemicolonFileWithGroupedNumbers) {
  // "Регион;Против всех;А\r\nСевер;1 234;2\r\n" in Windows-1251, NBSP grouping.
  const std::string bytes = "\xD0\xE5\xE3\xE8\xEE\xED;\xCF\xF0\xEE\xF2\xE8\xE2 \xE2\xF1\xE5\xF5;\xC0\r\n"
                            "\xD1\xE5\xE2\xE5\xF0;1\xA0" "234;2\r\n";
  auto upload = build_upload(bytes, "cp.csv", json::parse(R"({"hierarchy":[{"level":"region","column":0}],
      "measures":{"against_all":[1]},"candidates":[2]})"));
  ASSERT_TRUE(upload.ok()) << upload.error().code;
  EXPECT_EQ(upload.value().report.encoding, TextEncoding::windows1251);
  ASSERT_EQ(upload.value().dataset.units.size(), 2u) << upload_report_json(upload.value()).dump();
  const Figures figures = resolve_figures(upload.value().dataset);
  EXPECT_EQ(figures.value(0, "against_all"), 1234);
  EXPECT_EQ(upload.value().dataset.units[1].id, "\xD0\xA1\xD0\xB5\xD0\xB2\xD0\xB5\xD1\x80");   // "Север"
}

TEST(Upload, FatalErrors) {
  const json mapping = json::parse(R"({"hierarchy":[{"level":"region","column":0}]})");
  EXPECT_EQ(build_upload("", "e.csv", mapping).error().code, "text.empty");
  EXPECT_EQ(build_upload("\n\r\n", "e.csv", mapping).error().code, "csv.empty");
  EXPECT_EQ(build_upload("region,x\n", "e.csv", mapping).error().code, "csv.empty");
  DecodeError where;
  auto bad = build_upload(std::string("a,b\n\x01\xFF\x02", 7), "e.csv", mapping, &where);
  EXPECT_EQ(bad.error().code, "text.invalid_utf8");
  EXPECT_EQ(where.byte_offset, 5u);
  auto unmapped = build_upload("region,x\nA,1\n", "e.csv", json::parse(R"({"hierarchy":[]})"));
  EXPECT_EQ(unmapped.error().code, "map.required_column_missing");
  EXPECT_EQ(unmapped.error().field, "hierarchy");
}

TEST(Upload, UnknownIsNeverZeroAndBlankCandidatesAreNotCandidates) {
  auto upload = build_upload("district,station,cast,A,B\nD1,1,10,5,\nD1,2,10,-,\nD2,3,9,4,5\n", "u.csv",
                             json::parse(R"({"hierarchy":[{"level":"district","column":0},{"level":"station","column":1}],
                                 "contest_level":"district","measures":{"ballots_cast":[2]},"candidates":[3,4]})"));
  ASSERT_TRUE(upload.ok());
  const Dataset& d = upload.value().dataset;
  const int d1 = *d.find_unit("D1");
  ASSERT_EQ(d.units[d1].candidates.size(), 1u);                 // B never stood in D1
  EXPECT_FALSE(d.candidates[d.units[d1].candidates[0]].votes);  // A: "-" in one station → unknown, not 5
  const int d2 = *d.find_unit("D2");
  EXPECT_EQ(d.units[d2].candidates.size(), 2u);
  EXPECT_EQ(resolve_figures(d).value(0, "ballots_cast"), 29);
}

TEST(Upload, InspectSuggestsAMapping) {
  auto opened = open_upload(read_bytes(kFixtures + "wide_stations.csv"), "wide_stations.csv");
  ASSERT_TRUE(opened.ok());
  const json result = json::parse(inspect_upload(opened.value()).dump());
  EXPECT_EQ(result["encoding"], "utf-8");
  EXPECT_EQ(result["delimiter"], ",");
  EXPECT_EQ(result["rows"], 5);
  EXPECT_EQ(result["preview"].size(), 5u);
  EXPECT_EQ(result["preview"][3]["fields"][3], "1 500");
  EXPECT_EQ(result["mapping"]["measures"]["ballots_cast"], json::array({4, 5}));
  EXPECT_EQ(result["mapping"]["candidates"], json::array({7, 8}));
  EXPECT_EQ(result["mapping"]["hierarchy"].size(), 3u);
}

TEST(Upload, RealRussia2004FileEndToEnd) {
  const std::string bytes = read_bytes(kRu2004);
  if (bytes.empty()) GTEST_SKIP() << kRu2004 << " is absent";
  auto opened = open_upload(bytes, "2004.csv");
  ASSERT_TRUE(opened.ok());
  const json inspected = json::parse(inspect_upload(opened.value()).dump());
  EXPECT_EQ(inspected["rows"], 95779);
  auto upload = build_upload(bytes, "2004.csv", inspected["mapping"]);
  ASSERT_TRUE(upload.ok()) << upload.error().code;
  const UploadReport& report = upload.value().report;
  EXPECT_EQ(report.rows, 95779);
  EXPECT_EQ(report.rows_used, 95779) << upload_report_json(upload.value()).dump();
  // The national against-all count is the sum of the «Против всех» column.
  std::int64_t column_sum = 0;
  {
    DelimitedReader reader(opened.value().decoded.text, ',');
    RecordView record;
    reader.next(record);
    while (reader.next(record)) column_sum += read_count_text(record.fields[26]).value;
  }
  const auto summary = summary_json(upload.value().dataset);
  EXPECT_EQ(summary["national"]["figures"]["against_all"]["value"].get<std::int64_t>(), column_sum);
  EXPECT_GT(column_sum, 2000000);
  EXPECT_EQ(summary["contests"].size(), 1u);
  EXPECT_GT(summary["regions"].size(), 80u);
  EXPECT_EQ(summary["national"]["candidate_list"], "complete");
}

}  // namespace
}  // namespace against_all

namespace against_all {
namespace {

TEST(UploadApi, InspectSummaryAndProblemsCsvOps) {
  const std::string bytes = read_bytes(kFixtures + "problems.csv");
  const std::string mapping = read_bytes(kFixtures + "problems.mapping.json");
  json inspected = json::parse(handle_with_bytes(R"({"op":"inspect","file":"problems.csv"})", bytes));
  ASSERT_TRUE(inspected["ok"].get<bool>()) << inspected.dump();
  EXPECT_EQ(inspected["result"]["delimiter"], ";");
  EXPECT_EQ(inspected["result"]["rows"], 8);
  EXPECT_EQ(inspected["result"]["file"], "problems.csv");

  const std::string upload = R"({"upload":{"file":"problems.csv","mapping":)" + mapping + "}}";
  json summary = json::parse(handle_with_bytes(R"({"op":"summary","dataset":)" + upload + "}", bytes));
  ASSERT_TRUE(summary["ok"].get<bool>()) << summary.dump();
  EXPECT_EQ(summary["result"]["upload"]["rows_used"], 5);
  EXPECT_EQ(summary["result"]["national"]["figures"]["ballots_cast"]["value"], 180);
  EXPECT_TRUE(summary["result"]["national"]["figures"]["registered"]["value"].is_null());

  json evaluate = json::parse(handle_with_bytes(
      R"({"op":"evaluate","rule":{"preset":"beats-leader"},"dataset":)" + upload + "}", bytes));
  ASSERT_TRUE(evaluate["ok"].get<bool>()) << evaluate.dump();
  EXPECT_EQ(evaluate["result"]["contests"].size(), 2u);

  json problems = json::parse(handle_with_bytes(R"({"op":"problems_csv","upload":)" + upload.substr(10), bytes));
  ASSERT_TRUE(problems["ok"].get<bool>()) << problems.dump();
  EXPECT_EQ(problems["result"]["rows"], 6);
  EXPECT_EQ(problems["result"]["csv"].get<std::string>().substr(0, 14), "line;problems;");
}

TEST(UploadApi, ErrorsAreValues) {
  json no_bytes = json::parse(handle(R"({"op":"summary","dataset":{"upload":{"mapping":{}}}})"));
  EXPECT_EQ(no_bytes["error"]["code"], "request.missing_field");
  EXPECT_EQ(no_bytes["error"]["field"], "bytes");
  json bad_text = json::parse(handle_with_bytes(R"({"op":"inspect"})", std::string("a;b\n\x01\xFF", 6)));
  EXPECT_EQ(bad_text["error"]["code"], "text.invalid_utf8");
  EXPECT_EQ(bad_text["error"]["offset"], 5);
  EXPECT_EQ(bad_text["error"]["line"], 2);
  EXPECT_EQ(bad_text["error"]["column"], 2);
  json bad_map = json::parse(handle_with_bytes(
      R"({"op":"check","dataset":{"upload":{"mapping":{"hierarchy":[{"level":"r","column":"zz"}]}}}})", "a;b\n1;2\n"));
  EXPECT_EQ(bad_map["error"]["code"], "map.unknown_column");
  EXPECT_EQ(bad_map["error"]["field"], "hierarchy.0.column");
  EXPECT_EQ(bad_map["error"]["text"], "zz");
}

}  // namespace
}  // namespace against_all
