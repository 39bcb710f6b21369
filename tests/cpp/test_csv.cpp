#include <gtest/gtest.h>

#include "against_all/csv.hpp"

using against_all::read_csv;

TEST(Csv, ReadsHeaderAndRows) {
  auto table = read_csv("t.csv", "a,b\n1,2\n");
  ASSERT_TRUE(table.ok());
  ASSERT_EQ(table.value().records.size(), 1u);
}
