#include "output/offsets.hpp"

#include <algorithm>

#include "text/byte_lanes.hpp"
#include "text/utf8.hpp"

namespace lede::output {

namespace {

// ASCII is one unit in every encoding; decoding it byte by byte was a fifth
// of the whole analysis in a profile of the news corpus, so it is skipped
// 8 bytes at a time.
constexpr uint32_t kWord = 8;

bool word_is_ascii(const char* p) { return text::lanes::non_ascii(text::lanes::load(p)) == 0; }

bool is_ascii(std::string_view text) {
  size_t pos = 0;
  uint64_t bytes = 0;  // or-ed, not tested per word: most texts are all ASCII
  for (; pos + kWord <= text.size(); pos += kWord) bytes |= text::lanes::load(text.data() + pos);
  for (; pos < text.size(); ++pos) bytes |= static_cast<unsigned char>(text[pos]);
  return text::lanes::non_ascii(bytes) == 0;
}

}  // namespace

uint32_t OffsetMap::units_of(char32_t code_point) const {
  return unit_ == OffsetUnit::utf16 ? text::utf16_length(code_point) : 1;
}

OffsetMap::OffsetMap(std::string_view text, OffsetUnit unit)
    : text_(text), bytes_are_units_(unit == OffsetUnit::utf8 || is_ascii(text)), unit_(unit) {
  if (bytes_are_units_) return;
  checkpoints_.reserve(text.size() / kStride + 2);
  const auto size = static_cast<uint32_t>(text.size());
  // A checkpoint at the first code point boundary at or past each mark.
  Checkpoint at = {0, 0};
  uint64_t mark = 0;  // 64 bits: past the last mark of a 4 GB text
  while (at.byte < size) {
    for (; mark <= at.byte; mark += kStride) checkpoints_.push_back(at);
    at = advance(at, static_cast<uint32_t>(std::min<uint64_t>(mark, size)));
  }
  checkpoints_.push_back(at);
}

uint32_t OffsetMap::decode_to(uint32_t byte) const {
  const size_t index = checkpoint_before(byte);
  Checkpoint from = checkpoints_[index];
  // As many units as bytes up to the next checkpoint: all one-byte code
  // points (ASCII, as most of a text with a few curly quotes is), so every
  // byte there is one unit and nothing needs decoding.
  if (index + 1 < checkpoints_.size()) {
    const Checkpoint next = checkpoints_[index + 1];
    if (byte <= next.byte && next.units - from.units == next.byte - from.byte) {
      ascii_ = {from.byte, from.units, next.byte - from.byte};
      return from.units + (byte - from.byte);
    }
  }
  if (last_.byte <= byte && last_.byte > from.byte) from = last_;
  last_ = advance(from, byte);
  return last_.units;
}

size_t OffsetMap::checkpoint_before(uint32_t byte) const {
  size_t index = std::min<size_t>(byte / kStride, checkpoints_.size() - 1);
  while (index > 0 && checkpoints_[index].byte > byte) --index;
  return index;
}

OffsetMap::Checkpoint OffsetMap::advance(Checkpoint from, uint32_t byte) const {
  const uint32_t limit = std::min(byte, static_cast<uint32_t>(text_.size()));
  uint32_t pos = from.byte, units = from.units;
  while (pos < limit) {
    if (limit - pos >= kWord && word_is_ascii(text_.data() + pos)) {
      pos += kWord, units += kWord;
    } else if (static_cast<unsigned char>(text_[pos]) < 0x80) {
      ++pos, ++units;
    } else {
      const auto d = text::decode(text_, pos);
      units += units_of(d.code_point);
      pos += d.length;
    }
  }
  return {pos, units};
}

}  // namespace lede::output
