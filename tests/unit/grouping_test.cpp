// Grouping (entities/grouping.hpp) on hand-written tags: the rules that
// clean mentions and join them into entities, apart from the tagger.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "entities/gazetteer.hpp"
#include "entities/grouping.hpp"
#include "text/document.hpp"

using namespace lede;
using namespace lede::entities;

namespace {

// A text with its tagged spans marked "[PER Sergey Lavrov]": the plain text,
// and one tag per token of its segmented document.
struct Tagged {
  std::string text;
  text::Document doc;
  std::vector<Tag> tags;
};

Tagged tagged(const std::string& marked) {
  struct Marked {
    size_t start, end;
    int type;
  };
  Tagged t;
  std::vector<Marked> spans;
  for (size_t i = 0; i < marked.size(); ++i) {
    if (marked[i] == '[') {
      const size_t space = marked.find(' ', i);
      const std::string type = marked.substr(i + 1, space - i - 1);
      const int index = type == "PER" ? 0 : type == "ORG" ? 1 : type == "LOC" ? 2 : 3;
      spans.push_back({t.text.size(), 0, index});
      i = space;
    } else if (marked[i] == ']') {
      spans.back().end = t.text.size();
    } else {
      t.text += marked[i];
    }
  }
  t.doc = text::segment(t.text);
  t.tags.assign(t.doc.tokens.size(), kOutside);
  for (const Marked& s : spans) {
    bool begun = false;
    for (size_t k = 0; k < t.doc.tokens.size(); ++k) {
      if (t.doc.tokens[k].start < s.start || t.doc.tokens[k].end() > s.end) continue;
      t.tags[k] = begun ? inside_tag(s.type) : begin_tag(s.type);
      begun = true;
    }
  }
  return t;
}

// The gazetteer of the hand-written lists, with "share" and "meanwhile" as
// common words and "vladimir" as a first name.
const Gazetteer& gazetteer() {
  static const Gazetteer g("7\tshare\n7\tmeanwhile\n7\tworkers\n7\tnations\n7\tworld\n2\tvladimir\n");
  return g;
}

std::vector<std::string> mention_texts(const Tagged& t, const Result& r) {
  std::vector<std::string> out;
  for (const Mention& m : r.mentions) out.push_back(t.text.substr(m.span.start, m.span.size()));
  return out;
}

}  // namespace

TEST_CASE("a common word that only starts sentences is no name, one also written mid-sentence is",
          "[entities][grouping]") {
  SECTION("only at sentence starts") {
    const Tagged t = tagged("[ORG Share] prices rose. Meanwhile [LOC Iran] waited.");
    CHECK(mention_texts(t, group(t.doc, t.tags, gazetteer())) == std::vector<std::string>{"Iran"});
  }
  SECTION("also mid-sentence") {
    const Tagged t = tagged("[ORG Share] prices rose. Investors bought [ORG Share] stock.");
    const Result r = group(t.doc, t.tags, gazetteer());
    CHECK(mention_texts(t, r) == std::vector<std::string>{"Share", "Share"});
    REQUIRE(r.entities.size() == 1);
    CHECK(r.entities[0].count == 2);
  }
  SECTION("also mid-sentence, among numbers, quote marks and tags that hold no capital") {
    const Tagged t =
        tagged("[ORG Share] prices rose. In 2024 investors bought \"[ORG Share]\" stock #SP500 1,200 times.");
    const Result r = group(t.doc, t.tags, gazetteer());
    CHECK(mention_texts(t, r) == std::vector<std::string>{"Share", "Share"});
  }
}

TEST_CASE("an opening adverb is trimmed off a name; another word that opens a sentence is kept",
          "[entities][grouping]") {
  // "red" and "separately" are words the training text writes in lower case.
  static const Gazetteer common("7\tred\n7\tseparately\n");
  const Tagged t = tagged("[ORG Separately Apple] said sales rose. [ORG Red Star] beat Partizan.");
  CHECK(mention_texts(t, group(t.doc, t.tags, common)) == std::vector<std::string>{"Apple", "Red Star"});
}

TEST_CASE("a place the training text knows never becomes a person's surname", "[entities][grouping]") {
  // A headline tagged "Lebed Chechnya" as one person; "Zarepour:" tagged as a place is Isa Zarepour's.
  static const Gazetteer seen(":\tchechnya\n");  // category kSeenPlace: '0' + 10
  const Tagged t = tagged("[PER Lebed Chechnya] plan. Peace in [LOC Chechnya] returned. [PER Isa Zarepour] "
                          "spoke.\n[LOC Zarepour]: yes.");
  const Result r = group(t.doc, t.tags, seen);
  REQUIRE(r.mentions.size() == 4);
  CHECK(r.mentions[0].entity != r.mentions[1].entity);
  CHECK(r.mentions[1].type == EntityType::LOC);
  CHECK(r.mentions[2].entity == r.mentions[3].entity);
}

TEST_CASE("an organization with and without its legal form is one organization", "[entities][grouping]") {
  const Tagged t = tagged("[ORG Apple Inc.] said. [ORG Apple] rose. [ORG Ford Motor Co] cut jobs. [PER Ford] "
                          "spoke. The [ORG World Bank] lent and the [ORG World] agreed.");
  const Result r = group(t.doc, t.tags, gazetteer());
  REQUIRE(r.mentions.size() == 6);
  CHECK(r.mentions[0].entity == r.mentions[1].entity);
  CHECK(r.entities[r.mentions[0].entity].name == "Apple Inc");
  CHECK(r.mentions[2].entity != r.mentions[3].entity);  // a person's name is no company's
  CHECK(r.mentions[4].entity != r.mentions[5].entity);  // "Bank" is part of a name, no legal form
}

TEST_CASE("a name in capitals joins the name written otherwise, if the tagger gave both one type",
          "[entities][grouping]") {
  const Tagged t = tagged("[LOC MOSCOW] (Reuters) - Talks in [LOC Moscow] ended. [LOC NICE] 1996-08-30. "
                          "[ORG Nice] beat [ORG Metz]. [PER ELIZABETH WARREN]: Yes. [LOC Elizabeth Warren] spoke.");
  const Result r = group(t.doc, t.tags, gazetteer());
  REQUIRE(r.mentions.size() == 7);
  CHECK(r.mentions[0].entity == r.mentions[1].entity);
  CHECK(r.entities[r.mentions[0].entity].name == "Moscow");  // not the dateline's capitals
  CHECK(r.mentions[2].entity != r.mentions[3].entity);       // the dateline's place, the team
  CHECK(r.mentions[2].type == EntityType::LOC);
  CHECK(r.mentions[5].entity == r.mentions[6].entity);  // a person's full name, whatever else it was tagged
  CHECK(r.entities[r.mentions[6].entity].type == EntityType::PER);
  CHECK(r.entities[r.mentions[6].entity].name == "Elizabeth Warren");
}

