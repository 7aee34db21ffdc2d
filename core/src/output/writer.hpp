// A JSON writer that appends straight into one string: no JSON values in
// memory, no allocation per item. Its output is byte for byte what
// nlohmann::json::dump(-1 or 2, ' ', false, error_handler_t::replace) writes
// for the same values, so that the contract's text does not depend on which
// of the two wrote it (tests/unit/writer_test.cpp compares them).
//
// Depends on nothing of lede but text/utf8 (for U+FFFD replacement) and
// text/byte_lanes, and on nlohmann only for its double-to-text conversion.
#pragma once

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>

#include "text/byte_lanes.hpp"

namespace lede::output {

// Whether a byte is copied as it is: ASCII that JSON does not escape.
constexpr bool plain_byte(unsigned char c) { return c >= 0x20 && c < 0x80 && c != '"' && c != '\\'; }

// The lanes of `w` that are not plain_byte()s, tested at once.
inline uint64_t not_plain_lanes(uint64_t w) {
  const uint64_t ascii = text::lanes::ascii_part(w);
  return text::lanes::non_ascii(w) | text::lanes::in_range(ascii, 0, 0x1F) | text::lanes::equal_to(ascii, '"') |
         text::lanes::equal_to(ascii, '\\');
}

// Whether all 8 bytes of `w` are plain_byte()s: most text is.
inline bool plain_word(uint64_t w) { return not_plain_lanes(w) == 0; }

// Copies the `n` bytes at `from` to `to` if none needs an escape, the common
// case, testing and copying in one pass 8 bytes at a time (the last word
// overlapping the one before; a short string as two overlapping halves), so
// that a short string costs no byte loop and no call to memcpy. Returns
// false at the first word that is not plain, the copy unfinished.
inline bool copy_plain(char* to, const char* from, size_t n) {
  if (n >= 8) {
    for (size_t i = 0; i + 8 < n; i += 8) {
      const uint64_t w = text::lanes::load(from + i);
      if (!plain_word(w)) return false;
      std::memcpy(to + i, &w, 8);
    }
    const uint64_t last = text::lanes::load(from + n - 8);
    if (!plain_word(last)) return false;
    std::memcpy(to + n - 8, &last, 8);
    return true;
  }
  if (n >= 4) {
    uint32_t head, tail;
    std::memcpy(&head, from, 4);
    std::memcpy(&tail, from + n - 4, 4);
    if (!plain_word(uint64_t{tail} << 32 | head)) return false;
    std::memcpy(to, &head, 4);
    std::memcpy(to + n - 4, &tail, 4);
    return true;
  }
  for (size_t i = 0; i < n; ++i) {
    if (!plain_byte(static_cast<unsigned char>(from[i]))) return false;
    to[i] = from[i];
  }
  return true;
}

class JsonWriter {
 public:
  // Pretty output is nlohmann's: an indent of two spaces, ": " after keys,
  // and empty containers as [] and {}.
  explicit JsonWriter(bool pretty = false) : pretty_(pretty) { end_ = limit_ = buffer_.data(); }
  // It points into its own buffer.
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  // Allocates room for `bytes` more at once, so that the usual output never
  // moves the buffer again: and for the room an object's Members make past
  // its last string (without it, a text that is one long quote copied its
  // JSON once more, and took twice the time).
  void reserve(size_t bytes) {
    const auto used = static_cast<size_t>(end_ - buffer_.data());
    buffer_.reserve(used + bytes + kObjectRoom);
    end_ = buffer_.data() + used;
    limit_ = buffer_.data() + buffer_.size();
  }

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }

  // `name` is written as is: the contract's keys are plain ASCII. Forced
  // inline: a key is most of what an item writes, and inlined with its
  // constant name it cost a sixth fewer instructions in the whole writer
  // (callgrind), which GCC does not do by itself.
  [[gnu::always_inline]] void key(std::string_view name) {
    before_value();
    char* p = room(name.size() + 4);
    *p++ = '"';
    std::memcpy(p, name.data(), name.size());
    p += name.size();
    *p++ = '"';
    *p++ = ':';
    if (pretty_) *p++ = ' ';
    end_ = p;
    state_ = kAfterKey;
  }

  // Ill-formed UTF-8 becomes U+FFFD, as nlohmann's error_handler_t::replace does.
  void string(std::string_view s);

