// Word lists written by hand for the entity stage: demonyms with their
// countries, titles that precede names, organization suffixes and well-known
// acronyms. They feed the tagger's features and the grouping of mentions.
// Depends on nothing but text/chars.hpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "text/chars.hpp"

namespace lede::entities::lexicon {

struct Demonym {
  std::string_view word;     // "Iranian"
  std::string_view country;  // "Iran"
};

struct Acronym {
  std::string_view short_form;  // "NATO"
  std::string_view expansion;   // "North Atlantic Treaty Organization"
  bool country = false;         // "US": a place, not an organization
};

template <typename T>
struct List {
  const T* items;
  size_t size;
  const T* begin() const { return items; }
  const T* end() const { return items + size; }
};

// Equal but for ASCII case, as the lists are matched.
using text::same_ignoring_case;

List<Demonym> demonyms();
List<Acronym> acronyms();
List<std::string_view> titles();        // lower case: "president", "minister", "ceo"
List<std::string_view> org_suffixes();  // as written: "Inc", "Corp", "Ltd", "Group"
List<std::string_view> countries();     // extra country names not in the gazetteer ("Britain")

// The country a demonym names ("Iranian" -> "Iran"), empty if none. Case-sensitive.
std::string_view country_of_demonym(std::string_view word);
// Whether `lower` (already lower case) is a pronoun, determiner, preposition
// or question word: never the first or last word of a name.
bool is_function_word(std::string_view lower);
// Both at once, for a word in any ASCII case ("President", "THE"): the
// WordKind bits of the lists that hold it, 0 for none. An opening adverb
// ("Meanwhile", "Separately") begins a sentence, never a name. A personal
// title ("Senator", "Mrs.") is a title that only a person's name follows.
enum WordKind : uint8_t { kTitleWord = 1, kFunctionWord = 2, kOpeningAdverb = 4, kPersonalTitle = 8 };
uint8_t kinds_in_any_case(std::string_view word);

// Companies and groups that today's news names daily and the 1996 training
// text never saw ("Google", "TikTok", "Hezbollah"), as written: the tagger
// guesses at them ("Google, which supplies ..." was a person).
bool is_well_known_organization(std::string_view form);
// People today's news names daily, whom the 1996 training text never saw
// ("Donald Trump", "Musk"), in full or by their surname, as written: the
// tagger guesses at them ("Elon Musk" was an organization, "Trump" a place).
bool is_well_known_person(std::string_view form);
// Words that open a place's name in French, Spanish, Italian or Portuguese
// ("Pointe du Raz", "Château de Brest", "Musée d'Orsay", "Piazza Navona"), as
// written: the tagger, knowing neither word, often reads a person.
bool opens_place_name(std::string_view word);
// Places known by a new name since 1996, when the training text was
// written ("Kyiv", "Mumbai", "Myanmar"), as written.
bool is_renamed_place(std::string_view word);
// Products the news names daily, and their lines ("iPhone", "Galaxy S24",
// "ChatGPT", "Azure"), as written: MISC, as CoNLL tags "Windows 95"; the
// tagger took them for their makers, people or places.
bool opens_product_name(std::string_view word);
// Carmakers whose name opens their models' names ("Honda Civic", "Tesla
// Model Y"), as written.
bool is_carmaker(std::string_view word);
// Words after a carmaker's name that name a business of it or a place, not
// a model ("Toyota Motor", "Honda Center", "Ford Foundation"), as written.
bool is_carmaker_business_word(std::string_view word);
// A cryptocurrency's ticker, from its name or its ticker ("Bitcoin" and
// "BTC" -> "BTC", "Ether" -> "ETH"), as written; empty for other words.
std::string_view coin_ticker(std::string_view form);
// Spacecraft of more than one word ("Space Launch System", "Blue Moon"),
// as written: MISC, as the products.
bool is_spacecraft_name(std::string_view form);
// Companies named in the possessive, by the word before it ("Sotheby's",
// "Moody's"), as written: the tagger read a person's possessive.
bool names_company_in_possessive(std::string_view word);
// "Pro", "Max", "Ultra": a word after a product's model number ("iPhone 17 Pro Max").
bool is_model_word(std::string_view word);
// "'s", "’s", "'" or "’": a possessive's token. Inline: grouping asks it of
// every word at a name's edge.
inline bool is_possessive(std::string_view word) {
  if (word.empty() || (word[0] != '\'' && word[0] != '\xE2')) return false;  // most words, from one byte
  return word == "'s" || word == "'S" || word == "\xE2\x80\x99s" || word == "'" || word == "\xE2\x80\x99";
}
// Words that end a place's name after a possessive ("Land's End", "King's
// Cross", "St John's Wood", "Shepherd's Bush", "Guy's Hospital"), as written.
bool ends_possessive_place(std::string_view word);
// Buildings and institutions that a possessive names ("St Thomas'
// Hospital", "King's College Chapel"), as written.
bool is_institution_word(std::string_view word);
// Words that end an institution's name and no person's ("Kennedy Space
// Center", "Mayo Clinic", "Francis Crick Institute", "Steward
// Observatory"), as written.
bool ends_institution_name(std::string_view word);
// Words that end the name of a school, a university or an institution
// (ends_institution_name()) and no person's ("Girton College", "Harvard
// University", "Steward Observatory"), as written.
bool ends_academic_name(std::string_view word);
// Words that make a new place of the place after them ("Greater
// Manchester", "Upper Norwood", "New South Wales", "West Yorkshire"), as
// written. A list here, not in lexicon.cpp, for the compile-time checks of
// the tables that find these words fast (entities.cpp, kEdgeTests).
inline constexpr std::string_view kPlaceModifiers[] = {
    "Greater", "Metropolitan", "Upper", "Lower",    "Inner",    "Outer",   "Central", "New", "North",
    "South",   "East",         "West",  "Northern", "Southern", "Eastern", "Western", "Mid"};
bool is_place_modifier(std::string_view word);
// Trades, mostly plural, that end a company's name and no surname
// ("Brittany Ferries", "Tata Motors", "Wimpey Homes"), as written.
bool names_trade(std::string_view word);
// The nicknames of North America's major-league teams ("Lakers", "Nuggets",
// "Thunder"), which end a team's name after its city, as written.
bool is_team_nickname(std::string_view word);
// Formula 1's teams by the names the news gives them ("Mercedes", "Aston
// Martin", "Cadillac"), as written; not "Williams", a surname as often.
bool is_racing_team(std::string_view form);
// Words that end an investment firm's or a bank's name and no place's or
// person's ("Halden Capital", "Silver Lake Partners", "Wagner Group"), as written.
bool ends_firm_name(std::string_view word);
// Words that end the name of a public body named after its area ("West
// Yorkshire Police", "Leeds City Council"), as written.
bool ends_public_body_name(std::string_view word);
// Words of the land and water that open a place's English name ("Point
// Lobos", "Cape Cod", "Mount Kenya", "Lake Tahoe", and a harbour's or a
// fort's: "Port Ellen", "Fort William") or end it ("Skerrow Point", "Rhode
// Island", "Botany Bay"), as written.
bool opens_landform_name(std::string_view word);
bool ends_landform_name(std::string_view word);
// Kinds of work of art whose title follows them ("the play Hamlet", "the
// series Derry Girls") or is glossed by them ("Oppenheimer (film)"), lower case.
bool is_work_noun(std::string_view word);
// First names that are also common nouns ("Olive", "Rose", "Amber"), as
// written: opening a sentence, the noun's ("Olive oil prices have doubled").
bool is_noun_first_name(std::string_view word);
// A company's legal form ("Ltd", "Inc", "GmbH"), as written: a suffix, no name of its own.
bool is_legal_form(std::string_view word);
// Acronyms of common nouns ("AI", "GDP", "IPO") and time zones ("UTC"), as written: no one's name.
bool is_common_acronym(std::string_view form);

// The acronym that `form` names, as the index in acronyms() of the first
// entry with its expansion, so that "US", "U.S." and "United States" all
// give the index of "US"; -1 for none. A short form must be written as
// listed, an expansion may be in any case.
int acronym_entry(std::string_view form);

}  // namespace lede::entities::lexicon
