// Helpers shared by the quotes and structure tests: analyze a text and read
// its quotations back as plain strings.
#pragma once

#include <string>
#include <vector>

#include "lede/lede.hpp"

namespace lede::testing {

struct SeenQuote {
  std::string text;
  std::string kind;
  std::string speaker;  // the speaker span's text, "" when none
  std::string cue;
  bool repeat = false;
};

inline std::vector<SeenQuote> quotes_in(const std::string& text) {
  Options options;
  options.offsets = OffsetUnit::utf8;
  const Analysis a = analyze(text, options);
  std::vector<SeenQuote> out;
  for (const Quote& q : a.quotes) {
    SeenQuote s{text.substr(q.span.start, q.span.size()), std::string(to_string(q.kind)), "", q.cue};
    if (q.speaker_span) s.speaker = text.substr(q.speaker_span->start, q.speaker_span->size());
    s.repeat = q.repeat;
    out.push_back(s);
  }
  return out;
}

inline std::vector<std::string> quote_texts(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& q : quotes_in(text)) out.push_back(q.text);
  return out;
}

}  // namespace lede::testing
