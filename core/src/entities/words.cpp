// Word normalization, capitalization classes and shapes for the features.
// ASCII letters have case, and so do the capitals of the Latin, Greek and
// Cyrillic letters of two UTF-8 bytes (Émile, Łukasz, Şükrü, Øystein,
// Ωμέγα, Шевченко); other letters count as lower-case, which is what a
// capital-initial heuristic needs from them.
#include "entities/words.hpp"

#include <algorithm>
#include <array>

#include "entities/hashing.hpp"
#include "text/utf8.hpp"

namespace lede::entities {

namespace {

constexpr bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool is_lower(unsigned char c) { return (c >= 'a' && c <= 'z') || c >= 0xc0; }  // UTF-8 lead bytes as letters
constexpr bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// Whether code point `cp` (U+0080-U+07FF) is a capital letter: Latin-1,
// Latin Extended-A and Romanian's Ș Ț (capitals and small letters
// alternate, with exceptions), Greek and Cyrillic.
constexpr bool is_upper_two_byte(uint32_t cp) {
  const bool even = cp % 2 == 0;
  if (cp < 0x100) return cp >= 0xc0 && cp <= 0xde && cp != 0xd7;  // À-Þ but ×
  if (cp < 0x180) {
    if (cp == 0x138 || cp == 0x149 || cp == 0x17f) return false;  // ĸ ŉ ſ
    if (cp == 0x178) return true;                                // Ÿ
    return (cp >= 0x139 && cp <= 0x148) || cp >= 0x179 ? !even : even;
  }
  if (cp >= 0x200 && cp <= 0x233) return even;                   // Ș Ț among them
  if (cp >= 0x386 && cp <= 0x3ab) return cp != 0x387 && cp != 0x390;  // Ά-Ϋ but · ΐ
  if (cp >= 0x400 && cp <= 0x42f) return true;                   // Ѐ-Я
  return cp >= 0x460 && cp <= 0x4ff && even && !(cp >= 0x482 && cp <= 0x489) && !(cp >= 0x4c1 && cp <= 0x4cf);
}

// The byte that stands for the case of the letter starting at w[i] (of
// value c): 'A' for a capital of two UTF-8 bytes, else c itself.
unsigned char case_byte(std::string_view w, size_t i, unsigned char c) {
  if (c < 0xc2 || c > 0xd3 || i + 1 >= w.size()) return c;
  const auto next = static_cast<unsigned char>(w[i + 1]);
  if (!text::is_continuation(next)) return c;
  return is_upper_two_byte((c & 0x1fu) << 6 | (next & 0x3fu)) ? 'A' : c;
}

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

// What word_case(), the shapes and the lower-case form ask of each byte, looked up at once: as
// tests they were a third of describe()'s instructions. A lead byte counts
// as a lower-case letter; kTwoByteLead tells that it may start a capital
// (case_byte() tells which).
enum ByteKind : uint8_t {
  kUpperByte = 1,
  kLowerByte = 2,
  kDigitByte = 4,
  kTwoByteLead = 8,
  kContinuationByte = 16,
};
struct ByteTraits {
  uint8_t kinds = 0;  // ByteKind bits
  char shape = 0;     // its class in a shape: 'X', 'x', 'd' or itself
  char lower_form = 0;  // lower_form_byte()
};
constexpr std::array<ByteTraits, 256> kByteTraits = [] {
  std::array<ByteTraits, 256> traits{};
  for (int b = 0; b < 256; ++b) {
    const auto c = static_cast<unsigned char>(b);
    ByteTraits& t = traits[b];
    if (is_upper(c)) t.kinds = kUpperByte;
    if (is_lower(c)) t.kinds = kLowerByte | (c >= 0xc0 && c <= 0xd3 ? kTwoByteLead : 0);
    if (is_digit(c)) t.kinds = kDigitByte;
    if ((c & 0xc0) == 0x80) t.kinds = kContinuationByte;
    t.shape = is_upper(c) ? 'X' : is_lower(c) ? 'x' : is_digit(c) ? 'd' : static_cast<char>(c);
    t.lower_form = lower_form_byte(static_cast<char>(c));
  }
  return traits;
}();

// The kinds of byte that word_case() reads, kept byte by byte.
struct CaseCounts {
  uint8_t seen = 0;   // ByteKind bits
  uint8_t first = 0;  // those of the first letter
  void add(unsigned char c) {
    const uint8_t kinds = kByteTraits[c].kinds;
    first = seen & (kUpperByte | kLowerByte) ? first : kinds;
    seen |= kinds;
  }
  bool two_byte_letter() const { return seen & kTwoByteLead; }
  WordCase word_case() const {
    if (!(seen & (kUpperByte | kLowerByte))) return seen & kDigitByte ? kDigits : kPunct;
    if (!(seen & kLowerByte)) return kAllCaps;
    if (!(first & kUpperByte)) return seen & kUpperByte ? kMixedCase : kLower;
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
    const ByteTraits& t = kByteTraits[c];
    if (t.kinds & kContinuationByte) return;
    const char cls = t.shape;
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
  if (!counts.two_byte_letter()) return counts.word_case();
  CaseCounts cased;
  for (size_t i = 0; i < w.size(); ++i) cased.add(case_byte(w, i, static_cast<unsigned char>(w[i])));
  return cased.word_case();
}

// One pass over the word's bytes gives what normalize(), word_case() and
// the hashes of the normalized forms and shapes would read in six: a word
// form the form cache does not know costs its description. Its outline
// (`Full` false) is the lower-case form's hash, the case and the length.
// A word with a letter of two bytes, which may be a capital, is read again
// (`Capitals`), its letters' case from case_byte(): so ASCII words pay
// little for it (every word read so cost describe_word() 14% more
// instructions on c06, this 4%).
namespace {

template <bool Full, bool Capitals = false>
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
    const unsigned char cased = Capitals ? case_byte(raw, i, c) : c;
    counts.add(cased);
    const char l = kByteTraits[c].lower_form;
    lower.add(l);
    if constexpr (Full) {
      word.add(static_cast<char>(c));
      shapes.add(cased);
      low[n] = l;
    }
    ++n;
  }
  if constexpr (!Capitals) {
    if (counts.two_byte_letter()) return describe<Full, true>(raw);
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
