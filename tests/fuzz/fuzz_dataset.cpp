// A dataset folder built from arbitrary bytes: the bundled manifest, and the input split into
// the four CSV files at 0x00 bytes. Reading, summarising and evaluating must never crash.
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>

#include "against_all/dataset.hpp"
#include "against_all/figures.hpp"
#include "against_all/presets.hpp"
#include "against_all/wire/scenario.hpp"
#include "against_all/wire/summary.hpp"
#include "against_all/wire/dataset_manifest.hpp"

namespace {

const char* const kManifest = R"({"format": "against-all/dataset@1", "id": "fuzz",
  "title": {"ru": "ф", "kk": "ф", "en": "f"}, "date": "2023-11-05", "kind": "fuzz",
  "levels": [{"id": "country", "name": {"ru": "", "kk": "", "en": ""}},
             {"id": "region", "name": {"ru": "", "kk": "", "en": ""}},
             {"id": "contest", "name": {"ru": "", "kk": "", "en": ""}}],
  "contest_level": "contest", "claim_rule": {"source_priority": []},
  "files": {"sources": "sources.csv", "units": "units.csv", "figures": "figures.csv",
            "candidates": "candidates.csv"}})";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  std::map<std::string, std::string> files{{"dataset.json", kManifest}};
  const char* names[] = {"sources.csv", "units.csv", "figures.csv", "candidates.csv"};
  std::size_t start = 0;
  for (const char* name : names) {
    const std::size_t end = input.find('\0', start);
    files[name] = input.substr(start, end == std::string::npos ? std::string::npos : end - start);
    start = end == std::string::npos ? input.size() : end + 1;
  }
  auto dataset = against_all::read_dataset(files);
  if (!dataset.ok()) return 0;
  (void)against_all::summary_json(dataset.value());
  const against_all::Figures figures = against_all::resolve_figures(dataset.value());
  for (const auto& preset : against_all::presets())
    (void)against_all::scenario_json(dataset.value(), figures, preset.rule, 5 * against_all::kPercentScale);
  return 0;
}
