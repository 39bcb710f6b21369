// Reading a results table as a careful analyst does (issue 11): title and note lines skipped and
// listed, a two-row header joined, a transposed table read the other way round, totals read as
// claims and checked rather than added in, namesakes kept apart, counts written as decimals.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

#include "against_all/api.hpp"
#include "against_all/delimited_text.hpp"
#include "against_all/table_layout.hpp"
#include "against_all/totals.hpp"
#include "test_support.hpp"

namespace against_all {
namespace {

using json = nlohmann::ordered_json;

const std::string kRealFiles = "/work/shared/data/real-files/";

json call(const json& request, const std::string& bytes) {
  const json response = json::parse(handle_with_bytes(request.dump(), bytes));
  EXPECT_TRUE(response["ok"].get<bool>()) << response.dump();
  return response["result"];
}

json inspect(const std::string& bytes, bool transpose = false) {
  json request{{"op", "inspect"}, {"file", "t.csv"}};
  if (transpose) request["transpose"] = true;
  return call(request, bytes);
}

json summary(const std::string& bytes, const json& mapping) {
  return call(json{{"op", "summary"}, {"dataset", {{"upload", {{"file", "t.csv"}, {"mapping", mapping}}}}}}, bytes);
}

json national(const json& result, const std::string& measure) { return result["national"]["figures"][measure]["value"]; }

std::vector<std::string> finding_codes(const json& result) {
  std::vector<std::string> codes;
  for (const json& f : result["findings"]) codes.push_back(f["code"].get<std::string>());
  return codes;
}

bool has(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

std::vector<std::string> problem_codes(const json& report) {
  std::vector<std::string> codes;
  for (const json& p : report["problems"]) codes.push_back(p["code"].get<std::string>());
  return codes;
}

const json kWide = json::parse(R"({"shape":"wide","hierarchy":[{"level":"region","column":0}],"contest_level":"country",
  "measures":{"registered":[1],"against_all":[2]},"candidates":[3,4]})");

TEST(TableLayout, TitleLinesAboveTheHeaderAreSkippedAndListed) {
  const std::string text =
      "Итоги голосования по выборам Президента, 2024\n"
      "Источник: ЦИК, протоколы\n"
      "Регион;Избирателей;Против всех;Иванов;Петров\n"
      "Абай;100;5;40;50\n"
      "Алматы;200;10;90;95\n"
      "Атырау;300;15;130;150\n";
  const json inspected = inspect(text);
  EXPECT_EQ(inspected["delimiter"], ";");   // the title's comma does not decide the delimiter
  EXPECT_EQ(inspected["header"][0], "Регион");
  EXPECT_EQ(inspected["rows"], 3);
  EXPECT_EQ(inspected["layout"]["header_line"], 3);
  ASSERT_EQ(inspected["layout"]["skipped"].size(), 2u);
  EXPECT_EQ(inspected["layout"]["skipped"][0]["line"], 1);
  EXPECT_EQ(inspected["layout"]["skipped"][0]["reason"], "layout.title");
  const json result = summary(text, kWide);
  EXPECT_EQ(national(result, "against_all"), 30);
  EXPECT_EQ(national(result, "registered"), 600);
  EXPECT_EQ(result["upload"]["rows"], 3);
  EXPECT_EQ(result["upload"]["rows_used"], 3);
  EXPECT_EQ(result["upload"]["layout"]["skipped"].size(), 2u);
}

TEST(TableLayout, NoteLinesBelowTheDataAreSkippedAndListed) {
  const std::string text =
      "Регион,Избирателей,Против всех,Иванов,Петров\n"
      "Абай,100,5,40,50\n"
      "Алматы,200,10,90,95\n"
      "\n"
      "Примечание: данные предварительные\n"
      "Источник: ЦИК\n";
  const json result = summary(text, kWide);
  EXPECT_EQ(result["upload"]["rows"], 2);
  EXPECT_EQ(result["upload"]["rows_used"], 2);
  EXPECT_EQ(result["upload"]["problems_total"], 0);
  const json& skipped = result["upload"]["layout"]["skipped"];
  ASSERT_EQ(skipped.size(), 2u);
  EXPECT_EQ(skipped[0]["line"], 5);
  EXPECT_EQ(skipped[0]["reason"], "layout.note");
  EXPECT_EQ(skipped[1]["line"], 6);
}

TEST(TableLayout, ANoteBetweenDataRowsIsStillAProblemRow) {
  const std::string text =
      "Регион,Избирателей,Против всех,Иванов,Петров\n"
      "Абай,100,5,40,50\n"
      "Примечание\n"
      "Алматы,200,10,90,95\n";
  const json result = summary(text, kWide);
  EXPECT_EQ(result["upload"]["rows"], 3);
  EXPECT_EQ(result["upload"]["rows_used"], 2);
  EXPECT_EQ(result["upload"]["layout"]["skipped"].size(), 0u);
}

TEST(TableLayout, AHeaderOverTwoRowsIsJoined) {
  const std::string text =
      "Регион,Избирателей,Голоса,,\n"
      ",,Против всех,Иванов,Петров\n"
      "Абай,100,5,40,50\n"
      "Алматы,200,10,90,95\n";
  const json inspected = inspect(text);
  EXPECT_EQ(inspected["header"], json({"Регион", "Избирателей", "Голоса Против всех", "Голоса Иванов", "Голоса Петров"}));
  EXPECT_EQ(inspected["layout"]["group_line"], 1);
  EXPECT_EQ(inspected["layout"]["header_line"], 2);
  EXPECT_EQ(inspected["rows"], 2);
  const json result = summary(text, kWide);
  EXPECT_EQ(national(result, "against_all"), 15);
  EXPECT_EQ(result["upload"]["rows"], 2);
  ASSERT_EQ(result["national"]["candidates"].size(), 2u);
  // «Голоса» over both candidate columns says what is counted: the candidates are the names below.
  EXPECT_EQ(result["national"]["candidates"][0]["name"], "Иванов");
  EXPECT_EQ(result["national"]["candidates"][1]["name"], "Петров");
}

std::vector<std::string> candidate_names_of(const json& result) {
  std::vector<std::string> names;
  for (const auto& c : result["national"]["candidates"]) names.push_back(c["name"].get<std::string>());
  return names;
}

// The text the page's paste reader makes of a commission page's table: «Регион» and «Округ» as
// <th rowspan="2">, «Число голосов» as <th colspan="3"> over the names (tests/js/paste-table.test.js).
TEST(TableLayout, APastedTableWithRowspanAndColspanNamesItsCandidatesByTheLowerRow) {
  const std::string text =
      "Регион\tОкруг\tЧисло голосов\tЧисло голосов\tЧисло голосов\r\n"
      "Регион\tОкруг\tИванов\tПетров\tПротив всех\r\n"
      "Север\tСеверный-1\t300\t250\t50\r\n"
      "Юг\tЮжный-1\t420\t400\t80\r\n";
  const json inspected = call(json{{"op", "inspect"}, {"file", "pasted-table.tsv"}}, text);
  EXPECT_EQ(inspected["header"], json({"Регион", "Округ", "Число голосов Иванов", "Число голосов Петров", "Число голосов Против всех"}));
  // A mapping naming columns by their header text (as one made before names were split) still reads.
  const json mapping = json::parse(R"({"hierarchy":[{"level":"region","column":"Регион"},{"level":"constituency","column":"Округ"}],
    "contest_level":"country","measures":{"against_all":["Число голосов Против всех"]},
    "candidates":["Число голосов Иванов","Число голосов Петров"]})");
  const json result = call(json{{"op", "summary"}, {"dataset", {{"upload", {{"file", "pasted-table.tsv"}, {"mapping", mapping}}}}}}, text);
  EXPECT_EQ(candidate_names_of(result), (std::vector<std::string>{"Иванов", "Петров"}));
  EXPECT_EQ(result["national"]["candidates"][0]["votes"], 720);
  EXPECT_EQ(national(result, "against_all"), 130);
}

TEST(TableLayout, TheSameNameUnderTwoGroupsKeepsItsWholeLabel) {
  const std::string text =
      "Регион,Votes,,%,\n"
      ",Ivanov,Petrov,Ivanov,Petrov\n"
      "Абай,40,60,40.0,60.0\n";
  const json wide = json::parse(R"({"hierarchy":[{"level":"region","column":0}],"contest_level":"country","candidates":[1,2]})");
  EXPECT_EQ(candidate_names_of(summary(text, wide)), (std::vector<std::string>{"Ivanov", "Petrov"}));
  // Mapped as candidates too, the percentages would give the same names twice: every column keeps its label.
  json both = wide;
  both["candidates"] = json::array({1, 2, 3, 4});
  EXPECT_EQ(candidate_names_of(summary(text, both)), (std::vector<std::string>{"Votes Ivanov", "Votes Petrov", "% Ivanov", "% Petrov"}));
}

TEST(TableLayout, AGroupOverOneCandidateColumnIsPartOfItsName) {
  const std::string text =
      "Регион,Голоса,,Иванов\n"
      ",Петров,Против всех,\n"
      "Абай,40,5,55\n";
  const json wide = json::parse(R"({"hierarchy":[{"level":"region","column":0}],"contest_level":"country",
    "measures":{"against_all":[2]},"candidates":[1,3]})");
  EXPECT_EQ(candidate_names_of(summary(text, wide)), (std::vector<std::string>{"Голоса Петров", "Иванов"}));
}