TEST_CASE("a personal title makes a name a person's, other titles begin other names", "[entities][grouping]") {
  const Tagged t = tagged("Interview: yes, says [MISC Senator Warren]. [ORG Mrs. Thatcher] left. "
                          "[ORG General Motors] and [LOC Prince Edward Island] grew.");
  const Result r = group(t.doc, t.tags, gazetteer());
  CHECK(mention_texts(t, r) == std::vector<std::string>{"Warren", "Thatcher", "General Motors", "Prince Edward Island"});
  REQUIRE(r.mentions.size() == 4);
  CHECK(r.mentions[0].type == EntityType::PER);
  CHECK(r.mentions[1].type == EntityType::PER);
  CHECK(r.mentions[2].type == EntityType::ORG);
}

TEST_CASE("a company the news names daily is an organization, a common noun's acronym no name",
          "[entities][grouping]") {
  const Tagged t = tagged("[PER Google], which supplies the [ORG AI] model, and [ORG Gemini AI] and [LOC Tesla] "
                          "signed. [PER Sergey Brin] of [ORG Google] spoke. [PER Morgan Stanley] agreed.");
  const Result r = group(t.doc, t.tags, gazetteer());
  CHECK(mention_texts(t, r) ==
        std::vector<std::string>{"Google", "Gemini AI", "Tesla", "Sergey Brin", "Google", "Morgan Stanley"});
  REQUIRE(r.mentions.size() == 6);
  CHECK(r.mentions[0].type == EntityType::ORG);
  CHECK(r.mentions[2].type == EntityType::ORG);
  CHECK(r.mentions[3].type == EntityType::PER);
  CHECK(r.mentions[5].type == EntityType::ORG);
}

TEST_CASE("an organization that is only ever a city after \"in\" is the city", "[entities][grouping]") {
  static const Gazetteer cities("1\tpalermo\n1\tessex\n1\tslough\n1\tmilan\n");  // category kCity
  const Tagged t = tagged("A shop owner in [ORG Palermo] spoke. He scored in [ORG Essex]'s win. Shares in "
                          "[ORG Slough] rose. [ORG Milan] won in [ORG Milan].");
  const Result r = group(t.doc, t.tags, cities);
  REQUIRE(r.mentions.size() == 5);
  CHECK(r.mentions[0].type == EntityType::LOC);
  CHECK(r.mentions[1].type == EntityType::ORG);  // the club's win
  CHECK(r.mentions[2].type == EntityType::ORG);  // a company's shares
  CHECK(r.mentions[4].type == EntityType::ORG);  // the team, named elsewhere
}

TEST_CASE("a name after an office is a person's; the office's field is no name", "[entities][grouping]") {
  static const Gazetteer common("7\tbusiness\n7\thealth\n");  // words the training text writes in lower case
  const Tagged t = tagged("[ORG Business] Secretary [PER Kemi Badenoch] and Health Secretary [LOC Victoria Atkins] "
                          "met [ORG Treasury] Secretary [PER Janet Yellen].");
  const Result r = group(t.doc, t.tags, common);
  CHECK(mention_texts(t, r) ==
        std::vector<std::string>{"Kemi Badenoch", "Victoria Atkins", "Treasury", "Janet Yellen"});
  REQUIRE(r.mentions.size() == 4);
  CHECK(r.mentions[1].type == EntityType::PER);
  CHECK(r.mentions[2].type == EntityType::ORG);  // a name, not a field
}

TEST_CASE("a desk's name in a byline and a field of several words before an office are no names",
          "[entities][grouping]") {
  static const Gazetteer common("7\ttechnology\n7\thealth\n7\tsocial\n7\tcare\n7\tforeign\n7\toffice\n");
  const Tagged t = tagged("By [PER Priya Raman], [LOC Technology Reporter]. The [ORG Health and Social Care] Secretary, "
                          "[PER Wes Streeting], met [ORG Foreign Office] Minister [PER Anne Trevelyan].");
  CHECK(mention_texts(t, group(t.doc, t.tags, common)) ==
        std::vector<std::string>{"Priya Raman", "Wes Streeting", "Foreign Office", "Anne Trevelyan"});
  // A desk of a longer field; an office of one keeps the organization before it.
  static const Gazetteer local("7\tlocal\n7\tdemocracy\n7\tforeign\n7\toffice\n");
  const Tagged desk = tagged("By [PER Rhys Morgan], [ORG Local Democracy Reporter]. [ORG Foreign Office Minister] "
                             "[PER Anne Trevelyan] spoke.");
  CHECK(mention_texts(desk, group(desk.doc, desk.tags, local)) ==
        std::vector<std::string>{"Rhys Morgan", "Foreign Office", "Anne Trevelyan"});
  // A desk's field the tagger took into the name before it.
  const Tagged field = tagged("[PER Roisin O'Connor Music] Correspondent. [PER Jane Doe Local Democracy] Reporter.");
  CHECK(mention_texts(field, group(field.doc, field.tags, local)) ==
        std::vector<std::string>{"Roisin O'Connor", "Jane Doe"});
}

TEST_CASE("a storm's name is an event's, with the word that makes it a storm, and its short name joins it",
          "[entities][grouping]") {
  const Tagged t = tagged("[PER Storm Ciarán] brought rain. Hurricane [LOC Milton] hit [LOC Florida] after Tropical "
                          "Storm [PER Debby]; [MISC Milton] weakened.");
  const Result r = group(t.doc, t.tags, gazetteer());
  CHECK(mention_texts(t, r) == std::vector<std::string>{"Storm Ciarán", "Hurricane Milton", "Florida",
                                                        "Tropical Storm Debby", "Milton"});
  REQUIRE(r.mentions.size() == 5);
  CHECK(r.mentions[0].type == EntityType::MISC);
  CHECK(r.mentions[1].type == EntityType::MISC);
  CHECK(r.mentions[2].type == EntityType::LOC);
  CHECK(r.mentions[3].type == EntityType::MISC);
  CHECK(r.mentions[4].entity == r.mentions[1].entity);
  // The short name the tagger read as a person is the storm, one mention against one.
  const Tagged darragh = tagged("[PER Storm Darragh] brought gusts. [PER Darragh] is a multi-hazard event.");
  const Result d = group(darragh.doc, darragh.tags, gazetteer());
  REQUIRE(d.mentions.size() == 2);
  CHECK(d.mentions[1].entity == d.mentions[0].entity);
  CHECK(d.entities[d.mentions[0].entity].type == EntityType::MISC);
  CHECK(d.mentions[1].type == EntityType::MISC);
}

