// Small views of one paragraph that the structure rules read: its words in
// lower case (bounded, so a 5 MB paragraph costs no more than a short one),
// its word count and how it ends. Depends on the text layer only.
#pragma once

#include <cstdint>
#include <string>
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

struct ParagraphText {
  std::string_view head;      // lower-case ASCII, single spaces, no trailing punctuation
  bool truncated = false;     // the paragraph is longer than kHeadBytes
  uint32_t words = 0;         // word and number tokens, up to kMaxCountedWords + 1
  uint32_t tokens = 0;
  bool ends_full_stop = false;   // ends with "." (not "...")
  bool ends_ellipsis = false;    // ends with "…" or "..."
  bool ends_question = false;
  bool all_lower_words = true;   // every token a lower-case ASCII word (paragraphs of kMaxResidueTokens or fewer)

  std::string_view normalized() const { return head; }
  bool is(std::string_view phrase) const { return !truncated && head == phrase; }
  // The first byte is compared inline: a paragraph checked against a list
  // of prefixes usually differs from each of them there.
  bool starts_with(std::string_view prefix) const {
    return head.size() >= prefix.size() && (prefix.empty() || head[0] == prefix[0]) &&
           head.compare(0, prefix.size(), prefix) == 0;
  }
  bool contains(std::string_view phrase) const { return head.find(phrase) != std::string_view::npos; }
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

  std::string heads_;
  std::vector<ParagraphText> texts_;
};

}  // namespace lede::structure
