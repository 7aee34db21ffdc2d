#include "numbers/temperature_scale.hpp"

#include <algorithm>
#include <iterator>
#include <string_view>

#include "text/chars.hpp"

namespace lede::numbers {

namespace {

constexpr std::string_view kDegrees = "\xC2\xB0";  // °

bool is_scaled_temperature(const Number& n) { return n.unit == "°C" || n.unit == "°F"; }

// The scale all the text's scaled temperatures share, or an empty view.
std::string_view text_scale(const std::vector<Number>& numbers) {
  std::string_view scale;
  for (const Number& n : numbers) {
    if (!is_scaled_temperature(n)) continue;
    if (!scale.empty() && scale != n.unit) return {};
    scale = n.unit;
  }
  return scale;
}

// "a 180-degree turn", "51°N", "51°30", "a 45 degree angle", "36 degrees
// north": degrees of a turn or a bearing.
bool written_as_angle(const text::Document& doc, const Number& n) {
  const std::string_view written = doc.slice(n.span.start, n.span.end);
  if (written.find("-degree") != std::string_view::npos) return true;
  const std::string_view after = doc.text.substr(n.span.end, 16);
  if (!after.empty() && written.size() >= kDegrees.size() &&
      written.substr(written.size() - kDegrees.size()) == kDegrees &&
      (text::is_digit(after[0]) || after[0] == 'N' || after[0] == 'S' || after[0] == 'E' || after[0] == 'W')) {
    return true;
  }
  const size_t word = after.find_first_not_of(' ');
  if (word == std::string_view::npos) return false;
  // "a 45 degree angle", "36 degrees north", "10 degrees of latitude".
  static constexpr std::string_view kAngleWords[] = {"angle", "turn", "north", "south", "east", "west", "of lat",
                                                     "of long"};
  const std::string_view next = after.substr(word);
  return std::any_of(std::begin(kAngleWords), std::end(kAngleWords),
                     [&](std::string_view w) { return next.substr(0, w.size()) == w; });
}

// Whether the sentence before `n` tells of the weather ("highs of", "temperatures").
bool told_of_weather(const text::Document& doc, const Number& n) {
  static constexpr std::string_view kWords[] = {
      "temperature", "temperatures", "heat",    "heatwave", "highs",   "lows",    "high",   "low",
      "mercury",     "weather",      "hottest", "coldest",  "warmest", "forecast", "thermometer"};
  constexpr uint32_t kWordsBack = 20;
  const uint32_t at = doc.first_token_from(n.span.start);
  const auto sentence = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), n.span.start,
                                         [](uint32_t start, const text::Sentence& s) { return start < s.start; });
  const uint32_t first = sentence == doc.sentences.begin() ? 0 : std::prev(sentence)->first_token;
  for (uint32_t k = at; k > first && at - k < kWordsBack; --k) {
    const std::string_view w = doc.token_text(k - 1);
    const auto is_w = [&](std::string_view x) { return text::same_ignoring_case(w, x); };
    if (std::any_of(std::begin(kWords), std::end(kWords), is_w)) return true;
  }
  return false;
}

// "°F" when the text tells of a weather's heat in bare degrees that no
// Celsius reaches ("highs near 110 degrees"): all its bare degrees are
// Fahrenheit ("at or above 100 degrees", "in the 70s").
std::string_view heat_scale(const text::Document& doc, const std::vector<Number>& numbers) {
  constexpr double kHotterThanAnyCelsius = 60;  // no weather on Earth reaches 60°C
  for (const Number& n : numbers) {
    if (n.unit != kDegrees || !n.value || *n.value <= kHotterThanAnyCelsius) continue;
    if (!written_as_angle(doc, n) && told_of_weather(doc, n)) return "°F";
  }
  return {};
}

}  // namespace

void apply_temperature_scale(const text::Document& doc, std::vector<Number>& numbers) {
  const auto bare = [](const Number& n) { return n.unit.size() == kDegrees.size() && n.unit == kDegrees; };
  if (std::none_of(numbers.begin(), numbers.end(), bare)) return;
  std::string_view scale = text_scale(numbers);
  if (scale.empty()) scale = heat_scale(doc, numbers);
  if (scale.empty()) return;
  for (Number& n : numbers) {
    if (bare(n) && !written_as_angle(doc, n)) n.unit = scale;
  }
}

}  // namespace lede::numbers
