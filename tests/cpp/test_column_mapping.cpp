#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

#include "against_all/column_mapping.hpp"
#include "against_all/wire/column_mapping.hpp"
#include "against_all/delimited_text.hpp"

namespace against_all {
namespace {

using Columns = std::vector<int>;

const std::string kRu2004 = "/work/shared/data/ru-2004-president-stations/2004.csv";

MappingSuggestion suggest(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows) {
  return suggest_mapping(header, rows);
}

TEST(ColumnMapping, NormalizesRussianKazakhAndLatin) {
  EXPECT_EQ(normalize_header("  ПРОТИВ\xC2\xA0 ВСЕХ "), "против всех");
  EXPECT_EQ(normalize_header("Барлығына ҚАРСЫ"), "барлығына қарсы");
  EXPECT_EQ(normalize_header("ӘӨҰҮҢҒҺІЁ"), "әөұүңғһіе");
  EXPECT_EQ(normalize_header("Against_All"), "against all");
}

TEST(ColumnMapping, RussianCecHeader) {
  const std::vector<std::string> header = {
      "Наименование избирательной комиссии", "Число избирателей, включенных в список избирателей на момент окончания голосования",
      "Число избирательных бюллетеней, содержащихся в переносных ящиках для голосования",
      "Число избирательных бюллетеней, содержащихся в стационарных ящиках для голосования",
      "Число недействительных избирательных бюллетеней", "Число действительных избирательных бюллетеней",
      "Иванов Иван Иванович", "Петров Петр Петрович", "Против всех"};
  const auto s = suggest(header, {{"УИК №1", "100", "5", "60", "2", "63", "30", "20", "13"},
                                  {"УИК №2", "200", "0", "150", "1", "149", "100", "40", "9"}});
  const ColumnMapping& m = s.mapping;
  EXPECT_EQ(m.shape, UploadShape::wide);
  ASSERT_EQ(m.hierarchy.size(), 1u);
  EXPECT_EQ(m.hierarchy[0].column, 0);
  EXPECT_EQ(m.measures.at(Measure::registered), Columns{1});
  EXPECT_EQ(m.measures.at(Measure::ballots_cast), (Columns{2, 3}));   // portable + stationary boxes
  EXPECT_EQ(m.measures.at(Measure::invalid), Columns{4});
  EXPECT_EQ(m.measures.at(Measure::valid_votes), Columns{5});
  EXPECT_EQ(m.measures.at(Measure::against_all), Columns{8});
  EXPECT_EQ(m.candidates, (Columns{6, 7}));
  EXPECT_EQ(m.contest_level, "country");
  EXPECT_TRUE(s.unmapped.empty());
}

TEST(ColumnMapping, KazakhHeader) {
  const std::vector<std::string> header = {"Облыс", "Аудан", "Сайлаушылар тізіміне енгізілген сайлаушылар саны",
                                           "Дауыс беруге қатысқан сайлаушылар саны", "Жарамсыз бюллетеньдер",
                                           "Барлығына қарсы", "Ахметов Серік", "Нұрланова Айгүл"};
  const auto s = suggest(header, {{"Абай", "Аягөз", "1000", "600", "5", "40", "300", ""},
                                  {"Абай", "Үржар", "900", "500", "3", "20", "", "250"}});
  const ColumnMapping& m = s.mapping;
  ASSERT_EQ(m.hierarchy.size(), 2u);
  EXPECT_EQ(m.hierarchy[0].level, "region");
  EXPECT_EQ(m.hierarchy[1].level, "district");
  EXPECT_EQ(m.measures.at(Measure::registered), Columns{2});
  EXPECT_EQ(m.measures.at(Measure::ballots_cast), Columns{3});
  EXPECT_EQ(m.measures.at(Measure::invalid), Columns{4});
  EXPECT_EQ(m.measures.at(Measure::against_all), Columns{5});
  EXPECT_EQ(m.candidates, (Columns{6, 7}));
  // Candidates differ between the districts of one region: each district is its own contest (the
  // most detailed level under which the candidates change), and the data says so: not asked.
  EXPECT_EQ(m.contest_level, "district");
  EXPECT_EQ(std::find(s.ambiguous.begin(), s.ambiguous.end(), "contest_level"), s.ambiguous.end());
}

TEST(ColumnMapping, EnglishHeaderWithNotaAndUnmappedColumns) {
  const std::vector<std::string> header = {"State", "Constituency", "Registered voters", "Votes cast", "Rejected",
                                           "NOTA", "Smith", "Jones", "Notes", "Turnout %"};
  // Jones does not stand in A-2: each constituency is a contest, so its published turnout is read.
  const auto s = suggest(header, {{"A", "A-1", "1000", "700", "7", "12", "400", "281", "recount", "70"},
                                  {"A", "A-2", "1000", "700", "7", "12", "681", "", "", "70"}});
  const ColumnMapping& m = s.mapping;
  ASSERT_EQ(m.hierarchy.size(), 2u);
  EXPECT_EQ(m.hierarchy[0].column, 0);
  EXPECT_EQ(m.hierarchy[1].column, 1);
  EXPECT_EQ(m.measures.at(Measure::registered), Columns{2});
  EXPECT_EQ(m.measures.at(Measure::ballots_cast), Columns{3});
  EXPECT_EQ(m.measures.at(Measure::invalid), Columns{4});
  EXPECT_EQ(m.measures.at(Measure::against_all), Columns{5});
  EXPECT_EQ(m.measures.at(Measure::turnout_pct), Columns{9});
  EXPECT_EQ(m.candidates, (Columns{6, 7}));
  EXPECT_EQ(s.unmapped, Columns{8});   // kept, listed
}

TEST(ColumnMapping, AgainstAllSpellings) {
  for (const char* header : {"Против всех", "ПРОТИВ ВСЕХ кандидатов", "Барлығына қарсы", "Against all", "NOTA",
                             "None of the above"}) {
    const auto s = suggest({"Region", header}, {{"A", "5"}});
    ASSERT_TRUE(s.mapping.measures.count(Measure::against_all)) << header;
    EXPECT_EQ(s.mapping.measures.at(Measure::against_all), Columns{1}) << header;
  }
}

TEST(ColumnMapping, LongShape) {
  const std::vector<std::string> header = {"region", "district", "candidate", "votes"};
  const auto s = suggest(header, {{"A", "A1", "Ivanov", "10"}, {"A", "A1", "Против всех", "3"},
                                  {"A", "A1", "Недействительные бюллетени", "1"}});
  const ColumnMapping& m = s.mapping;
  EXPECT_EQ(m.shape, UploadShape::long_);
  EXPECT_EQ(m.option_column, 2);
  EXPECT_EQ(m.votes_column, 3);
  EXPECT_EQ(m.options.at("Против всех"), OptionTarget::of(Measure::against_all));
  EXPECT_EQ(m.options.at("Недействительные бюллетени"), OptionTarget::of(Measure::invalid));
  EXPECT_FALSE(m.options.count("Ivanov"));
}

TEST(ColumnMapping, ReadsJsonByIndexOrName) {
  const std::vector<std::string> header = {"region", "uik", "Против всех", "A", "B", "box1", "box2"};
  const auto json = nlohmann::json::parse(R"({
    "shape": "wide",
    "hierarchy": [ { "level": "region", "column": "region" }, { "level": "station", "column": 1 } ],
    "contest_level": "region",
    "measures": { "against_all": ["Против всех"], "ballots_cast": [5, "box2"] },
    "candidates": [3, "B"] })");
  auto m = read_mapping(json, header);
  ASSERT_TRUE(m.ok()) << m.error().code << " " << m.error().field;
  EXPECT_EQ(m.value().contest_depth(), 0);
  EXPECT_EQ(m.value().measures.at(Measure::ballots_cast), (Columns{5, 6}));
  EXPECT_EQ(m.value().candidates, (Columns{3, 4}));
  const auto back = mapping_json(m.value());
  EXPECT_EQ(back["measures"]["against_all"].dump(), "[2]");
  auto again = read_mapping(nlohmann::json::parse(back.dump()), header);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again.value().candidates, m.value().candidates);
}

