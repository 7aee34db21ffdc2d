// Interview turns: "Zarepour: These days, ..." and "Q: ... / A: ...". A name
// label counts only when it labels two paragraphs or more (a single
// "Diplomacy: Putin urges ..." is a headline, not a turn); Q/A labels always.
#pragma once

#include <vector>

#include "lede/lede.hpp"
#include "structure/structure.hpp"
#include "text/document.hpp"

namespace lede::structure {

// Finds the turns and the interviewer's names, and sets roles (question,
// answer) of their paragraphs and of unlabeled questions; `shape.roles`
// already marks headline and boilerplate, which are never turns.
void find_turns(const text::Document& doc, Structure& shape);

}  // namespace lede::structure
