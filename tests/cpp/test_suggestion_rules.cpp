// The rules a careful analyst uses, each on its own: numbers are never levels, a total beats its
// parts, repeated contest figures are read once, valid votes that leave against all out are said
// and offered a reading, ballots cast derived, and a blocked contest is always a finding.
#include <gtest/gtest.h>

#include <algorithm>

#include "against_all/api.hpp"
#include "against_all/column_mapping.hpp"
#include "against_all/wire/column_mapping.hpp"
#include "against_all/figures.hpp"
#include "against_all/summary.hpp"
#include "against_all/upload.hpp"

namespace against_all {
namespace {

using json = nlohmann::json;
using Columns = std::vector<int>;

// The ECI header the issue names, one row per candidate, NOTA as a row; "Valid Votes" leaves NOTA out.
const std::vector<std::string> kEciHeader = {
    "State Name", "PC Name", "Candidate Name", "Votes Secured - General", "Votes Secured - Postal",
    "Votes Secured - Total", "Total Votes Polled In The Constituency", "Valid Votes", "Total Electors"};

std::string eci_csv() {
  std::string csv;
  for (std::size_t i = 0; i < kEciHeader.size(); ++i) csv += (i ? "," : "") + kEciHeader[i];
  csv += "\n";
  csv += "Goa,North Goa,A,900,10,910,1200,1110,2000\n";
  csv += "Goa,North Goa,B,190,10,200,1200,1110,2000\n";
  csv += "Goa,North Goa,NOTA,89,1,90,1200,1110,2000\n";
  csv += "Goa,South Goa,C,500,0,500,1000,950,1800\n";
  csv += "Goa,South Goa,D,450,0,450,1000,950,1800\n";
  csv += "Goa,South Goa,NOTA,50,0,50,1000,950,1800\n";
  csv += "Kerala,Wayanad,E,800,5,805,1000,900,1500\n";
  csv += "Kerala,Wayanad,F,95,0,95,1000,900,1500\n";
  csv += "Kerala,Wayanad,NOTA,100,0,100,1000,900,1500\n";
  return csv;
}

std::vector<std::vector<std::string>> rows_of(const std::string& csv) {
  std::vector<std::vector<std::string>> rows;
  std::size_t start = csv.find('\n') + 1;
  while (start < csv.size()) {
    const std::size_t end = csv.find('\n', start);
    std::vector<std::string> row;
    std::string line = csv.substr(start, end - start);
    std::size_t at = 0;
    for (std::size_t comma; (comma = line.find(',', at)) != std::string::npos; at = comma + 1) row.push_back(line.substr(at, comma - at));
    row.push_back(line.substr(at));
    rows.push_back(row);
    start = end + 1;
  }
  return rows;
}

json call(const json& request, const std::string& bytes) {
  return json::parse(handle_with_bytes(request.dump(), bytes));
}

const json* finding(const json& findings, const std::string& code) {
  for (const auto& f : findings)
    if (f["code"] == code) return &f;
  return nullptr;
}

TEST(SuggestionRules, NumericColumnsAreNeverLevels) {
  const auto s = suggest_mapping(kEciHeader, rows_of(eci_csv()));
  for (const auto& level : s.mapping.hierarchy) {
    EXPECT_NE(kEciHeader[level.column], "Total Votes Polled In The Constituency");
    EXPECT_NE(level.column, 6);
  }
  ASSERT_EQ(s.mapping.hierarchy.size(), 2u);
  EXPECT_EQ(s.mapping.hierarchy[0].column, 0);   // State Name
  EXPECT_EQ(s.mapping.hierarchy[1].column, 1);   // PC Name
  EXPECT_EQ(s.mapping.contest_level, s.mapping.hierarchy[1].level);
  EXPECT_EQ(s.mapping.measures.at(Measure::ballots_cast), Columns{6});
  EXPECT_EQ(s.mapping.measures.at(Measure::registered), Columns{8});
  // A number column named by a level word is still no level when names tell the rows apart.
  const auto coded = suggest_mapping({"region", "region_name", "municipality", "A", "B"},
                                     {{"3", "Varna", "Avren", "10", "20"}, {"3", "Varna", "Aksakovo", "5", "5"},
                                      {"4", "Ruse", "Ruse", "1", "2"}});
  for (const auto& level : coded.mapping.hierarchy) EXPECT_NE(level.column, 0);
  // A station number is the one exception: only it tells the rows apart.
  const auto stations = suggest_mapping({"ТИК", "УИК", "Против всех", "Иванов Иван"},
                                        {{"Т1", "101", "3", "10"}, {"Т1", "102", "4", "12"}});
  ASSERT_EQ(stations.mapping.hierarchy.size(), 2u);
  EXPECT_EQ(stations.mapping.hierarchy[1].column, 1);
}

TEST(SuggestionRules, TotalVotesBeatTheirParts) {
  const auto s = suggest_mapping(kEciHeader, rows_of(eci_csv()));
  EXPECT_EQ(s.mapping.shape, UploadShape::long_);
  EXPECT_EQ(s.mapping.option_column, 2);
  EXPECT_EQ(s.mapping.votes_column, 5);   // "Votes Secured - Total", not General or Postal
  EXPECT_TRUE(s.columns[5].sure);
  EXPECT_EQ(s.columns[3].role, "unused");
  EXPECT_EQ(s.columns[3].reason, "vote_part");
  EXPECT_EQ(s.mapping.options.at("NOTA"), OptionTarget::of(Measure::against_all));
  // Parts alone: the first is used and asked about.
  const auto parts = suggest_mapping({"PC Name", "Candidate Name", "EVM Votes", "Postal Votes"},
                                     {{"X", "A", "10", "1"}, {"X", "B", "5", "0"}});
  EXPECT_EQ(parts.mapping.votes_column, 2);
  EXPECT_FALSE(parts.columns[2].sure);
  ASSERT_FALSE(parts.questions.empty());
}

TEST(SuggestionRules, RepeatedContestFiguresAreReadOncePerContest) {
  const std::string csv = eci_csv();
  const json inspected = call({{"op", "inspect"}, {"file", "eci.csv"}}, csv);
  ASSERT_TRUE(inspected["ok"]) << inspected.dump();
  json mapping = inspected["result"]["mapping"];
  mapping["conventions"] = {{"valid_votes", "excludes_against_all"}};
  const json summary = call({{"op", "summary"}, {"dataset", {{"upload", {{"file", "eci.csv"}, {"mapping", mapping}}}}}}, csv);
  ASSERT_TRUE(summary["ok"]) << summary.dump();
  const json& national = summary["result"]["national"]["figures"];
  EXPECT_EQ(national["registered"]["value"], 2000 + 1800 + 1500);   // once per contest, not per row
  EXPECT_EQ(national["ballots_cast"]["value"], 1200 + 1000 + 1000);
  EXPECT_EQ(national["against_all"]["value"], 90 + 50 + 100);
  EXPECT_EQ(national["valid_votes"]["value"], 1110 + 90 + 950 + 50 + 900 + 100);
}

TEST(SuggestionRules, ValidVotesWithoutNotaAreAFindingAndAnOffer) {
  const std::string csv = eci_csv();
  const json inspected = call({{"op", "inspect"}, {"file", "eci.csv"}}, csv);
  const json mapping = inspected["result"]["mapping"];
  ASSERT_EQ(mapping["measures"]["valid_votes"], json::array({7}));
  const json request = {{"op", "summary"}, {"dataset", {{"upload", {{"file", "eci.csv"}, {"mapping", mapping}}}}}};
  const json summary = call(request, csv);
  ASSERT_TRUE(summary["ok"]) << summary.dump();
  // Every contest: a finding with the numbers, short by exactly the NOTA count.
  int said = 0;
  for (const auto& f : summary["result"]["findings"]) {
    if (f["code"] != "check.valid_votes_exclude_against_all") continue;
    ++said;
    EXPECT_EQ(f["values"]["difference"], f["values"]["against_all"]);
    EXPECT_EQ(f["values"]["sum"].get<long long>() - f["values"]["valid_votes"].get<long long>(),
              f["values"]["against_all"].get<long long>());
  }
  EXPECT_EQ(said, 3);
  // The report names the convention and offers the two readings.
  const json& offers = summary["result"]["upload"]["conventions"];
  ASSERT_EQ(offers.size(), 1u);
  EXPECT_EQ(offers[0]["code"], "convention.valid_votes_exclude_against_all");
  EXPECT_EQ(offers[0]["contests"], 3);
  EXPECT_EQ(offers[0]["of"], 3);
  ASSERT_EQ(offers[0]["readings"].size(), 2u);
  // The first reading, merged into the mapping: no finding left, every contest decided.
  json fixed = mapping;
  fixed.merge_patch(offers[0]["readings"][0]["mapping"]);
  const json evaluated = call({{"op", "evaluate"}, {"rule", {{"preset", "beats-leader"}}},
                               {"dataset", {{"upload", {{"file", "eci.csv"}, {"mapping", fixed}}}}}}, csv);
  ASSERT_TRUE(evaluated["ok"]) << evaluated.dump();
  for (const auto& contest : evaluated["result"]["contests"]) EXPECT_NE(contest["outcome"], "undecided") << contest.dump();
  const json checked = call({{"op", "check"}, {"dataset", {{"upload", {{"file", "eci.csv"}, {"mapping", fixed}}}}}}, csv);
  EXPECT_EQ(finding(checked["result"]["findings"], "check.valid_votes_exclude_against_all"), nullptr);
  EXPECT_TRUE(checked["result"]["upload"]["conventions"].empty());
  // The second: valid votes unmapped.
  json unmapped = mapping;
  unmapped.merge_patch(offers[0]["readings"][1]["mapping"]);
  const json plain = call({{"op", "summary"}, {"dataset", {{"upload", {{"file", "eci.csv"}, {"mapping", unmapped}}}}}}, csv);
  ASSERT_TRUE(plain["ok"]) << plain.dump();
  // Nothing of the file's column is read; valid votes are what the candidates and NOTA make (derived).
  EXPECT_NE(plain["result"]["national"]["figures"]["valid_votes"]["status"], "reported");
  EXPECT_EQ(finding(plain["result"]["findings"], "check.valid_votes_exclude_against_all"), nullptr);
}

TEST(SuggestionRules, BallotsCastDerivedFromValidAndInvalid) {
  const std::string csv = "District,Valid,Invalid,Against all,Smith John,Jones Mary\nA,100,5,10,50,40\nB,200,7,20,100,80\n";
  const json mapping = {{"hierarchy", {{{"level", "district"}, {"column", 0}}}},
                        {"contest_level", "district"},
                        {"measures", {{"valid_votes", {1}}, {"invalid", {2}}, {"against_all", {3}}}},
                        {"candidates", {4, 5}}};
  const json summary = call({{"op", "summary"}, {"dataset", {{"upload", {{"file", "d.csv"}, {"mapping", mapping}}}}}}, csv);
  ASSERT_TRUE(summary["ok"]) << summary.dump();
  const json& offers = summary["result"]["upload"]["conventions"];
  ASSERT_EQ(offers.size(), 1u);
  EXPECT_EQ(offers[0]["code"], "convention.ballots_cast_derivable");
  json derived = mapping;
  derived.merge_patch(offers[0]["readings"][0]["mapping"]);
  const json again = call({{"op", "summary"}, {"dataset", {{"upload", {{"file", "d.csv"}, {"mapping", derived}}}}}}, csv);
  ASSERT_TRUE(again["ok"]) << again.dump();
  const json& cast = again["result"]["national"]["figures"]["ballots_cast"];
  EXPECT_EQ(cast["value"], 105 + 207);
  // Marked derived: its claim says so, and the report's notes count the units.
  ASSERT_FALSE(again["result"]["regions"].empty());
  const json& claim = again["result"]["regions"][0]["figures"]["ballots_cast"]["claims"][0];
  EXPECT_NE(claim["note"].get<std::string>().find("derived"), std::string::npos);
  bool noted = false;
  for (const auto& note : again["result"]["upload"]["notes"]) noted = noted || note.get<std::string>().find("conventions.ballots_cast") == 0;
  EXPECT_TRUE(noted);
  EXPECT_EQ(again["result"]["upload"]["mapping"]["conventions"]["ballots_cast"], "derived");
}

TEST(SuggestionRules, TurnoutFractionIsFoundAndRead) {
  const std::string csv = "Constituency,Electors,Ballots cast,Turnout,NOTA,Smith John,Jones Mary,Lee Ann\nA,100,60,0.6,5,30,25,\nB,200,150,0.75,5,100,,45\n";
  const json inspected = call({{"op", "inspect"}, {"file", "t.csv"}}, csv);
  const json& mapping = inspected["result"]["mapping"];
  EXPECT_EQ(mapping["measures"]["turnout_pct"], json::array({3}));
  EXPECT_EQ(mapping["conventions"]["turnout_pct"], "fraction");
  const json summary = call({{"op", "check"}, {"dataset", {{"upload", {{"file", "t.csv"}, {"mapping", mapping}}}}}}, csv);
  ASSERT_TRUE(summary["ok"]) << summary.dump();
  EXPECT_EQ(finding(summary["result"]["findings"], "check.published_pct_mismatch"), nullptr);
  // Without the convention, the fractions are offered as such.
  json as_given = mapping;
  as_given.erase("conventions");
  const json plain = call({{"op", "check"}, {"dataset", {{"upload", {{"file", "t.csv"}, {"mapping", as_given}}}}}}, csv);
  ASSERT_EQ(plain["result"]["upload"]["conventions"].size(), 1u);
  EXPECT_EQ(plain["result"]["upload"]["conventions"][0]["code"], "convention.turnout_fraction");
}

TEST(SuggestionRules, ABlockedContestIsAlwaysAFinding) {
  // Candidates exceed ballots cast where valid votes are not given: the bounds are empty.
  const std::string csv = "District,Ballots cast,Smith John,Jones Mary\nA,50,30,40\nB,100,50,40\n";
  const json mapping = {{"hierarchy", {{{"level", "district"}, {"column", 0}}}}, {"contest_level", "district"},
                        {"measures", {{"ballots_cast", {1}}}}, {"candidates", {2, 3}}};
  const json evaluated = call({{"op", "evaluate"}, {"rule", {{"preset", "statistical"}}},
                               {"dataset", {{"upload", {{"file", "b.csv"}, {"mapping", mapping}}}}}}, csv);
  ASSERT_TRUE(evaluated["ok"]) << evaluated.dump();
  const json checked = call({{"op", "check"}, {"dataset", {{"upload", {{"file", "b.csv"}, {"mapping", mapping}}}}}}, csv);
  for (const auto& contest : evaluated["result"]["contests"]) {
    if (contest["outcome"] != "undecided") continue;
    // (const json: look a key up only where it is; operator[] on a missing key is undefined)
    const json& holder = contest.contains("decision") ? contest["decision"] : contest;
    if (!holder.contains("missing")) continue;
    const json& missing = holder["missing"];
    if (std::find(missing.begin(), missing.end(), "consistent_counts") == missing.end()) continue;
    bool named = false;
    for (const auto& f : checked["result"]["findings"]) {
      if (f["severity"] != "error") continue;
      for (const auto& unit : f["units"]) named = named || unit == contest["id"];
    }
    EXPECT_TRUE(named) << "contest " << contest["id"] << " is blocked in silence";
  }
  EXPECT_NE(finding(checked["result"]["findings"], "check.ballot_sum_exceeds_cast"), nullptr);
  // Valid votes off by something else than against all: the mismatch, with its numbers.
  const std::string off = "District,Valid,Against all,Smith John,Jones Mary\nA,80,5,30,40\n";
  const json m2 = {{"hierarchy", {{{"level", "district"}, {"column", 0}}}}, {"contest_level", "district"},
                   {"measures", {{"valid_votes", {1}}, {"against_all", {2}}}}, {"candidates", {3, 4}}};
  const json c2 = call({{"op", "check"}, {"dataset", {{"upload", {{"file", "o.csv"}, {"mapping", m2}}}}}}, off);
  const json* f = finding(c2["result"]["findings"], "check.valid_votes_mismatch");
  ASSERT_NE(f, nullptr) << c2.dump();
  EXPECT_EQ((*f)["values"]["sum"], 75);
  EXPECT_EQ((*f)["values"]["valid_votes"], 80);
  EXPECT_EQ((*f)["values"]["difference"], 5);
  EXPECT_EQ((*f)["values"]["direction"], "over");
  // The row says it too, located in the valid-votes column.
  bool listed = false;
  for (const auto& p : c2["result"]["upload"]["problems"]) listed = listed || p["code"] == "row.valid_votes_mismatch";
  EXPECT_TRUE(listed);
}

TEST(SuggestionRules, ConventionsAreReadAndWrittenInTheMapping) {
  const std::vector<std::string> header = {"region", "valid", "cast", "turnout"};
  auto m = read_mapping(json::parse(R"({"hierarchy":[{"level":"region","column":0}],
    "conventions":{"valid_votes":"excludes_against_all","ballots_cast":"derived","turnout_pct":"fraction"}})"), header);
  ASSERT_TRUE(m.ok());
  EXPECT_TRUE(m.value().conventions.valid_votes_exclude_against_all);
  EXPECT_TRUE(m.value().conventions.ballots_cast_derived);
  EXPECT_TRUE(m.value().conventions.turnout_fraction);
  EXPECT_EQ(mapping_json(m.value())["conventions"]["ballots_cast"], "derived");
  auto as_given = read_mapping(json::parse(R"({"hierarchy":[{"level":"region","column":0}],"conventions":{"valid_votes":"as_given"}})"), header);
  ASSERT_TRUE(as_given.ok());
  EXPECT_FALSE(mapping_json(as_given.value()).contains("conventions"));
  auto bad = read_mapping(json::parse(R"({"hierarchy":[{"level":"region","column":0}],"conventions":{"valid_votes":"sometimes"}})"), header);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, "map.invalid");
  EXPECT_EQ(bad.error().field, "conventions.valid_votes");
}

TEST(SuggestionRules, UnsureChoicesBecomeQuestions) {
  // Parties everywhere the same in a file of two levels: one contest or many? Asked.
  const auto s = suggest_mapping({"region_name", "municipality_name", "ГЕРБ", "БСП", "total"},
                                 {{"Варна", "Аврен", "10", "5", "20"}, {"Варна", "Аксаково", "8", "2", "12"},
                                  {"Русе", "Русе", "9", "9", "20"}});
  ASSERT_FALSE(s.questions.empty());
  EXPECT_EQ(s.questions[0].field, "contest_level");
  EXPECT_EQ(s.questions[0].suggested, "country");
  bool total_asked = false;
  for (const auto& q : s.questions) total_asked = total_asked || (q.field == "column" && q.column == 4);
  EXPECT_TRUE(total_asked);   // "total" is a weak word for ballots cast
  const json out = suggestion_json(s, {"region_name", "municipality_name", "ГЕРБ", "БСП", "total"});
  EXPECT_EQ(out["suggestion"]["columns"][4]["role"], "measure:ballots_cast");
  EXPECT_EQ(out["suggestion"]["columns"][4]["sure"], false);
  EXPECT_EQ(out["ambiguous"], json::array({"contest_level"}));
}

}  // namespace
}  // namespace against_all
