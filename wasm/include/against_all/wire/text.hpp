// Text as the wire shows it: an empty text is null (not known), never "".
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace against_all {

inline nlohmann::ordered_json text_or_null(const std::string& text) {
  return text.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(text);
}

}  // namespace against_all
