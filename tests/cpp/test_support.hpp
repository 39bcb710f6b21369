// Helpers shared by the test files: load a fixture folder, edit one of its files, run the engine.
#pragma once

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "against_all/api.hpp"

namespace against_all::test {

using Files = std::map<std::string, std::string>;
using json = nlohmann::ordered_json;

inline std::string source_path(const std::string& relative) {
  return std::string(AGAINST_ALL_SOURCE_DIR) + "/" + relative;
}

inline std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

inline Files load_folder(const std::string& path) {
  Files files;
  for (const auto& entry : std::filesystem::directory_iterator(path)) {
    if (entry.is_regular_file()) files[entry.path().filename().string()] = read_text(entry.path().string());
  }
  return files;
}

inline Files fixture(const std::string& name) { return load_folder(source_path("tests/fixtures/" + name)); }

inline json expected(const std::string& name) {
  return json::parse(read_text(source_path("tests/fixtures/" + name + "/expected.json")));
}

// Replaces the one line of `file` that starts with `prefix` (or appends when prefix is empty).
inline Files with_line(Files files, const std::string& file, const std::string& prefix, const std::string& line) {
  std::string& text = files.at(file);
  if (prefix.empty()) {
    text += line + "\n";
    return files;
  }
  std::istringstream in(text);
  std::string out, current;
  int hits = 0;
  while (std::getline(in, current)) {
    if (current.compare(0, prefix.size(), prefix) == 0) {
      ++hits;
      if (!line.empty()) out += line + "\n";
    } else {
      out += current + "\n";
    }
  }
  EXPECT_EQ(hits, 1) << "prefix " << prefix << " in " << file;
  text = out;
  return files;
}

inline Files without_line(Files files, const std::string& file, const std::string& prefix) {
  return with_line(std::move(files), file, prefix, "");
}

inline std::string request(const std::string& op, const Files& files) {
  json file_map = json::object();
  for (const auto& [name, text] : files) file_map[name] = text;
  return json{{"op", op}, {"dataset", {{"files", file_map}}}}.dump(-1, ' ', false, json::error_handler_t::replace);
}

inline json call(const std::string& op, const Files& files) { return json::parse(handle(request(op, files))); }

// The summary result; fails the test when the engine answers with an error.
inline json summary(const Files& files) {
  json response = call("summary", files);
  EXPECT_TRUE(response["ok"].get<bool>()) << response.dump();
  return response["result"];
}

inline json error_of(const Files& files) {
  json response = call("summary", files);
  EXPECT_FALSE(response["ok"].get<bool>());
  return response["error"];
}

// The Unit object of `id`, from national, regions or contests.
inline json unit(const json& result, const std::string& id) {
  if (result["national"]["id"] == id) return result["national"];
  for (const char* list : {"regions", "contests"}) {
    for (const auto& u : result[list]) {
      if (u["id"] == id) return u;
    }
  }
  ADD_FAILURE() << "no unit " << id;
  return json();
}

inline json figure(const json& result, const std::string& id, const std::string& measure) {
  return unit(result, id)["figures"][measure];
}

// [(code, [units])] of every finding, in order.
inline json finding_codes(const json& findings) {
  json out = json::array();
  for (const auto& f : findings) out.push_back({{"code", f["code"]}, {"units", f["units"]}});
  return out;
}

}  // namespace against_all::test
