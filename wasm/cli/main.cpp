// against-all: the native command line over the same core. It builds the request the web page
// would send, calls handle(), and prints the response (json) or a view of it (csv, table).
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "against_all/api.hpp"
#include "against_all/error.hpp"

namespace {

using json = nlohmann::ordered_json;

constexpr int kUsage = 64;
constexpr int kDatasetError = 2;

const char* const kUsageText =
    "usage: against-all summary <dataset-dir> [--level region|contest] [--format json|csv|table]\n"
    "       against-all check <dataset-dir> [--format json|table]\n"
    "       against-all request <file.json|->\n";

int usage(const std::string& problem) {
  std::cerr << "against-all: " << problem << "\n" << kUsageText;
  return kUsage;
}

bool read_file(const std::filesystem::path& path, std::string& text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  text = buffer.str();
  return true;
}

// Every regular file of the folder, by name (std::map keeps the order stable).
bool read_folder(const std::string& dir, std::map<std::string, std::string>& files) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return false;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (!entry.is_regular_file()) continue;
    std::string text;
    if (!read_file(entry.path(), text)) return false;
    files[entry.path().filename().string()] = text;
  }
  return !ec;
}

std::string request_for(const std::string& op, const std::map<std::string, std::string>& files) {
  json file_map = json::object();
  for (const auto& [name, text] : files) file_map[name] = text;
  return json{{"op", op}, {"dataset", {{"files", file_map}}}}.dump(-1, ' ', false, json::error_handler_t::replace);
}

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

std::size_t display_width(const std::string& text) {
  std::size_t width = 0;
  for (unsigned char c : text) width += (c & 0xC0) != 0x80 ? 1 : 0;
  return width;
}

std::string csv_escape(const std::string& text) {
  if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string count_text(const json& figure) {
  return figure["value"].is_null() ? std::string() : std::to_string(figure["value"].get<long long>());
}

std::string percent_text(const json& share) {
  if (share.is_null()) return {};
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", share.get<double>() * 100);
  return buffer;
}

// A rows × columns grid; unknown cells are empty strings.
using Grid = std::vector<std::vector<std::string>>;

void print_grid(const Grid& grid, bool csv, const std::vector<bool>& numeric) {
  if (csv) {
    for (const auto& row : grid) {
      for (std::size_t i = 0; i < row.size(); ++i) std::cout << (i ? "," : "") << csv_escape(row[i]);
      std::cout << "\n";
    }
    return;
  }
  std::vector<std::size_t> widths(grid.front().size(), 0);
  for (const auto& row : grid) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      widths[i] = std::max(widths[i], display_width(row[i].empty() ? "—" : row[i]));
    }
  }
  for (const auto& row : grid) {
    std::string line;
    for (std::size_t i = 0; i < row.size(); ++i) {
      const std::string cell = row[i].empty() ? "—" : row[i];
      const std::string pad(widths[i] - display_width(cell), ' ');
      if (i) line += "  ";
      line += numeric[i] ? pad + cell : cell + (i + 1 < row.size() ? pad : "");
    }
    std::cout << line << "\n";
  }
}

void print_units(const json& units, bool csv) {
  Grid grid = {{"id", "name_en", "ballots_cast", "against_all", "share_pct", "published_pct", "rank", "vs_national"}};
  for (const auto& unit : units) {
    const auto& published = unit["published"]["against_all_pct"];
    grid.push_back({unit["id"].get<std::string>(), unit["name"]["en"].get<std::string>(),
                    count_text(unit["figures"]["ballots_cast"]), count_text(unit["figures"]["against_all"]),
                    percent_text(unit["shares"]["against_all_of_cast"]),
                    published.empty() ? std::string() : published[0]["text"].get<std::string>(),
                    unit["rank"].is_null() ? std::string() : std::to_string(unit["rank"].get<int>()),
                    unit["vs_national"].is_null() ? std::string() : unit["vs_national"].get<std::string>()});
  }
  print_grid(grid, csv, {false, false, true, true, true, true, true, false});
}

void print_findings(const json& findings) {
  for (const auto& finding : findings) {
    std::string units;
    for (const auto& unit : finding["units"]) units += (units.empty() ? "" : ",") + unit.get<std::string>();
    std::cout << finding["id"].get<std::string>() << "  " << finding["severity"].get<std::string>() << "  "
              << finding["code"].get<std::string>() << "  " << units << "  "
              << (finding["measure"].is_null() ? std::string("-") : finding["measure"].get<std::string>()) << "  "
              << finding["values"].dump(-1, ' ', false, json::error_handler_t::replace) << "\n";
  }
}

struct Options {
  std::string command, target, level, format;
};

int parse_options(int argc, char** argv, Options& options) {
  if (argc < 3) return usage("missing command or argument");
  options.command = argv[1];
  options.target = argv[2];
  for (int i = 3; i < argc; ++i) {
    const std::string arg = argv[i];
    if ((arg == "--level" || arg == "--format") && i + 1 < argc) {
      (arg == "--level" ? options.level : options.format) = argv[++i];
    } else {
      return usage("unexpected argument " + arg);
    }
  }
  if (options.command != "summary" && options.command != "check" && options.command != "request") {
    return usage("unknown command " + options.command);
  }
  if (options.command == "request" && (!options.level.empty() || !options.format.empty())) {
    return usage("request takes no options");
  }
  if (options.command == "check" && !options.level.empty()) return usage("check takes no --level");
  if (!options.level.empty() && options.level != "region" && options.level != "contest") {
    return usage("--level must be region or contest");
  }
  if (options.format.empty()) options.format = "json";
  const bool csv_allowed = options.command == "summary";
  if (options.format != "json" && options.format != "table" && !(csv_allowed && options.format == "csv")) {
    return usage("unsupported --format " + options.format);
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  if (int status = parse_options(argc, argv, options)) return status;

  if (options.command == "request") {
    std::string request;
    if (options.target == "-") {
      std::ostringstream buffer;
      buffer << std::cin.rdbuf();
      request = buffer.str();
    } else if (!read_file(options.target, request)) {
      std::cerr << "against-all: " << options.target << ": cannot read file\n";
      return kDatasetError;
    }
    const std::string response = against_all::handle(request);
    std::cout << response << "\n";
    return json::parse(response).value("ok", false) ? 0 : kDatasetError;
  }

  std::map<std::string, std::string> files;
  if (!read_folder(options.target, files)) {
    std::cerr << "against-all: " << options.target << ": cannot read dataset folder\n";
    return kDatasetError;
  }
  const std::string response = against_all::handle(request_for(options.command, files));
  const json parsed = json::parse(response);
  if (!parsed.value("ok", false)) {
    std::cerr << located(parsed["error"]) << "\n";
    return kDatasetError;
  }
  const json& result = parsed["result"];
  if (options.command == "check") {
    if (options.format == "json") {
      std::cout << response << "\n";
    } else {
      print_findings(result["findings"]);
    }
    return 0;
  }
  if (options.format == "json") {
    if (options.level.empty()) {
      std::cout << response << "\n";
    } else {
      std::cout << result[options.level == "region" ? "regions" : "contests"].dump(
                       -1, ' ', false, json::error_handler_t::replace)
                << "\n";
    }
    return 0;
  }
  const std::string level = options.level.empty() ? "region" : options.level;
  print_units(result[level == "region" ? "regions" : "contests"], options.format == "csv");
  return 0;
}
