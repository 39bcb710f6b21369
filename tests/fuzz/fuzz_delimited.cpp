// The delimited reader on arbitrary bytes, by every scan path: the 64-byte blocks with SIMD masks,
// the blocks with byte-by-byte masks, and one byte at a time must read the same records, fields,
// lines and problems. The first byte chooses the delimiter (its two low bits) and the strict mode
// (its third bit); the rest is the text.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "against_all/delimited_text.hpp"

namespace {

struct Reading {
  std::vector<std::string> records;   // line, raw offset and size, problem flag, the fields
  std::vector<std::string> problems;
  std::size_t position = 0;
};

Reading read_all(std::string_view text, char delimiter, against_all::ScanPath path, against_all::DelimitedMode mode) {
  against_all::DelimitedReader reader(text, delimiter, path, mode);
  against_all::RecordView record;
  Reading out;
  while (reader.next(record)) {
    if (out.records.empty()) reader.expect_fields(record.fields.size());
    std::string line = std::to_string(record.line) + (record.has_problem ? "!" : "") + "@" +
                       std::to_string(record.raw.data() - text.data()) + "+" + std::to_string(record.raw.size());
    for (std::string_view field : record.fields) line += "|" + std::to_string(field.size()) + ":" + std::string(field);
    out.records.push_back(std::move(line));
  }
  for (const auto& problem : reader.problems()) {
    out.problems.push_back(problem.code + " " + std::to_string(problem.record_line) + " " + std::to_string(problem.line) +
                           ":" + std::to_string(problem.column) + " " + problem.text);
  }
  out.position = reader.position();
  return out;
}

bool same(const Reading& a, const Reading& b) {
  return a.records == b.records && a.problems == b.problems && a.position == b.position;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const char delimiters[] = {',', ';', '\t', '|'};
  const char delimiter = delimiters[data[0] % 4];
  const auto mode = (data[0] & 4) != 0 ? against_all::DelimitedMode::strict : against_all::DelimitedMode::tolerant;
  const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
  const Reading reference = read_all(text, delimiter, against_all::ScanPath::bytes, mode);
  if (!same(read_all(text, delimiter, against_all::ScanPath::simd, mode), reference)) __builtin_trap();
  if (!same(read_all(text, delimiter, against_all::ScanPath::blocks, mode), reference)) __builtin_trap();
  return 0;
}
