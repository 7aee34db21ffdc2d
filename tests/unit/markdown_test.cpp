// Markdown pasted or opened as an article: its marks are blanked, its prose
// analyzed, and every offset still points into what was given.
#include <catch2/catch.hpp>

#include <string>

#include "lede/lede.hpp"
#include "text/markdown.hpp"
#include "text/utf8.hpp"

namespace {

using lede::text::blank_markdown;
using lede::text::looks_like_markdown;

// An article as a .md file: a heading, an emphasized byline, bold sums, a
// quotation's line with a link on its speaker, a list, a closing link.
const std::string kArticle =
    "# City council approves $40 million stadium deal\n\n"
    "*By Jane Roe | December 4, 2026*\n\n"
    "The city council voted on Tuesday to approve a **$40 million** loan for a new stadium.\n\n"
    "> \"This is a gift to a billionaire,\" said council member [Dana Ortiz](https://example.com/ortiz). "
    "\"Our schools need this money more.\"\n\n"
    "## What happens next\n\n"
    "- Construction starts in **March 2027**\n"
    "- The team signs a 30-year lease\n\n"
    "*Read more: [Council votes on budget](https://example.com/budget)*\n";

lede::Analysis analysis_of(const std::string& text) {
  lede::Options options;
  options.offsets = lede::OffsetUnit::utf8;
  return lede::analyze(text, options);
}

}  // namespace

TEST_CASE("Markdown is told from prose by its links, or two of its headings, bold and quotation lines",
          "[markdown]") {
  CHECK(looks_like_markdown(kArticle));
  CHECK(looks_like_markdown("See [the report](https://example.com/r) for more."));
  CHECK(looks_like_markdown("# Title\n\nPrices rose **5%** on Monday."));
  // Prose: a footnote's asterisks, a hashtag, a bracket.
  CHECK_FALSE(looks_like_markdown("Prices rose 5%** on Monday. #MeToo trended. He said [sic] it was fine."));
  CHECK_FALSE(looks_like_markdown("**Correction: an earlier version misspelled her name."));
  CHECK_FALSE(blank_markdown("A plain article about the budget.").has_value());
}

TEST_CASE("Markdown's marks become spaces; its text and every offset stay", "[markdown]") {
  const auto plain = blank_markdown(kArticle);
  REQUIRE(plain);
  REQUIRE(plain->size() == kArticle.size());
  CHECK(plain->substr(0, 48) == "  City council approves $40 million stadium deal");
  CHECK(plain->find(" By Jane Roe | December 4, 2026 ") != std::string::npos);
  CHECK(plain->find("a   $40 million   loan") != std::string::npos);
  CHECK(plain->find("council member  Dana Ortiz" + std::string(28, ' ') + ". ") != std::string::npos);
  CHECK(plain->find("https") == std::string::npos);
  CHECK(plain->find("  Construction starts in   March 2027  ") != std::string::npos);
  // An ordered list's numbers are its marks: "1. ", "2) ".
  CHECK(*blank_markdown("## Next\n\n1. Polls open at 7am\n2) Counting **starts** at 10pm\n") ==
        "   Next\n\n   Polls open at 7am\n   Counting   starts   at 10pm\n");
  // Words with marks inside keep them: "snake_case", "5*3", "a * b".
  CHECK(*blank_markdown("[x](http://e.com) snake_case 5*3 a * b") ==
        " x" + std::string(15, ' ') + " snake_case 5*3 a * b");
}

TEST_CASE("a Markdown article's speaker behind a link is found, its byline read, its reading-more furniture",
          "[markdown]") {
  const lede::Analysis a = analysis_of(kArticle);
  CHECK(a.markup == lede::Markup::markdown);
  REQUIRE(a.quotes.size() == 2);
  REQUIRE(a.quotes[0].speaker >= 0);
  CHECK(a.entities[a.quotes[0].speaker].name == "Dana Ortiz");
  REQUIRE(a.paragraphs.size() >= 2);
  CHECK(a.paragraphs[0].role == lede::ParagraphRole::headline);
  CHECK(kArticle.substr(a.paragraphs[0].span.start, 4) == "City");
  CHECK(a.paragraphs[1].role == lede::ParagraphRole::byline);
  CHECK(a.paragraphs.back().boilerplate());
  // The JSON says how the text was read, and takes texts from what was analyzed.
  const std::string json = lede::to_json(a, kArticle, lede::Options{});
  CHECK(json.find("\"markup\":\"markdown\"") != std::string::npos);
  CHECK(json.find("\"text\":\"$40 million\"") != std::string::npos);
}

TEST_CASE("a Markdown heading below the headline is a heading, not a paragraph of the body", "[markdown]") {
  const lede::Analysis a = analysis_of(kArticle);
  REQUIRE(a.paragraphs.size() >= 5);
  CHECK(kArticle.substr(a.paragraphs[4].span.start, 17) == "What happens next");
  CHECK(a.paragraphs[4].role == lede::ParagraphRole::headline);  // was body
  CHECK(a.paragraphs[3].role == lede::ParagraphRole::body);
  // Hashes in prose are no heading: "#MeToo", "No. #1".
  const lede::Analysis prose = analysis_of("# Title\n\nPrices rose **5%**.\n\n#MeToo trended all day.\n");
  REQUIRE(prose.paragraphs.size() == 3);
  CHECK(prose.paragraphs[2].role == lede::ParagraphRole::body);
}

TEST_CASE("Markdown's marks in any number stay linear and never reach past a line", "[markdown]") {
  for (const std::string unit : {"[a](", "**x", "](http", "![", "\\*", "`", "<http", "# ", "> "}) {
    std::string text = "# Title\n\n> q **b** [l](http://x)\n";
    while (text.size() < (1u << 20)) text += unit;
    const auto plain = blank_markdown(text);
    REQUIRE(plain);
    CHECK(plain->size() == text.size());
  }
}

TEST_CASE("a link's address of any characters is blanked to spaces of the same size in every unit", "[markdown]") {
  // Found by the fuzzer: the address's "ќ" (two bytes, one UTF-16 unit) became two spaces (two units).
  const std::string text =
      "# City council votes\n\n\"This is a gift,\" said council member [Dana Ortiz](https://e\xD1\x9C.com/ortiz).\n\n"
      "> The vote was 7-2.\n";
  const lede::Analysis a = analysis_of(text);
  REQUIRE(a.markup == lede::Markup::markdown);
  REQUIRE(a.plain_text.size() == text.size());
  for (size_t pos = 0; pos < text.size();) {
    const auto original = lede::text::decode(text, pos), blanked = lede::text::decode(a.plain_text, pos);
    INFO(pos);
    CHECK(original.length == blanked.length);
    CHECK(lede::text::utf16_length(original.code_point) == lede::text::utf16_length(blanked.code_point));
    pos += original.length;
  }
}
