#include "text/markup.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <utility>
#include <vector>

#include "text/chars.hpp"
#include "text/markdown.hpp"
#include "text/page_furniture.hpp"
#include "text/utf8.hpp"

namespace lede::text {

namespace {

// Longer than this between '<' and '>' is not a tag: prose with a stray '<'.
constexpr size_t kMaxTagBytes = 4096;

bool is_one_of(std::string_view name, std::initializer_list<std::string_view> names) {
  return std::any_of(names.begin(), names.end(), [&](std::string_view n) { return same_ignoring_case(name, n); });
}

// Elements that only a whole page has.
bool is_page_element(std::string_view name) { return is_one_of(name, {"html", "head", "body", "!doctype"}); }

// Elements that articles are made of: three of these make a text HTML.
bool is_article_element(std::string_view name) {
  return is_one_of(name, {"p",     "div",    "span",    "a",      "b",          "i",       "em",    "strong",
                          "br",    "li",     "ul",      "ol",     "h1",         "h2",      "h3",    "h4",
                          "h5",    "h6",     "img",     "table",  "tr",         "td",      "th",    "script",
                          "style", "meta",   "link",    "title",  "article",    "section", "header",
                          "footer", "nav",   "figure",  "figcaption", "blockquote", "iframe", "noscript",
                          "aside", "main",   "time",    "sup",    "sub",        "hr",      "pre",   "u"});
}

// Elements that begin or end a block of text: blanked with a newline first.
bool is_block_element(std::string_view name) {
  return is_one_of(name, {"p",      "div",     "br",     "li",         "ul",         "ol",    "h1",    "h2",
                          "h3",     "h4",      "h5",     "h6",         "table",      "tr",    "article",
                          "section", "header", "footer", "blockquote", "figure",     "figcaption", "title",
                          "aside",  "nav",     "main",   "hr",         "pre",        "dd",    "dt",
                          "amp-sidebar", "form"});
}

// Elements whose content is not text.
bool is_raw_text_element(std::string_view name) { return is_one_of(name, {"script", "style"}); }

struct Markup {
  size_t begin, end;      // [begin, end) in the text
  std::string_view name;  // the element's name ("!--" for a comment), without the '/'
  bool closing = false;
  bool is_comment() const { return name == "!--"; }
};

// A tag's text after its element's name, without the closing '>'.
std::string_view attributes(std::string_view text, const Markup& m) {
  const size_t name_end = static_cast<size_t>(m.name.data() - text.data()) + m.name.size();
  return text.substr(name_end, m.end - 1 - name_end);
}

// White space inside a tag: between its name and attributes, around '='.
bool is_tag_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Finds the markup of a text in order, in linear time: the searches for a
// '<', a '>' or an end of comment start where the last one that failed
// ended, and the quoted attribute values are read within a budget.
class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  // The markup at or after `pos`, or nothing when there is no more.
  std::optional<Markup> next(size_t pos) {
    while ((pos = text_.find('<', pos)) != std::string_view::npos) {
      if (std::optional<Markup> m = markup_at(pos)) return m;
      ++pos;
    }
    return std::nullopt;
  }

  // Where the element `name` opened before `from` closes ("</script>"), or
  // npos. An element that did not close does not close after either.
  size_t closing_of(std::string_view name, size_t from) {
    for (const Unclosed& u : unclosed_) {
      if (u.name == name && u.from <= from) return std::string_view::npos;
    }
    for (size_t pos = from; (pos = text_.find("</", pos)) != std::string_view::npos; pos += 2) {
      if (same_ignoring_case(text_.substr(pos + 2, name.size()), name)) return pos;
    }
    unclosed_.push_back({name, from});
    return std::string_view::npos;
  }

 private:
  std::optional<Markup> markup_at(size_t lt) {
    if (text_.compare(lt, 4, "<!--") == 0) return comment_at(lt);
    size_t p = lt + 1;
    const bool closing = p < text_.size() && text_[p] == '/';
    if (closing) ++p;
    const size_t name_begin = p;
    if (p < text_.size() && (text_[p] == '!' || text_[p] == '?')) ++p;
    if (p >= text_.size() || !is_ascii_letter(text_[p])) return std::nullopt;
    while (p < text_.size() && (is_ascii_letter(text_[p]) || is_digit(text_[p]) || text_[p] == '-')) ++p;
    if (p < text_.size() && !(text_[p] == '>' || text_[p] == '/' || is_tag_space(text_[p]))) return std::nullopt;
    const size_t gt = budget_ > 0 ? quoted_tag_end(lt, p) : simple_tag_end(lt, p);
    if (gt == std::string_view::npos) return std::nullopt;
    return Markup{lt, gt + 1, text_.substr(name_begin, p - name_begin), closing};
  }

  // The '>' that ends the tag at `lt` whose attributes begin at `p`: the first
  // one, if no '<' comes before it ("a < b" is prose); npos if none.
  size_t simple_tag_end(size_t lt, size_t p) {
    const size_t gt = next_of('>', p, gt_);
    if (gt == std::string_view::npos || gt - lt > kMaxTagBytes) return std::string_view::npos;
    return next_of('<', lt + 1, lt_) < gt ? std::string_view::npos : gt;
  }

