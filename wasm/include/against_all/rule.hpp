// A scenario's rule: how ballots count as against all, and what the count means.
// See README, "What if against-all were legally binding", and docs/design.md.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace against_all {

// Percentages are held as exact integers, percent × 10^6 (50 % = 50'000'000), so that every
// comparison is exact integer arithmetic and identical natively and in wasm.
using PercentE6 = std::int64_t;
constexpr PercentE6 kPercentScale = 1'000'000;
constexpr PercentE6 kHundredPercent = 100 * kPercentScale;

enum class Base { ballots_cast, valid_votes, registered };

enum class Validity {
  none,                      // statistical: recorded, no legal effect
  against_all_beats_leader,  // void when against-all has more votes than the leading candidate
  against_all_share,         // void when against-all reaches a share of a base
  against_all_majority,      // void when against-all is an absolute majority of valid votes
};

enum class TiePolicy { valid, void_ };  // against-all equal to the leader

struct Threshold {
  PercentE6 percent = 50 * kPercentScale;
  Base base = Base::ballots_cast;
};

struct Rule {
  std::string preset = "custom";           // the preset it started from, or "custom"
  bool blank_as_against_all = false;       // Canada, Colombia, Chile, Cambodia, Cyprus
  bool crossed_out_as_against_all = false; // Mexico
  Validity validity = Validity::none;
  Threshold against_all_share{50 * kPercentScale, Base::valid_votes};  // for against_all_share
  std::optional<PercentE6> min_turnout;    // below it the election is void
  std::optional<Threshold> winner_min;     // the winner needs more than this, else a runoff
  TiePolicy tie = TiePolicy::valid;
  std::optional<PercentE6> assume_max_invalid;  // the user's stated assumption, never a default

  bool operator==(const Rule& other) const;
};

const char* to_string(Base base);
const char* to_string(Validity validity);

}  // namespace against_all
