#include "numbers/fiscal_year.hpp"

#include <algorithm>
#include <string>
#include <string_view>

#include "numbers/dates.hpp"

namespace lede::numbers {

namespace {

// Whether the span is a fiscal year's part: "fiscal" right before it ("the
// fiscal second quarter"), or the year after it ("the second quarter of its
// fiscal year").
bool told_fiscal(const text::Document& doc, const Number& n) {
  constexpr uint32_t kFiscal = 7;   // "fiscal "
  constexpr uint32_t kOfIts = 15;  // " of its fiscal "
  if (n.span.start >= kFiscal && doc.slice(n.span.start - kFiscal, n.span.start) == "fiscal ") return true;
  const std::string_view after = doc.slice(n.span.end, std::min<uint32_t>(n.span.end + kOfIts, doc.text.size()));
  return after == " of its fiscal " || after == " of the fiscal ";
}

// Whether the written year is a fiscal one: "FY26", "fiscal 2026"; told
// by its first letter, as most years are written "2026".
bool fiscal_year_written(std::string_view written) {
  return !written.empty() && (written[0] | 0x20) == 'f' &&
         (written.substr(0, 2) == "FY" || written.substr(1, 5) == "iscal");
}

// Whether the written date names its fiscal year: "Q2FY26", "FY26", "fiscal 2026".
bool names_fiscal_year(std::string_view written) {
  return written.find("FY") != std::string_view::npos || written.find("fiscal") != std::string_view::npos ||
         written.find("Fiscal") != std::string_view::npos;
}

bool all_digits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return !s.empty();
}

std::string month_range(int year, int month, int months) {
  const int last = month + months - 1;
  return dates::iso_month(year, month) + "/" + dates::iso_month(last > 12 ? year + 1 : year, last > 12 ? last - 12 : last);
}

// The calendar's months of the fiscal period `iso` ("2026", "2026-Q2",
// "2026-H1"), of a year that begins in April of `first_year`.
std::string april_year_iso(std::string_view iso, int first_year) {
  if (iso.size() == 4) return month_range(first_year, 4, 12);
  const int n = iso[6] - '0';
  if (iso[5] == 'H') return month_range(first_year, n == 1 ? 4 : 10, 6);
  return n < 4 ? dates::iso_year(first_year) + "-Q" + static_cast<char>('0' + n + 1)
               : dates::iso_year(first_year + 1) + "-Q1";
}

// Whether the period ends at a day the text wrote after it ("the quarter ended September 30").
bool ended_after(const text::Document& doc, const Number& n) {
  const std::string_view after = doc.slice(n.span.end, std::min<uint32_t>(n.span.end + 7, doc.text.size()));
  return after.substr(0, 6) == " ended" || after.substr(0, 7) == " ending";
}

// Whether the period is named by the day it ended, which the grammar read
// into its span: "the quarter ended Sept. 30" is the calendar's quarter.
bool ended_within(std::string_view written) {
  return written.find(" ended ") != std::string_view::npos || written.find(" ending ") != std::string_view::npos;
}

// Whether the period is told from the one named before it: "a year
// earlier", "the previous quarter".
bool counted_from_another(std::string_view written) {
  return written.find("earlier") != std::string_view::npos || written.find("previous") != std::string_view::npos ||
         written.find("ago") != std::string_view::npos;
}

// "Apple's fiscal first quarter" ended in December, Microsoft's in
// September: a company's fiscal calendar is its own, which the text does
// not tell, and the calendar's quarter would be wrong. The quarter or half
// stays a date without its days, unless the text wrote its year or its end.
void drop_fiscal_quarters(const text::Document& doc, std::vector<Number>& numbers) {
  for (Number& n : numbers) {
    const std::string_view iso = n.iso;
    if (n.kind != NumberKind::date || iso.size() != 7 || iso[4] != '-' || !(iso[5] == 'Q' || iso[5] == 'H')) continue;
    if (!told_fiscal(doc, n) || ended_after(doc, n)) continue;
    if (doc.slice(n.span.start, n.span.end).find(iso.substr(0, 4)) != std::string_view::npos) continue;
    n.iso.clear();
  }
}

}  // namespace

void apply_fiscal_year(const text::Document& doc, std::vector<Number>& numbers) {
  // A quarter, a half or a fiscal year told (few texts tell one), then the money's currencies.
  const bool periods = std::any_of(numbers.begin(), numbers.end(), [&](const Number& n) {
    if (n.kind != NumberKind::date) return false;
    const std::string_view iso = n.iso;
    return (iso.size() == 7 && (iso[5] == 'Q' || iso[5] == 'H')) ||
           (iso.size() == 4 && fiscal_year_written(doc.slice(n.span.start, n.span.end)));
  });
  if (!periods) return;
  int rupees = 0, yen = 0, other = 0;
  for (const Number& n : numbers) {
    if (n.kind == NumberKind::money) ++(n.unit == "INR" ? rupees : n.unit == "JPY" ? yen : other);
  }
  // Most of the sums, and at least two, in rupees or in yen.
  const std::string_view home = rupees >= 2 && rupees > yen + other ? "INR"
                                : yen >= 2 && yen > rupees + other  ? "JPY"
                                                                    : "";
  if (home.empty()) {
    drop_fiscal_quarters(doc, numbers);
    return;
  }
  // Whether the last quarter the text named was a fiscal one, which the
  // quarters told from it follow.
  bool last_named_fiscal = true;
  for (Number& n : numbers) {
    const std::string_view iso = n.iso;
    if (n.kind != NumberKind::date || !(iso.size() == 4 || iso.size() == 7) || !all_digits(iso.substr(0, 4))) continue;
    if (iso.size() == 7 && !(iso[4] == '-' && (iso[5] == 'Q' || iso[5] == 'H'))) continue;
    const std::string_view written = doc.slice(n.span.start, n.span.end);
    const int year = (iso[0] - '0') * 1000 + (iso[1] - '0') * 100 + (iso[2] - '0') * 10 + (iso[3] - '0');
    if (names_fiscal_year(written)) {
      n.iso = april_year_iso(iso, year - 1);  // FY26 ends in March 2026
      continue;
    }
    // "Q2", "the second quarter": the grammar's calendar quarter of its year,
    // unless the text wrote the year ("Q2 2025": the calendar's) or the day
    // it ended ("the quarter ended September 30": the grammar read it so).
    // Indian papers count quarters by the fiscal year; Japan's say so ("the
    // fiscal second quarter"), and name a Korean rival's quarter the calendar's.
    // "A year earlier" is on the calendar of the quarter it is told from.
    if (iso.size() != 7) continue;
    if (home != "INR" && !told_fiscal(doc, n)) continue;
    if (!counted_from_another(written)) {
      last_named_fiscal = written.find(iso.substr(0, 4)) == std::string_view::npos && !ended_after(doc, n) &&
                          !ended_within(written);
    }
    if (!last_named_fiscal) continue;
    n.iso = april_year_iso(iso, year);
  }
}

}  // namespace lede::numbers
