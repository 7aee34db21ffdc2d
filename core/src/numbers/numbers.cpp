// The numbers stage: runs the grammar with the entity mentions as names
// whose digits are not numbers, and returns the expressions by start.
#include "numbers/numbers.hpp"

#include <algorithm>

namespace lede::numbers {

std::vector<Found> find_detailed(const text::Document& doc, const entities::Result& entities,
                                 const Options& options) {
  std::vector<Span> names;
  names.reserve(entities.mentions.size());
  for (const Mention& m : entities.mentions) names.push_back(m.span);
  std::sort(names.begin(), names.end(), [](Span a, Span b) { return a.start < b.start; });
  return parse(doc, names, options);
}

std::vector<Number> find(const text::Document& doc, const entities::Result& entities, const Options& options) {
  std::vector<Found> found = find_detailed(doc, entities, options);
  std::vector<Number> numbers;
  numbers.reserve(found.size());
  for (Found& f : found) numbers.push_back(std::move(f.number));
  // The grammar emits in text order; sort only in the rare case it did not.
  const auto by_start = [](const Number& a, const Number& b) { return a.span.start < b.span.start; };
  if (!std::is_sorted(numbers.begin(), numbers.end(), by_start)) {
    std::stable_sort(numbers.begin(), numbers.end(), by_start);
  }
  return numbers;
}

}  // namespace lede::numbers
