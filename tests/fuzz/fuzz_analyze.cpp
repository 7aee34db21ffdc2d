// libFuzzer target: analyze() + to_json() on any bytes must return valid JSON
// whose spans lie inside the text, in order; where the text was read as
// HTML, its blanked copy must have the original's characters at the same
// places in every offset unit; and the word stream that wasm/lede.js builds
// its objects from must read back as the same JSON, key for key. Run with
// scripts/fuzz. Depends on the public API, nlohmann to check the output, the
// UTF-8 decoder, and the stream's writer.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "lede/lede.hpp"
#include "output/binary_writer.hpp"
#include "output/contract.hpp"
#include "text/utf8.hpp"

namespace {

void check(bool ok) {
  if (!ok) std::abort();  // libFuzzer reports the input that broke an invariant
}

void check_spans(const nlohmann::json& list, uint64_t length) {
  check(list.is_array());
  uint64_t previous = 0;
  for (const auto& item : list) {
    const uint64_t start = item.at("start").get<uint64_t>(), end = item.at("end").get<uint64_t>();
    check(start <= end && end <= length && start >= previous);
    previous = start;
  }
}

// A currency's sign that replaced its character reference ("&pound;" as
// "£" and five spaces): the reference's end, or 0.
size_t currency_reference_end(std::string_view text, std::string_view copy, size_t pos, char32_t sign) {
  if (text[pos] != '&' || (sign != 0xA2 && sign != 0xA3 && sign != 0xA5 && sign != 0x20AC)) return 0;
  const size_t semicolon = text.find(';', pos);
  if (semicolon == std::string_view::npos) return 0;
  const size_t sign_end = pos + lede::text::decode(copy, pos).length;
  for (size_t k = sign_end; k <= semicolon; ++k) {
    if (copy[k] != ' ') return 0;
  }
  return semicolon + 1;
}

// Each character of `copy` starts where one of `text` does and takes as many
// bytes, UTF-16 units and code points: every offset means the same in both.
// Only a currency's reference in HTML differs, read as its sign: the spans'
// offsets are counted over the input.
void check_same_offsets(std::string_view text, std::string_view copy) {
  check(copy.size() == text.size());
  for (size_t pos = 0; pos < text.size();) {
    const lede::text::Decoded a = lede::text::decode(text, pos), b = lede::text::decode(copy, pos);
    if (const size_t end = currency_reference_end(text, copy, pos, b.code_point)) {
      pos = end;
      continue;
    }
    check(a.length == b.length && lede::text::utf16_length(a.code_point) == lede::text::utf16_length(b.code_point));
    pos += a.length;
  }
}

// `text` in UTF-16 units, ill-formed bytes as U+FFFD, as TextDecoder gives it.
std::u16string utf16(std::string_view text) {
  std::u16string out;
  for (size_t pos = 0; pos < text.size();) {
    const lede::text::Decoded d = lede::text::decode(text, pos);
    if (d.code_point >= 0x10000) {
      out.push_back(static_cast<char16_t>(0xD800 + ((d.code_point - 0x10000) >> 10)));
      out.push_back(static_cast<char16_t>(0xDC00 + ((d.code_point - 0x10000) & 0x3FF)));
    } else {
      out.push_back(static_cast<char16_t>(d.code_point));
    }
    pos += d.length;
  }
  return out;
}

// UTF-16 units back to UTF-8; a lone surrogate is a slice cut inside a character.
std::string utf8(std::u16string_view units) {
  std::string out;
  for (size_t i = 0; i < units.size(); ++i) {
    char32_t cp = units[i];
    if (cp >= 0xD800 && cp < 0xDC00) {
      check(i + 1 < units.size() && units[i + 1] >= 0xDC00 && units[i + 1] < 0xE000);
      cp = 0x10000 + ((cp - 0xD800) << 10) + (units[++i] - 0xDC00);
    } else {
      check(cp < 0xDC00 || cp >= 0xE000);
    }
    lede::text::append_utf8(out, cp);
  }
  return out;
}

// Reads the stream back as wasm/lede.js does, into JSON.
class StreamReader {
 public:
  using Writer = lede::output::BinaryWriter;
  explicit StreamReader(const Writer& stream)
      : stream_(stream), text_(utf16(stream.text())), side_(utf16(stream.side())) {}

  nlohmann::ordered_json value() {
    const uint32_t word = next();
    const uint32_t payload = word >> Writer::kTagBits;
    switch (word & ((1u << Writer::kTagBits) - 1)) {
      case Writer::kObject: {
        auto object = nlohmann::ordered_json::object();
        for (uint32_t key = next(); (key & ((1u << Writer::kTagBits) - 1)) == Writer::kKey; key = next()) {
          object[name(key >> Writer::kTagBits)] = value();
        }
        return object;
      }
      case Writer::kArray: {
        auto array = nlohmann::ordered_json::array();
        while ((peek() & ((1u << Writer::kTagBits) - 1)) != Writer::kEnd) array.push_back(value());
        next();
        return array;
      }
      case Writer::kInteger: return static_cast<int32_t>(word) >> Writer::kTagBits;
      case Writer::kDouble: return stream_.doubles().at(payload);
      case Writer::kTextString: return slice(text_);
      case Writer::kSideString: return slice(side_);
      case Writer::kWord: return name(payload);
      case Writer::kTrue: return true;
      case Writer::kFalse: return false;
      case Writer::kNull: return nullptr;
    }
    check(false);
    return nullptr;
  }

 private:
  uint32_t peek() const { return stream_.words().at(pos_); }
  uint32_t next() { return stream_.words().at(pos_++); }
  std::string name(uint32_t index) const {
    const auto& ends = stream_.name_ends();
    const uint32_t start = index == 0 ? 0 : ends.at(index - 1);
    return stream_.names().substr(start, ends.at(index) - start);
  }
  std::string slice(const std::u16string& text) {
    const uint32_t start = next(), end = next();
    check(start <= end && end <= text.size());
    return utf8(std::u16string_view(text).substr(start, end - start));
  }

  const Writer& stream_;
  std::u16string text_, side_;
  size_t pos_ = 0;
};

// The stream of the contract, read back, is the JSON's object in its order.
void check_stream(const lede::Analysis& analysis, std::string_view text, const lede::Options& options,
                  std::string_view json) {
  lede::output::BinaryWriter stream;
  stream.begin(lede::output::contract_text(analysis, text));
  stream.begin_object();
  lede::output::write_contract(stream, analysis, text, options);
  stream.end_object();
  check(StreamReader(stream).value() == nlohmann::ordered_json::parse(json));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  // Every offset unit gets its share of inputs, chosen without using up bytes
  // of the text so that seeds stay as they are.
  lede::Options options;
  options.offsets = size % 3 == 0 ? lede::OffsetUnit::utf16 : size % 3 == 1 ? lede::OffsetUnit::utf8
                                                                            : lede::OffsetUnit::codepoint;
  const lede::Analysis analysis = lede::analyze(text, options);
  check(analysis.length == size);
  if (!analysis.plain_text.empty()) check_same_offsets(text, analysis.plain_text);
  const std::string out = lede::to_json(analysis, text, options);
  const auto json = nlohmann::json::parse(out, nullptr, /*allow_exceptions=*/false);
  check(!json.is_discarded() && json.is_object());
  const uint64_t length = json.at("length").get<uint64_t>();
  check(length <= size);
  for (const char* list : {"paragraphs", "mentions", "numbers", "quotes", "boilerplate"}) {
    check_spans(json.at(list), length);
  }
  check_stream(analysis, text, options, out);
  return 0;
}
