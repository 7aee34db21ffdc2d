// The currency a text means by a sign several countries write. Wires write
// the Australian, Canadian or New Zealand dollar as "A$", "C$", "NZ$" and
// "$" for the US dollar; papers there write "$" for their own and "US$" for
// the other. "Rs" is India's rupee, and Pakistan's, Sri Lanka's and Nepal's
// in their papers; "pesos" Mexico's, and Argentina's, Chile's, Colombia's,
// the Philippines' and Uruguay's in theirs.
#pragma once

#include <string_view>
#include <vector>

#include "entities/entities.hpp"
#include "lede/lede.hpp"
#include "text/document.hpp"

namespace lede::numbers {

// Gives the money written with a bare "$", "Rs" or "pesos" the code of the home
// currency of the text, where it has one: the text is filed from a city of
// a country that writes that sign (its dateline), stamped with one of its
// time zones, or about its places (and organizations named after it: "State
// Bank of Pakistan") far more than about the United States (for "$"), India
// (for "Rs") or Mexico (for "pesos"); and, for a dollar, the text does not write
// it with its own sign ("C$29.8 billion ($20.7 billion)"), as wires do.
// `mentions` are `named`'s, sorted by start.
void apply_home_currency(const text::Document& doc, const entities::Result& named, const std::vector<Mention>& mentions,
                         std::vector<Number>& numbers);

}  // namespace lede::numbers
