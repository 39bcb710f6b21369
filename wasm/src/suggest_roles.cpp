// The choice of roles: what a careful analyst does with a results table by hand.
//  - The header's words (header_vocabulary.cpp) say what a column may be; its numbers
//    (column_profile.cpp) say what it can be: a column of numbers is never a level (a station
//    number only where nothing else tells the rows apart), a fraction is no count.
//  - Levels nest: each finer name determines the coarser one; a name column that does not nest is
//    an attribute, and one that repeats another's partition adds nothing.
//  - The contest is the most detailed level under which the candidates change.
//  - A "Total" vote column beats its parts (General, Postal, EVM).
//  - In a long file, a figure repeated on every row of a unit (electors, votes polled) is that
//    unit's; one that changes from row to row (a share, a margin) is no unit's figure.
//  - Identifiers, ages, ranks, percentages and margins are not votes.
// What rests on a weak word or on a choice the data does not settle is marked unsure and asked.
#include <algorithm>
#include <map>
#include <set>

#include "against_all/column_mapping.hpp"
#include "against_all/column_profile.hpp"
#include "against_all/header_vocabulary.hpp"
#include "against_all/measures.hpp"

namespace against_all {

namespace {

using Rows = std::vector<std::vector<std::string>>;

std::string measure_role(const std::string& measure) { return "measure:" + measure; }

class RoleChooser {
 public:
  RoleChooser(const std::vector<std::string>& header, const Rows& sample)
      : sample_(sample), columns_(static_cast<int>(header.size())) {
    for (const auto& text : header) norm_.push_back(normalize_header(text));
    for (const auto& h : norm_) reading_.push_back(read_header(h));
    profile_ = profile_columns(header.size(), sample);
    out_.columns.resize(columns_);
    for (int c = 0; c < columns_; ++c) out_.columns[c].column = c;
    taken_.assign(columns_, false);
  }

  MappingSuggestion run() {
    header_problems();
    choose_long_columns();
    choose_levels();
    choose_measures();
    choose_candidates();
    choose_contest();
    choose_percentages();
    finish();
    return std::move(out_);
  }

 private:
  ColumnMapping& mapping() { return out_.mapping; }
  const ColumnMapping& mapping() const { return out_.mapping; }
  HeaderMeaning meaning(int c) const { return reading_[c].meaning; }

  void assign(int c, const std::string& role, const std::string& reason, bool sure = true,
              std::vector<std::string> alternatives = {}) {
    taken_[c] = true;
    SuggestedRole& r = out_.columns[c];
    r.role = role;
    r.reason = reason;
    r.sure = sure;
    r.alternatives = std::move(alternatives);
  }

  void leave(int c, const std::string& reason) {
    if (taken_[c]) return;
    out_.columns[c].reason = reason;
  }

  // Empty and repeated headers are left for the user: a second «Против всех» is not a candidate.
  // One exception: the empty corner of a cross table (the first column, its cells distinct names,
  // as in a pivot table or a table read transposed) heads the row labels; it is offered, asked, as
  // the level of the rows.
  void header_problems() {
    for (int c = 0; c < columns_; ++c) {
      if (norm_[c].empty() && c == 0 && !sample_.empty() && profile_[0].textual() && !profile_[0].mostly_numbers() &&
          keys_unique({0})) {
        continue;
      }
      if (norm_[c].empty()) {
        out_.header_problems.push_back({c, "header.empty", -1});
        taken_[c] = true;
        out_.columns[c].reason = "header_problem";
        continue;
      }
      for (int first = 0; first < c; ++first) {
        if (norm_[first] != norm_[c]) continue;
        out_.header_problems.push_back({c, "header.duplicate", first});
        taken_[c] = true;
        out_.columns[c].reason = "header_problem";
        break;
      }
    }
  }