TEST_CASE("a county read as a place that says something stays a place", "[entities][grouping]") {
  // Was a person, as "Kemi Badenoch said" is.
  const Tagged t = tagged("Officials in [LOC Pinellas County] said the storm spawned at least 19 tornadoes.");
  const Result r = group(t.doc, t.tags, gazetteer());
  REQUIRE(r.mentions.size() == 1);
  CHECK(r.mentions[0].type == EntityType::LOC);
}

TEST_CASE("a wildfire's name is an event's; a fire service's is an organization's", "[entities][grouping]") {
  // The first was an organization.
  const Tagged t = tagged("The [ORG Palisades Fire] grew as [ORG Cal Fire] and [ORG Los Angeles County Fire] "
                          "crews fought the [MISC Eaton Fire].");
  const Result r = group(t.doc, t.tags, gazetteer());
  REQUIRE(r.mentions.size() == 4);
  CHECK(r.mentions[0].type == EntityType::MISC);
  CHECK(r.mentions[1].type == EntityType::ORG);
  CHECK(r.mentions[2].type == EntityType::ORG);
  CHECK(r.mentions[3].type == EntityType::MISC);
  // A law's article likewise (was an organization).
  const Tagged law = tagged("The law does not violate the [ORG First Amendment] rights of users.");
  const Result l = group(law.doc, law.tags, gazetteer());
  REQUIRE(l.mentions.size() == 1);
  CHECK(l.mentions[0].type == EntityType::MISC);
}

TEST_CASE("\"the River\" names a river, which its name alone joins; a club named without \"the\" stays one",
          "[entities][grouping]") {
  const Tagged t = tagged("[ORG River Wear] floods. The [ORG River Wear] burst its banks at the mouth of the "
                          "[MISC Wear]. [ORG River Plate] won.");
  const Result r = group(t.doc, t.tags, gazetteer());
  REQUIRE(r.mentions.size() == 4);
  CHECK(r.mentions[0].type == EntityType::LOC);
  CHECK(r.mentions[1].entity == r.mentions[0].entity);
  CHECK(r.mentions[2].entity == r.mentions[0].entity);
  CHECK(r.mentions[3].type == EntityType::ORG);
}

TEST_CASE("a stadium or an arena is a place", "[entities][grouping]") {
  const Tagged t = tagged("Fans walked to the [ORG Emirates Stadium] and the [PER Amex Stadium], not the [ORG O2].");
  const Result r = group(t.doc, t.tags, gazetteer());
  REQUIRE(r.mentions.size() == 3);
  CHECK(r.mentions[0].type == EntityType::LOC);
  CHECK(r.mentions[1].type == EntityType::LOC);
  CHECK(r.mentions[2].type == EntityType::ORG);
}

TEST_CASE("a name cut in two around its particle is one name", "[entities][grouping]") {
  const Tagged t = tagged("Gusts hit [ORG Pointe] du [ORG Raz], near the [LOC Musée] des [MISC Beaux-Arts]. "
                          "[PER Lula] da [LOC Silva] and [LOC Lyon] agreed.");
  const Result r = group(t.doc, t.tags, gazetteer());
  CHECK(mention_texts(t, r) ==
        std::vector<std::string>{"Pointe du Raz", "Musée des Beaux-Arts", "Lula da Silva", "Lyon"});
  REQUIRE(r.mentions.size() == 4);
  CHECK(r.mentions[1].type == EntityType::LOC);
  CHECK(r.mentions[2].type == EntityType::PER);
}

TEST_CASE("a name opened by a French, Spanish or Italian word for a place is a place", "[entities][grouping]") {
  const Tagged t = tagged("From the [PER Château de Brest] to the [ORG Piazza Navona], [MISC Puerto Rican] fans "
                          "followed [PER Brest].");
  const Result r = group(t.doc, t.tags, gazetteer());
  REQUIRE(r.mentions.size() == 4);
  CHECK(r.mentions[0].type == EntityType::LOC);
  CHECK(r.mentions[1].type == EntityType::LOC);
  CHECK(r.mentions[2].type == EntityType::MISC);  // a demonym
  CHECK(r.mentions[3].entity != r.mentions[0].entity);  // no surname of a place
}

TEST_CASE("a surname alone joins a name the text gives a person's role, whatever the tagger voted",
          "[entities][grouping]") {
  const Tagged t = tagged("\"We want more,\" said [ORG TM Roh], the head of the business. [ORG Roh] said sales rose.");
  const Result r = group(t.doc, t.tags, gazetteer());
  REQUIRE(r.mentions.size() == 2);
  CHECK(r.mentions[0].type == EntityType::PER);
  CHECK(r.mentions[1].entity == r.mentions[0].entity);
}

TEST_CASE("an operation's name is an event's, with the word \"Operation\"", "[entities][grouping]") {
  const Tagged t = tagged("Police called it [LOC Operation Perth]. The [LOC US] ran [MISC Operation] [PER Desert Storm] "
                          "and Operation [ORG Warp Speed].");
  const Result r = group(t.doc, t.tags, gazetteer());
  CHECK(mention_texts(t, r) ==
        std::vector<std::string>{"Operation Perth", "US", "Operation Desert Storm", "Operation Warp Speed"});
  REQUIRE(r.mentions.size() == 4);
  CHECK(r.mentions[0].type == EntityType::MISC);
  CHECK(r.mentions[2].type == EntityType::MISC);
  CHECK(r.mentions[3].type == EntityType::MISC);
}

TEST_CASE("a police force or a council of two places is one organization", "[entities][grouping]") {
  const Tagged t = tagged("[LOC Avon] and [ORG Somerset Police] said [ORG Chelsea] and [ORG Manchester United] drew "
                          "in [LOC Devon] and [LOC Cornwall].");
  const Result r = group(t.doc, t.tags, gazetteer());
  CHECK(mention_texts(t, r) == std::vector<std::string>{"Avon and Somerset Police", "Chelsea", "Manchester United",
                                                        "Devon", "Cornwall"});
  REQUIRE(r.mentions.size() == 5);
  CHECK(r.mentions[0].type == EntityType::ORG);
}

TEST_CASE("a charity or a ticket seller the news names daily is an organization", "[entities][grouping]") {
  const Tagged t = tagged("Fans blamed [PER Ticketmaster]; [LOC Greenpeace] and [LOC Oxfam] raised money.");
  const Result r = group(t.doc, t.tags, gazetteer());
  REQUIRE(r.mentions.size() == 3);
  for (const Mention& m : r.mentions) CHECK(m.type == EntityType::ORG);
}

