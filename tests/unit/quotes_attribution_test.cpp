// Attribution: each way news text names a speaker, on sentences of the kind
// the seed articles hold, and the mapping of speakers to entities.
#include <catch2/catch.hpp>

#include "entities/entities.hpp"
#include "quotes/lexicon.hpp"
#include "quotes/quotes.hpp"
#include "quotes_support.hpp"
#include "structure/structure.hpp"
#include "text/document.hpp"

using lede::testing::quotes_in;

namespace {

lede::testing::SeenQuote only_quote(const std::string& text) {
  const auto q = quotes_in(text);
  REQUIRE(q.size() == 1);
  return q[0];
}

}  // namespace

TEST_CASE("a cue after the quotation names its speaker", "[quotes][attribution]") {
  SECTION("name then verb") {
    const auto q = only_quote("\"Substantive negotiations are underway,\" Lavrov added.");
    CHECK(q.speaker == "Lavrov");
    CHECK(q.cue == "added");
  }
  SECTION("verb then name, with titles dropped") {
    const auto q = only_quote("\xE2\x80\x9CWe are ready,\xE2\x80\x9D said Russian Foreign Minister Sergey Lavrov.");
    CHECK(q.speaker == "Sergey Lavrov");
    CHECK(q.cue == "said");
  }
  SECTION("an adverb between name and verb") {
    CHECK(only_quote("\xE2\x80\x9CWe are ready,\xE2\x80\x9D Lavrov also noted.").speaker == "Lavrov");
  }
}

TEST_CASE("a cue before the quotation names its speaker", "[quotes][attribution]") {
  SECTION("after a comma") {
    const auto q = only_quote("Mokhber said, \xE2\x80\x9CThe route will have an effective role.\xE2\x80\x9D");
    CHECK(q.speaker == "Mokhber");
    CHECK(q.kind == "direct");
  }
  SECTION("after a colon") {
    const auto q = only_quote("Iranian President Ebrahim Raisi told reporters: \"Our relations are strategic.\"");
    CHECK(q.speaker == "Ebrahim Raisi");
    CHECK(q.cue == "told");
  }
  SECTION("according to") {
    const auto q = only_quote("The deal is \"of strategic importance\", according to Sergey Lavrov.");
    CHECK(q.speaker == "Sergey Lavrov");
    CHECK(q.cue == "according to");
  }
}

TEST_CASE("a partial quotation takes the reporting verb of its sentence", "[quotes][attribution]") {
  const auto q = quotes_in("Lavrov said Moscow and Tehran are working on an \xE2\x80\x9Cinterstate agreement\xE2\x80\x9D "
                           "which will \xE2\x80\x9C\x62\x65 of strategic importance\xE2\x80\x9D.");
  REQUIRE(q.size() == 2);
  for (const auto& quote : q) {
    CHECK(quote.kind == "partial");
    CHECK(quote.speaker == "Lavrov");
  }
}

TEST_CASE("a pronoun refers to the last person who spoke, not the last one named", "[quotes][attribution]") {
  const auto q = only_quote(
      "Lavrov said at a news conference following a meeting with his Iranian counterpart Hossein "
      "Amir-Abdollahian.\n"
      "\"Russia will align its position with Iran,\" he said.");
  CHECK(q.speaker == "Lavrov");
}

TEST_CASE("a description refers to the person with that title", "[quotes][attribution]") {
  const std::string text =
      "Russia\xE2\x80\x99s President Vladimir Putin met Iran\xE2\x80\x99s President Ebrahim Raisi on Thursday.\n"
      "Putin said Moscow\xE2\x80\x99s partners supported Iran.\n"
      "The Iranian president underlined that ties are serious and said, \xE2\x80\x9COur relations are "
      "strategic.\xE2\x80\x9D";
  const auto q = only_quote(text);
  CHECK(q.speaker.find("Raisi") != std::string::npos);
  CHECK(q.kind == "direct");
}

TEST_CASE("a description names the person even in a statement", "[quotes][attribution]") {
  const std::string text =
      "Russian President Vladimir Putin spoke by phone with his Iranian counterpart Ibrahim Raisi on Saturday.\n"
      "The two leaders discussed bilateral ties, emphasizing \xE2\x80\x9Cintensification of "
      "cooperation,\xE2\x80\x9D the Russian president indicated in a statement.";
  const auto q = only_quote(text);
  CHECK(q.speaker == "Vladimir Putin");
  CHECK(q.cue == "indicated");
}

TEST_CASE("a headline quote takes the person the headline names", "[quotes][attribution]") {
  const std::string text =
      "Putin hints at \xE2\x80\x98intensification\xE2\x80\x99 of ties\n\n"
      "Russian President Vladimir Putin spoke by phone with Iran\xE2\x80\x99s president on Saturday.";
  const auto q = only_quote(text);
  CHECK(q.speaker == "Putin");
  CHECK(q.kind == "partial");
}

TEST_CASE("a headline naming no one but a role quotes the role's one holder", "[quotes][attribution]") {
  // Was the thug's, the person the story mentions most.
  const auto quotes = quotes_in(
      "\xE2\x80\x98YOU ARE A COWARD\xE2\x80\x99: Judge's fury as thug who punched pensioner is jailed\n\n"
      "A THUG who knocked a 79-year-old man to the ground has been jailed for three years.\n\n"
      "Liam Carter, 27, punched Derek Holt after he asked him to stop swearing. Carter admitted the attack.\n\n"
      "Jailing Carter yesterday, Judge Hilary Manley told him he had picked on a frail man.");
  REQUIRE(quotes.size() == 1);
  CHECK(quotes[0].speaker == "Hilary Manley");
}

TEST_CASE("a live blog's entry headline quotes the person before its colon", "[quotes][attribution]") {
  // Entries of a live blog, each under its clock time: the first entry's
  // headline quotes Starmer, though the page's headline names Reeves.
  const std::string text =
      "Budget live: Reeves raises taxes by \xC2\xA3" "26bn\n\n"
      "14:52 GMT\n\n"
      "Starmer: 'This budget fixes the foundations'\n\n"
      "Keir Starmer spoke to reporters after Rachel Reeves finished her speech.\n\n"
      "14:31 GMT\n\n"
      "Fuel duty freeze extended\n\n"
      "The chancellor says fuel duty will be frozen for another year.";
  const auto q = only_quote(text);
  CHECK(q.speaker == "Starmer");
  CHECK(q.cue == ":");
}

TEST_CASE("a headline quoting words quoted again below is their speaker's", "[quotes][attribution]") {
  const std::string text =
      "Storm Bert: Thousands without power as flood warnings issued\n\n"
      "Posted at 09:58\n\n'I have never seen water this high'\n\n"
      "Mark Jones, 64, told BBC Wales: \"I have never seen water this high in 30 years.\"\n\n"
      "Posted at 09:40\n\nPower restored to 40,000 homes\n\n"
      "Northern Powergrid says it has reconnected 40,000 customers overnight.";
  const auto q = quotes_in(text);
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker == "Mark Jones");
  CHECK(q[1].speaker == "Mark Jones");
  CHECK(q[0].repeat);  // the headline's, counted once
  CHECK_FALSE(q[1].repeat);
}

TEST_CASE("a live page's key events list its entries' quoting headlines, which repeat the words below",
          "[quotes][attribution]") {
  const std::string text =
      "Budget 2026 live: Reeves freezes fuel duty\n\n"
      "Key events\n12:31 Reeves: 'We are choosing stability'\n12:58 OBR cuts growth forecast\n\n"
      "12:31 GMT\n\n"
      "Reeves: 'We are choosing stability'\n\n"
      "Rachel Reeves has begun her Budget speech. She told MPs: \"We are choosing stability over chaos.\"\n\n"
      "12:58 GMT\n\nOBR cuts growth forecast\n\n"
      "The Office for Budget Responsibility has cut its growth forecast for 2027 to 1.1% from 1.5%.";
  const auto q = quotes_in(text);
  REQUIRE(q.size() == 3);
  CHECK(q[0].speaker == "Reeves");  // was none: the time before the name
  CHECK(q[0].repeat);  // the list's copy of the entry's headline
  CHECK(q[1].speaker == "Reeves");
  CHECK(q[1].repeat);  // the entry's headline, counted once
  CHECK(q[2].speaker == "Rachel Reeves");
  CHECK_FALSE(q[2].repeat);
  // The headline's first letter may be a capital the words below do not have.
  const auto badenoch = quotes_in(
      "Budget 2026 live: Reeves freezes fuel duty\n\n"
      "12:45 GMT\n\n"
      "Badenoch: 'A Budget for the Treasury, not for working people'\n\n"
      "The Conservative leader, Kemi Badenoch, has responded. \"This is a Budget for the Treasury, not for working "
      "people,\" she told the Commons.\n\n"
      "12:58 GMT\n\nOBR cuts growth forecast\n\nThe OBR has cut its growth forecast.");
  REQUIRE(badenoch.size() == 2);
  CHECK(badenoch[0].repeat);  // was counted twice
  CHECK(badenoch[0].speaker == "Badenoch");
}

TEST_CASE("a headline quoting an interview's answer is a repeat of the answer's speaker", "[quotes][attribution]") {
  const std::string text =
      "\u201cI still get stage fright\u201d: Olivia Colman on fear, fame and her new film\n\n"
      "Olivia Colman is sitting in a hotel bar in Norwich, drinking a pint of lemonade.\n\n"
      "Do you still get nervous?\nAll the time. I still get stage fright, and I think about that a lot.\n\n"
      "Do you read your reviews?\nNever. My husband reads them and tells me if there's anything I need to know.\n\n"
      "What's next?\nA holiday. Honestly. And then a play in the West End next autumn.\n";
  const auto q = quotes_in(text);
  REQUIRE(q.size() == 4);
  CHECK(q[0].text == "I still get stage fright");
  CHECK(q[0].speaker == "Olivia Colman");
  CHECK(q[0].repeat);  // was counted twice
  CHECK(q[1].kind == "qa");
  CHECK_FALSE(q[1].repeat);
}

TEST_CASE("a match report's \"What they said\": the side and role before the name, the topic after it",
          "[quotes][attribution]") {
  const std::string text =
      "Brentford 3-0 Newcastle: Thiago double sinks Magpies\n\n"
      "Brentford moved into the top half with a comfortable win over Newcastle on Saturday.\n\n"
      "What they said\n\n"
      "Brentford head coach Keith Andrews told BBC Match of the Day: \"The lads were relentless.\"\n\n"
      "Newcastle boss Eddie Howe: \"We were poor today. You get punished against a team like Brentford.\"\n\n"
      "Player of the match: Igor Thiago (Brentford)\n\n"
      "Thiago on his double: \"The manager asked us to press high. The first goal gave us confidence.\"\n";
  const auto q = quotes_in(text);
  REQUIRE(q.size() == 3);
  CHECK(q[0].speaker == "Keith Andrews");
  CHECK(q[1].speaker == "Eddie Howe");  // was none
  CHECK(q[1].cue == ":");
  CHECK(q[2].speaker == "Thiago");  // was none
}

TEST_CASE("a description is the person in focus only when that person has spoken", "[quotes][attribution]") {
  CHECK(only_quote("Mrs Whitlock said the plan was ready.\n\nThe mayor said: \"We start on Monday.\"").speaker ==
        "Whitlock");
  // The defendant and the scorer are in focus, but the judge and the manager are someone else.
  CHECK(only_quote("Sarah Whitmore was jailed.\n\nThe judge said: \"You betrayed the trust placed in you.\"")
            .speaker.empty());
  CHECK(only_quote("Bukayo Saka scored twice.\n\nThe manager said: \"We were brilliant tonight.\"").speaker.empty());
}

TEST_CASE("a passive cue's subject heard it; the one who spoke follows \"by\"", "[quotes][attribution]") {
  // "Mr Justice" gives the judge, whom "the judge" then refers to.
  const std::string court =
      "Sarah Whitmore was told by Mr Justice Goose that she would serve 35 years.\n\n"
      "The judge said: \"You betrayed the trust placed in you by patients.\"";
  CHECK(only_quote(court).speaker == "Goose");
  // One source told it; Ibrahim was asked.
  CHECK(only_quote("Adel Ibrahim, the press attache, was asked to leave \"because he was carrying out duties "
                   "incompatible with diplomatic norms\", one source told Reuters.")
            .speaker.empty());
}

TEST_CASE("interview answers are qa quotes of the named speaker", "[quotes][attribution]") {
  SECTION("named turns") {
    const std::string text =
        "Minister Isa Zarepour gave an interview to a Russian news agency.\n"
        "How do you describe the relations between Tehran and Moscow?\n"
        "Zarepour: These days, there is a very real demand from the private sector.\n"
        "What fields can be foreseen for cooperation?\n"
        "Zarepour: I believe that we can cooperate in various fields.";
    const auto q = quotes_in(text);
    REQUIRE(q.size() == 2);
    CHECK(q[0].kind == "qa");
    CHECK(q[0].text == "These days, there is a very real demand from the private sector.");
    CHECK(q[0].speaker == "Zarepour");
    CHECK(q[1].speaker == "Zarepour");
  }
  SECTION("a transcript's labels in capitals, in full and then by surname, name one person") {
    const std::string text =
        "Interview: \u2018We are not going to give up,\u2019 says Senator Warren\n\n"
        "Elizabeth Warren sat down with our reporter, James Carter, in Boston last week.\n\n"
        "JAMES CARTER: Senator, why introduce this bill now?\n\n"
        "ELIZABETH WARREN: Because families are hurting. Prices have gone up 20 percent in three years.\n\n"
        "CARTER: Critics say it will cost $1.2 trillion over a decade.\n\n"
        "WARREN: That is simply not true. Half of it is paid for.";
    lede::Options options;
    options.offsets = lede::OffsetUnit::utf8;
    const lede::Analysis a = lede::analyze(text, options);
    REQUIRE(a.quotes.size() == 5);
    const auto speaker = [&](size_t i) { return a.entities.at(a.quotes[i].speaker).name; };
    CHECK(speaker(0) == "Elizabeth Warren");  // "says Senator Warren"
    CHECK(speaker(1) == "James Carter");
    CHECK(speaker(2) == "Elizabeth Warren");
    CHECK(speaker(3) == "James Carter");
    CHECK(speaker(4) == "Elizabeth Warren");
    CHECK(a.entities.at(a.quotes[4].speaker).type == lede::EntityType::PER);
  }
  SECTION("Q: and A: turns take the interviewee") {
    const std::string text =
        "Foreign Minister Sergey Lavrov spoke to our reporter in Moscow.\n"
        "Q: Will the talks resume?\n"
        "A: We are ready to talk at any time.\n"
        "Q: And the sanctions?\n"
        "A: They have failed.";
    const auto q = quotes_in(text);
    REQUIRE(q.size() == 2);
    CHECK(q[0].kind == "qa");
    CHECK(q[0].text == "We are ready to talk at any time.");
    CHECK(q[1].speaker == "Sergey Lavrov");
  }
}

namespace {

// A council leader's Q&A of eight turns, the interviewer's second turn a
// statement: `asks` and `answers` label the turns ("" for none).
std::string council_interview(const std::string& asks, const std::string& answers) {
  return "Council leader defends roads budget\n\n"
         "Cllr Ruth Moss, leader of Wrexham County Borough Council, sat down with the Leader's local democracy "
         "reporter to talk about potholes, parking and the council's \xC2\xA3" "12m roads budget.\n\n" +
         asks + "The council has set aside \xC2\xA3" "12m for roads this year. Where will it go?\n\n" + answers +
         "Most of it goes on resurfacing the A525 and the roads into the town centre. Those carry the buses and the "
         "lorries, and they are where the worst damage is.\n\n" +
         asks + "Critics say you've ignored rural roads.\n\n" + answers +
         "I understand why people in the villages feel that way. But we have doubled the money for rural drainage, "
         "and drainage is what stops a road breaking up in the first place.\n\n" +
         asks + "Will parking charges go up in April?\n\n" + answers +
         "Not in the town centre. We froze them last year and we will freeze them again, because the shops need "
         "the footfall.\n\n" +
         asks + "The Ruthin Road scheme is two years late. Who is to blame?\n\n" + answers +
         "The contractor went into administration and we had to start again. I am not going to pretend that was "
         "anything but a mess.\n";
}

}  // namespace

TEST_CASE("an interviewer's statement is a question, not an answer, though it does not end in \"?\"",
          "[quotes][attribution]") {
  const auto answers_only = [](const std::string& text) {
    const auto q = quotes_in(text);
    std::vector<std::string> openings;
    for (const auto& quote : q) {
      CHECK(quote.kind == "qa");
      CHECK_THAT(quote.speaker, Catch::EndsWith("Moss", Catch::CaseSensitive::No));  // "Cllr Ruth Moss", "MOSS"
      openings.push_back(quote.text.substr(0, quote.text.find(' ')));
    }
    return openings;
  };
  const std::vector<std::string> moss{"Most", "I", "Not", "The"};
  SECTION("Q: turns over answers with no label") { CHECK(answers_only(council_interview("Q: ", "")) == moss); }
  SECTION("the publication's label, which mostly asks") {
    CHECK(answers_only(council_interview("Leader: ", "Moss: ")) == moss);
    CHECK(answers_only(council_interview("LEADER: ", "MOSS: ")) == moss);
  }
  SECTION("no labels: what others say put to the one interviewed") {
    CHECK(answers_only(council_interview("", "")) == moss);
  }
  SECTION("a host named in full who asks and speaks is a speaker") {
    const auto q = quotes_in(council_interview("Tom Hale: ", "Ruth Moss: "));
    REQUIRE(q.size() == 8);
    CHECK(q[2].speaker == "Tom Hale");
    CHECK(q[2].text == "Critics say you've ignored rural roads.");
  }
}

TEST_CASE("a text without quote marks quotes no one; with them, the same words find their speaker",
          "[quotes][attribution]") {
  // A text with no quotation and no interview skips the speaker search.
  CHECK(quotes_in("Russian Foreign Minister Sergey Lavrov spoke on Monday. "
                  "The talks are over, the Russian minister said.")
            .empty());
  const auto q = only_quote("Russian Foreign Minister Sergey Lavrov spoke on Monday. "
                            "\"The talks are over,\" the Russian minister said.");
  CHECK(q.speaker == "Sergey Lavrov");
  CHECK(q.cue == "said");
  CHECK(q.kind == "direct");
}

TEST_CASE("scare quotes and generic sources have no speaker", "[quotes][attribution]") {
  const auto scare = only_quote("Scholz's call opens a \"Pandora's box\", analysts fear.");
  CHECK(scare.kind == "partial");
  CHECK(scare.speaker.empty());
  const auto generic = only_quote("\xE2\x80\x9CThe talks are over,\xE2\x80\x9D officials said.");
  CHECK(generic.speaker.empty());
  CHECK(generic.cue == "said");
}

