#include "against_all/workbook.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>

#include "against_all/limits.hpp"
#include "against_all/xml_reader.hpp"
#include "against_all/zip_archive.hpp"

namespace against_all {

namespace {

Error workbook_error(const std::string& code, const std::string& file, const std::string& text) {
  Error error;
  error.code = code;
  error.file = file;
  error.text = text;
  return error;
}

// An XML reader's error, named by the workbook and the part.
Error xml_error(const XmlReader& reader, const std::string& file) {
  Error error = reader.error();
  error.text = error.file + ": " + error.text.value_or("");
  error.file = file;
  return error;
}

// "xl/worksheets/sheet1.xml" from the folder of the part that names it and a relationship target.
std::string resolve_target(const std::string& base_folder, const std::string& target) {
  std::string path = !target.empty() && target[0] == '/' ? target.substr(1) : base_folder + target;
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= path.size()) {
    const auto slash = path.find('/', start);
    const std::string part = path.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  std::string out;
  for (const auto& part : parts) out += (out.empty() ? "" : "/") + part;
  return out;
}

std::string folder_of(const std::string& part) {
  const auto slash = part.rfind('/');
  return slash == std::string::npos ? "" : part.substr(0, slash + 1);
}

struct Relationship {
  std::string type;     // the last segment of the type URI: "worksheet", "sharedStrings", …
  std::string target;   // resolved
};

using Relationships = std::map<std::string, Relationship>;

// Parts are read through this: it names the workbook in errors and keeps the zip's budget.
struct Parts {
  ZipArchive& zip;
  const std::string& file;

  const ZipEntry* find(const std::string& name) const { return zip.find(name); }

  Result<std::string> read(const std::string& name) {
    const ZipEntry* entry = zip.find(name);
    if (!entry) return workbook_error("xlsx.not_a_workbook", file, "missing part " + name);
    return zip.read(*entry);
  }
};

Result<Relationships> read_relationships(Parts& parts, const std::string& part) {
  const std::string folder = folder_of(part);
  const std::string rels = folder + "_rels/" + part.substr(folder.size()) + ".rels";
  Relationships out;
  if (!parts.find(rels)) return out;
  auto xml = parts.read(rels);
  if (!xml) return xml.error();
  XmlReader reader(xml.value(), rels);
  for (auto event = reader.next(); event != XmlReader::Event::done; event = reader.next()) {
    if (event != XmlReader::Event::start || reader.name() != "Relationship") continue;
    const std::string* id = reader.attribute("Id");
    const std::string* type = reader.attribute("Type");
    const std::string* target = reader.attribute("Target");
    const std::string* mode = reader.attribute("TargetMode");
    if (!id || !type || !target || (mode && *mode == "External")) continue;
    const auto slash = type->rfind('/');
    out[*id] = {slash == std::string::npos ? *type : type->substr(slash + 1), resolve_target(folder, *target)};
  }
  if (!reader.ok()) return xml_error(reader, parts.file);
  return out;
}

// The text of the <t> elements inside the current element (rich text runs), leaving out
// phonetic runs (<rPh>). The reader is just after the element's start.
std::string element_text(XmlReader& reader) {
  std::string out;
  const std::size_t level = reader.depth();
  int in_t = 0, in_phonetic = 0;
  for (auto event = reader.next(); event != XmlReader::Event::done; event = reader.next()) {
    if (event == XmlReader::Event::start) {
      if (reader.name() == "t") ++in_t;
      if (reader.name() == "rPh") ++in_phonetic;
    } else if (event == XmlReader::Event::end) {
      if (reader.depth() < level) break;
      if (reader.name() == "t") --in_t;
      if (reader.name() == "rPh") --in_phonetic;
    } else if (in_t > 0 && in_phonetic == 0) {
      out += reader.text();
    }
  }
  return out;
}

// All the text directly inside the current element (a <v> or <f>). The reader is just after its start.
std::string element_text_plain(XmlReader& reader) {
  std::string out;
  const std::size_t level = reader.depth();
  for (auto event = reader.next(); event != XmlReader::Event::done; event = reader.next()) {
    if (event == XmlReader::Event::end && reader.depth() < level) break;
    if (event == XmlReader::Event::text) out += reader.text();
  }
  return out;
}

Result<std::vector<std::string>> read_shared_strings(Parts& parts, const std::string& part) {
  std::vector<std::string> out;
  if (part.empty() || !parts.find(part)) return out;
  auto xml = parts.read(part);
  if (!xml) return xml.error();
  XmlReader reader(xml.value(), part);
  for (auto event = reader.next(); event != XmlReader::Event::done; event = reader.next()) {
    if (event != XmlReader::Event::start || reader.name() != "si") continue;
    if (out.size() >= kMaxSharedStrings)
      return workbook_error("limit.shared_strings", parts.file, "more than " + std::to_string(kMaxSharedStrings) + " strings");
    out.push_back(element_text(reader));
  }
  if (!reader.ok()) return xml_error(reader, parts.file);
  return out;
}

// A number format shows a date or time when it has d, m, y, h or s outside quotes, brackets
// and escapes ("0.00" and "#,##0" do not; "dd.mm.yyyy" and "[$-419]d mmm yyyy" do).
bool is_date_format(const std::string& code) {
  bool quoted = false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\\' || c == '_' || c == '*') {
      ++i;
      continue;
    }
    if (c == '[') {
      const auto close = code.find(']', i);
      if (close == std::string::npos) return false;
      i = close;
      continue;
    }
    const char l = static_cast<char>(c | 0x20);
    if (l == 'd' || l == 'm' || l == 'y' || l == 'h' || l == 's') return true;
    if (l == 'g' && code.compare(i, 7, "General") == 0) i += 6;
    if (l == 'e' && i + 1 < code.size() && (code[i + 1] == '+' || code[i + 1] == '-')) ++i;   // 0.00E+00
  }
  return false;
}

