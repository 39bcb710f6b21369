// The native side of `npm run bench` (bench/run.mjs drives it and prints the figures).
//   against_all_bench summary <file.csv> <mapping.json> <runs>
//     per run, side by side on the same bytes: a memchr newline scan (the floor) and the whole
//     `summary` op on the upload, as the wasm module's callWithBytes runs it (bytes handed over).
//   against_all_bench stages <file.csv> <mapping.json> <runs>
//     the stages of reading an upload: decode, delimited records alone, rows summed into a Dataset.
//   against_all_bench evaluate <file.csv> <mapping.json> <runs>
//     opens a session on the upload once, then times `evaluate` on it with and without the
//     per-contest list and the swing curve.
//   against_all_bench curve <file.csv> <mapping.json> <runs>
//     opens a session on the upload once, then times the `swing_curve` op: built anew (two rules
//     in turn, so the session's cache never answers) and answered from the cache; wall and CPU.
//   against_all_bench memory <file.csv> <mapping.json> <runs>
//     where the core's memory goes: the peak of live heap bytes (operator new, bench/heap_counter)
//     while it decodes the bytes, inspects the file, answers `summary`, and opens a session, each
//     with the file's bytes handed over, and what each keeps afterwards.
// Prints one JSON object; times in milliseconds; memory as getrusage's peak resident set (KB).
#include <sys/resource.h>

#include <chrono>
#include <ctime>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "against_all/api.hpp"
#include "against_all/delimited_text.hpp"
#include "against_all/text_encoding.hpp"
#include "against_all/upload.hpp"
#include "against_all/wire/upload.hpp"
#include "heap_counter.hpp"

namespace {

using json = nlohmann::ordered_json;
using Clock = std::chrono::steady_clock;

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

long peak_rss_kb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

long current_rss_kb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  return 0;
}

template <typename F>
double time_ms(F&& f) {
  const auto start = Clock::now();
  f();
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

std::size_t count_lines(const std::string& bytes) {
  std::size_t lines = 0;
  const char* p = bytes.data();
  const char* end = p + bytes.size();
  while ((p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)))) != nullptr) {
    ++lines;
    ++p;
  }
  return lines;
}

// The summary op beside the scan, in a process of its own, so that its peak memory is the caller's
// copy of the file plus what the core needs (as in the browser: the page's bytes plus the wasm heap).
int summary(const std::string& file, const json& mapping, int runs) {
  const std::string bytes = read_file(file);
  const long rss_file_kb = current_rss_kb();
  const std::string request =
      json{{"op", "summary"}, {"dataset", {{"upload", {{"file", "bench.csv"}, {"mapping", mapping}}}}}}.dump();
  json out{{"file_bytes", bytes.size()}, {"rss_with_file_kb", rss_file_kb}};
  std::vector<double> scan, summary;
  std::size_t lines = 0, response_bytes = 0;
  bool ok = false;
  for (int run = 0; run <= runs; ++run) {   // run 0 warms up, as in Node and Chromium
    const double scan_ms = time_ms([&] { lines = count_lines(bytes); });
    std::string given = bytes;   // as callWithBytes gets its own copy of the page's bytes, and hands it over
    const double summary_ms = time_ms([&] {
      const std::string response = against_all::handle_with_bytes(request, std::move(given));
      response_bytes = response.size();
      ok = response.rfind(R"({"ok":true)", 0) == 0;
    });
    if (run == 0) continue;
    scan.push_back(scan_ms);
    summary.push_back(summary_ms);
  }
  out["lines"] = lines;
  out["ok"] = ok;
  out["response_bytes"] = response_bytes;
  out["scan_ms"] = scan;
  out["summary_ms"] = summary;
  out["peak_rss_kb"] = peak_rss_kb();
  std::cout << out.dump() << "\n";
  return ok ? 0 : 1;
}

