// Cuts a range of text into tokens (see TokenKind). One forward pass with
// bounded look-ahead, so linear on any input.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "text/document.hpp"

namespace lede::text {

// Appends the tokens of text[begin, end) to `out`. White space and newlines
// separate tokens and are never part of one.
void tokenize(std::string_view text, uint32_t begin, uint32_t end, std::vector<Token>& out);

}  // namespace lede::text
