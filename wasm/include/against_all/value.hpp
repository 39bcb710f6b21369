// Reading one value of a CSV cell: counts are whole numbers, percentages keep their decimals.
#pragma once

#include <cstdint>
#include <string>

#include "against_all/csv.hpp"
#include "against_all/error.hpp"

namespace against_all {

// A percentage as published: "62.79" keeps its two decimals, so checks compare at that rounding.
struct Percent {
  double value = 0;
  std::string text;
  int decimals = 0;
};

// "12a", "", "1.0", "1e3" → value.not_integer; "-5" → value.negative.
Result<std::int64_t> read_count(const CsvTable& table, const CsvField& cell, const std::string& field);

// Digits with an optional "." and decimals; "-1.2" → value.negative; anything else → value.not_number.
Result<Percent> read_percent(const CsvTable& table, const CsvField& cell, const std::string& field);

// A located error about one cell.
Error cell_error(const CsvTable& table, const CsvField& cell, const std::string& field,
                 const std::string& code);

}  // namespace against_all