bool is_builtin_date_format(int id) {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

// For each cell style (the s attribute of a cell): whether it shows a date.
Result<std::vector<bool>> read_date_styles(Parts& parts, const std::string& part) {
  std::vector<bool> out;
  if (part.empty() || !parts.find(part)) return out;
  auto xml = parts.read(part);
  if (!xml) return xml.error();
  XmlReader reader(xml.value(), part);
  std::map<int, bool> custom;
  bool in_cell_xfs = false;
  for (auto event = reader.next(); event != XmlReader::Event::done; event = reader.next()) {
    if (event == XmlReader::Event::end && reader.name() == "cellXfs") in_cell_xfs = false;
    if (event != XmlReader::Event::start) continue;
    if (reader.name() == "numFmt") {
      const std::string* id = reader.attribute("numFmtId");
      const std::string* code = reader.attribute("formatCode");
      if (id && code) custom[std::atoi(id->c_str())] = is_date_format(*code);
    } else if (reader.name() == "cellXfs") {
      in_cell_xfs = true;
    } else if (in_cell_xfs && reader.name() == "xf") {
      const std::string* id = reader.attribute("numFmtId");
      const int format = id ? std::atoi(id->c_str()) : 0;
      const auto found = custom.find(format);
      out.push_back(found != custom.end() ? found->second : is_builtin_date_format(format));
      reader.skip_element();
    }
  }
  if (!reader.ok()) return xml_error(reader, parts.file);
  return out;
}

// "F12" → row 12, column 6. False when it is not a cell reference within Excel's bounds.
bool parse_cell(std::string_view ref, int& row, int& column) {
  std::size_t i = 0;
  column = 0;
  while (i < ref.size() && ((ref[i] >= 'A' && ref[i] <= 'Z') || (ref[i] >= 'a' && ref[i] <= 'z'))) {
    column = column * 26 + ((ref[i] | 0x20) - 'a' + 1);
    if (column > kMaxSheetColumns) return false;
    ++i;
  }
  if (i == 0 || i == ref.size()) return false;
  row = 0;
  for (; i < ref.size(); ++i) {
    if (ref[i] < '0' || ref[i] > '9') return false;
    row = row * 10 + (ref[i] - '0');
    if (row > kMaxSheetRows) return false;
  }
  return row >= 1;
}

// Days since 1970-01-01 → "YYYY-MM-DD" (H. Hinnant's civil_from_days).
std::string iso_date(std::int64_t days) {
  days += 719468;
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const std::int64_t doe = days - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
  const std::int64_t y = yoe + era * 400 + (m <= 2);
  char buffer[80];
  std::snprintf(buffer, sizeof buffer, "%04lld-%02lld-%02lld", static_cast<long long>(y), static_cast<long long>(m),
                static_cast<long long>(d));
  return buffer;
}

// An Excel date serial as ISO text; Excel's 1900 system counts a 29 February 1900 that never was.
std::string serial_date(double serial, bool date1904) {
  double whole = std::floor(serial);
  std::int64_t seconds = std::llround((serial - whole) * 86400.0);
  if (seconds >= 86400) {
    whole += 1;
    seconds -= 86400;
  }
  const auto day = static_cast<std::int64_t>(whole);
  std::string out;
  if (date1904) out = iso_date(day - 24107);
  else if (day == 60) out = "1900-02-29";
  else out = iso_date(day < 60 ? day - 25568 : day - 25569);
  if (seconds > 0) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, " %02d:%02d:%02d", static_cast<int>(seconds / 3600),
                  static_cast<int>(seconds / 60 % 60), static_cast<int>(seconds % 60));
    out += buffer;
  }
  return out;
}

