// The number grammar. Each token is cut into atoms (a run of digits with its
// inner , . / :, a run of letters, a hyphen, a symbol), then one pass tries,
// at each atom that can start a number, the patterns in order of length:
// modifier + expression, dates and times, amounts with their units, ordinals.
// Every pattern looks a bounded number of atoms ahead, so the pass is linear;
// nothing is allocated per token (lower-casing is one copy of the text).
#include "numbers/grammar.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <optional>

#include "numbers/dates.hpp"
#include "numbers/lexicon.hpp"

namespace lede::numbers {

namespace {

namespace lx = lexicon;
using text::TokenKind;

enum class AtomKind : uint8_t { digits, word, punct, symbol, other };

struct Atom {
  uint32_t start = 0, end = 0;
  uint32_t token = 0;
  AtomKind kind = AtomKind::other;
  bool space_before = false;  // white space before it (or the start of the text)
  bool joined = false;        // continues the previous atom's token ("COP|29", "1.5|m")
};

constexpr size_t kMaxDigits = 40;    // longer digit runs are identifiers, not amounts
constexpr uint32_t kMaxWords = 24;   // a spelled number is read over at most this many atoms

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A parsed amount: where it ends (one past its last atom) and what it is worth.
struct Amount {
  uint32_t end = 0;
  double value = 0;
  bool words = false;      // spelled out ("twenty")
  bool integer = true;     // no decimal part
  bool plain = false;      // digits only, no separators: a year or code candidate
  bool fraction = false;
  int digits = 0;          // digits of a plain number (4 for a year)
  bool glued_scale = false;
  double last_scale = 1;   // "3 million and a half": the half is of a million
};

class Grammar {
 public:
  Grammar(const text::Document& doc, const std::vector<Span>& names, const Options& options)
      : doc_(doc), text_(doc.text), lower_(doc.text) {
    for (char& c : lower_) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    }
    if (!options.reference_date.empty()) ref_ = dates::parse_iso(options.reference_date);
    atomize();
    mark_names(names);
    classify_starts();
  }

