// Calendar arithmetic (Howard Hinnant's days_from_civil / civil_from_days).
#include "numbers/dates.hpp"

#include <cstdio>

namespace lede::numbers::dates {

bool valid(int year, int month, int day) {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

std::optional<Date> parse_iso(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int parts[3] = {0, 0, 0};
  const size_t starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
  for (int p = 0; p < 3; ++p) {
    for (size_t i = starts[p]; i < starts[p] + lengths[p]; ++i) {
      if (s[i] < '0' || s[i] > '9') return std::nullopt;
      parts[p] = parts[p] * 10 + (s[i] - '0');
    }
  }
  if (!valid(parts[0], parts[1], parts[2])) return std::nullopt;
  return Date{parts[0], parts[1], parts[2]};
}

long to_days(Date d) {
  const long y = d.year - (d.month <= 2);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5 + d.day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(yoe + era * 400 + (month <= 2)), month, day};
}

Date add_days(Date d, long days) { return from_days(to_days(d) + days); }

Date add_months(Date d, int months) {
  long index = static_cast<long>(d.year) * 12 + (d.month - 1) + months;
  Date r{static_cast<int>(index / 12), static_cast<int>(index % 12) + 1, d.day};
  if (r.day > days_in_month(r.year, r.month)) r.day = days_in_month(r.year, r.month);
  return r;
}

int weekday(Date d) {
  const long days = to_days(d);  // 1970-01-01 was a Thursday
  return static_cast<int>(((days % 7) + 7 + 3) % 7) + 1;
}

Date nth_weekday(int year, int month, int wd, int n) {
  if (n < 0) {
    const Date last{year, month, days_in_month(year, month)};
    return add_days(last, -((weekday(last) - wd + 7) % 7) + 7L * (n + 1));
  }
  const Date first{year, month, 1};
  return add_days(first, (wd - weekday(first) + 7) % 7 + 7L * (n - 1));
}

Date easter(int year) {
  // The anonymous Gregorian computus (Meeus, Jones, Butcher): the Sunday
  // after the ecclesiastical full moon on or after March 21.
  const int a = year % 19, b = year / 100, c = year % 100;
  const int d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return {year, month, day};
}

namespace {

// printf's %04d and %02d for the usual values, without printf: dates are
// written for most expressions.
void append_padded(std::string& out, int value, int width) {
  if (value < 0 && value > -100000) {  // a year before year 0: "-0752", as ISO 8601 expands it
    out += '-';
    append_padded(out, -value, width);
    return;
  }
  const int limit = width == 4 ? 10000 : 100;
  if (value < 0 || value >= limit) {
    char buf[16];
    std::snprintf(buf, sizeof buf, width == 4 ? "%04d" : "%02d", value);
    out += buf;
    return;
  }
  char digits[4];
  for (int k = width - 1; k >= 0; --k, value /= 10) digits[k] = static_cast<char>('0' + value % 10);
  out.append(digits, width);
}

}  // namespace

std::string iso_day(Date d) {
  std::string out;
  append_padded(out, d.year, 4);
  out += '-';
  append_padded(out, d.month, 2);
  out += '-';
  append_padded(out, d.day, 2);
  return out;
}

std::string iso_month(int year, int month) {
  std::string out;
  append_padded(out, year, 4);
  out += '-';
  append_padded(out, month, 2);
  return out;
}

std::string iso_year(int year) {
  std::string out;
  append_padded(out, year, 4);
  return out;
}

std::string iso_time(int hour, int minute, int second) {
  std::string out = "T";
  append_padded(out, hour, 2);
  out += ':';
  append_padded(out, minute, 2);
  if (second >= 0) {
    out += ':';
    append_padded(out, second, 2);
  }
  return out;
}

std::string iso_week(Date d) {
  // The ISO week belongs to the year of its Thursday.
  const Date thursday = add_days(d, 4 - weekday(d));
  const long first = to_days({thursday.year, 1, 1});
  const int week = static_cast<int>((to_days(thursday) - first) / 7) + 1;
  std::string out;
  append_padded(out, thursday.year, 4);
  out += "-W";
  append_padded(out, week, 2);
  return out;
}

}  // namespace lede::numbers::dates
