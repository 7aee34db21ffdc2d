// Builds the bounded lower-case view of a paragraph that boilerplate,
// headline and byline rules compare against.
#include "structure/paragraph_text.hpp"

#include <algorithm>

#include "text/chars.hpp"

namespace lede::structure {

namespace {

bool is_trailing_punct(char c) { return c == '.' || c == ':' || c == '!' || c == '?' || c == ' ' || c == ';' || c == ','; }

bool is_ellipsis(std::string_view token) { return token == "\xE2\x80\xA6" || (token.size() >= 3 && token[0] == '.'); }

void lower_copy(char* out, const char* in, size_t n) {
  for (size_t k = 0; k < n; ++k) out[k] = text::lower_ascii(in[k]);
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
  // Room for every head at once, so that the views stay valid.
  size_t room = 0;
  for (const auto& p : doc.paragraphs) room += std::min<size_t>(p.end - p.start + 1, kHeadBytes);
  heads_.reserve(room);
  texts_.reserve(doc.paragraphs.size());
  for (const auto& p : doc.paragraphs) texts_.push_back(read(doc, p));
}

ParagraphText ParagraphTexts::read(const text::Document& doc, const text::Paragraph& p) {
  ParagraphText t;
  t.tokens = p.end_token - p.first_token;
  char head[kHeadBytes];
  size_t head_size = 0;  // the head so far, of which [0, copied) is written
  size_t copied = 0;
  // Text between tokens is white space. Where it is a single space, the
  // text already reads as the head does, so the head is copied in runs of
  // text: a run ends only at other white space, which becomes one space.
  // Copying a run at a time lets the compiler vectorize the copy.
  uint32_t run_start = 0, run_end = 0;
  const auto copy_run = [&] {
    lower_copy(head + copied, doc.text.data() + run_start, run_end - run_start);
    copied += run_end - run_start;
  };
  uint32_t i = p.first_token;
  for (; i < p.end_token; ++i) {
    const text::Token token = doc.tokens[i];
    t.words += is_word(token.kind);
    // The token that does not fit is checked too: a one-token paragraph
    // longer than the head is judged by its letters.
    if (t.tokens <= kMaxResidueTokens) t.all_lower_words = t.all_lower_words && is_lower_word(token, doc);
    if (head_size + token.length + 1 >= kHeadBytes) {
      t.truncated = true;  // the rules read only the beginning of a long paragraph
      ++i;
      break;
    }
    if (head_size == 0) {
      run_start = token.start;
    } else {
      const bool space = token.space_before;
      head_size += space;
      const bool continues = token.start == run_end + space && (!space || doc.text[run_end] == ' ');
      if (!continues) {
        copy_run();
        if (space) head[copied++] = ' ';
        run_start = token.start;
      }
    }
    run_end = token.end();
    head_size += token.length;
  }
  if (head_size > 0) copy_run();
  // Each token takes a byte of the head at least, so the head's words stay
  // below the count's cap, which matters only from here on.
  static_assert(kHeadBytes <= kMaxCountedWords);
  t.words = count_words(doc, i, p.end_token, t.words);
  if (p.end_token > p.first_token) {
    const std::string_view last = doc.token_text(p.end_token - 1);
    t.ends_ellipsis = is_ellipsis(last);
    t.ends_full_stop = last == ".";
    t.ends_question = last == "?";
  }
  if (!t.truncated) {
    while (head_size > 0 && is_trailing_punct(head[head_size - 1])) --head_size;
  }
  const size_t at = heads_.size();
  heads_.append(head, head_size);
  t.head = std::string_view(heads_).substr(at, head_size);
  return t;
}

}  // namespace lede::structure
