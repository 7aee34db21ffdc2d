// Tests on eight bytes at once, held in one 64-bit word ("SWAR"), for the
// scans that every byte of a text goes through: line breaks and the letters
// of words. A test answers with the high bit set in each byte lane that
// passes. The first byte of the text is the lowest lane, as on the targets
// (x86-64, WebAssembly). Depends on nothing.
#pragma once

#include <cstdint>
#include <cstring>

namespace lede::text::lanes {

static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "the first byte must be the lowest lane");

inline constexpr uint64_t kOnes = 0x0101010101010101;
inline constexpr uint64_t kHighBits = 0x8080808080808080;

inline uint64_t load(const char* p) {
  uint64_t w;
  std::memcpy(&w, p, sizeof w);
  return w;
}

// The lanes holding a byte >= 0x80.
inline uint64_t non_ascii(uint64_t w) { return w & kHighBits; }

// The tests below take ASCII lanes: `w` with its high bits cleared, so that
// no lane carries into the next.
inline uint64_t ascii_part(uint64_t w) { return w & ~kHighBits; }

inline uint64_t equal_to(uint64_t ascii, unsigned char c) {
  return ~((ascii ^ (kOnes * c)) + kOnes * 0x7F) & kHighBits;
}

// Lanes in [lo, hi], both below 0x80.
inline uint64_t in_range(uint64_t ascii, unsigned char lo, unsigned char hi) {
  return (ascii + kOnes * (0x80 - lo)) & ~(ascii + kOnes * (0x7F - hi)) & kHighBits;
}

// The index of the first lane set in `lanes` (which is not 0).
inline uint32_t first(uint64_t lanes) { return static_cast<uint32_t>(__builtin_ctzll(lanes)) / 8; }

// The lanes before the first one set in `lanes` (all of them if none is).
inline uint64_t before_first(uint64_t lanes) { return lanes == 0 ? ~uint64_t{0} : (lanes & -lanes) - 1; }

// A word that the n bytes at p (0 < n < 8) decide, and that decides them
// given n: two overlapping 4-byte loads, or for 1 to 3 bytes the first,
// middle and last. It reads no byte outside the n.
inline uint64_t short_word(const char* p, size_t n) {
  if (n >= 4) {
    uint32_t head, tail;
    std::memcpy(&head, p, 4);
    std::memcpy(&tail, p + n - 4, 4);
    return uint64_t{tail} << 32 | head;
  }
  auto byte = [&](size_t k) { return uint64_t{static_cast<unsigned char>(p[k])}; };
  return byte(0) | byte(n / 2) << 8 | byte(n - 1) << 16;
}

// The index of the first byte >= 0x80 of the n bytes at p from index `from`
// on, or n if there is none.
inline size_t find_non_ascii(const char* p, size_t n, size_t from) {
  size_t i = from;
  for (; i + 8 <= n; i += 8) {
    if (const uint64_t found = non_ascii(load(p + i))) return i + first(found);
  }
  while (i < n && static_cast<unsigned char>(p[i]) < 0x80) ++i;
  return i;
}

// Whether the n bytes at a and at b are the same: words compare eight bytes
// at a time, where WebAssembly's memcmp() goes one byte at a time.
inline bool same_bytes(const char* a, const char* b, size_t n) {
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    if (load(a + i) != load(b + i)) return false;
  }
  return i == n || short_word(a + i, n - i) == short_word(b + i, n - i);
}

}  // namespace lede::text::lanes
