// The linear model of one tagging pass and its Viterbi decoder. Weights live
// in a hashed table of rows, one score per tag; the shipped model stores them
// as 8-bit integers with one scale, so decoding is integer arithmetic. Rows
// are packed (9 bytes): the tables are larger than the cache, so the bytes
// touched per token decide the speed.
#pragma once

#include <cstdint>
#include <algorithm>
#include <cstring>
#include <type_traits>
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
    const Transition* all = &transition[0][0];
    narrow = std::all_of(all, all + (kTags + 1) * kTags,
                         [](Transition v) { return v >= -kNarrowStep && v <= kNarrowStep; });
    for (Tag p = 0; p < kTags; ++p) {
      for (Tag t = 0; t < kTags; ++t) {
        const bool keyed = narrow && allowed(p, t);
        step_key[p][t] = keyed ? static_cast<float>(step[p][t] * kKeyScale + kKeyTie - p) : kForbiddenKey;
      }
    }
  }

  int64_t step[kTags][kTags];       // [previous tag][tag]
  int64_t start[kTags + 1][kTags];  // [the tag before (kTags: the sentence's start)][first tag]
  int64_t to_outside[kTags];        // [last tag], when a word tagged O follows

  // viterbi() over the tagger's 32-bit emissions (sums of 16-bit scores)
  // takes each step for eight tags at once, in vectors (keyed_steps()): a
  // move's score and the tag it comes from are one key, score * kKeyScale +
  // kKeyTie - previous tag, so that the greatest key is the best move and,
  // of equal scores, the lowest previous tag's, as the scalar loop picks
  // it. The keys are floats: SSE2 takes a maximum of four in one
  // instruction, of four 32-bit integers in five. They are exact: with every
  // transition within kNarrowStep (the shipped model's are within a
  // hundred), every re-based score stays within 2^19, its key within 2^23
  // and a key plus a move's within 2^24, where floats hold every integer;
  // a forbidden move's key (kForbiddenKey, or a forbidden start's, clamped
  // to it) stays far below every allowed one.
  static constexpr int32_t kNarrowStep = 1 << 12;
  static constexpr int kKeyBits = 4;
  static constexpr int32_t kKeyScale = 1 << kKeyBits, kKeyTie = kKeyScale - 1;
  static constexpr float kForbiddenKey = -(1 << 29);
  static_assert(kTags <= kKeyScale);
  bool narrow;
  float step_key[kTags][kTags];  // [previous tag][tag]
};

// Four 32-bit lanes: an SSE2 or a WebAssembly register, or four numbers
// where there are no vectors (GCC's and Clang's vector extension).
using Lanes = int32_t __attribute__((vector_size(16)));
using Keys = float __attribute__((vector_size(16)));

// The greater of keys `a` and `b`, lane by lane; of equal ones, `a`'s.
inline Keys max_keys(Keys a, Keys b) {
#if defined(__wasm_simd128__)
  // One instruction, pmax: Clang makes the comparison below two.
  return reinterpret_cast<Keys>(wasm_f32x4_pmax(reinterpret_cast<v128_t>(a), reinterpret_cast<v128_t>(b)));
#else
  return b > a ? b : a;  // maxps in SSE2
#endif
}

// Stores the eight 32-bit lanes of `low` and `high`, each a byte's value,
// as eight bytes: two packing instructions where they are, where the
// compilers' own conversion stores and reloads each lane.
inline void store_bytes(Lanes low, Lanes high, uint8_t* out) {
#if defined(__wasm_simd128__)
  const v128_t bytes = wasm_u8x16_narrow_i16x8(wasm_i16x8_narrow_i32x4(low, high), low);
  wasm_v128_store64_lane(out, bytes, 0);
#elif defined(__SSE2__)
  const __m128i words = _mm_packs_epi32(reinterpret_cast<__m128i>(low), reinterpret_cast<__m128i>(high));
  _mm_storel_epi64(reinterpret_cast<__m128i*>(out), _mm_packus_epi16(words, words));
#else
  for (int k = 0; k < 4; ++k) out[k] = static_cast<uint8_t>(low[k]), out[4 + k] = static_cast<uint8_t>(high[k]);
#endif
}

