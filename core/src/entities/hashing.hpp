// Hashes for feature hashing and the small per-document hash table that the
// document-level features use. Header-only: the tagger's hot loop inlines it.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "text/byte_lanes.hpp"

namespace lede::entities {

// The splitmix64 finalizer: spreads every input bit over the output.
constexpr uint64_t mix(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

constexpr uint64_t combine(uint64_t a, uint64_t b) { return mix(a * 0x9e3779b97f4a7c15ULL + b + 0x632be59bd9b4e019ULL); }

// FNV-1a over the bytes, finished by mix() with the length.
constexpr uint64_t kFnvBasis = 0xcbf29ce484222325ULL;
constexpr uint64_t fnv_step(uint64_t h, char c) { return (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL; }
inline uint64_t hash_bytes(std::string_view s) {
  uint64_t h = kFnvBasis;
  for (const char c : s) h = fnv_step(h, c);
  return mix(h ^ s.size());
}

// A hash that words equal but for ASCII case share: each byte taken with
// its 0x20 bit set, for fewer instructions than lowering it (other bytes
// may share it too; the words are compared after).
inline uint64_t caseless_hash(std::string_view s) {
  uint64_t h = kFnvBasis;
  for (const char c : s) h = fnv_step(h, static_cast<char>(c | 0x20));
  return h;
}

// A hash of a word form for the tables that compare the form itself (a
// document's types, the FormCache): eight bytes at a time, where FNV goes
// one by one. Features never see it.
inline uint64_t form_hash(std::string_view s) {
  uint64_t h = s.size();
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) h = (h ^ text::lanes::load(s.data() + i)) * 0x9e3779b97f4a7c15ULL;
  if (i < s.size()) h ^= text::lanes::short_word(s.data() + i, s.size() - i);
  return mix(h);
}

// Whether two forms are the same, for those tables.
inline bool same_form(std::string_view a, std::string_view b) {
  return a.size() == b.size() && text::lanes::same_bytes(a.data(), b.data(), a.size());
}

// An open-addressing map from non-zero 64-bit keys to small values, sized
// once for a document so that it never rehashes. Key 0 marks an empty slot.
template <typename Value>
class KeyMap {
 public:
  explicit KeyMap(size_t capacity) {
    size_t n = 16;
    while (n < 2 * capacity) n *= 2;
    keys_.assign(n, 0);
    values_.assign(n, Value{});
    mask_ = n - 1;
  }
  Value& operator[](uint64_t key) {
    key |= 1;  // never 0
    size_t i = key & mask_;
    while (keys_[i] != 0 && keys_[i] != key) i = (i + 1) & mask_;
    keys_[i] = key;
    return values_[i];
  }
  const Value* find(uint64_t key) const {
    key |= 1;
    for (size_t i = key & mask_; keys_[i] != 0; i = (i + 1) & mask_) {
      if (keys_[i] == key) return &values_[i];
    }
    return nullptr;
  }

 private:
  std::vector<uint64_t> keys_;
  std::vector<Value> values_;
  size_t mask_ = 0;
};

}  // namespace lede::entities
