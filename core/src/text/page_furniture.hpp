// The furniture of an HTML page: the text of its navigation, its site header
// and footer, its asides of related links and most-read lists, its cookie
// and newsletter boxes, its readers' comments and its <title>. Read as
// prose, their names would be the article's names and their link texts its
// headlines. The markup reader (text/markup.cpp) knows which elements each
// stretch of prose sat in: it tells a PageFurniture each tag and each
// stretch of prose in the order of the text, and at its end gets the
// stretches that are furniture, which the structure stage marks
// boilerplate. Depends on the tags' text alone.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "lede/lede.hpp"

namespace lede::text {

class PageFurniture {
 public:
  // The tag text[begin, end) ("<nav class=\"menu\">", "</nav>") of the
  // element `name`; `attributes` is the tag after its name.
  void tag(std::string_view name, std::string_view attributes, bool closing, size_t begin, size_t end);

  // `visible_bytes` bytes of prose (white space not counted) after the last tag.
  void prose(size_t visible_bytes);

  // The furniture's spans, in order and apart, once the text ends at `end`.
  // Elements left open close there.
  std::vector<Span> finish(size_t end);

  // What an element is to the page; `plain` for most. A `section` (an
  // <article> or <section>) holds content, and so does the page's `main`;
  // the header, footer or aside inside one may be its own.
  enum class Kind : uint8_t { plain, section, main, navigation, banner, footer, aside, widget, title };

 private:
  // Offsets and counts of bytes fit 32 bits (lede.cpp's within_limit()).
  struct Open {
    uint8_t name_index;  // into the names followed
    Kind kind;
    bool in_section, in_main;  // inside a Kind::section, a Kind::main
    uint32_t begin;   // its opening tag's first byte
    uint32_t text_before, links_before, headlines_before;
  };
  struct Candidate {
    Span span;
    Kind kind;
    bool in_section, in_main, holds_headline;
    uint32_t text, links;
  };

  void open(std::string_view name, Kind kind, size_t begin);
  void close(size_t end);
  bool is_furniture(const Candidate& c) const;

  std::vector<Open> open_;
  std::vector<Candidate> candidates_;  // in the order they closed
  std::vector<uint32_t> open_count_;   // per name followed, how many are on open_
  uint32_t sections_open_ = 0, mains_open_ = 0;
  uint32_t text_ = 0, links_ = 0;  // visible prose bytes so far, and those in links
  uint32_t headlines_ = 0;         // <h1>s so far
  bool in_link_ = false;
};

}  // namespace lede::text
