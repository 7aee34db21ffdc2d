// The text layer: UTF-8 decoding, tokens, sentences, paragraphs.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "output/writer.hpp"
#include "text/chars.hpp"
#include "text/document.hpp"
#include "text/utf8.hpp"

using lede::text::Document;
using lede::text::TokenKind;

namespace {

std::vector<std::string> tokens_of(const std::string& text) {
  const Document doc = lede::text::segment(text);
  std::vector<std::string> out;
  for (uint32_t i = 0; i < doc.tokens.size(); ++i) out.emplace_back(doc.token_text(i));
  return out;
}

std::vector<std::string> sentences_of(const std::string& text) {
  const Document doc = lede::text::segment(text);
  std::vector<std::string> out;
  for (const auto& s : doc.sentences) out.emplace_back(doc.slice(s.start, s.end));
  return out;
}

std::vector<std::string> paragraphs_of(const std::string& text) {
  const Document doc = lede::text::segment(text);
  std::vector<std::string> out;
  for (const auto& p : doc.paragraphs) out.emplace_back(doc.slice(p.start, p.end));
  return out;
}

TokenKind kind_of(const std::string& text, const std::string& token) {
  const Document doc = lede::text::segment(text);
  for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
    if (doc.token_text(i) == token) return doc.tokens[i].kind;
  }
  FAIL("no token " << token);
  return TokenKind::punct;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("lower_ascii lowers A-Z and leaves every other byte as it is", "[text]") {
  for (int b = 0; b < 256; ++b) {
    const char c = static_cast<char>(b);
    const char expected = b >= 'A' && b <= 'Z' ? static_cast<char>(b + 32) : c;
    INFO(b);
    CHECK(lede::text::lower_ascii(c) == expected);
  }
}

TEST_CASE("a word set holds exactly the words of its list", "[text]") {
  static constexpr std::string_view kHolidays[] = {"Thanksgiving", "Christmas", "Eid", "Holi", "Hanukkah"};
  constexpr lede::text::WordSet holidays(kHolidays);
  for (const std::string_view w : kHolidays) CHECK(holidays.contains(w));
  static_assert(holidays.contains("Eid") && !holidays.contains("Eids"));
  CHECK_FALSE(holidays.contains(""));
  CHECK_FALSE(holidays.contains("christmas"));  // a small letter is another byte
  CHECK_FALSE(holidays.contains("Easter"));
  CHECK_FALSE(holidays.contains("Hole"));      // its length's, with its first byte
  CHECK_FALSE(holidays.contains("Hanukkah's"));
  static constexpr std::string_view kLong[] = {"Ruritania-in-the-North", "Space Launch System"};
  constexpr lede::text::WordSet long_names(kLong);
  CHECK(long_names.contains("Ruritania-in-the-North"));
  CHECK(long_names.contains("Space Launch System"));  // longer words share a row
  CHECK_FALSE(long_names.contains("Ruritania-in-the-South"));
  CHECK_FALSE(long_names.contains("Space Launch Systems"));
}

TEST_CASE("ill-formed UTF-8 is replaced by maximal subparts, as browsers do", "[text]") {
  // What leaves lede as text goes through the JSON writer's strings.
  auto sanitize = [](std::string_view s) {
    lede::output::JsonWriter w;
    w.string(s);
    const std::string json = w.take();
    return json.substr(1, json.size() - 2);  // without the quotes
  };
  CHECK(sanitize("caf\xC3\xA9") == "caf\xC3\xA9");
  CHECK(sanitize("a\xFF" "b") == "a\xEF\xBF\xBD" "b");
  // E2 82 is a truncated 3-byte sequence: one replacement, then 'A'.
  CHECK(sanitize("\xE2\x82" "A") == "\xEF\xBF\xBD" "A");
  // A CESU-encoded surrogate is three ill-formed bytes.
  CHECK(sanitize("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  // Overlong NUL and a code point above U+10FFFF are rejected.
  CHECK(sanitize("\xC0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(sanitize("\xF4\x90\x80\x80").find("\xF4") == std::string::npos);
}

TEST_CASE("Latin letters with diacritics fold to their plain letters, other scripts stay", "[text]") {
  using lede::text::fold_latin_diacritics;
  CHECK(fold_latin_diacritics("S\xC3\xA3o Paulo") == "Sao Paulo");
  CHECK(fold_latin_diacritics("D\xC3\xBCsseldorf") == "Dusseldorf");
  CHECK(fold_latin_diacritics("Malm\xC3\xB6 and \xC3\x85rhus") == "Malmo and Arhus");
  CHECK(fold_latin_diacritics("\xC5\x81\xC3\xB3" "d\xC5\xBA") == "Lodz");                      // Łódź
  CHECK(fold_latin_diacritics("Stra\xC3\x9F" "e, \xC3\x86r\xC3\xB8") == "Strasse, AEro");  // Straße, Ærø
  CHECK(fold_latin_diacritics("Bras\xC3\xADlia, Bogot\xC3\xA1") == "Brasilia, Bogota");
  CHECK(fold_latin_diacritics("Diyarbak\xC4\xB1r, Constan\xC8\x9B" "a") == "Diyarbakir, Constanta");  // ı, ț
  CHECK(fold_latin_diacritics("\xC4\x90\xC3\xA0 N\xE1\xBA\xB5ng") == "Da Nang");  // Đà Nẵng
  CHECK(fold_latin_diacritics("Sa\xCC\x83o Paulo") == "Sao Paulo");                // a + combining tilde
  // Other scripts, signs and ill-formed bytes are kept as they are.
  const std::string moscow = "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0";  // Москва
  CHECK(fold_latin_diacritics(moscow) == moscow);
  const std::string signs = "3\xC3\x97" "4 \xE2\x80\x99 \xC6\x92";  // ×, ’, ƒ
  CHECK(fold_latin_diacritics(signs) == signs);
  CHECK(fold_latin_diacritics("Z\xC3") == "Z\xC3");
  CHECK(fold_latin_diacritics("Zurich") == "Zurich");
}

TEST_CASE("quotes, possessives and punctuation are tokens of their own", "[text]") {
  CHECK(tokens_of("Mokhber said, “The route.”") == V{"Mokhber", "said", ",", "“", "The", "route", ".", "”"});
  CHECK(tokens_of("Iran’s and Putin's plans") == V{"Iran", "’s", "and", "Putin", "'s", "plans"});
  CHECK(tokens_of("the leaders’ meeting") == V{"the", "leaders", "’", "meeting"});
  CHECK(tokens_of("at 8 o’clock, O'Brien didn't") == V{"at", "8", "o’clock", ",", "O'Brien", "didn't"});
  CHECK(tokens_of("rock ’n’ roll in the ’90s") == V{"rock", "’n’", "roll", "in", "the", "’90s"});
}

TEST_CASE("hyphenated words and codes with digits stay whole", "[text]") {
  CHECK(tokens_of("The Rasht-Astara route, Mi-17, F-35, COP29, a 30-year-old") ==
        V{"The", "Rasht-Astara", "route", ",", "Mi-17", ",", "F-35", ",", "COP29", ",", "a", "30-year-old"});
  CHECK(tokens_of("one -- two — three") == V{"one", "--", "two", "—", "three"});
}

TEST_CASE("numbers keep thousands separators, decimals, fractions and times", "[text]") {
  CHECK(tokens_of("$2.7 billion, 1,200,000 people, 40% and 3/4 at 14:06.") ==
        V{"$", "2.7", "billion", ",", "1,200,000", "people", ",", "40", "%", "and", "3/4", "at", "14:06", "."});
  CHECK(kind_of("paid 1,200 for", "1,200") == TokenKind::number);
  CHECK(kind_of("a 1.5m rise", "1.5m") == TokenKind::word);
  CHECK(kind_of("in 2020, 21 more", "2020") == TokenKind::number);
  CHECK(tokens_of("in 2020, 21 more") == V{"in", "2020", ",", "21", "more"});
  CHECK(kind_of("cost $5", "$") == TokenKind::symbol);
  CHECK(kind_of("up 5%", "%") == TokenKind::symbol);
}

TEST_CASE("an initial between capitalized words keeps its dot, as the tagger's training text has it", "[text]") {
  CHECK(tokens_of("President George W. Bush said") == V{"President", "George", "W.", "Bush", "said"});
  CHECK(tokens_of("J. Smith and Jane Q. Smith") == V{"J.", "Smith", "and", "Jane", "Q.", "Smith"});
  CHECK(tokens_of("174 (P. Simmons 4-38)") == V{"174", "(", "P.", "Simmons", "4-38", ")"});
  CHECK(tokens_of("not out, M. Butcher 70") == V{"not", "out", ",", "M.", "Butcher", "70"});
  // After a lower-case word, a capital and a full stop end a sentence.
  CHECK(tokens_of("a grade of A. Then he left") == V{"a", "grade", "of", "A", ".", "Then", "he", "left"});
  CHECK(tokens_of("Vitamin C.\nIt helps") == V{"Vitamin", "C", ".", "It", "helps"});
}

TEST_CASE("\"St.\" before a capitalized word keeps its dot, as the tagger's training text has it", "[text]") {
  CHECK(tokens_of("in St. Petersburg and ST. LOUIS") == V{"in", "St.", "Petersburg", "and", "ST.", "LOUIS"});
  CHECK(tokens_of("on Main St. then") == V{"on", "Main", "St", ".", "then"});
  CHECK(tokens_of("First. Then") == V{"First", ".", "Then"});
}

TEST_CASE("URLs, e-mail addresses, handles and hashtags are single tokens", "[text]") {
  CHECK(tokens_of("See https://example.com/a_(b). Or www.ifpnews.com, then") ==
        V{"See", "https://example.com/a_(b)", ".", "Or", "www.ifpnews.com", ",", "then"});
  CHECK(kind_of("mail jo.doe@mail.co.uk now", "jo.doe@mail.co.uk") == TokenKind::email);
  // The local part read on past its first letters, or not past a sentence's end.
  CHECK(kind_of("Email jo@x.io", "jo@x.io") == TokenKind::email);
  CHECK(tokens_of("she said. jo@x.io wrote") == V{"she", "said", ".", "jo@x.io", "wrote"});
  // At a sentence's end: the address whole, the full stop a token of its own.
  CHECK(tokens_of("Write to mary.jo2@news.org. She replies") ==
        V{"Write", "to", "mary.jo2@news.org", ".", "She", "replies"});
  CHECK(kind_of("Write to mary.jo2@news.org.", "mary.jo2@news.org") == TokenKind::email);
  CHECK(tokens_of("a well-known@ sign") == V{"a", "well-known", "@", "sign"});
  CHECK(kind_of("by @lede_app today", "@lede_app") == TokenKind::handle);
  CHECK(kind_of("tagged #NLP today", "#NLP") == TokenKind::hashtag);
  CHECK(kind_of("read Amazon.com today", "Amazon.com") == TokenKind::url);
  CHECK(kind_of("ranked #1 today", "1") == TokenKind::number);
}

TEST_CASE("words of any length end where they end, however they end", "[text]") {
  // Words are read eight bytes at a time; each length and each kind of end
  // puts the end at another place in those eight.
  for (size_t n = 1; n <= 19; ++n) {
    const std::string letters(n, 'x'), digits(n, '7');
    CHECK(tokens_of(letters + " y") == V{letters, "y"});
    CHECK(tokens_of(letters + ".") == V{letters, "."});
    CHECK(tokens_of(letters + "\xC3\xA9 y") == V{letters + "\xC3\xA9", "y"});
    CHECK(tokens_of(letters + "\xE2\x80\x94y") == V{letters, "\xE2\x80\x94", "y"});
    CHECK(tokens_of(letters + "'s") == V{letters, "'s"});
    CHECK(kind_of(digits + " y", digits) == TokenKind::number);
    CHECK(kind_of(digits + "_ y", digits + "_") == TokenKind::word);
    CHECK(kind_of(digits + "a y", digits + "a") == TokenKind::word);
    CHECK(kind_of("a" + digits + " y", "a" + digits) == TokenKind::word);
    // A lead byte whose low bits spell a letter (C3: 'C') is no ASCII letter.
    CHECK(kind_of(digits + "\xC3\x97" "2", digits) == TokenKind::number);  // 7×2
    CHECK(kind_of(digits + "\xC3\xA9 y", digits + "\xC3\xA9") == TokenKind::word);
  }
  CHECK(tokens_of("internationally_recognised2024 Zürich-based Überlänge") ==
        V{"internationally_recognised2024", "Zürich-based", "Überlänge"});
}

TEST_CASE("dotted initials keep their dots", "[text]") {
  CHECK(tokens_of("The U.S. and the U.K., e.g. here") == V{"The", "U.S.", "and", "the", "U.K.", ",", "e.g.", "here"});
  CHECK(tokens_of("Dr. Smith") == V{"Dr", ".", "Smith"});
}

TEST_CASE("sentences end at full stops but not after abbreviations or initials", "[text]") {
  CHECK(sentences_of("We met Mr. Lavrov in Jan. 2022. He left.") == V{"We met Mr. Lavrov in Jan. 2022.", "He left."});
  CHECK(sentences_of("John F. Kennedy spoke. It rained.") == V{"John F. Kennedy spoke.", "It rained."});
  CHECK(sentences_of("Growth was 2.7 percent. Prices rose.") == V{"Growth was 2.7 percent.", "Prices rose."});
  CHECK(sentences_of("It was... fine. Then what? Nothing!") == V{"It was... fine.", "Then what?", "Nothing!"});
}

TEST_CASE("a closing quote after the full stop belongs to the sentence", "[text]") {
  CHECK(sentences_of("“We agree.” He left. \"Fine.\" She stayed.") == V{"“We agree.”", "He left.", "\"Fine.\"", "She stayed."});
  CHECK(sentences_of("He said “yes.” Then left.") == V{"He said “yes.”", "Then left."});
}

TEST_CASE("a missing space after a full stop still ends the sentence", "[text]") {
  CHECK(sentences_of("with Iran.For his part, he agreed.") == V{"with Iran.", "For his part, he agreed."});
}

TEST_CASE("a state's abbreviation after a lawmaker's name ends no sentence", "[text]") {
  CHECK(sentences_of("House Speaker Mike Johnson, R-La., said so. Sen. Chuck Schumer, D-N.Y., agreed.") ==
        V{"House Speaker Mike Johnson, R-La., said so.", "Sen. Chuck Schumer, D-N.Y., agreed."});
}

TEST_CASE("each pasted line is a paragraph, with or without blank lines", "[text]") {
  CHECK(paragraphs_of("Headline\nFirst paragraph.\n\n  Second paragraph.  \r\nThird.") ==
        V{"Headline", "First paragraph.", "Second paragraph.", "Third."});
  CHECK(paragraphs_of("\n\n \t\n").empty());
  CHECK(paragraphs_of("one\xE2\x80\xA8two") == V{"one", "two"});
}

TEST_CASE("a line break is found wherever it falls", "[text]") {
  // Lines are searched eight bytes at a time.
  for (size_t n = 1; n <= 19; ++n) {
    const std::string line(n, 'a');
    for (const std::string line_break : {"\n", "\r", "\r\n", "\xC2\x85", "\xE2\x80\xA8", "\xE2\x80\xA9"}) {
      CHECK(paragraphs_of(line + line_break + "b") == V{line, "b"});
    }
    CHECK(paragraphs_of(line + "\xC2\xA0\xE2\x80\xA6" "b") == V{line + "\xC2\xA0\xE2\x80\xA6" "b"});
  }
}

TEST_CASE("hard-wrapped lines are joined into one paragraph", "[text]") {
  const std::string wrapped =
      "The minister said on Tuesday that talks with the agency would resume\n"
      "next month in Vienna, and that both sides had agreed to a timetable for\n"
      "the inspections.\n\nShare\nPublished by\nIFP Editorial Staff\n";
  CHECK(paragraphs_of(wrapped) ==
        V{"The minister said on Tuesday that talks with the agency would resume\n"
          "next month in Vienna, and that both sides had agreed to a timetable for\n"
          "the inspections.",
          "Share", "Published by", "IFP Editorial Staff"});
}

TEST_CASE("a byte order mark, NUL bytes and invalid bytes never become words", "[text]") {
  CHECK(tokens_of("\xEF\xBB\xBFHello") == V{"Hello"});
  CHECK(tokens_of(std::string("a\0b", 3)) == V{"a", "b"});
  CHECK(tokens_of("Iran\xFFRussia") == V{"Iran", "Russia"});
}

TEST_CASE("empty and white-space-only text has no paragraphs", "[text]") {
  CHECK(lede::text::segment("").paragraphs.empty());
  CHECK(lede::text::segment("   \n\t ").tokens.empty());
}

TEST_CASE("a word longer than a token can hold is cut at a character boundary", "[text][hostile]") {
  // 64 MB of letters with two-byte characters, so the cut falls inside one.
  std::string word;
  word.reserve(lede::text::Token::kMaxLength + 64);
  while (word.size() < lede::text::Token::kMaxLength + 16) word += "\xC3\xA9";
  const lede::text::Document doc = lede::text::segment(word);
  REQUIRE(doc.tokens.size() == 2);
  CHECK(doc.tokens[0].start == 0);
  CHECK(doc.tokens[0].length % 2 == 0);  // whole characters only
  CHECK(doc.tokens[1].start == doc.tokens[0].end());
  CHECK(doc.tokens[1].end() == word.size());
  CHECK_FALSE(doc.tokens[1].space_before);
}