TEST(TableLayout, AOneRowHeaderOverDataIsNotAGroupRow) {
  const TableLayout layout = find_table_layout("a,b,c\nx,,\n1,2,3\n", ',', 3);
  EXPECT_EQ(layout.group_line, 0);   // "x,," has a column named by neither row: data, not a header
  EXPECT_EQ(layout.header_line, 1);
}

const std::string kTransposed =
    ",Norte,Sur,Este,Oeste,Total\n"
    "Ana,100.0,200.0,50.0,10.0,360.0\n"
    "Luis,80.0,20.0,40.0,30.0,170.0\n"
    "Blanco,5.0,6.0,7.0,8.0,26.0\n"
    "Nulos,1.0,2.0,3.0,4.0,10.0\n"
    "Votantes,186.0,228.0,100.0,52.0,566.0\n";

TEST(TransposedTable, IsOfferedAndReadTheOtherWayRound) {
  EXPECT_TRUE(inspect(kTransposed)["layout"]["looks_transposed"].get<bool>());
  const json turned = inspect(kTransposed, true);
  EXPECT_TRUE(turned["layout"]["transposed"].get<bool>());
  EXPECT_EQ(turned["header"], json({"", "Ana", "Luis", "Blanco", "Nulos", "Votantes"}));
  EXPECT_EQ(turned["rows"], 5);
  const json mapping = json::parse(R"({"transpose":true,"shape":"wide","hierarchy":[{"level":"area","column":0}],
    "contest_level":"country","measures":{"blank":[3],"invalid":[4],"ballots_cast":[5]},"candidates":[1,2]})");
  const json result = summary(kTransposed, mapping);
  // The "Total" column became a total row: not an area, checked against the sum of the four.
  EXPECT_EQ(national(result, "ballots_cast"), 566);
  EXPECT_EQ(national(result, "blank"), 26);
  EXPECT_EQ(result["upload"]["rows"], 5);
  EXPECT_EQ(result["upload"]["rows_used"], 4);
  EXPECT_EQ(result["upload"]["rows_not_used"]["row.total"], 1);
  ASSERT_EQ(result["upload"]["totals"].size(), 1u);
  EXPECT_EQ(result["upload"]["totals"][0]["label"], "Total");
  for (const json& f : result["upload"]["totals"][0]["figures"]) EXPECT_TRUE(f["agrees"].get<bool>()) << f.dump();
  EXPECT_EQ(result["upload"]["problems_total"], 0);
  EXPECT_TRUE(result["upload"]["layout"]["transposed"].get<bool>());
}