bool is_integer_literal(std::string_view v) {
  std::size_t i = v.size() > 0 && v[0] == '-' ? 1 : 0;
  if (i == v.size()) return false;
  for (; i < v.size(); ++i) {
    if (v[i] < '0' || v[i] > '9') return false;
  }
  return true;
}

struct Cell {
  int row = 0;
  int column = 0;
  std::string text;
  bool is_text = false;   // a string (spread over a merged range), not a number
};

// A text of spaces only (a sheet "cleared" by typing a space over it) is no value: such a sheet is
// empty, not a table with a blank header.
bool blank_text(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r') {
      ++i;
    } else if (text.compare(i, 2, "\xC2\xA0") == 0) {   // a no-break space
      i += 2;
    } else {
      return false;
    }
  }
  return true;
}

struct SheetContext {
  const std::vector<std::string>& shared;
  const std::vector<bool>& date_styles;
  bool date1904 = false;
};

// The cell's value as text, or a problem.
void cell_value(const SheetContext& context, Cell& cell, const std::string& type, int style,
                const std::string& value, bool has_value, const std::string& formula, bool has_formula,
                const std::string& inline_text, SheetTable& table) {
  const std::string where = cell_name(cell.row, cell.column);
  if (type == "inlineStr") {
    cell.text = inline_text;
    cell.is_text = true;
    return;
  }
  if (!has_value || (value.empty() && type != "str")) {
    if (has_formula) table.problems.push_back({"xlsx.formula_without_value", where, "=" + formula});
    return;
  }
  if (type == "s") {
    char* end = nullptr;
    const long index = std::strtol(value.c_str(), &end, 10);
    if (end == value.c_str() || *end != '\0' || index < 0 || static_cast<std::size_t>(index) >= context.shared.size()) {
      table.problems.push_back({"xlsx.bad_shared_string", where, value});
      return;
    }
    cell.text = context.shared[index];
    cell.is_text = true;
    return;
  }
  if (type == "str" || type == "d") {
    cell.text = value;
    cell.is_text = true;
    return;
  }
  if (type == "b") {
    cell.text = value == "1" ? "TRUE" : "FALSE";
    cell.is_text = true;
    return;
  }
  if (type == "e") {
    table.problems.push_back({"xlsx.cell_error", where, value});
    return;
  }
  // A number.
  const bool date = style >= 0 && static_cast<std::size_t>(style) < context.date_styles.size() && context.date_styles[style];
  if (is_integer_literal(value) && !date) {
    cell.text = value;
    return;
  }
  char* end = nullptr;
  const double number = std::strtod(value.c_str(), &end);
  if (end == value.c_str() || *end != '\0' || !std::isfinite(number)) {
    table.problems.push_back({"xlsx.bad_number", where, value});
    return;
  }
  if (date) {
    cell.text = serial_date(number, context.date1904);
    cell.is_text = true;
    ++table.dates;
    return;
  }
  const double whole = std::nearbyint(number);
  char buffer[64];
  if (std::fabs(number - whole) <= kWholeTolerance * std::max(1.0, std::fabs(whole))) {
    if (number != whole && table.rounded++ == 0) table.first_rounded = where;
    std::snprintf(buffer, sizeof buffer, "%.0f", whole);
    if (std::fabs(whole) >= 9007199254740992.0) table.problems.push_back({"xlsx.inexact_number", where, value});
  } else {
    std::snprintf(buffer, sizeof buffer, "%.15g", number);
  }
  cell.text = buffer;
}

