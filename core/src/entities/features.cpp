// The feature templates. Each template is a numbered slot whose value hash is
// combined with the slot number; a slot that does not apply still gets a
// value (a "none" hash), which keeps every token's features in fixed places.
// The slot numbers are part of the model: a feature's id hashes its slot.
#include "entities/features.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <cassert>
#include <cstring>
#include <memory>
#include <mutex>
#include <string_view>

#include "entities/hashing.hpp"

namespace lede::entities {

namespace {

// Document-level capitalization of a lower-case form, as bits: how it is
// written where capitals carry information (inside a sentence, not in a headline).
enum DocCase : uint8_t { kSeenLower = 1, kSeenCapitalized = 2, kSeenAllCaps = 4 };
constexpr uint8_t kNeverSeen = 8;      // never seen where capitals tell
constexpr uint64_t kOutsideCase = 16;  // the doc case of a boundary pseudo-word

constexpr uint64_t kNone = 0x6e6f6e65;  // "none"

WordInfo boundary_word(uint64_t seed) {
  WordInfo w;
  w.word = w.lower = w.shape = w.short_shape = mix(seed);
  for (auto& p : w.prefix) p = mix(seed + 1);
  for (auto& s : w.suffix) s = mix(seed + 2);
  w.wcase = kOtherCase;
  return w;
}

bool is_headline(const Prepared& doc, uint32_t begin, uint32_t end) {
  int letters = 0, caps = 0;
  for (uint32_t i = begin; i < end; ++i) {
    const TypeSketch& w = doc.sketch(i);
    const WordCase c = w.wcase;
    if (c == kLower || c == kCapitalized || c == kAllCaps || c == kMixedCase) ++letters;
    if (c == kAllCaps && w.length > 1) ++caps;
  }
  return letters >= 2 && caps * 10 >= letters * 8;
}

// A word case's DocCase bit, by WordCase: a look-up, where the branches
// cost 0.6 M instructions on c06.
constexpr std::array<uint8_t, kOtherCase + 1> kCaseBit = {kSeenLower, kSeenCapitalized, kSeenAllCaps, kSeenCapitalized,
                                                          0, 0, 0};
uint8_t case_bit(WordCase c) { return kCaseBit[c]; }

// A template's id: the hash of its slot and its inputs' values (one value,
// or the combination of two or three), masked to the table's rows. The one
// formula for every id, computed or tabled.
uint32_t template_id(int slot, uint32_t mask, uint64_t a) {
  return static_cast<uint32_t>(combine(slot + 1, a)) & mask;
}
uint32_t template_id(int slot, uint32_t mask, uint64_t a, uint64_t b) {
  return template_id(slot, mask, combine(a, b));
}
uint32_t template_id(int slot, uint32_t mask, uint64_t a, uint64_t b, uint64_t c) {
  return template_id(slot, mask, combine(combine(a, b), c));
}

// How many values each small input takes.
constexpr uint32_t kTagValues = 22;       // a tag, or 20 and 21 before and after the sentence
constexpr uint32_t kCaseValues = 7;       // WordCase
constexpr uint32_t kDocCaseValues = 17;   // DocCase bits, kNeverSeen, kOutsideCase
constexpr uint32_t kPositionValues = 8;   // Prepared::position() bits
constexpr uint32_t kRunValues = 20;       // capitalized_runs(): length (up to 4) * 4 + part (0-3)
constexpr uint32_t kVoteMaskValues = 32;  // a bit per type and O
constexpr uint32_t kTypeMaskValues = 16;  // a bit per type
constexpr uint32_t kBestValues = 7;       // a type or O (0-4), 5 or 6 for none
constexpr uint32_t kMatchValues = 8 * kGazetteerCategories;  // match_features(): category * 8 + part
static_assert(kTags <= 20 && kOtherCase + 1 == kCaseValues && kOutsideCase + 1 == kDocCaseValues);

// The inputs' sizes of a template whose inputs each take a few small values
// (those above), and how many inputs it combines; 0 for the other templates.
struct SmallShape {
  std::array<uint32_t, 3> sizes{1, 1, 1};
  int inputs = 0;
};

// The tabled templates of each pass, by slot. Known when compiling, a
// look-up's place in its table is reckoned without reading the sizes.
constexpr std::array<SmallShape, kFirstPassFeatures> kFirstSmall = [] {
  std::array<SmallShape, kFirstPassFeatures> shapes{};
  shapes[24] = {{kPositionValues, kCaseValues, 1}, 2};
  shapes[26] = {{kDocCaseValues, kCaseValues, kPositionValues}, 3};
  shapes[27] = {{kDocCaseValues, kDocCaseValues, kDocCaseValues}, 3};
  shapes[45] = {{kCaseValues, kCaseValues, kCaseValues}, 3};
  shapes[51] = {{kRunValues, kPositionValues, 1}, 2};
  // Computed per match code, a document's few dozen cost 1.2% of the
  // tagger's instructions on c06's short articles.
  for (int c = 0; c < kGazetteerCategories; ++c) shapes[30 + c] = {{kMatchValues, 1, 1}, 1};
  return shapes;
}();
constexpr std::array<SmallShape, kSecondPassSlots> kSecondSmall = [] {
  std::array<SmallShape, kSecondPassSlots> shapes{};
  for (const int slot : {1, 2, 3, 4}) shapes[slot] = {{kTagValues, kTagValues, 1}, 2};
  shapes[5] = {{kVoteMaskValues, kCaseValues, 1}, 2};
  shapes[6] = {{kBestValues, 2, 1}, 2};
  shapes[9] = {{kTypeMaskValues, kTagValues, 1}, 2};
  shapes[11] = {{kBestValues, kDocCaseValues, 1}, 2};
  shapes[12] = {{kBestValues, kCaseValues, 2}, 3};
  shapes[13] = {{kBestValues, kCaseValues, kTagValues}, 3};
  shapes[15] = {{kDocCaseValues, kCaseValues, kTagValues}, 3};
  return shapes;
}();

// The ids of a template of a SmallShape, for every combination of its
// inputs' values: a look-up where computing an id takes two or three rounds
// of mix(). The values are in range by construction, so the look-up does
// not check them.
class SmallTemplate {
 public:
  SmallTemplate() = default;
  SmallTemplate(int slot, uint32_t mask, const SmallShape& shape) {
    const std::array<uint32_t, 3>& sizes = shape.sizes;
    ids_.resize(static_cast<size_t>(sizes[0]) * sizes[1] * sizes[2]);
    for (uint32_t a = 0; a < sizes[0]; ++a) {
      for (uint32_t b = 0; b < sizes[1]; ++b) {
        for (uint32_t c = 0; c < sizes[2]; ++c) {
          ids_[index(shape, a, b, c)] = shape.inputs == 1   ? template_id(slot, mask, a)
                                        : shape.inputs == 2 ? template_id(slot, mask, a, b)
                                                            : template_id(slot, mask, a, b, c);
        }
      }
    }
  }
  static size_t index(const SmallShape& shape, uint64_t a, uint64_t b = 0, uint64_t c = 0) {
    assert(a < shape.sizes[0] && b < shape.sizes[1] && c < shape.sizes[2]);
    return (a * shape.sizes[1] + b) * shape.sizes[2] + c;
  }
  uint32_t id(size_t index) const {
    assert(index < ids_.size());
    return ids_[index];
  }