// Where the time goes: decoding, the delimited records alone, and the rows summed into a Dataset.
int stages(const std::string& file, const json& mapping, int runs) {
  const std::string bytes = read_file(file);
  std::vector<double> decode, records, records_bytes, build;
  std::size_t record_count = 0;
  // The reader's records by its structural scanner (the default) and one byte at a time (the
  // reference path, what the reader did before the scanner), interleaved in one run.
  const auto read_records = [&](const std::string& text, against_all::ScanPath path) {
    against_all::DelimitedReader reader(text, against_all::sniff_delimiter(text).delimiter, path);
    against_all::RecordView record;
    record_count = 0;
    while (reader.next(record)) ++record_count;
  };
  for (int run = 0; run < runs; ++run) {
    std::string text;
    decode.push_back(time_ms([&] { text = against_all::decode_text(bytes).decoded.text; }));
    records.push_back(time_ms([&] { read_records(text, against_all::ScanPath::simd); }));
    records_bytes.push_back(time_ms([&] { read_records(text, against_all::ScanPath::bytes); }));
    text = std::string();
    std::string given = bytes;
    build.push_back(time_ms([&] { (void)against_all::build_upload(std::move(given), "bench.csv", mapping); }));
  }
  json out{{"records", record_count}, {"decode_ms", decode}, {"records_ms", records},
           {"records_bytes_ms", records_bytes}, {"build_upload_ms", build}};
  std::cout << out.dump() << "\n";
  return 0;
}

// A session opened on the upload (`session` -1 after printing the error).
struct Opened {
  std::string bytes;
  json result;
  double ms = 0;
  int session = -1;
};

Opened open_session(const std::string& file, const json& mapping) {
  Opened out;
  out.bytes = read_file(file);
  const std::string request =
      json{{"op", "open"}, {"dataset", {{"upload", {{"file", "bench.csv"}, {"mapping", mapping}}}}}}.dump();
  json opened;
  out.ms = time_ms([&] { opened = json::parse(against_all::handle_with_bytes(request, out.bytes)); });
  if (!opened.value("ok", false)) {
    std::cout << json{{"error", opened}}.dump() << "\n";
    return out;
  }
  out.result = opened["result"];
  out.session = out.result["session"].get<int>();
  return out;
}

int evaluate(const std::string& file, const json& mapping, int runs) {
  const Opened opened = open_session(file, mapping);
  if (opened.session < 0) return 1;
  const std::string& bytes = opened.bytes;
  const double open_ms = opened.ms;
  const int session = opened.session;
  json out{{"file_bytes", bytes.size()}, {"open_ms", open_ms}, {"contests", opened.result["contests"]}};
  struct Variant {
    const char* name;
    bool contests, curve;
  };
  const Variant variants[] = {{"totals", false, false}, {"contests", true, false}, {"curve", false, true},
                              {"full", true, true}};
  json results = json::object();
  for (const Variant& v : variants) {
    const std::string request = json{{"op", "evaluate"}, {"session", session}, {"rule", {{"preset", "beats-leader"}}},
                                     {"swing", 0}, {"contests", v.contests}, {"curve", v.curve}}
                                    .dump();
    std::vector<double> ms;
    std::size_t response_bytes = 0;
    const int n = v.contests ? 1 : runs * 4;   // the per-contest list takes seconds: once
    for (int run = 0; run < n; ++run) {
      ms.push_back(time_ms([&] { response_bytes = against_all::handle(request).size(); }));
    }
    results[v.name] = json{{"ms", ms}, {"response_bytes", response_bytes}};
  }
  // The baseline of the curve, in the same run: a tally at every half point from 0 to +30 (61
  // calls), which is what the curve cost before flip points.
  std::vector<double> half_points;
  for (int run = 0; run < runs; ++run) {
    half_points.push_back(time_ms([&] {
      for (int half = 0; half <= 60; ++half)
        (void)against_all::handle(json{{"op", "evaluate"}, {"session", session}, {"rule", {{"preset", "beats-leader"}}},
                                       {"swing", half * 0.5}, {"contests", false}, {"curve", false}}
                                      .dump());
    }));
  }
  results["half_points"] = json{{"ms", half_points}};
  out["evaluate"] = results;
  against_all::handle(json{{"op", "close_session"}, {"session", session}}.dump());
  out["peak_rss_kb"] = peak_rss_kb();
  std::cout << out.dump() << "\n";
  return 0;
}

