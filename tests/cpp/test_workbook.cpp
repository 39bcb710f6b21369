// Excel workbooks, compressed files and files that are not tables (tests/fixtures/workbooks,
// written by make_workbooks.py there).
#include <gtest/gtest.h>

#include "against_all/api.hpp"
#include "against_all/file_kind.hpp"
#include "against_all/inflate.hpp"
#include "against_all/text_encoding.hpp"
#include "against_all/workbook.hpp"
#include "against_all/zip_archive.hpp"
#include "test_support.hpp"

namespace against_all {
namespace {

using test::json;

std::string workbook_file(const std::string& name) {
  return test::read_text(test::source_path("tests/fixtures/workbooks/" + name));
}

std::vector<std::vector<std::string>> lines_of(const std::string& text) {
  std::vector<std::vector<std::string>> out;
  std::size_t start = 0;
  while (start < text.size()) {
    const auto end = text.find('\n', start);
    const std::string line = text.substr(start, end - start);
    std::vector<std::string> fields;
    std::size_t from = 0;
    for (;;) {
      const auto tab = line.find('\t', from);
      fields.push_back(line.substr(from, tab == std::string::npos ? std::string::npos : tab - from));
      if (tab == std::string::npos) break;
      from = tab + 1;
    }
    out.push_back(fields);
    start = end == std::string::npos ? text.size() : end + 1;
  }
  return out;
}

TEST(Workbook, ListsSheetsAndChoosesTheFirstWithData) {
  const std::string bytes = workbook_file("results.xlsx");
  auto read = read_workbook(bytes, "results.xlsx", "");
  ASSERT_TRUE(read.ok()) << read.error().code << " " << read.error().text.value_or("");
  ASSERT_EQ(read.value().sheets.size(), 2u);
  EXPECT_EQ(read.value().sheets[0].name, "Справка");
  EXPECT_EQ(read.value().sheets[0].rows, 2);
  EXPECT_EQ(read.value().sheets[1].name, "Итоги");
  EXPECT_EQ(read.value().sheets[1].rows, 5);
  EXPECT_EQ(read.value().sheets[1].columns, 7);
  EXPECT_EQ(read.value().table.name, "Справка");
  EXPECT_EQ(read.value().table.text, "Итоги голосования\nИсточник: окружная комиссия\n");
}

TEST(Workbook, SecondSheetWithSharedStringsFormulasRoundingAndHiddenRows) {
  const std::string bytes = workbook_file("results.xlsx");
  auto read = read_workbook(bytes, "results.xlsx", "Итоги");
  ASSERT_TRUE(read.ok()) << read.error().code;
  const SheetTable& t = read.value().table;
  const auto lines = lines_of(t.text);
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_EQ(lines[0], (std::vector<std::string>{"Регион", "Район", "Число избирателей, внесенных в список", "Число бюллетеней",
                                                "Против всех", "Иванов", "Петров"}));
  EXPECT_EQ(lines[3][4], "80");      // E4 =E2+40 by its cached value
  EXPECT_EQ(lines[4][2], "1200");    // C5 1200.0000000001, within the tolerance
  EXPECT_EQ(t.rounded, 1);
  EXPECT_EQ(t.first_rounded, "C5");
  EXPECT_EQ(t.hidden_rows, std::vector<int>{5});
  EXPECT_TRUE(t.problems.empty());
}

TEST(Workbook, EveryKindOfCell) {
  const std::string bytes = workbook_file("cells.xlsx");
  auto read = read_workbook(bytes, "cells.xlsx", "");
  ASSERT_TRUE(read.ok()) << read.error().code << " " << read.error().text.value_or("");
  const SheetTable& t = read.value().table;
  const auto lines = lines_of(t.text);
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_EQ(lines[0], (std::vector<std::string>{"Регион", "Район", "Кандидаты", "Кандидаты", "Дата", "Примечание"}));
  EXPECT_EQ(t.merged, std::vector<std::string>{"C1:D1"});
  EXPECT_EQ(lines[1], (std::vector<std::string>{"Север", "Северный-1", "9007199254740993", "12", "2023-11-05", "TRUE"}));
  EXPECT_EQ(lines[2], (std::vector<std::string>{"Север", "Северный-2", "12345678901234568", "2.5", "2023-11-06", ""}));
  EXPECT_EQ(lines[3], (std::vector<std::string>{"Юг", "Южный-1", "", "7", "2023-11-06 12:00:00", "строка вторая"}));
  // A tab or a quote in a cell: the field is quoted, quotes doubled.
  EXPECT_EQ(t.text.substr(t.text.rfind('\n', t.text.size() - 2) + 1),
            "Юг\tЮжный-2\t100\t1\t45237\t\"с \"\"кавычками\"\"\tи табом\"\n");
  EXPECT_EQ(t.dates, 3);
  EXPECT_EQ(t.rounded, 1);
  EXPECT_EQ(t.hidden_columns, std::vector<int>{6});
  ASSERT_EQ(t.problems.size(), 3u);
  EXPECT_EQ(t.problems[0].code, "xlsx.inexact_number");
  EXPECT_EQ(t.problems[0].cell, "C3");
  EXPECT_EQ(t.problems[1].code, "xlsx.cell_error");
  EXPECT_EQ(t.problems[1].cell, "F3");
  EXPECT_EQ(t.problems[1].text, "#DIV/0!");
  EXPECT_EQ(t.problems[2].code, "xlsx.formula_without_value");
  EXPECT_EQ(t.problems[2].cell, "C4");
  EXPECT_EQ(t.problems[2].text, "=SUM(C2:C3)");
}

TEST(Workbook, CellNames) {
  EXPECT_EQ(cell_name(12, 6), "F12");
  EXPECT_EQ(column_name(26), "Z");
  EXPECT_EQ(column_name(27), "AA");
  EXPECT_EQ(column_name(16384), "XFD");
}

TEST(Workbook, HostileAndBrokenFilesAreRefusedByName) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"bomb.xlsx", "limit.zip_ratio"},          {"deep.xlsx", "limit.xml_depth"},
      {"doctype.xlsx", "xml.doctype"},
      {"truncated.xlsx", "zip.broken"},          {"crc.xlsx", "zip.crc_mismatch"},
      {"lying_size.xlsx", "zip.size_mismatch"},  {"encrypted.xlsx", "zip.encrypted"},
      {"empty.xlsx", "xlsx.empty_workbook"},    {"blank.xlsx", "xlsx.empty_workbook"},   // spaces only
  };
  for (const auto& [file, code] : cases) {
    const std::string bytes = workbook_file(file);
    ASSERT_FALSE(bytes.empty()) << file;
    auto read = read_workbook(bytes, file, "");
    ASSERT_FALSE(read.ok()) << file;
    EXPECT_EQ(read.error().code, code) << file << ": " << read.error().text.value_or("");
    EXPECT_EQ(read.error().file, file);
  }
  auto unknown = read_workbook(workbook_file("results.xlsx"), "results.xlsx", "Нет такого");
  EXPECT_EQ(unknown.error().code, "xlsx.unknown_sheet");
}