// One worksheet part: its cells, merged ranges and hidden rows and columns.
Result<std::vector<Cell>> read_cells(Parts& parts, const std::string& part, const SheetContext& context,
                                     SheetTable& table, std::vector<std::pair<int, int>>& hidden_columns,
                                     std::vector<std::string>& merges) {
  auto xml = parts.read(part);
  if (!xml) return xml.error();
  XmlReader reader(xml.value(), part);
  std::vector<Cell> cells;
  int row = 0, next_column = 1;
  for (auto event = reader.next(); event != XmlReader::Event::done; event = reader.next()) {
    if (event != XmlReader::Event::start) continue;
    const std::string_view name = reader.name();
    if (name == "row") {
      const std::string* r = reader.attribute("r");
      const int number = r ? std::atoi(r->c_str()) : row + 1;
      if (number < 1 || number > kMaxSheetRows)
        return workbook_error("xlsx.bad_cell_reference", parts.file, table.name + ": row " + (r ? *r : ""));
      row = number;
      next_column = 1;
      const std::string* hidden = reader.attribute("hidden");
      if (hidden && (*hidden == "1" || *hidden == "true")) table.hidden_rows.push_back(row);
    } else if (name == "col") {
      const std::string* hidden = reader.attribute("hidden");
      const std::string* min = reader.attribute("min");
      const std::string* max = reader.attribute("max");
      if (hidden && (*hidden == "1" || *hidden == "true") && min && max)
        hidden_columns.emplace_back(std::atoi(min->c_str()), std::atoi(max->c_str()));
    } else if (name == "mergeCell") {
      if (const std::string* ref = reader.attribute("ref")) merges.push_back(*ref);
    } else if (name == "c") {
      Cell cell;
      const std::string* r = reader.attribute("r");
      if (r) {
        if (!parse_cell(*r, cell.row, cell.column))
          return workbook_error("xlsx.bad_cell_reference", parts.file, table.name + ": " + *r);
      } else {
        cell.row = row > 0 ? row : 1;
        cell.column = next_column;
        if (cell.column > kMaxSheetColumns)
          return workbook_error("xlsx.bad_cell_reference", parts.file, table.name + ": column " + std::to_string(cell.column));
      }
      next_column = cell.column + 1;
      const std::string type = reader.attribute("t") ? *reader.attribute("t") : "n";
      const int style = reader.attribute("s") ? std::atoi(reader.attribute("s")->c_str()) : 0;
      std::string value, formula, inline_text;
      bool has_value = false, has_formula = false;
      const std::size_t level = reader.depth();
      for (auto inner = reader.next(); inner != XmlReader::Event::done; inner = reader.next()) {
        if (inner == XmlReader::Event::end && reader.depth() < level) break;
        if (inner != XmlReader::Event::start) continue;
        if (reader.name() == "v") {
          has_value = true;
          value = element_text_plain(reader);
        } else if (reader.name() == "f") {
          has_formula = true;
          formula = element_text_plain(reader);
        } else if (reader.name() == "is") {
          inline_text = element_text(reader);
        }
      }
      if (!reader.ok()) break;
      cell_value(context, cell, type, style, value, has_value, formula, has_formula, inline_text, table);
      if (cell.is_text && blank_text(cell.text)) cell.text.clear();
      cells.push_back(std::move(cell));
    }
  }
  if (!reader.ok()) return xml_error(reader, parts.file);
  return cells;
}


