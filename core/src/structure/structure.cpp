// Paragraph roles: boilerplate first (so that it is never a headline or a
// turn), then the headline and byline at the top, then interview turns.
#include "structure/structure.hpp"


#include "structure/boilerplate.hpp"
#include "structure/interview.hpp"
#include "structure/paragraph_text.hpp"
#include "text/chars.hpp"

namespace lede::structure {

namespace {

constexpr size_t kHeadlineSearch = 3;  // the headline is among the first paragraphs
constexpr size_t kBylineSearch = 6;
constexpr uint32_t kMaxHeadlineWords = 25;
constexpr uint32_t kMaxKickerWords = 2;  // "IFP Exclusive" above the real headline

bool is_headline_like(const ParagraphText& t) {
  return t.words >= 1 && t.words <= kMaxHeadlineWords && !t.ends_full_stop && !t.ends_ellipsis && !t.ends_colon;
}

void mark_headline(const std::vector<ParagraphText>& texts, std::vector<ParagraphRole>& roles) {
  size_t seen = 0;  // paragraphs that are not navigation or other furniture
  for (size_t i = 0; i < texts.size() && seen < kHeadlineSearch; ++i) {
    if (roles[i] != ParagraphRole::body) continue;
    ++seen;
    // Some pages date the article above its headline; a live blog opens with an entry's time.
    if (is_byline(texts[i]) || is_entry_stamp(texts[i])) continue;
    if (!is_headline_like(texts[i])) return;
    // Kickers and section labels above the real headline ("IFP Exclusive";
    // "World", "Europe"): short lines before a longer headline-like one.
    size_t headline = i;
    while (texts[headline].words <= kMaxKickerWords && headline + 1 < texts.size() &&
           headline - i < kHeadlineSearch && roles[headline + 1] == ParagraphRole::body &&
           is_headline_like(texts[headline + 1]) && !is_byline(texts[headline + 1])) {
      ++headline;
    }
    roles[texts[headline].words > kMaxKickerWords ? headline : i] = ParagraphRole::headline;
    return;
  }
}

// Among the first paragraphs that are not navigation or other furniture;
// with the agency a wire story names under its byline ("By Lisa Martell /
// Associated Press").
void mark_bylines(const std::vector<ParagraphText>& texts, std::vector<ParagraphRole>& roles) {
  size_t seen = 0;
  for (size_t i = 0; i < texts.size() && seen < kBylineSearch; ++i) {
    if (roles[i] == ParagraphRole::boilerplate) continue;
    ++seen;
    if (roles[i] != ParagraphRole::body) continue;
    if (is_byline(texts[i]) || (i > 0 && roles[i - 1] == ParagraphRole::byline && is_agency_credit(texts[i]))) {
      roles[i] = ParagraphRole::byline;
    }
  }
}

// A person's name alone on its line ("Martin Fenwick"): two or three
// capitalized words and nothing else.
bool is_name_line(const text::Document& doc, const text::Paragraph& p, const ParagraphText& t) {
  if (t.words < 2 || t.words > 3 || t.truncated || p.end_token - p.first_token != t.words) return false;
  for (uint32_t k = p.first_token; k < p.end_token; ++k) {
    if (doc.tokens[k].kind != text::TokenKind::word || !text::is_upper_ascii(doc.text[doc.tokens[k].start])) {
      return false;
    }
  }
  return true;
}

// "Bethan McKernan in Jerusalem and Tom Ambrose (now) and Léonie Chao-Fong
// (earlier)": a live page's reporters, names joined by "and", most words
// capitalized, no sentence's full stop.
bool is_credit_of_names(const text::Document& doc, const text::Paragraph& p, const ParagraphText& t) {
  if (t.truncated || t.ends_full_stop || t.words > kMaxHeadlineWords || t.head.find(" and ") == std::string_view::npos) {
    return false;
  }
  uint32_t capitalized = 0, words = 0;
  for (uint32_t k = p.first_token; k < p.end_token; ++k) {
    if (doc.tokens[k].kind != text::TokenKind::word) continue;
    ++words;
    const auto b = static_cast<unsigned char>(doc.text[doc.tokens[k].start]);
    capitalized += text::is_upper_ascii(b) || b >= 0xC0;
  }
  return 2 * capitalized > words;
}

// "Health correspondent", "Political editor, BBC Scotland": a reporter's
// desk, the line the BBC sets under the name.
constexpr std::string_view kDesks[] = {"correspondent", "editor", "reporter"};

bool is_desk(const ParagraphText& t) {
  constexpr uint32_t kMaxDeskWords = 6;
  if (t.truncated || t.ends_full_stop || t.words > kMaxDeskWords) return false;
  const std::string_view h = t.head;
  for (const std::string_view desk : kDesks) {
    const size_t at = h.find(desk);
    if (at != std::string_view::npos && (at + desk.size() == h.size() || h[at + desk.size()] == ',')) return true;
  }
  return false;
}

// "Pippa Crerar Political editor", "Jessica Elgot Deputy political editor":
// a reporter's name and desk on one line, as a paste of the Guardian's
// byline box gives them: two capitalized words first, the desk last.
bool is_name_with_desk(const text::Document& doc, const text::Paragraph& p, const ParagraphText& t) {
  constexpr uint32_t kMaxWords = 9;
  if (t.truncated || t.ends_full_stop || t.words < 3 || t.words > kMaxWords) return false;
  const std::string_view h = t.head;
  const bool desk = std::any_of(std::begin(kDesks), std::end(kDesks), [&](std::string_view d) {
    return h.size() > d.size() && h.substr(h.size() - d.size()) == d && h[h.size() - d.size() - 1] == ' ';
  });
  if (!desk || p.end_token - p.first_token < 2) return false;
  for (uint32_t k = p.first_token; k < p.first_token + 2; ++k) {
    if (doc.tokens[k].kind != text::TokenKind::word || !text::is_upper_ascii(doc.text[doc.tokens[k].start])) {
      return false;
    }
  }
  return true;
}

// "Martin Fenwick" above "Sat 30 Nov 2024 07.00 GMT": the author's name,
// alone on its line, above the byline's date, as the Guardian's pages copy;
// a live page's reporters between its stamp and its date; a name above its
// desk ("Nick Triggle" / "Health correspondent"), or with it on one line, or
// a desk below a byline.
void mark_authors_above_dates(const text::Document& doc, const std::vector<ParagraphText>& texts,
                              std::vector<ParagraphRole>& roles) {
  size_t seen = 0;  // paragraphs that are not furniture: a BBC copy's menu comes first
  for (size_t i = 0; i + 1 < texts.size() && seen < kBylineSearch; ++i) {
    seen += roles[i] != ParagraphRole::boilerplate;
    // "Crown court reporter" under "By Helen Carter": the byline's desk.
    const bool desk_below = i > 0 && roles[i - 1] == ParagraphRole::byline && is_desk(texts[i]);
    if (roles[i] == ParagraphRole::body && (desk_below || is_name_with_desk(doc, doc.paragraphs[i], texts[i]))) {
      roles[i] = ParagraphRole::byline;
      continue;
    }
    if (roles[i] == ParagraphRole::body && roles[i + 1] == ParagraphRole::body &&
        is_name_line(doc, doc.paragraphs[i], texts[i]) && is_desk(texts[i + 1])) {
      roles[i] = roles[i + 1] = ParagraphRole::byline;
      continue;
    }
    if (i >= kBylineSearch || roles[i] != ParagraphRole::body || roles[i + 1] != ParagraphRole::byline ||
        texts[i + 1].starts_with("by ")) {
      continue;
    }
    if (is_name_line(doc, doc.paragraphs[i], texts[i]) ||
        (i > 0 && roles[i - 1] == ParagraphRole::byline && is_credit_of_names(doc, doc.paragraphs[i], texts[i]))) {
      roles[i] = ParagraphRole::byline;
    }
  }
}

// Whether `word` is "and" or begins with a capital: a reporter's name.
bool is_name_word(std::string_view word) {
  return word == "and" || (!word.empty() && text::is_upper_ascii(static_cast<unsigned char>(word[0])));
}

// A live entry's credit of its reporters: "From CNN's Ted Barrett", "From
// CNN's Ted Barrett and Manu Raju" (an outlet's possessive, then names),
// which "From Kyiv's suburbs to the front line" is not.
bool is_reporter_credit(const text::Document& doc, const text::Paragraph& p, const ParagraphText& t) {
  constexpr uint32_t kMaxWords = 12;
  if (!t.starts_with("from ") || t.truncated || t.ends_full_stop || t.words > kMaxWords) return false;
  const std::string_view s = doc.slice(p.start, p.end);
  size_t at = s.find(' ') + 1;
  const size_t outlet_end = s.find(' ', at);
  if (outlet_end == std::string_view::npos) return false;
  const std::string_view outlet = s.substr(at, outlet_end - at);
  if (!ends_with_bytes(outlet, "'s") && !ends_with_bytes(outlet, "\xE2\x80\x99s")) return false;
  for (at = outlet_end + 1; at < s.size();) {
    size_t end = s.find_first_of(" ,", at);
    if (end == std::string_view::npos) end = s.size();
    if (end > at && !is_name_word(s.substr(at, end - at))) return false;
    at = end + 1;
  }
  return true;
}

// A live blog: two or more entries, each under its clock time. Each time is
// its entry's dated line and the short line below it the entry's headline
// (a quotation there is the person's it names, not the page's); the credit
// of its reporters below that is its byline.
void mark_live_entries(const text::Document& doc, const std::vector<ParagraphText>& texts,
                       std::vector<ParagraphRole>& roles) {
  constexpr size_t kMinEntries = 2;
  // The first stamps may have been read as the article's bylines already.
  const auto is_entry = [&](size_t i) {
    return (roles[i] == ParagraphRole::body || roles[i] == ParagraphRole::byline) && is_entry_stamp(texts[i]);
  };
  size_t entries = 0;
  for (size_t i = 0; i < texts.size() && entries < kMinEntries; ++i) entries += is_entry(i);
  if (entries < kMinEntries) return;
  for (size_t i = 0; i < texts.size(); ++i) {
    if (!is_entry(i)) continue;
    roles[i] = ParagraphRole::byline;
    size_t next = i + 1;
    // "14.32 GMT" / "Tom Ambrose" / "UN says 40 lorries crossed": the
    // Guardian names an entry's author between its time and its headline.
    if (next + 1 < texts.size() && roles[next] == ParagraphRole::body && roles[next + 1] == ParagraphRole::body &&
        is_name_line(doc, doc.paragraphs[next], texts[next]) && is_headline_like(texts[next + 1]) &&
        !is_entry_stamp(texts[next + 1])) {
      roles[next++] = ParagraphRole::byline;
    }
    if (next < texts.size() && roles[next] == ParagraphRole::body && is_headline_like(texts[next]) &&
        !is_entry_stamp(texts[next]) && !is_reporter_credit(doc, doc.paragraphs[next], texts[next])) {
      roles[next] = ParagraphRole::headline;
    }
    // The page's headline may be the first entry's, marked already.
    if (next < texts.size() && roles[next] == ParagraphRole::headline) ++next;
    if (next < texts.size() && roles[next] == ParagraphRole::body &&
        is_reporter_credit(doc, doc.paragraphs[next], texts[next])) {
      roles[next] = ParagraphRole::byline;
    }
  }
}

// The paragraphs that lie within a span of furniture. Both lists are in
// order: one walk over them.
void mark_furniture(const text::Document& doc, const std::vector<Span>& furniture, std::vector<ParagraphRole>& roles) {
  auto span = furniture.begin();
  for (size_t i = 0; i < doc.paragraphs.size() && span != furniture.end(); ++i) {
    const text::Paragraph& p = doc.paragraphs[i];
    while (span != furniture.end() && span->end < p.end) ++span;
    if (span != furniture.end() && span->start <= p.start) roles[i] = ParagraphRole::boilerplate;
  }
}

// "## What happens next": a Markdown heading's line, blanked, reads as a
// paragraph of the body. It takes the role a live page's entry heading has,
// the contract's only role for a heading, unless read as another already.
void mark_headings(const text::Document& doc, const std::vector<Span>& headings, std::vector<ParagraphRole>& roles) {
  auto heading = headings.begin();
  for (size_t i = 0; i < doc.paragraphs.size() && heading != headings.end(); ++i) {
    const text::Paragraph& p = doc.paragraphs[i];
    while (heading != headings.end() && heading->end < p.end) ++heading;
    if (heading != headings.end() && heading->start <= p.start && roles[i] == ParagraphRole::body) {
      roles[i] = ParagraphRole::headline;
    }
  }
}

}  // namespace

Structure analyze(const text::Document& doc, const std::vector<Span>& furniture, const std::vector<Span>& headings) {
  Structure s;
  const ParagraphTexts paragraph_texts(doc);
  const std::vector<ParagraphText>& texts = paragraph_texts.all();
  s.roles.assign(doc.paragraphs.size(), ParagraphRole::body);
  mark_furniture(doc, furniture, s.roles);
  mark_boilerplate(texts, s.roles);
  mark_headline(texts, s.roles);
  mark_bylines(texts, s.roles);
  mark_authors_above_dates(doc, texts, s.roles);
  mark_live_entries(doc, texts, s.roles);
  mark_headings(doc, headings, s.roles);
  find_turns(doc, s);
  return s;
}

}  // namespace lede::structure
