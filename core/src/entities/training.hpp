// Learning one pass's weights: the averaged structured perceptron. Used by the
// trainer (core/tools/train.cpp) only; the shipped tagger reads the quantized
// result. Integer updates make training exactly reproducible.
#pragma once

#include <cstdint>
#include <vector>

#include "entities/perceptron.hpp"
#include "entities/tagger.hpp"

namespace lede::entities {

// Training replaces the ids of features too rare to learn from by this row,
// which is never updated and so stays zero.
constexpr uint32_t kDroppedFeature = 0;

class AveragedPerceptron {
 public:
  explicit AveragedPerceptron(int bits);

  // Decodes tokens [begin, end) with the current weights; when the result
  // differs from `gold`, moves the weights towards gold. Returns the
  // number of wrong tags.
  size_t learn(FeatureRows rows, size_t begin, size_t end, const Tag* gold);
  // Marks the end of one training example (for the averaging).
  void tick() { ++clock_; }

  // The averaged weights, scaled into int8; weights whose magnitude rounds
  // below `prune` are dropped.
  Perceptron quantized(int prune) const;

 private:
  void update(FeatureRows rows, size_t i, Tag tag, int delta);
  void update_transition(int from, Tag to, int delta);

  uint32_t mask_;
  int64_t clock_ = 1;
  std::vector<int32_t> weights_;     // rows * kTags
  std::vector<int64_t> timed_;       // sum of clock * update, for the average
  int32_t transition_[kTags + 1][kTags] = {};
  int64_t timed_transition_[kTags + 1][kTags] = {};
  std::vector<int64_t> scratch_;
  std::vector<uint8_t> backpointers_;
  std::vector<Tag> predicted_;
};

}  // namespace lede::entities