TEST(ColumnMapping, MappingErrors) {
  const std::vector<std::string> header = {"region", "x", "x", "votes"};
  const auto error_of = [&](const char* text) {
    auto m = read_mapping(nlohmann::json::parse(text), header);
    EXPECT_FALSE(m.ok()) << text;
    return m.ok() ? Error{} : m.error();
  };
  EXPECT_EQ(error_of(R"({"measures": {}})").code, "map.required_column_missing");
  EXPECT_EQ(error_of(R"({"hierarchy": []})").code, "map.required_column_missing");
  Error e = error_of(R"({"hierarchy": [{"level": "region", "column": "nope"}]})");
  EXPECT_EQ(e.code, "map.unknown_column");
  EXPECT_EQ(e.field, "hierarchy.0.column");
  EXPECT_EQ(*e.text, "nope");
  EXPECT_EQ(error_of(R"({"hierarchy": [{"level": "region", "column": "x"}]})").code, "map.ambiguous_column");
  EXPECT_EQ(error_of(R"({"hierarchy": [{"level": "region", "column": 9}]})").code, "map.unknown_column");
  EXPECT_EQ(error_of(R"({"hierarchy": [{"level": "region", "column": 0}], "measures": {"against_all": [0]}})").code,
            "map.duplicate_column");
  EXPECT_EQ(error_of(R"({"hierarchy": [{"level": "region", "column": 0}], "measures": {"votes": [3]}})").code,
            "map.unknown_measure");
  EXPECT_EQ(error_of(R"({"hierarchy": [{"level": "region", "column": 0}], "contest_level": "planet"})").code,
            "map.invalid");
  EXPECT_EQ(error_of(R"({"shape": "long", "hierarchy": [{"level": "region", "column": 0}]})").code,
            "map.required_column_missing");
}

