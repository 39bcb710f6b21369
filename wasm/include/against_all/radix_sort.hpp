// An LSD radix sort of 32-bit keys (the swing curve's breakpoints, packed fixed-point swings):
// O(n) passes of 11 bits each, a pass skipped when every key has the same digit there.
#pragma once

#include <cstdint>
#include <vector>

namespace against_all {

// Sorts `keys` ascending (a stable counting sort per digit, so the result is std::sort's).
void radix_sort(std::vector<std::uint32_t>& keys);

}  // namespace against_all
