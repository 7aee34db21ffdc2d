// HTML pasted as an article: its markup is blanked, its prose analyzed, and
// every offset still points into what was pasted.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <string>

#include "lede/lede.hpp"
#include "text/markup.hpp"
#include "text/utf8.hpp"

namespace {

using lede::text::blank_markup;
using lede::text::looks_like_html;

// A news page as its source: a head with a script and a style, a navigation
// bar, an article whose quote marks are character references, a comment, and
// characters of every UTF-8 length inside the markup (an emoji, a curly quote,
// an ill-formed byte) and in the prose.
const std::string kPage =
    "<!DOCTYPE html>\n<html lang=\"en\"><head><title>Talks in Geneva</title>\n"
    "<script>var cue = \"\xE2\x80\x9C said \xF0\x9F\x98\x80\"; if (a < b) { track(\"Reuters\"); }</script>\n"
    "<style>p { font: 12px \"Times\"; }</style></head>\n"
    "<body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>\n"
    "<article data-x=\"\xFF\">\n"
    "<p>Caf\xC3\xA9 owners in Geneva met Emmanuel Macron on Monday.</p>\n"
    "<p>&ldquo;We will not back down,&rdquo; Macron said, adding that the plan costs $2.7 billion.</p>\n"
    "<!-- <p>\"A hidden quote,\" Smith said.</p> -->\n"
    "<p>Angela Merkel&rsquo;s aide, J&uuml;rgen Schmidt, said prices rose 5%.</p>\n"
    "</article></body></html>\n";

// `text` as UTF-16 code units, each ill-formed subpart one unit (U+FFFD), as
// JavaScript's TextDecoder gives it.
std::u16string utf16(std::string_view text) {
  std::u16string out;
  for (size_t pos = 0; pos < text.size();) {
    const lede::text::Decoded d = lede::text::decode(text, pos);
    if (d.code_point >= 0x10000) {
      out += static_cast<char16_t>(0xD800 + ((d.code_point - 0x10000) >> 10));
      out += static_cast<char16_t>(0xDC00 + ((d.code_point - 0x10000) & 0x3FF));
    } else {
      out += static_cast<char16_t>(d.code_point);
    }
    pos += d.length;
  }
  return out;
}

nlohmann::json analysis_of(const std::string& text) {
  return nlohmann::json::parse(lede::analyze_to_json(text, lede::Options{}));
}

}  // namespace

TEST_CASE("HTML is told from prose that mentions markup", "[markup]") {
  CHECK(looks_like_html(kPage));
  CHECK(looks_like_html("<p>One.</p><p>Two.</p>"));
  CHECK(looks_like_html("<html>hello"));
  CHECK_FALSE(looks_like_html("If a < b and c > d, then <b> is bold."));
  CHECK_FALSE(looks_like_html("Write to Jane Doe <jane@example.com> or <info@example.com>."));
  CHECK_FALSE(looks_like_html("The <p> tag makes a paragraph."));
  CHECK_FALSE(looks_like_html(""));
  CHECK_FALSE(blank_markup("Plain prose, with a < sign.").has_value());
}

TEST_CASE("markup is blanked in place, references become ASCII", "[markup]") {
  const std::string html = "<div class=\"a\">Tom &amp; Jerry&rsquo;s <b>&#8220;show&#x201D;</b></div><br>&nbsp;&copy;<p>";
  const auto page = blank_markup(html);
  REQUIRE(page);
  const std::string& plain = page->text;
  CHECK(plain.size() == html.size());
  auto spaces = [](size_t n) { return std::string(n, ' '); };
  // <div ...> and </div>, <br>, <p> begin a block; <b> and </b> do not.
  // A quote mark or apostrophe before a word goes next to it.
  CHECK(plain == "\n" + spaces(14) + "Tom &" + spaces(4) + " Jerry" + spaces(6) + "'s " + spaces(3) + spaces(6) +
                      "\"show\"" + spaces(7) + spaces(4) + "\n" + spaces(5) + "\n" + spaces(3) + spaces(6) +
                      "&copy;\n" + spaces(2));
}

