// Named entities: the trained tagger's mentions, grouped into entities.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "lede/lede.hpp"
#include "structure/structure.hpp"
#include "text/document.hpp"

namespace lede::entities {

struct Result {
  std::vector<Mention> mentions;  // sorted by start; Mention::entity indexes `entities`
  std::vector<Entity> entities;
};

Result recognize(const text::Document& doc, const structure::Structure& structure);

// Where recognize() cuts the words of a text into pieces that it tags one
// at a time (see entities.cpp): the start of each piece, then `n`, the
// number of words. `sentence_start` lists where each sentence begins (the
// first 0); `bytes` is the text's size.
std::vector<uint32_t> tagging_pieces(const std::vector<uint32_t>& sentence_start, uint32_t n, size_t bytes);

// Tags one pre-tokenized document (CoNLL input, for `lede conll` and evaluation):
// one BIO tag ("B-PER", "I-PER", "O", ...) per token, one vector per sentence.
std::vector<std::vector<std::string>> tag_document(const std::vector<std::vector<std::string>>& sentences);

}  // namespace lede::entities