TEST(TransposedTable, AProblemIsReportedWhereTheCellIsInTheFile) {
  std::string text = kTransposed;
  text.replace(text.find("200.0"), 5, "20.5");   // line 2, the third field
  const json mapping = json::parse(R"({"transpose":true,"hierarchy":[{"level":"area","column":0}],
    "measures":{"blank":[3]},"candidates":[1,2]})");
  const json report = summary(text, mapping)["upload"];
  ASSERT_GE(report["problems"].size(), 1u);
  EXPECT_EQ(report["problems"][0]["code"], "value.not_integer");
  EXPECT_EQ(report["problems"][0]["line"], 2);
  EXPECT_EQ(report["problems"][0]["column"], 11);
}

TEST(TransposedTable, ItsProblemRowsCanBeDownloaded) {
  std::string text = kTransposed;
  text.replace(text.find("200.0"), 5, "20.5");
  const json mapping = json::parse(R"({"transpose":true,"hierarchy":[{"level":"area","column":0}],
    "measures":{"blank":[3]},"candidates":[1,2]})");
  const json result = call(json{{"op", "problems_csv"}, {"upload", {{"file", "t.csv"}, {"mapping", mapping}}}}, text);
  EXPECT_EQ(result["rows"], 1);
  EXPECT_NE(result["csv"].get<std::string>().find("value.not_integer 2:11"), std::string::npos) << result.dump();
}

