// From tags to what a reader sees: mention spans (titles and a possessive
// left outside), and entities that gather the mentions of one referent.
#pragma once

#include <vector>

#include "entities/entities.hpp"
#include "entities/gazetteer.hpp"
#include "entities/tags.hpp"
#include "text/document.hpp"

namespace lede::entities {

// Whether the text is about sport: any sport word or score, or "signed for".
bool is_about_sport(const text::Document& doc);

// `tags` has one tag per token of `doc`; the gazetteer tells common words
// and known places. `more_starts` are tokens that begin a sentence inside
// one of the document's (an interview turn's answer after its label).
// `furniture` is the first token of the page's furniture that ends the
// text ("Related Topics" and its links), if any.
Result group(const text::Document& doc, const std::vector<Tag>& tags, const Gazetteer& gazetteer,
             const std::vector<uint32_t>& more_starts = {}, uint32_t furniture = UINT32_MAX);

}  // namespace lede::entities
