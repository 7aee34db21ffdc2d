#include "numbers/home_dollar.hpp"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <iterator>

#include "text/chars.hpp"

namespace lede::numbers {

namespace {

struct DollarCountry {
  std::string_view code;
  std::string_view sign;  // "A$": the sign a wire writes it with
  std::initializer_list<std::string_view> places;  // the country, its states and its largest cities
  std::initializer_list<std::string_view> time_zones;
};

const std::array<DollarCountry, 3>& dollar_countries() {
  static const std::array<DollarCountry, 3> countries = {{
      {"AUD",
       "A$",
       {"Australia", "Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Canberra", "Hobart", "Darwin",
        "New South Wales", "NSW", "Queensland", "Tasmania", "Western Australia", "South Australia", "Gold Coast"},
       {"AEDT", "AEST", "ACDT", "ACST", "AWST"}},
      {"CAD",
       "C$",
       {"Canada", "Ottawa", "Toronto", "Montreal", "Vancouver", "Calgary", "Edmonton", "Winnipeg", "Halifax",
        "Quebec", "Ontario", "Alberta", "British Columbia", "Manitoba", "Saskatchewan", "Nova Scotia"},
       {}},
      {"NZD", "NZ$", {"New Zealand", "Wellington", "Auckland", "Christchurch"}, {"NZDT", "NZST"}},
  }};
  return countries;
}

constexpr std::string_view kUnitedStates[] = {"United States", "U.S.", "US", "USA", "America", "Washington"};

// The place's name in any case: a dateline is in capitals.
bool same_name(std::string_view a, std::string_view b) { return text::same_ignoring_case(a, b); }

template <typename Names>
bool names_one_of(std::string_view name, const Names& names) {
  return std::any_of(std::begin(names), std::end(names), [&](std::string_view n) { return same_name(name, n); });
}

const DollarCountry* country_of_place(std::string_view name) {
  for (const DollarCountry& c : dollar_countries()) {
    if (names_one_of(name, c.places)) return &c;
  }
  return nullptr;
}

// Datelines and bylines come first: a headline, a byline, a stamp, then
// "OTTAWA — ..." opening the story.
constexpr size_t kLeadingParagraphs = 5;

// The place a dateline opening a leading paragraph names ("OTTAWA — ",
// "SYDNEY, Feb 9 (Reuters) - ", "Ottawa — "), or an empty view: in
// capitals, or before a dash or an agency's name; not a sentence's subject
// ("Sydney, the largest city, ...").
std::string_view dateline_place(const text::Document& doc, const std::vector<Mention>& mentions) {
  const size_t paragraphs = std::min(doc.paragraphs.size(), kLeadingParagraphs);
  if (paragraphs == 0) return {};
  const uint32_t lead_end = doc.paragraphs[paragraphs - 1].end;
  for (const Mention& m : mentions) {
    if (m.span.start >= lead_end) break;
    if (m.type != EntityType::LOC) continue;
    const bool opens = std::any_of(doc.paragraphs.begin(), doc.paragraphs.begin() + paragraphs,
                                   [&](const text::Paragraph& p) { return p.start == m.span.start; });
    if (!opens) continue;
    const uint32_t after = doc.first_token_from(m.span.end);
    if (after >= doc.tokens.size()) continue;
    const std::string_view place = doc.slice(m.span.start, m.span.end);
    const std::string_view next = doc.token_text(after);
    const bool in_capitals = std::none_of(place.begin(), place.end(), [](char c) { return text::is_lower_ascii(c); });
    const bool marked = next == "(" || next == "-" || next == "\xE2\x80\x94" || next == "\xE2\x80\x93";
    if (marked || (in_capitals && next == ",")) return place;
  }
  return {};
}

// The dollar country whose time zone stamps a leading paragraph ("Sun 9 Feb
// 2025 11.30 AEDT"), if any.
const DollarCountry* stamped_country(const text::Document& doc) {
  const size_t paragraphs = std::min(doc.paragraphs.size(), kLeadingParagraphs);
  const uint32_t end = paragraphs == 0 ? 0 : doc.paragraphs[paragraphs - 1].end_token;
  for (uint32_t i = 0; i < end; ++i) {
    if (doc.tokens[i].length != 4) continue;  // every zone listed has four letters
    const std::string_view w = doc.token_text(i);
    for (const DollarCountry& c : dollar_countries()) {
      if (std::find(c.time_zones.begin(), c.time_zones.end(), w) != c.time_zones.end()) return &c;
    }
  }
  return nullptr;
}

// The dollar country the text's places are about: at least kMinPlaces
// mentions of its places and more than twice those of the United States.
// Counted by entity, each once with its mentions: "OTTAWA" and "Ottawa" are
// one place, "U.S." and "United States" another.
const DollarCountry* country_of_places(const std::vector<Entity>& entities) {
  constexpr int kMinPlaces = 3;
  std::array<int, 3> counts{};
  int united_states = 0;
  for (const Entity& e : entities) {
    if (e.type != EntityType::LOC) continue;
    if (names_one_of(e.name, kUnitedStates)) {
      united_states += e.count;
    } else if (const DollarCountry* c = country_of_place(e.name)) {
      counts[static_cast<size_t>(c - dollar_countries().data())] += e.count;
    }
  }
  const auto most = std::max_element(counts.begin(), counts.end());
  if (*most < kMinPlaces || *most <= 2 * united_states) return nullptr;
  return &dollar_countries()[static_cast<size_t>(most - counts.begin())];
}

bool written_with_bare_sign(const text::Document& doc, const Number& n) {
  return n.kind == NumberKind::money && n.unit == "USD" && n.span.start < doc.text.size() && doc.text[n.span.start] == '$';
}

}  // namespace

std::string_view home_dollar(const text::Document& doc, const entities::Result& named,
                             const std::vector<Mention>& mentions, const std::vector<Number>& numbers) {
  const DollarCountry* home = nullptr;
  if (const std::string_view dateline = dateline_place(doc, mentions); !dateline.empty()) {
    home = country_of_place(dateline);  // a dateline elsewhere says the text is not written there
  } else if (!(home = stamped_country(doc))) {
    home = country_of_places(named.entities);
  }
  if (!home) return "USD";
  const bool own_sign = std::any_of(numbers.begin(), numbers.end(), [&](const Number& n) {
    const std::string_view written = doc.slice(n.span.start, n.span.end);
    return n.unit == home->code && written.size() > home->sign.size() &&
           same_name(written.substr(0, home->sign.size()), home->sign);
  });
  return own_sign ? "USD" : home->code;
}

void apply_home_dollar(const text::Document& doc, const entities::Result& named, const std::vector<Mention>& mentions,
                       std::vector<Number>& numbers) {
  if (std::none_of(numbers.begin(), numbers.end(), [&](const Number& n) { return written_with_bare_sign(doc, n); })) {
    return;
  }
  const std::string_view code = home_dollar(doc, named, mentions, numbers);
  if (code == "USD") return;
  for (Number& n : numbers) {
    if (written_with_bare_sign(doc, n)) n.unit = code;
  }
}

}  // namespace lede::numbers