TEST(TransposedTable, ANormalWideFileDoesNotLookTransposed) {
  const std::string text = "Регион,Избирателей,Против всех,Иванов,Петров\nАбай,100,5,40,50\nАлматы,200,10,90,95\n";
  EXPECT_FALSE(inspect(text)["layout"]["looks_transposed"].get<bool>());
}

TEST(Totals, TotalLabelsInTheLanguagesUsersBring) {
  for (const char* label : {"Итого", "ИТОГО:", "Всего по области", "Барлығы", "Жиыны", "Total", "Grand total",
                            "Total Bogota", "TOTAL", "Subtotal", "Total general"}) {
    EXPECT_TRUE(reads_as_total(label)) << label;
  }
  for (const char* label : {"Тотальный", "Totalia", "Всеволожский район", "Итогово", "Барлыбай", "Sumy", ""}) {
    EXPECT_FALSE(reads_as_total(label)) << label;
  }
}

const std::string kWithTotalRow =
    "Регион;Избирателей;Против всех;Иванов;Петров\n"
    "Абай;100;5;40;50\n"
    "Алматы;200;10;90;95\n"
    "Атырау;300;15;130;150\n"
    "Итого;600;30;260;295\n";

TEST(Totals, ATotalRowEqualToTheSumIsNotAddedInAndIsChecked) {
  const json result = summary(kWithTotalRow, kWide);
  EXPECT_EQ(national(result, "registered"), 600);   // not 1200
  EXPECT_EQ(national(result, "against_all"), 30);
  EXPECT_EQ(result["national"]["candidates"][0]["votes"], 260);
  EXPECT_EQ(result["upload"]["rows_used"], 3);
  EXPECT_EQ(result["upload"]["rows_not_used"]["row.total"], 1);
  const json& total = result["upload"]["totals"][0];
  EXPECT_EQ(total["line"], 5);
  EXPECT_EQ(total["how"], "label");
  EXPECT_EQ(total["unit"], "country");
  EXPECT_EQ(total["figures"].size(), 4u);
  for (const json& f : total["figures"]) EXPECT_TRUE(f["agrees"].get<bool>()) << f.dump();
  EXPECT_FALSE(has(finding_codes(result), "claims.disagree"));
}

TEST(Totals, ATotalRowThatDiffersIsAFindingAtItsCell) {
  std::string text = kWithTotalRow;
  const std::string total = "Итого;600;30";
  text.replace(text.find(total), total.size(), "Итого;600;33");
  const json result = summary(text, kWide);
  EXPECT_EQ(national(result, "against_all"), 30);   // the sum of the rows
  EXPECT_TRUE(has(finding_codes(result), "claims.disagree"));
  const json& report = result["upload"];
  ASSERT_EQ(problem_codes(report), std::vector<std::string>{"total.differs"});
  EXPECT_EQ(report["problems"][0]["line"], 5);
  EXPECT_EQ(report["problems"][0]["column"], 11);
  EXPECT_EQ(report["problems"][0]["field"], "Против всех");
  EXPECT_EQ(report["problems"][0]["text"], "33 ≠ 30");
  bool differs = false;
  for (const json& f : report["totals"][0]["figures"]) differs = differs || !f["agrees"].get<bool>();
  EXPECT_TRUE(differs);
}

