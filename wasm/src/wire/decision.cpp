#include "against_all/wire/decision.hpp"

#include <optional>

#include "against_all/count_range.hpp"

namespace against_all {
namespace {

using json = nlohmann::ordered_json;

}  // namespace

json decision_json(const Decision& d) {
  auto distance_json = [](const std::optional<Distance>& distance) -> json {
    if (!distance) return nullptr;
    json out{{"votes", distance->votes}};
    if (distance->within_non_voters) out["within_non_voters"] = *distance->within_non_voters;
    return out;
  };
  json out;
  out["outcome"] = to_string(d.outcome);
  out["decided_by"] = d.decided_by.empty() ? json(nullptr) : json(d.decided_by);
  out["missing"] = d.missing;
  out["not_in_data"] = d.not_in_data;
  out["winner"] = d.winner ? json(*d.winner) : json(nullptr);
  out["candidates_tied"] = d.candidates_tied;
  out["against_all"] = d.against_all ? json(*d.against_all) : json(nullptr);
  out["leader_votes"] = d.leader_votes ? json(*d.leader_votes) : json(nullptr);
  out["switch"] = distance_json(d.switch_distance);
  out["new_voters"] = distance_json(d.new_voters_distance);
  auto range_json = [](const CountRange& r) {
    return json{{"at_least", r.lo}, {"at_most", r.hi >= kUnbounded ? json(nullptr) : json(r.hi)}};
  };
  if (d.reason) {
    const Reason& r = *d.reason;
    json reason{{"check", r.check}, {"fails", r.fails}, {"from_pieces", r.from_pieces}};
    if (!r.from_pieces) {
      reason["against_all"] = range_json(r.against_all);
      reason["leader"] = range_json(r.leader);
      reason["candidates_total"] = range_json(r.candidates_total);
      reason["ballots_cast"] = range_json(r.cast);
      reason["registered"] = range_json(r.registered);
    }
    out["reason"] = reason;
  } else {
    out["reason"] = nullptr;
  }
  return out;
}

}  // namespace against_all
