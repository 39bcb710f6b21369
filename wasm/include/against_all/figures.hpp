// Every (unit, measure) figure: the claim used by source priority, or an exact derivation.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "against_all/dataset.hpp"
#include "against_all/measures.hpp"

namespace against_all {

enum class FigureStatus { reported, derived, unknown };

const char* to_string(FigureStatus status);

struct FigureInput {
  int unit = 0;
  std::string measure;   // a measure's name, or a unit count's ("contests")
};

struct Derivation {
  std::string rule;      // sum_of_children | parent_minus_siblings | candidates_plus_against_all | region_remainder
  std::vector<FigureInput> from;
};

struct Figure {
  std::optional<std::int64_t> value;
  FigureStatus status = FigureStatus::unknown;
  int source = -1;                   // the claim used, when reported
  std::optional<Derivation> derivation;
  std::vector<int> claims;           // indices into Dataset::claims, in file order
  bool disagreement = false;

  bool known() const { return value.has_value(); }
};

class Figures {
 public:
  // The count measures of every unit, plus the unit counts claimed for it.
  const std::map<std::string, Figure>& of(int unit) const { return units_[unit]; }
  const Figure& at(int unit, const std::string& measure) const;
  std::optional<std::int64_t> value(int unit, const std::string& measure) const { return at(unit, measure).value; }
  const Figure& at(int unit, Measure measure) const { return at(unit, measure_name(measure)); }
  std::optional<std::int64_t> value(int unit, Measure measure) const { return at(unit, measure).value; }

  std::vector<std::map<std::string, Figure>>& units() { return units_; }

 private:
  std::vector<std::map<std::string, Figure>> units_;
};

// Resolves claims, then applies the derivation rules until nothing changes. A derivation is made
// only where no claim exists, and only when exact; a negative difference is left unknown.
Figures resolve_figures(const Dataset& dataset);

}  // namespace against_all
