// The suggestion table: real header sets from the vocabularies the tool knows (tests/fixtures/
// header-sets.json: headers, a few sample rows, the role a careful analyst gives each column), run
// through suggest_mapping. Prints the share of columns given the right role.
#include <gtest/gtest.h>

#include <iostream>

#include "against_all/column_mapping.hpp"
#include "test_support.hpp"

namespace against_all {
namespace {

using json = nlohmann::json;

// The role suggest_mapping gave a column, named as in the fixture.
std::string role_of(const MappingSuggestion& s, int column) {
  const ColumnMapping& m = s.mapping;
  for (const auto& level : m.hierarchy)
    if (level.column == column) return "level";
  for (const auto& [measure, columns] : m.measures)
    for (int c : columns)
      if (c == column) return "measure:" + measure_name(measure);
  for (int c : m.candidates)
    if (c == column) return "candidate";
  if (m.shape == UploadShape::long_ && m.option_column == column) return "option";
  if (m.shape == UploadShape::long_ && m.votes_column == column) return "votes";
  return "unused";
}

TEST(HeaderSets, EveryColumnGetsTheAnalystsRole) {
  const json sets = json::parse(test::read_text(test::source_path("tests/fixtures/header-sets.json")));
  ASSERT_GE(sets.size(), 30u);
  int columns = 0, right = 0, sets_right = 0, contests = 0, contests_right = 0;
  for (const auto& set : sets) {
    const auto header = set["header"].get<std::vector<std::string>>();
    const auto rows = set["rows"].get<std::vector<std::vector<std::string>>>();
    const auto roles = set["roles"].get<std::vector<std::string>>();
    const MappingSuggestion s = suggest_mapping(header, rows);
    bool all = true;
    for (std::size_t c = 0; c < header.size(); ++c) {
      const std::string got = role_of(s, static_cast<int>(c));
      ++columns;
      if (got == roles[c]) {
        ++right;
      } else {
        all = false;
        ADD_FAILURE() << set["name"].get<std::string>() << ": column «" << header[c] << "» is " << got << ", expected "
                      << roles[c] << " (" << s.columns[c].reason << ")";
      }
      // The per-column report agrees with the mapping.
      EXPECT_EQ(s.columns[c].role, got == "level" ? "level" : got) << set["name"] << " «" << header[c] << "»";
    }
    if (set.contains("shape")) {
      EXPECT_EQ(s.mapping.shape == UploadShape::long_ ? "long" : "wide", set["shape"].get<std::string>()) << set["name"];
    }
    if (set.contains("contest_level")) {
      ++contests;
      const bool ok = s.mapping.contest_level == set["contest_level"].get<std::string>();
      contests_right += ok;
      all = all && ok;
      EXPECT_EQ(s.mapping.contest_level, set["contest_level"].get<std::string>()) << set["name"];
    }
    sets_right += all;
  }
  std::cout << "[ header sets ] " << right << " of " << columns << " columns right ("
            << (100.0 * right / columns) << " %); " << contests_right << " of " << contests << " contest levels; "
            << sets_right << " of " << sets.size() << " header sets wholly right\n";
}

}  // namespace
}  // namespace against_all
