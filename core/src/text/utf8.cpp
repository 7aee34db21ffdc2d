// Tolerant UTF-8 decoding (see utf8.hpp for the replacement policy).
#include "text/utf8.hpp"

namespace lede::text {

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

}  // namespace lede::text
