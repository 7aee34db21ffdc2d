#include "numbers/home_currency.hpp"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <iterator>

#include "text/chars.hpp"

namespace lede::numbers {

namespace {

struct HomeCountry {
  std::string_view currency;  // ISO 4217
  std::string_view shared;    // the code of the sign it shares when read alone: "USD" for "$", "INR" for "Rs"
  std::string_view own_sign;  // "A$": the sign wires write it with, if any
  std::initializer_list<std::string_view> places;  // the country, its states and its largest cities
  std::initializer_list<std::string_view> time_zones;
  // What markets call it, whose price a bare "$" quotes in US dollars: "The
  // Australian dollar rose 0.3% to $0.6552".
  std::initializer_list<std::string_view> currency_names = {};
};

constexpr size_t kHomeCountries = 13;

const std::array<HomeCountry, kHomeCountries>& home_countries() {
  static const std::array<HomeCountry, kHomeCountries> countries = {{
      {"AUD",
       "USD",
       "A$",
       {"Australia", "Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Canberra", "Hobart", "Darwin",
        "New South Wales", "NSW", "Queensland", "Tasmania", "Western Australia", "South Australia", "Gold Coast"},
       {"AEDT", "AEST", "ACDT", "ACST", "AWST"},
       {"Australian dollar", "Aussie"}},
      {"CAD",
       "USD",
       "C$",
       {"Canada", "Ottawa", "Toronto", "Montreal", "Vancouver", "Calgary", "Edmonton", "Winnipeg", "Halifax",
        "Quebec", "Ontario", "Alberta", "British Columbia", "Manitoba", "Saskatchewan", "Nova Scotia"},
       {},
       {"Canadian dollar", "loonie"}},
      {"NZD", "USD", "NZ$", {"New Zealand", "Wellington", "Auckland", "Christchurch"}, {"NZDT", "NZST"},
       {"New Zealand dollar", "kiwi"}},
      {"PKR",
       "INR",
       "",
       {"Pakistan", "Islamabad", "Lahore", "Karachi", "Peshawar", "Rawalpindi", "Quetta", "Faisalabad", "Multan",
        "Sindh", "Balochistan", "Khyber Pakhtunkhwa"},
       {}},
      {"LKR", "INR", "", {"Sri Lanka", "Colombo", "Kandy", "Galle", "Jaffna"}, {}},
      {"NPR", "INR", "", {"Nepal", "Kathmandu", "Pokhara", "Lalitpur"}, {}},
      // The countries whose papers write their own currency as "pesos".
      {"ARS", "MXN", "", {"Argentina", "Buenos Aires", "C\xC3\xB3rdoba", "Cordoba", "Rosario", "Mendoza"}, {}},
      {"CLP", "MXN", "", {"Chile", "Santiago", "Valpara\xC3\xADso", "Valparaiso"}, {}},
      {"COP",
       "MXN",
       "",
       {"Colombia", "Bogot\xC3\xA1", "Bogota", "Medell\xC3\xADn", "Medellin", "Cali", "Cartagena"},
       {}},
      {"PHP", "MXN", "", {"Philippines", "Manila", "Quezon City", "Cebu", "Davao", "Makati"}, {}},
      {"UYU", "MXN", "", {"Uruguay", "Montevideo"}, {}},
      // The countries whose papers write their own shilling "Sh", as Kenya's do.
      {"TZS", "KES", "", {"Tanzania", "Dar es Salaam", "Dodoma", "Arusha", "Mwanza", "Zanzibar"}, {}},
      {"UGX", "KES", "", {"Uganda", "Kampala", "Entebbe", "Gulu", "Jinja"}, {}},
  }};
  return countries;
}

// The country whose currency a shared sign means alone ("$", "Rs",
// "pesos", "Sh"), by its places, the country's own name first: the rival of
// each home country that shares the sign.
struct SignCountry {
  std::string_view currency;  // HomeCountry::shared
  std::initializer_list<std::string_view> places;
};

constexpr size_t kSignCountries = 4;

const std::array<SignCountry, kSignCountries>& sign_countries() {
  static const std::array<SignCountry, kSignCountries> countries = {{
      {"USD", {"United States", "U.S.", "US", "USA", "America", "Washington"}},
      {"INR",
       {"India", "New Delhi", "Delhi", "Mumbai", "Bengaluru", "Bangalore", "Kolkata", "Chennai", "Hyderabad"}},
      {"MXN", {"Mexico", "Mexico City", "Guadalajara", "Monterrey", "Tijuana"}},
      {"KES", {"Kenya", "Nairobi", "Mombasa", "Kisumu", "Nakuru"}},
  }};
  return countries;
}

// The index in sign_countries() of the country whose currency is `currency`.
size_t sign_country_index(std::string_view currency) {
  const auto& countries = sign_countries();
  return static_cast<size_t>(
      std::find_if(countries.begin(), countries.end(), [&](const SignCountry& c) { return c.currency == currency; }) -
      countries.begin());
}

// The place's name in any case: a dateline is in capitals.
bool same_name(std::string_view a, std::string_view b) { return text::same_ignoring_case(a, b); }

template <typename Names>
bool names_one_of(std::string_view name, const Names& names) {
  return std::any_of(std::begin(names), std::end(names), [&](std::string_view n) { return same_name(name, n); });
}

// Whether `name` may be a place of the lists above, in any case: by its
// length and its first letter, which most names of a text's places and
// peoples are told by, before a compare with each listed place (140 of
// them: 2.7 M instructions of c06).
bool may_be_listed_place(std::string_view name) {
  constexpr size_t kLengths = 32;  // longer names share the last
  const auto length = [](std::string_view n) { return std::min(n.size(), kLengths - 1); };
  // A byte's code, the same in either case of a letter.
  const auto first = [](std::string_view n) { return (static_cast<unsigned char>(n[0]) | 0x20) & 31; };
  static const std::array<uint32_t, kLengths> kFirsts = [&] {
    std::array<uint32_t, kLengths> firsts{};
    const auto add = [&](std::string_view place) { firsts[length(place)] |= uint32_t{1} << first(place); };
    for (const HomeCountry& c : home_countries()) std::for_each(c.places.begin(), c.places.end(), add);
    for (const SignCountry& c : sign_countries()) std::for_each(c.places.begin(), c.places.end(), add);
    return firsts;
  }();
  return !name.empty() && (kFirsts[length(name)] >> first(name) & 1);
}

const HomeCountry* country_of_place(std::string_view name) {
  for (const HomeCountry& c : home_countries()) {
    if (names_one_of(name, c.places)) return &c;
  }
  return nullptr;
}

// The index in sign_countries() of the country `name` is a place of, or
// kSignCountries.
size_t sign_country_of_place(std::string_view name) {
  const auto& countries = sign_countries();
  return static_cast<size_t>(
      std::find_if(countries.begin(), countries.end(),
                   [&](const SignCountry& c) { return names_one_of(name, c.places); }) -
      countries.begin());
}

// Datelines and bylines come first: a headline, a byline, a stamp, then
// "OTTAWA — ..." opening the story.
constexpr size_t kLeadingParagraphs = 5;

// A dateline opening a leading paragraph: the place it names.
struct Dateline {
  std::string_view place;
  // "TORONTO 1996-08-21": dated in figures, as Reuters' archive of the
  // nineties (CoNLL's) writes it. Those wires write the home dollar "C$",
  // so that their bare "$" is the US dollar's even where no "C$" is written.
  bool archive = false;
};

// The dateline opening a leading paragraph ("OTTAWA — ", "SYDNEY, Feb 9
// (Reuters) - ", "ISLAMABAD: ", "Ottawa — ", "TORONTO 1996-08-21"), or one
// with an empty place: in capitals, or before a dash or an agency's name;
// not a sentence's subject ("Sydney, the largest city, ...").
Dateline dateline(const text::Document& doc, const std::vector<Mention>& mentions) {
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
    if (marked || (in_capitals && (next == "," || next == ":"))) return {place};
    if (in_capitals && text::is_digit(next[0])) return {place, true};
  }
  return {};
}

// The country whose time zone stamps a leading paragraph ("Sun 9 Feb 2025
// 11.30 AEDT"), if any.
const HomeCountry* stamped_country(const text::Document& doc) {
  const size_t paragraphs = std::min(doc.paragraphs.size(), kLeadingParagraphs);
  const uint32_t end = paragraphs == 0 ? 0 : doc.paragraphs[paragraphs - 1].end_token;
  for (uint32_t i = 0; i < end; ++i) {
    if (doc.tokens[i].length != 4) continue;  // every zone listed has four letters
    const std::string_view w = doc.token_text(i);
    for (const HomeCountry& c : home_countries()) {
      if (std::find(c.time_zones.begin(), c.time_zones.end(), w) != c.time_zones.end()) return &c;
    }
  }
  return nullptr;
}

// Whether `name` has `word` among its words: "State Bank of Pakistan".
bool contains_word(std::string_view name, std::string_view word) {
  for (size_t at = name.find(word); at != std::string_view::npos; at = name.find(word, at + 1)) {
    const size_t end = at + word.size();
    if ((at == 0 || name[at - 1] == ' ') && (end == name.size() || name[end] == ' ')) return true;
  }
  return false;
}

// The country an organization is named after ("State Bank of Pakistan",
// "Pakistan Stock Exchange"), by the country's own name.
const HomeCountry* country_naming(std::string_view organization) {
  for (const HomeCountry& c : home_countries()) {
    if (contains_word(organization, *c.places.begin())) return &c;
  }
  return nullptr;
}

// The country the text's places and peoples are about: at least kMinPlaces
// mentions of its places, or the only places the text names, and more than
// twice those of the country whose currency its sign means alone. Counted by entity, each once with its mentions:
// "OTTAWA" and "Ottawa" are one place, "U.S." and "United States" another.
// For rupees, organizations named after a country count as its places
// ("State Bank of Pakistan", "Reserve Bank of India"): South Asian business
// pages name their institutions more than their cities.
const HomeCountry* country_of_places(const std::vector<Entity>& entities, bool rupees) {
  constexpr int kMinPlaces = 3;
  std::array<int, kHomeCountries> counts{};
  // Per sign's country, and one more, left at 0, for a shared sign none is
  // listed for, so that a home country added without its rival reads safely.
  std::array<int, kSignCountries + 1> rivals{};
  // The mentions of places of any country, and of each home country's.
  int places_named = 0;
  std::array<int, kHomeCountries> home_places_named{};
  const size_t india = sign_country_index("INR");
  for (const Entity& e : entities) {
    if (e.type == EntityType::ORG && rupees) {
      if (const HomeCountry* c = country_naming(e.name); c && c->shared == "INR") {
        counts[static_cast<size_t>(c - home_countries().data())] += e.count;
      }
      if (contains_word(e.name, *sign_countries()[india].places.begin())) rivals[india] += e.count;
      continue;
    }
    // A people's name counts for its country ("Australians", "the
    // Australian dollar"): a paper at home names its country's people more
    // than its cities.
    const bool located = e.type == EntityType::LOC;
    const std::string_view place = located                     ? std::string_view(e.name)
                                   : e.type == EntityType::MISC ? std::string_view(e.related)
                                                                : std::string_view();
    places_named += located ? e.count : 0;
    if (!may_be_listed_place(place)) continue;
    if (const size_t rival = sign_country_of_place(place); rival < kSignCountries) {
      rivals[rival] += e.count;
    } else if (const HomeCountry* c = country_of_place(place)) {
      const size_t at = static_cast<size_t>(c - home_countries().data());
      counts[at] += e.count;
      home_places_named[at] += located ? e.count : 0;
    }
  }
  const auto most = std::max_element(counts.begin(), counts.end());
  const size_t at = static_cast<size_t>(most - counts.begin());
  const HomeCountry& home = home_countries()[at];
  const int rival = rivals[sign_country_index(home.shared)];
  // "Australia's world-first ban" in a short story that names no other place.
  const bool only_places_named = home_places_named[at] > 0 && home_places_named[at] == places_named;
  return (*most >= kMinPlaces || only_places_named) && *most > 2 * rival ? &home : nullptr;
}

// Whether `n` is money written with the sign `shared` means alone: "$5",
// not "US$5" or "A$5"; "Rs 5,000", "Rs.500", "10 rupees", "12 paisa", not
// "₹500" or "10 Indian rupees"; "1.2 million pesos", not "MXN 500" or "Mex$500".
bool written_with_shared_sign(const text::Document& doc, const Number& n, std::string_view shared) {
  if (n.kind != NumberKind::money || n.unit != shared || n.span.start + 1 >= doc.text.size()) return false;
  const char first = doc.text[n.span.start];
  if (shared == "USD") return first == '$';
  const std::string_view written = doc.slice(n.span.start, n.span.end);
  if (shared == "KES") return first == 'S' && doc.text[n.span.start + 1] == 'h';  // "Sh2.3 trillion", not "KSh"
  if (shared == "INR") {
    if (first == 'R' && text::lower_ascii(doc.text[n.span.start + 1]) == 's') return true;
    const bool named = written.find("upee") != std::string_view::npos || written.find("pais") != std::string_view::npos;
    return named && written.find("ndian") == std::string_view::npos;
  }
  const size_t space = written.rfind(' ');
  const std::string_view last = space == std::string_view::npos ? written : written.substr(space + 1);
  return text::same_ignoring_case(last, "pesos") || text::same_ignoring_case(last, "peso");
}

// Whether `n` is a sum in cents that names no country's: "38 cents", not
// "63.6 US cents". The grammar reads them as the US dollar's.
bool in_bare_cents(const text::Document& doc, const Number& n) {
  if (n.kind != NumberKind::money || n.unit != "USD" || n.span.size() < 5) return false;
  const std::string_view written = doc.slice(n.span.start, n.span.end);
  if (written.substr(written.size() - 4) != "ents" && written.substr(written.size() - 4) != "cent") return false;
  return written.find("US") == std::string_view::npos && written.find("U.S.") == std::string_view::npos;
}

// Whether a sum is written with the home dollar's own sign: "C$29.8 billion", "A$ 3.75".
bool writes_own_sign(const text::Document& doc, const std::vector<Number>& numbers, const HomeCountry& home) {
  return std::any_of(numbers.begin(), numbers.end(), [&](const Number& n) {
    const std::string_view written = doc.slice(n.span.start, n.span.end);
    return n.unit == home.currency && written.size() > home.own_sign.size() &&
           same_name(written.substr(0, home.own_sign.size()), home.own_sign);
  });
}

// Whether `n` is the price of the home currency in US dollars: a sum under
// kMostDollarsForOne after the currency's name in its sentence, within
// kNameReach bytes (a long sentence of such sums is read in linear time).
bool quotes_home_currency(const text::Document& doc, const Number& n, const HomeCountry& home) {
  constexpr double kMostDollarsForOne = 2;
  constexpr uint32_t kNameReach = 160;
  if (home.currency_names.size() == 0 || !n.value || *n.value >= kMostDollarsForOne) return false;
  const auto sentence = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), n.span.start,
                                         [](uint32_t start, const text::Sentence& s) { return start < s.start; });
  const uint32_t reach = n.span.start > kNameReach ? n.span.start - kNameReach : 0;
  const uint32_t from = std::max(sentence == doc.sentences.begin() ? 0 : std::prev(sentence)->start, reach);
  const std::string_view before = doc.slice(from, n.span.start);
  return std::any_of(home.currency_names.begin(), home.currency_names.end(),
                     [&](std::string_view name) { return before.find(name) != std::string_view::npos; });
}

