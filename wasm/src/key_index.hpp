// The reporting units of an upload seen so far, by key: the keys in one arena and an open-addressing
// table of indices. A million polling stations would otherwise be a million small strings and hash
// nodes, which cost more to allocate and free than the rest of reading the rows.
#pragma once

#include <algorithm>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace against_all {

class KeyIndex {
 public:
  void reserve(std::size_t keys) {
    std::size_t slots = 16;
    while (slots < keys * 2) slots *= 2;
    if (slots > slots_.size()) rehash(slots);
    offsets_.reserve(keys + 1);
  }

  // The key's index in insertion order, or -1.
  int find(std::string_view key) const {
    if (slots_.empty()) return -1;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t slot = std::hash<std::string_view>{}(key) & mask;; slot = (slot + 1) & mask) {
      const int index = slots_[slot];
      if (index < 0) return -1;
      if (key_at(index) == key) return index;
    }
  }

  // Adds a key that find() did not find; returns its index (0, 1, 2, …).
  int add(std::string_view key) {
    if (static_cast<std::size_t>(size() + 1) * 2 > slots_.size()) rehash(std::max<std::size_t>(16, slots_.size() * 2));
    const int index = size();
    arena_.append(key);
    offsets_.push_back(arena_.size());
    place(index);
    return index;
  }

  int size() const { return static_cast<int>(offsets_.size()) - 1; }

 private:
  std::string_view key_at(int index) const {
    return std::string_view(arena_).substr(offsets_[index], offsets_[index + 1] - offsets_[index]);
  }

  void place(int index) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t slot = std::hash<std::string_view>{}(key_at(index)) & mask;
    while (slots_[slot] >= 0) slot = (slot + 1) & mask;
    slots_[slot] = index;
  }

  void rehash(std::size_t slots) {
    slots_.assign(slots, -1);
    for (int index = 0; index < size(); ++index) place(index);
  }

  std::string arena_;
  std::vector<std::size_t> offsets_{0};   // key i is arena_[offsets_[i], offsets_[i + 1])
  std::vector<int> slots_;
};

}  // namespace against_all