TEST_CASE("a quotation right after an attributed one continues its speaker", "[quotes][attribution]") {
  const auto q = quotes_in("\"We are ready,\" Lavrov said. \"The West is not.\"");
  REQUIRE(q.size() == 2);
  CHECK(q[1].speaker == "Lavrov");
}

TEST_CASE("speakers map to the entity of the mention that covers them", "[quotes][attribution]") {
  const std::string text =
      "Russian Foreign Minister Sergey Lavrov met reporters.\n"
      "\"We are ready,\" Lavrov said.\n"
      "\"The West is not,\" he added.";
  const auto doc = lede::text::segment(text);
  const auto shape = lede::structure::analyze(doc);
  lede::entities::Result named;
  const auto at = [&](const std::string& s, size_t from = 0) {
    const auto start = static_cast<uint32_t>(text.find(s, from));
    return lede::Span{start, start + static_cast<uint32_t>(s.size())};
  };
  named.entities.push_back({7, "Sergey Lavrov", lede::EntityType::PER, {"Lavrov"}, 2, ""});
  named.mentions.push_back({at("Sergey Lavrov"), lede::EntityType::PER, 0});
  named.mentions.push_back({at("Lavrov said"), lede::EntityType::PER, 0});
  named.mentions.back().span.end = named.mentions.back().span.start + 6;
  const auto quotes = lede::quotes::find(doc, shape, named);
  REQUIRE(quotes.size() == 2);
  CHECK(quotes[0].speaker == 7);
  CHECK(quotes[1].speaker == 7);
}

TEST_CASE("a name set off by commas before the verb is the speaker", "[quotes][attribution]") {
  const auto q = quotes_in("Mayor Ines Duarte announced the plan on Wednesday.\n"
                           "The opposition leader, Paulo Mendes, said the plan was \xE2\x80\x9Crushed\xE2\x80\x9D. "
                           "\xE2\x80\x9CNobody asked the people who live there,\xE2\x80\x9D he said.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker == "Paulo Mendes");
  CHECK(q[1].speaker == "Paulo Mendes");
}

TEST_CASE("a subject before a relative clause is the speaker", "[quotes][attribution]") {
  const auto q = only_quote("The opposition Liberals, who have called for early elections, said the government "
                            "had \"lost the right to govern\".");
  CHECK(q.speaker == "Liberals");
}

TEST_CASE("a pronoun after the verb and before a verb of its own is not the speaker", "[quotes][attribution]") {
  SECTION("the name set off by commas is, and \"he\" refers to it next") {
    const auto q = quotes_in("The Speaker of Bangladesh's parliament, Humayun Rasheed Choudhury, said he had "
                             "received death threats.\nHe told the newspaper Banglabazar Patrika that they came "
                             "from \"those who want to push the country into chaos and unrest.\"");
    REQUIRE(q.size() == 1);
    CHECK(q[0].speaker == "Humayun Rasheed Choudhury");
    CHECK(q[0].cue == "told");
  }
  SECTION("a description set off by commas before the name") {
    CHECK(only_quote("His mother, Linda Moore, said he was \"a gentle boy\" who loved football.").speaker ==
          "Linda Moore");
  }
  SECTION("after a participle, the subject of the sentence is") {
    CHECK(only_quote("Sergey Lavrov met John Kerry in Geneva.\nKerry praised the plan on Monday, saying he was "
                     "\"very hopeful\" about a deal.")
              .speaker == "Kerry");
  }
  SECTION("an inverted pronoun that ends the clause still is") {
    const std::string before = "Sergey Lavrov arrived in Tehran on Monday. \"We are ready,\" said he";
    CHECK(only_quote(before + ".").speaker == "Sergey Lavrov");
    CHECK(only_quote(before + " on Tuesday.").speaker == "Sergey Lavrov");
  }
}

TEST_CASE("the person a relative clause of speech is about is the speaker", "[quotes][attribution]") {
  SECTION("a name before \", who said\"") {
    const auto q = only_quote("Reuters correspondent Lawrence Sheets said he had heard little since the arrival of "
                              "Russian security chief Alexander Lebed, who said he \"came with peace\".");
    CHECK(q.speaker == "Alexander Lebed");
    CHECK(q.cue == "said");
  }
  SECTION("and \"he\" refers to that person next") {
    const auto q = quotes_in("Henke, who called his round a \"pleasant surprise,\" finished with six birdies. "
                             "\"We finally got things going,\" he said.");
    REQUIRE(q.size() == 2);
    CHECK(q[0].speaker == "Henke");
    CHECK(q[0].cue == "called");
    CHECK(q[1].speaker == "Henke");
  }
  SECTION("a clause that is not speech leaves the speaker to the main verb") {
    CHECK(only_quote("Sarah Whitlock, who was elected in May, said the town would be \"rebuilt by Christmas\".")
              .speaker == "Sarah Whitlock");
  }
}

TEST_CASE("the name after \"told\" is the listener, not the speaker", "[quotes][attribution]") {
  SECTION("a name and its description set off by commas before the verb") {
    CHECK(only_quote("\"We have ordered a massive hunt for him,\" Vivit Chatuparisut, deputy director general of "
                     "the Correction Department, told Reuters.")
              .speaker == "Vivit Chatuparisut");
  }
  SECTION("a name before a clause set off by commas") {
    CHECK(only_quote("\"People who wish to hold conferences don't need to seek permission,\" Rifkind, in "
                     "Pakistan for a visit, told Reuters.")
              .speaker == "Rifkind");
  }
  SECTION("with no subject, no speaker") {
    CHECK(only_quote("\"We will appeal,\" told Reuters on Monday.").speaker.empty());
  }
  SECTION("another verb's inverted name still is the speaker") {
    CHECK(only_quote("\"Why now?\" asked Sergey Lavrov.").speaker == "Sergey Lavrov");
  }
}

TEST_CASE("a full name after the verb and a few words that describe the person is the speaker",
          "[quotes][attribution]") {
  SECTION("words that are no title") {
    CHECK(only_quote("\"Everyone was fooled,\" said pet shop owner Shane Drew, who unknowingly traded the birds.")
              .speaker == "Shane Drew");
    CHECK(only_quote("\"Two sons have come back,\" said his mother Nurbika Mamatuyeva.").speaker ==
          "Nurbika Mamatuyeva");
  }
  SECTION("a role among them is learned for a description later") {
    const auto q = quotes_in("\"We don't feel our club represents Palestinian Arabs,\" said club chairman Abdul "
                             "Rahman.\nSameh Haj Yihye disagreed.\n\"We are trying to run a professional outfit,\" "
                             "the chairman said.");
    REQUIRE(q.size() == 2);
    CHECK(q[0].speaker == "Abdul Rahman");
    CHECK(q[1].speaker == "Abdul Rahman");
  }
  SECTION("after \"according to\"") {
    CHECK(only_quote("The fire was \"under control\", according to police spokesman Ro Gajadhar.").speaker ==
          "Ro Gajadhar");
  }
  SECTION("what the words were about, or after, may follow the name") {
    CHECK(only_quote("\"I got a lot of first serves in,\" said Enqvist about his victory over Korda.").speaker ==
          "Enqvist");
    CHECK(only_quote("\"I never thought I would win,\" said Thomas Enqvist after beating Korda.").speaker ==
          "Thomas Enqvist");
  }
  SECTION("after \"the\" and words that describe the person, a surname the tagger knows") {
    CHECK(only_quote("Andrei Medvedev routed Jean-Philippe Fleurian in the opening round of the U.S. Open.\n"
                     "\"I realised this year that I have to focus on tennis,\" said the 22-year-old Medvedev.")
              .speaker == "Medvedev");
    CHECK(only_quote("\"It's a very complicated issue,\" said the Agriculture Department's Drazek.").speaker ==
          "Drazek");
  }
  SECTION("after \"a\" too, while \"a\" and a role is an unnamed source") {
    const std::string before = "Martina Hingis beat Angeles Montolio of Spain.\n\"It was very hot,\" said a ";
    CHECK(only_quote(before + "cheery Hingis, who had no worries.").speaker == "Hingis");
    const auto q = only_quote(before + "tournament official.");
    CHECK(q.speaker.empty());
    CHECK(q.cue == "said");
  }
  SECTION("but not a nationality: that describes the person in focus, or no one") {
    CHECK(only_quote("Stefan Edberg beat Richard Krajicek in straight sets.\n\"It's a win that I can be proud of,\" "
                     "said the 30-year-old Swede.")
              .speaker == "Stefan Edberg");
    const auto alone = only_quote("\"It's a win that I can be proud of,\" said the 30-year-old Swede.");
    CHECK(alone.speaker.empty());
    CHECK(alone.cue == "said");
  }
  SECTION("after a name of the person's side, a full name that ends the clause") {
    CHECK(only_quote("\"We thought of the game against Betar Jerusalem,\" said Taibe supporter Karem Haj Yihye.")
              .speaker == "Karem Haj Yihye");
    CHECK(only_quote("\"It is a desperate move by the PUNR,\" said PDSR executive president Adrian Nastase.")
              .speaker == "Adrian Nastase");
    CHECK(only_quote("\"He is in no danger,\" said Orioles team physician Dr. William Goldiner, adding that "
                     "Johnson would be released.")
              .speaker == "William Goldiner");
  }
  SECTION("a possessive among the words, not counted as one of them") {
    CHECK(only_quote("\"We are stubborn,\" said the factory's trade union secretary Dragutin Stanojlovic.")
              .speaker == "Dragutin Stanojlovic");
    CHECK(only_quote("\"We were preparing an affidavit,\" said Stenning's lawyer, Benedict Birnberg.").speaker ==
          "Benedict Birnberg");
  }
  SECTION("a full name set off by a comma when it ends the clause") {
    CHECK(only_quote("\"We have a peace treaty with them,\" said the tourist, Khaled Hijazi, 37.").speaker ==
          "Khaled Hijazi");
    CHECK(only_quote("\"It will rise,\" said the ministry's report, Bank of England data showed.").speaker.empty());
    CHECK(only_quote("\"It will rise,\" said his brother, Moscow.").speaker.empty());
  }
  SECTION("a name of four words when the tagger takes all four for the person") {
    CHECK(only_quote("\"We plan to build a stadium,\" said club chairman Abdul Rahman Haj Yihye.").speaker ==
          "Abdul Rahman Haj Yihye");
    CHECK(only_quote("\"We will win,\" said Brazil coach Mario Jorge Lobo Zagallo.").speaker ==
          "Mario Jorge Lobo Zagallo");
    CHECK(only_quote("\"We plan to build a stadium,\" said President Abdul Rahman Haj Yihye.").speaker ==
          "Abdul Rahman Haj Yihye");
  }
  SECTION("else three, as a capitalized word before them may be no part of the name") {
    // The tagger takes the town into the person: five capitalized words.
    CHECK(only_quote("\"We plan to build a stadium,\" said Jenin Abdul Rahman Haj Yihye.").speaker ==
          "Rahman Haj Yihye");
    CHECK(only_quote("\"We will win,\" said Israeli Foreign Minister David Levy.").speaker == "David Levy");
  }
  SECTION("an age before the name") {
    CHECK(only_quote("\"They destroyed the shack over my baby,\" said 25-year-old Amina Muhammad.").speaker ==
          "Amina Muhammad");
  }
  SECTION("but not a place or a single word") {
    CHECK(only_quote("\"We are searching every house,\" said police in Paramaribo.").speaker.empty());
    CHECK(only_quote("\"We are searching every house,\" said local police Monday.").speaker.empty());
  }
  SECTION("a role alone still describes the person in focus") {
    CHECK(only_quote("Mayor Ines Duarte visited the site.\n\"We will rebuild,\" said the mayor.").speaker ==
          "Ines Duarte");
  }
}

TEST_CASE("a place after a preposition is not the speaker", "[quotes][attribution]") {
  const auto q = quotes_in("The mayor of Ashford Vale has promised that the town will be rebuilt.\n"
                           "Sarah Whitlock, who was elected in May, visited the high street on Tuesday.\n"
                           "'Every family will be housed by Christmas,' she told the BBC.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Sarah Whitlock");
}

TEST_CASE("a place after a participle that describes someone unnamed is not the speaker", "[quotes][attribution]") {
  // corpus10 #912
  const auto soldier = only_quote("In one letter, a black soldier heading South wrote his wife, \"though great is the "
                                  "present national difficulties yet I look forward to a brighter day.\"");
  CHECK(soldier.speaker.empty());
  CHECK(soldier.cue == "wrote");
  CHECK(only_quote("A man visiting Paris told reporters: \"The city is beautiful.\"").speaker.empty());
  // A participle that is the place's own word: the place speaks.
  CHECK(only_quote("On Monday, neighbouring Ukraine said it was \"deeply concerned\".").speaker == "Ukraine");
}

TEST_CASE("an organization after \"of the\" is not the speaker", "[quotes][attribution]") {
  SECTION("the person named before it is, for \"she\" next") {
    CHECK(only_quote("Maria Szabo of the Hungarian office organising the elections on behalf of the OSCE told "
                     "Reuters her office was studying the letter.\n\"The envelopes were sealed until voting,\" "
                     "she said.")
              .speaker == "Maria Szabo");
  }
}

TEST_CASE("a person before a phrase that names where they work speaks", "[quotes][attribution]") {
  CHECK(only_quote("Detective Inspector Mark Evans of West Yorkshire Police said outside court: \u201cThis was a "
                   "calculated and cruel crime.\u201d")
            .speaker == "Mark Evans");
  // Not someone named before, for "he said" next.
  const auto q = quotes_in(
      "Analyst Elias Moosa expects losses.\nScott Randall of Soundview Financial Group said the company would "
      "have difficulty selling its business.\n\"Once you announce your intention to exit a business, it becomes "
      "a buyer's market,\" he said.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Scott Randall");
}

TEST_CASE("a work's title in quote marks is no quotation", "[quotes][attribution]") {
  // corpus10 #795: was a direct quotation of Dai Houying's, then a partial of no one's.
  CHECK(quotes_in("Dai Houying died on Monday, a friend said.\nDai's most famous book, \"Ren A Ren\" (People, "
                  "People), was translated into German and English, he said.\nHer new book, \"The Road to "
                  "Nowhere,\" is out.")
            .empty());
  // A box-office story: one quotation, not seven ("Found ... 7 quotes").
  const auto q = quotes_in(
      "'Zootopia 2' roars to record Thanksgiving as 'Wicked: For Good' holds\n\n"
      "Disney's \xE2\x80\x9CZootopia 2\xE2\x80\x9D earned $156 million over the five-day frame, while "
      "\xE2\x80\x9CWicked: For Good\xE2\x80\x9D flew to $91 million. It beat the record set by "
      "\xE2\x80\x9CMoana 2\xE2\x80\x9D last year.\n\n"
      "\xE2\x80\x9C" "Families turned out in numbers we haven't seen in years,\xE2\x80\x9D said Tony Chambers, "
      "Disney's head of distribution.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Tony Chambers");
}

TEST_CASE("a film's title the entity stage took in pieces is no quotation where it reads as a name",
          "[quotes][attribution]") {
  // "Now" and "Now You Don't" were two names: the quotation was direct, no one's.
  CHECK(quotes_in("Further down the chart, \xE2\x80\x9CNow You See Me: Now You Don\xE2\x80\x99t\xE2\x80\x9D added $9 "
                  "million in its third weekend.")
            .empty());
  // After a noun that names a kind of work ("Life" and "Showgirl" were two organizations).
  CHECK(quotes_in("Taylor Swift's album \xE2\x80\x9CThe Life of a Showgirl\xE2\x80\x9D sold 4 million copies.").empty());
  // A crowd's cry and a speaker's name for something are words spoken, though they read as names.
  CHECK(only_quote("Protesters chanted \"Death to America\" and burned flags outside the embassy.").text ==
        "Death to America");
  CHECK(only_quote("Boris Johnson called it \"Project Fear\" and moved on.").text == "Project Fear");
}

TEST_CASE("a title in quote marks before the year in brackets is a work's, no quotation", "[quotes][attribution]") {
  // An obituary: were a direct quotation ("Off the Wall") and two partial ones ("Thriller"), no one's.
  const auto q = quotes_in(
      "His three albums with Michael Jackson \xE2\x80\x94 \xE2\x80\x9COff the Wall\xE2\x80\x9D (1979), "
      "\xE2\x80\x9CThriller\xE2\x80\x9D (1982) and \xE2\x80\x9C" "Bad\xE2\x80\x9D (1987) \xE2\x80\x94 sold more "
      "than 100 million copies combined. \xE2\x80\x9CThriller\xE2\x80\x9D remains one of the best-selling albums "
      "of all time. \xE2\x80\x9CI was lucky (2019) taught me,\xE2\x80\x9D he said.");
  REQUIRE(q.size() == 1);  // the words spoken stay, though a year in brackets is inside them
  CHECK(q[0].text == "I was lucky (2019) taught me,");
}

TEST_CASE("a grade in quote marks is no quotation", "[quotes][attribution]") {
  const auto q = quotes_in(
      "The sequel landed an \xE2\x80\x9C" "A\xE2\x80\x9D CinemaScore, and the original an "
      "\xE2\x80\x9C" "A-\xE2\x80\x9D. S&P cut the bank to \"BBB+\" and Moody's to \"Baa1\", from \"AA\". "
      "\"I\" is the word he used most.");
  CHECK(q.empty());
  // A word of speech in capitals stays: "OK", "No".
  CHECK(only_quote("Asked whether he would stay, he said \"OK\".").text == "OK");
  CHECK(only_quote("She said \"No\" twice.").text == "No");
}

TEST_CASE("a description with the organization a person works for", "[quotes][attribution]") {
  // The person in focus, named in the paragraph (had no cue or speaker).
  const auto coach = quotes_in("Enzo Maresca said his side deserved a draw. \"We created enough chances to win the "
                               "game,\" the Chelsea head coach said.");
  REQUIRE(coach.size() == 1);
  CHECK(coach[0].speaker == "Enzo Maresca");
  CHECK(coach[0].cue == "said");
  // Not the other side's manager, quoted in the paragraph before (was Mikel Arteta).
  const auto other = quotes_in("Enzo Maresca said his side deserved a draw.\n\n\"It was a massive three points,\" "
                               "Mikel Arteta said.\n\n\"We created enough chances to win the game,\" the Chelsea "
                               "head coach said.");
  REQUIRE(other.size() == 2);
  CHECK(other[1].speaker.empty());
  CHECK(other[1].cue == "said");
  // corpus10 #1169: an unnamed official of a named organization.
  const auto official = only_quote("But a NATO official told Reuters: \"We are watching the situation closely.\"");
  CHECK(official.speaker.empty());
  CHECK(official.cue == "told");
}

TEST_CASE("a speech announced in the future tense has its speaker", "[quotes][attribution]") {
  // "will tell", "will warn": a speech briefed before it is given (had no cue or speaker).
  const auto conference = only_quote("Keir Starmer will tell the Labour conference: \u201cWe will rebuild Britain.\u201d");
  CHECK(conference.speaker == "Keir Starmer");
  CHECK(conference.cue == "tell");
  const auto q = quotes_in("Prime Minister Anthony Albanese spoke on Sunday. The prime minister will tell a rally "
                           "that the Coalition \"had a decade to fix housing and did nothing\".");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Anthony Albanese");
  CHECK(only_quote("Rachel Reeves spoke on Monday. She will warn that the country \"cannot afford another decade "
                   "of drift\".")
            .speaker == "Rachel Reeves");
}

TEST_CASE("a titled name after an organization's \"of\" phrase speaks", "[quotes][attribution]") {
  // "Bank of France Governor": the title after the organization's name is
  // the person's, not a phrase after someone unnamed.
  const auto q = only_quote(
      "Bundesbank President Joachim Nagel said last week that the bar for further easing was high, while Bank of "
      "France Governor François Villeroy de Galhau has argued that the risk was now \u201cgreater than that of "
      "overshooting it\u201d.");
  CHECK(q.speaker.find("Villeroy de Galhau") != std::string::npos);  // not Joachim Nagel
  CHECK(q.cue == "argued");
  CHECK(only_quote("Bank of England Governor Andrew Bailey said the risk was \"greater than hoped\".").speaker ==
        "Andrew Bailey");
  // A title of its own before the phrase: the person the tagger found after it.
  CHECK(only_quote("Minister for Health Jennifer Carroll MacNeill said she expected the first patients \"in the "
                   "second half of next year\".")
            .speaker == "Jennifer Carroll MacNeill");
  CHECK(only_quote("Secretary of State Antony Blinken said the talks were \"productive\".").speaker ==
        "Antony Blinken");
  CHECK(only_quote("Chancellor of the Exchequer Rachel Reeves said the budget was \"responsible\".").speaker ==
        "Rachel Reeves");
  // corpus10 #574
  CHECK(only_quote("\"We have not had contact with the kidnappers,\" Chief of Judicial Police Manuel Alvarado told "
                   "Reuters.")
            .speaker == "Manuel Alvarado");
  // A spokesman, in lower case, for the person: not the person.
  CHECK(only_quote("A spokesman for President Joe Biden said the White House was \"deeply saddened\".")
            .speaker.empty());
}

TEST_CASE("\"called it\" after a name set off by commas: the name speaks, \"it\" is the object",
          "[quotes][attribution]") {
  CHECK(only_quote("Sen. Chuck Schumer, D-N.Y., the majority leader, called it \u201ca down payment on the "
                   "survival of Western democracy.\u201d")
            .speaker == "Chuck Schumer");
}

TEST_CASE("a name that ends in a word for unnamed speakers is a name", "[quotes][attribution]") {
  // "police said" is someone unnamed; "the Municipal Police" is named.
  CHECK(only_quote("\"These are powerful weapons,\" a spokesman with the Municipal Police told Reuters.").speaker ==
        "Municipal Police");
  CHECK(only_quote("\"These are powerful weapons,\" police said.").speaker.empty());
}

TEST_CASE("a spokesman for an organization the tagger found speaks for it", "[quotes][attribution]") {
  SECTION("the organization is the speaker") {
    const auto q = only_quote("\"We have no comment on the deal,\" a spokesman for Merrill Lynch told Reuters.");
    CHECK(q.speaker == "Merrill Lynch");
    CHECK(q.cue == "told");
  }
  SECTION("with its nationality, and for the spokesman's next words") {
    CHECK(only_quote("A London-based spokesman of the Iraqi National Congress said Iraqi tanks had advanced.\n"
                     "\"Iraqi forces began an artillery attack,\" the spokesman, who asked not to be identified, "
                     "told Reuters.")
              .speaker == "Iraqi National Congress");
  }
  SECTION("\"the spokesman\" after the organization spoke is its spokesman") {
    const auto q = quotes_in("SBC Warburg said it is maintaining its forecast for rental growth. The spokesman said "
                             "the bank has also put an \"add\" recommendation on the shares.");
    REQUIRE(q.size() == 1);
    CHECK(q[0].speaker == "SBC Warburg");
  }
  SECTION("an official after a place in focus is not the place") {
    CHECK(only_quote("The UAE said it would hand over the three guards. When asked where they would go, the "
                     "embassy official said: \"That has not been decided, but possibly Kandahar.\"")
              .speaker.empty());
  }
  SECTION("a spokesman in a place is an unnamed source: a cue with no speaker") {
    const auto q = only_quote("\"One locomotive was stationary and the passenger train collided into the back of "
                              "it,\" a police spokesman in Linz told Reuters by telephone.");
    CHECK(q.speaker.empty());
    CHECK(q.cue == "told");
  }
  SECTION("a person's spokesman is not the person: a cue with no speaker") {
    const auto q = only_quote("Stephanie and Albert are the children of Rainier.\n\"We have seen the photos but for "
                              "the moment the palace has no comment,\" a spokeswoman for Prince Rainier told Reuters.");
    CHECK(q.speaker.empty());
    CHECK(q.cue == "told");
  }
}

TEST_CASE("\"asked not to be named\" is no cue", "[quotes][attribution]") {
  const auto q = only_quote("Foreign Minister Sergey Lavrov arrived in Tehran on Monday.\n"
                            "\"We are ready,\" the minister, who asked not to be identified, told Reuters.");
  CHECK(q.speaker == "Sergey Lavrov");
  CHECK(q.cue == "told");
}

TEST_CASE("a second verb shares the speaker of the first", "[quotes][attribution]") {
  const auto q = quotes_in("Green leader Tomas Berg said the budget \"betrayed the voters\" and called the cut "
                           "\"a gift to the oil lobby\".");
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker == "Tomas Berg");
  CHECK(q[1].speaker == "Tomas Berg");
  CHECK(q[1].cue == "called");
}

