// The averaged perceptron (Collins 2002) with the lazy-average trick: besides
// the weights w it keeps the clock-weighted sum u of updates, so the average
// is w - u / clock without touching every weight at every step.
#include "entities/training.hpp"

#include <algorithm>
#include <cmath>

namespace lede::entities {

AveragedPerceptron::AveragedPerceptron(int bits)
    : mask_((1u << bits) - 1),
      weights_((static_cast<size_t>(mask_) + 1) * kTags, 0),
      timed_(weights_.size(), 0) {}

void AveragedPerceptron::update(FeatureRows rows, size_t i, Tag tag, int delta) {
  auto apply = [&](const uint32_t* ids, int count) {
    for (int k = 0; k < count; ++k) {
      if (ids[k] == kDroppedFeature) continue;
      const size_t at = static_cast<size_t>(ids[k]) * kTags + tag;
      weights_[at] += delta;
      timed_[at] += clock_ * delta;
    }
  };
  apply(rows.first + i * kFirstPassFeatures, rows.first_count());
  if (rows.second) apply(rows.second + i * kSecondPassFeatures, kSecondPassFeatures);
}

void AveragedPerceptron::update_transition(int from, Tag to, int delta) {
  transition_[from][to] += delta;
  timed_transition_[from][to] += clock_ * delta;
}

size_t AveragedPerceptron::learn(FeatureRows rows, size_t begin, size_t end, const Tag* gold) {
  const size_t n = end - begin;
  if (n == 0) return 0;
  scratch_.resize(n * kTags);
  backpointers_.resize(n * kTags);
  predicted_.resize(n);
  for (size_t i = begin; i < end; ++i) {
    int64_t* scores = &scratch_[(i - begin) * kTags];
    std::fill(scores, scores + kTags, 0);
    auto add = [&](const uint32_t* ids, int count) {
      for (int k = 0; k < count; ++k) {
        const int32_t* row = &weights_[static_cast<size_t>(ids[k]) * kTags];
        for (int t = 0; t < kTags; ++t) scores[t] += row[t];
      }
    };
    add(rows.first + i * kFirstPassFeatures, rows.first_count());
    if (rows.second) add(rows.second + i * kSecondPassFeatures, kSecondPassFeatures);
  }
  viterbi(scratch_.data(), transition_, n, backpointers_.data(), predicted_.data());
  size_t wrong = 0;
  for (size_t i = 0; i < n; ++i) wrong += predicted_[i] != gold[begin + i];
  if (wrong == 0) return 0;
  for (size_t i = 0; i < n; ++i) {
    const Tag g = gold[begin + i], p = predicted_[i];
    const int gold_from = i == 0 ? kTags : gold[begin + i - 1];
    const int predicted_from = i == 0 ? kTags : predicted_[i - 1];
    if (g != p) {
      update(rows, begin + i, g, +1);
      update(rows, begin + i, p, -1);
    }
    if (g != p || gold_from != predicted_from) {
      update_transition(gold_from, g, +1);
      update_transition(predicted_from, p, -1);
    }
  }
  return wrong;
}

Perceptron AveragedPerceptron::quantized(int prune) const {
  const double clock = static_cast<double>(clock_);
  auto average = [&](int64_t w, int64_t timed) { return static_cast<double>(w) - static_cast<double>(timed) / clock; };
  double largest = 1e-9;
  for (size_t i = 0; i < weights_.size(); ++i) largest = std::max(largest, std::fabs(average(weights_[i], timed_[i])));
  const double scale = 127.0 / largest;
  Perceptron p;
  p.mask = mask_;
  p.weights.assign((static_cast<size_t>(mask_) + 1) * kRowStride, 0);
  for (size_t i = 0; i < weights_.size(); ++i) {
    const long q = std::lround(average(weights_[i], timed_[i]) * scale);
    if (std::labs(q) >= prune) p.weights[i / kTags * kRowStride + i % kTags] = static_cast<int8_t>(q);
  }
  for (int a = 0; a <= kTags; ++a) {
    for (int b = 0; b < kTags; ++b) {
      p.transition[a][b] = static_cast<int32_t>(std::lround(average(transition_[a][b], timed_transition_[a][b]) * scale));
    }
  }
  return p;
}

}  // namespace lede::entities
