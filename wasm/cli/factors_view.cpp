#include "factors_view.hpp"

#include <cstdio>
#include <iostream>

#include "grid.hpp"

namespace against_all::cli {
namespace {

using json = nlohmann::ordered_json;

std::string fixed(double value, int decimals) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  std::string text = buffer;
  return text == "-0.00" || text == "-0.0" ? text.substr(1) : text;
}

std::string percent(const json& share) { return share.is_null() ? std::string() : fixed(share.get<double>() * 100, 2); }

std::string count(const json& value) { return value.is_null() ? std::string() : value.dump(); }

std::string group_label(const json& group) {
  if (group.contains("kind")) return group["kind"].get<std::string>();
  const std::string min = group["min"].dump();
  if (group["max"].is_null()) return min + "+";
  return group["max"] == group["min"] ? min : min + "-" + group["max"].dump();
}

void print_groups(const char* title, const json& block) {
  if (block.is_null()) return;
  std::cout << "\n" << title << "\n";
  Grid grid = {{"group", "n", "weighted_pct", "mean_pct", "median_pct", "against_all", "base"}};
  for (const auto& g : block["groups"]) {
    grid.push_back({group_label(g), count(g["n"]), percent(g["weighted_share"]), percent(g["mean"]),
                    percent(g["median"]), count(g["against_all"]), count(g["base"])});
  }
  print_grid(grid, false, {false, true, true, true, true, true, true});
  std::cout << "left out: " << block["left_out"]["share_unknown"] << " without a share, "
            << block["left_out"]["factor_unknown"] << " without the grouping figure\n";
}

}  // namespace

std::string relation_sentence(const json& c) {
  if (c["r"].is_null()) {
    const std::string why = c["missing"] == "constant" ? "one of the two does not vary" : "too few units (fewer than 3)";
    return "no correlation: " + why + ", n = " + c["n"].dump();
  }
  const std::string strength = c["strength"].get<std::string>();
  std::string words = strength == "none" ? "no clear relation"
                                         : strength + " " + c["direction"].get<std::string>() + " relation";
  std::string text = words + ", r = " + fixed(c["r"].get<double>(), 2);
  if (!c["ci"].is_null()) text += ", 95 % CI " + fixed(c["ci"][0].get<double>(), 2) + "..." + fixed(c["ci"][1].get<double>(), 2);
  text += ", n = " + c["n"].dump();
  const bool spans_zero = !c["ci"].is_null() && c["ci"][0].get<double>() < 0 && c["ci"][1].get<double>() > 0;
  if (spans_zero && strength != "none") text += "; the interval includes 0, so even the sign is not settled";
  return text;
}

void print_factors(const json& result) {
  const json& share = result["share"];
  std::cout << "against-all share of " << result["base"].get<std::string>() << ", by " << result["level"].get<std::string>()
            << ": " << share["known"] << " of " << share["units"] << " known (" << share["against_all_unknown"]
            << " without against-all, " << share["base_unknown"] << " without the base, " << share["base_zero"]
            << " with a base of 0)\n\n";
  for (const auto& f : result["factors"]) {
    std::string name = f["factor"].get<std::string>();
    if (!f["transform"].is_null()) name += " (Pearson of " + f["transform"].get<std::string>() + ")";
    std::string rank_text = relation_sentence(f["spearman"]);
    const auto at = rank_text.find("r = ");
    if (at != std::string::npos) rank_text.replace(at, 1, "rho");
    const json& left = f["left_out"];
    std::cout << name << "\n  pearson:  " << relation_sentence(f["pearson"]) << "\n  spearman: " << rank_text
              << "\n  left out: " << left["share_unknown"] << " without a share, " << left["factor_unknown"] << " without "
              << f["factor"].get<std::string>();
    if (left.contains("registered_zero")) std::cout << ", " << left["registered_zero"] << " with 0 registered";
    std::cout << "\n";
  }
  print_groups("by number of candidates (against-all not counted)", result["groups"]["candidates"]);
  print_groups("by kind of unit", result["groups"]["kind"]);
}

}  // namespace against_all::cli
