#include "against_all/wire/table_source.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace against_all {

using ojson = nlohmann::ordered_json;

ojson source_json(const TableSource& source, bool with_cell_problems) {
  ojson out;
  out["kind"] = source.workbook ? "xlsx" : "text";
  out["container"] = source.container.empty() ? ojson(nullptr) : ojson(source.container);
  if (source.container == "zip") {
    out["entry"] = source.entry;
    out["entries"] = source.entries;
  }
  if (!source.workbook) return out;
  ojson sheets = ojson::array();
  for (const SheetSummary& s : source.sheets) {
    sheets.push_back({{"name", s.name}, {"rows", s.rows}, {"columns", s.columns}, {"hidden", s.hidden}, {"chart", s.chart}});
  }
  out["sheets"] = sheets;
  const SheetTable& t = source.sheet;
  out["sheet"] = t.name;
  out["first_row"] = t.first_row;
  out["first_column"] = t.first_column;
  constexpr std::size_t kListed = 1000;   // rows listed; the total is given
  out["hidden_rows"] = std::vector<int>(t.hidden_rows.begin(), t.hidden_rows.begin() + std::min(t.hidden_rows.size(), kListed));
  out["hidden_rows_total"] = t.hidden_rows.size();
  ojson hidden_columns = ojson::array();
  for (std::size_t k = 0; k < t.hidden_columns.size() && k < kListed; ++k) hidden_columns.push_back(column_name(t.hidden_columns[k]));
  out["hidden_columns"] = hidden_columns;
  out["merged"] = std::vector<std::string>(t.merged.begin(), t.merged.begin() + std::min(t.merged.size(), kListed));
  out["rounded"] = t.rounded;
  out["first_rounded"] = t.first_rounded.empty() ? ojson(nullptr) : ojson(t.first_rounded);
  out["whole_tolerance"] = kWholeTolerance;
  out["dates"] = t.dates;
  if (with_cell_problems) {
    ojson problems = ojson::array();
    for (const CellProblem& p : t.problems) {
      problems.push_back({{"code", p.code}, {"sheet", t.name}, {"cell", p.cell},
                          {"text", p.text}});
    }
    out["cell_problems"] = problems;
  }
  return out;
}

}  // namespace against_all
