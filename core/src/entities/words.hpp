// What the tagger sees of one word: its normalized forms and their hashes,
// capitalization class, shape and affixes. Computed once per distinct word
// form so that every feature template only combines hashes.
#pragma once

#include <cstdint>
#include <string_view>

#include "text/chars.hpp"

namespace lede::entities {

constexpr size_t kMaxWordBytes = 64;  // longer words are hashed by this prefix

// Capitalization class of a word.
enum WordCase : uint8_t { kLower, kCapitalized, kAllCaps, kMixedCase, kDigits, kPunct, kOtherCase };

// A byte of a word's lower-case form: ASCII letters lowered, digits as 0.
// The features and the gazetteer hash the forms it makes, so they must agree.
constexpr char lower_form_byte(char c) {
  return text::is_digit(static_cast<unsigned char>(c)) ? '0' : text::lower_ascii(c);
}

// Writes the normalized form of `word` into `buffer` (kMaxWordBytes) and
// returns it: curly quotes made straight, and when `lower`, ASCII letters
// lowered and digits replaced by 0.
std::string_view normalize(std::string_view word, char* buffer, bool lower);

WordCase word_case(std::string_view word);

struct WordInfo {
  uint64_t word = 0;      // exact form (quotes normalized)
  uint64_t lower = 0;     // lower case, digits as 0
  uint64_t shape = 0;     // Xxxx, dd-Xx: character classes, runs cut at 3
  uint64_t short_shape = 0;  // runs collapsed: Xx, d-Xx
  uint64_t prefix[4] = {};   // lower-case prefixes of 1..4 bytes
  uint64_t suffix[4] = {};   // lower-case suffixes of 1..4 bytes
  WordCase wcase = kOtherCase;
  uint8_t length = 0;        // bytes, capped at 255
};

WordInfo describe_word(std::string_view word);
// Its `lower`, `wcase` and `length` alone, the rest left 0: what is read of
// every word type of a long text (most are described in full only when
// they are near a name), for a fraction of the cost.
WordInfo outline_word(std::string_view word);

}  // namespace lede::entities
