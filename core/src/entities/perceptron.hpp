// The linear model of one tagging pass and its Viterbi decoder. Weights live
// in a hashed table of rows, one score per tag; the shipped model stores them
// as 8-bit integers with one scale, so decoding is integer arithmetic. Rows
// are packed (9 bytes): the tables are larger than the cache, so the bytes
// touched per token decide the speed.
#pragma once

#include <cstdint>
#include <algorithm>
#include <vector>

#if defined(__wasm_simd128__)
#include <wasm_simd128.h>
#elif defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "entities/tags.hpp"

#include "entities/huge_pages.hpp"

namespace lede::entities {

constexpr int kRowStride = kTags;

#if defined(__wasm_simd128__) || defined(__SSE2__)
#define LEDE_ROW_LANES 1
// A row's first eight scores, widened to 16 bits and added to eight sums
// in one register; the ninth is added alone. The compilers' own loop widens
// the bytes with a shuffle and two shifts, about twice the instructions.
#if defined(__wasm_simd128__)
// WebAssembly loads eight bytes widened in one instruction.
using RowLanes = v128_t;
inline RowLanes load_lanes(const int16_t* sums) { return wasm_v128_load(sums); }
inline RowLanes add_row(RowLanes low, const int8_t* row) { return wasm_i16x8_add(low, wasm_i16x8_load8x8(row)); }
inline void store_lanes(int16_t* sums, RowLanes low) { wasm_v128_store(sums, low); }
#else
// x86-64's baseline, SSE2, widens them with an unpack and a shift.
using RowLanes = __m128i;
inline RowLanes load_lanes(const int16_t* sums) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(sums)); }
inline RowLanes add_row(RowLanes low, const int8_t* row) {
  const __m128i bytes = _mm_loadl_epi64(reinterpret_cast<const __m128i*>(row));
  return _mm_add_epi16(low, _mm_srai_epi16(_mm_unpacklo_epi8(bytes, bytes), 8));
}
inline void store_lanes(int16_t* sums, RowLanes low) { _mm_storeu_si128(reinterpret_cast<__m128i*>(sums), low); }
#endif
#endif

struct Perceptron {
  uint32_t mask = 0;             // rows - 1 (rows is a power of two)
  std::vector<int8_t, HugePageAllocator<int8_t>> weights;  // rows * kRowStride
  int32_t transition[kTags + 1][kTags] = {};  // [previous tag or kTags at sentence start][tag]

  // Asks the cache for the rows of `features` before they are summed: the
  // table is larger than the cache and the rows are scattered. A 9-byte row
  // crosses a cache line one time in eight: its last byte is asked for too
  // (the whole analysis faster in 10 of 12 pairs on a quiet host, median
  // +2.4%; +0.35% instructions). In wasm a prefetch compiles to nothing.
  void prefetch(const uint32_t* features, int count) const {
#if defined(__GNUC__) || defined(__clang__)
    for (int k = 0; k < count; ++k) {
      const int8_t* row = &weights[static_cast<size_t>(features[k]) * kRowStride];
      __builtin_prefetch(row);
      __builtin_prefetch(row + kRowStride - 1);
    }
#else
    (void)features, (void)count;
#endif
  }

  // Adds the rows of `features` (count ids) to `sums`. 16-bit sums cannot
  // overflow: a token has fewer than 256 features of at most 127 each.
  // Without SIMD lanes, the sums are kept in a local array and the rows
  // marked __restrict: an int8 row might otherwise alias the sums, which
  // stops the compiler from vectorizing the loop.
  void score(const uint32_t* features, int count, int16_t* sums) const {
#if defined(LEDE_ROW_LANES)
    static_assert(kRowStride == 9);
    RowLanes low = load_lanes(sums);
    int16_t last = sums[8];
    for (int k = 0; k < count; ++k) {
      const int8_t* row = &weights[static_cast<size_t>(features[k]) * kRowStride];
      low = add_row(low, row);
      last = static_cast<int16_t>(last + row[8]);
    }
    store_lanes(sums, low);
    sums[8] = last;
#else
    int16_t local[kRowStride];
    std::copy(sums, sums + kRowStride, local);
    for (int k = 0; k < count; ++k) {
      const int8_t* __restrict row = &weights[static_cast<size_t>(features[k]) * kRowStride];
      for (int t = 0; t < kRowStride; ++t) local[t] = static_cast<int16_t>(local[t] + row[t]);
    }
    std::copy(local, local + kRowStride, sums);
#endif
  }
};

