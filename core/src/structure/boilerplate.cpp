// Boilerplate rules. Each paragraph is first judged alone (fixed phrases,
// stamps, widget residue); then runs are judged in context: teaser lists
// after a list header, runs of truncated teasers, author boxes beside other
// boilerplate. One pass each, so linear in the number of paragraphs.
#include "structure/boilerplate.hpp"

#include <algorithm>
#include <array>

#include "text/chars.hpp"

namespace lede::structure {

namespace {

// A phrase list indexed by its first two bytes: for each byte, the set of
// phrases that start with it and the set whose second byte it is, so that a
// head is compared only with the phrases that begin like it instead of with
// the whole list.
template <size_t N>
class PhraseList {
 public:
  static_assert(N <= 64, "one bit per phrase");
  constexpr PhraseList(const std::array<std::string_view, N>& phrases) : phrases_(phrases) {
    for (size_t k = 0; k < N; ++k) {
      const std::string_view p = phrases[k];
      const uint64_t bit = uint64_t{1} << k;
      first_byte_[static_cast<unsigned char>(p[0])] |= bit;
      if (p.size() == 1) {
        one_byte_ |= bit;
        for (uint64_t& set : second_byte_) set |= bit;  // any second byte may follow it
      } else {
        second_byte_[static_cast<unsigned char>(p[1])] |= bit;
      }
    }
  }

  // `s` is one of the phrases.
  bool has(std::string_view s) const {
    return any_from(s, [s](std::string_view p) { return same_bytes(s, p); });
  }
  // `s` starts with one of the phrases.
  bool has_prefix_of(std::string_view s) const {
    return any_from(s, [s](std::string_view p) { return starts_with_bytes(s, p); });
  }
  // One of the phrases occurs in `s`: one pass over `s`, not one search per phrase.
  bool has_phrase_in(std::string_view s) const {
    for (size_t at = 0; at < s.size(); ++at) {
      const std::string_view rest = s.substr(at);
      if (any_from(rest, [rest](std::string_view p) { return starts_with_bytes(rest, p); })) return true;
    }
    return false;
  }

 private:
  // The phrases that begin as `s` does.
  uint64_t candidates(std::string_view s) const {
    if (s.empty()) return 0;
    const uint64_t first = first_byte_[static_cast<unsigned char>(s[0])];
    return first & (s.size() == 1 ? one_byte_ : second_byte_[static_cast<unsigned char>(s[1])]);
  }

  template <class Match>
  bool any_from(std::string_view s, Match match) const {
    for (uint64_t set = candidates(s); set != 0; set &= set - 1) {
      if (match(phrases_[__builtin_ctzll(set)])) return true;
    }
    return false;
  }

