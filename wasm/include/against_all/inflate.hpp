// Raw DEFLATE (RFC 1951) decompression, supplied by the host: zlib in the native build (CLI,
// tests, fuzz targets: wasm/host/zlib_inflate.cpp), a JavaScript inflate in the browser
// (wasm/bindings). The core reads the containers (zip, gzip) and checks sizes and CRC-32
// itself, so both hosts give the same answers and the limits live in one place.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace against_all {

enum class InflateStatus { ok, corrupt, over_limit, unavailable };

struct InflateResult {
  InflateStatus status = InflateStatus::unavailable;
  std::string data;   // the inflated bytes when ok
};

// Inflates `compressed` (raw deflate, no header) producing at most `limit` bytes; past that it
// stops and answers over_limit, so a bomb costs no more than `limit` bytes of memory.
using RawInflater = std::function<InflateResult(std::string_view compressed, std::size_t limit)>;

// Set once by the host at start-up; until then inflate_raw answers `unavailable`.
void set_raw_inflater(RawInflater inflater);
InflateResult inflate_raw(std::string_view compressed, std::size_t limit);

// CRC-32 (ISO-HDLC, as in zip and gzip).
std::uint32_t crc32_of(std::string_view bytes);

}  // namespace against_all