  // Long shape: an option column of text beside a votes column of counts; the total of the
  // votes beats its parts.
  void choose_long_columns() {
    int option = -1;
    for (int c = 0; c < columns_; ++c) {
      if (taken_[c] || meaning(c) != HeaderMeaning::option || profile_[c].numeric()) continue;
      // A candidate's name beats the party's (the party is then an attribute of the candidate).
      const bool person = norm_[c].find("candidate") != std::string::npos || norm_[c].find("кандидат") != std::string::npos;
      if (option < 0 || (person && norm_[option].find("candidate") == std::string::npos &&
                         norm_[option].find("кандидат") == std::string::npos)) {
        option = c;
      }
    }
    std::vector<int> totals, plain, parts;
    for (int c = 0; c < columns_; ++c) {
      if (taken_[c] || meaning(c) != HeaderMeaning::votes || profile_[c].textual()) continue;
      (reading_[c].what == "total" ? totals : reading_[c].what == "part" ? parts : plain).push_back(c);
    }
    std::vector<int> ranked = totals;
    ranked.insert(ranked.end(), plain.begin(), plain.end());
    ranked.insert(ranked.end(), parts.begin(), parts.end());
    if (option < 0 || ranked.empty()) return;
    const int votes = ranked.front();
    mapping().shape = UploadShape::long_;
    mapping().option_column = option;
    mapping().votes_column = votes;
    assign(option, "option", "vocabulary");
    // Sure when one column is the total, or the only votes column; parts alone are asked.
    const bool sure = !totals.empty() ? totals.size() == 1 : ranked.size() == 1;
    std::vector<std::string> others;
    if (!sure) others.push_back("unused");
    assign(votes, "votes", totals.empty() ? "vocabulary" : "total_beats_parts", sure, others);
    for (int c : ranked) {
      if (c != votes) leave(c, "vote_part");
    }
    // Options by their text: against all, invalid and blank lines; totals are not options.
    for (const auto& row : sample_) {
      const std::string text = trimmed_cell(row, option);
      if (text.empty() || mapping().options.count(text)) continue;
      const std::string target = option_target(normalize_header(text));
      if (target == "ignore") {
        mapping().options[text] = OptionTarget{OptionTarget::Kind::ignore, Measure::against_all};
      } else if (!target.empty()) {
        mapping().options[text] = OptionTarget::of(*measure_named(target));
      }
    }
  }

  // Rows grouped by a set of columns' values: the group key of each sample row.
  std::vector<std::string> keys_of(const std::vector<int>& columns) const {
    std::vector<std::string> keys;
    keys.reserve(sample_.size());
    for (const auto& row : sample_) {
      std::string key;
      for (int c : columns) {
        key += trimmed_cell(row, c);
        key += '\x1f';
      }
      keys.push_back(std::move(key));
    }
    return keys;
  }

  // Each value of `fine` goes with one value of `coarse` (in the sample).
  bool determines(int fine, int coarse) const {
    std::map<std::string, std::string> seen;
    for (const auto& row : sample_) {
      const std::string f = trimmed_cell(row, fine), k = trimmed_cell(row, coarse);
      auto [it, added] = seen.emplace(f, k);
      if (!added && it->second != k) return false;
    }
    return true;
  }

  bool keys_unique(const std::vector<int>& columns) const {
    std::set<std::string> seen;
    for (const auto& key : keys_of(columns))
      if (!seen.insert(key).second) return false;
    return true;
  }

  std::string level_id(int c) const {
    if (meaning(c) == HeaderMeaning::level) return reading_[c].what;
    return "unit";
  }

