// Quote-mark pairing. Each mark is first given a role from its glyph and
// from what it is glued to (an opening mark hugs the word after it, a
// closing mark the word before it), so straight quotes and misused curly
// ones pair as a reader would pair them; then a small stack pairs openers
// with closers of the same family. Closing-single marks glued to "s"
// (the leaders’ meeting) are taken as apostrophes unless they must close.
#include "quotes/pairing.hpp"

#include <algorithm>
#include <string_view>

#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace lede::quotes {

namespace {

using text::Token;
using text::TokenKind;

constexpr size_t kMaxDepth = 8;  // deeper nesting does not occur in prose; bounds the stack search
constexpr int kNewGroup = -2;    // placeholder until the first pair of a group has its index

enum class Family : uint8_t { none, double_, single, guillemet, angle };
enum class Role : uint8_t { open, close, either, ignore };

struct Glyph {
  Family family = Family::none;
  Role role = Role::ignore;  // the glyph's own direction; `either` for straight marks
};

Glyph glyph_of(std::string_view s) {
  const char32_t c = text::decode(s, 0).code_point;
  switch (c) {
    case '"': case 0xFF02: return {Family::double_, Role::either};
    case 0x201C: case 0x201E: case 0x201F: return {Family::double_, Role::open};
    case 0x201D: return {Family::double_, Role::close};
    case '\'': case 0xFF07: return {Family::single, Role::either};
    case 0x2018: case 0x201A: case 0x201B: return {Family::single, Role::open};
    case 0x2019: return {Family::single, Role::close};
    case 0xAB: return {Family::guillemet, Role::open};
    case 0xBB: return {Family::guillemet, Role::close};
    case 0x2039: return {Family::angle, Role::open};
    case 0x203A: return {Family::angle, Role::close};
    default: return {};
  }
}

struct Mark {
  uint32_t token = 0;
  Family family = Family::none;
  Role role = Role::ignore;
  bool apostrophe_like = false;  // a closing single mark that may be a plural possessive
  bool next_single_closes = false;
};

struct Open {
  uint32_t token;
  Family family;
};

bool one_of(std::string_view s, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

bool ends_with_ci(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i) {
    if (text::lower_ascii(s[s.size() - suffix.size() + i]) != suffix[i]) return false;
  }
  return true;
}

class Pairer {
 public:
  explicit Pairer(const text::Document& doc) : doc_(doc) {}

  std::vector<Pair> run() {
    for (uint32_t p = 0; p < doc_.paragraphs.size(); ++p) paragraph(p);
    // Without the slack of its growth by doubling: the list lives on beside
    // the quotes made from it, which on a text of one quotation a line were
    // the analysis's peak (lede-bench --hostile).
    out_.shrink_to_fit();
    return std::move(out_);
  }

 private:
  std::string_view text(uint32_t i) const { return doc_.token_text(i); }

  // Gives each mark of the paragraph its role; fills marks_.
  void read_marks(const text::Paragraph& p) {
    marks_.clear();
    // Counted first: most paragraphs have no quote marks and need no second
    // pass, and the list (reused from paragraph to paragraph) grows to the
    // count at once, not by doubling, which would hold up to half again the
    // marks of a paragraph of nothing but quote marks.
    size_t quotes = 0;
    for (uint32_t i = p.first_token; i < p.end_token; ++i) quotes += doc_.tokens[i].kind == TokenKind::quote;
    if (quotes == 0) return;  // most paragraphs: no second pass
    marks_.reserve(quotes);
    stack_.reserve(kMaxDepth);  // once, at its bound: the stack is reused too
    Role previous = Role::ignore;  // role of the mark just before, if adjacent
    for (uint32_t i = p.first_token; i < p.end_token; ++i) {
      if (doc_.tokens[i].kind != TokenKind::quote) continue;
      const Glyph g = glyph_of(text(i));
      if (g.family == Family::none) continue;
      Mark m{i, g.family, role_of(p, i, g, previous)};
      if (m.family == Family::single) refine_single(p, m);
      previous = m.role;
      marks_.push_back(m);
    }
    // Right to left: does the next single mark close? Then a possessive-like
    // one before it is an apostrophe.
    bool next_closes = false;
    for (size_t k = marks_.size(); k-- > 0;) {
      Mark& m = marks_[k];
      if (m.family != Family::single) continue;
      m.next_single_closes = next_closes;
      next_closes = m.role == Role::close;
    }
  }

