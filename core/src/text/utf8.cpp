// Tolerant UTF-8 decoding (see utf8.hpp for the replacement policy).
#include "text/utf8.hpp"

#include <algorithm>
#include <string_view>

namespace lede::text {

namespace {

// The plain letter of each code point of U+00C0-U+024F (Latin-1 Supplement,
// Latin Extended-A and -B) and U+1E00-U+1EFF (Latin Extended Additional):
// the first letter of its canonical decomposition, or the letter that one
// with a stroke reads as ("Ø", "Ł", "Đ"); '*' for one written with two
// letters (fold_ligature()); '.' for a code point that is kept (a sign, or a
// letter of its own: "ƒ", "ǝ", "Ʒ").
constexpr std::string_view kLatinSupplementToB =
    "AAAAAA*CEEEEIIIIDNOOOOO.OUUUUY**aaaaaa*ceeeeiiiidnooooo.ouuuuy*y"  // U+00C0
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi**JjKkkLlLlLlL"  // U+0100
    "lLlNnNnNnnNnOoOoOo**RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs"  // U+0140
    "................................Oo.............Uu..............."  // U+0180
    ".............AaIiOoUuUuUuUuUu.AaAa....GgKkOoOo..j...Gg..NnAa...."  // U+01C0
    "AaAaEeEeIiIiOoOoRrRrUuUuSsTt..Hh......AaEeOoOoOoOoYy............"  // U+0200
    "................";                                                 // U+0240
constexpr std::string_view kLatinAdditional =
    "AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMm"  // U+1E00
    "MmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVv"  // U+1E40
    "WwWwWwWwWwXxXxYyZzZzZzhtwy....*.AaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEe"  // U+1E80
    "EeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy......";  // U+1EC0

// The two letters of a '*' in the tables above.
std::string_view fold_ligature(char32_t cp) {
  switch (cp) {
    case 0xC6: return "AE";
    case 0xDE: return "TH";
    case 0xDF: return "ss";
    case 0xE6: return "ae";
    case 0xFE: return "th";
    case 0x132: return "IJ";
    case 0x133: return "ij";
    case 0x152: return "OE";
    case 0x153: return "oe";
    default: return "SS";  // U+1E9E
  }
}

// Writes the plain letters of `cp` at `out` and returns the end of what it
// wrote: nothing for a combining diacritical mark, and null for a code
// point that is kept.
char* write_folded(char* out, char32_t cp) {
  if (cp >= 0x300 && cp < 0x370) return out;
  char plain = '.';
  if (cp >= 0xC0 && cp < 0xC0 + kLatinSupplementToB.size()) plain = kLatinSupplementToB[cp - 0xC0];
  if (cp >= 0x1E00 && cp < 0x1E00 + kLatinAdditional.size()) plain = kLatinAdditional[cp - 0x1E00];
  if (plain == '.') return nullptr;
  if (plain != '*') {
    *out = plain;
    return out + 1;
  }
  const std::string_view letters = fold_ligature(cp);
  return std::copy(letters.begin(), letters.end(), out);
}

}  // namespace

Decoded decode(std::string_view text, size_t pos) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  const unsigned char c = s[pos];
  if (c < 0x80) return {c, 1, true};

  // Expected length and the allowed range of the second byte (Unicode table 3-7),
  // which rules out overlong forms, surrogates and code points above U+10FFFF.
  uint32_t length = 0;
  unsigned char low = 0x80, high = 0xBF;
  char32_t cp = 0;
  if (c >= 0xC2 && c <= 0xDF) {
    length = 2, cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    length = 3, cp = c & 0x0F;
    if (c == 0xE0) low = 0xA0;
    if (c == 0xED) high = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    length = 4, cp = c & 0x07;
    if (c == 0xF0) low = 0x90;
    if (c == 0xF4) high = 0x8F;
  } else {
    return {kReplacement, 1, false};
  }

  uint32_t consumed = 1;
  for (; consumed < length; ++consumed) {
    if (pos + consumed >= n) return {kReplacement, consumed, false};
    const unsigned char next = s[pos + consumed];
    const bool in_range = consumed == 1 ? (next >= low && next <= high) : is_continuation(next);
    if (!in_range) return {kReplacement, consumed, false};
    cp = (cp << 6) | (next & 0x3F);
  }
  return {cp, length, true};
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::string fold_latin_diacritics(std::string_view text) {
  // Every letter folded is two bytes or more, and its plain letters two at
  // most: the folded text is never longer.
  std::string out(text.size(), '\0');
  char* end = out.data();
  for (size_t pos = 0; pos < text.size();) {
    if (static_cast<unsigned char>(text[pos]) < 0x80) {
      *end++ = text[pos++];
      continue;
    }
    const Decoded d = decode(text, pos);
    char* const folded = d.valid ? write_folded(end, d.code_point) : nullptr;
    end = folded ? folded : std::copy_n(text.data() + pos, d.length, end);
    pos += d.length;
  }
  out.resize(static_cast<size_t>(end - out.data()));
  return out;
}

}  // namespace lede::text
