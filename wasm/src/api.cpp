#include "against_all/api.hpp"

#include <map>

#include <nlohmann/json.hpp>

#include "against_all/contest_page.hpp"
#include "against_all/dataset.hpp"
#include "against_all/error.hpp"
#include "against_all/factors.hpp"
#include "against_all/figures.hpp"
#include "against_all/rule.hpp"
#include "against_all/scenario.hpp"
#include "against_all/session.hpp"
#include "against_all/upload.hpp"
#include "against_all/wire/summary.hpp"

namespace against_all {

namespace {

using json = nlohmann::ordered_json;

// What comes beside the JSON request: an uploaded file's bytes, and whom to tell how far along it is.
struct Attached {
  const std::string* bytes = nullptr;
  const UploadProgress* progress = nullptr;
  std::string* owned = nullptr;   // the same bytes when the caller gave them over: used up by the upload
};

std::string dump(const json& value) {
  // Invalid UTF-8 in a file becomes U+FFFD rather than an exception.
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string error_response(const Error& error) {
  json body;
  body["code"] = error.code;
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

// An error about the uploaded file: also its byte offset when it could not be decoded.
std::string upload_error_response(const Error& error, const DecodeError& decode_error) {
  if (error.code.compare(0, 5, "text.") != 0) return error_response(error);
  json response = json::parse(error_response(error));
  response["error"]["offset"] = decode_error.byte_offset;
  return dump(response);
}

// Which sheet of a workbook, which table of a zip: "sheet" and "entry" beside "file".
SourceChoice source_choice(const nlohmann::json& object) {
  SourceChoice choice;
  if (object.contains("sheet") && object["sheet"].is_string()) choice.sheet = object["sheet"].get<std::string>();
  if (object.contains("entry") && object["entry"].is_string()) choice.entry = object["entry"].get<std::string>();
  return choice;
}

// { "upload": { "mapping": {…}, "file": "name.csv" } } with the file's bytes beside the request.
Result<Upload> request_upload(const nlohmann::json& upload_json, const Attached& attached, const std::string& field,
                              DecodeError& decode_error) {
  if (!upload_json.is_object()) return request_error("request.invalid_json", field);
  if (!attached.bytes) return request_error("request.missing_field", "bytes");
  if (!upload_json.contains("mapping")) return request_error("request.missing_field", field + ".mapping");
  const std::string file = upload_json.contains("file") && upload_json["file"].is_string()
                               ? upload_json["file"].get<std::string>() : "upload.csv";
  const SourceChoice choice = source_choice(upload_json);
  if (attached.owned) {
    return build_upload(std::move(*attached.owned), file, upload_json["mapping"], &decode_error, attached.progress, choice);
  }
  return build_upload(*attached.bytes, file, upload_json["mapping"], &decode_error, attached.progress, choice);
}

// The dataset a request names, read and validated; or the error that stops it. An uploaded
// dataset also gives its report (it goes into the result).
Result<Dataset> request_dataset(const nlohmann::json& parsed, const Attached& attached, std::optional<json>& upload_report,
                                DecodeError& decode_error) {
  if (!parsed.contains("dataset")) return request_error("request.missing_field", "dataset");
  const auto& dataset_json = parsed["dataset"];
  if (!dataset_json.is_object()) return request_error("request.invalid_json", "dataset");
  if (dataset_json.contains("upload")) {
    auto built = request_upload(dataset_json["upload"], attached, "dataset.upload", decode_error);
    if (!built) return built.error();
    Upload upload = std::move(built).value();
    upload_report = upload_report_json(upload);   // before the dataset moves: it names units
    return std::move(upload.dataset);
  }
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

// The result of an op on an uploaded dataset carries the upload report.
json with_upload(json result, const std::optional<json>& upload_report) {
  if (upload_report) result["upload"] = *upload_report;
  return result;
}

std::string respond_with_bytes(const nlohmann::json& parsed, const std::string& op, const Attached& attached) {
  DecodeError decode_error;
  if (!attached.bytes) return error_response(request_error("request.missing_field", "bytes"));
  if (op == "inspect") {
    const std::string file = parsed.contains("file") && parsed["file"].is_string() ? parsed["file"].get<std::string>()
                                                                                    : "upload.csv";
    const bool transpose = parsed.contains("transpose") && parsed["transpose"].is_boolean() && parsed["transpose"].get<bool>();
    auto opened = open_upload(*attached.bytes, file, &decode_error, source_choice(parsed), transpose);
    if (!opened) return upload_error_response(opened.error(), decode_error);
    json result = inspect_upload(opened.value());
    result["file"] = file;
    result["bytes"] = attached.bytes->size();
    return ok_response(result);
  }
  // problems_csv
  if (!parsed.contains("upload")) return error_response(request_error("request.missing_field", "upload"));
  auto upload = request_upload(parsed["upload"], attached, "upload", decode_error);
  if (!upload) return upload_error_response(upload.error(), decode_error);
  return ok_response(json{{"csv", problem_rows_csv(upload.value().report)},
                          {"rows", upload.value().report.problem_rows.size()}});
}

// The session a request names by `"session": id`; null with the error when it names none.
std::shared_ptr<const Session> request_session(const nlohmann::json& parsed, std::optional<Error>& error) {
  const auto& id = parsed["session"];
  if (!id.is_number_integer()) {
    error = request_error("request.invalid_json", "session", id.dump());
    return nullptr;
  }
  auto session = sessions().find(id.get<int>());
  if (!session) error = request_error("session.unknown", "session", id.dump());
  return session;
}

// An optional boolean switch of the request, `fallback` when absent.
Result<bool> request_flag(const nlohmann::json& parsed, const char* key, bool fallback) {
  if (!parsed.contains(key)) return fallback;
  if (!parsed[key].is_boolean()) return request_error("request.invalid_json", key, parsed[key].dump());
  return parsed[key].get<bool>();
}

std::string respond_factors(const nlohmann::json& parsed, const Dataset& dataset, const Figures& figures,
                            const std::optional<json>& upload) {
  auto options = factors_options(parsed);
  if (!options) return error_response(options.error());
  return ok_response(with_upload(build_factors(dataset, figures, options.value()), upload));
}

// summary, check, factors, evaluate, compare, contest_page, swing_curve on a session's dataset (its contests' counts are ready).
std::string respond_on(const std::string& op, const nlohmann::json& parsed, const Session& session,
                       const std::optional<json>& upload) {
  const Dataset& dataset = session.dataset;
  if (op == "summary") return ok_response(with_upload(summary_json(dataset), upload));
  if (op == "check") return ok_response(with_upload(check_json(dataset), upload));
  if (op == "factors") return respond_factors(parsed, dataset, session.figures, upload);
  auto swing = request_swing(parsed);
  if (!swing) return error_response(swing.error());
  if (op == "compare") return ok_response(with_upload(compare_presets(session.table, swing.value()), upload));
  auto rule = request_rule(parsed);
  if (!rule) return error_response(rule.error());
  if (op == "swing_curve") {
    return ok_response(with_upload(swing_curve_result(session.table, rule.value(), session.curve_cache.get()), upload));
  }
  if (op == "contest_page") {
    auto query = parse_contest_query(parsed, dataset);
    if (!query) return error_response(query.error());
    return ok_response(with_upload(
        contest_page(dataset, session.table, rule.value(), swing.value(), query.value(), session.page_cache.get()), upload));
  }
  EvaluateParts parts;
  auto contests = request_flag(parsed, "contests", true);
  if (!contests) return error_response(contests.error());
  auto curve = request_flag(parsed, "curve", true);
  if (!curve) return error_response(curve.error());
  auto why = request_flag(parsed, "why", contests.value());
  if (!why) return error_response(why.error());
  parts.contests = contests.value();
  parts.curve = curve.value();
  parts.why = why.value();
  return ok_response(with_upload(
      evaluate_scenario(dataset, session.table, rule.value(), swing.value(), parts, session.curve_cache.get()), upload));
}

std::string respond(const std::string& request, const Attached& attached) {
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
  if (op == "inspect" || op == "problems_csv") return respond_with_bytes(parsed, op, attached);
  if (op == "close_session") {
    if (!parsed.contains("session")) return error_response(request_error("request.missing_field", "session"));
    std::optional<Error> error;
    if (!request_session(parsed, error)) return error_response(*error);
    const int id = parsed["session"].get<int>();
    sessions().close(id);
    return ok_response(json{{"session", id}, {"closed", true}});
  }
  if (op != "summary" && op != "check" && op != "evaluate" && op != "compare" && op != "open" &&
      op != "factors" && op != "contest_page" && op != "swing_curve")
    return error_response(request_error("request.unknown_op", "op", op));

  if (op != "open" && parsed.contains("session")) {
    if (parsed.contains("dataset")) return error_response(request_error("request.invalid_json", "session"));
    std::optional<Error> error;
    auto session = request_session(parsed, error);
    if (!session) return error_response(*error);
    return respond_on(op, parsed, *session, std::nullopt);
  }

  std::optional<json> upload;
  DecodeError decode_error;
  auto dataset = request_dataset(parsed, attached, upload, decode_error);
  if (!dataset) return upload_error_response(dataset.error(), decode_error);
  if (op == "summary") return ok_response(with_upload(summary_json(dataset.value()), upload));
  if (op == "check") return ok_response(with_upload(check_json(dataset.value()), upload));
  if (op == "factors") return respond_factors(parsed, dataset.value(), resolve_figures(dataset.value()), upload);
  auto session = make_session(std::move(dataset).value());
  if (op != "open") return respond_on(op, parsed, *session, upload);
  const auto contests = session->table.contests.size();
  const int id = sessions().open(std::move(session));
  return ok_response(with_upload(json{{"session", id}, {"contests", contests}}, upload));
}

std::string handle_with_bytes_or_none(const std::string& request, const Attached& attached) {
  try {
    return respond(request, attached);
  } catch (...) {
    // Not expected; still an answer, never an exception across the boundary.
    return R"({"ok":false,"error":{"code":"internal.error"}})";
  }
}

}  // namespace

std::string handle(const std::string& request) { return handle_with_bytes_or_none(request, Attached{}); }

std::string handle_with_bytes(const std::string& request, const std::string& bytes, const UploadProgress* progress) {
  return handle_with_bytes_or_none(request, Attached{&bytes, progress});
}

std::string handle_with_bytes(const std::string& request, std::string&& bytes, const UploadProgress* progress) {
  return handle_with_bytes_or_none(request, Attached{&bytes, progress, &bytes});
}

}  // namespace against_all
