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