TEST_CASE("a product the news names daily, with its model, is a product", "[entities][grouping]") {
  const Tagged t = tagged("Sales of the [ORG Galaxy S24] slowed as the [ORG iPhone] gained; [PER Azure] grew and "
                          "[ORG Apple] rose.");
  const Result r = group(t.doc, t.tags, gazetteer());
  REQUIRE(r.mentions.size() == 4);
  CHECK(r.mentions[0].type == EntityType::MISC);
  CHECK(r.mentions[1].type == EntityType::MISC);
  CHECK(r.mentions[2].type == EntityType::MISC);
  CHECK(r.mentions[3].type == EntityType::ORG);
}

TEST_CASE("a first name alone joins the one full name it opens", "[entities][grouping]") {
  const Tagged t = tagged("[PER Helen Clarke] resigned. \"[PER Helen] did right,\" [PER Rishi Sunak] said. "
                          "[PER Mark Roe] and [PER Mark Brooks] tied; [PER Mark] led.");
  const Result r = group(t.doc, t.tags, gazetteer());
  REQUIRE(r.mentions.size() == 6);
  CHECK(r.mentions[1].entity == r.mentions[0].entity);
  CHECK(r.entities[r.mentions[1].entity].name == "Helen Clarke");
  CHECK(r.mentions[5].entity != r.mentions[3].entity);  // two Marks: no telling which
  CHECK(r.mentions[5].entity != r.mentions[4].entity);
}

TEST_CASE("an organization of two words ending the text reads no token past it", "[entities][grouping]") {
  // Fuzzing found the owner's possessive test reading the token after a
  // last two-word organization (ASan: SEGV); the input is
  // tests/fuzz/seeds/organization-at-text-end.txt.
  const Tagged t = tagged("Stadium loan approved\n\nBy [ORG Jane Roe]");
  const Result r = group(t.doc, t.tags, gazetteer());
  CHECK(mention_texts(t, r) == std::vector<std::string>{"Jane Roe"});
}

TEST_CASE("an organization's last word alone joins the one organization it ends", "[entities][grouping]") {
  const Tagged t = tagged("[ORG Manchester United] beat [ORG Aston Villa]. [ORG United] led; [ORG Villa] pressed. "
                          "[ORG Commodity Credit Corp of USDA] and [ORG USDA] met. [ORG Acme Holdings Ltd] and "
                          "[ORG Ltd] did not.");
  const Result r = group(t.doc, t.tags, gazetteer());
  REQUIRE(r.mentions.size() == 8);
  CHECK(r.mentions[2].entity == r.mentions[0].entity);
  CHECK(r.mentions[3].entity == r.mentions[1].entity);
  CHECK(r.mentions[5].entity != r.mentions[4].entity);  // another's name, after "of"
  CHECK(r.mentions[7].entity != r.mentions[6].entity);  // a legal form
}

TEST_CASE("a one-word name listed before a longer one that ends with it is another", "[entities][grouping]") {
  // "Congress" was the Trinamool Congress.
  const Tagged t = tagged("As soon as the [ORG House] assembled, [ORG Congress], [ORG DMK] and [ORG Trinamool "
                          "Congress] members were on their feet. [ORG Congress] leader [PER Gaurav Gogoi] spoke.");
  const Result r = group(t.doc, t.tags, gazetteer());
  REQUIRE(r.mentions.size() == 6);
  CHECK(r.mentions[1].entity != r.mentions[3].entity);
  CHECK(r.mentions[4].entity == r.mentions[1].entity);
}

TEST_CASE("a chamber's name leaves \"Majority\" or \"Minority\" to the office after it", "[entities][grouping]") {
  const Tagged t = tagged("[ORG Senate Majority] Leader [PER Chuck Schumer] met [ORG House Minority] Whip "
                          "[PER Katherine Clark].");
  CHECK(mention_texts(t, group(t.doc, t.tags, gazetteer())) ==
        std::vector<std::string>{"Senate", "Chuck Schumer", "House", "Katherine Clark"});
}

TEST_CASE("\"Shares of\" opening a company's name is trimmed", "[entities][grouping]") {
  const Tagged t = tagged("[ORG Shares of Nvidia] fell 1.2%. The [ORG Bank of England] held rates.");
  CHECK(mention_texts(t, group(t.doc, t.tags, gazetteer())) == std::vector<std::string>{"Nvidia", "Bank of England"});
}

TEST_CASE("a first name the tagger gave another type joins its person, in any case", "[entities][grouping]") {
  const Tagged t = tagged("[PER KAITLAN COLLINS]: Welcome. [PER JOHN THUNE]: Good to be with you, [ORG Kaitlan]. "
                          "[ORG Pirelli] rose; [ORG Pirelli] and [PER Pirelli SpA] fell.");
  const Result r = group(t.doc, t.tags, gazetteer());
  REQUIRE(r.mentions.size() == 6);
  CHECK(r.mentions[2].entity == r.mentions[0].entity);
  CHECK(r.mentions[2].type == EntityType::PER);
  CHECK(r.mentions[3].entity != r.mentions[5].entity);  // read as another type more often than the person is named
}

TEST_CASE("a list of one-word names, most of them people, is a list of people", "[entities][grouping]") {
  const Tagged t = tagged("[ORG Arsenal]: [PER Raya], [LOC White], [PER Saliba], [PER Gabriel], [LOC Partey] and "
                          "[PER Saka]. [PER David Raya] and [PER William Saliba] starred. [LOC Paris], [LOC Lyon], "
                          "[PER Lille] and [LOC Nice] voted.");
  const Result r = group(t.doc, t.tags, gazetteer());
  REQUIRE(r.mentions.size() == 13);
  CHECK(r.mentions[2].type == EntityType::PER);  // White
  CHECK(r.mentions[5].type == EntityType::PER);  // Partey
  CHECK(r.mentions[9].type == EntityType::LOC);  // Paris: a list of places
}