  Role role_of(const text::Paragraph& p, uint32_t i, Glyph g, Role previous) const {
    const std::vector<Token>& t = doc_.tokens;
    const bool spaced_left = i == p.first_token || t[i].space_before;
    const bool spaced_right = i + 1 == p.end_token || t[i + 1].space_before;
    const bool after_opener = !spaced_left && t[i - 1].kind == TokenKind::quote && previous == Role::open;
    const bool left_opening =
        !spaced_left && (after_opener || (t[i - 1].kind == TokenKind::punct &&
                                          one_of(text(i - 1), {"(", "[", "{", "\xE2\x80\x94", "\xE2\x80\x93", "-",
                                                               "/", ":", ","})));
    const bool right_closing =
        !spaced_right && (t[i + 1].kind == TokenKind::quote ||
                          (t[i + 1].kind == TokenKind::punct &&
                           (one_of(text(i + 1), {",", ";", ":", "!", "?", ")", "]", "}", "\xE2\x80\xA6",
                                                 "\xE2\x80\x94"}) ||
                            text(i + 1)[0] == '.')));
    const bool opens = (spaced_left || left_opening) && !spaced_right && !right_closing;
    const bool closes = !spaced_left && !after_opener && (spaced_right || right_closing);
    if (opens && !closes) return Role::open;
    if (closes && !opens) return Role::close;
    if (g.role != Role::either) return g.role;
    return spaced_left && spaced_right ? Role::ignore : Role::either;  // a lone straight mark pairs nothing
  }

  // Single marks double as apostrophes: the leaders’ meeting, goin’, 5' 10",
  // ’em, 'cause.
  void refine_single(const text::Paragraph& p, Mark& m) const {
    const std::vector<Token>& t = doc_.tokens;
    const uint32_t i = m.token;
    if (m.role == Role::close && !t[i].space_before && i > p.first_token) {
      const Token& before = t[i - 1];
      const std::string_view w = text(i - 1);
      m.apostrophe_like = before.kind == TokenKind::number ||
                          (before.kind == TokenKind::word && (ends_with_ci(w, "s") || ends_with_ci(w, "in")));
    }
    if (m.role == Role::open && i + 1 < p.end_token &&
        one_of(text(i + 1), {"em", "cause", "til", "tis", "twas", "bout", "n", "Tis", "Twas", "Cause", "Til"})) {
      m.role = Role::ignore;
    }
  }

  bool stack_has(Family f) const {
    for (const Open& o : stack_) {
      if (o.family == f) return true;
    }
    return false;
  }

  void emit(uint32_t paragraph, uint32_t open, uint32_t close, uint32_t depth, int group, bool close_mark) {
    if (open + 1 >= close) return;  // "" quotes nothing
    const std::vector<Token>& t = doc_.tokens;
    out_.push_back({open, close, {t[open + 1].start, t[close - 1].end()}, paragraph, depth, group, close_mark});
  }

  void close_with(uint32_t paragraph, const Mark& m, int group_of_first) {
    for (size_t k = stack_.size(); k-- > 0;) {
      if (stack_[k].family != m.family) continue;
      const int group = stack_[k].token == group_first_token_ ? group_of_first : -1;
      emit(paragraph, stack_[k].token, m.token, static_cast<uint32_t>(k), group, true);
      stack_.resize(k);  // unclosed marks inside it are dropped
      return;
    }
  }

  // Does paragraph `p` begin with an opening mark of family `f`?
  bool opens_with(uint32_t p, Family f) const {
    if (p >= doc_.paragraphs.size()) return false;
    const text::Paragraph& para = doc_.paragraphs[p];
    const uint32_t i = para.first_token;
    if (doc_.tokens[i].kind != TokenKind::quote) return false;
    const Glyph g = glyph_of(text(i));
    if (g.family != f) return false;
    const bool glued_right = i + 1 < para.end_token && !doc_.tokens[i + 1].space_before;
    return g.role == Role::open || (g.role == Role::either && glued_right);
  }

