// Gazetteer: an open-addressing table of n-gram hashes. Each entry says which
// categories end a name there and which continue into a longer name, so that
// matching stops as soon as no longer name is possible.
#include "entities/gazetteer.hpp"

#include <algorithm>
#include <string>

#include "entities/hashing.hpp"
#include "entities/lexicon.hpp"
#include "entities/words.hpp"
#include "text/byte_lanes.hpp"
#include "text/utf8.hpp"

namespace lede::entities {

namespace {

constexpr uint64_t kSeed = 0x4c454445u;  // "LEDE"
// The keys of the plain spellings (add_plain_spellings()) start from their
// own seed: matching, and so the tagger's features and the model trained on
// them, never sees them; only categories() does.
constexpr uint64_t kPlainSeed = 0x504c41494eu;  // "PLAIN"

// The value of one part of each category in a match code: 5^(11 - category).
constexpr std::array<uint32_t, kGazetteerCategories> kPartWeight = [] {
  std::array<uint32_t, kGazetteerCategories> weight{};
  uint32_t w = 1;
  for (int c = kGazetteerCategories - 1; c >= 0; --c, w *= 5) weight[c] = w;
  return weight;
}();
static_assert(kMatchUnit < 5 && kGazetteerCategories <= 13);  // 13 base-5 digits fit in 32 bits

// lower_form_byte() of every byte: a look-up, where its tests cost
// lower_hash() 9 instructions a byte.
constexpr std::array<char, 256> kLowerForm = [] {
  std::array<char, 256> form{};
  for (int c = 0; c < 256; ++c) form[c] = lower_form_byte(static_cast<char>(c));
  return form;
}();

// The categories a name may be of that starts at a word: titles are
// lower-case words too; names start with a capital, so only a title can
// start at a lower-case word.
uint32_t starting_categories(bool may_start) {
  return may_start ? (1u << kGazetteerCategories) - 1 : 1u << kTitle;
}

// A line of the model's list, "<'0' + category>\t<name>": its category and
// name, or category -1 if it is no such line.
struct ListLine {
  int category;
  std::string_view name;
};
ListLine read_line(std::string_view line) {
  if (line.size() > 2 && line[0] >= '0' && line[0] < '0' + kGazetteerCategories && line[1] == '\t') {
    return {line[0] - '0', line.substr(2)};
  }
  return {-1, {}};
}

}  // namespace

GazetteerMatch gazetteer_match(uint32_t code) {
  GazetteerMatch g;
  for (int c = kGazetteerCategories - 1; c >= 0; --c) {
    g[c] = static_cast<uint8_t>(code % 5);
    code /= 5;
  }
  return g;
}

uint64_t lower_hash(std::string_view word) {
  // hash_bytes() of normalize(word, buffer, true) in one pass, for a word
  // that it copies byte for byte but lowered, with digits as '0': one without
  // a curly quote to straighten (E2 ...) and short enough not to be cut.
  if (word.size() <= kMaxWordBytes) {
    uint64_t h = kFnvBasis;
    size_t i = 0;
    for (; i < word.size() && word[i] != '\xE2'; ++i) h = fnv_step(h, kLowerForm[static_cast<unsigned char>(word[i])]);
    if (i == word.size()) return mix(h ^ word.size());
  }
  char buffer[kMaxWordBytes];
  return hash_bytes(normalize(word, buffer, true));
}

namespace {

// lower_hash() of the word of `name` that starts at `pos`, found as it is
// hashed: its end (the next space, or the name's) goes to `end`. The
// lists' names are split in one pass, not a memchr() call for each space
// and a second pass over each word (the model's load, 94,000 words).
uint64_t lower_hash_of_word_at(std::string_view name, size_t pos, size_t& end) {
  uint64_t h = kFnvBasis;
  size_t i = pos;
  for (; i < name.size() && name[i] != ' ' && name[i] != '\xE2'; ++i) {
    h = fnv_step(h, kLowerForm[static_cast<unsigned char>(name[i])]);
  }
  if (i < name.size() && name[i] == '\xE2') {  // a curly quote for normalize() to straighten
    end = std::min(name.find(' ', i), name.size());
    return lower_hash(name.substr(pos, end - pos));
  }
  end = i;
  const size_t length = i - pos;
  return length <= kMaxWordBytes ? mix(h ^ length) : lower_hash(name.substr(pos, length));
}

}  // namespace

Gazetteer::Gazetteer(std::string_view lines) {
  // Sized for every word of every name (each can add a prefix entry) at most
  // half full: short probes, and small enough to stay in cache. The plain
  // spellings of the names with diacritics (a fifth of the cities) fit in
  // what is left: the shipped lists fill 31% of the slots.
  size_t words = lexicon::demonyms().size + 2 * lexicon::acronyms().size * 4 + lexicon::countries().size * 2 +
                 lexicon::titles().size + lexicon::org_suffixes().size;
  // The breaks between the lists' words, counted in 32 bits: the loop
  // vectorizes, and adds up twice the bytes at a time as with 64.
  uint32_t breaks = 0;
  for (const char c : lines) breaks += c == '\n' || c == ' ';
  words += breaks;
  size_t slots = 1024;
  while (slots < 2 * words) slots *= 2;
  slots_.assign(slots, {0, 0});
  mask_ = slots - 1;
  size_t pos = 0;
  while (pos < lines.size()) {
    size_t eol = lines.find('\n', pos);
    if (eol == std::string_view::npos) eol = lines.size();
    if (const ListLine line = read_line(lines.substr(pos, eol - pos)); line.category >= 0) {
      add(line.category, line.name);
    }
    pos = eol + 1;
  }
  for (const auto& d : lexicon::demonyms()) add(kDemonym, d.word);
  for (const auto& a : lexicon::acronyms()) {
    add(a.country ? kCountry : kKnownOrg, a.short_form);
    add(a.country ? kCountry : kKnownOrg, a.expansion);
  }
  for (const auto c : lexicon::countries()) add(kCountry, c);
  for (const auto t : lexicon::titles()) add(kTitle, t);
  for (const auto s : lexicon::org_suffixes()) add(kOrgSuffix, s);
  add_plain_spellings(lines);
}

// English copy writes "Sao Paulo", "SAO PAULO" and "Zurich" for the lists'
// "São Paulo" and "Zürich": each name with diacritics is listed without them
// too, for the rules that ask categories(), unless that spelling is an
// English word or a first name that the lists hold ("Wé" is a town of New
// Caledonia, "Çan" one of Turkey, "Antón" one of Panama), which is why it
// runs after every line is added. Not for the tagger: as a feature it
// needs a retrained model, and the tagger still read the "SAO PAULO"
// dateline as a person (docs/performance.md, "Tried and dropped"). The
// lines that hold a byte >= 0x80 are found eight bytes at a time; the
// hand-written lists are in ASCII.
void Gazetteer::add_plain_spellings(std::string_view lines) {
  size_t at = text::lanes::find_non_ascii(lines.data(), lines.size(), 0);
  while (at < lines.size()) {
    const size_t start = lines.rfind('\n', at) + 1;  // 0 on the first line
    size_t eol = lines.find('\n', at);
    if (eol == std::string_view::npos) eol = lines.size();
    if (const ListLine line = read_line(lines.substr(start, eol - start)); line.category >= 0) {
      add_plain_spelling(line.category, line.name);
    }
    at = text::lanes::find_non_ascii(lines.data(), lines.size(), eol);
  }
}

void Gazetteer::add_plain_spelling(int category, std::string_view name) {
  const std::string plain = text::fold_latin_diacritics(name);
  if (plain == name || used_ * 2 >= slots_.size()) return;
  const NameKeys keys = keys_of(plain);
  if ((lookup(keys.as_written) | lookup(keys.plain)) & category_set({kCommonWord, kFirstName})) return;
  slot(keys.plain) |= 1u << category;
}

void Gazetteer::add(int category, std::string_view name) {
  // Past half full the probes grow long; later entries are dropped (the
  // lists are far below that size).
  if (used_ * 2 >= slots_.size()) return;
  uint64_t key = kSeed;
  int words = 0;
  size_t pos = 0;
  while (pos < name.size() && words < kMaxWords) {
    size_t end;
    const uint64_t word = lower_hash_of_word_at(name, pos, end);
    if (end > pos) {
      if (words > 0) {
        // The n-gram so far is a prefix of this name.
        slot(key) |= 1u << (kPrefixShift + category);
      }
      key = combine(key, word);
      ++words;
    }
    pos = end + 1;
  }
  if (words == 0 || pos < name.size()) return;  // empty, or too many words
  slot(key) |= 1u << category;
}

// Slots are found by the hash's low bits and checked against its high 32.
uint32_t& Gazetteer::slot(uint64_t key) {
  const uint32_t k = static_cast<uint32_t>(key >> 32) | 1;
  size_t i = key & mask_;
  while (slots_[i].key != 0 && slots_[i].key != k) i = (i + 1) & mask_;
  if (slots_[i].key == 0) slots_[i].key = k, ++used_;
  return slots_[i].value;
}

Gazetteer::NameKeys Gazetteer::keys_of(std::string_view name) {
  NameKeys keys{kSeed, kPlainSeed};
  size_t pos = 0;
  while (pos <= name.size()) {
    size_t end;
    const uint64_t word = lower_hash_of_word_at(name, pos, end);
    keys.as_written = combine(keys.as_written, word);
    keys.plain = combine(keys.plain, word);
    pos = end + 1;
  }
  return keys;
}

uint32_t Gazetteer::categories(std::string_view name) const {
  const NameKeys keys = keys_of(name);
  return (lookup(keys.as_written) | lookup(keys.plain)) & ((1u << kGazetteerCategories) - 1);
}

uint32_t Gazetteer::lookup(uint64_t key) const {
  const uint32_t k = static_cast<uint32_t>(key >> 32) | 1;
  for (size_t i = key & mask_; slots_[i].key != 0; i = (i + 1) & mask_) {
    if (slots_[i].key == k) return slots_[i].value;
  }
  return 0;
}

uint32_t Gazetteer::word_entry(uint64_t lower, bool may_start) const {
  const uint32_t wanted = starting_categories(may_start);
  return lookup(combine(kSeed, lower)) & (wanted | wanted << kPrefixShift);
}

void Gazetteer::prefetch_word_entry(uint64_t lower) const {
#if defined(__GNUC__) || defined(__clang__)
  __builtin_prefetch(&slots_[combine(kSeed, lower) & mask_]);
#else
  (void)lower;
#endif
}

void Gazetteer::match(const uint64_t* lower, const uint32_t* entry, const uint8_t* may_start, size_t n,
                      uint32_t* out) const {
  std::array<size_t, kGazetteerCategories> covered_until{};
  std::fill(out, out + n, 0u);
  for (size_t i = 0; i < n; ++i) {
    uint32_t v = entry[i];
    // Most words start no name and are no prefix of one: they are passed
    // at once, and the n-gram keys are hashed only past the first word.
    if (v == 0) continue;
    const uint32_t wanted = starting_categories(may_start[i]);
    std::array<uint8_t, kGazetteerCategories> longest{};
    uint32_t found = 0;  // the categories with a name starting here
    uint64_t key = 0;  // the words i..j-1
    for (size_t j = i;;) {
      for (uint32_t ends = v & wanted; ends != 0; ends &= ends - 1) {
        longest[__builtin_ctz(ends)] = static_cast<uint8_t>(j - i + 1);
        found |= ends & -ends;
      }
      if (((v >> kPrefixShift) & wanted) == 0 || ++j == n || j - i == static_cast<size_t>(kMaxWords)) break;
      key = combine(j == i + 1 ? combine(kSeed, lower[i]) : key, lower[j]);
      v = lookup(key);
    }
    for (; found != 0; found &= found - 1) {
      const int c = __builtin_ctz(found);
      const size_t len = longest[c];
      if (covered_until[c] > i) continue;
      // A category's matches do not overlap: each word's digit of it is added once.
      const uint32_t w = kPartWeight[c];
      if (len == 1) {
        out[i] += kMatchUnit * w;
      } else {
        out[i] += kMatchBegin * w;
        for (size_t j = i + 1; j + 1 < i + len; ++j) out[j] += kMatchInside * w;
        out[i + len - 1] += kMatchLast * w;
      }
      covered_until[c] = i + len;
    }
  }
}

}  // namespace lede::entities