TEST(Totals, AnUnnamedLastRowEqualToTheSumOfTheOthersIsATotal) {
  std::string text = kWithTotalRow;
  text.replace(text.find("Итого"), std::string("Итого").size(), "Казахстан");
  const json result = summary(text, kWide);
  EXPECT_EQ(national(result, "registered"), 600);
  EXPECT_EQ(result["national"]["candidates"][0]["votes"], 260);
  EXPECT_EQ(result["upload"]["totals"][0]["how"], "sum");
  EXPECT_EQ(result["upload"]["totals"][0]["label"], "Казахстан");
  EXPECT_EQ(result["upload"]["rows_not_used"]["row.total"], 1);
  for (const json& region : result["regions"]) EXPECT_NE(region["name"]["ru"], "Казахстан") << region.dump();
}

TEST(Totals, ALastRowThatIsNotTheSumIsAnArea) {
  const std::string text = "Регион;Избирателей;Против всех;Иванов;Петров\nА;100;5;40;50\nБ;200;10;90;95\nВ;300;14;130;150\n";
  EXPECT_EQ(national(summary(text, kWide), "registered"), 600);
}

TEST(Totals, SubtotalRowsInsideGroupsAreCheckedAgainstTheirGroup) {
  const std::string text =
      "Область,Район,Избирателей,Против всех,Иванов,Петров\n"
      "Север,Р1,100,5,40,50\n"
      "Север,Р2,200,10,90,95\n"
      "Север,Итого по области,300,16,130,145\n"
      "Юг,Р3,300,15,130,150\n"
      "Юг,Итого по области,300,15,130,150\n"
      "Всего,,600,31,260,295\n";
  const json mapping = json::parse(R"({"hierarchy":[{"level":"region","column":0},{"level":"district","column":1}],
    "contest_level":"country","measures":{"registered":[2],"against_all":[3]},"candidates":[4,5]})");
  const json result = summary(text, mapping);
  EXPECT_EQ(national(result, "against_all"), 30);
  EXPECT_EQ(national(result, "registered"), 600);
  const json& report = result["upload"];
  EXPECT_EQ(report["rows_used"], 3);
  EXPECT_EQ(report["rows_not_used"]["row.total"], 3);
  ASSERT_EQ(report["totals"].size(), 3u);
  EXPECT_EQ(report["totals"][0]["unit"], "Север");
  EXPECT_EQ(report["totals"][1]["unit"], "Юг");
  EXPECT_EQ(report["totals"][2]["unit"], "country");
  // Север: against all 16 ≠ 15, Петров 145 ≠ 145? (50 + 95 = 145: agrees); the grand total 31 ≠ 30.
  std::vector<std::string> differing;
  for (const json& p : report["problems"]) differing.push_back(std::to_string(p["line"].get<int>()) + " " + p["field"].get<std::string>());
  EXPECT_EQ(differing, (std::vector<std::string>{"4 Против всех", "7 Против всех"}));
}

TEST(Totals, ATotalColumnIsNotACandidateAndIsCheckedInEachRow) {
  const std::string text =
      "Регион,Против всех,Иванов,Петров,Всего\n"
      "Абай,5,40,50,95\n"
      "Алматы,10,90,95,186\n";
  const json mapping = json::parse(R"({"hierarchy":[{"level":"region","column":0}],"measures":{"against_all":[1]},
    "candidates":[2,3,4]})");
  const json result = summary(text, mapping);
  ASSERT_EQ(result["national"]["candidates"].size(), 2u);
  const json& report = result["upload"];
  ASSERT_EQ(report["total_columns"].size(), 1u);
  EXPECT_EQ(report["total_columns"][0]["header"], "Всего");
  EXPECT_EQ(report["total_columns"][0]["rows_checked"], 2);
  EXPECT_EQ(report["total_columns"][0]["rows_differing"], 1);   // 186 is neither 185 nor 195
  ASSERT_EQ(problem_codes(report), std::vector<std::string>{"total.differs"});
  EXPECT_EQ(report["problems"][0]["line"], 3);
  EXPECT_EQ(report["problems"][0]["column"], 17);
}

