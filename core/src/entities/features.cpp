// The feature templates. Each template is a numbered slot whose value hash is
// combined with the slot number; a slot that does not apply still gets a
// value (a "none" hash), which keeps every token's features in fixed places.
#include "entities/features.hpp"

#include <algorithm>
#include <array>
#include <cassert>

#include "entities/hashing.hpp"

namespace lede::entities {

namespace {

// Document-level capitalization of a lower-case form, as bits: how it is
// written where capitals carry information (inside a sentence, not in a headline).
enum DocCase : uint8_t { kSeenLower = 1, kSeenCapitalized = 2, kSeenAllCaps = 4 };

constexpr uint64_t kNone = 0x6e6f6e65;  // "none"

WordInfo boundary_word(uint64_t seed) {
  WordInfo w;
  w.word = w.lower = w.shape = w.short_shape = mix(seed);
  for (auto& p : w.prefix) p = mix(seed + 1);
  for (auto& s : w.suffix) s = mix(seed + 2);
  w.wcase = kOtherCase;
  return w;
}

const WordInfo kBefore = boundary_word(11);  // left of a sentence
const WordInfo kAfter = boundary_word(13);   // right of a sentence

bool is_headline(const std::vector<WordInfo>& words, uint32_t begin, uint32_t end) {
  int letters = 0, caps = 0;
  for (uint32_t i = begin; i < end; ++i) {
    const WordCase c = words[i].wcase;
    if (c == kLower || c == kCapitalized || c == kAllCaps || c == kMixedCase) ++letters;
    if (c == kAllCaps && words[i].length > 1) ++caps;
  }
  return letters >= 2 && caps * 10 >= letters * 8;
}

uint8_t case_bit(WordCase c) {
  switch (c) {
    case kLower: return kSeenLower;
    case kCapitalized:
    case kMixedCase: return kSeenCapitalized;
    case kAllCaps: return kSeenAllCaps;
    default: return 0;
  }
}

// Writes one token's features: `slot` numbers the templates in order.
class Writer {
 public:
  Writer(uint32_t* out, uint32_t mask) : out_(out), mask_(mask) {}
  void add(uint64_t value) {
    out_[slot_] = static_cast<uint32_t>(combine(slot_ + 1, value)) & mask_;
    ++slot_;
  }
  void add(uint64_t a, uint64_t b) { add(combine(a, b)); }
  void add(uint64_t a, uint64_t b, uint64_t c) { add(combine(combine(a, b), c)); }
  int slots() const { return slot_; }

