// Embind bindings: text in, the contract out. No analysis logic here.
//
// analyzeStream is the path that wasm/lede.js takes: the caller writes the
// text as UTF-8 straight into wasm memory (TextEncoder.encodeInto), and reads
// the contract as a word stream (output/binary_writer.hpp) from which it
// builds the objects itself, so that no JSON is written or parsed and nothing
// crosses through Embind's std::string conversions, which walk every byte in
// JavaScript. analyzeUtf8 gives the JSON the same way (tests/bench compares
// the two). analyzeJson takes and returns JS strings, for users of the
// CommonJS build.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "lede/lede.hpp"
#include "output/binary_writer.hpp"
#include "output/contract.hpp"

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

// The last analyzeStream call's: the stream's strings are pieces of its text
// (HTML input: of its plain text), and the writer's names and buffers are
// kept from call to call.
lede::Analysis last_analysis;
lede::output::BinaryWriter stream;

// Where the stream's parts are in wasm memory, as wasm/lede.js reads them:
// each an address and a size (in words, doubles, bytes or names).
struct StreamParts {
  uint32_t words, word_count;
  uint32_t doubles, double_count;
  uint32_t side, side_bytes;
  uint32_t text, text_bytes;
  uint32_t names, name_ends, name_count;
};
StreamParts parts;

template <typename T>
uint32_t address(const T* p) {
  return static_cast<uint32_t>(reinterpret_cast<uintptr_t>(p));
}

// `text` as for analyze_utf8. Returns a Uint32Array over the StreamParts,
// valid until the next call.
emscripten::val analyze_stream(uintptr_t text, size_t size, const std::string& offsets,
                               const std::string& reference_date) {
  const std::string_view utf8(reinterpret_cast<const char*>(text), size);
  const lede::Options options = make_options(offsets, reference_date);
  last_analysis = lede::Analysis();  // freed first, as last_json
  last_analysis = lede::analyze(utf8, options);
  const std::string_view contract_text = lede::output::contract_text(last_analysis, utf8);
  stream.begin(contract_text);
  stream.begin_object();
  lede::output::write_contract(stream, last_analysis, utf8, options);
  stream.end_object();
  parts = {address(stream.words().data()), static_cast<uint32_t>(stream.words().size()),
           address(stream.doubles().data()), static_cast<uint32_t>(stream.doubles().size()),
           address(stream.side().data()), static_cast<uint32_t>(stream.side().size()),
           address(contract_text.data()), static_cast<uint32_t>(contract_text.size()),
           address(stream.names().data()), address(stream.name_ends().data()),
           static_cast<uint32_t>(stream.name_ends().size())};
  return emscripten::val(emscripten::typed_memory_view(sizeof parts / sizeof(uint32_t),
                                                       reinterpret_cast<const uint32_t*>(&parts)));
}

std::string version() { return std::string(lede::version()); }
bool is_reference_date(const std::string& date) { return lede::is_reference_date(date); }

}  // namespace

EMSCRIPTEN_BINDINGS(lede) {
  emscripten::function("analyzeStream", &analyze_stream);
  emscripten::function("analyzeUtf8", &analyze_utf8);
  emscripten::function("analyzeJson", &analyze_json);
  emscripten::function("version", &version);
  emscripten::function("isReferenceDate", &is_reference_date);
}
