#include "views.hpp"

#include <cstdio>
#include <iostream>
#include <string>

#include "grid.hpp"

namespace against_all::cli {
namespace {

using json = nlohmann::ordered_json;

std::string text_of(const json& value) {
  if (value.is_null()) return {};
  if (value.is_string()) return value.get<std::string>();
  return value.dump();
}

std::string count_text(const json& figure) { return text_of(figure["value"]); }

std::string percent_text(const json& share) {
  if (share.is_null()) return {};
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", share.get<double>() * 100);
  return buffer;
}

std::string joined(const json& list) {
  std::string out;
  for (const auto& item : list) out += (out.empty() ? "" : ",") + item.get<std::string>();
  return out;
}

std::string distance_text(const json& distance) { return distance.is_null() ? std::string() : text_of(distance["votes"]); }

}  // namespace

void print_units(const json& units, bool csv) {
  Grid grid = {{"id", "name_en", "ballots_cast", "against_all", "share_pct", "published_pct", "rank", "vs_national"}};
  for (const auto& unit : units) {
    const auto& published = unit["published"]["against_all_pct"];
    grid.push_back({unit["id"].get<std::string>(), unit["name"]["en"].get<std::string>(),
                    count_text(unit["figures"]["ballots_cast"]), count_text(unit["figures"]["against_all"]),
                    percent_text(unit["shares"]["against_all_of_cast"]),
                    published.empty() ? std::string() : published[0]["text"].get<std::string>(),
                    text_of(unit["rank"]), text_of(unit["vs_national"])});
  }
  print_grid(grid, csv, {false, false, true, true, true, true, true, false});
}

void print_findings(const json& findings) {
  for (const auto& finding : findings) {
    std::cout << finding["id"].get<std::string>() << "  " << finding["severity"].get<std::string>() << "  "
              << finding["code"].get<std::string>() << "  " << joined(finding["units"]) << "  "
              << (finding["measure"].is_null() ? std::string("-") : finding["measure"].get<std::string>()) << "  "
              << finding["values"].dump(-1, ' ', false, json::error_handler_t::replace) << "\n";
  }
}

void print_scenario(const json& scenario, bool csv) {
  Grid grid = {{"id", "outcome", "decided_by", "winner", "against_all", "leader_votes", "switch", "new_voters",
                "missing"}};
  for (const auto& c : scenario["contests"]) {
    grid.push_back({c["id"].get<std::string>(), c["outcome"].get<std::string>(), text_of(c["decided_by"]),
                    text_of(c["winner"]), text_of(c["against_all"]), text_of(c["leader_votes"]),
                    distance_text(c["switch"]), distance_text(c["new_voters"]), joined(c["missing"])});
  }
  print_grid(grid, csv, {false, false, false, false, true, true, true, true, false});
  if (csv) return;
  const json& totals = scenario["totals"];
  std::cout << "\nrule " << scenario["rule"]["preset"].get<std::string>()
            << (scenario["rule"]["edited"].get<bool>() ? " (edited)" : "") << ", swing +" << text_of(scenario["swing"])
            << " points: valid " << totals["valid"]["contests"] << ", void " << totals["void"]["contests"]
            << ", runoff " << totals["runoff"]["contests"] << ", undecided " << totals["undecided"]["contests"]
            << "\n";
}

void print_comparison(const json& comparison, bool csv) {
  Grid grid = {{"preset", "countries", "valid", "void", "runoff", "undecided"}};
  for (const auto& p : comparison["presets"]) {
    const json& t = p["totals"];
    grid.push_back({p["id"].get<std::string>(), joined(p["countries"]), text_of(t["valid"]["contests"]),
                    text_of(t["void"]["contests"]), text_of(t["runoff"]["contests"]),
                    text_of(t["undecided"]["contests"])});
  }
  print_grid(grid, csv, {false, false, true, true, true, true});
}

}  // namespace against_all::cli
