// How an uploaded table's columns become a dataset: the mapping (docs/engine-api.md, "Mapping"),
// read from JSON (wire/column_mapping.hpp) and suggested from the header in Russian, Kazakh and English.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "against_all/measures.hpp"

namespace against_all {

enum class UploadShape { wide, long_ };

struct HierarchyColumn {
  std::string level;   // level id, e.g. "region", "district", "station"
  int column = 0;      // 0-based
};

// How the file's own figures are to be read where its convention differs from the contract's
// (docs/engine-api.md, "Conventions"): found from the numbers after a build and chosen by the user.
struct MappingConventions {
  bool valid_votes_exclude_against_all = false;  // "valid_votes": "excludes_against_all": add against all to it
  bool ballots_cast_derived = false;             // "ballots_cast": "derived": valid + invalid (+ blank, crossed out)
  bool turnout_fraction = false;                 // "turnout_pct": "fraction": 0.615 is 61.5 %
  bool any() const { return valid_votes_exclude_against_all || ballots_cast_derived || turnout_fraction; }
};

// What the rows of one option of a long file are: a candidate's (the default), a count measure's,
// or left out (a total line such as «Всего»).
struct OptionTarget {
  enum class Kind { candidate, measure, ignore };
  Kind kind = Kind::candidate;
  Measure measure = Measure::against_all;   // Kind::measure
  static OptionTarget of(Measure measure) { return OptionTarget{Kind::measure, measure}; }
  bool operator==(const OptionTarget& other) const {
    return kind == other.kind && (kind != Kind::measure || measure == other.measure);
  }
};

struct ColumnMapping {
  UploadShape shape = UploadShape::wide;
  std::vector<HierarchyColumn> hierarchy;   // top to bottom; each row is a unit of the last level
  std::string contest_level = "country";    // a hierarchy level, or "country": the file is one contest
  std::map<Measure, std::vector<int>> measures;   // count measure → the columns it sums
  std::vector<int> candidates;              // wide: a column per candidate
  int option_column = -1;                   // long: the option (candidate, against all, …) of the row
  int votes_column = -1;                    // long: its votes
  std::map<std::string, OptionTarget> options;   // long: option text → what its rows are; others are candidates
  std::vector<int> identity_columns;        // long: columns that, with the option, tell candidates apart (party, …)
  bool transpose = false;                   // read the table the other way round (one row per measure)
  MappingConventions conventions;

  int contest_depth() const;                // index into hierarchy; -1 for "country"
};

// The root level and unit of every uploaded dataset.
inline const char* const kCountryLevel = "country";

// A header cell the user should look at: empty, or the same text as another column's.
struct HeaderProblem {
  int column = 0;
  std::string code;                         // "header.empty" | "header.duplicate"
  int same_as = -1;                         // header.duplicate: the first column with that text
};

// What the suggestion made of one column, and how sure it is: `role` as the page names roles
// ("unused", "level", "candidate", "option", "votes", "measure:registered", …).
struct SuggestedRole {
  int column = 0;
  std::string role = "unused";
  bool sure = true;
  std::string reason;                       // why: "vocabulary", "numbers", "not_votes", … (docs/engine-api.md)
  std::vector<std::string> alternatives;    // unsure: the other readings, most likely first
};

// One thing the user is asked instead of a guess: a column's role, or the contest level.
struct SuggestionQuestion {
  std::string field;                        // "column" | "contest_level"
  int column = -1;                          // field "column"
  std::string suggested;                    // the reading used until answered
  std::vector<std::string> alternatives;
  std::string reason;
};

struct MappingSuggestion {
  ColumnMapping mapping;
  std::vector<SuggestedRole> columns;       // one per column, in file order
  std::vector<SuggestionQuestion> questions;
  std::vector<int> unmapped;                // columns the mapping leaves out (kept, listed)
  std::vector<std::string> ambiguous;       // mapping keys the user should confirm, e.g. "contest_level"
  std::vector<HeaderProblem> header_problems;  // never suggested for anything; the user decides
};

// Rows of the file read to suggest a mapping: enough to see whole contests in a long file.
constexpr std::size_t kSuggestionSampleRows = 5000;

// From the header and the first rows (sample values tell counts from names, and show where the
// candidates change). The rules are in suggest_roles.cpp.
MappingSuggestion suggest_mapping(const std::vector<std::string>& header,
                                  const std::vector<std::vector<std::string>>& sample);

// Lower case (Russian and Kazakh Cyrillic, Latin), "ё" as "е", runs of spaces as one space.
std::string normalize_header(std::string_view text);

}  // namespace against_all
