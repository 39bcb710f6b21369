#include "against_all/column_mapping.hpp"

#include <algorithm>
#include <set>

#include "against_all/measures.hpp"
#include "against_all/number_text.hpp"

namespace against_all {

namespace {

using json = nlohmann::json;

bool mappable_measure(const std::string& measure) {
  return (is_additive(measure) && measure != "candidates") || is_percent_measure(measure);
}

Error map_error(const std::string& code, const std::string& field, std::optional<std::string> text = std::nullopt) {
  Error error;
  error.code = code;
  error.field = field;
  error.text = std::move(text);
  return error;
}

// A column given by index or header text.
Result<int> column_of(const json& ref, const std::vector<std::string>& header, const std::string& field) {
  if (ref.is_number_integer()) {
    const auto index = ref.get<long long>();
    if (index < 0 || index >= static_cast<long long>(header.size())) {
      return map_error("map.unknown_column", field, std::to_string(index));
    }
    return static_cast<int>(index);
  }
  if (!ref.is_string()) return map_error("map.invalid", field, ref.dump());
  const std::string name = ref.get<std::string>();
  int found = -1;
  for (int i = 0; i < static_cast<int>(header.size()); ++i) {
    if (header[i] != name) continue;
    if (found >= 0) return map_error("map.ambiguous_column", field, name);
    found = i;
  }
  if (found < 0) return map_error("map.unknown_column", field, name);
  return found;
}

}  // namespace

int ColumnMapping::contest_depth() const {
  for (int i = 0; i < static_cast<int>(hierarchy.size()); ++i) {
    if (hierarchy[i].level == contest_level) return i;
  }
  return -1;
}

Result<ColumnMapping> read_mapping(const json& in, const std::vector<std::string>& header) {
  if (!in.is_object()) return map_error("map.invalid", "");
  ColumnMapping out;
  std::set<int> used;
  const auto claim_column = [&](int column, const std::string& field) -> std::optional<Error> {
    if (!used.insert(column).second) return map_error("map.duplicate_column", field, header[column]);
    return std::nullopt;
  };

  if (in.contains("transpose")) {
    if (!in["transpose"].is_boolean()) return map_error("map.invalid", "transpose", in["transpose"].dump());
    out.transpose = in["transpose"].get<bool>();
  }
  if (in.contains("shape")) {
    const auto& shape = in["shape"];
    if (shape == "wide") {
      out.shape = UploadShape::wide;
    } else if (shape == "long") {
      out.shape = UploadShape::long_;
    } else {
      return map_error("map.invalid", "shape", shape.dump());
    }
  }

  if (!in.contains("hierarchy") || !in["hierarchy"].is_array()) {
    return map_error("map.required_column_missing", "hierarchy");
  }
  std::set<std::string> levels = {kCountryLevel};
  for (std::size_t i = 0; i < in["hierarchy"].size(); ++i) {
    const auto& entry = in["hierarchy"][i];
    const std::string field = "hierarchy." + std::to_string(i);
    if (!entry.is_object() || !entry.contains("column")) return map_error("map.invalid", field);
    HierarchyColumn level;
    level.level = entry.contains("level") && entry["level"].is_string() ? entry["level"].get<std::string>() : "";
    if (level.level.empty() || !levels.insert(level.level).second) {
      return map_error("map.invalid", field + ".level", entry.contains("level") ? entry["level"].dump() : "");
    }
    auto column = column_of(entry["column"], header, field + ".column");
    if (!column) return column.error();
    if (auto error = claim_column(column.value(), field + ".column")) return *error;
    level.column = column.value();
    out.hierarchy.push_back(level);
  }
  if (out.hierarchy.empty()) return map_error("map.required_column_missing", "hierarchy");

  if (in.contains("contest_level")) {
    if (!in["contest_level"].is_string()) return map_error("map.invalid", "contest_level", in["contest_level"].dump());
    out.contest_level = in["contest_level"].get<std::string>();
    if (!levels.count(out.contest_level)) return map_error("map.invalid", "contest_level", out.contest_level);
  }

  if (in.contains("measures")) {
    const auto& measures = in["measures"];
    if (!measures.is_object()) return map_error("map.invalid", "measures");
    for (auto it = measures.begin(); it != measures.end(); ++it) {
      const std::string field = "measures." + it.key();
      if (!mappable_measure(it.key())) return map_error("map.unknown_measure", field, it.key());
      const json list = it.value().is_array() ? it.value() : json::array({it.value()});
      if (is_percent_measure(it.key()) && list.size() > 1) return map_error("map.invalid", field);
      std::vector<int> columns;
      for (const auto& ref : list) {
        auto column = column_of(ref, header, field);
        if (!column) return column.error();
        if (auto error = claim_column(column.value(), field)) return *error;
        columns.push_back(column.value());
      }
      if (!columns.empty()) out.measures[it.key()] = columns;
    }
  }

  if (in.contains("candidates")) {
    if (!in["candidates"].is_array()) return map_error("map.invalid", "candidates");
    for (const auto& ref : in["candidates"]) {
      auto column = column_of(ref, header, "candidates");
      if (!column) return column.error();
      if (auto error = claim_column(column.value(), "candidates")) return *error;
      out.candidates.push_back(column.value());
    }
  }

  if (out.shape == UploadShape::long_) {
    if (!in.contains("long") || !in["long"].is_object()) return map_error("map.required_column_missing", "long");
    const auto& long_in = in["long"];
    for (const char* key : {"option_column", "votes_column"}) {
      const std::string field = std::string("long.") + key;
      if (!long_in.contains(key)) return map_error("map.required_column_missing", field);
      auto column = column_of(long_in[key], header, field);
      if (!column) return column.error();
      if (auto error = claim_column(column.value(), field)) return *error;
      (std::string(key) == "option_column" ? out.option_column : out.votes_column) = column.value();
    }
    if (long_in.contains("identity_columns")) {
      const auto& identity = long_in["identity_columns"];
      if (!identity.is_array()) return map_error("map.invalid", "long.identity_columns");
      for (std::size_t k = 0; k < identity.size(); ++k) {
        const std::string field = "long.identity_columns." + std::to_string(k);
        auto column = column_of(identity[k], header, field);
        if (!column) return column.error();
        if (auto error = claim_column(column.value(), field)) return *error;
        out.identity_columns.push_back(column.value());
      }
    }
    if (long_in.contains("options")) {
      const auto& options = long_in["options"];
      if (!options.is_object()) return map_error("map.invalid", "long.options");
      for (auto it = options.begin(); it != options.end(); ++it) {
        const std::string field = "long.options." + it.key();
        if (!it.value().is_string()) return map_error("map.invalid", field, it.value().dump());
        const std::string target = it.value().get<std::string>();
        if (target != "ignore" && target != "candidate" && (!is_additive(target) || target == "candidates" ||
                                                            target == "registered" || target == "ballots_cast")) {
          return map_error("map.unknown_measure", field, target);
        }
        out.options[it.key()] = target;
      }
    }
  }
  return out;
}

nlohmann::ordered_json mapping_json(const ColumnMapping& mapping) {
  nlohmann::ordered_json out;
  out["shape"] = mapping.shape == UploadShape::wide ? "wide" : "long";
  out["hierarchy"] = nlohmann::ordered_json::array();
  for (const auto& level : mapping.hierarchy) out["hierarchy"].push_back({{"level", level.level}, {"column", level.column}});
  out["contest_level"] = mapping.contest_level;
  out["measures"] = nlohmann::ordered_json::object();
  for (const auto& measure : count_measures()) {
    auto found = mapping.measures.find(measure);
    if (found != mapping.measures.end()) out["measures"][measure] = found->second;
  }
  for (const auto& measure : percent_measures()) {
    auto found = mapping.measures.find(measure);
    if (found != mapping.measures.end()) out["measures"][measure] = found->second;
  }
  out["candidates"] = mapping.candidates;
  if (mapping.shape == UploadShape::long_) {
    nlohmann::ordered_json options = nlohmann::ordered_json::object();
    for (const auto& [text, target] : mapping.options) options[text] = target;
    out["long"] = {{"option_column", mapping.option_column}, {"votes_column", mapping.votes_column}, {"options", options}};
    if (!mapping.identity_columns.empty()) out["long"]["identity_columns"] = mapping.identity_columns;
  }
  if (mapping.transpose) out["transpose"] = true;
  return out;
}

// ---- suggestions -------------------------------------------------------------------------

namespace {

void append_utf8(std::string& out, unsigned cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

unsigned lower(unsigned cp) {
  if (cp == 0x0401 || cp == 0x0451) return 0x0435;   // ё, Ё → е
  if (cp >= 'A' && cp <= 'Z') return cp + 32;
  if (cp >= 0x0410 && cp <= 0x042F) return cp + 0x20;
  if (cp >= 0x0400 && cp <= 0x040F) return cp + 0x50;
  // Kazakh letters (Ғ Қ Ң Ү Ұ Һ Ә Ө) come in upper/lower pairs, the upper one even.
  if (((cp >= 0x0490 && cp <= 0x04BF) || (cp >= 0x04D0 && cp <= 0x04FF)) && cp % 2 == 0) return cp + 1;
  return cp;
}

bool contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

template <typename... Parts>
bool any_of(const std::string& text, Parts... parts) {
  return (contains(text, parts) || ...);
}

// Whole ASCII word: "tik" in "tik" or "tik_name", not in "statistics".
bool has_word(const std::string& text, std::string_view word) {
  for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
    const auto letter = [&](std::size_t i) {
      const char c = text[i];
      return (c >= 'a' && c <= 'z') || (static_cast<unsigned char>(c) >= 0x80);
    };
    const bool start = at == 0 || !letter(at - 1);
    const bool end = at + word.size() == text.size() || !letter(at + word.size());
    if (start && end) return true;
  }
  return false;
}

bool is_against_all(const std::string& h) {
  return any_of(h, "против всех", "барлығына қарсы", "барлыгына карсы", "against all", "none of the above") ||
         has_word(h, "nota");
}

bool is_percent_header(const std::string& h) {
  return any_of(h, "%", "процент", "пайыз") || has_word(h, "pct") || has_word(h, "share") || has_word(h, "percent");
}

// The count measure a header names, or "".
std::string measure_of(const std::string& h) {
  if (is_against_all(h)) return "against_all";
  if (any_of(h, "недействительн", "испорчен", "жарамсыз", "invalid", "spoiled", "rejected")) return "invalid";
  if (any_of(h, "действительн", "жарамды", "valid")) return "valid_votes";
  if (any_of(h, "избирател", "сайлаушы") &&
      any_of(h, "внесенных в список", "включенных в список", "в списке", "в списки", "тізім")) {
    return "registered";
  }
  if (any_of(h, "зарегистрированных избирателей", "registered", "electorate", "eligible")) return "registered";
  if (any_of(h, "принявших участие", "пришедших", "дауыс беруге қатысқан", "ballots cast", "votes cast", "turnout") ||
      has_word(h, "voted") ||
      (contains(h, "проголосовавших") && !contains(h, "открепительн") && !contains(h, "досрочно"))) {
    return "ballots_cast";
  }
  if (any_of(h, "blank", "пуст", "бос бюллетен")) return "blank";
  if (any_of(h, "crossed", "перечеркн", "сызылған")) return "crossed_out";
  return "";
}

// Ballots found in the boxes: Russian CEC tables give them as two columns, summed.
bool is_box_count(const std::string& h) {
  return (any_of(h, "переносн", "стационарн") && contains(h, "ящик")) ||
         (any_of(h, "көшпелі", "стационарлық") && contains(h, "жәшік")) ||
         (any_of(h, "portable", "stationary") && contains(h, "box"));
}

// Hierarchy level a header names (0 region, 1 district, 2 station), or -1.
int level_of(const std::string& h) {
  if (any_of(h, "уик", "участков", "участок", "учаске", "station", "precinct", "polling") || has_word(h, "uik")) return 2;
  if (any_of(h, "тик", "территориальн", "район", "аудан", "district", "округ", "constituency", "county") ||
      has_word(h, "tik")) {
    // "тик" also ends words such as "статистика": only a word or the commission's name counts.
    if (contains(h, "тик") && !has_word(h, "тик") && !any_of(h, "территориальн", "район", "аудан", "округ")) return -1;
    return 1;
  }
  if (any_of(h, "регион", "субъект", "область", "облыс", "region", "oblast", "province") || has_word(h, "state")) return 0;
  return -1;
}

bool is_unit_name(const std::string& h) {
  return any_of(h, "наименование", "название", "атауы") || h == "name";
}

// Words that mark a count of something other than a candidate's votes.
bool is_other_count(const std::string& h) {
  return any_of(h, "число", "количество", "саны", "бюллетен", "избирател", "удостоверен", "number", "ballot",
                "voter", "url", "http", "код", "code", "дата", "date") ||
         has_word(h, "id") || std::any_of(h.begin(), h.end(), [](char c) { return c >= '0' && c <= '9'; });
}

struct ColumnSample {
  int counts = 0;      // cells that read as counts
  int empty = 0;       // unknown marks
  int other = 0;       // anything else
};

const char* const kLevelIds[] = {"region", "district", "station"};

}  // namespace

std::string normalize_header(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    unsigned cp = c;
    std::size_t length = 1;
    if (c >= 0xC0 && c < 0xE0 && i + 1 < text.size()) {
      cp = ((c & 0x1F) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3F);
      length = 2;
    } else if (c >= 0xE0 && c < 0xF0 && i + 2 < text.size()) {
      cp = ((c & 0x0F) << 12) | ((static_cast<unsigned char>(text[i + 1]) & 0x3F) << 6) |
           (static_cast<unsigned char>(text[i + 2]) & 0x3F);
      length = 3;
    } else if (c >= 0x80) {
      out.append(text.substr(i, c >= 0xF0 ? 4 : 1));
      i += c >= 0xF0 ? 4 : 1;
      space = false;
      continue;
    }
    i += length;
    const bool is_space = cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || cp == 0x202F ||
                          cp == 0x2009 || cp == '_';
    if (is_space) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    append_utf8(out, lower(cp));
  }
  return out;
}

