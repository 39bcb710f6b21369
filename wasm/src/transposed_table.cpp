#include "against_all/transposed_table.hpp"

#include <algorithm>

#include "against_all/delimited_text.hpp"

namespace against_all {

namespace {

std::string rereadable_cell(std::string_view cell) {
  std::string flat(cell);
  std::replace(flat.begin(), flat.end(), '\r', ' ');
  std::replace(flat.begin(), flat.end(), '\n', ' ');
  if (flat.find_first_of(",\"") == std::string::npos) return flat;
  std::string out = "\"";
  for (char c : flat) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

TransposedTable::TransposedTable(std::string_view text, char delimiter, const TableLayout& layout)
    : delimiter_(delimiter) {
  DelimitedReader reader(text, delimiter);
  RecordView record;
  std::vector<std::vector<std::string>> cells;
  int seen = 0;
  while (reader.next(record)) {
    ++seen;
    if (seen < layout.header_records) continue;
    if (layout.notes_from_line > 0 && record.line >= layout.notes_from_line) break;
    if (seen == layout.header_records) {
      cells.push_back(layout.header);   // joined, if the header spans two rows
    } else {
      cells.emplace_back(record.fields.begin(), record.fields.end());
    }
    source_lines_.push_back(record.line);
    source_raws_.emplace_back(record.raw);
  }
  for (const auto& row : cells) columns_ = std::max(columns_, static_cast<int>(row.size()));
  for (int c = 0; c < columns_; ++c) {
    for (std::size_t r = 0; r < cells.size(); ++r) {
      if (r > 0) text_ += ',';
      if (c < static_cast<int>(cells[r].size())) text_ += rereadable_cell(cells[r][c]);
    }
    text_ += "\n";
  }
}

void TransposedTable::locate(int record, int field, int& line, int& column) const {
  line = source_line(field);
  column = 1;
  if (field < 0 || field >= rows()) return;
  DelimitedReader reader(source_raws_[field], delimiter_);
  RecordView view;
  if (!reader.next(view)) return;
  int inner_line = 1;
  reader.locate(view, static_cast<std::size_t>(std::min<int>(record, static_cast<int>(view.fields.size()))), inner_line,
                column);
  line += inner_line - 1;
}

int TransposedTable::source_line(int field) const {
  if (source_lines_.empty()) return 1;
  return source_lines_[static_cast<std::size_t>(std::clamp(field, 0, rows() - 1))];
}

}  // namespace against_all