  std::array<std::string_view, N> phrases_;
  uint64_t first_byte_[256] = {};
  uint64_t second_byte_[256] = {};
  uint64_t one_byte_ = 0;  // the phrases of a single byte
};

// Whole paragraphs that are page furniture, after lower-casing and dropping
// trailing punctuation.
constexpr PhraseList<63> kFixedLines({
    "share", "share this", "share this article", "share this story", "share on facebook", "share on twitter",
    "tweet", "print", "email", "e-mail", "published by", "posted by", "written by", "author",
    "about the author", "leave a reply", "leave a comment", "cancel reply",
    "your email address will not be published", "required fields are marked *", "comment", "comments",
    "name *", "email *", "website", "post comment", "back to top", "back to top button", "source link",
    "source", "advertisement", "sponsored", "subscribe", "sign up", "newsletter", "follow us", "home", "menu",
    "search", "skip to content", "print this page", "copy link", "whatsapp",
    "facebook", "twitter", "telegram", "linkedin", "x", "reddit", "no comments", "loading",
    "continue reading", "skip to main content", "accept all cookies", "topics", "image caption",
    "listen to this article", "print article", "share via email", "save", "bookmark",
    // A press release's end marks.
    "###", "-30-"});

// Paragraphs that start like this are furniture whatever follows.
constexpr PhraseList<39> kPrefixes({
    "listen to this article",
    "see also ", "read more:", "read also:", "also read:", "related:", "tags:", "tagged:", "news id",
    "source:", "copyright ", "\xC2\xA9", "all rights reserved", "share on ", "follow us on", "click here",
    "sign up for", "subscribe to", "posted in ", "filed under", "save my name", "related posts:",
    "recommended:", "more on this", "this article was originally published", "reporting by ", "editing by ",
    "additional reporting by", "image source", "image caption", "photo: ", "photograph: ", "we use cookies",
    "read this next", "more from ", "continue reading", "follow us on ",
    // A press release's head and its contact line ("Contact: press@acme.example, +1 (408) 555-0100").
    "for immediate release", "contact:"});

// Headers of teaser lists: the paragraphs after them are other articles.
// ("Read more" and "See also" alone are such headers, not fixed lines.)
constexpr PhraseList<42> kListHeaders({
    "read more", "read also", "also read", "see also",
    "recent posts", "related posts", "related", "related articles", "related news", "related stories",
    "more stories", "more news", "latest news", "latest posts", "latest", "most read", "most popular",
    "popular posts", "trending", "trending now", "you may also like", "you might also like", "read next",
    "top stories", "editor's picks", "more from this author", "recommended", "further reading",
    "related topics", "more on this story", "most viewed", "more stories from", "read this next",
    "related content", "related reading", "you may be interested in",
    // A press release's contact block: a name, an e-mail address, a telephone number.
    "contact", "contacts", "media contact", "media contacts", "press contact", "investor contact"});

// Phrases of an author box ("X is a journalist with a decade of experience").
constexpr PhraseList<26> kBioPhrases({
    "is composed of", "is the author", "is an author", "writes articles", "writes about",
    "years of experience", "decade of experience", "is a journalist", "is a reporter", "is a writer",
    "is a staff writer", "is the editor", "is a senior editor", "can be contacted", "can be reached at",
    "is the ceo and founder", "is a correspondent", "is a senior correspondent", "is a freelance",
    "is a staff reporter", "is a contributing", "is a columnist", "is a food writer",
    "is a political reporter", "is a political correspondent", "is a senior reporter"});

// Share buttons, which a copied page keeps as a line of their names
// ("Facebook Twitter LinkedIn", "Share | Email | Print").
constexpr PhraseList<19> kShareWords({"facebook", "twitter", "linkedin", "whatsapp", "telegram", "reddit", "email",
                                      "e-mail", "x", "pinterest", "print", "messenger", "copy", "link", "share",
                                      "tumblr", "flipboard", "mail", "sms"});

// What separates the steps of a breadcrumb trail ("Home › World › Europe").
// Tables of results use slashes and bars too ("W D L G / F G / A P"): a
// trail with those starts at "Home".
constexpr std::array<std::string_view, 4> kTrailSeparators = {" \xE2\x80\xBA ", " \xC2\xBB ", " > ",
                                                               " \xE2\x86\x92 "};
constexpr std::array<std::string_view, 2> kHomeTrailSeparators = {" / ", " | "};
constexpr uint32_t kMaxTrailStepWords = 4;

constexpr PhraseList<9> kTimeUnits({"second", "minute", "min", "hour", "hr", "day", "week", "month", "year"});

constexpr uint32_t kMaxFixedWords = 8;  // the longest fixed line, "your email address will not be published"

bool is_fixed_line(const ParagraphText& t) {
  return t.words <= kMaxFixedWords && !t.truncated && kFixedLines.has(t.normalized());
}

bool has_fixed_prefix(const ParagraphText& t) {
  // A link line has no full stop; "See also the minister's remarks, ..." is prose.
  if (t.words > 40 || (t.ends_full_stop && t.words > 12)) return false;
  return kPrefixes.has_prefix_of(t.normalized());
}

bool is_list_header(const ParagraphText& t) { return t.words <= 5 && !t.truncated && kListHeaders.has(t.normalized()); }

bool is_bio(const ParagraphText& t) { return t.words <= 120 && kBioPhrases.has_phrase_in(t.normalized()); }

// Ad and widget residue: one to three lower-case words, nothing else
// ("atramart mobile"). Article paragraphs have capitals or punctuation.
bool is_widget_residue(const ParagraphText& t) {
  return t.tokens >= 1 && t.tokens <= kMaxResidueTokens && t.all_lower_words;
}

// A teaser in a list: a short title without a full stop, a truncated lede or a stamp.
bool is_teaser(const ParagraphText& t) {
  if (is_time_stamp(t)) return true;
  if (t.ends_ellipsis) return t.words <= 60;
  return !t.ends_full_stop && t.words <= 30;
}

bool is_truncated_teaser(const ParagraphText& t) { return t.ends_ellipsis && t.words >= 4 && t.words <= 60; }

// A navigation label: one to three words, no sentence punctuation.
bool is_label(const ParagraphText& t) {
  return t.words >= 1 && t.words <= 3 && t.tokens <= 4 && !t.ends_full_stop && !t.ends_question && !t.truncated;
}

// A line of two or more share buttons' names, apart by spaces or bars.
bool is_share_buttons(const ParagraphText& t) {
  if (t.truncated || t.words < 2 || t.words > 12 || t.ends_full_stop) return false;
  const std::string_view s = t.normalized();
  size_t names = 0;
  for (size_t at = 0; at < s.size();) {
    const size_t end = std::min(s.find(' ', at), s.size());
    const std::string_view word = s.substr(at, end - at);
    if (word != "|" && word != "/" && word != "\xC2\xB7" && word != "\xE2\x80\xA2") {
      if (!kShareWords.has(word)) return false;
      ++names;
    }
    at = end + 1;
  }
  return names >= 2;
}

// A breadcrumb trail tops a page: only the first paragraphs are read for one.
constexpr size_t kTrailSearch = 3;

// A breadcrumb trail: three or more short steps apart by one separator
// ("Home › World › Europe", "Home / Asia / China").
bool is_breadcrumb(const ParagraphText& t) {
  if (t.truncated || t.words < 3 || t.words > 3 * kMaxTrailStepWords || t.ends_full_stop || t.ends_question) {
    return false;
  }
  const std::string_view s = t.normalized();
  const auto is_trail = [s](std::string_view separator) {
    for (size_t steps = 1, at = 0;; ++steps) {
      const size_t end = std::min(s.find(separator, at), s.size());
      const std::string_view step = s.substr(at, end - at);
      if (step.empty() || static_cast<uint32_t>(std::count(step.begin(), step.end(), ' ')) + 1 > kMaxTrailStepWords) {
        return false;
      }
      if (end == s.size()) return steps >= 3;
      at = end + separator.size();
    }
  };
  if (std::any_of(kTrailSeparators.begin(), kTrailSeparators.end(), is_trail)) return true;
  return t.starts_with("home ") && std::any_of(kHomeTrailSeparators.begin(), kHomeTrailSeparators.end(), is_trail);
}

bool is_author_marker(const ParagraphText& t) {
  return t.is("published by") || t.is("posted by") || t.is("written by") || t.is("author");
}

// A short line naming someone, without sentence punctuation: the name in an author box.
bool is_name_line(const ParagraphText& t) { return t.words >= 1 && t.words <= 5 && !t.ends_full_stop && !t.truncated; }

// A wire's dateline opens a release, below its headlines: only the first
// paragraphs are searched for one.
constexpr size_t kDatelineSearch = 6;

// A wire's dateline: "SAN JOSE, Calif., Oct. 24, 2024 /PRNewswire/ --",
// "SAN JOSE, Calif.--(BUSINESS WIRE)--", "/GLOBE NEWSWIRE/".
bool is_wire_dateline(const ParagraphText& t) {
  const std::string_view s = t.normalized();
  return s.find("newswire/") != std::string_view::npos || s.find("(business wire)") != std::string_view::npos;
}

// Marks of a press release: its head, its end marks, a wire's dateline.
bool is_release(const std::vector<ParagraphText>& texts) {
  for (size_t i = 0; i < texts.size(); ++i) {
    const ParagraphText& t = texts[i];
    if (t.starts_with("for immediate release") || t.is("###") || t.is("-30-")) return true;
    if (i < kDatelineSearch && is_wire_dateline(t)) return true;
  }
  return false;
}

// The heads of the sections that end a release: "About Acme Corp.", the
// company's description ("About 200 jobs go." is a sentence), and the
// legal notices.
bool is_release_section_header(const ParagraphText& t) {
  if (t.truncated || t.words > 5 || t.ends_question) return false;
  constexpr std::string_view kAbout = "about ";
  if (t.starts_with(kAbout)) return !text::is_digit(static_cast<unsigned char>(t.normalized()[kAbout.size()]));
  return t.is("forward-looking statements") || t.is("safe harbor statement") ||
         t.is("cautionary statement regarding forward-looking statements");
}

// "SOURCE Acme Corp.", the wire's last line.
bool is_wire_source(const ParagraphText& t) { return t.starts_with("source ") && t.words <= 6 && !t.truncated; }

// The end of a press release: the "About" and legal sections, from a head
// to the next furniture or the page's end, and the wire's source line when
// all after it is furniture. Only on a page that shows it is a release: an
// article may have an "About the study" section.
void mark_release_tail(const std::vector<ParagraphText>& texts, std::vector<ParagraphRole>& roles) {
  if (!is_release(texts)) return;
  const size_t n = texts.size();
  const auto flagged = [&roles](size_t i) { return roles[i] == ParagraphRole::boilerplate; };
  for (size_t i = 0; i < n; ++i) {
    if (flagged(i) || !is_release_section_header(texts[i])) continue;
    for (; i < n && !flagged(i); ++i) roles[i] = ParagraphRole::boilerplate;
  }
  for (size_t i = n; i-- > 0;) {
    if (flagged(i)) continue;
    if (is_wire_source(texts[i])) roles[i] = ParagraphRole::boilerplate;
    break;
  }
}

}  // namespace

bool is_time_stamp(const ParagraphText& t) {
  const std::string_view s = t.normalized();
  if (t.truncated || t.words > 4) return false;
  if (s == "just now" || s == "yesterday") return true;
  // "3 hours ago", and a reading time: "6 min read".
  const bool ago = s.size() >= 5 && s.substr(s.size() - 4) == " ago";
  const bool read = s.size() >= 6 && s.substr(s.size() - 5) == " read";
  if (!ago && !read) return false;
  const size_t space = s.find(' ');
  const std::string_view count = s.substr(0, space);
  bool count_ok = count == "a" || count == "an" || count == "one";
  if (!count_ok && !count.empty()) {
    count_ok = true;
    for (char c : count) count_ok = count_ok && c >= '0' && c <= '9';
  }
  if (!count_ok) return false;
  std::string_view unit = s.substr(space + 1, s.size() - (ago ? 4 : 5) - space - 1);
  if (!unit.empty() && unit.back() == 's') unit.remove_suffix(1);
  return ago ? kTimeUnits.has(unit) : unit == "min" || unit == "minute";
}

void mark_boilerplate(const std::vector<ParagraphText>& texts, std::vector<ParagraphRole>& roles) {
  const size_t n = texts.size();
  const auto flagged = [&roles](size_t i) { return roles[i] == ParagraphRole::boilerplate; };
  const auto flag = [&roles](size_t i) { roles[i] = ParagraphRole::boilerplate; };
  bool in_list = false;  // inside a teaser list after its header
  for (size_t i = 0; i < n; ++i) {
    const ParagraphText& t = texts[i];
    if (is_list_header(t)) {
      flag(i);
      in_list = true;
      continue;
    }
    if (in_list && is_teaser(t)) {
      flag(i);
      continue;
    }
    in_list = false;
    if (is_fixed_line(t) || has_fixed_prefix(t) || is_time_stamp(t) || is_widget_residue(t) || is_share_buttons(t) ||
        (i < kTrailSearch && is_breadcrumb(t))) {
      flag(i);
    }
  }
  // Site navigation: a run of three or more short labels (Home, World,
  // Politics, Menu) of which one is already known furniture.
  for (size_t i = 0; i < n;) {
    size_t end = i;
    bool known = false;
    for (; end < n && is_label(texts[end]); ++end) {
      if (flagged(end)) known = true;
    }
    if (end - i >= 3 && known) {
      for (size_t k = i; k < end; ++k) flag(k);
    }
    i = end > i ? end : i + 1;
  }
  // Runs of truncated teasers ("…"): two in a row, or one beside other boilerplate.
  for (size_t i = 0; i < n; ++i) {
    if (flagged(i) || !is_truncated_teaser(texts[i])) continue;
    const bool prev = i > 0 && (flagged(i - 1) || is_truncated_teaser(texts[i - 1]));
    const bool next = i + 1 < n && (flagged(i + 1) || is_truncated_teaser(texts[i + 1]));
    if (prev || next) flag(i);
  }
  // Author boxes: a bio beside other boilerplate or ending the page, with
  // the name line just above it or after "Published by".
  for (size_t i = 0; i < n; ++i) {
    if (flagged(i)) continue;
    const bool near_tail = i + 1 == n || (i + 1 < n && flagged(i + 1)) || (i > 0 && flagged(i - 1));
    if (near_tail && is_bio(texts[i])) {
      flag(i);
      if (i > 0 && !flagged(i - 1) && is_name_line(texts[i - 1])) flag(i - 1);
    }
    if (is_name_line(texts[i]) && i > 0 && is_author_marker(texts[i - 1])) flag(i);
  }
  mark_release_tail(texts, roles);
}

}  // namespace lede::structure
