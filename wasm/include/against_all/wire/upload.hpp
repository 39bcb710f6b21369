// An upload as JSON: the report of a build (docs/engine-api.md, "Upload") and what `inspect` shows
// of a file before it is mapped.
#pragma once

#include <cstddef>

#include <nlohmann/json.hpp>

#include "against_all/upload.hpp"

namespace against_all {

// { file, encoding, delimiter, rows, rows_used, rows_not_used, problems, problems_total,
//   unknown_figures, unmapped, notes, mapping } — problems are listed up to `max_problems`.
nlohmann::ordered_json upload_report_json(const Upload& upload, std::size_t max_problems = 1000);

// `inspect`: encoding, delimiter, header, the first rows as text, the suggested mapping, row count.
// Also `layout`: the lines skipped above the header, the header's line(s), whether the table looks
// transposed and whether it is read transposed.
nlohmann::ordered_json inspect_upload(const DecodedUpload& upload, std::size_t preview_rows = 20);

}  // namespace against_all
