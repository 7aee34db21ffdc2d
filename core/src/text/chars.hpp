// Character classes the text layer cuts by. Only what news text needs: a
// code point is a letter unless it is known to be something else, so any
// script forms words.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string_view>

namespace lede::text {

enum class CharClass : unsigned char {
  space,    // white space, controls, BOM, zero-width characters
  newline,  // \n \r U+0085 U+2028 U+2029
  letter,   // letters of any script, combining marks
  digit,    // 0-9
  quote,    // " ' “ ” ‘ ’ ‚ „ ‟ « » ‹ › ＂ ＇
  symbol,   // currency and other symbols, emoji
  punct,    // everything else that is not part of a word
};

constexpr bool is_ascii_letter(char32_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
constexpr bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
constexpr bool is_upper_ascii(char32_t c) { return c >= 'A' && c <= 'Z'; }
constexpr bool is_lower_ascii(char32_t c) { return c >= 'a' && c <= 'z'; }
// A-Z to a-z, every other byte as it is. Without a branch: capitals are
// frequent and unpredictable in text, and a loop of it vectorizes.
constexpr char lower_ascii(char c) {
  return static_cast<char>(c + ((static_cast<unsigned char>(c - 'A') < 26) << 5));
}
// a-z to A-Z, every other byte as it is.
constexpr char upper_ascii(char c) {
  return static_cast<char>(c - ((static_cast<unsigned char>(c - 'a') < 26) << 5));
}
// Whether `w` (not empty) is one of `words`, each as long as `w` (the
// caller picks them by its length), for a word asked of at most tokens: the
// first bytes compared before the rest, which most words fail without a
// call to memcmp.
inline bool is_one_of_its_length(std::string_view w, std::initializer_list<const char*> words) {
  return std::any_of(words.begin(), words.end(),
                     [&](const char* word) { return w[0] == word[0] && std::memcmp(w.data(), word, w.size()) == 0; });
}
// A short list of words that a word is asked of many times ("is it a
// carmaker?"). Most words are told by their shape alone, one look-up of
// their length and first and last bytes; the rest are compared only with
// the listed words of their length. (std::find over a list of views costs
// a call and compares for every word: eight such lists took 18 M
// instructions of c06.)
template <size_t N>
class WordSet {
 public:
  constexpr explicit WordSet(const std::string_view (&words)[N]) { fill(words); }
  constexpr explicit WordSet(const std::array<std::string_view, N>& words) { fill(words); }

  constexpr bool contains(std::string_view w) const {
    if (w.empty()) return false;
    const size_t r = row(w.size());
    const unsigned s = shape(w);
    return (shapes_[r][s >> 6] >> (s & 63) & 1) && in_row(w, r);
  }

 private:
  // Out of line: the compare's registers would otherwise be saved and
  // restored by every word that the shape alone tells.
  [[gnu::noinline]] constexpr bool in_row(std::string_view w, size_t r) const {
    for (size_t i = starts_[r]; i < starts_[r + 1]; ++i) {
      if (words_[i][0] == w[0] && words_[i] == w) return true;
    }
    return false;
  }
  static constexpr size_t kRows = 16;  // longer words share the last row
  static constexpr size_t row(size_t size) { return size < kRows ? size : kRows - 1; }
  // A word's bit among its row's 256: from its first and last bytes, so
  // that few words of a length share it. (With 64 bits a row, one in eight
  // of the one- and two-word forms of a text passed for a well-known
  // organization.)
  static constexpr unsigned shape(std::string_view w) {
    return (static_cast<unsigned char>(w.front()) + 3u * static_cast<unsigned char>(w.back())) & 255;
  }
  // The words in order of their rows, row r's from starts_[r] to starts_[r + 1].
  template <class Words>
  constexpr void fill(const Words& words) {
    for (const std::string_view w : words) {
      const unsigned s = shape(w);
      shapes_[row(w.size())][s >> 6] |= uint64_t{1} << (s & 63);
      ++starts_[row(w.size()) + 1];
    }
    for (size_t r = 0; r < kRows; ++r) starts_[r + 1] += starts_[r];
    std::array<size_t, kRows + 1> next{};
    for (size_t r = 0; r <= kRows; ++r) next[r] = starts_[r];
    for (const std::string_view w : words) words_[next[row(w.size())]++] = w;
  }
  std::array<std::array<uint64_t, 4>, kRows> shapes_{};
  std::array<size_t, kRows + 1> starts_{};
  std::array<std::string_view, N> words_{};
};
// Equal but for ASCII case ("Script" and "SCRIPT", "President" and "president").
inline bool same_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (lower_ascii(a[i]) != lower_ascii(b[i])) return false;
  }
  return true;
}