void put_le(std::string& out, std::uint32_t v, int bytes) {
  for (int k = 0; k < bytes; ++k) out += static_cast<char>((v >> (8 * k)) & 0xFF);
}

// A stored (uncompressed) zip: no ratio limit applies, so a part's own limits are reached.
std::string stored_zip(const std::vector<std::pair<std::string, std::string>>& parts) {
  std::string out, directory;
  for (const auto& [name, data] : parts) {
    const std::uint32_t crc = crc32_of(data);
    const auto offset = static_cast<std::uint32_t>(out.size());
    const auto size = static_cast<std::uint32_t>(data.size());
    put_le(out, 0x04034b50, 4); put_le(out, 20, 2); put_le(out, 0, 2); put_le(out, 0, 2); put_le(out, 0, 4);
    put_le(out, crc, 4); put_le(out, size, 4); put_le(out, size, 4); put_le(out, name.size(), 2); put_le(out, 0, 2);
    out += name + data;
    put_le(directory, 0x02014b50, 4); put_le(directory, 20, 2); put_le(directory, 20, 2); put_le(directory, 0, 2);
    put_le(directory, 0, 2); put_le(directory, 0, 4); put_le(directory, crc, 4); put_le(directory, size, 4);
    put_le(directory, size, 4); put_le(directory, name.size(), 2); put_le(directory, 0, 2); put_le(directory, 0, 2);
    put_le(directory, 0, 2); put_le(directory, 0, 2); put_le(directory, 0, 4); put_le(directory, offset, 4);
    directory += name;
  }
  const auto directory_at = static_cast<std::uint32_t>(out.size());
  out += directory;
  put_le(out, 0x06054b50, 4); put_le(out, 0, 2); put_le(out, 0, 2); put_le(out, parts.size(), 2);
  put_le(out, parts.size(), 2); put_le(out, directory.size(), 4); put_le(out, directory_at, 4); put_le(out, 0, 2);
  return out;
}

