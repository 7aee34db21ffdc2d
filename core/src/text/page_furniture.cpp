// Which elements are furniture. An element is judged when it closes, by what
// it is (<nav>, role="contentinfo", class="related-stories") and by what it
// held: counts of the prose before its opening and closing tags give its
// text, its link text and its headlines in constant time, so the whole page
// is read in one pass whatever its nesting.
#include "text/page_furniture.hpp"

#include <array>
#include <optional>

#include "text/chars.hpp"

namespace lede::text {

namespace {

using Kind = PageFurniture::Kind;

// Deeper than this, elements are not followed: a page nests a few dozen
// deep, and a text of unclosed tags would otherwise keep one each.
constexpr size_t kMaxOpen = 4096;

// The elements whose tags are followed: those that may be furniture, and
// those of content, inside which a <header> holds a headline and a byline.
constexpr std::array<std::string_view, 14> kTracked = {"div",  "section", "nav",   "header", "footer", "aside",
                                                       "article", "main", "ul",    "ol",     "figure", "form",
                                                       "title", "amp-sidebar"};

std::optional<uint8_t> tracked_index(std::string_view name) {
  for (size_t i = 0; i < kTracked.size(); ++i) {
    if (same_ignoring_case(name, kTracked[i])) return static_cast<uint8_t>(i);
  }
  return std::nullopt;
}

struct Named {
  std::string_view name;
  Kind kind;
};

template <size_t N>
Kind kind_named(std::string_view name, const std::array<Named, N>& names) {
  for (const Named& n : names) {
    if (same_ignoring_case(name, n.name)) return n.kind;
  }
  return Kind::plain;
}

// An <amp-sidebar> is an AMP page's menu. A <section> is content unless its
// role or class says otherwise (<section class="related">).
constexpr std::array<Named, 8> kElements = {{{"nav", Kind::navigation},
                                             {"amp-sidebar", Kind::navigation},
                                             {"header", Kind::banner},
                                             {"footer", Kind::footer},
                                             {"aside", Kind::aside},
                                             {"title", Kind::title},
                                             {"article", Kind::section},
                                             {"main", Kind::main}}};

// ARIA's landmark roles.
constexpr std::array<Named, 8> kRoles = {{{"navigation", Kind::navigation},
                                          {"menubar", Kind::navigation},
                                          {"menu", Kind::navigation},
                                          {"banner", Kind::banner},
                                          {"contentinfo", Kind::footer},
                                          {"complementary", Kind::aside},
                                          {"main", Kind::main},
                                          {"article", Kind::section}}};

// Words of class and id names ("main-menu__item", "related-stories",
// "cookie-banner", "newsletter-box", "outbrain-widget"). Not "header", which
// an article's own head is called as often as the site's ("story-header"),
// nor "banner", which names a cookie notice and a headline's picture alike.
constexpr std::array<Named, 36> kNameWords = {{{"nav", Kind::navigation},
                                               {"navbar", Kind::navigation},
                                               {"navigation", Kind::navigation},
                                               {"menu", Kind::navigation},
                                               {"breadcrumb", Kind::navigation},
                                               {"breadcrumbs", Kind::navigation},
                                               {"crumbs", Kind::navigation},
                                               {"masthead", Kind::banner},
                                               {"footer", Kind::footer},
                                               {"sidebar", Kind::aside},
                                               {"related", Kind::widget},
                                               {"newsletter", Kind::widget},
                                               {"cookie", Kind::widget},
                                               {"cookies", Kind::widget},
                                               {"consent", Kind::widget},
                                               {"comments", Kind::widget},
                                               {"share", Kind::widget},
                                               {"sharing", Kind::widget},
                                               {"social", Kind::widget},
                                               {"subscribe", Kind::widget},
                                               {"promo", Kind::widget},
                                               {"signup", Kind::widget},
                                               {"paywall", Kind::widget},
                                               {"popup", Kind::widget},
                                               {"toolbar", Kind::widget},
                                               {"tags", Kind::widget},
                                               {"ticker", Kind::widget},
                                               {"trending", Kind::widget},
                                               {"popular", Kind::widget},
                                               {"recommended", Kind::widget},
                                               {"outbrain", Kind::widget},
                                               {"taboola", Kind::widget},
                                               {"ad", Kind::widget},
                                               {"ads", Kind::widget},
                                               {"advert", Kind::widget},
                                               {"advertisement", Kind::widget}}};

// The kind the first furniture word of a class or id value names.
Kind kind_of_names(std::string_view value) {
  for (size_t at = 0; at < value.size();) {
    size_t end = at;
    while (end < value.size() && (is_ascii_letter(value[end]) || is_digit(value[end]))) ++end;
    if (end > at) {
      if (const Kind k = kind_named(value.substr(at, end - at), kNameWords); k != Kind::plain) return k;
    }
    at = end + 1;
  }
  return Kind::plain;
}

bool is_white(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// What parts a tag's attributes: white space, and the '/' of "<br/>".
bool is_attribute_space(char c) { return is_white(c) || c == '/'; }

// Calls visit(name, value) for each attribute of a tag's `attributes`
// (" class=\"a b\" id='c' hidden"); a value may be quoted or bare.
template <class Visit>
void for_each_attribute(std::string_view attributes, Visit visit) {
  const std::string_view s = attributes;
  size_t i = 0;
  const auto skip_white = [&] {
    while (i < s.size() && is_white(s[i])) ++i;
  };
  while (i < s.size()) {
    if (is_attribute_space(s[i])) {
      ++i;
      continue;
    }
    const size_t name_begin = i;
    while (i < s.size() && !is_attribute_space(s[i]) && s[i] != '=') ++i;
    const std::string_view name = s.substr(name_begin, i - name_begin);
    skip_white();
    std::string_view value;
    if (i < s.size() && s[i] == '=') {
      ++i;
      skip_white();
      if (i < s.size() && (s[i] == '"' || s[i] == '\'')) {
        const size_t close = s.find(s[i], i + 1);
        const size_t end = close == std::string_view::npos ? s.size() : close;
        value = s.substr(i + 1, end - i - 1);
        i = end + 1;
      } else {
        const size_t begin = i;
        while (i < s.size() && !is_attribute_space(s[i])) ++i;
        value = s.substr(begin, i - begin);
      }
    }
    visit(name, value);
  }
}

// What an opening tag makes its element: the element's own kind, else its
// landmark role's, else the kind its class or id names; a <section> that
// none names is content.
Kind kind_of(std::string_view name, std::string_view attributes) {
  const Kind own = kind_named(name, kElements);
  if (own != Kind::plain) return own;
  Kind role = Kind::plain, named = Kind::plain;
  for_each_attribute(attributes, [&](std::string_view attribute, std::string_view value) {
    if (same_ignoring_case(attribute, "role")) {
      role = kind_named(value, kRoles);
    } else if (named == Kind::plain && (same_ignoring_case(attribute, "class") || same_ignoring_case(attribute, "id"))) {
      named = kind_of_names(value);
    }
  });
  if (role != Kind::plain) return role;
  if (named == Kind::plain && same_ignoring_case(name, "section")) return Kind::section;
  return named;
}

}  // namespace

void PageFurniture::tag(std::string_view name, std::string_view attributes, bool closing, size_t begin, size_t end) {
  if (same_ignoring_case(name, "a")) {
    in_link_ = !closing;
    return;
  }
  if (same_ignoring_case(name, "h1")) {
    headlines_ += !closing;
    return;
  }
  const std::optional<uint8_t> index = tracked_index(name);
  if (!index) return;
  if (open_count_.empty()) open_count_.assign(kTracked.size(), 0);
  if (!closing) {
    if (open_.size() == kMaxOpen) return;
    open_.push_back({*index, kind_of(name, attributes), sections_open_ > 0, mains_open_ > 0,
                     static_cast<uint32_t>(begin), text_, links_, headlines_});
    sections_open_ += open_.back().kind == Kind::section;
    mains_open_ += open_.back().kind == Kind::main;
    ++open_count_[*index];
    return;
  }
  // A closing tag closes the elements opened inside its own and left open
  // (an unclosed <div> in a <nav>); one with none open is stray, and
  // ignored without a search.
  if (open_count_[*index] == 0) return;
  while (open_.back().name_index != *index) close(begin);
  close(end);
}

void PageFurniture::prose(size_t visible_bytes) {
  text_ += static_cast<uint32_t>(visible_bytes);
  if (in_link_) links_ += static_cast<uint32_t>(visible_bytes);
}

void PageFurniture::close(size_t end) {
  const Open o = open_.back();
  open_.pop_back();
  --open_count_[o.name_index];
  sections_open_ -= o.kind == Kind::section;
  mains_open_ -= o.kind == Kind::main;
  if (o.kind == Kind::plain || o.kind == Kind::section || o.kind == Kind::main) return;
  candidates_.push_back({{o.begin, static_cast<uint32_t>(end)},
                         o.kind,
                         o.in_section,
                         o.in_main,
                         headlines_ > o.headlines_before,
                         text_ - o.text_before,
                         links_ - o.links_before});
}

// A page's furniture never holds most of its text (an element that holds it
// wraps the article, or was never closed) nor its headline. As ARIA has it,
// a header or footer inside content (an article, a section, the page's
// <main>) is that content's own, and so is an aside inside an article or a
// section (one beside the article in <main> is the page's): furniture then
// only when mostly links, as an article's topics are, and not a
// subheading, a pull-quote or a fact box.
bool PageFurniture::is_furniture(const Candidate& c) const {
  if (c.kind == Kind::title) return true;  // the page's name in the browser's tab
  if (c.text == 0 || uint64_t{c.text} * 2 > text_ || c.holds_headline) return false;
  const bool mostly_links = uint64_t{c.links} * 2 >= c.text;
  switch (c.kind) {
    case Kind::navigation:
    case Kind::widget: return true;
    case Kind::banner:
    case Kind::footer: return !(c.in_section || c.in_main) || mostly_links;
    case Kind::aside: return !c.in_section || mostly_links;
    default: return false;
  }
}

std::vector<Span> PageFurniture::finish(size_t end) {
  while (!open_.empty()) close(end);
  // An element closes after those inside it: one found furniture takes the
  // place of those already found inside it, which start after its own start.
  std::vector<Span> spans;
  for (const Candidate& c : candidates_) {
    if (!is_furniture(c)) continue;
    while (!spans.empty() && spans.back().start >= c.span.start) spans.pop_back();
    spans.push_back(c.span);
  }
  return spans;
}

}  // namespace lede::text
