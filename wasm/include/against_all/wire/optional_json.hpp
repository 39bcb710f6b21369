#pragma once
// An optional figure as JSON: its value, or null when it is unknown.

#include <optional>

#include <nlohmann/json.hpp>

namespace against_all {

template <typename T>
nlohmann::ordered_json or_null(const std::optional<T>& value) {
  return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json(nullptr);
}

}  // namespace against_all
