#include "text/broken_words.hpp"

#include "text/chars.hpp"

namespace lede::text {

namespace {

// Typeset lines run 35-100 characters (two columns to one); a line this long
// that ends in a cut word is one of them.
constexpr size_t kMinTypesetLine = 30;
constexpr size_t kMinWordPart = 2;  // "Chan-", "an-"

bool is_letter(char c) { return is_ascii_letter(static_cast<unsigned char>(c)); }

bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

// A byte that may go on a word: a letter, digit, hyphen or a non-ASCII byte.
bool continues_word(char c) {
  const auto b = static_cast<unsigned char>(c);
  return is_ascii_letter(b) || is_digit(b) || c == '-' || b >= 0x80;
}

// A word cut at a line end: [start, hyphen) its head, the line break after
// the hyphen, [tail, end) its tail.
struct Cut {
  size_t start, hyphen, tail, end;
};

// The cut word whose hyphen is at `hyphen`, if the text there is one.
std::optional<Cut> cut_at(std::string_view s, size_t hyphen) {
  size_t tail = hyphen + 1;
  if (tail < s.size() && s[tail] == '\r') ++tail;
  if (tail >= s.size() || s[tail] != '\n') return std::nullopt;
  ++tail;
  size_t start = hyphen;
  while (start > 0 && is_letter(s[start - 1])) --start;
  // A head in capitals is a code's or a rating's ("AA-\nCONFIRMED").
  if (hyphen - start < kMinWordPart || !is_lower(s[hyphen - 1]) || (start > 0 && continues_word(s[start - 1]))) {
    return std::nullopt;
  }
  size_t end = tail;
  while (end < s.size() && is_letter(s[end])) ++end;
  if (end == tail || (end < s.size() && continues_word(s[end]))) return std::nullopt;
  const size_t line = s.rfind('\n', start);
  const size_t line_start = line == std::string_view::npos ? 0 : line + 1;
  if (hyphen - line_start < kMinTypesetLine) return std::nullopt;
  return Cut{start, hyphen, tail, end};
}

// Writes the cut word whole into copy[cut.start, cut.end), its line break
// first ("\n Chancellor"): the lines keep their number and about their
// lengths, by which the segmenter tells a hard-wrapped paragraph. The hyphen
// stays when the tail starts with a capital (a compound's, "Jean-Pierre").
// Returns where the word now starts.
size_t rejoin(std::string_view s, const Cut& cut, std::string& copy) {
  const bool keeps_hyphen = !is_lower(s[cut.tail]);
  const size_t head = cut.hyphen - cut.start + (keeps_hyphen ? 1 : 0);
  const size_t tail = cut.end - cut.tail;
  const size_t word_start = cut.end - head - tail;
  copy.replace(cut.start, word_start - cut.start, word_start - cut.start, ' ');
  copy[cut.start] = '\n';
  copy.replace(word_start, head, s.substr(cut.start, head));
  copy.replace(word_start + head, tail, s.substr(cut.tail, tail));
  return word_start;
}

}  // namespace

std::optional<std::string> rejoin_broken_words(std::string_view utf8, std::vector<RejoinedWord>& words) {
  // By the line breaks, which prose has fewer of than hyphens.
  std::optional<std::string> copy;
  for (size_t newline = utf8.find('\n'); newline != std::string_view::npos; newline = utf8.find('\n', newline + 1)) {
    const size_t hyphen = newline >= 2 && utf8[newline - 1] == '\r' ? newline - 2 : newline - 1;
    if (newline == 0 || utf8[hyphen] != '-') continue;
    if (const std::optional<Cut> cut = cut_at(utf8, hyphen)) {
      if (!copy) copy.emplace(utf8);
      const size_t start = rejoin(utf8, *cut, *copy);
      words.push_back({static_cast<uint32_t>(cut->start), static_cast<uint32_t>(start)});
    }
  }
  return copy;
}

}  // namespace lede::text