  // Member writers: a member with a literal key and its value in one step.
  // In compact output the comma, key and colon are one copy made once room
  // for the whole member is, and the value follows with no state kept in
  // between: the contract's objects are nearly all such members, and the
  // general key-then-value steps were most of the writer's instructions.
  // Pretty output (one file at a time) takes the general steps.
  template <size_t N, typename Integer>
  [[gnu::always_inline]] void member(const char (&name)[N], Integer value) {
    static_assert(std::is_integral_v<Integer> && !std::is_same_v<Integer, bool>);
    if (pretty_) {
      key(name);
      return integer(value);
    }
    char* p = member_key(name, kMaxIntegerBytes);
    end_ = write_integer(p, value);
  }
  template <size_t N>
  [[gnu::always_inline]] void member_string(const char (&name)[N], std::string_view value) {
    if (pretty_) {
      key(name);
      return string(value);
    }
    end_ = member_key(name, 0);
    string_value(value);
  }
  // `word` is plain ASCII with nothing to escape (the contract's enum names).
  template <size_t N>
  [[gnu::always_inline]] void member_word(const char (&name)[N], std::string_view word) {
    if (pretty_) {
      key(name);
      return string(word);
    }
    char* p = member_key(name, word.size() + 2);
    *p++ = '"';
    std::memcpy(p, word.data(), word.size());
    p += word.size();
    *p++ = '"';
    end_ = p;
  }

  // Each literal copied by itself: a size known where it is copied needs no
  // call to memcpy.
  template <size_t N>
  [[gnu::always_inline]] void member_bool(const char (&name)[N], bool value) {
    value ? member_literal(name, "true") : member_literal(name, "false");
  }
  template <size_t N>
  [[gnu::always_inline]] void member_null(const char (&name)[N]) {
    member_literal(name, "null");
  }
  template <size_t N>
  void member_number(const char (&name)[N], double value) {
    if (pretty_ || !std::isfinite(value)) {
      key(name);
      return number(value);
    }
    end_ = write_number(member_key(name, kMaxNumberBytes), value);
  }

  template <size_t N, typename Strings>
  void member_strings(const char (&name)[N], const Strings& values) {
    key(name);
    begin_array();
    for (const auto& value : values) string(value);
    end_array();
  }

  template <typename Integer>
  void integer(Integer value) {
    static_assert(std::is_integral_v<Integer> && !std::is_same_v<Integer, bool>);
    char* p = separated(kMaxIntegerBytes);
    end_ = write_integer(p, value);
  }

  // Shortest round-trip form (nlohmann's Grisu2); NaN and infinities as null.
  void number(double value);
  void boolean(bool value) { literal(value ? "true" : "false"); }
  void null() { literal("null"); }

  // An object whose members `fields(w)` writes to `w`: in compact output a
  // Members, which writes them with no room check, comma state or pretty
  // branch of its own (those were a fifth of the writer's instructions on
  // c06); in pretty output this writer.
  template <typename Fields>
  void object(Fields fields) {
    if (pretty_) {
      begin_object();
      fields(*this);
      end_object();
      return;
    }
    Members members(*this);
    fields(members);
    members.close();
  }

  // Compact output: an object's members. Room for kObjectRoom bytes is made when
  // the object opens and after each string, the only member of no bounded
  // size; the members between two strings write less (a dozen numbers and
  // enum names are under 1 KB). Each member writes its comma before it, and
  // the first one's becomes the object's "{" when it closes.
  class Members {
   public:
    explicit Members(JsonWriter& out) : out_(out) {
      p_ = out_.separated(kObjectRoom);
      open_ = static_cast<size_t>(p_ - out_.buffer_.data());
    }

    template <size_t N, typename Integer>
    [[gnu::always_inline]] void member(const char (&name)[N], Integer value) {
      static_assert(std::is_integral_v<Integer> && !std::is_same_v<Integer, bool>);
      p_ = write_integer(key(name), value);
    }
    template <size_t N>
    [[gnu::always_inline]] void member_string(const char (&name)[N], std::string_view value) {
      p_ = key(name);
      string(value);
    }
    // An array of strings: each one writes its comma, the first one's becomes the "[".
    template <size_t N, typename Strings>
    void member_strings(const char (&name)[N], const Strings& values) {
      p_ = key(name);
      const size_t open = static_cast<size_t>(p_ - out_.buffer_.data());
      for (const auto& value : values) {
        *p_++ = ',';
        string(value);
      }
      p_ = closed(open, '[', ']');
    }
    // `word` is one of the contract's enum names: plain and short.
    template <size_t N>
    [[gnu::always_inline]] void member_word(const char (&name)[N], std::string_view word) {
      char* p = key(name);
      *p++ = '"';
      std::memcpy(p, word.data(), word.size());
      p += word.size();
      *p++ = '"';
      p_ = p;
    }
    template <size_t N>
    [[gnu::always_inline]] void member_bool(const char (&name)[N], bool value) {
      value ? literal(name, "true") : literal(name, "false");
    }
    template <size_t N>
    [[gnu::always_inline]] void member_null(const char (&name)[N]) {
      literal(name, "null");
    }
    template <size_t N>
    void member_number(const char (&name)[N], double value) {
      if (!std::isfinite(value)) return member_null(name);
      p_ = write_number(key(name), value);
    }

