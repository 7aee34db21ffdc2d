// The grammar's calendar: absolute and relative dates, periods, holidays
// and times of day, resolved to ISO 8601 against the reference date.
#include <algorithm>
#include <cmath>
#include <cstring>

#include "numbers/matcher.hpp"
#include "text/chars.hpp"
#include "text/time_zones.hpp"

namespace lede::numbers {
namespace detail {

namespace {

// The year of an analyst's two digits (4Q20, FY23, 1H99): 00-69 this
// century, 70-99 the last.
int analyst_year(int two_digits) { return two_digits < 70 ? 2000 + two_digits : 1900 + two_digits; }

// The phrase p, written in buf, with its curly apostrophe straight as the
// lexicon has it: "new year’s day" is "new year's day".
std::string_view straight_apostrophe(std::string_view p, char* buf) {
  const size_t c = p.find("\xE2\x80\x99");
  if (c == std::string_view::npos) return p;
  buf[c] = '\'';
  std::memmove(buf + c + 1, buf + c + 3, p.size() - c - 3);
  return {buf, p.size() - 2};
}

// The year of a date's two digits (5/3/18, 24.SEP.96, April of 87): 00-49
// this century, 50-99 the last.
int date_year(int two_digits) { return two_digits < 50 ? 2000 + two_digits : 1900 + two_digits; }

}  // namespace

uint32_t Grammar::emit_date(uint32_t start, uint32_t end, std::string iso, std::vector<Found>& out,
                   NumberKind kind) const {
  Found& f = out.emplace_back();  // built in place: a Found moved costs more than its fields
  f.number.kind = kind;
  f.number.span = {atoms_[start].start, atoms_[end - 1].end};
  f.number.iso = std::move(iso);
  return end;
}

bool Grammar::after_code_in_date_context(uint32_t i) const {
  if (i == 0 || !atoms_[i].space_before || !(atoms_[i - 1].blocked & blocked::code)) return false;
  uint32_t code = i - 1;
  while (code > 0 && atoms_[code].joined) --code;  // the code's first atom
  if (code == 0 || !is_word(code - 1)) return false;
  const std::string_view p = lw(code - 1);
  return p == "in" || p == "since" || p == "by" || p == "until" || p == "during" || p == "from" ||
         p == "before" || p == "after";
}

uint32_t Grammar::decade(uint32_t i, const Amount& a) const {
  if (!a.plain || !in(a.end) || lw(a.end) != "s") return 0;
  const double v = a.value;
  if (a.digits == 4 && std::fmod(v, 10) == 0 && v >= 1000 && v <= 2190) return a.end + 1;
  // '90s: the apostrophe begins the word, wherever the atoms cut it.
  if (a.digits == 2 && std::fmod(v, 10) == 0 && i > 0 && atoms_[a.end].joined &&
      is_apostrophe(i - 1) && (i == 1 || atoms_[i - 1].space_before)) {
    return a.end + 1;
  }
  return 0;
}

std::string Grammar::decade_iso(const Amount& a) const {
  int start = static_cast<int>(a.value);
  if (a.digits == 2) start += 1900;
  // The 1800s and 1900s are centuries as news writes them; the 2000s a decade.
  const int span = a.digits == 4 && start % 100 == 0 && start < 2000 ? 99 : 9;
  return dates::iso_year(start) + "/" + dates::iso_year(start + span);
}

int Grammar::month_at(uint32_t i) const {
  // Joined only after a hyphen: "mid-November", "Friday-Jun-15".
  if (!is_word(i) || (atoms_[i].joined && !is_hyphen_atom(i - 1))) return 0;
  const int m = lx::month(entry(i));
  if (!m) return 0;
  // "$DEC", "$JAN": a crypto ticker, glued to its dollar sign.
  if (i > 0 && !atoms_[i].space_before && tx(i - 1) == "$") return 0;
  const std::string_view w = lw(i);
  // Abbreviations and ambiguous words need capitals ("Mar", "May", "Sept").
  if (!capitalized(i) && (w.size() <= 3 || w == "sept") && !(ok(i + 1) && (is_digits(i + 1)))) {
    // "14 nov" has its day before it; "14 may" and "14 mar" may be verbs.
    const bool day_before = i > 0 && atoms_[i - 1].kind == AtomKind::digits && tx(i - 1).size() <= 2 &&
                            w != "may" && w != "mar";
    if (!(day_before || (i > 0 && (lw(i - 1) == "in" || lw(i - 1) == "of" || lw(i - 1) == "since")))) return 0;
  }
  return m;
}

bool Grammar::month_stands_alone(uint32_t i) const {
  const std::string_view w = lw(i);
  if (w == "may" || w == "march") {
    // In lower case after "to" or "and" the verb: "are expected to march past", "may and will".
    if (!capitalized(i) && !(i > 0 && is_month_cue(lw(i - 1)) && lw(i - 1) != "to" && lw(i - 1) != "and")) {
      return false;
    }
    if (capitalized(i) && sentence_start(i)) return false;
    // "In May the government", "since March he": after a preposition of
    // time, a capitalized May or March is the month, whatever follows.
    if (capitalized(i) && i > 0 && (lw(i - 1) == "in" || lw(i - 1) == "since" || lw(i - 1) == "until" ||
                           lw(i - 1) == "during" || lw(i - 1) == "last")) {
      return true;
    }
    // "a strike planned for March"; not "a blow for May", a person.
    if (capitalized(i) && w == "march" && i > 0 && lw(i - 1) == "for") return true;
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

bool Grammar::is_month_cue(std::string_view p) {
  static constexpr std::string_view kCues[] = {"in", "since", "of", "until", "till", "from", "to", "by",
                                               "before", "after", "during", "early", "mid", "late", "this",
                                               "next", "last", "and", "through", "between", "end", "-"};
  for (std::string_view c : kCues) {
    if (p == c) return true;
  }
  return false;
}

std::optional<std::pair<int, uint32_t>> Grammar::day_at(uint32_t i) const {
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

std::optional<std::pair<int, uint32_t>> Grammar::year_at(uint32_t i) const {
  uint32_t k = i;
  if (is(k, ",")) ++k;
  if (auto relative = relative_year_at(k)) return relative;
  // April '96: an opening apostrophe (a closing one, 'April' 96, touches the word before).
  if (in(k) && atoms_[k].space_before && is_apostrophe(k) && is_digits(k + 1) &&
      tx(k + 1).size() == 2 && !(in(k + 2) && atoms_[k + 2].joined)) {
    return std::make_pair(date_year(to_int(tx(k + 1))), k + 2);
  }
  if (!is_digits(k)) return std::nullopt;
  auto a = digits_amount(k);
  if (!a || !a->plain || a->digits != 4 || a->value < 1000 || a->value > 2199) return std::nullopt;
  if (ok(k + 1) && atoms_[k + 1].joined) return std::nullopt;
  return std::make_pair(static_cast<int>(a->value), k + 1);
}

std::optional<std::pair<int, uint32_t>> Grammar::relative_year_at(uint32_t k) const {
  // Without a reference, "last year" stays an expression of its own, read as
  // such; "last year's" is no year of the date before it ("in May, last
  // year's champion").
  if (!ref_ || !is(k + 1, "year") || (adjacent(k + 2) && is_apostrophe(k + 2))) return std::nullopt;
  const int offset = is(k, "last") ? -1 : is(k, "next") ? 1 : is(k, "this") ? 0 : 2;
  if (offset == 2) return std::nullopt;
  return std::make_pair(ref_->year + offset, k + 2);
}

inline std::optional<Grammar::DayRange> Grammar::day_range(uint32_t k) const {
  if (!is_digits(k) || tx(k).size() > 2 || !is_digits(k + 2)) return std::nullopt;
  const uint32_t sep = k + 1;
  if (!is_range_word(k, sep)) return std::nullopt;
  const int first = to_int(tx(k));
  const auto last = is_digits(sep + 1) ? day_at(sep + 1) : std::nullopt;
  if (first < 1 || !last || last->first <= first) return std::nullopt;
  return DayRange{first, last->first, last->second};
}

uint32_t Grammar::month_after_days(uint32_t e) const { return is(e, "of") ? e + 1 : e; }

bool Grammar::starts_day_of_month(uint32_t k, const Amount& a) const {
  if (!a.plain || a.digits > 2) return false;
  if (month_at(a.end)) return true;
  const auto days = day_range(k);
  return days && month_at(month_after_days(days->end));
}

std::pair<int, uint32_t> Grammar::year_after(uint32_t e) const {
  if (auto y = year_at(e)) return *y;
  return {0, e};
}

std::string Grammar::days_iso(int year, int month, const DayRange& days) const {
  if (year == 0) {
    if (!ref_) return {};
    year = nearest_year(month, days.first);
  }
  if (!dates::valid(year, month, days.last)) return {};
  return dates::iso_day({year, month, days.first}) + "/" + dates::iso_day({year, month, days.last});
}

template <typename DateIn>
int Grammar::nearest_year_of(DateIn date_in) const {
  int best = ref_->year;
  long best_gap = -1;
  for (int y = ref_->year - 1; y <= ref_->year + 1; ++y) {
    const long diff = dates::to_days(date_in(y)) - dates::to_days(*ref_);
    const long gap = diff > 0 ? 2 * diff : -diff;
    if (best_gap < 0 || gap < best_gap) {
      best_gap = gap;
      best = y;
    }
  }
  return best;
}

int Grammar::nearest_year(int month, int day) const {
  return nearest_year_of([&](int y) {
    return dates::Date{y, month, std::min(day == 0 ? 15 : day, dates::days_in_month(y, month))};
  });
}

std::string Grammar::month_iso(int year, int month, int day) const {
  if (year == 0) {
    if (!ref_) return {};
    year = nearest_year(month, day);
  }
  if (day == 0) return dates::iso_month(year, month);
  if (!dates::valid(year, month, day)) return {};
  return dates::iso_day({year, month, day});
}

uint32_t Grammar::skip_abbreviation_dot(uint32_t i, uint32_t e) const {
  // "Sept. 15", "Dec. 31": the dot of an abbreviated month.
  if (is(e, ".") && adjacent(e) && lw(i).size() <= 4 && ok(e + 1) && (is_digits(e + 1))) return e + 1;
  return e;
}

uint32_t Grammar::match_date(uint32_t i, std::vector<Found>& out) const {
  namespace f = lx::flag;
  if (atoms_[i].kind == AtomKind::digits) return digits_date(i, out);
  if (has(i, f::number) || is(i, "the")) {
    if (uint32_t e = day_month(i, out)) return e;
  }
  if (has(i, f::number) && (is(i + 1, "century") || is(i + 3, "century"))) {  // the ninth, twenty-first century
    if (uint32_t e = century(i, out)) return e;
  }
  if (has(i, f::month)) {
    if (uint32_t e = month_day(i, out)) return is(e, ",") ? days_listed_after_month(i, e, out) : e;
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
  if (has(i, f::calendar)) {
    if (uint32_t e = quarter_date(i, out)) return e;
  }
  return 0;
}

inline uint32_t Grammar::digits_date(uint32_t i, std::vector<Found>& out) const {
  // The rules in match_date's order, each only where the run's length lets
  // it read one: a day of the month is one or two digits, quarter_date's
  // year four (2017-q1), numeric_date's dates four (2022-09-15), eight
  // (20161016) or any with a / or a dot (5/3/18, 23.04.2022).
  const std::string_view s = tx(i);
  if (s.size() == 1) {
    if (uint32_t e = quarter_date(i, out)) return e;  // 4Q 2020
  }
  if (s.size() <= 2) {
    const bool glued_after = in(i + 1) && !atoms_[i + 1].space_before;  // most days have a space after
    const bool hyphen_after = glued_after && atoms_[i + 1].joined && hyphen(i + 1);  // before reading
    if (const auto d = hyphen_after ? day_month_year(i) : std::nullopt; d && is_digits(i + 2) && is_digits(i + 4)) {
      return emit_date(i, i + 5, dates::iso_day(*d), out);
    }
    const bool word_glued_after = glued_after && in(i + 2) && !atoms_[i + 2].space_before &&
                                  atoms_[i + 2].kind == AtomKind::word;  // 24.SEP.96
    if (const auto d = word_glued_after ? day_named_month_year(i) : std::nullopt) {
      return emit_date(i, i + 5, dates::iso_day(*d), out);
    }
    if (const uint32_t e = day_month(i, out)) return e;
    // A list of days goes on with a comma, "and" or "or": told by the first byte.
    const char next = in(i + 1) ? lower_.data()[atoms_[i + 1].start - lower_from_] : 0;
    if (__builtin_expect(next == ',' || next == 'a' || next == 'o', 0)) {
      if (const uint32_t e = days_listed_before_month(i, out)) return e;
    }
    const bool suffixed = in(i + 1) && atoms_[i + 1].joined;  // the 21st century; tested before the words
    return suffixed && is(i + 2, "century") ? century(i, out) : 0;
  }
  if (s.size() == 4) {
    if (uint32_t e = numeric_date(i, out)) return e;
    return quarter_date(i, out);
  }
  const DigitRun& run = digit_run(i);  // its marks, which the amounts' reading scans for
  const bool separated = run.slash || run.dot != s.size();
  return s.size() == 8 || separated ? numeric_date(i, out) : 0;
}

std::optional<dates::Date> Grammar::compact_date(std::string_view s) {
  // 20161016: eight digits of a day from 1900 to 2100.
  if (s.size() != 8 || (s[0] != '1' && s[0] != '2') || !std::all_of(s.begin(), s.end(), [](char c) { return is_digit(c); })) {
    return std::nullopt;
  }
  const int y = to_int(s.substr(0, 4)), m = to_int(s.substr(4, 2)), d = to_int(s.substr(6, 2));
  if (!dates::valid(y, m, d) || y < 1900 || y > 2100) return std::nullopt;
  return dates::Date{y, m, d};
}

bool Grammar::date_digits_at(uint32_t i) const {
  if (tx(i).size() == 8) return compact_date(tx(i)).has_value();
  if (tx(i).size() != 4) return false;
  for (uint32_t k = i + 1; k <= i + 4; ++k) {
    if (!in(k) || !atoms_[k].joined || (k % 2 != i % 2 ? !hyphen(k) : atoms_[k].kind != AtomKind::digits)) return false;
  }
  return true;
}

uint32_t Grammar::numeric_date(uint32_t i, std::vector<Found>& out) const {
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
    // 1994-95, Bosnia's 1992-95 war, the 2009-10 season: years of one century, where no month can be meant.
    const int last = y / 100 * 100 + m;
    if (tx(i + 2).size() == 2 && y >= 1800 && y <= 2199 && last > y && (m > 12 || is(i + 3, "season"))) {
      return emit_date(i, i + 3, dates::iso_year(y) + "/" + dates::iso_year(last), out);
    }
    if (tx(i + 2).size() <= 2 && m >= 1 && m <= 12 && y >= 1000 && y <= 2199) {
      return emit_date(i, i + 3, dates::iso_month(y, m), out);
    }
    return 0;
  }
  if (s.size() == 4 && ok(i + 1) && adjacent(i + 1) && (hyphen(i + 1) || tx(i + 1) == "/") && is_word(i + 2) &&
      adjacent(i + 2)) {
    // 2019-aug-1, 2019/aug/01: the month's name between the same two marks, nothing glued on.
    const int y = to_int(s), m = lx::month(entry(i + 2));
    if (!m || !(ok(i + 3) && adjacent(i + 3) && tx(i + 3) == tx(i + 1)) || !is_digits(i + 4) || !adjacent(i + 4) ||
        tx(i + 4).size() > 2 ||
        (in(i + 5) && adjacent(i + 5) && (atoms_[i + 5].kind != AtomKind::punct || tx(i + 5) == "/" || hyphen(i + 5)))) {
      return 0;
    }
    const int d = to_int(tx(i + 4));
    return dates::valid(y, m, d) ? emit_date(i, i + 5, dates::iso_day({y, m, d}), out) : 0;
  }
  if (const auto d = compact_date(s)) return emit_date(i, i + 1, dates::iso_day(*d), out);
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
  if (count == 3) {
    int y = parts[2], m = parts[0], d = parts[1];
    if (lens[0] == 4) {  // 2020/09/23
      y = parts[0];
      m = parts[1];
      d = parts[2];
    } else if (sep == '.' || parts[0] > 12 || (parts[1] <= 12 && writes_day_first())) {  // 23.04.2022, 13/04/21
      m = parts[1];
      d = parts[0];
    }
    if (lens[2] == 2 && lens[0] != 4) y = date_year(y);
    if (!dates::valid(y, m, d)) return 0;
    return emit_date(i, i + 1, dates::iso_day({y, m, d}), out);
  }
  if (count == 2 && sep == '/' && lens[0] == 4 && parts[0] >= 1800 && parts[0] <= 2199) {
    // 2019/20, 2019/2020: a season or fiscal year of two calendar years.
    const bool next = lens[1] == 2 ? parts[1] == (parts[0] + 1) % 100 : lens[1] == 4 && parts[1] == parts[0] + 1;
    return next ? emit_date(i, i + 1, dates::iso_year(parts[0]) + "/" + dates::iso_year(parts[0] + 1), out) : 0;
  }
  if (count == 2 && sep == '/') {
    // "9/16 - Luo Yigang (China) beat ...": a draw's band of seeds, 9th to 16th.
    if (seeding_band(i) && parts[0] < parts[1]) {
      Found& f = out.emplace_back();
      f.number.span = {atoms_[i].start, atoms_[i].end};
      f.number.value = parts[0];
      f.number.high = parts[1];
      return i + 1;
    }
    // "3/4" is a fraction unless a date cue surrounds it.
    const int m = parts[0], d = parts[1];
    if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31)) return 0;
    const bool cue = i > 0 && (lx::weekday(entry(i - 1)) || is(i - 1, "on") || is(i - 1, "this") ||
                               is(i - 1, "next") || is(i - 1, "from") || is(i - 1, "between") ||
                               is(i - 1, "until") || is(i - 1, "by") || is(i - 1, ","));
    if (!cue && (d <= 10 && m < d)) return 0;
    if (!cue && !(d > 12 || m > d)) return 0;
    return emit_date(i, i + 1, month_iso(0, m, d), out);
  }
  return 0;
}

bool Grammar::writes_day_first() const {
  if (date_order_ == DateOrder::unknown) date_order_ = text_date_order();
  return date_order_ == DateOrder::day_first;
}

Grammar::DateOrder Grammar::text_date_order() const {
  // "04/07/2017" is 4 July in Nicosia, April 7 in New York. The text tells
  // which: its other dates whose day cannot be a month (13/04/2017), else
  // the order it writes a day and a month's name in (4 July, July 4), else
  // how it writes "Mr": a British or European text without the full stop
  // (Mr Christodoulides), an American one with it (Mr. Smith), else its
  // money: pounds or euros. Asked of the first such date, once.
  int day_month = 0, month_day = 0, undotted = 0, dotted = 0;
  bool pounds_or_euros = false;
  const size_t n = doc_.tokens.size();
  const auto is_day = [this, n](size_t t) {
    if (t >= n) return false;
    const std::string_view w = doc_.token_text(static_cast<uint32_t>(t));
    return (w.size() == 1 || w.size() == 2) && std::all_of(w.begin(), w.end(), is_digit) && to_int(w) >= 1 &&
           to_int(w) <= 31;
  };
  for (uint32_t t = 0; t < n; ++t) {
    const std::string_view w = doc_.token_text(t);
    if (w.empty()) continue;
    if (is_digit(w[0]) && w.size() >= 6 && w.size() <= 10) {
      // Day and month first in either order, the year after: 13/04/2017, 4/13/17.
      const size_t slash = w.find('/'), second = w.find('/', slash + 1);
      if (second == std::string_view::npos || w.find('/', second + 1) != std::string_view::npos) continue;
      const int first = to_int(w.substr(0, slash)), next = to_int(w.substr(slash + 1));
      if (first > 12 && next <= 12) return DateOrder::day_first;
      if (next > 12 && first <= 12) return DateOrder::month_first;
    } else if (w == "Mr" || w == "Mrs" || w == "Ms" || w == "Dr") {
      if (t + 1 < n && doc_.tokens[t + 1].space_before) ++undotted;
      else if (t + 1 < n && doc_.token_text(t + 1) == ".") ++dotted;
    } else if (w == "\xC2\xA3" || w == "\xE2\x82\xAC") {  // £, €
      pounds_or_euros = true;
    } else if (constexpr size_t kLongestMonth = 9;
               w.size() >= 3 && w.size() <= kLongestMonth && text::is_upper_ascii(w[0])) {
      const size_t after = t + 1 < n && doc_.token_text(t + 1) == "." ? t + 2 : t + 1;  // "Sept. 15"
      const bool day_before = t > 0 && is_day(t - 1);
      if (!day_before && !is_day(after)) continue;  // the day first: a month's name is looked up seldom
      char lower[kLongestMonth];
      for (size_t c = 0; c < w.size(); ++c) lower[c] = text::lower_ascii(w[c]);
      if (!lx::month(lx::entry({lower, w.size()}))) continue;
      ++(day_before ? day_month : month_day);
    }
  }
  if (day_month != month_day) return day_month > month_day ? DateOrder::day_first : DateOrder::month_first;
  if (undotted != dotted) return undotted > dotted ? DateOrder::day_first : DateOrder::month_first;
  return pounds_or_euros ? DateOrder::day_first : DateOrder::month_first;
}

bool Grammar::seeding_band(uint32_t i) const {
  // A results list's seeds before a player's name, the line's first words
  // or a winner's opponent's: "9/16 - Luo Yigang (China) beat 5/8 - Hu Zhilan".
  const uint32_t dash = i + 1;
  // The player's name is a mention, which no number takes (not ok()).
  if (!(in(dash) && atoms_[dash].space_before && is_dash(dash) && in(dash + 1) &&
        atoms_[dash + 1].kind == AtomKind::word && capitalized(dash + 1))) {
    return false;
  }
  return sentence_start(i) || is(i - 1, "beat") || (i > 0 && text_[atoms_[i].start - 1] == '\n');
}

std::optional<dates::Date> Grammar::day_month_year(uint32_t i) const {
  // Three groups of one token, as the phone pass sees them (cut, maybe not final).
  const uint32_t n = static_cast<uint32_t>(atoms_.size());
  if (i + 4 >= n || tx(i).size() > 2) return std::nullopt;
  for (uint32_t k = i + 1; k <= i + 4; ++k) {
    if (!atoms_[k].joined || (k % 2 != i % 2 ? !hyphen(k) : atoms_[k].kind != AtomKind::digits)) return std::nullopt;
  }
  if (tx(i + 2).size() > 2 || tx(i + 4).size() != 4 || (i + 5 < n && atoms_[i + 5].joined)) return std::nullopt;
  int day = to_int(tx(i)), month = to_int(tx(i + 2));
  const int year = to_int(tx(i + 4));
  if (month > 12 && day <= 12) std::swap(day, month);  // 12-25-2020: the American order
  if (year < 1900 || year > 2100 || !dates::valid(year, month, day)) return std::nullopt;
  return dates::Date{year, month, day};
}

std::optional<dates::Date> Grammar::day_named_month_year(uint32_t i) const {
  // 24.SEP.96, 24-Sep-1996: the month's name between two like marks, as
  // bond and form dates write it, no space between; nothing but punctuation
  // glued after. digits_date has seen the word glued at i + 2.
  if (!in(i + 4) || atoms_[i + 1].kind != AtomKind::punct) return std::nullopt;
  const std::string_view mark = tx(i + 1);
  if (!(mark == "." || mark == "/" || hyphen(i + 1)) || tx(i + 3) != mark || !is_word(i + 2) || !is_digits(i + 4)) {
    return std::nullopt;
  }
  if (atoms_[i + 3].space_before || atoms_[i + 4].space_before) return std::nullopt;
  const std::string_view y = tx(i + 4);
  if ((y.size() != 2 && y.size() != 4) || (adjacent(i + 5) && atoms_[i + 5].kind != AtomKind::punct)) return std::nullopt;
  const int month = lx::month(entry(i + 2)), day = to_int(tx(i));
  const int year = y.size() == 2 ? date_year(to_int(y)) : to_int(y);
  if (!month || !dates::valid(year, month, day)) return std::nullopt;
  return dates::Date{year, month, day};
}

std::optional<dates::Date> Grammar::day_slash_year(uint32_t i) const {
  // "Jul 5/96", "May 22/96": a market table's day and year in one token (month 0).
  if (!is_digits(i)) return std::nullopt;
  const std::string_view t = tx(i);
  const size_t slash = t.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash > 2 || (t.size() - slash - 1 != 2 && t.size() - slash - 1 != 4)) {
    return std::nullopt;
  }
  const std::string_view y = t.substr(slash + 1);
  if (!std::all_of(y.begin(), y.end(), [](char c) { return is_digit(c); })) return std::nullopt;
  const int day = to_int(t.substr(0, slash));
  if (day < 1 || day > 31) return std::nullopt;
  return dates::Date{y.size() == 2 ? date_year(to_int(y)) : to_int(y), 0, day};
}

int Grammar::to_int(std::string_view s) {
  int v = 0;
  for (char c : s) {
    if (!is_digit(c) || v > 100000) return v;
    v = v * 10 + (c - '0');
  }
  return v;
}

inline uint32_t Grammar::day_month(uint32_t i, std::vector<Found>& out) const {
  // 3-5 June, 10 to 12 May 2024 (most days have no second day two atoms on: tested before the call).
  if (const auto days = is_digits(i + 2) ? day_range(i) : std::nullopt) {
    const uint32_t m = month_after_days(days->end);
    if (const int month = month_at(m)) {
      const auto year = year_after(skip_abbreviation_dot(m, m + 1));
      const int y = year.first ? year.first : year_of_days_to_come(i, month, days->first);
      return emit_date(i, year.second, days_iso(y, month, *days), out);
    }
  }
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
  // 30 June - 2 July 2024: a range of days over two months.
  if (const auto last = is_range_word(i, e) ? day_at(e + 1) : std::nullopt) {
    if (const int last_month = month_at(last->second)) {
      const auto year = year_after(skip_abbreviation_dot(last->second, last->second + 1));
      const std::string iso = across_months_iso(year.first, month, day->first, last_month, last->first);
      return emit_date(i, year.second, iso, out);
    }
  }
  int year = 0;
  if (auto y = year_at(e)) {
    year = y->first;
    e = y->second;
    if (const uint32_t end = full_dates_range(i, {year, month, day->first}, e, out)) return end;
  } else if (k == i && is_digits(e) && tx(e).size() == 4 + tx(i).size()) {
    if (const uint32_t end = doubled_date(i, month, e, out)) return end;
  }
  const uint32_t start = k == i + 1 && day->second == k + 1 && !is_word(k) ? k : i;
  if (!year) year = year_by_tense(i, month, day->first);
  return emit_date(is(i, "the") && start == k ? k : i, e, month_iso(year, month, day->first), out);
}

uint32_t Grammar::days_listed_before_month(uint32_t i, std::vector<Found>& out) const {
  // "on 25, 26 and 30 July", "25, 26, 30 July": each day is a date of the
  // month after the last, in its year. The days rise, as a list of them
  // does. All but the last are read here; the last is read next with its
  // month, as any day is.
  if (!(is(i + 1, ",") || is(i + 1, "and") || is(i + 1, "or"))) return 0;
  if (i > 0 && is(i - 1, "between")) return 0;  // "between 3 and 5 March": a range
  constexpr int kMostDays = 8;
  uint32_t at[kMostDays];
  int day[kMostDays];
  int n = 0;
  for (uint32_t k = i; n < kMostDays;) {
    const auto d = is_digits(k) ? day_at(k) : std::nullopt;
    if (!d || (n > 0 && d->first <= day[n - 1])) return 0;
    at[n] = k;
    day[n++] = d->first;
    uint32_t next = d->second;
    if (is(next, ",")) {
      ++next;
      if (is(next, "and") || is(next, "or")) ++next;
    } else if (is(next, "and") || is(next, "or")) {
      ++next;
    } else {
      const uint32_t m = month_after_days(next);
      const int month = n >= 2 ? month_at(m) : 0;
      if (!month) return 0;
      const auto year = year_at(skip_abbreviation_dot(m, m + 1));
      const int y = year ? year->first : year_by_tense(at[n - 1], month, day[n - 1]);
      for (int j = 0; j + 1 < n; ++j) emit_date(at[j], at[j] + 1, month_iso(y, month, day[j]), out);
      return at[n - 1];
    }
    k = next;
  }
  return 0;
}

uint32_t Grammar::days_listed_after_month(uint32_t month_at_i, uint32_t e, std::vector<Found>& out) const {
  // "on July 25, 26 and 30": the days after the first are dates of its
  // month and year. The days rise, "and" or "or" comes before the last, and
  // what follows it is no noun they count ("On July 25, 26 and 30 people
  // ..." is rare, "July 25, 26 people" common, and neither is read so).
  const Number& first = out.back().number;
  const std::string_view iso = first.iso;
  if (first.kind != NumberKind::date || first.span.end != atoms_[e - 1].end ||
      !(iso.size() == 10 || (iso.empty() && !ref_)) || !is_digits(e - 1)) {
    return e;
  }
  constexpr int kMostDays = 8;
  uint32_t at[kMostDays];
  int day[kMostDays];
  int n = 0, last = to_int(tx(e - 1));
  uint32_t k = e;
  bool closed = false;
  while (n < kMostDays && !closed) {
    if (is(k, ",")) ++k;
    closed = is(k, "and") || is(k, "or");
    if (closed) ++k;
    const auto d = is_digits(k) ? day_at(k) : std::nullopt;
    if (!d || d->first <= last) return e;
    at[n] = k;
    day[n++] = last = d->first;
    k = d->second;
  }
  if (!closed || (is_word(k) && !capitalized(k) && !is(k, "in") && !is(k, "at") && !is(k, "on") &&
                  !is(k, "from") && !is(k, "to") && !is(k, "and") && !is(k, "when") && !is(k, "respectively"))) {
    return e;
  }
  const int month = month_at(month_at_i);
  const int year = iso.empty() ? 0 : to_int(iso.substr(0, 4));
  for (int j = 0; j < n; ++j) {
    const bool valid = year && dates::valid(year, month, day[j]);
    emit_date(at[j], at[j] + 1, valid ? dates::iso_day({year, month, day[j]}) : std::string(), out);
  }
  return at[n - 1] + 1;
}

uint32_t Grammar::doubled_date(uint32_t i, int month, uint32_t glued, std::vector<Found>& out) const {
  // "8 Oct 20268 Oct 2026": a copied page (Al Jazeera's "Published On")
  // glues a date to its repeat, the year to the next day. Read when the
  // repeat has the same day, month and year.
  const std::string_view run = tx(glued), day = tx(i);
  if (run.substr(4) != day || month_at(glued + 1) != month) return 0;
  const int year = to_int(run.substr(0, 4));
  const auto repeat = year_at(skip_abbreviation_dot(glued + 1, glued + 2));
  if (year < 1900 || year > 2100 || !repeat || repeat->first != year) return 0;
  const uint32_t cut = atoms_[glued].start + 4;
  emit_date(i, glued + 1, month_iso(year, month, to_int(day)), out);
  out.back().number.span.end = cut;
  emit_date(glued, repeat->second, month_iso(year, month, to_int(day)), out);
  out.back().number.span.start = cut;
  return repeat->second;
}

uint32_t Grammar::month_day(uint32_t i, std::vector<Found>& out) const {
  const int month = month_at(i);
  if (!month) return 0;
  uint32_t e = i + 1;
  uint32_t d_at = skip_abbreviation_dot(i, e);
  // Oct/2, Dec-2018, jun-15, Sep-23-2020 (no space around the separator)
  if (ok(e) && adjacent(e) && (tx(e) == "/" || is_hyphen_atom(e)) && is_digits(e + 1) && adjacent(e + 1)) {
    d_at = e + 1;
  }
  // Sep-23-2020: the day's own separator brings the year.
  if (d_at == e + 1 && tx(d_at).size() <= 2 && ok(d_at + 1) && adjacent(d_at + 1) && tx(d_at + 1) == tx(e) &&
      adjacent(d_at + 2)) {
    if (const auto y = year_at(d_at + 2)) return emit_date(i, y->second, month_iso(y->first, month, to_int(tx(d_at))), out);
  }
  if (const uint32_t end = month_first_days_across_months(i, month, d_at, out)) return end;
  if (const auto day = day_slash_year(d_at); day && !(adjacent(d_at + 1) && atoms_[d_at + 1].kind != AtomKind::punct)) {
    return emit_date(i, d_at + 1, month_iso(day->year, month, day->day), out);
  }
  if (is(d_at, "the")) ++d_at;
  if (const auto days = day_range(d_at); days && !counted_after(days->end)) {
    const auto year = year_after(days->end);
    const int y = year.first ? year.first : year_of_days_to_come(i, month, days->first);
    return emit_date(i, year.second, days_iso(y, month, *days), out);
  }
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
    if (year) {
      if (const uint32_t end = full_dates_range(i, {year, month, day->first}, e, out)) return end;
    }
    if (!year && ref_ && in_dateline(i, e)) year = year_of_last(month, day->first);
    if (!year) year = year_by_tense(i, month, day->first);
    return emit_date(i, e, month_iso(year, month, day->first), out);
  }
  if (const uint32_t end = months_range(i, month, e, out)) return end;
  uint32_t y_at = e;
  if (ok(y_at) && adjacent(y_at) && (tx(y_at) == "/" || is_hyphen_atom(y_at))) ++y_at;
  if (is(y_at, "of") || is(y_at, "in")) ++y_at;
  if (auto y = year_at(y_at)) return emit_date(i, y->second, dates::iso_month(y->first, month), out);
  if (is_digits(y_at) && tx(y_at).size() == 2 && is(y_at - 1, "of")) {  // April of 87
    const int yy = to_int(tx(y_at));
    return emit_date(i, y_at + 1, dates::iso_month(date_year(yy), month), out);
  }
  // "a referendum in December of that year": the year the story named before, not the reference's.
  if (is(y_at - 1, "of") && is(y_at, "that") && is(y_at + 1, "year")) {
    return emit_date(i, y_at + 2, named_year_ ? dates::iso_month(named_year_, month) : std::string(), out);
  }
  if (!month_stands_alone(i)) return 0;
  const int year = past_month(i) ? year_of_last(month) : future_month(i) ? year_of_next(month) : 0;
  return emit_date(i, i + 1, month_iso(year, month, 0), out);
}

bool Grammar::future_month(uint32_t i) const {
  // "will pay £1,863 a year from April", "is expected to open in May": a
  // month the clause tells of as to come (the nearest April may be past).
  if (!ref_ || i == 0) return false;
  const bool from = is(i - 1, "from");
  if (!(is(i - 1, "in") || from || is(i - 1, "by"))) return false;
  const Tense told = deadline_tense(clause_tense(i - 1), i);
  // "The budget also includes: ... / Free school meals for an extra 1,800
  // children from September": a start that ends a list's line telling no
  // tense, as plans are listed (not a sentence: "output was up 0.8 percent
  // from June.").
  return told == Tense::future || (told == Tense::unsaid && from && ends_line_unstopped(i));
}

bool Grammar::ends_line_unstopped(uint32_t i) const {
  return !in(i + 1) || (sentence_start(i + 1) && atoms_[i + 1].kind != AtomKind::punct);
}

int Grammar::year_of_next(int month) const { return month >= ref_->month ? ref_->year : ref_->year + 1; }

int Grammar::year_by_tense(uint32_t i, int month, int day) const {
  // "a consultation, which closed on 15 January" is past; "will appear in
  // court on 14 March" to come; else the nearest (0).
  if (!ref_) return 0;
  switch (deadline_tense(clause_tense(i), i)) {
    case Tense::past: return year_of_last(month, day);
    case Tense::future: return year_of_next(month, day);
    case Tense::unsaid: return 0;
  }
  return 0;
}

int Grammar::year_of_days_to_come(uint32_t i, int month, int day) const {
  // "The next meeting is scheduled for Nov. 24-25", "The semifinals are July
  // 19-20": days the clause tells of as to come. A past clause may still
  // tell of days ahead ("was awarded in a tender for Oct 15-18", a
  // delivery): those stay the nearest.
  return ref_ && deadline_tense(clause_tense(i), i) == Tense::future ? year_of_next(month, day) : 0;
}

bool Grammar::past_month(uint32_t i) const {
  // "Nigeria was suspended in November", "prices have risen since March": in
  // a month the clause tells of as past. "The September elections" is
  // a name's part, whatever the tense. "Inflation in the 12 months to March",
  // "the year to June": a period that statistics report once it has ended.
  if (!ref_ || i == 0) return false;
  const bool period_to = is(i - 1, "to") && i >= 2 && has(i - 2, lx::flag::time_unit);
  return period_to || is(i - 1, "since") || (is(i - 1, "in") && clause_tense(i - 1) == Tense::past);
}

int Grammar::year_of_last(int month) const { return month <= ref_->month ? ref_->year : ref_->year - 1; }

int Grammar::year_of_last(int month, int day) const {
  return month < ref_->month || (month == ref_->month && day <= ref_->day) ? ref_->year : ref_->year - 1;
}

int Grammar::year_of_next(int month, int day) const {
  return month > ref_->month || (month == ref_->month && day >= ref_->day) ? ref_->year : ref_->year + 1;
}

bool Grammar::in_dateline(uint32_t first, uint32_t end) const {
  // "ISTANBUL, March 8 (Reuters) - ...", "WASHINGTON, Dec. 5 — ...",
  // "Dec 3 (Reuters) - ...": the day a wire story was filed, after its place
  // or opening its first sentence, before its agency or a dash. It is past,
  // or today.
  const bool after_place = first >= 2 && is(first - 1, ",") && capitalized(first - 2);
  if (!after_place && !sentence_start(first)) return false;
  uint32_t k = end;
  if (!after_place && !(in(k) && tx(k) == "(")) return false;
  bool agency = false;
  if (after_place && in(k) && tx(k) == "/") {
    // "SAN FRANCISCO, Nov. 18, 2025 /PRNewswire/ -- ...": a press release's
    // wire between slashes.
    constexpr uint32_t kWireAtoms = 6;  // "/PRNewswire-HISPANIC PR WIRE/"
    const uint32_t open = k++;
    while (in(k) && k - open <= kWireAtoms && tx(k) != "/") ++k;
    if (!in(k) || tx(k) != "/") return false;
    ++k;
    agency = true;
  }
  if (in(k) && tx(k) == "(") {
    // The agency's name is a name, which no number may take (not ok()).
    constexpr uint32_t kAgencyAtoms = 4;  // "(Reuters)", "(AP)", "(Bloomberg News)"
    while (in(k) && k - end <= kAgencyAtoms && tx(k) != ")") ++k;
    if (!in(k) || tx(k) != ")") return false;
    ++k;
    agency = true;
  }
  // After its place, an agency or a colon ends it too: "New Delhi, Dec 3
  // (PTI) The ...", "NEW DELHI, Dec 3: ..."; or a typed dash: "LONDON, Dec 3 -- ...".
  if (in(k) && (tx(k) == "--" || (after_place && tx(k) == ":"))) return true;
  return is_dash(k) || (after_place && agency);
}

uint32_t Grammar::month_first_days_across_months(uint32_t i, int month, uint32_t d, std::vector<Found>& out) const {
  // June 30-July 2, June 30 to July 2, 2024: a range of days over two months.
  if (!is_digits(d) || tx(d).size() > 2 || !is_range_word(i, d + 1)) return 0;
  const int last_month = month_at(d + 2);
  const auto last = last_month ? day_at(skip_abbreviation_dot(d + 2, d + 3)) : std::nullopt;  // Aug. 30 - Sept. 3
  if (!last) return 0;
  const auto year = year_after(last->second);
  return emit_date(i, year.second, across_months_iso(year.first, month, to_int(tx(d)), last_month, last->first), out);
}

uint32_t Grammar::full_dates_range(uint32_t i, dates::Date first, uint32_t e, std::vector<Found>& out) const {
  // June 30, 2024 - July 2, 2024; 30 June 2024 to 2 July 2024: each end a
  // whole date, so the range may cross a year. "June 30, 2024 - July 2": the
  // last day without its year is in the first one's, or the next year.
  if (!is_range_word(i, e) || !ok(e + 1) || !dates::valid(first.year, first.month, first.day)) return 0;
  const auto last = day_of_month_at(e + 1);
  if (!last) return 0;
  dates::Date end{last->year, last->month, last->day};
  if (end.year == 0) end.year = last->month < first.month ? first.year + 1 : first.year;
  if (!dates::valid(end.year, end.month, end.day) || dates::to_days(end) <= dates::to_days(first)) return 0;
  return emit_date(i, last->end, dates::iso_day(first) + "/" + dates::iso_day(end), out);
}

std::optional<Grammar::DayOfMonth> Grammar::day_of_month_at(uint32_t i) const {
  int month = 0;
  std::optional<std::pair<int, uint32_t>> day;
  uint32_t e = 0;
  if ((month = month_at(i))) {
    day = day_at(skip_abbreviation_dot(i, i + 1));
    if (day) e = day->second;
  } else if ((day = day_at(i)) && (month = month_at(day->second))) {
    e = skip_abbreviation_dot(day->second, day->second + 1);
  }
  if (!e) return std::nullopt;
  const auto year = year_after(e);
  return DayOfMonth{year.first, month, day->first, year.second};
}

uint32_t Grammar::months_range(uint32_t i, int first, uint32_t e, std::vector<Found>& out) const {
  // January-April 1995, Jan-May, from March to May 2024, between March and
  // May, Dec-Feb (over the new year; a year written after is the last month's).
  // Both names capitalized: "march to May Street" is a walk.
  if (!ok(e + 1) || !is_range_word(i, e) || !capitalized(i) || !capitalized(e + 1)) return 0;
  const int last = month_at(e + 1);
  if (!last || last == first || day_at(e + 2)) return 0;  // March to May 5: a day of May follows
  auto [year, end] = year_after(e + 2);
  if (year == 0) {
    if (!ref_) return emit_date(i, end, {}, out);
    year = nearest_year(last, 0);
  }
  const int first_year = first > last ? year - 1 : year;
  return emit_date(i, end, dates::iso_month(first_year, first) + "/" + dates::iso_month(year, last), out);
}

bool Grammar::counted_after(uint32_t k) const {
  if (!ok(k) || !is_word(k)) return false;
  const std::string_view w = lw(k);
  return measures(k) || w == "per" || is_duration_word(k) || (w.size() > 2 && w.back() == 's');
}

bool Grammar::is_range_word(uint32_t start, uint32_t i) const {
  if (!ok(i)) return false;
  if (atoms_[i].kind != AtomKind::word) return is_dash(i);
  const std::string_view w = lw(i);
  // "between 28 February and 3 March"; without "between", "and" joins two dates.
  return w == "to" || w == "through" || w == "until" || (w == "and" && start > 0 && is(start - 1, "between"));
}

std::string Grammar::across_months_iso(int year, int month, int day, int last_month, int last_day) const {
  // December 30 - January 2 goes over the new year; a year written after
  // the range is the last day's.
  const bool new_year = last_month < month;
  int first_year = new_year ? year - 1 : year;
  if (year == 0) {
    if (!ref_) return {};
    first_year = nearest_year(month, day);
  }
  const int last_year = new_year ? first_year + 1 : first_year;
  if (!dates::valid(first_year, month, day) || !dates::valid(last_year, last_month, last_day)) return {};
  if (!new_year && (last_month < month || (last_month == month && last_day <= day))) return {};
  return dates::iso_day({first_year, month, day}) + "/" + dates::iso_day({last_year, last_month, last_day});
}

bool Grammar::is_duration_word(uint32_t i) const {
  const lx::Duration* d = lx::duration(entry(i));
  return d && !d->abbreviation;
}

uint32_t Grammar::relative_date(uint32_t i, std::vector<Found>& out) const {
  const std::string_view w = lw(i);
  if (!is_word(i)) return 0;
  if (w == "today" || w == "yesterday" || w == "tomorrow" || w == "tonight" || w == "tmrw") {
    // "BBC Radio 4's Today programme", "NBC's Today show": a title, no date.
    if (w == "today" && capitalized(i) && (is(i + 1, "programme") || is(i + 1, "show"))) return 0;
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
  if (w == "week") return numbered_week(i, out);
  if (w == "year") return year_to_date(i, out);
  if (uint32_t e = season_of_year(i, out)) return e;
  if (uint32_t e = part_of(i, out)) return e;
  // this/next/last/previous/coming/past + period
  if (w == "recent" || w == "coming" || w == "past") {
    if (const uint32_t e = unsaid_count_of_periods(i, out)) return e;
  }
  static constexpr std::string_view kRel[] = {"this", "next", "last", "previous", "coming", "past", "following",
                                              "current", "upcoming"};
  int rel = -2;
  for (std::string_view r : kRel) {
    if (w == r) rel = (w == "this" || w == "current") ? 0 : (w == "last" || w == "previous" || w == "past") ? -1 : 1;
  }
  if (rel == -2) return w == "the" ? story_day_or_weekend(i, out) : 0;
  uint32_t k = i + 1;
  if (is(k, "fiscal") || is(k, "calendar") || is(k, "school")) ++k;
  if ((is(k, "working") || is(k, "work")) && is(k + 1, "week")) ++k;
  if (!ok(k)) return 0;
  // "this working week", "next workweek": the week.
  const std::string_view p = lw(k) == "workweek" ? std::string_view("week") : lw(k);
  if (p == "month" && (w == "previous" || w == "following")) return emit_date(i, k + 1, story_month_iso(i, rel), out);
  if (p == "quarter" && (w == "previous" || w == "following")) {
    return emit_date(i, k + 1, story_quarter_iso(i, rel), out);
  }
  if (w == "past" && (p == "year" || p == "month" || p == "week")) {
    return emit_date(i, k + 1, stretch_to_reference_iso(p), out);
  }
  if (p == "year" || p == "month" || p == "week" || p == "quarter" || p == "weekend" || p == "decade" ||
      p == "century" || p == "fortnight") {
    return emit_date(i, k + 1, period_iso(p, rel), out);
  }
  if (p == "morning" || p == "afternoon" || p == "evening" || p == "night") {
    return emit_date(i, k + 1, rel == 0 && ref_ ? dates::iso_day(*ref_) : std::string(), out, NumberKind::time);
  }
  if (const int first = local_season_first_month(p)) {
    return emit_date(i, k + 1, relative_season_iso(first, rel), out);
  }
  if (const int wd = lx::weekday(entry(k))) {
    uint32_t e = k + 1;
    if (is_day_part(e)) ++e;
    const WeekdayOf which = rel < 0    ? WeekdayOf::before
                            : w == "next" ? WeekdayOf::next
                            : rel > 0     ? WeekdayOf::after
                                          : WeekdayOf::this_week;
    return emit_date(i, e, weekday_iso(wd, which), out);
  }
  if (const int m = month_at(k)) return emit_date(i, k + 1, relative_month_iso(m, rel), out);
  return 0;
}

std::string Grammar::story_quarter_iso(uint32_t i, int rel) const {
  // "Gross margin was 74.6%, down from 75.1% in the previous quarter", after
  // "third-quarter revenue": the second quarter, not the reference's last.
  // The quarter may be named a sentence before, as reports of results do:
  // within the last kSentenceLookBack atoms, whatever the sentences.
  const uint32_t oldest = i > kSentenceLookBack ? i - kSentenceLookBack : 0;
  if (named_quarter_.month && i > 0 && atoms_[oldest].end <= named_quarter_.end) {
    const int index = named_quarter_.year * 4 + named_quarter_.month - 1 + rel;  // quarters since year 0
    return dates::iso_year(index / 4) + "-Q" + std::to_string(index % 4 + 1);
  }
  return period_iso("quarter", rel);
}

std::string Grammar::story_month_iso(uint32_t i, int rel) const {
  // "Inflation rose to 3% in July from 2.5% the previous month": the month
  // before July, not the reference's; "the following month" the one after.
  // "Next month" and "last month" count from the reference.
  if (named_month_.month && named_in_sentence(i, named_month_.end)) {
    const dates::Date d = dates::add_months({named_month_.year, named_month_.month, 1}, rel);
    return dates::iso_month(d.year, d.month);
  }
  return period_iso("month", rel);
}

bool Grammar::named_in_sentence(uint32_t i, uint32_t end) const {
  for (uint32_t k = i; k > 0 && i - k < kSentenceLookBack && !sentence_start(k); --k) {
    if (atoms_[k - 1].end <= end) return true;
  }
  return false;
}

std::string Grammar::relative_month_iso(int month, int rel) const {
  // Last April: the latest before the reference month; next April: the
  // first after it; this April: the reference year's.
  if (!ref_) return {};
  int year = ref_->year;
  if (rel < 0 && month >= ref_->month) --year;
  if (rel > 0 && month <= ref_->month) ++year;
  return dates::iso_month(year, month);
}

uint32_t Grammar::season_of_year(uint32_t i, std::vector<Found>& out) const {
  // Meteorological seasons of the northern hemisphere, as most of the news
  // means them: spring is March-May, summer June-August, autumn (fall)
  // September-November, and winter December-February, named by the year of
  // its December (winter 2019, winter 2019/20: 2019-12/2020-02).
  const uint32_t k = is(i, "the") ? i + 1 : i;
  if (!is_word(k)) return 0;
  const int first = local_season_first_month(lw(k));
  if (!first) return 0;
  const uint32_t at = is(k + 1, "of") ? k + 2 : k + 1;  // summer 2021, the spring of 2020
  int year = 0;
  uint32_t e = 0;
  if (const auto y = year_at(at)) {
    std::tie(year, e) = *y;
  } else if (first == 12 && is_digits(at) && !(ok(at + 1) && atoms_[at + 1].joined)) {
    year = winter_years(tx(at));  // winter 2019/20: one token
    e = at + 1;
  } else if (first == 12 && is_digits(at) && tx(at).size() == 4 && is_hyphen_atom(at + 1) && is_digits(at + 2) &&
             tx(at + 2).size() == 2 && !(ok(at + 3) && atoms_[at + 3].joined)) {
    // winter 2019-20: the year and the next one's last two digits.
    const int y = to_int(tx(at));
    year = to_int(tx(at + 2)) == (y + 1) % 100 && y >= 1800 && y <= 2199 ? y : 0;
    e = at + 3;
  }
  if (year == 0) return 0;
  return emit_date(i, e, season_iso(year, first), out);
}

int Grammar::season_first_month(std::string_view w) {
  return w == "spring" ? 3 : w == "summer" ? 6 : w == "autumn" || w == "fall" ? 9 : w == "winter" ? 12 : 0;
}

int Grammar::local_season_first_month(std::string_view w) const {
  // South of the equator the seasons are the other half of the year: a
  // Sydney paper's summer is December-February.
  const int north = season_first_month(w);
  constexpr int kHalfYear = 6;
  return north && story_in_southern_hemisphere() ? (north + kHalfYear - 1) % 12 + 1 : north;
}

bool Grammar::story_in_southern_hemisphere() const {
  // The story's first place, its dateline's or its headline's, asked once:
  // "Heatwave warning: Sydney to swelter through 40C", "Western Sydney is
  // expected to reach 43C". Only the largest places, whose names mean
  // nothing else.
  if (hemisphere_ != Hemisphere::unknown) return hemisphere_ == Hemisphere::south;
  static constexpr std::string_view kSouthern[] = {
      "Australia", "Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Canberra", "Hobart", "Queensland",
      "New South Wales", "NSW", "Tasmania", "New Zealand", "Auckland", "Christchurch", "South Africa",
      "Johannesburg", "Cape Town", "Pretoria", "Durban", "Argentina", "Buenos Aires", "Chile", "Uruguay",
      "Montevideo", "Sao Paulo", "S\xC3\xA3o Paulo", "Rio de Janeiro"};
  const auto first =
      std::find_if(names_.begin(), names_.end(), [](const Mention& m) { return m.type == EntityType::LOC; });
  bool south = false;
  if (first != names_.end()) {
    const std::string_view place = text_.substr(first->span.start, first->span.size());
    south = std::any_of(std::begin(kSouthern), std::end(kSouthern), [place](std::string_view name) {
      // "Western Sydney", "Greater Sydney": the place's name last.
      return place.size() >= name.size() && place.substr(place.size() - name.size()) == name &&
             (place.size() == name.size() || place[place.size() - name.size() - 1] == ' ');
    });
  }
  hemisphere_ = south ? Hemisphere::south : Hemisphere::north;
  return south;
}

std::string Grammar::season_iso(int year, int first) {
  const int last_year = first == 12 ? year + 1 : year;
  const int last = first == 12 ? 2 : first + 2;
  return dates::iso_month(year, first) + "/" + dates::iso_month(last_year, last);
}

std::string Grammar::relative_season_iso(int first, int rel) const {
  // Named by the year of its first month. Next: the first to begin after
  // the reference month; last: the latest to have ended before it; this:
  // the reference year's, or for winter the one that began the December
  // before until June ("this winter" in January is the one under way, in
  // October the one ahead).
  if (!ref_) return {};
  const int month = ref_->month, year = ref_->year;
  int start = year;
  if (rel > 0) {
    start = first > month ? year : year + 1;
  } else if (rel < 0) {
    const int last = first == 12 ? 2 : first + 2;
    const int end_year = month > last ? year : year - 1;
    start = first == 12 ? end_year - 1 : end_year;
  } else if (first == 12 && month < 7) {
    start = year - 1;
  }
  return season_iso(start, first);
}

int Grammar::winter_years(std::string_view t) {
  // 2019/20 or 2019/2020: a year and the next one; 0 otherwise.
  if ((t.size() != 7 && t.size() != 9) || t[4] != '/') return 0;
  for (size_t c = 0; c < t.size(); ++c) {
    if (c != 4 && !is_digit(t[c])) return 0;
  }
  const int year = to_int(t.substr(0, 4)), next = to_int(t.substr(5));
  const bool follows = t.size() == 7 ? next == (year + 1) % 100 : next == year + 1;
  return follows && year >= 1800 && year <= 2199 ? year : 0;
}

uint32_t Grammar::unsaid_count_of_periods(uint32_t i, std::vector<Found>& out) const {
  const uint32_t k = i + 1;
  const lx::Duration* d = is_word(k) ? lx::duration(entry(k)) : nullptr;
  if (!d || d->abbreviation || lw(k).back() != 's' || d->unit == lx::TimeUnit::second) return 0;
  emit_date(i, k + 1, {}, out, NumberKind::duration);
  out.back().number.unit = lx::to_string(d->unit);
  return k + 1;
}

uint32_t Grammar::century(uint32_t i, std::vector<Found>& out) const {
  // "his ninth century", "Tendulkar's 49th century": a batsman's hundred runs, not a period.
  if (i > 0 && (is(i - 1, "his") || is(i - 1, "her") || is(i - 1, "their") || is(i - 1, "s"))) return 0;
  const auto o = ordinal_at(i);
  if (!o || !is(o->second, "century") || o->first < 1 || o->first > 30 || std::fmod(o->first, 1) != 0) return 0;
  // As news counts them: the 20th century is 1900-1999.
  const int first = (static_cast<int>(o->first) - 1) * 100;
  return emit_date(i, o->second + 1, dates::iso_year(std::max(first, 1)) + "/" + dates::iso_year(first + 99), out);
}

uint32_t Grammar::year_to_date(uint32_t i, std::vector<Found>& out) const {
  // year to date, year-to-date; "the financial year to June 2024", "in the
  // year to March": the twelve months that end with it.
  const uint32_t hyphens = is_hyphen_atom(i + 1) && is_hyphen_atom(i + 3) ? 1 : 0;
  if (!is(i + 1 + hyphens, "to") || !is(i + 2 + 2 * hyphens, "date")) {
    if (!has(i + 2, lx::flag::month)) return 0;
    const bool accounts = i > 0 && (is(i - 1, "financial") || is(i - 1, "fiscal"));
    return months_to_date(accounts ? i - 1 : i, 12, i + 1, out);
  }
  const std::string iso = ref_ ? dates::iso_day({ref_->year, 1, 1}) + "/" + dates::iso_day(*ref_) : std::string();
  return emit_date(i, i + 3 + 2 * hyphens, iso, out);
}

uint32_t Grammar::numbered_week(uint32_t i, std::vector<Found>& out) const {
  // "week 23", "Week 10, 8 p.m.": a week's number ends the phrase, or a time
  // follows; "the week 10 people died" counts people.
  const uint32_t n = i + 1;
  if (!is_digits(n) || tx(n).size() > 2 || (in(n + 1) && atoms_[n + 1].joined)) return 0;
  const int week = to_int(tx(n));
  if (week < 1 || week > 53 || (ok(n + 1) && atoms_[n + 1].kind == AtomKind::word)) return 0;
  return emit_date(i, n + 1, {}, out);  // which year's week, or a season's, is not told
}

uint32_t Grammar::story_day_or_weekend(uint32_t i, std::vector<Found>& out) const {
  // "the next day", "the following day": a day the story counts from its own events.
  if ((is(i + 1, "next") || is(i + 1, "following") || is(i + 1, "previous")) && is(i + 2, "day")) {
    return emit_date(i, i + 3, {}, out);
  }
  // "the month before", "the month after": as "the previous month" is, unless
  // an event follows ("the month before the election").
  if (is(i + 1, "month") && (is(i + 2, "before") || is(i + 2, "after"))) {
    const bool event = is_word(i + 3) && !is(i + 3, "and") && !is(i + 3, "but");
    return emit_date(i, i + 3, event ? std::string() : story_month_iso(i, is(i + 2, "before") ? -1 : 1), out);
  }
  if (is(i + 1, "day") && (is(i + 2, "before") || is(i + 2, "after"))) {
    // "the day before yesterday" counts from the reference, "the day before the vote" from the story.
    const bool before = is(i + 2, "before");
    if (before ? is(i + 3, "yesterday") : is(i + 3, "tomorrow")) {
      return emit_date(i, i + 4, ref_ ? dates::iso_day(dates::add_days(*ref_, before ? -2 : 2)) : std::string(), out);
    }
    return emit_date(i, i + 3, {}, out);
  }
  if (!is(i + 1, "weekend") || i == 0 || !is_word(i - 1)) return 0;
  // After a preposition: "over the weekend", "at the weekend", "by the weekend".
  static constexpr std::string_view kBefore[] = {"over", "at", "during", "on", "for", "through", "throughout",
                                                 "until", "till", "by", "after", "before", "since", "of"};
  const std::string_view p = lw(i - 1);
  if (std::find(std::begin(kBefore), std::end(kBefore), p) == std::end(kBefore)) return 0;
  // "over the weekend of June 5" names its own weekend; other prepositions do not tell which.
  if ((p != "over" && p != "at") || !ref_ || is(i + 2, "of")) return emit_date(i, i + 2, {}, out);
  // "The talks will resume at the weekend": the coming one, this week's (ISO weeks end on Sunday).
  if (clause_tense(i) == Tense::future) return emit_date(i, i + 2, period_iso("weekend", 0), out);
  // News tells "over the weekend" and "at the weekend" of the last one: the week of the latest Saturday.
  constexpr int kSaturday = 6;
  return emit_date(i, i + 2, dates::iso_week(weekday_near_reference(kSaturday, WeekdayOf::latest)), out);
}

bool Grammar::is_day_part(uint32_t i) const {
  return is(i, "morning") || is(i, "afternoon") || is(i, "evening") || is(i, "night") || is(i, "mornings") ||
         is(i, "afternoons") || is(i, "evenings");
}

std::string Grammar::stretch_to_reference_iso(std::string_view p) const {
  // "in the past week": the seven days up to the story's, not the calendar
  // week before it, which "last week" is.
  if (!ref_) return {};
  const dates::Date from = p == "week"    ? dates::add_days(*ref_, -7)
                           : p == "month" ? dates::add_months(*ref_, -1)
                                          : dates::add_months(*ref_, -12);
  return dates::iso_day(from) + "/" + dates::iso_day(*ref_);
}

std::string Grammar::period_iso(std::string_view p, int rel) const {
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

dates::Date Grammar::weekday_near_reference(int wd, WeekdayOf which) const {
  const int today = dates::weekday(*ref_);  // 1 Monday ... 7 Sunday, as wd
  const int ahead = (wd - today + 7) % 7, behind = (today - wd + 7) % 7;
  long offset = 0;
  switch (which) {
    case WeekdayOf::latest: offset = -behind; break;
    case WeekdayOf::before: offset = behind == 0 ? -7 : -behind; break;
    case WeekdayOf::after: offset = ahead == 0 ? 7 : ahead; break;
    case WeekdayOf::coming: offset = ahead; break;
    case WeekdayOf::this_week: offset = wd - today; break;
    case WeekdayOf::next: {
      constexpr int kNearestNext = 3;
      offset = ahead == 0 ? 7 : ahead;
      if (offset < kNearestNext && wd > today) offset += 7;
      break;
    }
  }
  return dates::add_days(*ref_, offset);
}

std::string Grammar::weekday_iso(int wd, WeekdayOf which) const {
  return ref_ ? dates::iso_day(weekday_near_reference(wd, which)) : std::string();
}

bool Grammar::is_due(uint32_t i) const {
  // "is due to leave", "the survey due on Monday"; not "suspended due to rain".
  if (!is(i, "due")) return false;
  return is(i - 1, "is") || is(i - 1, "are") || is(i - 1, "was") || is(i - 1, "were") || is(i - 1, "be") ||
         is(i + 1, "on") || is(i + 1, "for") || is(i + 1, "by") || is(i + 1, "in");
}

bool Grammar::is_simple_past(uint32_t i) const {
  // Participles of what is planned look ahead ("a strike planned for March").
  static constexpr std::string_view kPlanned[] = {
      "planned",  "proposed", "postponed", "delayed",  "rescheduled", "slated",    "earmarked", "pencilled",
      "penciled", "targeted", "intended",  "tipped",   "billed",      "tabled",    "promised",  "pledged",
      "vowed",    "projected", "predicted", "anticipated", "deferred", "pushed",   "moved",     "aimed"};
  const std::string_view w = lw(i);
  if (w.size() < 6 || w.substr(w.size() - 2) != "ed" || (w[w.size() - 3] == 'e' && w != "agreed" && w != "freed")) {
    return false;  // not "need", "proceed", "hundred"
  }
  return follows_subject(i) && std::find(std::begin(kPlanned), std::end(kPlanned), w) == std::end(kPlanned);
}

bool Grammar::follows_subject(uint32_t i) const {
  // Before an adjective or a participle rather than a verb after its subject:
  // "a limited edition in March", "is detailed in March", "newly listed".
  static constexpr std::string_view kNotSubject[] = {
      "a",    "an",  "the",  "this", "that", "these", "those", "its", "his",  "her",  "their", "our",
      "my",   "your", "of",  "in",   "on",   "at",    "for",   "with", "by",  "from", "to",    "into",
      "as",   "be",  "is",   "are",  "was",  "were",  "been",  "being", "will", "would", "not", "very",
      "more", "most", "so",  "too",  "newly", "well"};
  if (!(atoms_[i].kind == AtomKind::word) || capitalized(i) || i == 0 || sentence_start(i)) return false;
  if (!ok(i - 1)) return in(i - 1);  // a name, blocked: "Smith resigned"
  const std::string_view before = lw(i - 1);
  return std::find(std::begin(kNotSubject), std::end(kNotSubject), before) == std::end(kNotSubject);
}

Grammar::Tense Grammar::clause_tense(uint32_t i) const {
  // "Until" alone may look back as well ("was kept secret until Friday"):
  // it tells of the future only with no past tense before it.
  bool until = false;
  // A verb in the simple past ("Smith resigned in March") tells of the past
  // unless a cue of the future stands before it ("would introduce a new
  // recomposed index on September 10"); before "to" it tells nothing of
  // what it was to do ("vowed to cut taxes in March").
  Tense simple_past = Tense::unsaid;
  bool infinitive_between = false;
  bool participle_clause = false;
  bool clause_ended = false;  // by its punctuation, before the look-back's reach
  uint32_t k = i;
  for (; k > 0 && i - k < kClauseLookBack && !sentence_start(k); --k) {
    const uint32_t b = k - 1;
    if (ends_clause(b)) {
      // "Doyle attacked Mohammed Arif, 41, outside a block of flats on 14
      // March": an age set off by commas ends no clause.
      if (is(b, ",") && b >= 2 && is_digits(b - 1) && tx(b - 1).size() <= 2 && is(b - 2, ",")) {
        k = b - 1;
        continue;
      }
      // "will reach Portugal on Thursday, bringing highs of 14C by Monday":
      // a participle's clause has the tense of the clause it hangs on.
      if (b + 1 < i && is(b, ",") && !participle_clause && opens_participle_clause(b + 1)) {
        participle_clause = true;
        continue;
      }
      // "Honda will report on Thursday, and Nissan on Friday": a clause
      // without its verb has the tense of the clause it continues.
      if (is(b, ",") && gapped_clause(b + 1, i)) continue;
      clause_ended = true;
      break;
    }
    if (!is_word(b)) continue;
    // "The deadline for bids is Friday", "The vote is on Tuesday": a present
    // "be" right before the date tells what is scheduled.
    if ((b + 1 == i || (b + 2 == i && is(b + 1, "on"))) && (is(b, "is") || is(b, "are"))) return Tense::future;
    // A headline drops its "is": "Government setting up shutdown Sunday",
    // "Council chief to be installed Tuesday" tell of what is to come.
    if (in_headline(b) && simple_past == Tense::unsaid && !until && headline_looks_ahead(b)) return Tense::future;
    // "funded through March 14", "a warning through 9 p.m. Thursday":
    // "through" just before the day, or its hour, is "until"; elsewhere
    // ("marched through Karachi on Wednesday") it is no cue.
    if (is(b, "through") && (b + 1 == i || hour_just_before(b + 1, i))) {
      until = true;
      continue;
    }
    switch (lx::tense_cue(entry(b))) {
      case lx::TenseCue::none: {
        const bool to = !infinitive_between && is(b, "to");  // the nearest "to" only
        // "differing views about how to proceed in December": what is yet to
        // be done is to come, whatever the tense of the talk about it.
        if (to && simple_past == Tense::unsaid && !until && b > 0 && (is(b - 1, "how") || is(b - 1, "whether"))) {
          return Tense::future;
        }
        if (simple_past == Tense::unsaid && !infinitive_between && !until && is_simple_past(b)) {
          simple_past = Tense::past;
        }
        infinitive_between = infinitive_between || to;
        break;
      }
      case lx::TenseCue::irregular_past:
        // Only near the date: "came on the eve of the launch of his campaign
        // for a new term at November 3 polls" tells of the eve, not the polls.
        if (simple_past == Tense::unsaid && !infinitive_between && !until && i - b <= kIrregularPastReach &&
            follows_subject(b)) {
          simple_past = Tense::past;
        }
        break;
      case lx::TenseCue::past:
        return Tense::past;
      case lx::TenseCue::future:
        return Tense::future;
      case lx::TenseCue::another_event:  // "cancelled by the OSCE on Tuesday" after "following"
        return until ? Tense::future : simple_past;
      case lx::TenseCue::until:
        until = true;
        break;
      case lx::TenseCue::should:  // "should have" looks back: "we should have cancelled out the Monday"
        if (!is(b + 1, "have")) return Tense::future;
        break;
      case lx::TenseCue::due:
        if (is_due(b)) return Tense::future;
        break;
      case lx::TenseCue::ahead:  // "ahead of the survey out on Wednesday"; not "went ahead on Monday"
        if (is(b + 1, "of")) return Tense::future;
        break;
      case lx::TenseCue::done:  // "a poll conducted in March"; not "will be published on Monday"
        // What was issued "until" a day lasts till then: "has issued an alert until 12:00 on Friday".
        if (until) return Tense::future;
        if (!(b > 0 && (is(b - 1, "be") || is(b - 1, "being") || is(b - 1, "is") || is(b - 1, "are")))) {
          return Tense::past;
        }
        break;
      case lx::TenseCue::infinitive:  // "gathering in Chicago to start a convention on Monday"
        if (b > 0 && is(b - 1, "to")) return Tense::future;
        if (timetable_present(b, i)) return Tense::future;
        break;
      case lx::TenseCue::timetable:
        if (timetable_present(b, i)) return Tense::future;
        break;
      case lx::TenseCue::likely:  // "Gusts are likely on Saturday"; "was likely (set, poised) to vote on Tuesday"
        if (present_be_before(b) || (is(b + 1, "to") && !is(b + 2, "have"))) return Tense::future;
        break;
      case lx::TenseCue::fixture:  // "Arsenal host Aston Villa on Wednesday"; not "a home visit on Monday"
        // The team's name is a mention, which no number takes (not ok()).
        if (b > 0 && atoms_[b - 1].kind == AtomKind::word && capitalized(b - 1) && !capitalized(b)) {
          return Tense::future;
        }
        break;
    }
  }
  if (until) return Tense::future;
  // Nothing before but the sentence's start and a preposition ("In March,"):
  // the date opens the sentence, and the clause after it tells.
  const bool opens_sentence = k == 0 || sentence_start(k);
  if (simple_past == Tense::unsaid && opens_sentence && i - k <= 2) return tense_after_opening_date(i);
  if (simple_past != Tense::unsaid || clause_ended || i - k < kClauseLookBack) return simple_past;
  return modal_far_back(k, i) ? Tense::future : Tense::unsaid;
}

bool Grammar::modal_far_back(uint32_t k, uint32_t date) const {
  // "India will face the winner of the second semi-final between Australia
  // and South Africa in the final on Sunday": a long clause's "will" before
  // the look-back's reach, where nothing nearer told a tense. Only the
  // future's cues count so far back, and only while the clause goes on.
  for (; k > 0 && date - k < kSentenceLookBack && !sentence_start(k); --k) {
    const uint32_t b = k - 1;
    if (ends_clause(b)) return false;
    if (!is_word(b)) continue;
    switch (lx::tense_cue(entry(b))) {
      case lx::TenseCue::future: return true;
      case lx::TenseCue::past:
      case lx::TenseCue::irregular_past:
      case lx::TenseCue::done:
      case lx::TenseCue::another_event:
      case lx::TenseCue::until: return false;
      default: break;
    }
  }
  return false;
}

bool Grammar::headline_looks_ahead(uint32_t k) const {
  // A participle ("setting up shutdown Sunday"), or "to" and a verb after a
  // word that is none of a past's ("to be installed Tuesday", "to visit
  // Kyiv Monday"; not "sentenced to death Monday", "to the polls").
  static constexpr std::string_view kNoVerb[] = {"the", "a", "an", "his", "her", "their", "its", "our", "my",
                                                 "your", "this", "that", "these", "those", "every", "each"};
  static constexpr text::WordSet kNoVerbSet(kNoVerb);
  if (opens_participle_clause(k)) return true;
  if (!(is(k, "to") && k > 0 && is_word(k - 1) && is_word(k + 1) && !capitalized(k + 1))) return false;
  const std::string_view before = lw(k - 1);
  // A timetable's present is no past: "Leaders meet to discuss truce Monday",
  // "Scotland go to polls Thursday"; but "close to" is as often near ("Stocks
  // close to record high Monday").
  const lx::TenseCue cue = lx::tense_cue(entry(k - 1));
  const bool present = cue == lx::TenseCue::timetable && before != "close";
  const bool past_before = (before.size() > 3 && before.substr(before.size() - 2) == "ed") ||
                           (cue != lx::TenseCue::none && !present);
  return !past_before && !kNoVerbSet.contains(lw(k + 1));
}

Grammar::Tense Grammar::tense_after_opening_date(uint32_t i) const {
  // "In January, the US State Department determined that ...", "On
  // Tuesday, the court will rule": the comma that ends the date's phrase,
  // then the first verb of the clause after it.
  constexpr uint32_t kDatePhrase = 6;  // "On Dec. 3, 2025,"
  uint32_t comma = i + 1;
  while (comma < i + kDatePhrase && in(comma) && !is(comma, ",") && !sentence_start(comma) && !is(comma, ";")) ++comma;
  return is(comma, ",") ? tense_after(comma + 1) : Tense::unsaid;
}

bool Grammar::present_be_before(uint32_t k) const {
  // "are likely", "is most likely", "it's likely", "remains likely".
  uint32_t b = k;
  while (b > 0 && (is(b - 1, "most") || is(b - 1, "more") || is(b - 1, "very") || is(b - 1, "highly") ||
                   is(b - 1, "quite") || is(b - 1, "less") || is(b - 1, "still") || is(b - 1, "also"))) {
    --b;
  }
  if (b == 0) return false;
  const uint32_t v = b - 1;
  if (is(v, "s")) return v > 0 && is_apostrophe(v - 1) && adjacent(v);
  return is(v, "is") || is(v, "are") || is(v, "remain") || is(v, "remains") || is(v, "seem") || is(v, "seems") ||
         is(v, "look") || is(v, "looks") || is(v, "appear") || is(v, "appears");
}

bool Grammar::gapped_clause(uint32_t k, uint32_t date) const {
  // ", and Nissan on Friday.": "and" or "or", a name of at most four words,
  // and the date's preposition, the date ending its sentence or clause.
  if (!(is(k, "and") || is(k, "or"))) return false;
  uint32_t n = k + 1;
  if (is(n, "the")) ++n;
  const uint32_t name = n;
  // The name's atoms may be a mention's, which no number takes (not ok()).
  while (n < date && n - name < 4 && atoms_[n].kind == AtomKind::word && capitalized(n)) ++n;
  if (n == name || !(n + 1 == date && (is(n, "on") || is(n, "in")))) return false;
  uint32_t e = date + 1;
  if (is_day_part(e)) ++e;
  return !in(e) || is(e, ".") || is(e, ";") || sentence_start(e);
}

bool Grammar::hour_just_before(uint32_t k, uint32_t day) const {
  // "9 p.m. Thursday", "21:00 Thursday", "noon Friday".
  if (is(k, "noon") || is(k, "midnight")) return k + 1 == day;
  if (!is_digits(k)) return false;
  return k + 1 == day ? tx(k).find(':') != std::string_view::npos : meridiem_end(k + 1) == day;
}

bool Grammar::opens_participle_clause(uint32_t k) const {
  // "bringing", "pushing", "leaving": a lower-case verb in -ing; not a
  // preposition or a noun so spelled ("during", "including", "morning").
  const std::string_view w = lw(k);
  if (!is_word(k) || capitalized(k) || w.size() < 6 || w.substr(w.size() - 3) != "ing") return false;
  static constexpr std::string_view kNot[] = {"during", "including", "according", "morning", "evening",
                                              "nothing", "something", "everything", "anything", "excluding",
                                              "regarding", "concerning", "pending", "notwithstanding"};
  return std::find(std::begin(kNot), std::end(kNot), w) == std::end(kNot);
}

bool Grammar::timetable_present(uint32_t verb, uint32_t date) const {
  // "Classes start on Monday", "Pre-orders open Friday", "Tickets go on sale
  // on Friday", "Voters go to the polls on Tuesday", "The matches kick off
  // at 3pm on Saturday", "The talks take place on Monday": the verb and its
  // particle right before the date (or its "on", or the hour it starts at),
  // after the plural it tells of. Not "a firm start on Monday", "did not
  // open on Friday", "the US Open on Sunday" (a name's capital).
  if (verb == 0 || capitalized(verb)) return false;
  uint32_t k = verb + 1;
  const std::string_view w = lw(verb);
  // The third person's singular, which no noun before need tell.
  const bool singular = w == "goes" || w == "heads" || w == "kicks";
  if (w == "go" || w == "goes" || w == "head" || w == "heads") {
    if (is(k, "on") && is(k + 1, "sale")) {
      k += 2;
    } else if (is(k, "to") && is(k + 1, "the") && is(k + 2, "polls")) {
      k += 3;
    } else {
      return false;
    }
  } else if (w == "kick" || w == "kicks") {
    if (!is(k, "off")) return false;
    ++k;
  } else if (w == "take") {
    if (!is(k, "place")) return false;
    ++k;
  }
  const uint32_t day = date > 0 && is(date - 1, "on") ? date - 1 : date;
  if (is(k, "at") && k + 1 < day && hour_just_before(k + 1, day)) k = day;
  if (is(k, "on") && k + 1 == date) ++k;
  if (k != date) return false;
  return singular || plural_subject(verb - 1);
}

bool Grammar::plural_subject(uint32_t k) const {
  if (!is_word(k)) return false;
  const std::string_view w = lw(k);
  if (w == "they" || w == "we") return true;
  if (w.size() < 4 || w.back() != 's' || w[w.size() - 2] == 's') return false;  // not "its", "was", "less"
  return w != "this" && w != "does" && w != "thus" && w != "plus";
}

uint32_t Grammar::part_of(uint32_t i, std::vector<Found>& out) const {
  uint32_t k = i;
  if (is(k, "the")) ++k;
  const std::string_view w = ok(k) ? lw(k) : std::string_view();
  uint32_t inner = 0;
  std::string suffix_iso;
  std::optional<Stretch> part;  // the first or last days or months of the period
  if (w == "early" || w == "mid" || w == "late" || w == "earlier" || w == "later") {
    inner = k + 1;
    if (is_hyphen_atom(inner)) ++inner;
    if (is(inner, "in") && is(inner + 1, "the")) inner += 1;
  } else if ((w == "end" || w == "beginning" || w == "start" || w == "middle") && is(k + 1, "of")) {
    inner = k + 2;
  } else if (w == "end" && is_hyphen_atom(k + 1) && atoms_[k + 1].joined && (month_at(k + 2) || is_digits(k + 2))) {
    inner = k + 2;  // end-May, end-1996: as wire copy writes it; the end-year forecast is no date
  } else if ((w == "first" || w == "second") && is(k + 1, "half") && is(k + 2, "of")) {
    inner = k + 3;
    suffix_iso = w == "first" ? "-H1" : "-H2";
  } else if ((w == "first" || w == "second" || w == "third" || w == "fourth" || w == "last") &&
             is(k + 1, "quarter") && is(k + 2, "of")) {
    inner = k + 3;
    suffix_iso = w == "first" ? "-Q1" : w == "second" ? "-Q2" : w == "third" ? "-Q3" : "-Q4";
  } else if ((w == "first" || w == "second" || w == "third" || w == "fourth" || w == "last") && is(k + 1, "week") &&
             is(k + 2, "of")) {
    inner = k + 3;
    // The first, second, third, fourth or last seven days.
    const int skipped = w == "second" ? 1 : w == "third" ? 2 : w == "fourth" ? 3 : 0;
    part = Stretch{w != "last", 1, 'W', skipped};
  } else if (const std::optional<Stretch> stretch = stretch_at(k); stretch && is(k + 3, "of")) {
    inner = k + 4;
    part = *stretch;
  } else {
    return 0;
  }
  if (!ok(inner)) return 0;
  std::vector<Found> tmp;  // only on this rare path
  uint32_t e = 0;
  if (is(inner, "the") && (is(inner + 1, "year") || is(inner + 1, "month") || is(inner + 1, "week") ||
                           is(inner + 1, "day"))) {
    e = emit_date(inner, inner + 2, unnamed_period_iso(i, lw(inner + 1)), tmp);
  } else if (is(inner, "year") || is(inner, "month") || is(inner, "week") || is(inner, "day")) {
    e = emit_date(inner, inner + 1, unnamed_period_iso(i, lw(inner)), tmp);
  } else if (is(inner, "this") || is(inner, "last") || is(inner, "next") || is(inner, "previous")) {
    e = relative_date(inner, tmp);
  } else if (const int month = month_at(inner)) {
    e = emit_date(inner, inner + 1, month_iso(year_of_part(i, month, inner + 1), month, 0), tmp);
    if (auto y = year_at(e); y && e > 0) {
      tmp.back().number.iso = dates::iso_month(y->first, month_at(inner));
      e = y->second;
    }
  } else if (int fiscal = 0; is(inner, "fy") && fiscal_year_end(inner, fiscal)) {
    // "the first half of FY26": the half of the fiscal year, whose months the
    // text's country tells (apply_fiscal_year).
    e = emit_date(inner, inner + 2, dates::iso_year(fiscal), tmp);
  } else if (is_digits(inner)) {
    auto a = digits_amount(inner);
    if (a && a->plain && a->digits == 4 && a->value >= 1000 && a->value <= 2199) {
      e = emit_date(inner, inner + 1, dates::iso_year(static_cast<int>(a->value)), tmp);
      if (uint32_t d = decade(inner, *a)) {  // the mid-1990s: the decade, not its first year
        e = d;
        tmp.back().number.iso = decade_iso(*a);
      }
    }
  }
  if (!e || tmp.empty()) return 0;
  std::string iso = tmp.back().number.iso;
  if (!iso.empty() && !suffix_iso.empty() && iso.size() == 4) iso += suffix_iso;
  if (part) iso = stretch_iso(*part, iso);
  return emit_date(i, e, std::move(iso), out);
}

int Grammar::year_of_part(uint32_t i, int month, uint32_t end) const {
  // "Its offensive in Ukraine, at the end of February, was marked by
  // defeats": the last February, not the nearest, which may be to come.
  if (!ref_) return 0;
  Tense tense = clause_tense(i);
  if (tense == Tense::unsaid) tense = set_off_tense(i > 0 && opens_time(i - 1) ? i - 1 : i, end);
  tense = deadline_tense(tense, i);
  return tense == Tense::past ? year_of_last(month) : tense == Tense::future ? year_of_next(month) : 0;
}

std::string Grammar::unnamed_period_iso(uint32_t i, std::string_view period) const {
  // "the end of the year", "the first half of the year": news means the
  // reference year (or month), unless the sentence has named another before
  // ("In 1995 ... by the end of the year", "In July ... the end of the
  // month"). Which week or day is the story's own.
  if (period != "year" && period != "month") return {};
  for (uint32_t k = i; k > 0 && i - k < kSentenceLookBack && !sentence_start(k); --k) {
    const uint32_t b = k - 1;
    if ((is_digits(b) && tx(b).size() == 4) || (is_word(b) && (lx::month(entry(b)) || is(b, "year") || is(b, "years")))) {
      return {};
    }
  }
  return period_iso(period, 0);
}

std::optional<Grammar::Stretch> Grammar::stretch_at(uint32_t k) const {
  // first|last + a count + days|weeks|months|quarters: "the first five months", "the last 10 days".
  const bool first = is(k, "first");
  if (!(first || is(k, "last")) || !ok(k + 1) || !ok(k + 2)) return std::nullopt;
  double count = 0;
  if (is_digits(k + 1)) {
    const auto a = digits_amount(k + 1);
    if (!a || !a->plain) return std::nullopt;
    count = a->value;
  } else if (const lx::NumberWord* nw = number_word_at(k + 1)) {
    count = nw->value;
  }
  const std::string_view unit = lw(k + 2);
  const char u = unit == "days" ? 'D' : unit == "weeks" ? 'W' : unit == "months" || unit == "quarters" ? 'M' : 0;
  if (!u || count < 2 || count > 366 || count != static_cast<int>(count)) return std::nullopt;
  // "the first three quarters of 2024": the first nine months.
  if (unit == "quarters") count *= 3;
  return Stretch{first, static_cast<int>(count), u};
}

std::string Grammar::stretch_iso(const Stretch& part, const std::string& period) {
  // A range within a year or a month; other periods stay unresolved. Weeks
  // are counted in days from the period's edge: the first two weeks of May
  // are May 1-14, not ISO weeks, which straddle months.
  const auto year = period.size() == 4 ? std::optional<int>(to_int(period)) : std::nullopt;
  if (year && part.unit == 'M' && part.count <= 12) {
    const int from = part.first ? 1 : 13 - part.count, to = part.first ? part.count : 12;
    return dates::iso_month(*year, from) + "/" + dates::iso_month(*year, to);
  }
  if (part.unit != 'D' && part.unit != 'W') return {};
  const int days = part.unit == 'W' ? 7 * part.count : part.count;
  std::optional<dates::Date> start, end;
  if (year) {
    start = dates::Date{*year, 1, 1};
    end = dates::Date{*year, 12, 31};
  } else if (period.size() == 7 && is_digit(period[5])) {  // a month, not a quarter (2024-Q1)
    const int y = to_int(period.substr(0, 4)), m = to_int(period.substr(5, 2));
    start = dates::Date{y, m, 1};
    end = dates::Date{y, m, dates::days_in_month(y, m)};
  }
  const int skipped = part.unit == 'W' ? 7 * part.skipped : part.skipped;
  if (!start || dates::to_days(*end) - dates::to_days(*start) + 1 < skipped + days) return {};
  if (part.first) {
    start = dates::add_days(*start, skipped);
    end = dates::add_days(*start, days - 1);
  } else {
    end = dates::add_days(*end, -skipped);
    start = dates::add_days(*end, -(days - 1));
  }
  return dates::iso_day(*start) + "/" + dates::iso_day(*end);
}

uint32_t Grammar::weekday_date(uint32_t i, std::vector<Found>& out) const {
  if (!is_word(i) || atoms_[i].joined) return 0;
  const int wd = lx::weekday(entry(i));
  if (!wd) return 0;
  const std::string_view w = lw(i);
  if (w.size() <= 4) {  // Mon, Wed, Sat, Sun: capitals and a date after
    if (!capitalized(i) || !(is_digits(i + 1) || (ok(i + 1) && month_at(i + 1)))) return 0;
  }
  // "Thursday, August 22, 1996", "Friday 23 August": the date that follows
  // is the weekday's, and tells its year better than the reference does.
  const uint32_t d = is(i + 1, ",") ? i + 2 : i + 1;
  if (const auto date = is_digits(d) || has(d, lx::flag::month) ? day_of_month_at(d) : std::nullopt) {
    return emit_date(i, date->end, month_iso(date->year ? date->year : year_of_weekday(wd, date->month, date->day),
                                             date->month, date->day),
                     out);
  }
  // "on Friday nights", "Sunday mornings": every such day, not one: no iso.
  if (is(i + 1, "nights") || is(i + 1, "mornings") || is(i + 1, "afternoons") || is(i + 1, "evenings")) {
    return emit_date(i, i + 2, {}, out);
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
  // "Monday-Friday": one range of days (its end was lost, glued to the hyphen).
  if (e == i + 1 && is_hyphen_atom(e) && atoms_[e].joined && in(e + 1) && atoms_[e + 1].joined &&
      atoms_[e + 1].kind == AtomKind::word && lx::weekday(entry(e + 1)) && lw(e + 1).size() > 4 &&
      !(in(e + 2) && atoms_[e + 2].joined)) {
    if (!ref_) return emit_date(i, e + 2, {}, out);
    return emit_date(i, e + 2, weekday_range_iso(i, e + 1, true) + "/" + weekday_range_iso(i, e + 1, false), out);
  }
  if (ref_) {
    // "closed all schools on Thursday and Friday", "on Monday or Tuesday":
    // days in a row, the second after the first however that one was read
    // (the coming, the latest, "last Thursday"), not on its own the latest
    // such day, a week before.
    if (const auto first = weekday_before_and(i)) {
      const int gap = (wd - dates::weekday(*first) + 7) % 7;
      if (gap) return emit_date(i, e, dates::iso_day(dates::add_days(*first, gap)), out);
    }
    // "from 21:00 on Friday until 21:00 on Saturday": the ends of a range in order.
    if (const uint32_t last = weekday_after_range_word(e)) return emit_date(i, e, weekday_range_iso(i, last, true), out);
    if (const uint32_t first = weekday_before_range_word(i)) {
      return emit_date(i, e, weekday_range_iso(first, i, false), out);
    }
  }
  // "The Senate passed a bill early Saturday" under "Updated 10:47 PM EST,
  // December 20, 2024", a Friday: the night's stamp dates the story a day
  // early, and early Saturday is the morning after it, not a week before.
  if (ref_ && i > 0 && is(i - 1, "early") && wd == dates::weekday(*ref_) % 7 + 1 && stamped_in_the_evening()) {
    return emit_date(i, e, dates::iso_day(dates::add_days(*ref_, 1)), out);
  }
  // "Peres is expected to fly home on Friday": the coming one, not the last.
  const Tense tense = weekday_tense(i, e);
  if (tense == Tense::future && news_day_ && after_would(i)) {
    // "The Senate passed the bill late Friday ... an official said Trump
    // would sign the bill Saturday morning": the first such day from the
    // story's day of news, not from the day it is read.
    const int ahead = (wd - dates::weekday(*news_day_) + 7) % 7;
    return emit_date(i, e, dates::iso_day(dates::add_days(*news_day_, ahead)), out);
  }
  return emit_date(i, e, weekday_iso(wd, tense == Tense::future ? WeekdayOf::coming : WeekdayOf::latest), out);
}

bool Grammar::after_would(uint32_t k) const {
  for (uint32_t b = k; b > 0 && k - b < kClauseLookBack && !sentence_start(b); --b) {
    if (is(b - 1, "would")) return true;
  }
  return false;
}

Grammar::Tense Grammar::weekday_tense(uint32_t day, uint32_t end) const {
  const Tense before = clause_tense(day);
  if (before != Tense::unsaid) return before;
  const uint32_t first = day > 0 && opens_time(day - 1) ? day - 1 : day;
  const Tense told = deadline_tense(set_off_tense(first, end), day);
  return told == Tense::unsaid && under_up_next(day) ? Tense::future : told;
}

bool Grammar::under_up_next(uint32_t k) const {
  // "Up next / Lakers: At Phoenix on Tuesday night. / Thunder: Host Utah on
  // Wednesday night.": a game report's closing lines, a team's next game each.
  constexpr size_t kLinesBelow = 3;
  constexpr uint32_t kLineBytes = 80;  // a team's line; a paragraph of the story ends the search
  // The team's name and a colon open the line, a few atoms before the day.
  constexpr uint32_t kColonReach = 6;
  const auto is_colon = [this](uint32_t c) { return text_[atoms_[c].start] == ':'; };
  uint32_t colon = k;
  while (colon > 0 && k - colon < kColonReach && !is_colon(colon - 1)) --colon;
  if (colon == 0 || !is_colon(colon - 1)) return false;
  const uint32_t at = atoms_[k].start;
  auto p = std::upper_bound(doc_.paragraphs.begin(), doc_.paragraphs.end(), at,
                            [](uint32_t start, const text::Paragraph& para) { return start < para.start; });
  for (size_t back = 0; back < kLinesBelow && p != doc_.paragraphs.begin(); ++back) {
    --p;
    if (p->end - p->start > kLineBytes) return false;
    const std::string_view line = text_.substr(p->start, p->end - p->start);
    if (text::same_ignoring_case(line, "up next") || text::same_ignoring_case(line, "next up")) return true;
  }
  return false;
}

Grammar::Tense Grammar::deadline_tense(Tense told, uint32_t date) const {
  // "unless ByteDance sells the app by Sunday", "aims to finish the work by
  // October", "elections by May 30", "by the end of January": a deadline is
  // to come, unless its clause tells of the past ("sales had fallen by October").
  return told == Tense::unsaid && date > 0 && is(date - 1, "by") ? Tense::future : told;
}

bool Grammar::opens_time(uint32_t k) const {
  return is(k, "on") || is(k, "in") || is(k, "at") || is(k, "by") || is(k, "during") || is(k, "towards") ||
         is(k, "toward");
}

Grammar::Tense Grammar::set_off_tense(uint32_t first, uint32_t end) const {
  // "Its offensive, at the end of February, was marked by defeats": a date
  // set off by commas has the tense of the clause after it (one opening its
  // sentence has it by clause_tense).
  return first > 0 && is(first - 1, ",") && is(end, ",") ? tense_after(end + 1) : Tense::unsaid;
}

Grammar::Tense Grammar::tense_after(uint32_t from) const {
  // The first verb's of the clause from atom `from` on.
  for (uint32_t k = from; k - from <= kClauseLookBack && in(k) && !(k > from && sentence_start(k)); ++k) {
    if (ends_clause(k)) break;
    if (!is_word(k)) continue;  // a name (blocked) or a number
    switch (lx::tense_cue(entry(k))) {
      case lx::TenseCue::past: return Tense::past;
      case lx::TenseCue::future: return Tense::future;
      case lx::TenseCue::should: return is(k + 1, "have") ? Tense::past : Tense::future;
      case lx::TenseCue::irregular_past:
        if (follows_subject(k)) return Tense::past;
        break;
      case lx::TenseCue::done:  // "the storm killed 12 people"; not "will be closed"
        if (!(is(k - 1, "be") || is(k - 1, "been") || is(k - 1, "being") || is(k - 1, "is") || is(k - 1, "are"))) {
          return Tense::past;
        }
        break;
      case lx::TenseCue::none:
        if (is_simple_past(k)) return Tense::past;
        break;
      default: break;
    }
  }
  return Tense::unsaid;
}

bool Grammar::present_before_from(uint32_t first) const {
  // "A wind warning runs from midnight on Tuesday", "is in force from 6am
  // on Tuesday": a verb in the present after its subject opens the range.
  // Not a plural noun after its article: "the protests from Monday".
  uint32_t k = first;
  if (k > 0 && is(k - 1, "on")) --k;
  while (k > 0 && first - k <= 6 && is_hour_atom(k - 1)) --k;
  if (k < 3 || !is(k - 1, "from")) return false;
  uint32_t v = k - 2;
  if (is(v, "force") && is(v - 1, "in")) v -= 2;
  if (is(v, "is") || is(v, "are") || is(v, "remains")) return true;
  const std::string_view w = lw(v);
  if (!is_word(v) || capitalized(v) || w.size() < 4 || w.back() != 's' || w[w.size() - 2] == 's' || w == "this") {
    return false;
  }
  static constexpr std::string_view kBeforeNoun[] = {"the", "a", "an", "of", "in", "its", "their", "his", "her",
                                                     "our", "these", "those", "and", "for", "with", "on", "by"};
  return is_word(v - 1) && std::find(std::begin(kBeforeNoun), std::end(kBeforeNoun), lw(v - 1)) == std::end(kBeforeNoun);
}

bool Grammar::is_hour_atom(uint32_t k) const {
  // "21:00", "9", "p.m.", "noon", "GMT": what a range's end may say of its hour.
  return is_digits(k) || is(k, "noon") || is(k, "midnight") || (is_word(k) && (meridiem_end(k) || is_zone(k))) ||
         (ok(k) && atoms_[k].kind == AtomKind::punct && tx(k) == "." && adjacent(k));
}

bool Grammar::is_weekday_range_word(uint32_t k) const {
  return is(k, "until") || is(k, "till") || is(k, "to") || is(k, "through") ||
         (ok(k) && atoms_[k].space_before && is_dash(k));
}

uint32_t Grammar::weekday_after_range_word(uint32_t e) const {
  // "Friday until 21:00 on Saturday", "Friday to Sunday", "Friday - Sunday".
  constexpr uint32_t kMostHourAtoms = 5;
  if (!is_weekday_range_word(e)) return 0;
  uint32_t k = e + 1;
  while (k - e <= kMostHourAtoms && is_hour_atom(k)) ++k;
  if (is(k, "on")) ++k;
  return is_word(k) && lx::weekday(entry(k)) && lw(k).size() > 4 && !atoms_[k].joined ? k : 0;
}

uint32_t Grammar::weekday_before_range_word(uint32_t i) const {
  // The same seen from its end: "Friday until 21:00 on Saturday".
  constexpr uint32_t kMostAtoms = 8;
  uint32_t k = i;
  if (k > 0 && is(k - 1, "on")) --k;
  while (k > 0 && i - k <= kMostAtoms && is_hour_atom(k - 1)) --k;
  if (k < 2 || !is_weekday_range_word(k - 1)) return 0;
  uint32_t d = k - 2;
  if (is_day_part(d) && d > 0) --d;
  if (!(is_word(d) && lx::weekday(entry(d)) && lw(d).size() > 4)) return 0;
  return weekday_after_range_word(is_day_part(d + 1) ? d + 2 : d + 1) == i ? d : 0;
}

std::optional<dates::Date> Grammar::weekday_before_and(uint32_t i) const {
  if (i < 3 || !(is(i - 1, "and") || is(i - 1, "or")) || last_day_.end != atoms_[i - 2].end) return std::nullopt;
  uint32_t d = i - 2;
  if (is_day_part(d)) --d;
  if (!(is_word(d) && lx::weekday(entry(d)))) return std::nullopt;
  return dates::parse_iso(std::string_view(last_day_.iso, sizeof last_day_.iso));
}

std::string Grammar::weekday_range_iso(uint32_t first, uint32_t last, bool of_first) const {
  // Ahead when either end's clause looks ahead (the end's "until" does):
  // the first end the coming such day, the last one after it; else the
  // last end the latest such day, the first one before it.
  const int from = lx::weekday(entry(first)), to = lx::weekday(entry(last));
  const long gap = (to - from + 7) % 7 == 0 ? 7 : (to - from + 7) % 7;
  if (clause_tense(first) == Tense::future || clause_tense(last) == Tense::future || present_before_from(first)) {
    const dates::Date start = weekday_near_reference(from, WeekdayOf::coming);
    return dates::iso_day(of_first ? start : dates::add_days(start, gap));
  }
  const dates::Date end = weekday_near_reference(to, WeekdayOf::latest);
  return dates::iso_day(of_first ? dates::add_days(end, -gap) : end);
}

int Grammar::year_of_weekday(int wd, int month, int day) const {
  // "Tuesday, December 31" near mid-2024: the year, of the reference's and
  // the two beside it, whose December 31 is a Tuesday (at most one is);
  // 0, the nearest, when none is.
  if (!ref_) return 0;
  for (int y = ref_->year - 1; y <= ref_->year + 1; ++y) {
    if (dates::valid(y, month, day) && dates::weekday({y, month, day}) == wd) return y;
  }
  return 0;
}

uint32_t Grammar::holiday_date(uint32_t i, std::vector<Found>& out) const {
  int words = 0;
  char buf[64];
  std::string_view name;
  for (int n = 6; n >= 1 && words == 0; --n) {  // st|.|patrick|'|s|day: six atoms
    name = straight_apostrophe(phrase(i, n, buf, sizeof buf), buf);
    if (!name.empty() && lx::holiday(name)) words = n;
  }
  if (words == 0) return 0;
  // "Independence Day" between quotation marks is a title (a film), not the holiday.
  const auto quote = [this](uint32_t a) {
    return ok(a) && atoms_[a].kind == AtomKind::punct &&
           (tx(a) == "\"" || tx(a) == "'" || tx(a) == "\xE2\x80\x9C" || tx(a) == "\xE2\x80\x9D" ||
            tx(a) == "\xE2\x80\x98" || tx(a) == "\xE2\x80\x99");
  };
  if (i > 0 && quote(i - 1) && quote(i + words)) return 0;
  // Holidays are proper names: capitalized, except in lower-cased text.
  uint32_t e = i + words;
  int year = 0;
  if (auto y = year_at(e)) std::tie(year, e) = *y;
  if (!holiday_in(name, 2000)) return emit_date(i, e, {}, out);
  if (year == 0 && !ref_) return emit_date(i, e, {}, out);
  // Without a year, the nearest, as for a month and day.
  if (year == 0) year = nearest_year_of([&](int y) { return *holiday_in(name, y); });
  return emit_date(i, e, dates::iso_day(*holiday_in(name, year)), out);
}

std::optional<dates::Date> Grammar::holiday_in(std::string_view name, int year) {
  // As the US and most of the news keep them. Not resolved: holidays whose
  // day depends on the country (Independence Day, Labour Day: May 1 in most
  // of the world, September in Canada), the lunar and solar ones (Ramadan,
  // Hanukkah, Nowruz), and "new year", which may be any.
  struct Fixed {
    std::string_view name;
    int month, day;
  };
  static constexpr Fixed kFixed[] = {
      {"christmas", 12, 25},      {"christmas day", 12, 25},  {"christmas eve", 12, 24}, {"boxing day", 12, 26},
      {"new year's day", 1, 1},   {"new year's eve", 12, 31}, {"halloween", 10, 31},     {"juneteenth", 6, 19},
      {"valentine's day", 2, 14}, {"st patrick's day", 3, 17}, {"st. patrick's day", 3, 17},
      {"saint patrick's day", 3, 17}, {"earth day", 4, 22}};
  for (const Fixed& f : kFixed) {
    if (name == f.name) return dates::Date{year, f.month, f.day};
  }
  if (name == "easter" || name == "good friday" || name == "easter monday") {
    const long shift = name == "easter" ? 0 : name == "good friday" ? -2 : 1;
    return dates::add_days(dates::easter(year), shift);
  }
  constexpr int kMonday = 1, kThursday = 4, kSunday = 7;
  if (name == "labor day") return dates::nth_weekday(year, 9, kMonday, 1);
  if (name == "memorial day") return dates::nth_weekday(year, 5, kMonday, -1);
  if (name == "mother's day") return dates::nth_weekday(year, 5, kSunday, 2);
  if (name == "father's day") return dates::nth_weekday(year, 6, kSunday, 3);
  if (name == "thanksgiving" || name == "black friday") {
    return dates::add_days(dates::nth_weekday(year, 11, kThursday, 4), name == "thanksgiving" ? 0 : 1);
  }
  return std::nullopt;
}

std::optional<dates::Date> Grammar::period_end(uint32_t i) const {
  if (!(is(i, "ended") || is(i, "ending"))) return std::nullopt;
  const int month = month_at(i + 1);
  if (!month) return std::nullopt;
  const auto day = day_at(skip_abbreviation_dot(i + 1, i + 2));
  if (!day) return std::nullopt;
  const auto year = year_at(day->second);
  if (!year) return std::nullopt;
  return dates::Date{year->first, month, day->first};
}

uint32_t Grammar::fiscal_year_end(uint32_t e, int& year) const {
  // "Q2FY26", "Q2 FY26", "the second quarter of FY2026": the fiscal year
  // named after the calendar year it ends in. American filings write it out:
  // "the third quarter of fiscal 2025", "of fiscal year 2025".
  uint32_t k = e;
  if ((is(k, "of") || is(k, "in")) && atoms_[k].space_before) ++k;
  if (is(k, "fiscal")) {
    const auto y = year_at(is(k + 1, "year") ? k + 2 : k + 1);
    if (!y || !is_digits(y->second - 1)) return 0;  // not "fiscal next year"
    year = y->first;
    return y->second;
  }
  if (!is(k, "fy") || !is_digits(k + 1) || (ok(k + 2) && atoms_[k + 2].joined)) return 0;
  const std::string_view d = tx(k + 1);
  const int y = d.size() == 2 ? analyst_year(to_int(d)) : d.size() == 4 ? to_int(d) : 0;
  if (y < 1900 || y > 2100) return 0;
  year = y;
  return k + 2;
}

uint32_t Grammar::quarter_date(uint32_t i, std::vector<Found>& out) const {
  const std::string_view w = lw(i);
  // The third quarter, the 3rd quarter of 2013.
  const bool word = w == "first" || w == "second" || w == "third" || w == "fourth";
  // "third-quarter profit": the word joined to "quarter" by a hyphen.
  const bool hyphened = word && is_hyphen_atom(i + 1) && atoms_[i + 1].joined && is(i + 2, "quarter");
  // Whether "quarter" follows the ordinal, before it is read: 3rd quarter.
  const bool quarter_after = word ? is(i + 1, "quarter") || hyphened
                                  : is_digits(i) && in(i + 1) && atoms_[i + 1].joined && is(i + 2, "quarter");
  auto o = quarter_after ? ordinal_at(i) : std::nullopt;
  if (o && hyphened) o->second = i + 2;
  if (o && o->first >= 1 && o->first <= 4 && is(o->second, "quarter") &&
      !(ok(o->second + 1) && atoms_[o->second + 1].joined)) {  // not "the first quarter-mile"
    const std::string code = {'Q', static_cast<char>('0' + static_cast<int>(o->first))};
    uint32_t e = o->second + 1;
    int year = 0;
    if ((is(e, "of") || is(e, "in")) && year_at(e + 1)) {
      year = year_at(e + 1)->first;
      e = year_at(e + 1)->second;
    } else if (auto y = year_at(e)) {
      year = y->first;
      e = y->second;
    } else if (const uint32_t fiscal_end = fiscal_year_end(e, year)) {
      e = fiscal_end;  // "the second quarter of FY26"
    } else if (const auto ended = period_end(e)) {
      // "the second quarter ended September 30, 2025": the calendar's
      // quarter that ends that day, whenever the company's year begins.
      year = ended->year;
      if (ended->month % 3 == 0) {
        std::string calendar_code = {'Q', static_cast<char>('0' + ended->month / 3)};
        return emit_date(i, e, code_iso(year, calendar_code), out);
      }
    }
    if (!year && game_quarter(i)) return 0;  // the ordinal alone is read
    // "The economy grew 5.3% in the first quarter": in a clause in the past,
    // the last such quarter that has ended (the nearest is the next one
    // from December).
    if (!year && ref_ && clause_tense(i) == Tense::past) {
      year = ref_->month > 3 * static_cast<int>(o->first) ? ref_->year : ref_->year - 1;
    }
    return emit_date(i, e, code_iso(year, code), out);
  }
  if (const uint32_t e = results_half(i, out)) return e;
  if (word) return 0;
  std::string code;
  if (const uint32_t after = quarter_code_end(i, code); after && !atoms_[i].joined) {
    uint32_t e = after;
    // Q1-Q3 2020, Q1 to Q3 2020: a range of quarters (or halves) of one year.
    std::string last;
    const uint32_t last_end = is_hyphen_atom(e) || is(e, "to") ? quarter_code_end(e + 1, last) : 0;
    if (last_end && last[0] == code[0] && last > code) {
      e = last_end;
    } else {
      last.clear();
    }
    if (int fiscal = 0; const uint32_t fiscal_end = fiscal_year_end(e, fiscal)) {
      return emit_date(i, fiscal_end, code_iso(fiscal, code, last), out);  // Q2FY26, Q2 FY26
    }
    const uint32_t year_from = is(e, "of") || (is_hyphen_atom(e) && atoms_[e].joined) ? e + 1 : e;  // Q4 of 2020, Q4-2020
    if (auto y = year_at(year_from)) return emit_date(i, y->second, code_iso(y->first, code, last), out);
    // "Q2 net rises", "H1 results": the nearest such quarter or half.
    return emit_date(i, e, code_iso(0, code, last), out);
  }
  // 4Q 2020, 1H 2021, 4Q20: the digit before the letter, as analysts write it.
  if (is_digits(i) && ok(i + 1) && atoms_[i + 1].joined && is_word(i + 1) && is_quarter_code(lw(i + 1), tx(i))) {
    code = {static_cast<char>(lw(i + 1)[0] - 32), tx(i)[0]};
    const uint32_t e = i + 2;
    if (ok(e) && atoms_[e].joined) {
      if (!is_digits(e) || tx(e).size() != 2 || (ok(e + 1) && atoms_[e + 1].joined)) return 0;
      return emit_date(i, e + 1, code_iso(analyst_year(to_int(tx(e))), code), out);
    }
    if (auto y = year_at(e)) return emit_date(i, y->second, code_iso(y->first, code), out);
    return 0;
  }
  // "in fiscal 1997", "fiscal year 2025": the fiscal year, as "FY97" is;
  // "its fiscal 1997 first quarter" the quarter of it, as named.
  if (int year = 0; w == "fiscal") {
    const uint32_t e = fiscal_year_end(i, year);
    if (!e) return 0;
    std::vector<Found> part;  // only on this rare path
    const uint32_t part_end = is_word(e) ? quarter_date(e, part) : 0;
    const std::string_view code = part_end && !part.empty() ? std::string_view(part.back().number.iso) : "";
    // Not "fiscal 1997 first quarter ended June 30, 1996": the calendar's quarter that ended then.
    const bool ended = is(part_end, "ended") || is(part_end, "ending");
    if (code.size() == 7 && (code[5] == 'Q' || code[5] == 'H') && !ended) {
      return emit_date(i, part_end, dates::iso_year(year) + std::string(code.substr(4)), out);
    }
    return emit_date(i, e, dates::iso_year(year), out);
  }
  if (w == "calendar" && is(i + 1, "year")) {
    if (auto y = year_at(i + 2)) return emit_date(i, y->second, dates::iso_year(y->first), out);
    return 0;
  }
  // FY23, FY2024, FY 2024: a fiscal year, by the year it is named after.
  if (int year = 0; w == "fy") {
    const uint32_t e = fiscal_year_end(i, year);
    return e ? emit_date(i, e, dates::iso_year(year), out) : 0;
  }
  if (is_digits(i) && tx(i).size() == 4) {
    // "1996 first-half net profit", "1996 full-year profit": the year's half or year, one span.
    if (is_word(i + 1)) {
      if (const uint32_t e = results_half(i + 1, out)) return e;
      if (const uint32_t e = results_year(i + 1, out)) return e;
    }
    uint32_t e = i + 1;
    if (is_hyphen_atom(e)) ++e;
    const uint32_t after = quarter_code_end(e, code);
    if (after && !(ok(after) && atoms_[after].joined)) {
      return emit_date(i, after, std::string(tx(i)) + "-" + code, out);
    }
  }
  return 0;
}

uint32_t Grammar::results_half(uint32_t i, std::vector<Found>& out) const {
  // "first-half net profit", "reported first half results": a company's
  // half, as "H1 results" is; not a game's ("a good first half
  // opportunity"). Of the year written before it ("1996 first-half"), else
  // in a clause in the past the last that has ended (not when what is said
  // of it is to come: "He said second-half profit growth would depend"),
  // else the nearest.
  const bool first = is(i, "first");
  if (!(first || is(i, "second")) || game_told_) return 0;
  const uint32_t half = is_hyphen_atom(i + 1) && atoms_[i + 1].joined ? i + 2 : i + 1;
  if (!is(half, "half") || (in(half + 1) && atoms_[half + 1].joined) || !is_word(half + 1) ||
      !half_results_word(lw(half + 1))) {
    return 0;
  }
  const std::string code = {'H', first ? '1' : '2'};
  uint32_t start = i;
  int year = 0;
  if (const auto written = i > 0 ? year_at(i - 1) : std::nullopt; written && written->second == i) {
    year = written->first;
    start = i - 1;
  } else if (ref_ && clause_tense(i) == Tense::past && tense_after(half + 1) != Tense::future) {
    year = ref_->month > (first ? 6 : 12) ? ref_->year : ref_->year - 1;
  }
  return emit_date(start, half + 1, code_iso(year, code), out);
}

uint32_t Grammar::results_year(uint32_t i, std::vector<Found>& out) const {
  // "full-year profit", "adjust full year estimates", "forecast earnings
  // rising 21 percent for the full year", "the full year 1996", a wire
  // headline's "FULL-YR 1996 PROFIT": a company's year, as "first-half" is
  // its half, no length of time. Of the year written before or after it,
  // else in a clause in the past the last year (unless what is said of it is
  // to come), else this one.
  if (!is(i, "full")) return 0;
  const uint32_t year_word = is_hyphen_atom(i + 1) && atoms_[i + 1].joined ? i + 2 : i + 1;
  if (!(is(year_word, "year") || is(year_word, "yr")) || (in(year_word + 1) && atoms_[year_word + 1].joined)) return 0;
  uint32_t end = year_word + 1;
  const auto written_after = year_at(end);
  const bool figures = is_word(end) && (half_results_word(lw(end)) || is(end, "estimates") || is(end, "forecast"));
  const bool for_figures = !figures && i >= 2 && is(i - 1, "the") && is(i - 2, "for") && figures_told_before(i);
  if (!written_after && !figures && !for_figures) return 0;
  if (figures && is(end + 1, "since")) return 0;  // "reporting full-year losses since 1989": every year's
  uint32_t start = i;
  int year = 0;
  if (written_after) {
    std::tie(year, end) = *written_after;
  } else if (const auto before = i > 0 ? year_at(i - 1) : std::nullopt; before && before->second == i) {
    year = before->first;
    start = i - 1;  // "1996 full-year profit": one span
  } else if (ref_) {
    const bool past =
        clause_tense(i) == Tense::past && tense_after(end) != Tense::future && !outlook_within(end);
    year = past ? ref_->year - 1 : ref_->year;
  }
  return emit_date(start, end, year ? dates::iso_year(year) : std::string(), out);
}

bool Grammar::outlook_within(uint32_t k) const {
  // "raised its full-year operating profit forecast": what was raised tells
  // of the year running, a few words after it.
  constexpr uint32_t kWordsAfter = 3;
  static constexpr std::string_view kOutlook[] = {"forecast", "forecasts", "outlook", "guidance", "target", "targets"};
  for (uint32_t e = k; e < k + kWordsAfter && is_word(e); ++e) {
    if (std::find(std::begin(kOutlook), std::end(kOutlook), lw(e)) != std::end(kOutlook)) return true;
  }
  return false;
}

bool Grammar::figures_told_before(uint32_t i) const {
  // "a profit increase of 20 percent for the full year", "declined to give a
  // forecast for the full year": a company's figures in the clause before.
  for (uint32_t k = i; k > 0 && i - k < kClauseLookBack && !sentence_start(k); --k) {
    if (is_word(k - 1) && (half_results_word(lw(k - 1)) || is(k - 1, "forecast"))) return true;
  }
  return false;
}

bool Grammar::game_quarter(uint32_t i) const {
  // "Down 14 in the second quarter", after "with 3:01 left": a game's
  // quarter, no quarter of a year. Before any clock, a word of the game in
  // the clause before or after tells it: "Tatum scored 12 points in the
  // third quarter", "pulled away in the third quarter, outscoring Los
  // Angeles 34-20".
  if (game_told_) return true;
  // Not words that business news uses too ("the economy rebounds", "a
  // basket of currencies", "overtime pay").
  static constexpr std::string_view kGameWords[] = {
      "scored",      "outscored", "outscoring", "halftime", "touchdown", "touchdowns", "yards", "interception",
      "quarterback", "buzzer",    "pointer",    "layup",    "dunk",      "fumble"};
  const auto game_word = [&](uint32_t k) {
    return is_word(k) && std::find(std::begin(kGameWords), std::end(kGameWords), lw(k)) != std::end(kGameWords);
  };
  for (uint32_t k = i; k > 0 && i - k < kClauseLookBack && !sentence_start(k); --k) {
    if (game_word(k - 1)) return true;
  }
  for (uint32_t k = i + 1; in(k) && k - i < kClauseLookBack && !sentence_start(k); ++k) {
    if (game_word(k)) return true;
  }
  return false;
}

std::string Grammar::code_iso(int year, const std::string& code, const std::string& last) const {
  if (year == 0) {
    if (!ref_) return {};
    // As for a month without a year: the nearest occurrence of the period's middle.
    const int n = code[1] - '0';
    year = code[0] == 'Q' ? nearest_year(3 * n - 1, 15) : nearest_year(6 * n - 2, 15);
  }
  const std::string y = dates::iso_year(year);
  return y + "-" + code + (last.empty() ? "" : "/" + y + "-" + last);
}

inline uint32_t Grammar::quarter_code_end(uint32_t i, std::string& code) const {
  // Q1 to Q4 and H1, H2, which the atoms cut in two: a letter and its digit.
  if (!ok(i + 1) || !is_word(i) || !is_digits(i + 1) || !atoms_[i + 1].joined) return 0;
  const std::string_view letter = lw(i), digit = tx(i + 1);
  if (!is_quarter_code(letter, digit)) return 0;
  // H1N1; a hyphen may bring a year (Q4-2020), and "FY" the fiscal year (Q2FY26).
  if (ok(i + 2) && atoms_[i + 2].joined && !hyphen(i + 2) && !is(i + 2, "fy")) return 0;
  code = {static_cast<char>(letter[0] - 32), digit[0]};
  return i + 2;
}

bool Grammar::is_quarter_code(std::string_view letter, std::string_view digits) {
  const char last = letter == "q" ? '4' : letter == "h" ? '2' : 0;
  return last && digits.size() == 1 && digits[0] >= '1' && digits[0] <= last;
}

inline bool Grammar::clock_hour(uint32_t i, int& hour, int& minute, int& second, bool& clock) const {
  // The run's marks come from the scan its value is read from: the amounts read it too.
  const std::string_view s = tx(i);
  const DigitRun& run = digit_run(i);
  const size_t colon = run.colon, dot = run.dot;
  const bool digits_only = run.digits_only, slash_or_comma = run.slash_or_comma;
  if (colon != s.size()) {
    // hh:mm or hh:mm:ss
    const std::string_view h = s.substr(0, colon), rest = s.substr(colon + 1);
    if (h.empty() || h.size() > 2 || rest.size() < 2 || (rest.size() != 2 && rest.size() != 5)) return false;
    hour = to_int(h);
    minute = to_int(rest.substr(0, 2));
    if (rest.size() == 5) second = to_int(rest.substr(3));  // "10:42:15"
    if (hour > 24 || minute > 59 || second > 59) return false;
    clock = true;
    return true;
  }
  if (s.size() == 4 && digits_only && zone_at(i + 1)) {
    hour = to_int(s.substr(0, 2));  // 0500 GMT
    minute = to_int(s.substr(2));
    if (hour > 23 || minute > 59) return false;
    clock = true;
    return true;
  }
  if (s.size() <= 2 && dot == s.size() && !slash_or_comma) {
    hour = to_int(s);
    return hour <= 12;
  }
  if (s.size() <= 5 && dot != s.size() && s.size() - dot == 3) {
    hour = to_int(s.substr(0, dot));  // 6.45 pm, 9.30-4.30pm
    minute = to_int(s.substr(dot + 1));
    // "17.15 GMT", "10.45 BST": a British clock, whose zone makes it a time on any hour.
    if (zone_at(i + 1)) {
      clock = true;
      return hour <= 23 && minute <= 59;
    }
    return hour <= 12 && minute <= 59;
  }
  return false;
}

uint32_t Grammar::elapsed_time(uint32_t i, std::vector<Found>& out) const {
  // 2:29.34, 14:49.81, 1:02.795, 2:08:47.5: a race's time to the hundredth,
  // which no clock shows. Minutes (and hours) before seconds with decimals.
  const std::string_view s = tx(i);
  if (s.size() < 6 || s.size() > 12 || (in(i + 1) && atoms_[i + 1].joined)) return 0;
  const size_t dot = s.rfind('.'), last_colon = s.rfind(':');
  if (dot == s.npos || last_colon == s.npos || dot != last_colon + 3 || s.size() - dot > 4) return 0;
  const size_t first_colon = s.find(':');
  const std::string_view head = s.substr(0, first_colon);
  const std::string_view minutes = s.substr(first_colon + 1, last_colon - first_colon - 1);
  const bool hours = first_colon != last_colon;
  if (head.empty() || head.size() > 2 || (hours && minutes.size() != 2)) return 0;
  for (char c : s) {
    if (!is_digit(c) && c != ':' && c != '.') return 0;
  }
  const int h = hours ? to_int(head) : 0, m = to_int(hours ? minutes : head);
  const std::string_view seconds = s.substr(last_colon + 1);
  const std::string_view fraction = seconds.substr(3);
  const double sec = to_int(seconds.substr(0, 2)) + to_int(fraction) / power_of_ten(static_cast<int>(fraction.size()));
  if ((hours && m > 59) || sec >= 60) return 0;
  std::string iso = "PT";
  if (h) iso += std::to_string(h) + "H";
  if (m) iso += std::to_string(m) + "M";
  iso += std::string(seconds[0] == '0' ? seconds.substr(1) : seconds) + "S";
  emit_date(i, i + 1, std::move(iso), out, NumberKind::duration);
  out.back().number.value = h * 3600.0 + m * 60.0 + sec;
  out.back().number.unit = lx::to_string(lx::TimeUnit::second);
  return i + 1;
}

bool Grammar::game_clock_left(uint32_t i) const {
  // "with 3:01 left in the fourth quarter", "7:12 to go in the third": the
  // time a game has still to run, which its clock shows; not a time of day
  // ("the 3:01 left on time" has no "with" and no period after).
  const uint32_t e = i + 1;
  uint32_t after = 0;
  if (is(e, "left") || is(e, "remaining")) after = e + 1;
  if (is(e, "to") && (is(e + 1, "go") || is(e + 1, "play"))) after = e + 2;
  return after && ((i > 0 && is(i - 1, "with")) || is(after, "in"));
}

uint32_t Grammar::game_clock(uint32_t i, int hour, int minute, int second, std::vector<Found>& out) const {
  // The clock shows minutes and seconds ("3:01"), or hours first ("1:02:03").
  if (second >= 0) {
    emit_elapsed(i, hour, minute, second, out);
  } else {
    emit_elapsed(i, 0, hour, minute, out);
  }
  game_told_ = true;
  return i + 1;
}

void Grammar::emit_elapsed(uint32_t i, int h, int m, int sec, std::vector<Found>& out) const {
  h += m / 60;  // "60:28": an hour and 28 seconds
  m %= 60;
  std::string iso = "PT";
  if (h) iso += std::to_string(h) + "H";
  if (m) iso += std::to_string(m) + "M";
  if (sec || (!h && !m)) iso += std::to_string(sec) + "S";
  emit_date(i, i + 1, std::move(iso), out, NumberKind::duration);
  out.back().number.value = h * 3600.0 + m * 60.0 + sec;
  out.back().number.unit = lx::to_string(lx::TimeUnit::second);
}

bool Grammar::after_race_time_word(uint32_t k) const {
  // "won in 2:02:16", "a time of 2:07:43", "clocked 2:01:09", "(2:05:30)".
  const std::string_view w = lw(k);
  return w == "in" || w == "of" || w == "(" || w == "clocked" || w == "timed" || w == "ran" || w == "posted";
}

uint32_t Grammar::race_time(uint32_t i, std::vector<Found>& out) const {
  // "Sawe won in 2:02:16", "halfway in 60:28", "11th in 2:07:43": the time a
  // race took, hours, minutes and seconds, or minutes past an hour's 59 and
  // seconds; no time of day. A clock's time after "in" ("the final 5km in
  // 14:21") is one too, whose unit the race tells.
  if (ok(i + 1) && (atoms_[i + 1].joined || meridiem_end(i + 1) || zone_at(i + 1) || is(i + 1, "local"))) return 0;
  const std::string_view s = tx(i);
  int groups[3];
  int n = 0;
  for (size_t from = 0; from <= s.size() && n < 3;) {
    const size_t colon = std::min(s.find(':', from), s.size());
    const std::string_view g = s.substr(from, colon - from);
    if (g.empty() || g.size() > 2 || (n > 0 && g.size() != 2) || !std::all_of(g.begin(), g.end(), is_digit)) {
      return 0;
    }
    groups[n++] = to_int(g);
    from = colon + 1;
    if (colon == s.size()) break;
  }
  const bool bracket = tx(i - 1) == "(";
  if (n == 3 && groups[0] <= 9 && groups[1] <= 59 && groups[2] <= 59 && !(bracket && !is(i + 1, ")"))) {
    emit_elapsed(i, groups[0], groups[1], groups[2], out);
    return i + 1;
  }
  if (n == 2 && groups[0] >= 24 && groups[1] <= 59 && !bracket) {
    emit_elapsed(i, 0, groups[0], groups[1], out);
    return i + 1;
  }
  // "finished the final 5km in 14:21", "ran the mile in 3:47": minutes and
  // seconds, as a race of minutes is told; hours and minutes in a sentence
  // of a race of hours ("won the marathon in 2:09"). After "of" it may be a
  // ratio ("a ratio of 1:20").
  if (n == 2 && groups[1] <= 59 && !bracket && !is(i - 1, "of")) {
    if (race_of_hours(i)) {
      emit_elapsed(i, groups[0], groups[1], 0, out);
    } else {
      emit_elapsed(i, 0, groups[0], groups[1], out);
    }
    return i + 1;
  }
  return 0;
}

bool Grammar::race_of_hours(uint32_t i) const {
  for (uint32_t k = i; k > 0 && i - k < kSentenceLookBack && !sentence_start(k); --k) {
    if (is(k - 1, "marathon") || is(k - 1, "hours") || is(k - 1, "ironman") || is(k - 1, "ultramarathon")) return true;
  }
  return false;
}

uint32_t Grammar::mealtime(uint32_t i, std::vector<Found>& out) const {
  // "by lunchtime", "at lunch", "after dinner": a meal as the time of day,
  // which hour is not said. The meal itself needs a preposition right
  // before it: "at a dinner", "the state dinner" are events.
  if (is(i, "lunchtime") || is(i, "dinnertime")) return emit_date(i, i + 1, {}, out, NumberKind::time);
  const bool after_preposition = i > 0 && (is(i - 1, "at") || is(i - 1, "after") || is(i - 1, "before") ||
                                           is(i - 1, "around") || is(i - 1, "by") || is(i - 1, "until") ||
                                           is(i - 1, "over") || is(i - 1, "during"));
  return after_preposition ? emit_date(i, i + 1, {}, out, NumberKind::time) : 0;
}

bool Grammar::is_recording_stamp(uint32_t i) const {
  if (i == 0) return false;
  return (is(i - 1, "[") && is(i + 1, "]")) || (is(i - 1, "(") && is(i + 1, ")") && is(i + 2, ":"));
}

uint32_t Grammar::match_time(uint32_t i, std::vector<Found>& out) const {
  const uint32_t e = time_of_day(i, out);
  return e ? time_range(i, e, out) : 0;
}

uint32_t Grammar::time_range(uint32_t i, uint32_t e, std::vector<Found>& out) const {
  // "from 9am to 5pm", "between 10:00 and 14:00", "9am-5pm": one range, its
  // iso the two times with a slash, as a range of days has. "Moved from 3pm
  // to 5pm" is a change, as "rose from 5% to 10%" is. The second time is
  // read alone, never as the start of another range: a chain of them is
  // read in linear time.
  const size_t first = out.size() - 1;
  const std::string_view iso = out[first].number.iso;
  if (out[first].number.kind != NumberKind::time || iso.empty() || iso.find('/') != iso.npos ||
      !is_range_word(i, e) || (i > 0 && is(i - 1, "from") && changed_from(i - 1))) {
    return e;
  }
  const uint32_t end = time_of_day(e + 1, out);
  if (!end) return e;
  Number& second = out.back().number;
  if (second.kind != NumberKind::time || second.iso.empty() || second.iso.find('/') != std::string::npos) {
    out.pop_back();
    return e;
  }
  Number& range = out[first].number;
  range.iso += "/" + second.iso;
  range.span.end = second.span.end;
  out.pop_back();
  return end;
}

uint32_t Grammar::time_of_day(uint32_t i, std::vector<Found>& out) const {
  int hour = -1, minute = 0, second = -1;  // no second unless the clock shows it
  uint32_t e = i;
  bool clock = false;
  if (is_digits(i)) {
    // 2:29.34: a colon second or third, in a run long enough for the hundredths.
    const std::string_view s = tx(i);
    if (s.size() >= 6 && (s[1] == ':' || s[2] == ':')) {
      if (const uint32_t end = elapsed_time(i, out)) return end;
    }
    if (digit_run(i).colon != s.size() && i > 0 && after_race_time_word(i - 1)) {
      if (const uint32_t end = race_time(i, out)) return end;
    }
    // Digits are no word below: their hour is read at once.
    if (!clock_hour(i, hour, minute, second, clock) || (clock && is_recording_stamp(i))) return 0;
    e = i + 1;
    if (clock && game_clock_left(i)) return game_clock(i, hour, minute, second, out);
    // After "in", a clock's time that is no race's time is no time of day either.
    if (clock && second < 0 && i > 0 && is(i - 1, "in") && !meridiem_end(e) && !zone_at(e)) return 0;
  } else {
    if (is(i, "noon") || is(i, "midnight") || is(i, "midday")) {
      return emit_date(i, i + 1, is(i, "midnight") ? "T00:00" : "T12:00", out, NumberKind::time);
    }
    if (lx::meal(entry(i))) return mealtime(i, out);
    if (is(i, "in") && is(i + 1, "the") && is_day_part(i + 2)) return emit_date(i + 1, i + 3, {}, out, NumberKind::time);
    if ((is(i, "early") || is(i, "late")) && is_day_part(i + 1)) return emit_date(i, i + 2, {}, out, NumberKind::time);
    if (!is_word(i)) return 0;
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
    // "5 to 6pm", "1-3 pm", "8-9am", "between 1 and 3 p.m.": an hour range whose end has the am/pm.
    const auto link = [&] { return is_dash(e) || is(e, "to") || (is(e, "and") && i > 0 && is(i - 1, "between")); };
    if (is_digits(i) && is_digits(e + 1) && link() && meridiem_end(e + 2)) {
      if (const uint32_t end = hour_range(i, hour, minute, e + 1, out)) return end;
    }
    // "at 6.45" is a time; a bare 6.45 is a number, and so is one with a
    // scale ("estimated the hit at 1.45 trillion yen").
    if (!(i > 0 && is(i - 1, "at") && minute > 0 && suffix(e, Amount{}).kind == Suffix::Kind::none &&
          !(is_word(e) && lx::scale_word(entry(e))))) {
      return 0;
    }
  }
  return emit_date(i, zoned_end(e), dates::iso_time(hour % 24, minute, second), out, NumberKind::time);
}

uint32_t Grammar::hour_range(uint32_t i, int hour, int minute, uint32_t last_at, std::vector<Found>& out) const {
  // "5 to 6pm", "9.30-4.30pm". The am/pm is the first hour's too, unless
  // the hours pass noon or midnight: "11-1pm", "11-12pm", "12-2am".
  int last = -1, last_minute = 0, last_second = -1;
  bool clock = false;
  if (!clock_hour(last_at, last, last_minute, last_second, clock) || last > 12 || last_second >= 0) return 0;
  const bool pm = lw(last_at + 1)[0] == 'p';
  if (pm && hour < last && last < 12) hour += 12;
  if (!pm && hour == 12 && last < 12) hour = 0;
  const std::string iso =
      dates::iso_time(hour, minute) + "/" + dates::iso_time(last % 12 + (pm ? 12 : 0), last_minute);
  return emit_date(i, zoned_end(meridiem_end(last_at + 1)), iso, out, NumberKind::time);
}

uint32_t Grammar::zoned_end(uint32_t e) const {
  // Time zones: GMT, UTC, EST, local time.
  if (zone_at(e)) ++e;
  if (is(e, "local") && is(e + 1, "time")) e += 2;
  return e;
}

bool Grammar::is_zone(uint32_t i) const {
  if (!is_upper(i)) return false;
  return text::kTimeZoneSet.contains(lw(i));
}

bool Grammar::zone_at(uint32_t e) const { return is_word(e) && is_zone(e); }

bool Grammar::after_time_preposition(uint32_t digits) const {
  if (digits == 0) return false;
  const uint32_t p = digits - 1;
  return is(p, "at") || is(p, "by") || is(p, "until") || is(p, "till") || is(p, "before") || is(p, "after") ||
         is(p, "around") || is(p, "from");
}

uint32_t Grammar::meridiem_end(uint32_t e) const {
  if (!ok(e) || atoms_[e].kind != AtomKind::word) return 0;
  const std::string_view m = lw(e);
  if (m == "am" || m == "a.m." || m == "ampm" || m == "pm" || m == "p.m." || m == "a.m" || m == "p.m") {
    return is(e + 1, ".") && (m == "a.m" || m == "p.m") && adjacent(e + 1) ? e + 2 : e + 1;
  }
  if ((m == "a" || m == "p") && atoms_[e].joined) {
    // "8p.m.": the letters come cut apart at their dots.
    if (is(e + 1, ".") && adjacent(e + 1) && is(e + 2, "m") && adjacent(e + 2)) {
      return is(e + 3, ".") && adjacent(e + 3) ? e + 4 : e + 3;
    }
    // "at 9p" is a time; "shares jumped 12p to 245p" and "duty was cut by
    // 5p" are pence.
    if (m == "p" && (!after_time_preposition(e - 1) || (e >= 3 && is(e - 2, "by") && names_change(e - 3)))) return 0;
    return is(e + 1, ".") && adjacent(e + 1) ? e + 2 : e + 1;
  }
  return 0;
}

}  // namespace detail
}  // namespace lede::numbers
