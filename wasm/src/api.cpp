#include "against_all/api.hpp"
#include "against_all/api_respond.hpp"

#include <map>

#include <nlohmann/json.hpp>

#include "against_all/contest_page.hpp"
#include "against_all/dataset.hpp"
#include "against_all/error.hpp"
#include "against_all/factors.hpp"
#include "against_all/figures.hpp"
#include "against_all/scenario.hpp"
#include "against_all/session.hpp"
#include "against_all/summary.hpp"
#include "against_all/wire/contest_page.hpp"
#include "against_all/wire/factors.hpp"
#include "against_all/wire/rule.hpp"
#include "against_all/wire/scenario.hpp"
#include "against_all/wire/summary.hpp"
#include "against_all/wire/dataset_manifest.hpp"

namespace against_all {

namespace api {

namespace {

std::string dump(const json& value) {
  // Invalid UTF-8 in a file becomes U+FFFD rather than an exception.
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace

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

Error request_error(const std::string& code, const std::string& field, std::optional<std::string> text) {
  Error error;
  error.code = code;
  error.field = field;
  error.text = std::move(text);
  return error;
}

std::string upload_error_response(const Error& error, const DecodeError& decode_error) {
  if (error.code.compare(0, 5, "text.") != 0) return error_response(error);
  json response = json::parse(error_response(error));
  response["error"]["offset"] = decode_error.byte_offset;
  return dump(response);
}

// The result moves into the response (a braced json{…} would copy it: a summary of 100,000
// polling stations is tens of MB of values).
std::string ok_response(json result) {
  json response = json::object();
  response["ok"] = true;
  response["result"] = std::move(result);
  return dump(response);
}

namespace {

// The dataset a request names, read and validated; or the error that stops it. An uploaded
// dataset also gives its report (it goes into the result).
Result<Dataset> request_dataset(const nlohmann::json& parsed, const Attached& attached, std::optional<json>& upload_report,
                                DecodeError& decode_error) {
  if (!parsed.contains("dataset")) return request_error("request.missing_field", "dataset");
  const auto& dataset_json = parsed["dataset"];
  if (!dataset_json.is_object()) return request_error("request.invalid_json", "dataset");
  if (dataset_json.contains("upload")) {
    if (!dataset_json["upload"].is_object()) return request_error("request.invalid_json", "dataset.upload");
    if (!attached.bytes) return request_error("request.missing_field", "bytes");
    return attached.reader->dataset(dataset_json["upload"], attached, upload_report, decode_error);
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

// The result of an op on an uploaded dataset carries the upload report.
json with_upload(json result, const std::optional<json>& upload_report) {
  if (upload_report) result["upload"] = *upload_report;
  return result;
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
  return ok_response(with_upload(factors_json(dataset, build_factors(dataset, figures, options.value())), upload));
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
  if (op == "compare") return ok_response(with_upload(comparison_json(compare_presets(session.table, swing.value())), upload));
  auto rule = request_rule(parsed);
  if (!rule) return error_response(rule.error());
  if (op == "swing_curve") {
    const SwingCurvePoints curve = swing_curve_points(session.table, rule.value(), session.curve_cache.get());
    return ok_response(with_upload(swing_curve_json(rule.value(), curve), upload));
  }
  if (op == "contest_page") {
    auto query = parse_contest_query(parsed, dataset);
    if (!query) return error_response(query.error());
    const ContestPage page =
        contest_page(dataset, session.table, rule.value(), swing.value(), query.value(), session.page_cache.get());
    return ok_response(
        with_upload(contest_page_json(dataset, session.table, rule.value(), swing.value(), query.value(), page), upload));
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
      scenario_json(dataset, session.table, rule.value(), swing.value(), parts, session.curve_cache.get()), upload));
}

std::string respond_to(const std::string& request, const Attached& attached) {
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
  if (op == "presets") return ok_response(presets_json());
  if (op == "inspect" || op == "problems_csv") {
    if (!attached.bytes) return error_response(request_error("request.missing_field", "bytes"));
    return attached.reader->respond(parsed, op, attached);
  }
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

}  // namespace

std::string respond(const std::string& request, const Attached& attached) {
  try {
    return respond_to(request, attached);
  } catch (...) {
    // Not expected; still an answer, never an exception across the boundary.
    return R"({"ok":false,"error":{"code":"internal.error"}})";
  }
}

}  // namespace api

// A request without bytes: the upload readers are never reached (api_uploads.cpp has the ones with bytes).
std::string handle(const std::string& request) { return api::respond(request, api::Attached{}); }

}  // namespace against_all