    void close() { out_.end_ = closed(open_, '{', '}'); }

   private:
    // The member's comma, key and colon; returns where its value goes.
    template <size_t N>
    [[gnu::always_inline]] char* key(const char (&name)[N]) {
      char* p = p_;
      *p++ = ',';
      *p++ = '"';
      std::memcpy(p, name, N - 1);
      p += N - 1;
      *p++ = '"';
      *p++ = ':';
      return p;
    }
    template <size_t N>
    [[gnu::always_inline]] void literal(const char (&name)[N], std::string_view word) {
      char* p = key(name);
      std::memcpy(p, word.data(), word.size());
      p_ = p + word.size();
    }
    // A string value at p_, with room made for it and kObjectRoom more.
    void string(std::string_view value) {
      out_.end_ = p_;
      char* p = out_.room(value.size() + 2 + kObjectRoom);
      *p++ = '"';
      if (copy_plain(p, value.data(), value.size())) {
        p[value.size()] = '"';
        p_ = p + value.size() + 1;
        return;
      }
      out_.escaped_string_value(p, value);  // longer than the room made: made again
      p_ = out_.room(kObjectRoom);
    }
    // Closes a container opened at `open` (from the buffer's start), where
    // its first item's comma is, or nothing; returns its end.
    char* closed(size_t open, char opening, char closing) {
      char* const at = out_.buffer_.data() + open;
      char* p = p_;
      if (p == at) ++p;  // empty
      *at = opening;
      *p++ = closing;
      return p;
    }

    JsonWriter& out_;
    char* p_;      // where the next member goes
    size_t open_;  // the object's first byte, from the buffer's start (which a string may move)
  };

  // A value serialized elsewhere, copied as is (compact output only).
  void raw(std::string_view json) {
    before_value();
    append(json);
  }

  std::string take() {
    buffer_.resize(static_cast<size_t>(end_ - buffer_.data()));
    std::string json = std::move(buffer_);
    buffer_.clear();
    end_ = limit_ = buffer_.data();
    return json;
  }