TEST(Totals, ATotalColumnOfBallotsCastAgreesWithInvalidBallotsCounted) {
  const std::string text =
      "Регион,Против всех,Недействительные,Иванов,Петров,Total\n"
      "Абай,5,3,40,50,98\n"
      "Алматы,10,1,90,95,196\n";
  const json mapping = json::parse(R"({"hierarchy":[{"level":"region","column":0}],
    "measures":{"against_all":[1],"invalid":[2]},"candidates":[3,4,5]})");
  const json report = summary(text, mapping)["upload"];
  EXPECT_EQ(report["total_columns"][0]["rows_checked"], 2);
  EXPECT_EQ(report["total_columns"][0]["rows_differing"], 0);
  EXPECT_EQ(report["problems_total"], 0);
}

const json kLong = json::parse(R"({"shape":"long","hierarchy":[{"level":"constituency","column":0}],
  "contest_level":"country","measures":{},"candidates":[],
  "long":{"option_column":1,"votes_column":3,"options":{"NOTA":"against_all"}}})");

TEST(Candidates, NamesakesInOneContestAreTwoPeople) {
  const std::string text =
      "Constituency,Candidate,Party,Votes,Age\n"
      "PEN,Ravi Patil,IND,1561,26\n"
      "PEN,Ravi Patil,IND,897,40\n"
      "PEN,Anil Rao,BJP,50000,55\n"
      "PEN,NOTA,,300,\n";
  const json result = summary(text, kLong);
  EXPECT_EQ(result["upload"]["rows_used"], 4);
  EXPECT_EQ(result["upload"]["namesakes"], 1);
  std::int64_t votes = 0;
  for (const json& c : result["national"]["candidates"]) votes += c["votes"].get<std::int64_t>();
  EXPECT_EQ(votes, 1561 + 897 + 50000);
  ASSERT_EQ(problem_codes(result["upload"]), std::vector<std::string>{"row.namesake"});
  EXPECT_EQ(result["upload"]["problems"][0]["line"], 3);
  EXPECT_TRUE(result["upload"]["problems"][0]["row_used"].get<bool>());
}

TEST(Candidates, ATrulyRepeatedRowIsCountedOnceAndNamesBothLines) {
  const std::string text =
      "Constituency,Candidate,Party,Votes,Age\n"
      "PEN,Ravi Patil,IND,1561,26\n"
      "PEN,Anil Rao,BJP,50000,55\n"
      "PEN,Ravi Patil,IND,1561,26\n";
  const json report = summary(text, kLong)["upload"];
  EXPECT_EQ(report["rows_used"], 2);
  EXPECT_EQ(report["rows_not_used"]["row.repeated"], 1);
  ASSERT_EQ(problem_codes(report), std::vector<std::string>{"row.repeated"});
  EXPECT_EQ(report["problems"][0]["line"], 4);
  EXPECT_EQ(report["problems"][0]["text"], "= 2");
}

TEST(Candidates, PartyTellsCandidatesOfOneNameApart) {
  const std::string text =
      "Constituency,Candidate,Party,Votes\n"
      "PEN,Ravi Patil,IND,1561\n"
      "PEN,Ravi Patil,BJP,897\n";
  json mapping = kLong;
  mapping["long"]["identity_columns"] = json::array({"Party"});
  const json result = summary(text, mapping);
  EXPECT_EQ(result["upload"]["namesakes"], 0);
  EXPECT_EQ(result["upload"]["problems_total"], 0);
  ASSERT_EQ(result["national"]["candidates"].size(), 2u);
}

TEST(Numbers, CountsWrittenAsIntegerValuedDecimalsAreCounts) {
  const std::string text = "Регион,Избирателей,Против всех,Иванов,Петров\nА,100.0,81.0,1.0E3,\"1234,0\"\nБ,1e2,2.5,1,1\n";
  const json result = summary(text, kWide);
  EXPECT_EQ(national(result, "registered"), 200);
  const json& report = result["upload"];
  ASSERT_EQ(problem_codes(report), std::vector<std::string>{"value.not_integer"});
  EXPECT_EQ(report["problems"][0]["line"], 3);
  EXPECT_EQ(report["problems"][0]["column"], 7);
}

// The real files of ../shared/data/real-files/ read with an explicit mapping (the suggestion
// is tested elsewhere): the figures their README gives.
std::string real_file(const std::string& path) {
  const std::string full = kRealFiles + path;
  if (!std::filesystem::exists(full)) return "";
  return test::read_text(full);
}

