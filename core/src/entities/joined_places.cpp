#include "entities/joined_places.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_map>
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
         (gazetteer.categories(name) & category_set({kCountry, kCity}));
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

// Whether an entity's name may join places: its only form, with a hyphen
// or the first byte of an en dash.
bool may_join(const Entity& e) {
  return e.aliases.empty() &&
         std::any_of(e.name.begin(), e.name.end(), [](char c) { return c == '-' || c == '\xE2'; });
}

// Gives each place name in `entity_of` (all -1) the first entity, in order,
// with that name or alias, leaving out the entities being split (those
// `places` has); a place that none names stays -1. One pass over the
// entities, where a scan of them per place was quadratic in a long text of
// names and joined places.
void find_place_entities(const std::vector<Entity>& entities, const std::vector<std::optional<Places>>& places,
                         std::unordered_map<std::string_view, int>& entity_of) {
  auto claim = [&](std::string_view name, int e) {
    const auto it = entity_of.find(name);
    if (it != entity_of.end() && it->second < 0) it->second = e;
  };
  for (size_t e = 0; e < entities.size(); ++e) {
    if (places[e]) continue;
    claim(entities[e].name, static_cast<int>(e));
    for (const std::string& alias : entities[e].aliases) claim(alias, static_cast<int>(e));
  }
}

// Counts each entity's mentions, drops those left with none, and numbers
// the others by first mention, as grouping does: each is numbered where
// the pass over the mentions meets its first.
void renumber(Result& r) {
  std::vector<int> new_id(r.entities.size(), -1);
  std::vector<Entity> entities;
  entities.reserve(r.entities.size());
  for (Mention& m : r.mentions) {
    int& id = new_id[m.entity];
    if (id < 0) {
      id = static_cast<int>(entities.size());
      entities.push_back(std::move(r.entities[m.entity]));
      entities.back().id = id;
      entities.back().count = 0;
    }
    ++entities[id].count;
    m.entity = id;
  }
  r.entities = std::move(entities);
}

}  // namespace

void split_joined_places(std::string_view text, const Gazetteer& gazetteer, Result& r) {
  // Sized at the first name that joins places: most texts have none.
  std::vector<std::optional<Places>> places;
  for (size_t e = 0; e < r.entities.size(); ++e) {
    if (!may_join(r.entities[e])) continue;
    if (const std::optional<Places> p = joined_places(r.entities[e].name, gazetteer)) {
      places.resize(r.entities.size());
      places[e] = p;
    }
  }
  if (places.empty()) return;

  // A mention is split when its word, read from the text (into which the new
  // mentions' spans point), is its entity's name.
  auto word_to_split = [&](const Mention& m, std::string_view& word) {
    word = text.substr(m.span.start, m.span.end - m.span.start);
    return places[m.entity] && word == r.entities[m.entity].name;
  };
  std::unordered_map<std::string_view, int> entity_of;  // by place name
  std::string_view word;
  for (const Mention& m : r.mentions) {
    if (!word_to_split(m, word)) continue;
    entity_of.emplace(word.substr(0, places[m.entity]->first_end), -1);
    entity_of.emplace(word.substr(places[m.entity]->second_at), -1);
  }
  find_place_entities(r.entities, places, entity_of);

  std::vector<Mention> mentions;
  mentions.reserve(r.mentions.size() + r.mentions.size() / 2);
  auto place_mention = [&](uint32_t start, std::string_view name) {
    int& e = entity_of.find(name)->second;
    if (e < 0) {
      e = static_cast<int>(r.entities.size());
      Entity& added = r.entities.emplace_back();
      added.name = std::string(name);
      added.type = EntityType::LOC;
    }
    mentions.push_back({{start, start + static_cast<uint32_t>(name.size())}, r.entities[e].type, e});
  };
  for (const Mention& m : r.mentions) {
    if (!word_to_split(m, word)) {
      mentions.push_back(m);
      continue;
    }
    const Places& p = *places[m.entity];
    place_mention(m.span.start, word.substr(0, p.first_end));
    place_mention(m.span.start + static_cast<uint32_t>(p.second_at), word.substr(p.second_at));
  }
  r.mentions = std::move(mentions);
  renumber(r);
}

}  // namespace lede::entities
