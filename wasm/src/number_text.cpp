#include "against_all/number_text.hpp"

#include <limits>

namespace against_all {

namespace {

// Length in bytes of a space-like character at `i` (ASCII space or tab, NBSP, narrow NBSP,
// thin space), or 0.
std::size_t space_at(std::string_view s, std::size_t i) {
  const auto byte = [&](std::size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u; };
  if (byte(i) == ' ' || byte(i) == '\t') return 1;
  if (byte(i) == 0xC2 && byte(i + 1) == 0xA0) return 2;
  if (byte(i) == 0xE2 && byte(i + 1) == 0x80 && (byte(i + 2) == 0xAF || byte(i + 2) == 0x89)) return 3;
  return 0;
}

std::string_view trim(std::string_view s) {
  std::size_t begin = 0;
  while (begin < s.size()) {
    const std::size_t n = space_at(s, begin);
    if (n == 0) break;
    begin += n;
  }
  s.remove_prefix(begin);
  // Trailing spaces: step back over whole characters.
  while (!s.empty()) {
    if (s.back() == ' ' || s.back() == '\t') {
      s.remove_suffix(1);
    } else if (s.size() >= 2 && space_at(s, s.size() - 2) == 2) {
      s.remove_suffix(2);
    } else if (s.size() >= 3 && space_at(s, s.size() - 3) == 3) {
      s.remove_suffix(3);
    } else {
      break;
    }
  }
  return s;
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// Strips a leading minus ("-" or U+2212); true if there was one.
bool take_minus(std::string_view& s) {
  if (starts_with(s, "-")) {
    s.remove_prefix(1);
    return true;
  }
  if (starts_with(s, "\xE2\x88\x92")) {
    s.remove_prefix(3);
    return true;
  }
  return false;
}

// The number's digit runs and the separators between them.
struct Runs {
  static constexpr int kMax = 16;
  std::string_view digits[kMax];
  char separator[kMax] = {};   // separator[i] follows digits[i]: ',', '.', or ' ' for any space kind
  int count = 0;
};

bool split_runs(std::string_view s, Runs& runs) {
  std::size_t i = 0;
  while (true) {
    const std::size_t start = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    if (i == start || runs.count == Runs::kMax) return false;
    runs.digits[runs.count++] = s.substr(start, i - start);
    if (i == s.size()) return true;
    char separator = 0;
    if (s[i] == ',' || s[i] == '.') {
      separator = s[i];
      ++i;
    } else if (s[i] == '\'') {
      separator = ' ';
      ++i;
    } else if (const std::size_t n = space_at(s, i)) {
      separator = ' ';
      i += n;
    } else {
      return false;
    }
    runs.separator[runs.count - 1] = separator;
  }
}

// Runs [0, end) as thousands groups: "1 234 567", "1,234,567", or India's "12,34,567".
bool valid_grouping(const Runs& runs, int end) {
  if (end <= 1) return true;
  const std::string_view first = runs.digits[0];
  if (first.size() > 3 || first[0] == '0') return false;
  if (runs.digits[end - 1].size() != 3) return false;
  bool western = true;
  bool indian = first.size() <= 2;
  for (int k = 1; k < end - 1; ++k) {
    western = western && runs.digits[k].size() == 3;
    indian = indian && runs.digits[k].size() == 2;
  }
  if (end == 2) indian = false;   // "12,345" is plain western grouping
  return western || indian;
}

// Index of the run after the decimal mark, or runs.count when there is none; -1 when the
// separators cannot form a number. `count_rules`: a lone mark before three digits groups them.
int decimal_index(const Runs& runs, bool count_rules) {
  if (runs.count == 1) return 1;
  int commas = 0, dots = 0, spaces = 0;
  for (int k = 0; k + 1 < runs.count; ++k) {
    commas += runs.separator[k] == ',';
    dots += runs.separator[k] == '.';
    spaces += runs.separator[k] == ' ';
  }
  const char last = runs.separator[runs.count - 2];
  if (commas > 0 && dots > 0) {
    // "1.234,5" or "1,234.5": the last mark is the decimal one and appears once.
    if (last == ' ') return -1;
    if ((last == ',' ? commas : dots) != 1) return -1;
    return runs.count - 1;
  }
  const int marks = commas + dots;
  if (marks == 0) return runs.count;
  if (marks > 1) return last == ' ' || spaces == 0 ? runs.count : -1;   // "1,234,567"
  // One mark.
  if (last == ' ') return -1;                       // "1,234 567"
  if (spaces > 0) return runs.count - 1;            // "1 234,5": spaces group, the mark is decimal
  if (count_rules && runs.count == 2 && runs.digits[1].size() == 3 && runs.digits[0][0] != '0') {
    return runs.count;                              // "654,443" in a count: thousands
  }
  return runs.count - 1;
}

// Scientific notation as spreadsheets and pandas write large floats: "1.0E3", "2.5e+04", "1E6".
// A count only when the value is whole ("1.5E1" = 15; "1.25E1" is a fraction). Returns false
// when the text is not in that notation at all.
bool read_scientific(std::string_view text, CountText& out) {
  const std::size_t e = text.find_first_of("eE");
  if (e == std::string_view::npos || e == 0 || e + 1 == text.size()) return false;
  std::string_view mantissa = text.substr(0, e);
  std::string_view exponent = text.substr(e + 1);
  bool negative_exponent = false;
  if (exponent.front() == '+' || exponent.front() == '-') {
    negative_exponent = exponent.front() == '-';
    exponent.remove_prefix(1);
  }
  if (exponent.empty() || exponent.size() > 3) return false;
  int power = 0;
  for (char c : exponent) {
    if (c < '0' || c > '9') return false;
    power = power * 10 + (c - '0');
  }
  if (negative_exponent) power = -power;
  std::string digits;
  int fraction = 0;
  bool mark = false;
  for (char c : mantissa) {
    if (c >= '0' && c <= '9') {
      digits += c;
      fraction += mark;
    } else if ((c == '.' || c == ',') && !mark) {
      mark = true;
    } else {
      return false;
    }
  }
  if (digits.empty()) return false;
  out.state = NumberState::error;
  out.code = "value.not_integer";
  const int shift = power - fraction;   // value = digits × 10^shift
  if (shift < 0) {
    const auto cut = static_cast<std::size_t>(-shift);
    if (cut > digits.size()) {
      if (digits.find_first_not_of('0') != std::string::npos) return true;
      digits = "0";
    } else {
      if (digits.find_first_not_of('0', digits.size() - cut) != std::string::npos) return true;
      digits.resize(digits.size() - cut);
      if (digits.empty()) digits = "0";
    }
  } else {
    if (shift > 19) {
      if (digits.find_first_not_of('0') == std::string::npos) digits = "0";
      else {
        out.code = "value.overflow";
        return true;
      }
    } else {
      digits.append(static_cast<std::size_t>(shift), '0');
    }
  }
  std::int64_t value = 0;
  constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
  for (char c : digits) {
    const int digit = c - '0';
    if (value > (kMax - digit) / 10) {
      out.code = "value.overflow";
      return true;
    }
    value = value * 10 + digit;
  }
  out.state = NumberState::value;
  out.value = value;
  out.code = "";
  return true;
}

}  // namespace

bool is_unknown_mark(std::string_view text) {
  text = trim(text);
  return text.empty() || text == "-" || text == "\xE2\x80\x94" || text == "\xE2\x80\x93";
}

CountText read_count_text(std::string_view text) {
  CountText out;
  // The common case, plain digits: no trimming or grouping to consider.
  if (!text.empty() && text.size() <= 18) {
    std::int64_t value = 0;
    std::size_t i = 0;
    for (; i < text.size(); ++i) {
      const unsigned digit = static_cast<unsigned char>(text[i]) - '0';
      if (digit > 9) break;
      value = value * 10 + digit;
    }
    if (i == text.size()) {
      out.state = NumberState::value;
      out.value = value;
      return out;
    }
  }
  text = trim(text);
  if (is_unknown_mark(text)) return out;
  out.state = NumberState::error;
  out.code = "value.not_integer";
  const bool negative = take_minus(text);
  if (read_scientific(text, out)) {
    if (negative && out.state == NumberState::value) {
      out = CountText{NumberState::error, 0, "value.negative"};
    }
    return out;
  }
  Runs runs;
  if (!split_runs(text, runs)) return out;
  const int decimal = decimal_index(runs, true);
  if (decimal < 0 || !valid_grouping(runs, decimal)) return out;
  for (int k = decimal; k < runs.count; ++k) {
    for (char c : runs.digits[k]) {
      if (c != '0') return out;   // a fraction: not a count
    }
  }
  if (negative) {
    out.code = "value.negative";
    return out;
  }
  std::int64_t value = 0;
  constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
  for (int k = 0; k < decimal; ++k) {
    for (char c : runs.digits[k]) {
      const int digit = c - '0';
      if (value > (kMax - digit) / 10) {
        out.code = "value.overflow";
        return out;
      }
      value = value * 10 + digit;
    }
  }
  out.state = NumberState::value;
  out.value = value;
  out.code = "";
  return out;
}

PercentText read_percent_text(std::string_view text) {
  PercentText out;
  text = trim(text);
  if (is_unknown_mark(text)) return out;
  out.state = NumberState::error;
  out.code = "value.not_number";
  if (!text.empty() && text.back() == '%') text = trim(text.substr(0, text.size() - 1));
  const bool negative = take_minus(text);
  Runs runs;
  if (!split_runs(text, runs)) return out;
  const int decimal = decimal_index(runs, false);
  if (decimal < 0 || !valid_grouping(runs, decimal)) return out;
  if (decimal < runs.count - 1) return out;   // one fraction run at most
  // Mantissa and power of ten are exact doubles up to 15 digits, so one division rounds
  // correctly (no strtod: it depends on the C locale).
  double mantissa = 0;
  double scale = 1;
  int digits = 0;
  for (int k = 0; k < runs.count; ++k) {
    for (char c : runs.digits[k]) {
      mantissa = mantissa * 10 + (c - '0');
      if (mantissa > 0) ++digits;
      if (k >= decimal) {
        scale *= 10;
        ++out.decimals;
      }
    }
  }
  if (digits > 15) return out;
  if (negative) {
    out.code = "value.negative";
    return out;
  }
  out.state = NumberState::value;
  out.value = mantissa / scale;
  out.code = "";
  return out;
}

}  // namespace against_all
