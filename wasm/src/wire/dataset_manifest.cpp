#include "against_all/wire/dataset_manifest.hpp"

#include <algorithm>
#include <optional>

#include <nlohmann/json.hpp>

#include "against_all/utf8.hpp"

namespace against_all {

namespace {

Error manifest_field_error(const std::string& code, const std::string& field,
                           std::optional<std::string> text = std::nullopt) {
  Error error;
  error.code = code;
  error.file = kDatasetManifest;
  error.field = field;
  error.text = std::move(text);
  return error;
}

// The string under `key`; empty when the key is absent, or not a string, or `object` is no object.
std::string manifest_string(const nlohmann::json& object, const char* key) {
  if (!object.is_object()) return {};
  auto found = object.find(key);
  return found != object.end() && found->is_string() ? found->get<std::string>() : std::string();
}

Names manifest_names(const nlohmann::json& object) {
  return Names{manifest_string(object, "ru"), manifest_string(object, "kk"), manifest_string(object, "en")};
}

}  // namespace

Result<DatasetManifest> read_dataset_manifest(const std::string& text) {
  nlohmann::json manifest;
  try {
    manifest = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    Error error = manifest_field_error("dataset.invalid_manifest", "");
    const TextPosition at = text_position(text, 0, e.byte > 0 ? e.byte - 1 : 0);
    error.line = at.line;
    error.column = at.column;
    return error;
  }
  if (!manifest.is_object()) return manifest_field_error("dataset.invalid_manifest", "");
  if (!manifest.contains("format") || !manifest["format"].is_string()) {
    return manifest_field_error("dataset.invalid_manifest", "format");
  }
  const std::string format = manifest["format"].get<std::string>();
  if (format != "against-all/dataset@1") return manifest_field_error("dataset.unsupported_format", "format", format);

  DatasetManifest out;
  out.id = manifest_string(manifest, "id");
  if (out.id.empty()) return manifest_field_error("dataset.invalid_manifest", "id");
  if (manifest.contains("title")) out.title = manifest_names(manifest["title"]);
  out.date = manifest_string(manifest, "date");
  out.kind = manifest_string(manifest, "kind");

  if (!manifest.contains("levels") || !manifest["levels"].is_array() || manifest["levels"].empty()) {
    return manifest_field_error("dataset.invalid_manifest", "levels");
  }
  for (const auto& level : manifest["levels"]) {
    Level parsed;
    parsed.id = manifest_string(level, "id");
    if (parsed.id.empty()) return manifest_field_error("dataset.invalid_manifest", "levels");
    for (const auto& seen : out.levels) {
      if (seen.id == parsed.id) return manifest_field_error("dataset.invalid_manifest", "levels", parsed.id);
    }
    if (level.contains("name")) parsed.name = manifest_names(level["name"]);
    out.levels.push_back(parsed);
  }
  out.contest_level = static_cast<int>(out.levels.size()) - 1;
  if (manifest.contains("contest_level")) {
    const std::string contest_level = manifest_string(manifest, "contest_level");
    auto found = std::find_if(out.levels.begin(), out.levels.end(),
                              [&](const Level& l) { return l.id == contest_level; });
    if (found == out.levels.end()) {
      return manifest_field_error("dataset.invalid_manifest", "contest_level", contest_level);
    }
    out.contest_level = static_cast<int>(found - out.levels.begin());
  }

  if (manifest.contains("claim_rule")) {
    const auto& rule = manifest["claim_rule"];
    if (!rule.is_object()) return manifest_field_error("dataset.invalid_manifest", "claim_rule");
    if (rule.contains("source_priority")) {
      const auto& priority = rule["source_priority"];
      if (!priority.is_array()) return manifest_field_error("dataset.invalid_manifest", "claim_rule.source_priority");
      for (const auto& id : priority) {
        if (!id.is_string()) return manifest_field_error("dataset.invalid_manifest", "claim_rule.source_priority");
        out.source_priority.push_back(id.get<std::string>());
      }
    }
  }

  if (!manifest.contains("files") || !manifest["files"].is_object()) {
    return manifest_field_error("dataset.invalid_manifest", "files");
  }
  const auto& files = manifest["files"];
  out.sources_file = manifest_string(files, "sources");
  out.units_file = manifest_string(files, "units");
  out.figures_file = manifest_string(files, "figures");
  out.candidates_file = manifest_string(files, "candidates");   // optional
  if (out.sources_file.empty()) return manifest_field_error("dataset.invalid_manifest", "files.sources");
  if (out.units_file.empty()) return manifest_field_error("dataset.invalid_manifest", "files.units");
  if (out.figures_file.empty()) return manifest_field_error("dataset.invalid_manifest", "files.figures");
  return out;
}

}  // namespace against_all
