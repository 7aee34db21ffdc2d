// The weekdays in full, capitalized, as names stand beside them ("on Palm
// Sunday", "Smith on Monday said"); the numbers stage reads dates with its
// own table of days and their numbers.
#pragma once

#include <algorithm>
#include <iterator>
#include <string_view>

namespace lede::text {

inline constexpr std::string_view kWeekdays[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                 "Friday", "Saturday", "Sunday"};

// "Sunday", "Tuesday": a weekday in full, capitalized. By its last letters
// first: asked of the word after every name.
inline bool is_weekday(std::string_view w) {
  if (w.size() < 6 || w.back() != 'y' || w[w.size() - 2] != 'a') return false;
  return std::find(std::begin(kWeekdays), std::end(kWeekdays), w) != std::end(kWeekdays);
}

}  // namespace lede::text
