// The wire's bytes, pinned: every op of handle() over the bundled elections and the test fixtures,
// each response's size and hash compared with tests/golden/responses.txt. A refactor of how the
// core writes JSON must leave this file unchanged. After a change meant to alter responses,
// regenerate it with AGAINST_ALL_UPDATE_GOLDEN=1 and review the diff.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "against_all/api.hpp"
#include "test_support.hpp"

namespace against_all {
namespace {

namespace fs = std::filesystem;
using test::json;

struct Case {
  std::string name;
  std::string request;
  std::optional<std::string> bytes;
};

std::string hash_hex(const std::string& text) {
  std::uint64_t hash = 1469598103934665603ULL;   // FNV-1a, 64 bits
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 1099511628211ULL;
  }
  char out[17];
  std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(hash));
  return out;
}

std::string dump(const json& value) { return value.dump(-1, ' ', false, json::error_handler_t::replace); }

std::string answer(const Case& c) { return c.bytes ? handle_with_bytes(c.request, *c.bytes) : handle(c.request); }

json result_of(const Case& c) {
  const json response = json::parse(answer(c));
  return response.value("ok", false) ? response["result"] : json();
}

std::vector<std::string> sorted_entries(const std::string& folder) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(test::source_path(folder))) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

json dataset_of(const test::Files& files) {
  json file_map = json::object();
  for (const auto& [name, text] : files) file_map[name] = text;
  return {{"files", file_map}};
}

std::vector<json> preset_rules() {
  std::vector<json> rules;
  const json presets = json::parse(handle(R"({"op":"presets"})"))["result"]["presets"];
  for (const auto& preset : presets) rules.push_back(preset["rule"]);
  return rules;
}

// Every op that reads a dataset, over one dataset given by its files.
void dataset_cases(const std::string& label, const json& dataset, const std::vector<json>& rules, std::vector<Case>& cases) {
  auto add = [&](const std::string& name, json request) {
    request["dataset"] = dataset;
    cases.push_back({label + " " + name, dump(request), std::nullopt});
  };
  add("summary", {{"op", "summary"}});
  add("check", {{"op", "check"}});
  add("factors", {{"op", "factors"}});
  for (const char* level : {"contest", "region"})
    for (const char* base : {"ballots_cast", "valid_votes"})
      add(std::string("factors ") + level + " " + base, {{"op", "factors"}, {"level", level}, {"base", base}});
  for (int swing : {0, 7}) add("compare swing " + std::to_string(swing), {{"op", "compare"}, {"swing", swing}});
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const std::string preset = rules[i]["preset"].is_string() ? rules[i]["preset"].get<std::string>() : std::to_string(i);
    for (double swing : {0.0, 2.5, 12.0}) {
      std::ostringstream name;
      name << "evaluate " << preset << " swing " << swing;
      add(name.str(), {{"op", "evaluate"}, {"rule", rules[i]}, {"swing", swing}});
    }
    add("evaluate " + preset + " no contests", {{"op", "evaluate"}, {"rule", rules[i]}, {"contests", false}, {"curve", false}});
    add("contest_page " + preset, {{"op", "contest_page"}, {"rule", rules[i]}, {"limit", 7}});
  }
  const json& rule = rules.front();
  for (const char* by : {"file", "switch_votes", "new_voters", "against_all", "against_all_share", "leader_votes", "registered"}) {
    for (const char* order : {"asc", "desc"}) {
      add(std::string("contest_page sort ") + by + " " + order,
          {{"op", "contest_page"}, {"rule", rule}, {"swing", 3}, {"sort", {{"by", by}, {"order", order}}}, {"offset", 1}, {"limit", 9}});
    }
  }
  add("contest_page outcome void+runoff",
      {{"op", "contest_page"}, {"rule", rules[1]}, {"filter", {{"outcome", {"void", "runoff"}}}}});
  add("contest_page bad within", {{"op", "contest_page"}, {"rule", rule}, {"filter", {{"within", "nowhere"}}}});
  add("contest_page bad limit", {{"op", "contest_page"}, {"rule", rule}, {"limit", 100000}});
  add("evaluate bad swing", {{"op", "evaluate"}, {"rule", rule}, {"swing", "x"}});
  add("evaluate no rule", {{"op", "evaluate"}});
  add("factors bad base", {{"op", "factors"}, {"base", "registered"}});
}