// The country a text is written in, if told, and whether its dateline is
// the archive's (Dateline::archive).
struct Home {
  const HomeCountry* country = nullptr;
  bool archive_dateline = false;
};

Home home_country(const text::Document& doc, const entities::Result& named, const std::vector<Mention>& mentions,
                  bool rupees) {
  if (const Dateline d = dateline(doc, mentions); !d.place.empty()) {
    return {country_of_place(d.place), d.archive};  // a dateline elsewhere says the text is not written there
  }
  if (const HomeCountry* stamped = stamped_country(doc)) return {stamped};
  return {country_of_places(named.entities, rupees)};
}

// Whether `n` is a sum with its scale or its thousands right after a
// capital "P" ("P5.2 billion", "P12,500"), as Philippine papers write the
// peso; the grammar reads the sum alone, a count, as "P" is no sign elsewhere.
bool after_peso_letter(const text::Document& doc, const Number& n) {
  if (n.kind != NumberKind::cardinal || n.span.start == 0 || doc.text[n.span.start - 1] != 'P' || !n.value ||
      *n.value < 1000) {
    return false;
  }
  if (n.span.start < 2) return true;
  const char before = doc.text[n.span.start - 2];
  return !(text::is_ascii_letter(static_cast<unsigned char>(before)) || text::is_digit(before));
}

