#include "against_all/upload_conventions.hpp"

#include <algorithm>
#include <map>

#include "against_all/measures.hpp"

namespace against_all {

namespace {

// A contest agrees with a convention in at least this share of the contests that can show it.
constexpr double kNearlyEvery = 0.9;

using UnitFigures = std::map<Measure, std::int64_t>;   // measure → value, one unit

std::vector<UnitFigures> figures_by_unit(const Dataset& d) {
  std::vector<UnitFigures> out(d.units.size());
  for (const Claim& claim : d.claims) {
    if (const auto measure = measure_named(claim.measure)) out[claim.unit][*measure] = claim.value;
  }
  return out;
}

std::optional<std::int64_t> get(const UnitFigures& f, Measure measure) {
  auto found = f.find(measure);
  return found == f.end() ? std::nullopt : std::optional<std::int64_t>(found->second);
}

std::optional<std::int64_t> candidate_sum(const Dataset& d, int unit) {
  std::int64_t sum = 0;
  if (d.units[unit].candidates.empty()) return std::nullopt;
  for (int row : d.units[unit].candidates) {
    if (!d.candidates[row].votes) return std::nullopt;
    sum += *d.candidates[row].votes;
  }
  return sum;
}

void add_valid_plus_against_all(Upload& upload) {
  Dataset& d = upload.dataset;
  const auto figures = figures_by_unit(d);
  int changed = 0, dropped = 0;
  std::vector<Claim> kept;
  for (Claim claim : d.claims) {
    if (claim.measure == measure_name(Measure::valid_votes)) {
      const auto against = get(figures[claim.unit], Measure::against_all);
      if (!against) {
        ++dropped;   // unknown against all: valid votes + it is unknown too
        continue;
      }
      claim.value += *against;
      claim.note = "valid_votes + against_all (conventions.valid_votes)";
      ++changed;
    }
    kept.push_back(std::move(claim));
  }
  d.claims = std::move(kept);
  upload.report.notes.push_back("conventions.valid_votes: against_all added to valid_votes in " + std::to_string(changed) +
                                " units" + (dropped ? ", unknown in " + std::to_string(dropped) : ""));
}

void derive_ballots_cast(Upload& upload) {
  Dataset& d = upload.dataset;
  const auto figures = figures_by_unit(d);
  int derived = 0;
  for (int unit = 0; unit < static_cast<int>(d.units.size()); ++unit) {
    const UnitFigures& f = figures[unit];
    if (get(f, Measure::ballots_cast)) continue;
    const auto valid = get(f, Measure::valid_votes);
    const auto invalid = get(f, Measure::invalid);
    if (!valid || !invalid) continue;
    std::int64_t cast = *valid + *invalid;
    for (Measure part : {Measure::blank, Measure::crossed_out}) cast += get(f, part).value_or(0);
    d.claims.push_back(Claim{unit, measure_name(Measure::ballots_cast), cast, 0, "derived: valid_votes + invalid (conventions.ballots_cast)", 0});
    ++derived;
  }
  upload.report.notes.push_back("conventions.ballots_cast: derived as valid_votes + invalid in " + std::to_string(derived) +
                                " units");
}

void turnout_as_percent(Upload& upload) {
  int changed = 0;
  for (PublishedClaim& claim : upload.dataset.published) {
    if (claim.measure != Measure::turnout_pct) continue;
    claim.value *= 100;
    claim.decimals = std::max(0, claim.decimals - 2);
    ++changed;
  }
  upload.report.notes.push_back("conventions.turnout_pct: " + std::to_string(changed) + " fractions read as percentages");
}

}  // namespace

void apply_conventions(Upload& upload) {
  const MappingConventions& c = upload.report.mapping.conventions;
  if (c.valid_votes_exclude_against_all) add_valid_plus_against_all(upload);
  if (c.ballots_cast_derived) derive_ballots_cast(upload);
  if (c.turnout_fraction) turnout_as_percent(upload);
}

std::vector<ConventionOffer> convention_offers(const Upload& upload) {
  const Dataset& d = upload.dataset;
  const ColumnMapping& mapping = upload.report.mapping;
  const auto figures = figures_by_unit(d);
  std::vector<ConventionOffer> out;

  // Valid votes that leave against all out: valid = candidates, not candidates + against all.
  if (!mapping.conventions.valid_votes_exclude_against_all) {
    ConventionOffer offer;
    offer.kind = ConventionOffer::Kind::valid_votes_exclude_against_all;
    for (int unit = 0; unit < static_cast<int>(d.units.size()); ++unit) {
      if (d.units[unit].level != d.contest_level) continue;
      const auto valid = get(figures[unit], Measure::valid_votes);
      const auto against = get(figures[unit], Measure::against_all);
      const auto candidates = candidate_sum(d, unit);
      if (!valid || !against || *against == 0 || !candidates) continue;
      ++offer.of;
      if (*candidates == *valid) {
        if (++offer.contests == 1) {
          offer.example_unit = d.units[unit].id;
          offer.example_candidates = *candidates;
          offer.example_against_all = *against;
          offer.example_valid_votes = *valid;
        }
      }
    }
    if (offer.contests > 0 && offer.contests >= kNearlyEvery * offer.of) out.push_back(offer);
  }

  // Ballots cast not given, but valid and invalid are: their sum is ballots cast.
  if (!mapping.conventions.ballots_cast_derived && !mapping.measures.count(Measure::ballots_cast) &&
      mapping.measures.count(Measure::invalid) && (mapping.measures.count(Measure::valid_votes))) {
    ConventionOffer offer;
    offer.kind = ConventionOffer::Kind::ballots_cast_derivable;
    for (const auto& f : figures) offer.units += get(f, Measure::valid_votes) && get(f, Measure::invalid) ? 1 : 0;
    if (offer.units > 0) out.push_back(offer);
  }

  // A turnout written as a fraction (0.615), not a percentage.
  if (!mapping.conventions.turnout_fraction) {
    ConventionOffer offer;
    offer.kind = ConventionOffer::Kind::turnout_fraction;
    for (const PublishedClaim& claim : d.published) {
      if (claim.measure != Measure::turnout_pct) continue;
      ++offer.of;
      if (claim.value <= 1) ++offer.contests;
    }
    if (offer.of > 0 && offer.contests == offer.of) out.push_back(offer);
  }
  return out;
}

}  // namespace against_all
