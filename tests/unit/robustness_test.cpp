// Hostile input: whatever bytes arrive, analyze() answers with valid JSON
// whose spans lie inside the text, in time proportional to the input. The
// cases are the ones issue 7 names plus the shapes that would make a scanner
// quadratic (long tokens, long look-aheads, runs of one character).
// Fast on purpose: this file also runs under ASan+UBSan (scripts/sanitize).
#include <algorithm>
#include <ctime>
#include <functional>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "lede/lede.hpp"

namespace {

std::string repeat(std::string_view piece, size_t bytes) {
  std::string s;
  s.reserve(bytes + piece.size());
  while (s.size() < bytes) s.append(piece);
  return s;
}

// The analysis as JSON, checked against the contract's invariants.
nlohmann::json analyze_checked(std::string_view text, lede::OffsetUnit unit = lede::OffsetUnit::utf16) {
  lede::Options options;
  options.offsets = unit;
  const std::string out = lede::analyze_to_json(text, options);
  const auto json = nlohmann::json::parse(out, nullptr, /*allow_exceptions=*/false);
  REQUIRE_FALSE(json.is_discarded());
  REQUIRE(json["version"] == 1);
  const uint64_t length = json["length"].get<uint64_t>();
  if (unit == lede::OffsetUnit::utf8) REQUIRE(length == text.size());
  REQUIRE(length <= text.size());
  for (const char* list : {"paragraphs", "mentions", "numbers", "quotes", "boilerplate"}) {
    uint64_t previous = 0;
    for (const auto& item : json[list]) {
      const uint64_t start = item["start"].get<uint64_t>(), end = item["end"].get<uint64_t>();
      REQUIRE(start <= end);
      REQUIRE(end <= length);
      REQUIRE(start >= previous);
      previous = start;
    }
  }
  return json;
}

// `count` levels of nested quotes of every style, each opened with a word.
std::string nested_quotes(size_t count) {
  static constexpr std::string_view kOpen[] = {"\xE2\x80\x9C", "\xE2\x80\x98", "\xC2\xAB", "\"", "'"};
  static constexpr std::string_view kClose[] = {"\xE2\x80\x9D", "\xE2\x80\x99", "\xC2\xBB", "\"", "'"};
  std::string s = "He said ";
  for (size_t i = 0; i < count; ++i) s.append(kOpen[i % 5]).append("she said ");
  for (size_t i = count; i-- > 0;) s.append("end").append(kClose[i % 5]);
  return s;
}

// A line for every name, all different, each with a word that joins two
// places ("US-China"), which is split into mentions of those places.
std::string names_and_joined_places(size_t bytes) {
  static constexpr std::string_view kSyllables[] = {"ka", "lo", "mi", "ra", "te", "su",
                                                    "no", "vi", "be", "do", "ga", "pe"};
  std::string s;
  for (size_t i = 0; s.size() < bytes; ++i) {
    std::string name = "Ba";
    for (size_t k = i; k > 0; k /= 12) name.append(kSyllables[k % 12]);
    s.append(name).append(" Kaloru met officials in Paris for the US-China talks.\n");
  }
  return s;
}

}  // namespace

