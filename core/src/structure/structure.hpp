// The shape of a pasted article: which paragraph is the headline, the byline,
// an interview question or answer, or boilerplate copied with the page.
#pragma once

#include <vector>

#include "lede/lede.hpp"
#include "text/document.hpp"

namespace lede::structure {

// An interview turn: "Zarepour: These days, ..." -> speaker "Zarepour".
struct Turn {
  uint32_t paragraph = 0;  // index into Document::paragraphs
  Span speaker;            // the name before the colon (empty for "A:")
  Span answer;             // the text after the colon
};

struct Structure {
  std::vector<ParagraphRole> roles;  // one per Document::paragraphs
  std::vector<Turn> turns;
  // The names labeling an interviewer's questions ("KAITLAN COLLINS, CNN
  // ANCHOR:", "COLLINS:"), which are no turns: people, as speakers are.
  std::vector<Span> interviewer_names;
};

// `furniture`: the spans an HTML page's markup shows to be its furniture
// (text/page_furniture.hpp), in order and apart; the paragraphs within one
// are boilerplate. `headings`: a Markdown text's heading lines, in order;
// a paragraph that is one is a heading.
Structure analyze(const text::Document& doc, const std::vector<Span>& furniture = {},
                  const std::vector<Span>& headings = {});

}  // namespace lede::structure