TEST(Workbook, HugeSharedStringTableIsALimit) {
  std::string strings = "<sst>";
  for (int i = 0; i <= 5'000'000; ++i) strings += "<si/>";
  strings += "</sst>";
  const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  const std::string bytes = stored_zip({
      {"xl/workbook.xml", R"(<workbook><sheets><sheet name="A" r:id="rId1"/></sheets></workbook>)"},
      {"xl/_rels/workbook.xml.rels", "<Relationships><Relationship Id=\"rId1\" Type=\"" + rel +
                                         "worksheet\" Target=\"sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"" + rel +
                                         "sharedStrings\" Target=\"strings.xml\"/></Relationships>"},
      {"xl/sheet1.xml", "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData></worksheet>"},
      {"xl/strings.xml", strings},
  });
  auto read = read_workbook(bytes, "strings.xlsx", "");
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.error().code, "limit.shared_strings");
  // The same workbook with a small table reads (the stored zip itself is sound).
  const std::string small = stored_zip({
      {"xl/workbook.xml", R"(<workbook><sheets><sheet name="A" r:id="rId1"/></sheets></workbook>)"},
      {"xl/_rels/workbook.xml.rels", "<Relationships><Relationship Id=\"rId1\" Type=\"" + rel +
                                         "worksheet\" Target=\"sheet1.xml\"/></Relationships>"},
      {"xl/sheet1.xml", "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData></worksheet>"},
  });
  auto ok = read_workbook(small, "small.xlsx", "");
  ASSERT_TRUE(ok.ok()) << ok.error().code;
  EXPECT_EQ(ok.value().table.text, "1\n");
}

TEST(Zip, TruncatedAndGarbageInputs) {
  EXPECT_EQ(ZipArchive::open("", "x.zip").error().code, "zip.broken");
  EXPECT_EQ(ZipArchive::open(std::string("PK\x05\x06", 4) + std::string(18, '\0'), "x.zip").value().entries().size(), 0u);
  std::string bytes = workbook_file("results.xlsx");
  for (std::size_t cut : {std::size_t{1}, std::size_t{100}, bytes.size() - 1}) {
    auto read = read_workbook(bytes.substr(0, cut), "cut.xlsx", "");
    EXPECT_FALSE(read.ok()) << cut;
  }
}

TEST(Inflate, ZlibHostAndCrc) {
  EXPECT_EQ(crc32_of("123456789"), 0xCBF43926u);
  EXPECT_EQ(inflate_raw(std::string("\x03\x00", 2), 10).status, InflateStatus::ok);   // an empty final block
  EXPECT_EQ(inflate_raw(std::string("\xFF\xFF", 2), 10).status, InflateStatus::corrupt);
}

TEST(FileKind, TellsWhatIsNotATable) {
  EXPECT_EQ(sniff_file_kind("%PDF-1.7\n"), FileKind::pdf);
  EXPECT_EQ(sniff_file_kind("\x89PNG\r\n\x1A\n...."), FileKind::image);
  EXPECT_EQ(sniff_file_kind("\xEF\xBB\xBF  <!DOCTYPE html><html>"), FileKind::html);
  EXPECT_EQ(sniff_file_kind("<table><tr><td>1</td></tr></table>"), FileKind::html);
  EXPECT_EQ(sniff_file_kind("{\\rtf1\\ansi"), FileKind::rtf);
  EXPECT_EQ(sniff_file_kind("region,votes\nA,1\n"), FileKind::text);
  EXPECT_EQ(sniff_file_kind("<b>region</b>,votes\n"), FileKind::text);
}

json call(const std::string& request, const std::string& bytes) {
  return json::parse(handle_with_bytes(request, bytes));
}