 private:
  uint32_t* out_;
  uint32_t mask_;
  int slot_ = 0;
};

uint64_t gazetteer_code(const GazetteerMatch& g) {
  uint64_t code = 0;
  for (const uint8_t part : g) code = code * 5 + part;
  return code;
}

}  // namespace

Prepared prepare(const std::vector<std::string_view>& words, const std::vector<uint32_t>& sentence_start,
                 const Gazetteer& gazetteer) {
  Prepared doc;
  const size_t n = words.size();
  doc.words.reserve(n);
  for (const auto w : words) doc.words.push_back(describe_word(w));
  doc.sentence_start = sentence_start;
  doc.sentence_start.push_back(static_cast<uint32_t>(n));
  doc.sentence_of.assign(n, 0);
  doc.doc_case.assign(n, 0);

  std::vector<uint64_t> lower(n);
  std::vector<uint8_t> may_start(n);
  std::vector<GazetteerMatch> matches(n);
  for (size_t i = 0; i < n; ++i) {
    lower[i] = doc.words[i].lower;
    const WordCase c = doc.words[i].wcase;
    may_start[i] = c == kCapitalized || c == kAllCaps || c == kMixedCase;
  }
  KeyMap<uint8_t> seen(n);
  for (size_t s = 0; s + 1 < doc.sentence_start.size(); ++s) {
    const uint32_t begin = doc.sentence_start[s], end = doc.sentence_start[s + 1];
    if (begin >= end) continue;
    const bool headline = is_headline(doc.words, begin, end);
    doc.sentence_of[begin] |= 1;
    for (uint32_t i = begin; i < end; ++i) {
      if (headline) doc.sentence_of[i] |= 2;
      // The first word of a sentence, and words after an opening quote or a
      // colon, are capitalized by convention, not because they are names.
      const bool initial = i == begin || doc.words[i - 1].wcase == kPunct;
      if (!headline && !initial) seen[lower[i]] |= case_bit(doc.words[i].wcase);
    }
    gazetteer.match(&lower[begin], &may_start[begin], end - begin, &matches[begin]);
  }
  for (size_t i = 0; i < n; ++i) {
    doc.words[i].gazetteer = matches[i];
    const uint8_t* bits = seen.find(lower[i]);
    doc.doc_case[i] = bits ? *bits : 8;  // 8: never seen where capitals tell
  }
  return doc;
}

namespace {

bool is_capitalized(const WordInfo& w) {
  return w.wcase == kCapitalized || w.wcase == kAllCaps || w.wcase == kMixedCase;
}

// Where each word of [begin, end) sits in its run of capitalized words: the
// run's length (capped at 4) times 4 plus its part (0 alone, 1 first, 2
// inside, 3 last); 0 outside any run.
void capitalized_runs(const Prepared& doc, uint32_t begin, uint32_t end, uint8_t* out) {
  for (uint32_t i = begin; i < end;) {
    if (!is_capitalized(doc.words[i])) {
      out[i - begin] = 0;
      ++i;
      continue;
    }
    uint32_t j = i + 1;
    while (j < end && is_capitalized(doc.words[j])) ++j;
    const uint32_t length = std::min<uint32_t>(j - i, 4);
    for (uint32_t k = i; k < j; ++k) {
      const uint32_t part = j - i == 1 ? 0 : k == i ? 1 : k + 1 == j ? 3 : 2;
      out[k - begin] = static_cast<uint8_t>(length * 4 + part);
    }
    i = j;
  }
}

}  // namespace

void first_pass_features(const Prepared& doc, uint32_t mask, uint32_t* out) {
  std::vector<uint8_t> runs;
  for (size_t s = 0; s + 1 < doc.sentence_start.size(); ++s) {
    const uint32_t begin = doc.sentence_start[s], end = doc.sentence_start[s + 1];
    runs.resize(end - begin);
    capitalized_runs(doc, begin, end, runs.data());
    auto at = [&](int64_t i) -> const WordInfo& {
      return i < begin ? kBefore : i >= end ? kAfter : doc.words[i];
    };
    auto doc_case = [&](int64_t i) -> uint64_t { return i < begin || i >= end ? 16 : doc.doc_case[i]; };
    for (int64_t i = begin; i < end; ++i) {
      const WordInfo& w = at(i);
      const WordInfo& p = at(i - 1);
      const WordInfo& pp = at(i - 2);
      const WordInfo& nx = at(i + 1);
      const WordInfo& nn = at(i + 2);
      const uint64_t position = (i == begin ? 1 : 0) | (doc.sentence_of[i] & 2) | (i == begin + 1 ? 4 : 0);
      const uint64_t wcase = w.wcase;
      Writer f(out + static_cast<size_t>(i) * kFirstPassFeatures, mask);
      f.add(kNone);  // bias
      f.add(w.word);
      f.add(w.lower);
      f.add(w.shape);
      f.add(w.short_shape);
      for (const uint64_t h : w.prefix) f.add(h);
      for (const uint64_t h : w.suffix) f.add(h);
      f.add(p.lower);
      f.add(nx.lower);
      f.add(pp.lower);
      f.add(nn.lower);
      f.add(p.lower, w.lower);
      f.add(w.lower, nx.lower);
      f.add(p.short_shape, w.short_shape, nx.short_shape);
      f.add(p.short_shape, w.short_shape);
      f.add(w.short_shape, nx.short_shape);
      f.add(pp.short_shape, p.short_shape, w.short_shape);
      f.add(w.short_shape, nx.short_shape, nn.short_shape);
      f.add(position, wcase);
      f.add(position, w.lower);
      f.add(doc_case(i), wcase, position);
      f.add(doc_case(i - 1), doc_case(i), doc_case(i + 1));
      f.add(doc_case(i), w.suffix[2]);
      f.add(gazetteer_code(w.gazetteer), wcase);
      for (int c = 0; c < kGazetteerCategories; ++c) f.add(c * 8 + w.gazetteer[c]);
      f.add(gazetteer_code(p.gazetteer), gazetteer_code(nx.gazetteer));
      f.add(p.lower, wcase);
      f.add(nx.lower, wcase);
      f.add(p.wcase, wcase, nx.wcase);
      f.add(w.suffix[2], wcase);
      f.add(std::min<uint64_t>(w.length, 12), wcase);
      f.add(p.word, w.word);
      f.add(w.word, nx.word);
      f.add(doc_case(i), w.lower);
      const uint64_t run = runs[i - begin];
      f.add(run, position);
      f.add(run, w.short_shape, doc_case(i));
      assert(f.slots() == kFirstPassFeatures);
    }
  }
}

void second_pass_features(const Prepared& doc, const Tag* first, uint32_t mask, uint32_t* out) {
  const size_t n = doc.size();
  // How the first pass tagged each lower-case form across the document:
  // counts per type, and the types of multi-word names it appears in.
  KeyMap<std::array<uint16_t, 5>> votes(n);
  KeyMap<std::array<uint16_t, 5>> inner_votes(n);  // only where capitals tell: not sentence-initial, no headline
  KeyMap<uint8_t> first_seen(n);                   // type + 1 at the first occurrence (5 = O)
  KeyMap<uint8_t> inside_longer(n);
  for (size_t i = 0; i < n; ++i) {
    const uint64_t key = doc.words[i].lower;
    const int type = first[i] == kOutside ? 4 : type_index(first[i]);
    auto& v = votes[key];
    if (v[type] < 65535) ++v[type];
    if (doc.sentence_of[i] == 0) {
      auto& inner = inner_votes[key];
      if (inner[type] < 65535) ++inner[type];
    }
    uint8_t& seen = first_seen[key];
    if (seen == 0) seen = static_cast<uint8_t>(type + 1);
  }
  for (size_t i = 0; i < n;) {
    if (first[i] == kOutside) {
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < n && is_inside(first[j]) && type_index(first[j]) == type_index(first[i])) ++j;
    if (j - i >= 2) {
      for (size_t k = i; k < j; ++k) inside_longer[doc.words[k].lower] |= static_cast<uint8_t>(1u << type_index(first[i]));
    }
    i = j;
  }
  for (size_t s = 0; s + 1 < doc.sentence_start.size(); ++s) {
    const uint32_t begin = doc.sentence_start[s], end = doc.sentence_start[s + 1];
    auto tag = [&](int64_t i) -> uint64_t { return i < begin ? 20 : i >= end ? 21 : first[i]; };
    for (int64_t i = begin; i < end; ++i) {
      const WordInfo& w = doc.words[i];
      // Votes of the other occurrences: this one's own tag is a feature of its own.
      std::array<uint16_t, 5> v = *votes.find(w.lower);
      --v[first[i] == kOutside ? 4 : type_index(first[i])];
      uint64_t vote_mask = 0, best = 5;
      uint16_t best_count = 0;
      for (int t = 0; t < 5; ++t) {
        if (v[t]) vote_mask |= 1u << t;
        if (t < 4 && v[t] > best_count) best = t, best_count = v[t];
      }
      const uint64_t wcase = w.wcase;
      const uint64_t initial = i == begin ? 1 : 0;
      const std::array<uint16_t, 5>* inner = inner_votes.find(w.lower);
      uint64_t inner_best = 6;
      if (inner) {
        uint16_t top = 0;
        for (int t = 0; t < 5; ++t) {
          if ((*inner)[t] > top) inner_best = t, top = (*inner)[t];
        }
      }
      const uint8_t* longer = inside_longer.find(w.lower);
      const uint64_t longer_mask = longer ? *longer : 0;
      Writer f(out + static_cast<size_t>(i) * kSecondPassFeatures, mask);
      f.add(tag(i));
      f.add(tag(i - 1), tag(i));
      f.add(tag(i), tag(i + 1));
      f.add(tag(i - 2), tag(i - 1));
      f.add(tag(i + 1), tag(i + 2));
      f.add(vote_mask, wcase);
      f.add(best, initial);
      f.add(best, tag(i));
      f.add(longer_mask, wcase, initial);
      f.add(longer_mask, tag(i));
      f.add(vote_mask, w.lower);
      f.add(best, doc.doc_case[i]);
      f.add(inner_best, wcase, initial);
      f.add(*first_seen.find(w.lower), wcase, tag(i));
      f.add(gazetteer_code(w.gazetteer), tag(i));
      f.add(doc.doc_case[i], wcase, tag(i));
      assert(f.slots() == kSecondPassFeatures);
    }
  }
}

}  // namespace lede::entities