// The same dataset through a session: the id is left out of what is pinned (it counts sessions).
void session_cases(const std::string& label, const json& dataset, const std::vector<json>& rules,
                   std::vector<std::string>& names, std::vector<std::string>& responses) {
  json opened = json::parse(handle(dump({{"op", "open"}, {"dataset", dataset}})));
  const int id = opened["result"]["session"].get<int>();
  opened["result"].erase("session");
  names.push_back(label + " open");
  responses.push_back(dump(opened));
  for (const auto& rule : rules) {
    names.push_back(label + " session evaluate " + rule.value("preset", std::string("?")));
    responses.push_back(handle(dump({{"op", "evaluate"}, {"session", id}, {"rule", rule}, {"swing", 4}})));
  }
  names.push_back(label + " session contest_page");
  responses.push_back(handle(dump({{"op", "contest_page"}, {"session", id}, {"rule", rules.front()}, {"limit", 3}})));
  names.push_back(label + " session summary");
  responses.push_back(handle(dump({{"op", "summary"}, {"session", id}})));
  handle(dump({{"op", "close_session"}, {"session", id}}));
}

// Inspect a file's bytes, then open it with the mapping inspect suggests (patched, when given).
void upload_cases(const std::string& label, const std::string& file, const std::string& bytes, const json& mapping_patch,
                  const std::vector<json>& rules, std::vector<Case>& cases) {
  const Case inspect{label + " inspect", dump({{"op", "inspect"}, {"file", file}}), bytes};
  cases.push_back(inspect);
  cases.push_back({label + " inspect transposed", dump({{"op", "inspect"}, {"file", file}, {"transpose", true}}), bytes});
  const json inspected = result_of(inspect);
  if (inspected.is_null()) return;
  json mapping = inspected["mapping"];
  if (!mapping_patch.is_null()) mapping.merge_patch(mapping_patch);
  const json upload = {{"upload", {{"file", file}, {"mapping", mapping}}}};
  cases.push_back({label + " summary", dump({{"op", "summary"}, {"dataset", upload}}), bytes});
  cases.push_back({label + " check", dump({{"op", "check"}, {"dataset", upload}}), bytes});
  cases.push_back({label + " factors", dump({{"op", "factors"}, {"dataset", upload}}), bytes});
  cases.push_back({label + " evaluate", dump({{"op", "evaluate"}, {"dataset", upload}, {"rule", rules[1]}, {"swing", 1}}), bytes});
  cases.push_back({label + " problems_csv", dump({{"op", "problems_csv"}, {"upload", upload["upload"]}}), bytes});
}

std::string from_hex(const std::string& hex) {
  std::string bytes;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) bytes.push_back(static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16)));
  return bytes;
}

std::vector<Case> request_errors() {
  std::vector<Case> cases;
  int n = 0;
  for (const char* request :
       {"{not json", "[1,2]", "", R"({"dataset":{}})", R"({"op":"frobnicate"})", R"({"op":7})", R"({"op":"summary"})",
        R"({"op":"summary","dataset":{}})", R"({"op":"summary","dataset":{"files":[]}})",
        R"({"op":"summary","dataset":{"files":{"dataset.json":42}}})", R"({"op":"inspect"})", R"({"op":"problems_csv"})",
        R"({"op":"close_session"})", R"({"op":"close_session","session":"a"})", R"({"op":"close_session","session":999999})",
        R"({"op":"summary","session":999999})", R"({"op":"summary","session":1,"dataset":{}})", R"({"op":"presets"})"}) {
    cases.push_back({"request " + std::to_string(n++), request, std::nullopt});
  }
  cases.push_back({"upload without mapping", R"({"op":"summary","dataset":{"upload":{"file":"a.csv"}}})", std::string("a,b\n1,2\n")});
  cases.push_back({"upload not an object", R"({"op":"summary","dataset":{"upload":3}})", std::string("a,b\n1,2\n")});
  return cases;
}

std::string golden_path() { return test::source_path("tests/golden/responses.txt"); }

