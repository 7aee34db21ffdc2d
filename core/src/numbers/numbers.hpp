// Numeric expressions: typed, with normalized values and units.
//
// Kinds and units beyond the contract's wording: ages are quantities with a
// time unit ("30-year-old" -> 30 year); percentage points are percents with
// unit "pp"; tomans are rials (x10, ISO 4217 has no toman); a temperature's
// unit is °C, °F or ° (degrees of unknown scale); an earthquake's magnitude
// is a quantity of unit "magnitude"; money written with a bare "$" or "Rs"
// is the dollar or the rupee of the country the text is written in
// (home_currency.hpp), USD or INR unless told otherwise. Dates and times carry an
// ISO 8601 `iso` (absolute ones always, relative ones with a reference date)
// and no value, a range of them its two ends joined by a slash
// ("2024-03-03/2024-03-05", "T09:00/T17:00"); durations carry value, unit and
// an ISO 8601 duration in `iso`.
#pragma once

#include <vector>

#include "entities/entities.hpp"
#include "lede/lede.hpp"
#include "numbers/grammar.hpp"
#include "text/document.hpp"

namespace lede::numbers {

// `entities` lets the grammar skip digits that belong to a name (Boeing 737).
std::vector<Number> find(const text::Document& doc, const entities::Result& entities,
                         const Options& options);

// The same expressions with their amounts, for evaluation tools.
std::vector<Found> find_detailed(const text::Document& doc, const entities::Result& entities,
                                 const Options& options);

}  // namespace lede::numbers