 private:
  std::vector<uint32_t> ids_;
};

}  // namespace

// The tabled templates of both passes for one table size (mask): the
// first pass's by its slot, the second pass's by its own.
struct SmallTemplates {
  explicit SmallTemplates(uint32_t mask);
  uint32_t mask;
  std::array<SmallTemplate, kFirstPassFeatures> first;
  std::array<SmallTemplate, kSecondPassSlots> second;
};

SmallTemplates::SmallTemplates(uint32_t table_mask) : mask(table_mask) {
  for (int slot = 0; slot < kFirstPassFeatures; ++slot) {
    if (kFirstSmall[slot].inputs) first[slot] = SmallTemplate(slot, mask, kFirstSmall[slot]);
  }
  for (int slot = 0; slot < kSecondPassSlots; ++slot) {
    if (kSecondSmall[slot].inputs) second[slot] = SmallTemplate(slot, mask, kSecondSmall[slot]);
  }
}

// The tables of a mask, built on first use and kept for the process (a
// model has one or two masks; tests make a few more). The tagger asks per
// stretch of words, so a mask seen before is found by comparing pointers,
// without a lock (or thread-local storage, which WebAssembly builds without
// threads do not have).
const SmallTemplates& small_templates(uint32_t mask) {
  static constexpr size_t kKnown = 8;
  static std::atomic<const SmallTemplates*> known[kKnown];
  for (const auto& k : known) {
    const SmallTemplates* t = k.load(std::memory_order_acquire);
    if (!t) break;
    if (t->mask == mask) return *t;
  }
  static std::mutex mutex;
  static std::vector<std::unique_ptr<SmallTemplates>> built;
  const std::lock_guard<std::mutex> lock(mutex);
  for (const auto& t : built) {
    if (t->mask == mask) return *t;
  }
  const SmallTemplates* t = built.emplace_back(std::make_unique<SmallTemplates>(mask)).get();
  for (auto& k : known) {
    if (!k.load(std::memory_order_relaxed)) {
      k.store(t, std::memory_order_release);
      break;
    }
  }
  return *t;
}

namespace {

// Writes features by slot: `Packed` writes them one after the other (a
// subset of the templates), otherwise each at its slot's place. `small`
// are the tabled templates of the pass (the second's when `Second`), by slot.
template <bool Packed, bool Second = false>
class Writer {
 public:
  Writer(uint32_t* out, uint32_t mask, const SmallTemplate* small) : out_(out), mask_(mask), small_(small) {}
  template <typename... Values>
  void add(int slot, Values... values) {
    put(slot, template_id(slot, mask_, static_cast<uint64_t>(values)...));
  }
  // A template whose inputs take few values: its id from its table.
  template <typename... Values>
  void add_small(int slot, Values... values) {
    const SmallShape& shape = Second ? kSecondSmall[slot] : kFirstSmall[slot];
    put(slot, small_[slot].id(SmallTemplate::index(shape, static_cast<uint64_t>(values)...)));
  }
  int count() const { return count_; }

 private:
  void put(int slot, uint32_t id) { out_[Packed ? count_++ : slot] = id; }

  uint32_t* out_;
  uint32_t mask_;
  const SmallTemplate* small_;
  int count_ = 0;
};

// A hash map from word forms (views into the caller's text) to type
// numbers, which numbers each new form in turn. It grows with the number of
// distinct forms, not of tokens: a document repeats most of its words. Most
// forms are of at most eight bytes: a slot holds those bytes themselves
// (text::lanes::short_word()), so that such a form is found without hashing
// it byte by byte or comparing it with the text; a longer form's slot holds
// its form_hash(), and the form is compared. A type's form is read at its
// first word: a text of distinct words has as many types as words, and a
// view of each form took 16 bytes a type more.
class TypeTable {
 public:
  // Numbers new forms of `words` after the types of `first_word` (those so
  // far), adding each new form's word to `first_word` and its form_hash()
  // to `hashes`; room for `expected` forms before the table grows. A new
  // form's entry in `cache` is asked for when it is found.
  TypeTable(const WordList& words, size_t expected, std::vector<uint32_t>& first_word, std::vector<uint64_t>& hashes,
            const FormCache* cache)
      : words_(words), first_type_(first_word.size()), first_word_(first_word), hashes_(hashes), cache_(cache) {
    size_t slots = 64;
    while (slots < 2 * expected) slots *= 2;
    make_room(slots);
  }
  // The type of `form`, word `i` of the text.
  uint32_t type_of(std::string_view form, uint32_t i) {
    const uint32_t length = static_cast<uint32_t>(form.size());
    const bool held = is_held(length);
    const uint64_t key = held ? text::lanes::short_word(form.data(), length) : form_hash(form);
    for (size_t s = slot_of(key, length);; s = (s + 1) & mask_) {
      const Slot& slot = slots_[s];
      if (slot.type == kEmpty) return add(s, key, form, i);
      if (slot.key == key && slot.length == length && (held || same_form(form_of(slot.type), form))) {
        return slot.type;
      }
    }
  }

