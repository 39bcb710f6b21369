#include "against_all/inflate.hpp"

#include <array>
#include <utility>

namespace against_all {

namespace {

RawInflater& installed() {
  static RawInflater inflater;
  return inflater;
}

std::array<std::uint32_t, 256> make_crc_table() {
  std::array<std::uint32_t, 256> table{};
  for (std::uint32_t n = 0; n < 256; ++n) {
    std::uint32_t c = n;
    for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    table[n] = c;
  }
  return table;
}

}  // namespace

void set_raw_inflater(RawInflater inflater) { installed() = std::move(inflater); }

InflateResult inflate_raw(std::string_view compressed, std::size_t limit) {
  if (!installed()) return {};
  return installed()(compressed, limit);
}

std::uint32_t crc32_of(std::string_view bytes) {
  static const auto table = make_crc_table();
  std::uint32_t c = 0xFFFFFFFFu;
  for (unsigned char b : bytes) c = table[(c ^ b) & 0xFF] ^ (c >> 8);
  return c ^ 0xFFFFFFFFu;
}

}  // namespace against_all
