// Quotations and who said them.
#pragma once

#include <vector>

#include "entities/entities.hpp"
#include "lede/lede.hpp"
#include "structure/structure.hpp"
#include "text/document.hpp"

namespace lede::quotes {

std::vector<Quote> find(const text::Document& doc, const structure::Structure& structure,
                        const entities::Result& entities);

}  // namespace lede::quotes
