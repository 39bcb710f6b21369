// A dataset read once and kept, so that a rule can be re-evaluated on it many times (the page
// re-evaluates on every edit of the rule) without reading the file or resolving figures again.
// Sessions live in the process (the wasm module's memory) until closed.
#pragma once

#include <memory>
#include <mutex>
#include <unordered_map>

#include "against_all/contest_page.hpp"
#include "against_all/dataset.hpp"
#include "against_all/figures.hpp"
#include "against_all/scenario.hpp"
#include "against_all/swing_curve.hpp"

namespace against_all {

struct Session {
  Dataset dataset;
  Figures figures;
  ContestTable table;   // every contest's counts, ready for decide()
  // The last scenario paged (contest_page): its outcomes, sort values and order, kept for the next page.
  std::unique_ptr<ContestPageCache> page_cache = std::make_unique<ContestPageCache>();
  // The last swing curve built, for its rule.
  std::unique_ptr<SwingCurveCache> curve_cache = std::make_unique<SwingCurveCache>();
};

std::shared_ptr<const Session> make_session(Dataset dataset);

class SessionStore {
 public:
  int open(std::shared_ptr<const Session> session);              // → its id, 1, 2, …
  std::shared_ptr<const Session> find(int id) const;             // null when unknown or closed
  bool close(int id);                                            // false when unknown
  std::size_t size() const;

 private:
  mutable std::mutex mutex_;
  int next_id_ = 1;
  std::unordered_map<int, std::shared_ptr<const Session>> sessions_;
};

// The store handle() uses: one per process (one per wasm module instance).
SessionStore& sessions();

}  // namespace against_all
