// Name lists matched against token n-grams: countries, cities and first names
// (compiled into the model from ../shared/data/gazetteers), the names and
// lower-case words of the training text, plus the hand-written lists of
// lexicon.hpp. Matching is longest-first per category, on the
// lower-cased words, so that headlines in capitals match too. A name with
// diacritics is listed without them too ("São Paulo", "Sao Paulo"), for
// categories() alone.
#pragma once

#include <array>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

#include "entities/huge_pages.hpp"

namespace lede::entities {

enum GazetteerCategory : uint8_t {
  kCountry,
  kCity,
  kFirstName,
  kDemonym,
  kKnownOrg,
  kTitle,
  kOrgSuffix,
  kCommonWord,  // written in lower case in the training text: "meanwhile", "share"
  kSeenPerson,  // names of each type in the training text, by their most frequent type
  kSeenOrganization,
  kSeenPlace,
  kSeenOther,
  kGazetteerCategories
};

// Categories as bits, the way Gazetteer::categories() answers.
constexpr uint32_t category_set(std::initializer_list<GazetteerCategory> categories) {
  uint32_t set = 0;
  for (const GazetteerCategory c : categories) set |= 1u << c;
  return set;
}

// Where a token sits in the longest match of one category: none, or the
// Begin, Inside, Last or Unit (single-token) part of a match.
enum MatchPart : uint8_t { kNoMatch, kMatchBegin, kMatchInside, kMatchLast, kMatchUnit };
using GazetteerMatch = std::array<uint8_t, kGazetteerCategories>;

// The GazetteerMatch of a match code, a number whose base-5 digits are its
// parts, category 0 first (0: no match), which is how the features see it.
GazetteerMatch gazetteer_match(uint32_t code);

class Gazetteer {
 public:
  // `lines` holds "<'0' + category>\t<name>\n" lines (the model's list); the
  // hand-written lists are always added.
  explicit Gazetteer(std::string_view lines);

  // The table's entry for one word (its lower-case hash) as matching reads
  // it where the word starts: only the categories that may start a name
  // there, given whether the word may start any (is capitalized). What the
  // matching looks up first at every word, so a caller may look it up once
  // per word form.
  uint32_t word_entry(uint64_t lower, bool may_start) const;
  // Asks the memory cache for word_entry()'s slot: the table is larger
  // than the cache, and a document looks up hundreds of forms at once.
  void prefetch_word_entry(uint64_t lower) const;

  // The match code (gazetteer_match()) of each word of a sentence, given
  // the words' lower-case hashes, whether each may start a name (is
  // capitalized) and their word_entry()s with that.
  void match(const uint64_t* lower, const uint32_t* entry, const uint8_t* may_start, size_t n,
             uint32_t* out) const;

  // Whether `name` (words separated by single spaces) is listed in
  // `category`, as written or without its diacritics.
  bool contains(GazetteerCategory category, std::string_view name) const {
    return categories(name) & category_set({category});
  }
  // The categories that list `name`, as a category_set(): one look-up for a
  // rule that asks of several.
  uint32_t categories(std::string_view name) const;

  static constexpr int kMaxWords = 6;

 private:
  void add(int category, std::string_view name);
  void add_plain_spellings(std::string_view lines);
  void add_plain_spelling(int category, std::string_view name);
  // A name's keys as the lists write it and as a plain spelling.
  struct NameKeys {
    uint64_t as_written, plain;
  };
  static NameKeys keys_of(std::string_view name);
  uint32_t& slot(uint64_t key);          // finds or inserts
  uint32_t lookup(uint64_t key) const;  // complete bits | prefix bits << kPrefixShift
  static constexpr int kPrefixShift = 16;

  // A key and its value side by side: a look-up touches one cache line.
  struct Slot {
    uint32_t key;  // the hash's high 32 bits, | 1; 0 marks an empty slot
    uint32_t value;
  };
  std::vector<Slot, HugePageAllocator<Slot>> slots_;
  size_t mask_ = 0;
  size_t used_ = 0;
};

// The lower-case form used by matching and the features: ASCII letters
// lowered, curly apostrophes and quotes made straight.
uint64_t lower_hash(std::string_view word);

}  // namespace lede::entities
