// An HTML page's furniture (its navigation, site header and footer, asides
// of links, widgets and <title>) is boilerplate; the article it frames,
// with its own header, pull-quotes and fact boxes, is not.
#include <catch2/catch.hpp>

#include <string>

#include "lede/lede.hpp"

namespace {

// The role of the paragraph of `html` that holds `phrase`.
std::string role_of(const std::string& html, std::string_view phrase) {
  const lede::Analysis a = lede::analyze(html, lede::Options{});
  const size_t at = a.plain_text.find(phrase);
  REQUIRE(at != std::string::npos);
  for (const lede::Paragraph& p : a.paragraphs) {
    if (p.span.start <= at && at < p.span.end) return std::string(lede::to_string(p.role));
  }
  FAIL("no paragraph holds " << phrase);
  return {};
}

const std::string kArticle =
    "<p>The council voted on Thursday to spend 48 million on two new ferries for the island crossing.</p>"
    "<p>\"This is the biggest investment in a generation,\" said council leader Margaret Osei on Friday.</p>"
    "<p>Opposition councillor Dafydd Pryce said the vote had been rushed through in a single evening.</p>";

}  // namespace

TEST_CASE("a page's navigation, site header, aside and footer are boilerplate", "[markup][structure]") {
  const std::string page = "<html><head><title>Ferries approved | The Ledger</title></head><body>"
                           "<header><a href=\"/\">The Ledger</a><nav><ul><li><a href=\"/n\">News</a></li>"
                           "<li><a href=\"/s\">Sport</a></li></ul></nav></header>"
                           "<article><header><h1>Council approves new ferries</h1><p>By Priya Raman</p></header>" +
                           kArticle +
                           "</article><aside><h2>Most read</h2><ul><li><a href=\"/1\">Lighthouse keeper Harold "
                           "Finch turns 90</a></li></ul></aside>"
                           "<footer><p>Ledger Media Ltd, 14 Quay Street. All rights reserved.</p></footer></body></html>";
  CHECK(role_of(page, "Ferries approved | The Ledger") == "boilerplate");
  CHECK(role_of(page, "The Ledger\n") == "boilerplate");
  CHECK(role_of(page, "Sport") == "boilerplate");
  CHECK(role_of(page, "Harold Finch") == "boilerplate");
  CHECK(role_of(page, "Quay Street") == "boilerplate");
  // The article's own header holds its headline and byline.
  CHECK(role_of(page, "Council approves new ferries") == "headline");
  CHECK(role_of(page, "By Priya Raman") == "byline");
  CHECK(role_of(page, "Margaret Osei") == "body");
}

TEST_CASE("inside an article, only an aside or a footer of links is furniture", "[markup][structure]") {
  const std::string page = "<article><h1>Council approves new ferries</h1>" + kArticle +
                           "<aside class=\"pull-quote\"><p>\"The biggest investment in a generation\"</p></aside>"
                           "<aside><p>Key facts: the crossing carries 1.2 million passengers a year.</p></aside>"
                           "<aside><p>Related: <a href=\"/a\">Ferry fares to rise in April</a></p></aside>"
                           "<footer>Topics: <a href=\"/t/1\">Ferries</a>, <a href=\"/t/2\">Transport</a></footer>"
                           "</article>";
  CHECK(role_of(page, "\"The biggest investment in a generation\"") == "body");
  CHECK(role_of(page, "Key facts") == "body");
  CHECK(role_of(page, "Ferry fares to rise") == "boilerplate");
  CHECK(role_of(page, "Topics") == "boilerplate");
}

