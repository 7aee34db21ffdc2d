// libFuzzer target: analyze() + to_json() on any bytes must return valid JSON
// whose spans lie inside the text, in order; and where the text was read as
// HTML, its blanked copy must have the original's characters at the same
// places in every offset unit. Run with scripts/fuzz. Depends on the public
// API, nlohmann to check the output, and the UTF-8 decoder for the copy.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <nlohmann/json.hpp>

#include "lede/lede.hpp"
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

// Each character of `copy` starts where one of `text` does and takes as many
// bytes, UTF-16 units and code points: every offset means the same in both.
void check_same_offsets(std::string_view text, std::string_view copy) {
  check(copy.size() == text.size());
  for (size_t pos = 0; pos < text.size();) {
    const lede::text::Decoded a = lede::text::decode(text, pos), b = lede::text::decode(copy, pos);
    check(a.length == b.length && lede::text::utf16_length(a.code_point) == lede::text::utf16_length(b.code_point));
    pos += a.length;
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
  if (!analysis.plain_text.empty()) check_same_offsets(text, analysis.plain_text);
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
