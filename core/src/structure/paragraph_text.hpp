// Small views of one paragraph that the structure rules read: its words in
// lower case (bounded, so a 5 MB paragraph costs no more than a short one),
// its word count and how it ends. Depends on the text layer only.
#pragma once

#include <cstdint>
#include <string_view>

#include "text/document.hpp"

namespace lede::structure {

// Rules match short phrases; longer paragraphs keep only their beginning.
inline constexpr size_t kHeadBytes = 160;
// No rule looks at word counts above this, so counting stops there: each
// paragraph costs a bounded amount however long it is.
inline constexpr uint32_t kMaxCountedWords = 200;
// Widget residue ("atramart mobile") is this short; longer paragraphs skip the check.
inline constexpr uint32_t kMaxResidueTokens = 3;

struct ParagraphText {
  char head[kHeadBytes];     // lower-case ASCII, single spaces, no trailing punctuation
  size_t head_size = 0;
  bool truncated = false;     // the paragraph is longer than `head`
  uint32_t words = 0;         // word and number tokens, up to kMaxCountedWords + 1
  uint32_t tokens = 0;
  bool ends_full_stop = false;   // ends with "." (not "...")
  bool ends_ellipsis = false;    // ends with "…" or "..."
  bool ends_question = false;
  bool all_lower_words = true;   // every token a lower-case ASCII word (paragraphs of kMaxResidueTokens or fewer)

  std::string_view normalized() const { return {head, head_size}; }
  bool is(std::string_view phrase) const { return !truncated && normalized() == phrase; }
  bool starts_with(std::string_view prefix) const { return normalized().substr(0, prefix.size()) == prefix; }
  bool contains(std::string_view phrase) const { return normalized().find(phrase) != std::string_view::npos; }
};

ParagraphText read_paragraph(const text::Document& doc, const text::Paragraph& p);

}  // namespace lede::structure