TEST_CASE("a quoted attribute value may hold the marks that end a tag", "[markup]") {
  const std::string html = "<p title=\"Home > World\" data-x='a<b'>Angela Merkel visited Paris.</p><p>x</p><br>";
  const auto page = blank_markup(html);
  REQUIRE(page);
  const std::string& plain = page->text;
  CHECK(plain.substr(0, 37) == "\n" + std::string(36, ' '));  // the whole tag, its quoted > and < too
  CHECK(plain.substr(37, 28) == "Angela Merkel visited Paris.");
}

TEST_CASE("a script, a style and a comment are blanked whole", "[markup]") {
  const auto page = blank_markup(kPage);
  REQUIRE(page);
  const std::string& plain = page->text;
  CHECK(plain.size() == kPage.size());
  CHECK(utf16(plain).size() == utf16(kPage).size());
  CHECK(plain.find("track") == std::string::npos);
  CHECK(plain.find("Times") == std::string::npos);
  CHECK(plain.find("hidden") == std::string::npos);
  CHECK(plain.find("Emmanuel Macron on Monday.") == kPage.find("Emmanuel Macron on Monday."));
}

TEST_CASE("an HTML page is analyzed as its prose, at its own offsets", "[markup]") {
  const nlohmann::json a = analysis_of(kPage);
  const std::u16string units = utf16(kPage);
  CHECK(a["length"] == units.size());
  CHECK(a["markup"] == "html");
  CHECK_FALSE(analysis_of("Plain prose about <b> tags.").contains("markup"));

  std::vector<std::string> names;
  for (const auto& e : a["entities"]) names.push_back(e["name"]);
  CHECK_THAT(names, Catch::Matchers::VectorContains(std::string("Emmanuel Macron")));
  CHECK_THAT(names, Catch::Matchers::VectorContains(std::string("Angela Merkel")));
  CHECK_THAT(names, Catch::Matchers::VectorContains(std::string("Geneva")));
  for (const auto& n : names) CHECK(n.find('<') == std::string::npos);

  // Every mention and number is where it says in the page as pasted, in UTF-16.
  for (const char* list : {"mentions", "numbers"}) {
    for (const auto& m : a[list]) {
      const std::u16string slice = units.substr(m["start"].get<size_t>(), m["end"].get<size_t>() - m["start"].get<size_t>());
      CHECK(slice == utf16(m["text"].get<std::string>()));
    }
  }

  // One quote: the article's, not the script's nor the comment's.
  REQUIRE(a["quotes"].size() == 1);
  CHECK(a["quotes"][0]["text"] == "We will not back down,");
  REQUIRE(a["quotes"][0]["speaker"].is_number());
  CHECK(a["entities"][a["quotes"][0]["speaker"].get<size_t>()]["name"] == "Emmanuel Macron");

  std::vector<std::string> numbers;
  for (const auto& n : a["numbers"]) numbers.push_back(n["text"]);
  CHECK_THAT(numbers, Catch::Matchers::VectorContains(std::string("$2.7 billion")));
  CHECK_THAT(numbers, Catch::Matchers::VectorContains(std::string("5%")));
}

TEST_CASE("batch lines that hold HTML are read the same way", "[markup]") {
  const nlohmann::json line = {{"id", 7}, {"text", "<p>Angela Merkel visited Paris.</p><p>More.</p><p>End.</p>"}};
  const nlohmann::json a = nlohmann::json::parse(lede::process_jsonl_line(line.dump(), lede::Options{}));
  REQUIRE(a["mentions"].size() == 2);
  CHECK(a["mentions"][0]["text"] == "Angela Merkel");
  CHECK(a["mentions"][0]["start"] == 3);
}
