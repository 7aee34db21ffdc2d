// Builds the bounded lower-case view of a paragraph that boilerplate,
// headline and byline rules compare against.
#include "structure/paragraph_text.hpp"

#include <algorithm>
#include <cstring>

#include "text/byte_lanes.hpp"
#include "text/chars.hpp"

namespace lede::structure {

namespace {

bool is_trailing_punct(char c) { return c == '.' || c == ':' || c == '!' || c == '?' || c == ' ' || c == ';' || c == ','; }

bool is_ellipsis(std::string_view token) { return token == "\xE2\x80\xA6" || (token.size() >= 3 && token[0] == '.'); }

// The head of tokens [first, end): each lowered, one space where white space
// was before it.
void copy_tokens(const text::Document& doc, uint32_t first, uint32_t end, char* head) {
  for (uint32_t i = first; i < end; ++i) {
    const text::Token token = doc.tokens[i];
    if (i > first && token.space_before) *head++ = ' ';
    for (uint32_t k = 0; k < token.length; ++k) *head++ = text::lower_ascii(doc.text[token.start + k]);
  }
}

// lower_spaced() of the eight bytes at `in`, at once, of which the first
// `done` (below 8) were lowered already: returns the white space bytes
// among the others.
uint32_t lower_spaced_eight(const char* in, char* out, size_t done) {
  namespace lanes = text::lanes;
  const uint64_t w = lanes::load(in);
  const uint64_t ascii = lanes::ascii_part(w), ascii_lanes = ~lanes::non_ascii(w);
  const uint64_t upper = lanes::in_range(ascii, 'A', 'Z') & ascii_lanes;
  const uint64_t white = (lanes::in_range(ascii, 0, ' ') | lanes::equal_to(ascii, 0x7F)) & ascii_lanes;
  const uint64_t white_bytes = (white >> 7) * 0xFF;
  const uint64_t lowered = ((w | upper >> 2) & ~white_bytes) | (lanes::kOnes * ' ' & white_bytes);
  std::memcpy(out, &lowered, sizeof lowered);
  // A lane's count in each byte, summed into the highest by the multiply.
  return static_cast<uint32_t>(((white >> 7 >> (8 * done)) * lanes::kOnes) >> 56);
}

// Lowers the n bytes at `in` into `out`, each ASCII white space or control
// byte (as text::classify() has them) as a space, and returns how many
// those were. Sixteen bytes at a time first, a loop that vectorizes (the
// pointers do not alias); then the rest eight at a time, the last eight
// over the ones before them: byte by byte, the rest cost more than the
// loop (c06: 3 M instructions).
uint32_t lower_spaced(const char* __restrict in, size_t n, char* __restrict out) {
  const auto lower_byte = [](unsigned char c, uint32_t& white) {
    const bool space = c <= ' ' || c == 0x7F;
    white += space;
    return space ? ' ' : text::lower_ascii(static_cast<char>(c));
  };
  uint32_t white = 0;
  const size_t vectorized = n - n % 16;
  for (size_t k = 0; k < vectorized; ++k) out[k] = lower_byte(static_cast<unsigned char>(in[k]), white);
  size_t k = vectorized;
  if (n < 8) {
    for (; k < n; ++k) out[k] = lower_byte(static_cast<unsigned char>(in[k]), white);
    return white;
  }
  for (; k + 8 <= n; k += 8) white += lower_spaced_eight(in + k, out + k, 0);
  if (k < n) white += lower_spaced_eight(in + n - 8, out + n - 8, 8 - (n - k));
  return white;
}

// copy_tokens() in one pass over the text, for the usual paragraph whose
// tokens are apart by single white space bytes: then its text is
// `head_size` bytes, of which `spaces` are white space (a token holds
// none), and each becomes a space. False, with the head unfinished, for
// any other.
bool copy_single_spaced(const text::Document& doc, uint32_t first, uint32_t end, size_t head_size,
                        uint32_t spaces, char* head) {
  const uint32_t start = doc.tokens[first].start;
  if (doc.tokens[end - 1].end() - start != head_size) return false;
  return lower_spaced(doc.text.data() + start, head_size, head) == spaces;
}

bool is_lower_word(text::Token token, const text::Document& doc) {
  if (token.kind != text::TokenKind::word) return false;
  for (char c : doc.text.substr(token.start, token.length)) {
    if (!text::is_lower_ascii(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

bool is_word(text::TokenKind kind) { return kind == text::TokenKind::word || kind == text::TokenKind::number; }

// `words` and the word and number tokens of [first, end), up to kMaxCountedWords + 1.
uint32_t count_words(const text::Document& doc, uint32_t first, uint32_t end, uint32_t words) {
  for (uint32_t i = first; i < end && words <= kMaxCountedWords; ++i) words += is_word(doc.tokens[i].kind);
  return words;
}

}  // namespace

ParagraphTexts::ParagraphTexts(const text::Document& doc) {
  // Room for every head at once, so that the views stay valid. Not zeroed:
  // each head is written where it stays, and read only as far as written.
  size_t room = 0;
  for (const auto& p : doc.paragraphs) room += std::min<size_t>(p.end - p.start + 1, kHeadBytes);
  heads_.reset(new char[room]);
  texts_.reserve(doc.paragraphs.size());
  for (const auto& p : doc.paragraphs) texts_.push_back(read(doc, p));
}

ParagraphText ParagraphTexts::read(const text::Document& doc, const text::Paragraph& p) {
  ParagraphText t;
  t.tokens = p.end_token - p.first_token;
  // The tokens that fit in the head, [p.first_token, head_end), are counted
  // first; their bytes are copied after, mostly in one piece.
  size_t head_size = 0;
  uint32_t spaces = 0;  // between the head's tokens
  uint32_t i = p.first_token, head_end = p.end_token;
  if (p.end - p.start + 1 < kHeadBytes) {
    // All of it fits, since the head is never longer than the paragraph:
    // most paragraphs, counted without a test per token.
    uint32_t words = 0, length = 0;
    for (; i < p.end_token; ++i) {
      const text::Token token = doc.tokens[i];
      words += is_word(token.kind);
      spaces += token.space_before;
      length += token.length;
    }
    t.words = words;
    spaces -= doc.tokens[p.first_token].space_before;
    head_size = length + spaces;
  }
  for (; i < p.end_token; ++i) {
    const text::Token token = doc.tokens[i];
    t.words += is_word(token.kind);
    if (head_size + token.length + 1 >= kHeadBytes) {
      t.truncated = true;  // the rules read only the beginning of a long paragraph
      head_end = i++;
      break;
    }
    const bool space = token.space_before && head_size > 0;
    spaces += space;
    head_size += space + token.length;
  }
  // The token that does not fit is checked too: a one-token paragraph
  // longer than the head is judged by its letters.
  if (t.tokens <= kMaxResidueTokens) {
    for (uint32_t k = p.first_token; k < i; ++k) {
      t.all_lower_words = t.all_lower_words && is_lower_word(doc.tokens[k], doc);
    }
  }
  char* const head = heads_.get() + heads_used_;
  if (head_size > 0 && !copy_single_spaced(doc, p.first_token, head_end, head_size, spaces, head)) {
    copy_tokens(doc, p.first_token, head_end, head);
  }
  // Each token takes a byte of the head at least, so the head's words stay
  // below the count's cap, which matters only from here on.
  static_assert(kHeadBytes <= kMaxCountedWords);
  t.words = count_words(doc, i, p.end_token, t.words);
  if (p.end_token > p.first_token) {
    const std::string_view last = doc.token_text(p.end_token - 1);
    t.ends_ellipsis = is_ellipsis(last);
    t.ends_full_stop = last == ".";
    t.ends_question = last == "?";
    t.ends_colon = last == ":";
  }
  if (!t.truncated) {
    while (head_size > 0 && is_trailing_punct(head[head_size - 1])) --head_size;
  }
  t.head = std::string_view(head, head_size);
  heads_used_ += head_size;
  return t;
}

}  // namespace lede::structure
