// The catalogue of broken uploads (tests/fixtures/bad-csv/catalogue.json): each case ends in its
// documented error, or its documented problems with their lines and columns, and no row is lost.
// Vitest runs the same catalogue through the engine façade and the wasm build.
#include <gtest/gtest.h>

#include <algorithm>

#include "against_all/api.hpp"
#include "test_support.hpp"

namespace against_all {
namespace {

using json = nlohmann::ordered_json;

// Code points of a UTF-8 string (the catalogue's texts are valid UTF-8).
std::vector<char32_t> code_points(const std::string& text) {
  std::vector<char32_t> out;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    const int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = n == 1 ? c : c & (0x3F >> (n - 1));
    for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    out.push_back(cp);
    i += n;
  }
  return out;
}

std::string encode(const std::string& text, const std::string& encoding) {
  std::string out;
  for (char32_t cp : code_points(text)) {
    if (encoding == "windows-1251") {
      if (cp < 0x80) out += static_cast<char>(cp);
      else if (cp >= 0x410 && cp <= 0x44F) out += static_cast<char>(cp - 0x410 + 0xC0);
      else ADD_FAILURE() << "no Windows-1251 byte for U+" << std::hex << static_cast<unsigned>(cp);
    } else {  // utf-16le
      out += static_cast<char>(cp & 0xFF);
      out += static_cast<char>(cp >> 8);
    }
  }
  return out;
}

std::string from_hex(const std::string& hex) {
  std::string out;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) out += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
  return out;
}

std::string bytes_of(const json& c) {
  if (c.contains("hex")) return from_hex(c["hex"].get<std::string>());
  const std::string text = c["text"].get<std::string>();
  return c.contains("encode") ? encode(text, c["encode"].get<std::string>()) : text;
}

json call(const json& request, const std::string& bytes) {
  return json::parse(handle_with_bytes(request.dump(), bytes));
}

void expect_error(const json& response, const json& expected, const std::string& name) {
  ASSERT_FALSE(response["ok"].get<bool>()) << name << ": " << response.dump();
  EXPECT_EQ(response["error"]["code"], expected["code"]) << name;
  EXPECT_EQ(response["error"].value("line", 0), expected["line"].get<int>()) << name;
  EXPECT_EQ(response["error"].value("column", 0), expected["column"].get<int>()) << name;
  if (expected.contains("field")) EXPECT_EQ(response["error"]["field"], expected["field"]) << name;
}

}  // namespace
}  // namespace against_all

// How a case is named in test listings (ctest shows the parameter): its name, not its bytes.
namespace nlohmann {
inline void PrintTo(const ordered_json& value, std::ostream* os) { *os << value.value("name", std::string("?")); }
}  // namespace nlohmann

namespace against_all {
namespace {

class BadInputCatalogue : public testing::TestWithParam<json> {};

TEST_P(BadInputCatalogue, EndsInItsDocumentedOutcome) {
  const json& c = GetParam();
  const std::string name = c["name"].get<std::string>();
  const std::string bytes = bytes_of(c);
  const std::string file = name + ".csv";
  const json inspected = call(json{{"op", "inspect"}, {"file", file}}, bytes);
  if (c.contains("error") && c["error"]["stage"] == "inspect") {
    expect_error(inspected, c["error"], name);
    return;
  }
  ASSERT_TRUE(inspected["ok"].get<bool>()) << name << ": " << inspected.dump();
  if (c.contains("encoding")) EXPECT_EQ(inspected["result"]["encoding"], c["encoding"]) << name;
  if (c.contains("delimiter")) EXPECT_EQ(inspected["result"]["delimiter"], c["delimiter"]) << name;
  if (c.contains("delimiter_alternatives"))
    EXPECT_EQ(inspected["result"]["delimiter_alternatives"], c["delimiter_alternatives"]) << name;

  if (c.contains("header_problems")) EXPECT_EQ(inspected["result"]["header_problems"], c["header_problems"]) << name;
  json mapping = inspected["result"]["mapping"];
  if (c.contains("mapping_patch"))
    for (const auto& [key, value] : c["mapping_patch"].items()) mapping[key] = value;
  const json upload{{"file", file}, {"mapping", mapping}};
  const json summary = call(json{{"op", "summary"}, {"dataset", {{"upload", upload}}}}, bytes);
  if (c.contains("error")) {
    expect_error(summary, c["error"], name);
    return;
  }
  ASSERT_TRUE(summary["ok"].get<bool>()) << name << ": " << summary.dump();
  const json& report = summary["result"]["upload"];
  EXPECT_EQ(report["rows"], c["rows"]) << name;
  EXPECT_EQ(report["rows_used"], c["rows_used"]) << name;
  int not_used = 0;
  for (const auto& [reason, rows] : report["rows_not_used"].items()) not_used += rows.get<int>();
  EXPECT_EQ(report["rows_used"].get<int>() + not_used, report["rows"].get<int>()) << name << ": a row is unaccounted for";
  if (c.contains("problems")) {
    ASSERT_EQ(report["problems"].size(), c["problems"].size()) << name << ": " << report["problems"].dump();
    for (std::size_t i = 0; i < c["problems"].size(); ++i) {
      const json& want = c["problems"][i];
      const json& got = report["problems"][i];
      EXPECT_EQ(got["code"], want["code"]) << name << " #" << i;
      EXPECT_EQ(got["line"], want["line"]) << name << " #" << i;
      EXPECT_EQ(got["column"], want["column"]) << name << " #" << i;
      if (want.contains("text")) EXPECT_EQ(got["text"], want["text"]) << name << " #" << i;
    }
  }
  const json& against_all = summary["result"]["national"]["figures"]["against_all"]["value"];
  if (c.contains("against_all")) EXPECT_EQ(against_all, c["against_all"]) << name;
  if (c.contains("findings")) {
    std::vector<std::string> codes;
    for (const json& f : summary["result"]["findings"]) codes.push_back(f["code"].get<std::string>());
    for (const json& code : c["findings"])
      EXPECT_NE(std::find(codes.begin(), codes.end(), code.get<std::string>()), codes.end()) << name << ": " << code;
  }
  if (c.contains("against_all_text")) EXPECT_EQ(against_all.dump(), c["against_all_text"].get<std::string>()) << name;
}

std::vector<json> catalogue() {
  const json all = json::parse(test::read_text(test::source_path("tests/fixtures/bad-csv/catalogue.json")));
  return std::vector<json>(all.begin(), all.end());
}

INSTANTIATE_TEST_SUITE_P(Cases, BadInputCatalogue, testing::ValuesIn(catalogue()),
                         [](const testing::TestParamInfo<json>& info) { return info.param["name"].get<std::string>(); });

TEST(BadInputCatalogue, HoldsAtLeastTwentyKinds) { EXPECT_GE(catalogue().size(), 20u); }

}  // namespace
}  // namespace against_all
