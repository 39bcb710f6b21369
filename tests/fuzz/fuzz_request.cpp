// Any text as a request: the engine answers with a JSON value and never crashes.
#include <cstddef>
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "against_all/api.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string response = against_all::handle(std::string(reinterpret_cast<const char*>(data), size));
  // Every answer is JSON with "ok"; anything else is a bug worth stopping for.
  const auto parsed = nlohmann::json::parse(response, nullptr, false);
  if (parsed.is_discarded() || !parsed.contains("ok")) __builtin_trap();
  return 0;
}