TEST_CASE("a title the text gives later is learned for the person in focus", "[quotes][attribution]") {
  const auto q = only_quote("Mrs Whitlock said the council would meet the insurers.\n"
                            "'We will not let them walk away,' the mayor said.");
  CHECK(q.speaker == "Whitlock");
}

TEST_CASE("a cue ending the paragraph before with a colon introduces the quotation", "[quotes][attribution]") {
  const auto q = quotes_in("In a speech to parliament, Prime Minister Elena Radu said:\n"
                           "\xE2\x80\x9CThere is still time to find a majority.\xE2\x80\x9D");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Elena Radu");
  CHECK(q[0].cue == "said");
}

TEST_CASE("a paragraph that is only a quotation belongs to the person in focus", "[quotes][attribution]") {
  const auto q = quotes_in("Foreign Minister Sergey Lavrov said the talks had failed.\n"
                           "\xE2\x80\x9CThe West is not ready for a real dialogue.\xE2\x80\x9D");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Sergey Lavrov");
}

TEST_CASE("a speaker is found among many persons named before", "[quotes][attribution]") {
  // Hundreds of surnames: the index of persons by surname grows many times
  // and must still find each of them.
  std::string text;
  auto surname = [](int i) {
    std::string s = "Q";
    for (int n = i; n > 0 || s.size() == 1; n /= 26) s += static_cast<char>('a' + n % 26);
    return s;
  };
  for (int i = 0; i < 300; ++i) text += "Minister Anna " + surname(i) + " arrived. ";
  text += "\xE2\x80\x9CWe are ready,\xE2\x80\x9D " + surname(123) + " said.";
  const auto q = quotes_in(text);
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == surname(123));
}

TEST_CASE("a pronoun skips a person of the other sex for one the tagger found nearby", "[quotes][attribution]") {
  SECTION("a woman named as the object, after a man who opened the sentence") {
    CHECK(only_quote("John Smith met Mary Jones in London. \"We agreed,\" she said.").speaker == "Mary Jones");
  }
  SECTION("a man after a woman known by her first name") {
    CHECK(only_quote("Prime Minister Theresa May met Donald Trump at the White House on Friday. "
                     "\"We discussed trade,\" he said.")
              .speaker == "Donald Trump");
  }
  SECTION("a title tells the sex, and the person need not have spoken or be named in full") {
    CHECK(only_quote("Mrs Kovacs has lived in the village for forty years. Asked whether she would leave, she "
                     "shook her head. \"Never,\" she said.")
              .speaker == "Kovacs");
  }
  SECTION("a title in an earlier mention still counts") {
    CHECK(only_quote("Lord Smith, a former minister, said the bill was flawed. His colleague Baroness Jones "
                     "disagreed. \"It is a good bill,\" she said.")
              .speaker == "Baroness Jones");
  }
  SECTION("first names of persons in sports news") {
    CHECK(only_quote("Todd Woodbridge praised Arantxa Sanchez Vicario after the mixed doubles final. "
                     "\"It was a hard match,\" she said.")
              .speaker == "Arantxa Sanchez Vicario");
  }
}

TEST_CASE("a pronoun refers to a person of its sex named earlier in its own sentence", "[quotes][attribution]") {
  SECTION("rather than the person in focus") {
    const auto q = quotes_in("\"Two sons have come back,\" said his mother Nurbika Mamatuyeva.\nMamatuyev joked that "
                             "his sister Lisa was a rebel too, and she responded by shouting \"Freedom for "
                             "Chechnya!\"");
    REQUIRE(q.size() == 2);
    CHECK(q[0].speaker == "Nurbika Mamatuyeva");
    CHECK(q[1].speaker == "Lisa");
  }
  SECTION("but not when the person in focus is named in it too") {
    CHECK(only_quote("Angela Merkel said the talks had gone well. Merkel later met Theresa May, and she said: "
                     "\"We agreed to work together.\"")
              .speaker == "Merkel");
  }
  SECTION("an adverb opening the sentence is not part of the name") {
    CHECK(only_quote("Angela Merkel said the talks had gone well. Later Merkel met Theresa May, and she said: "
                     "\"We agreed to work together.\"")
              .speaker == "Merkel");
  }
  SECTION("nor when an earlier pronoun in it kept to the person in focus") {
    CHECK(only_quote("Angela Merkel said the talks had gone well. She met Theresa May later, and she said: "
                     "\"We agreed to work together.\"")
              .speaker == "Angela Merkel");
  }
}

TEST_CASE("an organization before \"newspaper\", \"agency\" or \"statement\" is the speaker", "[quotes][attribution]") {
  SECTION("a newspaper or news agency by its name") {
    CHECK(only_quote("La Nacion newspaper said the officers were suspected of demanding bribes in order to "
                     "\"lose\" their files.")
              .speaker == "La Nacion");
    CHECK(only_quote("Naina Yeltsin has undergone \"a planned operation\" on her left kidney, Itar-Tass news "
                     "agency said.")
              .speaker == "Itar-Tass");
  }
  SECTION("a statement, and \"it\" after it") {
    CHECK(only_quote("A Mujahideen Khalq statement said its leader Massoud Rajavi met Kurdish leaders in Baghdad "
                     "on Wednesday.\n\"Rajavi emphasised that the Iranian Resistance would continue to stand side "
                     "by side with their Kurdish compatriots,\" it said.")
              .speaker == "Mujahideen Khalq");
  }
  SECTION("\"the company\", \"the statement\": the organization that spoke just before, by its whole name") {
    CHECK(only_quote("Dredging group Koninklijke Boskalis Westminster NV said on Friday it expected higher "
                     "turnover.\n\"An improvement is expected in capacity utilisation, turnover and profits,\" the "
                     "company said in a statement.")
              .speaker == "Koninklijke Boskalis Westminster NV");
    CHECK(only_quote("The company said in a statement late on Wednesday it would conduct an assessment.\n\"The "
                     "client's goal is to complete its conversion by the end of 1997,\" the statement said.")
              .speaker.empty());
  }
  SECTION("a newspaper that reported") {
    CHECK(only_quote("The daily Le Monde reported on Wednesday some separatist movements were considering taking "
                     "their attacks to the mainland on the principle that \"300 grammes of explosives on the "
                     "continent have more impact than 300 kilos in Corsica\".")
              .speaker == "Le Monde");
  }
  SECTION("not a nationality") {
    CHECK(only_quote("The Iraqi statement said the United States was \"interfering and pressing to augment the "
                     "number of international staff.\"")
              .speaker.empty());
  }
}

TEST_CASE("a document that reads speaks for its organization, as one that says", "[quotes][attribution]") {
  // The organization that spoke in the sentence before, or the one named before the document.
  for (const char* text : {"The Red Cross said on Friday it had pulled its staff out of the city.\n\"Our staff are "
                           "safe and will return when they can,\" the statement read.",
                           "The Red Cross said on Friday it had pulled its staff out of the city.\n\"Our staff are "
                           "safe and will return when they can,\" the Red Cross statement read."}) {
    const auto q = only_quote(text);
    INFO(text);
    CHECK(q.speaker == "Red Cross");
    CHECK(q.cue == "read");
  }
  // No organization named: no speaker, but the cue (corpus10 #912, #985).
  const auto letter = only_quote("Lincoln's notation on the letter read: \"If his colonel will say in writing on this "
                                 "sheet he is willing to receive him, he may be pardoned.\"");
  CHECK(letter.speaker.empty());
  CHECK(letter.cue == "read");
  const auto report = only_quote("\"In the first six months of 1996 we concentrated on our output,\" the report said.");
  CHECK(report.speaker.empty());
  CHECK(report.cue == "said");
  // After "a" and lower-case words too, the organization not named there (corpus10 #525, #77).
  for (const char* text : {"Raith lost their first two games.\nA club statement said: \"The directors invited Jimmy "
                           "Thomson to resume his former position.\"",
                           "A government statement, broadcast repeatedly by state radio, said the two days of prayer "
                           "were \"for the dead, for peace and prosperity in Guinea\"."}) {
    const auto q = only_quote(text);
    INFO(text);
    CHECK(q.speaker.empty());
    CHECK(q.cue == "said");
  }
  // "read" as a participle is no cue: the sentence's verb is.
  const auto read_on_tv = only_quote("A foreign ministry spokesman said in a statement read on Algerian television "
                                     "that Algeria \"has received with concern the information\".");
  CHECK(read_on_tv.cue == "said");
  CHECK(only_quote("The boards read: \"Air Bag Safety: Everyone Buckle Up.\"").cue.empty());
}

TEST_CASE("the one quoted as saying is the speaker, not the source quoting", "[quotes][attribution]") {
  SECTION("the object of \"quoted\"") {
    CHECK(only_quote("\"No, they have good intentions,\" Arafat quoted Ross as saying.").speaker == "Ross");
    CHECK(only_quote("\"The airport will reopen on Monday,\" Tanjug quotes Belgrade airport General Director "
                     "Ljubomir Acimovic as saying.")
              .speaker == "Ljubomir Acimovic");
  }
  SECTION("a name set off by a comma") {
    CHECK(only_quote("The applications are being \"processed as fast as we can,\" the newspaper quoted Garrett "
                     "Lambert, Canada's high commissioner in Hong Kong, as saying.")
              .speaker == "Garrett Lambert");
  }
  SECTION("the subject of \"was quoted\"") {
    CHECK(only_quote("\"I will not play again,\" Newcombe was quoted as saying in Sydney's Daily Telegraph "
                     "newspaper.")
              .speaker == "Newcombe");
  }
  SECTION("as telling someone, and quoted by someone") {
    CHECK(only_quote("He quoted Ross as telling him: \"The important thing is the Israelis are prepared to "
                     "move.\"")
              .speaker == "Ross");
    CHECK(only_quote("The epidemic appears to be \"settling down\", Health Minister Naoto Kan was quoted by a "
                     "government spokesman as telling the cabinet.")
              .speaker == "Naoto Kan");
  }
  SECTION("an unnamed one: a cue with no speaker") {
    const auto q = only_quote("\"They attacked us at night,\" the News Agency of Nigeria quoted the unnamed "
                              "corporal as saying.");
    CHECK(q.speaker.empty());
    CHECK(q.cue == "saying");
    CHECK(only_quote("Jomhuri Eslami quoted the West Azerbaijan province security chief as saying those held "
                     "confessed to \"spying for foreigners\".")
              .speaker.empty());
  }
}

TEST_CASE("a surname that is a title names the person", "[quotes][attribution]") {
  const auto q = quotes_in("\"Last year we stood on the court,\" U.S. captain Billie Jean King said at the draw.\n"
                           "Fernandez was forced to withdraw from the U.S. Open.\n"
                           "\"To be a great coach you have to have the right horses,\" said King.\n"
                           "\"We will wait until the last minute,\" King said.");
  REQUIRE(q.size() == 3);
  for (const auto& quote : q) CHECK(quote.speaker == "Billie Jean King");
}

TEST_CASE("a fragment of capitalized words is a title, nobody's words", "[quotes][attribution]") {
  SECTION("films, a campaign, a headline in a speaker's sentence: no quotations") {
    CHECK(quotes_in("He said Stallone, best known for the \"Rocky\" and \"Rambo\" movies, left the set of "
                    "\"Copland,\" which is filming in New York, publicist Paul Bloch said.")
              .empty());
    CHECK(quotes_in("He told Reuters the reason was his own front-page editorial, entitled \"A Chronic Mental "
                    "Illness\" in which he attacks Arab leaders.")
              .empty());
  }
  SECTION("but an exclamation is speech, and so is a phrase in lower case") {
    CHECK(only_quote("Ali Kemal told the crowd \"Freedom for Chechnya!\"").speaker == "Ali Kemal");
    CHECK(only_quote("Ali Kemal told reporters the vote was \"a Great Betrayal\".").speaker == "Ali Kemal");
  }
}

TEST_CASE("professions describe speakers as offices do", "[quotes][attribution]") {
  SECTION("a lawyer introduced with the name is the one \"the lawyer\" refers to") {
    const auto q = quotes_in("Defence lawyer Benedict Birnberg met the judge on Monday. Stenning was held in "
                             "Brixton prison. \"The evidence was never disclosed,\" the lawyer said.");
    REQUIRE(q.size() == 1);
    CHECK(q[0].speaker == "Benedict Birnberg");
  }
  SECTION("an unnamed one is a source with no speaker, its cue kept") {
    const auto q = only_quote("\"It rallied on ideas the market was oversold,\" a trader said.");
    CHECK(q.speaker.empty());
    CHECK(q.cue == "said");
  }
  SECTION("\"one\" and \"source\" are unnamed sources too") {
    for (const char* text : {"\"Today was very quiet,\" said one Swiss bond futures trader.",
                             "\"We are having a lot of problems,\" said a source.",
                             "\"The main subject was the search for peace,\" the source said.",
                             "\"There are people who are taking advantage,\" one dealer said."}) {
      const auto q = only_quote(text);
      CHECK(q.speaker.empty());
      CHECK(q.cue == "said");
    }
  }
  SECTION("an unknown profession is not the person in focus") {
    CHECK(only_quote("Nicholas Gcaleka said the skull was that of King Hintsa. The royal family sent it to a "
                     "forensic scientist. \"This skull is not that of the late king,\" the scientist said.")
              .speaker.empty());
  }
}