TEST_CASE("hostile input answers with valid JSON", "[robustness]") {
  SECTION("1 MB without a space or a newline") {
    analyze_checked(repeat("ab.cd-ef,gh'ij\"kl", 1 << 20));
  }
  SECTION("100,000 quote marks of every style") {
    analyze_checked(repeat("\"\xE2\x80\x9C\xE2\x80\x9D\xE2\x80\x98\xE2\x80\x99\xC2\xAB\xC2\xBB'\xE2\x80\x9E\xE2\x80\xB9", 100000 * 2));
    analyze_checked(std::string(100000, '"'));
  }
  SECTION("200,000 digits, with and without separators") {
    analyze_checked(std::string(200000, '7'));
    analyze_checked(repeat("1,000", 200000));
    analyze_checked(repeat("3.14.", 200000));
  }
  SECTION("a single 5 MB paragraph of prose") {
    const auto json = analyze_checked(
        repeat("Mr. Smith told Reuters on Jan. 5 that the U.S. would pay $2.7 billion, about 40% more. ", 5 << 20));
    REQUIRE(json["paragraphs"].size() == 1);
  }
  SECTION("words cut with a hyphen at every line end, with Windows line breaks too") {
    analyze_checked(repeat("The minister told the committee that the package an-\nnounced ", 1 << 20));
    analyze_checked(repeat("a long enough line of typeset prose that ends in a Jean-\r\nPierre ", 1 << 20));
    analyze_checked(repeat("-\n", 1 << 20));
  }
  SECTION("quotes nested 10,000 deep") {
    analyze_checked(nested_quotes(10000));
    analyze_checked(std::string(50000, '(') + std::string(50000, ')'));
  }
  SECTION("NUL bytes") {
    analyze_checked(std::string("a\0b\0\0c", 6));
    analyze_checked(std::string(100000, '\0'));
    analyze_checked(std::string("Mr.\0Smith \xE2\x80\x9C\0\xE2\x80\x9D", 14));
  }
  SECTION("invalid UTF-8 in every unit") {
    const std::string bad =
        "\xFF\xFE\x41\xE2\x82\x0A\xC0\x80\xE0\x80\xAF\xF4\x90\x80\x80\xF8\x88\x80\x80\x80\x80 \xC3 "
        "caf\xC3\xA9 \xE2\x80";
    for (auto unit : {lede::OffsetUnit::utf8, lede::OffsetUnit::utf16, lede::OffsetUnit::codepoint}) {
      analyze_checked(bad, unit);
      analyze_checked(repeat(bad, 100000), unit);
    }
  }
  SECTION("lone and paired surrogates encoded as CESU-8") {
    const std::string cesu = "\xED\xA0\x80 lone \xED\xB0\x80 pair \xED\xA0\xBD\xED\xB8\x80 \"x\xED\xA0\x80\"";
    for (auto unit : {lede::OffsetUnit::utf8, lede::OffsetUnit::utf16, lede::OffsetUnit::codepoint}) {
      analyze_checked(cesu, unit);
    }
  }
  SECTION("a byte order mark, at the start and inside") {
    const auto json = analyze_checked("\xEF\xBB\xBFHello world.\n\xEF\xBB\xBF\n\xEF\xBB\xBF\xEF\xBB\xBF", lede::OffsetUnit::utf8);
    REQUIRE(json["paragraphs"].size() == 1);
    REQUIRE(json["paragraphs"][0]["start"] == 3);
  }
  SECTION("a text that is nothing but white space or newlines") {
    REQUIRE(analyze_checked(std::string(100000, '\n'))["paragraphs"].empty());
    REQUIRE(analyze_checked(repeat("\r\n \t\xE2\x80\xA8\xC2\xA0", 100000))["paragraphs"].empty());
    REQUIRE(analyze_checked("")["paragraphs"].empty());
  }
}

TEST_CASE("a batch line answers with one line of JSON whatever it holds", "[robustness]") {
  const lede::Options options;
  auto answer = [&](const std::string& line) {
    const std::string out = lede::process_jsonl_line(line, options);
    REQUIRE(out.find('\n') == std::string::npos);
    const auto json = nlohmann::json::parse(out, nullptr, false);
    REQUIRE(json.is_object());
    REQUIRE(json.contains("id"));
    return json;
  };
  SECTION("an id nested 100,000 deep is refused, not a stack overflow") {
    const std::string line =
        "{\"id\":" + std::string(100000, '[') + std::string(100000, ']') + ",\"text\":\"hi\"}";
    REQUIRE(answer(line)["error"] == "JSON nested too deeply");
    REQUIRE(answer(std::string(100000, '{'))["error"] == "JSON nested too deeply");
  }
  SECTION("brackets inside the text string do not count as nesting") {
    const std::string line = "{\"id\":1,\"text\":\"" + std::string(1000, '[') + "\\\"" + std::string(1000, '{') + "\"}";
    REQUIRE(answer(line)["version"] == 1);
  }
  SECTION("escaped NULs, lone surrogates and invalid bytes in the text") {
    REQUIRE(answer(R"({"id":"a","text":"x\u0000y \ud800 \udc00z"})")["version"] == 1);
    REQUIRE(answer("{\"id\":\"b\",\"text\":\"\xFF\xC0\x80\"}").contains("id"));
  }
}

