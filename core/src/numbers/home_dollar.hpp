// The dollar a text means by a bare "$". Wires write the Australian,
// Canadian or New Zealand dollar as "A$", "C$", "NZ$" and "$" for the US
// dollar; papers there write "$" for their own and "US$" for the other.
#pragma once

#include <string_view>
#include <vector>

#include "entities/entities.hpp"
#include "lede/lede.hpp"
#include "text/document.hpp"

namespace lede::numbers {

// The ISO 4217 code of the dollar a bare "$" means in the text, or "USD":
// the home dollar of a text filed from a city of a dollar country (its
// dateline), stamped with one of its time zones, or about its places far
// more than about the United States; unless the text writes that dollar
// with its own sign ("C$29.8 billion"), as wires do.
// `mentions` are `named`'s, sorted by start.
std::string_view home_dollar(const text::Document& doc, const entities::Result& named,
                             const std::vector<Mention>& mentions, const std::vector<Number>& numbers);

// Gives the money written with a bare "$" the home dollar's code.
void apply_home_dollar(const text::Document& doc, const entities::Result& named, const std::vector<Mention>& mentions,
                       std::vector<Number>& numbers);

}  // namespace lede::numbers
