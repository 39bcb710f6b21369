#include "against_all/statistics.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace against_all {

namespace {

constexpr double kLn2 = 0.69314718055994530942;
// ln 2 in two parts (fdlibm's): k · kLn2High is exact for the k exp_of meets.
constexpr double kLn2High = 6.93147180369123816490e-01;
constexpr double kLn2Low = 1.90821492927058770002e-10;
constexpr double kLn10 = 2.30258509299404568402;
constexpr double kSqrtHalf = 0.70710678118654752440;
constexpr double kZ975 = 1.959963984540054;   // the normal quantile of a two-sided 95 % interval

double tanh_of(double z) {
  if (z > 20) return 1;
  if (z < -20) return -1;
  const double e = exp_of(2 * z);
  return (e - 1) / (e + 1);
}

double mean_of(const std::vector<double>& values) {
  double sum = 0;
  for (double v : values) sum += v;
  return sum / static_cast<double>(values.size());
}

Correlation correlate(const std::vector<double>& x, const std::vector<double>& y, double variance_factor) {
  Correlation c;
  c.n = static_cast<int>(x.size());
  if (c.n < 3) {
    c.missing = "too_few";
    return c;
  }
  const double mx = mean_of(x);
  const double my = mean_of(y);
  double sxx = 0, syy = 0, sxy = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    const double dx = x[i] - mx;
    const double dy = y[i] - my;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  if (sxx == 0 || syy == 0) {
    c.missing = "constant";
    return c;
  }
  const double r = std::max(-1.0, std::min(1.0, sxy / std::sqrt(sxx * syy)));
  c.r = r;
  if (c.n < 4 || r == 1 || r == -1) return c;
  const double z = 0.5 * log_of((1 + r) / (1 - r));
  const double se = std::sqrt(variance_factor / static_cast<double>(c.n - 3));
  c.ci_low = tanh_of(z - kZ975 * se);
  c.ci_high = tanh_of(z + kZ975 * se);
  return c;
}

}  // namespace

double log_of(double x) {
  if (!(x > 0)) return std::numeric_limits<double>::quiet_NaN();
  if (x == std::numeric_limits<double>::infinity()) return x;
  int exponent = 0;
  double m = std::frexp(x, &exponent);   // x = m · 2^exponent, m in [0.5, 1)
  if (m < kSqrtHalf) {
    m *= 2;
    exponent -= 1;
  }
  // log m = 2 atanh s, s = (m − 1) / (m + 1), |s| ≤ 0.172: the series converges fast.
  const double s = (m - 1) / (m + 1);
  const double s2 = s * s;
  double term = s;
  double sum = 0;
  for (int k = 1; k <= 41; k += 2) {
    sum += term / k;
    term *= s2;
  }
  return 2 * sum + exponent * kLn2;
}

double exp_of(double x) {
  if (x > 709.78) return std::numeric_limits<double>::infinity();
  if (x < -745.2) return 0;
  // x = k ln 2 + rest, |rest| ≤ ln 2 / 2; e^rest by its Taylor series (Horner), then scaled by 2^k.
  const double k = std::floor(x / kLn2 + 0.5);
  const double rest = (x - k * kLn2High) - k * kLn2Low;
  double sum = 1;
  for (int n = 24; n >= 1; --n) sum = 1 + sum * rest / n;
  return std::ldexp(sum, static_cast<int>(k));
}

double log10_of(double x) { return log_of(x) / kLn10; }

std::vector<double> average_ranks(const std::vector<double>& values) {
  std::vector<std::size_t> order(values.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
  std::vector<double> ranks(values.size());
  std::size_t i = 0;
  while (i < order.size()) {
    std::size_t j = i;
    while (j + 1 < order.size() && values[order[j + 1]] == values[order[i]]) ++j;
    const double rank = (static_cast<double>(i + 1) + static_cast<double>(j + 1)) / 2;
    for (std::size_t k = i; k <= j; ++k) ranks[order[k]] = rank;
    i = j + 1;
  }
  return ranks;
}

Correlation pearson(const std::vector<double>& x, const std::vector<double>& y) { return correlate(x, y, 1.0); }

Correlation spearman(const std::vector<double>& x, const std::vector<double>& y) {
  return correlate(average_ranks(x), average_ranks(y), 1.06);
}

const char* strength_of(double r) {
  const double a = r < 0 ? -r : r;
  if (a < 0.1) return "none";
  if (a < 0.3) return "weak";
  if (a < 0.5) return "moderate";
  return "strong";
}

GroupStats group_stats(const std::vector<double>& shares, const std::vector<double>& parts,
                       const std::vector<double>& wholes) {
  GroupStats g;
  g.n = static_cast<int>(shares.size());
  if (shares.empty()) return g;
  g.mean = mean_of(shares);
  std::vector<double> sorted = shares;
  std::sort(sorted.begin(), sorted.end());
  const std::size_t middle = sorted.size() / 2;
  g.median = sorted.size() % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  double part = 0, whole = 0;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    part += parts[i];
    whole += wholes[i];
  }
  if (whole > 0) g.weighted = part / whole;
  return g;
}

}  // namespace against_all