// A field of the table text: line breaks inside a cell become spaces (one sheet row is one line),
// and a field with a tab or a quote is quoted.
void append_field(std::string& out, const std::string& text) {
  std::string clean;
  clean.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' || text[i] == '\n') {
      if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      clean += ' ';
    } else {
      clean += text[i];
    }
  }
  if (clean.find_first_of("\t\"") == std::string::npos) {
    out += clean;
    return;
  }
  out += '"';
  for (char c : clean) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

bool parse_range(const std::string& ref, int& r1, int& c1, int& r2, int& c2) {
  const auto colon = ref.find(':');
  if (colon == std::string::npos) return false;
  if (!parse_cell(std::string_view(ref).substr(0, colon), r1, c1)) return false;
  if (!parse_cell(std::string_view(ref).substr(colon + 1), r2, c2)) return false;
  if (r1 > r2) std::swap(r1, r2);
  if (c1 > c2) std::swap(c1, c2);
  return true;
}

constexpr long long kMaxMergeSpread = 100'000;      // cells one merged range may fill
constexpr long long kMaxMergeSpreadTotal = 1'000'000;   // and all of a sheet's ranges together

// The sheet's cells laid out as the table text. Errors: limit.columns.
Result<bool> lay_out(std::vector<Cell> cells, const std::vector<std::string>& merges,
                     const std::vector<std::pair<int, int>>& hidden_columns, const std::string& file,
                     SheetTable& table, SheetSummary& summary) {
  long long spread = 0;
  std::map<std::pair<int, int>, std::size_t> at;   // only for a sheet with merged ranges
  int used_first_column = kMaxSheetColumns + 1, used_last_column = 0;
  if (!merges.empty()) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
      at[{cells[i].row, cells[i].column}] = i;
      if (cells[i].text.empty()) continue;
      used_first_column = std::min(used_first_column, cells[i].column);
      used_last_column = std::max(used_last_column, cells[i].column);
    }
  }
  for (const std::string& ref : merges) {
    int r1, c1, r2, c2;
    if (!parse_range(ref, r1, c1, r2, c2)) continue;
    const auto top_left = at.find({r1, c1});
    if (top_left == at.end() || !cells[top_left->second].is_text || cells[top_left->second].text.empty()) continue;
    // A range across the sheet's whole width is a title over the table, not a header over some of
    // its columns: its text stays in its first cell, so the table finder sees a title line.
    if (c1 <= used_first_column && c2 >= used_last_column && used_last_column > used_first_column) continue;
    const long long area = static_cast<long long>(r2 - r1 + 1) * (c2 - c1 + 1);
    if (area > kMaxMergeSpread || spread + area > kMaxMergeSpreadTotal) continue;
    spread += area;
    const std::string text = cells[top_left->second].text;
    for (int r = r1; r <= r2; ++r) {
      for (int c = c1; c <= c2; ++c) {
        const auto found = at.find({r, c});
        if (found == at.end()) {
          at[{r, c}] = cells.size();
          cells.push_back({r, c, text, true});
        } else if (cells[found->second].text.empty()) {
          cells[found->second].text = text;
        }
      }
    }
    table.merged.push_back(ref);
  }
  const auto in_order = [](const Cell& a, const Cell& b) { return a.row != b.row ? a.row < b.row : a.column < b.column; };
  if (!std::is_sorted(cells.begin(), cells.end(), in_order)) std::sort(cells.begin(), cells.end(), in_order);
  int min_row = kMaxSheetRows + 1, max_row = 0, min_column = kMaxSheetColumns + 1, max_column = 0;
  int rows = 0;
  for (const Cell& cell : cells) {
    if (cell.text.empty()) continue;
    if (cell.row != max_row) ++rows;   // in row order: a new row with a value
    min_row = std::min(min_row, cell.row);
    max_row = std::max(max_row, cell.row);
    min_column = std::min(min_column, cell.column);
    max_column = std::max(max_column, cell.column);
  }
  summary.rows = rows;
  if (rows == 0) return true;
  table.first_row = min_row;
  table.first_column = min_column;
  table.columns = summary.columns = max_column - min_column + 1;
  if (static_cast<std::size_t>(table.columns) > kMaxColumns)
    return workbook_error("limit.columns", file, table.name + ": " + std::to_string(table.columns) + " columns");
  std::vector<const std::string*> fields(table.columns);
  std::size_t i = 0;
  for (int row = min_row; row <= max_row; ++row) {
    std::fill(fields.begin(), fields.end(), nullptr);
    bool any = false;
    while (i < cells.size() && cells[i].row < row) ++i;   // empty cells above the table
    for (; i < cells.size() && cells[i].row == row; ++i) {
      if (cells[i].text.empty()) continue;
      fields[cells[i].column - min_column] = &cells[i].text;
      any = true;
    }
    if (any) {
      for (int c = 0; c < table.columns; ++c) {
        if (c > 0) table.text += '\t';
        if (fields[c]) append_field(table.text, *fields[c]);
      }
    }
    table.text += '\n';
    if (table.text.size() > kMaxUnzippedBytes)
      return workbook_error("limit.unzipped_size", file, table.name);
  }
  std::vector<int> hidden_rows;
  for (int r : table.hidden_rows) {
    if (r >= min_row && r <= max_row) hidden_rows.push_back(r);
  }
  table.hidden_rows = hidden_rows;
  std::set<int> columns;
  for (const auto& [from, to] : hidden_columns) {
    for (int c = std::max(from, min_column); c <= std::min(to, max_column); ++c) columns.insert(c);
  }
  table.hidden_columns.assign(columns.begin(), columns.end());
  return true;
}

}  // namespace

