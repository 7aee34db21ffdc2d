// What the tagger knows of a word form, kept from one document to the next.
//
// For every distinct word form of a document, the tagger describes it
// (describe_word()) and, when a pass scores words near it, sums the weight
// rows of the features that depend on the form alone: its own templates and
// what it adds to the words around it. Common words ("the", "said",
// "Reuters", "Monday") come back in every document; summing them again was
// over half of the tagger's weight-row loads on news articles (29.5 M of
// 52.5 M on scripts/bench's corpus). A cached description or sum is the
// very value that would be computed, so what a document gets never depends
// on what was analyzed before it.
#pragma once

#include <cstdint>
#include <mutex>
#include <string_view>
#include <vector>

#include "entities/tags.hpp"

#include "entities/huge_pages.hpp"
#include "entities/words.hpp"

namespace lede::entities {

class FormCache {
 public:
  // The sums of one form in one pass: its own features, its position
  // features at position 0 (first pass), and its neighbour features at
  // each of the four offsets.
  static constexpr int kParts = 6;
  static constexpr size_t kSums = kParts * kTags;
  static constexpr int kPasses = 2;
  // The first pass's sums of a form's document-case features, for one
  // document case: its own, then at position 0.
  static constexpr size_t kCaseSums = 2 * kTags;
  // Longer forms are rare; a short key keeps entries small.
  static constexpr size_t kMaxFormBytes = 22;

  // What is kept of one form. While a document is tagged, its entry
  // belongs to the one type of that form (hold()), which reads and fills it
  // without looking it up again: looked up by form at every question, the
  // cache cost a type five comparisons of its form a document.
  class Entry {
   public:
    const WordInfo& info() const { return info_; }
    // Null until kept.
    const int16_t* sums(int pass) const { return summed_ & (1u << pass) ? sums_[pass] : nullptr; }
    // Only the document case last kept is known: most forms are written
    // the same way in one document after another.
    const int16_t* case_sums(uint8_t doc_case) const { return cased_ == doc_case + 1 ? case_sums_ : nullptr; }
    void keep_sums(int pass, const int16_t* sums);
    void keep_case_sums(uint8_t doc_case, const int16_t* sums);

   private:
    friend class FormCache;
    bool is(std::string_view form) const;
    uint8_t length_ = 0;  // 0: empty (no form is empty)
    uint8_t summed_ = 0;  // bit per pass
    uint8_t cased_ = 0;   // 0, or the document case of case_sums + 1
    uint32_t held_in_ = 0;  // the document that held it last (FormCache::documents_), 0 none
    char form_[kMaxFormBytes];
    WordInfo info_;
    int16_t sums_[kPasses][kSums];
    int16_t case_sums_[kCaseSums];
  };

  // 2^bits entries, allocated when the first form is kept.
  explicit FormCache(int bits) : bits_(bits) {}

  // `hash` is any hash of `form` (the same for a form every time): it picks
  // the form's entry.
  const WordInfo* info(std::string_view form, uint64_t hash) const;
  // Asks the memory cache for the entry `hash` picks. The table is larger
  // than the cache, and a document looks up hundreds of forms: asked for
  // all at once, their entries arrive together instead of one by one.
  void prefetch(uint64_t hash) const;

  // Begins a document: the entries held for the one before are let go.
  void start_document();
  // The entry of `form` for the document's type of that form: the form's
  // own, or taken over from the form that had it and described anew. Null
  // when the form is too long to keep, or when another type of the document
  // holds the entry (its sums are then made as without a cache).
  Entry* hold(std::string_view form, uint64_t hash);

  // The first pass's sums of the gazetteer-category features of a match
  // code (kTags), or null. An article has a few dozen codes, most of them
  // (a city alone, a first name alone) in the articles before it too.
  const int16_t* match_sums(uint32_t code) const;
  void keep_match_sums(uint32_t code, const int16_t* sums);

 private:
  static bool keeps(std::string_view form) { return !form.empty() && form.size() <= kMaxFormBytes; }
  const Entry* find(std::string_view form, uint64_t hash) const;
  static constexpr int kWays = 2;
  // The first entry of the set `hash` picks.
  size_t set_start(uint64_t hash) const { return (hash >> (64 - bits_)) & ~size_t{kWays - 1}; }

  // A direct-mapped table of match codes (24 KB).
  struct MatchEntry {
    uint32_t code_after = 0;  // code + 1; 0: empty
    int16_t sums[kTags];
  };
  static constexpr int kMatchBits = 10;
  static size_t match_slot(uint32_t code);

  int bits_;
  uint32_t documents_ = 0;  // started so far
  std::vector<Entry, HugePageAllocator<Entry>> entries_;
  std::vector<MatchEntry> matches_;  // allocated when the first code is kept
};

// The cache of the shipped model's weights. Whoever tags with it holds its
// mutex; a thread that finds the mutex taken tags without the cache.
struct SharedFormCache {
  // 16,384 forms (392 bytes each, 6.4 MB) hold most of the common words of news text.
  static constexpr int kBits = 14;
  std::mutex mutex;
  FormCache cache{kBits};
};

SharedFormCache& shipped_form_cache();

}  // namespace lede::entities
