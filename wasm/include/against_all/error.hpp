// Errors as values: a stable code, and where the bad input is.
#pragma once

#include <optional>
#include <string>
#include <utility>

namespace against_all {

struct Error {
  std::string code;                  // e.g. "csv.unbalanced_quote"
  std::string file;                  // empty when not about a file
  int line = 0;                      // 1-based; 0 = not applicable
  int column = 0;                    // 1-based, in Unicode code points; 0 = not applicable
  std::string field;                 // column name when known
  std::optional<std::string> text;   // the raw offending text
};

// A short English sentence for the code, for the CLI and logs (the UI translates the code).
std::string describe(const Error& error);

// "figures.csv:12:3: value.not_integer: <sentence> (field value, text "12a")"
std::string located_message(const Error& error);

template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Error error) : error_(std::move(error)) {}      // NOLINT: implicit by design

  bool ok() const { return value_.has_value(); }
  explicit operator bool() const { return ok(); }
  const T& value() const& { return *value_; }
  T& value() & { return *value_; }
  T&& value() && { return std::move(*value_); }
  const Error& error() const { return error_; }

 private:
  std::optional<T> value_;
  Error error_;
};

}  // namespace against_all
