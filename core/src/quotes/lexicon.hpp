// The words attribution reads: speech verbs (cues), titles and role nouns
// that introduce or describe a person, and the small words it skips. Fixed
// lists, compared without allocation. Depends on nothing.
#pragma once

#include <cstdint>
#include <string_view>

namespace lede::quotes {

// "said", "told", "according" (with "to"), "called" ... in lower case.
bool is_cue_verb(std::string_view word);
// "saying", "adding": a cue whose subject is the clause's subject.
bool is_participle_cue(std::string_view word);
// Capitalized words of a title before a name: President, Minister, Mr, Sheikh.
bool is_title_word(std::string_view word);
// Lower-case heads of a description: president, minister, spokesman. The
// result is a bit (1 << index) so that a person's roles fit in one word; 0 when
// the word is not a role. Titles map to the same bits ("President" and
// "president").
uint32_t role_bit(std::string_view word);
// Adjectives of nationality (Russian, Iranian, Israeli) used in titles.
bool is_nationality(std::string_view word);
// Capitalized words that start a sentence or a phrase but never a name.
bool is_stop_capital(std::string_view word);
// Adverbs and auxiliaries between a subject and its verb: "Lavrov also said".
bool is_skippable(std::string_view word);
// Plural or generic subjects that name no one: officials, sources, experts.
bool is_generic_subject(std::string_view word);
// "he", "she" in any case.
bool is_person_pronoun(std::string_view word);

}  // namespace lede::quotes
