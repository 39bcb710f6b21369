#include "against_all/dataset.hpp"

#include <algorithm>
#include <functional>

#include <nlohmann/json.hpp>

#include "against_all/csv.hpp"
#include "against_all/measures.hpp"
#include "against_all/utf8.hpp"
#include "against_all/value.hpp"

namespace against_all {

std::optional<int> Dataset::find_unit(const std::string& unit_id) const {
  auto found = unit_index.find(unit_id);
  if (found == unit_index.end()) return std::nullopt;
  return found->second;
}

std::optional<int> Dataset::find_source(const std::string& source_id) const {
  auto found = source_index.find(source_id);
  if (found == source_index.end()) return std::nullopt;
  return found->second;
}

std::vector<int> Dataset::units_at_level(int level) const {
  std::vector<int> out;
  for (int i = 0; i < static_cast<int>(units.size()); ++i) {
    if (units[i].level == level) out.push_back(i);
  }
  return out;
}

std::vector<int> Dataset::descendants_at_level(int unit, int level) const {
  std::vector<int> out;
  std::function<void(int)> visit = [&](int u) {
    for (int child : units[u].children) {
      if (units[child].level == level) {
        out.push_back(child);
      } else if (units[child].level < level) {
        visit(child);
      }
    }
  };
  visit(unit);
  return out;
}

int Dataset::priority_rank(int source) const {
  for (int i = 0; i < static_cast<int>(source_priority.size()); ++i) {
    if (source_priority[i] == source) return i;
  }
  return static_cast<int>(source_priority.size());
}

std::optional<int> Dataset::counted_level(const std::string& measure) const {
  for (int i = 0; i < static_cast<int>(levels.size()); ++i) {
    if (measure == levels[i].id + "s") return i;
  }
  // "contests_with_3_candidates" counts contests, too
  const std::string prefix = levels[contest_level].id + "s_with_";
  const std::string suffix = "_candidates";
  if (measure.size() > prefix.size() + suffix.size() && measure.compare(0, prefix.size(), prefix) == 0 &&
      measure.compare(measure.size() - suffix.size(), suffix.size(), suffix) == 0) {
    const std::string n = measure.substr(prefix.size(), measure.size() - prefix.size() - suffix.size());
    if (std::all_of(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; })) return contest_level;
  }
  return std::nullopt;
}

namespace {

const char* const kManifest = "dataset.json";

Error manifest_error(const std::string& code, const std::string& field,
                     std::optional<std::string> text = std::nullopt) {
  Error error;
  error.code = code;
  error.file = kManifest;
  error.field = field;
  error.text = std::move(text);
  return error;
}

Error missing_file(const std::string& name) {
  Error error;
  error.code = "dataset.missing_file";
  error.file = name;
  return error;
}

std::string string_at(const nlohmann::json& object, const char* key) {
  if (!object.is_object()) return {};
  auto found = object.find(key);
  return found != object.end() && found->is_string() ? found->get<std::string>() : std::string();
}

Names names_of(const nlohmann::json& object) {
  return Names{string_at(object, "ru"), string_at(object, "kk"), string_at(object, "en")};
}

void line_and_column(const std::string& text, std::size_t byte, int& line, int& column) {
  const TextPosition at = text_position(text, 0, byte);
  line = at.line;
  column = at.column;
}

// A table with its required columns checked; optional columns read as empty when absent.
class Table {
 public:
  static Result<Table> open(const std::map<std::string, std::string>& files, const std::string& name,
                            const std::vector<std::string>& required) {
    auto found = files.find(name);
    if (found == files.end()) return missing_file(name);
    auto csv = read_csv(name, found->second);
    if (!csv) return csv.error();
    Table table(std::move(csv).value());
    for (const auto& column : required) {
      if (!table.csv_.column(column)) {
        Error error;
        error.code = "csv.missing_column";
        error.file = name;
        error.line = 1;
        error.field = column;
        return error;
      }
    }
    return table;
  }

  const CsvTable& csv() const { return csv_; }
  const std::vector<CsvRecord>& records() const { return csv_.records; }

