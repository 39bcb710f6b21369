#include "against_all/radix_sort.hpp"

#include <array>
#include <utility>

namespace against_all {

void radix_sort(std::vector<std::uint32_t>& keys) {
  constexpr int kBits = 11;
  constexpr std::uint32_t kMask = (1u << kBits) - 1;
  if (keys.size() < 2) return;
  std::vector<std::uint32_t> spare(keys.size());
  std::array<std::uint32_t, 1u << kBits> start{};
  for (int shift = 0; shift < 32; shift += kBits) {
    start.fill(0);
    for (std::uint32_t key : keys) ++start[(key >> shift) & kMask];
    if (start[(keys.front() >> shift) & kMask] == keys.size()) continue;   // one digit throughout
    std::uint32_t at = 0;
    for (std::uint32_t& slot : start) {
      const std::uint32_t count = slot;
      slot = at;
      at += count;
    }
    for (std::uint32_t key : keys) spare[start[(key >> shift) & kMask]++] = key;
    keys.swap(spare);
  }
}

}  // namespace against_all
