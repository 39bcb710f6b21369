#pragma once

// How the core answers one request, shared by handle() (api.cpp) and handle_with_bytes()
// (api_uploads.cpp). The upload readers are reached only through the UploadReader that comes with
// the bytes, so a program that calls handle() alone — the page's first wasm module, which answers
// for the bundled elections — links none of them (CMakeLists.txt, against_all_wasm_lite).

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "against_all/dataset.hpp"
#include "against_all/error.hpp"
#include "against_all/text_encoding.hpp"
#include "against_all/upload.hpp"

namespace against_all::api {

using json = nlohmann::ordered_json;

struct UploadReader;

// What comes beside the JSON request: an uploaded file's bytes, whom to tell how far along it is,
// and the reader of those bytes.
struct Attached {
  const std::string* bytes = nullptr;
  const UploadProgress* progress = nullptr;
  std::string* owned = nullptr;   // the same bytes when the caller gave them over: used up by the upload
  const UploadReader* reader = nullptr;   // set whenever bytes is
};

struct UploadReader {
  // The dataset of `"dataset": { "upload": {…} }` (an object, the bytes attached) and its report.
  Result<Dataset> (*dataset)(const nlohmann::json& upload_json, const Attached& attached,
                             std::optional<json>& upload_report, DecodeError& decode_error);
  // `inspect` and `problems_csv` (the bytes attached).
  std::string (*respond)(const nlohmann::json& parsed, const std::string& op, const Attached& attached);
};

// The response to one request; never throws.
std::string respond(const std::string& request, const Attached& attached);

std::string error_response(const Error& error);
Error request_error(const std::string& code, const std::string& field = "",
                    std::optional<std::string> text = std::nullopt);
// An error about the uploaded file: also its byte offset when it could not be decoded.
std::string upload_error_response(const Error& error, const DecodeError& decode_error);
std::string ok_response(json result);

}  // namespace against_all::api
