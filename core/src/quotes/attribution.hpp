// Speech events: every cue verb outside quotation marks ("said", "told",
// "according to") with the person it is about: a name written next to it, or
// the person a pronoun or description ("he", "the Russian president") refers
// to. Quotations then take the speaker of the event beside them. Works on
// capitalized names; the entity tagger's persons, when there are some, add
// the persons "he" or "she" may refer to and what their titles and first
// names say of their sex. quotes.cpp maps the speaker spans to entities.
// Depends on the text layer and on the pairing of quote marks.
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
  Span headline_person;        // the first known person the headline names, or of a role it names, if any
  Span most_mentioned;         // the person named most often, the interviewee of an "A:" interview
  std::vector<Span> in_focus;  // per sentence: the person "he" would refer to at its start (may be empty)
};

// Words inside the outermost of `quotations` are never cues or subjects.
// `mentions` are the entity stage's (sorted by start, may be empty): its
// persons are those "he" and "she" may refer to, with what their titles and
// first names say of their sex. `headline` is the index of the headline
// paragraph or -1; `roles` the paragraphs' (bylines name no one spoken of).
SpeechIndex find_speech(const text::Document& doc, const std::vector<Pair>& quotations,
                        const std::vector<Mention>& mentions, int headline,
                        const std::vector<ParagraphRole>& roles);

}  // namespace lede::quotes
