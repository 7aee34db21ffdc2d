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

}  // namespace lede::text::lanes
