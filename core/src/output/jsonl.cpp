// Batch mode: one JSON object in, one JSON object out, per line. Errors are
// answered in-line so that one bad record never stops a batch of millions.
#include <nlohmann/json.hpp>

#include "lede/lede.hpp"
#include "output/contract.hpp"

namespace lede {

namespace {

using json = nlohmann::ordered_json;

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

}  // namespace

std::string process_jsonl_line(std::string_view line, const Options& options) {
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

  const std::string& utf8 = text->get_ref<const std::string&>();
  const Analysis analysis = analyze(utf8, options);
  const std::string id_text = id_json(id);
  output::JsonWriter out;
  out.reserve(id_text.size() + output::estimated_size(analysis));
  out.begin_object();
  out.key("id");
  out.raw(id_text);
  output::write_contract(out, analysis, utf8, options);
  out.end_object();
  return out.take();
}

}  // namespace lede
