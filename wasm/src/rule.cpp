#include "against_all/rule.hpp"

namespace against_all {

bool Rule::operator==(const Rule& other) const {
  // The share threshold matters only to the share rule: settings a rule does not read do not
  // make it a different rule (nor a preset "edited").
  const bool share_read = validity == Validity::against_all_share;
  return blank_as_against_all == other.blank_as_against_all &&
         crossed_out_as_against_all == other.crossed_out_as_against_all && validity == other.validity &&
         (!share_read || (against_all_share.percent == other.against_all_share.percent &&
                          against_all_share.base == other.against_all_share.base)) &&
         min_turnout == other.min_turnout &&
         winner_min.has_value() == other.winner_min.has_value() &&
         (!winner_min || (winner_min->percent == other.winner_min->percent &&
                          winner_min->base == other.winner_min->base)) &&
         tie == other.tie && assume_max_invalid == other.assume_max_invalid;
}

const char* to_string(Base base) {
  switch (base) {
    case Base::ballots_cast: return "ballots_cast";
    case Base::valid_votes: return "valid_votes";
    case Base::registered: return "registered";
  }
  return "ballots_cast";
}

const char* to_string(Validity validity) {
  switch (validity) {
    case Validity::none: return "none";
    case Validity::against_all_beats_leader: return "against_all_beats_leader";
    case Validity::against_all_share: return "against_all_share";
    case Validity::against_all_majority: return "against_all_majority";
  }
  return "none";
}

}  // namespace against_all
