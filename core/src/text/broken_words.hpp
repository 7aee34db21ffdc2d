// Text copied out of a PDF keeps the typesetter's line breaks and the words
// they cut with a hyphen: "the Chan-\ncellor said", "an-\nnounced". Read as
// they stand, "Chan" is a name, "cellor" a word of its own, and the quotation
// after them loses its speaker.
//
// rejoin_broken_words() gives a copy of such a text with each cut word whole
// again, moved to end where it ended, its line break and spaces before it
// ("\n Chancellor said"), so every other offset into the copy is the same
// offset into the original. The word's new start is kept beside its old one
// for the output (RejoinedWord). A word cut before a capital keeps its hyphen
// ("Jean-\nPierre" becomes "\nJean-Pierre").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lede/lede.hpp"

namespace lede::text {

// The copy of `utf8` with its words cut at line ends rejoined, each one's
// place in `words` (in order), or nothing when it has none. Only a cut in a
// line as long as typeset lines are, between ASCII letters, counts: a short
// line ending in a hyphen is a heading's or a list's. Linear in the text's
// size.
std::optional<std::string> rejoin_broken_words(std::string_view utf8, std::vector<RejoinedWord>& words);

}  // namespace lede::text
