#include "against_all/candidates.hpp"

namespace against_all {

const char* to_string(CandidateList list) {
  switch (list) {
    case CandidateList::complete: return "complete";
    case CandidateList::partial: return "partial";
    case CandidateList::none: return "none";
  }
  return "none";
}

CandidateList candidate_list(const Dataset& dataset, int contest, std::optional<std::int64_t> candidate_count) {
  const auto& rows = dataset.units[contest].candidates;
  if (rows.empty()) return CandidateList::none;
  std::int64_t with_votes = 0;
  for (int row : rows) {
    if (dataset.candidates[row].votes) ++with_votes;
  }
  const bool complete = candidate_count && static_cast<std::int64_t>(rows.size()) == *candidate_count &&
                        with_votes == *candidate_count;
  return complete ? CandidateList::complete : CandidateList::partial;
}

std::int64_t known_votes(const Dataset& dataset, int contest) {
  std::int64_t sum = 0;
  for (int row : dataset.units[contest].candidates) {
    if (dataset.candidates[row].votes) sum += *dataset.candidates[row].votes;
  }
  return sum;
}

std::optional<Leader> leader_of(const Dataset& dataset, int contest, CandidateList list) {
  const auto& rows = dataset.units[contest].candidates;
  if (list == CandidateList::complete) {
    std::optional<Leader> best;
    for (int row : rows) {
      const Candidate& candidate = dataset.candidates[row];
      const bool better = !best || *candidate.votes > best->votes ||
                          (*candidate.votes == best->votes && candidate.elected &&
                           !dataset.candidates[best->candidate].elected);
      if (better) best = Leader{row, *candidate.votes, "most_votes"};
    }
    return best;
  }
  for (int row : rows) {
    const Candidate& candidate = dataset.candidates[row];
    if (candidate.elected && candidate.votes) return Leader{row, *candidate.votes, "elected"};
  }
  return std::nullopt;
}

}  // namespace against_all