TEST_CASE("elected members and appositives with \"a\" describe speakers", "[quotes][attribution]") {
  SECTION("a profession given with \"a\" after the name is the one the description refers to") {
    CHECK(only_quote("Mark Weston, a lawyer for the family, said the council had lost control. \"This is a "
                     "council that has wasted money,\" the lawyer said.")
              .speaker == "Mark Weston");
  }
  SECTION("councillors, lawmakers and congressmen are representatives, whatever the party before them") {
    CHECK(only_quote("Mark Weston, a Conservative councillor, said the plan had failed. \"This is a council "
                     "that has wasted £40m on a failed energy company,\" the councillor said.")
              .speaker == "Mark Weston");
    CHECK(only_quote("Ann Cole, a Republican lawmaker from Ohio, voted against the bill. \"It spends money we "
                     "do not have,\" the lawmaker said.")
              .speaker == "Ann Cole");
    CHECK(only_quote("Senator Mark Weston said the talks had failed. \"This is wasted money,\" the Democratic "
                     "senator said.")
              .speaker == "Mark Weston");
  }
  SECTION("an undeclared councillor is not the person in focus") {
    const auto q = only_quote("Mark Weston said the plan had failed. \"We were never consulted,\" a "
                              "councillor said.");
    CHECK(q.speaker.empty());
    CHECK(q.cue == "said");
  }
}

TEST_CASE("an organization described by its nation speaks as \"the company\" does", "[quotes][attribution]") {
  CHECK(only_quote("Toyota recalled a million cars on Monday. \"Safety is our first priority,\" the Japanese "
                   "company said.")
            .speaker == "Toyota");
  CHECK(only_quote("Volkswagen recalled a million cars on Monday. \"Safety is our first priority,\" the German "
                   "carmaker said.")
            .speaker == "Volkswagen");
  SECTION("a company that opens its sentence with an irregular past is the group that speaks after") {
    CHECK(only_quote("SoftBank sold its entire stake in the chipmaker. The Japanese group said the sale was not "
                     "\"a reflection of Nvidia itself\".")
              .speaker == "SoftBank");
  }
  SECTION("a statement by a nation's government is a cue with no one named") {
    const auto q = only_quote("The Iraqi statement said the United States was \"interfering and pressing to "
                              "augment the number of international staff.\"");
    CHECK(q.speaker.empty());
    CHECK(q.cue == "said");
  }
}

TEST_CASE("\"added\" of a sum is no speech, and leaves the person in focus", "[quotes][attribution]") {
  for (const char* reason : {"arguing it added $1.2 trillion to the deficit", "because it added to the deficit"}) {
    CHECK(only_quote(std::string("Senate Democratic leader Chuck Schumer said his party had won concessions.\n\n"
                                 "Sen. Rand Paul, R-Ky., voted against the bill, ") +
                     reason + ". \"This is how we got to $36 trillion in debt,\" he wrote on social media.")
              .speaker == "Rand Paul");
  }
}

TEST_CASE("who accuses, brands or labels another in quoted words said them", "[quotes][attribution]") {
  const auto accused = only_quote("Kemi Badenoch, the Conservative leader, accused him of \"breaking promise after "
                                  "promise\".");
  CHECK(accused.speaker == "Kemi Badenoch");
  CHECK(accused.cue == "accused");
  CHECK(only_quote("Hasina, speaking in Dhaka on Monday, accused the BNP of resorting to \"terrorism\".").speaker ==
        "Hasina");
  CHECK(only_quote("Mark Weston branded the budget \"a disgrace\" on Tuesday.").speaker == "Mark Weston");
  SECTION("but not one accused of them") {
    const auto q = only_quote("Kemi Badenoch said little. Rishi Sunak was accused of \"lying\" on Monday.");
    CHECK(q.speaker.empty());
  }
}

TEST_CASE("\"the Kremlin spokesman\" is the spokesman the text named so; \"a Kremlin spokesman\" the Kremlin",
          "[quotes][attribution]") {
  const auto q = quotes_in("Kremlin spokesman Dmitry Peskov told reporters the talks were \"at a very early stage\". "
                           "The Kremlin spokesman said the sides were \"far apart\".");
  REQUIRE(q.size() == 2);
  CHECK(q[1].speaker == "Dmitry Peskov");
  CHECK(quotes_in("Cabinet Spokesman Bandula Gunawardena said he would act. The Cabinet spokesman said such "
                  "\"unofficial announcements\" will not be made.")[0]
            .speaker == "Bandula Gunawardena");
  const auto unnamed = quotes_in("Kremlin spokesman Dmitry Peskov spoke on Monday. A Kremlin spokesman later said "
                                 "the sides were \"far apart\".");
  REQUIRE(unnamed.size() == 1);
  CHECK(unnamed[0].speaker == "Kremlin");
}

TEST_CASE("a spokesman named after a comma with a rank's abbreviation speaks himself", "[quotes][attribution]") {
  // As NPR wrote it; without "Sgt." it was his already.
  CHECK(only_quote("Washington State Patrol spokesman, Sgt. Mark Francis, tweeted \u201cGunman captured tonight by "
                   "authorities.\u201d")
            .speaker == "Mark Francis");
  CHECK(only_quote("The unit's commander, Maj. Ann Cole, said \"We held the line.\"").speaker == "Ann Cole");
}

TEST_CASE("the person asked answers in the next quotation", "[quotes][attribution]") {
  SECTION("rather than the person in focus") {
    CHECK(only_quote("Angela Merkel said the talks had gone well. Reporters asked Theresa May about the border "
                     "on Friday. \"We agreed to work together,\" she said.")
              .speaker == "Theresa May");
    CHECK(only_quote("Angela Merkel said the talks had gone well. Police questioned Maria Schmidt for three "
                     "hours. \"I saw nothing,\" she said.")
              .speaker == "Maria Schmidt");
  }
  SECTION("not one asked to do something") {
    CHECK(only_quote("Angela Merkel said the talks had gone well. She asked Theresa May to sign the treaty. "
                     "\"We agreed to work together,\" she said.")
              .speaker == "Angela Merkel");
  }
  SECTION("not when the asking is what a speaker reports") {
    CHECK(only_quote("Reporters asked Prime Minister John Major about the vote, Foreign Secretary Malcolm "
                     "Rifkind said. \"We have the votes,\" he said.")
              .speaker == "Malcolm Rifkind");
  }
}

TEST_CASE("a pronoun keeps its referent when the sex agrees or is not known", "[quotes][attribution]") {
  SECTION("the person who spoke last, though another of that sex was named since") {
    const auto q = quotes_in("Angela Merkel said the talks had gone well. She met Emmanuel Macron and Olaf Scholz "
                             "later. \"We agreed to work together,\" she said.");
    REQUIRE(q.size() == 1);
    CHECK(q[0].speaker == "Angela Merkel");
  }
  SECTION("a first name given to both sexes tells nothing") {
    CHECK(only_quote("Lindsay Davenport met Jana Novotna at the charity event on Friday. \"We had fun,\" she said.")
              .speaker == "Lindsay Davenport");
  }
  SECTION("a single speaker with no cue of sex") {
    const auto q = quotes_in("Kovacs said the mine would close. \"There is no other way,\" she added.");
    REQUIRE(q.size() == 1);
    CHECK(q[0].speaker == "Kovacs");
  }
  SECTION("a quotation over several paragraphs") {
    const auto q = quotes_in("\"We will rebuild,\" Mayor Sarah Whitlock said.\n"
                             "\"Every family will be housed by Christmas. Nobody will be left behind.\n\n"
                             "\"The council will meet the insurers next week,\" she said.");
    REQUIRE(q.size() == 3);
    for (const auto& quote : q) CHECK(quote.speaker == "Sarah Whitlock");
  }
}

TEST_CASE("a pronoun that fits no one nearby has no speaker", "[quotes][attribution]") {
  SECTION("no woman nearby: not the man in focus") {
    CHECK(only_quote("John Smith met Peter Brown in London. \"We agreed,\" she said.").speaker.empty());
  }
  SECTION("no one in focus: not a person named after the sentence's start") {
    CHECK(only_quote("The coach praised striker Harry Kane after the match. \"He was outstanding,\" he said.")
              .speaker.empty());
  }
  SECTION("not a person named before a speaker who is only described") {
    CHECK(only_quote("Mr Evans was arrested at the scene. A police spokesman said the man was known to them. "
                     "\"He was shouting,\" he said.")
              .speaker.empty());
  }
  SECTION("not a plural noun that opened an earlier sentence") {
    const auto q = only_quote("Traders said prices would rise. \"Demand is strong,\" he said.");
    CHECK(q.speaker.empty());
  }
  SECTION("not a name the tagger found to be an organization or a place") {
    CHECK(only_quote("The New York Times said on Monday the deal was near. A spokesman for the exchange would not "
                     "comment. \"We look at unusual activity,\" he said.")
              .speaker.empty());
    const auto q = quotes_in("Gulf Oil said on Monday prices had fallen. \"Demand is short,\" said one trader. "
                             "\"The Indians have bought three cargoes,\" he added.");
    REQUIRE(q.size() == 2);
    CHECK(q[1].speaker.empty());
  }
}

TEST_CASE("a pronoun right after an organization's speech is its spokesperson", "[quotes][attribution]") {
  SECTION("he, with no person to refer to") {
    const auto q = only_quote(
        "Softbank Corp said on Friday that it would procure $900 million through the foreign exchange market by "
        "September 5 as part of its acquisition of U.S. firm, Kingston Technology Co.\n"
        "\"It is in the contract that we pay (Kingston) $900 million by September 5,\" he said, adding that "
        "Softbank had already started making forward transactions to buy dollars.");
    CHECK(q.speaker == "Softbank Corp");
    CHECK(q.cue == "said");
  }
  SECTION("it, for an organization or a country") {
    CHECK(only_quote("Mentmore Abbey said on Tuesday that merger discussions were taking place with the board of "
                     "British Data Management.\nBut it noted in a brief statement: \"However, it is too early to "
                     "say at this stage whether or not terms can be agreed.\"")
              .speaker == "Mentmore Abbey");
    CHECK(only_quote("China said many countries had compromised to complete the treaty.\n\"The completion of the "
                     "test ban treaty would be an important and practical step,\" it said.")
              .speaker == "China");
  }
  SECTION("not after a sentence between") {
    CHECK(only_quote("Softbank Corp said on Friday that it would buy a US memory maker. The deal was the "
                     "largest of the year. \"We pay by September 5,\" he said.")
              .speaker.empty());
  }
  SECTION("it is no person") {
    CHECK(only_quote("Prime Minister John Howard said on Friday the budget was sound. \"Rising confidence will "
                     "follow,\" it said.")
              .speaker.empty());
  }
}

TEST_CASE("titles and common first names tell a person's sex, in any case", "[quotes][lexicon]") {
  using namespace lede::quotes;
  CHECK(sex_cue("Mrs") == kFemale);
  CHECK(sex_cue("spokeswoman") == kFemale);
  CHECK(sex_cue("MARY") == kFemale);
  CHECK(sex_cue("Sir") == kMale);
  CHECK(sex_cue("John") == kMale);
  CHECK(sex_cue("Miss") == kFemale);
  CHECK(sex_cue("miss") == 0);  // the verb: "will miss Smith"
  CHECK(sex_cue("Celine") == kFemale);
  CHECK(sex_cue("Todd") == kMale);
  CHECK(sex_cue("Alex") == 0);  // given to both
  CHECK(sex_cue("Lindsay") == 0);
  CHECK(sex_cue("Terry") == 0);
  CHECK(sex_cue("chairman") == 0);
  CHECK(sex_cue("said") == 0);
  CHECK(sex_cue("") == 0);
  CHECK(sex_cue("Ren\xC3\xA9") == 0);
  CHECK(sex_cue(std::string(40, 'a')) == 0);
}

TEST_CASE("an unnamed source keeps its cue: \"a fisherman in Brest tells\", \"One, who asked not to be named, said\"",
          "[quotes][attribution]") {
  const auto fisherman =
      only_quote("10:15 GMT \xE2\x80\x94 \"It's the worst I've seen in 30 years,\" a fisherman in Brest tells "
                 "@franceinfo.");
  CHECK(fisherman.speaker.empty());
  CHECK(fisherman.cue == "tells");
  const auto resident = only_quote("\"The water came in at night,\" an elderly resident said.");
  CHECK(resident.speaker.empty());
  CHECK(resident.cue == "said");
  const auto mp = only_quote("Labour MPs were divided. One, who asked not to be named, said: "
                             "\xE2\x80\x98We were promised growth. Where is it?\xE2\x80\x99");
  CHECK(mp.speaker.empty());
  CHECK(mp.cue == "said");
  // An object or a noun phrase inside the clause is no subject: the participle keeps the sentence's.
  const auto liam = only_quote("Liam caught a taxi back to London saying he had \"problems at home\".");
  CHECK(liam.speaker == "Liam");
  // A phrase after the source's noun: "close to", "familiar with", "of them"; "one" after a quote.
  for (const char* text : {"\"We are close to a deal,\" a source close to the talks said.",
                           "\"We are close to a deal,\" sources familiar with the matter said.",
                           "\"We are close to a deal,\" a diplomat in the capital said.",
                           "Traders met on Monday. \"We are close to a deal,\" one of them said.",
                           "\"We are close to a deal,\" one said.",
                           "\"We are close to a deal,\" a person familiar with the matter said.",
                           "\"We are close to a deal,\" said a person with knowledge of the plans.",
                           "\"We are close to a deal,\" said people familiar with the matter.",
                           "\"We are close to a deal,\" said officials."}) {
    const auto q = only_quote(text);
    INFO(text);
    CHECK(q.speaker.empty());
    CHECK(q.cue == "said");
  }
  // An organization by its kind: its cue, no person.
  CHECK(only_quote("A resolution released by the council called for \"halting contacts\".").speaker.empty());
  // Not a person's nor an organization's noun: no source.
  CHECK(only_quote("A resolution released by the summit called for \"halting contacts\".").cue.empty());
  // An organization the text does not name speaks for no person: its cue stands, the last speaker does not.
  const auto statement = quotes_in("Jane Doe runs the port. \"We are thrilled,\" Doe said.\n\"It was a mistake,\" the "
                                   "statement said.");
  REQUIRE(statement.size() == 2);
  CHECK(statement[1].speaker.empty());
  CHECK(statement[1].cue == "said");
}

TEST_CASE("after a quotation, \"said\" and an indefinite subject is someone unnamed, whatever follows",
          "[quotes][attribution]") {
  // Sentences of corpus10: a noun that is no role, a capitalized word among the modifiers, "an", "another".
  for (const char* text : {"\"It's madness,\" said an analyst at a Madrid brokerage, adding that the market had "
                           "overreacted to the news.",
                           "\"Besides the Tankan, there's nothing really until the U.S. jobs numbers,\" said a UK "
                           "bank corporate dealer.",
                           "\"They are probably saying 25 or 30 percent,\" said one Sydney media analyst who "
                           "declined to be named.",
                           "\"At the Olympics water was only a dollar,\" said one incredulous fan, noting that "
                           "prices were high.",
                           "\"They are still a major concern,\" said another diplomat.",
                           "\"It is just desserts for all the drunkards,\" said a woman who worked in the local "
                           "market.",
                           "\"It is just desserts for all the drunkards\", said a woman who worked in the local "
                           "market."}) {
    const auto q = only_quote(text);
    INFO(text);
    CHECK(q.speaker.empty());
    CHECK(q.cue == "said");
  }
  // A name after the words still names the speaker: "a cheery Hingis".
  const auto hingis = quotes_in("Martina Hingis won 6-1 6-0.\n\"It was very hot,\" said a cheery Hingis.");
  REQUIRE(hingis.size() == 1);
  CHECK(hingis[0].speaker == "Hingis");
  // Not after a quotation, "said a" opens what was said: "a new plant" is no subject.
  const auto plant = only_quote("Jane Doe, who runs the port, said a new plant would \"transform the town\".");
  CHECK(plant.speaker == "Jane Doe");
  CHECK(plant.cue == "said");
}

TEST_CASE("\"the Briton\", \"the 30-year-old Swede\": a person described by nation is the person in focus",
          "[quotes][attribution]") {
  // Sentences of corpus10 (#995, #534): a demonym, which the tagger takes for MISC, names no one by itself.
  const auto bruno = only_quote(
      "Former world heavyweight champion Frank Bruno has quit the ring on medical advice, Britain's Sun newspaper "
      "reported on Friday.\nAn eye specialist told the 35-year-old Bruno that he could be blinded in one eye if he "
      "boxed again, the newspaper said.\nThe Briton, who lost his World Boxing Council (WBC) title to Mike Tyson in "
      "March, said: \"I was in shock as soon as he told me.\"");
  CHECK(bruno.speaker == "Bruno");
  CHECK(bruno.cue == "said");
  const auto edberg = only_quote(
      "Stefan Edberg produced some of his vintage best on Tuesday to topple Wimbledon champion Richard Krajicek.\n"
      "Edberg turned back the clock with a 6-3 6-3 6-3 victory over the fifth-seeded Dutchman.\n"
      "\"It's a win that I can be proud of,\" said the 30-year-old Swede, winner of two U.S. Opens.");
  CHECK(edberg.speaker == "Edberg");
  const auto hingis = only_quote("Martina Hingis beat Angeles Montolio of Spain 6-1 6-0.\n"
                                 "\"It was very hot,\" said the 15-year-old Swiss.");
  CHECK(hingis.speaker == "Martina Hingis");
  SECTION("a plural is a group, no one in particular: the cue stands") {
    const auto iraqis = only_quote("Seven Iraqis who seized a Sudanese airliner were on Friday charged with hijack.\n"
                                   "The Iraqis claimed they were \"ordinary people persecuted by the regime\".");
    CHECK(iraqis.speaker.empty());
    CHECK(iraqis.cue == "claimed");
  }
  SECTION("a demonym before a name is no subject") {
    const auto statement = only_quote("\"Such a treaty will help,\" said the British Foreign Office statement.");
    CHECK(statement.speaker.empty());
  }
  SECTION("another name the tagger calls MISC is no one described by nation") {
    const auto bible = only_quote("Pastor John Smith spoke on Sunday.\n\"Love thy neighbour,\" the Bible says.");
    CHECK(bible.speaker != "John Smith");
  }
}

TEST_CASE("a run of which the tagger took the last word for a nationality is no person in focus",
          "[quotes][attribution]") {
  // corpus10 #458: "Federal Yugoslav" opened a sentence and was taken for a person, whom "the party official"
  // and then "he" were read as.
  const auto q = quotes_in("Federal Yugoslav elections are due on November 3.\nThe party official said the union's "
                           "figure was exaggerated.\n\"But there were more observers and passers by,\" he said.\n");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.empty());
}

