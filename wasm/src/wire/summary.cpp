#include "against_all/wire/summary.hpp"

#include <string>
#include <vector>

#include "against_all/candidates.hpp"
#include "against_all/measures.hpp"
#include "against_all/optional_json.hpp"
#include "against_all/published.hpp"
#include "against_all/remainder.hpp"
#include "against_all/shares.hpp"
#include "against_all/wire/findings.hpp"
#include "against_all/wire/text.hpp"
#include "against_all/wire/written_text.hpp"

namespace against_all {

namespace {

using json = nlohmann::ordered_json;

json share_json(const std::optional<Fraction>& f) { return f ? json(f->value()) : json(nullptr); }

json names_json(const Names& names) { return {{"ru", names.ru}, {"kk", names.kk}, {"en", names.en}}; }

class SummaryWriter {
 public:
  explicit SummaryWriter(const Dataset& dataset) : d_(dataset) {}

  json summary(const Summary& a) const {
    json out;
    out["election"] = election();
    out["sources"] = sources();
    json priority = json::array();
    for (int source : d_.source_priority) priority.push_back(d_.sources[source].id);
    out["claim_rule"] = {{"source_priority", priority}};
    out["national"] = unit(a, d_.root);
    out["regions"] = json::array();
    if (d_.levels.size() > 1) {
      for (int u : d_.units_at_level(1)) out["regions"].push_back(unit(a, u));
    }
    out["contests"] = json::array();
    for (int u : d_.units_at_level(d_.contest_level)) out["contests"].push_back(unit(a, u));
    // The areas below the regions that are not contests (Bulgaria's municipalities under a
    // constituency, Kyrgyzstan's rayons under an oblast): shown inside their region.
    out["areas"] = json::array();
    for (int level = 2; level < static_cast<int>(d_.levels.size()); ++level) {
      if (level == d_.contest_level) continue;
      for (int u : d_.units_at_level(level)) out["areas"].push_back(unit(a, u));
    }
    out["stats"] = stats(a);
    out["completeness"] = completeness(a);
    out["findings"] = findings_json(d_, a.findings);
    return out;
  }

  json election() const {
    json levels = json::array();
    for (const auto& level : d_.levels) levels.push_back({{"id", level.id}, {"name", names_json(level.name)}});
    return {{"id", d_.id},
            {"title", names_json(d_.title)},
            {"date", text_or_null(d_.date)},
            {"kind", text_or_null(d_.kind)},
            {"levels", levels}};
  }

  json sources() const {
    json out = json::array();
    for (const auto& s : d_.sources) {
      const WrittenText publisher = written_text(s.publisher);
      const WrittenText note = written_text(s.note);
      out.push_back({{"id", s.id},
                     {"publisher", publisher.text},
                     {"publisher_language", publisher.languages},
                     {"title", text_or_null(s.title)},
                     {"url", text_or_null(s.url)},
                     {"language", text_or_null(s.language)},
                     {"kind", text_or_null(s.kind)},
                     {"note", note.text},
                     {"note_language", note.languages}});
    }
    return out;
  }

  json source_id(int source) const { return source < 0 ? json(nullptr) : json(d_.sources[source].id); }

  json figure(const Figure& f) const {
    json derivation = nullptr;
    if (f.derivation) {
      json from = json::array();
      for (const auto& input : f.derivation->from) {
        from.push_back({{"unit", d_.units[input.unit].id}, {"measure", input.measure}});
      }
      derivation = {{"rule", f.derivation->rule}, {"from", from}};
    }
    json claims = json::array();
    for (int index : f.claims) {
      const Claim& claim = d_.claims[index];
      claims.push_back({{"value", claim.value}, {"source", source_id(claim.source)}, {"note", text_or_null(claim.note)}});
    }
    return {{"value", or_null(f.value)},
            {"status", to_string(f.status)},
            {"source", f.status == FigureStatus::reported ? source_id(f.source) : json(nullptr)},
            {"derivation", derivation},
            {"claims", claims},
            {"disagreement", f.disagreement}};
  }

  json published(const Summary& a, int u) const {
    json out = json::object();
    for (Measure measure : percent_measures()) {
      json list = json::array();
      for (int index : d_.units[u].published) {
        const PublishedClaim& p = d_.published[index];
        if (p.measure != measure) continue;
        const PublishedCheck check = check_published(a.figures, p);
        list.push_back({{"value", p.value},
                        {"text", p.text},
                        {"decimals", p.decimals},
                        {"source", source_id(p.source)},
                        {"note", text_or_null(p.note)},
                        {"recomputed", share_json(check.recomputed)},
                        {"matches", or_null(check.matches)}});
      }
      out[measure_name(measure)] = list;
    }
    return out;
  }

  json remainder(const Summary& a, int u) const {
    const auto r = remainder_of(d_, a.figures, u);
    if (!r) return nullptr;
    json contests = json::array();
    for (int c : r->contests) contests.push_back(d_.units[c].id);
    return {{"contests", contests},
            {"figures", {{"ballots_cast", figure(r->ballots_cast)}, {"against_all", figure(r->against_all)}}},
            {"shares", {{"against_all_of_cast", share_json(fraction(r->against_all.value, r->ballots_cast.value))}}}};
  }

