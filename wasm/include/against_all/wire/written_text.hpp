// A text written in some of ru/kk/en (a source's publisher or note) as the wire shows it to each reader's language:
// the text in that language, or where it was not written in it, the English one (the dataset's `publisher` or `note`),
// else the Russian, else the Kazakh. The languages object names the language each shown text is in, so
// that the page can mark a fallback. Both are null when no language has the text.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "against_all/dataset.hpp"

namespace against_all {

struct WrittenText {
  nlohmann::ordered_json text;       // {"ru":…, "kk":…, "en":…} or null
  nlohmann::ordered_json languages;  // {"ru":"ru", "kk":"en", "en":"en"} or null
};

inline WrittenText written_text(const Names& names) {
  struct Written {
    const char* language;
    const std::string& text;
  };
  const Written readers[] = {{"ru", names.ru}, {"kk", names.kk}, {"en", names.en}};
  const Written fallback[] = {{"en", names.en}, {"ru", names.ru}, {"kk", names.kk}};
  const Written* first_written = nullptr;
  for (const auto& candidate : fallback) {
    if (!first_written && !candidate.text.empty()) first_written = &candidate;
  }
  if (!first_written) return WrittenText{nullptr, nullptr};
  WrittenText out{nlohmann::ordered_json::object(), nlohmann::ordered_json::object()};
  for (const auto& reader : readers) {
    const Written& shown = reader.text.empty() ? *first_written : reader;
    out.text[reader.language] = shown.text;
    out.languages[reader.language] = shown.language;
  }
  return out;
}

}  // namespace against_all