TEST(WorkbookUpload, InspectAndSummaryOfTheChosenSheet) {
  const std::string bytes = workbook_file("results.xlsx");
  json inspected = call(R"({"op":"inspect","file":"results.xlsx"})", bytes);
  ASSERT_TRUE(inspected["ok"].get<bool>()) << inspected.dump();
  EXPECT_EQ(inspected["result"]["source"]["kind"], "xlsx");
  EXPECT_EQ(inspected["result"]["source"]["sheet"], "Справка");
  EXPECT_EQ(inspected["result"]["source"]["sheets"][1]["name"], "Итоги");
  EXPECT_EQ(inspected["result"]["source"]["sheets"][1]["rows"], 5);

  json second = call(R"({"op":"inspect","file":"results.xlsx","sheet":"Итоги"})", bytes);
  ASSERT_TRUE(second["ok"].get<bool>()) << second.dump();
  EXPECT_EQ(second["result"]["delimiter"], "\t");
  EXPECT_EQ(second["result"]["rows"], 4);
  EXPECT_EQ(second["result"]["source"]["hidden_rows"], json::array({5}));
  EXPECT_EQ(second["result"]["source"]["rounded"], 1);
  const json mapping = second["result"]["mapping"];
  EXPECT_EQ(mapping["measures"]["against_all"], json::array({4}));

  const std::string upload = R"({"upload":{"file":"results.xlsx","sheet":"Итоги","mapping":)" + mapping.dump() + "}}";
  json summary = call(R"({"op":"summary","dataset":)" + upload + "}", bytes);
  ASSERT_TRUE(summary["ok"].get<bool>()) << summary.dump();
  EXPECT_EQ(summary["result"]["national"]["figures"]["against_all"]["value"], 290);
  EXPECT_EQ(summary["result"]["national"]["figures"]["registered"]["value"], 5700);
  EXPECT_EQ(summary["result"]["upload"]["rows_used"], 4);
  EXPECT_EQ(summary["result"]["upload"]["source"]["sheet"], "Итоги");
}

TEST(WorkbookUpload, ProblemsAreLocatedBySheetAndCell) {
  const std::string bytes = workbook_file("cells.xlsx");
  const std::string mapping =
      R"({"hierarchy":[{"level":"region","column":0},{"level":"district","column":1}],"contest_level":"region",)"
      R"("measures":{"registered":[2],"against_all":[3]},"candidates":[]})";
  json summary = call(R"({"op":"summary","dataset":{"upload":{"file":"cells.xlsx","mapping":)" + mapping + "}}}", bytes);
  ASSERT_TRUE(summary["ok"].get<bool>()) << summary.dump();
  const json problems = summary["result"]["upload"]["problems"];
  std::vector<std::string> found;
  for (const auto& p : problems) {
    found.push_back(p["code"].get<std::string>() + "@" + p.value("cell", std::string("?")));
    EXPECT_EQ(p["sheet"], "Данные") << p.dump();
  }
  EXPECT_EQ(found, (std::vector<std::string>{"xlsx.inexact_number@C3", "value.not_integer@D3", "xlsx.cell_error@F3",
                                             "xlsx.formula_without_value@C4"}));
  json csv = call(R"({"op":"problems_csv","upload":{"file":"cells.xlsx","mapping":)" + mapping + "}}", bytes);
  ASSERT_TRUE(csv["ok"].get<bool>()) << csv.dump();
  EXPECT_NE(csv["result"]["csv"].get<std::string>().find("value.not_integer Данные!D3"), std::string::npos);
}