  const CsvField& cell(const CsvRecord& record, const std::string& column) const {
    static const CsvField empty;
    auto index = csv_.column(column);
    return index ? record.fields[*index] : empty;
  }
  std::string text(const CsvRecord& record, const std::string& column) const {
    return cell(record, column).text;
  }
  Error error(const CsvRecord& record, const std::string& column, const std::string& code) const {
    return cell_error(csv_, cell(record, column), column, code);
  }

 private:
  explicit Table(CsvTable csv) : csv_(std::move(csv)) {}
  CsvTable csv_;
};

std::optional<Error> read_manifest(const std::string& text, Dataset& dataset,
                                   std::map<std::string, std::string>& file_names,
                                   std::vector<std::string>& priority_ids) {
  nlohmann::json manifest;
  try {
    manifest = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    Error error = manifest_error("dataset.invalid_manifest", "");
    line_and_column(text, e.byte > 0 ? e.byte - 1 : 0, error.line, error.column);
    return error;
  }
  if (!manifest.is_object()) return manifest_error("dataset.invalid_manifest", "");
  if (!manifest.contains("format") || !manifest["format"].is_string()) {
    return manifest_error("dataset.invalid_manifest", "format");
  }
  const std::string format = manifest["format"].get<std::string>();
  if (format != "against-all/dataset@1") return manifest_error("dataset.unsupported_format", "format", format);

  dataset.id = string_at(manifest, "id");
  if (dataset.id.empty()) return manifest_error("dataset.invalid_manifest", "id");
  if (manifest.contains("title")) dataset.title = names_of(manifest["title"]);
  dataset.date = string_at(manifest, "date");
  dataset.kind = string_at(manifest, "kind");

  if (!manifest.contains("levels") || !manifest["levels"].is_array() || manifest["levels"].empty()) {
    return manifest_error("dataset.invalid_manifest", "levels");
  }
  for (const auto& level : manifest["levels"]) {
    Level parsed;
    parsed.id = string_at(level, "id");
    if (parsed.id.empty()) return manifest_error("dataset.invalid_manifest", "levels");
    for (const auto& seen : dataset.levels) {
      if (seen.id == parsed.id) return manifest_error("dataset.invalid_manifest", "levels", parsed.id);
    }
    if (level.contains("name")) parsed.name = names_of(level["name"]);
    dataset.levels.push_back(parsed);
  }
  dataset.contest_level = static_cast<int>(dataset.levels.size()) - 1;
  if (manifest.contains("contest_level")) {
    const std::string contest_level = string_at(manifest, "contest_level");
    auto found = std::find_if(dataset.levels.begin(), dataset.levels.end(),
                              [&](const Level& l) { return l.id == contest_level; });
    if (found == dataset.levels.end()) {
      return manifest_error("dataset.invalid_manifest", "contest_level", contest_level);
    }
    dataset.contest_level = static_cast<int>(found - dataset.levels.begin());
  }

  if (manifest.contains("claim_rule")) {
    const auto& rule = manifest["claim_rule"];
    if (!rule.is_object()) return manifest_error("dataset.invalid_manifest", "claim_rule");
    if (rule.contains("source_priority")) {
      const auto& priority = rule["source_priority"];
      if (!priority.is_array()) return manifest_error("dataset.invalid_manifest", "claim_rule.source_priority");
      for (const auto& id : priority) {
        if (!id.is_string()) return manifest_error("dataset.invalid_manifest", "claim_rule.source_priority");
        priority_ids.push_back(id.get<std::string>());
      }
    }
  }

  if (!manifest.contains("files") || !manifest["files"].is_object()) {
    return manifest_error("dataset.invalid_manifest", "files");
  }
  for (const char* role : {"sources", "units", "figures", "candidates"}) {
    const std::string name = string_at(manifest["files"], role);
    if (name.empty() && std::string(role) != "candidates") {
      return manifest_error("dataset.invalid_manifest", std::string("files.") + role);
    }
    file_names[role] = name;
  }
  return std::nullopt;
}

std::optional<Error> read_sources(const Table& table, const std::vector<std::string>& priority_ids,
                                  Dataset& dataset) {
  for (const auto& record : table.records()) {
    Source source;
    source.id = table.text(record, "id");
    source.publisher = Names{table.text(record, "publisher_ru"), table.text(record, "publisher_kk"),
                             table.text(record, "publisher")};
    source.title = table.text(record, "title");
    source.url = table.text(record, "url");
    source.language = table.text(record, "language");
    source.kind = table.text(record, "kind");
    if (!table.text(record, "note").empty() && !table.text(record, "note_en").empty()) {
      return table.error(record, "note_en", "source.note_twice");
    }
    source.note = Names{table.text(record, "note_ru"), table.text(record, "note_kk"),
                        table.text(record, "note_en").empty() ? table.text(record, "note") : table.text(record, "note_en")};
    if (source.id.empty()) return table.error(record, "id", "value.missing");
    if (dataset.source_index.count(source.id)) return table.error(record, "id", "source.duplicate_id");
    dataset.source_index[source.id] = static_cast<int>(dataset.sources.size());
    dataset.sources.push_back(source);
  }
  for (const auto& id : priority_ids) {
    auto found = dataset.find_source(id);
    if (!found) return manifest_error("dataset.invalid_manifest", "claim_rule.source_priority", id);
    if (std::find(dataset.source_priority.begin(), dataset.source_priority.end(), *found) ==
        dataset.source_priority.end()) {
      dataset.source_priority.push_back(*found);
    }
  }
  for (int i = 0; i < static_cast<int>(dataset.sources.size()); ++i) {
    if (std::find(dataset.source_priority.begin(), dataset.source_priority.end(), i) ==
        dataset.source_priority.end()) {
      dataset.source_priority.push_back(i);
    }
  }
  return std::nullopt;
}

std::optional<Error> read_units(const Table& table, Dataset& dataset) {
  if (table.records().empty()) {
    Error error;
    error.code = "csv.empty";
    error.file = table.csv().file;
    error.line = 2;
    return error;
  }
  std::vector<const CsvRecord*> rows;
  for (const auto& record : table.records()) {
    Unit unit;
    unit.id = table.text(record, "id");
    if (unit.id.empty()) return table.error(record, "id", "value.missing");
    if (dataset.unit_index.count(unit.id)) return table.error(record, "id", "unit.duplicate_id");
    const std::string level = table.text(record, "level");
    auto found = std::find_if(dataset.levels.begin(), dataset.levels.end(),
                              [&](const Level& l) { return l.id == level; });
    if (found == dataset.levels.end()) return table.error(record, "level", "unit.unknown_level");
    unit.level = static_cast<int>(found - dataset.levels.begin());
    unit.kind = table.text(record, "kind");
    unit.name = Names{table.text(record, "name_ru"), table.text(record, "name_kk"), table.text(record, "name_en")};
    unit.note = table.text(record, "note");
    const std::string source = table.text(record, "source");
    if (!source.empty()) {
      auto source_index = dataset.find_source(source);
      if (!source_index) return table.error(record, "source", "unit.unknown_source");
      unit.source = *source_index;
    }
    dataset.unit_index[unit.id] = static_cast<int>(dataset.units.size());
    dataset.units.push_back(unit);
    rows.push_back(&record);
  }
  // Parents may be listed after their children; resolve once every id is known.
  int roots = 0;
  for (int i = 0; i < static_cast<int>(dataset.units.size()); ++i) {
    Unit& unit = dataset.units[i];
    const std::string parent = table.text(*rows[i], "parent");
    if (unit.level == 0) {
      if (!parent.empty()) return table.error(*rows[i], "parent", "unit.unknown_parent");
      if (roots++ > 0) return table.error(*rows[i], "level", "unit.unknown_level");
      dataset.root = i;
      continue;
    }
    auto parent_index = dataset.find_unit(parent);
    if (!parent_index || dataset.units[*parent_index].level != unit.level - 1) {
      return table.error(*rows[i], "parent", "unit.unknown_parent");
    }
    unit.parent = *parent_index;
  }
  if (roots == 0) {
    Error error = table.error(*rows[0], "level", "unit.unknown_level");
    return error;
  }
  for (int i = 0; i < static_cast<int>(dataset.units.size()); ++i) {
    if (dataset.units[i].parent >= 0) dataset.units[dataset.units[i].parent].children.push_back(i);
  }
  return std::nullopt;
}

std::optional<Error> read_figures(const Table& table, Dataset& dataset) {
  for (const auto& record : table.records()) {
    auto unit = dataset.find_unit(table.text(record, "unit"));
    if (!unit) return table.error(record, "unit", "figure.unknown_unit");
    const std::string measure = table.text(record, "measure");
    const bool percent = is_percent_measure(measure);
    const bool unit_count = dataset.counted_level(measure).has_value();
    if (!percent && !unit_count && !is_additive(measure)) {
      return table.error(record, "measure", "figure.unknown_measure");
    }
    auto source = dataset.find_source(table.text(record, "source"));
    if (!source) return table.error(record, "source", "figure.unknown_source");
    const std::string note = table.text(record, "note");
    if (table.text(record, "value").empty()) return table.error(record, "value", "value.missing");
    if (percent) {
      auto value = read_percent(table.csv(), table.cell(record, "value"), "value");
      if (!value) return value.error();
      dataset.units[*unit].published.push_back(static_cast<int>(dataset.published.size()));
      dataset.published.push_back(PublishedClaim{*unit, *measure_named(measure), value.value().value, value.value().text,
                                                 value.value().decimals, *source, note, record.line});
      continue;
    }
    auto value = read_count(table.csv(), table.cell(record, "value"), "value");
    if (!value) return value.error();
    dataset.claims.push_back(Claim{*unit, measure, value.value(), *source, note, record.line});
    if (unit_count && std::find(dataset.extra_measures.begin(), dataset.extra_measures.end(), measure) ==
                          dataset.extra_measures.end()) {
      dataset.extra_measures.push_back(measure);
    }
  }
  return std::nullopt;
}

std::optional<Error> read_candidates(const Table& table, Dataset& dataset) {
  for (const auto& record : table.records()) {
    auto contest = dataset.find_unit(table.text(record, "contest"));
    if (!contest || dataset.units[*contest].level != dataset.contest_level) {
      return table.error(record, "contest", "candidate.unknown_contest");
    }
    Candidate candidate;
    candidate.contest = *contest;
    candidate.name = table.text(record, "name_ru");
    candidate.name_source = table.text(record, "name_source");
    candidate.party = table.text(record, "party");
    candidate.line = record.line;
    if (!table.text(record, "votes").empty()) {
      auto votes = read_count(table.csv(), table.cell(record, "votes"), "votes");
      if (!votes) return votes.error();
      candidate.votes = votes.value();
    }
    const std::string elected = table.text(record, "elected");
    if (elected == "yes") {
      candidate.elected = true;
    } else if (elected != "no" && !elected.empty()) {
      return table.error(record, "elected", "candidate.bad_elected");
    }
    if (candidate.elected) {
      for (int other : dataset.units[*contest].candidates) {
        if (dataset.candidates[other].elected) return table.error(record, "elected", "candidate.bad_elected");
      }
    }
    const std::string source = table.text(record, "source");
    if (!source.empty()) {
      auto source_index = dataset.find_source(source);
      if (!source_index) return table.error(record, "source", "candidate.unknown_source");
      candidate.source = *source_index;
    }
    dataset.units[*contest].candidates.push_back(static_cast<int>(dataset.candidates.size()));
    dataset.candidates.push_back(candidate);
  }
  return std::nullopt;
}

}  // namespace

Result<Dataset> read_dataset(const std::map<std::string, std::string>& files) {
  Dataset dataset;
  auto manifest = files.find(kManifest);
  if (manifest == files.end()) return missing_file(kManifest);
  std::map<std::string, std::string> names;
  std::vector<std::string> priority_ids;
  if (auto error = read_manifest(manifest->second, dataset, names, priority_ids)) return *error;

  auto sources = Table::open(files, names["sources"], {"id"});
  if (!sources) return sources.error();
  if (auto error = read_sources(sources.value(), priority_ids, dataset)) return *error;

  auto units = Table::open(files, names["units"], {"id", "parent", "level"});
  if (!units) return units.error();
  if (auto error = read_units(units.value(), dataset)) return *error;

  auto figures = Table::open(files, names["figures"], {"unit", "measure", "value", "source"});
  if (!figures) return figures.error();
  if (auto error = read_figures(figures.value(), dataset)) return *error;

  if (!names["candidates"].empty()) {
    auto candidates = Table::open(files, names["candidates"], {"contest", "name_ru", "votes", "elected"});
    if (!candidates) return candidates.error();
    if (auto error = read_candidates(candidates.value(), dataset)) return *error;
  }
  return dataset;
}

}  // namespace against_all
