// Live and peak bytes allocated through operator new in this process (the native benchmark's
// memory profile): every allocation of the core — strings, vectors, maps, JSON — goes through it.
#pragma once

#include <cstddef>

namespace heap_counter {

std::size_t live();   // bytes allocated and not yet freed
std::size_t peak();   // the most live bytes since the last reset_peak()
void reset_peak();    // the peak starts again from what is live now

}  // namespace heap_counter
