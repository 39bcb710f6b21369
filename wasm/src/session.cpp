#include "against_all/session.hpp"

namespace against_all {

std::shared_ptr<const Session> make_session(Dataset dataset) {
  auto session = std::make_shared<Session>();
  session->dataset = std::move(dataset);
  session->figures = resolve_figures(session->dataset);
  session->table = contest_table(session->dataset, session->figures);
  return session;
}

int SessionStore::open(std::shared_ptr<const Session> session) {
  std::lock_guard<std::mutex> lock(mutex_);
  const int id = next_id_++;
  sessions_.emplace(id, std::move(session));
  return id;
}

std::shared_ptr<const Session> SessionStore::find(int id) const {
  std::lock_guard<std::mutex> lock(mutex_);
  auto found = sessions_.find(id);
  return found == sessions_.end() ? nullptr : found->second;
}

bool SessionStore::close(int id) {
  std::lock_guard<std::mutex> lock(mutex_);
  return sessions_.erase(id) > 0;
}

std::size_t SessionStore::size() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return sessions_.size();
}

SessionStore& sessions() {
  static SessionStore store;
  return store;
}

}  // namespace against_all
