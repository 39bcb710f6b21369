#include "against_all/row_sums.hpp"

#include "against_all/number_text.hpp"

namespace against_all {

RowSumCheck::RowSumCheck(const ColumnMapping& mapping) {
  const auto valid = mapping.measures.find(Measure::valid_votes);
  if (mapping.shape != UploadShape::wide || valid == mapping.measures.end() || valid->second.size() != 1 ||
      mapping.candidates.empty()) {
    return;
  }
  active_ = true;
  valid_column_ = valid->second.front();
  candidates_ = mapping.candidates;
  const auto against = mapping.measures.find(Measure::against_all);
  if (against != mapping.measures.end()) against_all_ = against->second;
  valid_excludes_against_all_ = mapping.conventions.valid_votes_exclude_against_all;
}

std::optional<std::string> RowSumCheck::valid_votes(const std::vector<std::string_view>& fields) const {
  if (!active_) return std::nullopt;
  const auto read = [&](int column, std::int64_t& value) {
    if (column >= static_cast<int>(fields.size())) return false;
    const CountText text = read_count_text(fields[column]);
    value = text.value;
    return text.state == NumberState::value;
  };
  std::int64_t valid = 0, candidates = 0, against = 0;
  if (!read(valid_column_, valid)) return std::nullopt;
  for (int column : candidates_) {
    std::int64_t votes = 0;
    if (column < static_cast<int>(fields.size()) && is_unknown_mark(fields[column])) continue;   // not standing here
    if (!read(column, votes) || __builtin_add_overflow(candidates, votes, &candidates)) return std::nullopt;
  }
  for (int column : against_all_) {
    std::int64_t votes = 0;
    if (!read(column, votes) || __builtin_add_overflow(against, votes, &against)) return std::nullopt;
  }
  const std::int64_t expected = candidates + (valid_excludes_against_all_ ? 0 : against);
  if (expected == valid) return std::nullopt;
  return "candidates + against all = " + std::to_string(candidates + against) + ", valid votes = " +
         std::to_string(valid) + (valid_excludes_against_all_ ? " + " + std::to_string(against) : "") + " (" +
         (expected > valid ? "short by " : "over by ") + std::to_string(expected > valid ? expected - valid : valid - expected) + ")";
}

}  // namespace against_all
