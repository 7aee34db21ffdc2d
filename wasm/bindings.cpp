// Embind bindings: text in, one JSON string out. No analysis logic here.
//
// analyzeUtf8 is the fast path that wasm/lede.js takes: the caller writes the
// text as UTF-8 straight into wasm memory (TextEncoder.encodeInto) and decodes
// the JSON from a view of wasm memory (TextDecoder), so neither crosses through
// Embind's std::string conversions, which walk every byte in JavaScript.
// analyzeJson takes and returns JS strings, for users of the CommonJS build.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "lede/lede.hpp"

namespace {

// offsets: "utf16" (default), "utf8" or "codepoint"; referenceDate: "YYYY-MM-DD" or "".
lede::Options make_options(const std::string& offsets, const std::string& reference_date) {
  lede::Options options;
  options.offsets = lede::parse_offset_unit(offsets).value_or(lede::OffsetUnit::utf16);
  options.reference_date = reference_date;
  return options;
}

std::string analyze_json(const std::string& text, const std::string& offsets,
                         const std::string& reference_date) {
  return lede::analyze_to_json(text, make_options(offsets, reference_date));
}

// The JSON of the last analyzeUtf8 call: the view returned points into it, so
// it must outlive the call; the next call replaces it.
std::string last_json;

// `text` is the wasm address of `size` UTF-8 bytes (owned by the caller).
// Returns a Uint8Array over the JSON, valid until the next call or until
// memory grows, so the caller decodes it at once.
emscripten::val analyze_utf8(uintptr_t text, size_t size, const std::string& offsets,
                             const std::string& reference_date) {
  const std::string_view utf8(reinterpret_cast<const char*>(text), size);
  std::string().swap(last_json);  // freed first: the last answer and the next need not be held at once
  last_json = lede::analyze_to_json(utf8, make_options(offsets, reference_date));
  return emscripten::val(emscripten::typed_memory_view(last_json.size(), last_json.data()));
}

std::string version() { return std::string(lede::version()); }

}  // namespace

EMSCRIPTEN_BINDINGS(lede) {
  emscripten::function("analyzeUtf8", &analyze_utf8);
  emscripten::function("analyzeJson", &analyze_json);
  emscripten::function("version", &version);
}
