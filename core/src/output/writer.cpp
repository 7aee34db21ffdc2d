#include "output/writer.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include <nlohmann/detail/conversions/to_chars.hpp>

#include "text/byte_lanes.hpp"
#include "text/utf8.hpp"

namespace lede::output {

namespace {

enum ByteClass : uint8_t { kPlain, kEscaped, kMultibyte };

// Plain bytes are copied in runs; only the others need a look of their own.
constexpr std::array<uint8_t, 256> kByteClass = [] {
  std::array<uint8_t, 256> classes{};
  for (int c = 0; c < 256; ++c) {
    if (!plain_byte(static_cast<unsigned char>(c))) classes[c] = c >= 0x80 ? kMultibyte : kEscaped;
  }
  return classes;
}();

bool eight_plain(const char* p) { return plain_word(text::lanes::load(p)); }

constexpr std::string_view kReplacementUtf8 = "\xEF\xBF\xBD";

// nlohmann's escapes: the short forms JSON has, else \u00xx in lower case.
std::string_view escape(unsigned char c, char (&storage)[6]) {
  switch (c) {
    case '"': return "\\\"";
    case '\\': return "\\\\";
    case '\b': return "\\b";
    case '\f': return "\\f";
    case '\n': return "\\n";
    case '\r': return "\\r";
    case '\t': return "\\t";
    default: {
      static constexpr char kHex[] = "0123456789abcdef";
      const char escaped[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
      std::memcpy(storage, escaped, sizeof escaped);
      return {storage, sizeof escaped};
    }
  }
}

}  // namespace

void JsonWriter::string(std::string_view s) {
  before_value();
  string_value(s);
}

void JsonWriter::escaped_string_value(char* at, std::string_view s) {
  end_ = at;  // the part copied is written again, escaped
  append_escaped(s);
  append('"');
}

// Copies `s` escaped, holding back a run of bytes that need no change until
// a byte that does. Well-formed multi-byte sequences join the run; each
// maximal ill-formed subpart becomes one U+FFFD, which is what nlohmann's
// replace handler and browsers' TextDecoder do.
void JsonWriter::append_escaped(std::string_view s) {
  const char* const begin = s.data();
  const char* const end = begin + s.size();
  const char* run = begin;
  const char* p = begin;
  auto flush_run = [&] { append({run, static_cast<size_t>(p - run)}); };
  while (p < end) {
    if (end - p >= 8 && eight_plain(p)) {
      p += 8;
      continue;
    }
    const auto c = static_cast<unsigned char>(*p);
    const uint8_t byte_class = kByteClass[c];
    if (byte_class == kPlain) {
      ++p;
    } else if (byte_class == kMultibyte) {
      const text::Decoded d = text::decode(s, static_cast<size_t>(p - begin));
      if (!d.valid) {
        flush_run();
        append(kReplacementUtf8);
        run = p + d.length;
      }
      p += d.length;
    } else {
      flush_run();
      char storage[6];
      append(escape(c, storage));
      run = ++p;
    }
  }
  flush_run();
}

void JsonWriter::number(double value) {
  if (!std::isfinite(value)) return null();
  end_ = write_number(separated(kMaxNumberBytes), value);
}

char* JsonWriter::write_number(char* p, double value) {
  // Most numbers in news are whole: written as an integer and ".0", which is
  // what Grisu2 and nlohmann's format give for a whole number under 10^15
  // (then it switches to an exponent), at a fraction of the cost.
  if (std::fabs(value) < 1e15 && value == std::trunc(value)) {
    if (std::signbit(value)) *p++ = '-';
    p = std::to_chars(p, p + kMaxNumberBytes - 3, static_cast<uint64_t>(std::fabs(value))).ptr;
    *p++ = '.';
    *p++ = '0';
    return p;
  }
  return nlohmann::detail::to_chars(p, p + kMaxNumberBytes, value);
}

// The buffer is sized a step at a time, as it is written: resize()
// zero-fills what it adds, and sized at once to what reserve() asked for,
// its zero-filling was 1% of the instructions of lede-bench on c06 (fills
// under 2 KB are vector stores in glibc; larger ones are `rep stosb`,
// which valgrind counts as an instruction a byte). Its capacity still grows
// geometrically (std::string's own resize()), or was reserved.
void JsonWriter::grow(size_t bytes) {
  const auto used = static_cast<size_t>(end_ - buffer_.data());
  buffer_.resize(used + std::max(bytes, kStep));
  end_ = buffer_.data() + used;
  limit_ = buffer_.data() + buffer_.size();
}

void JsonWriter::before_pretty_value() {
  const State previous = state_;
  state_ = kAfterItem;
  if (previous == kAfterKey || depth_ == 0) return;
  if (previous == kAfterItem) append(',');
  new_line();
}

void JsonWriter::new_line() {
  const size_t indent = 2 * static_cast<size_t>(depth_);
  char* p = room(1 + indent);
  *p = '\n';
  std::memset(p + 1, ' ', indent);
  end_ += 1 + indent;
}

}  // namespace lede::output