TEST_CASE("a dash and a name after a closed quotation give its speaker", "[quotes][attribution]") {
  const auto q = quotes_in("Jane Doe runs the port.\n\"Prices will rise.\" \xE2\x80\x94 Jane Doe, chief executive\n");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Jane Doe");
  CHECK(q[0].cue == "\xE2\x80\x94");
  // A dash into the sentence goes on with it: no speaker from there.
  const auto on = quotes_in("Jane Doe runs the port.\n\"Prices will rise\" \xE2\x80\x94 Jane Doe warned of that in May.\n");
  REQUIRE(on.size() == 1);
  CHECK(on[0].cue != "\xE2\x80\x94");
}

TEST_CASE("a cue with no subject is a noun: the person opening its sentence stays in focus",
          "[quotes][attribution]") {
  const auto q = quotes_in("Health Minister Helen Carver has rejected claims that her department hid the true length "
                           "of waiting lists.\n"
                           "The report, compiled by NHS auditors, says some trusts moved patients to "
                           "\"administrative lists\".\n"
                           "\"I have asked for a full investigation,\" she said.\n");
  REQUIRE(q.size() == 2);
  CHECK(q[1].speaker == "Helen Carver");
  // corpus10 #696: "Allen declined to give say who would be subpoenaed."
  const auto allen = quotes_in("\"We can subpoena anyone,\" spokesman John Allen told Reuters.\n"
                               "Former president F.W. De Klerk said he had received no co-operation.\n"
                               "Allen declined to give say who would be subpoenaed.\n"
                               "\"At the moment we have a preliminary list,\" he said.\n");
  REQUIRE(allen.size() == 2);
  CHECK(allen[1].speaker == "Allen");
}

TEST_CASE("a quotation with no cue that opens a sentence and ends the paragraph is the person in focus's",
          "[quotes][attribution]") {
  const auto q = quotes_in("\"You can't do that against a team like Rovers,\" Weston said.\n"
                           "He said his players were \"devastated\" but insisted the season was not over. \"We're "
                           "still in the league race. We have to pick ourselves up by Wednesday.\"\n");
  REQUIRE(q.size() == 3);
  CHECK(q[2].speaker == "Weston");
  // Not after a quotation in its paragraph, which it goes on with.
  const auto after = quotes_in("Northwind Airways apologised on Sunday.\n\"We apologise to all customers,\" the "
                               "airline said in a statement. \"The safety of our passengers is our priority.\"\n");
  REQUIRE(after.size() == 2);
  CHECK(after[1].speaker == after[0].speaker);
  // Not one the sentence goes on after: "“No,” came the reply from the back".
  const auto on = quotes_in("Weston said the season was not over. \"No,\" came the reply from the back of the room.\n");
  REQUIRE(on.size() == 1);
  CHECK(on[0].speaker.empty());
}

TEST_CASE("a surname the tagger found opening a sentence puts its person in focus", "[quotes][attribution]") {
  const std::string turns =
      "\"There wasn't any shouting,\" Okonjo said.\n"
      "Fernández, signed from Real Betis in the summer, scored the winner in stoppage time.\n"
      "\"Honestly, I didn't see it go in,\" the Spaniard said.\n";
  const auto q = quotes_in("Mark Hollis spoke alongside captain Leah Okonjo and striker Maria Fernández.\n" + turns);
  REQUIRE(q.size() == 2);
  CHECK(q[1].speaker == "Fernández");
  // Not its possessive: "Date's defeat left" is not about Date.
  const auto date = quotes_in("Steffi Graf beat Kimiko Date on Tuesday.\nDate's defeat left no seeds in the draw.\n"
                              "\"I felt a little nervous,\" she admitted.\n");
  REQUIRE(date.size() == 1);
  CHECK(date[0].speaker != "Date");
}

TEST_CASE("particles one after another are part of the name", "[quotes][attribution]") {
  const auto q = quotes_in("Her co-lead was Professor José Luis de la Fuente of La Paz hospital in Madrid.\n"
                           "\"When the numbers came in, we checked them three times,\" said Professor de la Fuente.\n");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "de la Fuente");
  // corpus10 #1179: the speaker is written with both particles.
  CHECK(only_quote("\"We don't support any such recommendation,\" IMF spokesman Nikolaus van der Pas told reporters.")
            .speaker == "van der Pas");
}

TEST_CASE("a description after the verb and before a possessive is what was said about, not the speaker",
          "[quotes][attribution]") {
  const auto q = quotes_in("The prime minister, Robert Ashdown, backed Health Minister Helen Carver.\n"
                           "Labour's health spokeswoman, Priya Nair, said the minister's position was "
                           "\"untenable\".\n");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Priya Nair");
}

TEST_CASE("a person introduced as \"a\" or \"another\" with a role is the one the role and pronoun refer to next",
          "[quotes][attribution]") {
  const std::string before =
      "\"It is a painful decision,\" said the company's chief executive, Hannah Corrigan.\n";
  SECTION("\"the executive\" after \"a senior executive\" spoke") {
    const auto q = quotes_in(before +
                             "But a senior executive, who asked not to be named, said the list could grow.\n"
                             "\"Forty is the number for now,\" the executive said.\n");
    REQUIRE(q.size() == 2);
    CHECK(q[1].speaker.empty());
    CHECK(q[1].cue == "said");
  }
  SECTION("\"the manager\" after \"a store manager\" spoke") {
    const auto q = quotes_in(before +
                             "A store manager in Wrexham, one of the towns affected, said staff had been told.\n"
                             "\"People were crying,\" said the manager, who has worked for the chain for 19 years.\n");
    REQUIRE(q.size() == 2);
    CHECK(q[1].speaker.empty());
  }
  SECTION("\"he\" after a sentence that opens with \"Another analyst\"") {
    const auto q = quotes_in("\"That was never going to work,\" said Oliver Stent, an analyst at Peel Hunt.\n"
                             "Another analyst, who covers the sector for a large American bank, was more blunt.\n"
                             "\"They have run out of road,\" he said.\n");
    REQUIRE(q.size() == 2);
    CHECK(q[1].speaker.empty());
  }
  SECTION("not \"she\" after an unnamed one spoke of a person the text names") {
    // corpus10 #116
    const auto q = quotes_in("Mother Teresa was in intensive care.\n"
                             "But an attending doctor said Mother Teresa, who turns 86 next Tuesday, was conscious.\n"
                             "When in 1979 she was told she had won the Nobel Peace Prize, she said: \"I am unworthy.\"\n");
    REQUIRE(q.size() == 1);
    CHECK(q[0].speaker == "Mother Teresa");
  }
}

TEST_CASE("\"According to\" opening a sentence is its cue", "[quotes][attribution]") {
  const auto q = quotes_in("Finance Minister Pieter Hendrickx defended the sale on Monday.\n"
                           "According to Hendrickx, the proceeds would go \"entirely\" to paying down debt.\n");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Hendrickx");
  CHECK(q[0].cue == "According to");
  // corpus10 #298: someone unnamed.
  const auto unnamed = quotes_in("According to a senior campaign official, Clinton \"will be making a lot of news in "
                                 "the coming week\".\n");
  REQUIRE(unnamed.size() == 1);
  CHECK(unnamed[0].speaker.empty());
  CHECK(unnamed[0].cue == "According to");
}

TEST_CASE("an Arabic name's article in lower case is part of the speaker's name", "[quotes][attribution]") {
  // "al-Ansari" read as a lower-case word ended the name before "said": no speaker.
  const auto q = quotes_in(
      "Qatar's foreign ministry spokesman Majed al-Ansari said mediators were \"continuing their efforts\".");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Majed al-Ansari");
}

TEST_CASE("\"According to him,\" is who spoke, as \"he said\" is", "[quotes][attribution]") {
  // Nigerian papers' way: was no one's.
  const auto q = quotes_in(
      "The Governor of Ogun State, Dapo Abiodun, said the policy had improved productivity.\n\n"
      "According to him, \"Our workers are happier and more productive.\"\n\n"
      "Amina Bello, a teacher, said the rise came late. According to her, \"Prices rose first.\"\n\n"
      "According to her lawyer, \"The case is closed.\"");
  REQUIRE(q.size() == 3);
  CHECK(q[0].speaker == "Dapo Abiodun");
  CHECK(q[1].speaker == "Amina Bello");
  CHECK(q[2].speaker.empty());  // her lawyer, whom the text does not name
}

TEST_CASE("\"revealed\" is a cue; an email speaks for who sent it, an airline for itself", "[quotes][attribution]") {
  CHECK(only_quote("Kelly Marsh returns to screens next week.\n'Sue Nicholls sent me flowers every single week,' "
                   "she revealed.\n")
            .speaker == "Kelly Marsh");
  const auto email = quotes_in("Isavia, which runs the airport, said in an email that staff had handed out water.\n"
                               "\"Airport staff assisted passengers throughout the night,\" the email said.\n");
  REQUIRE(email.size() == 1);
  CHECK(email[0].speaker == "Isavia");
  const auto airline = only_quote("\"We apologise to all customers,\" the airline said in a statement.");
  CHECK(airline.speaker.empty());
  CHECK(airline.cue == "said");
}

TEST_CASE("a title in French or Spanish, with its small words, is nobody's words", "[quotes][attribution]") {
  // corpus10 #705
  CHECK(quotes_in("Geronimo finally surrendered to General Nelson Miles.\n"
                  "He wrote a jazz ballet \"La Creation du Monde\" and scores for many films.\n")
            .empty());
}

TEST_CASE("a name after the words that open a sentence puts its person in focus", "[quotes][attribution]") {
  const std::string before = "\"People ask me if I'm sad,\" Duncan MacRae said.\n"
                             "\"You'll see,\" said Alasdair Beaton, a crofter.\n";
  SECTION("after a phrase and a comma") {
    const auto q = quotes_in(before + "Back at the slipway, MacRae finished his rope and finally stood up.\n"
                                      "\"That's where I was born,\" he said.\n");
    REQUIRE(q.size() == 3);
    CHECK(q[2].speaker == "MacRae");
  }
  SECTION("after \"But\"") {
    // corpus10 #672
    const auto q = quotes_in("Steffi Graf beat Yayuk Basuki on Tuesday.\n"
                             "Fifth-seed Iva Majoli of Croatia was picked off by Judith Wiesner.\n"
                             "But Graf, winner of 20 Grand Slam titles, was not about to join that list.\n"
                             "\"At some points I felt a little nervous,\" she admitted.\n");
    REQUIRE(q.size() == 1);
    CHECK(q[0].speaker == "Graf");
  }
}

TEST_CASE("\"the minister\" is not the prime minister, nor the reverse", "[quotes][attribution]") {
  const auto q = quotes_in("Health Minister Helen Carver has rejected claims that her department hid waiting lists.\n"
                           "The prime minister, Robert Ashdown, gave his backing to Carver on Tuesday.\n"
                           "\"I want Dame Ruth to have access to everything,\" the minister said.\n"
                           "\"We will follow the evidence,\" the prime minister said.\n");
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker == "Carver");
  CHECK(q[1].speaker == "Robert Ashdown");
}

TEST_CASE("a sentence opening with a description puts the person it refers to in focus", "[quotes][attribution]") {
  const auto q = quotes_in("Health Minister Helen Carver has rejected claims that her department hid waiting lists.\n"
                           "Labour's health spokeswoman, Priya Nair, said the claims were serious.\n"
                           "The minister had denied any knowledge of the practice when questioned by MPs last month. "
                           "\"Patients deserve the truth,\" she said.\n");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Helen Carver");
}

TEST_CASE("a one-word name after a possessive's words opening a sentence is no new person", "[quotes][attribution]") {
  const auto q = quotes_in("SOAP STAR'S HEARTBREAK: 'I thought I'd lost everything'\n\n"
                           "Coronation Street favourite Kelly Marsh has told how she feared she would never act again.\n\n"
                           "'There were days I just sobbed,' Kelly admitted.\n");
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker == "Kelly Marsh");
}

TEST_CASE("\"the 24-year-old\": a person described by age is the person in focus", "[quotes][attribution]") {
  const std::string before = "\"It was a professional performance,\" City manager Pep Guardiola said.\n"
                             "Haaland, who now has 14 goals this season, said he felt sharper than at any time.\n";
  CHECK(quotes_in(before + "\"I feel good, I feel fresh,\" the 24-year-old said.\n")[1].speaker == "Haaland");
  CHECK(quotes_in(before + "\"I feel good,\" said the 24-year-old, who signed in 2022.\n")[1].speaker == "Haaland");
}

TEST_CASE("\"the airline said\" after a sentence an organization opens is that organization", "[quotes][attribution]") {
  const auto q = quotes_in("Northwind Airways has apologised to more than 300 passengers stranded in Reykjavik.\n"
                           "\"We sincerely apologise to all customers,\" the airline said in a statement.\n");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Northwind Airways");
  // Not one a sentence between has left.
  const auto later = quotes_in("Northwind Airways has apologised to more than 300 passengers stranded in Reykjavik.\n"
                               "Several passengers were left without food for eight hours.\n"
                               "\"We sincerely apologise,\" the airline said.\n");
  REQUIRE(later.size() == 1);
  CHECK(later[0].speaker.empty());
  // A utility, a carmaker, a lender: what a business story calls the company.
  const auto utility = quotes_in(
      "Eskom CEO Dan Marokane said the utility would study the decision. In a statement, Eskom said it had asked for "
      "R447bn. \u201cThe revenue shortfall will have to be closed through efficiencies,\u201d the utility said.\n");
  REQUIRE(utility.size() == 1);
  CHECK(utility[0].speaker == "Eskom");
}

TEST_CASE("\"the brokerage said\" is the firm whose analysts spoke; \"the company\" the one its chief runs",
          "[quotes][attribution]") {
  const std::string text =
      "MUMBAI: Shares of Tata Steel rose as much as 6% on Thursday.\n\n"
      "Analysts at Motilal Oswal said the plan would lift margins. \u201cWe see Europe turning EBITDA-positive by "
      "FY27,\u201d the brokerage said in a note.\n\n"
      "Tata Steel chief executive T V Narendran told analysts on a call: \u201cThe worst is behind us.\u201d\n\n"
      "The company said the cuts would not affect output. \u201cWe remain committed to decarbonisation,\u201d the "
      "company said in a statement.\n";
  const auto q = quotes_in(text);
  REQUIRE(q.size() == 3);
  CHECK(q[0].speaker == "Motilal Oswal");  // was none
  CHECK(q[1].speaker == "T V Narendran");
  CHECK(q[2].speaker == "Tata Steel");  // was none
  // A bank by its name is "the lender" (not one named in a quotation after it).
  const auto lender = quotes_in(
      "Steel prices weighed on the sector. Economists at HDFC Bank cut their forecast on Friday.\n\n"
      "\u201cDemand from Tata Motors remains soft,\u201d the lender said in a report.\n");
  REQUIRE(lender.size() == 1);
  CHECK(lender[0].speaker == "HDFC Bank");
  // Not another kind: the regulator is not the company it fined.
  const auto regulator = quotes_in(
      "Shares of Adani Ports fell after the Securities and Exchange Board of India fined Tata Steel.\n\n"
      "\u201cThe disclosures were late,\u201d the regulator said.\n");
  REQUIRE(regulator.size() == 1);
  CHECK(regulator[0].speaker.empty());
}

TEST_CASE("a church's titles describe speakers: \"the archbishop said\", \"the bishop said\"", "[quotes][attribution]") {
  const auto q = quotes_in(
      "The Archbishop of Canterbury, Sarah Mullally, has criticised the plan.\n\n"
      "\u201cThis is not the mark of a compassionate society,\u201d the archbishop said in a sermon.\n\n"
      "Bishop Rowan Pike of Durham agreed. \u201cWe cannot balance the books on the backs of the sick,\u201d the "
      "bishop said.\n");
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker == "Sarah Mullally");  // was no cue
  CHECK(q[1].speaker == "Rowan Pike");      // was no cue
}

TEST_CASE("\"and I quote\" quotes the sentence's subject, unnamed when known by a tie to another",
          "[quotes][attribution]") {
  const auto q = quotes_in(
      "Kemi Badenoch said the party would change course. Her predecessor was blunter, and I quote: \u201cWe lost "
      "because we deserved to.\u201d\n");
  REQUIRE(q.size() == 1);
  CHECK(q[0].cue == "quote");
  CHECK(q[0].speaker.empty());  // not Badenoch
  CHECK(only_quote("Kemi Badenoch went further, and I quote: \"We lost because we deserved to.\"").speaker ==
        "Kemi Badenoch");
}

TEST_CASE("\"When I put this to a serving minister, she laughed\": \"she\" is the one unnamed",
          "[quotes][attribution]") {
  const auto q = quotes_in(
      "Kemi Badenoch said the party would change course on net zero.\n\n"
      "When I put this to a serving minister, she laughed. \u201cArchbishops don't win elections,\u201d she said.\n");
  REQUIRE(q.size() == 1);
  CHECK(q[0].cue == "said");
  CHECK(q[0].speaker.empty());  // was Kemi Badenoch
  // Not someone the writer did not meet: the person in focus is "she".
  const auto met = quotes_in(
      "Kemi Badenoch said the party would change course on net zero.\n\n"
      "After meeting a serving minister, she laughed. \u201cMinisters don't win elections,\u201d she said.\n");
  REQUIRE(met.size() == 1);
  CHECK(met[0].speaker == "Kemi Badenoch");
}

TEST_CASE("\"Mackinnon's neighbour, Jean Ferguson, relies\": the person the possessive's tie names is in focus",
          "[quotes][attribution]") {
  const auto q = quotes_in(
      "Callum Mackinnon has carried passengers across the loch for forty years. \"I'm not daft,\" he says.\n\n"
      "Mackinnon's neighbour, Jean Ferguson, 83, relies on the boat to reach her GP. \"Without Callum I'd be "
      "stuck,\" she says.\n");
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker == "Callum Mackinnon");
  CHECK(q[1].speaker == "Jean Ferguson");  // was Callum Mackinnon
}

TEST_CASE("\"said a detective had told her\": the one unnamed in the reported clause spoke", "[quotes][attribution]") {
  const auto q = quotes_in(
      "Sandra Ruiz lost her brother in the fire. Ms Ruiz said a detective had told her, \"We're doing everything we "
      "can.\"\n");
  REQUIRE(q.size() == 1);
  CHECK(q[0].cue == "told");
  CHECK(q[0].speaker.empty());  // was Sandra Ruiz
  // "My mum said to me once": someone known by a tie to the speaker.
  const auto mum = quotes_in("Olivia Colman still gets stage fright. My mum said to me once, \"If you stop being "
                             "nervous, stop doing it.\"\n");
  REQUIRE(mum.size() == 1);
  CHECK(mum[0].cue == "said");
  CHECK(mum[0].speaker.empty());  // was no cue
}

