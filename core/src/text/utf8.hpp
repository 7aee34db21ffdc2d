// UTF-8 decoding that tolerates any byte sequence. Ill-formed input is decoded
// the way browsers and Python do ("maximal subpart" replacement): each maximal
// prefix of a valid sequence becomes one U+FFFD, so offsets computed here agree
// with JavaScript's TextDecoder on the same bytes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace lede::text {

inline constexpr char32_t kReplacement = 0xFFFD;

struct Decoded {
  char32_t code_point;  // kReplacement for an ill-formed sequence
  uint32_t length;      // bytes consumed, 1..4
  bool valid;
};

// A byte that continues a multi-byte sequence (10xxxxxx).
inline bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// Decodes the code point starting at byte `pos` (< text.size()).
Decoded decode(std::string_view text, size_t pos);

// Appends the UTF-8 encoding of `cp` to `out`.
void append_utf8(std::string& out, char32_t cp);

// `text` with each Latin letter with a diacritic written as its plain
// letter or letters ("São Paulo" -> "Sao Paulo", "Łódź" -> "Lodz",
// "Straße" -> "Strasse") and combining diacritical marks dropped: how English
// copy spells foreign names. Every other character, of any script, is kept.
std::string fold_latin_diacritics(std::string_view text);

// Number of UTF-16 code units for a decoded code point.
inline uint32_t utf16_length(char32_t cp) { return cp >= 0x10000 ? 2 : 1; }

}  // namespace lede::text
