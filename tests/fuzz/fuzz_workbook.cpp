// The workbook reader and the containers around it. The first byte chooses what the rest is:
//   0: a whole file (zip, gzip, xlsx, or anything: the upload's way in, through file kinds);
//   1: the XML of a worksheet, 2: of the shared strings, 3: of the workbook part, each placed in
//      an otherwise valid workbook (stored, CRC-32 right), so that mutations reach the XML reader
//      and the sheet's layout rather than stopping at the zip's checks.
// Nothing may crash; a read sheet must give as many fields on every non-empty line.
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "against_all/inflate.hpp"
#include "against_all/upload.hpp"
#include "against_all/wire/upload.hpp"
#include "against_all/workbook.hpp"

namespace {

void put16(std::string& out, std::uint32_t v) {
  out += static_cast<char>(v & 0xFF);
  out += static_cast<char>((v >> 8) & 0xFF);
}

void put32(std::string& out, std::uint32_t v) {
  put16(out, v & 0xFFFF);
  put16(out, v >> 16);
}

// A stored (uncompressed) zip of the given parts.
std::string stored_zip(const std::vector<std::pair<std::string, std::string>>& parts) {
  std::string out, directory;
  for (const auto& [name, data] : parts) {
    const std::uint32_t crc = against_all::crc32_of(data);
    const auto offset = static_cast<std::uint32_t>(out.size());
    put32(out, 0x04034b50); put16(out, 20); put16(out, 0); put16(out, 0); put32(out, 0);
    put32(out, crc); put32(out, data.size()); put32(out, data.size());
    put16(out, name.size()); put16(out, 0);
    out += name;
    out += data;
    put32(directory, 0x02014b50); put16(directory, 20); put16(directory, 20); put16(directory, 0); put16(directory, 0);
    put32(directory, 0); put32(directory, crc); put32(directory, data.size()); put32(directory, data.size());
    put16(directory, name.size()); put16(directory, 0); put16(directory, 0); put16(directory, 0); put16(directory, 0);
    put32(directory, 0); put32(directory, offset);
    directory += name;
  }
  const auto directory_at = static_cast<std::uint32_t>(out.size());
  out += directory;
  put32(out, 0x06054b50); put16(out, 0); put16(out, 0); put16(out, parts.size()); put16(out, parts.size());
  put32(out, directory.size()); put32(out, directory_at); put16(out, 0);
  return out;
}

const char* kNs = R"( xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")";

std::string workbook_with(int slot, const std::string& xml) {
  const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  std::string workbook = std::string("<workbook") + kNs + R"(><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>)";
  std::string sheet = std::string("<worksheet") + kNs +
                      R"(><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>)"
                      R"(<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>12</v></c></row></sheetData></worksheet>)";
  std::string strings = std::string("<sst") + kNs + "><si><t>region</t></si><si><t>votes</t></si><si><t>North</t></si></sst>";
  if (slot == 1) sheet = xml;
  if (slot == 2) strings = xml;
  if (slot == 3) workbook = xml;
  return stored_zip({
      {"[Content_Types].xml", "<Types/>"},
      {"xl/workbook.xml", workbook},
      {"xl/_rels/workbook.xml.rels",
       "<Relationships><Relationship Id=\"rId1\" Type=\"" + rel + "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
       "<Relationship Id=\"rId2\" Type=\"" + rel + "sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"},
      {"xl/worksheets/sheet1.xml", sheet},
      {"xl/sharedStrings.xml", strings},
  });
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  const int slot = data[0] % 4;
  const std::string bytes = slot == 0 ? rest : workbook_with(slot, rest);
  auto read = against_all::read_workbook(bytes, "fuzz.xlsx", "");
  if (read.ok()) {
    const auto& table = read.value().table;
    std::size_t expected = 0;
    std::size_t start = 0;
    while (start < table.text.size()) {
      const auto end = table.text.find('\n', start);
      if (end == std::string::npos) __builtin_trap();   // every line ends with a line break
      if (end > start) {
        std::size_t fields = 1;
        bool quoted = false;
        for (std::size_t i = start; i < end; ++i) {
          if (table.text[i] == '"') quoted = !quoted;
          if (table.text[i] == '\t' && !quoted) ++fields;
        }
        if (expected == 0) expected = fields;
        if (fields != expected || fields != static_cast<std::size_t>(table.columns)) __builtin_trap();
      }
      start = end + 1;
    }
  }
  auto opened = against_all::open_upload(bytes, "fuzz.xlsx");
  if (!opened.ok()) return 0;
  const auto inspected = against_all::inspect_upload(opened.value());
  auto upload = against_all::build_upload(bytes, "fuzz.xlsx", nlohmann::json(inspected["mapping"]));
  if (upload.ok()) (void)against_all::upload_report_json(upload.value());
  return 0;
}
