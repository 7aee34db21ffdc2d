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

  // 2^bits entries, allocated when the first form is kept.
  explicit FormCache(int bits) : bits_(bits) {}

  // `hash` is any hash of `form` (the same for a form every time): it picks
  // the form's entry.
  const WordInfo* info(std::string_view form, uint64_t hash) const;
  // Asks the memory cache for the entry `hash` picks. The table is larger
  // than the cache, and a document looks up hundreds of forms: asked for
  // all at once, their entries arrive together instead of one by one.
  void prefetch(uint64_t hash) const;
  const int16_t* sums(std::string_view form, uint64_t hash, int pass) const;
  // Only the document case last kept is known: most forms are written the
  // same way in one document after another.
  const int16_t* case_sums(std::string_view form, uint64_t hash, uint8_t doc_case) const;
  // Keep a form's description, or its sums in one pass, in place of the form
  // that had its entry.
  void keep_info(std::string_view form, uint64_t hash, const WordInfo& info);
  void keep_sums(std::string_view form, uint64_t hash, const WordInfo& info, int pass, const int16_t* sums);
  void keep_case_sums(std::string_view form, uint64_t hash, const WordInfo& info, uint8_t doc_case,
                      const int16_t* sums);

 private:
  struct Entry {
    uint8_t length = 0;  // 0: empty (no form is empty)
    uint8_t summed = 0;  // bit per pass
    uint8_t cased = 0;   // 0, or the document case of case_sums + 1
    char form[kMaxFormBytes];
    WordInfo info;
    int16_t sums[kPasses][kSums];
    int16_t case_sums[kCaseSums];
  };
  static bool keeps(std::string_view form) { return !form.empty() && form.size() <= kMaxFormBytes; }
  const Entry* find(std::string_view form, uint64_t hash) const;
  Entry& claim(std::string_view form, uint64_t hash, const WordInfo& info);
  size_t slot(uint64_t hash) const { return hash >> (64 - bits_); }

  int bits_;
  std::vector<Entry, HugePageAllocator<Entry>> entries_;
};

// The cache of the shipped model's weights. Whoever tags with it holds its
// mutex; a thread that finds the mutex taken tags without the cache.
struct SharedFormCache {
  // 16,384 forms (5.6 MB) hold most of the common words of news text.
  static constexpr int kBits = 14;
  std::mutex mutex;
  FormCache cache{kBits};
};

SharedFormCache& shipped_form_cache();

}  // namespace lede::entities
