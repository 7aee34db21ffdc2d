// Numeric expressions: typed, with normalized values and units.
#pragma once

#include <vector>

#include "entities/entities.hpp"
#include "lede/lede.hpp"
#include "text/document.hpp"

namespace lede::numbers {

// `entities` lets the grammar skip digits that belong to a name (Boeing 737).
std::vector<Number> find(const text::Document& doc, const entities::Result& entities,
                         const Options& options);

}  // namespace lede::numbers
