// The two tagging passes. Feature ids are computed once per document into flat
// arrays; the second pass re-uses the first pass's ids with its own weights.
#include "entities/tagger.hpp"

#include <algorithm>

namespace lede::entities {

void emissions(const Perceptron& weights, FeatureRows rows, size_t begin, size_t end, int32_t* out) {
  // Rows are requested two tokens ahead: far enough for the cache to answer
  // before they are summed, near enough not to evict what is being summed.
  constexpr size_t kAhead = 2;
  for (size_t i = begin; i < end; ++i) {
    if (i + kAhead < end) {
      weights.prefetch(rows.first + (i + kAhead) * kFirstPassFeatures, rows.first_count());
      if (rows.second) weights.prefetch(rows.second + (i + kAhead) * kSecondPassFeatures, kSecondPassFeatures);
    }
    int16_t sums[kRowStride] = {};
    weights.score(rows.first + i * kFirstPassFeatures, rows.first_count(), sums);
    if (rows.second) weights.score(rows.second + i * kSecondPassFeatures, kSecondPassFeatures, sums);
    int32_t* scores = out + (i - begin) * kTags;
    for (int t = 0; t < kTags; ++t) scores[t] = sums[t];
  }
}

void decode(const Perceptron& weights, const Prepared& doc, FeatureRows rows, Tag* out) {
  // The whole document's emissions first, so prefetching runs across
  // sentence ends; then one Viterbi per sentence.
  std::vector<int32_t> scores(doc.size() * kTags);
  emissions(weights, rows, 0, doc.size(), scores.data());
  size_t longest = 0;
  for (size_t s = 0; s + 1 < doc.sentence_start.size(); ++s) {
    longest = std::max<size_t>(longest, doc.sentence_start[s + 1] - doc.sentence_start[s]);
  }
  std::vector<uint8_t> backpointers(longest * kTags);
  for (size_t s = 0; s + 1 < doc.sentence_start.size(); ++s) {
    const size_t begin = doc.sentence_start[s], end = doc.sentence_start[s + 1];
    viterbi(scores.data() + begin * kTags, weights.transition, end - begin, backpointers.data(), out + begin);
  }
}

std::vector<Tag> tag_words(const Model& model, const std::vector<std::string_view>& words,
                           const std::vector<uint32_t>& sentence_start, bool first_pass_only) {
  const Prepared doc = prepare(words, sentence_start, model.gazetteer);
  const size_t n = doc.size();
  std::vector<uint32_t> first_ids(n * kFirstPassFeatures);
  first_pass_features(doc, model.first.mask, first_ids.data());
  std::vector<Tag> first(n);
  decode(model.first, doc, {first_ids.data(), nullptr}, first.data());
  if (first_pass_only) return first;

  // The passes share feature ids only when their tables have one size.
  if (model.second.mask != model.first.mask) first_pass_features(doc, model.second.mask, first_ids.data());
  std::vector<uint32_t> second_ids(n * kSecondPassFeatures);
  second_pass_features(doc, first.data(), model.second.mask, second_ids.data());
  std::vector<Tag> tags(n);
  decode(model.second, doc, {first_ids.data(), second_ids.data()}, tags.data());
  return tags;
}

}  // namespace lede::entities
