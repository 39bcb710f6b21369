// The page's first wasm module (against_all_core_lite): the requests without a file — presets and
// every op on the bundled elections and on sessions — through the same handle() as the full module
// (core_bindings.cpp). No upload reader is reachable from here, so the linker leaves them out and
// the module the first screen waits for is small; the worker loads the full module when a file is
// first read (web/src/engine/cores.js).
#include <emscripten/bind.h>

#include <string>

#include "against_all/api.hpp"

namespace {

std::string call(const std::string& request) { return against_all::handle(request); }

}  // namespace

EMSCRIPTEN_BINDINGS(against_all_core_lite) {
  emscripten::function("call", &call);
}
