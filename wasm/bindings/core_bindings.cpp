// The whole wasm surface: one message in, one message out (see docs/engine-api.md).
// handle() never throws; errors come back as JSON values.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>
#include <string_view>

#include "against_all/api.hpp"
#include "against_all/inflate.hpp"

namespace {

// The core's inflate in the browser: Module.inflateRaw(Uint8Array, limit) → { status, data }
// (web/src/engine/inflate.js, given to the module factory by web/src/engine/core.js).
against_all::InflateResult js_inflate_raw(std::string_view compressed, std::size_t limit) {
  using emscripten::val;
  against_all::InflateResult result;
  const val inflate = val::module_property("inflateRaw");
  if (inflate.isUndefined() || inflate.isNull()) return result;   // unavailable
  const val input(emscripten::typed_memory_view(compressed.size(), reinterpret_cast<const unsigned char*>(compressed.data())));
  const val answer = inflate(input, static_cast<double>(limit));
  const std::string status = answer["status"].as<std::string>();
  if (status == "over_limit") {
    result.status = against_all::InflateStatus::over_limit;
  } else if (status != "ok") {
    result.status = against_all::InflateStatus::corrupt;
  } else {
    const val data = answer["data"];
    result.data.resize(data["length"].as<std::size_t>());
    // The view is made after the resize: growing the string may move the wasm memory.
    val(emscripten::typed_memory_view(result.data.size(), reinterpret_cast<unsigned char*>(result.data.data())))
        .call<void>("set", data);
    result.status = against_all::InflateStatus::ok;
  }
  return result;
}

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
  against_all::set_raw_inflater(&js_inflate_raw);
  emscripten::function("call", &call);
  emscripten::function("callWithBytes", &call_with_bytes);
}
