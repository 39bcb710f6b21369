#include "against_all/error.hpp"

#include <map>

namespace against_all {

std::string describe(const Error& error) {
  static const std::map<std::string, std::string> sentences = {
      {"request.invalid_json", "the request is not valid JSON or has a value of the wrong type"},
      {"request.unknown_op", "the request names an operation the engine does not know"},
      {"request.missing_field", "the request lacks a required field"},
      {"dataset.missing_file", "a file the dataset needs is missing"},
      {"dataset.invalid_manifest", "dataset.json is not a valid manifest"},
      {"dataset.unsupported_format", "dataset.json names a format this engine does not read"},
      {"csv.unbalanced_quote", "a quote is not closed, or stray text follows a closing quote"},
      {"csv.field_count", "the row has a different number of fields than the header"},
      {"csv.empty", "the file has no header row or no rows"},
      {"csv.missing_column", "a required column is missing from the header"},
      {"value.not_integer", "the value is not a whole number"},
      {"value.negative", "the value is negative"},
      {"value.missing", "a required value is empty"},
      {"source.duplicate_id", "this source id appears twice"},
      {"value.not_number", "the value is not a number"},
      {"unit.unknown_parent", "the parent is not a unit of the level above"},
      {"unit.duplicate_id", "this unit id appears twice"},
      {"unit.unknown_level", "the level is not one of the manifest's levels"},
      {"unit.unknown_source", "the unit names a source not in sources.csv"},
      {"figure.unknown_unit", "the figure names a unit not in units.csv"},
      {"figure.unknown_measure", "the measure is not one the engine knows"},
      {"figure.unknown_source", "the figure names a source not in sources.csv"},
      {"candidate.unknown_contest", "the candidate names a unit that is not a contest"},
      {"candidate.bad_elected", "elected must be yes or no, and only one candidate per contest"},
      {"candidate.unknown_source", "the candidate names a source not in sources.csv"},
      {"session.unknown", "no open session has this id (it was closed, or the engine restarted)"},
      {"rule.invalid", "a rule setting has a value the engine does not accept"},
      {"rule.unknown_preset", "the rule names a preset the engine does not know"},
      {"request.invalid_swing", "the swing must be a number of points from 0 to 100"},
      {"request.invalid_page", "offset must be a whole number from 0, limit one from 1 to 1000"},
      {"request.invalid_sort", "sort.by must be file, switch, new_voters, against_all, against_all_share, leader_votes or registered; sort.order asc or desc"},
      {"request.invalid_filter", "filter.within must name a unit of the dataset, filter.outcome list valid, void, runoff or undecided"},
      {"text.empty", "the file is empty"},
      {"text.binary", "the file holds binary data, not text"},
      {"text.invalid_utf8", "the file is neither valid UTF-8 nor Windows-1251 text"},
      {"text.invalid_utf16", "the file's UTF-16 text is broken"},
      {"text.stray_bom", "a byte-order mark stands inside the text (files pasted together?)"},
      {"csv.text_after_quote", "text follows a closing quote in the same field"},
      {"value.overflow", "the number is too large for a count"},
      {"row.missing_unit", "the row has no value in a column of the hierarchy"},
      {"row.duplicate_unit", "this reporting unit already has a row"},
      {"row.empty", "every field of the row is empty"},
      {"map.invalid", "the column mapping has a value of the wrong kind"},
      {"map.unknown_column", "the mapping names a column that is not in the file"},
      {"map.ambiguous_column", "two columns of the file have this header"},
      {"map.duplicate_column", "the mapping uses one column twice"},
      {"map.unknown_measure", "the mapping names a measure the engine does not know"},
      {"map.required_column_missing", "the mapping lacks a column it needs (a hierarchy column, or the option and votes columns)"},
      {"limit.file_size", "the file is larger than the engine accepts (512 MiB)"},
      {"limit.columns", "the file has more columns than the engine accepts (10,000)"},
      {"limit.row_size", "the row is longer than the engine accepts (16 MiB); it is not used"},
      {"internal.error", "the engine failed unexpectedly"},
  };
  auto found = sentences.find(error.code);
  return found == sentences.end() ? error.code : found->second;
}

std::string located_message(const Error& error) {
  std::string out;
  if (!error.file.empty()) {
    out += error.file;
    if (error.line > 0) out += ":" + std::to_string(error.line);
    if (error.column > 0) out += ":" + std::to_string(error.column);
    out += ": ";
  }
  out += error.code + ": " + describe(error);
  if (!error.field.empty() || error.text) {
    out += " (";
    if (!error.field.empty()) out += "field " + error.field;
    if (!error.field.empty() && error.text) out += ", ";
    if (error.text) out += "text \"" + *error.text + "\"";
    out += ")";
  }
  return out;
}

}  // namespace against_all
