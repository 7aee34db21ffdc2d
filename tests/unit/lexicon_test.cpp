// The entity stage's hand-written word lists (entities/lexicon.hpp): the
// hashed look-ups answer as the lists read, in the case each one promises.
#include <catch2/catch.hpp>

#include <string>

#include "entities/lexicon.hpp"

using namespace lede::entities;

TEST_CASE("every listed title is found, and function words in lower case only", "[entities][lexicon]") {
  for (const std::string_view title : lexicon::titles()) CHECK((lexicon::kinds_in_any_case(title) & lexicon::kTitleWord));
  CHECK(lexicon::kinds_in_any_case("presiden") == 0);
  CHECK(lexicon::kinds_in_any_case("presidents") == 0);
  CHECK(lexicon::is_function_word("the"));
  CHECK_FALSE(lexicon::is_function_word("The"));
  CHECK_FALSE(lexicon::is_function_word(""));
}

TEST_CASE("a word's kinds are found in any case, and a name has none", "[entities][lexicon]") {
  CHECK(lexicon::kinds_in_any_case("President") == lexicon::kTitleWord);
  CHECK(lexicon::kinds_in_any_case("PRESIDENT") == lexicon::kTitleWord);
  CHECK(lexicon::kinds_in_any_case("The") == lexicon::kFunctionWord);
  CHECK(lexicon::kinds_in_any_case("between") == lexicon::kFunctionWord);
  CHECK(lexicon::kinds_in_any_case("Lavrov") == 0);
  CHECK(lexicon::kinds_in_any_case("") == 0);
  CHECK(lexicon::kinds_in_any_case(std::string(200, 'a')) == 0);
}

TEST_CASE("a known acronym, its other spellings and its expansion share one entry", "[entities][lexicon]") {
  const int us = lexicon::acronym_entry("US");
  REQUIRE(us >= 0);
  CHECK(lexicon::acronyms().items[us].short_form == "US");
  CHECK(lexicon::acronym_entry("U.S.") == us);
  CHECK(lexicon::acronym_entry("USA") == us);
  CHECK(lexicon::acronym_entry("United States") == us);
  CHECK(lexicon::acronym_entry("UNITED STATES") == us);
  CHECK(lexicon::acronym_entry("u.s.") == -1);  // a short form is matched as written
  CHECK(lexicon::acronym_entry("Fed") >= 0);
  CHECK(lexicon::acronym_entry("Federal") == -1);
  CHECK(lexicon::acronym_entry("") == -1);
  for (size_t i = 0; i < lexicon::acronyms().size; ++i) {
    const lexicon::Acronym& a = lexicon::acronyms().items[i];
    const int entry = lexicon::acronym_entry(a.short_form);
    REQUIRE(entry >= 0);
    CHECK(lexicon::acronyms().items[entry].expansion == a.expansion);
    CHECK(lexicon::acronym_entry(a.expansion) == entry);
  }
}

TEST_CASE("a demonym names its country, as written", "[entities][lexicon]") {
  CHECK(lexicon::country_of_demonym("Iranian") == "Iran");
  CHECK(lexicon::country_of_demonym("Chinese") == "China");
  CHECK(lexicon::country_of_demonym("Sri Lankan") == "Sri Lanka");
  CHECK(lexicon::country_of_demonym("iranian").empty());
  CHECK(lexicon::country_of_demonym("Iran").empty());
  CHECK(lexicon::country_of_demonym("").empty());
  for (const lexicon::Demonym& d : lexicon::demonyms()) CHECK_FALSE(lexicon::country_of_demonym(d.word).empty());
}
