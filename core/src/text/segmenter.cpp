// Paragraphs and sentences. Pasted news comes with one line per paragraph,
// with or without blank lines between them, so a line is a paragraph unless a
// block of lines looks hard-wrapped (e-mail style), in which case its lines
// are joined.
#include <algorithm>
#include <array>

#include "text/byte_lanes.hpp"
#include "text/chars.hpp"
#include "text/document.hpp"
#include "text/tokenizer.hpp"
#include "text/utf8.hpp"

namespace lede::text {

namespace {

struct Line {
  uint32_t start = 0, end = 0;  // without the line break
  bool blank = true;
};

// The lanes of `w` that may begin a line break: \n, \r, or a byte >= 0x80
// (U+0085, U+2028 and U+2029 take two or three bytes).
uint64_t break_candidates(uint64_t w) {
  const uint64_t ascii = lanes::ascii_part(w);
  return lanes::non_ascii(w) | lanes::equal_to(ascii, '\n') | lanes::equal_to(ascii, '\r');
}

// The length of the line break at `pos`, or 0. No check of the bytes
// before is needed: \n, \r and the lead bytes C2 and E2 never continue a
// multi-byte sequence, so the decoder starts a character at each of them.
uint32_t break_length(std::string_view text, uint32_t pos) {
  const auto b = static_cast<unsigned char>(text[pos]);
  if (b == '\r') return pos + 1 < text.size() && text[pos + 1] == '\n' ? 2 : 1;
  if (b == '\n') return 1;
  if (b == 0xC2) return text.substr(pos + 1, 1) == "\x85" ? 2 : 0;
  if (b == 0xE2) return text.substr(pos + 1, 2) == "\x80\xA8" || text.substr(pos + 1, 2) == "\x80\xA9" ? 3 : 0;
  return 0;
}

// Where the line that holds `pos` ends: the next line break, or the end.
// Eight bytes at a time, looking closer only at bytes that can begin one.
uint32_t next_break(std::string_view text, uint32_t pos) {
  const auto n = static_cast<uint32_t>(text.size());
  while (pos + 8 <= n) {
    const uint64_t candidates = break_candidates(lanes::load(text.data() + pos));
    if (candidates == 0) {
      pos += 8;
      continue;
    }
    pos += lanes::first(candidates);
    if (break_length(text, pos)) return pos;
    ++pos;
  }
  while (pos < n && !break_length(text, pos)) ++pos;
  return pos;
}

// Splits at \n, \r\n, \r, U+0085, U+2028, U+2029 and notes which lines hold
// nothing but white space. Characters are decoded only until a line shows
// something else; the rest of it is searched for the next break.
std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  lines.reserve(text.size() / 128 + 8);  // a guess: most pasted lines are longer
  const auto n = static_cast<uint32_t>(text.size());
  uint32_t pos = 0, start = 0;
  while (pos < n) {
    const auto b = static_cast<unsigned char>(text[pos]);
    const Decoded d = b < 0x80 ? Decoded{b, 1, true} : decode(text, pos);
    const CharClass cls = classify(d.code_point);
    if (cls == CharClass::newline) {
      lines.push_back({start, pos, true});
      pos += break_length(text, pos);
      start = pos;
    } else if (cls == CharClass::space) {
      pos += d.length;
    } else {
      const uint32_t end = next_break(text, pos);
      lines.push_back({start, end, false});
      if (end == n) return lines;
      pos = end + break_length(text, end);
      start = pos;
    }
  }
  if (start < n) lines.push_back({start, n, true});
  return lines;
}

bool ends_sentence_like(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  if (line.empty()) return false;
  const char last = line.back();
  // ASCII ends, and the last byte of ” ’ … (E2 80 9D / 99 / A6).
  return last == '.' || last == '!' || last == '?' || last == ':' || last == '"' || last == '\x9D' ||
         last == '\x99' || last == '\xA6';
}

// A block of lines cut at a fixed width (40–100 characters), most of them not
// ending a sentence: one paragraph. News pastes have long lines or short
// list items instead.
bool is_hard_wrapped(std::string_view text, const std::vector<Line>& lines, size_t first, size_t end) {
  if (end - first < 2) return false;
  size_t not_ending = 0;
  uint32_t longest = 0;
  for (size_t i = first; i + 1 < end; ++i) {
    const uint32_t length = lines[i].end - lines[i].start;
    if (length < 30 || length > 100) return false;
    longest = std::max(longest, length);
    if (!ends_sentence_like(text.substr(lines[i].start, length))) ++not_ending;
  }
  return longest >= 50 && not_ending * 2 >= end - first - 1;
}

bool is_abbreviation(std::string_view word) {
  static constexpr std::array<std::string_view, 67> kAbbreviations = {
      "mr",   "mrs", "ms",    "dr",   "prof", "gen",  "col",  "lt",   "sgt",  "capt", "cmdr", "adm",  "gov",
      "maj",  "cpl", "det",   "insp", "brig",
      "sen",  "rep", "st",    "jr",   "sr",   "inc",  "corp", "co",   "ltd",  "no",   "vs",   "etc",  "jan",
      "feb",  "mar", "apr",   "jun",  "jul",  "aug",  "sep",  "sept", "oct",  "nov",  "dec",  "mon",  "tue",
      "tues", "wed", "thu",   "thur", "thurs", "fri", "sat",  "sun",  "ave",  "blvd", "mt",   "ft",   "rev",
      "hon",  "pres", "supt", "dept", "est",  "approx", "fig", "al"};
  if (word.size() > 6) return false;
  char lower[8];
  for (size_t i = 0; i < word.size(); ++i) lower[i] = lower_ascii(word[i]);
  const std::string_view w(lower, word.size());
  return std::find(kAbbreviations.begin(), kAbbreviations.end(), w) != kAbbreviations.end();
}

// Lists of short paragraphs and sentences are large; none keeps much of the
// room it grew into (the peak of a text of short lines, lede-bench
// --hostile). An article's few spare entries are not worth the copy.
template <typename T>
void drop_slack(std::vector<T>& list) {
  if (list.capacity() - list.size() > 64 + list.size() / 8) list.shrink_to_fit();
}

// Whether paragraph `p` opens with an ordered list's marker, "1. " or "2) ":
// a number of one or two digits, its full stop or bracket glued to it, and
// a word in capitals or a quotation mark after. The marker is a sentence of
// its own and counts nothing (Document::list_markers).
bool opens_with_list_marker(const Document& doc, const Paragraph& p) {
  constexpr uint32_t kMaxDigits = 2;
  if (p.end_token - p.first_token < 3) return false;
  const Token& number = doc.tokens[p.first_token];
  const Token& mark = doc.tokens[p.first_token + 1];
  if (number.kind != TokenKind::number || number.length > kMaxDigits || mark.space_before ||
      !doc.tokens[p.first_token + 2].space_before) {
    return false;
  }
  const std::string_view m = doc.token_text(p.first_token + 1);
  const std::string_view digits = doc.token_text(p.first_token);
  if ((m != "." && m != ")") || !std::all_of(digits.begin(), digits.end(), [](char c) { return is_digit(c); })) {
    return false;
  }
  // An item opens as a sentence does; a line that a hard wrap began inside
  // brackets does not ("(W. Khan\n52) v Worcestershire", "7-6 (7-\n5) 6-1").
  const Token& item = doc.tokens[p.first_token + 2];
  const auto b = static_cast<unsigned char>(doc.text[item.start]);
  return item.kind == TokenKind::quote || (item.kind == TokenKind::word && (is_upper_ascii(b) || b >= 0xC0));
}

class SentenceSplitter {
 public:
  explicit SentenceSplitter(Document& doc) : doc_(doc) {}

