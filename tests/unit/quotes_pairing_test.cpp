// Quote-mark pairing: every mark style, nesting, apostrophes, unbalanced
// marks, quotations over several paragraphs, and linear time on hostile input.
#include <catch2/catch.hpp>


#include "quotes/pairing.hpp"
#include "quotes_support.hpp"
#include "text/document.hpp"

using lede::testing::quote_texts;
using lede::testing::quotes_in;
using V = std::vector<std::string>;

TEST_CASE("curly double quotes are paired without their marks", "[quotes][pairing]") {
  CHECK(quote_texts("Mokhber said, \xE2\x80\x9CThe route will have an effective role.\xE2\x80\x9D") ==
        V{"The route will have an effective role."});
}

TEST_CASE("straight double quotes open before a word and close after one", "[quotes][pairing]") {
  CHECK(quote_texts("\"If we can reinforce the existing text, an agreement is near,\" he said.") ==
        V{"If we can reinforce the existing text, an agreement is near,"});
  CHECK(quote_texts("Russia and Iran reached \"good agreements\" on payment systems.") == V{"good agreements"});
}

TEST_CASE("single quotes, curly and straight, are quotations too", "[quotes][pairing]") {
  CHECK(quote_texts("\xE2\x80\x98Putin lying to everyone\xE2\x80\x99: Zelensky calls for \xE2\x80\x98strong "
                    "pressure\xE2\x80\x99 on Russia") == V{"Putin lying to everyone", "strong pressure"});
  CHECK(quote_texts("The minister called the report 'a fabrication' on Monday.") == V{"a fabrication"});
}

TEST_CASE("guillemets pair in French and in German order", "[quotes][pairing]") {
  CHECK(quote_texts("Le ministre a d\xC3\xA9\x63lar\xC3\xA9 : \xC2\xAB Nous sommes pr\xC3\xAAts \xC2\xBB, hier.") ==
        V{"Nous sommes pr\xC3\xAAts"});
  CHECK(quote_texts("\xC2\xBBWir sind bereit\xC2\xAB, sagte der Minister.") == V{"Wir sind bereit"});
  CHECK(quote_texts("Er sagte: \xE2\x80\xB9Ja\xE2\x80\xBA und ging.") == V{"Ja"});
}

TEST_CASE("German low-high quotes close with a high mark", "[quotes][pairing]") {
  CHECK(quote_texts("\xE2\x80\x9EWir schaffen das\xE2\x80\x9C, sagte Merkel.") == V{"Wir schaffen das"});
}

