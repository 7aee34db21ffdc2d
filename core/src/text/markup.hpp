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
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lede::text {

// Whether `utf8` is HTML rather than prose that mentions a tag: it has a
// doctype or an <html>, <head> or <body> tag, or at least three tags of
// elements that articles are made of. Linear in the text's size.
bool looks_like_html(std::string_view utf8);

// The copy of `utf8` with its markup blanked, or nothing when it does not
// look like HTML. Linear in the text's size, whatever its content.
std::optional<std::string> blank_markup(std::string_view utf8);

}  // namespace lede::text