TEST(RealFiles, ColombiaTransposedWithItsTotalColumn) {
  const std::string bytes = real_file("colombia-president-2018-runoff-bogota/Votacion_Bogota_Unificada.csv");
  if (bytes.empty()) GTEST_SKIP() << "real-files/colombia… is absent";
  EXPECT_TRUE(inspect(bytes)["layout"]["looks_transposed"].get<bool>());
  const json mapping = json::parse(R"j({"transpose":true,"shape":"wide","hierarchy":[{"level":"localidad","column":0}],
    "contest_level":"country","measures":{"registered":["Potencial Votantes"],"blank":["Blanco"],"invalid":["Nulos"],
    "ballots_cast":["Total votantes"],"turnout_pct":["Porcentaje votantes(%)"]},
    "candidates":["Gustavo Petro","Ivan Duque"]})j");
  const json result = call(json{{"op", "summary"},
                                {"dataset", {{"upload", {{"file", "bogota.csv"}, {"mapping", mapping}}}}}},
                           bytes);
  EXPECT_EQ(result["upload"]["rows_used"], 22);
  EXPECT_EQ(result["upload"]["rows_not_used"]["row.total"], 1);
  EXPECT_EQ(national(result, "blank"), 200249);
  EXPECT_EQ(national(result, "ballots_cast"), 3578130);
  ASSERT_EQ(result["national"]["candidates"].size(), 2u);
  EXPECT_EQ(result["national"]["candidates"][0]["votes"], 1889050);
  EXPECT_EQ(result["national"]["candidates"][1]["votes"], 1449092);
  const json& total = result["upload"]["totals"][0];
  EXPECT_EQ(total["label"], "Total Bogota");
  for (const json& f : total["figures"]) EXPECT_TRUE(f["agrees"].get<bool>()) << f.dump();
}

TEST(RealFiles, BulgariaCountsWrittenWithADecimalPoint) {
  const std::string bytes = real_file("bulgaria-parliament-2021-2024/2023-04-02ns_mun.csv");
  if (bytes.empty()) GTEST_SKIP() << "real-files/bulgaria… is absent";
  const json mapping = json::parse(R"({"hierarchy":[{"level":"municipality","column":"municipality_name"}],
    "contest_level":"country","measures":{"against_all":["не подкрепям никого"],"ballots_cast":["total"],
    "registered":["eligible_voters"],"invalid":["невалидни"]},"candidates":["ГЕРБ-СДС","ПП/ДБ"]})");
  const json result = summary(bytes, mapping);
  EXPECT_EQ(result["upload"]["rows_used"], 265);
  EXPECT_EQ(result["upload"]["problems_total"], 0);
  EXPECT_EQ(national(result, "against_all"), 104424);
  EXPECT_EQ(national(result, "ballots_cast"), 2497121);
  EXPECT_EQ(national(result, "registered"), 6574865);
}

TEST(RealFiles, IndiaNamesakesAreAllCounted) {
  const std::string bytes = real_file("india-maharashtra-assembly-2019/TCPD_AE_Maharashtra_2025-4-15.csv");
  if (bytes.empty()) GTEST_SKIP() << "real-files/india… is absent";
  const json mapping = json::parse(R"({"shape":"long","hierarchy":[{"level":"district","column":"District_Name"},
    {"level":"constituency","column":"Constituency_Name"}],"contest_level":"constituency",
    "measures":{"registered":["Electors"],"valid_votes":["Valid_Votes"]},"candidates":[],
    "long":{"option_column":"Candidate","votes_column":"Votes","identity_columns":["Party"],"options":{"NOTA":"against_all"}}})");
  const json result = summary(bytes, mapping);
  EXPECT_EQ(result["upload"]["rows"], 3525);
  EXPECT_EQ(result["upload"]["rows_used"], 3525);
  EXPECT_EQ(result["upload"]["namesakes"], 2);
  EXPECT_EQ(national(result, "against_all"), 742134);
  EXPECT_EQ(national(result, "registered"), 89838267);
  EXPECT_EQ(national(result, "valid_votes"), 55149929);
  EXPECT_EQ(result["contests"].size(), 288u);
}

}  // namespace
}  // namespace against_all
