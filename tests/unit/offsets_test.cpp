// Spans in every offset unit slice the original text back to the span's text.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <random>
#include <string>

#include "lede/lede.hpp"
#include "output/offsets.hpp"
#include "text/document.hpp"
#include "text/utf8.hpp"

namespace {

// The text as a sequence of units (UTF-8 bytes, UTF-16 code units or code
// points), each unit remembering the UTF-8 of the code point it belongs to,
// so that slicing in units can be turned back into (sanitized) UTF-8.
struct Unit {
  std::string utf8;  // the code point's UTF-8; empty for its further units
};

std::vector<Unit> units_of(const std::string& text, lede::OffsetUnit unit) {
  std::vector<Unit> units;
  size_t pos = 0;
  while (pos < text.size()) {
    const auto d = lede::text::decode(text, pos);
    std::string cp;
    lede::text::append_utf8(cp, d.code_point);
    const size_t count = unit == lede::OffsetUnit::utf8        ? d.length
                         : unit == lede::OffsetUnit::utf16     ? lede::text::utf16_length(d.code_point)
                                                               : 1;
    units.push_back({cp});
    for (size_t i = 1; i < count; ++i) units.push_back({""});
    pos += d.length;
  }
  return units;
}

std::string slice(const std::vector<Unit>& units, size_t start, size_t end) {
  std::string out;
  for (size_t i = start; i < end && i < units.size(); ++i) out += units[i].utf8;
  return out;
}

// An analysis with a mention on every token, so that every token boundary is
// converted and checked.
lede::Analysis every_token_as_mention(const std::string& text) {
  const auto doc = lede::text::segment(text);
  lede::Analysis a = lede::analyze(text);
  a.mentions.clear();
  for (const auto& t : doc.tokens) a.mentions.push_back({{t.start, t.end()}, lede::EntityType::MISC, -1});
  return a;
}

// What a converted offset means: the UTF-16 units or code points decoded
// from the start of the text up to the first boundary at or after `byte`.
uint64_t units_before(std::string_view text, uint32_t byte, lede::OffsetUnit unit) {
  uint64_t units = 0;
  size_t pos = 0;
  while (pos < byte && pos < text.size()) {
    const auto d = lede::text::decode(text, pos);
    units += unit == lede::OffsetUnit::utf16 ? lede::text::utf16_length(d.code_point) : 1;
    pos += d.length;
  }
  return units;
}

}  // namespace

TEST_CASE("every span slices the original back to its text in every unit", "[text][offsets]") {
  const std::string input = std::string("Emoji 😀👍🏽 first. CJK 北京 and 東京, combining: Cafe\xCC\x81 e\xCC\x81t\xC3\xA9.\n"
                                        "Curly “quotes” and ‘single’ ones; invalid \xFF\xFE bytes and \xE2\x82 truncated; "
                                        "a NUL ") + std::string(1, '\0') +
                            " here; 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 math, Ελληνικά, русский, العربية.\n\nLast paragraph ❤️ end";
  const lede::Analysis analysis = every_token_as_mention(input);
  REQUIRE(analysis.mentions.size() > 30);

  for (auto unit : {lede::OffsetUnit::utf8, lede::OffsetUnit::utf16, lede::OffsetUnit::codepoint}) {
    DYNAMIC_SECTION("offsets in " << lede::to_string(unit)) {
      lede::Options options;
      options.offsets = unit;
      const auto j = nlohmann::json::parse(lede::to_json(analysis, input, options));
      const auto units = units_of(input, unit);
      CHECK(j["offsets"] == std::string(lede::to_string(unit)));
      CHECK(j["length"].get<size_t>() == units.size());
      for (const auto& m : j["mentions"]) {
        CHECK(slice(units, m["start"], m["end"]) == m["text"].get<std::string>());
      }
    }
  }
}

TEST_CASE("UTF-16 offsets count astral characters as two units", "[text][offsets]") {
  const std::string input = "😀 Iran";
  lede::Analysis a = every_token_as_mention(input);
  const auto j = nlohmann::json::parse(lede::to_json(a, input, {}));
  REQUIRE(j["mentions"].size() == 2);
  CHECK(j["mentions"][1]["start"] == 3);
  CHECK(j["mentions"][1]["end"] == 7);
  CHECK(j["length"] == 7);
}