  void choose_levels() {
    // Name columns the header calls a level; numbers only as a station's number (below).
    std::vector<int> names, numbers;
    for (int c = 0; c < columns_; ++c) {
      if (taken_[c] || (meaning(c) != HeaderMeaning::level && meaning(c) != HeaderMeaning::unit_name)) continue;
      if (profile_[c].textual() || profile_[c].no_values()) {
        names.push_back(c);
      } else if (profile_[c].numeric()) {
        numbers.push_back(c);
        leave(c, "numbers_not_level");
      }
    }
    // No header names a level: the first text column, asked.
    bool guessed = false;
    if (names.empty()) {
      for (int c = 0; c < columns_; ++c) {
        if (!taken_[c] && profile_[c].textual() && !profile_[c].mostly_numbers() && meaning(c) == HeaderMeaning::none) {
          names.push_back(c);
          guessed = true;
          break;
        }
      }
    }
    // Coarse to fine: fewer distinct values first; each finer one must determine the ones above.
    std::stable_sort(names.begin(), names.end(),
                     [&](int a, int b) { return profile_[a].distinct < profile_[b].distinct; });
    std::vector<int> chain;
    for (int c : names) {
      bool nests = true;
      for (int above : chain) nests = nests && determines(c, above);
      if (!nests) {
        leave(c, "does_not_nest");
        continue;
      }
      // The same units under another name (NAME_EN beside NAME); one value each tells nothing.
      if (!chain.empty() && profile_[c].distinct > 1 && profile_[c].distinct == profile_[chain.back()].distinct &&
          determines(chain.back(), c)) {
        leave(c, "same_as_level");
        continue;
      }
      chain.push_back(c);
    }
    // A station is the finest level there is: a "station" column above another name is a place
    // name beside the unit (a rayon's centre), not a level.
    for (std::size_t i = 0; i + 1 < chain.size();) {
      if (meaning(chain[i]) == HeaderMeaning::level && reading_[chain[i]].what == "station") {
        leave(chain[i], "does_not_nest");
        chain.erase(chain.begin() + static_cast<long>(i));
      } else {
        ++i;
      }
    }
    // A wide file has one row per unit, a long one a row per unit and option: when the names do
    // not tell the rows apart, the station's number (the one numeric column a level may be) does.
    // A station's number names the station: the finest level, where it adds to the names.
    for (int c : numbers) {
      if (reading_[c].what != "station") continue;
      bool nests = true;
      for (int above : chain) nests = nests && determines(c, above);
      const bool adds = chain.empty() || profile_[c].distinct <= 1 || profile_[c].distinct != profile_[chain.back()].distinct ||
                        !determines(chain.back(), c);
      if (nests && adds) {
        chain.push_back(c);
        guessed = false;
        break;
      }
    }
    const auto row_key = [&](std::vector<int> columns) {
      if (mapping().shape == UploadShape::long_) columns.push_back(mapping().option_column);
      return columns;
    };
    if (!sample_.empty() && (chain.empty() || !keys_unique(row_key(chain)))) {
      for (int c : numbers) {
        if (std::find(chain.begin(), chain.end(), c) != chain.end()) continue;
        std::vector<int> with = chain;
        with.push_back(c);
        if (keys_unique(row_key(with)) || (chain.empty() && c == numbers.back())) {
          chain = with;
          guessed = false;
          break;
        }
      }
    }
    std::set<std::string> ids;
    for (int c : chain) {
      std::string id = level_id(c);
      for (int n = 2; ids.count(id); ++n) id = level_id(c) + std::to_string(n);
      ids.insert(id);
      mapping().hierarchy.push_back(HierarchyColumn{id, c});
      assign(c, "level", guessed ? "first_text_column" : profile_[c].numeric() ? "station_number" : "vocabulary",
             !guessed, guessed ? std::vector<std::string>{"unused"} : std::vector<std::string>{});
    }
    if (guessed && !chain.empty()) out_.ambiguous.push_back("hierarchy");
  }

  // In a long file, does the column hold one value for all rows of each unit?
  bool same_within_units(int c) const {
    if (mapping().shape != UploadShape::long_) return true;
    std::vector<int> levels;
    for (const auto& level : mapping().hierarchy) levels.push_back(level.column);
    std::map<std::string, std::string> seen;
    const auto keys = keys_of(levels);
    for (std::size_t r = 0; r < sample_.size(); ++r) {
      const std::string value = trimmed_cell(sample_[r], c);
      auto [it, added] = seen.emplace(keys[r], value);
      if (!added && it->second != value) return false;
    }
    return true;
  }

  static bool names_candidates_together(const std::string& header) {
    for (const char* words : {"кандидатов", "кандидаты", "кандидаттар", "за всех", "all candidates", "candidates",
                              "candidatos", "кандидати", "кандыдатаў", "талапкерлер"}) {
      if (header.find(words) != std::string::npos) return true;
    }
    return false;
  }

  // "Число голосов Иванов", "Votes Smith": a votes group joined over a candidate's name (a two-row
  // header, docs/engine-api.md "Finding the table"): the header says more than "votes".
  static bool names_one_option(const std::string& header) {
    static const std::set<std::string> votes_words = {"число", "количество", "голосов", "голоса", "голос", "за",
                                                      "votes", "vote", "number", "of", "for", "дауыс", "дауыстар",
                                                      "саны", "votos", "гласове"};
    std::size_t at = 0;
    while (at < header.size()) {
      const std::size_t end = header.find(' ', at);
      const std::string word = header.substr(at, end == std::string::npos ? std::string::npos : end - at);
      if (!word.empty() && !votes_words.count(word)) return !names_candidates_together(header);
      if (end == std::string::npos) break;
      at = end + 1;
    }
    return false;
  }

