// The errors an upload ends with before any row is summed: no table (csv.empty) and a file over a
// limit (limit.*), each at the start of the file or of the line named.
#pragma once

#include <string>

#include "against_all/error.hpp"

namespace against_all {

inline Error empty_error(const std::string& file, int line) {
  Error error;
  error.code = "csv.empty";
  error.file = file;
  error.line = line;
  error.column = 1;
  return error;
}

inline Error limit_error(const std::string& code, const std::string& file_name, const std::string& text) {
  Error error;
  error.code = code;
  error.file = file_name;
  error.line = 1;
  error.column = 1;
  error.text = text;
  return error;
}

}  // namespace against_all