// A workbook saved by LibreOffice Calc (tests/fixtures/workbooks/libreoffice/results.xlsx, converted
// from results.fods there by `soffice --headless --convert-to xlsx`): LibreOffice's own shared
// strings, styles, cached formula values and date formats; a title merged across the whole width
// above the header, a hidden row and a total row computed by SUM.
TEST(WorkbookUpload, MadeByLibreOffice) {
  const std::string bytes = workbook_file("libreoffice/results.xlsx");
  auto read = read_workbook(bytes, "results.xlsx", "");
  ASSERT_TRUE(read.ok()) << read.error().code;
  ASSERT_EQ(read.value().sheets.size(), 2u);
  EXPECT_EQ(read.value().sheets[0].name, "Итоги");
  EXPECT_EQ(read.value().sheets[1].name, "Справка");
  const SheetTable& t = read.value().table;
  const auto lines = lines_of(t.text);
  ASSERT_EQ(lines.size(), 6u);
  // The title spans every column: it stays one cell, so the table finder reads it as a title.
  EXPECT_EQ(lines[0], (std::vector<std::string>{"Итоги голосования (учебный пример)", "", "", "", "", "", ""}));
  EXPECT_TRUE(t.merged.empty());
  EXPECT_EQ(lines[2], (std::vector<std::string>{"Северная", "Северный-1", "2023-11-05", "24000", "16000", "1000", "14690"}));
  EXPECT_EQ(lines[5], (std::vector<std::string>{"Итого", "", "", "64100", "27050", "1205", "25433"}));
  EXPECT_EQ(t.hidden_rows, std::vector<int>{5});
  EXPECT_EQ(t.dates, 3);
  EXPECT_TRUE(t.problems.empty());

  json inspected = call(R"({"op":"inspect","file":"results.xlsx"})", bytes);
  ASSERT_TRUE(inspected["ok"].get<bool>()) << inspected.dump();
  const json& result = inspected["result"];
  ASSERT_EQ(result["layout"]["skipped"].size(), 1u) << result["layout"].dump();
  EXPECT_EQ(result["layout"]["skipped"][0]["reason"], "layout.title");
  EXPECT_EQ(result["header"][1], "Район");
  EXPECT_EQ(result["mapping"]["measures"]["against_all"], json::array({5}));

  const std::string upload = R"({"upload":{"file":"results.xlsx","mapping":)" + result["mapping"].dump() + "}}";
  json summary = call(R"({"op":"summary","dataset":)" + upload + "}", bytes);
  ASSERT_TRUE(summary["ok"].get<bool>()) << summary.dump();
  // The SUM row is read as the file's own total (a claim checked against the rows), not a fourth
  // contest: against all is 1,205 once, not 2,410.
  EXPECT_EQ(summary["result"]["national"]["figures"]["against_all"]["value"], 1205);
  EXPECT_EQ(summary["result"]["upload"]["rows_used"], 3);
  ASSERT_EQ(summary["result"]["upload"]["totals"].size(), 1u);
  for (const json& f : summary["result"]["upload"]["totals"][0]["figures"]) EXPECT_TRUE(f["agrees"].get<bool>()) << f.dump();
}

