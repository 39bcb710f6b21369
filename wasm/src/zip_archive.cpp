#include "against_all/zip_archive.hpp"

#include <algorithm>

#include "against_all/inflate.hpp"
#include "against_all/limits.hpp"

namespace against_all {

namespace {

std::uint32_t u16(std::string_view b, std::size_t at) {
  return static_cast<unsigned char>(b[at]) | (static_cast<unsigned char>(b[at + 1]) << 8);
}

std::uint32_t u32(std::string_view b, std::size_t at) {
  return u16(b, at) | (u16(b, at + 2) << 16);
}

Error zip_error(const std::string& code, const std::string& file, const std::string& text) {
  Error error;
  error.code = code;
  error.file = file;
  error.text = text;
  return error;
}

constexpr std::size_t kEndRecord = 22;

}  // namespace

bool looks_like_zip(std::string_view bytes) {
  return bytes.size() >= 4 && bytes[0] == 'P' && bytes[1] == 'K' &&
         ((bytes[2] == 3 && bytes[3] == 4) || (bytes[2] == 5 && bytes[3] == 6));
}

Result<ZipArchive> ZipArchive::open(std::string_view bytes, const std::string& file_name) {
  if (bytes.size() < kEndRecord) return zip_error("zip.broken", file_name, "no end of central directory");
  // The end record is the last thing in the file, followed by a comment of up to 65535 bytes.
  std::size_t end = std::string_view::npos;
  const std::size_t lowest = bytes.size() > kEndRecord + 65535 ? bytes.size() - kEndRecord - 65535 : 0;
  for (std::size_t at = bytes.size() - kEndRecord + 1; at-- > lowest;) {
    if (u32(bytes, at) == 0x06054b50 && at + kEndRecord + u16(bytes, at + 20) == bytes.size()) {
      end = at;
      break;
    }
  }
  if (end == std::string_view::npos) return zip_error("zip.broken", file_name, "no end of central directory");
  const std::uint32_t count = u16(bytes, end + 10);
  const std::uint64_t directory_size = u32(bytes, end + 12);
  const std::uint64_t directory_at = u32(bytes, end + 16);
  if (count == 0xFFFF || directory_size == 0xFFFFFFFF || directory_at == 0xFFFFFFFF)
    return zip_error("zip.zip64", file_name, "zip64");
  if (u16(bytes, end + 4) != 0 || u16(bytes, end + 6) != 0 || u16(bytes, end + 8) != count)
    return zip_error("zip.broken", file_name, "split across several files");
  if (count > kMaxZipEntries) return zip_error("limit.zip_entries", file_name, std::to_string(count) + " entries");
  if (directory_at + directory_size > end) return zip_error("zip.broken", file_name, "central directory out of the file");

  ZipArchive archive;
  archive.bytes_ = bytes;
  archive.file_ = file_name;
  std::size_t at = directory_at;
  for (std::uint32_t i = 0; i < count; ++i) {
    if (at + 46 > end || u32(bytes, at) != 0x02014b50)
      return zip_error("zip.broken", file_name, "central directory entry " + std::to_string(i + 1));
    ZipEntry entry;
    entry.flags = static_cast<std::uint16_t>(u16(bytes, at + 8));
    entry.method = static_cast<std::uint16_t>(u16(bytes, at + 10));
    entry.crc = u32(bytes, at + 16);
    entry.compressed_size = u32(bytes, at + 20);
    entry.size = u32(bytes, at + 24);
    const std::size_t name_length = u16(bytes, at + 28);
    const std::size_t extra_length = u16(bytes, at + 30);
    const std::size_t comment_length = u16(bytes, at + 32);
    entry.local_header = u32(bytes, at + 42);
    if (at + 46 + name_length + extra_length + comment_length > end)
      return zip_error("zip.broken", file_name, "central directory entry " + std::to_string(i + 1));
    entry.name = std::string(bytes.substr(at + 46, name_length));
    if (entry.compressed_size == 0xFFFFFFFF || entry.size == 0xFFFFFFFF || entry.local_header == 0xFFFFFFFF)
      return zip_error("zip.zip64", file_name, entry.name);
    archive.entries_.push_back(std::move(entry));
    at += 46 + name_length + extra_length + comment_length;
  }
  return archive;
}

const ZipEntry* ZipArchive::find(std::string_view name) const {
  for (const ZipEntry& entry : entries_) {
    if (entry.name == name) return &entry;
  }
  return nullptr;
}

Result<std::string> ZipArchive::read(const ZipEntry& entry) {
  if (entry.flags & 1) return zip_error("zip.encrypted", file_, entry.name);
  if (entry.method != 0 && entry.method != 8) return zip_error("zip.unsupported_method", file_, entry.name);
  const std::uint64_t header = entry.local_header;
  if (header + 30 > bytes_.size() || u32(bytes_, header) != 0x04034b50)
    return zip_error("zip.broken", file_, entry.name);
  const std::uint64_t data_at = header + 30 + u16(bytes_, header + 26) + u16(bytes_, header + 28);
  if (data_at + entry.compressed_size > bytes_.size()) return zip_error("zip.broken", file_, entry.name);
  if (entry.size > kMaxUnzippedBytes - std::min<std::uint64_t>(inflated_, kMaxUnzippedBytes))
    return zip_error("limit.unzipped_size", file_, entry.name);
  if (entry.size > kZipRatioFloor && entry.size / std::max<std::uint64_t>(entry.compressed_size, 1) > kMaxZipRatio)
    return zip_error("limit.zip_ratio", file_, entry.name);
  const std::string_view data = bytes_.substr(data_at, entry.compressed_size);
  std::string out;
  if (entry.method == 0) {
    if (entry.compressed_size != entry.size) return zip_error("zip.size_mismatch", file_, entry.name);
    out = std::string(data);
  } else {
    // Inflating stops as soon as it passes the declared size: a lying size costs nothing more.
    InflateResult inflated = inflate_raw(data, entry.size);
    if (inflated.status == InflateStatus::unavailable) return zip_error("zip.no_inflate", file_, entry.name);
    if (inflated.status == InflateStatus::over_limit) return zip_error("zip.size_mismatch", file_, entry.name);
    if (inflated.status == InflateStatus::corrupt) return zip_error("zip.broken", file_, entry.name);
    out = std::move(inflated.data);
  }
  if (out.size() != entry.size) return zip_error("zip.size_mismatch", file_, entry.name);
  if (crc32_of(out) != entry.crc) return zip_error("zip.crc_mismatch", file_, entry.name);
  inflated_ += out.size();
  return out;
}

}  // namespace against_all
