// The numbers stage: runs the grammar with the entity mentions as names
// whose digits are not numbers, and returns the expressions by start.
#include "numbers/numbers.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>

#include "numbers/fiscal_year.hpp"
#include "numbers/home_currency.hpp"
#include "numbers/temperature_scale.hpp"

namespace lede::numbers {

namespace {

// The mentions by start: the recognizer's own order, copied only if it is not.
const std::vector<Mention>& by_start(const std::vector<Mention>& mentions, std::vector<Mention>& copy) {
  const auto before = [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; };
  if (std::is_sorted(mentions.begin(), mentions.end(), before)) return mentions;
  copy = mentions;
  std::stable_sort(copy.begin(), copy.end(), before);
  return copy;
}

// News has about one expression in 60 bytes; a guess within reach saves
// most of the vector's regrowing, and the cap keeps a long text without
// numbers from reserving much.
size_t likely_count(const text::Document& doc) { return std::min<size_t>(doc.text.size() / 64 + 4, 1024); }

}  // namespace

namespace {

// 10^22 is the last power of ten a double holds exactly.
constexpr double kPowersOfTen[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                   1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
constexpr int kExactPowers = static_cast<int>(std::size(kPowersOfTen));

}  // namespace

double power_of_ten(int exponent) {
  return exponent >= 0 && exponent < kExactPowers ? kPowersOfTen[exponent] : std::pow(10.0, exponent);
}

double as_written(double value) {
  constexpr int kDigits = 15;
  if (value == std::trunc(value) || !std::isfinite(value)) return value;
  const int decimals = kDigits - 1 - static_cast<int>(std::floor(std::log10(std::fabs(value))));
  // Rounding there is exact only with an exact power of ten.
  if (decimals <= 0 || decimals >= kExactPowers) return value;
  const double power = power_of_ten(decimals);
  return std::round(value * power) / power;
}

std::vector<Found> find_detailed(const text::Document& doc, const entities::Result& entities,
                                 const Options& options) {
  std::vector<Mention> copy;
  std::vector<Found> found;
  found.reserve(likely_count(doc));
  Results results(found);
  results.skip_list_markers(doc.list_markers);
  parse(doc, by_start(entities.mentions, copy), options, results);
  return found;
}

std::vector<Number> find(const text::Document& doc, const entities::Result& entities, const Options& options) {
  std::vector<Mention> copy;
  std::vector<Number> numbers;
  numbers.reserve(likely_count(doc));
  Results results(numbers, doc.text.size());
  const std::vector<Mention>& mentions = by_start(entities.mentions, copy);
  results.skip_list_markers(doc.list_markers);
  parse(doc, mentions, options, results);
  apply_home_currency(doc, entities, mentions, numbers);
  apply_fiscal_year(doc, numbers);
  apply_temperature_scale(doc, numbers);
  // The grammar emits in text order; sort only in the rare case it did not.
  const auto by_start = [](const Number& a, const Number& b) { return a.span.start < b.span.start; };
  if (!std::is_sorted(numbers.begin(), numbers.end(), by_start)) {
    std::stable_sort(numbers.begin(), numbers.end(), by_start);
  }
  // A text without numbers gives its first reserve (up to 112 KB) back before
  // the quotes stage, rather than holding it beside the quotes.
  if (numbers.empty()) return {};
  return numbers;
}

}  // namespace lede::numbers
