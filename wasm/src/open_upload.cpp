// Opening an upload: the table's text out of its container, its delimiter and where the table is.
#include "against_all/upload.hpp"

#include <map>
#include <memory>
#include <string_view>

#include "against_all/limits.hpp"
#include "upload_errors.hpp"

namespace against_all {

namespace {

// The most common field count of the first records: what a workbook's tab-separated sheet gives
// in place of a sniffed delimiter's count.
int most_common_fields(std::string_view text, char delimiter) {
  DelimitedReader reader(text, delimiter);
  RecordView record;
  std::map<std::size_t, int> counts;
  for (int k = 0; k < 50 && reader.next(record); ++k) ++counts[record.fields.size()];
  std::size_t best = 0;
  int seen = 0;
  for (const auto& [fields, n] : counts) {
    if (n > seen) best = fields, seen = n;
  }
  return static_cast<int>(best);
}

}  // namespace

Result<DecodedUpload> open_upload(std::string bytes, const std::string& file_name, DecodeError* decode_error,
                                  const SourceChoice& choice, bool transpose) {
  if (bytes.size() > kMaxFileBytes) return limit_error("limit.file_size", file_name, std::to_string(bytes.size()) + " bytes");
  DecodedUpload out;
  auto decoded = read_table_source(std::move(bytes), file_name, choice, out.source, decode_error);
  if (!decoded) return decoded.error();
  out.decoded = std::move(decoded).value();
  const auto first = out.decoded.text.find_first_not_of("\r\n");
  if (first == std::string::npos) return empty_error(file_name, 1);
  if (out.source.workbook) {
    out.delimiter.delimiter = '\t';
    out.delimiter.fields = most_common_fields(out.decoded.text, '\t');
  } else {
    out.delimiter = sniff_delimiter(out.decoded.text);
  }
  {
    DelimitedReader header_reader(out.decoded.text, out.delimiter.delimiter);
    RecordView header;
    if (header_reader.next(header) && header.fields.size() > kMaxColumns)
      return limit_error("limit.columns", file_name, std::to_string(header.fields.size()) + " columns");
  }
  out.layout = find_table_layout(out.decoded.text, out.delimiter.delimiter, out.delimiter.fields);
  if (transpose) {
    auto view = std::make_shared<TransposedTable>(out.decoded.text, out.delimiter.delimiter, out.layout);
    if (static_cast<std::size_t>(view->rows()) > kMaxColumns)
      return limit_error("limit.columns", file_name, std::to_string(view->rows()) + " columns");
    out.transposed = std::move(view);
  }
  return out;
}

}  // namespace against_all
