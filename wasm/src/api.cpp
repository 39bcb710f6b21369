#include "against_all/api.hpp"

#include <map>

#include <nlohmann/json.hpp>

#include "against_all/dataset.hpp"
#include "against_all/error.hpp"
#include "against_all/figures.hpp"
#include "against_all/rule.hpp"
#include "against_all/scenario.hpp"
#include "against_all/summary.hpp"

namespace against_all {

namespace {

using json = nlohmann::ordered_json;

std::string dump(const json& value) {
  // Invalid UTF-8 in a file becomes U+FFFD rather than an exception.
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string error_response(const Error& error) {
  json body;
  body["code"] = error.code;
  body["message_key"] = error.message_key();
  if (!error.file.empty()) body["file"] = error.file;
  if (error.line > 0) body["line"] = error.line;
  if (error.column > 0) body["column"] = error.column;
  if (!error.field.empty()) body["field"] = error.field;
  if (error.text) body["text"] = *error.text;
  return dump(json{{"ok", false}, {"error", body}});
}

Error request_error(const std::string& code, const std::string& field = "",
                    std::optional<std::string> text = std::nullopt) {
  Error error;
  error.code = code;
  error.field = field;
  error.text = std::move(text);
  return error;
}

// The dataset a request names, read and validated; or the error that stops it.
Result<Dataset> request_dataset(const nlohmann::json& parsed) {
  if (!parsed.contains("dataset")) return request_error("request.missing_field", "dataset");
  const auto& dataset_json = parsed["dataset"];
  if (!dataset_json.is_object()) return request_error("request.invalid_json", "dataset");
  if (!dataset_json.contains("files")) return request_error("request.missing_field", "dataset.files");
  const auto& files_json = dataset_json["files"];
  if (!files_json.is_object()) return request_error("request.invalid_json", "dataset.files");

  std::map<std::string, std::string> files;
  for (auto it = files_json.begin(); it != files_json.end(); ++it) {
    if (!it.value().is_string()) return request_error("request.invalid_json", "dataset.files." + it.key());
    files[it.key()] = it.value().get<std::string>();
  }
  return read_dataset(files);
}

Result<PercentE6> request_swing(const nlohmann::json& parsed) {
  if (!parsed.contains("swing")) return PercentE6{0};
  auto swing = percent_from_json(json(parsed["swing"]));
  if (!swing) return request_error("request.invalid_swing", "swing", parsed["swing"].dump());
  return *swing;
}

Result<Rule> request_rule(const nlohmann::json& parsed) {
  if (!parsed.contains("rule")) return request_error("request.missing_field", "rule");
  return parse_rule(json(parsed["rule"]));
}

std::string ok_response(const json& result) { return dump(json{{"ok", true}, {"result", result}}); }

std::string respond(const std::string& request) {
  nlohmann::json parsed;
  try {
    parsed = nlohmann::json::parse(request);
  } catch (const nlohmann::json::parse_error&) {
    return error_response(request_error("request.invalid_json"));
  }
  if (!parsed.is_object()) return error_response(request_error("request.invalid_json"));
  if (!parsed.contains("op")) return error_response(request_error("request.missing_field", "op"));
  if (!parsed["op"].is_string()) return error_response(request_error("request.invalid_json", "op"));
  const std::string op = parsed["op"].get<std::string>();
  if (op == "presets") return ok_response(list_presets());
  if (op != "summary" && op != "check" && op != "evaluate" && op != "compare")
    return error_response(request_error("request.unknown_op", "op", op));

  auto dataset = request_dataset(parsed);
  if (!dataset) return error_response(dataset.error());
  if (op == "summary") return ok_response(build_summary(dataset.value()));
  if (op == "check") return ok_response(build_check(dataset.value()));

  auto swing = request_swing(parsed);
  if (!swing) return error_response(swing.error());
  const Figures figures = resolve_figures(dataset.value());
  if (op == "compare") return ok_response(compare_presets(dataset.value(), figures, swing.value()));
  auto rule = request_rule(parsed);
  if (!rule) return error_response(rule.error());
  return ok_response(evaluate_scenario(dataset.value(), figures, rule.value(), swing.value()));
}

}  // namespace

std::string handle(const std::string& request) {
  try {
    return respond(request);
  } catch (...) {
    // Not expected; still an answer, never an exception across the boundary.
    return R"({"ok":false,"error":{"code":"internal.error","message_key":"error.internal.error"}})";
  }
}

}  // namespace against_all
