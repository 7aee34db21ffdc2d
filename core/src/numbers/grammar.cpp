// The number grammar's pass. Each token is cut into atoms, digits in names
// and codes are blocked, each atom gets its lexicon flags (one hash probe),
// then one pass tries, at each atom that can start a number, the patterns in
// order of length: modifier + expression, dates and times, amounts with their
// units, ordinals. Nothing is allocated per token (lower-casing is one copy
// of the text).
#include "numbers/grammar.hpp"

#include <algorithm>
#include <cstring>

#include "numbers/matcher.hpp"

namespace lede::numbers {
namespace detail {

using text::TokenKind;

Grammar::Grammar(const text::Document& doc, const std::vector<Span>& names, const Options& options)
    : doc_(doc), text_(doc.text), lower_(doc.text) {
  for (char& c : lower_) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  if (!options.reference_date.empty()) ref_ = dates::parse_iso(options.reference_date);
  atomize();
  mark_names(names);
  classify_starts();
}

std::vector<Found> Grammar::run() {
  std::vector<Found> out;
  uint32_t i = 0;
  const uint32_t n = static_cast<uint32_t>(atoms_.size());
  while (i < n) {
    if (blocked_[i] || !can_start(i)) {
      ++i;
      continue;
    }
    const size_t before = out.size();
    const uint32_t end = match_at(i, out);
    if (end > i && out.size() > before) {
      i = end;
    } else {
      out.resize(before);
      ++i;
    }
  }
  return out;
}

void Grammar::atomize() {
  atoms_.reserve(doc_.tokens.size() + doc_.tokens.size() / 4);
  for (uint32_t t = 0; t < doc_.tokens.size(); ++t) {
    const text::Token& tok = doc_.tokens[t];
    switch (tok.kind) {
      case TokenKind::number: push(tok.start, tok.end(), t, AtomKind::digits, tok.space_before, false); break;
      case TokenKind::word: split_word(tok, t); break;
      case TokenKind::punct:
      case TokenKind::quote: push(tok.start, tok.end(), t, AtomKind::punct, tok.space_before, false); break;
      case TokenKind::symbol: push(tok.start, tok.end(), t, AtomKind::symbol, tok.space_before, false); break;
      default: push(tok.start, tok.end(), t, AtomKind::other, tok.space_before, false); break;
    }
  }
  blocked_.assign(atoms_.size(), false);
}

void Grammar::push(uint32_t s, uint32_t e, uint32_t t, AtomKind k, bool space, bool joined) {
  atoms_.push_back({s, e, t, k, space, joined});
}

void Grammar::split_word(const text::Token& tok, uint32_t t) {
  uint32_t p = tok.start;
  bool first = true;
  while (p < tok.end()) {
    const unsigned char b = static_cast<unsigned char>(text_[p]);
    uint32_t e = p;
    AtomKind kind;
    if (is_digit(static_cast<char>(b))) {
      kind = AtomKind::digits;
      while (e < tok.end() && (is_digit(text_[e]) || ((text_[e] == '.' || text_[e] == ',' || text_[e] == '/' ||
                                                     text_[e] == ':') &&
                                                    e + 1 < tok.end() && is_digit(text_[e + 1]) && e > p))) {
        ++e;
      }
    } else if (b == '-') {
      kind = AtomKind::punct;
      e = p + 1;
    } else if (b == 0xE2 && p + 2 < tok.end() && static_cast<unsigned char>(text_[p + 1]) == 0x80 &&
               (static_cast<unsigned char>(text_[p + 2]) == 0x90 ||
                static_cast<unsigned char>(text_[p + 2]) == 0x91)) {
      kind = AtomKind::punct;  // U+2010, U+2011 hyphens
      e = p + 3;
    } else if (first && (b == '\'' || b == 0xE2) && !letter_run_start(p)) {
      kind = AtomKind::punct;  // the apostrophe of an elided century: '90s
      e = p + (b == '\'' ? 1 : 3);
    } else {
      kind = AtomKind::word;
      while (e < tok.end() && !is_digit(text_[e]) && text_[e] != '-' && !is_unicode_hyphen(e)) ++e;
    }
    if (e <= p) e = p + 1;  // never stall
    if (e > tok.end()) e = tok.end();
    push(p, e, t, kind, first ? tok.space_before : false, !first);
    first = false;
    p = e;
  }
}

bool Grammar::is_unicode_hyphen(uint32_t p) const {
  return static_cast<unsigned char>(text_[p]) == 0xE2 && p + 2 < text_.size() &&
         static_cast<unsigned char>(text_[p + 1]) == 0x80 &&
         (static_cast<unsigned char>(text_[p + 2]) == 0x90 || static_cast<unsigned char>(text_[p + 2]) == 0x91);
}

bool Grammar::letter_run_start(uint32_t p) const {
  const unsigned char b = static_cast<unsigned char>(text_[p]);
  if (b == '\'') return false;
  // U+2019 (E2 80 99) before digits is an elided century apostrophe.
  return !(b == 0xE2 && p + 3 < text_.size() && static_cast<unsigned char>(text_[p + 1]) == 0x80 &&
           static_cast<unsigned char>(text_[p + 2]) == 0x99 && is_digit(text_[p + 3]));
}

void Grammar::mark_names(const std::vector<Span>& names) {
  for (const Span& name : names) {
    auto first = std::lower_bound(atoms_.begin(), atoms_.end(), name.start,
                                  [](const Atom& a, uint32_t start) { return a.end <= start; });
    auto last = first;
    while (last != atoms_.end() && last->start < name.end) ++last;
    const uint32_t a0 = static_cast<uint32_t>(first - atoms_.begin());
    const uint32_t a1 = static_cast<uint32_t>(last - atoms_.begin());
    if (calendar_or_currency(a0, a1)) continue;
    for (uint32_t i = a0; i < a1; ++i) {
      if (atoms_[i].kind != AtomKind::punct) blocked_[i] = true;
    }
  }
  for (uint32_t i = 0; i < atoms_.size(); ++i) {
    if (atoms_[i].kind == AtomKind::digits && is_code(i)) block_token(atoms_[i].token);
  }
  block_phone_numbers();
}

bool Grammar::calendar_or_currency(uint32_t a0, uint32_t a1) const {
  bool any = false;
  for (uint32_t i = a0; i < a1; ++i) {
    if (atoms_[i].kind != AtomKind::word) continue;
    const std::string_view w = lw(i);
    if (!(lx::month(w) || lx::weekday(w) || lx::holiday(w) || lx::currency(w) || w == "st" || w == "nd" ||
          w == "rd" || w == "th")) {
      return false;
    }
    any = true;
  }
  return any;
}

void Grammar::block_token(uint32_t token) {
  // Atoms of one token are contiguous; find them around any of its atoms.
  auto it = std::lower_bound(atoms_.begin(), atoms_.end(), token,
                             [](const Atom& a, uint32_t t) { return a.token < t; });
  for (; it != atoms_.end() && it->token == token; ++it) blocked_[it - atoms_.begin()] = true;
}

bool Grammar::is_code(uint32_t i) const {
  // Letters just before in the same token: COP29, Mi-17, Covid-19; mid-2020 is not.
  uint32_t j = i;
  bool hyphen = false;
  if (j > 1 && atoms_[j].joined && is_hyphen_atom(j - 1)) {
    --j;
    hyphen = true;
  }
  if (j > 0 && atoms_[j].joined) {
    const Atom& prev = atoms_[j - 1];
    // Letters between digits: an exponent (1e10, 12e-1, 1.3x10) or a
    // range of suffixed amounts (5k-20k); otherwise a code (24703m212).
    if (j > 1 && atoms_[j - 2].kind == AtomKind::digits && atoms_[j - 1].joined) {
      return !(hyphen || lw(j - 1) == "e" || lw(j - 1) == "x");
    }
    if (prev.kind == AtomKind::word) {
      const std::string_view w = lw(j - 1);
      if (lx::month(w) || lx::currency(w) || w == "mid" || w == "pre" || w == "post" || w == "late" ||
          w == "early" || w == "q" || w == "h" || w == "fy" || w == "sy" || w == "cy" || w == "w") {
        return false;
      }
      return true;
    }
  }
  // Unknown letters glued after the digits: 13F, 737MAX, 5G.
  if (i + 1 < atoms_.size() && atoms_[i + 1].joined && atoms_[i + 1].kind == AtomKind::word) {
    const std::string_view w = lw(i + 1);
    const std::string_view orig = tx(i + 1);
    if (orig == "G" && digits_value(i) < 10) return true;  // 4G, 5G
    if (i + 2 < atoms_.size() && atoms_[i + 2].joined && atoms_[i + 2].kind == AtomKind::digits && w != "e" &&
        w != "x") {
      return true;  // 24703m212
    }
    if (!known_suffix(w)) return true;
  }
  return false;
}

bool Grammar::known_suffix(std::string_view w) const {
  return lx::scale_word(w) || lx::unit(w) || lx::duration(w) || lx::currency(w) || w == "st" || w == "nd" ||
         w == "rd" || w == "th" || w == "s" || w == "am" || w == "pm" || w == "a.m." || w == "p.m." ||
         w == "a" || w == "p" || w == "ish" || w == "ys" || w == "g" || w == "year" || w == "years" ||
         w == "e" || w == "x" || w == "ampm" || w == "q" || w == "h";
}

void Grammar::block_phone_numbers() {
  for (uint32_t i = 0; i < atoms_.size(); ++i) {
    if (atoms_[i].kind != AtomKind::digits) continue;
    const bool plus = i > 0 && tx(i - 1) == "+" && !atoms_[i].space_before &&
                      (i == 1 || atoms_[i - 1].space_before);
    int groups = 1;
    uint32_t j = i;
    while (j + 2 < atoms_.size() && atoms_[j + 1].joined && is_hyphen_atom(j + 1) &&
           atoms_[j + 2].kind == AtomKind::digits) {
      j += 2;
      ++groups;
    }
    // "787-9", "737-800": a model designation, not a range (the second part is not above the first).
    const bool dated = tx(i).find('/') != std::string_view::npos || (groups == 2 && tx(i).size() == 4 &&
                                                                     to_int(tx(i)) >= 1800 && to_int(tx(i)) <= 2100);
    if (groups == 2 && !plus && !dated && to_int(tx(i + 2)) <= to_int(tx(i)) &&
        !(i + 3 < atoms_.size() && atoms_[i + 3].joined)) {
      blocked_[i] = blocked_[i + 1] = blocked_[i + 2] = true;
      i = j;
      continue;
    }
    const bool iso = groups == 3 && atoms_[i].end - atoms_[i].start == 4 && text_[atoms_[i].start] != '0' &&
                     dates::valid(to_int(tx(i)), to_int(tx(i + 2)), to_int(tx(i + 4)));
    if (plus || (groups >= 3 && !iso)) {
      // The phone number may continue over spaces: +86 138-2010-2015.
      uint32_t k = j;
      while (plus && k + 1 < atoms_.size() &&
             (atoms_[k + 1].kind == AtomKind::digits || (is_hyphen_atom(k + 1) && atoms_[k + 1].joined))) {
        ++k;
      }
      for (uint32_t a = i; a <= k; ++a) blocked_[a] = true;
      i = k;
    }
  }
}

bool Grammar::is_dash(uint32_t i) const {
  if (ok(i) && atoms_[i].kind == AtomKind::symbol && tx(i) == "~") return true;
  if (!ok(i) || atoms_[i].kind != AtomKind::punct) return false;
  const std::string_view t = tx(i);
  return t == "-" || t == "\xE2\x80\x93" || t == "\xE2\x80\x94" || is_hyphen_atom(i);
}

bool Grammar::sentence_start(uint32_t i) const {
  if (i == 0) return true;
  const std::string_view p = tx(i - 1);
  return p == "." || p == "!" || p == "?" || p == ":" || p == "\n" ||
         (atoms_[i - 1].kind == AtomKind::punct && text_.substr(atoms_[i - 1].end, atoms_[i].start - atoms_[i - 1].end)
                                                           .find('\n') != std::string_view::npos) ||
         text_.substr(atoms_[i - 1].end, atoms_[i].start - atoms_[i - 1].end).find('\n') != std::string_view::npos;
}

std::string_view Grammar::phrase(uint32_t i, int n, char* buf, size_t cap) const {
  size_t len = 0;
  for (int k = 0; k < n; ++k) {
    const uint32_t a = i + k;
    if (!ok(a) || atoms_[a].kind == AtomKind::other) return {};
    if (k > 0 && atoms_[a].space_before) {
      if (len + 1 > cap) return {};
      buf[len++] = ' ';
    }
    const std::string_view w = lw(a);
    if (len + w.size() > cap) return {};
    std::memcpy(buf + len, w.data(), w.size());
    len += w.size();
  }
  return {buf, len};
}

void Grammar::classify_starts() {
  flags_.resize(atoms_.size());
  for (uint32_t i = 0; i < atoms_.size(); ++i) {
    const Atom& a = atoms_[i];
    uint16_t f = 0;
    if (a.kind == AtomKind::digits) {
      f = lx::flag::strong;
    } else if (a.kind == AtomKind::symbol) {
      // $, €, %, °: their currency/unit bits come from the table like words'.
      f = lx::word_flags(lw(i));
      if (vulgar_fraction(i)) f |= lx::flag::strong | lx::flag::amount;
      if (!(f & lx::flag::strong) && tx(i) != "+") f |= lx::flag::weak | lx::flag::modifier;
      // ">=" is two atoms: let the modifier reader look at two.
      if ((f & lx::flag::modifier) && lx::flag::modifier_words(f) < 2) {
        f = static_cast<uint16_t>((f & ((1u << lx::flag::modifier_words_shift) - 1)) |
                                  (2u << lx::flag::modifier_words_shift));
      }
    } else if (a.kind == AtomKind::punct) {
      const std::string_view t = tx(i);
      f = vulgar_fraction(i) ? lx::flag::strong | lx::flag::amount
          : (t == "-" || t == "." || t == "'" || t == "\xE2\x80\x99" || t == "\xE2\x88\x92")
              ? lx::flag::weak | lx::flag::amount
              : 0;
    } else if (a.kind == AtomKind::word) {
      f = lx::word_flags(lw(i));
    }
    flags_[i] = f;
  }
}

bool Grammar::can_start(uint32_t i) const {
  // Letters glued to what precedes them ("m" of "1.5m") never start one.
  if (atoms_[i].joined && atoms_[i].kind == AtomKind::word) return false;
  if (has(i, lx::flag::strong)) return true;
  if (!has(i, lx::flag::weak)) return false;
  constexpr uint32_t kWindow = 6;  // "greater than or equal to 50"
  for (uint32_t k = i + 1; k < atoms_.size() && k <= i + kWindow; ++k) {
    if (has(k, lx::flag::strong)) return true;
  }
  return false;
}

uint32_t Grammar::match_at(uint32_t i, std::vector<Found>& out) {
  // A modifier ("more than", "about") stays outside the span.
  int words = 0;
  const int max_words = lx::flag::modifier_words(flags_[i]);
  const lx::Modifier* m = max_words > 0 ? longest(i, max_words, lx::modifier, &words) : nullptr;
  // "<>30", "=>30" are not comparisons lede reads.
  if (m && atoms_[i].kind == AtomKind::symbol && i > 0 && adjacent(i) && atoms_[i - 1].kind == AtomKind::symbol) {
    m = nullptr;
  }
  if (m) {
    const uint32_t j = i + words;
    if (ok(j) && can_start(j) && !lx::modifier(lw(j))) {
      const size_t before = out.size();
      const uint32_t end = match_core(j, out);
      if (end > j && out.size() > before) {
        // A bound after the amount ("or more") says more than "about" before it.
        if (out.back().number.approx.empty()) out.back().number.approx = std::string(m->phrase);
        return bounded_range(end, m->bound, out);
      }
      out.resize(before);
    }
  }
  return match_core(i, out);
}

uint32_t Grammar::bounded_range(uint32_t end, lx::Bound first, std::vector<Found>& out) {
  if (first != lx::Bound::lower && first != lx::Bound::upper) return end;
  Number& n = out.back().number;
  if (!(is(end, "and") || is(end, ",")) || n.high || !n.value) return end;
  int words = 0;
  const lx::Modifier* m = longest(end + 1, lx::kMaxPhraseWords, lx::modifier, &words);
  if (!m || m->bound == first || m->bound == lx::Bound::none || m->bound == lx::Bound::exact) return end;
  std::vector<Found> second;
  const uint32_t e = match_core(end + 1 + words, second);
  if (!e || second.size() != 1 || !second[0].number.value || second[0].number.kind != n.kind) return end;
  const double a = *n.value, b = *second[0].number.value;
  // "more than 40 and less than 10" are two ranges, not one.
  if ((first == lx::Bound::lower) != (a < b)) return end;
  n.value = std::min(a, b);
  n.high = std::max(a, b);
  n.approx.clear();
  n.span.end = second[0].number.span.end;
  return e;
}

uint32_t Grammar::trailing_bound(uint32_t end, Number& n) const {
  if (!(is(end, "or") || is(end, "and")) || !ok(end + 1)) return end;
  if (is(end + 2, "than") && ok(end + 3)) return end;  // "and less than 10": a bound of its own
  const std::string_view w = lw(end + 1);
  if (w == "more" || w == "greater" || w == "above" || w == "over" || w == "higher") {
    n.approx = "or more";
  } else if (w == "less" || w == "fewer" || w == "below" || w == "under" || w == "lower") {
    n.approx = "or less";
  } else {
    return end;
  }
  return end;  // the span stays the amount's; the bound is in approx
}

uint32_t Grammar::match_core(uint32_t i, std::vector<Found>& out) {
  namespace f = lx::flag;
  const bool digits = atoms_[i].kind == AtomKind::digits;
  if (digits || has(i, f::number | f::month | f::weekday | f::holiday | f::calendar)) {
    if (uint32_t e = match_date(i, out)) return e;
  }
  if (digits || has(i, f::number | f::calendar)) {
    if (uint32_t e = match_time(i, out)) return e;
  }
  if (digits || has(i, f::number | f::amount)) {
    if (uint32_t e = match_expression(i, out)) return e;
  }
  if (digits || has(i, f::number)) {
    if (uint32_t e = match_ordinal(i, out)) return e;
  }
  if (digits) {
    if (uint32_t e = dotted_groups(i, out)) return e;
  }
  if (has(i, f::duration)) {
    if (uint32_t e = match_word_duration(i, out)) return e;
  }
  return 0;
}

double Grammar::digits_value(uint32_t i) const {
  auto a = digits_amount(i);
  return a ? a->value : 0;
}

}  // namespace detail

std::vector<Found> parse(const text::Document& doc, const std::vector<Span>& names, const Options& options) {
  return detail::Grammar(doc, names, options).run();
}

}  // namespace lede::numbers
