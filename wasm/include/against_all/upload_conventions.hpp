// Conventions of a results file found from its numbers (docs/engine-api.md, "Conventions"): after a
// build, a mapped column that disagrees with the others the same way in (nearly) every contest is
// named, with the readings that fit; the reading the user picks comes back in the mapping's
// "conventions" and is applied here.
#pragma once

#include <nlohmann/json.hpp>

#include "against_all/upload.hpp"

namespace against_all {

// Applies mapping.conventions to the built dataset (valid votes + against all; ballots cast derived
// from valid + invalid; turnout fractions as percentages) and says so in the report's notes.
void apply_conventions(Upload& upload);

// The report's "conventions": what the numbers show, each with its readings as mapping patches.
nlohmann::ordered_json convention_offers(const Upload& upload);

}  // namespace against_all