 private:
  // `word` is a literal that needs no quotes: true, false or null.
  template <size_t N>
  [[gnu::always_inline]] void member_literal(const char (&name)[N], std::string_view word) {
    if (pretty_) {
      key(name);
      return literal(word);
    }
    char* p = member_key(name, word.size());
    std::memcpy(p, word.data(), word.size());
    end_ = p + word.size();
  }
  // Where `bytes` more can be written, at `end_`. Written as raw memory, the
  // buffer is sized past what is written and cut to it by take().
  char* room(size_t bytes) {
    if (static_cast<size_t>(limit_ - end_) < bytes) grow(bytes);
    return end_;
  }
  void grow(size_t bytes);
  static constexpr size_t kMaxNumberBytes = 64;  // what nlohmann's own dump gives to_chars
  static constexpr size_t kObjectRoom = 1024;     // see Members
  static constexpr size_t kStep = 2000;           // see grow()
  // A finite `value` at `p`, which has room for kMaxNumberBytes; returns the end.
  static char* write_number(char* p, double value);
  static constexpr size_t kMaxIntegerBytes = 21;  // a sign and 20 digits: INT64_MIN, UINT64_MAX
  // `value` in decimal at `p`, which has room for kMaxIntegerBytes, as
  // std::to_chars writes it. Offsets, ids and counts are 32-bit: for
  // them the digits are counted from the bit length, not by a loop of
  // compares, and written two at a time (1.9 M of 93 M instructions of the
  // writer on c06).
  template <typename Integer>
  static char* write_integer(char* p, Integer value) {
    if constexpr (std::is_same_v<Integer, int>) {
      // Ids and counts: -1 at the least.
      if (value >= 0) return write_integer(p, static_cast<uint32_t>(value));
      return std::to_chars(p, p + kMaxIntegerBytes, value).ptr;
    } else if constexpr (!std::is_same_v<Integer, uint32_t>) {
      return std::to_chars(p, p + kMaxIntegerBytes, value).ptr;
    } else {
      static constexpr uint32_t kPowers[] = {0,      10,      100,      1000,      10000,
                                             100000, 1000000, 10000000, 100000000, 1000000000};
      static constexpr char kPairs[] =
          "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
          "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
          "8081828384858687888990919293949596979899";
      const int bits = 32 - __builtin_clz(value | 1);
      const int estimate = (bits * 1233) >> 12;  // bits * log10(2): the digits, or one too few
      char* const end = p + estimate + (value >= kPowers[estimate]);
      char* q = end;
      for (; value >= 100; value /= 100) {
        const uint32_t pair = (value % 100) * 2;
        q -= 2;
        q[0] = kPairs[pair];
        q[1] = kPairs[pair + 1];
      }
      if (value >= 10) {
        q[-2] = kPairs[value * 2];
        q[-1] = kPairs[value * 2 + 1];
      } else {
        q[-1] = static_cast<char>('0' + value);
      }
      return end;
    }
  }
  // Compact output: the member's comma (after an item), key and colon, with
  // room for `value_bytes` more after them; the member counts as an item.
  template <size_t N>
  [[gnu::always_inline]] char* member_key(const char (&name)[N], size_t value_bytes) {
    constexpr size_t kName = N - 1;
    // The state is read before any byte is written: a char store may alias it.
    const bool comma = state_ == kAfterItem;
    state_ = kAfterItem;
    char* p = room(kName + 4 + value_bytes);
    *p = ',';
    p += comma;
    *p++ = '"';
    std::memcpy(p, name, kName);
    p += kName;
    *p++ = '"';
    *p++ = ':';
    return p;
  }
  // A string value at end_, its separator written. Inline: most strings
  // need no escape, and the call cost a fifth of writing one.
  void string_value(std::string_view s) {
    char* p = room(s.size() + 2);
    *p++ = '"';
    if (!copy_plain(p, s.data(), s.size())) return escaped_string_value(p, s);
    p[s.size()] = '"';
    end_ = p + s.size() + 1;
  }
  // The rest of string_value() once a byte needs an escape; `at` follows the opening quote.
  void escaped_string_value(char* at, std::string_view s);
  void append(char c) {
    *room(1) = c;
    ++end_;
  }
  void append(std::string_view s) {
    if (s.empty()) return;  // its data() may be null, which memcpy may not take
    std::memcpy(room(s.size()), s.data(), s.size());
    end_ += s.size();
  }
  void append_escaped(std::string_view s);
  void literal(std::string_view word) {
    char* p = separated(word.size());
    std::memcpy(p, word.data(), word.size());
    end_ = p + word.size();
  }

  void open(char bracket) {
    char* p = separated(1);
    *p = bracket;
    end_ = p + 1;
    ++depth_;
    state_ = kFirst;
  }
  void close(char bracket) {
    --depth_;
    if (pretty_ && state_ != kFirst) new_line();
    append(bracket);
    state_ = kAfterItem;  // the container just closed is an item of its parent
  }

  // The separator (and in pretty output the line break) an item needs
  // before it; a member's value needs none after its key.
  void before_value() {
    if (pretty_) return before_pretty_value();
    if (state_ == kAfterItem) append(',');
    state_ = kAfterItem;
  }
  void before_pretty_value();
  void new_line();
  // Room for an item of `bytes` with the separator it needs before it
  // written: in compact output, one room check for the comma and the item.
  char* separated(size_t bytes) {
    if (pretty_) {
      before_pretty_value();
      return room(bytes);
    }
    const bool comma = state_ == kAfterItem;
    state_ = kAfterItem;
    char* p = room(bytes + 1);
    *p = ',';
    return p + comma;
  }

  std::string buffer_;
  char* end_;    // of the bytes written
  char* limit_;  // of the buffer
  bool pretty_;
  int depth_ = 0;
  enum State : uint8_t {
    kFirst,      // the innermost open container has no item yet
    kAfterItem,  // the next item needs a comma
    kAfterKey,   // the next value is a member's, its key written
  } state_ = kFirst;
};

}  // namespace lede::output
