// Named entities: the trained tagger's mentions, grouped into entities.
#pragma once

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

// Tags one pre-tokenized document (CoNLL input, for `lede conll` and evaluation):
// one BIO tag ("B-PER", "I-PER", "O", ...) per token, one vector per sentence.
std::vector<std::vector<std::string>> tag_document(const std::vector<std::vector<std::string>>& sentences);

}  // namespace lede::entities
