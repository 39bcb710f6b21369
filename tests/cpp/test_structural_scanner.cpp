// The structural scanner (64-byte blocks, SIMD masks, prefix-XOR quote state) reads exactly what
// the byte-at-a-time reader reads: every record, field, line and problem, on every real file and
// fixture and on texts built to put quotes and line breaks on block boundaries.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "against_all/delimited_text.hpp"
#include "against_all/structural_scanner.hpp"

namespace against_all {
namespace {

namespace fs = std::filesystem;

const char* path_name(ScanPath path) {
  return path == ScanPath::simd ? "simd" : path == ScanPath::blocks ? "blocks" : "bytes";
}

// Everything the reader gives, written out: records, their fields and lines, then the problems.
std::string transcript(std::string_view text, char delimiter, ScanPath path,
                       DelimitedMode mode = DelimitedMode::tolerant) {
  DelimitedReader reader(text, delimiter, path, mode);
  RecordView record;
  std::ostringstream out;
  for (std::size_t count = 0; reader.next(record); ++count) {
    if (count == 0) reader.expect_fields(record.fields.size());
    out << record.line << (record.has_problem ? "!" : "") << " @" << (record.raw.data() - text.data()) << "+"
        << record.raw.size() << ":";
    for (std::string_view field : record.fields) out << " [" << field.size() << "]" << field;
    out << "\n";
  }
  out << "position " << reader.position() << "\n";
  for (const DelimitedProblem& problem : reader.problems()) {
    out << problem.code << " " << problem.record_line << " " << problem.line << ":" << problem.column << " "
        << problem.text << "\n";
  }
  return out.str();
}

// The same text read by every path, with its sniffed delimiter and with each of the four (and
// strictly, with commas, as the dataset files are read).
void expect_same_reading(std::string_view text, const std::string& what) {
  std::vector<char> delimiters = {sniff_delimiter(text).delimiter, ',', ';', '\t', '|'};
  for (char delimiter : delimiters) {
    const std::string reference = transcript(text, delimiter, ScanPath::bytes);
    for (ScanPath path : {ScanPath::simd, ScanPath::blocks}) {
      ASSERT_EQ(transcript(text, delimiter, path), reference)
          << what << ", delimiter '" << delimiter << "', path " << path_name(path);
    }
  }
  const std::string strict = transcript(text, ',', ScanPath::bytes, DelimitedMode::strict);
  for (ScanPath path : {ScanPath::simd, ScanPath::blocks}) {
    ASSERT_EQ(transcript(text, ',', path, DelimitedMode::strict), strict) << what << ", strict, path " << path_name(path);
  }
}

std::string file_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

std::vector<fs::path> files_under(const fs::path& root) {
  std::vector<fs::path> files;
  if (!fs::exists(root)) return files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.is_regular_file()) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

TEST(StructuralScanner, EveryPathGivesTheSameMasks) {
  std::mt19937 random(14);
  const std::string alphabet = ",;\t|\"\r\na1 \xD0\x90";
  for (int round = 0; round < 2000; ++round) {
    char block[64];
    for (char& c : block) c = alphabet[random() % alphabet.size()];
    for (char delimiter : {',', ';', '\t', '|'}) {
      const std::size_t size = round % 5 == 0 ? random() % 65 : 64;
      const BlockMasks simd = scan_block(block, size, delimiter, ScanPath::simd);
      const BlockMasks bytes = scan_block(block, size, delimiter, ScanPath::blocks);
      ASSERT_EQ(simd.delimiter, bytes.delimiter);
      ASSERT_EQ(simd.quote, bytes.quote);
      ASSERT_EQ(simd.cr, bytes.cr);
      ASSERT_EQ(simd.lf, bytes.lf);
      for (std::size_t k = 0; k < 64; ++k) {
        const bool in = k < size;
        ASSERT_EQ((bytes.quote >> k) & 1, std::uint64_t{in && block[k] == '"'}) << k;
        ASSERT_EQ((bytes.delimiter >> k) & 1, std::uint64_t{in && block[k] == delimiter}) << k;
      }
    }
  }
}

TEST(StructuralScanner, PrefixXorIsTheRunningParity) {
  std::mt19937_64 random(4);
  for (int round = 0; round < 1000; ++round) {
    const std::uint64_t bits = random() & random();
    const std::uint64_t xored = prefix_xor(bits);
    std::uint64_t parity = 0;
    for (int k = 0; k < 64; ++k) {
      parity ^= (bits >> k) & 1;
      ASSERT_EQ((xored >> k) & 1, parity) << k;
    }
  }
}

TEST(StructuralScanner, QuotesAndBreaksOnBlockBoundaries) {
  // Each pattern is placed so that its bytes fall on either side of byte 64 (and 128).
  const std::vector<std::string> patterns = {
      "\"", "\"\"", "\"\"\"", "\"\"\"\"", ",\"", "\",", "\"\n", "\r\n", "\"\r\n", "\r\n\"", "\r", "\n",
      "\"a\"\"b\"", "\"x\r\ny\"", "\"x\ry\",z", "\"\"\",", "\"q\"tail,", ",\"open", "\r\r\n\n",
  };
  for (const std::string& pattern : patterns) {
    for (std::size_t at = 54; at <= 66; ++at) {
      for (const char* tail : {"", "\n", ",1\n", "\"", "\"\n2,3\r\n"}) {
        std::string text = "h1,h2,h3\n";
        while (text.size() < at) text += (text.size() % 7 == 0) ? ',' : 'v';
        text += pattern;
        text += "mid,\"q\"\"x\",3\r\n";
        while (text.size() < 126) text += 'w';
        text += pattern;
        text += tail;
        expect_same_reading(text, "pattern at " + std::to_string(at));
      }
    }
  }
}

TEST(StructuralScanner, QuotedFieldsSpanningBlocks) {
  // A quoted field longer than a block, with escaped quotes and breaks on and across the edges.
  for (std::size_t length : {10, 62, 63, 64, 65, 127, 128, 129, 200}) {
    for (const char* inner : {"\"\"", "\r\n", "\n", "\r", "x"}) {
      std::string field = "\"";
      while (field.size() < length) field += (field.size() % 9 == 0) ? inner : "z";
      field += "\"";
      const std::string text = "a,b\n" + field + ",2\n3," + field + "\n" + field;
      expect_same_reading(text, "field of " + std::to_string(length));
      expect_same_reading(text.substr(0, text.size() - 1), "unclosed field of " + std::to_string(length));
    }
  }
}

TEST(StructuralScanner, UnbalancedQuotesAndTextAfterQuotes) {
  expect_same_reading("a,b\n\"open,1\n2,3\n", "unbalanced");
  expect_same_reading("a,b\n\"x\"y,1\n2,\"3\"\"\n", "text after a quote");
  expect_same_reading("\"", "a lone quote");
  expect_same_reading("", "nothing");
  expect_same_reading("a\"b,c\"d\n\"e\",f\n", "quotes inside unquoted fields");
  std::string many_open(300, '"');
  expect_same_reading(many_open, "a run of quotes");
  expect_same_reading(many_open + "a", "a run of quotes and a letter");
}

TEST(StructuralScanner, RandomTexts) {
  std::mt19937 random(2024);
  const std::string alphabet = ",,,;\t|\"\"\r\n\nab1 ";
  for (int round = 0; round < 3000; ++round) {
    std::string text(random() % 300, ' ');
    for (char& c : text) c = alphabet[random() % alphabet.size()];
    expect_same_reading(text, "random text " + std::to_string(round));
  }
}

TEST(StructuralScanner, EveryRealFileAndFixture) {
  std::vector<fs::path> files = files_under("/work/shared/data/real-files");
  const std::vector<fs::path> fixtures = files_under(fs::path(AGAINST_ALL_SOURCE_DIR) / "tests/fixtures");
  ASSERT_GT(fixtures.size(), 100u);
  files.insert(files.end(), fixtures.begin(), fixtures.end());
  for (const fs::path& file : files) expect_same_reading(file_bytes(file), file.string());
}

TEST(StructuralScanner, TheWhole2004File) {
  const fs::path file = "/work/shared/data/ru-2004-president-stations/2004.csv";
  if (!fs::exists(file)) GTEST_SKIP() << file << " is absent";
  const std::string text = file_bytes(file);
  const char delimiter = sniff_delimiter(text).delimiter;
  EXPECT_EQ(transcript(text, delimiter, ScanPath::simd), transcript(text, delimiter, ScanPath::bytes));
}

}  // namespace
}  // namespace against_all
