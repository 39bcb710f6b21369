#include "cli_files.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace against_all::cli {

bool read_file(const std::string& path, std::string& text) {
  std::ostringstream buffer;
  if (path == "-") {
    buffer << std::cin.rdbuf();
  } else {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    buffer << in.rdbuf();
  }
  text = buffer.str();
  return true;
}

bool read_folder(const std::string& dir, std::map<std::string, std::string>& files) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return false;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (!entry.is_regular_file()) continue;
    std::string text;
    if (!read_file(entry.path().string(), text)) return false;
    files[entry.path().filename().string()] = text;
  }
  return !ec;
}

}  // namespace against_all::cli
