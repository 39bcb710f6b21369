// An upload from JSON and as JSON: built with the mapping a request gives, the report of a build (docs/engine-api.md, "Upload") and what `inspect` shows
// of a file before it is mapped.
#pragma once

#include <cstddef>
#include <string>

#include <nlohmann/json.hpp>

#include "against_all/error.hpp"
#include "against_all/upload.hpp"

namespace against_all {

// An upload built from its bytes and the mapping a request gives (wire/column_mapping.hpp reads it
// against the file's header). Errors: those of open_upload, map.* (read_mapping), csv.empty (no data row).
Result<Upload> build_upload(std::string bytes, const std::string& file_name, const nlohmann::json& mapping,
                            DecodeError* decode_error = nullptr, const UploadProgress* progress = nullptr,
                            const SourceChoice& choice = {});

// { file, encoding, delimiter, rows, rows_used, rows_not_used, problems, problems_total,
//   unknown_figures, unmapped, notes, mapping } — problems are listed up to `max_problems`.
nlohmann::ordered_json upload_report_json(const Upload& upload, std::size_t max_problems = 1000);

// `inspect`: encoding, delimiter, header, the first rows as text, the suggested mapping, row count.
// Also `layout`: the lines skipped above the header, the header's line(s), whether the table looks
// transposed and whether it is read transposed.
nlohmann::ordered_json inspect_upload(const DecodedUpload& upload, std::size_t preview_rows = 20);

}  // namespace against_all