TEST_CASE("\"A Shell spokesperson declined to comment, but said\": the organization speaks through the second verb",
          "[quotes][attribution]") {
  const auto q = quotes_in(
      "Shell is considering selling its onshore oil assets in Nigeria.\n\n"
      "A Shell spokesperson declined to comment on \"market rumours\", but said the company \"regularly reviews its "
      "portfolio\".\n");
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker == "Shell");  // was none
  CHECK(q[1].speaker == "Shell");
}

TEST_CASE("\"What I'd say is this:\" names no one called I'd", "[quotes][attribution]") {
  const auto q = quotes_in(
      "LAURA KUENSSBERG: Will you hit the target?\n\n"
      "WES STREETING: What I'd say to your viewers is this: \"We will hit that target.\" I've said it before.\n\n"
      "KUENSSBERG: Thank you.\n\nSTREETING: Thank you, Laura.\n");
  bool found = false;
  for (const auto& quote : q) {
    if (quote.text != "We will hit that target.") continue;
    found = true;
    CHECK(quote.speaker != "I'd");  // was "I'd", read as a name
  }
  CHECK(found);
}

TEST_CASE("\"the club said\" is the club the sentence opens with; a quotation after it is not the club's",
          "[quotes][attribution]") {
  const auto q = quotes_in(
      "Arsenal have dismissed academy coach Gary Whitfield following complaints from parents, the club confirmed on "
      "Tuesday.\n\n"
      "In a statement, the club said: \u201cThe individual is no longer employed by the club.\u201d\n\n"
      "\u201cWe were ignored for months.\u201d That was the verdict of one mother, who asked not to be named.\n\n"
      "\u201cIt should have happened a year ago.\u201d That is the view of Dave Ellis, chairman of the supporters' "
      "trust.\n");
  REQUIRE(q.size() == 3);
  CHECK(q[0].speaker == "Arsenal");  // was none
  CHECK(q[1].cue == "verdict");
  CHECK(q[1].speaker.empty());  // not Arsenal's, whose statement came before
  CHECK(q[2].speaker == "Dave Ellis");
  // Not an organization opening a sentence of which it is no subject.
  const auto shares = quotes_in(
      "Apple said on Monday it would cut prices.\n\nSamsung shares fell 3% in Seoul.\n\n"
      "\"We do not comment on rumours,\" the company said.\n");
  REQUIRE(shares.size() == 1);
  CHECK(shares[0].speaker != "Samsung");
}

TEST_CASE("a club's boss named after the club is the one \"he\" refers to next", "[quotes][attribution]") {
  const auto q = quotes_in(
      "Arsenal manager Mikel Arteta said: \"The way we reacted says everything about this team.\"\n\n"
      "Liverpool boss Arne Slot was unhappy with the penalty decision. \"For me it is never a penalty,\" he told "
      "BBC Sport.\n");
  REQUIRE(q.size() == 2);
  CHECK(q[1].speaker == "Arne Slot");  // was Mikel Arteta
}

TEST_CASE("\"the court said\" is the court named before it", "[quotes][attribution]") {
  const auto q = quotes_in(
      "WASHINGTON \u2014 The justices ruled 9-0 in an unsigned opinion that the law does not violate the First "
      "Amendment, and the Supreme Court upheld it on Friday.\n\n"
      "\u201cThere is no doubt that TikTok offers a distinctive outlet for expression,\u201d the court said.\n");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Supreme Court");  // was none
}

TEST_CASE("\"said the Newcastle manager\" is the one who spoke of Newcastle, though never called its manager",
          "[quotes][attribution]") {
  const auto q = quotes_in(
      "Eddie Howe said Newcastle United \"got what we deserved\" after a 3-0 defeat by Brentford on Saturday.\n\n"
      "Goals from Igor Thiago, Kevin Schade and Mikkel Damsgaard left Newcastle 11th in the table.\n\n"
      "\"We were poor,\" said the Newcastle manager.\n");
  REQUIRE(q.size() == 2);
  CHECK(q[1].speaker == "Eddie Howe");  // was none
  // Of two who spoke, the one whose words named the club first after them.
  const std::string two =
      "Mikel Arteta said Arsenal had been brilliant against Chelsea. \"We were relentless,\" he said.\n\n"
      "Enzo Maresca said Chelsea had been unlucky. \"We had chances,\" he said.\n\n";
  CHECK(quotes_in(two + "\"We were tired,\" said the Arsenal manager.\n")[2].speaker == "Mikel Arteta");
  CHECK(quotes_in(two + "\"We were tired,\" said the Chelsea manager.\n")[2].speaker == "Enzo Maresca");
}

TEST_CASE("a party and state in parentheses before a clause, and a person's spokesperson", "[quotes][attribution]") {
  // The subject before "(D-Calif.), who ..., said": the quotation had no speaker.
  CHECK(only_quote("Rep. Nancy Pelosi (D-Calif.), who has faced criticism over her husband's trades, said in 2021 "
                   "that lawmakers should be able to take part in a \"free market economy.\"")
            .speaker == "Nancy Pelosi");
  // "a Johnson spokesperson": someone unnamed speaking for a person, not the person (was no cue).
  const auto q = quotes_in(
      "House Speaker Mike Johnson has said he is open to a ban. \"We're looking at all the options,\" a Johnson "
      "spokesperson said.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].cue == "said");
  CHECK(q[0].speaker.empty());
}

TEST_CASE("a recorder is a judge, and \"she added\" is hers though the tagger took her for an organization",
          "[quotes][attribution]") {
  const auto q = quotes_in(
      "Leanne Ashworth, 38, from Keynsham, pleaded guilty to 14 counts of theft at Bristol Crown Court.\n\n"
      "Jailing her, Recorder Anna Vigars KC told Ashworth: \"You betrayed the trust of people at the most "
      "vulnerable moment of their lives.\"\n\n"
      "The recorder said she accepted that Ashworth was remorseful. \"But remorse cannot undo the suffering you "
      "caused,\" she added.\n");
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker.find("Anna Vigars") != std::string::npos);
  CHECK(q[1].speaker.find("Anna Vigars") != std::string::npos);  // was Leanne Ashworth
}

TEST_CASE("a feature's present tense: \"describes her as\", \"concedes\", \"jokes\"", "[quotes][attribution]") {
  const auto q = quotes_in(
      "Sarah Okoye started testing the river in 2022.\n\n"
      "Okoye's husband, David Okoye, describes her as \"relentless\". \"She never lets go,\" he jokes.\n\n"
      "Sarah Okoye concedes that \"it took over our lives\".\n");
  REQUIRE(q.size() == 3);
  CHECK(q[0].speaker == "David Okoye");  // was no cue
  CHECK(q[1].cue == "jokes");
  CHECK(q[2].cue == "concedes");
}

TEST_CASE("a titled full name opening a sentence is the person \"he\" refers to next", "[quotes][attribution]") {
  const auto q = quotes_in(
      "George Osborne, the museum's chair, said: \"This is the right thing to do.\"\n\n"
      "Prof Abba Tijani, the director-general of the NCMM, welcomed the decision. \"It has taken far too long, but "
      "today we can say that the bronzes are coming home,\" he said.\n");
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker == "George Osborne");
  CHECK(q[1].speaker == "Abba Tijani");
}

TEST_CASE("a magazine interview's unlabeled answers are the interviewee's", "[quotes][attribution]") {
  const auto q = quotes_in(
      "Nadia Rahimi on fire, failure and her first cookbook\n\n"
      "Nadia Rahimi opened her first restaurant in Leeds in 2017. We spoke to her about where it all began.\n\n"
      "Where did you learn to cook?\n\nIn my grandmother's kitchen in Herat, and then in my mother's kitchen.\n\n"
      "What changed?\n\nI started doing supper clubs. My friend Tom said, \"You know you're allowed to do this for a "
      "living?\" I didn't know that.\n\n"
      "What's next?\n\nSleep, I hope. My team would kill me.\n");
  std::vector<std::string> speakers;
  for (const auto& quote : q) speakers.push_back(quote.speaker);
  CHECK(speakers == std::vector<std::string>{"Nadia Rahimi", "Nadia Rahimi", "Tom", "Nadia Rahimi"});
}

TEST_CASE("an interview's unnamed answers are a person's, not a place's its headline quotes", "[quotes][attribution]") {
  // "Cape Town's water chief" made the city the one attribution met most: the answers were Cape Town's.
  const auto q = quotes_in(
      "Q&A: 'We have to stop treating water as free,' says Cape Town's water chief\n\n"
      "Cape Town nearly ran dry in 2018. We spoke to Xanthea Limberg, the city's mayoral committee member for "
      "water, about droughts and tariffs.\n\n"
      "Q: How close did Cape Town really come to Day Zero?\n\n"
      "A: Closer than most people realise. Dam levels were below 20%.\n\n"
      "Q: What made the difference?\n\n"
      "A: People did. We couldn't have done it with engineering alone.\n");
  REQUIRE(q.size() == 3);
  CHECK(q[1].kind == "qa");
  CHECK(q[1].speaker == "Xanthea Limberg");
  CHECK(q[2].speaker == "Xanthea Limberg");
}

TEST_CASE("\"An ITV spokesperson said\": the organization named before a spokesperson speaks", "[quotes][attribution]") {
  const auto q = quotes_in(
      "The show was taken off air on Monday. An ITV spokesperson said: \"We take these concerns seriously.\"\n\n"
      "A spokesman for Network Rail said: \"We apologise to passengers.\"\n");
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker == "ITV");
  CHECK(q[1].speaker == "Network Rail");
}

TEST_CASE("\"A spokesperson said\" after a sentence an organization opens or speaks in is that organization",
          "[quotes][attribution]") {
  const std::string suspended =
      "Transport for Wales has suspended all services on the Conwy Valley line after a landslip near Llanrwst.\n\n";
  SECTION("before the quotation") {
    const auto q = only_quote(suspended +
                              "A spokesperson said: \"Safety is our top priority and we will reopen the line as soon "
                              "as engineers have cleared the track.\"\n");
    CHECK(q.speaker == "Transport for Wales");
    CHECK(q.cue == "said");
  }
  SECTION("after it, a spokeswoman") {
    CHECK(only_quote(suspended + "\"Safety is our top priority,\" a spokeswoman said.\n").speaker ==
          "Transport for Wales");
  }
  SECTION("after the organization spoke") {
    CHECK(only_quote("Northwind Airways said on Sunday that 14 flights had been cancelled.\n"
                     "\"We apologise to all customers,\" a spokesman said.\n")
              .speaker == "Northwind Airways");
  }
  SECTION("not a spokesperson of another body, nor after a sentence between") {
    CHECK(only_quote(suspended + "\"The road is closed,\" a police spokesman said.\n").speaker.empty());
    CHECK(only_quote(suspended + "Engineers are at the site.\n\n\"Safety is our top priority,\" a spokeswoman "
                                 "said.\n")
              .speaker.empty());
  }
}

TEST_CASE("\"the board says\": the organization named last, when its name ends in that word", "[quotes][attribution]") {
  const std::string keeper =
      "MacRae, 64, was the last of the resident keepers employed by the Northern Lighthouse Board.\n\n"
      "His wife, Morag, is blunter. \"He was married to that light,\" she says.\n\n";
  SECTION("and its spokesperson after it") {
    const auto q = quotes_in(keeper +
                             "The board says automation saves about \xC2\xA3" "250,000 a year per station. \"Safety at "
                             "sea has never been better,\" a spokesperson says.\n");
    REQUIRE(q.size() == 2);
    CHECK(q[1].speaker == "Northern Lighthouse Board");
    CHECK(q[1].cue == "says");
  }
  SECTION("not an organization named before another") {
    const auto q = quotes_in("The World Bank cut its forecast in June. HSBC reported a record profit on Monday.\n\n"
                             "Shares fell 2 percent. \"We expect a slower year,\" the bank said.\n");
    REQUIRE(q.size() == 1);
    CHECK(q[0].speaker.empty());
  }
}

TEST_CASE("a pull quote is the speaker's of the quotation nearby that holds its words", "[quotes][attribution]") {
  const std::string closed =
      "Rail line shut after landslip\n\n"
      "Transport for Wales has suspended all services on the Conwy Valley line after a landslip near Llanrwst.\n\n"
      "Engineers were sent to the site on Tuesday morning, and buses are replacing trains.\n\n";
  const std::string evans =
      "Mark Evans, the operator's chief engineer, said: \xE2\x80\x9CSafety is our top priority. We will reopen the "
      "line as soon as engineers have cleared the track.\xE2\x80\x9D\n\n";
  const std::string rest = "The line was closed for three months in 2021 after flooding.\n";
  SECTION("a sentence of it, set out before it: not the organization in focus") {
    const auto q = quotes_in(closed +
                             "\xE2\x80\x9CWe will reopen the line as soon as engineers have cleared the "
                             "track\xE2\x80\x9D\n\n" +
                             evans + rest);
    REQUIRE(q.size() == 2);
    CHECK(q[0].speaker == "Mark Evans");
    CHECK(q[0].cue == "said");
    CHECK(q[0].repeat);  // counted once, as the quotation that holds it
    CHECK_FALSE(q[1].repeat);
  }
  SECTION("all of it, set out after it") {
    const auto q = quotes_in(closed + evans +
                             "\xE2\x80\x9CSafety is our top priority. We will reopen the line as soon as engineers "
                             "have cleared the track.\xE2\x80\x9D\n\n" +
                             rest);
    REQUIRE(q.size() == 2);
    CHECK(q[1].speaker == "Mark Evans");
  }
  SECTION("words quoted nowhere else are the person in focus's") {
    const auto q = quotes_in("Sergey Lavrov was blunt.\n\n\xE2\x80\x9CThe West has failed.\xE2\x80\x9D\n\n" + evans);
    REQUIRE(q.size() == 2);
    CHECK(q[0].speaker == "Sergey Lavrov");
    CHECK_FALSE(q[0].repeat);
  }
}

TEST_CASE("a quotation running over paragraphs with no cue is the person in focus's", "[quotes][attribution]") {
  const auto q = quotes_in(
      "\xE2\x80\x9CMy body still thinks it\xE2\x80\x99s on watch,\xE2\x80\x9D Angus MacRae says.\n\n"
      "MacRae, 64, was the last of the resident keepers employed by the board.\n\n"
      "\xE2\x80\x9CThe first winter, I thought I\xE2\x80\x99" "d go mad. Eleven weeks without seeing another face.\n\n"
      "\xE2\x80\x9C" "But you learn the sea. You learn that it has moods, like a person.\xE2\x80\x9D\n\n"
      "His wife, Morag, is blunter.\n");
  REQUIRE(q.size() == 3);
  CHECK(q[1].speaker == "MacRae");  // the paragraph before names him so
  CHECK(q[2].speaker == "MacRae");
}

TEST_CASE("a direct quotation broken by its cue goes on in lower case, still direct", "[quotes][attribution]") {
  const auto q = quotes_in(
      "\"Labour will be relieved to have held on,\" she said, \"but a majority cut from 14,000 to under 2,000 is not a "
      "comfortable place to be.\"\n");
  REQUIRE(q.size() == 2);
  CHECK(q[1].kind == "direct");
  // A cue that names the speaker in full, with an organization.
  const auto named = quotes_in(
      "\"We welcome the progress,\" said Rory Deighton of the NHS Confederation, \"but winter will test the "
      "system.\"\n");
  REQUIRE(named.size() == 2);
  CHECK(named[1].kind == "direct");
  CHECK(named[1].speaker == "Rory Deighton");
  // A fragment after a full quotation and another cue is partial.
  const auto fragment = quotes_in("\"We will appeal,\" she said. The ruling was \"a travesty\", she added.\n");
  REQUIRE(fragment.size() == 2);
  CHECK(fragment[1].kind == "partial");
}

TEST_CASE("\"her neighbor had told her\": a person known by their tie to another is unnamed, not the reporter",
          "[quotes][attribution]") {
  const auto q = only_quote(
      "Water poured through a breached levee near Greenville on Saturday.\n\n"
      "Resident Carla Jones, 54, said her neighbor had told her, \"Get out now, the levee's gone,\" before the water "
      "reached her porch.\n");
  CHECK(q.speaker.empty());
  CHECK(q.cue == "told");
  // "she" after the one a sentence opens with so.
  const auto colleague = quotes_in(
      "[00:00:04] HOST: Welcome back. I'm Priya Raman. My guest is Daniel Ofori.\n\n"
      "[00:00:18] HOST: Why are rents still going up?\n\n"
      "[00:00:24] DANIEL OFORI: Supply, mostly. My colleague put it well \xE2\x80\x94 she said, \"We are paying "
      "for the homes we never built.\"\n\n"
      "[00:01:02] HOST: Is there anything the government can do?\n\n"
      "[00:01:06] DANIEL OFORI: Not quickly.\n");
  bool found = false;
  for (const auto& quote : colleague) {
    if (quote.text != "We are paying for the homes we never built.") continue;
    found = true;
    CHECK(quote.speaker.empty());
  }
  CHECK(found);
  // So are customers, patients, passengers.
  const auto customers = quotes_in(
      "Shop owner Ravi Patel said customers had told him: 'If I can't park, I'm not coming.' He added, \"That's my "
      "whole business gone.\"\n");
  REQUIRE(customers.size() == 2);
  CHECK(customers[0].speaker.empty());
  CHECK(customers[1].speaker == "Ravi Patel");
}

TEST_CASE("a sentence of the text quoting the person before its colon is theirs", "[quotes][attribution]") {
  const auto q = only_quote(
      "The Treasury insists nothing has changed.\n\n"
      "Andrew Bailey was blunter. Bailey: \"Markets are telling us something, and we should listen.\"\n");
  CHECK(q.speaker == "Bailey");
  CHECK(q.cue == ":");
}

TEST_CASE("\"the official added\" is the unnamed official of before, not the person in focus now",
          "[quotes][attribution]") {
  const auto q = quotes_in(
      "The Treasury insists nothing has changed. A senior official put it to me this way: \"The fiscal rules are "
      "the fiscal rules.\"\n\n"
      "Andrew Bailey was blunter. Bailey: \"Markets are telling us something.\"\n\n"
      "\"Nobody,\" the official added, \"wants a repeat of 2022.\"\n");
  REQUIRE(q.size() == 4);
  CHECK(q[1].speaker == "Bailey");
  CHECK(q[2].speaker.empty());
  CHECK(q[2].cue == "added");
  CHECK(q[3].speaker.empty());
}

TEST_CASE("an organization named by its kind speaks, unnamed, not the person named before", "[quotes][attribution]") {
  for (const std::string head : {"council", "operator", "club", "regulator", "charity"}) {
    const auto q = only_quote("Resident Jane Smith, 54, said the road had flooded twice.\n\n"
                              "\"We are working hard to fix it,\" the " + head + " said.");
    CHECK(q.cue == "said");  // the quotation had no cue
    CHECK(q.speaker.empty());
  }
}

