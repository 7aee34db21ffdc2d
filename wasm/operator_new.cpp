// The wasm modules' operator new and delete: a freed block of up to 256
// bytes is kept on a list per size for the next new of that size, in front
// of Emscripten's malloc (dlmalloc). The stages allocate and free many small
// vectors and strings per article: malloc and free, compiled to wasm, were
// 3.4% of the module's time; natively, glibc's malloc keeps such lists
// itself (its tcache). No analysis logic here.
//
// The module has one thread. Each list keeps at most kKeptPerSize blocks,
// so at most about 150 KB stays out of malloc's reach.
#include <malloc.h>

#include <cstddef>
#include <cstdlib>
#include <new>

namespace {

// A block's size class is its usable size in steps of dlmalloc's alignment,
// rounded down: a block taken from class c holds c * kStep bytes or more.
constexpr size_t kStep = 16;
constexpr size_t kLargestKept = 256;
constexpr size_t kSizes = kLargestKept / kStep + 1;
constexpr unsigned kKeptPerSize = 64;

struct FreeBlock {
  FreeBlock* next;
};

FreeBlock* free_blocks[kSizes];
unsigned kept[kSizes];

}  // namespace

void* operator new(size_t size) {
  const size_t size_class = (size + kStep - 1) / kStep;
  if (size_class < kSizes) {
    if (FreeBlock* block = free_blocks[size_class]) {
      free_blocks[size_class] = block->next;
      --kept[size_class];
      return block;
    }
    // Whole steps, so that the block comes back to this class or a larger one.
    size = size_class * kStep;
  }
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  // As libc++ does without exceptions: no new may return null.
  std::abort();
}

void operator delete(void* p) noexcept {
  if (p == nullptr) return;
  const size_t size_class = malloc_usable_size(p) / kStep;
  if (size_class < kSizes && kept[size_class] < kKeptPerSize) {
    free_blocks[size_class] = new (p) FreeBlock{free_blocks[size_class]};
    ++kept[size_class];
    return;
  }
  std::free(p);
}
