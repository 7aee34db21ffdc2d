// Speech events: every cue verb outside quotation marks ("said", "told",
// "according to") with the person it is about: a name written next to it, or
// the person a pronoun or description ("he", "the Russian president") refers
// to. Quotations then take the speaker of the event beside them. Works on
// capitalized names alone, so it needs no entity tagger; quotes.cpp maps the
// speaker spans to entities when there are some. Depends on the text layer
// and on the pairing of quote marks.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "lede/lede.hpp"
#include "quotes/pairing.hpp"
#include "text/document.hpp"

namespace lede::quotes {

struct Speech {
  uint32_t cue = 0;        // token index of the cue verb ("according" for "according to")
  std::string_view verb;   // "said", "according to", ...
  Span speaker;            // the name as written, or the referent's latest name; empty when unknown
};


struct SpeechIndex {
  std::vector<Speech> events;  // sorted by cue token
  Span headline_person;        // the first known person named in the headline, if any
  Span most_mentioned;         // the person named most often, the interviewee of an "A:" interview
  std::vector<Span> in_focus;  // per sentence: the person "he" would refer to at its start (may be empty)
};

// Words inside the outermost of `quotations` are never cues or subjects.
// `headline` is the index of the headline paragraph or -1.
SpeechIndex find_speech(const text::Document& doc, const std::vector<Pair>& quotations, int headline);

}  // namespace lede::quotes
