#include "text/markdown.hpp"

#include <array>
#include <cstddef>

#include "text/chars.hpp"
#include "text/markup.hpp"

namespace lede::text {

namespace {

constexpr size_t kMaxIndent = 3;       // a block mark indented further is code or prose
constexpr size_t kMaxHeadingLevel = 6;
constexpr size_t kMaxUrlBytes = 2048;  // a link's address: past this, prose in brackets
constexpr size_t kMaxOpenBrackets = 16;

bool is_blank(char c) { return c == ' ' || c == '\t'; }

// A byte of a word: a letter or digit, or any byte of a non-ASCII character.
bool is_word_byte(char c) {
  const auto b = static_cast<unsigned char>(c);
  return is_ascii_letter(b) || is_digit(b) || b >= 0x80;
}

bool is_ascii_punctuation(char c) {
  const auto b = static_cast<unsigned char>(c);
  return b > ' ' && b < 0x7F && !is_ascii_letter(b) && !is_digit(b);
}

size_t line_end(std::string_view s, size_t from) {
  const size_t end = s.find('\n', from);
  return end == std::string_view::npos ? s.size() : end;
}

// Past up to kMaxIndent spaces at `i`.
size_t past_indent(std::string_view s, size_t i, size_t end) {
  for (size_t n = 0; i < end && s[i] == ' ' && n < kMaxIndent; ++n) ++i;
  return i;
}

// The end of the "#" marks of a heading at `i` ("## What happens next"), or `i`.
size_t heading_marks_end(std::string_view s, size_t i, size_t end) {
  size_t k = i;
  while (k < end && s[k] == '#' && k - i < kMaxHeadingLevel + 1) ++k;
  const size_t level = k - i;
  return level >= 1 && level <= kMaxHeadingLevel && (k == end || is_blank(s[k])) ? k : i;
}

// The end of an ordered list item's marker at `i` ("1. ", "2) "): up to
// nine digits, as CommonMark has it, then a full stop or a bracket and a
// blank; or `i`.
size_t ordered_marker_end(std::string_view s, size_t i, size_t end) {
  constexpr size_t kMaxDigits = 9;
  size_t k = i;
  while (k < end && is_digit(static_cast<unsigned char>(s[k])) && k - i < kMaxDigits + 1) ++k;
  const bool digits = k > i && k - i <= kMaxDigits;
  return digits && k + 1 < end && (s[k] == '.' || s[k] == ')') && is_blank(s[k + 1]) ? k + 1 : i;
}

// "---", "***", "* * *": a thematic break, which reads as a separator.
bool is_break_line(std::string_view s, size_t i, size_t end) {
  size_t marks = 0;
  for (; i < end; ++i) {
    if (s[i] == '-' || s[i] == '*' || s[i] == '_') {
      ++marks;
    } else if (!is_blank(s[i]) && s[i] != '\r') {
      return false;
    }
  }
  return marks >= 3;
}

bool is_fence(std::string_view s, size_t i, size_t end) {
  return end - i >= 3 && (s.compare(i, 3, "```") == 0 || s.compare(i, 3, "~~~") == 0);
}

// "[1]: https://example.com": a link reference's definition.
bool is_reference_definition(std::string_view s, size_t i, size_t end) {
  if (i >= end || s[i] != '[') return false;
  const size_t close = s.substr(0, end).find("]:", i + 1);
  return close != std::string_view::npos && close - i <= kMaxUrlBytes;
}

// Counts, over the lines, the marks that tell Markdown from prose.
struct Signals {
  bool link = false, bold = false, heading = false, quotation = false;

  explicit Signals(std::string_view s) {
    for (size_t at = s.find("]("); at != std::string_view::npos && !link; at = s.find("](", at + 2)) {
      const std::string_view rest = s.substr(at + 2, 8);
      link = rest.rfind("http", 0) == 0 || rest.rfind("www.", 0) == 0 || rest.rfind("mailto:", 0) == 0 ||
             rest.rfind("/", 0) == 0 || rest.rfind("#", 0) == 0;
    }
    if (link) return;  // Markdown already: the other marks need not be looked for
    for (size_t at = s.find("**"); at != std::string_view::npos && !bold; at = s.find("**", at + 2)) {
      bold = at + 2 < s.size() && !is_blank(s[at + 2]) && s[at + 2] != '*' && s[at + 2] != '\n';
    }
    // '#' and '>' are rare in prose: each is looked for, then its line.
    for (size_t at = s.find('#'); at != std::string_view::npos && !heading; at = s.find('#', at + 1)) {
      heading = opens_line(s, at) && heading_marks_end(s, at, line_end(s, at)) != at;
    }
    for (size_t at = s.find('>'); at != std::string_view::npos && !quotation; at = s.find('>', at + 1)) {
      quotation = opens_line(s, at) && at + 1 < s.size() && is_blank(s[at + 1]);
    }
  }

  // Whether `at` opens its line, past up to kMaxIndent spaces.
  static bool opens_line(std::string_view s, size_t at) {
    size_t b = at;
    while (b > 0 && s[b - 1] == ' ' && at - b < kMaxIndent) --b;
    return b == 0 || s[b - 1] == '\n';
  }

  bool markdown() const { return link || int{bold} + int{heading} + int{quotation} >= 2; }
};

// Blanks the marks of a text, line by line; a code fence's lines are kept.
class Blanker {
 public:
  Blanker(std::string& text, std::vector<Span>* headings) : t_(text), headings_(headings) {}

