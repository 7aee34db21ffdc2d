// The number grammar: a left-to-right matcher over the document's tokens,
// cut finer into atoms (digits, letters, hyphens) so that "1.5m", "30-year-old"
// and "COP29" can be read piece by piece. Depends on the text layer and the
// lexicon; knows nothing of entities beyond the spans it is told to skip.
#pragma once

#include <utility>
#include <vector>

#include "lede/lede.hpp"
#include "text/document.hpp"

namespace lede::numbers {

// One expression with the part of it that is the amount ("2.7 billion" in
// "$2.7 billion", "3" in "3 years"), for evaluation against specs that score
// bare numbers.
struct Found {
  Number number;
  Span amount;               // empty when the expression has no amount ("yesterday")
  double amount_value = 0;   // the amount with its scale, before unit factors
  bool amount_glued = false; // the amount shares a token with letters ("180ml", "10km")
};

// `value` without the trace that arithmetic on a written number (a scale, a
// unit's factor) leaves in its last bits, which the JSON would show: 1.005
// million is 1005000, not 1004999.9999999999. Numbers are written with at
// most 15 significant digits, so the value is rounded to those.
double as_written(double value);

// 10^exponent, from a table where a double holds it exactly (up to 10^22).
double power_of_ten(int exponent);

// Where the grammar puts the expressions, in text order: whole, for
// evaluation tools, or only their numbers, which is all an analysis keeps.
class Results {
 public:
  explicit Results(std::vector<Found>& found) : found_(&found) {}
  explicit Results(std::vector<Number>& numbers) : numbers_(&numbers) {}

  void add(Found&& f) {
    if (f.number.value) f.number.value = as_written(*f.number.value);
    if (numbers_) {
      numbers_->push_back(std::move(f.number));
    } else {
      found_->push_back(std::move(f));
    }
  }

 private:
  std::vector<Found>* found_ = nullptr;
  std::vector<Number>* numbers_ = nullptr;
};

// `names` (sorted by start) are mentions whose digits are never numbers.
// Linear in the text; the working memory is a window of a few thousand
// atoms, not the document's.
void parse(const text::Document& doc, const std::vector<Mention>& names, const Options& options, Results& results);

}  // namespace lede::numbers