  bool has_total_word(int c) const {
    for (const char* word : {"total", "всего", "итого", "барлығы", "общ"})
      if (norm_[c].find(word) != std::string::npos) return true;
    return false;
  }

  void choose_measures() {
    std::map<std::string, int> chosen;
    std::vector<int> boxes;
    for (int c = 0; c < columns_; ++c) {
      if (taken_[c]) continue;
      const HeaderReading& r = reading_[c];
      const ColumnProfile& p = profile_[c];
      if (r.meaning == HeaderMeaning::box_part && p.mostly_numbers()) {
        boxes.push_back(c);
        continue;
      }
      // "Turnout" with whole numbers above 100 is the count of voters who came.
      const bool turnout_count = r.meaning == HeaderMeaning::percent && r.what == "turnout_pct" && p.counts() && p.max > 100;
      // A wide file's "Total votes" is every ballot counted: ballots cast, asked.
      const bool total_votes = r.meaning == HeaderMeaning::votes && r.what == "total" && mapping().shape == UploadShape::wide;
      if (r.meaning != HeaderMeaning::measure && !turnout_count && !total_votes) continue;
      const std::string measure = turnout_count || total_votes ? "ballots_cast" : r.what;
      // A strong header is believed over a few bad cells (each is listed when the file is read);
      // a weak one needs whole numbers.
      const bool weak = r.weak || turnout_count || total_votes;
      if (weak ? !p.mostly_numbers() : p.names()) {
        leave(c, "not_numbers");
        continue;
      }
      if (weak && p.decimal > 0) {
        leave(c, "not_whole_numbers");
        continue;
      }
      if (!same_within_units(c)) {
        leave(c, "varies_within_unit");
        continue;
      }
      auto found = chosen.find(measure);
      if (found != chosen.end()) {
        // A total beats a part; otherwise the first column stays and the second is asked about.
        if (has_total_word(c) && !has_total_word(found->second)) {
          out_.columns[found->second] = SuggestedRole{found->second, "unused", true, "part_of_total", {}};
          taken_[found->second] = false;
          found->second = c;
        } else if (measure == "invalid" && !has_total_word(found->second)) {
          // Kinds of invalid ballots (Colombia's «nulos» and «no marcados») add up: asked.
          parts_[measure].push_back(c);
          assign(c, measure_role(measure), "invalid_kinds", false, {"unused"});
          continue;
        } else {
          leave(c, "second_column_of_measure");
          continue;
        }
      } else {
        chosen[measure] = c;
      }
      assign(c, measure_role(measure), turnout_count ? "numbers" : "vocabulary", !weak,
             weak ? std::vector<std::string>{"unused"} : std::vector<std::string>{});
    }
    for (const auto& [measure, column] : chosen) {
      std::vector<int> columns = {column};
      for (int part : parts_[measure]) columns.push_back(part);
      std::sort(columns.begin(), columns.end());
      mapping().measures[*measure_named(measure)] = columns;
    }
    if (!chosen.count("ballots_cast") && !boxes.empty()) {
      mapping().measures[Measure::ballots_cast] = boxes;
      for (int c : boxes) assign(c, measure_role("ballots_cast"), "box_parts");
    }
  }

  // A candidate's column: counts under a header that is no protocol line, identifier or rank.
  void choose_candidates() {
    if (mapping().shape != UploadShape::wide) return;
    for (int c = 0; c < columns_; ++c) {
      if (taken_[c]) continue;
      const ColumnProfile& p = profile_[c];
      if (!p.mostly_numbers()) continue;
      // "Candidate A Smith" in a wide file is a candidate's column, and so is "Votes Smith".
      const bool named_votes = meaning(c) == HeaderMeaning::votes && reading_[c].what.empty() && names_one_option(norm_[c]);
      if (meaning(c) != HeaderMeaning::none && meaning(c) != HeaderMeaning::option && !named_votes) {
        leave(c, meaning(c) == HeaderMeaning::percent ? "percent" : "not_votes");
        continue;
      }
      if (p.decimal > 0) {
        leave(c, p.fraction() || p.percent_like() ? "percent" : "not_whole_numbers");
        continue;
      }
      // "voters_g_1", "Строка 12": a numbered protocol line, not a name.
      if (std::any_of(norm_[c].begin(), norm_[c].end(), [](char ch) { return ch >= '0' && ch <= '9'; })) {
        leave(c, "numbered_line");
        continue;
      }
      // "Голоса за кандидатов", "votes for all candidates": the candidates together, not one of them.
      if (meaning(c) == HeaderMeaning::none && names_candidates_together(norm_[c])) {
        leave(c, "candidates_together");
        continue;
      }
      mapping().candidates.push_back(c);
      assign(c, "candidate", "numbers");
    }
    if (mapping().candidates.empty()) out_.ambiguous.push_back("candidates");
  }

