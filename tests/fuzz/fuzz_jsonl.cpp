// libFuzzer target: process_jsonl_line() answers any line with exactly one
// line of valid JSON carrying "id" (and either the analysis or "error").
// Half of the inputs are wrapped as {"id":..,"text":<bytes>} so that the
// analysis behind the reader is reached too. Run with scripts/fuzz.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "lede/lede.hpp"

namespace {

void check(bool ok) {
  if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::string line;
  if (!bytes.empty() && (bytes[0] & 1)) {
    // The text as a JSON string; invalid UTF-8 is replaced by the writer, as
    // an upstream producer of JSONL would.
    bytes.remove_prefix(1);
    line = nlohmann::json{{"id", size}, {"text", std::string(bytes)}}.dump(
        -1, ' ', false, nlohmann::json::error_handler_t::replace);
  } else {
    line.assign(bytes);
  }
  lede::Options options;
  options.offsets = size % 2 ? lede::OffsetUnit::utf16 : lede::OffsetUnit::codepoint;
  const std::string out = lede::process_jsonl_line(line, options);
  check(out.find('\n') == std::string::npos);  // one line in, one line out
  const auto json = nlohmann::json::parse(out, nullptr, /*allow_exceptions=*/false);
  check(!json.is_discarded() && json.is_object() && json.contains("id"));
  check(json.contains("error") || json.contains("version"));
  return 0;
}