MappingSuggestion suggest_mapping(const std::vector<std::string>& header,
                                  const std::vector<std::vector<std::string>>& sample) {
  MappingSuggestion out;
  ColumnMapping& mapping = out.mapping;
  const int columns = static_cast<int>(header.size());
  std::vector<std::string> norm;
  std::vector<ColumnSample> samples(columns);
  for (const auto& text : header) norm.push_back(normalize_header(text));
  for (const auto& row : sample) {
    for (int c = 0; c < columns && c < static_cast<int>(row.size()); ++c) {
      const auto read = read_count_text(row[c]);
      if (read.state == NumberState::value) ++samples[c].counts;
      else if (read.state == NumberState::unknown) ++samples[c].empty;
      else ++samples[c].other;
    }
  }
  const auto numeric = [&](int c) { return samples[c].counts > 0 && samples[c].other == 0; };
  const auto textual = [&](int c) { return samples[c].other > 0; };

  std::vector<bool> used(columns, false);
  // Empty and repeated headers are left for the user: a second «Против всех» is not a candidate.
  for (int c = 0; c < columns; ++c) {
    if (norm[c].empty()) {
      out.header_problems.push_back({c, "header.empty", -1});
      used[c] = true;
      continue;
    }
    for (int first = 0; first < c; ++first) {
      if (norm[first] != norm[c]) continue;
      out.header_problems.push_back({c, "header.duplicate", first});
      used[c] = true;
      break;
    }
  }
  // Hierarchy: the first column naming each level; a lone "name" column is the reporting unit.
  int level_column[3] = {-1, -1, -1};
  for (int c = 0; c < columns; ++c) {
    if (is_percent_header(norm[c]) || !measure_of(norm[c]).empty() || is_box_count(norm[c])) continue;
    if (any_of(norm[c], "число", "количество", "number of", "саны")) continue;   // "… выданных в ТИК"
    const int level = level_of(norm[c]);
    if (level >= 0 && level_column[level] < 0) level_column[level] = c;
  }
  for (int level = 0; level < 3; ++level) {
    if (level_column[level] < 0) continue;
    mapping.hierarchy.push_back(HierarchyColumn{kLevelIds[level], level_column[level]});
    used[level_column[level]] = true;
  }
  if (mapping.hierarchy.empty() || level_column[2] < 0) {
    for (int c = 0; c < columns; ++c) {
      if (!used[c] && is_unit_name(norm[c])) {
        mapping.hierarchy.push_back(HierarchyColumn{"unit", c});
        used[c] = true;
        break;
      }
    }
  }
  if (mapping.hierarchy.empty() && columns > 0 && textual(0)) {
    mapping.hierarchy.push_back(HierarchyColumn{"unit", 0});
    used[0] = true;
    out.ambiguous.push_back("hierarchy");
  }

  // Long shape: an option column of text beside a votes column of counts.
  int option_column = -1, votes_column = -1;
  for (int c = 0; c < columns; ++c) {
    if (used[c]) continue;
    const std::string& h = norm[c];
    if (option_column < 0 && !numeric(c) &&
        (any_of(h, "кандидат", "вариант", "партия", "партии", "option", "candidate", "party", "choice", "үміткер"))) {
      option_column = c;
    } else if (votes_column < 0 && !is_percent_header(h) && (any_of(h, "голос", "votes", "дауыс")) &&
               measure_of(h).empty()) {
      votes_column = c;
    }
  }
  if (option_column >= 0 && votes_column >= 0) {
    mapping.shape = UploadShape::long_;
    mapping.option_column = option_column;
    mapping.votes_column = votes_column;
    used[option_column] = used[votes_column] = true;
    for (const auto& row : sample) {
      if (option_column >= static_cast<int>(row.size())) continue;
      const std::string option = normalize_header(row[option_column]);
      std::string target = is_against_all(option) ? "against_all" : measure_of(option);
      if (target == "registered" || target == "ballots_cast" || target == "valid_votes") target = "ignore";
      if (!target.empty()) mapping.options[row[option_column]] = target;
    }
  }

  // Measures.
  std::vector<int> boxes;
  for (int c = 0; c < columns; ++c) {
    if (used[c]) continue;
    const std::string& h = norm[c];
    if (is_percent_header(h)) {
      const std::string measure = measure_of(h);
      const std::string pct = measure == "against_all" ? "against_all_pct" : measure == "ballots_cast" ? "turnout_pct" : "";
      if (!pct.empty() && !mapping.measures.count(pct)) {
        mapping.measures[pct] = {c};
        used[c] = true;
      }
      continue;
    }
    if (is_box_count(h)) {
      boxes.push_back(c);
      continue;
    }
    const std::string measure = measure_of(h);
    if (measure.empty() || mapping.measures.count(measure)) continue;
    mapping.measures[measure] = {c};
    used[c] = true;
  }
  if (!mapping.measures.count("ballots_cast") && !boxes.empty()) {
    mapping.measures["ballots_cast"] = boxes;
    for (int c : boxes) used[c] = true;
  }

  // Candidates: the other count columns whose header reads as a name.
  if (mapping.shape == UploadShape::wide) {
    for (int c = 0; c < columns; ++c) {
      if (used[c] || !numeric(c) || is_percent_header(norm[c]) || is_other_count(norm[c])) continue;
      mapping.candidates.push_back(c);
      used[c] = true;
    }
  }

  // The contest: the whole file when every row has the same candidates (a presidential
  // election by station), else the level above the reporting unit.
  bool same_everywhere = true;
  if (mapping.shape == UploadShape::wide) {
    for (int c : mapping.candidates) same_everywhere = same_everywhere && samples[c].empty == 0;
  } else {
    same_everywhere = false;
  }
  const int levels = static_cast<int>(mapping.hierarchy.size());
  if ((same_everywhere && !mapping.candidates.empty()) || levels == 0) {
    mapping.contest_level = kCountryLevel;
  } else {
    mapping.contest_level = mapping.hierarchy[levels >= 2 ? levels - 2 : 0].level;
    out.ambiguous.push_back("contest_level");
  }
  if (mapping.candidates.empty() && mapping.shape == UploadShape::wide) out.ambiguous.push_back("candidates");

  for (int c = 0; c < columns; ++c) {
    const bool header_problem = std::any_of(out.header_problems.begin(), out.header_problems.end(),
                                            [c](const HeaderProblem& p) { return p.column == c; });
    if (!used[c] || header_problem) out.unmapped.push_back(c);
  }
  return out;
}

}  // namespace against_all