Result<WorkbookRead> read_workbook(std::string_view bytes, const std::string& file_name, const std::string& sheet) {
  auto opened = ZipArchive::open(bytes, file_name);
  if (!opened) return opened.error();
  ZipArchive zip = std::move(opened).value();
  Parts parts{zip, file_name};
  auto root = read_relationships(parts, "");
  if (!root) return root.error();
  std::string workbook_part = "xl/workbook.xml";
  for (const auto& [id, relationship] : root.value()) {
    if (relationship.type == "officeDocument") workbook_part = relationship.target;
  }
  if (!parts.find(workbook_part)) return workbook_error("xlsx.not_a_workbook", file_name, "missing part " + workbook_part);
  auto relationships = read_relationships(parts, workbook_part);
  if (!relationships) return relationships.error();
  std::string shared_part, styles_part;
  for (const auto& [id, relationship] : relationships.value()) {
    if (relationship.type == "sharedStrings") shared_part = relationship.target;
    if (relationship.type == "styles") styles_part = relationship.target;
  }

  struct Listed {
    std::string name, part;
    bool hidden = false, worksheet = false;
  };
  std::vector<Listed> listed;
  bool date1904 = false;
  {
    auto xml = parts.read(workbook_part);
    if (!xml) return xml.error();
    XmlReader reader(xml.value(), workbook_part);
    for (auto event = reader.next(); event != XmlReader::Event::done; event = reader.next()) {
      if (event != XmlReader::Event::start) continue;
      if (reader.name() == "workbookPr") {
        const std::string* value = reader.attribute("date1904");
        date1904 = value && (*value == "1" || *value == "true");
      } else if (reader.name() == "sheet") {
        if (listed.size() >= kMaxSheets) return workbook_error("limit.sheets", file_name, std::to_string(kMaxSheets));
        Listed item;
        if (const std::string* name = reader.attribute("name")) item.name = *name;
        const std::string* state = reader.attribute("state");
        item.hidden = state && *state != "visible";
        const std::string* id = reader.attribute("id");
        if (id) {
          const auto found = relationships.value().find(*id);
          if (found != relationships.value().end()) {
            item.part = found->second.target;
            item.worksheet = found->second.type == "worksheet";
          }
        }
        listed.push_back(item);
      }
    }
    if (!reader.ok()) return xml_error(reader, file_name);
  }
  if (listed.empty()) return workbook_error("xlsx.not_a_workbook", file_name, "no sheets");
  if (!sheet.empty() && std::none_of(listed.begin(), listed.end(), [&](const Listed& l) { return l.name == sheet; }))
    return workbook_error("xlsx.unknown_sheet", file_name, sheet);

  auto shared = read_shared_strings(parts, shared_part);
  if (!shared) return shared.error();
  auto date_styles = read_date_styles(parts, styles_part);
  if (!date_styles) return date_styles.error();
  const SheetContext context{shared.value(), date_styles.value(), date1904};

  WorkbookRead out;
  bool chosen = false;
  for (std::size_t k = 0; k < listed.size(); ++k) {
    SheetSummary summary;
    summary.name = listed[k].name;
    summary.hidden = listed[k].hidden;
    summary.chart = !listed[k].worksheet;
    SheetTable table;
    table.name = summary.name;
    if (listed[k].worksheet && parts.find(listed[k].part)) {
      std::vector<std::pair<int, int>> hidden_columns;
      std::vector<std::string> merges;
      auto cells = read_cells(parts, listed[k].part, context, table, hidden_columns, merges);
      if (!cells) return cells.error();
      auto laid = lay_out(std::move(cells).value(), merges, hidden_columns, file_name, table, summary);
      if (!laid) return laid.error();
    }
    const bool wanted = sheet.empty() ? (!chosen && summary.rows > 0 && !summary.hidden) : summary.name == sheet;
    if (wanted && !chosen) {
      out.table = std::move(table);
      out.chosen = k;
      chosen = true;
    }
    out.sheets.push_back(summary);
  }
  if (!chosen && sheet.empty()) {   // only hidden sheets have data
    for (std::size_t k = 0; k < out.sheets.size() && !chosen; ++k) {
      if (out.sheets[k].rows == 0) continue;
      auto again = read_workbook(bytes, file_name, out.sheets[k].name);
      if (!again) return again.error();
      return again;
    }
    return workbook_error("xlsx.empty_workbook", file_name, std::to_string(out.sheets.size()) + " sheets");
  }
  if (out.sheets[out.chosen].rows == 0) return workbook_error("xlsx.empty_sheet", file_name, sheet);
  return out;
}

std::string column_name(int column) {
  std::string out;
  while (column > 0) {
    const int digit = (column - 1) % 26;
    out.insert(out.begin(), static_cast<char>('A' + digit));
    column = (column - 1) / 26;
  }
  return out;
}

std::string cell_name(int row, int column) { return column_name(column) + std::to_string(row); }

}  // namespace against_all
