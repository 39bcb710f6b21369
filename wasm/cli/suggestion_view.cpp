#include "suggestion_view.hpp"

#include <iostream>

#include "grid.hpp"

namespace against_all::cli {

namespace {

using json = nlohmann::ordered_json;

std::string joined(const json& list, const char* separator) {
  std::string out;
  for (const auto& item : list) {
    if (!out.empty()) out += separator;
    out += item.get<std::string>();
  }
  return out;
}

}  // namespace

void print_suggestion(const json& inspection) {
  const json& suggestion = inspection["suggestion"];
  Grid grid = {{"column", "header", "role", "confidence", "why"}};
  for (const auto& c : suggestion["columns"]) {
    std::string confidence = c["sure"].get<bool>() ? "sure" : "unsure";
    if (!c["alternatives"].empty()) confidence += " (or " + joined(c["alternatives"], ", ") + ")";
    grid.push_back({std::to_string(c["column"].get<int>() + 1), c["header"].get<std::string>(),
                    c["role"].get<std::string>(), confidence, c["reason"].get<std::string>()});
  }
  print_grid(grid, false, {true, false, false, false, false});
  const json& mapping = inspection["mapping"];
  std::cout << "\nshape: " << mapping["shape"].get<std::string>()
            << "; contest level: " << mapping["contest_level"].get<std::string>() << "\n";
  if (mapping.contains("conventions")) std::cout << "conventions: " << mapping["conventions"].dump() << "\n";
  for (const auto& q : suggestion["questions"]) {
    std::cout << "question: ";
    if (q["field"] == "column") {
      std::cout << "column " << q["column"].get<int>() + 1 << " «" << q["header"].get<std::string>() << "»";
    } else {
      std::cout << q["field"].get<std::string>();
    }
    std::cout << " is " << q["suggested"].get<std::string>() << " — or " << joined(q["alternatives"], " or ")
              << "? (" << q["reason"].get<std::string>() << ")\n";
  }
}

std::string suggestion_notice(const std::string& file, const json& inspection) {
  const auto questions = inspection["suggestion"]["questions"].size();
  std::string notice = "against-all: " + file + ": no --map given: using the suggested mapping";
  if (questions > 0) {
    notice += " (" + std::to_string(questions) + (questions == 1 ? " choice" : " choices") +
              " unsure: `inspect " + file + " --format table` shows them)";
  } else {
    notice += " (every choice sure)";
  }
  return notice;
}

}  // namespace against_all::cli
