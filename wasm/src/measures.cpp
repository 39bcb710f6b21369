#include "against_all/measures.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace against_all {

namespace {

enum class MeasureKind { count, percent, rows };

struct MeasureEntry {
  Measure measure;
  std::string name;
  MeasureKind kind;
};

// The one place a measure's wire name is written; counts in the order every unit shows them.
const std::array<MeasureEntry, 11>& measure_table() {
  static const std::array<MeasureEntry, 11> table = {{
      {Measure::registered, "registered", MeasureKind::count},
      {Measure::ballots_cast, "ballots_cast", MeasureKind::count},
      {Measure::invalid, "invalid", MeasureKind::count},
      {Measure::blank, "blank", MeasureKind::count},
      {Measure::crossed_out, "crossed_out", MeasureKind::count},
      {Measure::against_all, "against_all", MeasureKind::count},
      {Measure::valid_votes, "valid_votes", MeasureKind::count},
      {Measure::candidates, "candidates", MeasureKind::count},
      {Measure::against_all_pct, "against_all_pct", MeasureKind::percent},
      {Measure::turnout_pct, "turnout_pct", MeasureKind::percent},
      {Measure::candidate_votes, "candidate_votes", MeasureKind::rows},
  }};
  return table;
}

std::vector<Measure> measures_of_kind(MeasureKind kind) {
  std::vector<Measure> out;
  for (const auto& entry : measure_table()) {
    if (entry.kind == kind) out.push_back(entry.measure);
  }
  return out;
}

bool named_of_kind(const std::string& name, MeasureKind kind) {
  const auto& table = measure_table();
  return std::any_of(table.begin(), table.end(),
                     [&](const MeasureEntry& entry) { return entry.kind == kind && entry.name == name; });
}

}  // namespace

const std::string& measure_name(Measure measure) {
  for (const auto& entry : measure_table()) {
    if (entry.measure == measure) return entry.name;
  }
  return measure_table().front().name;   // unreachable: every enumerator is in the table
}

std::optional<Measure> measure_named(const std::string& name) {
  for (const auto& entry : measure_table()) {
    if (entry.name == name) return entry.measure;
  }
  return std::nullopt;
}

const std::vector<Measure>& count_measures() {
  static const std::vector<Measure> measures = measures_of_kind(MeasureKind::count);
  return measures;
}

bool is_additive(const std::string& measure) { return named_of_kind(measure, MeasureKind::count); }

const std::vector<Measure>& percent_measures() {
  static const std::vector<Measure> measures = measures_of_kind(MeasureKind::percent);
  return measures;
}

bool is_percent_measure(const std::string& measure) { return named_of_kind(measure, MeasureKind::percent); }

}  // namespace against_all