  void run() {
    for (size_t b = 0; b < t_.size();) {
      const size_t e = line_end(t_, b);
      line(b, e);
      b = e + 1;
    }
  }

 private:
  // Marks are ASCII; a link's address may hold any character.
  void blank(size_t from, size_t to) { blank_in_place(t_, from, to); }

  void line(size_t b, size_t e) {
    size_t i = past_indent(t_, b, e);
    if (is_fence(t_, i, e)) {
      in_code_ = !in_code_;
      blank(i, e);
      return;
    }
    if (in_code_ || is_break_line(t_, i, e)) return;
    if (is_reference_definition(t_, i, e)) {
      blank(i, e);
      return;
    }
    i = block_marks(i, e);
    inline_marks(b, i, e);
  }

  // A quotation's ">" (nested too), a heading's "#" (and its closing ones),
  // a list item's bullet or number. Returns where the line's text begins.
  size_t block_marks(size_t i, size_t e) {
    while (i < e && t_[i] == '>') {
      t_[i++] = ' ';
      while (i < e && is_blank(t_[i])) ++i;
    }
    if (const size_t marks = heading_marks_end(t_, i, e); marks != i) {
      blank(i, marks);
      blank_closing_hashes(marks, e);
      if (headings_ != nullptr) headings_->push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(e)});
      return marks;
    }
    if (i + 1 < e && (t_[i] == '-' || t_[i] == '*' || t_[i] == '+') && is_blank(t_[i + 1])) t_[i++] = ' ';
    if (const size_t marker = ordered_marker_end(t_, i, e); marker != i) {
      blank(i, marker);
      return marker;
    }
    return i;
  }

  // "## Next steps ##": the closing hashes after a space.
  void blank_closing_hashes(size_t from, size_t e) {
    size_t k = e;
    while (k > from && (is_blank(t_[k - 1]) || t_[k - 1] == '\r')) --k;
    size_t hashes = k;
    while (hashes > from && t_[hashes - 1] == '#') --hashes;
    if (hashes < k && hashes > from && is_blank(t_[hashes - 1])) blank(hashes, k);
  }

  void inline_marks(size_t b, size_t i, size_t e) {
    size_t open = 0;  // brackets not closed yet, up to kMaxOpenBrackets
    std::array<size_t, kMaxOpenBrackets> brackets{};
    for (size_t k = i; k < e; ++k) {
      const char c = t_[k];
      if (c == '\\' && k + 1 < e && is_ascii_punctuation(t_[k + 1])) {
        t_[k++] = ' ';  // "\*": the escaped mark stays
      } else if (c == '`') {
        t_[k] = ' ';
      } else if (c == '*' || c == '_') {
        k = emphasis(b, k, e);
      } else if (c == '!' && k + 1 < e && t_[k + 1] == '[') {
        t_[k] = ' ';
      } else if (c == '[') {
        if (open < kMaxOpenBrackets) brackets[open++] = k;
      } else if (c == ']' && open > 0) {
        k = link_end(brackets[--open], k, e);
      } else if (c == '<') {
        k = autolink_end(k, e);
      }
    }
  }

  // A run of "*" or "_" at k that opens or closes emphasis ("**$40
  // million**", "*By Jane Roe*"): after a non-word byte and before a
  // non-blank, or after a non-blank and before a non-word byte. "5*3",
  // "a * b" and "snake_case" keep theirs. Returns the run's last byte.
  size_t emphasis(size_t b, size_t k, size_t e) {
    size_t run = k;
    while (run < e && t_[run] == t_[k]) ++run;
    const char before = k > b ? t_[k - 1] : ' ';
    const char after = run < e ? t_[run] : ' ';
    const bool opens = !is_word_byte(before) && !is_blank(after) && after != '\r';
    const bool closes = !is_blank(before) && !is_word_byte(after);
    if (opens || closes) blank(k, run);
    return run - 1;
  }

  // "[text](https://...)", "[text][ref]": the brackets and what follows go,
  // the text stays. `close` is the "]". Returns the last byte read.
  size_t link_end(size_t open, size_t close, size_t e) {
    if (close + 1 >= e || (t_[close + 1] != '(' && t_[close + 1] != '[')) return close;
    const char end_mark = t_[close + 1] == '(' ? ')' : ']';
    const size_t limit = std::min(e, close + 2 + kMaxUrlBytes);
    size_t j = close + 2;
    while (j < limit && t_[j] != end_mark && !is_blank(t_[j])) ++j;
    if (j >= limit || t_[j] != end_mark) return close;
    t_[open] = ' ';
    blank(close, j + 1);
    return j;
  }

  // "<https://example.com>": the angle brackets go.
  size_t autolink_end(size_t lt, size_t e) {
    if (t_.compare(lt + 1, 4, "http") != 0) return lt;
    const size_t limit = std::min(e, lt + 1 + kMaxUrlBytes);
    size_t j = lt + 1;
    while (j < limit && t_[j] != '>' && !is_blank(t_[j])) ++j;
    if (j >= limit || t_[j] != '>') return lt;
    t_[lt] = ' ';
    t_[j] = ' ';
    return j;
  }

  std::string& t_;
  std::vector<Span>* headings_;
  bool in_code_ = false;
};

}  // namespace

bool looks_like_markdown(std::string_view utf8) { return Signals(utf8).markdown(); }

std::optional<std::string> blank_markdown(std::string_view utf8, std::vector<Span>* headings) {
  if (!looks_like_markdown(utf8)) return std::nullopt;
  std::string text(utf8);
  Blanker(text, headings).run();
  return text;
}

}  // namespace lede::text