  json unit(const Summary& a, int u) const {
    const Unit& unit = d_.units[u];
    const Figures& figures = a.figures;
    json out;
    out["id"] = unit.id;
    out["level"] = d_.levels[unit.level].id;
    out["parent"] = unit.parent < 0 ? json(nullptr) : json(d_.units[unit.parent].id);
    out["kind"] = text_or_null(unit.kind);
    out["name"] = names_json(unit.name);
    out["note"] = text_or_null(unit.note);
    out["children"] = json::array();
    for (int child : unit.children) out["children"].push_back(d_.units[child].id);

    json figures_json = json::object();
    for (Measure measure : count_measures()) figures_json[measure_name(measure)] = figure(figures.at(u, measure));
    for (const auto& measure : d_.extra_measures) {
      if (figures.of(u).count(measure)) figures_json[measure] = figure(figures.at(u, measure));
    }
    out["figures"] = figures_json;
    out["published"] = published(a, u);

    const UnitShares& shares = a.shares[u];
    out["shares"] = {{"against_all_of_cast", share_json(shares.against_all_of_cast)},
                     {"against_all_of_valid", share_json(shares.against_all_of_valid)},
                     {"against_all_of_registered", share_json(shares.against_all_of_registered)},
                     {"turnout", share_json(shares.turnout)}};
    out["rank"] = or_null(a.rank[u]);
    out["rank_of"] = or_null(a.rank_of[u]);
    const auto vs = u == d_.root ? std::nullopt
                                 : vs_national(shares.against_all_of_cast, a.shares[d_.root].against_all_of_cast);
    out["vs_national"] = vs ? json(to_string(*vs)) : json(nullptr);
    out["remainder"] = remainder(a, u);

    const auto ballots_cast = figures.value(u, Measure::ballots_cast);
    const auto valid = figures.value(u, Measure::valid_votes);
    json candidates = json::array();
    for (int row : unit.candidates) {
      const Candidate& c = d_.candidates[row];
      candidates.push_back({{"name", c.name},
                            {"name_source", text_or_null(c.name_source)},
                            {"party", text_or_null(c.party)},
                            {"votes", or_null(c.votes)},
                            {"elected", c.elected},
                            {"source", source_id(c.source)},
                            {"share_of_cast", or_null(share(c.votes, ballots_cast))},
                            {"share_of_valid", or_null(share(c.votes, valid))}});
    }
    out["candidates"] = candidates;
    const CandidateList list = candidate_list(d_, u, figures.value(u, Measure::candidates));
    out["candidate_list"] = to_string(list);
    const auto leader = leader_of(d_, u, list);
    out["leader"] = leader ? json{{"name", d_.candidates[leader->candidate].name},
                                  {"votes", leader->votes},
                                  {"basis", leader->basis}}
                           : json(nullptr);
    const auto against_all = figures.value(u, Measure::against_all);
    if (leader && against_all) {
      const std::int64_t margin = leader->votes - *against_all;
      out["margin"] = {{"votes", margin}, {"share_points", or_null(share(margin, ballots_cast))}};
    } else {
      out["margin"] = nullptr;
    }
    out["findings"] = a.findings_of_unit[u];
    return out;
  }

  json stats(const Summary& a) const {
    auto stats_json = [&](int level) {
      std::vector<double> values;
      for (int u : d_.units_at_level(level)) {
        if (a.shares[u].against_all_of_cast) values.push_back(a.shares[u].against_all_of_cast->value());
      }
      const ShareStats s = share_stats(values);
      return json{{"n", s.n}, {"mean", or_null(s.mean)}, {"median", or_null(s.median)}};
    };
    json out;
    out["contest_share"] = stats_json(d_.contest_level);
    out["region_share"] = d_.levels.size() > 1 ? stats_json(1) : json{{"n", 0}, {"mean", nullptr}, {"median", nullptr}};
    out["regions_above_national"] = a.regions_above;
    out["regions_below_national"] = a.regions_below;
    return out;
  }

  json completeness(const Summary& a) const {
    int contests = 0, with_against_all = 0, reported = 0, with_votes = 0, complete = 0, none = 0;
    std::vector<bool> claimed(d_.units.size(), false);
    for (const auto& claim : d_.claims) claimed[claim.unit] = true;
    for (const auto& p : d_.published) claimed[p.unit] = true;
    for (int u : d_.units_at_level(d_.contest_level)) {
      ++contests;
      const Figure& against_all = a.figures.at(u, Measure::against_all);
      with_against_all += against_all.known() ? 1 : 0;
      reported += against_all.status == FigureStatus::reported ? 1 : 0;
      bool votes = false;
      for (int row : d_.units[u].candidates) votes = votes || d_.candidates[row].votes.has_value();
      with_votes += votes ? 1 : 0;
      complete += candidate_list(d_, u, a.figures.value(u, Measure::candidates)) == CandidateList::complete ? 1 : 0;
      none += !claimed[u] && d_.units[u].candidates.empty() ? 1 : 0;
    }
    return {{"contests", contests},
            {"with_against_all", with_against_all},
            {"with_against_all_reported", reported},
            {"with_candidate_votes", with_votes},
            {"with_complete_candidates", complete},
            {"with_none", none}};
  }

  const Dataset& d_;
};

}  // namespace

json summary_json(const Dataset& dataset, const Summary& summary) { return SummaryWriter(dataset).summary(summary); }

json summary_json(const Dataset& dataset) { return summary_json(dataset, summarise(dataset)); }

json check_json(const Dataset& dataset) { return {{"findings", findings_json(dataset, summarise(dataset).findings)}}; }

}  // namespace against_all