TEST_CASE("a section's own header is no site header", "[markup][structure]") {
  // As ARIA has it: a header in a <main> or <section> is the section's, and
  // furniture only when mostly links.
  const std::string page = "<main><header><a href=\"/p\">Politics</a> <a href=\"/e\">Economy</a></header>"
                           "<h1>Council approves new ferries</h1>" + kArticle +
                           "<section><header><h2>How the crossing got here</h2></header>" + kArticle +
                           "</section></main>";
  CHECK(role_of(page, "Economy") == "boilerplate");
  CHECK(role_of(page, "How the crossing got here") == "body");
  // An aside beside the article in <main> is the page's, teasers and all.
  const std::string beside = "<main><article><h1>Council approves new ferries</h1>" + kArticle +
                             "</article><aside><h2>Most read</h2><p><a href=\"/1\">Storm closes road</a></p>"
                             "<p>The coastal road will stay shut until Monday, the council said.</p></aside></main>";
  CHECK(role_of(beside, "The coastal road will stay shut") == "boilerplate");
}

TEST_CASE("landmark roles and class names mark furniture", "[markup][structure]") {
  const std::string page = "<div role=\"navigation\"><a href=\"/\">Valley Times</a> / <a href=\"/b\">Business</a></div>"
                           "<h2>Dairy co-operative agrees merger</h2>" + kArticle +
                           "<div class=\"related-stories\"><div><a href=\"/1\">Milk prices fall again</a></div></div>"
                           "<div id=\"cookie-consent\"><p>By continuing to browse you accept our terms.</p></div>"
                           "<div class=\"main-menu__item\"><a href=\"/uk\">UK</a></div>"
                           "<div class=\"OUTBRAIN\"><a href=\"/o\">Doctors stunned by this one trick</a></div>"
                           "<ul class=\"story-tags\"><li>Dairy</li><li>Wales</li></ul>"
                           "<div role=\"contentinfo\">Valley Times, Carmarthen.</div>";
  CHECK(role_of(page, "Valley Times") == "boilerplate");
  CHECK(role_of(page, "Dairy co-operative agrees merger") == "headline");
  CHECK(role_of(page, "Milk prices fall again") == "boilerplate");
  CHECK(role_of(page, "By continuing to browse") == "boilerplate");
  CHECK(role_of(page, "UK") == "boilerplate");
  CHECK(role_of(page, "Doctors stunned") == "boilerplate");
  CHECK(role_of(page, "Wales") == "boilerplate");
  CHECK(role_of(page, "Carmarthen") == "boilerplate");
}

TEST_CASE("an element that holds the headline or most of the page is no furniture", "[markup][structure]") {
  // A wrapper whose class names a widget ("has-share-menu"), and a <nav>
  // never closed, hold the article: it stays.
  const std::string wrapper = "<div class=\"story has-share-menu\"><h2>Council approves new ferries</h2>" + kArticle +
                              "</div><p>x</p>";
  CHECK(role_of(wrapper, "Margaret Osei") == "body");
  const std::string unclosed = "<nav><a href=\"/\">Home</a><p>Ferries approved</p>" + kArticle;
  CHECK(role_of(unclosed, "Margaret Osei") == "body");
  const std::string site_header_with_h1 = "<header><h1>Council approves new ferries</h1></header>" + kArticle;
  CHECK(role_of(site_header_with_h1, "Council approves new ferries") == "headline");
}

TEST_CASE("a stray closing tag and an unclosed element inside furniture are read as a browser would",
          "[markup][structure]") {
  const std::string page = "</nav></aside><h2>Council approves new ferries</h2>" + kArticle +
                           "<footer><div><p>Ledger Media Ltd, 14 Quay Street.</footer><p>Printed on Monday.</p>";
  CHECK(role_of(page, "Margaret Osei") == "body");
  CHECK(role_of(page, "Quay Street") == "boilerplate");
  CHECK(role_of(page, "Printed on Monday") == "body");
}

TEST_CASE("plain text has no furniture from markup", "[markup][structure]") {
  const lede::Analysis a = lede::analyze("Menu\nThe council voted on Thursday to spend money.\n", lede::Options{});
  CHECK(a.plain_text.empty());
}