TEST_CASE("a team sheet's lines parted by semicolons after its label are people, whatever the tagger read",
          "[entities][grouping]") {
  // The tagger missed "Timber"; the list goes on after it.
  const Tagged t = tagged("[ORG Arsenal]: [PER Raya]; [LOC White], [PER Saliba], [PER Gabriel], Timber; [PER Odegaard], "
                          "[LOC Rice], [LOC Merino]; [PER Saka], [LOC Havertz], [PER Martinelli].");
  const Result r = group(t.doc, t.tags, gazetteer());
  REQUIRE(r.mentions.size() == 11);
  for (size_t m = 1; m < r.mentions.size(); ++m) CHECK(r.mentions[m].type == EntityType::PER);
  // A side's eleven after its club, commas alone between them, as the BBC prints them (were places).
  const Tagged side = tagged("[ORG Liverpool]: [LOC Alisson], [LOC Bradley], [ORG Konate], [LOC Van Dijk], "
                             "[LOC Robertson], [LOC Gravenberch], [PER Mac Allister], [LOC Szoboszlai], [PER Salah], "
                             "[LOC Jota], [LOC Diaz].");
  const Result s = group(side.doc, side.tags, gazetteer());
  REQUIRE(s.mentions.size() == 12);
  for (size_t m = 1; m < s.mentions.size(); ++m) CHECK(s.mentions[m].type == EntityType::PER);
  // Places listed after a colon with commas alone stay places.
  const Tagged places = tagged("Flights to: [LOC Paris], [LOC Lyon], [LOC Nice], [LOC Nantes].");
  for (const auto& m : group(places.doc, places.tags, gazetteer()).mentions) CHECK(m.type == EntityType::LOC);
}

TEST_CASE("a place's name with an organization's head word after it names the organization",
          "[entities][grouping]") {
  const Tagged t = tagged("It was published in the [LOC New England Journal of Medicine] and measured by [ORG LDL]. "
                          "The [LOC West Bank] and [LOC Taipei University Hospital] agreed.");
  const Result r = group(t.doc, t.tags, gazetteer());
  CHECK(mention_texts(t, r) ==
        std::vector<std::string>{"New England Journal of Medicine", "West Bank", "Taipei University Hospital"});
  REQUIRE(r.mentions.size() == 3);
  CHECK(r.mentions[0].type == EntityType::ORG);
  CHECK(r.mentions[1].type == EntityType::LOC);
  CHECK(r.mentions[2].type == EntityType::ORG);
}

TEST_CASE("a lawmaker's party and state, and a title's abbreviation, are no names", "[entities][grouping]") {
  const Tagged t = tagged("[LOC Sen]. [PER Ted Cruz] ([LOC R-Texas]) and [PER Mike Johnson], [MISC R-La]., voted.");
  CHECK(mention_texts(t, group(t.doc, t.tags, gazetteer())) == std::vector<std::string>{"Ted Cruz", "Mike Johnson"});
}

TEST_CASE("a stock index is named with its number", "[entities][grouping]") {
  const Tagged t = tagged("The [ORG S&P] 500 gained and the [MISC FTSE 100] fell. [ORG S&P] said so.");
  const Result r = group(t.doc, t.tags, gazetteer());
  CHECK(mention_texts(t, r) == std::vector<std::string>{"S&P 500", "FTSE 100", "S&P"});
  REQUIRE(r.mentions.size() == 3);
  CHECK(r.mentions[0].type == EntityType::MISC);
  CHECK(r.mentions[2].type == EntityType::ORG);  // the rating agency
}

TEST_CASE("titles, function words and possessives are trimmed off a mention", "[entities][grouping]") {
  const Tagged t = tagged("He met [PER President Vladimir Putin's] envoy and [ORG the United Nations].");
  CHECK(mention_texts(t, group(t.doc, t.tags, gazetteer())) ==
        std::vector<std::string>{"Vladimir Putin", "United Nations"});
}

TEST_CASE("a possessive after a lone title or group word stays in a place's or organization's name",
          "[entities][grouping]") {
  SECTION("inside the span") {
    const Tagged t = tagged("[ORG People's Daily] said [ORG Queen's Park] won, as [ORG Division's Space Unit] said.");
    CHECK(mention_texts(t, group(t.doc, t.tags, gazetteer())) ==
          std::vector<std::string>{"People's Daily", "Queen's Park", "Division", "Space Unit"});
  }
  SECTION("at its end") {
    const Tagged t = tagged("They play at [LOC Lord's] and met [PER Queen's] aides.");
    CHECK(mention_texts(t, group(t.doc, t.tags, gazetteer())) == std::vector<std::string>{"Lord's"});
  }
}

TEST_CASE("a number the tagger took in after a capitalized word stays in the name", "[entities][grouping]") {
  const Tagged t = tagged("Sales of [MISC Windows 95] rose before [MISC Euro 96], beat [ORG Schalke 04].");
  CHECK(mention_texts(t, group(t.doc, t.tags, gazetteer())) ==
        std::vector<std::string>{"Windows 95", "Euro 96", "Schalke 04"});
  const Tagged lone = tagged("They won [MISC 96] games and [MISC the 95].");
  CHECK(mention_texts(lone, group(lone.doc, lone.tags, gazetteer())).empty());
}

TEST_CASE("a title word that ends a person's full name names that person alone", "[entities][grouping]") {
  const Tagged t = tagged("[PER Billie Jean King] won. \"Yes,\" said [PER King], and [PER Queen] smiled.");
  const Result r = group(t.doc, t.tags, gazetteer());
  CHECK(mention_texts(t, r) == std::vector<std::string>{"Billie Jean King", "King"});
  REQUIRE(r.entities.size() == 1);
  CHECK(r.entities[0].count == 2);
}

TEST_CASE("a capitalized function word opening a name mid-sentence stays in it", "[entities][grouping]") {
  SECTION("and joins the form without it") {
    const Tagged t = tagged("[ORG The Times] said so. They play at [LOC The Oval] against [ORG the All Blacks]. "
                            "[ORG All Blacks] won, [ORG Times] said.");
    const Result r = group(t.doc, t.tags, gazetteer());
    CHECK(mention_texts(t, r) ==
          std::vector<std::string>{"Times", "The Oval", "All Blacks", "Blacks", "Times"});
    REQUIRE(r.entities.size() == 3);
    CHECK(r.entities[2].name == "All Blacks");
    CHECK(r.entities[2].count == 2);
  }
  SECTION("not before a number or a lower-case word") {
    const Tagged t = tagged("It amends Regulation [MISC No 1676/96] and [MISC All the President].");
    CHECK(mention_texts(t, group(t.doc, t.tags, gazetteer())).empty());  // "President" alone is a title
  }
}

TEST_CASE("a capital letter in brackets stays in a name, an acronym does not", "[entities][grouping]") {
  const Tagged t =
      tagged("[ORG Mladost (L)] beat [ORG Buducnost (V)] at the [ORG Shanghai Cooperation Organization (SCO)] games.");
  CHECK(mention_texts(t, group(t.doc, t.tags, gazetteer())) ==
        std::vector<std::string>{"Mladost (L)", "Buducnost (V)", "Shanghai Cooperation Organization", "SCO"});
}

