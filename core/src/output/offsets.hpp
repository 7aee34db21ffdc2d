// Converts byte offsets into the unit the caller asked for. Built once per
// text: a checkpoint every kStride bytes, then a short forward decode, so a
// 20 MB text costs a few hundred KB, not a table entry per byte. Text that is
// all ASCII (most English news) has the same offsets in every unit and needs
// neither.
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
  // Fastest when called in increasing order, as the lists of spans are.
  // Inline for text whose bytes are its units: most offsets need no lookup.
  // A unit count fits 32 bits as the byte count does, and writes as text faster.
  uint32_t convert(uint32_t byte) const {
    if (bytes_are_units_) return byte;
    // In the stretch of one-unit code points of the last answer, as a span's
    // end and the next span's start mostly are: no lookup (30 instructions).
    if (byte - ascii_.byte <= ascii_.length) return ascii_.units + (byte - ascii_.byte);
    return decode_to(byte);
  }

 private:
  uint32_t decode_to(uint32_t byte) const;
  static constexpr uint32_t kStride = 64;
  struct Checkpoint {
    uint32_t byte;  // a code point boundary: index * kStride or the first after it
    uint32_t units;
  };
  // The index of the last checkpoint at or before `byte`.
  size_t checkpoint_before(uint32_t byte) const;
  // Decodes forward from `from` to the first code point boundary at or after `byte`.
  Checkpoint advance(Checkpoint from, uint32_t byte) const;
  uint32_t units_of(char32_t code_point) const;

  std::string_view text_;
  bool bytes_are_units_;  // UTF-8 asked for, or the text is all ASCII
  OffsetUnit unit_;
  std::vector<Checkpoint> checkpoints_;
  // The last answer: a span's end is usually nearer to its start than to a
  // checkpoint, and the next span's start to the last span's end.
  mutable Checkpoint last_ = {0, 0};
  // The stretch between two checkpoints that decode_to() last found to hold
  // only one-unit code points: [byte, byte + length], from `units` on.
  struct Stretch {
    uint32_t byte, units, length;
  };
  mutable Stretch ascii_ = {0, 0, 0};
};

}  // namespace lede::output
