// The tagger's label set: BIO tags over the four CoNLL-2003 types, and the
// conversions between tags, their names and entity types.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "lede/lede.hpp"

namespace lede::entities {

// O, then B and I for PER, ORG, LOC, MISC in EntityType order.
using Tag = uint8_t;
constexpr int kTags = 9;
constexpr Tag kOutside = 0;

constexpr bool is_begin(Tag t) { return t != kOutside && (t - 1) % 2 == 0; }
constexpr bool is_inside(Tag t) { return t != kOutside && (t - 1) % 2 == 1; }
constexpr int type_index(Tag t) { return (t - 1) / 2; }  // 0..3 for PER..MISC; t != O
constexpr Tag begin_tag(int type) { return static_cast<Tag>(1 + 2 * type); }
constexpr Tag inside_tag(int type) { return static_cast<Tag>(2 + 2 * type); }
inline EntityType entity_type(Tag t) { return static_cast<EntityType>(type_index(t)); }

// Whether `next` may follow `prev` in BIO ("I-X" only continues an X).
constexpr bool allowed(Tag prev, Tag next) {
  return !is_inside(next) || (prev != kOutside && type_index(prev) == type_index(next));
}

// The first tag at or after `i` that is not kOutside, or the end: most tags
// are, so they are skipped eight at a time, and the first of eight found
// by its lowest nonzero byte (the first tag, on little-endian targets).
// Always inlined: the rules walk every name by it, and GCC, as entities.cpp
// grows, may stop inlining it there (1.6 M instructions of c06 in calls).
[[gnu::always_inline]] inline uint32_t next_tagged(const Tag* tags, uint32_t n, uint32_t i) {
  static_assert(sizeof(Tag) == 1 && kOutside == 0);
  for (; i + 8 <= n; i += 8) {
    uint64_t eight;
    std::memcpy(&eight, tags + i, 8);
    if (eight != 0) return i + static_cast<uint32_t>(__builtin_ctzll(eight)) / 8;
  }
  while (i < n && tags[i] == kOutside) ++i;
  return i;
}
[[gnu::always_inline]] inline uint32_t next_tagged(const std::vector<Tag>& tags, uint32_t i) {
  return next_tagged(tags.data(), static_cast<uint32_t>(tags.size()), i);
}

std::string_view tag_name(Tag t);  // "O", "B-PER", "I-PER", ...
// Parses "O", "B-X", "I-X" (X one of PER ORG LOC MISC); kOutside when unknown.
Tag parse_tag(std::string_view name);

}  // namespace lede::entities