inline bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }
inline bool is_hyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }

// The class of an ASCII character, by the rules spelled out below; every
// byte of most news text goes through here, so it is one table look-up.
inline constexpr CharClass classify_ascii_slow(char32_t c) {
  if (c == '\n' || c == '\r') return CharClass::newline;
  if (c <= ' ' || c == 0x7F) return CharClass::space;
  if (is_ascii_letter(c)) return CharClass::letter;
  if (is_digit(c)) return CharClass::digit;
  if (c == '"' || c == '\'') return CharClass::quote;
  if (c == '$' || c == '%' || c == '&' || c == '+' || c == '<' || c == '=' || c == '>' ||
      c == '^' || c == '|' || c == '~' || c == '`' || c == '#' || c == '@' || c == '*')
    return CharClass::symbol;
  if (c == '_') return CharClass::letter;
  return CharClass::punct;
}

struct AsciiClasses {
  CharClass of[128];
  constexpr AsciiClasses() : of() {
    for (char32_t c = 0; c < 128; ++c) of[c] = classify_ascii_slow(c);
  }
};
inline constexpr AsciiClasses kAsciiClasses{};

inline CharClass classify(char32_t c) {
  if (c < 0x80) return kAsciiClasses.of[c];
  switch (c) {
    case 0x85: case 0x2028: case 0x2029:
      return CharClass::newline;
    case 0xA0: case 0xAD: case 0x1680: case 0x180E: case 0x200B: case 0x200C: case 0x200D:
    case 0x200E: case 0x200F: case 0x202F: case 0x205F: case 0x2060: case 0x3000: case 0xFEFF:
    case 0xFFFD:  // an ill-formed byte: never glue it into a word
      return CharClass::space;
    case 0x201C: case 0x201D: case 0x2018: case 0x2019: case 0x201A: case 0x201E: case 0x201F:
    case 0x201B: case 0xAB: case 0xBB: case 0x2039: case 0x203A: case 0xFF02: case 0xFF07:
      return CharClass::quote;
    case 0xA2: case 0xA3: case 0xA4: case 0xA5: case 0xA9: case 0xAE: case 0xB0: case 0xB1:
    case 0xD7: case 0xF7: case 0x2030: case 0x2122: case 0x2032: case 0x2033:
      return CharClass::symbol;
    default:
      break;
  }
  if (c < 0x20 + 0x80) return CharClass::space;                  // C1 controls
  if (c >= 0xA1 && c <= 0xBF) return CharClass::punct;           // Latin-1 punctuation
  if (c >= 0x2000 && c <= 0x200A) return CharClass::space;       // typographic spaces
  if (c >= 0x2010 && c <= 0x205E) return CharClass::punct;       // dashes, bullets, …
  if (c >= 0x20A0 && c <= 0x20CF) return CharClass::symbol;      // currency signs
  if (c >= 0x2100 && c <= 0x2BFF) return CharClass::symbol;      // arrows, math, dingbats
  if (c >= 0x3000 && c <= 0x303F) return CharClass::punct;       // CJK punctuation
  if (c >= 0xFE30 && c <= 0xFE4F) return CharClass::punct;       // CJK compatibility forms
  if (c >= 0xFF01 && c <= 0xFF0F) return CharClass::punct;       // full-width punctuation
  if (c >= 0x1F000 && c <= 0x1FAFF) return CharClass::symbol;    // emoji
  if (c >= 0xE0000 && c <= 0xE007F) return CharClass::space;     // tag characters
  if (c >= 0xD800 && c <= 0xDFFF) return CharClass::space;       // never decoded; defensive
  return CharClass::letter;
}

}  // namespace lede::text
