#include "against_all/structural_scanner.hpp"

#include <algorithm>

#if defined(__wasm_simd128__)
#include <wasm_simd128.h>
#elif defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace against_all {

namespace {

constexpr std::size_t kScanBlockBytes = 64;

BlockMasks scanner_block_bytes(const char* block, std::size_t size, char delimiter) {
  BlockMasks masks;
  for (std::size_t k = 0; k < size; ++k) {
    const std::uint64_t bit = std::uint64_t{1} << k;
    const char c = block[k];
    if (c == delimiter) masks.delimiter |= bit;
    if (c == '"') masks.quote |= bit;
    if (c == '\r') masks.cr |= bit;
    if (c == '\n') masks.lf |= bit;
  }
  return masks;
}

#if defined(__wasm_simd128__)

std::uint64_t scanner_equal_bits(const v128_t (&bytes)[4], char c) {
  const v128_t wanted = wasm_i8x16_splat(c);
  std::uint64_t bits = 0;
  for (int part = 0; part < 4; ++part) {
    const auto half = static_cast<std::uint16_t>(wasm_i8x16_bitmask(wasm_i8x16_eq(bytes[part], wanted)));
    bits |= std::uint64_t{half} << (16 * part);
  }
  return bits;
}

BlockMasks scanner_block_simd(const char* block, char delimiter) {
  const v128_t bytes[4] = {wasm_v128_load(block), wasm_v128_load(block + 16), wasm_v128_load(block + 32),
                           wasm_v128_load(block + 48)};
  return BlockMasks{scanner_equal_bits(bytes, delimiter), scanner_equal_bits(bytes, '"'),
                    scanner_equal_bits(bytes, '\r'), scanner_equal_bits(bytes, '\n')};
}

#elif defined(__SSE2__)

std::uint64_t scanner_equal_bits(const __m128i (&bytes)[4], char c) {
  const __m128i wanted = _mm_set1_epi8(c);
  std::uint64_t bits = 0;
  for (int part = 0; part < 4; ++part) {
    const auto half = static_cast<std::uint16_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes[part], wanted)));
    bits |= std::uint64_t{half} << (16 * part);
  }
  return bits;
}

BlockMasks scanner_block_simd(const char* block, char delimiter) {
  const auto at = [block](int offset) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(block + offset)); };
  const __m128i bytes[4] = {at(0), at(16), at(32), at(48)};
  return BlockMasks{scanner_equal_bits(bytes, delimiter), scanner_equal_bits(bytes, '"'),
                    scanner_equal_bits(bytes, '\r'), scanner_equal_bits(bytes, '\n')};
}

#endif

int scanner_lowest_bit(std::uint64_t bits) { return __builtin_ctzll(bits); }
int scanner_bit_count(std::uint64_t bits) { return __builtin_popcountll(bits); }

}  // namespace

BlockMasks scan_block(const char* block, std::size_t size, char delimiter, ScanPath path) {
#if defined(__wasm_simd128__) || defined(__SSE2__)
  if (size == kScanBlockBytes && path == ScanPath::simd) return scanner_block_simd(block, delimiter);
#else
  (void)path;
#endif
  return scanner_block_bytes(block, size, delimiter);
}

std::uint64_t prefix_xor(std::uint64_t bits) {
  bits ^= bits << 1;
  bits ^= bits << 2;
  bits ^= bits << 4;
  bits ^= bits << 8;
  bits ^= bits << 16;
  bits ^= bits << 32;
  return bits;
}

StructuralScanner::StructuralScanner(std::string_view text, char delimiter, ScanPath path)
    : text_(text), delimiter_(delimiter), path_(path) {}

const BlockMasks& StructuralScanner::block(std::size_t index) {
  if (index != cached_) {
    const std::size_t base = index * kScanBlockBytes;
    masks_ = scan_block(text_.data() + base, std::min(kScanBlockBytes, text_.size() - base), delimiter_, path_);
    stops_ = masks_.delimiter | masks_.cr | masks_.lf;
    cached_ = index;
  }
  return masks_;
}

std::size_t StructuralScanner::next_stop_beyond(std::size_t from) {
  if (path_ == ScanPath::bytes) return next_stop_bytes(from);
  const std::size_t n = text_.size();
  while (from < n) {
    const std::size_t index = from / kScanBlockBytes;
    const std::size_t base = index * kScanBlockBytes;
    block(index);
    const std::uint64_t ahead = stops_ & (~std::uint64_t{0} << (from - base));
    if (ahead != 0) return base + static_cast<std::size_t>(scanner_lowest_bit(ahead));
    from = base + kScanBlockBytes;
  }
  return n;
}

QuotedSpan StructuralScanner::quoted(std::size_t quote) {
  if (path_ == ScanPath::bytes) return quoted_bytes(quote);
  QuotedSpan span;
  const std::size_t n = text_.size();
  const std::size_t start = quote + 1;   // the field's first byte
  std::uint64_t odd_before = 0;          // all ones when the quotes since `start` so far are odd
  for (std::size_t index = start / kScanBlockBytes; index * kScanBlockBytes < n; ++index) {
    const std::size_t base = index * kScanBlockBytes;
    const BlockMasks& masks = block(index);
    const std::uint64_t from_start = start > base ? ~std::uint64_t{0} << (start - base) : ~std::uint64_t{0};
    const std::uint64_t quotes = masks.quote & from_start;
    // Bit k: an odd number of quotes in [start, base + k]. A quote with odd parity closes the field
    // unless the next byte is a quote; in a run of quotes only the last of an odd run qualifies.
    const std::uint64_t odd = prefix_xor(quotes) ^ odd_before;
    const std::uint64_t next_is_quote = (quotes >> 1) | (byte_is(base + kScanBlockBytes, '"') ? std::uint64_t{1} << 63 : 0);
    const std::uint64_t closing = quotes & odd & ~next_is_quote;
    std::uint64_t inside = from_start;
    if (closing != 0) inside &= (closing & (0 - closing)) - 1;   // the bits below the closing quote
    const std::uint64_t cr_before = (masks.cr << 1) | (base > 0 && text_[base - 1] == '\r' ? 1 : 0);
    const std::uint64_t cr = masks.cr & inside;
    span.breaks += scanner_bit_count(cr) + scanner_bit_count(masks.lf & inside & ~cr_before);
    if (cr != 0 || (quotes & inside) != 0) span.unescape = true;
    if (closing != 0) {
      span.closed = true;
      span.close = base + static_cast<std::size_t>(scanner_lowest_bit(closing));
      return span;
    }
    odd_before = (odd >> 63) != 0 ? ~std::uint64_t{0} : 0;
  }
  return span;
}

std::size_t StructuralScanner::next_stop_bytes(std::size_t from) const {
  const std::size_t n = text_.size();
  while (from < n && text_[from] != delimiter_ && text_[from] != '\r' && text_[from] != '\n') ++from;
  return from;
}

QuotedSpan StructuralScanner::quoted_bytes(std::size_t quote) const {
  QuotedSpan span;
  const std::size_t n = text_.size();
  for (std::size_t i = quote + 1; i < n; ++i) {
    const char c = text_[i];
    if (c == '"') {
      if (byte_is(i + 1, '"')) {
        span.unescape = true;
        ++i;
        continue;
      }
      span.closed = true;
      span.close = i;
      return span;
    }
    if (c == '\r') {
      span.unescape = true;
      ++span.breaks;
      if (byte_is(i + 1, '\n')) ++i;
    } else if (c == '\n') {
      ++span.breaks;
    }
  }
  return span;
}

}  // namespace against_all