TEST(WireGolden, EveryResponseIsByteForByteAsPinned) {
  const std::vector<json> rules = preset_rules();
  ASSERT_GE(rules.size(), 2u);
  std::vector<Case> cases = request_errors();
  std::vector<std::string> names, responses;

  for (const auto& name : sorted_entries("data")) {
    if (!fs::is_directory(test::source_path("data/" + name))) continue;
    dataset_cases("data/" + name, dataset_of(test::load_folder(test::source_path("data/" + name))), rules, cases);
  }
  for (const auto& name : sorted_entries("tests/fixtures")) {
    const std::string folder = "tests/fixtures/" + name;
    if (!fs::exists(test::source_path(folder + "/dataset.json"))) continue;
    dataset_cases(folder, dataset_of(test::fixture(name)), rules, cases);
  }
  session_cases("data/kz-2023-akims", dataset_of(test::load_folder(test::source_path("data/kz-2023-akims"))), rules,
                names, responses);

  for (const char* upload : {"wide_stations", "long_stations", "problems"}) {
    const std::string base = "tests/fixtures/uploads/" + std::string(upload);
    const json mapping = json::parse(test::read_text(test::source_path(base + ".mapping.json")));
    const std::string bytes = test::read_text(test::source_path(base + ".csv"));
    const json request_upload = {{"file", std::string(upload) + ".csv"}, {"mapping", mapping}};
    for (const char* op : {"summary", "check", "factors"})
      cases.push_back({base + " " + op, dump({{"op", op}, {"dataset", {{"upload", request_upload}}}}), bytes});
    for (std::size_t i = 0; i < rules.size(); ++i) {
      cases.push_back({base + " evaluate " + std::to_string(i),
                       dump({{"op", "evaluate"}, {"dataset", {{"upload", request_upload}}}, {"rule", rules[i]}}), bytes});
    }
    cases.push_back({base + " problems_csv", dump({{"op", "problems_csv"}, {"upload", request_upload}}), bytes});
    upload_cases(base + " suggested", std::string(upload) + ".csv", bytes, json(), rules, cases);
  }
  for (const auto& name : sorted_entries("tests/fixtures/workbooks")) {
    const std::string path = "tests/fixtures/workbooks/" + name;
    if (fs::is_directory(test::source_path(path)) || name.size() < 3 || name.substr(name.size() - 3) == ".py") continue;
    upload_cases(path, name, test::read_text(test::source_path(path)), json(), rules, cases);
  }
  for (const auto& name : sorted_entries("tests/fixtures/workbooks/libreoffice")) {
    const std::string path = "tests/fixtures/workbooks/libreoffice/" + name;
    upload_cases(path, name, test::read_text(test::source_path(path)), json(), rules, cases);
  }
  const json catalogue = json::parse(test::read_text(test::source_path("tests/fixtures/bad-csv/catalogue.json")));
  for (const auto& entry : catalogue) {
    if (entry.contains("encode")) continue;   // written in a legacy encoding by the Vitest side only
    const std::string bytes = entry.contains("hex") ? from_hex(entry["hex"].get<std::string>()) : entry.value("text", std::string());
    upload_cases("bad-csv/" + entry["name"].get<std::string>(), entry["name"].get<std::string>() + ".csv", bytes,
                 entry.value("mapping_patch", json()), rules, cases);
  }

  for (const Case& c : cases) {
    names.push_back(c.name);
    responses.push_back(answer(c));
  }
  std::ostringstream pinned;
  for (std::size_t i = 0; i < names.size(); ++i) pinned << names[i] << '\t' << responses[i].size() << '\t' << hash_hex(responses[i]) << '\n';

  if (const char* update = std::getenv("AGAINST_ALL_UPDATE_GOLDEN"); update && std::string(update) == "1") {
    fs::create_directories(fs::path(golden_path()).parent_path());
    std::ofstream(golden_path(), std::ios::binary) << pinned.str();
    GTEST_SKIP() << "wrote " << golden_path() << " (" << names.size() << " responses)";
  }
  std::istringstream expected(test::read_text(golden_path()));
  std::string line;
  std::size_t i = 0;
  for (; std::getline(expected, line); ++i) {
    ASSERT_LT(i, names.size()) << "the golden file pins more responses than the test makes";
    const std::string actual = names[i] + '\t' + std::to_string(responses[i].size()) + '\t' + hash_hex(responses[i]);
    EXPECT_EQ(line, actual) << "response now: " << responses[i].substr(0, 600);
  }
  EXPECT_EQ(i, names.size()) << "the golden file is missing responses (regenerate it: AGAINST_ALL_UPDATE_GOLDEN=1)";
}

}  // namespace
}  // namespace against_all
