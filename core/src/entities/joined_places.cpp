#include "entities/joined_places.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "text/chars.hpp"

namespace lede::entities {

namespace {

// Where a word's first place ends and its second begins: offsets, not
// views, since the word is an entity's name and entities move as some are
// added.
struct Places {
  size_t first_end, second_at;
};

bool is_place(const Gazetteer& gazetteer, std::string_view name) {
  return !name.empty() && text::is_upper_ascii(static_cast<unsigned char>(name[0])) &&
         (gazetteer.contains(kCountry, name) || gazetteer.contains(kCity, name));
}

// The places `word` joins with one hyphen or en dash, if that is what it is.
std::optional<Places> joined_places(std::string_view word, const Gazetteer& gazetteer) {
  for (const std::string_view joiner : {std::string_view("-"), std::string_view("\xE2\x80\x93")}) {
    const size_t at = word.find(joiner);
    if (at == std::string_view::npos) continue;
    if (word.find(joiner, at + joiner.size()) != std::string_view::npos) return std::nullopt;
    const Places places{at, at + joiner.size()};
    if (is_place(gazetteer, word) || !is_place(gazetteer, word.substr(0, places.first_end)) ||
        !is_place(gazetteer, word.substr(places.second_at))) {
      return std::nullopt;
    }
    return places;
  }
  return std::nullopt;
}

// The entity named `name` (or with it as an alias), or -1; entities that
// are being split (those `places` has) are not places to join.
int entity_named(const std::vector<Entity>& entities, const std::vector<std::optional<Places>>& places,
                 std::string_view name) {
  for (size_t e = 0; e < entities.size(); ++e) {
    const Entity& entity = entities[e];
    if (e < places.size() && places[e]) continue;
    if (entity.name == name || std::find(entity.aliases.begin(), entity.aliases.end(), name) != entity.aliases.end()) {
      return static_cast<int>(e);
    }
  }
  return -1;
}

// Counts each entity's mentions, drops those left with none, and numbers
// the others by first mention, as grouping does.
void renumber(Result& r) {
  std::vector<int> first_mention(r.entities.size(), -1);
  for (auto& e : r.entities) e.count = 0;
  for (size_t m = 0; m < r.mentions.size(); ++m) {
    const int e = r.mentions[m].entity;
    if (first_mention[e] < 0) first_mention[e] = static_cast<int>(m);
    ++r.entities[e].count;
  }
  std::vector<int> order;
  for (size_t e = 0; e < r.entities.size(); ++e) {
    if (first_mention[e] >= 0) order.push_back(static_cast<int>(e));
  }
  std::sort(order.begin(), order.end(), [&](int a, int b) { return first_mention[a] < first_mention[b]; });
  std::vector<int> new_id(r.entities.size(), -1);
  std::vector<Entity> entities;
  entities.reserve(order.size());
  for (const int e : order) {
    new_id[e] = static_cast<int>(entities.size());
    entities.push_back(std::move(r.entities[e]));
    entities.back().id = new_id[e];
  }
  for (Mention& m : r.mentions) m.entity = new_id[m.entity];
  r.entities = std::move(entities);
}

}  // namespace

void split_joined_places(std::string_view text, const Gazetteer& gazetteer, Result& r) {
  // A hyphen or the first byte of an en dash, in a name that is an entity's only form.
  auto may_join = [](const Entity& e) {
    return e.aliases.empty() &&
           std::any_of(e.name.begin(), e.name.end(), [](char c) { return c == '-' || c == '\xE2'; });
  };
  if (std::none_of(r.entities.begin(), r.entities.end(), may_join)) return;
  std::vector<std::optional<Places>> places(r.entities.size());
  for (size_t e = 0; e < r.entities.size(); ++e) {
    if (may_join(r.entities[e])) places[e] = joined_places(r.entities[e].name, gazetteer);
  }
  if (std::none_of(places.begin(), places.end(), [](const auto& p) { return p.has_value(); })) return;

  std::vector<Mention> mentions;
  mentions.reserve(r.mentions.size() + r.mentions.size() / 2);
  auto place_mention = [&](uint32_t start, std::string_view name) {
    int e = entity_named(r.entities, places, name);
    if (e < 0) {
      e = static_cast<int>(r.entities.size());
      Entity& added = r.entities.emplace_back();
      added.name = std::string(name);
      added.type = EntityType::LOC;
    }
    mentions.push_back({{start, start + static_cast<uint32_t>(name.size())}, r.entities[e].type, e});
  };
  for (const Mention& m : r.mentions) {
    // The places are read from the text: entities may move as some are added.
    const std::string_view word = text.substr(m.span.start, m.span.end - m.span.start);
    const std::optional<Places>& p = places[m.entity];
    if (!p || word != r.entities[m.entity].name) {
      mentions.push_back(m);
      continue;
    }
    place_mention(m.span.start, word.substr(0, p->first_end));
    place_mention(m.span.start + static_cast<uint32_t>(p->second_at), word.substr(p->second_at));
  }
  r.mentions = std::move(mentions);
  renumber(r);
}

}  // namespace lede::entities
