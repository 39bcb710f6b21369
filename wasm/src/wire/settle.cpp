#include "against_all/wire/settle.hpp"

#include "against_all/wire/rule.hpp"

namespace against_all {
namespace {

using json = nlohmann::ordered_json;

}  // namespace

json lever_json(const Lever& lever) {
  json out;
  out["figure"] = lever.figure;
  out["outcome"] = to_string(lever.outcome);
  out["bound"] = lever.at_most ? "at_most" : "at_least";
  out["votes"] = lever.votes;
  out["ballots_cast"] = lever.ballots_cast ? json(*lever.ballots_cast) : json(nullptr);
  out["assume_max_invalid"] = lever.assume_percent ? percent_json(*lever.assume_percent) : json(nullptr);
  return out;
}

json why_json(const WhySummary& why) {
  json groups = json::array();
  for (const OpenGroup& g : why.groups) groups.push_back(json{{"no_figures", g.no_figures}, {"missing", g.missing}, {"contests", g.contests}});
  json at = json::array();
  for (const SettledAt& s : why.invalid_lever.at) at.push_back(json{{"percent", percent_json(s.percent)}, {"contests", s.contests}});
  const auto& up_to = why.invalid_lever.up_to_percent;
  return json{{"undecided", why.undecided},
              {"groups", groups},
              {"invalid_lever", json{{"contests", why.invalid_lever.contests},
                                     {"up_to_percent", up_to ? percent_json(*up_to) : json(nullptr)},
                                     {"at", at}}}};
}

}  // namespace against_all
