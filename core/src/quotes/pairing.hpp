// Pairing of quote marks into quotations, one paragraph at a time: every
// mark style (“ ” " ‘ ’ ' « » „ ‹ ›), nesting, apostrophes told apart from
// closing single quotes, and the news convention for a quotation that runs
// over several paragraphs. Unbalanced marks never reach past their paragraph.
// Depends on the text layer only.
#pragma once

#include <cstdint>
#include <vector>

#include "lede/lede.hpp"
#include "text/document.hpp"

namespace lede::quotes {

struct Pair {
  uint32_t open = 0;   // token index of the opening mark
  uint32_t close = 0;  // token index of the closing mark, or the paragraph's end_token when it runs on
  Span span;           // the quoted text, without marks and surrounding spaces
  uint32_t paragraph = 0;
  uint32_t depth = 0;  // 0 for an outermost quotation
  int group = -1;      // index (into the result) of the first pair of a multi-paragraph quotation
  bool close_mark = true;  // false when the quotation runs on to the next paragraph
};

// All quotations, ordered by opening mark. Linear in the number of tokens.
std::vector<Pair> pair_marks(const text::Document& doc);

}  // namespace lede::quotes
