// Tag names as CoNLL writes them.
#include "entities/tags.hpp"

namespace lede::entities {

namespace {
constexpr std::string_view kNames[kTags] = {"O",     "B-PER", "I-PER",  "B-ORG", "I-ORG",
                                            "B-LOC", "I-LOC", "B-MISC", "I-MISC"};
}

std::string_view tag_name(Tag t) { return t < kTags ? kNames[t] : kNames[0]; }

Tag parse_tag(std::string_view name) {
  for (Tag t = 0; t < kTags; ++t) {
    if (kNames[t] == name) return t;
  }
  return kOutside;
}

}  // namespace lede::entities
