#include "against_all/file_kind.hpp"

#include <algorithm>
#include <cctype>

namespace against_all {

namespace {

bool starts(std::string_view bytes, std::string_view prefix) {
  return bytes.size() >= prefix.size() && bytes.substr(0, prefix.size()) == prefix;
}

// The first 2 KB lower-cased, after a UTF-8 BOM and white space.
std::string head_lower(std::string_view bytes) {
  std::size_t at = starts(bytes, "\xEF\xBB\xBF") ? 3 : 0;
  while (at < bytes.size() && std::isspace(static_cast<unsigned char>(bytes[at]))) ++at;
  std::string out(bytes.substr(at, 2048));
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool looks_like_html(const std::string& head) {
  if (head.empty() || head[0] != '<') return false;
  for (const char* tag : {"<!doctype html", "<html", "<head", "<body", "<table", "<meta", "<title", "<div", "<style", "<script"}) {
    if (starts(head, tag)) return true;
  }
  // An XML declaration or a comment before the page.
  return (starts(head, "<?xml") || starts(head, "<!--")) && head.find("<html") != std::string::npos;
}

bool contains_utf16(std::string_view bytes, std::string_view ascii) {
  std::string wide;
  for (char c : ascii) {
    wide += c;
    wide += '\0';
  }
  return bytes.find(wide) != std::string_view::npos;
}

}  // namespace

FileKind sniff_file_kind(std::string_view bytes) {
  if (starts(bytes, "\x1F\x8B")) return FileKind::gzip;
  if (starts(bytes, "PK\x03\x04") || starts(bytes, "PK\x05\x06")) return FileKind::zip;
  if (starts(bytes, "%PDF-")) return FileKind::pdf;
  if (starts(bytes, "\x89PNG\r\n\x1A\n") || starts(bytes, "\xFF\xD8\xFF") || starts(bytes, "GIF87a") ||
      starts(bytes, "GIF89a") || (starts(bytes, "RIFF") && bytes.size() >= 12 && bytes.substr(8, 4) == "WEBP") ||
      starts(bytes, "II*\0") || starts(bytes, std::string_view("MM\0*", 4)))
    return FileKind::image;
  if (starts(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) return FileKind::ole;
  if (starts(bytes, "{\\rtf")) return FileKind::rtf;
  if (starts(bytes, "Rar!\x1A\x07") || starts(bytes, "7z\xBC\xAF\x27\x1C") || starts(bytes, "BZh") ||
      starts(bytes, "\xFD" "7zXZ") || (bytes.size() > 262 && bytes.substr(257, 5) == "ustar"))
    return FileKind::archive;
  const std::string head = head_lower(bytes);
  if (looks_like_html(head)) return FileKind::html;
  if (starts(head, "<?xml") && head.find("urn:schemas-microsoft-com:office:spreadsheet") != std::string::npos)
    return FileKind::xml_spreadsheet;
  return FileKind::text;
}

std::string ole_kind(std::string_view bytes) {
  if (contains_utf16(bytes, "Workbook") || contains_utf16(bytes, "Book")) return "xls";
  if (contains_utf16(bytes, "WordDocument")) return "doc";
  return "";
}

std::string format_name(std::string_view bytes, FileKind kind) {
  switch (kind) {
    case FileKind::pdf: return "PDF";
    case FileKind::image:
      if (starts(bytes, "\x89PNG")) return "PNG image";
      if (starts(bytes, "\xFF\xD8\xFF")) return "JPEG image";
      if (starts(bytes, "GIF8")) return "GIF image";
      if (starts(bytes, "RIFF")) return "WebP image";
      return "TIFF image";
    case FileKind::ole: {
      const std::string what = ole_kind(bytes);
      return what == "xls" ? "Excel 97-2003 workbook (.xls)" : what == "doc" ? "Word 97-2003 document (.doc)"
                                                                             : "Office 97-2003 file";
    }
    case FileKind::html: return "HTML page";
    case FileKind::rtf: return "RTF document";
    case FileKind::xml_spreadsheet: return "Excel 2003 XML spreadsheet";
    case FileKind::archive:
      if (starts(bytes, "Rar!")) return "RAR archive";
      if (starts(bytes, "7z")) return "7-Zip archive";
      if (starts(bytes, "BZh")) return "bzip2 file";
      if (starts(bytes, "\xFD" "7zXZ")) return "xz file";
      return "tar archive";
    case FileKind::gzip: return "gzip file";
    case FileKind::zip: return "zip archive";
    case FileKind::text: return "text";
  }
  return "";
}

}  // namespace against_all