TEST(ColumnMapping, RealRussia2004Header) {
  std::ifstream in(kRu2004, std::ios::binary);
  if (!in) GTEST_SKIP() << kRu2004 << " is absent";
  std::string text(256 * 1024, '\0');
  in.read(&text[0], static_cast<std::streamsize>(text.size()));
  text.resize(static_cast<std::size_t>(in.gcount()));
  text.resize(text.rfind('\n') + 1);
  const auto rows = read_delimited(text, sniff_delimiter(text).delimiter, 21);
  std::vector<std::vector<std::string>> sample(rows.rows.begin() + 1, rows.rows.end());
  const auto s = suggest(rows.rows[0], sample);
  const ColumnMapping& m = s.mapping;
  EXPECT_EQ(m.shape, UploadShape::wide);
  ASSERT_EQ(m.hierarchy.size(), 3u);
  EXPECT_EQ(m.hierarchy[0].level, "region");
  EXPECT_EQ(m.hierarchy[0].column, 0);
  EXPECT_EQ(m.hierarchy[1].level, "district");
  EXPECT_EQ(m.hierarchy[1].column, 1);
  EXPECT_EQ(m.hierarchy[2].level, "station");
  EXPECT_EQ(m.hierarchy[2].column, 2);
  EXPECT_EQ(m.contest_level, "country");
  EXPECT_EQ(m.measures.at(Measure::registered), Columns{3});
  EXPECT_EQ(m.measures.at(Measure::ballots_cast), (Columns{9, 10}));
  EXPECT_EQ(m.measures.at(Measure::invalid), Columns{11});
  EXPECT_EQ(m.measures.at(Measure::valid_votes), Columns{12});
  EXPECT_EQ(m.measures.at(Measure::against_all), Columns{26});
  EXPECT_EQ(m.measures.size(), 5u);
  EXPECT_EQ(m.candidates, (Columns{20, 21, 22, 23, 24, 25}));
  EXPECT_TRUE(s.ambiguous.empty());
  // Everything else is kept as unmapped: the other commission counts and the url.
  EXPECT_EQ(s.unmapped, (Columns{4, 5, 6, 7, 8, 13, 14, 15, 16, 17, 18, 19, 27}));
}

}  // namespace
}  // namespace against_all
