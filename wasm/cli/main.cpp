// against-all: the native command line over the same core. It builds the request the web page
// would send, calls handle(), and prints the response (json) or a view of it (csv, table).
#include <filesystem>
#include <iostream>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "against_all/api.hpp"
#include "against_all/error.hpp"
#include "cli_files.hpp"
#include "factors_view.hpp"
#include "suggestion_view.hpp"
#include "views.hpp"

namespace {

using json = nlohmann::ordered_json;
using namespace against_all::cli;

constexpr int kUsage = 64;
constexpr int kDatasetError = 2;

const char* const kUsageText =
    "usage: against-all summary <dataset-dir> [--level region|contest] [--format json|csv|table]\n"
    "       against-all check <dataset-dir> [--format json|table]\n"
    "       against-all evaluate <dataset-dir> --rule <preset-id|rule.json> [--swing P] [--format json|csv|table]\n"
    "       against-all compare <dataset-dir> [--swing P] [--format json|csv|table]\n"
    "       against-all summary|check|evaluate|compare <file> [--map <mapping.json>] [--sheet S] [--entry E] [the options above]\n"
    "                   (without --map: the mapping `inspect` suggests)\n"
    "       against-all inspect <file> [--sheet S] [--entry E] [--format json|table]\n"
    "       against-all factors <dataset-dir|file> [--map <mapping.json>] [--level contest|region]\n"
    "                           [--base ballots_cast|valid_votes] [--format json|table]\n"
    "         <file>: CSV/TSV text, an Excel workbook (.xlsx, .xlsm), or either in a .gz or .zip;\n"
    "         --sheet: a workbook's sheet (default: the first with data); --entry: a zip's table\n"
    "       against-all request <file.json|->\n";

int usage(const std::string& problem) {
  std::cerr << "against-all: " << problem << "\n" << kUsageText;
  return kUsage;
}

std::string dump(const json& value) { return value.dump(-1, ' ', false, json::error_handler_t::replace); }

// The response's error as the located one-liner: "figures.csv:12:3: value.not_integer: …".
std::string located(const json& error) {
  against_all::Error e;
  e.code = error.value("code", "");
  e.file = error.value("file", "");
  e.line = error.value("line", 0);
  e.column = error.value("column", 0);
  e.field = error.value("field", "");
  if (error.contains("text")) e.text = error["text"].get<std::string>();
  return against_all::located_message(e);
}

struct Options {
  std::string command, target, level, format, rule, swing, map, base, sheet, entry;
};

bool one_of(const std::string& value, std::initializer_list<const char*> choices) {
  for (const char* choice : choices)
    if (value == choice) return true;
  return false;
}

int parse_options(int argc, char** argv, Options& o) {
  if (argc < 3) return usage("missing command or argument");
  o.command = argv[1];
  o.target = argv[2];
  std::map<std::string, std::string*> flags = {
      {"--level", &o.level}, {"--format", &o.format}, {"--rule", &o.rule}, {"--swing", &o.swing}, {"--map", &o.map},
      {"--base", &o.base}, {"--sheet", &o.sheet}, {"--entry", &o.entry}};
  for (int i = 3; i < argc; ++i) {
    auto flag = flags.find(argv[i]);
    if (flag == flags.end() || i + 1 >= argc) return usage(std::string("unexpected argument ") + argv[i]);
    *flag->second = argv[++i];
  }
  if (!one_of(o.command, {"summary", "check", "evaluate", "compare", "request", "inspect", "factors"}))
    return usage("unknown command " + o.command);
  if (o.command == "request" && !(o.level + o.format + o.rule + o.swing + o.map + o.base).empty())
    return usage(o.command + " takes no options");
  if (o.command == "inspect" && !(o.level + o.rule + o.swing + o.map + o.base).empty()) return usage("inspect takes only --format");
  if (o.command == "inspect" && !o.format.empty() && !one_of(o.format, {"json", "table"}))
    return usage("unsupported --format " + o.format);
  if (!o.level.empty() && !one_of(o.command, {"summary", "factors"})) return usage("only summary and factors take --level");
  if (!o.base.empty() && o.command != "factors") return usage("only factors takes --base");
  if (!o.base.empty() && !one_of(o.base, {"ballots_cast", "valid_votes"}))
    return usage("--base must be ballots_cast or valid_votes");
  if (o.command == "request" && !(o.sheet + o.entry).empty()) return usage("request takes no options");
  if (!o.level.empty() && !one_of(o.level, {"region", "contest"})) return usage("--level must be region or contest");
  if (o.command == "evaluate" && o.rule.empty()) return usage("evaluate needs --rule");
  if (o.command != "evaluate" && !o.rule.empty()) return usage("only evaluate takes --rule");
  if (!o.swing.empty() && !one_of(o.command, {"evaluate", "compare"})) return usage("only evaluate and compare take --swing");
  if (o.format.empty()) o.format = "json";
  const bool csv_allowed = o.command != "check" && o.command != "factors";
  if (!one_of(o.format, {"json", "table"}) && !(csv_allowed && o.format == "csv"))
    return usage("unsupported --format " + o.format);
  return 0;
}

// --rule names a preset, or a JSON file holding a rule.
bool read_rule(const std::string& argument, json& rule) {
  std::string text;
  if (argument.size() > 5 && argument.compare(argument.size() - 5, 5, ".json") == 0) {
    if (!read_file(argument, text)) return false;
    rule = json::parse(text, nullptr, false);
    return !rule.is_discarded();
  }
  rule = json{{"preset", argument}};
  return true;
}

// The swing as a JSON number; a value that is not one is passed as text for the core to reject.
json swing_value(const std::string& text) {
  json number = json::parse(text, nullptr, false);
  return number.is_number() ? number : json(text);
}

int print_result(const Options& o, const std::string& response, const json& result) {
  const bool csv = o.format == "csv";
  if (o.command == "factors") {
    if (o.format == "json") std::cout << response << "\n";
    else print_factors(result);
    return 0;
  }
  if (o.format == "json") {
    if (o.level.empty()) {
      std::cout << response << "\n";
    } else {
      std::cout << dump(result[o.level == "region" ? "regions" : "contests"]) << "\n";
    }
  } else if (o.command == "check") {
    print_findings(result["findings"]);
  } else if (o.command == "evaluate") {
    print_scenario(result, csv);
  } else if (o.command == "compare") {
    print_comparison(result, csv);
  } else {
    print_units(result[o.level == "contest" ? "contests" : "regions"], csv);
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  if (int status = parse_options(argc, argv, o)) return status;

  if (o.command == "request") {
    std::string request;
    if (!read_file(o.target, request)) {
      std::cerr << "against-all: " << o.target << ": cannot read file\n";
      return kDatasetError;
    }
    const std::string response = against_all::handle(request);
    std::cout << response << "\n";
    return json::parse(response).value("ok", false) ? 0 : kDatasetError;
  }

  // An uploaded results file: its bytes go beside the request, as the page sends them. A folder
  // is a dataset; a file is a results file, read with --map or else with the suggested mapping.
  std::error_code ec;
  const bool folder = std::filesystem::is_directory(o.target, ec);
  const bool results_file = !folder && (o.command == "inspect" || !o.map.empty() || std::filesystem::is_regular_file(o.target, ec) || o.target == "-");
  std::string bytes;
  const std::string file_name = o.target == "-" ? "stdin.csv" : std::filesystem::path(o.target).filename().string();
  if (results_file && !read_file(o.target, bytes)) {
    std::cerr << "against-all: " << o.target << ": cannot read file\n";
    return kDatasetError;
  }
  if (!folder && !results_file) {
    std::cerr << "against-all: " << o.target << ": no such file or dataset folder\n";
    return kDatasetError;
  }
  json inspection;
  if (o.command == "inspect" || (results_file && o.map.empty())) {
    json inspect{{"op", "inspect"}, {"file", file_name}};
    if (!o.sheet.empty()) inspect["sheet"] = o.sheet;
    if (!o.entry.empty()) inspect["entry"] = o.entry;
    const std::string response = against_all::handle_with_bytes(dump(inspect), bytes);
    const json parsed = json::parse(response);
    if (!parsed.value("ok", false)) {
      // inspect answers in JSON (the engine's response) even when the file cannot be read.
      if (o.command == "inspect" && o.format != "table") std::cout << response << "\n";
      std::cerr << located(parsed["error"]) << "\n";
      return kDatasetError;
    }
    if (o.command == "inspect") {
      if (o.format == "table") {
        print_suggestion(parsed["result"]);
      } else {
        std::cout << response << "\n";
      }
      return 0;
    }
    inspection = parsed["result"];
    std::cerr << suggestion_notice(o.target, inspection) << "\n";
  }
  json request{{"op", o.command}};
  if (results_file) {
    json mapping;
    if (o.map.empty()) {
      mapping = inspection["mapping"];
    } else {
      std::string mapping_text;
      mapping = read_file(o.map, mapping_text) ? json::parse(mapping_text, nullptr, false) : json();
      if (mapping.is_discarded() || mapping.is_null()) {
        std::cerr << "against-all: " << o.map << ": cannot read a mapping (JSON) from this file\n";
        return kDatasetError;
      }
    }
    request["dataset"] = {{"upload", {{"file", file_name}, {"mapping", mapping}}}};
    if (!o.sheet.empty()) request["dataset"]["upload"]["sheet"] = o.sheet;
    if (!o.entry.empty()) request["dataset"]["upload"]["entry"] = o.entry;
  } else {
    std::map<std::string, std::string> files;
    if (!read_folder(o.target, files)) {
      std::cerr << "against-all: " << o.target << ": cannot read dataset folder\n";
      return kDatasetError;
    }
    request["dataset"] = {{"files", json(files)}};
  }
  if (!o.rule.empty() && !read_rule(o.rule, request["rule"])) {
    std::cerr << "against-all: " << o.rule << ": cannot read a rule (JSON) from this file\n";
    return kDatasetError;
  }
  if (!o.swing.empty()) request["swing"] = swing_value(o.swing);
  if (o.command == "factors" && !o.level.empty()) request["level"] = o.level;
  if (!o.base.empty()) request["base"] = o.base;

  const std::string response =
      results_file ? against_all::handle_with_bytes(dump(request), bytes) : against_all::handle(dump(request));
  const json parsed = json::parse(response);
  if (!parsed.value("ok", false)) {
    std::cerr << located(parsed["error"]) << "\n";
    return kDatasetError;
  }
  return print_result(o, response, parsed["result"]);
}
