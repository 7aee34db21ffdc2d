// Grouping of mentions into entities (first version: one entity per surface form).
#include "entities/grouping.hpp"

#include <map>

namespace lede::entities {

Result group(const text::Document& doc, const std::vector<Tag>& tags) {
  Result r;
  std::map<std::string, int> ids;
  for (size_t i = 0; i < tags.size();) {
    if (tags[i] == kOutside) {
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < tags.size() && is_inside(tags[j]) && type_index(tags[j]) == type_index(tags[i])) ++j;
    Mention m;
    m.span = {doc.tokens[i].start, doc.tokens[j - 1].end};
    m.type = entity_type(tags[i]);
    const std::string text(doc.slice(m.span.start, m.span.end));
    auto [it, fresh] = ids.emplace(text, static_cast<int>(r.entities.size()));
    if (fresh) {
      Entity e;
      e.id = it->second;
      e.name = text;
      e.type = m.type;
      r.entities.push_back(e);
    }
    m.entity = it->second;
    ++r.entities[m.entity].count;
    r.mentions.push_back(m);
    i = j;
  }
  return r;
}

}  // namespace lede::entities
