// What a column's header says it holds, read from the official vocabularies of result files
// (Russian CEC protocols, Kazakhstan's CEC in Russian and Kazakh, India's ECI and TCPD exports,
// Kyrgyzstan, Belarus, Bulgaria, Colombia, Brazil, Spain, plain English). The words themselves are
// data (header_vocabulary.cpp); suggest_mapping weighs them against the column's numbers.
#pragma once

#include <string>

namespace against_all {

enum class HeaderMeaning {
  none,        // nothing known: a candidate's name (if the column is counts) or a note
  level,       // a level of the hierarchy: `what` = "region" | "district" | "constituency" | "station"
  unit_name,   // a unit's name, level unknown ("Наименование", "name")
  measure,     // a count measure: `what` = "registered", "ballots_cast", "valid_votes", …
  box_part,    // ballots in one kind of box (portable, stationary): parts of ballots cast
  percent,     // a percentage: `what` = "turnout_pct" | "against_all_pct" | "" (of something else)
  option,      // long shape: the row's candidate / party / option
  votes,       // long shape: the row's votes (`what` = "total" | "part" | "")
  not_votes,   // a number that is no vote: identifier, code, rank, age, year, margin, count of stations…
  attribute,   // text about a candidate or a unit that is no level (sex, type, education…)
};

struct HeaderReading {
  HeaderMeaning meaning = HeaderMeaning::none;
  std::string what;
  bool weak = false;   // a common word that may mean something else here ("total", "voters"): asked
};

// `normalized` as normalize_header() gives it.
HeaderReading read_header(const std::string& normalized);

// A text that names the against-all line («Против всех», NOTA, «не подкрепям никого», …).
bool names_against_all(const std::string& normalized);

// What an option of a long file is, by its text: "against_all", "invalid", "blank", "ignore" (a
// total line such as «Всего»), or "" (a candidate).
std::string option_target(const std::string& normalized);

}  // namespace against_all
