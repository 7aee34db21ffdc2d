// Embind bindings: one string in, one JSON string out. No analysis logic here.
#include <emscripten/bind.h>

#include <string>

#include "lede/lede.hpp"

namespace {

// offsets: "utf16" (default), "utf8" or "codepoint"; referenceDate: "YYYY-MM-DD" or "".
std::string analyze_json(const std::string& text, const std::string& offsets,
                         const std::string& reference_date) {
  lede::Options options;
  options.offsets = lede::parse_offset_unit(offsets).value_or(lede::OffsetUnit::utf16);
  options.reference_date = reference_date;
  return lede::analyze_to_json(text, options);
}

std::string version() { return std::string(lede::version()); }

}  // namespace

EMSCRIPTEN_BINDINGS(lede) {
  emscripten::function("analyzeJson", &analyze_json);
  emscripten::function("version", &version);
}