 private:
  static constexpr uint32_t kEmpty = 0xffffffff;
  struct Slot {
    uint64_t key;  // the form's bytes (is_held()), or its form_hash()
    uint32_t length;
    uint32_t type;
  };
  // Whether a form of `length` bytes is held in its key.
  static bool is_held(uint32_t length) { return length != 0 && length <= sizeof(uint64_t); }
  std::string_view form_of(uint32_t type) const { return words_[first_word_[type]]; }
  // Fibonacci hashing: every byte of the key reaches the high bits of the
  // product, which pick the slot.
  size_t slot_of(uint64_t key, uint32_t length) const {
    return static_cast<size_t>(((key ^ length) * 0x9e3779b97f4a7c15ULL) >> shift_);
  }
  // Out of the loop over the words: a document's words are mostly found.
  [[gnu::noinline]] uint32_t add(size_t s, uint64_t key, std::string_view form, uint32_t i) {
    const auto type = static_cast<uint32_t>(first_word_.size());
    slots_[s] = {key, static_cast<uint32_t>(form.size()), type};
    first_word_.push_back(i);
    // Asked for while the words after are numbered, the entry has arrived
    // when the type is sketched.
    const uint64_t hash = hashes_.emplace_back(form_hash(form));
    if (cache_) cache_->prefetch(hash);
    if (2 * (type + 1 - first_type_) > slots_.size()) grow();
    return type;
  }
  // Empty slots, and room in the per-type arrays for as many types as they
  // take before the table grows: grown by doubling on their own, the
  // arrays were moved (old and new held) just after the table had grown.
  void make_room(size_t slots) {
    first_word_.reserve(first_type_ + slots / 2);
    hashes_.reserve(first_type_ + slots / 2);
    slots_.assign(slots, {0, 0, kEmpty});
    mask_ = slots - 1;
    shift_ = 64 - __builtin_ctzll(slots);
  }
  // The old slots are let go before the new are filled, the types' keys
  // made again from their forms: holding both (96 bytes a type), a text of
  // distinct words reached its peak there.
  void grow() {
    const size_t size = 2 * slots_.size();
    slots_ = std::vector<Slot>();  // moved in, the old room goes (assigned `{}`, it would stay)
    make_room(size);
    for (size_t type = first_type_; type < first_word_.size(); ++type) {
      const std::string_view form = form_of(static_cast<uint32_t>(type));
      const auto length = static_cast<uint32_t>(form.size());
      const uint64_t key = is_held(length) ? text::lanes::short_word(form.data(), length) : hashes_[type];
      size_t i = slot_of(key, length);
      while (slots_[i].type != kEmpty) i = (i + 1) & mask_;
      slots_[i] = {key, length, static_cast<uint32_t>(type)};
    }
  }
  const WordList& words_;
  size_t first_type_;  // types before it are not in the table
  std::vector<uint32_t>& first_word_;
  std::vector<uint64_t>& hashes_;
  const FormCache* cache_;
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  int shift_ = 64;
};

// Numbers the lower-case forms of the types (by their hash: the features see
// nothing else of them) into `lower_of`.
void number_lower_forms(const std::vector<TypeSketch>& types, std::vector<uint32_t>& lower_of, size_t* count) {
  KeyMap<uint32_t> index(types.size());
  lower_of.resize(types.size());
  *count = 0;
  for (size_t t = 0; t < types.size(); ++t) {
    uint32_t& slot = index[types[t].lower];
    if (slot == 0) slot = static_cast<uint32_t>(++*count);
    lower_of[t] = slot - 1;
  }
}

bool is_capitalized(WordCase c) { return c == kCapitalized || c == kAllCaps || c == kMixedCase; }

// Where each of `n` words sits in its run of capitalized words (given
// whether each is): the run's length (capped at 4) times 4 plus its part (0
// alone, 1 first, 2 inside, 3 last); 0 outside any run.
void capitalized_runs(const uint8_t* capitalized, uint32_t n, uint8_t* out) {
  for (uint32_t i = 0; i < n;) {
    if (!capitalized[i]) {
      out[i] = 0;
      ++i;
      continue;
    }
    uint32_t j = i + 1;
    while (j < n && capitalized[j]) ++j;
    const uint32_t length = std::min<uint32_t>(j - i, 4);
    for (uint32_t k = i; k < j; ++k) {
      const uint32_t part = j - i == 1 ? 0 : k == i ? 1 : k + 1 == j ? 3 : 2;
      out[k] = static_cast<uint8_t>(length * 4 + part);
    }
    i = j;
  }
}

}  // namespace

namespace {

TypeSketch sketch(const WordInfo& info) { return {info.lower, TypeSketch::kUndescribed, info.wcase, info.length}; }

// Adds `info` to doc.infos, as the description of the type `sketched`,
// and `cached`, the type's form cache entry.
void add_info(Prepared& doc, const WordInfo& info, FormCache::Entry* cached, TypeSketch& sketched) {
  sketched = sketch(info);
  sketched.info = static_cast<uint32_t>(doc.infos.size());
  doc.infos.push_back(info);
  doc.cached.push_back(cached);
}

// Describes the type `sketched` in full, as the cache describes `form` (its
// form, whose form_hash() is `hash`), or anew; its entry, when it has one,
// is held for the document.
[[gnu::always_inline]] inline void describe(std::string_view form, uint64_t hash, FormCache* cache, Prepared& doc,
                                           TypeSketch& sketched) {
  if (FormCache::Entry* entry = cache ? cache->hold(form, hash) : nullptr) {
    return add_info(doc, entry->info(), entry, sketched);
  }
  add_info(doc, describe_word(form), nullptr, sketched);
}

// Sketches doc.sketches from the types' forms (the boundaries' first, the
// others read at their first words in `words`) and describes them in full:
// all (Described::kAll, or a text of few types: an article's descriptions
// take little room, and finding which are near names would cost more than
// describing them); of a long text only the boundaries, the others once it
// is known which are near names (describe_near_names()). A text of distinct
// lower-case words has hundreds of thousands of types, and a tagger reads
// few of them in full.
void sketch_types(const WordList& words, Prepared& doc, FormCache* cache, Described described) {
  constexpr size_t kFewTypes = 4096;
  const size_t types = doc.first_word.size();
  const bool all = described == Described::kAll || types <= kFewTypes;
  doc.sketches.reserve(types);
  doc.infos.clear();
  doc.infos.reserve(all ? types : 2);
  doc.cached.clear();
  doc.cached.reserve(all ? types : 2);
  for (const uint64_t seed : {11, 13}) add_info(doc, boundary_word(seed), nullptr, doc.sketches.emplace_back());
  for (size_t t = doc.sketches.size(); t < types; ++t) {
    const std::string_view form = words[doc.first_word[t]];
    const uint64_t hash = doc.form_hash[t];
    if (all) {
      describe(form, hash, cache, doc, doc.sketches.emplace_back());
      continue;
    }
    const WordInfo* known = cache ? cache->info(form, hash) : nullptr;
    doc.sketches.push_back(sketch(known ? *known : outline_word(form)));
  }
  // A long text's hashes are made again for the types described in full
  // (describe_near_names()): kept for every type, they were 8 bytes a type
  // at the peak of a text of distinct words (while its lower-case forms are
  // numbered). Moved in, the old room goes; assigned a list, it would stay.
  if (!all) doc.form_hash = std::vector<uint64_t>{0, 0};
}

// Describes in full the types of a long text that a tagger may read in
// full: those of the words near a word that may be part of a name
// (kReadBefore, kReadAfter), counted first so that their descriptions take
// no room to grow. Only these go into the cache: the forms far from names
// would take over the entries of the common words of news text.
void describe_near_names(const WordList& words, Prepared& doc, FormCache* cache) {
  std::vector<uint32_t> wanted;
  size_t marked_until = 0;
  for (size_t i = doc.next_name(0, doc.size()); i < doc.size(); i = doc.next_name(i + 1, doc.size())) {
    const size_t end = std::min(doc.size(), i + kReadAfter + 1);
    for (size_t j = std::max(marked_until, i - std::min<size_t>(i, kReadBefore)); j < end; ++j) {
      const uint32_t type = doc.type_of[j];
      if (doc.sketches[type].info == TypeSketch::kUndescribed) {
        doc.sketches[type].info = 0;  // wanted (and not again): described below
        wanted.push_back(type);
      }
    }
    marked_until = end;
  }
  doc.infos.reserve(doc.infos.size() + wanted.size());
  doc.cached.reserve(doc.cached.size() + wanted.size());
  doc.form_hash.reserve(doc.form_hash.size() + wanted.size());
  for (const uint32_t type : wanted) {
    const std::string_view form = words[doc.first_word[type]];
    const uint64_t hash = doc.form_hash.emplace_back(form_hash(form));
    describe(form, hash, cache, doc, doc.sketches[type]);
  }
}

// `values`, one per type (or lower-case form) `i`, moved to `number[i]`.
template <typename T>
void renumber(std::vector<T>& values, const std::vector<uint32_t>& number) {
  std::vector<T> moved(values.size());
  for (size_t i = 0; i < values.size(); ++i) moved[number[i]] = values[i];
  values = std::move(moved);
}

// Each type's new number: its description's, or after them. The sketches
// are dropped here, before the arrays are numbered again (a copy each).
std::vector<uint32_t> described_first(std::vector<TypeSketch> sketches, uint32_t described) {
  std::vector<uint32_t> number(sketches.size());
  uint32_t next = described;
  for (size_t t = 0; t < sketches.size(); ++t) {
    number[t] = sketches[t].info != TypeSketch::kUndescribed ? sketches[t].info : next++;
  }
  return number;
}

// Numbers the types again, those described in full first (each by its
// description's number), so that the passes find a type's description
// and first word by its number (its form hash is so numbered already),
// with nothing kept for the others; and likewise the lower-case forms,
// those of the types described in full first, whose votes the second pass
// keeps (FirstPassVotes).
void number_described_first(Prepared& doc) {
  const uint32_t described = static_cast<uint32_t>(doc.infos.size());
  const std::vector<uint32_t> number = described_first(std::move(doc.sketches), described);
  for (uint32_t& type : doc.type_of) type = number[type];
  renumber(doc.lower_of, number);
  std::vector<uint32_t> first_word(described);
  for (size_t t = 0; t < number.size(); ++t) {
    if (number[t] < described) first_word[number[t]] = doc.first_word[t];
  }
  doc.first_word = std::move(first_word);

  std::vector<uint32_t> lower_number(doc.lower_count(), TypeSketch::kUndescribed);
  uint32_t next = 0;
  for (size_t t = 0; t < doc.lower_of.size(); ++t) {
    uint32_t& n = lower_number[doc.lower_of[t]];
    if (n == TypeSketch::kUndescribed) n = next++;
    if (t + 1 == described) doc.described_lower = next;
  }
  renumber(doc.doc_case, lower_number);
  for (uint32_t& l : doc.lower_of) l = lower_number[l];
}

// Numbers the distinct forms of `words` into doc.sketches and doc.type_of.
void number_types(const WordList& words, Prepared& doc, FormCache* cache, Described described) {
  const size_t n = words.size();
  // An article has a few hundred forms: room for them saves regrowing.
  const size_t expected = std::min<size_t>(n, 1024) + 2;
  doc.first_word = {0, 0};
  doc.form_hash = {0, 0};
  doc.type_of.resize(n);
  {  // the table is dropped before the types are sketched (a long text's peak)
    TypeTable table(words, expected, doc.first_word, doc.form_hash, cache);
    uint32_t* type_of = doc.type_of.data();
    words.each([&](uint32_t i, std::string_view form) { type_of[i] = table.type_of(form, i); });
  }
  // Sketched once all are numbered, so that their cache entries, asked
  // for above, arrive together; and their count is known, so that a long
  // text's sketches take no room to grow.
  sketch_types(words, doc, cache, described);
}

// Sets bit `first + k` of `bits` for each of the `n` flags (0 or 1) that is
// 1: eight flags at a time, a multiply gathering their bytes' low bits into
// one byte (byte k's to bit 56 + k). A bit a word, each set by itself, was
// dearer than the look-ups it saved. `flags` has room for n rounded up to 8.
void set_flag_bits(const uint8_t* flags, uint32_t n, uint32_t first, uint64_t* bits) {
  constexpr uint64_t kGather = 0x0102040810204080;
  for (uint32_t k = 0; k < n; k += 8) {
    uint64_t lanes;
    std::memcpy(&lanes, flags + k, sizeof lanes);
    if (n - k < 8) lanes &= (uint64_t{1} << (8 * (n - k))) - 1;
    const uint64_t byte = (lanes * kGather) >> 56;
    const uint32_t i = first + k;
    bits[i / 64] |= byte << (i % 64);
    if (i % 64 > 56 && (byte >> (64 - i % 64)) != 0) bits[i / 64 + 1] |= byte >> (64 - i % 64);
  }
}

// Turns doc.match_of from codes into indexes of doc.match_codes, with a
// table sized for `capacity` distinct codes; false, with doc.match_of as it
// was, when there are more. Sets the name bit of each matched word.
bool index_match_codes(Prepared& doc, size_t capacity) {
  doc.match_codes = {0};
  KeyMap<uint32_t> index(capacity);
  for (uint32_t& m : doc.match_of) {
    if (m == 0) continue;
    const size_t i = static_cast<size_t>(&m - doc.match_of.data());
    doc.name_bits[i / 64] |= uint64_t{1} << (i % 64);
    uint32_t& slot = index[mix(m)];  // KeyMap keys are hashes: it ignores their lowest bit
    if (slot == 0) {
      if (doc.match_codes.size() > capacity) {
        for (uint32_t* before = doc.match_of.data(); before != &m; ++before) *before = doc.match_codes[*before];
        return false;
      }
      doc.match_codes.push_back(m);
      slot = static_cast<uint32_t>(doc.match_codes.size() - 1);
    }
    m = slot;
  }
  return true;
}

// Turns doc.match_of from codes into indexes of doc.match_codes. Most words
// match nothing (code 0, index 0), and those that do share a few hundred
// codes at most: the table is sized for that many, and made four times
// larger as often as a text has more. (Sized by the matched words it took 24
// bytes each, more than the words' own arrays: a third of a text's peak.)
void number_match_codes(Prepared& doc) {
  size_t matched = 0;
  for (const uint32_t code : doc.match_of) matched += code != 0;
  if (matched == 0) {
    doc.match_codes = {0};
    return;
  }
  size_t capacity = std::min<size_t>(matched, 512);
  while (!index_match_codes(doc, capacity)) capacity *= 4;
}

// The sentence starts, with more wherever a sentence exceeds
// kMaxSentenceWords, then `n`, into `starts`.
void cap_sentences(const std::vector<uint32_t>& sentence_start, uint32_t n, std::vector<uint32_t>& starts) {
  starts.clear();
  starts.reserve(sentence_start.size() + 1);
  for (size_t s = 0; s < sentence_start.size(); ++s) {
    const uint32_t end = s + 1 < sentence_start.size() ? sentence_start[s + 1] : n;
    for (uint32_t start = sentence_start[s]; start < end; start += kMaxSentenceWords) starts.push_back(start);
    if (sentence_start[s] == end) starts.push_back(end);  // an empty sentence stays
  }
  starts.push_back(n);
}

}  // namespace

Prepared prepare(const WordList& words, const std::vector<uint32_t>& sentence_start, const Gazetteer& gazetteer,
                 FormCache* cache, Described described) {
  Prepared doc;
  prepare(words, sentence_start, gazetteer, cache, described, doc);
  doc.sketches = {};  // no room held: the document is kept as it is (a trainer keeps thousands)
  return doc;
}

void prepare(const WordList& words, const std::vector<uint32_t>& sentence_start, const Gazetteer& gazetteer,
             FormCache* cache, Described described, Prepared& doc) {
  const size_t n = words.size();
  if (cache) cache->start_document();
  number_types(words, doc, cache, described);
  for (const TypeSketch& type : doc.sketches) gazetteer.prefetch_word_entry(type.lower);
  size_t lower_count = 0;
  number_lower_forms(doc.sketches, doc.lower_of, &lower_count);
  doc.doc_case.assign(lower_count, 0);
  cap_sentences(sentence_start, static_cast<uint32_t>(n), doc.sentence_start);
  doc.sentence_of.assign(n, 0);
  doc.match_of.assign(n, 0);  // gazetteer codes until number_match_codes()
  doc.run.assign(n, 0);
  doc.name_bits.assign((n + 63) / 64, 0);  // the capitalized words below, the matched in number_match_codes()

  // The gazetteer's entry for each word form, looked up once per form.
  std::vector<uint32_t> type_entry(doc.sketches.size());
  for (size_t t = 0; t < doc.sketches.size(); ++t) {
    type_entry[t] = gazetteer.word_entry(doc.sketches[t].lower, is_capitalized(doc.sketches[t].wcase));
  }
  // One sentence's gazetteer input and output, on the stack: allocated
  // per document, they were four of its allocations.
  std::array<uint64_t, kMaxSentenceWords> lower;
  std::array<uint32_t, kMaxSentenceWords> entry;
  std::array<uint8_t, kMaxSentenceWords> may_start{};  // read eight at a time: none left unset
  static_assert(kMaxSentenceWords % 8 == 0);
  std::vector<uint8_t> seen(lower_count, 0);
  for (size_t s = 0; s + 1 < doc.sentence_start.size(); ++s) {
    const uint32_t begin = doc.sentence_start[s], end = doc.sentence_start[s + 1];
    if (begin >= end) continue;
    const bool headline = is_headline(doc, begin, end);
    if (headline) std::fill(&doc.sentence_of[begin], &doc.sentence_of[end], uint8_t{2});
    doc.sentence_of[begin] |= 1;
    // The arrays read through pointers of their own: the byte stores below
    // may alias anything, and the vectors' pointers were loaded again after
    // each of them.
    const uint32_t* type_of = doc.type_of.data();
    const uint32_t* lower_of = doc.lower_of.data();
    const TypeSketch* sketches = doc.sketches.data();
    WordCase before = kPunct;
    for (uint32_t i = begin; i < end; ++i) {
      const uint32_t type = type_of[i];
      const TypeSketch w = sketches[type];
      // The first word of a sentence, and words after an opening quote or a
      // colon, are capitalized by convention, not because they are names.
      const bool initial = before == kPunct;
      before = w.wcase;
      if (!headline && !initial) seen[lower_of[type]] |= case_bit(w.wcase) | 0x80;
      lower[i - begin] = w.lower;
      entry[i - begin] = type_entry[type];
      may_start[i - begin] = is_capitalized(w.wcase);
    }
    gazetteer.match(lower.data(), entry.data(), may_start.data(), end - begin, &doc.match_of[begin]);
    capitalized_runs(may_start.data(), end - begin, &doc.run[begin]);
    set_flag_bits(may_start.data(), end - begin, begin, doc.name_bits.data());
  }
  number_match_codes(doc);
  // 0x80 marks "seen" (a form seen only as punctuation has no case bits).
  for (size_t l = 0; l < lower_count; ++l) doc.doc_case[l] = seen[l] ? seen[l] & 0x7f : kNeverSeen;
  // What the templates see of the pseudo-words around a sentence (SentenceWindow).
  for (const uint32_t boundary : {Prepared::kBefore, Prepared::kAfter}) doc.doc_case[doc.lower_of[boundary]] = kOutsideCase;
  if (doc.infos.size() < doc.sketches.size()) {
    describe_near_names(words, doc, cache);
    number_described_first(doc);  // drops the sketches
  } else {
    doc.described_lower = static_cast<uint32_t>(lower_count);
    doc.sketches.clear();  // their room kept for the next document
  }
}

namespace {

// Slots 0-12: the word itself.
template <typename W>
void word_features(const WordInfo& w, W& f) {
  f.add(0, kNone);  // bias
  f.add(1, w.word);
  f.add(2, w.lower);
  f.add(3, w.shape);
  f.add(4, w.short_shape);
  for (int k = 0; k < 4; ++k) f.add(5 + k, w.prefix[k]);
  for (int k = 0; k < 4; ++k) f.add(9 + k, w.suffix[k]);
}

// The first pass's other templates of the word alone: kFormOnlyExtra of the
// form, then kDocCaseOwnFeatures with its document case.
template <typename W>
void form_only_features(const WordInfo& w, W& f) {
  const uint64_t wcase = w.wcase;
  f.add(46, w.suffix[2], wcase);
  f.add(47, std::min<uint64_t>(w.length, 12), wcase);
}
template <typename W>
void doc_case_only_features(const WordInfo& w, uint64_t doc_case, W& f) {
  f.add(28, doc_case, w.suffix[2]);
  f.add(50, doc_case, w.lower);
}
template <typename W>
void type_only_features(const WordInfo& w, uint64_t doc_case, W& f) {
  form_only_features(w, f);
  doc_case_only_features(w, doc_case, f);
}

// Slots 30-41: the word's place in a match of each gazetteer category.
template <typename W>
void match_features(uint32_t code, W& f) {
  const GazetteerMatch g = gazetteer_match(code);
  for (int c = 0; c < kGazetteerCategories; ++c) f.add_small(30 + c, c * 8 + g[c]);
}

// Slot 29: the word's match code with its case.
template <typename W>
void match_case_feature(uint64_t code, WordCase wcase, W& f) {
  f.add(29, code, static_cast<uint64_t>(wcase));
}

// Slots 13-16: the neighbours' lower-case forms.
template <typename W>
void neighbour_features(const WordInfo& p, const WordInfo& nx, const WordInfo& pp, const WordInfo& nn, W& f) {
  f.add(13, p.lower);
  f.add(14, nx.lower);
  f.add(15, pp.lower);
  f.add(16, nn.lower);
}

constexpr int kNeighbourSlot[kNeighbourOffsets] = {13, 14, 15, 16};

// A sentence of a prepared document: what the templates of `words` see
// around a word. The descriptions and document cases they read are found
// once (found at every read, the descriptions cost 0.3% more instructions of
// the whole analysis, the cases three chained loads each). So are the
// combined values of the templates of two and three neighbouring words'
// forms and shapes: a pair is read by both of its words, a triple of shapes
// by three words (template_id() of the inputs is that of their combine()).
// Combined per word, they cost 10 combine() calls a word; once per stretch
// of n words, 4n + 6.
class Sentence {
 public:
  Sentence(const Prepared& doc, const SentenceWindow& window, Words words)
      : doc_(doc), window_(window), first_(int64_t{words.begin} - SentenceWindow::kMargin) {
    for (int64_t i = first_; i < int64_t{words.end} + SentenceWindow::kMargin; ++i) {
      const uint32_t type = window.type(i);
      infos_[i - first_] = &doc.infos[type];
      doc_cases_[i - first_] = doc.doc_case[doc.lower_of[type]];
    }
    // The pairs that end at and the triples centred on the words, the
    // word before them and the word after them.
    for (int64_t i = int64_t{words.begin} - 1; i <= int64_t{words.end}; ++i) {
      const size_t k = static_cast<size_t>(i - first_);
      shape_pairs_[k] = combine(at(i - 1).short_shape, at(i).short_shape);
      shape_triples_[k] = combine(shape_pairs_[k], at(i + 1).short_shape);
      lower_pairs_[k] = combine(at(i - 1).lower, at(i).lower);
      word_pairs_[k] = combine(at(i - 1).word, at(i).word);
    }
  }
  uint32_t begin() const { return window_.begin(); }
  uint32_t end() const { return window_.end(); }
  const WordInfo& at(int64_t i) const { return *infos_[i - first_]; }
  // kOutsideCase for the pseudo-words: prepare() gives it their forms.
  uint64_t doc_case(int64_t i) const { return doc_cases_[i - first_]; }
  uint64_t position(int64_t i) const { return doc_.position(window_.begin(), i); }
  uint64_t gazetteer_code(int64_t i) const { return window_.match_code(i); }
  uint64_t run(int64_t i) const { return doc_.run[i]; }
  // combine() of the short shapes of words i - 1 and i, or of i - 1, i
  // and i + 1; of the lower-case forms and the forms of i - 1 and i.
  uint64_t shape_pair(int64_t i) const { return shape_pairs_[i - first_]; }
  uint64_t shape_triple(int64_t i) const { return shape_triples_[i - first_]; }
  uint64_t lower_pair(int64_t i) const { return lower_pairs_[i - first_]; }
  uint64_t word_pair(int64_t i) const { return word_pairs_[i - first_]; }

