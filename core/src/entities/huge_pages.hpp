// An allocator for the tagger's large tables (weights, gazetteer, form
// cache), which are read at random: with 4 KB pages, nearly every look-up
// also misses the TLB. On Linux their memory is asked for in 2 MB pages
// (transparent huge pages, where the system allows them on request);
// elsewhere, and for small tables, it is ordinary memory.
#pragma once

#include <cstddef>
#include <cstdlib>
#include <new>

#if defined(__linux__) && !defined(__EMSCRIPTEN__)
#include <sys/mman.h>
#define LEDE_HUGE_PAGES 1
#endif

namespace lede::entities {

template <typename T>
struct HugePageAllocator {
  using value_type = T;
  static constexpr size_t kHugePage = size_t{2} << 20;

  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) {}  // NOLINT: rebinding, as allocators do

  T* allocate(size_t n) {
    const size_t bytes = n * sizeof(T);
#if defined(LEDE_HUGE_PAGES)
    if (in_huge_pages(n)) {
      // Whole huge pages, aligned to one, advised before anything touches them.
      const size_t rounded = (bytes + kHugePage - 1) & ~(kHugePage - 1);
      void* p = std::aligned_alloc(kHugePage, rounded);
      if (!p) throw std::bad_alloc();
      madvise(p, rounded, MADV_HUGEPAGE);
      return static_cast<T*>(p);
    }
#endif
    return static_cast<T*>(::operator new(bytes));
  }

  void deallocate(T* p, [[maybe_unused]] size_t n) {  // n: huge pages only
#if defined(LEDE_HUGE_PAGES)
    if (in_huge_pages(n)) {
      std::free(p);
      return;
    }
#endif
    ::operator delete(p);
  }

  // Tables of half a huge page or more are worth their own pages.
  static bool in_huge_pages(size_t n) { return n * sizeof(T) >= kHugePage / 2; }

  template <typename U>
  bool operator==(const HugePageAllocator<U>&) const { return true; }
  template <typename U>
  bool operator!=(const HugePageAllocator<U>&) const { return false; }
};

}  // namespace lede::entities
