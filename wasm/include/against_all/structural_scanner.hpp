// The structural characters of delimited text found 64 bytes at a time (the simdjson / simdcsv
// technique): for each 64-byte block, one bit per byte for the delimiter, the quote, CR and LF,
// computed with SIMD (wasm SIMD128 under __wasm_simd128__, SSE2 natively) or byte by byte (the
// tail of the text, builds without SIMD). Every path gives the same masks, and the same answers as
// reading one byte at a time (ScanPath::bytes, kept as the reference the tests compare against).
//
// DelimitedReader asks it two questions: where the next delimiter or line break is (an unquoted
// field's end), and where a quoted field closes (the quote state by a prefix XOR of the quote bits,
// carried across blocks), with how many line breaks it holds and whether it must be unescaped.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace against_all {

enum class ScanPath {
  simd,     // 64-byte blocks, their masks by SIMD where the build has it (else as `blocks`)
  blocks,   // 64-byte blocks, their masks byte by byte: what a build without SIMD does
  bytes,    // no blocks: one byte at a time, the reader's plain loops (the reference in tests)
};

// One 64-byte block: bit k is byte k of the block. Bytes past the end of the text have no bits.
struct BlockMasks {
  std::uint64_t delimiter = 0;
  std::uint64_t quote = 0;
  std::uint64_t cr = 0;
  std::uint64_t lf = 0;
};

// The masks of the 64 bytes from `block` (or fewer, `size` < 64): by SIMD for a whole block and
// ScanPath::simd in a build with SIMD, else byte by byte.
BlockMasks scan_block(const char* block, std::size_t size, char delimiter, ScanPath path);

// Bit k of the result is the parity (XOR) of bits 0..k of `bits`.
std::uint64_t prefix_xor(std::uint64_t bits);

// A quoted field, from its opening quote.
struct QuotedSpan {
  bool closed = false;       // false: no closing quote before the end of the text
  std::size_t close = 0;     // the closing quote (when closed)
  int breaks = 0;            // line breaks inside (CRLF, CR and LF each count once)
  bool unescape = false;     // holds "" or a CR, so its text must be rewritten
};

class StructuralScanner {
 public:
  StructuralScanner(std::string_view text, char delimiter, ScanPath path = ScanPath::simd);

  // The first delimiter, CR or LF at or after `from`; the text's size if there is none. Inline
  // for the common case, a short field ending in the block already scanned.
  std::size_t next_stop(std::size_t from) {
    if (from / kBlockBytes == cached_) {
      const std::uint64_t ahead = stops_ & (~std::uint64_t{0} << (from % kBlockBytes));
      if (ahead != 0) return cached_ * kBlockBytes + static_cast<std::size_t>(__builtin_ctzll(ahead));
    }
    return next_stop_beyond(from);
  }

  // The quoted field whose opening quote is at `quote`: a quote closes it unless the next byte is
  // a quote too ("" is an escaped quote), pairs taken from the left.
  QuotedSpan quoted(std::size_t quote);

 private:
  static constexpr std::size_t kBlockBytes = 64;
  std::size_t next_stop_beyond(std::size_t from);
  const BlockMasks& block(std::size_t index);
  std::size_t next_stop_bytes(std::size_t from) const;
  QuotedSpan quoted_bytes(std::size_t quote) const;
  bool byte_is(std::size_t at, char c) const { return at < text_.size() && text_[at] == c; }

  std::string_view text_;
  char delimiter_;
  ScanPath path_;
  std::size_t cached_ = SIZE_MAX;   // the index of the block in masks_ (never set by ScanPath::bytes)
  BlockMasks masks_;
  std::uint64_t stops_ = 0;         // masks_'s delimiters, CRs and LFs
};

}  // namespace against_all
