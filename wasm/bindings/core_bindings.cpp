// The whole wasm surface: one message in, one message out (see docs/engine-api.md).
// handle() never throws; errors come back as JSON values.
#include <emscripten/bind.h>

#include <string>

#include "against_all/api.hpp"

namespace {
std::string call(const std::string& request) { return against_all::handle(request); }
}  // namespace

EMSCRIPTEN_BINDINGS(against_all_core) { emscripten::function("call", &call); }