// What surrounds a stretch of tokens given to viterbi(): the sentence's
// start or a word tagged O before it, the sentence's end or a word tagged O
// after it.
struct Stretch {
  bool starts_sentence = true;
  bool ends_sentence = true;
};

// A pass's transition scores with the BIO constraints applied, for
// viterbi(): built once for the many short stretches a pass decodes.
struct Moves {
  // Forbidden moves get a score no path can make up, which keeps the inner
  // loop free of branches; re-basing keeps the scores far from overflow.
  static constexpr int64_t kForbidden = -(int64_t{1} << 40);

  template <typename Transition>
  explicit Moves(const Transition (*transition)[kTags]) {
    for (Tag p = 0; p < kTags; ++p) {
      for (Tag t = 0; t < kTags; ++t) step[p][t] = allowed(p, t) ? transition[p][t] : kForbidden;
    }
    for (int before = 0; before <= kTags; ++before) {
      for (Tag t = 0; t < kTags; ++t) start[before][t] = allowed(kOutside, t) ? transition[before][t] : kForbidden;
    }
    for (Tag t = 0; t < kTags; ++t) to_outside[t] = transition[t][kOutside];
  }

  int64_t step[kTags][kTags];       // [previous tag][tag]
  int64_t start[kTags + 1][kTags];  // [the tag before (kTags: the sentence's start)][first tag]
  int64_t to_outside[kTags];        // [last tag], when a word tagged O follows
};

// Best tag sequence under BIO constraints for `n` tokens whose emission
// scores are `emissions` (n * kTags). `backpointers` is scratch of n * kTags
// bytes. Scores are re-based at every step, so any sentence length is safe.
template <typename Emission>
void viterbi(const Emission* emissions, const Moves& moves, size_t n, uint8_t* backpointers, Tag* out,
             Stretch stretch = {}) {
  if (n == 0) return;
  int64_t best[kTags], next[kTags];
  const int before = stretch.starts_sentence ? kTags : kOutside;
  for (Tag t = 0; t < kTags; ++t) best[t] = moves.start[before][t] + emissions[t];
  for (size_t i = 1; i < n; ++i) {
    const Emission* e = emissions + i * kTags;
    // Unrolled, the moves each tag may come from are known at compile time:
    // about half the instructions of the loops.
#pragma GCC unroll 9
    for (Tag t = 0; t < kTags; ++t) {
      // Only B-X and I-X may precede I-X: the other moves are forbidden and
      // can never be best.
      const Tag first = is_inside(t) ? t - 1 : 0, last = is_inside(t) ? t : kTags - 1;
      int64_t top = best[first] + moves.step[first][t];
      uint8_t arg = first;
#pragma GCC unroll 9
      for (Tag p = first + 1; p <= last; ++p) {
        const int64_t s = best[p] + moves.step[p][t];
        if (s > top) top = s, arg = p;
      }
      next[t] = top + e[t];
      backpointers[i * kTags + t] = arg;
    }
    // Re-based on O's score rather than the best: every tag may move to O
    // and O to every tag but I-X, which B-X may move to, so the scores stay
    // within a few emissions and transitions of it, and no maximum is
    // needed (7% of the decoder's instructions).
    for (Tag t = 0; t < kTags; ++t) best[t] = next[t] - next[kOutside];
  }
  // A word tagged O follows: every tag may move to O.
  if (!stretch.ends_sentence) {
    for (Tag t = 0; t < kTags; ++t) best[t] += moves.to_outside[t];
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

template <typename Emission, typename Transition>
void viterbi(const Emission* emissions, const Transition (*transition)[kTags], size_t n, uint8_t* backpointers,
             Tag* out, Stretch stretch = {}) {
  viterbi(emissions, Moves(transition), n, backpointers, out, stretch);
}

}  // namespace lede::entities
