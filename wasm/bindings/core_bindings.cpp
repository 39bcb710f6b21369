// The whole wasm surface: one message in, one message out (see docs/engine-api.md).
// handle() never throws; errors come back as JSON values.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>

#include "against_all/api.hpp"

namespace {

std::string call(const std::string& request) { return against_all::handle(request); }

// An uploaded file's bytes arrive as a Uint8Array (embind copies them into a std::string, which
// the core then takes over rather than copying again);
// `on_progress(bytesRead, bytesTotal, rows)` is called now and then, or pass null.
std::string call_with_bytes(const std::string& request, std::string bytes, emscripten::val on_progress) {
  if (on_progress.isNull() || on_progress.isUndefined()) return against_all::handle_with_bytes(request, std::move(bytes));
  const against_all::UploadProgress progress = [&on_progress](std::uint64_t read, std::uint64_t total,
                                                              std::uint64_t rows) {
    on_progress(static_cast<double>(read), static_cast<double>(total), static_cast<double>(rows));
  };
  return against_all::handle_with_bytes(request, std::move(bytes), &progress);
}

}  // namespace

EMSCRIPTEN_BINDINGS(against_all_core) {
  emscripten::function("call", &call);
  emscripten::function("callWithBytes", &call_with_bytes);
}
