// memchr() and memcmp() for the wasm modules, in place of Emscripten's libc
// ones (musl's), which step through memory 4 bytes (memchr) or, unless both
// pointers are aligned, 1 byte (memcmp) at a time: lede calls them for every
// std::string_view::find() of a character (a text's '<' and '&', the spaces of
// a paragraph's head) and every comparison of two string_views. Here memchr
// tests 16 bytes per step with SIMD and memcmp compares 8 at a time. No
// analysis logic here.
//
// Compiled without LTO and without builtins (wasm/wasm.cmake), so that the
// linker takes these over libc's and the compiler does not turn their loops
// back into calls to themselves.
#include <wasm_simd128.h>

#include <cstddef>
#include <cstdint>

namespace {

uint64_t load8(const unsigned char* p) {
  uint64_t word;
  __builtin_memcpy(&word, p, sizeof word);
  return word;
}

}  // namespace

extern "C" void* memchr(const void* source, int c, size_t n) {
  const auto* p = static_cast<const unsigned char*>(source);
  const auto byte = static_cast<unsigned char>(c);
  // Up to a 16-byte boundary a byte at a time: an aligned load never
  // crosses the end of memory, should a caller pass more than it holds
  // (as strnlen() may), the first `byte` ending the search.
  for (; n > 0 && reinterpret_cast<uintptr_t>(p) % 16 != 0; ++p, --n) {
    if (*p == byte) return const_cast<unsigned char*>(p);
  }
  const v128_t wanted = wasm_i8x16_splat(static_cast<int8_t>(byte));
  for (; n >= 16; p += 16, n -= 16) {
    const uint32_t found = wasm_i8x16_bitmask(wasm_i8x16_eq(wasm_v128_load(p), wanted));
    if (found != 0) return const_cast<unsigned char*>(p + __builtin_ctz(found));
  }
  for (; n > 0; ++p, --n) {
    if (*p == byte) return const_cast<unsigned char*>(p);
  }
  return nullptr;
}

extern "C" int memcmp(const void* left, const void* right, size_t n) {
  const auto* l = static_cast<const unsigned char*>(left);
  const auto* r = static_cast<const unsigned char*>(right);
  for (; n >= 8; l += 8, r += 8, n -= 8) {
    const uint64_t differ = load8(l) ^ load8(r);
    if (differ != 0) {
      // The first byte is the lowest lane: the lowest differing one decides.
      const int k = __builtin_ctzll(differ) / 8;
      return l[k] - r[k];
    }
  }
  for (; n > 0; ++l, ++r, --n) {
    if (*l != *r) return *l - *r;
  }
  return 0;
}
