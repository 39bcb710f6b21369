// The engine's one entry point: a JSON request in, a JSON response out (docs/engine-api.md).
#pragma once

#include <string>

namespace against_all {

// Never throws: every failure is returned as {"ok":false,"error":{…}}.
std::string handle(const std::string& request);

}  // namespace against_all