  void split(Paragraph& p) {
    constexpr uint32_t kMarkerTokens = 2;  // "3" ")"
    p.first_sentence = static_cast<uint32_t>(doc_.sentences.size());
    uint32_t first = p.first_token;
    if (opens_with_list_marker(doc_, p)) {
      doc_.list_markers.push_back(p.start);
      add(first, first + kMarkerTokens);
      first += kMarkerTokens;
    }
    for (uint32_t i = first; i < p.end_token; ++i) {
      if (!ends_sentence(i, p.end_token)) continue;
      uint32_t last = i + 1;
      while (last < p.end_token && closes(last)) ++last;
      if (last < p.end_token && !starts_sentence(last)) continue;
      add(first, last);
      first = last;
      i = last - 1;
    }
    if (first < p.end_token) add(first, p.end_token);
    p.end_sentence = static_cast<uint32_t>(doc_.sentences.size());
  }

 private:
  std::string_view text(uint32_t i) const { return doc_.token_text(i); }

  void add(uint32_t first, uint32_t end) {
    doc_.sentences.push_back({doc_.tokens[first].start, doc_.tokens[end - 1].end(), first, end});
  }

  bool ends_sentence(uint32_t i, uint32_t end) const {
    const Token& t = doc_.tokens[i];
    if (t.kind != TokenKind::punct) return false;
    const std::string_view s = text(i);
    const bool terminal = s == "!" || s == "?" || s == "\xE2\x80\xA6" || (s.size() >= 1 && s[0] == '.');
    if (!terminal || i + 1 >= end) return terminal;
    // A full stop glued to a single letter after it is inside an abbreviation,
    // "D-N.Y.", "U.S."; a word glued after it is a missing space ("Iran.For").
    if (s == "." && !doc_.tokens[i + 1].space_before && doc_.tokens[i + 1].kind == TokenKind::word &&
        doc_.tokens[i + 1].length == 1) {
      return false;
    }
    if (s == "." && i > 0 && !t.space_before && doc_.tokens[i - 1].kind == TokenKind::word) {
      const std::string_view before = text(i - 1);
      if (is_abbreviation(before)) return false;
      if (before.size() == 1 && is_upper_ascii(static_cast<unsigned char>(before[0]))) return false;  // J. Smith
    }
    return true;
  }

