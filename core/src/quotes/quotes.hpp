// Quotations and who said them: quote marks paired (pairing), interview
// answers (from the structure stage), kinds, and speakers found beside them
// (attribution), mapped to entities when the entity stage found some.
#pragma once

#include <vector>

#include "entities/entities.hpp"
#include "lede/lede.hpp"
#include "structure/structure.hpp"
#include "text/document.hpp"

namespace lede::quotes {

// Sorted by span start. Linear in the size of the document; never throws.
std::vector<Quote> find(const text::Document& doc, const structure::Structure& structure,
                        const entities::Result& entities);

}  // namespace lede::quotes