// A second LibreOffice workbook (libreoffice/protocol.xlsx and .ods, from protocol.fods by make.sh
// there): the data on the second sheet under a two-row header — names merged down over both rows
// beside «Число голосов» merged across the candidates —, a region merged down over its two
// constituencies, a formula with its cached value, a date, a hidden row and a 16-digit code.
TEST(WorkbookUpload, TwoRowHeaderMadeByLibreOffice) {
  const std::string bytes = workbook_file("libreoffice/protocol.xlsx");
  auto read = read_workbook(bytes, "protocol.xlsx", "Округа");
  ASSERT_TRUE(read.ok()) << read.error().code;
  ASSERT_EQ(read.value().sheets.size(), 2u);
  EXPECT_EQ(read.value().sheets[0].name, "Справка");
  EXPECT_EQ(read.value().sheets[1].name, "Округа");
  EXPECT_EQ(read.value().sheets[1].rows, 6);
  EXPECT_EQ(read.value().sheets[1].columns, 9);
  const SheetTable& t = read.value().table;
  const auto lines = lines_of(t.text);
  ASSERT_EQ(lines.size(), 6u);
  EXPECT_EQ(t.merged, (std::vector<std::string>{"A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2", "F1:F2", "G1:I1", "A3:A4"}));
  EXPECT_EQ(lines[0], (std::vector<std::string>{"Область", "Округ", "Код округа", "Дата голосования", "Число избирателей",
                                                "Бюллетеней в урнах", "Число голосов", "Число голосов", "Число голосов"}));
  EXPECT_EQ(lines[1], (std::vector<std::string>{"Область", "Округ", "Код округа", "Дата голосования", "Число избирателей",
                                                "Бюллетеней в урнах", "Иванов", "Петров", "Против всех"}));
  // LibreOffice 7.4 writes numbers with 15 significant digits: the code 4503599627370497 of the
  // .fods reaches the .xlsx as 4503599627370500 (a 12-digit code is kept whole).
  EXPECT_EQ(lines[2], (std::vector<std::string>{"Северная", "Северный округ № 1", "4503599627370500", "2024-03-17", "52000",
                                                "30000", "18000", "10650", "1200"}));
  EXPECT_EQ(lines[3], (std::vector<std::string>{"Северная", "Северный округ № 2", "461234567802", "2024-03-17", "48000",
                                                "26000", "15000", "9890", "900"}));
  EXPECT_EQ(t.hidden_rows, std::vector<int>{6});
  EXPECT_EQ(t.dates, 4);
  EXPECT_EQ(t.rounded, 0);
  EXPECT_TRUE(t.problems.empty());

  // The names merged down over both header rows name their columns once; «Число голосов» is joined
  // over the three names below it, and a candidate's name under it is a candidate.
  json inspected = call(R"({"op":"inspect","file":"protocol.xlsx","sheet":"Округа"})", bytes);
  ASSERT_TRUE(inspected["ok"].get<bool>()) << inspected.dump();
  const json& result = inspected["result"];
  EXPECT_EQ(result["layout"]["group_line"], 1);
  EXPECT_EQ(result["layout"]["header_line"], 2);
  EXPECT_EQ(result["header"], json::array({"Область", "Округ", "Код округа", "Дата голосования", "Число избирателей",
                                           "Бюллетеней в урнах", "Число голосов Иванов", "Число голосов Петров",
                                           "Число голосов Против всех"}));
  EXPECT_EQ(result["rows"], 4);
  json mapping = result["mapping"];
  EXPECT_EQ(mapping["hierarchy"], json::parse(R"([{"level":"region","column":0},{"level":"constituency","column":1}])"));
  EXPECT_EQ(mapping["measures"], json::parse(R"({"registered":[4],"ballots_cast":[5],"against_all":[8]})"));
  EXPECT_EQ(mapping["candidates"], json::array({6, 7}));
  // The same candidates in every row: the whole file is offered as one contest, and the
  // constituency asked about; the user answers "constituency".
  EXPECT_EQ(mapping["contest_level"], "country");
  mapping["contest_level"] = "constituency";

  const std::string upload = R"({"upload":{"file":"protocol.xlsx","sheet":"Округа","mapping":)" + mapping.dump() + "}}";
  json summary = call(R"({"op":"summary","dataset":)" + upload + "}", bytes);
  ASSERT_TRUE(summary["ok"].get<bool>()) << summary.dump();
  const json& s = summary["result"];
  EXPECT_EQ(s["upload"]["rows_used"], 4);   // the hidden row is read like the others, and said
  EXPECT_EQ(s["national"]["figures"]["against_all"]["value"], 1200 + 900 + 2100 + 5);
  EXPECT_EQ(s["national"]["figures"]["registered"]["value"], 52000 + 48000 + 61000 + 100);
  ASSERT_EQ(s["contests"].size(), 4u);
  EXPECT_EQ(s["contests"][1]["id"], "Северная/Северный округ № 2");   // under the region merged down over it
  EXPECT_EQ(s["contests"][1]["kind"], "constituency");
  EXPECT_EQ(s["contests"][1]["candidates"][1]["votes"], 9890);   // Петров: the formula’s cached value
  // «Число голосов» over both candidate columns says what is counted: each candidate is the name below.
  for (const auto& contest : s["contests"]) {
    ASSERT_EQ(contest["candidates"].size(), 2u) << contest.dump();
    EXPECT_EQ(contest["candidates"][0]["name"], "Иванов");
    EXPECT_EQ(contest["candidates"][1]["name"], "Петров");
  }
  EXPECT_EQ(s["election"]["levels"][2]["name"]["ru"], "Округ");            // the file's own word for the level

  // The same workbook saved by LibreOffice as .ods: named, with what to do.
  json ods = call(R"({"op":"inspect","file":"protocol.ods"})", workbook_file("libreoffice/protocol.ods"));
  EXPECT_EQ(ods["error"]["code"], "file.ods") << ods.dump();
}

