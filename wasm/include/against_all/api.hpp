// The engine's one entry point: a JSON request in, a JSON response out (docs/engine-api.md).
#pragma once

#include <string>

#include "against_all/upload.hpp"

namespace against_all {

// Never throws: every failure is returned as {"ok":false,"error":{…}}.
std::string handle(const std::string& request);

// The same, with an uploaded file's bytes beside the request (not inside the JSON): for the
// `inspect` and `problems_csv` ops and a dataset given as { "upload": { "mapping": {…} } }.
// `progress`, when given, hears how far reading the file has got (see UploadProgress).
std::string handle_with_bytes(const std::string& request, const std::string& bytes,
                              const UploadProgress* progress = nullptr);

// The same, taking the bytes over: a UTF-8 file is then decoded where it lies, not copied first
// (one copy of a 100 MB file less at the peak).
std::string handle_with_bytes(const std::string& request, std::string&& bytes,
                              const UploadProgress* progress = nullptr);

}  // namespace against_all