  // Does paragraph `p`, not opening with a quote mark, close a double
  // quotation with its first mark of family `f`? ("... said that “it is
  // with regret ...\n\nAnd because ... as it has been submitted.”")
  bool closes_unopened(uint32_t p, Family f) const {
    if (p >= doc_.paragraphs.size() || f != Family::double_) return false;
    const text::Paragraph& para = doc_.paragraphs[p];
    if (doc_.tokens[para.first_token].kind == TokenKind::quote) return false;
    for (uint32_t i = para.first_token; i < para.end_token; ++i) {
      if (doc_.tokens[i].kind != TokenKind::quote) continue;
      const Glyph g = glyph_of(text(i));
      if (g.family == f) return role_of(para, i, g, Role::ignore) == Role::close;
    }
    return false;
  }

  void paragraph(uint32_t index) {
    const text::Paragraph& p = doc_.paragraphs[index];
    read_marks(p);
    stack_.clear();
    // The paragraph's pairs are appended to the list and put in order there:
    // a list of their own was, for a text of one long paragraph (HTML run
    // together), a second copy of all of them.
    const size_t first = out_.size();
    const bool continuing = pending_group_ >= 0 && (resumed_ || opens_with(index, pending_family_));
    // A quotation resumed without its mark opens, as a mark would, just
    // before the paragraph's first token (see run_on()).
    const uint32_t first_open = resumed_ && continuing ? p.first_token - 1 : p.first_token;
    group_first_token_ = continuing ? first_open : UINT32_MAX;
    if (continuing && resumed_) stack_.push_back({first_open, pending_family_});
    const int group = continuing ? pending_group_ : -1;
    pending_group_ = -1;
    resumed_ = false;
    for (const Mark& m : marks_) {
      Role role = m.role;
      if (role == Role::either) role = stack_has(m.family) ? Role::close : Role::open;
      if (role == Role::close) {
        if (m.apostrophe_like && (!stack_has(Family::single) || m.next_single_closes)) continue;
        close_with(index, m, group);
      } else if (role == Role::open && stack_.size() < kMaxDepth) {
        stack_.push_back({m.token, m.family});
      }
    }
    if (!stack_.empty()) run_on(index, p, continuing, group);
    std::sort(out_.begin() + first, out_.end(), [](const Pair& a, const Pair& b) { return a.open < b.open; });
    for (size_t k = first; k < out_.size(); ++k) {
      if (out_[k].group == kNewGroup) {
        out_[k].group = static_cast<int>(k);
        pending_group_ = out_[k].group;
      }
    }
  }

  // The outermost quotation is still open at the end of the paragraph: it
  // runs on if the next paragraph re-opens (the news convention) or, as a
  // copied page may print it, goes on without a mark to close in the next
  // paragraph; or it ends here as the last paragraph of a running
  // quotation; otherwise the mark was stray and pairs nothing.
  void run_on(uint32_t index, const text::Paragraph& p, bool continuing, int group) {
    const Open outer = stack_.front();
    const bool first_of_paragraph = outer.token == p.first_token || outer.token + 1 == p.first_token;
    const bool reopened = opens_with(index + 1, outer.family);
    if (reopened || closes_unopened(index + 1, outer.family)) {
      const int g = continuing && first_of_paragraph ? group : kNewGroup;
      emit(index, outer.token, p.end_token, 0, g, false);
      if (g >= 0) pending_group_ = g;
      pending_family_ = outer.family;
      resumed_ = !reopened;
    } else if (continuing && first_of_paragraph) {
      emit(index, outer.token, p.end_token, 0, group, false);
    }
  }

  const text::Document& doc_;
  std::vector<Mark> marks_;
  std::vector<Open> stack_;
  std::vector<Pair> out_;
  int pending_group_ = -1;  // the group a paragraph opening with a quote mark continues
  Family pending_family_ = Family::none;
  bool resumed_ = false;  // the pending quotation goes on without a mark (closes_unopened())
  uint32_t group_first_token_ = UINT32_MAX;
};

}  // namespace

std::vector<Pair> pair_marks(const text::Document& doc) { return Pairer(doc).run(); }

}  // namespace lede::quotes
