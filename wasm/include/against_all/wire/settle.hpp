// What would settle an open contest, and why the open contests are open, as JSON
// (docs/engine-api.md: a contest's `settle`, evaluate's `why`).
#pragma once

#include <nlohmann/json.hpp>

#include "against_all/settle.hpp"

namespace against_all {

// { figure, outcome, bound, votes, ballots_cast, assume_max_invalid }
nlohmann::ordered_json lever_json(const Lever& lever);

// { undecided, groups: [{ no_figures, missing: [...], contests }], invalid_lever: { contests,
//   up_to_percent, at: [{ percent, contests }] } }
nlohmann::ordered_json why_json(const WhySummary& why);

}  // namespace against_all