  // What each reporting unit offers: the candidates standing (wide: a non-empty cell; long: the
  // option texts), one set per row (wide) or per unit (long).
  std::vector<std::pair<std::vector<std::string>, std::string>> unit_offers() const {
    std::vector<int> levels;
    for (const auto& level : mapping().hierarchy) levels.push_back(level.column);
    const auto keys = keys_of(levels);
    std::vector<std::pair<std::vector<std::string>, std::string>> out;   // (level values, offer)
    std::map<std::string, std::size_t> index;
    for (std::size_t r = 0; r < sample_.size(); ++r) {
      std::vector<std::string> values;
      for (int c : levels) values.push_back(trimmed_cell(sample_[r], c));
      if (mapping().shape == UploadShape::wide) {
        std::string offer;
        for (int c : mapping().candidates) offer += trimmed_cell(sample_[r], c).empty() ? '0' : '1';
        out.emplace_back(values, offer);
        continue;
      }
      auto [it, added] = index.emplace(keys[r], out.size());
      if (added) out.emplace_back(values, "");
      const std::string option = trimmed_cell(sample_[r], mapping().option_column);
      const auto target = mapping().options.find(option);
      if (target != mapping().options.end() && target->second.kind != OptionTarget::Kind::candidate) continue;
      out[it->second].second += option + '\x1f';
    }
    // A long sample cut short may end inside a unit: that unit's offer is incomplete.
    if (mapping().shape == UploadShape::long_ && sample_.size() >= kSuggestionSampleRows && out.size() > 1) out.pop_back();
    if (mapping().shape == UploadShape::long_) {
      for (auto& [values, offer] : out) {
        std::vector<std::string> options;
        std::string part;
        for (char ch : offer) {
          if (ch == '\x1f') {
            options.push_back(part);
            part.clear();
          } else {
            part += ch;
          }
        }
        std::sort(options.begin(), options.end());
        offer.clear();
        for (const auto& o : options) offer += o + '\x1f';
      }
    }
    return out;
  }

  // The contest: the coarsest level under which every unit offers the same candidates.
  void choose_contest() {
    const auto& levels = mapping().hierarchy;
    const int depth = static_cast<int>(levels.size());
    mapping().contest_level = kCountryLevel;
    if (depth == 0) return;
    if (mapping().shape == UploadShape::wide && mapping().candidates.empty()) {
      mapping().contest_level = levels[depth >= 2 ? depth - 2 : 0].level;
      ask_contest("no_candidates");
      return;
    }
    const auto offers = unit_offers();
    // Level k (-1 = the whole file) is a contest level when all units that share the first k+1
    // level values offer the same.
    const auto uniform_under = [&](int k) {
      std::map<std::vector<std::string>, std::string> seen;
      for (const auto& [values, offer] : offers) {
        std::vector<std::string> prefix(values.begin(), values.begin() + (k + 1));
        auto [it, added] = seen.emplace(prefix, offer);
        if (!added && it->second != offer) return false;
      }
      return true;
    };
    int chosen = depth - 1;
    for (int k = -1; k < depth; ++k) {
      if (uniform_under(k)) {
        chosen = k;
        break;
      }
    }
    if (chosen >= 0) {
      mapping().contest_level = levels[chosen].level;
      // Sure when the candidates change between the contests found (they do, or a coarser level would do).
      return;
    }
    // The same candidates everywhere: one contest (a president by station), unless the file is
    // many contests with the same lists (parties by constituency); names of people say the first.
    const bool people = mapping().shape == UploadShape::wide && candidates_are_people();
    if (depth >= 2 && !people) ask_contest("same_candidates_everywhere");
  }