// Whether the cents `n` are cents "of every shilling" (or of each): the
// shilling's, not the dollar's.
bool cents_of_shilling(const text::Document& doc, const Number& n) {
  if (n.kind != NumberKind::money || n.unit != "USD") return false;
  const std::string_view written = doc.slice(n.span.start, n.span.end);
  if (written.size() < 5 || written.substr(written.size() - 4) != "ents") return false;
  const std::string_view after = doc.slice(n.span.end, std::min<uint32_t>(n.span.end + 24, doc.text.size()));
  return after.substr(0, 13) == " of every shi" || after.substr(0, 12) == " of each shi";
}

}  // namespace

void apply_home_currency(const text::Document& doc, const entities::Result& named, const std::vector<Mention>& mentions,
                         std::vector<Number>& numbers) {
  bool dollars = false, rupees = false, pesos = false, shillings = false;
  for (const Number& n : numbers) {
    if (n.kind == NumberKind::cardinal) {
      pesos = pesos || after_peso_letter(doc, n);
      continue;
    }
    if (n.kind != NumberKind::money) continue;
    dollars = dollars || written_with_shared_sign(doc, n, "USD") || in_bare_cents(doc, n);
    rupees = rupees || written_with_shared_sign(doc, n, "INR");
    pesos = pesos || written_with_shared_sign(doc, n, "MXN");
    shillings = shillings || written_with_shared_sign(doc, n, "KES") || cents_of_shilling(doc, n);
  }
  if (!dollars && !rupees && !pesos && !shillings) return;
  const Home told = home_country(doc, named, mentions, rupees);
  const HomeCountry* home = told.country;
  if (shillings) {
    // "31 cents of every shilling": the home's shilling, Kenya's without one.
    const std::string_view shilling = home && home->shared == "KES" ? home->currency : "KES";
    for (Number& n : numbers) {
      if (cents_of_shilling(doc, n)) n.unit = shilling;
    }
  }
  if (!home) return;
  if (home->currency == "PHP") {
    for (Number& n : numbers) {
      if (!after_peso_letter(doc, n)) continue;
      n.kind = NumberKind::money;
      n.unit = home->currency;
      --n.span.start;
    }
  }
  // The home dollar written with its own sign ("C$29.8 billion"), or an
  // archive's dateline, whose wires write it so: "$" is the US dollar.
  const bool own_sign = !home->own_sign.empty() && (told.archive_dateline || writes_own_sign(doc, numbers, *home));
  // "Shares surged 38 cents to A$3.75", "earnings of 40 cents a share": a
  // dollar country's cents are its own, whether or not its wires write "$"
  // for the US dollar; the US dollar's are "US cents".
  const bool dollar_country = home->shared == "USD";
  for (Number& n : numbers) {
    const bool cents = dollar_country && in_bare_cents(doc, n);
    const bool sign = !own_sign && !cents && written_with_shared_sign(doc, n, home->shared);
    if ((cents || sign) && !quotes_home_currency(doc, n, *home)) n.unit = home->currency;
  }
}

}  // namespace lede::numbers