TEST(CompressedUpload, GzipAndZip) {
  json gz = call(R"({"op":"inspect","file":"results.csv.gz"})", workbook_file("results.csv.gz"));
  ASSERT_TRUE(gz["ok"].get<bool>()) << gz.dump();
  EXPECT_EQ(gz["result"]["source"]["container"], "gzip");
  EXPECT_EQ(gz["result"]["rows"], 4);
  EXPECT_EQ(gz["result"]["header"][0], "region");

  const std::string two = workbook_file("two_tables.zip");
  json first = call(R"({"op":"inspect","file":"two_tables.zip"})", two);
  ASSERT_TRUE(first["ok"].get<bool>()) << first.dump();
  EXPECT_EQ(first["result"]["source"]["entries"], json::array({"2023/first.csv", "2023/second.csv"}));
  EXPECT_EQ(first["result"]["source"]["entry"], "2023/first.csv");
  EXPECT_EQ(first["result"]["preview"][0]["fields"][0], "North");
  json second = call(R"({"op":"inspect","file":"two_tables.zip","entry":"2023/second.csv"})", two);
  EXPECT_EQ(second["result"]["preview"][0]["fields"][0], "Nord");
  json unknown = call(R"({"op":"inspect","file":"two_tables.zip","entry":"readme.md"})", two);
  EXPECT_EQ(unknown["error"]["code"], "zip.unknown_entry");

  json inner = call(R"({"op":"inspect","file":"w.zip","sheet":"Итоги"})", workbook_file("workbook_in.zip"));
  ASSERT_TRUE(inner["ok"].get<bool>()) << inner.dump();
  EXPECT_EQ(inner["result"]["source"]["kind"], "xlsx");
  EXPECT_EQ(inner["result"]["source"]["container"], "zip");
  EXPECT_EQ(inner["result"]["rows"], 4);
}

TEST(NotATable, EachKindIsNamed) {
  const std::vector<std::pair<std::string, std::string>> files = {
      {"document.docx", "file.word"}, {"sheet.ods", "file.ods"}, {"old.xls", "file.xls"},
      {"no_table.zip", "file.archive"},
  };
  for (const auto& [file, code] : files) {
    json response = call(R"({"op":"inspect","file":")" + file + R"("})", workbook_file(file));
    EXPECT_EQ(response["error"]["code"], code) << file << " " << response.dump();
  }
  const std::vector<std::pair<std::string, std::string>> bytes = {
      {"<!DOCTYPE html>\n<html><body><table><tr><td>1</td></tr></table></body></html>", "file.html"},
      {"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n", "file.pdf"},
      {std::string("\xFF\xD8\xFF\xE0\0\x10JFIF", 10), "file.image"},
      {"{\\rtf1\\ansi\\deff0 results}", "file.word"},
  };
  for (const auto& [content, code] : bytes) {
    json response = call(R"({"op":"inspect","file":"x.csv"})", content);
    EXPECT_EQ(response["error"]["code"], code) << response.dump();
    EXPECT_TRUE(response["error"]["text"].is_string());
  }
}

TEST(Encoding, Koi8rIsToldFromWindows1251) {
  auto koi8 = decode_text(workbook_file("koi8r.csv"));
  ASSERT_TRUE(koi8.ok());
  EXPECT_EQ(koi8.decoded.encoding, TextEncoding::koi8r);
  EXPECT_EQ(koi8.decoded.text.substr(0, 12), "Регион");
  auto cp1251 = decode_text(workbook_file("cp1251.csv"));
  ASSERT_TRUE(cp1251.ok());
  EXPECT_EQ(cp1251.decoded.encoding, TextEncoding::windows1251);
  EXPECT_EQ(cp1251.decoded.text, koi8.decoded.text);
  // Capitals only: the frequencies still tell.
  auto caps = decode_text("\xf0\xf2\xef\xf4\xe9\xf7 \xf7\xf3\xe5\xe8;\xe9\xf4\xef\xe7\xef\n");   // ПРОТИВ ВСЕХ;ИТОГО in KOI8-R
  EXPECT_EQ(caps.decoded.encoding, TextEncoding::koi8r);
  EXPECT_EQ(caps.decoded.text, "ПРОТИВ ВСЕХ;ИТОГО\n");
}

}  // namespace
}  // namespace against_all
