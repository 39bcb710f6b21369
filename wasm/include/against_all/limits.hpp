// The largest inputs the engine accepts, and what it says past them (docs/limits.md).
#pragma once

#include <cstddef>
#include <string>

namespace against_all {

constexpr std::size_t kMaxFileBytes = 512u * 1024 * 1024;   // an upload: limit.file_size
constexpr std::size_t kMaxColumns = 10'000;                 // header fields: limit.columns
constexpr std::size_t kMaxRowBytes = 16u * 1024 * 1024;     // one record: limit.row_size (row not used)
constexpr std::size_t kMaxProblemText = 200;                // bytes of raw text quoted in a report

// `text` cut to at most kMaxProblemText bytes at a UTF-8 character boundary, marked with "…".
std::string quoted_excerpt(const std::string& text);

}  // namespace against_all

namespace against_all {

// Compressed files and workbooks (docs/limits.md, "Workbooks and compressed files").
constexpr std::size_t kMaxUnzippedBytes = 512u * 1024 * 1024;   // all parts read from one file: limit.unzipped_size
constexpr std::size_t kMaxZipRatio = 250;                      // an entry over 1 MiB inflating more: limit.zip_ratio
constexpr std::size_t kZipRatioFloor = 1024u * 1024;
constexpr std::size_t kMaxZipEntries = 10'000;                 // entries in a zip: limit.zip_entries
constexpr std::size_t kMaxSharedStrings = 5'000'000;           // a workbook's string table: limit.shared_strings
constexpr std::size_t kMaxXmlDepth = 64;                       // nested XML elements: limit.xml_depth
constexpr std::size_t kMaxSheets = 1'000;                      // sheets in a workbook: limit.sheets
constexpr int kMaxSheetRows = 1'048'576;                       // Excel's own bounds: xlsx.bad_cell_reference
constexpr int kMaxSheetColumns = 16'384;

}  // namespace against_all
