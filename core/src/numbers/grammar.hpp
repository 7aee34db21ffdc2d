// The number grammar: a left-to-right matcher over the document's tokens,
// cut finer into atoms (digits, letters, hyphens) so that "1.5m", "30-year-old"
// and "COP29" can be read piece by piece. Depends on the text layer and the
// lexicon; knows nothing of entities beyond the spans it is told to skip.
#pragma once

#include <algorithm>
#include <cstddef>
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
  // `text_size`: the bytes of the text the numbers are found in.
  Results(std::vector<Number>& numbers, size_t text_size) : numbers_(&numbers), text_size_(text_size) {}

  // `starts`: the byte starts of an ordered list's markers ("1. ", "2) ";
  // Document::list_markers, sorted), whose numbers count nothing.
  void skip_list_markers(const std::vector<uint32_t>& starts) {
    if (!starts.empty()) list_markers_ = &starts;
  }

  // Forgets every expression added, for a pass that starts again.
  void clear() {
    if (numbers_) {
      numbers_->clear();
    } else {
      found_->clear();
    }
    next_marker_ = 0;
  }

  void add(Found&& f) {
    if (list_markers_ && is_list_marker(f.number.span)) return;
    if (f.number.value) f.number.value = as_written(*f.number.value);
    if (numbers_) {
      if (numbers_->size() == numbers_->capacity()) grow_numbers(f.number.span.start);
      numbers_->push_back(std::move(f.number));
    } else {
      found_->push_back(std::move(f));
    }
  }

 private:
  // Grows the list to the count that the density so far, through the
  // number at byte `at`, predicts for the whole text, instead of doubling:
  // doubling held the old list and one twice its size at once, which was the
  // analysis's peak on prose with two numbers a sentence (8.5x the input,
  // lede-bench --hostile).
  void grow_numbers(uint32_t at) {
    const size_t n = numbers_->size();
    const double per_byte = double(n + 1) / std::max<uint32_t>(at, 1);
    const size_t estimate = std::min(static_cast<size_t>(per_byte * double(text_size_) * 1.1), text_size_) + 16;
    numbers_->reserve(std::max(estimate, n + n / 8 + 16));  // and never a crawl
  }

  // The grammar emits in text order, so a cursor finds the marker; the rare
  // number that comes out of order is looked up behind it.
  bool is_list_marker(Span s) {
    constexpr uint32_t kMaxMarkerDigits = 2;
    if (s.size() > kMaxMarkerDigits) return false;
    const std::vector<uint32_t>& m = *list_markers_;
    while (next_marker_ < m.size() && m[next_marker_] < s.start) ++next_marker_;
    if (next_marker_ < m.size() && m[next_marker_] == s.start) return true;
    return std::binary_search(m.begin(), m.begin() + static_cast<std::ptrdiff_t>(next_marker_), s.start);
  }

  std::vector<Found>* found_ = nullptr;
  std::vector<Number>* numbers_ = nullptr;
  const std::vector<uint32_t>* list_markers_ = nullptr;
  size_t next_marker_ = 0;  // the first marker at or after the last number added
  size_t text_size_ = 0;
};

// `names` (sorted by start) are mentions whose digits are never numbers.
// Linear in the text; the working memory is a window of a few thousand
// atoms, not the document's.
void parse(const text::Document& doc, const std::vector<Mention>& names, const Options& options, Results& results);

}  // namespace lede::numbers
