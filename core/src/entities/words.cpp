// Word normalization, capitalization classes and shapes for the features.
// Only ASCII letters have case here: other scripts count as lower-case
// letters, which is what a capital-initial heuristic needs from them.
#include "entities/words.hpp"

#include <algorithm>

#include "entities/hashing.hpp"
#include "text/utf8.hpp"

namespace lede::entities {

namespace {

bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(unsigned char c) { return (c >= 'a' && c <= 'z') || c >= 0xc0; }  // UTF-8 lead bytes as letters
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// A UTF-8 curly quote (E2 80 98/99/9C/9D) at `i`, as its ASCII form, or 0.
char straight_quote(std::string_view w, size_t i) {
  if (i + 2 >= w.size() || static_cast<unsigned char>(w[i]) != 0xe2 ||
      static_cast<unsigned char>(w[i + 1]) != 0x80) {
    return 0;
  }
  switch (static_cast<unsigned char>(w[i + 2])) {
    case 0x98:
    case 0x99: return '\'';
    case 0x9c:
    case 0x9d: return '"';
  }
  return 0;
}

}  // namespace

std::string_view normalize(std::string_view word, char* buffer, bool lower) {
  size_t n = 0;
  for (size_t i = 0; i < word.size() && n < kMaxWordBytes; ++i) {
    unsigned char c = static_cast<unsigned char>(word[i]);
    if (const char q = c == 0xe2 ? straight_quote(word, i) : 0) {
      buffer[n++] = q;
      i += 2;
      continue;
    }
    if (lower) {
      if (is_upper(c)) c = static_cast<unsigned char>(c + 32);
      if (is_digit(c)) c = '0';
    }
    buffer[n++] = static_cast<char>(c);
  }
  return {buffer, n};
}

WordCase word_case(std::string_view w) {
  int upper = 0, lower = 0, digits = 0;
  bool first_upper = false;
  for (size_t i = 0; i < w.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(w[i]);
    if (is_upper(c)) {
      if (upper + lower == 0) first_upper = true;
      ++upper;
    } else if (is_lower(c)) {
      ++lower;
    } else if (is_digit(c)) {
      ++digits;
    }
  }
  if (upper + lower == 0) return digits ? kDigits : kPunct;
  if (lower == 0) return kAllCaps;
  if (!first_upper) return upper ? kMixedCase : kLower;
  return kCapitalized;  // McDonald and O'Brien included
}

WordInfo describe_word(std::string_view raw) {
  WordInfo info;
  char exact[kMaxWordBytes], low[kMaxWordBytes], shape[kMaxWordBytes], short_shape[kMaxWordBytes];
  const std::string_view w = normalize(raw, exact, false);
  const std::string_view l = normalize(raw, low, true);
  info.word = hash_bytes(w);
  info.lower = hash_bytes(l);
  info.wcase = word_case(w);
  info.length = static_cast<uint8_t>(std::min<size_t>(raw.size(), 255));

  size_t n = 0, m = 0, run = 0;
  char last = 0;
  for (const char ch : w) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (text::is_continuation(c)) continue;
    const char cls = is_upper(c) ? 'X' : is_lower(c) ? 'x' : is_digit(c) ? 'd' : ch;
    run = cls == last ? run + 1 : 1;
    if (run <= 3) shape[n++] = cls;
    if (run == 1) short_shape[m++] = cls;
    last = cls;
  }
  info.shape = hash_bytes({shape, n});
  info.short_shape = hash_bytes({short_shape, m});
  // hash_bytes() of each prefix, from one running FNV state.
  uint64_t state = kFnvBasis;
  for (size_t k = 0; k < 4; ++k) {
    if (k < l.size()) state = fnv_step(state, l[k]);
    const size_t len = std::min(l.size(), k + 1);
    info.prefix[k] = mix(state ^ len);
    info.suffix[k] = hash_bytes(l.substr(l.size() - len));
  }
  return info;
}

}  // namespace lede::entities
