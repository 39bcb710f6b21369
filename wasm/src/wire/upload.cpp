#include "against_all/wire/upload.hpp"

#include <string>
#include <vector>

#include "against_all/limits.hpp"
#include "against_all/measures.hpp"
#include "against_all/upload_conventions.hpp"
#include "against_all/wire/column_mapping.hpp"
#include "against_all/wire/table_source.hpp"

namespace against_all {

namespace {

using ojson = nlohmann::ordered_json;

// Where the table is: the header's line(s), the lines skipped above and below it, and whether it
// is (or looks) transposed.
ojson layout_json(const TableLayout& layout, bool transposed, const std::vector<SkippedLine>& skipped) {
  ojson lines = ojson::array();
  for (const SkippedLine& line : skipped) {
    lines.push_back({{"line", line.line}, {"reason", line.reason}, {"text", quoted_excerpt(line.text)}});
  }
  return ojson{{"header_line", layout.header_line},
               {"group_line", layout.group_line > 0 ? ojson(layout.group_line) : ojson(nullptr)},
               {"skipped", lines},
               {"looks_transposed", layout.looks_transposed},
               {"transposed", transposed}};
}

// A figure's measure as the report names it: a candidate's votes are "candidate".
std::string figure_measure_name(Measure measure) {
  return measure == Measure::candidate_votes ? "candidate" : measure_name(measure);
}

ojson reading(const char* id, ojson patch) { return ojson{{"id", id}, {"mapping", std::move(patch)}}; }

// The report's "conventions": each offer with its readings as mapping patches.
ojson conventions_json(const std::vector<ConventionOffer>& offers) {
  ojson out = ojson::array();
  for (const ConventionOffer& offer : offers) {
    switch (offer.kind) {
      case ConventionOffer::Kind::valid_votes_exclude_against_all:
        out.push_back({{"code", "convention.valid_votes_exclude_against_all"}, {"contests", offer.contests}, {"of", offer.of},
                       {"example", {{"unit", offer.example_unit}, {"candidates", offer.example_candidates},
                                    {"against_all", offer.example_against_all}, {"valid_votes", offer.example_valid_votes}}},
                       {"readings", ojson::array({reading("valid_votes_plus_against_all",
                                                          {{"conventions", {{"valid_votes", "excludes_against_all"}}}}),
                                                  reading("valid_votes_unmapped", {{"measures", {{"valid_votes", ojson::array()}}}})})}});
        break;
      case ConventionOffer::Kind::ballots_cast_derivable:
        out.push_back({{"code", "convention.ballots_cast_derivable"}, {"units", offer.units},
                       {"readings", ojson::array({reading("ballots_cast_derived", {{"conventions", {{"ballots_cast", "derived"}}}})})}});
        break;
      case ConventionOffer::Kind::turnout_fraction:
        out.push_back({{"code", "convention.turnout_fraction"}, {"contests", offer.contests}, {"of", offer.of},
                       {"readings", ojson::array({reading("turnout_fraction", {{"conventions", {{"turnout_pct", "fraction"}}}})})}});
        break;
    }
  }
  return out;
}

}  // namespace

Result<Upload> build_upload(std::string bytes, const std::string& file_name, const nlohmann::json& mapping_in,
                            DecodeError* decode_error, const UploadProgress* progress, const SourceChoice& choice) {
  // Read loosely here, to open the table the right way round; read_mapping refuses a "transpose" that is no boolean.
  const bool transpose = mapping_in.is_object() && mapping_in.contains("transpose") && mapping_in["transpose"].is_boolean() &&
                         mapping_in["transpose"].get<bool>();
  auto opened = open_upload(std::move(bytes), file_name, decode_error, choice, transpose);
  if (!opened) return opened.error();
  const DecodedUpload& upload = opened.value();
  auto header = upload_header(upload, file_name);
  if (!header) return header.error();
  auto mapping = read_mapping(mapping_in, header.value());
  if (!mapping) {
    Error error = mapping.error();
    error.file = file_name;
    return error;
  }
  return build_upload(upload, file_name, mapping.value(), progress);
}

ojson upload_report_json(const Upload& upload, std::size_t max_problems) {
  const UploadReport& r = upload.report;
  ojson out;
  out["file"] = r.file;
  out["encoding"] = to_string(r.encoding);
  out["delimiter"] = delimiter_name(r.delimiter.delimiter);
  ojson alternatives = ojson::array();
  for (char c : r.delimiter.alternatives) alternatives.push_back(delimiter_name(c));
  out["delimiter_alternatives"] = alternatives;
  out["rows"] = r.rows;
  out["rows_used"] = r.rows_used;
  ojson not_used = ojson::object();
  for (const auto& [reason, count] : r.rows_not_used) not_used[reason] = count;
  out["rows_not_used"] = not_used;
  ojson problems = ojson::array();
  for (std::size_t i = 0; i < r.problems.size() && i < max_problems; ++i) {
    const UploadProblem& p = r.problems[i];
    ojson item = {{"code", p.code}, {"record_line", p.record_line},
                  {"line", p.line}, {"column", p.column}};
    if (!p.field.empty()) item["field"] = p.field;
    if (i < r.problem_cells.size() && !r.problem_cells[i].empty()) {
      item["sheet"] = r.source.sheet.name;
      item["cell"] = r.problem_cells[i];
    }
    item["text"] = quoted_excerpt(p.text);
    item["row_used"] = p.row_used;
    problems.push_back(item);
  }
  out["problems"] = problems;
  out["problems_total"] = r.problems.size();
  ojson unknown = ojson::array();
  for (const UnknownFigure& f : r.unknown_figures) {
    ojson item = {{"unit", upload.dataset.units[f.unit].id}, {"measure", figure_measure_name(f.measure)}};
    if (!f.candidate.empty()) item["candidate"] = f.candidate;
    item["rows"] = f.rows;
    item["rows_unknown"] = f.rows_unknown;
    item["at_least"] = f.known_part;
    item["first_line"] = f.first_line > 0 ? ojson(f.first_line) : ojson(nullptr);
    unknown.push_back(item);
  }
  out["unknown_figures"] = unknown;
  ojson unmapped = ojson::array();
  for (int c : r.unmapped) unmapped.push_back({{"column", c}, {"header", r.header[c]}});
  out["unmapped"] = unmapped;
  out["notes"] = r.notes;
  out["layout"] = layout_json(r.layout, r.transposed, r.skipped);
  ojson totals = ojson::array();
  for (const TotalRow& total : r.totals) {
    ojson figures = ojson::array();
    for (const TotalFigure& f : total.figures) {
      ojson item = {{"measure", figure_measure_name(f.measure)}};
      if (!f.candidate.empty()) item["candidate"] = f.candidate;
      item["field"] = f.field;
      item["line"] = f.line;
      item["column"] = f.column;
      item["published"] = f.published;
      item["sum"] = f.sum ? ojson(*f.sum) : ojson(nullptr);
      item["agrees"] = f.sum ? ojson(f.agrees()) : ojson(nullptr);
      figures.push_back(item);
    }
    totals.push_back({{"line", total.line}, {"label", total.label}, {"field", total.field}, {"how", total.how},
                      {"unit", total.unit >= 0 ? ojson(upload.dataset.units[total.unit].id) : ojson(nullptr)},
                      {"figures", figures}});
  }
  out["totals"] = totals;
  ojson total_columns = ojson::array();
  for (const TotalColumn& c : r.total_columns) {
    total_columns.push_back({{"column", c.column}, {"header", c.header}, {"rows_checked", c.rows_checked},
                             {"rows_differing", c.rows_differing}});
  }
  out["total_columns"] = total_columns;
  out["namesakes"] = r.namesakes;
  out["mapping"] = mapping_json(r.mapping);
  out["conventions"] = conventions_json(convention_offers(upload));
  out["source"] = source_json(r.source, false);
  return out;
}

ojson inspect_upload(const DecodedUpload& upload, std::size_t preview_rows) {
  const UploadPreview preview = preview_upload(upload, preview_rows);
  ojson out;
  out["encoding"] = to_string(upload.decoded.encoding);
  out["delimiter"] = delimiter_name(upload.delimiter.delimiter);
  ojson alternatives = ojson::array();
  for (char c : upload.delimiter.alternatives) alternatives.push_back(delimiter_name(c));
  out["delimiter_alternatives"] = alternatives;
  ojson rows = ojson::array();
  for (const PreviewRow& row : preview.first_rows) rows.push_back({{"line", row.line}, {"fields", row.fields}});
  out["header"] = preview.header;
  out["preview"] = rows;
  out["rows"] = preview.rows;
  out["layout"] = layout_json(upload.layout, upload.transposed != nullptr, preview.skipped);
  out["problems_total"] = preview.problems;
  const ojson suggestion = suggestion_json(preview.suggestion, preview.header);
  for (auto it = suggestion.begin(); it != suggestion.end(); ++it) out[it.key()] = it.value();
  out["source"] = source_json(upload.source, true);
  return out;
}

}  // namespace against_all
