// What a file is, told from its first bytes (never from its name): a table the upload reads
// (delimited text, an Excel workbook, a gzip or zip holding tables), or something that is not a
// table, named so the user can be told what to do instead (docs/engine-api.md, "What is not a table").
#pragma once

#include <string>
#include <string_view>

namespace against_all {

enum class FileKind {
  text,         // anything else: read as delimited text
  gzip,
  zip,          // a zip: a workbook, an OpenDocument or Word file, or an archive (see zip_kind)
  pdf,
  image,
  ole,          // an old Office file (.xls, .doc): see ole_kind
  html,
  rtf,
  xml_spreadsheet,   // Excel 2003 XML
  archive,      // rar, 7z, tar, bzip2, xz
};

FileKind sniff_file_kind(std::string_view bytes);

// For an OLE compound file: "xls", "doc" or "" (another Office file).
std::string ole_kind(std::string_view bytes);

// A short name of the format for messages: "PDF", "PNG image", "RAR archive", …
std::string format_name(std::string_view bytes, FileKind kind);

}  // namespace against_all
