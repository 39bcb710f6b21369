// Rule JSON of any shape, then a decision on a contest built from the same bytes.
#include <cstddef>
#include <cstdint>
#include <string>

#include "against_all/decision.hpp"
#include "against_all/wire/rule.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const auto json = nlohmann::ordered_json::parse(text, nullptr, false);
  if (json.is_discarded()) return 0;
  auto rule = against_all::parse_rule(json);
  if (!rule.ok()) return 0;
  // The rule must read back from its own JSON unchanged.
  auto again = against_all::parse_rule(against_all::rule_json(rule.value()));
  if (!again.ok() || !(again.value() == rule.value())) __builtin_trap();
  against_all::ContestCounts counts;
  std::int64_t seed = static_cast<std::int64_t>(size) * 7919;
  auto next = [&seed] { seed = (seed * 1103515245 + 12345) % 100000; return seed; };
  counts.against_all = next();
  counts.ballots_cast = *counts.against_all + next() + next();
  counts.registered = *counts.ballots_cast + next();
  counts.candidate_votes = {next(), std::nullopt, next()};
  counts.candidate_count = 3;
  (void)against_all::decide(counts, rule.value(), 10 * against_all::kPercentScale);
  return 0;
}
