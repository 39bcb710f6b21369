// An uploaded file of any bytes: decoding, delimiter sniffing, inspection, the suggested mapping,
// and the dataset built from it, summarised and evaluated. Nothing may crash, and every data
// row must be accounted for (used, or not used with a reason).
#include <cstddef>
#include <cstdint>
#include <string>

#include "against_all/figures.hpp"
#include "against_all/presets.hpp"
#include "against_all/upload.hpp"
#include "against_all/wire/scenario.hpp"
#include "against_all/wire/upload.hpp"
#include "against_all/wire/summary.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  auto opened = against_all::open_upload(bytes, "fuzz.csv");
  if (!opened.ok()) return 0;
  const auto inspected = against_all::inspect_upload(opened.value());
  auto upload = against_all::build_upload(bytes, "fuzz.csv", nlohmann::json(inspected["mapping"]));
  if (!upload.ok()) return 0;
  const auto& report = upload.value().report;
  int not_used = 0;
  for (const auto& [reason, rows] : report.rows_not_used) not_used += rows;
  if (report.rows_used + not_used > report.rows) __builtin_trap();
  (void)against_all::problem_rows_csv(report);
  (void)against_all::summary_json(upload.value().dataset);
  const auto figures = against_all::resolve_figures(upload.value().dataset);
  (void)against_all::scenario_json(upload.value().dataset, figures, against_all::presets()[1].rule, 0);
  return 0;
}
