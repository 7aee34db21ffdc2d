// libFuzzer target: analyze() + to_json() on any bytes must return valid JSON
// whose spans lie inside the text, in order. Run with scripts/fuzz.
// Depends on the public API only (and nlohmann to check the output).
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <nlohmann/json.hpp>

#include "lede/lede.hpp"

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
  const std::string out = lede::to_json(analysis, text, options);
  const auto json = nlohmann::json::parse(out, nullptr, /*allow_exceptions=*/false);
  check(!json.is_discarded() && json.is_object());
  const uint64_t length = json.at("length").get<uint64_t>();
  check(length <= size);
  for (const char* list : {"paragraphs", "mentions", "numbers", "quotes", "boilerplate"}) {
    check_spans(json.at(list), length);
  }
  return 0;
}