TEST_CASE("the contract has every list, in order, for any input", "[text][offsets]") {
  for (const std::string& input : {std::string(), std::string("\xFF\xFE\xFD"), std::string(1000, '"'),
                                  std::string("<img src=x onerror=alert(1)>")}) {
    const auto j = nlohmann::ordered_json::parse(lede::analyze_to_json(input, {}));
    std::vector<std::string> keys;
    for (auto& [key, value] : j.items()) keys.push_back(key);
    CHECK(keys == std::vector<std::string>{"version", "offsets", "length", "paragraphs", "mentions", "entities",
                                           "numbers", "quotes", "boilerplate"});
    CHECK(j["version"] == 1);
  }
}

TEST_CASE("offsets convert in any order, at and between code point boundaries", "[output][offsets]") {
  std::string text;
  std::mt19937 rng(3);
  for (int i = 0; i < 400; ++i) {
    const int piece = static_cast<int>(rng() % 6);
    if (piece == 0) text += "plain ascii words ";
    if (piece == 1) text += "\xE2\x80\x9C" "curly\xE2\x80\x9D ";
    if (piece == 2) text += "\xF0\x9F\x98\x80\xF0\x9F\x91\x8D";
    if (piece == 3) text += "\xFF\xC0\x80\xE2\x82\xED\xA0\x80";
    if (piece == 4) text += "caf\xC3\xA9";
    if (piece == 5) text += std::string(static_cast<size_t>(rng() % 200), 'x');
  }
  for (auto unit : {lede::OffsetUnit::utf16, lede::OffsetUnit::codepoint}) {
    const lede::output::OffsetMap offsets(text, unit);
    const auto past_end = static_cast<uint32_t>(text.size() + 10);
    std::vector<uint32_t> bytes;
    for (uint32_t byte = 0; byte <= past_end; ++byte) bytes.push_back(byte);
    for (uint32_t byte = 0; byte <= past_end; byte += 2) bytes.push_back(byte);  // runs forward again
    for (int i = 0; i < 20000; ++i) bytes.push_back(static_cast<uint32_t>(rng() % (past_end + 1)));
    for (uint32_t byte : bytes) {
      INFO("byte " << byte << " in " << lede::to_string(unit));
      REQUIRE(offsets.convert(byte) == units_before(text, byte, unit));
    }
  }
}

TEST_CASE("offsets convert at both ends of a stretch of ASCII and just past it, after a curly quote",
          "[output][offsets]") {
  // News with a curly quote now and then: most spans are answered from the
  // stretch of ASCII of the span before, up to the mark that ends it.
  std::string text;
  for (int i = 0; i < 40; ++i) {
    text += "The minister said \xE2\x80\x9Cwe will not wait\xE2\x80\x9D on Tuesday, and left ";
    text += std::string(static_cast<size_t>(i * 7 % 90), 'a') + " \xF0\x9F\x98\x80 ";
  }
  for (auto unit : {lede::OffsetUnit::utf16, lede::OffsetUnit::codepoint}) {
    const lede::output::OffsetMap offsets(text, unit);
    for (uint32_t byte = 0; byte + 1 < text.size(); ++byte) {
      const auto lead = static_cast<unsigned char>(text[byte]);
      if (lead < 0x80 || (lead & 0xC0) == 0x80) continue;
      // Before the mark, then the mark's start and the byte after it, then back.
      for (const uint32_t at : {byte - 1, byte, byte + (lead >= 0xF0 ? 4u : 3u), byte - 1}) {
        INFO("byte " << at << " in " << lede::to_string(unit));
        REQUIRE(offsets.convert(at) == units_before(text, at, unit));
      }
    }
  }
}

TEST_CASE("a currency's character reference in HTML is money, its offsets the page's", "[text][offsets]") {
  // "–" takes three bytes and one UTF-16 unit; "&pound;" seven of each, read as "£" (one unit) and spaces.
  const std::string page =
      "<html><body><p>Der Club zahlte \xE2\x80\x93 ja \xE2\x80\x93 &pound;48 million for him, and &euro;5m more. "
      "Tickets cost &#163;3, in Dublin &#x20AC;4.</p></body></html>";
  for (auto unit : {lede::OffsetUnit::utf8, lede::OffsetUnit::utf16, lede::OffsetUnit::codepoint}) {
    DYNAMIC_SECTION("offsets in " << lede::to_string(unit)) {
      lede::Options options;
      options.offsets = unit;
      const auto j = nlohmann::json::parse(lede::analyze_to_json(page, options));
      const auto units = units_of(page, unit);
      CHECK(j["length"].get<size_t>() == units.size());
      std::vector<std::string> sums;
      for (const auto& n : j["numbers"]) {
        CHECK(n["kind"] == "money");
        sums.push_back(slice(units, n["start"], n["end"]));
      }
      CHECK(sums == std::vector<std::string>{"&pound;48 million", "&euro;5m", "&#163;3", "&#x20AC;4"});
    }
  }
}