  // The same, reading quoted attribute values, which may hold a '>' or a '<'
  // (title="Home > World"). Each tag is read byte by byte, so the bytes read
  // this way are kept within a budget of the text's size: past it the
  // simple rule ends tags, and any input stays linear.
  size_t quoted_tag_end(size_t lt, size_t p) {
    const size_t limit = std::min(text_.size(), lt + kMaxTagBytes);
    size_t i = p;
    for (; i < limit; ++i) {
      const char c = text_[i];
      if (c == '>') break;
      if (c == '<') {
        i = limit;
        break;
      }
      if (c != '=') continue;
      size_t v = i + 1;
      while (v < limit && is_tag_space(text_[v])) ++v;
      if (v >= limit || (text_[v] != '"' && text_[v] != '\'')) continue;
      const size_t close = text_.substr(0, limit).find(text_[v], v + 1);
      i = close == std::string_view::npos ? limit : close;
    }
    budget_ -= static_cast<std::ptrdiff_t>(i - p + 1);
    return i < limit ? i : std::string_view::npos;
  }

  std::optional<Markup> comment_at(size_t lt) {
    if (comment_end_ == std::string_view::npos) return std::nullopt;
    if (comment_end_ < lt + 4) comment_end_ = text_.find("-->", lt + 4);
    if (comment_end_ == std::string_view::npos) return std::nullopt;
    return Markup{lt, comment_end_ + 3, "!--", false};
  }

  // The next `c` at or after `from`, remembered in `cache` for the searches after it.
  size_t next_of(char c, size_t from, size_t& cache) const {
    if (cache != std::string_view::npos && (cache == kUnknown || cache < from)) cache = text_.find(c, from);
    return cache;
  }

  struct Unclosed {
    std::string_view name;
    size_t from;
  };
  static constexpr size_t kUnknown = std::string_view::npos - 1;
  std::string_view text_;
  std::ptrdiff_t budget_ = static_cast<std::ptrdiff_t>(text_.size());  // bytes quoted_tag_end() may still read
  std::vector<Unclosed> unclosed_;
  size_t gt_ = kUnknown, lt_ = kUnknown;
  size_t comment_end_ = 0;
};

// The ASCII for a character reference that news text uses, or a currency's
// sign ("&pound;48m" is money), or nothing. Each is shorter than its
// reference, which it replaces in place: offsets count the page's bytes, so
// the UTF-16 offsets of what comes after do not move.
std::optional<std::string_view> reference_text(std::string_view name) {
  struct Named {
    std::string_view name, text;
  };
  static constexpr Named kNamed[] = {
      {"amp", "&"},    {"lt", "<"},     {"gt", ">"},     {"quot", "\""},  {"apos", "'"},    {"nbsp", " "},
      {"ldquo", "\""}, {"rdquo", "\""}, {"bdquo", "\""}, {"laquo", "\""}, {"raquo", "\""},  {"lsquo", "'"},
      {"rsquo", "'"},  {"sbquo", "'"},  {"mdash", "-"},  {"ndash", "-"},  {"hellip", "..."},
      {"pound", "\xC2\xA3"}, {"euro", "\xE2\x82\xAC"}, {"yen", "\xC2\xA5"}, {"cent", "\xC2\xA2"},
  };
  for (const Named& n : kNamed) {
    if (name == n.name) return n.text;
  }
  if (name.size() < 2 || name[0] != '#') return std::nullopt;
  const bool hex = name[1] == 'x' || name[1] == 'X';
  uint32_t code = 0;
  for (size_t i = hex ? 2 : 1; i < name.size(); ++i) {
    const char c = lower_ascii(name[i]);
    const int digit = c >= '0' && c <= '9' ? c - '0' : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    if (digit < 0 || code > 0x10FFFF) return std::nullopt;
    code = code * (hex ? 16 : 10) + static_cast<uint32_t>(digit);
  }
  static constexpr char kAscii[] = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";
  if (code >= 0x20 && code < 0x7F) return std::string_view(&kAscii[code - 0x20], 1);
  switch (code) {
    case 0xA0: return " ";
    case 0xAB: case 0xBB: case 0x201C: case 0x201D: case 0x201E: case 0x201F: return "\"";
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: return "'";
    case 0x2013: case 0x2014: return "-";
    case 0x2026: return "...";
    case 0xA2: return "\xC2\xA2";
    case 0xA3: return "\xC2\xA3";
    case 0xA5: return "\xC2\xA5";
    case 0x20AC: return "\xE2\x82\xAC";
    default: return std::nullopt;
  }
}

// Whether a reference's ASCII goes at its end, next to the word at `next`:
// a quote mark or apostrophe before a word opens it ("&ldquo;We" -> `"We`)
// or is a possessive ("Merkel&rsquo;s" -> "Merkel 's"). Anything else stays
// with what comes before it ("down,&rdquo; he" -> `down," he`, "1990&ndash;1995").
bool touches_next_word(std::string_view ascii, std::string_view text, size_t next) {
  if (ascii != "\"" && ascii != "'") return false;
  if (next >= text.size()) return false;
  const unsigned char c = static_cast<unsigned char>(text[next]);
  return c >= 0x80 || is_ascii_letter(c) || is_digit(c);
}

// Replaces the character references of text[begin, end) that reference_text()
// knows by their ASCII, padded with spaces to the reference's length.
void replace_references(std::string& text, size_t begin, size_t end) {
  constexpr size_t kLongest = 10;  // "&#x10FFFF;" and "&hellip;" fit
  // Searched within [begin, end): a search to the end of the text per stretch
  // of prose would make a page of many tags quadratic.
  const auto next_amp = [&](size_t from) { return std::string_view(text).substr(0, end).find('&', from); };
  for (size_t amp = next_amp(begin); amp != std::string_view::npos; amp = next_amp(amp + 1)) {
    const size_t semicolon = std::string_view(text).substr(0, std::min(end, amp + kLongest)).find(';', amp + 1);
    if (semicolon == std::string_view::npos) continue;
    const std::optional<std::string_view> ascii = reference_text(std::string_view(text).substr(amp + 1, semicolon - amp - 1));
    if (!ascii) continue;
    const size_t length = semicolon + 1 - amp;
    const std::string padding(length - ascii->size(), ' ');
    text.replace(amp, length, touches_next_word(*ascii, text, semicolon + 1) ? padding + std::string(*ascii)
                                                                             : std::string(*ascii) + padding);
  }
}

// The bytes of text[begin, end) that are not white space.
size_t visible_bytes(std::string_view text, size_t begin, size_t end) {
  return static_cast<size_t>(
      std::count_if(text.begin() + static_cast<std::ptrdiff_t>(begin), text.begin() + static_cast<std::ptrdiff_t>(end),
                     [](char c) { return !is_tag_space(c); }));
}

}  // namespace