TEST_CASE("a plural's possessive apostrophe after a common noun stays in a name", "[entities][grouping]") {
  const Tagged t = tagged("The [ORG Revolutionary Workers\xE2\x80\x99 Party] and the [MISC African Nations' Cup] "
                          "came to [LOC Brussels' Grand Place].");
  CHECK(mention_texts(t, group(t.doc, t.tags, gazetteer())) ==
        std::vector<std::string>{"Revolutionary Workers\xE2\x80\x99 Party", "African Nations' Cup", "Brussels",
                                 "Grand Place"});
}

TEST_CASE("\"I\" with its verb in one token is no name", "[entities][grouping]") {
  const Tagged t = tagged("\"It's the worst [MISC I've] seen,\" said [PER Anne Roy]. \"[MISC I\xE2\x80\x99m] sure.\"");
  CHECK(mention_texts(t, group(t.doc, t.tags, gazetteer())) == std::vector<std::string>{"Anne Roy"});
}

TEST_CASE("a section label before a colon is dropped unless the text names someone so", "[entities][grouping]") {
  SECTION("a lone label") {
    const Tagged t = tagged("[PER Diplomacy]: talks resume\n\nThey met [PER Sergey Lavrov] in Moscow.");
    CHECK(mention_texts(t, group(t.doc, t.tags, gazetteer())) == std::vector<std::string>{"Sergey Lavrov"});
  }
  SECTION("a word the text also capitalizes mid-sentence") {
    const Tagged t = tagged("[PER Diplomacy]: talks resume\n\nThey praised [PER Diplomacy] in Moscow.");
    CHECK(mention_texts(t, group(t.doc, t.tags, gazetteer())) == std::vector<std::string>{"Diplomacy", "Diplomacy"});
  }
  SECTION("a known first name") {
    const Tagged t = tagged("[PER Vladimir]: talks resume\n\nThey met in Moscow.");
    CHECK(mention_texts(t, group(t.doc, t.tags, gazetteer())) == std::vector<std::string>{"Vladimir"});
  }
}

TEST_CASE("a word glued before a surname with other first names is cut", "[entities][grouping]") {
  const Tagged t = tagged("[PER Diplomacy Putin] hints at talks.\n\n[PER Vladimir Putin] spoke. [PER Putin] left.");
  const Result r = group(t.doc, t.tags, gazetteer());
  CHECK(mention_texts(t, r) == std::vector<std::string>{"Putin", "Vladimir Putin", "Putin"});
  REQUIRE(r.entities.size() == 1);
  CHECK(r.entities[0].name == "Vladimir Putin");
  CHECK(r.entities[0].aliases == std::vector<std::string>{"Putin"});
}

TEST_CASE("one surface form across line breaks, and a known acronym with its spellings, are one entity",
          "[entities][grouping]") {
  const Tagged t = tagged(
      "[PER Sergey\nLavrov] spoke. [PER Sergey Lavrov] left. [LOC U.S.] and [LOC US] officials met in the "
      "[LOC United States].");
  const Result r = group(t.doc, t.tags, gazetteer());
  REQUIRE(r.entities.size() == 2);
  CHECK(r.entities[0].name == "Sergey Lavrov");
  CHECK(r.entities[0].aliases.empty());
  CHECK(r.entities[0].count == 2);
  CHECK(r.entities[1].name == "United States");
  CHECK(r.entities[1].aliases == std::vector<std::string>{"U.S.", "US"});
  CHECK(r.entities[1].type == EntityType::LOC);
}

TEST_CASE("an office inside a name is no name: the seat before it and the person after it are names of their own",
          "[entities][grouping]") {
  static const Gazetteer places("1\ttennessee\n");  // a city: a place the gazetteer knows
  SECTION("inside one span") {
    const Tagged t = tagged("[ORG Federal Reserve Governor Christopher Waller] said the bank could wait.");
    const Result r = group(t.doc, t.tags, places);
    CHECK(mention_texts(t, r) == std::vector<std::string>{"Federal Reserve", "Christopher Waller"});
    REQUIRE(r.mentions.size() == 2);
    CHECK(r.mentions[0].type == EntityType::ORG);
    CHECK(r.mentions[1].type == EntityType::PER);
  }
  SECTION("a two-word office, cut by the tags") {
    const Tagged t = tagged("[ORG Tennessee Attorney] General [PER Jonathan Skrmetti] said the law was sound.");
    const Result r = group(t.doc, t.tags, places);
    CHECK(mention_texts(t, r) == std::vector<std::string>{"Tennessee", "Jonathan Skrmetti"});
    REQUIRE(r.mentions.size() == 2);
    CHECK(r.mentions[0].type == EntityType::LOC);
  }
  SECTION("the office opening the person's name") {
    const Tagged t = tagged("[ORG Deschutes County] [PER Sheriff Kent van der Kamp] said the search went on.");
    const Result r = group(t.doc, t.tags, places);
    CHECK(mention_texts(t, r) == std::vector<std::string>{"Deschutes County", "Kent van der Kamp"});
    // A British councillor's title, abbreviated.
    const Tagged cllr = tagged("[PER Cllr Edward Thomas], cabinet member for transport, said the bridge was higher.");
    CHECK(mention_texts(cllr, group(cllr.doc, cllr.tags, places)) == std::vector<std::string>{"Edward Thomas"});
  }
  SECTION("an office and a listed first name the tagger read as an organization's: a person") {
    static const Gazetteer names("2\tamy\n");  // category kFirstName
    const Tagged t = tagged("[ORG Justice Amy Coney Barrett] wrote the opinion.");
    const Result r = group(t.doc, t.tags, names);
    CHECK(mention_texts(t, r) == std::vector<std::string>{"Amy Coney Barrett"});
    CHECK(r.mentions[0].type == EntityType::PER);
    // Without a first name the gazetteer knows, the organization stays whole.
    const Tagged unknown = tagged("[ORG Justice Quill Coney Barrett] wrote the opinion.");
    CHECK(mention_texts(unknown, group(unknown.doc, unknown.tags, names)) ==
          std::vector<std::string>{"Justice Quill Coney Barrett"});
  }
  SECTION("no person after the office, or a word alone: left whole") {
    const Tagged t = tagged("The [ORG Federal Reserve Governor] spoke to the [ORG Federal Trade Commission and Justice "
                            "Department].");
    CHECK(mention_texts(t, group(t.doc, t.tags, places)) ==
          std::vector<std::string>{"Federal Reserve Governor", "Federal Trade Commission and Justice Department"});
  }
}

