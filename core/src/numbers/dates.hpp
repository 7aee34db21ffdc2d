// Calendar arithmetic for resolving dates: proleptic Gregorian civil dates,
// day counts, month and week steps, and ISO 8601 renderings. Pure functions
// over small values; depends on nothing but the standard library.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lede::numbers::dates {

struct Date {
  int year = 0, month = 0, day = 0;
};

bool valid(int year, int month, int day);
int days_in_month(int year, int month);
std::optional<Date> parse_iso(std::string_view text);  // "YYYY-MM-DD"

long to_days(Date d);  // days since 1970-01-01
Date from_days(long days);
Date add_days(Date d, long days);
Date add_months(Date d, int months);  // clamps the day to the month's length
int weekday(Date d);                  // 1 = Monday .. 7 = Sunday
// The n-th weekday wd (1 = Monday) of a month: n 1 the first, -1 the last.
Date nth_weekday(int year, int month, int wd, int n);
Date easter(int year);                // Western (Gregorian) Easter Sunday

std::string iso_day(Date d);          // 2024-06-01
std::string iso_month(int year, int month);  // 2024-06
std::string iso_year(int year);       // 2024
std::string iso_week(Date d);         // 2024-W22 (the ISO week containing d)
std::string iso_time(int hour, int minute, int second = -1);  // T08:05, T08:05:30 (second >= 0)

}  // namespace lede::numbers::dates
