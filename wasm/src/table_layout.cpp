#include "against_all/table_layout.hpp"

#include <algorithm>

#include "against_all/cell_text.hpp"
#include "against_all/delimited_text.hpp"
#include "against_all/number_text.hpp"

namespace against_all {

namespace {

constexpr std::size_t kSampleRecords = 50;         // as the delimiter sniffer
constexpr std::size_t kTailBytes = 16 * 1024;      // note lines below the data are short
constexpr std::size_t kMaxTransposedRows = 200;    // measures of one ballot, not areas

bool is_count(std::string_view cell) {
  return read_count_text(cell).state == NumberState::value || read_percent_text(cell).state == NumberState::value;
}

struct CellCounts {
  int non_empty = 0;
  int numbers = 0;
};

CellCounts count_cells(const std::vector<std::string_view>& fields) {
  CellCounts out;
  for (auto field : fields) {
    const auto cell = trim_cell(field);
    if (cell.empty()) continue;
    ++out.non_empty;
    out.numbers += is_count(cell);
  }
  return out;
}

std::vector<std::string_view> views(const std::vector<std::string>& row) {
  return std::vector<std::string_view>(row.begin(), row.end());
}

// The group row's cells with those that repeat the name below blanked: a name merged over both
// header rows (as LibreOffice and Excel write «Регион» beside a «Голоса» group over candidates)
// reaches the text spread into both rows by the workbook reader, and names its column once.
std::vector<std::string> group_cells(const std::vector<std::string>& group, const std::vector<std::string>& names) {
  std::vector<std::string> out;
  out.reserve(group.size());
  for (std::size_t c = 0; c < group.size(); ++c) {
    const auto top = trim_cell(group[c]);
    out.emplace_back(c < names.size() && top == trim_cell(names[c]) ? std::string_view() : top);
  }
  return out;
}

// A group row above the column names: text only, some of it blank (merged cells), over a row of
// names, over a row with figures.
bool is_group_row(const std::vector<std::string>& raw_group, const std::vector<std::string>& names,
                  const std::vector<std::string>& data) {
  if (raw_group.size() != names.size() || raw_group.size() < 2) return false;
  const std::vector<std::string> group = group_cells(raw_group, names);
  const CellCounts g = count_cells(views(group)), n = count_cells(views(names)), d = count_cells(views(data));
  if (g.numbers > 0 || n.numbers > 0 || d.numbers == 0) return false;
  if (g.non_empty < 1 || g.non_empty == static_cast<int>(group.size())) return false;
  if (n.non_empty < 2) return false;
  // Every column named by one of the two rows, and the names row below names at least one
  // column that the group row leaves blank (else the "group row" is the header, the next a data row).
  bool fills_gap = false;
  for (std::size_t c = 0; c < group.size(); ++c) {
    const bool top = !trim_cell(group[c]).empty(), bottom = !trim_cell(names[c]).empty();
    if (!top && !bottom) return false;
    fills_gap = fills_gap || (!top && bottom);
  }
  return fills_gap;
}

// Each column's group label: a label carries to the right over blank cells of the group row (a
// merged cell), as long as the names row goes on naming columns under it.
std::vector<std::string> spread_group(const std::vector<std::string>& group, const std::vector<std::string>& names) {
  std::vector<std::string> out;
  std::string carried;
  for (std::size_t c = 0; c < names.size(); ++c) {
    const std::string top(trim_cell(group[c])), bottom(trim_cell(names[c]));
    if (!top.empty()) carried = bottom.empty() ? "" : top;
    out.push_back(top.empty() ? carried : top);
    if (bottom.empty()) carried.clear();
  }
  return out;
}

// "Votes secured" over "General", "Postal", "Total" → "Votes secured General", …
std::vector<std::string> join_header(const std::vector<std::string>& labels, const std::vector<std::string>& names) {
  std::vector<std::string> out;
  for (std::size_t c = 0; c < names.size(); ++c) {
    const std::string& label = labels[c];
    const std::string bottom(trim_cell(names[c]));
    if (label.empty()) out.push_back(bottom);
    else if (bottom.empty()) out.push_back(label);
    else out.push_back(label + " " + bottom);
  }
  return out;
}

// One row per measure, one column per area: the first header cell blank, the first column all
// names, every other cell a figure, and not more rows than columns.
bool looks_transposed(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows) {
  if (header.size() < 3 || !trim_cell(header[0]).empty() || rows.empty()) return false;
  if (rows.size() > kMaxTransposedRows || rows.size() > header.size()) return false;
  for (std::size_t c = 1; c < header.size(); ++c) {
    const auto cell = trim_cell(header[c]);
    if (cell.empty() || is_count(cell)) return false;
  }
  for (const auto& row : rows) {
    if (row.size() != header.size()) return false;
    const auto name = trim_cell(row[0]);
    if (name.empty() || is_count(name)) return false;
    for (std::size_t c = 1; c < row.size(); ++c) {
      const auto cell = trim_cell(row[c]);
      if (!is_unknown_mark(cell) && !is_count(cell)) return false;
    }
  }
  return true;
}

// The first line of the note lines that end the text, or 0: read from the text's tail, since
// notes are few and short, and confirmed by the reader of the rows.
int find_trailing_notes(std::string_view text, char delimiter, int fields, int header_line) {
  std::size_t from = text.size() > kTailBytes ? text.size() - kTailBytes : 0;
  int line_offset = 0;
  if (from > 0) {
    const std::size_t after = text.find('\n', from);
    if (after == std::string_view::npos) return 0;
    from = after + 1;
  }
  line_offset = static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(from), '\n'));
  DelimitedReader reader(text.substr(from), delimiter);
  RecordView record;
  int notes_from = 0;
  while (reader.next(record)) {
    const int line = record.line + line_offset;
    if (line <= header_line) continue;
    if (is_note_record(record.fields, fields)) {
      if (notes_from == 0) notes_from = line;
    } else {
      notes_from = 0;
    }
  }
  return notes_from;
}

}  // namespace