TEST_CASE("an organization whose name holds a lower-case word speaks by its whole name", "[quotes][attribution]") {
  CHECK(only_quote("\"Safety is our priority,\" Transport for Wales said.").speaker == "Transport for Wales");
  CHECK(only_quote("\"Rates will stay,\" the Bank of England said.").speaker == "Bank of England");
  // And "the company" after it is that organization.
  const auto later = quotes_in(
      "Workers failed to report for work, mine managers Gold Fields of South Africa Ltd said on Friday.\n"
      "\"Discussions are continuing,\" the company said in a statement.");
  REQUIRE(later.size() == 1);
  CHECK(later[0].speaker == "Gold Fields of South Africa Ltd");
  // Opening a sentence that is no speech, it is in focus.
  const auto focus = quotes_in("Transport for Wales has suspended all services on the line until Monday.\n\n"
                               "\"Safety is our priority,\" the operator said.");
  REQUIRE(focus.size() == 1);
  CHECK(focus[0].speaker == "Transport for Wales");
}

TEST_CASE("\"she\" far from any name is the one woman the text names, where everyone else is a man",
          "[quotes][attribution]") {
  const std::string obituary =
      "Dame Margaret Hollis, who became Britain's first female consultant cardiac surgeon, has died aged 91.\n\n"
      "\"She never accepted that something could not be done,\" said Professor Sir Neil Ashworth, a former "
      "colleague.\n\n"
      "She was elected president of the Royal College of Surgeons in 1992 and was made a dame in 1995.\n\n"
      "In an interview in 2010, she recalled being told by a senior surgeon that women lacked stamina for the "
      "operating theatre.\n\n"
      "\"I simply outlasted him,\" she said.";
  const auto quotes = quotes_in(obituary);
  REQUIRE(quotes.size() == 2);
  CHECK(quotes[0].speaker == "Sir Neil Ashworth");
  CHECK(quotes[1].speaker == "Margaret Hollis");  // was no one
  // The guards are the tests above: an unnamed speaker or a person in
  // focus since ("A police spokesman said", "Another analyst"), a person
  // named only as an object ("praised striker Harry Kane").
}

TEST_CASE("an office's description is the one person the text names as its holder", "[quotes][attribution]") {
  SECTION("named so by a description after the name, with others speaking since") {
    const auto q = quotes_in(
        "Keir Starmer, the prime minister, will use his speech to insist that the cuts are paying off.\n\n"
        "Rachel Reeves, the chancellor, will sit in the front row. \"Stability comes first,\" Reeves told the "
        "Guardian.\n\n"
        "Angela Rayner said the party was united. \"People want us to get on with it,\" she said.\n\n"
        "Facing discontent, the prime minister will tell the conference: \"We said the first years would be "
        "hard.\"");
    REQUIRE(q.size() == 3);
    CHECK(q[2].speaker == "Keir Starmer");  // was Angela Rayner, who spoke last
    CHECK(q[2].cue == "tell");
  }
  SECTION("named so by title further on") {
    const auto q = quotes_in(
        "Keir Starmer will use his speech to insist that the cuts are paying off.\n\n"
        "Rachel Reeves will sit in the front row. \"Stability comes first,\" Reeves told the Guardian.\n\n"
        "Facing discontent, the prime minister will tell the conference: \"We said the first years would be "
        "hard.\"\n\n"
        "Downing Street said Prime Minister Keir Starmer had written the speech himself.");
    REQUIRE(q.size() == 2);
    CHECK(q[1].speaker == "Keir Starmer");  // was Rachel Reeves
  }
  SECTION("a deputy is not the holder") {
    const auto q = quotes_in(
        "Keir Starmer will use his speech to insist that the cuts are paying off.\n\n"
        "Facing discontent, the prime minister will tell the conference: \"We said the first years would be "
        "hard.\"\n\n"
        "Angela Rayner, the deputy prime minister, said the party was united.");
    REQUIRE(q.size() == 1);
    CHECK(q[0].speaker == "Keir Starmer");  // was Angela Rayner: the only person named before (see below)
    CHECK(q[0].cue == "tell");
  }
  SECTION("the only person named before, in focus, holds the office") {
    const auto q = quotes_in(
        "Albanese government unveils $12.5bn housing package\n\n"
        "By Paul Karp, Chief political correspondent\n\n"
        "Anthony Albanese will promise to build 100,000 homes for first-home buyers on Sunday.\n\n"
        "The prime minister will tell a Labor campaign rally in Parramatta that the Coalition \"had a decade to "
        "fix housing and did nothing\".\n\n"
        "Opposition leader Peter Dutton attacked the plan. \"Australians aren't fools,\" the opposition leader "
        "told reporters.\n\n"
        "\"We will build the homes,\" the prime minister said.");
    REQUIRE(q.size() == 3);
    CHECK(q[0].speaker == "Anthony Albanese");  // was none
    CHECK(q[1].speaker == "Peter Dutton");
    // The office once given stays with its holder.
    CHECK(q[2].speaker == "Anthony Albanese");
  }
  SECTION("nor the person in focus known by another office") {
    const auto q = quotes_in(
        "Rachel Reeves, the chancellor, said the budget would be balanced by 2029.\n\n"
        "\"We said the first years would be hard,\" the prime minister said.");
    REQUIRE(q.size() == 1);
    CHECK(q[0].speaker.empty());  // was Rachel Reeves
    CHECK(q[0].cue == "said");
  }
  SECTION("two holders leave it to the persons named last") {
    const auto q = quotes_in(
        "President Donald Trump met President Emmanuel Macron in Paris on Monday.\n\n"
        "Macron said the talks were useful. \"We agree on more than we disagree,\" the president said.");
    REQUIRE(q.size() == 1);
    CHECK(q[0].speaker == "Macron");
  }
}

TEST_CASE("\"said the Foreign Office spokesman\": the organization named before a spokesperson after the verb",
          "[quotes][attribution]") {
  const auto q = only_quote(
      "Britain's embassy in Tehran was closed on Monday. \"The safety of our staff is our first priority,\" said "
      "the Foreign Office spokesman.");
  CHECK(q.speaker == "Foreign Office");  // was none
  CHECK(only_quote("\"We will respond in due course,\" said a Treasury spokeswoman.").speaker == "Treasury");
  // And the organization after the spokesperson's preposition, not the place whose spokesman spoke before.
  const auto q2 = quotes_in(
      "\"No decision has been taken,\" said the Downing Street spokesman.\n\n"
      "\"Talks continue,\" said the spokesman for the European Commission.");
  REQUIRE(q2.size() == 2);
  CHECK(q2[0].speaker == "Downing Street");
  CHECK(q2[1].speaker == "European Commission");  // was Downing Street
}

TEST_CASE("\"To quote\", \"In the words of\" and \"put it\" introduce a person's words", "[quotes][attribution]") {
  const auto q = quotes_in(
      "Chancellor Rachel Reeves defended her budget as Conservative leader Kemi Badenoch attacked it.\n\n"
      "To quote the chancellor, \"This is a budget for working people.\"\n\n"
      "In the words of Badenoch, \"It is a tax raid on the people who keep the lights on.\"\n\n"
      "As Reeves put it, \"We are not going back to austerity.\"\n\n"
      "Her director, Helen Miller, said the plan was, and I quote, \"a gamble on growth\".");
  REQUIRE(q.size() == 4);
  CHECK(q[0].speaker == "Rachel Reeves");
  CHECK(q[0].cue == "quote");
  CHECK(q[1].speaker == "Badenoch");
  CHECK(q[1].cue == "In the words of");
  CHECK(q[2].speaker == "Reeves");
  CHECK(q[2].cue == "put it");
  CHECK(q[3].speaker == "Helen Miller");
  // Not where "put it" places a thing.
  CHECK(quotes_in("Reeves put it down on the table. \"Thank you,\" Badenoch said.")[0].speaker == "Badenoch");
}

TEST_CASE("\"he\" after a woman came into focus is the man in focus before her", "[quotes][attribution]") {
  const auto q = quotes_in(
      "The last ferryman of the Tamar\n\n"
      "For sixty years, Jack Penrose has rowed passengers across the river. By Alice Trevelyan\n\n"
      "Jack Penrose is 84 and he has never learned to swim.\n\n"
      "He took over the crossing from his father in 1964. He has missed eleven days since.\n\n"
      "His wife, Mary, who died in 2019, used to sit on the slipway with a flask of tea. 'She'd shout "
      "\"Mind the tide!\" every single morning,' he says.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker == "Jack Penrose");  // was none: "Tamar", a person of no known sex, stood in the way
  CHECK(q[0].cue == "says");
}

TEST_CASE("\"The son of one resident\": a person known by a tie and a phrase is someone unnamed",
          "[quotes][attribution]") {
  const auto q = only_quote(
      "Judge Conrad said the mitigation did not outweigh the harm.\n\n"
      "The son of one resident, who asked not to be named, said outside court: \"Mum had saved that money for "
      "her funeral.\"");
  CHECK(q.cue == "said");  // was no cue
  CHECK(q.speaker.empty());
}

TEST_CASE("a debate's speakers: a title written as a name, an aside set off by dashes, a place's spokesperson",
          "[quotes][attribution]") {
  const auto q = quotes_in(
      "Starmer accused her of hypocrisy. \"We will take no lectures from them,\" he said.\n\n"
      "The Speaker, Sir Lindsay Hoyle, rose as Tory MPs jeered. \"Order! I want to hear the answer,\" he said.\n\n"
      "Labour backbencher Rosie Duffield \xE2\x80\x93 now sitting as an independent \xE2\x80\x93 asked whether he had "
      "\"any idea what it is like to choose between heating and eating\".\n\n"
      "Afterwards, a Downing Street spokesperson said: \"The prime minister has been clear.\"\n\n"
      "Asked whether Starmer had been rattled, the spokesperson said: \"Not at all.\"");
  REQUIRE(q.size() == 5);
  CHECK(q[1].speaker == "Sir Lindsay Hoyle");  // was Starmer
  CHECK(q[2].speaker == "Rosie Duffield");     // was none
  CHECK(q[2].cue == "asked");
  CHECK(q[3].speaker == "Downing Street");
  CHECK(q[4].speaker == "Downing Street");  // was none
}

TEST_CASE("\"the president\" is not the vice president named since, nor \"the vice president\" the president",
          "[quotes][attribution]") {
  const auto q = quotes_in(
      "President Donald Trump will sign the bill tonight, a White House official told CNN.\n\n"
      "Vice President JD Vance, who presides over the Senate, was in the chamber.\n\n"
      "\"It wasn't close in the end,\" the vice president told reporters.\n\n"
      "Asked whether he expected a deal in January, the president said: \"We'll see.\"");
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker == "JD Vance");
  CHECK(q[1].speaker == "Donald Trump");  // was JD Vance
}

TEST_CASE("\"the Prime Minister\" in capitals describes as \"the prime minister\" does", "[quotes][attribution]") {
  const auto q = quotes_in(
      "Prime Minister Anthony Albanese has backed his deputy over the frigate deployment.\n\n"
      "Richard Marles, the Deputy Prime Minister, told reporters the cabinet had agreed.\n\n"
      "\"We back the Deputy Prime Minister,\" said the Prime Minister. \"He has my full confidence.\"\n\n"
      "The Foreign Minister, Penny Wong, was in Jakarta. \"Our region understands why,\" the Foreign Minister "
      "said.");
  REQUIRE(q.size() == 3);
  CHECK(q[0].speaker == "Anthony Albanese");  // was Richard Marles
  CHECK(q[2].speaker == "Penny Wong");        // was none
  // A title before a name is the name's: "said the Prime Minister Anthony Albanese".
  CHECK(only_quote("\"We back him,\" said the Prime Minister Anthony Albanese.").speaker == "Anthony Albanese");
  // A prime minister the text does not name: the cue, no one ("and I quote" between).
  const auto unnamed = only_quote("MINISTER MARLES: Yes. The Prime Minister said to me, and I quote, \"This is the "
                                  "right thing to do,\" and the cabinet agreed.");
  CHECK(unnamed.cue == "said");  // was none
  CHECK(unnamed.speaker.empty());
}

TEST_CASE("\"said the chief executive, Ken Murphy\": the name set off after the description", "[quotes][attribution]") {
  const auto q = quotes_in(
      "Tesco has raised its profit forecast after a strong autumn.\n\n"
      "\"Customers are trading up and treating themselves again,\" said the chief executive, Ken Murphy. \"Our "
      "Finest range grew by 14% in the quarter.\"");
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker == "Ken Murphy");  // was none
  CHECK(q[1].speaker == "Ken Murphy");
  // corpus10's "said the spokesman, Hamid Ibrahimi" went to another party's spokesman quoted before.
  const auto spokesman = quotes_in(
      "Masood's spokesman Amrollah said Rohrabacher had visited Italy.\n"
      "However, a spokesman for Prime Minister Gulbuddin Hekmatyar expressed concern.\n"
      "\"America wants to block the establishment of a strong Islamic government,\" said the spokesman, Hamid "
      "Ibrahimi.");
  REQUIRE(spokesman.size() == 1);
  CHECK(spokesman[0].speaker == "Hamid Ibrahimi");
}

TEST_CASE("\"Chelsea head coach Enzo Maresca was frustrated\" puts the coach in focus, not his club",
          "[quotes][attribution]") {
  const auto q = quotes_in(
      "\"We showed the mentality of a team that wants to win the league,\" the Arsenal manager, Mikel Arteta, "
      "said.\n\n"
      "Chelsea head coach Enzo Maresca was frustrated by the decision. \"For me it is a clear foul,\" the Italian "
      "said.");
  REQUIRE(q.size() == 2);
  CHECK(q[1].speaker == "Enzo Maresca");  // was Mikel Arteta
}

TEST_CASE("a quotation alone under a section's heading is not the person in focus before the heading",
          "[quotes][attribution]") {
  const auto q = quotes_in(
      "# Ashford Vale election: council leader holds on by 41 votes\n\n"
      "**By Hannah Morgan**\n\n"
      "The Green candidate, Mark Evans, said his party had been squeezed by tactical voting.\n\n"
      "\"People told us they liked our ideas but were scared.\"\n\n"
      "## The mayor's view\n\n"
      "\"We ran a clean campaign and I am proud of it.\"");
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker == "Mark Evans");
  CHECK(q[1].speaker.empty());  // was Mark Evans
}

TEST_CASE("\"Lord Winston, the fertility expert, said doctors were divided\": the subject before the clause",
          "[quotes][attribution]") {
  const auto q = only_quote(
      "Robert Winston, the fertility expert, said doctors were divided. \"Many of my colleagues will refuse to "
      "take part,\" he said.");
  CHECK(q.speaker == "Robert Winston");  // was none: "doctors" read as the subject made the speech unnamed
  // After a quotation, the words after the verb are its subject.
  CHECK(only_quote("\"It's madness,\" said analysts at a Madrid brokerage.").cue == "said");
}

TEST_CASE("\"he\" returns to the person in focus before one of the other sex, past a name in passing",
          "[quotes][attribution]") {
  // An obituary: was Lionel Hampton, named in a possessive after the mother took the focus.
  const auto q = only_quote(
      "Quincy Jones, the record producer, died on Sunday night at his home in Los Angeles. He was 91.\n\n"
      "Mr. Jones was born on March 14, 1933, in Chicago. His mother, Sarah Frances, was committed to a mental "
      "hospital when he was about 7, and he moved with his father to Bremerton, Wash., in 1943.\n\n"
      "He played trumpet in Lionel Hampton\xE2\x80\x99s big band by the age of 19.\n\n"
      "Recalling the session in a 2018 interview with GQ, he said: \xE2\x80\x9CI put a sign on the door.\xE2\x80\x9D");
  CHECK(q.speaker == "Jones");  // "Mr. Jones", his latest name, not his mother's first

}

TEST_CASE("\"the court said\": the court named last, past other organizations named since", "[quotes][attribution]") {
  // Congress, named after the court, left the quotation with no speaker.
  const auto q = quotes_in(
      "The Supreme Court on Friday struck down a law passed by Congress in 2018 that barred the sale of the devices. "
      "The justices ruled 6-3. \"The statute exceeds the authority that the Constitution grants to Congress,\" the "
      "court said in its opinion.\n");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Supreme Court");
  CHECK(q[0].cue == "said");
}

TEST_CASE("\"A spokesman for\" an organization opening a sentence without speech: \"he said\" next is it",
          "[quotes][attribution]") {
  // The quotation had its cue but no speaker.
  const auto q = quotes_in(
      "MFS options also trade on the American Stock Exchange and the Pacific Stock Exchange. A spokesman for the "
      "American Stock Exchange would neither confirm nor deny whether the exchange was looking into the trading. "
      "\"If there is unusual activity, certainly we look at it, but that's not to say we're doing anything "
      "official,\" he said. Pacific Stock Exchange officials were not available.\n");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "American Stock Exchange");
  CHECK(q[0].cue == "said");
  // A spokesperson of no organization named stays unnamed.
  CHECK(only_quote("A police spokesman would not comment on the arrests. \"We are still gathering evidence,\" he "
                   "said.\n")
            .speaker.empty());
}

TEST_CASE("a transcript's guest who answers once, labeled in capitals, speaks the quotation in the answer",
          "[quotes][attribution]") {
  const auto q = quotes_in(
      "Streeting rules out tax rises for working people\n\n"
      "The health secretary Wes Streeting was interviewed on Sunday about next month's budget.\n\n"
      "KUENSSBERG: Will you raise taxes on working people?\n\n"
      "STREETING: What I'd say is this: \"We will not raise taxes on working people, and we have been clear about "
      "that.\"\n\n"
      "KUENSSBERG: But you won't rule it out?\n");
  REQUIRE(!q.empty());
  for (const auto& quote : q) CHECK(quote.speaker == "STREETING");
}

TEST_CASE("two persons of one surname stay apart: a title's sex or the pronoun's tells which speaks",
          "[quotes][attribution]") {
  SECTION("an obituary names the subject's mother") {
    const auto q = only_quote(
        "Quincy Jones, the record producer, died on Sunday night at his home in Los Angeles. He was 91.\n\n"
        "Mr. Jones was born on March 14, 1933, in Chicago. His mother, Sarah Frances Jones, was committed to a "
        "mental hospital when he was about 7.\n\n"
        "Recalling the session in a 2018 interview with GQ, he said: \"I put a sign on the door.\"");
    CHECK(q.speaker == "Jones");  // Mr. Jones; was Sarah Frances Jones
  }
  SECTION("a couple") {
    const auto q = quotes_in(
        "David Harding has run the shop on the high street since 1987. His wife, Mary Harding, joined him "
        "in 1990.\n\n"
        "\"The rent doubled in a year,\" he said.\n\n"
        "Mrs. Harding was more hopeful. \"People still come,\" she said.");
    REQUIRE(q.size() == 2);
    CHECK(q[0].speaker == "David Harding");  // was Mary Harding
    CHECK(q[1].speaker == "Harding");
  }
}