// Overwrites text[begin, end) with spaces of the same size in every unit:
// one ASCII space per byte of ASCII (newlines kept), U+00A0 for a two-byte
// character, U+3000 for a three-byte one, U+E0020 (two UTF-16 units, as any
// four-byte character) for a four-byte one; a maximal ill-formed subpart,
// which decodes as one U+FFFD, like a valid character of its length.
void blank_in_place(std::string& text, size_t begin, size_t end) {
  static constexpr std::array<std::string_view, 5> kSpaces = {"", " ", "\xC2\xA0", "\xE3\x80\x80", "\xF3\xA0\x80\xA0"};
  for (size_t pos = begin; pos < end;) {
    const unsigned char b = static_cast<unsigned char>(text[pos]);
    if (b < 0x80) {
      if (b != '\n' && b != '\r') text[pos] = ' ';
      ++pos;
      continue;
    }
    // Markup ends before an ASCII byte, which no sequence runs over.
    const uint32_t length = decode(text, pos).length;
    text.replace(pos, length, kSpaces[length]);
    pos += length;
  }
}

bool looks_like_html(std::string_view utf8) {
  constexpr int kEnoughArticleTags = 3;
  Scanner scanner(utf8);
  int article_tags = 0;
  for (std::optional<Markup> m = scanner.next(0); m; m = scanner.next(m->end)) {
    if (is_page_element(m->name)) return true;
    if (is_article_element(m->name) && ++article_tags >= kEnoughArticleTags) return true;
  }
  return false;
}

std::optional<BlankedPage> blank_markup(std::string_view utf8) {
  if (!looks_like_html(utf8)) return std::nullopt;
  std::string text(utf8);
  Scanner scanner(utf8);
  PageFurniture furniture;
  size_t prose = 0;  // where the text after the last markup begins
  while (const std::optional<Markup> m = scanner.next(prose)) {
    replace_references(text, prose, m->begin);
    furniture.prose(visible_bytes(text, prose, m->begin));
    if (!m->is_comment()) furniture.tag(m->name, attributes(utf8, *m), m->closing, m->begin, m->end);
    size_t end = m->end;
    // A script's or style's content goes too, up to its closing tag (blanked
    // as the next markup); an element that never closes loses its tag only.
    if (!m->closing && is_raw_text_element(m->name)) {
      const size_t closing = scanner.closing_of(m->name, m->end);
      if (closing != std::string_view::npos) end = closing;
    }
    blank_in_place(text, m->begin, end);
    if (is_block_element(m->name)) text[m->begin] = '\n';
    prose = end;
  }
  replace_references(text, prose, text.size());
  furniture.prose(visible_bytes(text, prose, text.size()));
  return BlankedPage{std::move(text), furniture.finish(utf8.size()), {}};
}

// lede::Markup, not the tag this file's scanner calls a Markup.
std::optional<BlankedPage> read_through_markup(std::string_view utf8, lede::Markup& markup) {
  if (std::optional<BlankedPage> page = blank_markup(utf8)) {
    markup = lede::Markup::html;
    return page;
  }
  std::vector<Span> headings;
  std::optional<std::string> plain = blank_markdown(utf8, &headings);
  if (!plain) return std::nullopt;
  markup = lede::Markup::markdown;
  return BlankedPage{std::move(*plain), {}, std::move(headings)};
}

}  // namespace lede::text
