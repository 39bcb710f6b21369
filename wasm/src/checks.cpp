#include "against_all/checks.hpp"

#include <algorithm>

#include "against_all/arithmetic.hpp"
#include "against_all/candidates.hpp"
#include "against_all/contest_sum_checks.hpp"
#include "against_all/measures.hpp"
#include "against_all/published.hpp"

namespace against_all {

namespace {

using Values = std::vector<FindingField>;

class Collector {
 public:
  explicit Collector(const Figures& figures) : figures_(figures) {}

  Finding& add(const std::string& code, const std::string& severity, std::vector<int> units, Measure measure,
               Values values) {
    return add(code, severity, std::move(units), measure_name(measure), std::move(values));
  }
  Finding& add(const std::string& code, const std::string& severity, std::vector<int> units,
               const std::string& measure, Values values) {
    Finding finding;
    finding.id = "F" + std::to_string(findings_.size() + 1);
    finding.code = code;
    finding.severity = severity;
    finding.units = std::move(units);
    finding.measure = measure;
    finding.values = std::move(values);
    findings_.push_back(std::move(finding));
    return findings_.back();
  }

  // Adds the source of a reported figure to a finding, once.
  static void cite(Finding& finding, int source) {
    if (source < 0) return;
    if (std::find(finding.sources.begin(), finding.sources.end(), source) == finding.sources.end()) {
      finding.sources.push_back(source);
    }
  }
  void cite(Finding& finding, int unit, Measure measure) const { cite(finding, figures_.at(unit, measure).source); }
  void cite(Finding& finding, int unit, const std::string& measure) const {
    cite(finding, figures_.at(unit, measure).source);
  }

  std::vector<Finding> take() { return std::move(findings_); }