  // Closing quotes and brackets glued to the full stop belong to its sentence.
  bool closes(uint32_t i) const {
    const Token& t = doc_.tokens[i];
    if (t.space_before) return false;
    const std::string_view s = text(i);
    if (t.kind == TokenKind::quote) {
      return s == "\"" || s == "'" || s == "\xE2\x80\x9D" || s == "\xE2\x80\x99" || s == "\xC2\xBB" ||
             s == "\xE2\x80\xBA";
    }
    return t.kind == TokenKind::punct && (s == ")" || s == "]");
  }

  // A new sentence starts with anything but a lowercase letter or a mark
  // that goes on with one: "Mike Johnson, R-La., said" (a state's
  // abbreviation), "in the U.S.; prices".
  bool starts_sentence(uint32_t i) const {
    const std::string_view s = text(i);
    const auto b = static_cast<unsigned char>(s[0]);
    return !is_lower_ascii(b) && b != ',' && b != ';' && b != ':';
  }

  Document& doc_;
};

}  // namespace

Document segment(std::string_view text) {
  Document doc;
  doc.text = text;
  // A first guess below the density of prose (about one token per 5 bytes);
  // the tokenizer grows the list by the density it sees.
  doc.tokens.reserve(text.size() / 8 + 16);
  const std::vector<Line> lines = split_lines(text);
  doc.paragraphs.reserve(lines.size());  // a paragraph takes at least one line

  auto add_paragraph = [&](uint32_t begin, uint32_t end) {
    Paragraph p;
    p.first_token = static_cast<uint32_t>(doc.tokens.size());
    tokenize(text, begin, end, doc.tokens);
    p.end_token = static_cast<uint32_t>(doc.tokens.size());
    if (p.end_token == p.first_token) return;
    p.start = doc.tokens[p.first_token].start;
    p.end = doc.tokens[p.end_token - 1].end();
    doc.paragraphs.push_back(p);
  };

  size_t i = 0;
  while (i < lines.size()) {
    if (lines[i].blank) {
      ++i;
      continue;
    }
    size_t block_end = i;
    while (block_end < lines.size() && !lines[block_end].blank) ++block_end;
    if (is_hard_wrapped(text, lines, i, block_end)) {
      add_paragraph(lines[i].start, lines[block_end - 1].end);
    } else {
      for (size_t k = i; k < block_end; ++k) add_paragraph(lines[k].start, lines[k].end);
    }
    i = block_end;
  }

  // News runs to about one sentence per 70 bytes; a guess a little above
  // spares most articles the list's growth by doubling, and there are never
  // more sentences than tokens (a text of white space has none).
  doc.sentences.reserve(std::min<size_t>(text.size() / 48 + 4, doc.tokens.size()));
  SentenceSplitter sentences(doc);
  for (Paragraph& p : doc.paragraphs) sentences.split(p);
  drop_slack(doc.paragraphs);
  drop_slack(doc.sentences);
  return doc;
}

}  // namespace lede::text
