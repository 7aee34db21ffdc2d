// The fiscal year of a text whose companies count their year from April,
// as India's and Japan's do: "Q2" and "the second quarter" of an Indian
// results story are July to September, "FY26" April 2025 to March 2026.
#pragma once

#include <vector>

#include "lede/lede.hpp"
#include "text/document.hpp"

namespace lede::numbers {

// Gives the quarters, halves and fiscal years of a text whose money is
// mostly in rupees or yen the calendar's months they cover: a fiscal year
// named FY26 or "fiscal 2026" ends in March 2026; a quarter without its
// year (which the grammar took as the calendar's) is the fiscal one three
// months on, in rupees always, in yen after "fiscal". A quarter told by the
// day it ended is left as it is.
void apply_fiscal_year(const text::Document& doc, std::vector<Number>& numbers);

}  // namespace lede::numbers
