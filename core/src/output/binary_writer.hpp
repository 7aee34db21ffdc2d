// The contract as a stream of tagged 32-bit words, from which wasm/lede.js
// builds the JS objects straight out of wasm memory: the same walk as the
// JSON (output/contract.hpp writes to either), without the text that
// JSON.parse then has to read back (17 of 107 ms of the API on c06).
//
// A word's low 4 bits are its Tag, the rest its payload. Keys and words (the
// contract's enum names) are interned: their payload is an index into
// names(), which only grows, so that a reader keeps the names it has already
// decoded. Strings are [start, end) in UTF-16 units of one of two texts,
// which the reader decodes once each and slices: the analyzed text, where the
// string is a piece of it at code point boundaries and the text is
// well-formed UTF-8, else side(), where the string is copied well-formed.
// Either way the string is what the JSON writer writes: ill-formed bytes as
// U+FFFD, as TextDecoder decodes them. Doubles are kept as they are: the
// JSON writer prints digits that read back as the same double (Grisu2;
// tests/unit/binary_writer_test.cpp), so JSON.parse gives the value the
// stream holds.
#pragma once

#include <array>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "output/offsets.hpp"

namespace lede::output {

class BinaryWriter {
 public:
  // wasm/lede.js reads these values: change both together.
  enum Tag : uint32_t {
    kObject,      // members (a key, then its value) follow up to kEnd
    kArray,       // values follow up to kEnd
    kEnd,
    kKey,         // payload: the name's index
    kInteger,     // payload: the value, signed (27 bits and a sign)
    kDouble,      // payload: an index into doubles()
    kTextString,  // two words follow: its [start, end) in the analyzed text
    kSideString,  // two words follow: its [start, end) in side()
    kWord,        // payload: the name's index
    kTrue,
    kFalse,
    kNull,
  };
  static constexpr uint32_t kTagBits = 4;

  // Starts a new contract whose text fields are pieces of `text` (which must
  // outlive the reading of the stream). Names stay.
  void begin(std::string_view text);

  void begin_object() { push(kObject); }
  void end_object() { push(kEnd); }
  void begin_array() { push(kArray); }
  void end_array() { push(kEnd); }
  // `name` and `word` are remembered by their address, as well as by their
  // bytes: they must be literals or other static strings, whose address
  // never holds other bytes.
  void key(std::string_view name) { push(kKey, intern(name)); }
  void word(std::string_view word) { push(kWord, intern(word)); }
  void string(std::string_view s);
  template <typename Integer>
  void integer(Integer value) {
    static_assert(std::is_integral_v<Integer> && !std::is_same_v<Integer, bool>);
    bool fits;
    if constexpr (std::is_signed_v<Integer>) {
      fits = value >= kMinInline && value <= kMaxInline;
    } else {
      fits = value <= static_cast<uint32_t>(kMaxInline);
    }
    if (fits) return push(kInteger, static_cast<uint32_t>(value));
    number(static_cast<double>(value));
  }
  // NaN and infinities as null, as in the JSON.
  void number(double value);
  void boolean(bool value) { push(value ? kTrue : kFalse); }
  void null() { push(kNull); }

  // The members of JsonWriter that the contract uses, with its names.
  template <typename Fields>
  void object(Fields fields) {
    begin_object();
    fields(*this);
    end_object();
  }
  template <typename Integer>
  void member(std::string_view name, Integer value) {
    key(name);
    integer(value);
  }
  void member_string(std::string_view name, std::string_view value) {
    key(name);
    string(value);
  }
  void member_word(std::string_view name, std::string_view value) {
    key(name);
    word(value);
  }
  void member_bool(std::string_view name, bool value) {
    key(name);
    boolean(value);
  }
  template <typename Strings>
  void member_strings(std::string_view name, const Strings& values) {
    key(name);
    begin_array();
    for (const auto& value : values) string(value);
    end_array();
  }
  void member_null(std::string_view name) {
    key(name);
    null();
  }
  void member_number(std::string_view name, double value) {
    key(name);
    number(value);
  }

  const std::vector<uint32_t>& words() const { return words_; }
  const std::vector<double>& doubles() const { return doubles_; }
  // Well-formed UTF-8.
  const std::string& side() const { return side_; }
  std::string_view text() const { return text_; }
  // All names, one after another; name i ends at name_ends()[i].
  const std::string& names() const { return names_; }
  const std::vector<uint32_t>& name_ends() const { return name_ends_; }

 private:
  static constexpr int32_t kMaxInline = (int32_t{1} << (31 - kTagBits)) - 1;
  static constexpr int32_t kMinInline = -kMaxInline - 1;

  void push(Tag tag, uint32_t payload = 0) { words_.push_back(payload << kTagBits | tag); }
  // The name's index, found by its address: inline, as a key is most of
  // what the stream holds, and the first search by address cost more than
  // the rest of the writer (c06, natively).
  uint32_t intern(std::string_view name) {
    for (size_t slot = seen_slot(name.data());; slot = (slot + 1) % seen_.size()) {
      const Seen& seen = seen_[slot];
      if (seen.data == nullptr) return remember(slot, name);
      if (seen.data == name.data() && seen.size == name.size()) return seen.index;
    }
  }
  static size_t seen_slot(const char* address) {
    return static_cast<size_t>((reinterpret_cast<uintptr_t>(address) * uint64_t{0x9E3779B97F4A7C15}) >> 56);
  }
  // The index of `name`, by its bytes (added if new), remembered at `slot`.
  uint32_t remember(size_t slot, std::string_view name);
  // Whether `s` is a piece of text_ that the reader can slice from it.
  bool sliceable(std::string_view s) const;
  // Copies `s` to side_ well-formed; returns its length there in UTF-16 units.
  uint32_t append_side(std::string_view s);

  std::vector<uint32_t> words_;
  std::vector<double> doubles_;
  std::string side_;
  uint32_t side_units_ = 0;  // side_'s length in UTF-16 units
  std::string_view text_;
  std::optional<OffsetMap> text_units_;  // set when text_ is well-formed

  std::string names_;
  std::vector<uint32_t> name_ends_;
  // The names by address, in open addressing: each address (the contract
  // has a few dozen) is searched for by its bytes once.
  struct Seen {
    const char* data = nullptr;
    size_t size = 0;
    uint32_t index = 0;
  };
  std::array<Seen, 256> seen_{};  // seen_slot() gives 8 bits
  size_t seen_count_ = 0;
};

}  // namespace lede::output