TEST_CASE("a quotation inside a quotation is found with its outer one", "[quotes][pairing]") {
  const auto q = quotes_in("\xE2\x80\x9CHe told me \xE2\x80\x98never again\xE2\x80\x99 and left,\xE2\x80\x9D "
                           "Smith said.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].text == "He told me \xE2\x80\x98never again\xE2\x80\x99 and left,");
  CHECK(q[0].speaker == "Smith");
  CHECK(q[1].text == "never again");
  CHECK(q[1].kind == "partial");
}

TEST_CASE("apostrophes are never quote marks", "[quotes][pairing]") {
  SECTION("inside and at the end of words") {
    CHECK(quote_texts("Iran\xE2\x80\x99s leaders met at five o\xE2\x80\x99\x63lock; the leaders\xE2\x80\x99 "
                      "meeting loved rock \xE2\x80\x99n\xE2\x80\x99 roll from the \xE2\x80\x99\x39\x30s.")
              .empty());
    CHECK(quote_texts("The players' union said it doesn't know why they'd go 'round.").empty());
  }
  SECTION("a possessive inside a single-quoted quotation does not close it") {
    CHECK(quote_texts("\xE2\x80\x98The leaders\xE2\x80\x99 meeting was a success,\xE2\x80\x99 she said.") ==
          V{"The leaders\xE2\x80\x99 meeting was a success,"});
  }
  SECTION("feet and inches") {
    CHECK(quote_texts("The 6' 2\" forward scored twice.").empty());
  }
  SECTION("elisions at the start of a word") {
    CHECK(quote_texts("They'll get 'em next time, 'cause they must.").empty());
  }
}

TEST_CASE("an unclosed mark never swallows the paragraphs after it", "[quotes][pairing]") {
  const std::string text =
      "Lavrov said \xE2\x80\x9Cthe talks will go on.\n"
      "Iran and Russia signed a deal on Monday.\n"
      "Officials called it a \xE2\x80\x9C" "breakthrough\xE2\x80\x9D for both.";
  CHECK(quote_texts(text) == V{"breakthrough"});
  CHECK(quote_texts("A stray closing mark\xE2\x80\x9D here and \"an odd one.").empty());
}

TEST_CASE("a quotation over several paragraphs gives one quote per paragraph", "[quotes][pairing]") {
  const std::string text =
      "Lavrov spoke at length.\n"
      "\"Our Western colleagues destroy the entire structure of international relations.\n"
      "\"Meanwhile, we are building mechanisms with our friends.\n"
      "\"They will allow us to cooperate regardless of any diktat,\" Lavrov said.\n"
      "The talks ended on Friday.";
  const auto q = quotes_in(text);
  REQUIRE(q.size() == 3);
  for (const auto& quote : q) {
    CHECK(quote.kind == "direct");
    CHECK(quote.speaker == "Lavrov");
  }
  CHECK(q[0].text == "Our Western colleagues destroy the entire structure of international relations.");
  CHECK(q[2].text == "They will allow us to cooperate regardless of any diktat,");
}

TEST_CASE("a quotation that goes on without a mark to close in the next paragraph is one quotation",
          "[quotes][pairing]") {
  // As a government's press release printed it (a copied page may drop the
  // mark that reopens a paragraph).
  const std::string text =
      "In statements to reporters in Crans Montana, Mr Christodoulides said that \"it is with regret that we "
      "heard some remarks on the part of the Turkish Foreign Minister.\n\n"
      "And because we are being watched by the people of Cyprus, I would invite the Foreign Minister to speak "
      "publicly about the Turkish proposal.\"\n\n"
      "Back to the top";
  const auto q = quotes_in(text);
  REQUIRE(q.size() == 2);
  CHECK(q[0].text == "it is with regret that we heard some remarks on the part of the Turkish Foreign Minister.");
  CHECK(q[1].text.substr(0, 40) == "And because we are being watched by the ");
  for (const auto& quote : q) {
    CHECK(quote.kind == "direct");
    CHECK(quote.speaker == "Christodoulides");
  }
  SECTION("but not when the next paragraph's first mark opens a quotation of its own") {
    CHECK(quote_texts("Lavrov said \"the talks will go on.\nOfficials called it a \"breakthrough\" for both.") ==
          V{"breakthrough"});
  }
}

TEST_CASE("pairs record their paragraph, depth and group", "[quotes][pairing]") {
  const std::string text = "\xE2\x80\x9C\x41 \xE2\x80\x98\x62\xE2\x80\x99 c.\n\xE2\x80\x9C" "D e,\xE2\x80\x9D he said.";
  const auto doc = lede::text::segment(text);
  const auto pairs = lede::quotes::pair_marks(doc);
  REQUIRE(pairs.size() == 3);
  CHECK(pairs[0].paragraph == 0);
  CHECK_FALSE(pairs[0].close_mark);
  CHECK(pairs[0].group == 0);
  CHECK(pairs[1].depth == 1);
  CHECK(pairs[2].group == 0);
  CHECK(pairs[2].close_mark);
}

// Time on hostile input is measured by `lede-bench --hostile` (slopes) and
// guarded by robustness_test; here the answers must be sane.
TEST_CASE("hostile quote marks are answered sanely", "[quotes][pairing][hostile]") {
  std::string openers, pairs, paragraph;
  for (int i = 0; i < 100000; ++i) openers += "\xE2\x80\x9Cword ";
  for (int i = 0; i < 50000; ++i) pairs += "\"a\" he said ";
  while (paragraph.size() < 5000000) paragraph += "Lavrov said \xE2\x80\x9C\x61nd ";
  CHECK(quote_texts(openers).empty());
  CHECK(quote_texts(pairs).size() == 50000);
  // Unclosed marks never run past their paragraph, so none becomes a quote
  // that swallows the rest of the text.
  for (const auto& q : quote_texts(paragraph)) CHECK(q.size() < 100);
}
