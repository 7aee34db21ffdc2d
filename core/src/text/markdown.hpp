// Markdown pasted or opened as an article (a .md file, a CMS or a notes
// app's export): its marks are not prose. Read as text, "[Dana Ortiz](https://
// ...)" hides a speaker from her cue, "# City council approves ..." starts
// the headline with a hash and "**$40 million**" wraps a sum in asterisks.
//
// blank_markdown() gives a copy of such a text with the marks blanked out,
// each byte of a mark a space, so that every offset into the copy is the
// same offset into the original in every unit (the marks are ASCII): a
// heading's hashes, a quotation's ">", a list item's bullet or number ("1.",
// "2)"), emphasis ("**", "*", "__", "_"), inline code's backticks, a link's
// brackets and its address ("[text](url)" keeps "text"), an image's "!", a
// backslash escape, a code fence and a link reference's line.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lede/lede.hpp"

namespace lede::text {

// Whether `utf8` is Markdown rather than prose: a link written the Markdown
// way ("](http"), or two of a heading line, bold text, and a quotation's
// line. Linear in the text's size.
bool looks_like_markdown(std::string_view utf8);

// The copy of `utf8` with its Markdown marks blanked, or nothing when it does
// not look like Markdown. Linear in the text's size, whatever its content.
// `headings`, when given, gets the span of each heading's line ("## What
// happens next"), in order: blanked, a heading reads as a sentence.
std::optional<std::string> blank_markdown(std::string_view utf8, std::vector<Span>* headings = nullptr);

}  // namespace lede::text
