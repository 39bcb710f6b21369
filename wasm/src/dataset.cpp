#include "against_all/dataset.hpp"

#include <algorithm>
#include <functional>

#include "against_all/csv.hpp"
#include "against_all/measures.hpp"
#include "against_all/value.hpp"
#include "against_all/wire/dataset_manifest.hpp"

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

// The claim rule names a source that sources.csv does not have: the manifest is at fault.
Error unknown_priority_source(const std::string& id) {
  Error error;
  error.code = "dataset.invalid_manifest";
  error.file = kDatasetManifest;
  error.field = "claim_rule.source_priority";
  error.text = id;
  return error;
}

Error missing_file(const std::string& name) {
  Error error;
  error.code = "dataset.missing_file";
  error.file = name;
  return error;
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
    if (!found) return unknown_priority_source(id);
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
  auto manifest = files.find(kDatasetManifest);
  if (manifest == files.end()) return missing_file(kDatasetManifest);
  auto read = read_dataset_manifest(manifest->second);
  if (!read) return read.error();
  return read_dataset(read.value(), files);
}

Result<Dataset> read_dataset(const DatasetManifest& manifest, const std::map<std::string, std::string>& files) {
  Dataset dataset;
  dataset.id = manifest.id;
  dataset.title = manifest.title;
  dataset.date = manifest.date;
  dataset.kind = manifest.kind;
  dataset.levels = manifest.levels;
  dataset.contest_level = manifest.contest_level;

  auto sources = Table::open(files, manifest.sources_file, {"id"});
  if (!sources) return sources.error();
  if (auto error = read_sources(sources.value(), manifest.source_priority, dataset)) return *error;

  auto units = Table::open(files, manifest.units_file, {"id", "parent", "level"});
  if (!units) return units.error();
  if (auto error = read_units(units.value(), dataset)) return *error;

  auto figures = Table::open(files, manifest.figures_file, {"unit", "measure", "value", "source"});
  if (!figures) return figures.error();
  if (auto error = read_figures(figures.value(), dataset)) return *error;

  if (!manifest.candidates_file.empty()) {
    auto candidates = Table::open(files, manifest.candidates_file, {"contest", "name_ru", "votes", "elected"});
    if (!candidates) return candidates.error();
    if (auto error = read_candidates(candidates.value(), dataset)) return *error;
  }
  return dataset;
}

}  // namespace against_all