TEST_CASE("a live page's key events may time their entries by how long ago they were posted",
          "[quotes][attribution]") {
  const auto q = quotes_in(
      "Budget 2026 live: Reeves raises \xC2\xA3" "26bn in taxes as OBR cuts growth forecast\n\n"
      "Key events\n2h ago Reeves: \xE2\x80\x98I am choosing fairness\xE2\x80\x99\n3h ago OBR halves growth forecast\n"
      "4h ago Shadow chancellor responds\n\nShow key events only\n\n"
      "13:41 GMT\nIncome tax thresholds frozen until 2030\n\n"
      "Rachel Reeves confirms that income tax thresholds will stay frozen for a further two years.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "Reeves");  // was none: the stamp before the name
  CHECK(q[0].cue == ":");
}

TEST_CASE("a person's given name is the tagger's, not a word the run of capitals took in before it",
          "[quotes][attribution]") {
  const auto q = only_quote(
      "Tonight Quincy Jones said he was happy. His mother, Sarah Frances Jones, was a singer.\n\n"
      "\"I put a sign on the door,\" he said.");
  CHECK(q.speaker != "Sarah Frances Jones");
}

TEST_CASE("\"she said\" after a spokeswoman spoke is hers, not a woman's named before", "[quotes][attribution]") {
  const std::string before =
      "Supermarket recalls chicken after salmonella found\n\n"
      "Shoppers have been told not to eat a batch of cooked chicken sold in more than 300 stores.\n\n"
      "Sarah Jones, who bought the chicken in Leeds, said her son had been ill for three days.\n\n";
  SECTION("of an organization the tagger found") {
    const auto q = only_quote(before + "A spokeswoman for Tesco said the chain had acted as soon as it was told. "
                                       "\"We are sorry for any inconvenience,\" she said.");
    CHECK(q.speaker == "Tesco");  // was Sarah Jones
  }
  SECTION("of a person") {
    const auto q = only_quote(before + "A spokeswoman for Prince William said he had been told of the recall. "
                                       "\"He is concerned for the families,\" she said.");
    CHECK(q.speaker.empty());  // was Sarah Jones
  }
}

TEST_CASE("a hospital the tagger read as a place speaks, and through its spokesperson", "[quotes][attribution]") {
  const std::string before =
      "Hospital faces inquiry\n\nLONDON (Reuters) - Barclays said it would appeal the ruling.\n\n";
  SECTION("a name with \"of\" inside it") {
    const auto q = only_quote(before + "The Countess of Chester Hospital said in a statement: \"We continue to "
                                       "co-operate fully with the police investigation.\"");
    CHECK(q.speaker == "Countess of Chester Hospital");  // was none: no cue read
  }
  SECTION("a spokesperson for it") {
    const auto q = only_quote(before + "A spokesperson for the Royal Free Hospital said: \"Our thoughts are with "
                                       "the family.\"");
    CHECK(q.speaker == "Royal Free Hospital");  // was Barclays, the organization that spoke before
  }
}

TEST_CASE("a person described by nation or age is the one the sentence before was about, after a dateline too",
          "[quotes][attribution]") {
  const std::string before =
      "Home favourite retains title in Turin\n\n"
      "TURIN, Nov 16 (Reuters) - Jannik Sinner beat Carlos Alcaraz on Sunday.\n\n";
  // Both were Alcaraz's, the person named last, in the clause or the sentence before.
  CHECK(only_quote(before + "The Italian, who lost to Alcaraz in the US Open final in September, said: \"He "
                            "makes me a better player every time we play.\"")
            .speaker == "Jannik Sinner");
  CHECK(only_quote(before + "The 24-year-old said: \"I'm very happy with the level.\"").speaker == "Jannik Sinner");
  // The sentence before opens with no person: the one it named last.
  CHECK(only_quote("Tennis\n\nThe crowd cheered Carlos Alcaraz on Sunday.\n\nThe 22-year-old said: \"It was "
                   "special.\"")
            .speaker == "Carlos Alcaraz");
}

TEST_CASE("a player called by their standing in a sport is the one the report is about", "[quotes][attribution]") {
  const std::string before =
      "Home favourite retains title in Turin\n\nJannik Sinner beat Carlos Alcaraz on Sunday.\n\n";
  // Each had no cue read: the description was no one's.
  CHECK(only_quote(before + "The world number one said: \"He makes me a better player.\"").speaker == "Jannik Sinner");
  CHECK(only_quote(before + "\"I'm very happy,\" said the defending champion.").speaker == "Jannik Sinner");
  CHECK(only_quote(before + "The top seed, who won here in 2023, said: \"It was special.\"").speaker ==
        "Jannik Sinner");
  // A nation before the standing: no one was found for it.
  CHECK(only_quote(before + "The Italian world number one, who lost to Alcaraz in September, said: \"He makes "
                            "me a better player.\"")
            .speaker == "Jannik Sinner");
}

TEST_CASE("he after a sentence whose described speaker named another is still the speaker", "[quotes][attribution]") {
  // The one in focus, of no known sex, spoke in the sentence before, which
  // named one man more: "he" was Alcaraz.
  const std::string text =
      "Home favourite retains title in Turin\n\n"
      "TURIN, Nov 16 (Reuters) - Jannik Sinner beat Carlos Alcaraz on Sunday.\n\n"
      "\"It has been an incredible week,\" said Sinner.\n\n"
      "The Italian said the rivalry with Alcaraz pushed him to improve. \"He makes me a better player every "
      "time we play,\" he said.";
  const auto quotes = quotes_in(text);
  REQUIRE(quotes.size() == 2);
  CHECK(quotes[1].speaker == "Sinner");  // his last mention
}

TEST_CASE("a person the name tells no sex of is of the pronoun that meant them", "[quotes][attribution]") {
  // "she told reporters" meant Vélez Torres; "he said" two paragraphs on was
  // hers too, the one in focus of no known sex.
  const std::string text =
      "UN climate chief says deal is a floor\n\n"
      "BELEM, Brazil (AP) — Simon Stiell, the U.N. climate chief, said Monday the deal was a start.\n\n"
      "Colombian Environment Minister Irene Vélez Torres was blunter. \"This is a failure of ambition,\" she told "
      "reporters.\n\n"
      "Asked about the absence of the United States, which did not send an official delegation, Stiell declined "
      "to criticize President Donald Trump directly.\n\n"
      "\"Every country makes its own decisions,\" he said.";
  const auto quotes = quotes_in(text);
  REQUIRE(quotes.size() == 2);
  CHECK(quotes[0].speaker == "Irene Vélez Torres");
  CHECK(quotes[1].speaker == "Stiell");
}

TEST_CASE("a curly possessive after a role is no name holding the role", "[quotes][attribution]") {
  // "prime minister’s questions": "’s" read as a capitalized word became a
  // prime minister of its own, whom the description of Starmer's quotation
  // was settled on: no speaker.
  const auto quotes = quotes_in(
      "Keir Starmer has defended his government’s handling of the winter fuel payment.\n\n"
      "Speaking to reporters in Kent, the prime minister said: “We had to take difficult decisions.”\n\n"
      "Kemi Badenoch accused the government of chaos at prime minister’s questions.");
  REQUIRE(quotes.size() == 1);
  CHECK(quotes[0].speaker == "Keir Starmer");
}

TEST_CASE("a standfirst's \"Prime minister says\" is the one the story takes for the prime minister",
          "[quotes][attribution]") {
  // No article before the role: no subject. Then settled on the holder, whose
  // last mention was in the page's topics at the foot: no entity, no speaker.
  const auto quotes = quotes_in(
      "Starmer faces backlash over winter fuel U-turn\n\n"
      "Prime minister says \xE2\x80\x98" "difficult decisions\xE2\x80\x99 were right\n\n"
      "Keir Starmer has defended his government's handling of the winter fuel payment.\n\n"
      "Speaking in Kent, the prime minister said: \"We inherited a black hole.\"\n\n"
      "Explore more on these topics\nKeir Starmer\nLabour\nShare\n");
  REQUIRE(quotes.size() == 2);
  CHECK(quotes[0].speaker == "Starmer");  // his mention in the headline
  CHECK(quotes[0].cue == "says");
  CHECK(quotes[1].speaker == "Keir Starmer");
}

TEST_CASE("a dateline is no subject a verb shares, and a kin's name opening a sentence is in focus",
          "[quotes][attribution]") {
  // "and urged" shared the subject of the sentence, which opened with the
  // dateline: BELEM spoke. The official is named later, or no one.
  const auto lead = quotes_in(
      "Climate talks end\n\n"
      "BELEM, Brazil (AP) — The United Nations' top climate official said Monday that the deal was \"a floor, "
      "not a ceiling,\" and urged countries to go further.");
  REQUIRE(lead.size() == 1);
  CHECK(lead[0].speaker != "BELEM");
  // "She" was the mother, the one in focus before, once "she says" had told her sex.
  const auto feature = quotes_in(
      "On a grey morning, Catriona MacLeod stands on the pier.\n\n"
      "\"Three weeks,\" she says.\n\n"
      "Her daughter Eilidh, 24, moved to Glasgow in the spring. She says she misses the island. \"There's no "
      "future here,\" she says.");
  REQUIRE(feature.size() == 2);
  CHECK(feature[1].speaker == "Eilidh");
}

TEST_CASE("a transcript that ends its speakers' names in capitals with a full stop gives their turns",
          "[quotes][attribution]") {
  const std::string transcript =
      "Transcript: Fed Chair Jerome Powell's press conference\n\n"
      "The following is a transcript of remarks by Federal Reserve Chair Jerome Powell on October 29, 2025.\n\n"
      "CHAIR POWELL. Good afternoon. My colleagues and I remain squarely focused on our dual mandate.\n\n"
      "HOWARD SCHNEIDER. Howard Schneider with Reuters. Is a December cut a foregone conclusion?\n\n"
      "CHAIR POWELL. No, it is not. In fact, far from it.\n";
  const auto q = quotes_in(transcript);  // was none
  REQUIRE(q.size() == 3);
  CHECK(q[0].kind == "qa");
  CHECK(q[0].speaker == "CHAIR POWELL");
  CHECK(q[0].text == "Good afternoon. My colleagues and I remain squarely focused on our dual mandate.");
  CHECK(q[2].text == "No, it is not. In fact, far from it.");
  SECTION("not a story's label in capitals used once") {
    CHECK(quotes_in("Storm latest\n\nUPDATE. The storm has moved north.\n\nLONDON. Rail services were cut.\n")
              .empty());
  }
}

TEST_CASE("a person described by age before a noun is the one the report is about", "[quotes][attribution]") {
  const std::string before =
      "Arsenal go four points clear\n\nBukayo Saka scored as Arsenal beat Chelsea on Sunday.\n\n";
  // Both had no cue read.
  CHECK(only_quote(before + "\"We know nothing is won in November,\" the 24-year-old winger added.").speaker ==
        "Bukayo Saka");
  CHECK(only_quote(before + "\"It was special,\" said the 24-year-old winger.").speaker == "Bukayo Saka");
}

TEST_CASE("\"who\" after a person's workplace and its country is the person's, not the country's",
          "[quotes][attribution]") {
  const auto q = only_quote(
      "Ancient DNA reveals how farming spread\n\n"
      "Professor Wolfgang Haak of the Max Planck Institute for Evolutionary Anthropology in Leipzig, Germany, who "
      "was not involved in the study, called it \"a landmark paper\".");
  CHECK(q.speaker == "Wolfgang Haak");  // was Germany
  CHECK(only_quote("Floods\n\nA farmer in Leipzig, Germany, who lost his barn, said: \"It was awful.\"")
            .speaker.empty());
}

TEST_CASE("a name speaking in an \"as\" clause after the sentence's speaker does not take the focus",
          "[quotes][attribution]") {
  const auto q = quotes_in(
      "Starmer says budget will 'rebuild Britain'\n\n"
      "Sir Keir Starmer has defended the government's Budget, saying it would \"rebuild Britain\" after years of "
      "decline, as the Conservatives accused Labour of breaking its election promises.\n\n"
      "Speaking at a community centre in Bedford on Thursday, the prime minister said: \"We had to take tough "
      "decisions to fix the foundations.\"\n");
  REQUIRE(q.size() == 3);
  CHECK(q[2].speaker == "Sir Keir Starmer");  // was none: the Conservatives, who "accused", were in focus
}

TEST_CASE("a described name set off by commas before an adverb and the verb speaks", "[quotes][attribution]") {
  const auto q = quotes_in(
      "Jane Goodall dies at 91\n\n"
      "When she reported the finding, her mentor, the paleoanthropologist Louis Leakey, famously replied: \"Now we "
      "must redefine tool, redefine man, or accept chimpanzees as humans.\"\n\n"
      "In later life Goodall spent about 300 days a year travelling. \"Every individual matters,\" she told The "
      "Guardian in 2020.\n");
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker == "Louis Leakey");  // was Jane Goodall, by "she reported"
  CHECK(q[0].cue == "replied");
  // Leakey, in focus, is of no known sex; the one person named in the sentence before is a woman.
  CHECK(q[1].speaker == "Goodall");
  CHECK(only_quote("Rally\n\nDavid Richards was furious. \"It's incompetent,\" Richards angrily said.").cue == "said");
}

TEST_CASE("the family speaking is someone unnamed, with the cue kept", "[quotes][attribution]") {
  // Each had no cue: "the family" was no subject.
  const auto before = only_quote("Quincy Jones dies at 91\n\n\u201cTonight, with full but broken hearts, we have to "
                                 "share the news,\u201d the family said in a statement.");
  CHECK(before.cue == "said");
  CHECK(before.speaker.empty());
  const auto after = only_quote("Obituary\n\nJohn Smith has died.\n\n\"He was a loving father,\" said the family.");
  CHECK(after.cue == "said");
  CHECK(after.speaker.empty());
}

TEST_CASE("an interview without labels whose answers speak in contractions ('We've', 'I've') gives its answers",
          "[quotes][attribution]") {
  const auto q = quotes_in(
      "An interview with Mayor Karen Bass\n\n"
      "Los Angeles Mayor Karen Bass sat down with the Times to talk about the wildfires.\n\n"
      "You've been in office for three years. What surprised you most?\n\n"
      "How slow government is. I came from Congress, where things are slow too.\n\n"
      "Are you satisfied with the pace of rebuilding?\n\n"
      "No. Nobody should be satisfied. We've cleared the debris faster than after any comparable disaster.\n\n"
      "Critics say you were out of the country when the fires started.\n\n"
      "I've addressed that many times.\n\n"
      "What does success look like by 2028?\n\n"
      "That a family that lost its home in Altadena is back in it.\n");
  // None were: two answers in three must speak in the first person, and "We've" and "I've" did not count.
  REQUIRE(q.size() == 4);
  for (const auto& quote : q) {
    CHECK(quote.kind == "qa");
    CHECK(quote.speaker == "Karen Bass");
  }
}

TEST_CASE("an organization with its acronym in brackets before the verb speaks", "[quotes][attribution]") {
  // Each had no speaker: the bracket stood between the name and the verb.
  CHECK(only_quote("Storm Bram\n\nScottish and Southern Electricity Networks (SSEN) said engineers were working to "
                   "restore supplies \"as quickly and safely as possible\".")
            .speaker == "Scottish and Southern Electricity Networks");
  CHECK(only_quote("\"The Iraqi regime has started threatening the Kurdish population,\" the Patriotic Union of "
                   "Kurdistan (PUK) said in a statement.")
            .speaker == "Patriotic Union of Kurdistan");
  CHECK(only_quote("Budget\n\nRep. Nancy Pelosi (D-Calif.) said the bill was \"a disgrace\".").speaker ==
        "Nancy Pelosi");
}

TEST_CASE("\"she says\" after a daughter named with her kin is the daughter's", "[quotes][attribution]") {
  const auto q = quotes_in(
      "The last ferry\n\n"
      "\"They said that last year,\" Catriona MacLeod says.\n\n"
      "Her daughter Eilidh, 24, moved to Glasgow in the spring. She says she misses the island but could not stay. "
      "\"There's no future here if you can't even get to the mainland,\" she says.\n");
  REQUIRE(q.size() == 2);
  CHECK(q[1].speaker == "Eilidh");  // was Catriona MacLeod: "Eilidh" was an organization
}

TEST_CASE("an organization unnamed after \"according to\" or after the verb past a quotation speaks",
          "[quotes][attribution]") {
  const std::string before = "Acme appeals\n\nAcme Corp said on Monday it would appeal the ruling.\n\n";
  // Each had no cue: the company was no subject after the verb.
  const auto company = only_quote(before + "\"The claims are false,\" according to the company.");
  CHECK(company.speaker == "Acme Corp");
  CHECK(company.cue == "according to");
  const auto statement = only_quote(before + "\"The claims are false,\" according to a statement from the company.");
  CHECK(statement.cue == "according to");
  CHECK(only_quote(before + "\"The claims are false,\" said the company.").speaker == "Acme Corp");
  // Not the object of a verb with a subject of its own before it.
  CHECK(only_quote("Climate report\n\nIn a post on X, the UN Secretary-General, António Guterres, called the report "
                   "\"another alarm bell for humanity\".")
            .speaker == "António Guterres");
}

TEST_CASE("when she spoke between the subject and the verb, and someone unnamed after 'one' or 'But'",
          "[quotes][attribution]") {
  const auto q = quotes_in(
      "Reeves insists she will stay\n\n"
      "Rachel Reeves last night insisted she was \u2018not going anywhere\u2019 as Labour MPs turned on her.\n\n"
      "But one senior Labour backbencher said: \u2018She\u2019s toast.\u2019\n");
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker == "Rachel Reeves");  // was none: "last night" stood between
  CHECK(q[0].cue == "insisted");
  CHECK(q[1].cue == "said");  // was none: someone unnamed, after "But one" and a party's name
  CHECK(q[1].speaker.empty());
  const auto member = only_quote("Strike\n\n\"Late wages are the main reasons for their protests,\" a senior member "
                                 "of the local Socialist Party branch told Reuters.");
  CHECK(member.cue == "told");
  CHECK(member.speaker.empty());
}

TEST_CASE("the one the writer asked, unnamed, answers next", "[quotes][attribution]") {
  const auto q = quotes_in(
      "The four-day week works\n\n"
      "But as the economist Juliet Schor told me last month: \"Nobody is saying every job must look the same.\"\n\n"
      "I asked one factory owner in Sheffield why he had resisted. \"Honestly? Fear,\" he said.\n");
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker == "Juliet Schor");
  CHECK(q[1].speaker.empty());  // was Juliet Schor, in focus before
  CHECK(q[1].cue == "said");
}

TEST_CASE("a role after a possessive that names no one is someone unnamed, with the cue kept",
          "[quotes][attribution]") {
  // Both had no cue.
  const auto editor = only_quote("Column\n\nWhen I first wrote about it, my editor told me it was \"a fad\".");
  CHECK(editor.cue == "told");
  CHECK(editor.speaker.empty());
  CHECK(only_quote("Match report\n\nTheir coach said: \"We were poor.\"").cue == "said");
}
