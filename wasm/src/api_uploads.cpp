// The requests that come with an uploaded file's bytes: the upload readers reached from the API.
// handle() (api.cpp) never names them, so a module built on handle() alone leaves them out.
#include "against_all/api.hpp"
#include "against_all/api_respond.hpp"

#include <nlohmann/json.hpp>

#include "against_all/upload.hpp"
#include "against_all/wire/upload.hpp"

namespace against_all {

namespace api {

namespace {

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

Result<Dataset> upload_dataset(const nlohmann::json& upload_json, const Attached& attached,
                               std::optional<json>& upload_report, DecodeError& decode_error) {
  auto built = request_upload(upload_json, attached, "dataset.upload", decode_error);
  if (!built) return built.error();
  Upload upload = std::move(built).value();
  upload_report = upload_report_json(upload);   // before the dataset moves: it names units
  return std::move(upload.dataset);
}

std::string respond_with_bytes(const nlohmann::json& parsed, const std::string& op, const Attached& attached) {
  DecodeError decode_error;
  if (op == "inspect") {
    const std::string file = parsed.contains("file") && parsed["file"].is_string() ? parsed["file"].get<std::string>()
                                                                                    : "upload.csv";
    const bool transpose = parsed.contains("transpose") && parsed["transpose"].is_boolean() && parsed["transpose"].get<bool>();
    const std::size_t size = attached.bytes->size();
    // Bytes given over are used up here (no second file-sized copy at the peak); others are copied.
    auto opened = attached.owned ? open_upload(std::move(*attached.owned), file, &decode_error, source_choice(parsed), transpose)
                                 : open_upload(*attached.bytes, file, &decode_error, source_choice(parsed), transpose);
    if (!opened) return upload_error_response(opened.error(), decode_error);
    json result = inspect_upload(opened.value());
    result["file"] = file;
    result["bytes"] = size;
    return ok_response(std::move(result));
  }
  // problems_csv
  if (!parsed.contains("upload")) return error_response(request_error("request.missing_field", "upload"));
  auto upload = request_upload(parsed["upload"], attached, "upload", decode_error);
  if (!upload) return upload_error_response(upload.error(), decode_error);
  return ok_response(json{{"csv", problem_rows_csv(upload.value().report)},
                          {"rows", upload.value().report.problem_rows.size()}});
}

const UploadReader upload_reader{&upload_dataset, &respond_with_bytes};

}  // namespace

}  // namespace api

std::string handle_with_bytes(const std::string& request, const std::string& bytes, const UploadProgress* progress) {
  return api::respond(request, api::Attached{&bytes, progress, nullptr, &api::upload_reader});
}

std::string handle_with_bytes(const std::string& request, std::string&& bytes, const UploadProgress* progress) {
  return api::respond(request, api::Attached{&bytes, progress, &bytes, &api::upload_reader});
}

}  // namespace against_all
