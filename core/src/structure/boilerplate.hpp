// Boilerplate: the text a copy from a news site brings along with the article
// (share buttons, "Recent Posts" teaser lists and their "2 hours ago" stamps,
// comment forms, author boxes, "See also" links). Flagged per paragraph; an
// article paragraph must never be flagged, so every rule is narrow.
#pragma once

#include <vector>

#include "lede/lede.hpp"
#include "structure/paragraph_text.hpp"
#include "text/document.hpp"

namespace lede::structure {

// Sets the role of the boilerplate paragraphs; `texts` are the
// ParagraphTexts of Document::paragraphs, `roles` theirs, all body before.
void mark_boilerplate(const std::vector<ParagraphText>& texts, std::vector<ParagraphRole>& roles);

// "By Jane Doe", "Published: 3 Nov 2024", "Updated 2 hours ago": a byline or
// the article's date line.
bool is_byline(const ParagraphText& t);

// "Associated Press", "Reuters": a news agency's name alone, which a wire
// story sets under its byline.
bool is_agency_credit(const ParagraphText& t);

// "2 hours ago", "46 minutes ago", "just now": a teaser's time stamp.
bool is_time_stamp(const ParagraphText& t);

// "14:52 GMT", "2.15pm": a clock time alone, a live blog's entry stamp.
bool is_entry_stamp(const ParagraphText& t);

}  // namespace lede::structure
