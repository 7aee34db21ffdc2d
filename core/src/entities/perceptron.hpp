// The linear model of one tagging pass and its Viterbi decoder. Weights live
// in a hashed table of rows, one score per tag; the shipped model stores them
// as 16-bit integers with one scale, so decoding is integer arithmetic.
#pragma once

#include <cstdint>
#include <climits>
#include <vector>

#include "entities/tags.hpp"

namespace lede::entities {

struct Perceptron {
  uint32_t mask = 0;              // rows - 1 (rows is a power of two)
  std::vector<int16_t> weights;   // rows * kTags
  int32_t transition[kTags + 1][kTags] = {};  // [previous tag or kTags at sentence start][tag]

  // Adds the rows of `features` (count ids) to `scores`.
  void score(const uint32_t* features, int count, int64_t* scores) const {
    for (int k = 0; k < count; ++k) {
      const int16_t* row = &weights[static_cast<size_t>(features[k]) * kTags];
      for (int t = 0; t < kTags; ++t) scores[t] += row[t];
    }
  }
};

// Best tag sequence under BIO constraints for `n` tokens whose emission
// scores are `emissions` (n * kTags). `backpointers` is scratch of n * kTags
// bytes. Scores are re-based at every step, so any sentence length is safe.
template <typename Transition>
void viterbi(const int64_t* emissions, const Transition (*transition)[kTags], size_t n, uint8_t* backpointers,
             Tag* out) {
  if (n == 0) return;
  constexpr int64_t kForbidden = INT64_MIN / 4;
  int64_t best[kTags], next[kTags];
  for (Tag t = 0; t < kTags; ++t) {
    best[t] = allowed(kOutside, t) ? transition[kTags][t] + emissions[t] : kForbidden;
  }
  for (size_t i = 1; i < n; ++i) {
    const int64_t* e = emissions + i * kTags;
    int64_t top_all = kForbidden;
    for (Tag t = 0; t < kTags; ++t) {
      int64_t top = kForbidden;
      uint8_t arg = 0;
      for (Tag p = 0; p < kTags; ++p) {
        if (!allowed(p, t)) continue;
        const int64_t s = best[p] + transition[p][t];
        if (s > top) top = s, arg = p;
      }
      next[t] = top + e[t];
      backpointers[i * kTags + t] = arg;
      if (next[t] > top_all) top_all = next[t];
    }
    for (Tag t = 0; t < kTags; ++t) best[t] = next[t] - top_all;
  }
  Tag last = 0;
  for (Tag t = 1; t < kTags; ++t) {
    if (best[t] > best[last]) last = t;
  }
  for (size_t i = n; i-- > 0;) {
    out[i] = last;
    if (i > 0) last = backpointers[i * kTags + last];
  }
}

}  // namespace lede::entities
