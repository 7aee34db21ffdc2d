// Batch mode: one JSON object in, one JSON object out, per line. Errors are
// answered in-line so that one bad record never stops a batch of millions.
#include <nlohmann/json.hpp>

#include "lede/lede.hpp"
#include "output/contract.hpp"
#include "output/writer.hpp"
#include "text/byte_lanes.hpp"
#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace lede {

namespace {

using json = nlohmann::ordered_json;

// The member of a batch line that gives its own reference date.
constexpr std::string_view kDateMember = "referenceDate";

// The id as the input gave it, re-serialized; invalid UTF-8 is replaced,
// since a throw would abort the wasm module.
std::string id_json(const json& id) { return id.dump(-1, ' ', false, json::error_handler_t::replace); }

std::string error_line(const json& id, std::string_view message) {
  output::JsonWriter out;
  out.begin_object();
  out.key("id");
  out.raw(id_json(id));
  out.key("error");
  out.string(message);
  out.end_object();
  return out.take();
}

// Copying and writing a JSON value recurse once per level of nesting, so a
// line like {"id":[[[[...]]]]} 100,000 levels deep would overflow the stack
// (found by hand while writing the fuzz targets). Records are flat: refuse
// lines nested deeper than any record needs, in one pass before parsing.
constexpr int kMaxNesting = 64;

bool nested_too_deep(std::string_view line) {
  int depth = 0;
  bool in_string = false, escaped = false;
  for (const char c : line) {
    if (in_string) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxNesting) return true;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return false;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The code unit of the \uXXXX escape at `pos`, or -1.
int escaped_unit(std::string_view s, size_t pos) {
  if (pos + 6 > s.size() || s[pos] != '\\' || s[pos + 1] != 'u') return -1;
  int unit = 0;
  for (size_t i = pos + 2; i < pos + 6; ++i) {
    const int h = hex_value(s[i]);
    if (h < 0) return -1;
    unit = unit * 16 + h;
  }
  return unit;
}

// JavaScript's JSON.stringify writes a lone surrogate as "\ud800", which
// strict parsers (nlohmann) reject, losing the whole record. Such escapes
// become "\ufffd" (same length) so the text is analyzed with U+FFFD there,
// as the text layer does with ill-formed UTF-8. Copies only when needed.
std::string_view replace_lone_surrogates(std::string_view line, std::string& storage) {
  auto is_high = [](int u) { return u >= 0xD800 && u <= 0xDBFF; };
  auto is_low = [](int u) { return u >= 0xDC00 && u <= 0xDFFF; };
  for (size_t pos = line.find('\\'); pos != std::string_view::npos; pos = line.find('\\', pos)) {
    const int unit = escaped_unit(line, pos);
    if (unit < 0) {
      pos += 2;  // any other escape, including "\\"
      continue;
    }
    if (is_high(unit) && is_low(escaped_unit(line, pos + 6))) {
      pos += 12;
      continue;
    }
    if (is_high(unit) || is_low(unit)) {
      if (storage.empty()) {
        storage.assign(line);
        line = storage;
      }
      storage.replace(pos + 2, 4, "fffd");
    }
    pos += 6;
  }
  return line;
}

// The usual record, {"id": ID, "text": "...", "referenceDate": "..."}, read
// without nlohmann, whose parse (it copies a string a byte at a time) was
// more instructions than the JSON answer's writing: 8% of `lede --jsonl` on
// the news corpus. It takes the members once each, in any order, with white
// space around them, the date optional; the id a whole number or a string
// of printable ASCII with no escape, which nlohmann would write back byte
// for byte; the date a valid one. Whatever else a line holds, and whatever
// the reader is unsure of (a lone surrogate, bytes that are not UTF-8), is
// left to nlohmann, so an answer does not depend on which of the two read
// the line.
class PlainRecord {
 public:
  explicit PlainRecord(std::string_view line) : line_(line) {}

  // Whether the line is such a record; if so, `id` is its JSON, `text` the
  // text and `date` its reference date (empty when it has none).
  bool read(std::string_view& id, std::string& text, std::string_view& date) {
    if (!take('{')) return false;
    bool have_id = false, have_text = false, have_date = false;
    for (int member = 0; member == 0 || !take('}'); ++member) {
      if (member > 0 && !take(',')) return false;
      const std::string_view key = member_name();
      if (key == "id" && !have_id) {
        have_id = true;
        if (!read_id(id)) return false;
      } else if (key == "text" && !have_text) {
        have_text = true;
        if (!read_text(text)) return false;
      } else if (key == kDateMember && !have_date) {
        have_date = true;
        if (!read_date(date)) return false;
      } else {
        return false;
      }
    }
    skip_space();
    return have_id && have_text && pos_ == line_.size();
  }

 private:
  void skip_space() {
    while (pos_ < line_.size() &&
           (line_[pos_] == ' ' || line_[pos_] == '\t' || line_[pos_] == '\n' || line_[pos_] == '\r')) {
      ++pos_;
    }
  }
  // Steps over `c` if it comes next.
  bool step_over(char c) {
    if (pos_ >= line_.size() || line_[pos_] != c) return false;
    ++pos_;
    return true;
  }
  // The same after white space: between tokens.
  bool take(char c) {
    skip_space();
    return step_over(c);
  }

  // A member's name and its colon; empty for a name of anything but ASCII letters.
  std::string_view member_name() {
    if (!take('"')) return {};
    const size_t start = pos_;
    while (pos_ < line_.size() && text::is_ascii_letter(static_cast<unsigned char>(line_[pos_]))) ++pos_;
    const std::string_view name = line_.substr(start, pos_ - start);
    return step_over('"') && take(':') ? name : std::string_view();
  }

  // nlohmann writes back a whole number as it was written, but for a
  // leading zero, "-0", an exponent or a fraction, and the digits past
  // 64 bits: those are not taken.
  bool read_id(std::string_view& id) {
    skip_space();
    const size_t start = pos_;
    if (pos_ < line_.size() && line_[pos_] == '"') {
      ++pos_;
      while (pos_ < line_.size() && line_[pos_] >= 0x20 && line_[pos_] < 0x7F && line_[pos_] != '"' &&
             line_[pos_] != '\\') {
        ++pos_;
      }
      if (!step_over('"')) return false;
    } else {
      if (pos_ < line_.size() && line_[pos_] == '-') ++pos_;
      const size_t digits = pos_;
      while (pos_ < line_.size() && line_[pos_] >= '0' && line_[pos_] <= '9') ++pos_;
      const size_t count = pos_ - digits;
      if (count == 0 || count > 18 || (line_[digits] == '0' && (count > 1 || digits > start))) return false;
      if (pos_ < line_.size() && (line_[pos_] == '.' || line_[pos_] == 'e' || line_[pos_] == 'E')) return false;
    }
    id = line_.substr(start, pos_ - start);
    return true;
  }

  // A valid date, written without escapes.
  bool read_date(std::string_view& date) {
    if (!take('"')) return false;
    const size_t start = pos_;
    while (pos_ < line_.size() && line_[pos_] != '"' && line_[pos_] != '\\') ++pos_;
    date = line_.substr(start, pos_ - start);
    return step_over('"') && is_reference_date(date);
  }

  // The string value, unescaped, into `text`; runs of bytes that need no
  // look are found eight at a time.
  bool read_text(std::string& text) {
    if (!take('"')) return false;
    text.reserve(line_.size() - pos_);  // the text is never longer than its JSON
    size_t run = pos_;
    for (;;) {
      while (pos_ + 8 <= line_.size()) {
        const uint64_t special = output::not_plain_lanes(text::lanes::load(line_.data() + pos_));
        if (special != 0) {
          pos_ += text::lanes::first(special);
          break;
        }
        pos_ += 8;
      }
      if (pos_ >= line_.size()) return false;
      const auto c = static_cast<unsigned char>(line_[pos_]);
      if (output::plain_byte(c)) {
        ++pos_;
      } else if (c >= 0x80) {
        const text::Decoded d = text::decode(line_, pos_);
        if (!d.valid) return false;
        pos_ += d.length;
      } else if (c == '"') {
        text.append(line_.data() + run, pos_ - run);
        ++pos_;
        return true;
      } else if (c == '\\') {
        text.append(line_.data() + run, pos_ - run);
        if (!read_escape(text)) return false;
        run = pos_;
      } else {
        return false;  // a control character, which JSON escapes
      }
    }
  }

  // The escape at pos_ (a backslash), appended to `text`.
  bool read_escape(std::string& text) {
    if (pos_ + 1 >= line_.size()) return false;
    const char kind = line_[pos_ + 1];
    static constexpr std::string_view kShort = "\"\\/bfnrt", kMeaning = "\"\\/\b\f\n\r\t";
    if (const size_t k = kShort.find(kind); k != std::string_view::npos) {
      text += kMeaning[k];
      pos_ += 2;
      return true;
    }
    const int unit = escaped_unit(line_, pos_);
    if (unit < 0 || (unit >= 0xDC00 && unit <= 0xDFFF)) return false;
    pos_ += 6;
    char32_t cp = static_cast<char32_t>(unit);
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      const int low = escaped_unit(line_, pos_);
      if (low < 0xDC00 || low > 0xDFFF) return false;
      pos_ += 6;
      cp = 0x10000 + ((cp - 0xD800) << 10) + static_cast<char32_t>(low - 0xDC00);
    }
    text::append_utf8(text, cp);
    return true;
  }

  std::string_view line_;
  size_t pos_ = 0;
};

// `options` with a line's own reference date, if it gave one.
Options with_date(const Options& options, std::string_view date) {
  Options own = options;
  if (!date.empty()) own.reference_date = date;
  return own;
}

std::string answer(std::string_view id_json, std::string_view utf8, const Options& options) {
  const Analysis analysis = analyze(utf8, options);
  output::JsonWriter out;
  out.reserve(id_json.size() + output::estimated_size(analysis));
  out.begin_object();
  out.key("id");
  out.raw(id_json);
  output::write_contract(out, analysis, utf8, options);
  out.end_object();
  return out.take();
}

}  // namespace

