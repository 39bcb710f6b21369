// Where the table is in an uploaded text, as a careful reader finds it before reading a row:
// title lines above the header and note lines below the data (skipped, each listed), a header
// that spans two rows (a group row above the column names, joined), and whether the table looks
// transposed (one row per measure, one column per area).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace against_all {

struct SkippedLine {
  int line = 0;
  std::string reason;   // "layout.title" (above the header) | "layout.note" (below the data)
  std::string text;     // the line as written
};

struct TableLayout {
  std::vector<SkippedLine> above;      // title lines, in file order
  int header_line = 1;                 // the line of the column names
  int group_line = 0;                  // the group row joined into the header, or 0
  std::vector<std::string> header;     // trimmed; "group name" where a group row was joined
  std::vector<std::string> group;      // where a group row was joined: each column's group label, or ""
  std::vector<std::string> names;      // where a group row was joined: each column's text in the names row
  int header_records = 1;              // records up to and including the header (titles, group row)
  int notes_from_line = 0;             // the first of the note lines that end the text, or 0
  bool looks_transposed = false;       // a first column of measure names over columns of areas
};

// `fields`: the most common field count (DelimiterGuess::fields).
TableLayout find_table_layout(std::string_view text, char delimiter, int fields);

// A record that carries no figures: a title or a note ("Итоги голосования…", "Источник: ЦИК").
// Fewer cells than the table, or at most one non-empty cell, and no number among them.
bool is_note_record(const std::vector<std::string_view>& fields, int table_fields);

}  // namespace against_all
