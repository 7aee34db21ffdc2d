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

// The case counts that word_case() reads, kept byte by byte.
struct CaseCounts {
  int upper = 0, lower = 0, digits = 0;
  bool first_upper = false;
  void add(unsigned char c) {
    if (is_upper(c)) {
      if (upper + lower == 0) first_upper = true;
      ++upper;
    } else if (is_lower(c)) {
      ++lower;
    } else if (is_digit(c)) {
      ++digits;
    }
  }
  WordCase word_case() const {
    if (upper + lower == 0) return digits ? kDigits : kPunct;
    if (lower == 0) return kAllCaps;
    if (!first_upper) return upper ? kMixedCase : kLower;
    return kCapitalized;  // McDonald and O'Brien included
  }
};

// hash_bytes() of a string given a byte at a time.
class RunningHash {
 public:
  void add(char c) {
    state_ = fnv_step(state_, c);
    ++size_;
  }
  uint64_t value() const { return mix(state_ ^ size_); }

 private:
  uint64_t state_ = kFnvBasis;
  size_t size_ = 0;
};

// Character classes for the shapes: runs cut at three (shape) and collapsed
// (short shape).
class Shapes {
 public:
  void add(unsigned char c) {
    if (text::is_continuation(c)) return;
    const char cls = is_upper(c) ? 'X' : is_lower(c) ? 'x' : is_digit(c) ? 'd' : static_cast<char>(c);
    run_ = cls == last_ ? run_ + 1 : 1;
    if (run_ <= 3) shape_.add(cls);
    if (run_ == 1) short_shape_.add(cls);
    last_ = cls;
  }
  uint64_t shape() const { return shape_.value(); }
  uint64_t short_shape() const { return short_shape_.value(); }

 private:
  RunningHash shape_, short_shape_;
  size_t run_ = 0;
  char last_ = 0;
};

}  // namespace

std::string_view normalize(std::string_view word, char* buffer, bool lower) {
  size_t n = 0;
  for (size_t i = 0; i < word.size() && n < kMaxWordBytes; ++i) {
    const unsigned char c = static_cast<unsigned char>(word[i]);
    if (const char q = c == 0xe2 ? straight_quote(word, i) : 0) {
      buffer[n++] = q;
      i += 2;
      continue;
    }
    buffer[n++] = lower ? lower_form_byte(static_cast<char>(c)) : static_cast<char>(c);
  }
  return {buffer, n};
}

WordCase word_case(std::string_view w) {
  CaseCounts counts;
  for (const char c : w) counts.add(static_cast<unsigned char>(c));
  return counts.word_case();
}

// One pass over the word's bytes gives what normalize(), word_case() and
// the hashes of the normalized forms and shapes would read in six: a word
// form the form cache does not know costs its description. Its outline
// (`Full` false) is the lower-case form's hash, the case and the length.
namespace {

template <bool Full>
WordInfo describe(std::string_view raw) {
  WordInfo info;
  char low[kMaxWordBytes];
  RunningHash word, lower;
  CaseCounts counts;
  Shapes shapes;
  size_t n = 0;
  for (size_t i = 0; i < raw.size() && n < kMaxWordBytes; ++i) {
    unsigned char c = static_cast<unsigned char>(raw[i]);
    if (const char q = c == 0xe2 ? straight_quote(raw, i) : 0) {
      c = static_cast<unsigned char>(q);
      i += 2;
    }
    counts.add(c);
    const char l = lower_form_byte(static_cast<char>(c));
    lower.add(l);
    if constexpr (Full) {
      word.add(static_cast<char>(c));
      shapes.add(c);
      low[n] = l;
    }
    ++n;
  }
  info.lower = lower.value();
  info.wcase = counts.word_case();
  info.length = static_cast<uint8_t>(std::min<size_t>(raw.size(), 255));
  if constexpr (!Full) return info;
  info.word = word.value();
  info.shape = shapes.shape();
  info.short_shape = shapes.short_shape();
  // hash_bytes() of each prefix, from one running FNV state.
  const std::string_view l(low, n);
  uint64_t state = kFnvBasis;
  for (size_t k = 0; k < 4; ++k) {
    if (k < l.size()) state = fnv_step(state, l[k]);
    const size_t len = std::min(l.size(), k + 1);
    info.prefix[k] = mix(state ^ len);
    info.suffix[k] = hash_bytes(l.substr(l.size() - len));
  }
  return info;
}

}  // namespace

WordInfo describe_word(std::string_view raw) { return describe<true>(raw); }
WordInfo outline_word(std::string_view raw) { return describe<false>(raw); }

}  // namespace lede::entities
