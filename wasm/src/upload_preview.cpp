// What `inspect` shows of an upload before it is mapped: its header, its first rows, the lines that
// are not rows, and a suggested mapping read from a larger sample of rows.
#include "against_all/upload.hpp"

#include <string>
#include <vector>

#include "against_all/cell_text.hpp"
#include "against_all/table_layout.hpp"

namespace against_all {

UploadPreview preview_upload(const DecodedUpload& upload, std::size_t preview_rows) {
  UploadPreview out;
  DelimitedReader reader(upload.table_text(), upload.table_delimiter());
  RecordView record;
  out.header = upload.layout.header;
  std::vector<std::vector<std::string>> sample;   // the suggestion's sample: more rows than the preview
  out.skipped = upload.layout.above;
  const int notes_from = upload.transposed ? 0 : upload.layout.notes_from_line;
  for (int k = 0; k < upload.header_records(); ++k) {
    if (!reader.next(record)) break;
  }
  if (upload.transposed) {
    out.header.clear();
    for (auto f : record.fields) out.header.emplace_back(trim_cell(f));
  }
  reader.expect_fields(out.header.size());
  while (reader.next(record)) {
    if (notes_from > 0 && record.line >= notes_from && is_note_record(record.fields, static_cast<int>(out.header.size()))) {
      out.skipped.push_back(SkippedLine{record.line, "layout.note", std::string(record.raw)});
      continue;
    }
    if (sample.size() < kSuggestionSampleRows) sample.emplace_back(record.fields.begin(), record.fields.end());
    if (out.first_rows.size() < preview_rows) {
      out.first_rows.push_back(PreviewRow{record.line, std::vector<std::string>(record.fields.begin(), record.fields.end())});
    }
    ++out.rows;
  }
  out.problems = reader.problems().size();
  out.suggestion = suggest_mapping(out.header, sample);
  out.suggestion.mapping.transpose = upload.transposed != nullptr;
  return out;
}

}  // namespace against_all