TEST_CASE("a byline's name ends at \"For\", \"at\" or \"in\"", "[entities][grouping]") {
  const Tagged t = tagged("By [PER Ryan Hooper For Mailonline]\n\nThe storm hit [PER Jane Roe in Bath].");
  const Result r = group(t.doc, t.tags, gazetteer());
  CHECK(mention_texts(t, r) == std::vector<std::string>{"Ryan Hooper", "Mailonline", "Jane Roe in Bath"});
  REQUIRE(r.mentions.size() == 3);
  CHECK(r.mentions[0].type == EntityType::PER);
  CHECK(r.mentions[1].type == EntityType::ORG);
}

TEST_CASE("a name before an office, with the person after it, keeps its type", "[entities][grouping]") {
  static const Gazetteer places("1\tmanchester united\n");
  const Tagged t = tagged("[ORG Manchester United] Manager [PER Ruben Amorim] said the team played well.");
  const Result r = group(t.doc, t.tags, places);
  CHECK(mention_texts(t, r) == std::vector<std::string>{"Manchester United", "Ruben Amorim"});
  REQUIRE(r.mentions.size() == 2);
  CHECK(r.mentions[0].type == EntityType::ORG);
}

TEST_CASE("a name ending with a firm's word is an organization, unless a known place", "[entities][grouping]") {
  static const Gazetteer seen(":\twest bank\n");  // category kSeenPlace: '0' + 10
  const Tagged t = tagged("Said [PER Tamsin Greer], an analyst at [LOC Halden Capital]. The [PER Wagner Group] "
                          "left the [LOC West Bank].");
  const Result r = group(t.doc, t.tags, seen);
  REQUIRE(r.mentions.size() == 4);
  CHECK(r.mentions[1].type == EntityType::ORG);
  CHECK(r.mentions[2].type == EntityType::ORG);
  CHECK(r.mentions[3].type == EntityType::LOC);
}

TEST_CASE("a name opened or ended by a landform's word is a place, not a person's named so",
          "[entities][grouping]") {
  static const Gazetteer names("2\tmichael\n2\twolf\n");  // category kFirstName
  const Tagged t = tagged("Dives off [PER Point Lobos] and the [ORG Skerrow Point] lighthouse, near [PER Wolf Island]; "
                          "[PER Michael Bay] filmed [ORG Lake Tahoe].");
  const Result r = group(t.doc, t.tags, names);
  REQUIRE(r.mentions.size() == 5);
  CHECK(r.mentions[0].type == EntityType::LOC);
  CHECK(r.mentions[1].type == EntityType::LOC);
  CHECK(r.mentions[2].type == EntityType::LOC);
  CHECK(r.mentions[3].type == EntityType::PER);
  CHECK(r.mentions[4].type == EntityType::LOC);
}

TEST_CASE("a name opened by a harbour's or a fort's word is a place", "[entities][grouping]") {
  const Tagged t = tagged("Catriona MacLeod stands on the pier at [PER Port Ellen]; communities such as Wadeye and "
                          "[ORG Port Keats] face overcrowding near [PER Fort William].");
  const Result r = group(t.doc, t.tags, gazetteer());
  REQUIRE(r.mentions.size() == 3);
  CHECK(r.mentions[0].type == EntityType::LOC);
  CHECK(r.mentions[1].type == EntityType::LOC);
  CHECK(r.mentions[2].type == EntityType::LOC);
}

TEST_CASE("a pronoun of no one in particular is no name", "[entities][grouping]") {
  const Tagged t = tagged("But as the economist Juliet Schor told me last month: \"[PER Nobody] is saying every job "
                          "must look the same. [PER Everyone] knows it.\"");
  const Result r = group(t.doc, t.tags, gazetteer());
  CHECK(r.mentions.empty());
}

TEST_CASE("a person's name with a middle name joins the name without it, unless two middle names share it",
          "[entities][grouping]") {
  const Tagged t = tagged("[PER Margaret Ellery] died. [PER Margaret Anne Ellery] was born in 1939. [PER Ellery] "
                          "swam. [PER George W. Bush] and [PER George H.W. Bush] met [PER George Bush].");
  const Result r = group(t.doc, t.tags, gazetteer());
  REQUIRE(r.mentions.size() == 6);
  CHECK(r.mentions[1].entity == r.mentions[0].entity);
  CHECK(r.mentions[2].entity == r.mentions[0].entity);
  CHECK(r.entities[r.mentions[0].entity].name == "Margaret Anne Ellery");
  CHECK(r.mentions[3].entity != r.mentions[5].entity);
  CHECK(r.mentions[4].entity != r.mentions[5].entity);
}

TEST_CASE("a full name whose last word the text writes after a personal title is that person's",
          "[entities][grouping]") {
  const Tagged t = tagged("[ORG Labour]'s [ORG Priya Anand] won. Ms [PER Anand] said so. [ORG Hartwell Forge] hired "
                          "[PER Gary Stott].");
  const Result r = group(t.doc, t.tags, gazetteer());
  REQUIRE(r.mentions.size() == 5);
  CHECK(r.mentions[1].type == EntityType::PER);
  CHECK(r.mentions[2].entity == r.mentions[1].entity);
  CHECK(r.mentions[3].type == EntityType::ORG);
}

TEST_CASE("a member's title alone and a work's numbered part are no names", "[entities][grouping]") {
  const Tagged t = tagged("The [ORG Briefing], [ORG Episode] 212. The former [ORG MP], [PER Daniel Pryce], stood down; "
                          "[ORG MEPs] voted. [ORG Apple] hired.");
  CHECK(mention_texts(t, group(t.doc, t.tags, gazetteer())) ==
        std::vector<std::string>{"Briefing", "Daniel Pryce", "Apple"});
}

TEST_CASE("a word after a speaker's label that the text writes in lower case is no name", "[entities][grouping]") {
  const Tagged t = tagged("[PER Sarah Lund]: Why do egg prices rise?\n\n[00:00:46] [PER Marcus Hale]: [ORG Eggs] are "
                          "inelastic.\n\n[PER Marcus Hale]: [ORG Apple] sells no eggs... er, apples.");
  CHECK(mention_texts(t, group(t.doc, t.tags, gazetteer())) ==
        std::vector<std::string>{"Sarah Lund", "Marcus Hale", "Marcus Hale", "Apple"});
}

TEST_CASE("a place every mention of which names where someone studied is the university", "[entities][grouping]") {
  const Tagged t = tagged("She earned a doctorate from [LOC Stanford] and graduated from [LOC Yale]. She lived in "
                          "[LOC Yale] and left [LOC Eugene].");
  const Result r = group(t.doc, t.tags, gazetteer());
  REQUIRE(r.mentions.size() == 4);
  CHECK(r.mentions[0].type == EntityType::ORG);
  CHECK(r.mentions[1].type == EntityType::LOC);  // a town too, "lived in Yale"
  CHECK(r.mentions[3].type == EntityType::LOC);
}

