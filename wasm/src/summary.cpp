#include "against_all/summary.hpp"

#include <string>
#include <vector>

#include "against_all/figures.hpp"

namespace against_all {

Summary summarise(const Dataset& d) {
  Summary a;
  a.figures = resolve_figures(d);
  const int count = static_cast<int>(d.units.size());
  for (int unit = 0; unit < count; ++unit) a.shares.push_back(unit_shares(a.figures, unit));
  a.rank.resize(count);
  a.rank_of.resize(count);
  std::vector<int> ranked_levels = {1, d.contest_level};
  if (d.levels.size() < 2) ranked_levels = {d.contest_level};
  for (std::size_t i = 0; i < ranked_levels.size(); ++i) {
    if (i > 0 && ranked_levels[i] == ranked_levels[0]) continue;
    const auto units = d.units_at_level(ranked_levels[i]);
    std::vector<std::optional<Fraction>> shares;
    for (int unit : units) shares.push_back(a.shares[unit].against_all_of_cast);
    const auto ranks = competition_ranks(shares);
    int ranked = 0;
    for (const auto& rank : ranks) ranked += rank ? 1 : 0;
    for (std::size_t k = 0; k < units.size(); ++k) {
      a.rank[units[k]] = ranks[k];
      if (ranks[k]) a.rank_of[units[k]] = ranked;
    }
  }
  a.findings = run_checks(d, a.figures);
  a.findings_of_unit.resize(count);
  for (const auto& finding : a.findings) {
    for (int unit : finding.units) a.findings_of_unit[unit].push_back(finding.id);
  }
  if (d.levels.size() > 1) {
    const auto& national = a.shares[d.root].against_all_of_cast;
    for (int unit : d.units_at_level(1)) {
      const auto vs = vs_national(a.shares[unit].against_all_of_cast, national);
      if (vs == VsNational::above) ++a.regions_above;
      if (vs == VsNational::below) ++a.regions_below;
    }
  }
  return a;
}

}  // namespace against_all