 private:
  const Figures& figures_;
  std::vector<Finding> findings_;
};

int unit_count(const Dataset& dataset) { return static_cast<int>(dataset.units.size()); }

void check_claims_disagree(const Dataset& dataset, const Figures& figures, Collector& out) {
  for (int unit = 0; unit < unit_count(dataset); ++unit) {
    std::vector<std::string> measures;
    for (Measure measure : count_measures()) measures.push_back(measure_name(measure));
    measures.insert(measures.end(), dataset.extra_measures.begin(), dataset.extra_measures.end());
    for (const auto& measure : measures) {
      const Figure& figure = figures.at(unit, measure);
      if (!figure.disagreement) continue;
      std::vector<CitedClaim> claims;
      for (int index : figure.claims) {
        claims.push_back({dataset.claims[index].value, dataset.sources[dataset.claims[index].source].id});
      }
      Finding& finding = out.add("claims.disagree", "warning", {unit}, measure, {{"claims", claims}});
      for (int index : figure.claims) Collector::cite(finding, dataset.claims[index].source);
    }
    for (Measure measure : percent_measures()) {
      std::vector<const PublishedClaim*> published;
      for (int index : dataset.units[unit].published) {
        if (dataset.published[index].measure == measure) published.push_back(&dataset.published[index]);
      }
      bool compatible = true;
      for (std::size_t i = 0; i < published.size(); ++i) {
        for (std::size_t j = i + 1; j < published.size(); ++j) {
          compatible = compatible && published_compatible(*published[i], *published[j]);
        }
      }
      if (compatible) continue;
      std::vector<CitedClaim> claims;
      for (const auto* claim : published) claims.push_back({claim->value, dataset.sources[claim->source].id});
      Finding& finding = out.add("claims.disagree", "warning", {unit}, measure, {{"claims", claims}});
      for (const auto* claim : published) Collector::cite(finding, claim->source);
    }
  }
}

void check_children(const Dataset& dataset, const Figures& figures, Collector& out) {
  for (int unit = 0; unit < unit_count(dataset); ++unit) {
    const auto& children = dataset.units[unit].children;
    if (children.empty()) continue;
    for (Measure measure : count_measures()) {
      const auto parent = figures.value(unit, measure);
      if (!parent) continue;
      std::optional<std::int64_t> sum = 0;
      std::vector<int> known;
      for (int child : children) {
        if (auto value = figures.value(child, measure)) {
          sum = against_all::add(sum, *value);
          known.push_back(child);
        }
      }
      if (!sum) continue;
      const auto unknown = static_cast<std::int64_t>(children.size() - known.size());
      std::vector<int> units = {unit};
      units.insert(units.end(), known.begin(), known.end());
      Finding* finding = nullptr;
      if (unknown == 0 && *sum != *parent) {
        finding = &out.add("check.children_sum_mismatch", "error", units, measure,
                           {{"parent", *parent}, {"children_sum", *sum}});
      } else if (unknown > 0 && *sum > *parent) {
        finding = &out.add("check.children_exceed_parent", "error", units, measure,
                           {{"parent", *parent}, {"children_sum", *sum}, {"unknown_children", unknown}});
      }
      if (finding) {
        for (int u : units) out.cite(*finding, u, measure);
      }
    }
  }
}

void check_ballot_sums(const Dataset& dataset, const Figures& figures, Collector& out) {
  for (int unit = 0; unit < unit_count(dataset); ++unit) {
    const auto ballots_cast = figures.value(unit, Measure::ballots_cast);
    if (!ballots_cast) continue;
    const auto valid = figures.value(unit, Measure::valid_votes);
    const auto against = figures.value(unit, Measure::against_all);
    const auto invalid = figures.value(unit, Measure::invalid);
    const auto blank = figures.value(unit, Measure::blank);
    const auto crossed_out = figures.value(unit, Measure::crossed_out);
    // Without valid_votes, the known candidate votes and against-all are a lower bound of it.
    std::optional<std::int64_t> parts = 0;
    bool any = false;
    if (valid) {
      parts = valid;
      any = true;
    } else {
      if (against) {
        parts = against_all::add(parts, *against);
        any = true;
      }
      for (int row : dataset.units[unit].candidates) {
        if (auto votes = dataset.candidates[row].votes) {
          parts = against_all::add(parts, *votes);
          any = true;
        }
      }
    }
    if (invalid) parts = against_all::add(parts, *invalid), any = true;
    if (blank) parts = against_all::add(parts, *blank), any = true;
    if (crossed_out) parts = against_all::add(parts, *crossed_out), any = true;
    if (!any || !parts) continue;
    Finding* finding = nullptr;
    const Values values = {{"parts", *parts}, {"ballots_cast", *ballots_cast}};
    if (*parts > *ballots_cast) {
      finding = &out.add("check.ballot_sum_exceeds_cast", "error", {unit}, Measure::ballots_cast, values);
    } else if (valid && invalid && *parts != *ballots_cast) {
      finding = &out.add("check.ballot_sum_mismatch", "error", {unit}, Measure::ballots_cast, values);
    }
    if (finding) {
      for (Measure measure : {Measure::ballots_cast, Measure::valid_votes, Measure::against_all, Measure::invalid,
                              Measure::blank, Measure::crossed_out}) {
        out.cite(*finding, unit, measure);
      }
    }
  }
}

void check_registered(const Dataset& dataset, const Figures& figures, Collector& out) {
  for (int unit = 0; unit < unit_count(dataset); ++unit) {
    const auto ballots_cast = figures.value(unit, Measure::ballots_cast);
    const auto registered = figures.value(unit, Measure::registered);
    if (!ballots_cast || !registered || *ballots_cast <= *registered) continue;
    Finding& finding = out.add("check.cast_exceeds_registered", "error", {unit}, Measure::ballots_cast,
                               {{"ballots_cast", *ballots_cast}, {"registered", *registered}});
    out.cite(finding, unit, Measure::ballots_cast);
    out.cite(finding, unit, Measure::registered);
  }
}

void check_published_percentages(const Dataset& dataset, const Figures& figures, Collector& out) {
  for (int unit = 0; unit < unit_count(dataset); ++unit) {
    for (int index : dataset.units[unit].published) {
      const PublishedClaim& published = dataset.published[index];
      const PublishedCheck check = check_published(figures, published);
      if (check.matches == true) continue;
      Finding* finding = nullptr;
      if (check.matches == false) {
        const double recomputed = 100.0 * static_cast<double>(check.recomputed->part) /
                                  static_cast<double>(check.recomputed->whole);
        finding = &out.add("check.published_pct_mismatch", "error", {unit}, published.measure,
                           {{"published", published.value}, {"recomputed", recomputed}});
      } else {
        finding = &out.add("check.published_pct_unverifiable", "info", {unit}, published.measure,
                           {{"published", published.value}, {"missing", check.missing}});
      }
      Collector::cite(*finding, published.source);
      const bool turnout = published.measure == Measure::turnout_pct;
      out.cite(*finding, unit, turnout ? Measure::ballots_cast : Measure::against_all);
      out.cite(*finding, unit, turnout ? Measure::registered : Measure::ballots_cast);
    }
  }
}

void check_candidates(const Dataset& dataset, const Figures& figures, Collector& out) {
  for (int unit = 0; unit < unit_count(dataset); ++unit) {
    const auto& rows = dataset.units[unit].candidates;
    const auto claimed = figures.value(unit, Measure::candidates);
    if (claimed && static_cast<std::int64_t>(rows.size()) > *claimed) {
      Finding& finding = out.add("check.candidate_count_exceeded", "warning", {unit}, Measure::candidates,
                                 {{"claimed", *claimed}, {"listed", static_cast<std::int64_t>(rows.size())}});
      out.cite(finding, unit, Measure::candidates);
      for (int row : rows) Collector::cite(finding, dataset.candidates[row].source);
    }
  }
  for (int unit = 0; unit < unit_count(dataset); ++unit) {
    const auto& rows = dataset.units[unit].candidates;
    const Candidate* elected = nullptr;
    for (int row : rows) {
      if (dataset.candidates[row].elected) elected = &dataset.candidates[row];
    }
    if (!elected || !elected->votes) continue;
    const Candidate* leader = nullptr;
    for (int row : rows) {
      const Candidate& candidate = dataset.candidates[row];
      if (candidate.votes && *candidate.votes > *elected->votes && (!leader || *candidate.votes > *leader->votes)) {
        leader = &candidate;
      }
    }
    if (!leader) continue;
    Finding& finding = out.add("check.elected_not_leader", "error", {unit}, "",
                               {{"elected", elected->name}, {"elected_votes", *elected->votes},
                                {"leader", leader->name}, {"leader_votes", *leader->votes}});
    Collector::cite(finding, elected->source);
    Collector::cite(finding, leader->source);
  }
}

void check_unit_counts(const Dataset& dataset, const Figures& figures, Collector& out) {
  for (int unit = 0; unit < unit_count(dataset); ++unit) {
    for (const auto& measure : dataset.extra_measures) {
      const Figure& figure = figures.at(unit, measure);
      if (!figure.known()) continue;
      // Only plain counts of a level ("contests", "regions"); "contests_with_3_candidates" is not checked.
      std::optional<int> level;
      for (int i = 0; i < static_cast<int>(dataset.levels.size()); ++i) {
        if (measure == dataset.levels[i].id + "s") level = i;
      }
      if (!level) continue;
      const auto listed = static_cast<std::int64_t>(dataset.descendants_at_level(unit, *level).size());
      if (listed == *figure.value) continue;
      Finding& finding = out.add("check.unit_count_mismatch", "warning", {unit}, measure,
                                 {{"claimed", *figure.value}, {"listed", listed}});
      out.cite(finding, unit, measure);
    }
  }
}

}  // namespace

std::vector<Finding> run_checks(const Dataset& dataset, const Figures& figures) {
  Collector out(figures);
  check_claims_disagree(dataset, figures, out);
  check_children(dataset, figures, out);
  check_ballot_sums(dataset, figures, out);
  check_registered(dataset, figures, out);
  check_published_percentages(dataset, figures, out);
  check_candidates(dataset, figures, out);
  check_unit_counts(dataset, figures, out);
  std::vector<Finding> findings = out.take();
  // Why a contest cannot be decided, when no finding above says it (contest_sum_checks.hpp).
  for (Finding& finding : contest_sum_findings(dataset, figures, findings)) {
    finding.id = "F" + std::to_string(findings.size() + 1);
    findings.push_back(std::move(finding));
  }
  return findings;
}

}  // namespace against_all
