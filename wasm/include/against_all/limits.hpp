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
