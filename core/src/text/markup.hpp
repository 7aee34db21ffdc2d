// HTML pasted as an article: page source, or a CMS export. Its tags, comments
// and scripts are not prose; read as text they become names ("<p>Barack"),
// quotes (a script's string literals) and numbers (attribute values).
//
// blank_markup() gives a copy of such a text with the markup blanked out:
// every character of a tag, a comment or a script or style element becomes a
// space of the same size in UTF-8 bytes, UTF-16 units and code points, so
// that every offset into the copy is the same offset into the original in
// every unit the JSON reports. A block tag (<p>, <br>, <li> ...) begins with a
// newline instead, so paragraphs stay apart. The few character references
// that news uses (&amp; &quot; &rsquo; &#8220; ...) become their ASCII
// equivalent followed by spaces.
//
// It also tells where the page's furniture lies (text/page_furniture.hpp):
// its navigation, site header and footer, asides and widgets.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lede/lede.hpp"

namespace lede::text {

// Whether `utf8` is HTML rather than prose that mentions a tag: it has a
// doctype or an <html>, <head> or <body> tag, or at least three tags of
// elements that articles are made of. Linear in the text's size.
bool looks_like_html(std::string_view utf8);

// Overwrites text[begin, end) with spaces of the same size in every offset
// unit (bytes, UTF-16 units, code points), so that every offset after it
// means the same in the copy. [begin, end) starts and ends at characters.
void blank_in_place(std::string& text, size_t begin, size_t end);

// An HTML text read as prose.
struct BlankedPage {
  std::string text;             // the copy with its markup blanked
  std::vector<Span> furniture;  // the stretches of it in the page's furniture, in order and apart
  std::vector<Span> headings;   // a Markdown text's heading lines, in order
};

// `utf8` read as prose, or nothing when it does not look like HTML. Linear
// in the text's size, whatever its content.
std::optional<BlankedPage> blank_markup(std::string_view utf8);

// `utf8` read as prose through its HTML or else its Markdown marks
// (text/markdown.hpp), and which of them, or nothing when it has neither.
std::optional<BlankedPage> read_through_markup(std::string_view utf8, Markup& markup);

}  // namespace lede::text