  // Every candidate header reads as a person's name of two or more words ("Путин Владимир Владимирович").
  bool candidates_are_people() const {
    if (mapping().candidates.empty()) return false;
    for (int c : mapping().candidates) {
      if (std::count(norm_[c].begin(), norm_[c].end(), ' ') < 1) return false;
    }
    return true;
  }

  void ask_contest(const std::string& reason) {
    SuggestionQuestion q;
    q.field = "contest_level";
    q.suggested = mapping().contest_level;
    if (mapping().contest_level != kCountryLevel) q.alternatives.push_back(kCountryLevel);
    for (const auto& level : mapping().hierarchy) {
      if (level.level != mapping().contest_level) q.alternatives.push_back(level.level);
    }
    q.reason = reason;
    out_.questions.push_back(q);
    out_.ambiguous.push_back("contest_level");
  }

  // Published percentages are read only where each row is a contest; a fraction is said so.
  void choose_percentages() {
    const bool rows_are_contests = !mapping().hierarchy.empty() && mapping().contest_level == mapping().hierarchy.back().level;
    for (int c = 0; c < columns_; ++c) {
      if (taken_[c] || meaning(c) != HeaderMeaning::percent) continue;
      const std::string& measure = reading_[c].what;
      const ColumnProfile& p = profile_[c];
      if (measure.empty() || !p.numeric()) {
        leave(c, "percent");
        continue;
      }
      if (!rows_are_contests) {
        leave(c, "percent_below_contest");
        continue;
      }
      if (mapping().measures.count(*measure_named(measure)) || !same_within_units(c)) {
        leave(c, "percent");
        continue;
      }
      mapping().measures[*measure_named(measure)] = {c};
      if (p.fraction() && measure == "turnout_pct") mapping().conventions.turnout_fraction = true;
      assign(c, measure_role(measure), p.fraction() ? "fraction" : "vocabulary", !reading_[c].weak,
             reading_[c].weak ? std::vector<std::string>{"unused"} : std::vector<std::string>{});
    }
  }

  void finish() {
    // No level found: the analysis needs one, so the first column free for it is asked about.
    if (mapping().hierarchy.empty()) {
      for (int c = 0; c < columns_; ++c) {
        if (taken_[c] && out_.columns[c].role != "candidate") continue;
        out_.columns[c].sure = false;
        out_.columns[c].alternatives = {"level"};
        if (out_.columns[c].reason.empty()) out_.columns[c].reason = "no_level";
        if (std::find(out_.ambiguous.begin(), out_.ambiguous.end(), "hierarchy") == out_.ambiguous.end()) {
          out_.ambiguous.push_back("hierarchy");
        }
        break;
      }
    }
    for (int c = 0; c < columns_; ++c) {
      SuggestedRole& r = out_.columns[c];
      if (!taken_[c] || r.reason == "header_problem") {
        r.role = "unused";
        out_.unmapped.push_back(c);
        if (r.reason.empty()) {
          r.reason = profile_[c].textual()                    ? "text"
                     : meaning(c) == HeaderMeaning::not_votes || meaning(c) == HeaderMeaning::attribute ? "not_votes"
                                                                                                        : "unknown";
        }
      }
      if (!r.sure) {
        SuggestionQuestion q;
        q.field = "column";
        q.column = c;
        q.suggested = r.role;
        q.alternatives = r.alternatives;
        q.reason = r.reason;
        out_.questions.push_back(q);
      }
    }
    // The contest question first: it changes the most.
    std::stable_sort(out_.questions.begin(), out_.questions.end(),
                     [](const SuggestionQuestion& a, const SuggestionQuestion& b) {
                       return a.field == "contest_level" && b.field != "contest_level";
                     });
  }

  const Rows& sample_;
  const int columns_;
  std::vector<std::string> norm_;
  std::vector<HeaderReading> reading_;
  std::vector<ColumnProfile> profile_;
  std::vector<bool> taken_;
  std::map<std::string, std::vector<int>> parts_;   // measure → further columns summed into it
  MappingSuggestion out_;
};

}  // namespace

MappingSuggestion suggest_mapping(const std::vector<std::string>& header, const Rows& sample) {
  return RoleChooser(header, sample).run();
}

}  // namespace against_all
