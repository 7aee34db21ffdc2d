#include "output/binary_writer.hpp"

#include <cstring>

#include "text/byte_lanes.hpp"
#include "text/utf8.hpp"

namespace lede::output {

namespace {

constexpr std::string_view kReplacementUtf8 = "\xEF\xBF\xBD";

// The bytes of `s` before its first non-ASCII byte, 8 at a time.
size_t ascii_prefix(std::string_view s) {
  size_t pos = 0;
  while (pos + 8 <= s.size() && text::lanes::non_ascii(text::lanes::load(s.data() + pos)) == 0) pos += 8;
  while (pos < s.size() && static_cast<unsigned char>(s[pos]) < 0x80) ++pos;
  return pos;
}

bool well_formed(std::string_view s) {
  for (size_t pos = ascii_prefix(s); pos < s.size();) {
    const text::Decoded d = text::decode(s, pos);
    if (!d.valid) return false;
    pos += d.length;
    pos += ascii_prefix(s.substr(pos));
  }
  return true;
}

// Empties `buffer`, keeping its memory for the next contract unless a long
// text made it large: what one long text needed is not held from then on.
template <typename Buffer>
void empty(Buffer& buffer) {
  constexpr size_t kKeptBytes = size_t{4} << 20;
  if (buffer.capacity() * sizeof(buffer[0]) > kKeptBytes) {
    Buffer().swap(buffer);
  } else {
    buffer.clear();
  }
}

}  // namespace

void BinaryWriter::begin(std::string_view text) {
  empty(words_);
  empty(doubles_);
  empty(side_);
  side_units_ = 0;
  text_ = text;
  text_units_.reset();
  if (well_formed(text)) text_units_.emplace(text, OffsetUnit::utf16);
}

uint32_t BinaryWriter::remember(size_t slot, std::string_view name) {
  uint32_t index = 0;
  for (uint32_t start = 0; index < name_ends_.size(); start = name_ends_[index++]) {
    if (std::string_view(names_).substr(start, name_ends_[index] - start) == name) break;
  }
  if (index == name_ends_.size()) {
    names_ += name;
    name_ends_.push_back(static_cast<uint32_t>(names_.size()));
  }
  // Kept at most half full, so that a search ends soon at an empty slot;
  // should strings other than static ones come, the table starts over.
  if (++seen_count_ > seen_.size() / 2) {
    seen_.fill({});
    seen_count_ = 1;
    slot = seen_slot(name.data());
  }
  seen_[slot] = {name.data(), name.size(), index};
  return index;
}

bool BinaryWriter::sliceable(std::string_view s) const {
  if (!text_units_ || s.data() < text_.data() || s.data() + s.size() > text_.data() + text_.size()) return false;
  const auto at_boundary = [&](const char* p) {
    return p == text_.data() + text_.size() || !text::is_continuation(static_cast<unsigned char>(*p));
  };
  return at_boundary(s.data()) && at_boundary(s.data() + s.size());
}

void BinaryWriter::string(std::string_view s) {
  if (sliceable(s)) {
    const auto start = static_cast<uint32_t>(s.data() - text_.data());
    push(kTextString);
    words_.push_back(text_units_->convert(start));
    words_.push_back(text_units_->convert(start + static_cast<uint32_t>(s.size())));
    return;
  }
  push(kSideString);
  words_.push_back(side_units_);
  side_units_ += append_side(s);
  words_.push_back(side_units_);
}

uint32_t BinaryWriter::append_side(std::string_view s) {
  uint32_t units = 0;
  size_t pos = 0;
  while (pos < s.size()) {
    const size_t ascii = ascii_prefix(s.substr(pos));
    side_.append(s, pos, ascii);
    units += static_cast<uint32_t>(ascii);
    pos += ascii;
    if (pos == s.size()) break;
    const text::Decoded d = text::decode(s, pos);
    if (d.valid) {
      side_.append(s, pos, d.length);
    } else {
      side_ += kReplacementUtf8;
    }
    units += text::utf16_length(d.code_point);
    pos += d.length;
  }
  return units;
}

void BinaryWriter::number(double value) {
  if (!std::isfinite(value)) return null();
  push(kDouble, static_cast<uint32_t>(doubles_.size()));
  doubles_.push_back(value);
}

}  // namespace lede::output
