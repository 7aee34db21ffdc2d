// Two-pass tagging of one document: the first pass decodes from local,
// gazetteer and document-capitalization features; the second adds features of
// the first pass's tags (its neighbours' tags, and how the same word was tagged
// elsewhere in the document) and decodes again.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "entities/features.hpp"
#include "entities/form_cache.hpp"
#include "entities/model.hpp"
#include "entities/tags.hpp"

namespace lede::entities {

// Per-token feature ids of one pass, as training lays them out: the first
// pass's from `first`; in the second pass (`second` set) only the first
// kSharedFeatures of those, and kSecondPassFeatures more from `second`.
struct FeatureRows {
  const uint32_t* first = nullptr;
  const uint32_t* second = nullptr;
  int first_count() const { return second ? kSharedFeatures : kFirstPassFeatures; }
};

// Decodes every sentence of `doc` with one pass's weights and feature ids
// (the trainer's path: it keeps every id).
void decode(const Perceptron& weights, const Prepared& doc, FeatureRows rows, Tag* out);

// What tagging uses besides the document's own arrays, kept from one
// document to the next by whoever tags many: allocated anew, it was over a
// hundred allocations an article. One document at a time.
class TaggerBuffers {
 public:
  TaggerBuffers();
  ~TaggerBuffers();
  TaggerBuffers(TaggerBuffers&&) noexcept = default;
  TaggerBuffers& operator=(TaggerBuffers&&) noexcept = default;
  struct Parts;

 private:
  friend std::vector<Tag> tag_words(const Model&, const WordList&, const std::vector<uint32_t>&, bool, FormCache*,
                                    TaggerBuffers*);
  std::unique_ptr<Parts> parts_;
};

// Both passes (or the first only) over a document given as words with
// sentence starts. `cache`, when given, must hold sums of `model`'s
// weights only (shipped_form_cache() for shipped_model()), and the caller
// must hold its mutex. `buffers`, when given, are used and kept.
std::vector<Tag> tag_words(const Model& model, const WordList& words,
                           const std::vector<uint32_t>& sentence_start, bool first_pass_only = false,
                           FormCache* cache = nullptr, TaggerBuffers* buffers = nullptr);

}  // namespace lede::entities
