// The native host's raw inflate: zlib. Linked into the CLI, the GoogleTest suite and the fuzz
// targets (never into the wasm module, which gets a JavaScript inflate from its host).
#include <zlib.h>

#include <algorithm>

#include "against_all/inflate.hpp"

namespace against_all {

namespace {

InflateResult zlib_inflate_raw(std::string_view compressed, std::size_t limit) {
  InflateResult result;
  z_stream stream{};
  if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) return result;   // unavailable
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
  std::size_t left_in = compressed.size();
  char buffer[64 * 1024];
  int code = Z_OK;
  while (code != Z_STREAM_END) {
    const uInt take = static_cast<uInt>(std::min<std::size_t>(left_in, 1u << 30));
    stream.avail_in = take;
    stream.next_out = reinterpret_cast<Bytef*>(buffer);
    stream.avail_out = sizeof buffer;
    code = inflate(&stream, Z_NO_FLUSH);
    left_in -= take - stream.avail_in;
    const std::size_t produced = sizeof buffer - stream.avail_out;
    if (code != Z_OK && code != Z_STREAM_END) {
      result.status = InflateStatus::corrupt;   // also a stream cut short (Z_BUF_ERROR)
      break;
    }
    if (result.data.size() + produced > limit) {
      result.status = InflateStatus::over_limit;
      break;
    }
    result.data.append(buffer, produced);
    if (code == Z_OK && produced == 0 && left_in == 0 && stream.avail_in == 0) {
      result.status = InflateStatus::corrupt;   // input ended before the last block
      break;
    }
    if (code == Z_STREAM_END) result.status = InflateStatus::ok;
  }
  inflateEnd(&stream);
  if (result.status != InflateStatus::ok) result.data.clear();
  return result;
}

const bool registered = (set_raw_inflater(&zlib_inflate_raw), true);

}  // namespace

}  // namespace against_all
