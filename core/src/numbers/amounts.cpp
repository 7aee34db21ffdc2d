// The grammar's amounts: numbers in digits and words, scales, fractions,
// ranges, and what follows them (percent, currency, unit, time unit): money,
// percentages, quantities, ages, durations, ordinals.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "numbers/matcher.hpp"
#include "text/chars.hpp"

namespace lede::numbers {
namespace detail {

void Grammar::scan_digits(std::string_view s, DigitRun& run) {
  // All digits go into one whole number, divided once by the power of ten
  // of its decimals: one correctly rounded division, where adding each
  // decimal times 0.1, 0.01 ... made 5.61 into 5.609999999999999.
  const uint32_t n = static_cast<uint32_t>(s.size());
  run.colon = run.dot = n;
  run.digits_only = true;
  run.slash = run.slash_or_comma = false;
  run.value.reset();
  double value = 0;
  int dots = 0, commas = 0, slashes = 0;
  double num = 0;
  bool no_amount = n > kMaxDigits;  // a run no amount is read from; its marks are still told
  for (uint32_t k = 0; k < n; ++k) {
    const char c = s[k];
    if (is_digit(c)) {
      value = value * 10 + (c - '0');
      continue;
    }
    run.digits_only = false;
    if (c == '.') {
      run.dot = std::min(run.dot, k);
      ++dots;
    } else if (c == ',') {
      run.slash_or_comma = true;
      ++commas;
      no_amount |= dots > 0;
    } else if (c == '/') {
      run.slash_or_comma = true;
      run.slash = true;
      ++slashes;
      num = value;
      value = 0;
      no_amount |= dots > 0;
    } else {
      if (c == ':') run.colon = std::min(run.colon, k);
      no_amount = true;  // 14:06
    }
  }
  if (no_amount || dots > 1 || slashes > 1 || (slashes && (dots || commas))) return;
  // Counted once here, not at every digit: a readable run has only digits after its one dot.
  const int digits = static_cast<int>(n) - dots - commas - slashes;
  const int decimals = dots ? static_cast<int>(n - run.dot - 1) : 0;
  if (decimals > 0) value /= power_of_ten(decimals);
  if (slashes) {
    // Fractions have the usual denominators; 9/11 and 24/7 are names, and
    // a cricket score's runs for wickets ("India 267/6") is no fraction.
    const double v = value;
    if (!(v == 2 || v == 3 || v == 4 || v == 5 || v == 6 || v == 8 || v == 10 || v == 16 || v == 32 || v == 64 ||
          v == 100) ||
        num >= 10 * v) {
      return;
    }
    Amount& a = run.value.emplace();
    a.value = num / value;
    a.fraction = true;
    a.integer = false;
    return;
  }
  Amount& a = run.value.emplace();
  a.value = value;
  a.integer = dots == 0;
  a.plain = dots == 0 && commas == 0;
  a.digits = digits;
}

std::optional<Amount> Grammar::numeric(uint32_t i, bool money) const {
  uint32_t start = i;
  bool negative = false;
  if (ok(i) && atoms_[i].kind == AtomKind::punct && (tx(i) == "-" || tx(i) == "\xE2\x88\x92") &&
      is_digits(i + 1) && adjacent(i + 1) &&
      (i == 0 || atoms_[i].space_before || tx(i - 1) == "(" || tx(i - 1) == "<" || tx(i - 1) == ">" ||
       tx(i - 1) == "=") &&
      !date_digits_at(i + 1)) {  // -2020-07-01-: a dash before a date
    negative = true;
    ++start;
  } else if ((is(i, "minus") && !(i >= 2 && is(i - 1, "or") && is(i - 2, "plus"))) || is(i, "negative")) {
    negative = true;  // not "plus or minus 3 points", a margin either way
    ++start;
  } else if (ok(i) && tx(i) == "-" && (i == 0 || sentence_start(i)) && is_digits(i + 1) && !date_digits_at(i + 1)) {
    if (opens_list_item(i)) return std::nullopt;  // the number is read from its digits
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
      a->value = a->value / power_of_ten(a->digits);
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
  if (a->digits <= 2 && in(a->end) && !atoms_[a->end].space_before && text_[atoms_[a->end].start] == ',') {
    extend_lakh_groups(*a);  // 5,00,000
  }
  extend_mixed_fraction(*a);
  extend_exponent(*a);
  if (negative) a->value = -a->value;
  apply_scale(*a, money);
  if (!a->glued_scale && !a->plain && a->integer && ok(a->end)) {
    // "3 million and a half"
    const double before = a->value;
    a->last_scale = std::fabs(before) >= 1e3 ? power_of_ten(static_cast<int>(std::floor(std::log10(std::fabs(before))))) : 1;
    const uint32_t e = a->end;
    fraction_tail(*a);
    if (a->end == e) a->value = before;
  }
  return a;
}

inline void Grammar::extend_exponent(Amount& a) const {
  uint32_t e = a.end;
  double base = 10;
  bool power = false;  // 2.5^-1 raises the amount itself
  if (ok(e) && atoms_[e].kind != AtomKind::digits && (lw(e) == "x" || tx(e) == "\xC3\x97") && is(e + 1, "10") &&
      ok(e + 2) &&
      tx(e + 2) == "^" && adjacent(e + 2)) {
    e += 2;  // 1.3x10^6, 5.97 x 10^24, 5.97 × 10^24
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

std::optional<double> Grammar::vulgar_fraction(uint32_t i) const {
  if (!ok(i) || atoms_[i].kind == AtomKind::word || atoms_[i].kind == AtomKind::digits) return std::nullopt;
  return vulgar_fraction_value(tx(i));
}

std::optional<double> Grammar::vulgar_fraction_value(std::string_view t) {
  // Every glyph is two or three bytes led by 0xC2 or 0xE2.
  if (t.size() < 2 || (t[0] != '\xC2' && t[0] != '\xE2')) return std::nullopt;
  static constexpr std::pair<std::string_view, double> kFractions[] = {
      {"\u00BD", 0.5}, {"\u2153", 1.0 / 3}, {"\u2154", 2.0 / 3}, {"\u00BC", 0.25},
      {"\u00BE", 0.75}, {"\u2155", 0.2},    {"\u2159", 1.0 / 6}, {"\u215B", 0.125}};
  for (const auto& [glyph, value] : kFractions) {
    if (t == glyph) return value;
  }
  return std::nullopt;
}

inline void Grammar::extend_groups(Amount& a) const {
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
  if (groups == 0 || (in(j) && atoms_[j].joined)) return;
  a.value = value;
  a.end = j;
  a.plain = false;
}

void Grammar::extend_lakh_groups(Amount& a) const {
  // Two-digit groups, then the last three digits in one token with any
  // decimals: 12 | , | 34,567.89 and 1 | , | 00 | , | 00,000.
  if (!a.plain || a.digits > 2 || a.fraction || !in(a.end + 1) || atoms_[a.end].space_before ||
      tx(a.end) != "," || atoms_[a.end + 1].space_before || !is_digits(a.end + 1)) {
    return;
  }
  double value = a.value;
  // At most five groups of two (1,00,00,00,00,000 is a lakh crore): a long
  // run of them read again from each of its numbers would cost its square.
  constexpr uint32_t kMaxGroups = 6;
  for (uint32_t j = a.end; j < a.end + 2 * kMaxGroups && in(j + 1) && tx(j) == "," && !atoms_[j].space_before &&
                           !atoms_[j + 1].space_before && is_digits(j + 1);
       j += 2) {
    const std::string_view g = tx(j + 1);
    if (g.size() == 2) {
      value = value * 100 + to_int(g);
      continue;
    }
    const bool last_group = g.size() >= 6 && g[2] == ',' && g.find(',', 3) == g.npos &&
                            (g.size() == 6 || (g[6] == '.' && g.size() > 7));
    const auto tail = last_group ? digits_amount(j + 1) : std::nullopt;
    if (!tail || (in(j + 2) && atoms_[j + 2].joined)) return;
    a.value = value * 100000 + tail->value;
    a.integer = tail->integer;
    a.plain = false;
    a.end = j + 2;
    return;
  }
}

bool Grammar::single_space_before(uint32_t j) const {
  const std::string_view gap = text_.substr(atoms_[j - 1].end, atoms_[j].start - atoms_[j - 1].end);
  return gap == " " || gap == "\xE2\x80\xAF" || gap == "\xC2\xA0";
}

inline void Grammar::extend_mixed_fraction(Amount& a) const {
  if (!a.plain || a.fraction) return;
  const uint32_t j = a.end;
  // "3½ hours", "2 ¾ miles": a fraction's glyph after the whole part.
  if (const auto glyph = vulgar_fraction(j); glyph && *glyph < 1) {
    a.value += *glyph;
    a.end = j + 1;
    a.plain = false;
    a.integer = false;
    return;
  }
  if (is_digits(j) && atoms_[j].space_before && !atoms_[j].joined) {
    if (auto f = digits_amount(j); f && f->fraction && f->value < 1) {
      a.value += f->value;
      a.end = j + 1;
      a.plain = false;
      a.integer = false;
    }
  }
}

inline void Grammar::apply_scale(Amount& a, bool money) const {
  for (int rounds = 0; rounds < 2; ++rounds) {
    uint32_t j = a.end;
    // "$78.3-billion", "a $280-million plan": Canadian papers hyphenate a
    // sum's scale word (a plain "2-million-year-old" keeps its hyphen).
    if (money && rounds == 0 && is_hyphen_atom(j) && atoms_[j].joined && ok(j + 1) && lw(j + 1).size() > 3 &&
        lx::scale_word(entry(j + 1))) {
      ++j;
    }
    if (!ok(j) || atoms_[j].kind != AtomKind::word) return;
    const std::string_view w = lw(j);
    const std::string_view orig = tx(j);
    const bool glued = atoms_[j].joined;
    const lx::Scale* s = lx::scale_word(entry(j));
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
    // "mm" is a million in finance ("$5 mm"), a millimetre anywhere else:
    // 7.62mm, 25 mm of rain.
    if (w == "mm" && !money && orig != "MM") return;
    a.value *= s->factor;
    a.end = j + 1;
    a.plain = false;
    a.glued_scale = glued;
  }
}

std::optional<Amount> Grammar::spelled(uint32_t i, bool allow_and) const {
  // Every spelled amount begins with digits, a number word or one of "a",
  // "an", "half", "quarter", "minus", "negative" (amount words): most words
  // are none, and are told by their flags.
  if (!is_digits(i) && !has(i, lx::flag::number | lx::flag::amount)) return std::nullopt;
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
    const lx::NumberWord* nw = number_word_at(j + 1);
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
      const lx::NumberWord* nw = number_word_at(j + 1);
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
      const lx::NumberWord* nw = number_word_at(j + 1);
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
      if (!d || !d->plain || d->value >= 1000 || (in(j + 1) && atoms_[j + 1].joined)) break;
      if (!any) {
        const lx::NumberWord* next = ok(j + 1) ? number_word_at(j + 1) : nullptr;
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
    const lx::NumberWord* nw = number_word_at(j);
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
        const lx::NumberWord* d = number_word_at(k);
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
    // "the past three quarters": quarters of a year, not a fraction.
    if (!(is(a.end, "quarters") && first > 0 && counts_periods(first - 1))) fraction_tail(a, allow_and);
  } else {
    // A fraction on its own: half, a half, a third, three quarters.
    uint32_t k = first;
    if (is(k, "a") || is(k, "an")) ++k;
    if (is(k, "half") && k == first && (half_of_something(k) || is_half_time(k))) return std::nullopt;
    if (is(k, "half")) {
      a.value = 0.5;
      a.end = k + 1;
      a.fraction = true;
      a.integer = false;
      if (is(a.end, "a") && ok(a.end + 1)) {  // half a dozen, half a million
        const lx::NumberWord* nw = number_word_at(a.end + 1);
        if (nw && (nw->kind == lx::WordKind::scale || nw->kind == lx::WordKind::dozen)) {
          a.value = 0.5 * nw->value;
          a.end += 2;
          a.integer = true;
        }
      }
    } else if (is(k, "quarter") && k == first && ok(k + 1) && number_word_at(k + 1) &&
               number_word_at(k + 1)->kind == lx::WordKind::scale) {
      a.value = 0.25;
      a.end = k + 1;
      a.fraction = true;
      a.integer = false;
    } else if (k > first && ok(k)) {
      auto den = denominator_at(k, true);
      if (!den || lw(k) == "half" || ranks_something(k)) return std::nullopt;
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

std::optional<std::pair<double, uint32_t>> Grammar::denominator_at(uint32_t k, bool one) const {
  if (!is_word(k)) return std::nullopt;
  const std::string_view w = lw(k);
  if (w == "quarters" || (w == "quarter" && one)) return std::make_pair(4.0, k + 1);
  if (w == "halves" || (w == "half" && one)) return std::make_pair(2.0, k + 1);
  if (const lx::Ordinal* o = lx::ordinal(entry(k)); o && (o->plural || (one && o->value >= 3))) {
    return std::make_pair(o->value, k + 1);
  }
  const lx::NumberWord* tens = number_word_at(k);
  if (tens && tens->kind == lx::WordKind::tens) {
    uint32_t m = k + 1;
    if (is_hyphen_atom(m) && atoms_[m].joined) ++m;
    const lx::Ordinal* o = is_word(m) ? lx::ordinal(entry(m)) : nullptr;
    if (o && o->value < 10 && (o->plural || one)) return std::make_pair(tens->value + o->value, m + 1);
  }
  return std::nullopt;
}

void Grammar::fraction_tail(Amount& a, bool allow_and) const {
  uint32_t k = a.end;
  if (is_hyphen_atom(k) && atoms_[k].joined) ++k;
  // "one - fourth": a spaced dash before the denominator.
  if (is_dash(k) && !atoms_[k].joined && a.value < 10 && is_word(k + 1) && lx::ordinal(entry(k + 1))) ++k;
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
    const lx::NumberWord* sc = ok(f->end) ? number_word_at(f->end) : nullptr;
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

std::optional<Amount> Grammar::amount(uint32_t i, bool money) const {
  auto a = base_amount(i, money);
  if (!a) return a;
  // "one out of three", "1 over 3": a ratio read as a fraction.
  uint32_t k = a->end;
  if (is(k, "out") && is(k + 1, "of")) {
    k += 2;
  } else if (is(k, "over") && a->integer && std::fabs(a->value) >= 1 && std::fabs(a->value) <= 10) {
    k += 1;
  } else if (is(k, "in") && a->value == 1 && ok(k + 1) &&
             (atoms_[k + 1].kind == AtomKind::word || atoms_[k + 1].kind == AtomKind::digits)) {
    // "1 in twenty-one", "1 in 4 adults"; "1 in 2020" stays a number and a
    // year, and a count of something else is none ("55 in 60 balls").
    k += 1;
  } else {
    return a;
  }
  auto den = base_amount(k, false);
  if (!den || den->value <= 0 || den->value < std::fabs(a->value)) return a;
  if (is(k - 1, "in") && is_digits(k) && !in_proportion(*den)) return a;
  if (is(k - 1, "over") && ok(den->end) && atoms_[den->end].kind == AtomKind::word) return a;
  a->value /= den->value;
  a->end = den->end;
  a->fraction = true;
  a->integer = false;
  return a;
}

bool Grammar::in_proportion(const Amount& den) const {
  // "1 in 4 adults", "1 in 1,000"; not a year ("1 in 2020"), nor a measure
  // or a stretch of time ("1 in 10 minutes", "1 in 5 km").
  if (den.plain && den.digits == 4 && den.value >= 1800 && den.value <= 2100) return false;
  return !in(den.end) || !(measures(den.end) || has(den.end, lx::flag::time_unit));
}

inline std::optional<Amount> Grammar::base_amount(uint32_t i, bool money) const {
  if (auto a = numeric(i, money)) {
    // Digits before a spelled scale: "322 hundred", "4 thousand 3 hundred and 21".
    const lx::NumberWord* next = is_digits(i) && ok(i + 1) ? number_word_at(i + 1) : nullptr;
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
    if (const lx::NumberWord* nw = number_word_at(a->end + 2); nw && nw->kind == lx::WordKind::scale) {
      a->value *= nw->value;
      a->end += 3;
      return a;
    }
  }
  // A scale after a spelled fraction: "half million", "three quarters billion".
  if (a->fraction && ok(a->end)) {
    if (const lx::Scale* s = lx::scale_word(entry(a->end)); s && lw(a->end).size() > 2) {
      a->value *= s->factor;
      a->end += 1;
    }
  }
  return a;
}

Grammar::Suffix Grammar::fraction_of_one(const Amount& a) const {
  const uint32_t k = a.end;
  const auto article = [&](uint32_t at) { return is(at, "a") || is(at, "an"); };
  const uint32_t p = is(k, "of") && article(k + 1) ? k + 2 : article(k) ? k + 1 : k;
  if (p == k) return {};
  const Suffix one = suffix(p, a);
  const bool of_a_unit = one.kind == Suffix::Kind::duration || one.kind == Suffix::Kind::unit ||
                         one.kind == Suffix::Kind::money || one.kind == Suffix::Kind::percent;
  return of_a_unit ? one : Suffix{};
}

uint32_t Grammar::bracketed_loss(uint32_t i, const lx::Currency& cur, uint32_t open, std::vector<Found>& out) const {
  const auto a = amount(open + 1, true);
  if (!a || !is(a->end, ")") || atoms_[open + 1].space_before) return 0;
  uint32_t end = a->end + 1;
  double value = -a->value;
  if (ok(end) && atoms_[end].kind == AtomKind::word) {
    if (const lx::Scale* s = lx::scale_word(entry(end))) {
      value *= s->factor;
      ++end;
    }
  }
  Found& f = out.emplace_back();
  f.amount = {atoms_[open + 1].start, atoms_[a->end - 1].end};
  f.amount_value = a->value;
  Number& n = f.number;
  n.kind = NumberKind::money;
  n.value = value * cur.factor;
  n.unit = cur.iso;
  n.span = {atoms_[i].start, atoms_[end - 1].end};
  return end;
}

bool Grammar::one_to_the_other(uint32_t k) const {
  // After "from one": a noun of a word or two, or none, then "to the other" or "to another".
  for (uint32_t to = k; to <= k + 2; ++to) {
    if (is(to, "to")) return is(to + 1, "another") || (is(to + 1, "the") && is(to + 2, "other"));
    if (!is_word(to)) return false;
  }
  return false;
}

bool Grammar::pronoun_one(uint32_t i, const Amount& a) const {
  if (a.end != i + 1 || lw(i) != "one") return false;
  static constexpr std::string_view kBefore[] = {"the", "this", "that", "which", "each", "every", "any", "no",
                                                 "some", "another", "someone", "anyone", "everyone", "no-one"};
  static constexpr std::string_view kAfter[] = {"of", "another", "'s", "’s", "who", "which", "that", "you",
                                                "is", "was", "can", "could", "would", "should", "must", "may",
                                                "might", "will", "does", "did", "has", "had", "knows",
                                                "way"};  // "£39 one way", "one way or another"
  if (i > 0) {
    for (std::string_view w : kBefore) {
      if (lw(i - 1) == w) return true;
    }
    // "moving money from one bank to the other": one of two, no count.
    if (lw(i - 1) == "from" && one_to_the_other(i + 1)) return true;
    // "perfection on day one,", "from day one of the trial": the first day, no count.
    if (lw(i - 1) == "day" && (!ok(i + 1) || atoms_[i + 1].kind == AtomKind::punct || is(i + 1, "of"))) return true;
  }
  // "a bigger one now", "a spontaneous one,": a determiner and a word that
  // describes, and no noun after ("the final one lap sprint", "the first one
  // or two matches" count).
  if (i > 1 && atoms_[i - 1].kind == AtomKind::word && !capitalized(i - 1) && !number_word_at(i - 1)) {
    const std::string_view det = lw(i - 2);
    const bool determined = det == "a" || det == "an" || det == "the" || det == "this";
    const bool ends_phrase = !ok(i + 1) || (atoms_[i + 1].kind == AtomKind::punct && !hyphen(i + 1)) ||
                             lw(i + 1) == "now" || lw(i + 1) == "if" || lw(i + 1) == "too";
    if (determined && ends_phrase) return true;
  }
  if (ok(i + 1)) {
    for (std::string_view w : kAfter) {
      if (lw(i + 1) == w) return true;
    }
  } else {
    return i > 0 && atoms_[i - 1].kind == AtomKind::word && !number_word_at(i - 1);
  }
  return false;
}

bool Grammar::net_zero(uint32_t i, const Amount& a) const {
  // "committed to net zero by 2050", "net-zero emissions": a policy's
  // name, no count of anything.
  if (a.end != i + 1 || lw(i) != "zero" || i == 0) return false;
  const uint32_t before = is_hyphen_atom(i - 1) && atoms_[i].joined && i > 1 ? i - 2 : i - 1;
  return is(before, "net");
}

uint32_t Grammar::tens_of_scale(uint32_t i, std::vector<Found>& out) const {
  // "Tens of thousands of people", "hundreds of millions": thousands or
  // millions, how many of them vague, as "several hundred" is (approx).
  // "Dozens of protesters": dozens, as "a few dozen" is. Of money or a unit,
  // the sum or the quantity: "tens of millions of dollars", "hundreds of
  // thousands of tonnes"; not of a time ("tens of thousands of years").
  if (is(i, "dozens") && is(i + 1, "of") && is_word(i + 2) && !has(i + 2, lx::flag::number)) {
    Found& f = out.emplace_back();
    f.number.kind = NumberKind::cardinal;
    f.number.value = 12;
    f.number.approx = "dozens of";
    f.number.span = {atoms_[i].start, atoms_[i].end};
    return i + 1;
  }
  const bool tens = is(i, "tens");
  if (!(tens || is(i, "hundreds")) || !is(i + 1, "of") || !is_word(i + 2)) return 0;
  const std::string_view scale = lw(i + 2);
  const double value = scale == "thousands" ? 1e3 : scale == "millions" ? 1e6 : scale == "billions" ? 1e9 : 0;
  if (value == 0) return 0;
  Amount scaled;
  scaled.value = value;
  scaled.words = true;
  scaled.end = i + 3;
  Suffix s = is(i + 3, "of") ? suffix(i + 4, scaled) : Suffix{};
  if (s.kind != Suffix::Kind::none && s.kind != Suffix::Kind::money && s.kind != Suffix::Kind::unit) return 0;
  // "Hundreds of thousands of pounds": money or a weight, which only a price's words tell.
  if (s.kind == Suffix::Kind::unit && lw(s.end - 1).substr(0, 5) == "pound" && !pounds_as_sterling(i, s)) return 0;
  Found& f = out.emplace_back();
  Number& n = f.number;
  n.kind = NumberKind::cardinal;
  n.value = value;
  n.approx = tens ? "tens of" : "hundreds of";
  uint32_t end = i + 3;
  if (s.kind == Suffix::Kind::money) {
    n.kind = NumberKind::money;
    n.value = value * s.currency->factor;
    n.unit = s.currency->iso;
    end = s.end;
  } else if (s.kind == Suffix::Kind::unit) {
    n.kind = NumberKind::quantity;
    n.unit = s.unit->symbol;
    end = s.end;
  }
  n.span = {atoms_[i].start, atoms_[end - 1].end};
  return end;
}

inline const lx::Currency* Grammar::currency_prefix(uint32_t i, uint32_t* end) const {
  int words = 0;
  if (!has(i, lx::flag::currency)) return nullptr;
  const lx::Currency* c = longest(i, 2, lx::currency, &words);
  if (!c || !c->prefix) return nullptr;
  // Codes and names must be written as such: "USD 5", not "usd 5" prose.
  if (atoms_[i].kind == AtomKind::word && words == 1 && lw(i).size() >= 3 && !is_upper(i) && lw(i) != "usd$" &&
      lw(i) != "ksh") {  // "KSh 62.9 billion", as Kenya's papers write it
    if (!(lw(i).size() == 4 && lw(i).back() == '$')) return nullptr;
  }
  // "a $5 bill": one-letter prefixes must touch the $. The rand's and the
  // naira's letter alone must touch an amount with its scale or its
  // thousands: "R5.2 billion", "R500m", "N30,000"; not "the R2 road", "N95
  // masks".
  if (words == 2 && atoms_[i + 1].space_before && (lw(i) == "a" || lw(i) == "r" || lw(i) == "s")) {
    return nullptr;  // "a $5 bill", "music's $500 million man", "u.s $ 100": the Singapore dollar's "S$" is glued
  }
  if (words == 1 && (lw(i) == "r" || lw(i) == "n") && !letter_touches_sum(i)) return nullptr;
  if (words == 1 && lw(i) == "sh" && !(in(i + 1) && atoms_[i + 1].kind == AtomKind::digits && atoms_[i + 1].joined)) {
    return nullptr;  // "Sh500", not "Sh 500" nor a word
  }
  // "RM12.3 billion", "Rp 309 trillion", "Tk 22,500": a capital first, not "rm -rf".
  if (words == 1 && (lw(i) == "rm" || lw(i) == "rp" || lw(i) == "tk") && !capitalized(i)) return nullptr;
  if (words == 2 && atoms_[i].kind == AtomKind::word && !(atoms_[i + 1].kind == AtomKind::symbol)) return nullptr;
  *end = i + words;
  return c;
}

bool Grammar::letter_touches_sum(uint32_t i, bool settling) const {
  // Settling, the passes that block codes and names read atoms cut but not final.
  const auto there = [&](uint32_t k) { return settling ? k < atoms_.size() : in(k); };
  const uint32_t d = i + 1;
  if (!there(d) || atoms_[d].kind != AtomKind::digits || atoms_[d].space_before) return false;
  if (there(d + 1) && lx::scale_word(entry(d + 1))) return true;
  const std::string_view t = tx(d);
  const size_t comma = t.find(',');
  return comma != t.npos && comma <= 3 && t.size() >= comma + 4;
}

uint32_t Grammar::joined_hyphen_word(uint32_t k) const {
  return is_hyphen_atom(k) && atoms_[k].joined && is_word(k + 1) ? k + 1 : k;
}

bool Grammar::pounds_as_sterling(uint32_t i, Suffix& s) const {
  if (!pounds_are_money(i, s)) return false;
  static const lx::Currency* const sterling = lx::currency(lx::entry("sterling"));
  s.kind = Suffix::Kind::money;
  s.currency = sterling;
  return true;
}

bool Grammar::pounds_are_money(uint32_t i, const Suffix& s) const {
  if (s.kind != Suffix::Kind::unit || s.unit->symbol != "lb" || lw(s.end - 1).substr(0, 5) != "pound") return false;
  // A conversion after them: ", or about $1.2 million", "($1.2m)".
  uint32_t k = s.end;
  if (is(k, ",") && is(k + 1, "or")) k += 2;
  else if (is(k, "(")) k += 1;
  if (k > s.end) {
    if (is(k, "about") || is(k, "around") || is(k, "roughly") || is(k, "nearly") || is(k, "some")) ++k;
    uint32_t after = k;
    if (currency_prefix(k, &after)) return true;
  }
  // A price's verb before them, at most two words back: "sold at auction for",
  // "was fined", "paid some".
  static constexpr std::string_view kPriceWords[] = {
      "sold", "sells", "sell", "bought", "buy", "paid", "pay", "pays", "cost", "costs", "costing", "priced",
      "worth", "fined", "fine", "valued", "raised", "spent", "spend", "earned", "earns", "awarded", "bid",
      "offered", "fetched", "fetch"};
  for (uint32_t b = i; b > 0 && i - b < 3; --b) {
    if (!is_word(b - 1)) break;
    const std::string_view w = lw(b - 1);
    if (std::find(std::begin(kPriceWords), std::end(kPriceWords), w) != std::end(kPriceWords)) return true;
  }
  // "a price cap of 1,755 pounds a year" beside "£26 billion": a text that
  // writes sterling's sign means it by the word, unless it weighs something:
  // "5 pounds of beef", "27 pounds (12.2 kg)", a body's "lost 30 pounds".
  if (is(s.end, "of") || is(s.end, "(")) return false;
  static constexpr std::string_view kWeighing[] = {"weighed", "weighs", "weighing", "weigh", "lost",
                                                   "lose",    "losing", "shed",     "gained", "gain"};
  const bool one_atom = s.end == i + 2;  // "30 pounds", no scale: "lost 20 million pounds" is money
  if (one_atom && i > 0 && is_word(i - 1) &&
      std::find(std::begin(kWeighing), std::end(kWeighing), lw(i - 1)) != std::end(kWeighing)) {
    return false;
  }
  if (pound_sign_ == PoundSign::unknown) {
    pound_sign_ = text_.find("\xC2\xA3") == std::string_view::npos ? PoundSign::unwritten : PoundSign::written;
  }
  return pound_sign_ == PoundSign::written;
}

Grammar::Suffix Grammar::suffix(uint32_t j, const Amount& a) const {
  Suffix s;
  uint32_t k = j;
  if (is_hyphen_atom(k) && atoms_[k].joined && is_word(k + 1)) ++k;  // 30-year, 3-inch, one-yen
  if (!ok(k)) return s;
  // A fraction of a point, as rates move: "a quarter of a percentage point",
  // "half a percentage point", "a quarter-point cut", "cuts rates by a quarter point".
  if (a.words && a.value < 1) {
    const uint32_t p = is(k, "of") && is(k + 1, "a") ? k + 2 : is(k, "a") ? k + 1 : k;
    const bool point = is(k, "point");
    if ((is(p, "percentage") && is(p + 1, "point")) || point) {
      s.kind = Suffix::Kind::percent;
      s.points = true;
      s.end = point ? k + 1 : p + 2;
      return s;
    }
  }
  const bool glued = atoms_[k].joined || !atoms_[k].space_before;
  int words = 0;
  const std::string_view w = lw(k);
  // "rose 8.6pc": percent as British and South Asian papers write it, glued
  // (a spaced "5 pc" may be pieces or computers).
  if (w == "%" || w == "percent" || w == "pct" || w == "percents" || w == "percentage" || w == "pct." ||
      w == "\xE2\x80\xB0" || (w == "pc" && atoms_[k].joined)) {
    s.kind = Suffix::Kind::percent;
    s.end = k + 1;
    const uint32_t point = joined_hyphen_word(k + 1);  // "3-percentage-point lead"
    if (w == "percentage" && (is(point, "points") || is(point, "point"))) {
      s.points = true;
      s.end = point + 1;
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
  if (w == "per" && is_hyphen_atom(k + 1) && atoms_[k + 1].joined && is(k + 2, "cent")) {
    s.kind = Suffix::Kind::percent;  // "NATO's 2-per-cent target"
    s.end = k + 3;
    return s;
  }
  const lx::Currency* c = has(k, lx::flag::currency) ? longest(k, 3, lx::currency, &words) : nullptr;
  // A sign spaced after a count and glued to the digits after it is theirs:
  // "two €125 energy credits".
  const bool prefixes_next = c && c->prefix && !glued && is_digits(k + words) && adjacent(k + words);
  if (c && c->suffix && !prefixes_next) {
    const std::string_view cw = lw(k);
    // "won" and "p" are words too: only right after digits, or spaced after
    // a sum no team wins and no year ("74,700 won", "2.8 trillion won"; not
    // "5 won, 2 lost", "in 1996 won").
    const bool year_like = a.plain && a.digits == 4;
    const bool small_coin = cw == "won" || cw == "dong" ? a.value < 1000 || year_like : cw == "p" || cw == "rand";
    if (!(small_coin && (a.words || !glued)) &&
        !(cw == "p" && words == 1 && !atoms_[k].joined)) {
      s.kind = Suffix::Kind::money;
      s.currency = c;
      s.end = k + words;
      return s;
    }
  }
  // "the 10 previous weeks", "the 5 upcoming years": a count of periods
  // with their direction between; "frozen for three more years", "two
  // further weeks": with more of them told between.
  if (has(k + 1, lx::flag::time_unit)) {
    const bool direction = has(k, lx::flag::calendar) && (w == "previous" || w == "past" || w == "last" ||
                                                           w == "next" || w == "coming" || w == "upcoming" ||
                                                           w == "following");
    const bool more = w == "more" || w == "further" || w == "additional" || w == "extra";
    const lx::Duration* d = direction || more ? lx::duration(entry(k + 1)) : nullptr;
    if (d && !d->abbreviation && lw(k + 1).back() == 's') {
      s.kind = Suffix::Kind::duration;
      s.duration = d;
      s.end = k + 2;
      return s;
    }
  }
  if (const lx::Duration* d = has(k, lx::flag::time_unit) ? longest(k, 2, lx::duration, &words) : nullptr) {
    // One-letter abbreviations (3h, 2w, 3y) only glued to the digits. "Three
    // quarter-point cuts", "the quarter-finals": a quarter that names
    // something else, no three months.
    const bool quarter_of_something = lw(k) == "quarter" && is_hyphen_atom(k + 1) && atoms_[k + 1].joined;
    // "charges at 37W", "a 65W charger": watts, a capital glued to the
    // digits; "the cold lasted 2W" weeks (Recognizers-Text's reading).
    const bool watts = tx(k) == "W" && !(j >= 2 && lasts(j - 2));
    if ((!d->abbreviation || glued || (lw(k).size() > 1 && !a.words)) && !quarter_of_something && !watts) {
      s.kind = Suffix::Kind::duration;
      s.duration = d;
      s.end = k + words;
      // Ages: "30-year-old", "16-year-olds", "ten years old", "3 years of age", "aged".
      if (is_hyphen_atom(s.end) && (is(s.end + 1, "old") || is(s.end + 1, "olds"))) {
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
  // "40C", "(82 F)": a scale's letter, told from most suffixes by its size and its letter.
  if (w.size() == 1 && (w[0] == 'c' || w[0] == 'f') &&
      (atoms_[k].joined ? glued_temperature(k) : bracketed_temperature(k))) {
    static const lx::Unit* const celsius = lx::unit(lx::entry("\xC2\xB0" "c"));
    static const lx::Unit* const fahrenheit = lx::unit(lx::entry("\xC2\xB0" "f"));
    s.kind = Suffix::Kind::unit;
    s.unit = tx(k) == "C" ? celsius : fahrenheit;
    s.end = k + 1;
    return s;
  }
  // "a 25-basis-point cut", "a 25 basis-point cut": the unit's words hyphened as a modifier.
  if (const uint32_t point = joined_hyphen_word(k + 1); w == "basis" && point > k + 1 && is(point, "point")) {
    static const lx::Unit* const basis_point = lx::unit(lx::entry("basis point"));
    s.kind = Suffix::Kind::unit;
    s.unit = basis_point;
    s.end = point + 1;
    return s;
  }
  if (a.value == 1 && w.size() == 5 && w == "point" && one_point_in_standings(j, k)) {
    static const lx::Unit* const points = lx::unit(lx::entry("points"));
    s.kind = Suffix::Kind::unit;
    s.unit = points;
    s.end = k + 1;
    return s;
  }
  if (const lx::Unit* u = has(k, lx::flag::unit) ? longest(k, 3, lx::unit, &words) : nullptr) {
    if (!u->glued_only || glued || a.words == false) {
      if (u->glued_only && !glued && (lw(k) == "in" || lw(k) == "t" || lw(k) == "g")) return s;
      if (lw(k) == "pm" && !glued) return s;  // "2 pm" is a time; picometres are spelled out
      if (w.size() == 1 && w[0] == 'm' && glued && is(k + 1, "ago")) {
        // "8m ago 14.05 GMT": a live blog's entry, stamped minutes ago, no metres.
        static const lx::Duration* const minutes = lx::duration(lx::entry("min"));
        s.kind = Suffix::Kind::duration;
        s.duration = minutes;
        s.end = k + 1;
        return s;
      }
      s.kind = Suffix::Kind::unit;
      s.unit = u;
      s.end = k + words;
      // (kg), {kg}: a unit in brackets right after the number.
      return s;
    }
  }
  if ((w == "(" || w == "{") && ok(k + 1) && ok(k + 2) && (tx(k + 2) == ")" || tx(k + 2) == "}")) {
    if (const lx::Unit* u = lx::unit(entry(k + 1))) {
      s.kind = Suffix::Kind::unit;
      s.unit = u;
      s.end = k + 3;
    }
  }
  return s;
}

bool Grammar::lasts(uint32_t k) const {
  return is(k, "lasted") || is(k, "lasts") || is(k, "last") || is(k, "for") || is(k, "took") || is(k, "takes") ||
         is(k, "within") || is(k, "after") || is(k, "in") || is(k, "over");
}

bool Grammar::changed_to_level(uint32_t i, const Amount& change, const Amount& level) const {
  return change_and_level(i, change, level) && suffix(level.end, level).kind != Suffix::Kind::percent;
}

bool Grammar::names_change(uint32_t i) const {
  // Verbs of change and the adverbs that make one ("go up", "was down").
  static constexpr std::string_view kChanges[] = {
      "up",       "down",      "rose",       "fell",     "gained",  "lost",     "added",    "shed",     "eased",
      "jumped",   "dropped",   "climbed",    "slipped",  "edged",   "firmed",   "raise",    "raised",   "raising",
      "rise",     "rises",     "risen",      "rising",   "increase", "increased", "increasing", "cut",  "cuts",
      "cutting",  "reduce",    "reduced",    "reducing", "lower",   "lowered",  "lowering", "fall",     "falls",
      "fallen",   "falling",   "grew",       "grow",     "grown",   "growing",  "declined", "slashed",  "boosted",
      "lifted",   "doubled",   "halved",     "changed",  "moved",   "hiked",    "trimmed",  "expanded"};
  return is_word(i) && std::find(std::begin(kChanges), std::end(kChanges), lw(i)) != std::end(kChanges);
}

bool Grammar::change_and_level(uint32_t i, const Amount& change, const Amount& level) const {
  // "The Dow was up eight to 5,731", "Kinross gained C$0.25 to C$11": after a
  // verb of change, an amount and one far above it are the change and the
  // level it led to. "Prices rose 5 to 10 percent" is a range of changes.
  // "by" names a change whatever verb it follows ("will go up by £246 to
  // £5,596", "was cut by 5p to 52.95p").
  if (i == 0 || level.value <= 5 * change.value) return false;
  return names_change(i - 1) || is(i - 1, "by");
}

bool Grammar::changed_from(uint32_t from, int clauses_back) const {
  // "raising the threshold from £26,200 to £38,700", "cut rates from 5% to
  // 4.5%": what a change started from and ended at, not a range (as "prices
  // ranged from $5 to $10" is). A clause joined by ", and" to a clause of
  // such a change is one too: "tax will rise: the lower rate from 10% to
  // 18%, and the higher rate from 20% to 24%" (two clauses back at most, so
  // that a sentence of a thousand such clauses is read in linear time).
  constexpr uint32_t kWordsBack = 10;  // "raising the salary threshold for skilled worker visas from"
  for (uint32_t k = from; k > 0 && from - k < kWordsBack && !sentence_start(k); --k) {
    if (atoms_[k - 1].kind == AtomKind::punct && is(k - 1, ",")) {
      if (clauses_back == 0 || !is(k, "and")) return false;
      const uint32_t comma = k - 1;
      for (uint32_t j = comma; j > 0 && comma - j < kWordsBack && !sentence_start(j); --j) {
        if (is(j - 1, "from")) return changed_from(j - 1, clauses_back - 1);
      }
      return false;
    }
    if (is(k - 1, "ranging") || is(k - 1, "ranged")) return false;
    if (names_change(k - 1)) return true;
  }
  return false;
}

std::optional<Amount> Grammar::suffixed_high_end(uint32_t i, const Amount& low, const Suffix& first, bool between,
                                                 bool from) const {
  // "between 45% and 46%", "2% to 3%", "5 km to 10 km": both ends of a range
  // with the same percent sign or unit. "Unemployment rose 0.3% to 4.1%" and
  // "raised by 0.25 percentage points to 4.5%" are a change and the level it
  // led to.
  if (first.kind != Suffix::Kind::percent && first.kind != Suffix::Kind::unit) return std::nullopt;
  const uint32_t k = first.end;
  const bool to = is(k, "to");
  if (!ok(k + 1) || !(is_dash(k) || to || (between && is(k, "and")))) return std::nullopt;
  if (i > 0 && is(i - 1, "by")) return std::nullopt;
  auto high = amount(k + 1, false);
  if (!high || high->value <= low.value || high->words != low.words) return std::nullopt;
  const Suffix second = suffix(high->end, *high);
  if (second.kind != first.kind || second.points != first.points ||
      (first.kind == Suffix::Kind::unit && second.unit != first.unit)) {
    return std::nullopt;
  }
  if (to && !between && (from ? changed_from(i) : change_and_level(i, low, *high))) return std::nullopt;
  return high;
}

uint32_t Grammar::match_expression(uint32_t i, std::vector<Found>& out) const {
  if (is(i, "aged")) return aged(i, out);
  if (atoms_[i].kind == AtomKind::word) {
    if (const uint32_t e = tens_of_scale(i, out)) return e;
    if (is(i, "quarter")) {
      if (const uint32_t e = months_to_date(i, 3, i + 1, out)) return e;
    }
  }
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
  if (!a && cur && j == i && is(after_prefix, "(")) return bracketed_loss(i, *cur, after_prefix, out);
  if (!a) return percent_of(i, out);
  // from 28 February (to 3 March), from 28 to 30 June, between 3 and 5 March:
  // days of a month, which the date rules read from the digits on.
  if ((from || between) && !cur && starts_day_of_month(amount_start, *a)) return 0;
  // "21st", "twenty-first", "two hundredth" are ordinals.
  if (ok(a->end) && (atoms_[a->end].joined || a->words) && is_ordinal_suffix(a->end)) return 0;
  // A ranking's "No", "No." or "number" before: told by a byte, as every expression asks.
  if (!cur && amount_start == i && i >= 2 &&
      (text_[atoms_[i - 1].start] == 'N' || text_[atoms_[i - 1].start] == '.' ||
       (text_[atoms_[i - 1].start] == 'n' && atoms_[i - 1].end - atoms_[i - 1].start == 6))) {
    if (const uint32_t e = ranking(i, *a, out)) return e;
  }
  if (!cur && !a->words && amount_start > 0 && is_name_number(amount_start, *a)) return 0;
  if (!cur && a->words && pronoun_one(amount_start, *a) && suffix(a->end, *a).kind == Suffix::Kind::none) return 0;
  if (!cur && a->words && net_zero(amount_start, *a)) return 0;
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
    if (h && is(k, "to") && (from ? changed_from(i) : changed_to_level(i, low, *h))) h.reset();
    if (h && h->value > low.value && (dash || word_link) && (low.words == h->words || !dash)) {
      // "5-10 million", "$0.9-2.1 trillion": the scale of the high end
      // applies to the low one, written in digits alone or with a decimal.
      if (h->value >= 1000 && low.value < 1000 && std::fmod(h->value, 1000) == 0 && !low.glued_scale &&
          (low.plain || (!low.integer && !low.fraction))) {
        double factor = 1;
        for (double f = 1e3; f <= 1e12; f *= 1e3) {
          if (h->value >= f * 1 && h->value / f < 1000) factor = f;
        }
        if (factor > 1 && tx(h->end - 1) != tx(m)) low.value *= factor;
      }
      high = h;
      k = h->end;
    } else if (h && between && !cur && h->value < low.value && counts_back_from_now(*h)) {
      // "between 8,000 and 4,000 years ago": a range counted back, the farther first.
      high = h;
      k = h->end;
    }
  }
  // The low end's suffix, read once: the whole amount's unless a range follows it.
  std::optional<Suffix> low_suffix;
  if (!high) {
    low_suffix = suffix(low.end, low);
    if (low_suffix->kind == Suffix::Kind::none && low.words && low.value < 1) low_suffix = fraction_of_one(low);
    if (auto h = suffixed_high_end(i, low, *low_suffix, between, from)) {
      high = h;
      k = h->end;
    }
  }
  if (between && !high) return 0;
  const Amount& last = high ? *high : low;
  Suffix s = high ? suffix(k, last) : *low_suffix;
  if (s.kind == Suffix::Kind::unit) pounds_as_sterling(i, s);
  // "from 9am to 5pm", "between 1 and 3 p.m.", "from 10pm", "from 07.00
  // GMT": hours, which match_time reads from the first; a glued "pm" is no
  // picometre there.
  const bool hours = s.kind == Suffix::Kind::none || (s.kind == Suffix::Kind::unit && s.unit->symbol == "pm");
  if (hours && !cur && amount_start > i && (meridiem_end(low.end) || meridiem_end(k) || zone_at(low.end))) return 0;
  // "convert - 20 degrees fahrenheit": a spaced minus before a temperature.
  if (s.kind == Suffix::Kind::unit && s.unit->kind == lx::UnitKind::temperature && low.value > 0 && !high &&
      amount_start == i && i > 1 && tx(i - 1) == "-" && atoms_[i - 1].space_before && atoms_[i].space_before &&
      atoms_[i - 2].kind == AtomKind::word) {
    low.value = -low.value;
    --i;
  }

  // "the 1990s", "1990 s": a decade; years need a calendar reading.
  // Built in place (a Found moved costs more than its fields), and taken
  // back where the expression turns out to be a duration or a date.
  Found& f = out.emplace_back();
  f.amount = {atoms_[amount_start].start, atoms_[low.end - 1].end};
  f.amount_value = low.value;
  f.amount_glued = in(low.end) && atoms_[low.end].joined && atoms_[low.end].kind == AtomKind::word;
  Number& n = f.number;
  n.value = low.value;
  if (high) n.high = high->value;
  uint32_t end = k;
  if (cur) {
    n.kind = NumberKind::money;
    n.value = low.value * cur->factor;
    if (high) n.high = high->value * cur->factor;
    n.unit = cur->iso;
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
        n.unit = s.currency->iso;
        end = s.end;
        end = money_cents(end, n);
        break;
      case Suffix::Kind::unit:
        n.kind = NumberKind::quantity;
        n.unit = s.unit->symbol;
        end = feet_and_inches(s.end, n);
        break;
      case Suffix::Kind::age:
        n.kind = NumberKind::quantity;
        n.value = low.value * s.duration->factor;
        n.unit = lx::to_string(s.duration->unit);
        end = s.end;
        break;
      case Suffix::Kind::duration:
        // "The mean age was 45.2 years": an age, no span of time.
        if (!high && s.duration->unit == lx::TimeUnit::year && s.duration->factor == 1 &&
            age_told_before(amount_start)) {
          n.kind = NumberKind::quantity;
          n.unit = lx::to_string(s.duration->unit);
          end = s.end;
          break;
        }
        out.pop_back();
        return duration_or_date(i, amount_start, low, high, s, out);
      case Suffix::Kind::none:
        if (!high && !low.words && low.integer && !low.fraction) {
          if (const uint32_t e = era_year(amount_start, low, out)) return e;
        }
        if (low.fraction == false && !low.words && low.plain && low.integer && !high) {
          if (uint32_t e = decade(amount_start, low)) {
            out.pop_back();
            return emit_date(amount_start, e, decade_iso(low), out);
          }
          if (const TensRange tens = tens_range(amount_start, low); tens.end) {
            n.kind = tens.age ? NumberKind::quantity : NumberKind::cardinal;
            if (tens.age) n.unit = lx::to_string(lx::TimeUnit::year);
            n.value = tens.low;
            n.high = tens.high;
            n.span = {atoms_[tens.first].start, atoms_[tens.end - 1].end};
            trailing_bound(tens.end, n);
            return tens.end;
          }
        }
        n.kind = NumberKind::cardinal;
        end = high ? high->end : low.end;
        // A year range "2014-2018" or a lone year is a date; so is one of
        // older years before a punctuation mark ("between 1787 and 1793,",
        // "(1775-1817)"), as counts are seldom written without what they count.
        const bool years_apart = high && low.plain && low.digits == 4 && high->plain && high->digits == 4 &&
                                 high->value <= 2100 && high->value > low.value;
        const bool year_range =
            years_apart && (low.value >= 1800 || (low.value >= 1000 && high->value - low.value <= 100 &&
                                                  (!ok(high->end) || atoms_[high->end].kind == AtomKind::punct)));
        if (year_range || (!high && is_year(amount_start, low))) {
          const int y = static_cast<int>(low.value);
          std::string iso = dates::iso_year(y);
          if (high) iso += "/" + dates::iso_year(static_cast<int>(high->value));
          out.pop_back();
          return emit_date(amount_start, end, iso, out);
        }
        if (!high && (apposed_age(amount_start, low) || stated_age(amount_start, low))) {
          n.kind = NumberKind::quantity;
          n.unit = lx::to_string(lx::TimeUnit::year);
        } else if (!high && !low.integer && !low.words && low.value < 10 && amount_start > 0) {
          i = read_magnitude(amount_start, i, end, n);
        }
        break;
    }
  }
  if (n.kind == NumberKind::money) end = per_unit_end(end);
  n.span = {atoms_[between || from ? amount_start : i].start, atoms_[end - 1].end};
  if (cur) n.span.start = atoms_[between || from ? j : i].start;
  trailing_bound(end, n);
  return end;
}

bool Grammar::is_magnitude(uint32_t k) const {
  return atoms_[k].kind == AtomKind::word && atoms_[k].end - atoms_[k].start == 9 && is(k, "magnitude");
}

uint32_t Grammar::read_magnitude(uint32_t k, uint32_t i, uint32_t& end, Number& n) const {
  // "a magnitude 6.4 earthquake", "a 7.3 magnitude quake", "a
  // 5.1-magnitude aftershock": the size of a quake, its scale's name in the
  // span; "a magnitude of 6.4", the number alone. The caller has seen a
  // number with decimals, as magnitudes are written, below 10, past which
  // no such scale goes: most small counts ask nothing.
  uint32_t from = k;
  if (is_magnitude(k - 1)) {
    from = k - 1;
  } else if (k > 1 && is(k - 1, "of") && is_magnitude(k - 2)) {
    from = k;
  } else if (is_magnitude(end)) {
    ++end;
  } else if (is_hyphen_atom(end) && atoms_[end].joined && is_magnitude(end + 1)) {
    end += 2;
  } else {
    return i;
  }
  n.kind = NumberKind::quantity;
  n.unit = "magnitude";
  return std::min(i, from);
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

bool Grammar::is_year(uint32_t i, const Amount& a) const {
  if (!a.plain || a.digits != 4 || a.value < 1000 || a.value > 2199) return false;
  if (after_code_in_date_context(i)) return a.value >= 1900 && a.value <= 2100;
  if (i > 0 && ok(i - 1)) {
    static constexpr std::string_view kBefore[] = {
        "in", "since", "by", "until", "till", "of", "from", "to", "between", "before", "after", "during",
        "year", "early", "mid", "late", "summer", "winter", "spring", "autumn", "fall", "circa", "and",
        "through", "the", "for", "since", "fy", "end", "start", "beginning", "(", ",", "-", "–", "on", "year's",
        "copyright", "\xC2\xA9"};
    const std::string_view p = lw(i - 1);
    for (std::string_view w : kBefore) {
      if (p == w && p != "the") return !(p == "," && a.value < 1900);
    }
    if (lx::month(entry(i - 1))) return true;
    // "Budget 2026", "Euro 2028", "Expo 2030": an event or a plan named with its year.
    static constexpr std::string_view kNamedWithYear[] = {"budget", "euro", "expo", "vision", "agenda", "census",
                                                          "election", "elections", "olympics", "games", "cup"};
    const bool named = std::find(std::begin(kNamedWithYear), std::end(kNamedWithYear), p) != std::end(kNamedWithYear);
    if (capitalized(i - 1) && (named || names_event(p)) && a.value >= 1900 && a.value <= 2100) return true;
    if (counts_nothing_before(p, a)) return true;
  }
  if (!ok(a.end)) return a.value >= 1900 && a.value <= 2100;
  const std::string_view next = lw(a.end);
  // "the 2022 World Cup", "its 2024 budget", "forecast 2024 revenue": a year
  // naming an event or period, or a company's figures for it.
  if (atoms_[a.end].kind == AtomKind::word && capitalized(a.end) && a.value >= 1900 && a.value <= 2100) return true;
  // "Martinez, who finished 1995 ranked second": the year a player ended.
  if (i > 0 && ended_or_began_year(i, a)) return true;
  // "compared with 2019 levels": no count of levels. "the 1993 champion
  // Billy Mayfair", "host 1995 champions Blackburn": the title of a year.
  // "reported 1996 first-half net profit": the year of a company's period.
  if ((next == "budget" || next == "election" || next == "elections" || next == "season" || next == "census" ||
       next == "levels" || next == "champion" || next == "champions" || next == "winner" || next == "finals" ||
       next == "playoffs" || next == "championships" ||
       half_results_word(next) || names_event(next) || period_of_results_at(a.end)) &&
      a.value >= 1900 && a.value <= 2100) {
    return true;
  }
  // "1969 - Scottish motor racing driver Jackie Stewart won ...": a year
  // opening a line of a chronology ("on this day"), a spaced dash after it.
  if (sentence_start(i) && a.value <= 2100 && atoms_[a.end].space_before && is_dash(a.end) && in(a.end + 1) &&
      atoms_[a.end + 1].space_before && atoms_[a.end + 1].kind == AtomKind::word && capitalized(a.end + 1)) {
    return true;
  }
  if (atoms_[a.end].kind == AtomKind::punct && next != "-" && next != "/") return a.value >= 1900 && a.value <= 2100;
  return (next == "and" || next == "to" || next == "'s" || next == "’s" || next == "s") && a.value >= 1800 &&
         a.value <= 2100;
}

bool Grammar::ended_or_began_year(uint32_t i, const Amount& a) const {
  // "finished 1995 ranked second", "began 1996 with a win": the year as a
  // whole, what a player or a firm did in it after. Not "ended 2000 points
  // lower", an index's level, which a unit follows.
  if (a.value < 1900 || a.value > 2100 || !is_word(i - 1) || !is_word(a.end)) return false;
  const std::string_view verb = lw(i - 1);
  if (verb != "finished" && verb != "ended" && verb != "began" && verb != "started") return false;
  const std::string_view next = lw(a.end);
  return next == "ranked" || next == "as" || next == "with" || next == "in" || next == "on" || next == "at";
}

bool Grammar::counts_nothing_before(std::string_view before, const Amount& a) const {
  // "a 2011 interview", "her 1968 paper", "the 2019 report": no count but
  // one follows "a", and a count above one stands before a plural ("the
  // 2000 runners", "their 2000 employees"); a year before a singular noun.
  if (a.value < 1900 || a.value > 2100 || !is_word(a.end) || capitalized(a.end)) return false;
  const std::string_view next = lw(a.end);
  if (next.size() < 2) return false;  // "a 1920 x 1080 screen"
  // "the 2000 level", "the 2000 point resistance": an index's value.
  if (next == "level" || next == "point" || next == "mark" || next == "barrier" || next == "threshold") return false;
  if (before == "a" || before == "an") return true;
  // "the government's 1997 inflation target": a possessive stands as "its"
  // does; its "s" is the atom before the year's, after an apostrophe.
  const uint32_t year = a.end - 1;
  const bool possessive = before == "s" && year >= 2 && adjacent(year - 1) && is_apostrophe(year - 2);
  const bool determiner = possessive || before == "the" || before == "her" || before == "his" || before == "its" ||
                          before == "their" || before == "our" || before == "my" || before == "your";
  const char before_s = next[next.size() - 2];  // "class", "census", "crisis" are singular
  const bool plural = next.back() == 's' && before_s != 's' && before_s != 'u' && before_s != 'i';
  return determiner && !plural;
}

bool Grammar::period_of_results_at(uint32_t k) const {
  // "full-year", "first-half", "second-quarter": a company's period, its hyphen joined.
  if (!(is(k, "full") || is(k, "first") || is(k, "second") || is(k, "third") || is(k, "fourth"))) return false;
  return is_hyphen_atom(k + 1) && atoms_[k + 1].joined &&
         (is(k + 2, "year") || is(k + 2, "half") || is(k + 2, "quarter"));
}

bool Grammar::names_event(std::string_view w) {
  // "over 2024 fire", "the 2008 crash": a count above one stands before a
  // plural, so a year before one of these singular nouns names the event.
  static constexpr std::string_view kEvents[] = {
      "fire",   "wildfire", "blaze",   "flood",    "earthquake", "quake",    "storm",   "hurricane", "drought",
      "attack", "bombing",  "shooting", "massacre", "war",       "invasion", "coup",    "uprising",  "crash",
      "crisis", "pandemic", "outbreak", "campaign", "race",      "vote",     "referendum", "primary", "summit",
      "deal",   "agreement", "ruling", "verdict",  "trial",      "lawsuit",  "tournament", "final",  "championship",
      "disaster", "collapse", "scandal", "ceasefire", "truce"};
  for (std::string_view e : kEvents) {
    if (w == e) return true;
  }
  return false;
}

Grammar::TensRange Grammar::tens_range(uint32_t i, const Amount& a) const {
  // "in his 40s", "her early 30s", "highs in the low 30s", "the mid-70s":
  // the numbers of a ten, as ages, temperatures and shares are told, a
  // word before narrowing it (low 0-3, mid 4-6, high 7-9). Without one
  // of those words "the 70s" may be the decade: left as it was.
  TensRange r;
  if (a.digits != 2 || std::fmod(a.value, 10) != 0 || !in(a.end) || lw(a.end) != "s" || !atoms_[a.end].joined) {
    return r;
  }
  uint32_t q = i;  // the first word of the range
  if (q > 1 && is_hyphen_atom(q - 1) && atoms_[q].joined) --q;  // "mid-70s"
  const std::string_view narrow = q > 0 && is_word(q - 1) ? lw(q - 1) : std::string_view{};
  const bool early = narrow == "early" || narrow == "low" || narrow == "lower";
  const bool middle = narrow == "mid" || narrow == "middle";
  const bool late = narrow == "late" || narrow == "high" || narrow == "upper";
  if (early || middle || late) --q;
  const std::string_view owner = q > 0 && is_word(q - 1) ? lw(q - 1) : std::string_view{};
  r.age = owner == "his" || owner == "her" || owner == "their";
  // "early" and "late" tell a decade's years too ("the late 70s"): only an age's.
  const bool narrowed = middle || narrow == "low" || narrow == "lower" || narrow == "high" || narrow == "upper";
  if (!r.age && !(narrowed && owner == "the")) return r;
  r.low = a.value + (middle ? 4 : late ? 7 : 0);
  r.high = early ? a.value + 3 : middle ? a.value + 6 : a.value + 9;
  r.first = early || middle || late ? q : i;
  r.end = a.end + 1;
  return r;
}

uint32_t Grammar::per_unit_end(uint32_t end) const {
  // The unit is part of what the price says, so the span keeps it; the
  // value stays the sum, with its currency's code for a unit.
  uint32_t k = end;
  const bool slash = is(k, "/") && adjacent(k) && adjacent(k + 1);
  if (!slash && !is(k, "per") && !is(k, "a") && !is(k, "an")) return end;
  ++k;
  // "$6.23 a dozen", "$40 per person": what a price is of, no unit. Not "a
  // share": Recognizers-Text leaves "$98 a share" at "$98", and so do we.
  if (is(k, "dozen") || is(k, "head") || is(k, "person") || is(k, "night") || is(k, "ticket")) {
    return k + 1;
  }
  int words = 0;
  const lx::Unit* u = has(k, lx::flag::unit) ? longest(k, 3, lx::unit, &words) : nullptr;
  // A letter alone ("/t", "/l") only after a slash: "a m" is no unit.
  if (!u || (u->glued_only && !slash)) return end;
  return k + words;
}

bool Grammar::is_ordinal_suffix(uint32_t k) const {
  if (is_hyphen_atom(k)) ++k;
  if (!ok(k)) return false;
  const std::string_view w = lw(k);
  if (w == "st" || w == "nd" || w == "rd" || w == "th") return atoms_[k].joined;
  const lx::Ordinal* o = lx::ordinal(entry(k));
  // "second" is a unit of time, except joined to tens: twenty-second. "six
  // first-team players" counts the players.
  return o && !o->plural && (w != "second" || (atoms_[k].joined && is_hyphen_atom(k - 1))) &&
         !adjectival_ordinal(k + 1);
}

uint32_t Grammar::dotted_groups(uint32_t i, std::vector<Found>& out) const {
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
    Found& f = out.emplace_back();
    f.number.kind = NumberKind::cardinal;
    f.number.value = to_int(text_.substr(start, end - start));
    f.number.span = {start, end};
    f.amount = f.number.span;
    f.amount_value = *f.number.value;
    start = end + 1;
  }
  return i + 1;
}

uint32_t Grammar::aged(uint32_t i, std::vector<Found>& out) const {
  // "aged 58", and a range of ages: "aged 18-24", "aged 18 to 24", "aged between 18 and 24".
  const bool between = is(i + 1, "between");
  const uint32_t at = between ? i + 2 : i + 1;
  auto age = [&](uint32_t k) -> std::optional<Amount> {
    auto a = amount(k);
    if (!a || !a->integer || a->value <= 0 || a->value >= 130) return std::nullopt;
    if (suffix(a->end, *a).kind != Suffix::Kind::none) return std::nullopt;  // "aged 18 months" is read as it stands
    return a;
  };
  const auto a = age(at);
  if (!a) return 0;
  uint32_t end = a->end;
  std::optional<double> high;
  if (between ? is(end, "and") : (is_dash(end) || is(end, "to"))) {
    if (const auto h = age(end + 1); h && h->value > a->value) {
      high = h->value;
      end = h->end;
    }
  }
  if (between && !high) return 0;
  // An age in years from atom `from` to `to`, its figure `years` at atom
  // `figure`, up to `oldest` for a range.
  const auto emit_age = [&](uint32_t from, uint32_t to, uint32_t figure, const Amount& years,
                            std::optional<double> oldest) {
    Found& f = out.emplace_back();
    f.number.kind = NumberKind::quantity;
    f.number.value = years.value;
    f.number.high = oldest;
    f.number.unit = "year";
    f.number.span = {atoms_[from].start, atoms_[to - 1].end};
    f.amount = {atoms_[figure].start, atoms_[years.end - 1].end};
    f.amount_value = years.value;
  };
  emit_age(i, end, at, *a, high);
  if (high || between) return end;
  // "three children aged four, seven and 11, escaped", "two boys aged 15
  // and 16 were arrested": the list's ages too, each ending a clause,
  // leading to the next or to the verb (not "aged 18, 7 people said").
  const auto list_goes_on = [&](uint32_t e) {
    return !in(e) || is(e, ",") || is(e, ".") || is(e, ";") || is(e, ")") || is(e, "and") || is(e, "were") ||
           is(e, "was") || is(e, "are") || is(e, "who") || is(e, "have") || is(e, "had");
  };
  for (;;) {
    const uint32_t next = is(end, ",") ? (is(end + 1, "and") ? end + 2 : end + 1) : is(end, "and") ? end + 1 : 0;
    const auto b = next ? age(next) : std::nullopt;
    if (!b || !list_goes_on(b->end)) break;
    emit_age(next, b->end, next, *b, std::nullopt);
    end = b->end;
  }
  return end;
}

uint32_t Grammar::money_cents(uint32_t end, Number& n) const {
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

uint32_t Grammar::feet_and_inches(uint32_t end, Number& n) const {
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

uint32_t Grammar::percent_of(uint32_t i, std::vector<Found>& out) const {
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
  Found& f = out.emplace_back();
  f.amount = {atoms_[k + 1].start, atoms_[a->end - 1].end};
  f.amount_value = a->value;
  f.number.kind = NumberKind::percent;
  f.number.value = a->value;
  f.number.unit = "%";
  f.number.span = {atoms_[i].start, atoms_[a->end - 1].end};
  return a->end;
}

namespace {

// Words before a number that labels a thing rather than counting one,
// lower case. Asked of the word before most numbers: by length, with
// compares that need no call.
bool is_label_word(std::string_view w) {
  switch (w.size()) {
    case 4: return text::is_one_of_its_length(w, {"rule", "gate", "room", "page", "tier"});
    case 5: return text::is_one_of_its_length(w, {"route", "phase", "stage", "grade"});
    case 6: return text::is_one_of_its_length(w, {"clause", "figure", "flight"});
    case 7: return text::is_one_of_its_length(w, {"article", "section", "chapter", "exhibit"});
    case 8: return text::is_one_of_its_length(w, {"platform", "terminal"});
    case 9: return w == "paragraph";
    default: return false;
  }
}

}  // namespace

inline bool Grammar::cites_code_title(uint32_t i) const {
  // "18 U.S.C. 2332", "under 18 US Code § 1992", "40 CFR 60": the title of a
  // code of laws that a citation opens, no count. Read from the bytes: the
  // tagger may have taken "U.S." for a place.
  static constexpr std::string_view kCodes[] = {"U.S.C.", "U.S. Code", "US Code", "C.F.R."};
  const size_t at = atoms_[i].end + 1;
  if (at >= text_.size() || text_[at - 1] != ' ' || (text_[at] != 'U' && text_[at] != 'C')) return false;
  const std::string_view after = text_.substr(at, 9);
  if (std::any_of(std::begin(kCodes), std::end(kCodes),
                  [after](std::string_view code) { return after.substr(0, code.size()) == code; })) {
    return true;
  }
  // Undotted letters only before the section: "18 USC 2332", not "18 USC players".
  const bool letters = after.substr(0, 4) == "USC " || after.substr(0, 4) == "CFR ";
  return letters && after.size() > 4 && (is_digit(after[4]) || after[4] == '\xC2');
}

inline bool Grammar::is_name_number(uint32_t i, const Amount& a) const {
  if (!a.plain || a.end != i + 1 || atoms_[i].joined) return false;
  // "News ID : 1203", "ID 55": identifiers.
  if (i > 0 && (lw(i - 1) == "id" || (i > 1 && tx(i - 1) == ":" && lw(i - 2) == "id"))) return true;
  if (i == 0) return false;
  if (!atoms_[i].space_before) return is_ticker(i);
  // "220 Central Park South", "10 Downing Street": an address's number; not
  // a golfer's total before his name ("220 Barry Lane 73 77 70").
  if (in(a.end) && atoms_[a.end].kind == AtomKind::word && capitalized(a.end) && names_street(a.end) &&
      !in_person(a.end)) {
    return true;
  }
  // "in the 6500 block of Bellaire Boulevard": a street's block, as US police write an address.
  if (a.digits >= 3 && in(a.end) && text_[atoms_[a.end].start] == 'b' && is(a.end, "block") && is(a.end + 1, "of") &&
      is(i - 1, "the")) {
    return true;
  }
  const uint32_t p = i - 1;
  // "a section 114 notice", "Article 5 of the treaty", "a phase 3 trial",
  // "Flight 1282": a part's, a stage's or a flight's number, in any case,
  // opening a sentence too.
  if (atoms_[p].kind == AtomKind::word && is_label_word(lw(p))) return suffix(a.end, a).kind == Suffix::Kind::none;
  // "18 US Code § 1992": a section's number, as "section 1992" is.
  if (tx(p) == "\xC2\xA7") return true;
  if (cites_code_title(i)) return true;
  // "grounds 737 MAX 9 jets": a plane's model, its maker left out.
  if (in(a.end) && atoms_[a.end].kind == AtomKind::word && (tx(a.end) == "MAX" || tx(a.end) == "Max")) return true;
  if (atoms_[p].kind != AtomKind::word || !capitalized(p) || sentence_start(p)) return false;
  if (tx(p) == "AD") return false;  // "AD 79": a year of the era (era_year)
  const std::string_view w = lw(p);
  const lx::EntryId e = entry(p);
  if (lx::month(e) || lx::weekday(e) || lx::currency(e) || lx::number_word(e) || lx::modifier(e)) return false;
  static constexpr std::string_view kCues[] = {"in", "since", "by", "of", "from", "to", "and", "on", "at",
                                               "until", "about", "around", "over", "some", "all", "the",
                                               "only", "just", "nearly", "almost", "after", "before"};
  static constexpr text::WordSet kCueSet(kCues);
  if (kCueSet.contains(w)) return false;
  // A following unit or scale makes it a quantity after all: "Iran 40%".
  const Suffix s = suffix(a.end, a);
  return s.kind == Suffix::Kind::none && !in_person(p) && !gapped_count(p, a.end);
}

bool Grammar::names_street(uint32_t k) const {
  // Capitalized words that end with a street's word: "Downing Street",
  // "Fifth Avenue", "Central Park South" (a side of a park or a street).
  static constexpr std::string_view kStreets[] = {"street",  "st",     "avenue", "ave",     "road",   "rd",
                                                  "boulevard", "blvd", "lane",   "drive",   "place",  "square",
                                                  "terrace", "crescent", "parkway", "court"};
  static constexpr std::string_view kSides[] = {"north", "south", "east", "west"};
  const auto one_of = [](std::string_view w, const auto& words) {
    return std::find(std::begin(words), std::end(words), w) != std::end(words);
  };
  constexpr uint32_t kMostWords = 4;
  uint32_t e = k;
  while (e - k < kMostWords && in(e) && atoms_[e].kind == AtomKind::word && capitalized(e) && atoms_[e].space_before) ++e;
  if (e - k < 2) return false;  // a street has its own name: not "4 Square"
  const std::string_view last = lw(e - 1);
  if (one_of(last, kStreets)) return true;
  return e - k >= 3 && one_of(last, kSides) && (one_of(lw(e - 2), kStreets) || lw(e - 2) == "park");
}

bool Grammar::gapped_count(uint32_t name_end, uint32_t end) const {
  // "Labour won 1,204 seats, the Conservatives 985 and the Liberal Democrats
  // 942.": a party's or a plural's name and its count, the verb and the noun left out,
  // ending its clause after a count earlier in the sentence.
  // A plural ("the Conservatives") or a party's letters ("the VVD").
  const std::string_view name = lw(name_end);
  const bool plural = name.size() >= 4 && name.back() == 's';
  if (!plural && !(name.size() >= 2 && name.size() <= 5 && is_upper(name_end))) return false;
  if (in(end) && !(is(end, ",") || is(end, ".") || is(end, ";") || is(end, "and") || is(end, "or"))) return false;
  uint32_t k = name_end;
  while (k > 0 && name_end - k < 3 && atoms_[k - 1].kind == AtomKind::word && capitalized(k - 1)) --k;
  if (k == 0 || !(lw(k - 1) == "the")) return false;
  // The count the sentence began with, and what it counts: "won 1,204 seats".
  for (uint32_t b = k - 1; b > 0 && k - b < kClauseLookBack && !sentence_start(b); --b) {
    if (atoms_[b - 1].kind == AtomKind::digits && is_word(b) && !capitalized(b) && lw(b).size() > 3 &&
        lw(b).back() == 's') {
      return true;
    }
  }
  return false;
}

bool Grammar::is_ticker(uint32_t i) const {
  // "Nissan Motor (7201.T)", "(0700.HK)": a share's code on its exchange, in
  // brackets (i > 0, glued to the atom before). The bytes around the digits first.
  const uint32_t end = atoms_[i].end;
  if (text_[atoms_[i].start - 1] != '(' || end >= text_.size() || text_[end] != '.') return false;
  if (!is(i + 1, ".") || !adjacent(i + 2) || !adjacent(i + 3) || tx(i + 3) != ")") {
    return false;
  }
  static constexpr std::string_view kExchanges[] = {"T",  "HK", "L",  "PA", "DE", "SS", "SZ",
                                                    "KS", "TO", "AX", "N",  "O",  "NS", "BO"};
  return std::find(std::begin(kExchanges), std::end(kExchanges), tx(i + 2)) != std::end(kExchanges);
}

bool Grammar::one_point_in_standings(uint32_t j, uint32_t k) const {
  // "to move one point clear of Piastri", "lead by 1 point": the one point
  // as "two points" are; not "at one point", "the one point of contention".
  if (j >= 2 && (is(j - 2, "at") || is(j - 2, "from") || is(j - 2, "the") || is(j - 2, "one"))) return false;
  return !(is(k + 1, "of") || is(k + 1, "to") || is(k + 1, "in") || is(k + 1, "on") || is(k + 1, "where"));
}

bool Grammar::could_be_age(const Amount& a) {
  constexpr double kOldest = 120;
  return a.plain && a.integer && a.value >= 1 && a.value <= kOldest;
}

inline bool Grammar::apposed_age(uint32_t i, const Amount& a) const {
  if (!could_be_age(a) || i < 2) return false;
  // "Lind, 58, has led", "said Johan Sletten, 52." A number in brackets after
  // a name is a seed or a count in sports: "Lindsay Davenport (8)", "Tries: Wilson (2)".
  if (tx(i - 1) != "," || !in(a.end) || !(in_person(i - 2) || names_a_person(i - 2))) return false;
  const std::string_view after = tx(a.end);
  return after == "," || after == "." || after == ";";
}

bool Grammar::names_a_person(uint32_t i) const {
  // "The victim, 17, was stabbed", "a woman, 34,": a person a story has not named.
  static constexpr std::string_view kPeople[] = {
      "man",      "woman",   "boy",     "girl",      "teenager", "victim",  "driver",    "suspect", "defendant",
      "mother",   "father",  "son",     "daughter",  "pensioner", "student", "cyclist",  "pedestrian", "passenger",
      "officer",  "child",   "baby",    "toddler",   "husband",  "wife",    "brother",   "sister",  "youth",
      "motorist", "patient", "pupil",   "grandmother", "grandfather", "partner", "girlfriend", "boyfriend"};
  return is_word(i) && std::find(std::begin(kPeople), std::end(kPeople), lw(i)) != std::end(kPeople);
}

inline bool Grammar::stated_age(uint32_t i, const Amount& a) const {
  // "died at the age of 84", "dies at 84", "retired at 65", "age 30", "at
  // age five" (spelled after "age" only); not "the average age of 84
  // respondents".
  if (i == 0) return false;
  if (!could_be_age(a)) return a.words && spelled_age(i, a);
  if (is_word(a.end) && lw(a.end).size() > 2 && lw(a.end).back() == 's') return false;
  if (is(i - 1, "age")) return true;
  if (i >= 2 && is(i - 1, "of") && is(i - 2, "age")) return true;
  if (i >= 2 && is(i - 1, "at")) {
    return is(i - 2, "died") || is(i - 2, "dies") || is(i - 2, "retired") || is(i - 2, "retires");
  }
  return i >= 2 && age_by_word_before(i, a);
}

bool Grammar::age_by_word_before(uint32_t i, const Amount& a) const {
  // The word before told by its first letter and its size: most numbers
  // have none of these.
  const uint32_t size = atoms_[i - 1].end - atoms_[i - 1].start;
  switch (text::lower_ascii(text_[atoms_[i - 1].start])) {
    case 'w': return size == 3 && age_of_subject(i, a);
    case 'i': return size == 2 && age_of_subject(i, a);
    case 't': return size == 2 && age_moved(i);
    case 'f': return size == 4 && age_moved(i);
    case 'u': return size == 5 && age_limit(i);
    case 'o': return size == 4 && age_limit(i);
    default: return false;
  }
}

bool Grammar::age_moved(uint32_t i) const {
  // "raised the retirement age to 64 from 62", "lowers the voting age from
  // 18 to 16": both ends of the change.
  const auto to_or_from = [this](uint32_t k) { return is(k, "to") || is(k, "from"); };
  if (!to_or_from(i - 1)) return false;
  return is(i - 2, "age") || (i >= 4 && is_digits(i - 2) && to_or_from(i - 3) && is(i - 4, "age"));
}

bool Grammar::age_limit(uint32_t i) const {
  // "children under 16", "people over 65": the age that divides them.
  if (!is(i - 1, "under") && !is(i - 1, "over")) return false;
  static constexpr std::string_view kPeople[] = {"children", "kids",   "teens",  "teenagers",
                                                 "youngsters", "adults", "people", "pensioners"};
  return is_word(i - 2) && std::find(std::begin(kPeople), std::end(kPeople), lw(i - 2)) != std::end(kPeople);
}

bool Grammar::age_of_subject(uint32_t i, const Amount& a) const {
  // "has died. She was 91.", "He is 45,": a person's age, all the sentence says.
  if (!(is(i - 1, "was") || is(i - 1, "is")) || !(is(i - 2, "she") || is(i - 2, "he")) || !in(a.end)) return false;
  const std::string_view after = tx(a.end);
  return after == "." || after == ",";
}

bool Grammar::age_told_before(uint32_t i) const {
  // "The mean age was 45.2 years", "the average age of participants was 45
  // years", "a median age of 38 years": "age" a few words before the
  // amount's verb or "of", told by the verb's first letter first.
  constexpr uint32_t kMostWordsBack = 4;
  if (i < 2 || !is_word(i - 1)) return false;
  const char first = text_[atoms_[i - 1].start];
  if (first != 'w' && first != 'i' && first != 'o') return false;
  if (!(is(i - 1, "was") || is(i - 1, "is") || is(i - 1, "of") || is(i - 1, "were"))) return false;
  for (uint32_t k = i - 1; k > 0 && i - k <= kMostWordsBack && is_word(k - 1); --k) {
    if (is(k - 1, "age")) return true;
  }
  return false;
}

bool Grammar::spelled_age(uint32_t i, const Amount& a) const {
  if (!a.integer || a.fraction || a.value < 1 || a.value > 120) return false;
  if (is_word(a.end) && lw(a.end).size() > 2 && lw(a.end).back() == 's') return false;
  return is(i - 1, "age") || (i >= 2 && is(i - 1, "of") && is(i - 2, "age"));
}

bool Grammar::names_one_day_format(uint32_t k, const Amount& a, uint32_t end) const {
  // "his 50th one-day international hundred", "the one-day series": the
  // format of a cricket match, no stretch of time the story tells.
  if (a.value != 1 || !a.words || !is_word(end) || end < 2 || !atoms_[end - 1].joined || !is_hyphen_atom(end - 2) ||
      !is(end - 1, "day") || end - 2 != a.end || k + 1 != a.end) {
    return false;
  }
  static constexpr std::string_view kFormats[] = {"international", "internationals", "series", "cricket",
                                                  "format", "squad", "side", "cup"};
  return std::find(std::begin(kFormats), std::end(kFormats), lw(end)) != std::end(kFormats);
}

bool Grammar::in_person(uint32_t i) const {
  if (!(atoms_[i].blocked & blocked::name)) return false;
  const uint32_t at = atoms_[i].start;
  const auto after = std::upper_bound(names_.begin(), names_.end(), at,
                                      [](uint32_t pos, const Mention& m) { return pos < m.span.start; });
  return after != names_.begin() && std::prev(after)->span.end > at && std::prev(after)->type == EntityType::PER;
}

uint32_t Grammar::era_year(uint32_t i, const Amount& a, std::vector<Found>& out) const {
  // "migrated around 6500 BC", "founded in 753 B.C.", "300 BCE", "79 AD",
  // "AD 79", "the 12th Dynasty (1991-1786 BC)": a year of the era, or years
  // counted down to the era, no count. ISO 8601 counts the years before it
  // from 0 (1 BC), so 6500 BC is -6499.
  constexpr double kOldestYear = 100000;
  if (a.value < 1 || a.value >= kOldestYear) return 0;
  // Most numbers have none of these after them: told by a byte.
  const char c = in(a.end) ? text_[atoms_[a.end].start] : '\0';
  const bool a_before = i > 0 && text_[atoms_[i - 1].start] == 'A';
  if (c != 'B' && c != 'A' && c != '-' && c != '\xE2' && !a_before) return 0;
  uint32_t e = a.end;
  std::optional<Amount> last;  // the later year of a range, smaller before the era
  if (is_dash(e) && is_digits(e + 1)) {
    last = digits_amount(e + 1);
    if (last && last->integer && last->value >= 1 && last->value < a.value) e = last->end;
  }
  const std::string_view after = in(e) ? tx(e) : std::string_view();  // "BC" may be a mention
  const bool before_christ = after == "BC" || after == "BCE" || after == "B.C." || after == "B.C.E.";
  if (e != a.end && !before_christ) return 0;
  const bool anno_domini = !before_christ && (after == "AD" || after == "A.D." || (i > 0 && tx(i - 1) == "AD"));
  if (!before_christ && !anno_domini) return 0;
  const auto iso = [before_christ](double year) {
    return dates::iso_year(before_christ ? 1 - static_cast<int>(year) : static_cast<int>(year));
  };
  out.pop_back();  // the cardinal match_expression began
  const uint32_t first = anno_domini && i > 0 && tx(i - 1) == "AD" ? i - 1 : i;
  const uint32_t end = first < i ? e : e + 1;
  return emit_date(first, end, e != a.end ? iso(a.value) + "/" + iso(last->value) : iso(a.value), out);
}

uint32_t Grammar::months_to_date(uint32_t first, int months, uint32_t k, std::vector<Found>& out) const {
  // "Revenue rose in the three months to September 30", "Six months ended
  // June 30, 1996", "in the 12 months to March", "the quarter ended June
  // 30": the months that end with the date, a period a company or a
  // statistic reports on, which "a year earlier" counts back from; not a
  // length of time and a day. After "the" or opening a line: not "has three
  // months to June 30 to find a buyer".
  constexpr int kMostMonths = 24;
  if (months < 2 || months > kMostMonths || !has(k + 1, lx::flag::month)) return 0;
  if (!(is(k, "to") || is(k, "ended") || is(k, "ending") || is(k, "through"))) return 0;
  if (!(sentence_start(first) || (first > 0 && is(first - 1, "the")))) return 0;
  std::vector<Found> part;  // only on this rare path
  const uint32_t e = match_date(k + 1, part);
  if (!e || part.size() != 1) return 0;
  // Its last month: of a month's last day ("September 30") or of a month ("March").
  const std::string_view iso = part[0].number.iso;
  if (!(iso.size() == 10 || (iso.size() == 7 && is_digit(iso[5])))) return 0;
  const int year = to_int(iso.substr(0, 4)), month = to_int(iso.substr(5, 2));
  if (iso.size() == 10 && to_int(iso.substr(8)) != dates::days_in_month(year, month)) return 0;
  Found& f = out.emplace_back();
  f.number.kind = NumberKind::date;
  f.number.span = {atoms_[first].start, atoms_[e - 1].end};
  f.number.iso = months_ending_iso(year, month, months);
  return e;
}

std::string Grammar::months_ending_iso(int year, int month, int months) {
  // A quarter, a half or a calendar year where the months make one: 2026-Q3, 1996-H1, 2025.
  if (months == 3 && month % 3 == 0) return dates::iso_year(year) + "-Q" + std::to_string(month / 3);
  if (months == 6 && month % 6 == 0) return dates::iso_year(year) + "-H" + std::to_string(month / 6);
  if (months == 12 && month == 12) return dates::iso_year(year);
  const dates::Date first = dates::add_months({year, month, 1}, 1 - months);
  return dates::iso_month(first.year, first.month) + "/" + dates::iso_month(year, month);
}

uint32_t Grammar::duration_or_date(uint32_t i, uint32_t amount_start, const Amount& low, const std::optional<Amount>& high,
                          const Suffix& s, std::vector<Found>& out) const {
  if (names_one_day_format(amount_start, low, s.end)) return 0;
  // "revised their predictions for the 1996 year": the year 1996, no 1996
  // years, which would be plural ("a 2000 year old tree" is an age).
  if (!high && low.plain && low.digits == 4 && low.value >= 1800 && low.value <= 2100 && amount_start > 0 &&
      is(amount_start - 1, "the") && lw(s.end - 1) == "year" && !atoms_[s.end - 1].joined && !is(s.end, "old")) {
    return emit_date(amount_start, s.end, dates::iso_year(static_cast<int>(low.value)), out);
  }
  if (!high && low.integer && s.duration->unit == lx::TimeUnit::month && s.duration->factor == 1) {
    if (const uint32_t e = months_to_date(amount_start, static_cast<int>(low.value), s.end, out)) return e;
  }
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
  Found& f = out.emplace_back();
  f.amount = {atoms_[amount_start].start, atoms_[low.end - 1].end};
  f.amount_value = low.value;
  f.amount_glued = in(low.end) && atoms_[low.end].joined;
  Number& n = f.number;
  // "4 hours 20 minutes", "six years and eight months", "2 years 6 months":
  // one duration counted in the smaller unit (260 minutes), which counts it
  // whole ("2 days 1 month" keeps the first's).
  // Three parts at most: "2 hours 15 minutes 36 seconds", a race's time,
  // also with commas as wires write it: "2 hours, 2 minutes and 16 seconds".
  lx::TimeUnit unit = s.duration->unit;
  std::string compound_iso;
  const bool whole = !high && low.integer && value == low.value && s.duration->factor == 1;
  for (int parts = 1; parts < 3; ++parts) {
    const uint32_t joiner = is(end, "and") ? 1 : !is(end, ",") ? 0 : is(end + 1, "and") ? 2 : 1;
    const auto more = amount(end + joiner);
    if (!more) break;
    const Suffix s2 = suffix(more->end, *more);
    const double per = s2.kind == Suffix::Kind::duration ? smaller_units_per(unit, s2.duration->unit) : 0;
    if (parts == 1 && s2.kind == Suffix::Kind::duration && joiner == 0 && !more->words) end = s2.end;
    if (!(per > 0 && whole && s2.duration->factor == 1 && more->integer && more->value < per)) break;
    end = s2.end;
    if (compound_iso.empty()) compound_iso = duration_iso(value, unit);
    const std::string part = duration_iso(more->value, s2.duration->unit);
    const bool time = part.size() > 1 && part[1] == 'T';
    compound_iso += (time && compound_iso.find('T') == std::string::npos ? "T" : "") + part.substr(time ? 2 : 1);
    value = value * per + more->value;
    unit = s2.duration->unit;
  }
  const int sign = is(end, "ago") || is(end, "earlier") || is(end, "before") ? -1
                   : is(end, "later") || is(end, "hence") || (is(end, "from") && is(end + 1, "now")) ? 1
                                                                                                        : 0;
  if (high && sign < 0 && is(end, "ago")) {
    // "between 4,000 and 8,000 years ago": the years both ends count back to, the earlier first.
    n.kind = NumberKind::date;
    const double a = -value * s.duration->factor, b = -high->value * s.duration->factor;
    if (ref_) n.iso = relative_iso(std::min(a, b), unit) + "/" + relative_iso(std::max(a, b), unit);
    n.span = {atoms_[amount_start].start, atoms_[end].end};
    return end + 1;
  }
  if (sign != 0 && !high) {
    const uint32_t e = end + (is(end, "from") ? 2 : 1);
    if (is(end, "before") || (is(end, "from") && !is(end + 1, "now"))) {
      // "two days before yesterday": keep it a duration
    } else {
      n.kind = NumberKind::date;  // "3 hours ago" too: see relative_iso
      const double amount = sign * value * s.duration->factor;
      n.iso = counts_from_the_story(end) ? story_relative_iso(amount_start, amount, unit) : relative_iso(amount, unit);
      n.span = {atoms_[amount_start].start, atoms_[e - 1].end};
      return e;
    }
  }
  n.kind = NumberKind::duration;
  n.value = value * s.duration->factor;
  if (high) n.high = high->value * s.duration->factor;
  n.unit = lx::to_string(unit);
  if (s.duration->factor == 3 && unit == lx::TimeUnit::month) n.unit = "month";
  n.iso = compound_iso.empty() ? duration_iso(*n.value, unit) : compound_iso;
  n.span = {atoms_[i == amount_start ? i : amount_start].start, atoms_[end - 1].end};
  if (i != amount_start && (is(i, "between") || is(i, "from"))) n.span.start = atoms_[amount_start].start;
  trailing_bound(end, n);  // "delays of three hours or more"
  return end;
}

double Grammar::smaller_units_per(lx::TimeUnit unit, lx::TimeUnit smaller) {
  using T = lx::TimeUnit;
  if (unit == T::year && smaller == T::month) return 12;
  if (unit == T::week && smaller == T::day) return 7;
  if (unit == T::day && smaller == T::hour) return 24;
  if ((unit == T::hour && smaller == T::minute) || (unit == T::minute && smaller == T::second)) return 60;
  return 0;
}

uint32_t Grammar::match_word_duration(uint32_t i, std::vector<Found>& out) const {
  if (const uint32_t e = results_year(i, out)) return e;
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
  } else if (is(k, "couple") && k > 0 && counts_periods(k - 1)) {  // "the next couple of weeks"
    vague = true;
    k += is(k + 1, "of") ? 2 : 1;
  } else if (is(k, "a") || is(k, "an") || is(k, "another") || is(k, "all") || is(k, "full")) {
    if ((is(k, "a") || is(k, "an")) && after_a_count(k)) return 0;  // "2,000 lorries a day": a rate
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
  // "reporting full-year losses since 1989": a company's every year, which
  // results_year did not date, and no length of time.
  if (is(i, "full") && is_word(end) && half_results_word(lw(end))) return 0;
  // "a day like this", "a week when nothing worked": an occasion, no length.
  if (is(i, "a") && (is(end, "like") || is(end, "when"))) return 0;
  if (is(end, "and") && is(end + 1, "a") && is(end + 2, "half")) {
    value += 0.5;
    end += 3;
  }
  Found& f = out.emplace_back();
  Number& n = f.number;
  if ((is(end, "ago") || is(end, "earlier") || is(end, "later")) && !vague) {
    // "a year ago", "a week later": a date, relative to the reference or to the story.
    n.kind = NumberKind::date;  // "an hour ago" too: see relative_iso
    const double amount = (is(end, "later") ? 1 : -1) * value * d->factor;
    n.iso = counts_from_the_story(end) ? story_relative_iso(i, amount, d->unit) : relative_iso(amount, d->unit);
    ++end;
  } else if (is(end, "old")) {
    n.kind = NumberKind::quantity;
    n.value = value * d->factor;
    n.unit = lx::to_string(d->unit);
    ++end;
  } else {
    n.kind = NumberKind::duration;
    if (!vague) n.value = value * d->factor;
    n.unit = lx::to_string(d->unit);
    if (!vague) n.iso = duration_iso(*n.value, d->unit);
  }
  n.span = {atoms_[i].start, atoms_[end - 1].end};
  return end;
}

std::string Grammar::duration_iso(double value, lx::TimeUnit unit) const {
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
  if (value < 1e6 && value == std::floor(value) && !std::signbit(value)) {
    // What %g writes for a whole number below a million (not -0), without printf.
    std::string iso = time ? "PT" : "P";
    iso += std::to_string(static_cast<long>(value));
    iso += designator;
    return iso;
  }
  std::snprintf(buf, sizeof buf, "P%s%g%s", time ? "T" : "", value, designator);
  return buf;
}

bool Grammar::half_of_something(uint32_t k) const {
  // "the second half", "first-half profit", "the 2nd half", "in their own half". An
  // owner alone does not tell: "his half of the business" is a fraction.
  if (k == 0) return false;
  uint32_t p = k - 1;
  if (is_hyphen_atom(p) && atoms_[k].joined && p > 0) --p;
  const std::string_view w = lw(p);
  return w == "first" || w == "second" || w == "own" || ((w == "st" || w == "nd") && atoms_[p].joined);
}

bool Grammar::after_a_count(uint32_t a) const {
  // "300,000 a year", "2,000 lorries a day", "three meals a day", "£3bn a
  // year"; not
  // "$106.375 a day earlier", "2.93 million a year ago" (dates), nor "once a
  // week" (how often, which the duration tells as Recognizers-Text does).
  if (a == 0 || sentence_start(a)) return false;
  const uint32_t after = a + 2;
  if (is(after, "ago") || is(after, "earlier") || is(after, "later") || is(after, "before") || is(after, "after")) {
    return false;
  }
  const uint32_t p = a - 1;
  // Digits read or not: "earns Sh30,000 a year", whose code-like sum no rule reads, is paid by the year too.
  if (atoms_[p].kind == AtomKind::digits) return true;
  if (ends_a_count(p)) return true;
  // What the count is of: "600mg of aspirin a day", "two cups of coffee a
  // day", "150 minutes of moderate activity a week".
  constexpr uint32_t kMostWordsOf = 3;
  for (uint32_t of = p; of > 1 && p - of < kMostWordsOf && is_word(of); --of) {
    if (is(of - 1, "of")) return of > 2 && ends_a_count(of - 2);
  }
  return false;
}

bool Grammar::measures(uint32_t k) const {
  return tx(k) == "%" || is(k, "percent") || lx::scale_word(entry(k)) || lx::currency(entry(k)) ||
         lx::unit(entry(k));
}

bool Grammar::ends_a_count(uint32_t p) const {
  // A sum's scale or currency, a unit or a percent after its digits: "£40bn
  // a year", "30 euros a day", "3.2TWh a year", "grew 3% (5 per cent) a year",
  // "two dozen a week".
  if (p > 0 && is_digits(p - 1) && measures(p)) return true;
  // In words: "four percent a year", "three million a year", "two dozen a
  // week"; no unit ("$1.8 billion in a decade" holds no inches).
  if (p > 0 && has(p - 1, lx::flag::number) &&
      (is(p, "percent") || is(p, "dozen") || lx::scale_word(entry(p)) || lx::currency(entry(p)))) {
    return true;
  }
  if (p > 1 && is(p, "cent") && is(p - 1, "per") && is_digits(p - 2)) return true;
  // Things counted: "2,000 lorries", "three meals", "12 extra services",
  // "grown by several kilometres", however many.
  if (p == 0 || !is_word(p) || lw(p).size() <= 2 || lw(p).back() != 's') return false;
  const auto count = [&](uint32_t k) {
    return is_digits(k) || has(k, lx::flag::number) || is(k, "several") || is(k, "many") || is(k, "few");
  };
  return count(p - 1) || (p > 1 && is_word(p - 1) && !capitalized(p - 1) && count(p - 2));
}

bool Grammar::is_half_time(uint32_t k) const {
  // "just before half-time", "at half time": a moment of a match.
  const uint32_t next = is_hyphen_atom(k + 1) && atoms_[k + 1].joined ? k + 2 : k + 1;
  return is(next, "time");
}

bool Grammar::ranks_something(uint32_t k) const {
  // "a third straight quarter", "a third day", "a fifth term": a word after
  // "a" and an ordinal that is no preposition, conjunction or comparison is
  // what the ordinal ranks; "a third of", "by a third in 2020", "a third
  // more", "a third below the average", "down a third." are fractions.
  static constexpr std::string_view kAfterFractions[] = {
      "of",   "in",     "on",   "at",   "by",    "for",    "from",  "to",    "since", "over",    "than",
      "and",  "or",     "but",  "last", "this",  "next",   "that",  "which", "as",    "after",   "before",
      "with", "during", "more", "less", "fewer", "higher", "lower", "while", "when",  "between", "among",
      "earlier", "later", "below", "above", "under", "larger", "smaller", "bigger", "greater", "cheaper"};
  const lx::Ordinal* o = lx::ordinal(entry(k));
  if (!o || o->plural) return false;
  // "a third-quarter profit", "a third-largest bank": the ordinal made an adjective.
  if (is_hyphen_atom(k + 1) && atoms_[k + 1].joined && is_word(k + 2) && atoms_[k + 2].joined) return true;
  if (!is_word(k + 1)) return false;
  const std::string_view next = tx(k + 1);
  return text::is_lower_ascii(static_cast<unsigned char>(next[0])) &&
         std::find(std::begin(kAfterFractions), std::end(kAfterFractions), next) == std::end(kAfterFractions);
}

bool Grammar::counts_back_from_now(const Amount& a) const {
  const Suffix s = suffix(a.end, a);
  return s.kind == Suffix::Kind::duration && is(s.end, "ago");
}

bool Grammar::counts_periods(uint32_t i) const {
  return is(i, "past") || is(i, "previous") || is(i, "next") || is(i, "last") || is(i, "coming") ||
         is(i, "following") || is(i, "first");
}

bool Grammar::counts_from_the_story(uint32_t i) const {
  // "Two days later, police arrested him": later and earlier count from an
  // event the story tells, whose date the reference does not give; ago,
  // hence and from now count from the reference.
  return is(i, "later") || is(i, "earlier");
}

std::string Grammar::story_relative_iso(uint32_t i, double amount, lx::TimeUnit unit) const {
  // "Exports rose 5% in November from a year earlier", "its valuation at
  // March 31, 1996 ... a year earlier", "exported 110 million tonnes in
  // 2025, up 22.7% from a year earlier", "arrested on Monday and freed two
  // days later": the event counted from is the day, month, quarter or year
  // its sentence named before, the nearest. Without one the story's event
  // has no date the text gives.
  using T = lx::TimeUnit;
  const double months = unit == T::year ? 12 * amount : unit == T::month ? amount : 0;
  const double days = unit == T::week ? 7 * amount : unit == T::day ? amount : 0;
  const double steps = months != 0 ? months : days;
  constexpr double kMostSteps = 36600;  // a century of days
  if (steps == 0 || steps != std::floor(steps) || std::fabs(steps) > kMostSteps) return {};
  const int whole = static_cast<int>(steps);
  const bool by_months = months != 0;
  // "In 1968, IVAC introduced a monitor. A year later, ...": opening
  // its sentence, it counts from the one before.
  const uint32_t from = i > 0 && sentence_start(i) ? i - 1 : i;
  const bool month = by_months && named_month_.month && named_in_sentence(from, named_month_.end);
  const bool quarter =
      by_months && named_quarter_.month && whole % 3 == 0 && named_in_sentence(from, named_quarter_.end);
  const bool year = by_months && named_year_ && whole % 12 == 0 && named_in_sentence(from, named_year_end_);
  // "reported third-quarter revenue on Wednesday, up 62% from a year
  // earlier": the figures are the quarter's; the day they were told is none.
  const bool day = last_day_.end && named_in_sentence(from, last_day_.end) &&
                   !(last_day_.told && by_months && (month || quarter || year));
  // "March 31, 1996" names its day and its year, which end together: the day tells more.
  const uint32_t nearest = std::max({day ? last_day_.end : 0, month ? named_month_.end : 0,
                                     quarter ? named_quarter_.end : 0, year ? named_year_end_ : 0});
  if (day && last_day_.end == nearest) {
    const auto d = dates::parse_iso(std::string_view(last_day_.iso, sizeof last_day_.iso));
    if (!d) return {};
    return dates::iso_day(by_months ? dates::add_months(*d, whole) : dates::add_days(*d, whole));
  }
  if (month && named_month_.end == nearest) {
    const dates::Date d = dates::add_months({named_month_.year, named_month_.month, 1}, whole);
    return dates::iso_month(d.year, d.month);
  }
  if (quarter && named_quarter_.end == nearest) {
    const int index = named_quarter_.year * 4 + named_quarter_.month - 1 + whole / 3;  // quarters since year 0
    return dates::iso_year(index / 4) + "-Q" + std::to_string(index % 4 + 1);
  }
  return year ? dates::iso_year(named_year_ + whole / 12) : std::string();
}

std::string Grammar::relative_iso(double amount, lx::TimeUnit unit) const {
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
    default: break;
  }
  // The reference is a day, not a moment: hours or minutes away land on the
  // nearest whole day ("46 minutes ago" is the reference day, "48 hours ago"
  // two days before), a date as "today" is; a time of day would need the
  // reference's time, which it does not have.
  const double per_day = unit == lx::TimeUnit::hour ? 24 : unit == lx::TimeUnit::minute ? 24 * 60 : 24 * 60 * 60;
  return dates::iso_day(dates::add_days(*ref_, std::lround(amount / per_day)));
}

std::optional<std::pair<double, uint32_t>> Grammar::ordinal_at(uint32_t i) const {
  if (is_digits(i) && ok(i + 1) && atoms_[i + 1].joined) {
    const std::string_view suf = lw(i + 1);
    if (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") {
      auto a = digits_amount(i);
      if (a && a->plain) return std::make_pair(a->value, i + 2);
    }
    return std::nullopt;
  }
  // An ordinal in words begins with an ordinal or a number word.
  if (!is_word(i) || !has(i, lx::flag::number)) return std::nullopt;
  if (const lx::Ordinal* o = lx::ordinal(entry(i)); o && !o->plural) return std::make_pair(o->value, i + 1);
  // A spelled cardinal ending in an ordinal: twenty-first, one hundred twenty-fifth.
  uint32_t j = i;
  double prefix = 0;
  constexpr uint32_t kMaxOrdinalAtoms = 10;  // "two thousand three hundred and forty-fifth"
  const lx::NumberWord* prev = nullptr;
  while (ok(j) && atoms_[j].kind == AtomKind::word && j < i + kMaxOrdinalAtoms) {
    const lx::NumberWord* nw = number_word_at(j);
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
  const lx::Ordinal* o = lx::ordinal(entry(j));
  if (!o || o->plural) return std::nullopt;
  if (o->value >= 100) return std::make_pair((prefix == 0 ? 1 : prefix) * o->value, j + 1);
  return std::make_pair(prefix + o->value, j + 1);
}

uint32_t Grammar::ranking(uint32_t i, const Amount& a, std::vector<Found>& out) const {
  // "the world No 7", "ranked No. 3", "seeded No 2": a place in a ranking;
  // "No 10" alone is Downing Street.
  if (i < 2 || !atoms_[i].space_before) return 0;
  uint32_t no = i - 1;
  if (text_[atoms_[no].start] == '.' && adjacent(no)) --no;
  const bool number = is(no, "number");  // "The Italian world number one"
  if (no == 0 || !(tx(no) == "No" || number) || !(a.plain || (number && a.words)) || a.end != i + 1) return 0;
  if (!(is(no - 1, "world") || is(no - 1, "ranked") || is(no - 1, "seeded"))) return 0;
  Found& f = out.emplace_back();
  f.number.kind = NumberKind::ordinal;
  f.number.value = a.value;
  f.number.span = {atoms_[no].start, atoms_[i].end};
  f.amount = {atoms_[i].start, atoms_[i].end};
  f.amount_value = a.value;
  return i + 1;
}

bool Grammar::adjectival_ordinal(uint32_t k) const {
  // "first-time buyers", "a second-hand car", "first-degree murder",
  // "third-party suppliers", "first-home buyers": an adjective made of the
  // ordinal, which ranks nothing the story counts.
  if (!is_hyphen_atom(k) || !atoms_[k].joined || !is_word(k + 1) || !atoms_[k + 1].joined) return false;
  static constexpr std::string_view kWords[] = {"time", "hand", "class", "rate", "degree", "person", "party", "team",
                                                "home"};
  return std::find(std::begin(kWords), std::end(kWords), lw(k + 1)) != std::end(kWords) &&
         !(ok(k + 2) && atoms_[k + 2].joined);
}

uint32_t Grammar::match_ordinal(uint32_t i, std::vector<Found>& out) const {
  auto o = ordinal_at(i);
  if (!o) return 0;
  // Part of a name or title: "Second Caspian Economic Forum", "first vice president".
  if (is_word(i) && ok(o->second) && atoms_[o->second].kind == AtomKind::word &&
      ((capitalized(i) && capitalized(o->second)) || is(o->second, "vice") || is(o->second, "deputy") ||
       is(o->second, "lady") || is(o->second, "secretary"))) {
    return 0;
  }
  if (is_word(i) && adjectival_ordinal(o->second)) return 0;
  // "a tenth of a second", "won by a second.", "finished a second ahead": the unit, no rank.
  if (is(i, "second") && i >= 2 && is(i - 1, "a")) {
    const uint32_t next = o->second;
    const bool clause_ends = in(next) && atoms_[next].kind == AtomKind::punct && !is_hyphen_atom(next);
    if (is(i - 2, "of") || clause_ends || is(next, "ahead") || is(next, "behind") || is(next, "slower") ||
        is(next, "faster") || is(next, "clear")) {
      return 0;
    }
  }
  // "Every tenth of a degree matters": a fraction of a unit, no rank.
  const bool of_unit = is_word(i) && o->first > 2 && is(o->second, "of") &&
                       (is(o->second + 1, "a") || is(o->second + 1, "an")) &&
                       has(o->second + 2, lx::flag::unit | lx::flag::time_unit);
  Found& f = out.emplace_back();
  if (of_unit) {
    f.number.kind = NumberKind::cardinal;
    f.number.value = 1 / o->first;
    f.number.span = {atoms_[i].start, atoms_[o->second - 1].end};
    return o->second;
  }
  f.number.kind = NumberKind::ordinal;
  f.number.value = o->first;
  f.number.span = {atoms_[i].start, atoms_[o->second - 1].end};
  f.amount = f.number.span;
  f.amount_value = o->first;
  return o->second;
}

}  // namespace detail
}  // namespace lede::numbers