bool is_note_record(const std::vector<std::string_view>& fields, int table_fields) {
  const CellCounts cells = count_cells(fields);
  if (cells.numbers > 0 || cells.non_empty == 0) return false;
  return cells.non_empty <= 1 || (static_cast<int>(fields.size()) < table_fields && cells.non_empty * 3 <= table_fields);
}

TableLayout find_table_layout(std::string_view text, char delimiter, int fields) {
  TableLayout layout;
  DelimitedReader reader(text, delimiter);
  RecordView record;
  std::vector<int> lines;
  std::vector<std::string> raws;
  std::vector<std::vector<std::string>> records;
  while (records.size() < kSampleRecords && reader.next(record)) {
    lines.push_back(record.line);
    raws.emplace_back(record.raw);
    records.emplace_back(record.fields.begin(), record.fields.end());
  }
  if (records.empty()) return layout;
  std::size_t header = 0;
  if (fields > 1) {
    while (header + 1 < records.size() && is_note_record(views(records[header]), fields)) ++header;
    if (header + 1 == records.size() && is_note_record(views(records[header]), fields)) header = 0;
  }
  for (std::size_t k = 0; k < header; ++k) layout.above.push_back(SkippedLine{lines[k], "layout.title", raws[k]});
  std::size_t names = header;
  if (header + 2 < records.size() && is_group_row(records[header], records[header + 1], records[header + 2])) {
    names = header + 1;
    layout.group_line = lines[header];
    layout.group = spread_group(group_cells(records[header], records[names]), records[names]);
    for (const auto& cell : records[names]) layout.names.emplace_back(trim_cell(cell));
    layout.header = join_header(layout.group, records[names]);
  } else {
    for (const auto& cell : records[header]) layout.header.emplace_back(trim_cell(cell));
  }
  layout.header_line = lines[names];
  layout.header_records = static_cast<int>(names) + 1;
  std::vector<std::vector<std::string>> body(records.begin() + static_cast<std::ptrdiff_t>(names) + 1, records.end());
  while (!body.empty() && is_note_record(views(body.back()), fields)) body.pop_back();
  layout.looks_transposed = reader.position() >= text.size() && looks_transposed(layout.header, body);
  layout.notes_from_line = find_trailing_notes(text, delimiter, static_cast<int>(layout.header.size()), layout.header_line);
  return layout;
}

}  // namespace against_all
