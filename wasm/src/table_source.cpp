#include "against_all/table_source.hpp"

#include <algorithm>
#include <cctype>

#include "against_all/file_kind.hpp"
#include "against_all/inflate.hpp"
#include "against_all/limits.hpp"
#include "against_all/utf8.hpp"
#include "against_all/zip_archive.hpp"

namespace against_all {

namespace {

Error source_error(const std::string& code, const std::string& file, const std::string& text) {
  Error error;
  error.code = code;
  error.file = file;
  error.text = text;
  return error;
}

std::uint32_t le32(const std::string& b, std::size_t at) {
  std::uint32_t v = 0;
  for (int k = 3; k >= 0; --k) v = (v << 8) | static_cast<unsigned char>(b[at + k]);
  return v;
}

// How much one compressed stream may inflate to: the ratio limit, within the total limit.
std::size_t inflate_budget(std::size_t compressed) {
  const std::size_t by_ratio = std::max(kZipRatioFloor, compressed > kMaxUnzippedBytes / kMaxZipRatio
                                                            ? kMaxUnzippedBytes : compressed * kMaxZipRatio);
  return std::min(by_ratio, kMaxUnzippedBytes);
}

// RFC 1952: one member; the header's optional fields skipped, CRC-32 and size checked.
Result<std::string> gunzip(const std::string& bytes, const std::string& file) {
  if (bytes.size() < 18 || static_cast<unsigned char>(bytes[2]) != 8)
    return source_error("gzip.broken", file, "not a deflate gzip stream");
  const auto flags = static_cast<unsigned char>(bytes[3]);
  std::size_t at = 10;
  if (flags & 4) {   // FEXTRA
    if (at + 2 > bytes.size()) return source_error("gzip.broken", file, "header");
    at += 2 + (static_cast<unsigned char>(bytes[at]) | (static_cast<unsigned char>(bytes[at + 1]) << 8));
  }
  for (int field : {8, 16}) {   // FNAME, FCOMMENT: zero-terminated
    if (!(flags & field)) continue;
    const auto zero = bytes.find('\0', at);
    if (zero == std::string::npos) return source_error("gzip.broken", file, "header");
    at = zero + 1;
  }
  if (flags & 2) at += 2;   // FHCRC
  if (at + 8 > bytes.size()) return source_error("gzip.broken", file, "header");
  const std::string_view body(bytes.data() + at, bytes.size() - at - 8);
  const std::size_t budget = inflate_budget(body.size());
  InflateResult inflated = inflate_raw(body, budget);
  if (inflated.status == InflateStatus::unavailable) return source_error("zip.no_inflate", file, "gzip");
  if (inflated.status == InflateStatus::over_limit)
    return source_error(budget == kMaxUnzippedBytes ? "limit.unzipped_size" : "limit.zip_ratio", file,
                        "more than " + std::to_string(budget) + " bytes");
  if (inflated.status == InflateStatus::corrupt) return source_error("gzip.broken", file, "compressed data");
  const std::uint32_t crc = le32(bytes, bytes.size() - 8);
  const std::uint32_t size = le32(bytes, bytes.size() - 4);
  if (crc32_of(inflated.data) != crc) return source_error("gzip.crc_mismatch", file, "CRC-32");
  if (static_cast<std::uint32_t>(inflated.data.size()) != size) return source_error("gzip.broken", file, "size");
  return std::move(inflated.data);
}

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

bool ends_with(const std::string& text, const std::string& tail) {
  return text.size() >= tail.size() && text.compare(text.size() - tail.size(), tail.size(), tail) == 0;
}

bool is_table_entry(const ZipEntry& entry) {
  if (entry.directory() || entry.name.rfind("__MACOSX/", 0) == 0) return false;
  const std::string name = lower(entry.name);
  for (const char* tail : {".csv", ".tsv", ".txt", ".tab", ".xlsx", ".xlsm", ".gz"}) {
    if (ends_with(name, tail)) return true;
  }
  return false;
}

bool has_prefix(const ZipArchive& zip, const std::string& prefix) {
  return std::any_of(zip.entries().begin(), zip.entries().end(),
                     [&](const ZipEntry& e) { return e.name.rfind(prefix, 0) == 0; });
}

Result<DecodedText> read_source(std::string bytes, const std::string& file_name, const SourceChoice& choice,
                                TableSource& source, DecodeError* decode_error, int depth);

Result<DecodedText> read_zip(std::string bytes, const std::string& file_name, const SourceChoice& choice,
                             TableSource& source, DecodeError* decode_error, int depth) {
  auto opened = ZipArchive::open(bytes, file_name);
  if (!opened) return opened.error();
  ZipArchive zip = std::move(opened).value();
  if (zip.find("xl/workbook.xml") || (zip.find("[Content_Types].xml") && has_prefix(zip, "xl/"))) {
    auto read = read_workbook(bytes, file_name, choice.sheet);
    if (!read) return read.error();
    WorkbookRead workbook = std::move(read).value();
    source.workbook = true;
    source.sheets = std::move(workbook.sheets);
    DecodedText out;
    out.text = std::move(workbook.table.text);
    workbook.table.text.clear();
    source.sheet = std::move(workbook.table);
    return out;
  }
  if (zip.find("word/document.xml")) return source_error("file.word", file_name, "Word document (.docx)");
  if (has_prefix(zip, "ppt/")) return source_error("file.not_a_table", file_name, "PowerPoint presentation (.pptx)");
  if (const ZipEntry* mimetype = zip.find("mimetype")) {
    auto type = zip.read(*mimetype);
    const std::string value = type ? type.value() : "";
    if (value.find("opendocument.spreadsheet") != std::string::npos)
      return source_error("file.ods", file_name, "OpenDocument spreadsheet (.ods)");
    if (value.find("opendocument.text") != std::string::npos)
      return source_error("file.word", file_name, "OpenDocument text (.odt)");
    if (value.find("opendocument") != std::string::npos)
      return source_error("file.not_a_table", file_name, "OpenDocument file");
  }
  if (depth > 0) return source_error("file.archive", file_name, "a zip inside a compressed file");
  source.container = "zip";
  for (const ZipEntry& entry : zip.entries()) {
    if (is_table_entry(entry)) source.entries.push_back(entry.name);
  }
  if (source.entries.empty())
    return source_error("file.archive", file_name, "zip archive without a table (" + std::to_string(zip.entries().size()) + " files)");
  const std::string wanted = choice.entry.empty() ? source.entries.front() : choice.entry;
  const ZipEntry* entry = zip.find(wanted);
  if (!entry || !is_table_entry(*entry)) return source_error("zip.unknown_entry", file_name, wanted);
  if (entry->size > inflate_budget(entry->compressed_size) && entry->size > kZipRatioFloor)
    return source_error("limit.zip_ratio", file_name, entry->name);
  auto inner = zip.read(*entry);
  if (!inner) return inner.error();
  source.entry = entry->name;
  return read_source(std::move(inner).value(), file_name, choice, source, decode_error, depth + 1);
}

Result<DecodedText> read_source(std::string bytes, const std::string& file_name, const SourceChoice& choice,
                                TableSource& source, DecodeError* decode_error, int depth) {
  const FileKind kind = sniff_file_kind(bytes);
  switch (kind) {
    case FileKind::gzip: {
      if (depth > 1) return source_error("file.archive", file_name, "nested compressed files");
      auto inflated = gunzip(bytes, file_name);
      if (!inflated) return inflated.error();
      if (source.container.empty()) source.container = "gzip";
      return read_source(std::move(inflated).value(), file_name, choice, source, decode_error, depth + 1);
    }
    case FileKind::zip: return read_zip(std::move(bytes), file_name, choice, source, decode_error, depth);
    case FileKind::pdf: return source_error("file.pdf", file_name, format_name(bytes, kind));
    case FileKind::image: return source_error("file.image", file_name, format_name(bytes, kind));
    case FileKind::html: return source_error("file.html", file_name, format_name(bytes, kind));
    case FileKind::rtf: return source_error("file.word", file_name, format_name(bytes, kind));
    case FileKind::xml_spreadsheet: return source_error("file.xls", file_name, format_name(bytes, kind));
    case FileKind::archive: return source_error("file.archive", file_name, format_name(bytes, kind));
    case FileKind::ole: {
      const std::string what = ole_kind(bytes);
      return source_error(what == "xls" ? "file.xls" : what == "doc" ? "file.word" : "file.not_a_table", file_name,
                          format_name(bytes, kind));
    }
    case FileKind::text: break;
  }
  DecodeResult decoded = decode_text(std::move(bytes), file_name);
  if (!decoded.ok()) {
    if (decode_error) *decode_error = decoded.error;
    return decoded.error.error;
  }
  return std::move(decoded.decoded);
}

}  // namespace

Result<DecodedText> read_table_source(std::string bytes, const std::string& file_name, const SourceChoice& choice,
                                      TableSource& source, DecodeError* decode_error) {
  return read_source(std::move(bytes), file_name, choice, source, decode_error, 0);
}

std::string cell_at(const TableSource& source, const std::string& text, std::vector<std::size_t>& line_starts,
                    int line, int column) {
  if (!source.workbook || line < 1) return "";
  if (line_starts.empty()) {
    line_starts.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n') line_starts.push_back(i + 1);
    }
  }
  if (static_cast<std::size_t>(line) > line_starts.size()) return "";
  // The field holding the column: count tabs outside quotes before it.
  int field = 0, at_column = 1;
  bool quoted = false;
  for (std::size_t i = line_starts[line - 1]; i < text.size() && text[i] != '\n' && at_column < column; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '"') quoted = !quoted;
    if (c == '\t' && !quoted) ++field;
    if (!utf8_continuation(static_cast<char>(c))) ++at_column;
  }
  return cell_name(source.sheet.first_row + line - 1, source.sheet.first_column + field);
}

}  // namespace against_all
