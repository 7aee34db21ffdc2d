// Small views of one paragraph that the structure rules read: its words in
// lower case (bounded, so a 5 MB paragraph costs no more than a short one),
// its word count and how it ends. Depends on the text layer only.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "text/document.hpp"

namespace lede::structure {

// Rules match short phrases; longer paragraphs keep only their beginning.
inline constexpr size_t kHeadBytes = 160;
// No rule looks at word counts above this, so counting stops there: each
// paragraph costs a bounded amount however long it is.
inline constexpr uint32_t kMaxCountedWords = 200;
// Widget residue ("atramart mobile") is this short; longer paragraphs skip the check.
inline constexpr uint32_t kMaxResidueTokens = 3;

// Prefix and equality tests for the short phrases the rules compare heads
// with: a loop that stops at the first differing byte, usually the first,
// costs less than a call to memcmp.
inline bool starts_with_bytes(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (s[i] != prefix[i]) return false;
  }
  return true;
}

inline bool same_bytes(std::string_view a, std::string_view b) {
  return a.size() == b.size() && starts_with_bytes(a, b);
}

inline bool ends_with_bytes(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && same_bytes(s.substr(s.size() - suffix.size()), suffix);
}

struct ParagraphText {
  std::string_view head;      // lower-case ASCII, single spaces, no trailing punctuation
  bool truncated = false;     // the paragraph is longer than kHeadBytes
  uint32_t words = 0;         // word and number tokens, up to kMaxCountedWords + 1
  uint32_t tokens = 0;
  bool ends_full_stop = false;   // ends with "." (not "...")
  bool ends_ellipsis = false;    // ends with "…" or "..."
  bool ends_question = false;
  bool ends_colon = false;       // a label over what follows ("Sarah Lund (00:04):")
  bool all_lower_words = true;   // every token a lower-case ASCII word (paragraphs of kMaxResidueTokens or fewer)

  std::string_view normalized() const { return head; }
  bool is(std::string_view phrase) const { return !truncated && same_bytes(head, phrase); }
  bool starts_with(std::string_view prefix) const { return starts_with_bytes(head, prefix); }
};

// The ParagraphText of every paragraph of a document. The heads share one
// buffer sized to what they hold, not kHeadBytes each: a text of short
// lines is mostly paragraphs. Neither copied nor moved: the heads point
// into the buffer.
class ParagraphTexts {
 public:
  explicit ParagraphTexts(const text::Document& doc);
  ParagraphTexts(const ParagraphTexts&) = delete;
  ParagraphTexts& operator=(const ParagraphTexts&) = delete;

  const std::vector<ParagraphText>& all() const { return texts_; }

 private:
  ParagraphText read(const text::Document& doc, const text::Paragraph& p);

  std::unique_ptr<char[]> heads_;  // a head takes at most min(paragraph bytes + 1, kHeadBytes)
  size_t heads_used_ = 0;
  std::vector<ParagraphText> texts_;
};

}  // namespace lede::structure
