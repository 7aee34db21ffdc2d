// Converts byte offsets into the unit the caller asked for. Built once per
// text: a checkpoint every kStride bytes, then a short forward decode, so a
// 20 MB text costs a few hundred KB, not a table entry per byte.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "lede/lede.hpp"

namespace lede::output {

class OffsetMap {
 public:
  OffsetMap(std::string_view text, OffsetUnit unit);
  // `byte` must be a code unit boundary of the decoded text (every span is).
  uint64_t convert(uint32_t byte) const;

 private:
  static constexpr uint32_t kStride = 64;
  struct Checkpoint {
    uint32_t byte;  // first code point boundary at or after index * kStride
    uint32_t units;
  };
  std::string_view text_;
  OffsetUnit unit_;
  std::vector<Checkpoint> checkpoints_;
};

}  // namespace lede::output
