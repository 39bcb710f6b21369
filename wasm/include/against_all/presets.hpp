// The rules other countries use, as named in the article (docs/design.md, README "What if").
#pragma once

#include <string>
#include <vector>

#include "against_all/rule.hpp"

namespace against_all {

struct Preset {
  std::string id;                      // stable: used in links, the CLI and the UI dictionaries
  std::vector<std::string> countries;  // ISO 3166-1 alpha-2, as the article names them
  Rule rule;
  bool differs_from_law = false;       // the UI shows a note on how real law differs in detail
};

const std::vector<Preset>& presets();
const Preset* find_preset(const std::string& id);

}  // namespace against_all
