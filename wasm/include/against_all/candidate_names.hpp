// What a wide upload calls the candidate of each candidate column. Under a two-row header a group
// label spanning several candidate columns («Число голосов» over «Иванов», «Петров») says what is
// counted, not who: the candidate is the name in the row below. Anywhere else — and wherever two
// candidate columns would share a name that way («Votes» / «%» over the same «Ivanov») — the
// candidate is the column's whole header. The header itself stays the column's key (mappings and
// links name columns by it).
#pragma once

#include <string>
#include <vector>

#include "against_all/table_layout.hpp"

namespace against_all {

// One name per header column: the candidate's name for the columns in `candidates`, the header
// text for the others.
std::vector<std::string> candidate_names(const TableLayout& layout, const std::vector<std::string>& header,
                                         const std::vector<int>& candidates);

}  // namespace against_all