std::string process_jsonl_line(std::string_view line, const Options& options) {
  {
    std::string_view plain_id, plain_date;
    std::string plain_text;  // let go before nlohmann reads the line again
    if (PlainRecord(line).read(plain_id, plain_text, plain_date)) {
      return answer(plain_id, plain_text, with_date(options, plain_date));
    }
  }

  // nlohmann reports malformed input by exception unless asked not to; with
  // allow_exceptions=false it returns a discarded value instead.
  if (nested_too_deep(line)) return error_line(nullptr, "JSON nested too deeply");
  std::string repaired;
  line = replace_lone_surrogates(line, repaired);
  json record = json::parse(line.begin(), line.end(), nullptr, /*allow_exceptions=*/false);
  if (record.is_discarded()) return error_line(nullptr, "invalid JSON");
  if (!record.is_object()) return error_line(nullptr, "expected an object {\"id\", \"text\"}");
  const json id = record.contains("id") ? record["id"] : json(nullptr);
  const auto text = record.find("text");
  if (text == record.end() || !text->is_string()) return error_line(id, "missing string field \"text\"");
  std::string_view own_date;  // none, or null: the command's
  if (const auto date = record.find(kDateMember); date != record.end() && !date->is_null()) {
    if (!date->is_string() || !is_reference_date(date->get_ref<const std::string&>())) {
      return error_line(id, "\"referenceDate\" must be a date, YYYY-MM-DD");
    }
    own_date = date->get_ref<const std::string&>();
  }
  return answer(id_json(id), text->get_ref<const std::string&>(), with_date(options, own_date));
}

}  // namespace lede