double cpu_ms() { return 1000.0 * static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

int curve(const std::string& file, const json& mapping, int runs) {
  const Opened opened = open_session(file, mapping);
  if (opened.session < 0) return 1;
  const std::string& bytes = opened.bytes;
  const double open_ms = opened.ms;
  const int session = opened.session;
  // Beats the leader with a tie valid and void: the same work, and each call a new rule for the cache.
  const json rules[] = {{{"preset", "beats-leader"}}, {{"preset", "beats-leader"}, {"tie", "void"}}};
  auto request = [&](const json& rule) { return json{{"op", "swing_curve"}, {"session", session}, {"rule", rule}}.dump(); };
  std::vector<double> build_ms, build_cpu_ms, cached_ms, cached_cpu_ms;
  json last;
  (void)against_all::handle(request(rules[1]));   // warm-up, not counted
  for (int run = 0; run < runs * 4; ++run) {
    const std::string text = request(rules[run % 2]);
    const double cpu = cpu_ms();
    build_ms.push_back(time_ms([&] { last = json::parse(against_all::handle(text)); }));
    build_cpu_ms.push_back(cpu_ms() - cpu);
    const double cached_cpu = cpu_ms();
    cached_ms.push_back(time_ms([&] { (void)against_all::handle(text); }));
    cached_cpu_ms.push_back(cpu_ms() - cached_cpu);
  }
  const json& steps = last["result"]["swing_steps"];
  json out{{"file_bytes", bytes.size()}, {"open_ms", open_ms}, {"contests", opened.result["contests"]},
           {"steps", steps.is_array() ? json(steps.size()) : json(nullptr)},
           {"build_ms", build_ms}, {"build_cpu_ms", build_cpu_ms}, {"cached_ms", cached_ms}, {"cached_cpu_ms", cached_cpu_ms},
           {"peak_rss_kb", peak_rss_kb()}};
  against_all::handle(json{{"op", "close_session"}, {"session", session}}.dump());
  std::cout << out.dump() << "\n";
  return 0;
}

// The peak of live heap bytes while `step` runs on a copy of the file handed over (the copy is
// counted: it is the core's from then on, as the wasm heap's copy is), and what is still live after
// it (what the step keeps: the decoded text, a session), both in bytes above what was live before.
template <typename Step>
json heap_during(const std::string& bytes, Step&& step) {
  const std::size_t before = heap_counter::live();
  std::string given = bytes;
  heap_counter::reset_peak();
  std::size_t kept_by_result = 0;
  step(std::move(given), kept_by_result);
  const std::size_t peak = heap_counter::peak() - before;
  const double file = static_cast<double>(bytes.size());
  return json{{"peak_bytes", peak}, {"peak_x_file", peak / file},
              {"kept_bytes", kept_by_result}, {"kept_x_file", kept_by_result / file}};
}

int memory(const std::string& file, const json& mapping) {
  const std::string bytes = read_file(file);
  const json upload{{"file", "bench.csv"}, {"mapping", mapping}};
  const auto request = [&](const char* op) { return json{{"op", op}, {"dataset", {{"upload", upload}}}}.dump(); };
  json out{{"file_bytes", bytes.size()}};
  out["decode"] = heap_during(bytes, [](std::string given, std::size_t& kept) {
    const std::size_t before = heap_counter::live() - given.capacity();
    const auto decoded = against_all::decode_text(std::move(given));
    kept = heap_counter::live() - before;   // the text, while the caller holds it
  });
  out["inspect"] = heap_during(bytes, [](std::string given, std::size_t& kept) {
    kept = against_all::handle_with_bytes(json{{"op", "inspect"}, {"file", "bench.csv"}}.dump(), std::move(given)).size();
  });
  std::size_t summary_response = 0;
  out["summary"] = heap_during(bytes, [&](std::string given, std::size_t& kept) {
    summary_response = against_all::handle_with_bytes(request("summary"), std::move(given)).size();
    kept = summary_response;   // the response text
  });
  out["summary_response_bytes"] = summary_response;
  out["open"] = heap_during(bytes, [&](std::string given, std::size_t& kept) {
    const std::size_t before = heap_counter::live() - given.capacity();
    const json opened = json::parse(against_all::handle_with_bytes(request("open"), std::move(given)));
    kept = heap_counter::live() - before;   // the session the core keeps (and the parsed reply, small)
    if (opened.value("ok", false))
      against_all::handle(json{{"op", "close_session"}, {"session", opened["result"]["session"]}}.dump());
  });
  std::cout << out.dump() << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 5) {
    std::cerr << "usage: against_all_bench summary|stages|evaluate|curve|memory <file.csv> <mapping.json> <runs>\n";
    return 64;
  }
  const std::string mode = argv[1];
  const json mapping = json::parse(read_file(argv[3]));
  const int runs = std::stoi(argv[4]);
  if (mode == "summary") return summary(argv[2], mapping, runs);
  if (mode == "stages") return stages(argv[2], mapping, runs);
  if (mode == "evaluate") return evaluate(argv[2], mapping, runs);
  if (mode == "curve") return curve(argv[2], mapping, runs);
  if (mode == "memory") return memory(argv[2], mapping);
  std::cerr << "unknown mode " << mode << "\n";
  return 64;
}