TEST_CASE("two names joined before \"seat\", or one before \"constituency\", are a constituency's places",
          "[entities][grouping]") {
  const Tagged t = tagged("[ORG Labour] held the [ORG Hartwell] and [ORG Dunmore] seat. [ORG Hartwell] voted, as did "
                          "the [ORG Kirkby] constituency; it was a [ORG Reform] seat.");
  const Result r = group(t.doc, t.tags, gazetteer());
  REQUIRE(r.mentions.size() == 6);
  CHECK(r.mentions[0].type == EntityType::ORG);
  CHECK(r.mentions[1].type == EntityType::LOC);
  CHECK(r.mentions[2].type == EntityType::LOC);
  CHECK(r.mentions[3].type == EntityType::LOC);
  CHECK(r.mentions[4].type == EntityType::LOC);
  CHECK(r.mentions[5].type == EntityType::ORG);
}

TEST_CASE("a name before \"by-election\" is a constituency's place", "[entities][grouping]") {
  const Tagged t = tagged("[ORG Labour] won the [ORG Blackpool South] by-election. The people of [ORG Blackpool "
                          "South] have spoken.");
  const Result r = group(t.doc, t.tags, gazetteer());
  REQUIRE(r.mentions.size() == 3);
  CHECK(r.mentions[0].type == EntityType::ORG);
  CHECK(r.mentions[1].type == EntityType::LOC);
  CHECK(r.mentions[2].type == EntityType::LOC);
}

TEST_CASE("a full name opened by a known first name whose last word names a person alone is that person's",
          "[entities][grouping]") {
  static const Gazetteer names("2\tjordan\n2\tmorgan\n");  // category kFirstName
  const Tagged t = tagged("[ORG Jordan Pickford] saved. [PER Pickford] dived. [ORG Harlow Greer] rose; [PER Greer] "
                          "sold.");
  const Result r = group(t.doc, t.tags, names);
  REQUIRE(r.mentions.size() == 4);
  CHECK(r.mentions[0].type == EntityType::PER);
  CHECK(r.mentions[1].entity == r.mentions[0].entity);
  CHECK(r.mentions[2].type == EntityType::ORG);  // "Harlow" is no known first name
}

TEST_CASE("a one-word name in camel case is a brand's, not a person's nor a place's", "[entities][grouping]") {
  const Tagged t = tagged("Data from [LOC CoinGecko] and [PER BlackRock] and [LOC YouTube] reached [PER McAllen]. "
                          "[PER DeSantis] met [PER MacKenzie].");
  const Result r = group(t.doc, t.tags, gazetteer());
  REQUIRE(r.mentions.size() == 6);
  CHECK(r.mentions[0].type == EntityType::ORG);
  CHECK(r.mentions[1].type == EntityType::ORG);
  CHECK(r.mentions[2].type == EntityType::ORG);
  CHECK(r.mentions[3].type == EntityType::PER);
  CHECK(r.mentions[4].type == EntityType::PER);
  CHECK(r.mentions[5].type == EntityType::PER);
}

TEST_CASE("an acronym in brackets after a name with a short word spelled whole names it", "[entities][grouping]") {
  const Tagged t = tagged("The [ORG UK Health Security Agency] ([ORG UKHSA]) issued an alert. [ORG UKHSA] said more.");
  const Result r = group(t.doc, t.tags, gazetteer());
  REQUIRE(r.entities.size() == 1);  // were two
  CHECK(r.entities[0].name == "UK Health Security Agency");
}

TEST_CASE("a person's name opened by a place's modifier is a region's", "[entities][grouping]") {
  // Al Jazeera on Sudan: "North Darfur" was a person.
  const Tagged t = tagged("Famine was confirmed in the Zamzam camp in [PER North Darfur] and in [PER Upper Nile]. "
                          "[PER Oliver North] and [PER Kanye West] were not there. Aid reached [LOC North Darfur].");
  const Result r = group(t.doc, t.tags, gazetteer());
  REQUIRE(r.mentions.size() == 5);
  CHECK(r.mentions[0].type == EntityType::LOC);
  CHECK(r.mentions[1].type == EntityType::LOC);
  CHECK(r.mentions[2].type == EntityType::PER);
  CHECK(r.mentions[3].type == EntityType::PER);
  CHECK(r.mentions[4].type == EntityType::LOC);  // was a person: "North" is among the first names
}

TEST_CASE("a word read as a person's that ends the one organization's name and names no one joins it",
          "[entities][grouping]") {
  // "fraser" a name the training text knows as a person's: kSeenPerson, '0' + 8.
  static const Gazetteer seen("8\tfraser\n");
  const Tagged t = tagged("[PER Mukesh Ambani] said the telecom arm, [ORG Reliance Jio], will go public. "
                          "\"[PER Jio] is making all arrangements,\" [PER Ambani] said. [ORG Brightwater Fraser] and "
                          "[PER Fraser] disagreed. [ORG Morgan Stanley] hired [PER Ben Stanley]; [PER Stanley] "
                          "spoke.");
  const Result r = group(t.doc, t.tags, seen);
  REQUIRE(r.mentions.size() == 9);
  CHECK(r.mentions[2].entity == r.mentions[1].entity);  // was a person
  CHECK(r.mentions[2].type == EntityType::ORG);
  CHECK(r.mentions[5].entity != r.mentions[4].entity);  // a person's name
  CHECK(r.mentions[8].entity == r.mentions[7].entity);  // the surname of a person named in full
}

TEST_CASE("a name after \"better known as\" or \"nicknamed\" following a person's is that person's",
          "[entities][grouping]") {
  const Tagged t = tagged("The group, led by [PER Mohamed Hamdan Dagalo], better known as [ORG Hemedti], has "
                          "controlled [LOC Khartoum]. [PER Erling Haaland], nicknamed [MISC Terminator], scored. "
                          "[ORG Apple], known as [ORG Apple Computer] until 2007, rose.");
  const Result r = group(t.doc, t.tags, gazetteer());
  REQUIRE(r.mentions.size() == 7);
  CHECK(r.mentions[1].entity == r.mentions[0].entity);  // was an organization of its own
  CHECK(r.mentions[1].type == EntityType::PER);
  CHECK(r.mentions[4].entity == r.mentions[3].entity);
  CHECK(r.mentions[6].type == EntityType::ORG);  // only a person's other name
}
