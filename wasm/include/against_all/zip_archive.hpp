// A zip file's central directory, and its entries read with their sizes and CRC-32 checked
// (inflate comes from the host: inflate.hpp). Zip64, encryption and methods other than stored and
// deflate are refused by name. Limits (limits.hpp): entries, total inflated bytes, ratio.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "against_all/error.hpp"

namespace against_all {

struct ZipEntry {
  std::string name;
  std::uint16_t flags = 0;
  std::uint16_t method = 0;
  std::uint32_t crc = 0;
  std::uint64_t compressed_size = 0;
  std::uint64_t size = 0;
  std::uint64_t local_header = 0;
  bool directory() const { return !name.empty() && name.back() == '/'; }
};

class ZipArchive {
 public:
  // Errors: zip.broken, zip.zip64, limit.zip_entries. `bytes` must outlive the archive.
  static Result<ZipArchive> open(std::string_view bytes, const std::string& file_name);

  const std::vector<ZipEntry>& entries() const { return entries_; }
  const ZipEntry* find(std::string_view name) const;

  // Errors (text = the entry's name): zip.broken, zip.encrypted, zip.unsupported_method,
  // zip.crc_mismatch, zip.size_mismatch, zip.no_inflate, limit.unzipped_size, limit.zip_ratio.
  Result<std::string> read(const ZipEntry& entry);

 private:
  std::string_view bytes_;
  std::string file_;
  std::vector<ZipEntry> entries_;
  std::uint64_t inflated_ = 0;   // bytes read out so far: the budget is for the whole file
};

// True when the bytes start like a zip (a local header, or the end record of an empty zip).
bool looks_like_zip(std::string_view bytes);

}  // namespace against_all