 private:
  static constexpr size_t kRoom = kMaxSentenceWords + 2 * SentenceWindow::kMargin;
  const Prepared& doc_;
  const SentenceWindow& window_;
  int64_t first_;
  const WordInfo* infos_[kRoom];
  uint8_t doc_cases_[kRoom];
  uint64_t shape_pairs_[kRoom], shape_triples_[kRoom], lower_pairs_[kRoom], word_pairs_[kRoom];
};

// Slots 17-18: the word with a neighbour.
template <typename W>
void word_pair_features(const Sentence& s, int64_t i, W& f) {
  f.add(17, s.lower_pair(i));
  f.add(18, s.lower_pair(i + 1));
}

// Slots 24-26: the word with its position in the sentence; the last one
// with its document case too.
template <typename W>
void position_case_feature(const WordInfo& w, uint64_t position, uint64_t doc_case, W& f) {
  f.add_small(26, doc_case, static_cast<uint64_t>(w.wcase), position);
}
template <typename W>
void position_wcase_feature(const WordInfo& w, uint64_t position, W& f) {
  f.add_small(24, position, static_cast<uint64_t>(w.wcase));
}
template <typename W>
void position_word_feature(const WordInfo& w, uint64_t position, W& f) {
  f.add(25, position, w.lower);
}
template <typename W>
void position_form_features(const WordInfo& w, uint64_t position, W& f) {
  position_wcase_feature(w, position, f);
  position_word_feature(w, position, f);
}
template <typename W>
void position_features(const WordInfo& w, uint64_t position, uint64_t doc_case, W& f) {
  position_form_features(w, position, f);
  position_case_feature(w, position, doc_case, f);
}

// The first pass's remaining templates of the word in its context: first
// those of the words around it (as many as kWordContextFeatures takes), then
// those of inputs that take few values: shapes, cases, gazetteer codes.
template <typename W>
void first_word_context_features(const Sentence& s, int64_t i, W& f) {
  const WordInfo& w = s.at(i);
  const WordInfo& p = s.at(i - 1);
  const WordInfo& nx = s.at(i + 1);
  const uint64_t wcase = w.wcase;
  f.add(43, p.lower, wcase);
  f.add(44, nx.lower, wcase);
  f.add(48, s.word_pair(i));
  f.add(49, s.word_pair(i + 1));
}
// The neighbours' match codes combined (a template's id of one combined
// input is that of the inputs). Most neighbours match nothing: that pair
// is combined when compiling.
uint64_t neighbour_codes(uint64_t before, uint64_t after) {
  constexpr uint64_t kUnmatched = combine(0, 0);
  return (before | after) == 0 ? kUnmatched : combine(before, after);
}
template <typename W>
void first_class_context_features(const Sentence& s, int64_t i, W& f) {
  const WordInfo& w = s.at(i);
  const WordInfo& p = s.at(i - 1);
  const WordInfo& nx = s.at(i + 1);
  const uint64_t position = s.position(i);
  const uint64_t wcase = w.wcase;
  const uint64_t doc_case = s.doc_case(i);
  f.add(19, s.shape_triple(i));
  f.add(20, s.shape_pair(i));
  f.add(21, s.shape_pair(i + 1));
  f.add(22, s.shape_triple(i - 1));
  f.add(23, s.shape_triple(i + 1));
  f.add_small(27, s.doc_case(i - 1), doc_case, s.doc_case(i + 1));
  f.add(42, neighbour_codes(s.gazetteer_code(i - 1), s.gazetteer_code(i + 1)));
  f.add_small(45, p.wcase, wcase, nx.wcase);
  const uint64_t run = s.run(i);
  f.add_small(51, run, position);
  f.add(52, run, w.short_shape, doc_case);
}

}  // namespace

void SentenceWindow::read(const Prepared& doc, size_t s, Words span, const Tag* first) {
  doc_ = &doc;
  begin_ = doc.sentence_start[s];
  end_ = doc.sentence_start[s + 1];
  from_ = int64_t{span.begin} - kMargin;
  const int64_t to = int64_t{span.end} + kMargin;
  // The sentence's words in the window.
  const int64_t inside_begin = std::max<int64_t>(from_, begin_), inside_end = std::min<int64_t>(to, end_);
  assert(to - from_ + kMargin <= static_cast<int64_t>(kRoom));
  // The margins are filled kMargin wide whatever their width, the words
  // copied over the first: stores of a constant count, where a count known
  // only here called memset() twice a read (2.4 M instructions on c06).
  // The second may pass `to`, into the room kept for it.
  auto frame = [&](auto& window, const auto* words, auto before, auto after) {
    std::fill_n(window.begin(), kMargin, before);
    const auto out = std::copy(words + inside_begin, words + inside_end, window.begin() + (inside_begin - from_));
    std::fill_n(out, kMargin, after);
  };
  frame(types_, doc.type_of.data(), Prepared::kBefore, Prepared::kAfter);
  frame(matches_, doc.match_of.data(), 0u, 0u);  // match_codes[0]: no match
  if (first) frame(tags_, first, uint8_t{20}, uint8_t{21});
}

void first_pass_features(const Prepared& doc, uint32_t mask, uint32_t* out) {
  const SmallTemplate* small = small_templates(mask).first.data();
  SentenceWindow window;
  for (size_t si = 0; si + 1 < doc.sentence_start.size(); ++si) {
    window.read(doc, si, {doc.sentence_start[si], doc.sentence_start[si + 1]}, nullptr);
    const Sentence s(doc, window, {window.begin(), window.end()});
    for (int64_t i = s.begin(); i < s.end(); ++i) {
      Writer<false> f(out + static_cast<size_t>(i) * kFirstPassFeatures, mask, small);
      word_features(s.at(i), f);
      neighbour_features(s.at(i - 1), s.at(i + 1), s.at(i - 2), s.at(i + 2), f);
      word_pair_features(s, i, f);
      first_word_context_features(s, i, f);
      first_class_context_features(s, i, f);
      position_features(s.at(i), s.position(i), s.doc_case(i), f);
      match_features(doc.match_code(i), f);
      match_case_feature(doc.match_code(i), s.at(i).wcase, f);
      type_only_features(s.at(i), s.doc_case(i), f);
    }
  }
}

TypeFeatureIds type_features(const Prepared& doc, uint32_t type, const SmallTemplates& tables) {
  const uint32_t mask = tables.mask;
  const SmallTemplate* small = tables.first.data();
  TypeFeatureIds ids{};
  const WordInfo& w = doc.infos[type];
  Writer<true> f(ids.word, mask, small);
  word_features(w, f);
  if (type != Prepared::kBefore && type != Prepared::kAfter) {
    form_only_features(w, f);
    Writer<true> inner(ids.inner, mask, small);
    position_form_features(w, 0, inner);
  }
  for (int k = 0; k < kNeighbourOffsets; ++k) {
    ids.neighbour[k] = template_id(kNeighbourSlot[k], mask, w.lower);
  }
  return ids;
}

void doc_case_features(const Prepared& doc, uint32_t type, const SmallTemplates& tables, uint32_t* out) {
  const uint32_t mask = tables.mask;
  const SmallTemplate* small = tables.first.data();
  const WordInfo& w = doc.infos[type];
  const uint64_t doc_case = doc.doc_case[doc.lower_of[type]];
  Writer<true> f(out, mask, small);
  doc_case_only_features(w, doc_case, f);
  position_case_feature(w, 0, doc_case, f);
}

void match_features(uint32_t code, const SmallTemplates& tables, uint32_t* out) {
  Writer<true> f(out, tables.mask, tables.first.data());
  match_features(code, f);
}

uint32_t match_case_feature(uint32_t code, WordCase wcase, const SmallTemplates& tables) {
  uint32_t id;
  Writer<true> f(&id, tables.mask, tables.first.data());
  match_case_feature(code, wcase, f);
  return id;
}

void context_features(const Prepared& doc, const SentenceWindow& window, Words words, const SmallTemplates& tables,
                      uint32_t* out) {
  const uint32_t mask = tables.mask;
  const SmallTemplate* small = tables.first.data();
  const Sentence s(doc, window, words);
  constexpr int per_token = kFirstContextFeatures;
  for (int64_t i = words.begin; i < words.end; ++i) {
    Writer<true> f(out + static_cast<size_t>(i - words.begin) * per_token, mask, small);
    word_pair_features(s, i, f);
    const WordInfo& w = s.at(i);
    const uint64_t position = s.position(i);
    if (position != 0) position_word_feature(w, position, f);
    first_word_context_features(s, i, f);
    assert(f.count() == kWordContextFeatures + (position != 0 ? 1 : 0));
    first_class_context_features(s, i, f);
    if (position != 0) {
      position_wcase_feature(w, position, f);
      position_case_feature(w, position, s.doc_case(i), f);
    }
    assert(f.count() == per_token - (position == 0 ? kPositionFeatures : 0));
  }
}

FirstPassVotes::FirstPassVotes(const Prepared& doc, const Tag* first) { count(doc, first); }

namespace {

// A tag's vote: its type, 4 for O. A look-up, where the test and division
// cost 5 instructions a word.
constexpr std::array<uint8_t, kTags> kVote = [] {
  std::array<uint8_t, kTags> vote{};
  for (int t = 0; t < kTags; ++t) vote[t] = static_cast<uint8_t>(t == kOutside ? 4 : type_index(static_cast<Tag>(t)));
  return vote;
}();

}  // namespace

void FirstPassVotes::count(const Prepared& doc, const Tag* first) {
  constexpr uint16_t kMost = 65535;
  votes_.assign(doc.described_lower, {});
  const size_t n = doc.size();
  auto lower = [&](size_t i) { return doc.lower_of[doc.type_of[i]]; };
  // Every word's vote, without a branch but the one for forms not
  // described (fewer instructions by a tenth of the whole count). The
  // arrays are read through pointers of their own: the byte stores may
  // alias anything, and the vectors' pointers were loaded again after each.
  const uint32_t* type_of = doc.type_of.data();
  const uint32_t* lower_of = doc.lower_of.data();
  const uint8_t* sentence_of = doc.sentence_of.data();
  Votes* votes = votes_.data();
  const uint32_t forms = doc.described_lower;
  for (size_t i = 0; i < n; ++i) {
    const uint32_t l = lower_of[type_of[i]];
    if (l >= forms) continue;
    Votes& v = votes[l];
    const int type = kVote[first[i]];
    if (v.all[type] < kMost) ++v.all[type];
    if (sentence_of[i] == 0 && v.inner[type] < kMost) ++v.inner[type];
    if (v.first_seen == 0) v.first_seen = static_cast<uint8_t>(type + 1);
  }
  // Names, found eight tags at a time: most words are O.
  const auto words = static_cast<uint32_t>(n);
  for (uint32_t i = next_tagged(first, words, 0); i < words;) {
    uint32_t j = i + 1;
    while (j < words && is_inside(first[j]) && type_index(first[j]) == type_index(first[i])) ++j;
    if (j - i >= 2) {
      // A tagged word was scored: its type is described.
      for (size_t k = i; k < j; ++k) votes_[lower(k)].inside_longer |= static_cast<uint8_t>(1u << type_index(first[i]));
    }
    i = next_tagged(first, words, j);
  }
}

void second_pass_features(const Prepared& doc, const FirstPassVotes& votes, const SentenceWindow& sentence,
                          Words words, const SmallTemplates& tables, uint32_t* out) {
  const uint32_t begin = sentence.begin();
  const uint32_t mask = tables.mask;
  const SmallTemplate* small = tables.second.data();
  auto tag = [&](int64_t i) { return sentence.first_tag(i); };
  for (int64_t i = words.begin; i < words.end; ++i) {
    const WordInfo& w = doc.word(i);
    const uint32_t l = doc.lower_of[doc.type_of[i]];
    const FirstPassVotes::Votes& form = votes.of(l);
    // Votes of the other occurrences: this one's own tag is a feature of its own.
    std::array<uint16_t, 5> v = form.all;
    const Tag own = static_cast<Tag>(tag(i));
    --v[own == kOutside ? 4 : type_index(own)];
    uint64_t vote_mask = 0, best = 5;  // 5: no other occurrence tagged a name
    uint16_t best_count = 0;
    for (int t = 0; t < 5; ++t) {
      if (v[t]) vote_mask |= 1u << t;
      if (t < 4 && v[t] > best_count) best = t, best_count = v[t];
    }
    const uint64_t wcase = w.wcase;
    const uint64_t initial = i == begin ? 1 : 0;
    // A form seen only sentence-initially or in headlines has no inner votes.
    const std::array<uint16_t, 5>& inner = form.inner;
    uint64_t inner_best = 6;
    uint16_t top = 0;
    for (int t = 0; t < 5; ++t) {
      if (inner[t] > top) inner_best = t, top = inner[t];
    }
    const uint64_t longer_mask = form.inside_longer;
    const uint64_t doc_case = doc.doc_case[l];
    Writer<true, true> f(out + static_cast<size_t>(i - words.begin) * kSecondPassFeatures, mask, small);
    f.add_small(1, tag(i - 1), tag(i));
    f.add_small(2, tag(i), tag(i + 1));
    f.add_small(3, tag(i - 2), tag(i - 1));
    f.add_small(4, tag(i + 1), tag(i + 2));
    f.add_small(5, vote_mask, wcase);
    f.add_small(6, best, initial);
    f.add_small(9, longer_mask, tag(i));
    f.add_small(11, best, doc_case);
    f.add_small(12, inner_best, wcase, initial);
    f.add_small(13, form.first_seen, wcase, tag(i));
    f.add(14, sentence.match_code(i), tag(i));
    f.add_small(15, doc_case, wcase, tag(i));
    assert(f.count() == kSecondPassFeatures);
  }
}

void second_pass_features(const Prepared& doc, const Tag* first, uint32_t mask, uint32_t* out) {
  const FirstPassVotes votes(doc, first);
  const SmallTemplates& tables = small_templates(mask);
  SentenceWindow window;
  for (size_t s = 0; s + 1 < doc.sentence_start.size(); ++s) {
    window.read(doc, s, {doc.sentence_start[s], doc.sentence_start[s + 1]}, first);
    const Words words{window.begin(), window.end()};
    second_pass_features(doc, votes, window, words, tables, out + static_cast<size_t>(words.begin) * kSecondPassFeatures);
  }
}

}  // namespace lede::entities