namespace {

// The fastest of `runs` timings of analyze_to_json(text), in seconds of CPU
// time: unlike wall time, it does not count the time other processes on a
// busy machine hold the core.
double best_time(const std::string& text, int runs) {
  double best = 1e9;
  const lede::Options options;
  for (int i = 0; i < runs; ++i) {
    const std::clock_t start = std::clock();
    const std::string out = lede::analyze_to_json(text, options);
    const double took = double(std::clock() - start) / CLOCKS_PER_SEC;
    REQUIRE_FALSE(out.empty());
    best = std::min(best, took);
  }
  return best;
}

}  // namespace

// Time for 8n against time for n: 8x when linear, 64x when quadratic. The
// bound (24x plus 10 ms) leaves room for a loaded shared machine; CPU time,
// the fastest of several runs and up to three attempts filter out the noise
// that a real quadratic never escapes.
TEST_CASE("analysis time grows linearly with hostile input", "[robustness][linear]") {
  const std::vector<std::pair<const char*, std::function<std::string(size_t)>>> shapes = {
      {"no spaces", [](size_t n) { return repeat("ab.cd-ef,gh'ij", n); }},
      {"one long word", [](size_t n) { return std::string(n, 'x'); }},
      {"quote marks", [](size_t n) { return repeat("\"\xE2\x80\x9C\xE2\x80\x9D'\xE2\x80\x99", n); }},
      {"digits", [](size_t n) { return std::string(n, '7'); }},
      {"thousands groups", [](size_t n) { return repeat("1,000", n); }},
      {"nested quotes", [](size_t n) { return nested_quotes(n / 16); }},
      {"prose in one paragraph", [](size_t n) { return repeat("Mr. Smith said \xE2\x80\x9Cyes\xE2\x80\x9D on Jan. 5 in the U.S. ", n); }},
      {"one word a line", [](size_t n) { return repeat("word\n", n); }},
      {"initials", [](size_t n) { return repeat("A.", n); }},
      {"e-mail look-alike", [](size_t n) { return repeat("a.b-c_d", n) + "@"; }},
      {"web address", [](size_t n) { return "https://" + repeat("a.b/", n); }},
      {"dots and hyphens", [](size_t n) { return std::string(n / 2, '.') + std::string(n / 2, '-'); }},
      {"apostrophes", [](size_t n) { return repeat("o'n'", n); }},
      {"invalid bytes", [](size_t n) { return repeat("\xFF\xE2\x82\xC0", n); }},
      {"HTML, many tags", [](size_t n) { return repeat("<html><a x=\"", n); }},
      {"HTML, quoted values", [](size_t n) { return repeat("<b>x</b><a x=\"<i y='", n); }},
      {"HTML, references", [](size_t n) { return "<html>" + repeat("&amp;&#8220;& x", n); }},
      {"names and joined places", names_and_joined_places},
      // Each credit asked where the article starts, once searched from the top.
      {"picture credits and captions", [](size_t n) { return repeat("Reuters\n\nA caption under a picture\n\n", n); }},
      // The copy with each cut word whole is made once, however many words are cut.
      {"a PDF's words cut at every line end",
       [](size_t n) { return repeat("The minister told the committee that the package an-\nnounced ", n); }},
  };
  constexpr size_t n = 128 << 10;
  for (const auto& [name, make] : shapes) {
    INFO(name);
    const std::string small = make(n), large = make(8 * n);
    double t1 = 1e9, t8 = 1e9;
    for (int attempt = 0; attempt < 3; ++attempt) {
      t1 = std::min(t1, best_time(small, 3));
      t8 = std::min(t8, best_time(large, 2));
      if (t8 <= 24 * t1 + 0.010) break;
    }
    INFO("n: " << t1 * 1e3 << " ms, 8n: " << t8 * 1e3 << " ms");
    CHECK(t8 <= 24 * t1 + 0.010);
  }
}
