// The measures a figure may state, and what kind of value each holds. A measure is named in
// files and on the wire by the one table in measures.cpp; the core itself speaks of `Measure`.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace against_all {

enum class Measure {
  registered,
  ballots_cast,
  invalid,
  blank,
  crossed_out,
  against_all,
  valid_votes,
  candidates,        // the number of candidates a source claims for a contest
  against_all_pct,   // published percentages
  turnout_pct,
  candidate_votes,   // a contest's candidate rows (a derivation's input, a missing figure)
};

// The measure's name in dataset files, mappings and JSON: "ballots_cast", "turnout_pct", …
const std::string& measure_name(Measure measure);
std::optional<Measure> measure_named(const std::string& name);

// Counts every unit shows, known or not, in this order.
const std::vector<Measure>& count_measures();

// Counts whose parent total is the sum of its children's (a name read from a file).
bool is_additive(const std::string& measure);

// Published percentages: never inputs, only compared with the recomputation.
bool is_percent_measure(const std::string& measure);
const std::vector<Measure>& percent_measures();

}  // namespace against_all
