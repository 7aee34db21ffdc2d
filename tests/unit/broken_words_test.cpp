// Text copied out of a PDF: the typesetter's hyphens at line ends cut words
// in two. The stages read them whole; every offset still counts in the input.
#include <catch2/catch.hpp>

#include <string>

#include <nlohmann/json.hpp>

#include "lede/lede.hpp"
#include "text/broken_words.hpp"

namespace {

using lede::text::rejoin_broken_words;

// A government press release as a PDF reader copies it: lines of 60-70
// characters, words cut at their ends.
const std::string kRelease =
    "The Chancellor of the Exchequer, Rachel Reeves, today an-\n"
    "nounced a £2.5 billion support package for small and medium-\n"
    "sized enterprises facing higher energy bills this winter.\n\n"
    "Speaking at a business roundtable in Manchester, the Chan-\n"
    "cellor said: \"Small businesses are the backbone of our econ-\n"
    "omy. This package will help them through a difficult winter\n"
    "and protect thousands of jobs.\"\n\n"
    "The first grants will go to firms in Greater Man-\n"
    "chester and the West Midlands from 1 January 2026.\n";

lede::Options in_bytes() {
  lede::Options options;
  options.offsets = lede::OffsetUnit::utf8;
  return options;
}

}  // namespace

TEST_CASE("Words cut at typeset line ends are read whole, each line keeping its break", "[text]") {
  std::vector<lede::RejoinedWord> words;
  const auto copy = rejoin_broken_words(kRelease, words);
  REQUIRE(copy);
  REQUIRE(copy->size() == kRelease.size());
  CHECK(copy->find("today \n announced a") != std::string::npos);
  CHECK(copy->find("the \n Chancellor said") != std::string::npos);
  CHECK(copy->find("our \n economy. This") != std::string::npos);
  // A compound's own hyphen at the end of a line is lost with it: the PDF does not tell them apart.
  CHECK(copy->find("medium\n sized") == std::string::npos);
  REQUIRE(words.size() == 5);
  CHECK(words[1].start == kRelease.find("medium-"));
  CHECK(words[1].read_start == kRelease.find("medium-") + 2);
}

TEST_CASE("A hyphen at a line end that cuts no word is left alone", "[text]") {
  std::vector<lede::RejoinedWord> words;
  // Short lines: a list, a heading; capitals: a rating; a dash with space before it.
  CHECK_FALSE(rejoin_broken_words("Pros and cons -\nfast but loud\n", words));
  CHECK_FALSE(rejoin_broken_words("MOODY'S: A1 S&P: AA- FITCH: AA-\nCONFIRMED CONFIRMED\n", words));
  CHECK_FALSE(rejoin_broken_words("The minister said the talks had failed and the state of emergency -\nwhich", words));
  // A cut before a capital keeps its hyphen: a name's or a compound's.
  const auto copy = rejoin_broken_words("The award went to the French conductor Jean-\nPierre Aubry on Friday.\n", words);
  REQUIRE(copy);
  CHECK(copy->find("conductor \nJean-Pierre Aubry") != std::string::npos);
  CHECK(words.empty() == false);
}

TEST_CASE("A PDF's cut words keep a quotation's speaker and a place's name, offsets in the input", "[text]") {
  const lede::Analysis a = lede::analyze(kRelease, in_bytes());
  REQUIRE(a.quotes.size() == 1);
  REQUIRE(a.quotes[0].speaker >= 0);
  CHECK(a.entities[static_cast<size_t>(a.quotes[0].speaker)].name == "Rachel Reeves");

  const auto json = nlohmann::json::parse(lede::to_json(a, kRelease, in_bytes()));
  const auto& mentions = json["mentions"];
  const auto manchester = std::find_if(mentions.begin(), mentions.end(),
                                       [](const auto& m) { return m["text"] == "Manchester"; });
  REQUIRE(manchester != mentions.end());
  const auto greater = std::find_if(mentions.begin(), mentions.end(), [&](const auto& m) {
    return json["entities"][m["entity"].template get<size_t>()]["name"] == "Greater Manchester";
  });
  REQUIRE(greater != mentions.end());
  // The offsets span the name as the reader pasted it, line break and all; its text is the one read.
  CHECK((*greater)["start"] == kRelease.find("Greater Man-"));
  CHECK((*greater)["end"] == kRelease.find(" and the West"));
  CHECK((*greater)["text"] == "Greater \n Manchester");
  CHECK(std::none_of(mentions.begin(), mentions.end(), [](const auto& m) { return m["text"] == "Chan"; }));
  // A rejoined word's start in the input: "Man-\nchester and" from "from Man-".
  const std::string from_man = "Speaking in Manchester, she said the first grants would go to Man-\nchester firms.";
  const auto from = nlohmann::json::parse(lede::analyze_to_json(from_man, in_bytes()));
  REQUIRE(from["mentions"].size() == 2);
  CHECK(from["mentions"][1]["text"] == "Manchester");
  CHECK(from["mentions"][1]["start"] == from_man.find("Man-"));
  CHECK(from["mentions"][1]["end"] == from_man.find(" firms"));
}
