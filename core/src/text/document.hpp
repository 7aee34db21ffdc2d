// The text layer's output: the original text cut into paragraphs, sentences
// and tokens, every piece a byte span into the original. All later stages
// read a Document; none of them re-scans the raw text for these units.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "lede/lede.hpp"

namespace lede::text {

enum class TokenKind : uint8_t {
  word,     // letters (and digits, hyphens, inner apostrophes): Iran, COP29, Mi-17, o'clock, 1.5m
  number,   // digits with inner , . / : between digits: 80, 1,200, 2.7, 3/4, 14:06
  punct,    // , . ; : ! ? ( ) - — … and the like
  quote,    // a quote mark standing alone: “ ” " ‘ ’ ' « » „ ‹ ›
  symbol,   // currency and other symbols: $ € £ ¥ ₽ ₹ % ° & +
  url,      // https://x.y/z, www.x.y
  email,    // a@b.c
  handle,   // @name
  hashtag,  // #tag
};

// Eight bytes: text can be a token every two bytes, and the token list is
// then the largest thing the analysis holds.
struct Token {
  Token() : length(0), kind(TokenKind::word), space_before(false) {}
  Token(uint32_t start_, uint32_t end_, TokenKind kind_, bool space_before_)
      : start(start_), length(end_ - start_), kind(kind_), space_before(space_before_) {}
  uint32_t end() const { return start + length; }

  static constexpr uint32_t kMaxLength = (1u << 26) - 1;  // the tokenizer cuts longer runs

  uint32_t start = 0;
  uint32_t length : 26;
  TokenKind kind : 5;
  // True when whitespace (or the start of the text) precedes the token; lets
  // later stages tell "U.S." from "U . S ." and glue "$" to "2.7".
  bool space_before : 1;
};
static_assert(sizeof(Token) == 8);

struct Sentence {
  uint32_t start = 0, end = 0;              // bytes
  uint32_t first_token = 0, end_token = 0;  // [first, end) into Document::tokens
};

struct Paragraph {
  uint32_t start = 0, end = 0;                    // bytes, trimmed of surrounding white space
  uint32_t first_sentence = 0, end_sentence = 0;  // [first, end) into Document::sentences
  uint32_t first_token = 0, end_token = 0;        // [first, end) into Document::tokens
};

struct Document {
  std::string_view text;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Paragraph> paragraphs;
  // The byte starts of the ordered list markers that open paragraphs ("1. ",
  // "2) "), in order: mostly none.
  std::vector<uint32_t> list_markers;

  // A token lies inside the text: its view is built without substr()'s
  // bound checks, which cost 0.9% of the whole analysis (the rules ask
  // most tokens' text several times).
  std::string_view token_text(uint32_t i) const { return {text.data() + tokens[i].start, tokens[i].length}; }
  std::string_view slice(uint32_t start, uint32_t end) const { return text.substr(start, end - start); }
  // The first token that starts at byte `offset` or after it (tokens.size() if none).
  uint32_t first_token_from(size_t offset) const {
    const auto it = std::lower_bound(tokens.begin(), tokens.end(), offset,
                                     [](const Token& t, size_t at) { return t.start < at; });
    return static_cast<uint32_t>(it - tokens.begin());
  }
};

// Whether token i is `word`, for the rules asked of every name or span: a
// compare of a length known when compiled, which needs no call.
template <size_t N>
bool token_is(const Document& doc, uint32_t i, const char (&word)[N]) {
  const Token& t = doc.tokens[i];
  return t.length == N - 1 && std::memcmp(doc.text.data() + t.start, word, N - 1) == 0;
}

// Whether the tokens from `open` are a year in brackets, "(1982)": the year
// a work came out, after its title.
inline bool year_in_brackets_at(const Document& doc, uint32_t open) {
  if (open + 2 >= doc.tokens.size() || !token_is(doc, open, "(") || !token_is(doc, open + 2, ")")) return false;
  const std::string_view year = doc.token_text(open + 1);
  return year.size() == 4 && (year[0] == '1' || year[0] == '2') &&
         std::all_of(year.begin(), year.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Where a story's dateline may stand: in one of its first paragraphs, at
// most this many tokens before its dash ("WASHINGTON, Dec. 3, 2026 (Reuters) -").
constexpr size_t kDatelineParagraphs = 5;
constexpr uint32_t kMaxDatelineTokens = 12;

// "TURIN, Nov 16 (Reuters) - Jannik Sinner beat ...": whether token `k`
// opens a story's first sentence after its dateline's dash (a hyphen, an en
// or an em dash, then a space), within a dateline's length of its
// paragraph's start.
inline bool opens_after_dateline(const Document& doc, uint32_t k) {
  if (k == 0 || k >= doc.tokens.size() || !doc.tokens[k].space_before) return false;
  const std::string_view dash = doc.token_text(k - 1);
  if (dash != "-" && dash != "\xE2\x80\x93" && dash != "\xE2\x80\x94") return false;
  for (size_t p = 0; p < std::min(doc.paragraphs.size(), kDatelineParagraphs); ++p) {
    const Paragraph& paragraph = doc.paragraphs[p];
    if (k < paragraph.end_token) return k > paragraph.first_token + 1 && k <= paragraph.first_token + kMaxDatelineTokens;
  }
  return false;
}

// Cuts `text` into paragraphs, sentences and tokens. Linear time; never throws.
Document segment(std::string_view text);

// The segmentation as plain text, for people and golden tests: one sentence a
// line with its tokens between spaces, a blank line after each paragraph.
std::string describe(const Document& doc);

}  // namespace lede::text
