#include "against_all/presets.hpp"

namespace against_all {
namespace {

Rule make_rule(const char* id) {
  Rule rule;
  rule.preset = id;
  return rule;
}

std::vector<Preset> build_presets() {
  std::vector<Preset> list;

  // Recorded, no legal effect. (Canada has no such line in federal elections; some provinces
  // record declined ballots: the page says so.)
  list.push_back({"statistical", {"KZ", "BE", "BR", "CY", "IN", "CA"}, make_rule("statistical"), true});

  // The election fails when against-all gets more votes than the leading candidate.
  Rule beats = make_rule("beats-leader");
  beats.validity = Validity::against_all_beats_leader;
  beats.tie = TiePolicy::valid;
  list.push_back({"beats-leader", {"BY", "KG", "TJ", "BG"}, beats, true});

  // Russia's single-member seats before 2006: the same rule plus a 25 % turnout minimum.
  Rule russia = make_rule("russia-before-2006");
  russia.validity = Validity::against_all_beats_leader;
  russia.min_turnout = 25 * kPercentScale;
  list.push_back({"russia-before-2006", {"RU"}, russia, true});

  // Colombia: blank votes count; the vote is repeated when they are an absolute majority of valid votes.
  Rule colombia = make_rule("blank-majority");
  colombia.blank_as_against_all = true;
  colombia.validity = Validity::against_all_majority;
  list.push_back({"blank-majority", {"CO"}, colombia, true});

  // Mexico's counting: a crossed-out ballot counts as a vote against all, with no legal effect.
  Rule mexico = make_rule("crossed-out-counts");
  mexico.crossed_out_as_against_all = true;
  list.push_back({"crossed-out-counts", {"MX"}, mexico, true});

  // Canada's counting (also Chile, Cambodia, Cyprus): a blank ballot counts as against all.
  Rule canada = make_rule("blank-counts");
  canada.blank_as_against_all = true;
  list.push_back({"blank-counts", {"CA", "CL", "KH", "CY"}, canada, true});

  return list;
}

}  // namespace

const std::vector<Preset>& presets() {
  static const std::vector<Preset> list = build_presets();
  return list;
}

const Preset* find_preset(const std::string& id) {
  for (const Preset& preset : presets())
    if (preset.id == id) return &preset;
  return nullptr;
}

}  // namespace against_all
