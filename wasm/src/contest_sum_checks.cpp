#include "against_all/contest_sum_checks.hpp"

#include <algorithm>

#include "against_all/contest_bounds.hpp"
#include "against_all/scenario.hpp"

namespace against_all {

namespace {

using Values = std::vector<FindingField>;

void cite(Finding& finding, int source) {
  if (source >= 0 && std::find(finding.sources.begin(), finding.sources.end(), source) == finding.sources.end()) {
    finding.sources.push_back(source);
  }
}

Finding make(const std::string& code, int unit, const std::string& measure, Values values) {
  Finding finding;
  finding.code = code;
  finding.severity = "error";
  finding.units = {unit};
  finding.measure = measure;
  finding.values = std::move(values);
  return finding;
}

FindingValue count_or_null(const Count& count) { return count ? FindingValue(*count) : FindingValue(nullptr); }

bool named_by_error(const std::vector<Finding>& findings, int unit) {
  return std::any_of(findings.begin(), findings.end(), [unit](const Finding& f) {
    return f.severity == "error" && std::find(f.units.begin(), f.units.end(), unit) != f.units.end();
  });
}

}  // namespace

std::vector<Finding> contest_sum_findings(const Dataset& dataset, const Figures& figures,
                                          const std::vector<Finding>& earlier) {
  std::vector<Finding> out;
  for (int unit = 0; unit < static_cast<int>(dataset.units.size()); ++unit) {
    if (dataset.units[unit].level != dataset.contest_level) continue;
    const ContestCounts counts = contest_counts(dataset, figures, unit);
    // Candidates + against all against valid votes, when every candidate's votes are known.
    std::optional<std::int64_t> candidates = 0;
    for (const Count& votes : counts.candidate_votes) {
      candidates = votes && candidates ? std::optional<std::int64_t>(*candidates + *votes) : std::nullopt;
    }
    const bool listed_all = !counts.candidate_count ||
                            static_cast<std::int64_t>(counts.candidate_votes.size()) >= *counts.candidate_count;
    if (counts.valid_votes && candidates && listed_all && !counts.candidate_votes.empty()) {
      const std::int64_t against = counts.against_all.value_or(0);
      const std::int64_t sum = *candidates + against;
      if (sum != *counts.valid_votes) {
        const std::int64_t difference = sum - *counts.valid_votes;
        const bool is_against_all = counts.against_all && against > 0 && difference == against;
        Finding finding = make(is_against_all ? "check.valid_votes_exclude_against_all" : "check.valid_votes_mismatch",
                               unit, measure_name(Measure::valid_votes),
                               {{"candidates", *candidates}, {"against_all", count_or_null(counts.against_all)},
                                {"sum", sum}, {"valid_votes", *counts.valid_votes},
                                {"difference", difference < 0 ? -difference : difference},
                                {"direction", std::string(difference > 0 ? "short" : "over")}});
        cite(finding, figures.at(unit, Measure::valid_votes).source);
        cite(finding, figures.at(unit, Measure::against_all).source);
        for (int row : dataset.units[unit].candidates) cite(finding, dataset.candidates[row].source);
        out.push_back(std::move(finding));
        continue;
      }
    }
    if (named_by_error(earlier, unit)) continue;
    const PreparedContest prepared = prepare_contest(counts);
    if (prepared.bounds.consistent) continue;
    Finding finding = make("check.counts_contradict", unit, "",
                           {{"registered", count_or_null(counts.registered)},
                            {"ballots_cast", count_or_null(counts.ballots_cast)},
                            {"valid_votes", count_or_null(counts.valid_votes)},
                            {"invalid", count_or_null(counts.invalid)},
                            {"against_all", count_or_null(counts.against_all)},
                            {"candidates", count_or_null(candidates)}});
    for (Measure measure : {Measure::registered, Measure::ballots_cast, Measure::valid_votes, Measure::invalid,
                            Measure::against_all}) {
      cite(finding, figures.at(unit, measure).source);
    }
    out.push_back(std::move(finding));
  }
  return out;
}

}  // namespace against_all
