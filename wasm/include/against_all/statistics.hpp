// Correlation and group statistics for the factors view: Pearson and Spearman with a 95 %
// interval (Fisher z), and plain means and medians. Only +, −, ×, ÷ and sqrt are used (log and
// exp are computed here, not taken from the platform's libm), in a fixed order, so native and
// wasm give the same bits.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace against_all {

// Natural logarithm and exponential, deterministic across platforms (error below 1e-15 relative).
// log_of needs x > 0.
double log_of(double x);
double exp_of(double x);
double log10_of(double x);

// Ranks 1..n, ties get the mean of the ranks they span (1, 2.5, 2.5, 4).
std::vector<double> average_ranks(const std::vector<double>& values);

struct Correlation {
  int n = 0;
  std::optional<double> r;         // none when n < 3 or a column is constant
  std::optional<double> ci_low;    // 95 %, Fisher z; none when n < 4 or |r| = 1
  std::optional<double> ci_high;
  std::string missing;             // why r is none: "too_few" (n < 3) | "constant" | ""
};

// x and y of equal length, every value known.
Correlation pearson(const std::vector<double>& x, const std::vector<double>& y);
// Pearson of the average ranks; the interval uses the Fieller–Hartley–Pearson variance 1.06 / (n − 3).
Correlation spearman(const std::vector<double>& x, const std::vector<double>& y);

// How strong |r| reads in words: none (< 0.1), weak (< 0.3), moderate (< 0.5), strong.
const char* strength_of(double r);

struct GroupStats {
  int n = 0;
  std::optional<double> mean;      // unweighted
  std::optional<double> median;    // the mean of the two middle values when n is even
  std::optional<double> weighted;  // Σ part / Σ whole: the mean weighted by the base
};

// shares[i] = parts[i] / wholes[i], each whole > 0.
GroupStats group_stats(const std::vector<double>& shares, const std::vector<double>& parts,
                       const std::vector<double>& wholes);

}  // namespace against_all
