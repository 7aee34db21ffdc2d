// Feature extraction for the two tagging passes. A document is prepared once
// (per-word hashes, gazetteer matches, document-level capitalization); each
// pass then writes a fixed number of hashed feature ids per token into a flat
// array, so tagging never allocates per token.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "entities/gazetteer.hpp"
#include "entities/tags.hpp"
#include "entities/words.hpp"

namespace lede::entities {

// A document as the tagger sees it.
struct Prepared {
  std::vector<WordInfo> words;
  std::vector<uint32_t> sentence_start;  // one per sentence, then words.size()
  std::vector<uint8_t> sentence_of;      // per word: 1 = sentence-initial, 2 = in an all-capitals headline
  std::vector<uint8_t> doc_case;         // per word: how its lower-case form is written elsewhere
  size_t size() const { return words.size(); }
};

// `sentence_start` lists where each sentence begins (ascending, first 0).
Prepared prepare(const std::vector<std::string_view>& words, const std::vector<uint32_t>& sentence_start,
                 const Gazetteer& gazetteer);

constexpr int kFirstPassFeatures = 41 + kGazetteerCategories;  // one template per gazetteer category
constexpr int kSecondPassFeatures = 16;  // added to the first pass's in the second
// The second pass re-uses only the first pass's leading templates (the
// word and its neighbours): the first pass's tags already carry the rest,
// and every template costs a table look-up per token.
constexpr int kSharedFeatures = 19;

// Writes n * kFirstPassFeatures ids, each masked by `mask`.
void first_pass_features(const Prepared& doc, uint32_t mask, uint32_t* out);
// Writes n * kSecondPassFeatures ids from the first pass's tags.
void second_pass_features(const Prepared& doc, const Tag* first, uint32_t mask, uint32_t* out);

}  // namespace lede::entities
