// Boilerplate rules. Each paragraph is first judged alone (fixed phrases,
// stamps, widget residue); then runs are judged in context: teaser lists
// after a list header, runs of truncated teasers, author boxes beside other
// boilerplate. One pass each, so linear in the number of paragraphs.
#include "structure/boilerplate.hpp"

#include <algorithm>
#include <array>
#include <optional>

#include "text/byte_lanes.hpp"
#include "text/chars.hpp"
#include "text/time_zones.hpp"

namespace lede::structure {

namespace {

// A phrase list indexed by its first two bytes: for each byte, the set of
// phrases that start with it and the set whose second byte it is, so that a
// head is compared only with the phrases that begin like it instead of with
// the whole list. A set is a bit per phrase, in as many 64-bit words as the
// list needs.
template <size_t N>
class PhraseList {
  static constexpr size_t kWords = (N + 63) / 64;
  using Set = std::array<uint64_t, kWords>;

 public:
  constexpr PhraseList(const std::array<std::string_view, N>& phrases) : phrases_(phrases) {
    for (size_t k = 0; k < N; ++k) {
      const std::string_view p = phrases[k];
      const size_t word = k / 64;
      const uint64_t bit = uint64_t{1} << (k % 64);
      first_byte_[static_cast<unsigned char>(p[0])][word] |= bit;
      if (p.size() == 1) {
        one_byte_[word] |= bit;
        for (Set& set : second_byte_) set[word] |= bit;  // any second byte may follow it
      } else {
        second_byte_[static_cast<unsigned char>(p[1])][word] |= bit;
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
  // One of the phrases occurs in `s` at the start of a word: one pass over
  // `s`, not one search per phrase, that stops at its words only.
  bool has_phrase_in(std::string_view s) const { return end_of_phrase_in(s) != std::string_view::npos; }
  // Where the first phrase found in `s` at the start of a word ends, or npos.
  size_t end_of_phrase_in(std::string_view s) const {
    for (size_t at = 0; at < s.size();) {
      const std::string_view rest = s.substr(at);
      size_t length = 0;
      const bool found = any_from(rest, [rest, &length](std::string_view p) {
        length = p.size();
        return starts_with_bytes(rest, p);
      });
      if (found) return at + length;
      const size_t space = s.find(' ', at);
      if (space == std::string_view::npos) break;
      at = space + 1;
    }
    return std::string_view::npos;
  }

 private:
  // Tries the phrases that begin as `s` does.
  template <class Match>
  bool any_from(std::string_view s, Match match) const {
    if (s.empty()) return false;
    const Set& first = first_byte_[static_cast<unsigned char>(s[0])];
    const Set& second = s.size() == 1 ? one_byte_ : second_byte_[static_cast<unsigned char>(s[1])];
    for (size_t word = 0; word < kWords; ++word) {
      for (uint64_t set = first[word] & second[word]; set != 0; set &= set - 1) {
        if (match(phrases_[word * 64 + static_cast<size_t>(__builtin_ctzll(set))])) return true;
      }
    }
    return false;
  }

  std::array<std::string_view, N> phrases_;
  Set first_byte_[256] = {};
  Set second_byte_[256] = {};
  Set one_byte_ = {};  // the phrases of a single byte
};

// Whole paragraphs that are page furniture, after lower-casing and dropping
// trailing punctuation.
constexpr PhraseList<88> kFixedLines({
    "share", "share this", "share this article", "share this story", "share on facebook", "share on twitter",
    "tweet", "print", "email", "e-mail", "published by", "posted by", "written by", "author",
    "about the author", "leave a reply", "leave a comment", "cancel reply",
    "your email address will not be published", "required fields are marked *", "comment", "comments",
    "name *", "email *", "website", "post comment", "back to top", "back to the top", "back to top button",
    "source link", "source", "advertisement", "sponsored", "subscribe", "sign up", "newsletter", "follow us",
    "home", "menu", "search", "print this page", "copy link", "whatsapp", "sign in", "log in", "link copied",
    "facebook", "twitter", "telegram", "linkedin", "x", "reddit", "no comments", "loading",
    "continue reading", "accept all cookies", "topics", "image caption",
    "listen to this article", "print article", "share via email", "save", "bookmark",
    // The New York Times' page around its advertisements.
    "supported by", "skip advertisement",
    // A live blog's controls.
    "live", "key events", "show key events only", "pinned post", "show more", "load more", "summary", "filters beta",
    "live reporting", "what we're covering", "reuse this content",
    // A blog platform's buttons (Medium).
    "member-only story", "follow", "listen",
    // A section's label over an opinion piece's headline.
    "opinion",
    // An email newsletter's head.
    "view in browser", "view online", "view this email in your browser",
    // A press release's end marks.
    "###", "-30-", "ends",
    // A podcast page's label over its transcript.
    "transcript", "full transcript"});

// Paragraphs that start like this are furniture whatever follows.
constexpr PhraseList<97> kPrefixes({
    "listen to this article",
    "see also ", "read more:", "read also:", "also read:",
    // Indian papers' links between paragraphs ("Also Read | Maruti Suzuki Q2 results: ...").
    "also read |", "read also |", "related:", "tags:", "tagged:", "news id",
    "source:", "copyright ", "\xC2\xA9", "all rights reserved", "share on ", "follow us on", "click here",
    "sign up for", "subscribe to", "posted in ", "filed under", "save my name", "related posts:",
    "recommended:", "more on this", "this article was originally published", "reporting by ", "editing by ",
    "additional reporting by", "image source", "image caption", "read this next", "more from ",
    "continue reading", "skip to ", "sign up to ", "you must be logged in", "share full article", "read in app",
    "share or comment on this article", "click to rate", "the comments below have not been moderated",
    "see more on:", "gift this article", "have a confidential tip", "have a news tip", "before it's here", "learn more",
    "story continues", "follow all new stories", "discussion about this post", "x (formerly twitter)",
    "see your latest updates", "ad feedback", "why you can trust", "keep up with all the latest", "tap here",
    "democracy dies in darkness", "(subscribe to", "start a conversation", "join our commenting forum",
    "join thought-provoking conversations", "view comments", "terms and privacy policy", "privacy dashboard",
    "track latest news live", "please turn on javascript", "get our free ", "get the latest news",
    "click to share", "got a tip", "support our journalism",
    // Advertisements' labels ("Advertisement - Scroll to continue", "Article continues after this advertisement").
    "advertisement - scroll", "article continues",
    // An email newsletter's reading count and its foot.
    "smart brevity", "unsubscribe", "you received this email",
    // Pictures' captions ("FILE PHOTO: A Tesla logo is seen ... REUTERS/Yves Herman").
    "file photo:", "photo:", "pictured:",
    // A broadcast transcript's breaks ("(COMMERCIAL BREAK)").
    "(commercial break", "(begin video", "(end video",
    // A cookie banner.
    "we use cookies", "we value your privacy", "we and our partners", "this site uses cookies",
    "this website uses cookies", "accept all", "manage preferences", "cookie settings",
    // A press release's head and its contact line ("Contact: press@acme.example, +1 (408) 555-0100").
    "for immediate release", "contact:",
    // Reuters' link to its principles under a story.
    "our standards:",
    // The stamp under an Indian paper's story ("First published on: 08-11-2026 at 18:42 IST").
    "first published on:",
    // A site's note on itself under a story ("Disclosure: CoinDesk is an award-winning media outlet ...").
    "disclosure:"});

// Paragraphs that start like this are furniture even as a long sentence,
// which a prose sentence never starts like ("Thanks for reading The Daily
// Note! Subscribe for free to receive new posts and support my work.").
constexpr PhraseList<23> kSentencePrefixes({"thanks for reading", "sign up for the", "sign up to the",
                                           "sign up for our", "sign up to our", "subscribe to our",
                                           "this is a rush transcript", "this newsletter was edited by",
                                           // The Guardian's call for letters under an opinion piece.
                                           "\xE2\x80\xA2 do you have an opinion on the issues",
                                           "a version of this article appears in print",
                                           "i would like to be emailed", "(except for the headline",
                                           // Indian sites' note under a wire story ("(This story has not
                                           // been edited by our staff and is auto-generated from a
                                           // syndicated feed.)").
                                           "(this story has not been edited", "this story has not been edited",
                                           // A wire's notice ("Copyright 2026 The Associated Press. All
                                           // rights reserved. This material may not be published, ...").
                                           "copyright 19", "copyright 20", "copyright \xC2\xA9", "\xC2\xA9 19",
                                           "\xC2\xA9 20",
                                           // Reuters' credits: "(Reporting by X in London; Editing by Y)".
                                           "(reporting by", "(additional reporting by", "(writing by",
                                           // The BBC's regional pages: "Send your story ideas to ...".
                                           "send your story ideas"});
constexpr uint32_t kMaxSentencePrefixWords = 40;

// Headers of teaser lists: the paragraphs after them are other articles.
// ("Read more" and "See also" alone are such headers, not fixed lines.)
constexpr PhraseList<50> kListHeaders({
    "read more", "read also", "also read", "see also",
    "recent posts", "related posts", "related", "related articles", "related news", "related stories",
    "more stories", "more news", "latest news", "latest posts", "latest", "most read", "most popular",
    "popular posts", "trending", "trending now", "you may also like", "you might also like", "read next",
    "top stories", "editor's picks", "more from this author", "recommended", "further reading",
    "related topics", "more on this story", "most viewed", "more stories from", "read this next",
    "related content", "related reading", "you may be interested in", "related coverage", "suggested topics",
    "explore more on these topics", "related article",
    // Advertisers' links dressed as stories.
    "sponsored stories", "sponsored content", "promoted stories", "from our partners",
    // A press release's contact block: a name, an e-mail address, a telephone number.
    "contact", "contacts", "media contact", "media contacts", "press contact", "investor contact"});

// Phrases of an author box ("X is a journalist with a decade of experience").
constexpr PhraseList<30> kBioPhrases({
    "is composed of", "is the author", "is an author", "writes articles", "writes about",
    "years of experience", "decade of experience", "is a journalist", "is a reporter", "is a writer",
    "is a staff writer", "is the editor", "is a senior editor", "can be contacted", "can be reached at",
    "is the ceo and founder", "is a correspondent", "is a senior correspondent", "is a freelance",
    "is a staff reporter", "is a contributing", "is a columnist", "is a food writer",
    "is a political reporter", "is a political correspondent", "is a senior reporter",
    // A platform's author box: "Energy reporter based in Warsaw."
    "reporter based in", "journalist based in", "writer based in", "correspondent based in"});

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

// Whether `s` has a byte of a separator that prose rarely has ('>', or the
// first of "›", "»", "→"): without one, no separator is searched for at
// every space.
constexpr bool has_trail_mark(std::string_view s) {
  for (const char c : s) {
    if (c == '>' || c == '\xE2' || c == '\xC2') return true;
  }
  return false;
}
static_assert(has_trail_mark(kTrailSeparators[0]) && has_trail_mark(kTrailSeparators[1]) &&
              has_trail_mark(kTrailSeparators[2]) && has_trail_mark(kTrailSeparators[3]));

// Phrases that end a picture's caption with its credit ("... at the
// British Museum. Photograph: Dan Kitwood/Getty Images", "(AP Photo/Nathan
// Howard)"); each has a colon or a bracket.
constexpr PhraseList<7> kCreditPhrases({"photograph: ", "photo: ", "(ap photo", "picture: ", "image: ", "credit: ",
                                        "pic: "});
constexpr uint32_t kMaxCaptionWords = 45;
constexpr size_t kMaxCreditSpaces = 5;   // after the phrase: a name, an agency
constexpr size_t kCreditTailWords = 8;   // the phrase's own words, then the credit's

// How a link's label ends ("Purchase Licensing Rights, opens new tab", "The
// Guardian - Back to home", the BBC's "Get Football news sent straight to
// your phone"), and a wire story's credit of its other reporters ("Associated Press writer
// Gene Johnson in Seattle contributed to this report.").
constexpr std::array<std::string_view, 6> kLinkEnds = {"opens new tab",          "opens in new tab",
                                                       "back to home",           "on whatsapp",
                                                       "straight to your phone", "straight to your inbox"};
constexpr std::array<std::string_view, 3> kContributorEnds = {"contributed to this report", "contributed to this story",
                                                              "contributed reporting"};
constexpr uint32_t kMaxContributorWords = 30;

constexpr PhraseList<9> kTimeUnits({"second", "minute", "min", "hour", "hr", "day", "week", "month", "year"});

constexpr uint32_t kMaxFixedWords = 8;  // the longest fixed line, "your email address will not be published"

bool is_fixed_line(const ParagraphText& t) {
  return t.words <= kMaxFixedWords && !t.truncated && kFixedLines.has(t.normalized());
}

bool has_fixed_prefix(const ParagraphText& t) {
  if (t.words > kMaxSentencePrefixWords) return false;
  if (kSentencePrefixes.has_prefix_of(t.normalized())) return true;
  // A link line has no full stop; "See also the minister's remarks, ..." is prose.
  return !(t.ends_full_stop && t.words > 12) && kPrefixes.has_prefix_of(t.normalized());
}

// Or "Read more from Sky News:".
bool is_list_header(const ParagraphText& t) {
  if (t.words > 5 || t.truncated) return false;
  return kListHeaders.has(t.normalized()) || (t.starts_with("read more from ") && !t.ends_full_stop);
}

// The last `words` words of `s` (all of it when it has fewer).
std::string_view last_words(std::string_view s, size_t words) {
  size_t at = s.size();
  for (size_t spaces = 0; at > 0; --at) {
    if (s[at - 1] == ' ' && ++spaces == words) break;
  }
  return s.substr(at);
}

// Each end's last byte first: most paragraphs asked end with another.
template <size_t N>
bool ends_with_any(std::string_view s, const std::array<std::string_view, N>& ends) {
  if (s.empty()) return false;
  for (const std::string_view end : ends) {
    if (end.back() == s.back() && ends_with_bytes(s, end)) return true;
  }
  return false;
}

// A credit ends the paragraph, without a full stop: "a photo: the dog
// asleep on the sofa." is prose. Only the last words are searched, and
// only when the paragraph has a colon or a bracket (memchr, which skips
// most of them at a few bytes an instruction).
bool is_caption_credit(const ParagraphText& t) {
  if (t.truncated || t.ends_full_stop || t.words > kMaxCaptionWords) return false;
  const std::string_view s = t.normalized();
  if (s.find(':') == std::string_view::npos && s.find('(') == std::string_view::npos) return false;
  const std::string_view tail = last_words(s, kCreditTailWords);
  const size_t end = kCreditPhrases.end_of_phrase_in(tail);
  return end != std::string_view::npos &&
         static_cast<size_t>(std::count(tail.begin() + static_cast<std::ptrdiff_t>(end), tail.end(), ' ')) <=
             kMaxCreditSpaces;
}

bool is_link_label(const ParagraphText& t) {
  return !t.truncated && !t.ends_full_stop && t.words <= kMaxFixedWords + 4 && ends_with_any(t.normalized(), kLinkEnds);
}

// The credit ends the sentence, or is the wire's own "Associated Press
// writer X contributed from Seattle.", or a Canadian paper's "With files
// from The Canadian Press" (a sentence of its own), or an Indian paper's
// "(With inputs from PTI)".
bool is_contributor_line(const ParagraphText& t) {
  constexpr uint32_t kMaxFilesFromWords = 12;  // "With files from Reuters, The Associated Press and CBC News"
  if (t.truncated || t.words > kMaxContributorWords) return false;
  if (t.starts_with("with files from ") || t.starts_with("with inputs from ") || t.starts_with("(with inputs from ")) {
    return t.words <= kMaxFilesFromWords;
  }
  if (!t.ends_full_stop) return false;
  const std::string_view s = t.normalized();
  return ends_with_any(s, kContributorEnds) ||
         (t.starts_with("associated press ") && s.find(" contributed ") != std::string_view::npos);
}

// A line of punctuation alone: a separator ("___", "* * *", "-----", "∙").
bool is_separator(const ParagraphText& t) {
  constexpr uint32_t kMaxWords = 3;  // "_" makes a word of a run of underscores
  if (t.truncated || t.tokens == 0 || t.words > kMaxWords) return false;
  const std::string_view s = t.normalized();
  // The bytes of the bullets and dashes "∙", "•", "·", "—", "–" (UTF-8):
  // any sequence of them is one of those or another symbol.
  constexpr std::string_view kMarks = "_-*= \xE2\x88\x99\x80\xA2\xC2\xB7\x94\x93";
  return s.find_first_not_of(kMarks) == std::string_view::npos;
}

bool counts_posts(std::string_view word) {
  return word == "likes" || word == "restacks" || word == "shares" || word == "comments" || word == "views" ||
         word == "reactions" || word == "followers" || word == "claps" || word == "responses";
}

// A post's counts: "142 Likes", "6 Restacks", "28 Comments", "1.2K
// Followers", or the word first: "Comments (312)", "Comments 312".
bool is_post_count(const ParagraphText& t) {
  constexpr uint32_t kMaxTokens = 4;  // "1.2", "k", "followers" however the count is cut; "comments", "(", "312", ")"
  if (t.truncated || t.tokens < 2 || t.tokens > kMaxTokens) return false;
  const std::string_view s = t.normalized();
  if (text::is_digit(s[0])) return t.tokens <= 3 && counts_posts(s.substr(s.rfind(' ') + 1));
  const size_t space = s.find(' ');
  if (space == std::string_view::npos || !counts_posts(s.substr(0, space))) return false;
  const std::string_view count = s.substr(space + 1);
  return count.find_first_not_of("()0123456789.,k ") == std::string_view::npos;
}

// A printed page's running head or foot: "ANNUAL REPORT 2025 Page 3 of
// 48", "Page 3 of 48", as a copy from a PDF keeps them.
bool is_page_marker(const ParagraphText& t) {
  constexpr uint32_t kMaxWords = 12;
  if (t.truncated || t.words > kMaxWords || t.ends_full_stop) return false;
  const std::string_view s = t.normalized();
  for (size_t at = s.find("page "); at != std::string_view::npos; at = s.find("page ", at + 1)) {
    size_t k = at + 5;
    const size_t digits = k;
    while (k < s.size() && text::is_digit(s[k])) ++k;
    if (k > digits && starts_with_bytes(s.substr(k), " of ") && k + 4 < s.size() && text::is_digit(s[k + 4])) {
      return at == 0 || s[at - 1] == ' ';
    }
  }
  return false;
}

// A count alone on its line ("12" claps or responses under a post).
bool is_lone_count(const ParagraphText& t) {
  return t.tokens == 1 && t.words == 1 && !t.truncated && text::is_digit(t.normalized()[0]);
}

// Or a bio that ends with a link to the author's page ("Catie Edmondson
// covers Congress for The Times. More about Catie Edmondson"), or one set
// off by a bullet ("• Polly Marsh is a housing campaigner").
bool is_bio(const ParagraphText& t) {
  constexpr size_t kMoreAboutWords = 4;  // "more about" and a name
  constexpr size_t kBulletNameBytes = 40;  // "• " and a name before "is a"
  if (t.words > 120) return false;
  const std::string_view s = t.normalized();
  const auto bulleted_bio = [s] {
    const size_t is = starts_with_bytes(s, "\xE2\x80\xA2 ") ? s.find(" is ") : std::string_view::npos;
    return is < kBulletNameBytes &&
           (starts_with_bytes(s.substr(is), " is a ") || starts_with_bytes(s.substr(is), " is the "));
  };
  return kBioPhrases.has_phrase_in(s) || bulleted_bio() ||
         (!t.ends_full_stop && starts_with_bytes(last_words(s, kMoreAboutWords), "more about "));
}

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

// A site's links at the foot of its page, apart by bars or dots ("Privacy
// Policy | Cookie Settings | Terms of Use").
constexpr PhraseList<16> kFooterLinks({"privacy policy", "privacy", "cookie settings", "cookie policy", "cookies",
                                       "terms of use", "terms of service", "terms and conditions", "terms",
                                       "contact us", "about us", "accessibility", "sitemap", "advertise",
                                       "careers", "do not sell my personal information"});
constexpr std::array<std::string_view, 3> kFooterSeparators = {" | ", " \xC2\xB7 ", " \xE2\x80\xA2 "};

// Two or more of the links above and nothing else, apart by one separator.
// Asked of every paragraph: its start is tested first, which rules out
// almost all of them before any separator is searched for.
bool is_footer_links(const ParagraphText& t) {
  if (t.truncated || t.words < 3 || t.words > 24 || t.ends_full_stop) return false;
  const std::string_view s = t.normalized();
  if (!kFooterLinks.has_prefix_of(s)) return false;
  const auto all_links = [s](std::string_view separator) {
    for (size_t links = 1, at = 0;; ++links) {
      const size_t end = std::min(s.find(separator, at), s.size());
      if (!kFooterLinks.has(s.substr(at, end - at))) return false;
      if (end == s.size()) return links >= 2;
      at = end + separator.size();
    }
  };
  return std::any_of(kFooterSeparators.begin(), kFooterSeparators.end(), all_links);
}

// A breadcrumb trail tops a page: only the first paragraphs are read for one.
constexpr size_t kTrailSearch = 3;

// A section trail glued by bars, as some sites print it over the headline
// ("News|Politics"): two or more single words, no space. No prose puts a
// bar between words.
bool is_glued_trail(const ParagraphText& t) {
  const std::string_view s = t.normalized();
  if (t.truncated || t.words < 2) return false;
  bool after_bar = true;  // no step may be empty
  for (char c : s) {
    if (c == '|') {
      if (after_bar) return false;
      after_bar = true;
    } else if (text::is_lower_ascii(static_cast<unsigned char>(c))) {
      after_bar = false;
    } else {
      return false;
    }
  }
  return !after_bar;
}

// A breadcrumb trail: three or more short steps apart by one separator
// ("Home › World › Europe", "Home / Asia / China").
bool is_breadcrumb(const ParagraphText& t) {
  if (is_glued_trail(t)) return true;
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
  if (has_trail_mark(s) && std::any_of(kTrailSeparators.begin(), kTrailSeparators.end(), is_trail)) return true;
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
  // A byte of each first, one memchr over the text: a search for the whole
  // is dearer where the byte is missing ("newswire/" stops at every "n").
  return (s.find('/') != std::string_view::npos && s.find("newswire/") != std::string_view::npos) ||
         (s.find('(') != std::string_view::npos && s.find("(business wire)") != std::string_view::npos);
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

constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                       "jul", "aug", "sep", "oct", "nov", "dec"};

// Three bytes as one number, so that a word's start is compared with the
// months without a call to memcmp each.
constexpr uint32_t three_bytes(std::string_view s) {
  return static_cast<unsigned char>(s[0]) | static_cast<unsigned char>(s[1]) << 8 |
         static_cast<unsigned char>(s[2]) << 16;
}

constexpr std::array<std::string_view, 12> kMonthNames = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december"};

// Whether `word`, which starts like the month `m`, names it: "nov", "sept",
// "november" ("marine", "mayor" and "decline" only start like one).
bool is_month_word(std::string_view word, size_t m) {
  return word.size() == 3 || word == kMonthNames[m] || (m == 8 && word == "sept");
}

// Whether a number is written beside the word [at, end) of `s`, past a dot,
// a comma or a space: "Dec. 4, 2026", "4 December", "December 2026".
bool beside_number(std::string_view s, size_t at, size_t end) {
  while (end < s.size() && (s[end] == '.' || s[end] == ',' || s[end] == ' ')) ++end;
  if (end < s.size() && text::is_digit(static_cast<unsigned char>(s[end]))) return true;
  while (at > 0 && (s[at - 1] == ',' || s[at - 1] == ' ')) --at;
  return at > 0 && text::is_digit(static_cast<unsigned char>(s[at - 1]));
}

// A month named beside a number, as a date writes it ("Nov. 29",
// "4 December 2026"); "marine biologist ... dies at 87" and "prices may rise
// 5%" name none.
bool mentions_month(std::string_view s) {
  static constexpr auto kMonthKeys = [] {
    std::array<uint32_t, kMonths.size()> keys{};
    for (size_t m = 0; m < kMonths.size(); ++m) keys[m] = three_bytes(kMonths[m]);
    return keys;
  }();
  // The months that open with each letter, a bit each: a word is compared
  // with those alone (one month for most letters, none for most words).
  static constexpr auto kMonthsByFirstLetter = [] {
    std::array<uint16_t, 26> months{};
    for (size_t m = 0; m < kMonths.size(); ++m) months[kMonths[m][0] - 'a'] |= uint16_t{1} << m;
    return months;
  }();
  for (size_t at = 0; at + 3 <= s.size(); ++at) {
    if ((at > 0 && s[at - 1] != ' ') || !text::is_lower_ascii(static_cast<unsigned char>(s[at]))) continue;
    const uint32_t key = three_bytes(s.substr(at, 3));
    for (uint32_t months = kMonthsByFirstLetter[s[at] - 'a']; months != 0; months &= months - 1) {
      const auto m = static_cast<size_t>(__builtin_ctz(months));
      if (key != kMonthKeys[m]) continue;
      size_t end = at + 3;
      while (end < s.size() && text::is_lower_ascii(s[end])) ++end;
      if (is_month_word(s.substr(at, end - at), m) && beside_number(s, at, end)) return true;
    }
  }
  return false;
}

// Eight bytes at a time: a byline's head is tens of bytes.
bool has_digit(std::string_view s) {
  const auto digits = [](uint64_t w) {
    return text::lanes::in_range(text::lanes::ascii_part(w), '0', '9') & ~text::lanes::non_ascii(w);
  };
  const size_t n = s.size();
  if (n < 8) {
    for (char c : s) {
      if (text::is_digit(static_cast<unsigned char>(c))) return true;
    }
    return false;
  }
  for (size_t i = 0; i + 8 < n; i += 8) {
    if (digits(text::lanes::load(s.data() + i))) return true;
  }
  return digits(text::lanes::load(s.data() + n - 8)) != 0;
}

// "By Jane Doe", "Published: 3 Nov 2024", "Updated Nov 3, 2024 14:06 GMT",
// "By Jane Doe | Updated 3:42 PM EST, Tue November 14, 2023", "Updated 2
// hours ago".
// "Published 3 December 2026", "Updated 2h ago2 hours ago": a line that
// dates the page, not a sentence.
bool is_dated_stamp(const ParagraphText& t) {
  const bool stamped = t.starts_with("published") || t.starts_with("updated") || t.starts_with("posted");
  return stamped && !t.ends_full_stop && is_byline(t);
}

// A sentence of the article, as the page's furniture never is.
// A call to follow a newsroom on social media, however long its list of
// platforms: "Follow BBC Yorkshire on Facebook, X (formerly Twitter) and
// Instagram. Send your story ideas to ...". Not "Follow the money." nor
// "Follow-up tests showed ...".
bool is_follow_call(const ParagraphText& t) {
  constexpr uint32_t kMaxWords = 40;
  constexpr std::array<std::string_view, 6> kPlatforms = {" on facebook", " on x", " on instagram", " on twitter",
                                                          " on tiktok", " on youtube"};
  if (!t.starts_with("follow ") || t.words > kMaxWords || t.truncated) return false;
  const std::string_view s = t.normalized();
  return std::any_of(kPlatforms.begin(), kPlatforms.end(), [s](std::string_view platform) {
    const size_t at = s.find(platform);
    const size_t end = at + platform.size();
    return at != std::string_view::npos &&
           (end == s.size() || !(text::is_lower_ascii(static_cast<unsigned char>(s[end])) || text::is_digit(s[end])));
  });
}

bool is_prose(const ParagraphText& t) { return t.truncated || (t.ends_full_stop && t.words >= 8); }

// Each paragraph judged alone, and teaser lists after their header. Above
// the article (no prose yet) a list header is a menu's ("Top Stories"), and
// the article's headline, with its byline below it, ends that list.
void mark_lines_and_lists(const std::vector<ParagraphText>& texts, std::vector<ParagraphRole>& roles) {
  const size_t n = texts.size();
  bool in_list = false;  // inside a teaser list after its header
  bool above_article = true;
  constexpr int kProseBeforeLateStamp = 3;
  constexpr uint32_t kMaxCreditWords = 6;  // "Written by Anna Kowalska"
  int prose_seen = 0;
  for (size_t i = 0; i < n; ++i) {
    const ParagraphText& t = texts[i];
    if (is_list_header(t)) {
      roles[i] = ParagraphRole::boilerplate;
      in_list = true;
      continue;
    }
    const auto opens_article = [&] { return above_article && (is_byline(t) || (i + 1 < n && is_byline(texts[i + 1]))); };
    if (in_list && is_teaser(t) && !opens_article()) {
      roles[i] = ParagraphRole::boilerplate;
      continue;
    }
    in_list = false;
    above_article = above_article && !is_prose(t);
    prose_seen += is_prose(t);
    // A stamp well into the article is the page's (ABC repeats "Posted 5h
    // ago, updated 2h ago" under the article), as is an author's credit
    // ("Written by Anna Kowalska" over Medium's author box); near its start,
    // a standfirst may come before the byline's. A clock time is a live
    // blog's entry's.
    const bool late_credit = t.starts_with("written by ") && t.words <= kMaxCreditWords && !t.ends_full_stop;
    if (prose_seen >= kProseBeforeLateStamp && ((is_dated_stamp(t) && !is_entry_stamp(t)) || late_credit)) {
      roles[i] = ParagraphRole::boilerplate;
      continue;
    }
    if (is_fixed_line(t) || has_fixed_prefix(t) || is_time_stamp(t) || is_widget_residue(t) || is_share_buttons(t) ||
        is_caption_credit(t) || is_link_label(t) || is_contributor_line(t) || is_separator(t) || is_post_count(t) ||
        is_page_marker(t) || is_follow_call(t) || is_footer_links(t) ||
        (i < kTrailSearch && is_breadcrumb(t))) {
      roles[i] = ParagraphRole::boilerplate;
    }
  }
}

// A headline's shape: a line longer than a label, without a full stop.
bool is_headline_shaped(const ParagraphText& t) {
  constexpr uint32_t kMaxWords = 25;
  return t.words > 3 && t.words <= kMaxWords && !t.ends_full_stop && !t.ends_ellipsis;
}

// An author's name above the desk's line ("Laura Maxwell" above "BBC
// Scotland education correspondent"), which a page puts among its buttons.
bool is_author_above_desk(const std::vector<ParagraphText>& texts, size_t i) {
  constexpr uint32_t kMaxDeskWords = 8;
  if (i + 1 >= texts.size() || texts[i + 1].truncated || texts[i + 1].words > kMaxDeskWords) return false;
  static constexpr std::array<std::string_view, 4> kDesks = {" correspondent", " reporter", " editor", " writer"};
  return ends_with_any(texts[i + 1].normalized(), kDesks);
}

// Site navigation: a run of three or more short labels (Home, World,
// Politics, Menu) of which one is already known furniture, or of four or
// more that opens the page above a headline ("Reuters", "World",
// "Business", "Markets", then "Nissan to cut 9,000 jobs"; a list of
// ingredients is followed by prose). Furniture already known between the
// labels is part of the run (CNN's "—" under its name); a byline ("By Jane
// Doe") is no label: an article may open with a short headline and its byline.
void mark_navigation(const std::vector<ParagraphText>& texts, std::vector<ParagraphRole>& roles) {
  constexpr size_t kKnownRun = 3, kOpeningRun = 4;
  const size_t n = texts.size();
  const auto flagged = [&roles](size_t i) { return roles[i] == ParagraphRole::boilerplate; };
  bool opening = true;  // all before i is furniture
  for (size_t i = 0; i < n;) {
    size_t end = i, labels = 0;
    bool known = false;
    for (; end < n && (flagged(end) || (is_label(texts[end]) && !is_byline(texts[end]) && !is_entry_stamp(texts[end]) &&
                                        !is_author_above_desk(texts, end)));
         ++end) {
      known = known || flagged(end);
      labels += is_label(texts[end]);
    }
    const bool above_headline = end < n && is_headline_shaped(texts[end]);
    if ((labels >= kKnownRun && known) || (labels >= kOpeningRun && opening && above_headline)) {
      for (size_t k = i; k < end; ++k) roles[k] = ParagraphRole::boilerplate;
    }
    for (size_t k = i; opening && k < std::max(end, i + 1); ++k) opening = flagged(k);
    i = std::max(end, i + 1);
  }
}

// Runs of truncated teasers ("…"): two in a row, or one beside other
// boilerplate; a count alone beside other boilerplate.
void mark_truncated_teasers(const std::vector<ParagraphText>& texts, std::vector<ParagraphRole>& roles) {
  const size_t n = texts.size();
  const auto flagged = [&roles](size_t i) { return roles[i] == ParagraphRole::boilerplate; };
  for (size_t i = 0; i < n; ++i) {
    if (flagged(i)) continue;
    if (is_lone_count(texts[i])) {
      if ((i > 0 && flagged(i - 1)) || (i + 1 < n && flagged(i + 1))) roles[i] = ParagraphRole::boilerplate;
      continue;
    }
    if (!is_truncated_teaser(texts[i])) continue;
    const bool prev = i > 0 && (flagged(i - 1) || is_truncated_teaser(texts[i - 1]));
    const bool next = i + 1 < n && (flagged(i + 1) || is_truncated_teaser(texts[i + 1]));
    if (prev || next) roles[i] = ParagraphRole::boilerplate;
  }
}

// The first word of `t` is the last of `name`: "Rush covers Oregon for The
// Associated Press." below "CLAIRE RUSH".
bool is_bio_of(const ParagraphText& name, const ParagraphText& t) {
  constexpr uint32_t kMaxNameWords = 3, kMaxBioWords = 60;
  if (!is_name_line(name) || name.words < 2 || name.words > kMaxNameWords || t.words > kMaxBioWords) return false;
  const std::string_view full = name.normalized(), s = t.normalized();
  const std::string_view last = full.substr(full.rfind(' ') + 1);
  return s.size() > last.size() && starts_with_bytes(s, last) && s[last.size()] == ' ';
}

// The first author a byline at the top names ("by ann e. marimow" and
// "By Catie Edmondson and Carl Hulse" give "ann e. marimow", "catie
// edmondson"), or an empty view.
std::string_view first_author(const std::vector<ParagraphText>& texts) {
  constexpr size_t kSearch = 12;
  constexpr uint32_t kMaxBylineWords = 10;
  for (size_t i = 0; i < std::min(texts.size(), kSearch); ++i) {
    const ParagraphText& t = texts[i];
    if (t.truncated || t.ends_full_stop || t.words > kMaxBylineWords || !t.starts_with("by ")) continue;
    const std::string_view names = t.normalized().substr(3);
    const std::string_view name = names.substr(0, std::min(names.find(" and "), names.find(',')));
    if (name.find(' ') != std::string_view::npos) return name;  // a first name and a surname at least
  }
  return {};
}

// A bio of the byline's author: "Ann E. Marimow covers legal affairs for The
// Washington Post."
bool is_bio_of_author(std::string_view author, const ParagraphText& t) {
  constexpr uint32_t kMaxBioWords = 60;
  const std::string_view s = t.normalized();
  return !author.empty() && t.words <= kMaxBioWords && s.size() > author.size() && starts_with_bytes(s, author) &&
         s[author.size()] == ' ';
}

// Author boxes: a bio beside other boilerplate or ending the page, with
// the name line just above it or after "Published by". From the page's end
// up, so that the bios of two authors, one above the other, are both found.
void mark_author_boxes(const std::vector<ParagraphText>& texts, std::vector<ParagraphRole>& roles) {
  const size_t n = texts.size();
  const auto flagged = [&roles](size_t i) { return roles[i] == ParagraphRole::boilerplate; };
  const std::string_view author = first_author(texts);
  for (size_t i = n; i-- > 0;) {
    if (flagged(i)) continue;
    const bool near_tail = i + 1 == n || (i + 1 < n && flagged(i + 1)) || (i > 0 && flagged(i - 1));
    if (near_tail && (is_bio(texts[i]) || is_bio_of_author(author, texts[i]) ||
                      (i > 0 && is_bio_of(texts[i - 1], texts[i])))) {
      roles[i] = ParagraphRole::boilerplate;
      if (i > 0 && is_name_line(texts[i - 1])) roles[i - 1] = ParagraphRole::boilerplate;
    }
    if (is_name_line(texts[i]) && i > 0 && is_author_marker(texts[i - 1])) roles[i] = ParagraphRole::boilerplate;
  }
}

// The head of the readers' comments: "Comments", "Comments (12)", "12 comments".
bool is_comments_header(const ParagraphText& t) {
  if (t.truncated || t.words > 3) return false;
  const std::string_view s = t.normalized();
  const bool ends_comments = ends_with_bytes(s, "comments");
  const bool counted = t.starts_with("comments (") || t.starts_with("responses (") ||
                       (t.starts_with("comments ") && text::is_digit(s.back()));
  return t.is("comments") || counted || (ends_comments && text::is_digit(s[0])) ||
         t.is("join the conversation") || t.is("show comments") || t.is("view comments");
}

// A line of a reader's comment: "Reply · Report", "CarmsMum · 1 hour ago".
bool is_comment_furniture(const ParagraphText& t) {
  constexpr uint32_t kMaxWords = 8;
  const std::string_view s = t.normalized();
  const bool ago = ends_with_bytes(s, " ago");
  return !t.truncated && t.words <= kMaxWords && (ago || t.starts_with("reply"));
}

// Readers' comments: below the article, their head and all after it, when
// the next few lines show comments (a stamp, a "Reply").
void mark_comments(const std::vector<ParagraphText>& texts, std::vector<ParagraphRole>& roles) {
  constexpr size_t kLookAhead = 10;  // past "Newest", "Oldest", "Best rated" and the like
  const size_t n = texts.size();
  bool below_article = false;
  for (size_t i = 0; i < n; ++i) {
    if (!below_article) {
      below_article = roles[i] != ParagraphRole::boilerplate && is_prose(texts[i]);
      continue;
    }
    if (!is_comments_header(texts[i])) continue;
    if (i + 1 == n) roles[i] = ParagraphRole::boilerplate;  // the head of comments not copied
    for (size_t k = i + 1; k < std::min(n, i + 1 + kLookAhead); ++k) {
      if (!is_comment_furniture(texts[k])) continue;
      for (size_t j = i; j < n; ++j) roles[j] = ParagraphRole::boilerplate;
      return;
    }
  }
}

}  // namespace

bool is_byline(const ParagraphText& t) {
  constexpr uint32_t kMaxStampWords = 6;  // "Updated 2 hours ago", "Published 15 minutes ago"
  if (t.truncated || t.words > 14) return false;
  if ((t.starts_with("by ") || t.starts_with("by: ")) && t.words <= 10) return true;  // "By: KPRC 2 Digital Team"
  if (t.starts_with("reporting from ") && t.words <= 6) return true;  // below the byline: "Reporting from Washington"
  if (t.starts_with("edited by ") && t.words <= 6) return true;  // a live blog's editor
  const std::string_view s = t.normalized();
  if (!has_digit(s)) return false;
  const bool stamped = t.starts_with("published") || t.starts_with("updated") || t.starts_with("posted");
  if (stamped && t.words <= kMaxStampWords) return true;
  // The Times of India's "TOI News Desk / TIMESOFINDIA.COM / Updated: Aug 21, 2026, 19:42 IST".
  const bool stamped_within = s.find("updated: ") != std::string_view::npos;
  // ABC's "Posted 5h ago5 hours ago, updated 2h ago2 hours ago".
  if (stamped && ends_with_bytes(s, " ago")) return true;
  if (!mentions_month(s)) return false;
  return stamped || stamped_within || t.starts_with("by ") || (t.words <= 8 && !t.ends_full_stop);
}

bool is_agency_credit(const ParagraphText& t) {
  static constexpr PhraseList<16> kAgencies({"associated press", "the associated press", "ap", "reuters",
                                             "thomson reuters", "afp", "agence france-presse", "bloomberg",
                                             "bloomberg news", "pa", "pa media", "press association", "dpa", "upi",
                                             "the canadian press", "australian associated press"});
  constexpr uint32_t kMaxWords = 3;
  return t.words <= kMaxWords && !t.truncated && kAgencies.has(t.normalized());
}

bool is_time_stamp(const ParagraphText& t) {
  const std::string_view s = t.normalized();
  if (t.truncated || t.words > 4) return false;
  if (s == "just now" || s == "yesterday") return true;
  // A reading time without "read": "6 min".
  if (t.tokens == 2 && ends_with_bytes(s, " min") && text::is_digit(s[0])) return true;
  // "3 hours ago", and a reading time: "6 min read".
  const bool ago = ends_with_bytes(s, " ago");
  const bool read = ends_with_bytes(s, " read");
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

// Removes a clock time ("14:52", "2.15pm", "8:57 p.m. ET") from the front of `s`.
bool take_clock_time(std::string_view& s) {
  size_t at = 0;
  while (at < s.size() && at < 2 && text::is_digit(s[at])) ++at;
  if (at == 0 || at + 3 > s.size() || (s[at] != ':' && s[at] != '.')) return false;
  if (!text::is_digit(s[at + 1]) || !text::is_digit(s[at + 2])) return false;
  s.remove_prefix(at + 3);
  const auto skip = [&s](std::string_view word) {
    if (!s.empty() && s[0] == ' ') s.remove_prefix(1);
    if (starts_with_bytes(s, word) && (s.size() == word.size() || s[word.size()] == ' ' || s[word.size()] == ',')) {
      s.remove_prefix(word.size());
      return true;
    }
    return false;
  };
  skip("am") || skip("pm") || skip("a.m.") || skip("p.m.") || skip("a.m") || skip("p.m");
  for (const std::string_view zone : text::kTimeZones) {
    if (skip(zone)) break;
  }
  return true;
}

// Removes a live blog's age of an entry ("8m ago ", "2h ago ") from the
// front of `s`, as the Guardian writes it before the entry's clock time.
void take_time_ago(std::string_view& s) {
  size_t at = 0;
  while (at < s.size() && text::is_digit(s[at])) ++at;
  if (at == 0 || at + 1 >= s.size() || (s[at] != 'm' && s[at] != 'h')) return;
  if (starts_with_bytes(s.substr(at + 1), " ago ")) s.remove_prefix(at + 1 + std::string_view(" ago ").size());
}

// A clock time alone on its line, perhaps with its zone and day: a live
// blog's entry stamp ("14:52 GMT", "2.15pm", "Posted at 10:42", "8:57 p.m.
// ET, December 5, 2026", "8m ago 14.05 GMT").
bool is_entry_stamp(const ParagraphText& t) {
  constexpr uint32_t kMaxStampWords = 8;
  static constexpr std::array<std::string_view, 2> kStampWords = {"posted at ", "updated at "};
  if (t.truncated || t.words > kMaxStampWords || t.ends_full_stop || t.head.empty()) return false;
  std::string_view s = t.normalized();
  if (!text::is_digit(s[0]) && s[0] != 'p' && s[0] != 'u') return false;  // most short lines
  for (const std::string_view stamp : kStampWords) {
    if (starts_with_bytes(s, stamp)) s.remove_prefix(stamp.size());
  }
  take_time_ago(s);
  if (!take_clock_time(s)) return false;
  return s.empty() || (s[0] == ',' && mentions_month(s));
}

// The agencies and libraries a picture's credit names alone on its line.
constexpr PhraseList<14> kPictureCredits({"getty images", "reuters", "epa", "afp", "pa media", "ap", "bbc",
                                          "shutterstock", "alamy", "afp via getty images", "anadolu",
                                          "bloomberg via getty images", "epa-efe", "epa-efe/rex/shutterstock"});

// A copied page's pictures: a credit line ("Getty Images", "Reuters") and
// the caption under it, a line without a full stop ("Commuters crowded on
// to the few trains that ran on Thursday morning"). Below the article's
// first byline or prose only: an agency's name above a headline is its
// credit.
void mark_picture_captions(const std::vector<ParagraphText>& texts, std::vector<ParagraphRole>& roles) {
  constexpr uint32_t kMaxCreditWords = 4, kMaxCaptionWords = 40;
  // Where the article starts, found at the first credit (few texts have
  // one) and once: a page of credits and captions alone stays linear.
  std::optional<size_t> article_start;
  const auto in_article = [&](size_t i) {
    if (!article_start) {
      article_start = static_cast<size_t>(
          std::find_if(texts.begin(), texts.end(), [](const ParagraphText& t) { return is_prose(t) || is_byline(t); }) -
          texts.begin());
    }
    return *article_start < i;
  };
  for (size_t i = 1; i + 1 < texts.size(); ++i) {
    const ParagraphText& t = texts[i];
    const ParagraphText& caption = texts[i + 1];
    if (t.words > kMaxCreditWords || t.truncated || !kPictureCredits.has(t.normalized())) continue;
    if (caption.ends_full_stop || caption.truncated || caption.words > kMaxCaptionWords || caption.words == 0) continue;
    if (!in_article(i)) continue;
    roles[i] = ParagraphRole::boilerplate;
    roles[i + 1] = ParagraphRole::boilerplate;
  }
}

void mark_boilerplate(const std::vector<ParagraphText>& texts, std::vector<ParagraphRole>& roles) {
  mark_lines_and_lists(texts, roles);
  mark_picture_captions(texts, roles);
  mark_navigation(texts, roles);
  mark_truncated_teasers(texts, roles);
  mark_author_boxes(texts, roles);
  mark_comments(texts, roles);
  mark_release_tail(texts, roles);
}

}  // namespace lede::structure
