// Builds the bounded lower-case view of a paragraph that boilerplate,
// headline and byline rules compare against.
#include "structure/paragraph_text.hpp"

#include <algorithm>

#include "text/chars.hpp"

namespace lede::structure {

namespace {

bool is_trailing_punct(char c) { return c == '.' || c == ':' || c == '!' || c == '?' || c == ' ' || c == ';' || c == ','; }

bool is_ellipsis(std::string_view token) { return token == "\xE2\x80\xA6" || (token.size() >= 3 && token[0] == '.'); }

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
  char head[kHeadBytes];
  size_t head_size = 0;
  t.tokens = p.end_token - p.first_token;
  for (uint32_t i = p.first_token; i < p.end_token && t.words <= kMaxCountedWords; ++i) {
    const text::Token& token = doc.tokens[i];
    const std::string_view s = doc.token_text(i);
    if (token.kind == text::TokenKind::word || token.kind == text::TokenKind::number) ++t.words;
    if (t.truncated) continue;  // the rules read only the beginning of a long paragraph
    if (t.tokens <= kMaxResidueTokens) {
      bool lower_word = token.kind == text::TokenKind::word;
      for (char c : s) lower_word = lower_word && text::is_lower_ascii(static_cast<unsigned char>(c));
      t.all_lower_words = t.all_lower_words && lower_word;
    }
    if (head_size + s.size() + 1 >= kHeadBytes) {
      t.truncated = true;
      continue;
    }
    if (token.space_before && head_size > 0) head[head_size++] = ' ';
    for (char c : s) head[head_size++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
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