// Steps 1..n-1 of viterbi() below for 32-bit emissions, with the keys of
// Moves (which must be `narrow`): `best`, the scores after step 0, in and
// those after the last step out. Returns n.
inline size_t keyed_steps(const int32_t* emissions, const Moves& moves, size_t n, uint8_t* backpointers,
                          int64_t* best) {
  // Tags 0-3 and 4-7 in two vectors, and tag 8, I-MISC, alone: only
  // B-MISC and I-MISC may precede it.
  static_assert(kTags == 9 && is_inside(8) && kOutside == 0);
  auto keys = [](const float* p) {
    Keys v;
    std::memcpy(&v, p, sizeof v);
    return v;
  };
  auto lanes = [](const int32_t* p) {
    Lanes v;
    std::memcpy(&v, p, sizeof v);
    return v;
  };
  // The keys of the scores so far (their previous tags 0): after step 0,
  // a forbidden start's (its score far below any other) clamped to the
  // forbidden key.
  constexpr int64_t kLowest = static_cast<int64_t>(Moves::kForbiddenKey) / Moves::kKeyScale;
  float scaled[kTags];
  for (Tag t = 0; t < kTags; ++t) scaled[t] = static_cast<float>(std::max(best[t], kLowest) * Moves::kKeyScale);
  for (size_t i = 1; i < n; ++i) {
    Keys low = scaled[0] + keys(&moves.step_key[0][0]), high = scaled[0] + keys(&moves.step_key[0][4]);
    for (Tag p = 1; p < kTags; ++p) {
      const Keys key_low = scaled[p] + keys(&moves.step_key[p][0]);
      const Keys key_high = scaled[p] + keys(&moves.step_key[p][4]);
      low = max_keys(low, key_low);
      high = max_keys(high, key_high);
    }
    const float last_key = std::max(scaled[7] + moves.step_key[7][8], scaled[8] + moves.step_key[8][8]);
    // The best keys as integers (exact: see Moves).
    const Lanes low_keys = __builtin_convertvector(low, Lanes), high_keys = __builtin_convertvector(high, Lanes);
    const auto last = static_cast<int32_t>(last_key);
    // A key's score (shifted arithmetically: floored), and its previous tag.
    const int32_t* e = emissions + i * kTags;
    const Lanes next_low = (low_keys >> Moves::kKeyBits) + lanes(e);
    const Lanes next_high = (high_keys >> Moves::kKeyBits) + lanes(e + 4);
    const int32_t next_last = (last >> Moves::kKeyBits) + e[8];
    uint8_t* back = backpointers + i * kTags;
    store_bytes(Moves::kKeyTie - (low_keys & Moves::kKeyTie), Moves::kKeyTie - (high_keys & Moves::kKeyTie), back);
    back[8] = static_cast<uint8_t>(Moves::kKeyTie - (last & Moves::kKeyTie));
    // Re-based on O's score, as below.
    const int32_t outside = next_low[kOutside];
    const Keys low_scaled = __builtin_convertvector((next_low - outside) * Moves::kKeyScale, Keys);
    const Keys high_scaled = __builtin_convertvector((next_high - outside) * Moves::kKeyScale, Keys);
    std::memcpy(&scaled[0], &low_scaled, sizeof low_scaled);
    std::memcpy(&scaled[4], &high_scaled, sizeof high_scaled);
    scaled[8] = static_cast<float>((next_last - outside) * Moves::kKeyScale);
  }
  // Scores times kKeyScale: a shift divides them exactly (and in fewer
  // instructions than a division rounding towards zero).
  for (Tag t = 0; t < kTags; ++t) best[t] = static_cast<int32_t>(scaled[t]) >> Moves::kKeyBits;
  return n;
}

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
  size_t i = 1;
  if constexpr (std::is_same_v<Emission, int32_t>) {
    if (n > 1 && moves.narrow) i = keyed_steps(emissions, moves, n, backpointers, best);
  }
  for (; i < n; ++i) {
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
