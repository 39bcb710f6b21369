// The project's RFC 4180 reader on arbitrary bytes.
#include <cstddef>
#include <cstdint>
#include <string>

#include "against_all/csv.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto table = against_all::read_csv("fuzz.csv", std::string(reinterpret_cast<const char*>(data), size));
  if (table.ok()) {
    for (const auto& record : table.value().records)
      if (record.fields.size() != table.value().header.size()) __builtin_trap();
  }
  return 0;
}
