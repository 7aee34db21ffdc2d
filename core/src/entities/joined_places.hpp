// Two places joined by a hyphen or a dash in one word: "US-China trade",
// "the Russia-Ukraine war", "Moscow-Tehran flights". The tokenizer keeps such
// a word whole (as CoNLL does), so the tagger names it as one thing, and not
// even of one type: "US-China" came out LOC, "Russia-Ukraine" MISC,
// "India-Pakistan" ORG. A reader sees two places, each the same entity as
// its other mentions.
#pragma once

#include <string_view>

#include "entities/entities.hpp"
#include "entities/gazetteer.hpp"

namespace lede::entities {

// Splits every mention whose entity is only such a word into one LOC mention
// per place, joining each to the entity of that name (or a new one), and
// numbers the entities by first mention again. A word that is itself a place
// ("Guinea-Bissau", "Winston-Salem") stays whole. `text` is the analyzed text.
void split_joined_places(std::string_view text, const Gazetteer& gazetteer, Result& result);

}  // namespace lede::entities