  std::vector<Found> run() {
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

 private:
  // ---------------------------------------------------------------- atoms --
  void atomize() {
    atoms_.reserve(doc_.tokens.size() + doc_.tokens.size() / 4);
    for (uint32_t t = 0; t < doc_.tokens.size(); ++t) {
      const text::Token& tok = doc_.tokens[t];
      switch (tok.kind) {
        case TokenKind::number: push(tok.start, tok.end, t, AtomKind::digits, tok.space_before, false); break;
        case TokenKind::word: split_word(tok, t); break;
        case TokenKind::punct:
        case TokenKind::quote: push(tok.start, tok.end, t, AtomKind::punct, tok.space_before, false); break;
        case TokenKind::symbol: push(tok.start, tok.end, t, AtomKind::symbol, tok.space_before, false); break;
        default: push(tok.start, tok.end, t, AtomKind::other, tok.space_before, false); break;
      }
    }
    blocked_.assign(atoms_.size(), false);
  }

  void push(uint32_t s, uint32_t e, uint32_t t, AtomKind k, bool space, bool joined) {
    atoms_.push_back({s, e, t, k, space, joined});
  }

  // Cuts a word token at digit/letter boundaries and at hyphens.
  void split_word(const text::Token& tok, uint32_t t) {
    uint32_t p = tok.start;
    bool first = true;
    while (p < tok.end) {
      const unsigned char b = static_cast<unsigned char>(text_[p]);
      uint32_t e = p;
      AtomKind kind;
      if (is_digit(static_cast<char>(b))) {
        kind = AtomKind::digits;
        while (e < tok.end && (is_digit(text_[e]) || ((text_[e] == '.' || text_[e] == ',' || text_[e] == '/' ||
                                                       text_[e] == ':') &&
                                                      e + 1 < tok.end && is_digit(text_[e + 1]) && e > p))) {
          ++e;
        }
      } else if (b == '-') {
        kind = AtomKind::punct;
        e = p + 1;
      } else if (b == 0xE2 && p + 2 < tok.end && static_cast<unsigned char>(text_[p + 1]) == 0x80 &&
                 (static_cast<unsigned char>(text_[p + 2]) == 0x90 ||
                  static_cast<unsigned char>(text_[p + 2]) == 0x91)) {
        kind = AtomKind::punct;  // U+2010, U+2011 hyphens
        e = p + 3;
      } else if (first && (b == '\'' || b == 0xE2) && !letter_run_start(p)) {
        kind = AtomKind::punct;  // the apostrophe of an elided century: '90s
        e = p + (b == '\'' ? 1 : 3);
      } else {
        kind = AtomKind::word;
        while (e < tok.end && !is_digit(text_[e]) && text_[e] != '-' && !is_unicode_hyphen(e)) ++e;
      }
      if (e <= p) e = p + 1;  // never stall
      if (e > tok.end) e = tok.end;
      push(p, e, t, kind, first ? tok.space_before : false, !first);
      first = false;
      p = e;
    }
  }

  bool is_unicode_hyphen(uint32_t p) const {
    return static_cast<unsigned char>(text_[p]) == 0xE2 && p + 2 < text_.size() &&
           static_cast<unsigned char>(text_[p + 1]) == 0x80 &&
           (static_cast<unsigned char>(text_[p + 2]) == 0x90 || static_cast<unsigned char>(text_[p + 2]) == 0x91);
  }

  // A word may start with a non-ASCII letter; only a quote-like apostrophe
  // followed by a digit is split off.
  bool letter_run_start(uint32_t p) const {
    const unsigned char b = static_cast<unsigned char>(text_[p]);
    if (b == '\'') return false;
    // U+2019 (E2 80 99) before digits is an elided century apostrophe.
    return !(b == 0xE2 && p + 3 < text_.size() && static_cast<unsigned char>(text_[p + 1]) == 0x80 &&
             static_cast<unsigned char>(text_[p + 2]) == 0x99 && is_digit(text_[p + 3]));
  }

  // Digits in names and codes: inside a named-entity mention, glued after
  // letters (COP29, Mi-17, F-35, Covid-19), followed by unknown letters
  // (13F, 737MAX), phone numbers, and numbers right after a capitalized
  // word that takes a number as its name (Boeing 737, Highway 35).
  void mark_names(const std::vector<Span>& names) {
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

  // A mention made only of calendar or currency words ("Mon", "Nov",
  // "Easter Monday", "USD") is the tagger misreading a number's part, not a
  // name: "Theresa May" or "Boeing 737" have other words too.
  bool calendar_or_currency(uint32_t a0, uint32_t a1) const {
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

  void block_token(uint32_t token) {
    // Atoms of one token are contiguous; find them around any of its atoms.
    auto it = std::lower_bound(atoms_.begin(), atoms_.end(), token,
                               [](const Atom& a, uint32_t t) { return a.token < t; });
    for (; it != atoms_.end() && it->token == token; ++it) blocked_[it - atoms_.begin()] = true;
  }

  bool is_code(uint32_t i) const {
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

  bool known_suffix(std::string_view w) const {
    return lx::scale_word(w) || lx::unit(w) || lx::duration(w) || lx::currency(w) || w == "st" || w == "nd" ||
           w == "rd" || w == "th" || w == "s" || w == "am" || w == "pm" || w == "a.m." || w == "p.m." ||
           w == "a" || w == "p" || w == "ish" || w == "ys" || w == "g" || w == "year" || w == "years" ||
           w == "e" || w == "x" || w == "ampm" || w == "q" || w == "h";
  }

  // +1-222-2222, 138-2010-2015: three or more digit groups joined by hyphens
  // that are not a date, or digits after a "+".
  void block_phone_numbers() {
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

  // ------------------------------------------------------------- helpers --
  std::string_view tx(uint32_t i) const { return text_.substr(atoms_[i].start, atoms_[i].end - atoms_[i].start); }
  std::string_view lw(uint32_t i) const {
    return std::string_view(lower_).substr(atoms_[i].start, atoms_[i].end - atoms_[i].start);
  }
  bool ok(uint32_t i) const { return i < atoms_.size() && !blocked_[i]; }
  bool is(uint32_t i, std::string_view w) const { return ok(i) && lw(i) == w; }
  bool is_word(uint32_t i) const { return ok(i) && atoms_[i].kind == AtomKind::word; }
  bool is_digits(uint32_t i) const { return ok(i) && atoms_[i].kind == AtomKind::digits; }
  bool adjacent(uint32_t i) const { return i < atoms_.size() && !atoms_[i].space_before; }
  bool is_hyphen_atom(uint32_t i) const {
    if (i >= atoms_.size() || atoms_[i].kind != AtomKind::punct) return false;
    const std::string_view t = tx(i);
    return t == "-" || t == "\xE2\x80\x90" || t == "\xE2\x80\x91";
  }
  bool is_dash(uint32_t i) const {
    if (ok(i) && atoms_[i].kind == AtomKind::symbol && tx(i) == "~") return true;
    if (!ok(i) || atoms_[i].kind != AtomKind::punct) return false;
    const std::string_view t = tx(i);
    return t == "-" || t == "\xE2\x80\x93" || t == "\xE2\x80\x94" || is_hyphen_atom(i);
  }
  bool capitalized(uint32_t i) const {
    const char c = text_[atoms_[i].start];
    return c >= 'A' && c <= 'Z';
  }
  bool sentence_start(uint32_t i) const {
    if (i == 0) return true;
    const std::string_view p = tx(i - 1);
    return p == "." || p == "!" || p == "?" || p == ":" || p == "\n" ||
           (atoms_[i - 1].kind == AtomKind::punct && text_.substr(atoms_[i - 1].end, atoms_[i].start - atoms_[i - 1].end)
                                                             .find('\n') != std::string_view::npos) ||
           text_.substr(atoms_[i - 1].end, atoms_[i].start - atoms_[i - 1].end).find('\n') != std::string_view::npos;
  }

  // Joins the lower-case text of atoms [i, i + n) into `buf`: one space
  // where the text has white space, nothing where the atoms touch.
  std::string_view phrase(uint32_t i, int n, char* buf, size_t cap) const {
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

  // The longest phrase of 1..max_words atoms at i that `lookup` knows.
  template <typename F>
  auto longest(uint32_t i, int max_words, F lookup, int* words) const -> decltype(lookup(std::string_view{})) {
    char buf[64];
    for (int n = max_words; n >= 1; --n) {
      const std::string_view p = phrase(i, n, buf, sizeof buf);
      if (p.empty()) continue;
      if (auto r = lookup(p)) {
        *words = n;
        return r;
      }
    }
    return {};
  }

  // Fast rejection: each atom's start class is looked up once (one hash
  // probe per word); a weak word ("the", "more") starts an expression only
  // when a strong atom (digits, a number or calendar word) follows closely.
  void classify_starts() {
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

  bool has(uint32_t i, uint16_t bits) const { return (flags_[i] & bits) != 0; }

  bool can_start(uint32_t i) const {
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

  // ------------------------------------------------------------ matching --
  // Tries every pattern at atom i; appends what it finds and returns the end.
  uint32_t match_at(uint32_t i, std::vector<Found>& out) {
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

  // "above 1000 and below 1500", "no more than 50 and no less than 20": two
  // bounds joined into one range (value low, high).
  uint32_t bounded_range(uint32_t end, lx::Bound first, std::vector<Found>& out) {
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

  // "500 or more", "200 or greater", "five hundred and more": a bound after.
  uint32_t trailing_bound(uint32_t end, Number& n) const {
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

  // Each pattern runs only where its first atom can begin it.
  uint32_t match_core(uint32_t i, std::vector<Found>& out) {
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

  // --------------------------------------------------------------- amounts --
  // The value of a digits atom: 1,200 / 2.7 / 12,34,567.89 / 3/4. Times
  // (14:06) and dotted runs (192.168.1.2) are not amounts.
  std::optional<Amount> digits_amount(uint32_t i) const {
    if (!is_digits(i)) return std::nullopt;
    const std::string_view s = tx(i);
    if (s.size() > kMaxDigits) return std::nullopt;
    double value = 0, scale = 0;
    int dots = 0, commas = 0, slashes = 0, digits = 0;
    double num = 0;
    for (char c : s) {
      if (is_digit(c)) {
        ++digits;
        if (scale > 0) {
          value += (c - '0') * scale;
          scale /= 10;
        } else {
          value = value * 10 + (c - '0');
        }
      } else if (c == '.') {
        ++dots;
        scale = 0.1;
      } else if (c == ',') {
        ++commas;
        if (scale > 0) return std::nullopt;
      } else if (c == '/') {
        ++slashes;
        num = value;
        value = 0;
        if (scale > 0) return std::nullopt;
      } else {
        return std::nullopt;  // 14:06
      }
    }
    if (dots > 1 || slashes > 1 || (slashes && (dots || commas))) return std::nullopt;
    Amount a;
    a.end = i + 1;
    if (slashes) {
      // Fractions have the usual denominators; 9/11 and 24/7 are names.
      const double v = value;
      if (!(v == 2 || v == 3 || v == 4 || v == 5 || v == 6 || v == 8 || v == 10 || v == 16 || v == 32 || v == 64 ||
            v == 100) ||
          num >= 100 * v) {
        return std::nullopt;
      }
      a.value = num / value;
      a.fraction = true;
      a.integer = false;
      return a;
    }
    a.value = value;
    a.integer = dots == 0;
    a.plain = dots == 0 && commas == 0;
    a.digits = digits;
    return a;
  }

  // A number in digits with what may follow it: a space-grouped continuation
  // (1 234 567), a mixed fraction (2 1/4), a scale (2.7 billion, 1.5m, 200k).
  std::optional<Amount> numeric(uint32_t i, bool money) const {
    uint32_t start = i;
    bool negative = false;
    if (ok(i) && atoms_[i].kind == AtomKind::punct && (tx(i) == "-" || tx(i) == "\xE2\x88\x92") &&
        is_digits(i + 1) && adjacent(i + 1) &&
        (i == 0 || atoms_[i].space_before || tx(i - 1) == "(" || tx(i - 1) == "<" || tx(i - 1) == ">" ||
         tx(i - 1) == "=")) {
      negative = true;
      ++start;
    } else if (is(i, "minus") || is(i, "negative")) {
      negative = true;
      ++start;
    } else if (ok(i) && tx(i) == "-" && (i == 0 || sentence_start(i)) && is_digits(i + 1)) {
      negative = true;  // "- 10 k" at the start of a line
      ++start;
    }
    if (auto v = vulgar_fraction(start)) {
      Amount f;
      f.end = start + 1;
      f.value = negative ? -*v : *v;
      f.fraction = true;
      f.integer = false;
      return f;
    }
    std::optional<Amount> a;
    if (ok(start) && tx(start) == "." && is_digits(start + 1) && adjacent(start + 1) &&
        (start == 0 || atoms_[start].space_before)) {
      // .08
      a = digits_amount(start + 1);
      if (a && a->plain) {
        a->value = a->value / std::pow(10.0, a->digits);
        a->plain = false;
        a->integer = false;
      } else {
        a.reset();
      }
    } else {
      a = digits_amount(start);
    }
    if (!a) return std::nullopt;
    extend_groups(*a);
    extend_mixed_fraction(*a);
    extend_exponent(*a);
    if (negative) a->value = -a->value;
    apply_scale(*a, money);
    if (!a->glued_scale && !a->plain && a->integer && ok(a->end)) {
      // "3 million and a half"
      const double before = a->value;
      a->last_scale = std::fabs(before) >= 1e3 ? std::pow(10.0, std::floor(std::log10(std::fabs(before)))) : 1;
      const uint32_t e = a->end;
      fraction_tail(*a);
      if (a->end == e) a->value = before;
    }
    return a;
  }

  // 1e10, 1.3e6, 12e-1: a power of ten glued to the digits.
  void extend_exponent(Amount& a) const {
    uint32_t e = a.end;
    double base = 10;
    bool power = false;  // 2.5^-1 raises the amount itself
    if (ok(e) && atoms_[e].joined && lw(e) == "x" && is_digits(e + 1) && tx(e + 1) == "10" && ok(e + 2) &&
        tx(e + 2) == "^" && adjacent(e + 2)) {
      e += 2;  // 1.3x10^6
    } else if (ok(e) && tx(e) == "^" && adjacent(e)) {
      power = true;
    } else if (!(ok(e) && atoms_[e].joined && lw(e) == "e")) {
      return;
    }
    uint32_t k = e + 1;
    double sign = 1;
    if (ok(k) && adjacent(k) && (tx(k) == "-" || tx(k) == "+")) {
      sign = tx(k) == "-" ? -1 : 1;
      ++k;
    }
    if (!is_digits(k) || !adjacent(k)) return;
    auto p = digits_amount(k);
    if (!p || p->value > 300) return;
    if (power) {
      a.value = std::pow(a.value, sign * p->value);
    } else {
      a.value *= std::pow(base, sign * p->value);
    }
    a.end = k + 1;
    a.plain = false;
    a.glued_scale = true;
  }

  // ½ ⅓ ⅔ ¼ ¾ ⅕ ⅙ ⅛
  std::optional<double> vulgar_fraction(uint32_t i) const {
    if (!ok(i) || atoms_[i].kind == AtomKind::word || atoms_[i].kind == AtomKind::digits) return std::nullopt;
    static constexpr std::pair<std::string_view, double> kFractions[] = {
        {"\u00BD", 0.5}, {"\u2153", 1.0 / 3}, {"\u2154", 2.0 / 3}, {"\u00BC", 0.25},
        {"\u00BE", 0.75}, {"\u2155", 0.2},    {"\u2159", 1.0 / 6}, {"\u215B", 0.125}};
    const std::string_view t = tx(i);
    for (const auto& [glyph, value] : kFractions) {
      if (t == glyph) return value;
    }
    return std::nullopt;
  }

  void extend_groups(Amount& a) const {
    if (!a.plain || a.digits > 3 || a.fraction) return;
    uint32_t j = a.end;
    double value = a.value;
    int groups = 0;
    while (is_digits(j) && atoms_[j].space_before && !atoms_[j].joined && single_space_before(j)) {
      const std::string_view g = tx(j);
      auto d = digits_amount(j);
      if (!d) break;
      if (g.size() == 3 && d->plain) {
        value = value * 1000 + d->value;
      } else if (g.size() > 4 && g[3] == '.' && !d->plain && d->integer == false && g.find(',') == g.npos) {
        value = value * 1000 + d->value;  // 1 234 567.89
        a.integer = false;
        ++j;
        ++groups;
        break;
      } else {
        break;
      }
      ++j;
      ++groups;
    }
    if (groups == 0 || (j < atoms_.size() && atoms_[j].joined)) return;
    a.value = value;
    a.end = j;
    a.plain = false;
  }

  bool single_space_before(uint32_t j) const {
    const std::string_view gap = text_.substr(atoms_[j - 1].end, atoms_[j].start - atoms_[j - 1].end);
    return gap == " " || gap == "\xE2\x80\xAF" || gap == "\xC2\xA0";
  }

  void extend_mixed_fraction(Amount& a) const {
    if (!a.plain || a.fraction) return;
    const uint32_t j = a.end;
    if (is_digits(j) && atoms_[j].space_before && !atoms_[j].joined) {
      if (auto f = digits_amount(j); f && f->fraction && f->value < 1) {
        a.value += f->value;
        a.end = j + 1;
        a.plain = false;
        a.integer = false;
      }
    }
  }

  // Scale words and abbreviations: "2.7 billion", "1.5m", "3bn", "10 bln", "10M".
  void apply_scale(Amount& a, bool money) const {
    for (int rounds = 0; rounds < 2; ++rounds) {
      const uint32_t j = a.end;
      if (!ok(j) || atoms_[j].kind != AtomKind::word) return;
      const std::string_view w = lw(j);
      const std::string_view orig = tx(j);
      const bool glued = atoms_[j].joined;
      const lx::Scale* s = lx::scale_word(w);
      if (!s && orig == "G" && a.value >= 10) {
        a.value *= 1e9;
        a.end = j + 1;
        a.plain = false;
        a.glued_scale = true;
        return;
      }
      if (!s) return;
      if (w.size() <= 2 && w != "bn" && w != "mn" && w != "tn" && w != "mm") {
        // A one-letter abbreviation: k always; m and b as million/billion only
        // glued to a decimal, to money, or in capitals (10M); else metres/bytes.
        if (w == "m" || w == "b") {
          const bool capital = orig == "M" || orig == "B";
          if (!(glued || money)) {
            if (!(w == "m" && (money || capital))) return;
          }
          if (!(money || capital || !a.integer)) return;
        } else if (w != "k") {
          return;
        }
      }
      if (!glued && w.size() <= 2 && w != "k" && !money && orig != "M" && w != "bn" && w != "mn" && w != "mm" &&
          w != "tn") {
        return;
      }
      if (glued && (w == "mm") && !money && orig != "MM") return;  // 7.62mm is a length
      a.value *= s->factor;
      a.end = j + 1;
      a.plain = false;
      a.glued_scale = glued;
    }
  }

  // Spelled-out numbers: "twenty-one", "one hundred and six", "a dozen",
  // "two thirds", "one and a half", "half", "a third", "nine point nought four".
  std::optional<Amount> spelled(uint32_t i, bool allow_and = true) const {
    uint32_t j = i;
    bool negative = false;
    if (is(j, "minus") || is(j, "negative")) {
      negative = true;
      ++j;
    }
    const uint32_t first = j;
    double total = 0, current = 0;
    bool any = false;
    lx::WordKind last = lx::WordKind::scale;
    bool last_set = false;
    double last_scale = 1e18;
    bool hundred_seen = false;  // since the last scale word
    if ((is(j, "a") || is(j, "an")) && ok(j + 1)) {
      const lx::NumberWord* nw = lx::number_word(lw(j + 1));
      if (nw && (nw->kind == lx::WordKind::hundred || nw->kind == lx::WordKind::scale ||
                 nw->kind == lx::WordKind::dozen)) {
        current = 1;
        any = true;
        ++j;
        last = lx::WordKind::unit;
        last_set = true;
      }
    }
    uint32_t end = j;
    while (ok(j) && j < first + kMaxWords) {
      // Connectors: hyphen inside a token (twenty-one), a spaced dash
      // between tens and a unit (fifty - two), "and" after hundred/scale.
      if (any && (is_hyphen_atom(j) || is_dash(j)) && ok(j + 1) && atoms_[j + 1].kind == AtomKind::word) {
        const lx::NumberWord* nw = lx::number_word(lw(j + 1));
        if (nw && last_set && last == lx::WordKind::tens && nw->kind == lx::WordKind::unit && nw->value < 10) {
          ++j;
          continue;
        }
        if (nw && atoms_[j].joined && nw->kind != lx::WordKind::tens) {
          ++j;
          continue;
        }
        break;
      }
      if (any && is(j, "and") && ok(j + 1)) {
        if (!allow_and) break;  // the nested read of a fraction looks no further: depth stays 2
        const lx::NumberWord* nw = lx::number_word(lw(j + 1));
        // "twenty and three fifths": the fraction is read by fraction_tail.
        // A proper fraction is a mixed number's tail; "and thirty fifths"
        // (an improper one) makes the whole a numerator: 130 fifths.
        if (nw) {
          auto f = spelled(j + 1, false);
          if (f && f->fraction && f->value < 1) break;
        }
        if (nw && (nw->kind == lx::WordKind::unit || nw->kind == lx::WordKind::tens ||
                   (nw->kind == lx::WordKind::hundred && last == lx::WordKind::scale))) {
          ++j;
          continue;
        }
        if (is_digits(j + 1) && last_set && (last == lx::WordKind::hundred || last == lx::WordKind::scale)) {
          ++j;
          continue;
        }
        break;
      }
      // Digits among number words: "4 thousand 3 hundred and 21", "3 dozens".
      if (is_digits(j) && (!any || (last_set && (last == lx::WordKind::hundred || last == lx::WordKind::scale)))) {
        auto d = digits_amount(j);
        if (!d || !d->plain || d->value >= 1000 || (j + 1 < atoms_.size() && atoms_[j + 1].joined)) break;
        if (!any) {
          const lx::NumberWord* next = ok(j + 1) ? lx::number_word(lw(j + 1)) : nullptr;
          if (!next || next->kind == lx::WordKind::unit || next->kind == lx::WordKind::tens) break;
        }
        current += d->value;
        any = true;
        last = d->value < 10 ? lx::WordKind::unit : lx::WordKind::tens;
        last_set = true;
        ++j;
        end = j;
        continue;
      }
      if (atoms_[j].kind != AtomKind::word) break;
      const lx::NumberWord* nw = lx::number_word(lw(j));
      if (!nw) break;
      // "one hundred thirty fifths": tens and an ordinal are one denominator.
      if (any && nw->kind == lx::WordKind::tens && !is(j - 1, "and") && denominator_at(j, false)) break;
      // "dozens of", "hundreds of": vague plurals, not amounts.
      if (!any && nw->kind != lx::WordKind::unit && nw->kind != lx::WordKind::tens && lw(j).back() == 's') break;
      switch (nw->kind) {
        case lx::WordKind::unit:
          if (last_set && (last == lx::WordKind::unit)) goto done;
          if (last_set && last == lx::WordKind::tens && (nw->value >= 10 || std::fmod(current, 10) != 0)) goto done;
          current += nw->value;
          break;
        case lx::WordKind::tens:
          if (last_set && (last == lx::WordKind::unit || last == lx::WordKind::tens) && current != 0) goto done;
          current += nw->value;
          break;
        case lx::WordKind::hundred:
          // "one hundred and one hundred": the second hundred starts a new number.
          if (hundred_seen) goto done;
          hundred_seen = true;
          current = (current == 0 ? 1 : current) * 100;
          break;
        case lx::WordKind::scale:
          if (nw->value >= last_scale && !(nw->value == 1e7 && last_scale == 1e5)) goto done;
          if (nw->value == 1e7 && last_scale == 1e5) {
            total = (total + current) * nw->value;
            current = 0;
          } else {
            total += (current == 0 ? 1 : current) * nw->value;
            current = 0;
          }
          last_scale = nw->value;
          hundred_seen = false;
          break;
        case lx::WordKind::dozen:
          current = (current == 0 ? 1 : current) * 12;
          break;
      }
      any = true;
      last = nw->kind;
      last_set = true;
      ++j;
      end = j;
    }
  done:
    Amount a;
    a.words = true;
    if (any) {
      a.value = total + current;
      a.end = end;
      a.last_scale = current == 0 && last_scale < 1e18 ? last_scale : 1;
      // "point zero three"
      if (is(a.end, "point")) {
        double scale = 0.1, frac = 0;
        uint32_t k = a.end + 1;
        while (ok(k) && atoms_[k].kind == AtomKind::word) {
          const lx::NumberWord* d = lx::number_word(lw(k));
          if (d && d->kind == lx::WordKind::unit && d->value < 10) {
            frac += d->value * scale;
            scale /= 10;
            ++k;
          } else if (d && d->value < 100 && d->value >= 10 && scale == 0.1) {
            frac = d->value / 100;  // "point eleven"
            scale = 0.001;
            ++k;
          } else {
            break;
          }
        }
        if (k > a.end + 1) {
          a.value += frac;
          a.integer = false;
          a.end = k;
        }
      }
      fraction_tail(a, allow_and);
    } else {
      // A fraction on its own: half, a half, a third, three quarters.
      uint32_t k = first;
      if (is(k, "a") || is(k, "an")) ++k;
      if (is(k, "half")) {
        a.value = 0.5;
        a.end = k + 1;
        a.fraction = true;
        a.integer = false;
        if (is(a.end, "a") && ok(a.end + 1)) {  // half a dozen, half a million
          const lx::NumberWord* nw = lx::number_word(lw(a.end + 1));
          if (nw && (nw->kind == lx::WordKind::scale || nw->kind == lx::WordKind::dozen)) {
            a.value = 0.5 * nw->value;
            a.end += 2;
            a.integer = true;
          }
        }
      } else if (is(k, "quarter") && k == first && ok(k + 1) && lx::number_word(lw(k + 1)) &&
                 lx::number_word(lw(k + 1))->kind == lx::WordKind::scale) {
        a.value = 0.25;
        a.end = k + 1;
        a.fraction = true;
        a.integer = false;
      } else if (k > first && ok(k)) {
        auto den = denominator_at(k, true);
        if (!den || lw(k) == "half") return std::nullopt;
        a.value = 1 / den->first;
        a.end = den->second;
        a.fraction = true;
        a.integer = false;
      } else {
        return std::nullopt;
      }
    }
    if (negative) a.value = -a.value;
    return a;
  }

  // What may follow a spelled number: a denominator (two thirds, three
  // quarters, five-eighths) or "and a half" / "and three fifths".
  // A denominator at k: "thirds", "quarter(s)", "half", "twenty-fifths";
  // singular forms only after one ("a third", "one twenty-fifth").
  std::optional<std::pair<double, uint32_t>> denominator_at(uint32_t k, bool one) const {
    if (!is_word(k)) return std::nullopt;
    const std::string_view w = lw(k);
    if (w == "quarters" || (w == "quarter" && one)) return std::make_pair(4.0, k + 1);
    if (w == "halves" || (w == "half" && one)) return std::make_pair(2.0, k + 1);
    if (const lx::Ordinal* o = lx::ordinal(w); o && (o->plural || (one && o->value >= 3))) {
      return std::make_pair(o->value, k + 1);
    }
    const lx::NumberWord* tens = lx::number_word(w);
    if (tens && tens->kind == lx::WordKind::tens) {
      uint32_t m = k + 1;
      if (is_hyphen_atom(m) && atoms_[m].joined) ++m;
      const lx::Ordinal* o = is_word(m) ? lx::ordinal(lw(m)) : nullptr;
      if (o && o->value < 10 && (o->plural || one)) return std::make_pair(tens->value + o->value, m + 1);
    }
    return std::nullopt;
  }

  void fraction_tail(Amount& a, bool allow_and = true) const {
    uint32_t k = a.end;
    if (is_hyphen_atom(k) && atoms_[k].joined) ++k;
    // "one - fourth": a spaced dash before the denominator.
    if (is_dash(k) && !atoms_[k].joined && a.value < 10 && is_word(k + 1) && lx::ordinal(lw(k + 1))) ++k;
    if (auto den = denominator_at(k, a.value == 1)) {
      a.value /= den->first;
      a.end = den->second;
      a.fraction = true;
      a.integer = false;
      return;
    }
    if (!allow_and || !is(a.end, "and")) return;
    // "and a half", "and three fifths", "and fifty-four hundredths"
    auto f = spelled(a.end + 1, false);
    if (f && f->fraction && f->value > 0 && f->value < 1) {
      // "one billion and a quarter million": the fraction has its own scale.
      const lx::NumberWord* sc = ok(f->end) ? lx::number_word(lw(f->end)) : nullptr;
      if (sc && sc->kind == lx::WordKind::scale) {
        a.value += f->value * sc->value;
        a.end = f->end + 1;
        return;
      }
      a.value += f->value * a.last_scale;
      a.end = f->end;
      a.integer = false;
      a.fraction = true;
    }
  }

  // Any amount at i, digits or words; `money` tells the scale reader that
  // "1.5m" after "$" is millions.
  std::optional<Amount> amount(uint32_t i, bool money = false) const {
    auto a = base_amount(i, money);
    if (!a) return a;
    // "one out of three", "1 over 3": a ratio read as a fraction.
    uint32_t k = a->end;
    if (is(k, "out") && is(k + 1, "of")) {
      k += 2;
    } else if (is(k, "over") && a->integer && std::fabs(a->value) >= 1 && std::fabs(a->value) <= 10) {
      k += 1;
    } else if (is(k, "in") && a->value == 1 && ok(k + 1) && atoms_[k + 1].kind == AtomKind::word) {
      k += 1;  // "1 in twenty-one"; "1 in 2020" stays a number and a year
    } else {
      return a;
    }
    auto den = base_amount(k, false);
    if (!den || den->value <= 0 || den->value < std::fabs(a->value)) return a;
    if (is(k - 1, "over") && ok(den->end) && atoms_[den->end].kind == AtomKind::word) return a;
    a->value /= den->value;
    a->end = den->end;
    a->fraction = true;
    a->integer = false;
    return a;
  }

  std::optional<Amount> base_amount(uint32_t i, bool money) const {
    if (auto a = numeric(i, money)) {
      // Digits before a spelled scale: "322 hundred", "4 thousand 3 hundred and 21".
      const lx::NumberWord* next = is_digits(i) && ok(i + 1) ? lx::number_word(lw(i + 1)) : nullptr;
      if (next && next->kind != lx::WordKind::unit && next->kind != lx::WordKind::tens) {
        if (auto w = spelled(i); w && w->end > a->end) return w;
      }
      return a;
    }
    if (!ok(i) || atoms_[i].kind != AtomKind::word) return std::nullopt;
    auto a = spelled(i);
    if (!a) return std::nullopt;
    // "two thirds of a million"
    if (a->fraction && is(a->end, "of") && is(a->end + 1, "a") && ok(a->end + 2)) {
      if (const lx::NumberWord* nw = lx::number_word(lw(a->end + 2)); nw && nw->kind == lx::WordKind::scale) {
        a->value *= nw->value;
        a->end += 3;
        return a;
      }
    }
    // A scale after a spelled fraction: "half million", "three quarters billion".
    if (a->fraction && ok(a->end)) {
      if (const lx::Scale* s = lx::scale_word(lw(a->end)); s && lw(a->end).size() > 2) {
        a->value *= s->factor;
        a->end += 1;
      }
    }
    return a;
  }

  bool pronoun_one(uint32_t i, const Amount& a) const {
    if (a.end != i + 1 || lw(i) != "one") return false;
    static constexpr std::string_view kBefore[] = {"the", "this", "that", "which", "each", "every", "any", "no",
                                                   "some", "another", "someone", "anyone", "everyone", "no-one"};
    static constexpr std::string_view kAfter[] = {"of", "another", "'s", "’s", "who", "which", "that", "you",
                                                  "is", "was", "can", "could", "would", "should", "must", "may",
                                                  "might", "will", "does", "did", "has", "had", "knows"};
    if (i > 0) {
      for (std::string_view w : kBefore) {
        if (lw(i - 1) == w) return true;
      }
    }
    if (ok(i + 1)) {
      for (std::string_view w : kAfter) {
        if (lw(i + 1) == w) return true;
      }
    } else {
      return i > 0 && atoms_[i - 1].kind == AtomKind::word && !lx::number_word(lw(i - 1));
    }
    return false;
  }

  // -------------------------------------------------------- expressions --
  // Currency before the amount: $, US$, C $, USD, €.
  const lx::Currency* currency_prefix(uint32_t i, uint32_t* end) const {
    int words = 0;
    if (!has(i, lx::flag::currency)) return nullptr;
    const lx::Currency* c = longest(i, 2, lx::currency, &words);
    if (!c || !c->prefix) return nullptr;
    // Codes and names must be written as such: "USD 5", not "usd 5" prose.
    if (atoms_[i].kind == AtomKind::word && words == 1 && lw(i).size() >= 3 && !is_upper(i) && lw(i) != "usd$") {
      if (!(lw(i).size() == 4 && lw(i).back() == '$')) return nullptr;
    }
    // "a $5 bill": one-letter prefixes must touch the $.
    if (words == 2 && atoms_[i + 1].space_before && (lw(i) == "a" || lw(i) == "r")) return nullptr;
    if (words == 2 && atoms_[i].kind == AtomKind::word && !(atoms_[i + 1].kind == AtomKind::symbol)) return nullptr;
    *end = i + words;
    return c;
  }

  bool is_upper(uint32_t i) const {
    for (char c : tx(i)) {
      if (c >= 'a' && c <= 'z') return false;
    }
    return true;
  }

  struct Suffix {
    enum class Kind { none, percent, money, unit, duration, age } kind = Kind::none;
    uint32_t end = 0;
    const lx::Currency* currency = nullptr;
    const lx::Unit* unit = nullptr;
    const lx::Duration* duration = nullptr;
    bool points = false;  // percentage points
  };

  // What follows an amount: %, percent, a currency, a unit, a time unit.
  Suffix suffix(uint32_t j, const Amount& a) const {
    Suffix s;
    uint32_t k = j;
    if (is_hyphen_atom(k) && atoms_[k].joined && is_word(k + 1)) ++k;  // 30-year, 3-inch, one-yen
    if (!ok(k)) return s;
    const bool glued = atoms_[k].joined || !atoms_[k].space_before;
    int words = 0;
    const std::string_view w = lw(k);
    if (w == "%" || w == "percent" || w == "pct" || w == "percents" || w == "percentage" || w == "pct." ||
        w == "\xE2\x80\xB0") {
      s.kind = Suffix::Kind::percent;
      s.end = k + 1;
      if (w == "percentage" && (is(k + 1, "points") || is(k + 1, "point"))) {
        s.points = true;
        s.end = k + 2;
      }
      if (w == "%" && is(k + 1, "points")) {
        s.points = true;
        s.end = k + 2;
      }
      return s;
    }
    if (w == "per" && is(k + 1, "cent")) {
      s.kind = Suffix::Kind::percent;
      s.end = k + 2;
      return s;
    }
    const lx::Currency* c = has(k, lx::flag::currency) ? longest(k, 3, lx::currency, &words) : nullptr;
    if (c && c->suffix) {
      const std::string_view cw = lw(k);
      // "won" and "p" are words too: only right after digits.
      if (!((cw == "won" || cw == "p" || cw == "rand" || cw == "dong") && (a.words || !glued)) &&
          !(cw == "p" && words == 1 && !atoms_[k].joined)) {
        s.kind = Suffix::Kind::money;
        s.currency = c;
        s.end = k + words;
        return s;
      }
    }
    if (const lx::Duration* d = has(k, lx::flag::time_unit) ? longest(k, 2, lx::duration, &words) : nullptr) {
      // One-letter abbreviations (3h, 2w, 3y) only glued to the digits.
      if (!d->abbreviation || glued || (lw(k).size() > 1 && !a.words)) {
        s.kind = Suffix::Kind::duration;
        s.duration = d;
        s.end = k + words;
        // Ages: "30-year-old", "ten years old", "3 years of age", "aged".
        if (is_hyphen_atom(s.end) && is(s.end + 1, "old")) {
          s.kind = Suffix::Kind::age;
          s.end += 2;
        } else if (is(s.end, "old") && !is(s.end + 1, "-")) {
          s.kind = Suffix::Kind::age;
          s.end += 1;
        } else if (is(s.end, "of") && is(s.end + 1, "age")) {
          s.kind = Suffix::Kind::age;
          s.end += 2;
        }
        return s;
      }
    }
    if (const lx::Unit* u = has(k, lx::flag::unit) ? longest(k, 3, lx::unit, &words) : nullptr) {
      if (!u->glued_only || glued || a.words == false) {
        if (u->glued_only && !glued && (lw(k) == "in" || lw(k) == "t" || lw(k) == "g")) return s;
        if (lw(k) == "pm" && !glued) return s;  // "2 pm" is a time; picometres are spelled out
        s.kind = Suffix::Kind::unit;
        s.unit = u;
        s.end = k + words;
        // (kg), {kg}: a unit in brackets right after the number.
        return s;
      }
    }
    if ((w == "(" || w == "{") && ok(k + 1) && ok(k + 2) && (tx(k + 2) == ")" || tx(k + 2) == "}")) {
      if (const lx::Unit* u = lx::unit(lw(k + 1))) {
        s.kind = Suffix::Kind::unit;
        s.unit = u;
        s.end = k + 3;
      }
    }
    return s;
  }

  // amount [- amount] [suffix], with a currency prefix, or percent/money
  // phrases; emits one Found.
  uint32_t match_expression(uint32_t i, std::vector<Found>& out) const {
    if (is(i, "aged")) return aged(i, out);
    uint32_t j = i;
    bool between = false, from = false;
    if (is(i, "between") || is(i, "from")) {
      between = is(i, "between");
      from = !between;
      ++j;
    }
    uint32_t after_prefix = j;
    const lx::Currency* cur = currency_prefix(j, &after_prefix);
    const uint32_t amount_start = after_prefix;
    auto a = amount(amount_start, cur != nullptr);
    if (!a) return percent_of(i, out);
    // "21st", "twenty-first", "two hundredth" are ordinals.
    if (ok(a->end) && (atoms_[a->end].joined || a->words) && is_ordinal_suffix(a->end)) return 0;
    if (!cur && !a->words && amount_start > 0 && is_name_number(amount_start, *a)) return 0;
    if (!cur && a->words && pronoun_one(amount_start, *a) && suffix(a->end, *a).kind == Suffix::Kind::none) return 0;
    Amount low = *a;
    std::optional<Amount> high;
    uint32_t k = low.end;
    const lx::Currency* cur2 = nullptr;
    // A range: 10-20%, $5-10 billion, between 5 and 10 million, from 5 to 10.
    const bool dash = is_dash(k);
    const bool word_link = (between && is(k, "and")) || is(k, "to");
    if ((dash || word_link) && ok(k + 1)) {
      uint32_t m = k + 1;
      uint32_t m2 = m;
      cur2 = cur ? currency_prefix(m, &m2) : nullptr;
      if (cur2) m = m2;
      auto h = amount(m, cur != nullptr);
      if (h && h->value > low.value && (dash || word_link) && (low.words == h->words || !dash)) {
        // "5-10 million": the scale of the high end applies to the low one.
        if (h->value >= 1000 && low.value < 1000 && std::fmod(h->value, 1000) == 0 && !low.glued_scale &&
            low.plain) {
          double factor = 1;
          for (double f = 1e3; f <= 1e12; f *= 1e3) {
            if (h->value >= f * 1 && h->value / f < 1000) factor = f;
          }
          if (factor > 1 && tx(h->end - 1) != tx(m)) low.value *= factor;
        }
        high = h;
        k = h->end;
      }
    }
    if (between && !high) return 0;
    const Amount& last = high ? *high : low;
    Suffix s = suffix(k, last);
    // "convert - 20 degrees fahrenheit": a spaced minus before a temperature.
    if (s.kind == Suffix::Kind::unit && s.unit->kind == lx::UnitKind::temperature && low.value > 0 && !high &&
        amount_start == i && i > 1 && tx(i - 1) == "-" && atoms_[i - 1].space_before && atoms_[i].space_before &&
        atoms_[i - 2].kind == AtomKind::word) {
      low.value = -low.value;
      --i;
    }

    // "the 1990s", "1990 s": a decade; years need a calendar reading.
    Found f;
    f.amount = {atoms_[amount_start].start, atoms_[low.end - 1].end};
    f.amount_value = low.value;
    f.amount_glued = low.end < atoms_.size() && atoms_[low.end].joined && atoms_[low.end].kind == AtomKind::word;
    Number& n = f.number;
    n.value = low.value;
    if (high) n.high = high->value;
    uint32_t end = k;
    if (cur) {
      n.kind = NumberKind::money;
      n.value = low.value * cur->factor;
      if (high) n.high = high->value * cur->factor;
      n.unit = std::string(cur->iso);
      // "$ 70 - a - share": fine; "usd$ 15": done by the prefix table.
      // "$10 dollars" is one amount; "$ 20 $ 37" are two.
      if (s.kind == Suffix::Kind::money && s.currency && s.currency->iso == cur->iso && is_word(k)) end = s.end;
    } else {
      switch (s.kind) {
        case Suffix::Kind::percent:
          n.kind = NumberKind::percent;
          n.unit = s.points ? "pp" : "%";
          end = s.end;
          break;
        case Suffix::Kind::money:
          n.kind = NumberKind::money;
          n.value = low.value * s.currency->factor;
          if (high) n.high = high->value * s.currency->factor;
          n.unit = std::string(s.currency->iso);
          end = s.end;
          end = money_cents(end, n);
          break;
        case Suffix::Kind::unit:
          n.kind = NumberKind::quantity;
          n.unit = std::string(s.unit->symbol);
          end = feet_and_inches(s.end, n);
          break;
        case Suffix::Kind::age:
          n.kind = NumberKind::quantity;
          n.value = low.value * s.duration->factor;
          n.unit = std::string(lx::to_string(s.duration->unit));
          end = s.end;
          break;
        case Suffix::Kind::duration:
          return duration_or_date(i, amount_start, low, high, s, out);
        case Suffix::Kind::none:
          if (low.fraction == false && !low.words && low.plain && low.integer && !high) {
            if (uint32_t e = decade(amount_start, low)) {
              return emit_date(amount_start, e, decade_iso(low), out);
            }
          }
          n.kind = NumberKind::cardinal;
          end = high ? high->end : low.end;
          // A year range "2014-2018" or a lone year is a date.
          const bool year_range = high && low.plain && low.digits == 4 && high->plain && high->digits == 4 &&
                                  low.value >= 1800 && high->value <= 2100 && high->value > low.value;
          if (year_range || (!high && is_year(amount_start, low))) {
            const int y = static_cast<int>(low.value);
            std::string iso = dates::iso_year(y);
            if (high) iso += "/" + dates::iso_year(static_cast<int>(high->value));
            return emit_date(amount_start, end, iso, out);
          }
          break;
      }
    }
    n.span = {atoms_[between || from ? amount_start : i].start, atoms_[end - 1].end};
    if (cur) n.span.start = atoms_[between || from ? j : i].start;
    trailing_bound(end, n);
    out.push_back(std::move(f));
    return end;
  }

  bool is_ordinal_suffix(uint32_t k) const {
    if (is_hyphen_atom(k)) ++k;
    if (!ok(k)) return false;
    const std::string_view w = lw(k);
    if (w == "st" || w == "nd" || w == "rd" || w == "th") return atoms_[k].joined;
    const lx::Ordinal* o = lx::ordinal(w);
    // "second" is a unit of time, except joined to tens: twenty-second.
    return o && !o->plural && (w != "second" || (atoms_[k].joined && is_hyphen_atom(k - 1)));
  }

  // 192.168.1.2, 1.2.3: groups of digits joined by dots are separate numbers.
  uint32_t dotted_groups(uint32_t i, std::vector<Found>& out) const {
    const std::string_view t = tx(i);
    constexpr size_t kMaxLength = 24;  // an address or a version, not a run of a megabyte
    if (t.size() > kMaxLength || std::count(t.begin(), t.end(), '.') < 2 ||
        t.find_first_not_of("0123456789.") != std::string_view::npos) {
      return 0;
    }
    uint32_t start = atoms_[i].start;
    for (size_t p = 0; p <= t.size(); ++p) {
      if (p < t.size() && t[p] != '.') continue;
      const uint32_t end = atoms_[i].start + static_cast<uint32_t>(p);
      Found f;
      f.number.kind = NumberKind::cardinal;
      f.number.value = to_int(text_.substr(start, end - start));
      f.number.span = {start, end};
      f.amount = f.number.span;
      f.amount_value = *f.number.value;
      out.push_back(std::move(f));
      start = end + 1;
    }
    return i + 1;
  }

  // "aged 45": an age in years, the cue inside the span.
  uint32_t aged(uint32_t i, std::vector<Found>& out) const {
    auto a = amount(i + 1);
    if (!a || !a->integer || a->value <= 0 || a->value >= 130) return 0;
    if (suffix(a->end, *a).kind != Suffix::Kind::none) return 0;  // "aged 18 months" is read as it stands
    Found f;
    f.number.kind = NumberKind::quantity;
    f.number.value = a->value;
    f.number.unit = "year";
    f.number.span = {atoms_[i].start, atoms_[a->end - 1].end};
    f.amount = {atoms_[i + 1].start, atoms_[a->end - 1].end};
    f.amount_value = a->value;
    out.push_back(std::move(f));
    return a->end;
  }

  // "3 dollars 50 cents", "thirteen dollars forty-five": the cents after.
  uint32_t money_cents(uint32_t end, Number& n) const {
    if (!n.value || n.high) return end;
    uint32_t k = end;
    if (is(k, "and")) ++k;
    auto c = amount(k);
    if (!c || c->value >= 100 || !c->integer || c->value <= 0) return end;
    uint32_t e = c->end;
    if (is(e, "cents") || is(e, "cent")) {
      ++e;
    } else if (!(c->words || is(end, "and") || !ok(e) || atoms_[e].kind == AtomKind::punct)) {
      return end;
    }
    *n.value += c->value / 100;
    return e;
  }

  // "5 feet 2 inches", "12 ft 2 in": one length in feet.
  uint32_t feet_and_inches(uint32_t end, Number& n) const {
    if (n.unit != "ft" || n.high) return end;
    uint32_t k = end;
    if (is(k, "and")) ++k;
    auto a = numeric(k, false);
    if (!a || a->value >= 12) return end;
    const uint32_t u = a->end;
    if (!(is(u, "in") || is(u, "inch") || is(u, "inches"))) return end;
    *n.value += a->value / 12;
    return u + 1;
  }

  // "percent of 10", "per cent of twenty-two".
  uint32_t percent_of(uint32_t i, std::vector<Found>& out) const {
    uint32_t k = i;
    if (is(k, "percent") || is(k, "percents")) {
      ++k;
    } else if (is(k, "per") && is(k + 1, "cent")) {
      k += 2;
    } else {
      return 0;
    }
    if (!is(k, "of")) return 0;
    auto a = amount(k + 1);
    if (!a) return 0;
    Found f;
    f.amount = {atoms_[k + 1].start, atoms_[a->end - 1].end};
    f.amount_value = a->value;
    f.number.kind = NumberKind::percent;
    f.number.value = a->value;
    f.number.unit = "%";
    f.number.span = {atoms_[i].start, atoms_[a->end - 1].end};
    out.push_back(std::move(f));
    return a->end;
  }

  // Boeing 737, Highway 35, Windows 10: a bare integer right after a
  // capitalized word (not at a sentence start) that is not a month, a
  // currency or a cue word.
  bool is_name_number(uint32_t i, const Amount& a) const {
    if (!a.plain || a.end != i + 1 || atoms_[i].joined) return false;
    // "News ID : 1203", "ID 55": identifiers.
    if (i > 0 && (lw(i - 1) == "id" || (i > 1 && tx(i - 1) == ":" && lw(i - 2) == "id"))) return true;
    if (i == 0 || !atoms_[i].space_before) return false;
    const uint32_t p = i - 1;
    if (atoms_[p].kind != AtomKind::word || !capitalized(p) || sentence_start(p)) return false;
    const std::string_view w = lw(p);
    if (lx::month(w) || lx::weekday(w) || lx::currency(w) || lx::number_word(w) || lx::modifier(w)) return false;
    static constexpr std::string_view kCues[] = {"in", "since", "by", "of", "from", "to", "and", "on", "at",
                                                 "until", "about", "around", "over", "some", "all", "the",
                                                 "only", "just", "nearly", "almost", "after", "before"};
    for (std::string_view c : kCues) {
      if (w == c) return false;
    }
    // A following unit or scale makes it a quantity after all: "Iran 40%".
    const Suffix s = suffix(a.end, a);
    return s.kind == Suffix::Kind::none;
  }

  // ------------------------------------------------------------ durations --
  // "5 months", "two decades", "a year and a half"; with "ago", "later",
  // "from now" they become dates.
  uint32_t duration_or_date(uint32_t i, uint32_t amount_start, const Amount& low, const std::optional<Amount>& high,
                            const Suffix& s, std::vector<Found>& out) const {
    double value = low.value;
    uint32_t end = s.end;
    // "a year and a half", "one hour and half"
    if (is(end, "and") && (is(end + 1, "a") && is(end + 2, "half"))) {
      value += 0.5;
      end += 3;
    } else if (is(end, "and") && is(end + 1, "half")) {
      value += 0.5;
      end += 2;
    } else if (is(end, "and") && is(end + 1, "a") && is(end + 2, "quarter")) {
      value += 0.25;
      end += 3;
    }
    const lx::TimeUnit unit = s.duration->unit;
    Found f;
    f.amount = {atoms_[amount_start].start, atoms_[low.end - 1].end};
    f.amount_value = low.value;
    f.amount_glued = low.end < atoms_.size() && atoms_[low.end].joined;
    Number& n = f.number;
    // "2 days 1 month": a compound duration keeps the first unit's value.
    if (auto more = amount(end); more && !more->words) {
      const Suffix s2 = suffix(more->end, *more);
      if (s2.kind == Suffix::Kind::duration) end = s2.end;
    }
    const int sign = is(end, "ago") || is(end, "earlier") || is(end, "before") ? -1
                     : is(end, "later") || is(end, "hence") || (is(end, "from") && is(end + 1, "now")) ? 1
                                                                                                          : 0;
    if (sign != 0 && !high) {
      const uint32_t e = end + (is(end, "from") ? 2 : 1);
      if (is(end, "before") || (is(end, "from") && !is(end + 1, "now"))) {
        // "two days before yesterday": keep it a duration
      } else {
        n.kind = unit == lx::TimeUnit::hour || unit == lx::TimeUnit::minute || unit == lx::TimeUnit::second
                     ? NumberKind::time
                     : NumberKind::date;
        n.iso = relative_iso(sign * value * s.duration->factor, unit);
        n.span = {atoms_[amount_start].start, atoms_[e - 1].end};
        out.push_back(std::move(f));
        return e;
      }
    }
    n.kind = NumberKind::duration;
    n.value = value * s.duration->factor;
    if (high) n.high = high->value * s.duration->factor;
    n.unit = std::string(lx::to_string(unit));
    if (s.duration->factor == 3 && unit == lx::TimeUnit::month) n.unit = "month";
    n.iso = duration_iso(*n.value, unit);
    n.span = {atoms_[i == amount_start ? i : amount_start].start, atoms_[end - 1].end};
    if (i != amount_start && (is(i, "between") || is(i, "from"))) n.span.start = atoms_[amount_start].start;
    out.push_back(std::move(f));
    return end;
  }

  // "an hour", "a week", "half an hour", "a few minutes", "several years",
  // "all day", "another week", "a fortnight".
  uint32_t match_word_duration(uint32_t i, std::vector<Found>& out) const {
    uint32_t k = i;
    double value = 1;
    bool vague = false;
    if (is(k, "half") && (is(k + 1, "an") || is(k + 1, "a"))) {
      value = 0.5;
      k += 2;
    } else if ((is(k, "a") || is(k, "an")) && is(k + 1, "half")) {
      value = 0.5;
      k += 2;
    } else if (is(k, "half")) {
      value = 0.5;
      k += 1;
    } else if ((is(k, "a") && is(k + 1, "few")) || (is(k, "a") && is(k + 1, "couple") && is(k + 2, "of"))) {
      vague = true;
      k += is(k + 1, "few") ? 2 : 3;
    } else if (is(k, "few") || is(k, "several") || is(k, "some")) {
      vague = true;
      k += 1;
    } else if (is(k, "a") || is(k, "an") || is(k, "another") || is(k, "all") || is(k, "full")) {
      k += 1;
      if (is_hyphen_atom(k)) ++k;
    } else {
      return 0;
    }
    int words = 0;
    const lx::Duration* d = ok(k) && has(k, lx::flag::time_unit) ? longest(k, 2, lx::duration, &words) : nullptr;
    if (!d || d->abbreviation || lw(k) == "second" || lw(k) == "quarter") return 0;
    if (vague && lw(k).back() != 's') return 0;
    uint32_t end = k + words;
    if (is(end, "and") && is(end + 1, "a") && is(end + 2, "half")) {
      value += 0.5;
      end += 3;
    }
    Found f;
    Number& n = f.number;
    if ((is(end, "ago") || is(end, "earlier") || is(end, "later")) && !vague) {
      // "a year ago", "a week later": a date relative to the reference.
      n.kind = d->unit <= lx::TimeUnit::day ? NumberKind::date : NumberKind::time;
      n.iso = relative_iso((is(end, "later") ? 1 : -1) * value * d->factor, d->unit);
      ++end;
    } else if (is(end, "old")) {
      n.kind = NumberKind::quantity;
      n.value = value * d->factor;
      n.unit = std::string(lx::to_string(d->unit));
      ++end;
    } else {
      n.kind = NumberKind::duration;
      if (!vague) n.value = value * d->factor;
      n.unit = std::string(lx::to_string(d->unit));
      if (!vague) n.iso = duration_iso(*n.value, d->unit);
    }
    n.span = {atoms_[i].start, atoms_[end - 1].end};
    out.push_back(std::move(f));
    return end;
  }

  std::string duration_iso(double value, lx::TimeUnit unit) const {
    char buf[48];
    const char* designator = "Y";
    bool time = false;
    switch (unit) {
      case lx::TimeUnit::year: designator = "Y"; break;
      case lx::TimeUnit::month: designator = "M"; break;
      case lx::TimeUnit::week: designator = "W"; break;
      case lx::TimeUnit::day: designator = "D"; break;
      case lx::TimeUnit::hour: designator = "H"; time = true; break;
      case lx::TimeUnit::minute: designator = "M"; time = true; break;
      case lx::TimeUnit::second: designator = "S"; time = true; break;
    }
    if (!(value >= 0 && value < 1e9)) return {};
    std::snprintf(buf, sizeof buf, "P%s%g%s", time ? "T" : "", value, designator);
    return buf;
  }

  // The date `amount` units away from the reference date, at the unit's precision.
  std::string relative_iso(double amount, lx::TimeUnit unit) const {
    if (!ref_ || !(std::fabs(amount) < 1e5)) return {};
    const int whole = static_cast<int>(std::lround(amount));
    switch (unit) {
      case lx::TimeUnit::year: return dates::iso_year(ref_->year + whole);
      case lx::TimeUnit::month: {
        const dates::Date d = dates::add_months(*ref_, whole);
        return dates::iso_month(d.year, d.month);
      }
      case lx::TimeUnit::week: return dates::iso_day(dates::add_days(*ref_, 7L * whole));
      case lx::TimeUnit::day: return dates::iso_day(dates::add_days(*ref_, whole));
      default: return dates::iso_day(*ref_);
    }
  }

  // --------------------------------------------------------------- ordinals --
  // 21st, 5th, first, twenty-second, one hundred twenty-fifth.
  std::optional<std::pair<double, uint32_t>> ordinal_at(uint32_t i) const {
    if (is_digits(i) && ok(i + 1) && atoms_[i + 1].joined) {
      const std::string_view suf = lw(i + 1);
      if (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") {
        auto a = digits_amount(i);
        if (a && a->plain) return std::make_pair(a->value, i + 2);
      }
      return std::nullopt;
    }
    if (!is_word(i)) return std::nullopt;
    if (const lx::Ordinal* o = lx::ordinal(lw(i)); o && !o->plural) return std::make_pair(o->value, i + 1);
    // A spelled cardinal ending in an ordinal: twenty-first, one hundred twenty-fifth.
    uint32_t j = i;
    double prefix = 0;
    constexpr uint32_t kMaxOrdinalAtoms = 10;  // "two thousand three hundred and forty-fifth"
    const lx::NumberWord* prev = nullptr;
    while (ok(j) && atoms_[j].kind == AtomKind::word && j < i + kMaxOrdinalAtoms) {
      const lx::NumberWord* nw = lx::number_word(lw(j));
      if (!nw) break;
      // "one one", "twenty thirty": two numbers, not one ordinal.
      const bool small = nw->kind == lx::WordKind::unit || nw->kind == lx::WordKind::tens;
      if (prev && small && (prev->kind == lx::WordKind::unit || (prev->kind == lx::WordKind::tens && nw->kind != lx::WordKind::unit))) {
        return std::nullopt;
      }
      prev = nw;
      if (nw->kind == lx::WordKind::hundred || nw->kind == lx::WordKind::scale) {
        prefix = (prefix == 0 ? 1 : prefix) * nw->value;
      } else {
        prefix += nw->value;
      }
      ++j;
      if (is_hyphen_atom(j) || is(j, "and")) ++j;
    }
    if (j == i || !is_word(j)) return std::nullopt;
    const lx::Ordinal* o = lx::ordinal(lw(j));
    if (!o || o->plural) return std::nullopt;
    if (o->value >= 100) return std::make_pair((prefix == 0 ? 1 : prefix) * o->value, j + 1);
    return std::make_pair(prefix + o->value, j + 1);
  }

  uint32_t match_ordinal(uint32_t i, std::vector<Found>& out) const {
    auto o = ordinal_at(i);
    if (!o) return 0;
    // Part of a name or title: "Second Caspian Economic Forum", "first vice president".
    if (is_word(i) && ok(o->second) && atoms_[o->second].kind == AtomKind::word &&
        ((capitalized(i) && capitalized(o->second)) || is(o->second, "vice") || is(o->second, "deputy") ||
         is(o->second, "lady") || is(o->second, "secretary"))) {
      return 0;
    }
    Found f;
    f.number.kind = NumberKind::ordinal;
    f.number.value = o->first;
    f.number.span = {atoms_[i].start, atoms_[o->second - 1].end};
    f.amount = f.number.span;
    f.amount_value = o->first;
    out.push_back(std::move(f));
    return o->second;
  }

  // ------------------------------------------------------------------ dates --
  uint32_t emit_date(uint32_t start, uint32_t end, std::string iso, std::vector<Found>& out,
                     NumberKind kind = NumberKind::date) const {
    Found f;
    f.number.kind = kind;
    f.number.span = {atoms_[start].start, atoms_[end - 1].end};
    f.number.iso = std::move(iso);
    out.push_back(std::move(f));
    return end;
  }

  // Is the plain 4-digit number at i a year? Years are 1000..2199 and stand
  // where a year stands: after a preposition or month, or before punctuation.
  bool is_year(uint32_t i, const Amount& a) const {
    if (!a.plain || a.digits != 4 || a.value < 1000 || a.value > 2199) return false;
    if (i > 0 && ok(i - 1)) {
      static constexpr std::string_view kBefore[] = {
          "in", "since", "by", "until", "till", "of", "from", "to", "between", "before", "after", "during",
          "year", "early", "mid", "late", "summer", "winter", "spring", "autumn", "fall", "circa", "and",
          "through", "the", "for", "since", "fy", "end", "start", "beginning", "(", ",", "-", "–", "on", "year's"};
      const std::string_view p = lw(i - 1);
      for (std::string_view w : kBefore) {
        if (p == w && p != "the") return !(p == "," && a.value < 1900);
      }
      if (lx::month(p)) return true;
    }
    if (!ok(a.end)) return a.value >= 1900 && a.value <= 2100;
    const std::string_view next = lw(a.end);
    // "the 2022 World Cup", "its 2024 budget": a year naming an event or period.
    if (atoms_[a.end].kind == AtomKind::word && capitalized(a.end) && a.value >= 1900 && a.value <= 2100) return true;
    if ((next == "budget" || next == "election" || next == "elections" || next == "season" || next == "census") &&
        a.value >= 1900 && a.value <= 2100) {
      return true;
    }
    if (atoms_[a.end].kind == AtomKind::punct && next != "-" && next != "/") return a.value >= 1900 && a.value <= 2100;
    return (next == "and" || next == "to" || next == "'s" || next == "’s" || next == "s") && a.value >= 1800 &&
           a.value <= 2100;
  }

  // 1990s, 1990 s, '90s, the nineties.
  uint32_t decade(uint32_t i, const Amount& a) const {
    if (!a.plain || a.end >= atoms_.size() || lw(a.end) != "s") return 0;
    const double v = a.value;
    if (a.digits == 4 && std::fmod(v, 10) == 0 && v >= 1000 && v <= 2190) return a.end + 1;
    if (a.digits == 2 && std::fmod(v, 10) == 0 && i > 0 && atoms_[i].joined == false && atoms_[a.end].joined &&
        (tx(i - 1) == "'" || tx(i - 1) == "\xE2\x80\x99")) {
      return a.end + 1;
    }
    return 0;
  }

  std::string decade_iso(const Amount& a) const {
    int start = static_cast<int>(a.value);
    if (a.digits == 2) start += 1900;
    return dates::iso_year(start) + "/" + dates::iso_year(start + 9);
  }

  // A month name where it is a month: always when a day or year goes with
  // it; alone only when capitalized and not the verbs "may"/"march".
  int month_at(uint32_t i) const {
    // Joined only after a hyphen: "mid-November", "Friday-Jun-15".
    if (!is_word(i) || (atoms_[i].joined && !is_hyphen_atom(i - 1))) return 0;
    const int m = lx::month(lw(i));
    if (!m) return 0;
    const std::string_view w = lw(i);
    // Abbreviations and ambiguous words need capitals ("Mar", "May", "Sept").
    if (!capitalized(i) && (w.size() <= 3 || w == "sept") && !(ok(i + 1) && (is_digits(i + 1)))) {
      if (!(i > 0 && (lw(i - 1) == "in" || lw(i - 1) == "of" || lw(i - 1) == "since"))) return 0;
    }
    return m;
  }

  bool month_stands_alone(uint32_t i) const {
    const std::string_view w = lw(i);
    if (w == "may" || w == "march") {
      if (!capitalized(i) && !(i > 0 && is_month_cue(lw(i - 1)))) return false;
      if (capitalized(i) && sentence_start(i)) return false;
      // "May I ask", "March on": a verb when a pronoun or "to"/"on" follows.
      if (ok(i + 1) && atoms_[i + 1].kind == AtomKind::word) {
        static constexpr std::string_view kVerbNext[] = {"i", "you", "we", "they", "he", "she", "it", "be",
                                                         "have", "not", "also", "well", "on", "to", "the"};
        for (std::string_view v : kVerbNext) {
          if (lw(i + 1) == v) return false;
        }
      }
      return i > 0 && is_month_cue(lw(i - 1));
    }
    return capitalized(i) || (i > 0 && is_month_cue(lw(i - 1)));
  }

  static bool is_month_cue(std::string_view p) {
    static constexpr std::string_view kCues[] = {"in", "since", "of", "until", "till", "from", "to", "by",
                                                 "before", "after", "during", "early", "mid", "late", "this",
                                                 "next", "last", "and", "through", "between", "end", "-"};
    for (std::string_view c : kCues) {
      if (p == c) return true;
    }
    return false;
  }

  // A day of the month: 15, 15th, fifteenth, twenty-first.
  std::optional<std::pair<int, uint32_t>> day_at(uint32_t i) const {
    if (is_digits(i)) {
      auto a = digits_amount(i);
      if (!a || !a->plain || a->value < 1 || a->value > 31 || a->digits > 2) return std::nullopt;
      uint32_t e = i + 1;
      if (ok(e) && atoms_[e].joined) {
        const std::string_view suf = lw(e);
        if (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") {
          ++e;
        } else {
          return std::nullopt;
        }
      }
      return std::make_pair(static_cast<int>(a->value), e);
    }
    if (auto o = ordinal_at(i); o && o->first >= 1 && o->first <= 31 && std::fmod(o->first, 1) == 0) {
      return std::make_pair(static_cast<int>(o->first), o->second);
    }
    if (is_word(i)) {  // "may twenty nine"
      if (auto a = spelled(i); a && a->integer && a->value >= 1 && a->value <= 31 && !a->fraction) {
        return std::make_pair(static_cast<int>(a->value), a->end);
      }
    }
    return std::nullopt;
  }

  // A year after a month or day: 2022, '22 (not), 1945.
  std::optional<std::pair<int, uint32_t>> year_at(uint32_t i) const {
    uint32_t k = i;
    if (is(k, ",")) ++k;
    if (!is_digits(k)) return std::nullopt;
    auto a = digits_amount(k);
    if (!a || !a->plain || a->digits != 4 || a->value < 1000 || a->value > 2199) return std::nullopt;
    if (ok(k + 1) && atoms_[k + 1].joined) return std::nullopt;
    return std::make_pair(static_cast<int>(a->value), k + 1);
  }

  // The year a month-day without a year most likely means: the occurrence
  // nearest the reference date, the future counting double (news reports
  // more of what happened than of what will).
  int nearest_year(int month, int day) const {
    int best = ref_->year;
    long best_gap = -1;
    for (int y = ref_->year - 1; y <= ref_->year + 1; ++y) {
      const int d = std::min(day == 0 ? 15 : day, dates::days_in_month(y, month));
      const long diff = dates::to_days({y, month, d}) - dates::to_days(*ref_);
      const long gap = diff > 0 ? 2 * diff : -diff;
      if (best_gap < 0 || gap < best_gap) {
        best_gap = gap;
        best = y;
      }
    }
    return best;
  }

  std::string month_iso(int year, int month, int day) const {
    if (year == 0) {
      if (!ref_) return {};
      year = nearest_year(month, day);
    }
    if (day == 0) return dates::iso_month(year, month);
    if (!dates::valid(year, month, day)) return {};
    return dates::iso_day({year, month, day});
  }

  uint32_t skip_abbreviation_dot(uint32_t i, uint32_t e) const {
    // "Sept. 15", "Dec. 31": the dot of an abbreviated month.
    if (is(e, ".") && adjacent(e) && lw(i).size() <= 4 && ok(e + 1) && (is_digits(e + 1))) return e + 1;
    return e;
  }

  uint32_t match_date(uint32_t i, std::vector<Found>& out) const {
    namespace f = lx::flag;
    const bool digits = atoms_[i].kind == AtomKind::digits;
    if (uint32_t e = numeric_date(i, out)) return e;
    if (digits || has(i, f::number) || is(i, "the")) {
      if (uint32_t e = day_month(i, out)) return e;
    }
    if (has(i, f::month)) {
      if (uint32_t e = month_day(i, out)) return e;
    }
    if (has(i, f::calendar)) {
      if (uint32_t e = relative_date(i, out)) return e;
    }
    if (has(i, f::weekday)) {
      if (uint32_t e = weekday_date(i, out)) return e;
    }
    if (has(i, f::holiday)) {
      if (uint32_t e = holiday_date(i, out)) return e;
    }
    if (digits || has(i, f::calendar)) {
      if (uint32_t e = quarter_date(i, out)) return e;
    }
    return 0;
  }

  // 2022-09-15, 5/3/18, 1/1/2015, 23.04.2022, 20161016, 2015-12, 11/20.
  uint32_t numeric_date(uint32_t i, std::vector<Found>& out) const {
    if (!is_digits(i)) return 0;
    const std::string_view s = tx(i);
    // ISO: digits-digits-digits in one token.
    if (s.size() == 4 && is_hyphen_atom(i + 1) && atoms_[i + 1].joined && is_digits(i + 2) &&
        atoms_[i + 2].joined) {
      const int y = to_int(tx(i)), m = to_int(tx(i + 2));
      if (is_hyphen_atom(i + 3) && atoms_[i + 3].joined && is_digits(i + 4) && atoms_[i + 4].joined) {
        const int d = to_int(tx(i + 4));
        if (dates::valid(y, m, d)) return emit_date(i, i + 5, dates::iso_day({y, m, d}), out);
        return 0;
      }
      if (tx(i + 2).size() <= 2 && m >= 1 && m <= 12 && y >= 1000 && y <= 2199) {
        return emit_date(i, i + 3, dates::iso_month(y, m), out);
      }
      return 0;
    }
    int parts[3] = {0, 0, 0};
    int lens[3] = {0, 0, 0};
    int count = 0;
    char sep = 0;
    for (char c : s) {
      if (is_digit(c)) {
        if (count == 0) count = 1;
        parts[count - 1] = parts[count - 1] * 10 + (c - '0');
        if (++lens[count - 1] > 4) return 0;
      } else if ((c == '/' || c == '.') && (sep == 0 || sep == c) && count < 3) {
        sep = c;
        ++count;
      } else {
        return 0;
      }
    }
    if (count == 1 && s.size() == 8 && (s[0] == '1' || s[0] == '2')) {  // 20161016
      const int y = parts[0] / 10000, m = parts[0] / 100 % 100, d = parts[0] % 100;
      if (dates::valid(y, m, d) && y >= 1900 && y <= 2100) return emit_date(i, i + 1, dates::iso_day({y, m, d}), out);
      return 0;
    }
    if (count == 3) {
      int y = parts[2], m = parts[0], d = parts[1];
      if (lens[0] == 4) {  // 2020/09/23
        y = parts[0];
        m = parts[1];
        d = parts[2];
      } else if (sep == '.' || parts[0] > 12) {  // 23.04.2022, 13/04/21
        m = parts[1];
        d = parts[0];
      }
      if (lens[2] == 2 && lens[0] != 4) y += y < 50 ? 2000 : 1900;
      if (!dates::valid(y, m, d)) return 0;
      return emit_date(i, i + 1, dates::iso_day({y, m, d}), out);
    }
    if (count == 2 && sep == '/') {
      // "3/4" is a fraction unless a date cue surrounds it.
      const int m = parts[0], d = parts[1];
      if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31)) return 0;
      const bool cue = i > 0 && (lx::weekday(lw(i - 1)) || is(i - 1, "on") || is(i - 1, "this") ||
                                 is(i - 1, "next") || is(i - 1, "from") || is(i - 1, "between") ||
                                 is(i - 1, "until") || is(i - 1, "by") || is(i - 1, ","));
      if (!cue && (d <= 10 && m < d)) return 0;
      if (!cue && !(d > 12 || m > d)) return 0;
      return emit_date(i, i + 1, month_iso(0, m, d), out);
    }
    return 0;
  }

  static int to_int(std::string_view s) {
    int v = 0;
    for (char c : s) {
      if (!is_digit(c) || v > 100000) return v;
      v = v * 10 + (c - '0');
    }
    return v;
  }

  // 15 September 2022, 15th of September, the 09th of May, second of Aug.
  uint32_t day_month(uint32_t i, std::vector<Found>& out) const {
    uint32_t k = i;
    if (is(k, "the")) ++k;
    auto day = day_at(k);
    if (!day) return 0;
    uint32_t m = day->second;
    if (is(m, "of")) ++m;
    const int month = month_at(m);
    if (!month) return 0;
    uint32_t e = m + 1;
    e = skip_abbreviation_dot(m, e);
    int year = 0;
    if (auto y = year_at(e)) {
      year = y->first;
      e = y->second;
    }
    const uint32_t start = k == i + 1 && day->second == k + 1 && !is_word(k) ? k : i;
    return emit_date(is(i, "the") && start == k ? k : i, e, month_iso(year, month, day->first), out);
  }

  // September 15, 2022; Sept. 15; July 2022; Oct/2; Dec-2018; early November.
  uint32_t month_day(uint32_t i, std::vector<Found>& out) const {
    const int month = month_at(i);
    if (!month) return 0;
    uint32_t e = i + 1;
    uint32_t d_at = skip_abbreviation_dot(i, e);
    // Oct/2, Dec-2018, jun-15, Sep-23-2020 (no space around the separator)
    if (ok(e) && adjacent(e) && (tx(e) == "/" || is_hyphen_atom(e)) && is_digits(e + 1) && adjacent(e + 1)) {
      d_at = e + 1;
    }
    if (is(d_at, "the")) ++d_at;
    if (auto day = day_at(d_at); day && !(ok(day->second) && is_duration_word(day->second))) {
      e = day->second;
      int year = 0;
      uint32_t y_at = e;
      if (ok(y_at) && adjacent(y_at) && (tx(y_at) == "/" || is_hyphen_atom(y_at))) ++y_at;
      if (auto y = year_at(y_at)) {
        year = y->first;
        e = y->second;
      }
      // "May 4" could be "may 4 people": a lower-case may needs a cue.
      if (lw(i) == "may" && !capitalized(i) && !(i > 0 && is_month_cue(lw(i - 1)))) return 0;
      return emit_date(i, e, month_iso(year, month, day->first), out);
    }
    uint32_t y_at = e;
    if (ok(y_at) && adjacent(y_at) && (tx(y_at) == "/" || is_hyphen_atom(y_at))) ++y_at;
    if (is(y_at, "of") || is(y_at, "in")) ++y_at;
    if (auto y = year_at(y_at)) return emit_date(i, y->second, dates::iso_month(y->first, month), out);
    if (is_digits(y_at) && tx(y_at).size() == 2 && is(y_at - 1, "of")) {  // April of 87
      const int yy = to_int(tx(y_at));
      return emit_date(i, y_at + 1, dates::iso_month(yy < 50 ? 2000 + yy : 1900 + yy, month), out);
    }
    if (!month_stands_alone(i)) return 0;
    return emit_date(i, i + 1, month_iso(0, month, 0), out);
  }

  bool is_duration_word(uint32_t i) const {
    const lx::Duration* d = lx::duration(lw(i));
    return d && !d->abbreviation;
  }

  // today, yesterday, last year, next week, this month, early November,
  // the end of February, the first half of this year, mid-2020.
  uint32_t relative_date(uint32_t i, std::vector<Found>& out) const {
    const std::string_view w = lw(i);
    if (!is_word(i)) return 0;
    if (w == "today" || w == "yesterday" || w == "tomorrow" || w == "tonight" || w == "tmrw") {
      std::string iso;
      if (ref_) {
        const long offset = w == "yesterday" ? -1 : (w == "tomorrow" || w == "tmrw") ? 1 : 0;
        iso = dates::iso_day(dates::add_days(*ref_, offset));
      }
      uint32_t e = i + 1;
      if (w == "tonight") return emit_date(i, e, iso, out, NumberKind::time);
      // "yesterday afternoon", "tomorrow morning"
      if (is_day_part(e)) ++e;
      return emit_date(i, e, iso, out);
    }
    if (uint32_t e = part_of(i, out)) return e;
    // this/next/last/previous/coming/past + period
    static constexpr std::string_view kRel[] = {"this", "next", "last", "previous", "coming", "past", "following",
                                                "current", "upcoming"};
    int rel = -2;
    for (std::string_view r : kRel) {
      if (w == r) rel = (w == "this" || w == "current") ? 0 : (w == "last" || w == "previous" || w == "past") ? -1 : 1;
    }
    if (rel == -2) return 0;
    uint32_t k = i + 1;
    if (is(k, "fiscal") || is(k, "calendar") || is(k, "school")) ++k;
    if (!ok(k)) return 0;
    const std::string_view p = lw(k);
    if (p == "year" || p == "month" || p == "week" || p == "quarter" || p == "weekend" || p == "decade" ||
        p == "century" || p == "fortnight") {
      return emit_date(i, k + 1, period_iso(p, rel), out);
    }
    if (p == "morning" || p == "afternoon" || p == "evening" || p == "night") {
      return emit_date(i, k + 1, rel == 0 && ref_ ? dates::iso_day(*ref_) : std::string(), out, NumberKind::time);
    }
    if (p == "spring" || p == "summer" || p == "autumn" || p == "fall" || p == "winter") {
      return emit_date(i, k + 1, {}, out);
    }
    if (const int wd = lx::weekday(p)) {
      uint32_t e = k + 1;
      if (is_day_part(e)) ++e;
      return emit_date(i, e, weekday_iso(wd, rel), out);
    }
    if (const int m = month_at(k)) {
      return emit_date(i, k + 1, month_iso(0, m, 0), out);
    }
    return 0;
  }

  bool is_day_part(uint32_t i) const {
    return is(i, "morning") || is(i, "afternoon") || is(i, "evening") || is(i, "night") || is(i, "mornings") ||
           is(i, "afternoons") || is(i, "evenings");
  }

  std::string period_iso(std::string_view p, int rel) const {
    if (!ref_) return {};
    if (p == "year") return dates::iso_year(ref_->year + rel);
    if (p == "month") {
      const dates::Date d = dates::add_months(*ref_, rel);
      return dates::iso_month(d.year, d.month);
    }
    if (p == "week" || p == "weekend") return dates::iso_week(dates::add_days(*ref_, 7L * rel));
    if (p == "fortnight") return {};
    if (p == "quarter") {
      const dates::Date d = dates::add_months(*ref_, 3 * rel);
      return dates::iso_year(d.year) + "-Q" + std::to_string((d.month - 1) / 3 + 1);
    }
    if (p == "decade") {
      const int start = (ref_->year / 10 + rel) * 10;
      return dates::iso_year(start) + "/" + dates::iso_year(start + 9);
    }
    return {};
  }

  // The weekday `wd` relative to the reference: rel 0 means the nearest
  // one not after the reference (news tells of the past week), +1 next, -1 last.
  std::string weekday_iso(int wd, int rel) const {
    if (!ref_) return {};
    const int today = dates::weekday(*ref_);
    long offset;
    if (rel > 0) {
      offset = (wd - today + 7) % 7;
      if (offset == 0) offset = 7;
    } else {
      offset = -((today - wd + 7) % 7);
      if (rel < 0 && offset == 0) offset = -7;
    }
    return dates::iso_day(dates::add_days(*ref_, offset));
  }

  // early November, mid-2020, late last year, the end of February, the first
  // half of this year, the beginning of 2024.
  uint32_t part_of(uint32_t i, std::vector<Found>& out) const {
    uint32_t k = i;
    if (is(k, "the")) ++k;
    const std::string_view w = ok(k) ? lw(k) : std::string_view();
    uint32_t inner = 0;
    std::string suffix_iso;
    if (w == "early" || w == "mid" || w == "late" || w == "earlier" || w == "later") {
      inner = k + 1;
      if (is_hyphen_atom(inner)) ++inner;
      if (is(inner, "in") && is(inner + 1, "the")) inner += 1;
    } else if ((w == "end" || w == "beginning" || w == "start" || w == "middle") && is(k + 1, "of")) {
      inner = k + 2;
    } else if ((w == "first" || w == "second") && is(k + 1, "half") && is(k + 2, "of")) {
      inner = k + 3;
      suffix_iso = w == "first" ? "-H1" : "-H2";
    } else if ((w == "first" || w == "second" || w == "third" || w == "fourth" || w == "last") &&
               is(k + 1, "quarter") && is(k + 2, "of")) {
      inner = k + 3;
      suffix_iso = w == "first" ? "-Q1" : w == "second" ? "-Q2" : w == "third" ? "-Q3" : "-Q4";
    } else if ((w == "first" || w == "last" || w == "second") && is(k + 1, "week") && is(k + 2, "of")) {
      inner = k + 3;
    } else {
      return 0;
    }
    if (!ok(inner)) return 0;
    std::vector<Found> tmp;  // only on this rare path
    uint32_t e = 0;
    if (is(inner, "the") && (is(inner + 1, "year") || is(inner + 1, "month") || is(inner + 1, "week") ||
                             is(inner + 1, "day"))) {
      e = emit_date(inner, inner + 2, {}, tmp);
    } else if (is(inner, "year") || is(inner, "month") || is(inner, "week") || is(inner, "day")) {
      e = emit_date(inner, inner + 1, {}, tmp);
    } else if (is(inner, "this") || is(inner, "last") || is(inner, "next") || is(inner, "previous")) {
      e = relative_date(inner, tmp);
    } else if (month_at(inner)) {
      e = emit_date(inner, inner + 1, month_iso(0, month_at(inner), 0), tmp);
      if (auto y = year_at(e); y && e > 0) {
        tmp.back().number.iso = dates::iso_month(y->first, month_at(inner));
        e = y->second;
      }
    } else if (is_digits(inner)) {
      auto a = digits_amount(inner);
      if (a && a->plain && a->digits == 4 && a->value >= 1000 && a->value <= 2199) {
        e = emit_date(inner, inner + 1, dates::iso_year(static_cast<int>(a->value)), tmp);
        if (uint32_t d = decade(inner, *a)) e = d;
      }
    }
    if (!e || tmp.empty()) return 0;
    std::string iso = tmp.back().number.iso;
    if (!iso.empty() && !suffix_iso.empty() && iso.size() == 4) iso += suffix_iso;
    return emit_date(i, e, std::move(iso), out);
  }

  // Wednesday, on Wednesday, Tuesday afternoon, Monday 21.
  uint32_t weekday_date(uint32_t i, std::vector<Found>& out) const {
    if (!is_word(i) || atoms_[i].joined) return 0;
    const int wd = lx::weekday(lw(i));
    if (!wd) return 0;
    const std::string_view w = lw(i);
    if (w.size() <= 4) {  // Mon, Wed, Sat, Sun: capitals and a date after
      if (!capitalized(i) || !(is_digits(i + 1) || (ok(i + 1) && month_at(i + 1)))) return 0;
    }
    uint32_t e = i + 1;
    if (is_day_part(e)) ++e;
    // "Mon 13th", "Friday 31": the day of the month goes with the weekday.
    // "On Tuesday 12 people died" keeps its 12: a bare number needs punctuation after it.
    auto day = day_at(e);
    const bool dated = day && (day->second > e + 1 || !ok(day->second) || atoms_[day->second].kind == AtomKind::punct);
    if (dated && !(ok(day->second) && (month_at(day->second) || is(day->second, "of")))) {
      return emit_date(i, day->second, {}, out);
    }
    return emit_date(i, e, weekday_iso(wd, 0), out);
  }

  uint32_t holiday_date(uint32_t i, std::vector<Found>& out) const {
    int words = 0;
    char buf[64];
    for (int n = 3; n >= 1 && words == 0; --n) {
      const std::string_view p = phrase(i, n, buf, sizeof buf);
      if (!p.empty() && lx::holiday(p)) words = n;
    }
    if (words == 0) return 0;
    // Holidays are proper names: capitalized, except in lower-cased text.
    uint32_t e = i + words;
    if (auto y = year_at(e)) e = y->second;
    return emit_date(i, e, {}, out);
  }

  // Q1 2024, 2017-q1, the third quarter, H2 2019, fiscal year 2008.
  uint32_t quarter_date(uint32_t i, std::vector<Found>& out) const {
    const std::string_view w = lw(i);
    if (w == "first" || w == "second" || w == "third" || w == "fourth") {
      if (!is(i + 1, "quarter")) return 0;
      const char q = w == "first" ? '1' : w == "second" ? '2' : w == "third" ? '3' : '4';
      uint32_t e = i + 2;
      int year = ref_ ? ref_->year : 0;
      if ((is(e, "of") || is(e, "in")) && year_at(e + 1)) {
        year = year_at(e + 1)->first;
        e = year_at(e + 1)->second;
      } else if (auto y = year_at(e)) {
        year = y->first;
        e = y->second;
      }
      return emit_date(i, e, year ? dates::iso_year(year) + "-Q" + q : std::string(), out);
    }
    if (is_word(i) && w.size() == 2 && (w[0] == 'q' || w[0] == 'h') && w[1] >= '1' && w[1] <= '4' && !atoms_[i].joined) {
      uint32_t e = i + 1;
      if (is(e, "of")) ++e;
      if (auto y = year_at(e)) {
        return emit_date(i, y->second, dates::iso_year(y->first) + "-" + std::string(1, static_cast<char>(w[0] - 32)) + w[1], out);
      }
      return 0;
    }
    if ((w == "fiscal" || w == "calendar") && is(i + 1, "year")) {
      if (auto y = year_at(i + 2)) return emit_date(i, y->second, dates::iso_year(y->first), out);
      return 0;
    }
    if (is_digits(i) && tx(i).size() == 4) {
      uint32_t e = i + 1;
      if (is_hyphen_atom(e)) ++e;
      if (ok(e) && is_word(e)) {
        const std::string_view q = lw(e);
        if (q.size() == 2 && (q[0] == 'q' || q[0] == 'h') && q[1] >= '1' && q[1] <= '4') {
          return emit_date(i, e + 1, std::string(tx(i)) + "-" + std::string(1, static_cast<char>(q[0] - 32)) + q[1], out);
        }
      }
    }
    return 0;
  }

  // ------------------------------------------------------------------ times --
  // 14:06 GMT, 8 p.m., 8am, noon, midnight, 7:56:30 pm, five o'clock, this morning.
  uint32_t match_time(uint32_t i, std::vector<Found>& out) const {
    if (is(i, "noon") || is(i, "midnight") || is(i, "midday")) {
      return emit_date(i, i + 1, is(i, "midnight") ? "T00:00" : "T12:00", out, NumberKind::time);
    }
    if (is(i, "in") && is(i + 1, "the") && is_day_part(i + 2)) return emit_date(i + 1, i + 3, {}, out, NumberKind::time);
    if (!is_digits(i) && !is_word(i)) return 0;
    int hour = -1, minute = 0;
    uint32_t e = i;
    bool clock = false;
    if (is_digits(i)) {
      const std::string_view s = tx(i);
      const size_t colon = s.find(':');
      if (colon != std::string_view::npos) {
        // hh:mm or hh:mm:ss
        const std::string_view h = s.substr(0, colon), rest = s.substr(colon + 1);
        if (h.empty() || h.size() > 2 || rest.size() < 2 || (rest.size() != 2 && rest.size() != 5)) return 0;
        hour = to_int(h);
        minute = to_int(rest.substr(0, 2));
        if (hour > 24 || minute > 59) return 0;
        clock = true;
      } else if (s.size() == 4 && s.find_first_not_of("0123456789") == std::string_view::npos && zone_at(i + 1)) {
        hour = to_int(s.substr(0, 2));  // 0500 GMT
        minute = to_int(s.substr(2));
        if (hour > 23 || minute > 59) return 0;
        clock = true;
      } else if (s.size() <= 2 && s.find_first_of("./,") == std::string_view::npos) {
        hour = to_int(s);
        if (hour > 12) return 0;
      } else if (s.size() <= 5 && s.find('.') != std::string_view::npos && s.size() - s.find('.') == 3) {
        hour = to_int(s.substr(0, s.find('.')));  // 6.45 pm, 9.30-4.30pm
        minute = to_int(s.substr(s.find('.') + 1));
        if (hour > 12 || minute > 59) return 0;
      } else {
        return 0;
      }
      e = i + 1;
    } else {
      auto a = spelled(i);
      if (!a || !a->integer || a->value < 1 || a->value > 12 || a->fraction) return 0;
      hour = static_cast<int>(a->value);
      e = a->end;
      if (!(is(e, "o'clock") || is(e, "oclock") || is(e, "o’clock") || is(e, "a.m.") || is(e, "p.m."))) return 0;
    }
    bool meridiem = false;
    if (const uint32_t m = meridiem_end(e)) {
      const bool pm = lw(e)[0] == 'p';
      if (pm && hour < 12) hour += 12;
      if (!pm && hour == 12) hour = 0;
      meridiem = true;
      e = m;
    } else if (is(e, "o'clock") || is(e, "oclock") || is(e, "o’clock")) {
      meridiem = true;
      ++e;
    }
    if (!clock && !meridiem) {
      // "5 to 6pm", "1-3 pm", "8-9am": an hour range whose end has the am/pm.
      if (is_digits(i) && (is_dash(e) || is(e, "to")) && is_digits(e + 1) && tx(e + 1).size() <= 2 &&
          to_int(tx(e + 1)) <= 12 && meridiem_end(e + 2)) {
        const bool pm = lw(e + 2)[0] == 'p';
        if (pm && hour < 12) hour += 12;
        e = meridiem_end(e + 2);
      } else if (!(i > 0 && is(i - 1, "at") && minute > 0 && suffix(e, Amount{}).kind == Suffix::Kind::none)) {
        return 0;  // "at 6.45" is a time; a bare 6.45 is a number
      }
    }
    // Time zones: GMT, UTC, EST, local time.
    if (zone_at(e)) ++e;
    if (is(e, "local") && is(e + 1, "time")) e += 2;
    char buf[16];
    std::snprintf(buf, sizeof buf, "T%02d:%02d", hour % 24, minute);
    return emit_date(i, e, buf, out, NumberKind::time);
  }

  bool zone_at(uint32_t e) const {
    if (!is_word(e) || !is_upper(e)) return false;
    static constexpr std::string_view kZones[] = {"gmt", "utc", "est", "edt", "cet", "cest", "pst", "pdt",
                                                  "cst", "ist", "bst", "msk", "irst", "et", "pt"};
    for (std::string_view z : kZones) {
      if (lw(e) == z) return true;
    }
    return false;
  }

  // Where am/pm after an hour ends, or 0: glued (8am), spaced (8 pm),
  // dotted (8 p.m., 8p.m.), a bare letter only glued (9a).
  uint32_t meridiem_end(uint32_t e) const {
    if (!ok(e) || atoms_[e].kind != AtomKind::word) return 0;
    const std::string_view m = lw(e);
    if (m == "am" || m == "a.m." || m == "ampm" || m == "pm" || m == "p.m." || m == "a.m" || m == "p.m") {
      return is(e + 1, ".") && (m == "a.m" || m == "p.m") && adjacent(e + 1) ? e + 2 : e + 1;
    }
    if ((m == "a" || m == "p") && atoms_[e].joined) return is(e + 1, ".") && adjacent(e + 1) ? e + 2 : e + 1;
    return 0;
  }

  const text::Document& doc_;
  std::string_view text_;
  std::string lower_;
  std::optional<dates::Date> ref_;
  std::vector<Atom> atoms_;
  std::vector<bool> blocked_;
  std::vector<uint16_t> flags_;  // lx::flag bits of each atom

  double digits_value(uint32_t i) const {
    auto a = digits_amount(i);
    return a ? a->value : 0;
  }
};

}  // namespace

std::vector<Found> parse(const text::Document& doc, const std::vector<Span>& names, const Options& options) {
  return Grammar(doc, names, options).run();
}

}  // namespace lede::numbers
