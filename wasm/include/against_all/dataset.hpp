// A dataset folder (dataset.json + sources, units, figures, candidates CSVs), read and validated.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "against_all/error.hpp"
#include "against_all/measures.hpp"

namespace against_all {

struct Names {
  std::string ru, kk, en;
};

struct Level {
  std::string id;
  Names name;
};

struct Source {
  std::string id;
  Names publisher;  // as written in each language (columns publisher_ru, publisher_kk, publisher); empty where not written
  std::string title, url, language, kind;
  Names note;       // as written in each language (columns note_ru, note_kk, note_en or note); empty where not written
};

struct Unit {
  std::string id;
  int parent = -1;              // index into Dataset::units; -1 for the top level
  int level = 0;                // index into Dataset::levels
  std::string kind;
  Names name;
  int source = -1;              // index into Dataset::sources; -1 when not given
  std::string note;
  std::vector<int> children;    // in file order
  std::vector<int> candidates;  // indices into Dataset::candidates, in file order
  std::vector<int> published;   // indices into Dataset::published, in file order
};

// One stated count: (unit, measure, value, source).
struct Claim {
  int unit = 0;
  std::string measure;
  std::int64_t value = 0;
  int source = 0;
  std::string note;
  int line = 0;
};

// One published percentage, kept as text with its decimals.
struct PublishedClaim {
  int unit = 0;
  Measure measure = Measure::against_all_pct;
  double value = 0;
  std::string text;
  int decimals = 0;
  int source = 0;
  std::string note;
  int line = 0;
};

struct Candidate {
  int contest = 0;
  std::string name;
  std::string name_source;
  std::string party;                   // empty when unknown
  std::optional<std::int64_t> votes;   // unknown is never zero
  bool elected = false;
  int source = -1;
  int line = 0;
};

struct Dataset {
  std::string id;
  Names title;
  std::string date;
  std::string kind;
  std::vector<Level> levels;
  int contest_level = 0;
  std::vector<Source> sources;
  std::vector<int> source_priority;    // every source, the claim rule's first
  std::vector<Unit> units;
  std::vector<Claim> claims;           // counts, in file order
  std::vector<PublishedClaim> published;
  std::vector<Candidate> candidates;
  std::vector<std::string> extra_measures;  // unit counts such as "contests", first use first

  std::optional<int> find_unit(const std::string& id) const;
  std::optional<int> find_source(const std::string& id) const;
  int root = 0;                        // the one unit of the top level (the country)
  std::vector<int> units_at_level(int level) const;
  std::vector<int> descendants_at_level(int unit, int level) const;
  int priority_rank(int source) const;  // 0 = used first
  // For a unit-count measure ("contests", "regions"): the level it counts; else nullopt.
  std::optional<int> counted_level(const std::string& measure) const;

  std::map<std::string, int> unit_index;
  std::map<std::string, int> source_index;
};

// A dataset folder's manifest: its file name, and what it says (read from its JSON by
// wire/dataset_manifest.hpp).
inline constexpr const char* kDatasetManifest = "dataset.json";

struct DatasetManifest {
  std::string id;                            // never empty
  Names title;
  std::string date;
  std::string kind;
  std::vector<Level> levels;                 // at least one, ids distinct
  int contest_level = 0;                     // index into levels
  std::vector<std::string> source_priority;  // the claim rule's source ids, as written
  std::string sources_file, units_file, figures_file;   // never empty
  std::string candidates_file;               // empty: no candidates file
};

// `files` maps a file name to its text; dataset.json names the others.
Result<Dataset> read_dataset(const std::map<std::string, std::string>& files);

// The files a manifest names, read from `files` into the dataset it describes.
Result<Dataset> read_dataset(const DatasetManifest& manifest, const std::map<std::string, std::string>& files);

}  // namespace against_all
