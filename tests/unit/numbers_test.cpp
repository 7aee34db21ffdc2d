// Unit tests of the number grammar: what each kind of expression yields
// (span text, kind, value, unit), what is not a number, and hostile input.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <string>
#include <vector>

#include "entities/entities.hpp"
#include "numbers/dates.hpp"
#include "numbers/numbers.hpp"
#include "text/document.hpp"

namespace {

struct Seen {
  std::string text;
  lede::Number number;
};

std::vector<Seen> numbers_in(const std::string& text, const std::string& reference_date = "") {
  lede::Options options;
  options.reference_date = reference_date;
  const lede::text::Document doc = lede::text::segment(text);
  std::vector<Seen> seen;
  for (const lede::Number& n : lede::numbers::find(doc, {}, options)) {
    seen.push_back({text.substr(n.span.start, n.span.size()), n});
  }
  return seen;
}

// The one expression found in `text`; fails when there is not exactly one.
lede::Number only(const std::string& text, const std::string& reference_date = "") {
  const auto seen = numbers_in(text, reference_date);
  INFO(text);
  REQUIRE(seen.size() == 1);
  return seen[0].number;
}

std::string only_text(const std::string& text, const std::string& reference_date = "") {
  const auto seen = numbers_in(text, reference_date);
  INFO(text);
  REQUIRE(seen.size() == 1);
  return seen[0].text;
}

using K = lede::NumberKind;

}  // namespace

TEST_CASE("cardinals in digits and words have their values", "[numbers]") {
  CHECK(*only("There were 80 of them.").value == 80);
  CHECK(*only("About 1,200 came.").value == 1200);
  CHECK(*only("It grew 2.7 times.").value == Approx(2.7));
  CHECK(*only("twenty-one people").value == 21);
  CHECK(*only("one hundred and six").value == 106);
  CHECK(*only("a dozen eggs").value == 12);
  CHECK(*only("a hundred people").value == 100);
  CHECK(only("There were 80 of them.").kind == K::cardinal);
}

TEST_CASE("an ordered list's markers count nothing, and its items' own numbers stay", "[numbers]") {
  const std::string list =
      "What is the government doing?\n\n"
      "1. A housing order requires all poultry to be kept indoors.\n"
      "2. Farms within 3km of an outbreak are under restrictions.\n"
      "3) Culling has begun at 12 affected sites.\n";
  std::vector<std::string> found;
  for (const Seen& s : numbers_in(list)) found.push_back(s.text);
  CHECK(found == std::vector<std::string>{"3km", "12"});
  // The marker is a sentence of its own: the item's first word opens one.
  const lede::text::Document doc = lede::text::segment(list);
  CHECK(doc.token_text(doc.sentences[5].first_token) == "3");
  CHECK(doc.token_text(doc.sentences[6].first_token) == "Culling");
  // A number opening a paragraph is no marker without its glued mark.
  CHECK(only_text("2 people were hurt.") == "2");
  // Nor a line that a hard wrap began inside a bracket.
  const lede::Analysis scores = lede::analyze("Warwickshire 255-9 (A. Giles 57 not out, W. Khan\n52) v Worcestershire.");
  REQUIRE(!scores.numbers.empty());
  CHECK(scores.numbers.back().span.start == 49);
}

TEST_CASE("decimals are the numbers written, to the last digit", "[numbers]") {
  // The JSON shows the double: 5.609999999999999 is not what the text says.
  CHECK(*only("It cost $5.61 then.").value == 5.61);
  CHECK(*only("A yield of 0.29 was seen.").value == 0.29);
  CHECK(*only("He paid 1,234.56 for it.").value == 1234.56);
  CHECK(*only("Sales of 3.83 billion markka").value == 3.83e9);
  CHECK(*only("It was 6.625 then.").value == 6.625);
  // A scale multiplies them: still the number written.
  CHECK(*only("a bid of 1.005 million").value == 1005000);
  CHECK(*only("a fee of $8.45 million").value == 8450000);
}

TEST_CASE("mm is a million in money, a millimetre elsewhere", "[numbers]") {
  CHECK(*only("They raised $5 mm in funding.").value == 5e6);
  const lede::Number rain = only("Rainfall of 25 mm fell.");
  CHECK(rain.kind == K::quantity);
  CHECK(*rain.value == 25);
  CHECK(rain.unit == "mm");
  CHECK(only("a 9 mm pistol").unit == "mm");
}

TEST_CASE("scales multiply the amount", "[numbers]") {
  CHECK(*only("2.5 trillion").value == Approx(2.5e12));
  CHECK(*only("1.5m people").value == Approx(1.5e6));
  CHECK(*only("3bn people").value == Approx(3e9));
  CHECK(*only("200k people").value == Approx(2e5));
  CHECK(*only("10 million").value == Approx(1e7));
}

TEST_CASE("negative numbers and fractions are read", "[numbers]") {
  CHECK(*only("It fell to -4 overnight.").value == -4);
  CHECK(*only("minus five").value == -5);
  CHECK(*only("half of them").value == Approx(0.5));
  CHECK(*only("a third of them").value == Approx(1.0 / 3));
  CHECK(*only("3/4 of them").value == Approx(0.75));
  // A cricket score's runs for wickets is no fraction (was 44.5).
  CHECK(*only("India 267/6 in 48.1 overs.").value == Approx(48.1));
  // A sign after a count, glued to the digits after it, is theirs (was "two €", 2 EUR).
  const auto credits = numbers_in("It paid two \xE2\x82\xAC" "125 energy credits.");
  REQUIRE(credits.size() == 2);
  CHECK(credits[0].number.kind == K::cardinal);
  CHECK(credits[1].number.unit == "EUR");
  CHECK(*credits[1].number.value == 125);
  CHECK(*only("two-thirds of voters").value == Approx(2.0 / 3));
  CHECK(*only("one and a half").value == Approx(1.5));
  // A fraction's glyph after the whole part, glued or not.
  const lede::Number meeting = only("The meeting lasted 3\xC2\xBD hours.");
  CHECK(*meeting.value == Approx(3.5));
  CHECK(meeting.unit == "hour");
  CHECK(*only("He ran 2 \xC2\xBE miles.").value == Approx(2.75));
}

TEST_CASE("the Indian grouping of lakhs and crores is one amount", "[numbers]") {
  CHECK(only("The state paid 5,00,000 rupees to each family.").value == 500000);
  CHECK(only_text("The state paid 5,00,000 rupees to each family.") == "5,00,000 rupees");
  CHECK(only("The project cost Rs 1,00,00,000, officials said.").value == 10000000);
  CHECK(only("The loan of 12,34,567.89 was approved.").value == Approx(1234567.89));
  CHECK(numbers_in("Rows 1,2,3 were empty.").size() == 3);  // a list, no last group of three
}

TEST_CASE("a mark begins an amount only right before its digits", "[numbers]") {
  CHECK(*only("Rates fell by .08 points.").value == Approx(0.08));
  CHECK(only_text("The fall was - 4 degrees.") == "- 4 degrees");
  CHECK(only_text("Done. 5 of them left.") == "5");
  CHECK(numbers_in("Done - then more - and 'so' on, 'til the end.").empty());
  // A list's dash before a line of words is its bullet, not a minus; a
  // number alone on its line, or a score before a name, keeps the minus.
  CHECK(*only("Related Stories\n- 2 hurt in Chicopee rollover").value == 2);
  CHECK(*only("- 10 k").value == -10000);
  CHECK(*numbers_in("- 5 Paul Goydos through 2 holes").front().number.value == -5);
}

TEST_CASE("a comparison with last year's figure sets no bound on the year", "[numbers]") {
  const auto seen = numbers_in("It costs $100 more than last year's model.", "2026-12-07");
  REQUIRE(seen.size() == 2);
  CHECK(seen[1].text == "last year");
  CHECK(seen[1].number.approx.empty());
  CHECK(seen[0].number.approx.empty());
  CHECK(only("The talks lasted more than a year.").approx == "more than");
}

TEST_CASE("phrases of several words are read whole", "[numbers]") {
  CHECK(only("greater than or equal to 50 people").approx == "greater than or equal to");
  CHECK(only("at least 20 came").approx == "at least");
  CHECK(only_text("on the 15th of May it") == "the 15th of May");
  CHECK(only_text("in the third quarter of 2023") == "the third quarter of 2023");
  CHECK(only_text("by the end of February 2021") == "the end of February 2021");
}

TEST_CASE("ordinals are their own kind", "[numbers]") {
  for (auto [text, value] : {std::pair{"the first time", 1.0}, {"the 5th time", 5.0}, {"her 21st birthday", 21.0},
                             {"the twenty-second day", 22.0}}) {
    const lede::Number n = only(text);
    CHECK(n.kind == K::ordinal);
    CHECK(*n.value == value);
  }
}

TEST_CASE("percentages in every spelling are percent with unit %", "[numbers]") {
  for (const char* text : {"40%", "40 percent", "40 per cent", "40 pct", "40-per-cent"}) {
    const lede::Number n = only(std::string("grew ") + text + " last");
    CHECK(n.kind == K::percent);
    CHECK(*n.value == 40);
    CHECK(n.unit == "%");
  }
  // Glued "pc", as British and Pakistani papers write it; spaced it may count pieces.
  CHECK(only("Cement despatches rose 8.6pc.").unit == "%");
  CHECK(only("Sales rose 5 pc.").kind == K::cardinal);
  const lede::Number points = only("rose 2 percentage points");
  CHECK(points.kind == K::percent);
  CHECK(points.unit == "pp");
}

TEST_CASE("basis points are a quantity in bp", "[numbers]") {
  for (const char* text : {"Mexico's same-day Cetes rates rose 50 basis points to", "were down 50 bps at 93.94",
                           "SPREAD - 50 BP MATURITY", "a spread of 50bp over",
                           "Traders see a 50-basis-point cut in December."}) {
    INFO(text);
    const auto seen = numbers_in(text);
    REQUIRE(!seen.empty());
    CHECK(seen[0].number.kind == K::quantity);
    CHECK(*seen[0].number.value == 50);
    CHECK(seen[0].number.unit == "bp");
  }
  CHECK(only("futures were two basis points down").unit == "bp");
  // The unit's words hyphened after a space (was a cardinal 25).
  const auto cut = numbers_in("Futures priced in an 80% chance of a 25 basis-point cut to 3.75% on Dec. 18.");
  REQUIRE(cut.size() == 4);
  CHECK(cut[1].text == "25 basis-point");
  CHECK(cut[1].number.unit == "bp");
  // Percentage points hyphened as a modifier too.
  const auto lead = only("Labour holds a 3-percentage-point lead.");
  CHECK(lead.kind == K::percent);
  CHECK(lead.unit == "pp");
}

TEST_CASE("points of a score, an index or a poll's share are a quantity in point", "[numbers]") {
  const auto poll = numbers_in("Labour was down 8.9 points, the Greens up 1.6 points on the last poll");
  REQUIRE(poll.size() == 2);
  for (const auto& p : poll) {
    CHECK(p.number.kind == K::quantity);
    CHECK(p.number.unit == "point");
  }
  CHECK(*poll[1].number.value == 1.6);
  CHECK(only("rates rose 0.5 percentage points then").unit == "pp");  // a percentage point stays a percent
  CHECK(only("a 10-point plan").kind == K::cardinal);                   // the plan's items
}

TEST_CASE("money has its ISO 4217 code and a value with its scale", "[numbers]") {
  struct Case {
    const char* text;
    double value;
    const char* unit;
  };
  for (const Case& c : {Case{"$2.7 billion", 2.7e9, "USD"}, Case{"US$5", 5, "USD"}, Case{"€3m", 3e6, "EUR"},
                        Case{"£1.5bn", 1.5e9, "GBP"}, Case{"¥100", 100, "JPY"}, Case{"₽500", 500, "RUB"},
                        Case{"₹20 crore", 2e8, "INR"}, Case{"USD 5m", 5e6, "USD"},
                        Case{"5 million euros", 5e6, "EUR"}, Case{"300 rubles", 300, "RUB"},
                        Case{"300 roubles", 300, "RUB"}, Case{"10,000 rials", 1e4, "IRR"},
                        Case{"2 billion yuan", 2e9, "CNY"}, Case{"50 cents", 0.5, "USD"},
                        Case{"$1.2trn", 1.2e12, "USD"}}) {
    const lede::Number n = only(std::string("paid ") + c.text + " then");
    INFO(c.text);
    CHECK(n.kind == K::money);
    CHECK(*n.value == Approx(c.value));
    CHECK(n.unit == c.unit);
  }
  CHECK(only_text("paid $2.7 billion then") == "$2.7 billion");
}

TEST_CASE("a price per unit keeps its unit in the span, its currency as the unit", "[numbers]") {
  const lede::Number brent = only("Brent crude rose to $80/bbl in early trading.");
  CHECK(*brent.value == 80);
  CHECK(brent.unit == "USD");
  CHECK(only_text("Brent crude rose to $80/bbl in early trading.") == "$80/bbl");
  CHECK(only_text("The TTF contract traded at 48 euros per megawatt hour.") == "48 euros per megawatt hour");
  CHECK(only_text("Electricity will cost 27.03p per kWh.") == "27.03p per kWh");
  CHECK(only_text("Jet kerosene was assessed at $27.40 - $27.70 a barrel fob Gulf.") == "$27.40 - $27.70 a barrel");
  CHECK(only_text("Gold closed at $388.55 an ounce.") == "$388.55 an ounce");
  CHECK(only_text("US natural gas futures rose to $3.45 per mmBtu.") == "$3.45 per mmBtu");
  CHECK(only_text("Wholesale gas traded at 98p a therm.") == "98p a therm");
  // What a price is of, though no unit: a dozen (no count of 12 of its own), a person, a night.
  CHECK(only_text("Eggs hit a record $6.23 a dozen.") == "$6.23 a dozen");
  CHECK(only_text("Tickets cost $40 per person.") == "$40 per person");
  // Not a share, as Recognizers-Text reads "$98 a share"; a letter alone only after a slash.
  CHECK(only_text("It paid $2.50 a share.") == "$2.50");
  CHECK(only_text("It costs \xC2\xA3" "5 a m of cloth.") == "\xC2\xA3" "5");
}

TEST_CASE("a sum in brackets after its currency's sign is a loss, as accounts write it", "[numbers][money]") {
  // Were the counts 3.2, "million" and 0.05.
  const auto seen = numbers_in("GAAP net income of $21.4 million, compared with a net loss of $(3.2) million, or "
                               "$(0.05) per share.");
  REQUIRE(seen.size() == 3);
  CHECK(seen[1].text == "$(3.2) million");
  CHECK(seen[1].number.kind == K::money);
  CHECK(*seen[1].number.value == -3.2e6);
  CHECK(seen[2].text == "$(0.05)");
  CHECK(*seen[2].number.value == Approx(-0.05));
  // Words in brackets after a sign are no sum.
  CHECK(numbers_in("It cost $(see below) 5.").back().number.kind == K::cardinal);
}

TEST_CASE("quantities carry a unit symbol", "[numbers]") {
  struct Case {
    const char* text;
    double value;
    const char* unit;
  };
  for (const Case& c : {Case{"500 km", 500, "km"}, Case{"5 miles", 5, "mi"}, Case{"20 kg", 20, "kg"},
                        Case{"3 tonnes", 3, "t"}, Case{"1.2 million barrels", 1.2e6, "bbl"},
                        Case{"100,000 bpd", 1e5, "bbl/d"}, Case{"500 MW", 500, "MW"}, Case{"2 GW", 2, "GW"},
                        Case{"40 °C", 40, "°C"}, Case{"90 degrees Fahrenheit", 90, "°F"},
                        Case{"12 knots", 12, "kn"}, Case{"30 feet", 30, "ft"}, Case{"10 hectares", 10, "ha"},
                        Case{"400 km²", 400, "km²"}, Case{"a 200-megapixel", 200, "MP"},
                        Case{"5,000 mAh", 5000, "mAh"}, Case{"3.2 GHz", 3.2, "GHz"}, Case{"2 terabytes", 2, "TB"},
                        Case{"150 terawatt hours", 150, "TWh"}, Case{"3,225 megawatt", 3225, "MW"},
                        Case{"4.2 light years", 4.2, "ly"}, Case{"40 light-years", 40, "ly"},
                        Case{"6.3 micrometres", 6.3, "\xC2\xB5m"}, Case{"40 kelvin", 40, "K"},
                        Case{"45mpg", 45, "mpg"}, Case{"17 km/s", 17, "km/s"}, Case{"30 m/s", 30, "m/s"},
                        Case{"1.5 astronomical units", 1.5, "au"}, Case{"45,000 square feet", 45000, "ft\xC2\xB2"},
                        Case{"a 120,000-square-foot", 120000, "ft\xC2\xB2"}, Case{"2,000 sq ft", 2000, "ft\xC2\xB2"},
                        Case{"a 10-square-mile", 10, "mi\xC2\xB2"}, Case{"65W", 65, "W"}, Case{"500 watts", 500, "W"},
                        Case{"120Hz", 120, "Hz"}, Case{"420 parts per million", 420, "ppm"},
                        Case{"50 ppm", 50, "ppm"}, Case{"1,900 parts per billion", 1900, "ppb"},
                        Case{"1 tsp", 1, "tsp"}, Case{"2 tablespoons", 2, "tbsp"}, Case{"2 cups", 2, "cup"},
                        Case{"310 calories", 310, "kcal"}}) {
    const lede::Number n = only(std::string("about ") + c.text + " in all");
    INFO(c.text);
    CHECK(n.kind == K::quantity);
    CHECK(*n.value == Approx(c.value));
    CHECK(n.unit == c.unit);
  }
  CHECK(only("Leeds have reached 3 cup finals.").kind == K::cardinal);  // a trophy's cup
}

TEST_CASE("a C or F glued to digits is a temperature where the clause speaks of one", "[numbers]") {
  const lede::Number hit = only("Temperatures hit 40C in Seville.");
  CHECK(hit.kind == K::quantity);
  CHECK(hit.unit == "\xC2\xB0" "C");
  CHECK(only("Governments agreed to limit warming to 1.5C.").unit == "\xC2\xB0" "C");
  // Below zero whatever the clause says; a dash inside a code is no minus.
  CHECK(*only("It operates at about minus 233C, to keep its instruments cold.").value == -233);
  CHECK(*only("Overnight it fell to -5C in Aberdeen.").value == -5);
  CHECK(numbers_in("The A-5C model was shown.").empty());
  const auto range = numbers_in("Highs 82-96F (28-36C).");
  REQUIRE(range.size() == 2);
  CHECK(range[0].number.unit == "\xC2\xB0" "F");
  CHECK(*range[1].number.high == 36);
  // Elsewhere a code: "13F", "a 5C charger".
  CHECK(numbers_in("The 13F form was filed.").empty());
  CHECK(numbers_in("It comes with a 5C charger.").empty());
  CHECK(only("The European record of 48.8C, set in Sicily, could fall.").unit == "\xC2\xB0" "C");
}

TEST_CASE("bare degrees take the scale of the text's temperatures", "[numbers]") {
  // Were "°", degrees of no scale.
  const auto units = [](const std::string& text) {
    std::vector<std::string> read;
    for (const Seen& s : numbers_in(text)) {
      if (s.number.kind == K::quantity) read.push_back(s.text + " " + std::string(s.number.unit));
    }
    return read;
  };
  using Read = std::vector<std::string>;
  CHECK(units("A heatwave pushed highs to 36 degrees in Spain. Seville recorded highs of 36\xC2\xB0 on Monday. "
              "Lows of 2C are expected in London.") ==
        Read{"36 degrees \xC2\xB0" "C", "36\xC2\xB0 \xC2\xB0" "C", "2C \xC2\xB0" "C"});
  // No scale written: a weather's heat beyond any Celsius is Fahrenheit, else no scale is told.
  CHECK(units("Temperatures topped 104 degrees in Phoenix.") == Read{"104 degrees \xC2\xB0" "F"});
  CHECK(units("Temperatures reached 36 degrees in Phoenix.") == Read{"36 degrees \xC2\xB0"});
  // ... and so are the text's other bare degrees.
  CHECK(units("Highs could reach 110 degrees. Dallas has had 23 days at or above 100 degrees.") ==
        Read{"110 degrees \xC2\xB0" "F", "100 degrees \xC2\xB0" "F"});
  // Angles stay degrees.
  CHECK(units("Highs of 30C. The plane made a 180-degree turn at 51\xC2\xB0N and banked at a 45 degree angle.") ==
        Read{"30C \xC2\xB0" "C", "180-degree \xC2\xB0", "51\xC2\xB0 \xC2\xB0", "45 degree \xC2\xB0"});
  CHECK(units("Highs of 30C. The ship sank at 36 degrees north.") ==
        Read{"30C \xC2\xB0" "C", "36 degrees \xC2\xB0"});
}

TEST_CASE("a temperature's scale is the number's unit, not a name", "[numbers][entities]") {
  lede::Options options;
  options.offsets = lede::OffsetUnit::utf8;
  const std::string text =
      "Temperatures soared above 45 degrees Celsius (113\xC2\xB0" "F) in Sicily. Grande Prairie reported 7.0 "
      "Celsius. The carrier holds 158 F/A-18 fighters.";
  const lede::Analysis a = lede::analyze(text, options);
  std::vector<std::string> numbers, mentions;
  for (const lede::Number& n : a.numbers) numbers.push_back(text.substr(n.span.start, n.span.size()) + " " + std::string(n.unit));
  const size_t temperature_end = text.find(")");
  for (const lede::Mention& m : a.mentions) {
    if (m.span.start < temperature_end) mentions.push_back(text.substr(m.span.start, m.span.size()));
  }
  CHECK(numbers == std::vector<std::string>{"45 degrees Celsius \xC2\xB0" "C", "113\xC2\xB0" "F \xC2\xB0" "F",
                                            "7.0 Celsius \xC2\xB0" "C", "158 "});
  CHECK(mentions.empty());  // Celsius, F
}

TEST_CASE("a temperature's conversion in brackets with its letter apart is a temperature", "[numbers][entities]") {
  lede::Options options;
  options.offsets = lede::OffsetUnit::utf8;
  // Was a count 82 and a name "F" (AP writes the letter apart).
  const std::string text = "Sawe won despite temperatures that climbed to 28 degrees Celsius (82 F). Guests in Rome "
                           "saw 4.0 Celsius (39.2 F) on Monday.";
  const lede::Analysis a = lede::analyze(text, options);
  std::vector<std::string> numbers;
  for (const lede::Number& n : a.numbers) numbers.push_back(text.substr(n.span.start, n.span.size()) + " " + std::string(n.unit));
  CHECK(numbers == std::vector<std::string>{"28 degrees Celsius \xC2\xB0" "C", "82 F \xC2\xB0" "F",
                                            "4.0 Celsius \xC2\xB0" "C", "39.2 F \xC2\xB0" "F", "Monday "});
  for (const lede::Mention& m : a.mentions) CHECK(text.substr(m.span.start, m.span.size()) != "F");
  // A letter apart elsewhere is no scale.
  CHECK(numbers_in("Group F has 4 F teams.").back().number.kind == K::cardinal);
}

TEST_CASE("ages are quantities in years", "[numbers]") {
  const lede::Number a = only("a 30-year-old man");
  CHECK(a.kind == K::quantity);
  CHECK(*a.value == 30);
  CHECK(a.unit == "year");
  CHECK(*only("She is ten years old.").value == 10);
  // Between commas after a noun for a person the story has not named.
  const auto victim = numbers_in("The victim, 17, was stabbed four times.");
  REQUIRE(victim.size() == 2);
  CHECK(victim[0].number.kind == K::quantity);
  CHECK(victim[0].number.unit == "year");
  CHECK(victim[1].number.kind == K::cardinal);
  const lede::Number young = only("The rate for 18 to 20-year-olds rises.");
  CHECK(young.kind == K::quantity);
  CHECK(*young.high == 20);
  const lede::Number aged = only("The suspect, aged 19, was held.");
  CHECK(aged.kind == K::quantity);
  CHECK(*aged.value == 19);
  for (const char* text : {"She died at the age of 84 in Madrid.", "Cuban novelist dies at 84.",
                           "He died at age 84 in hospital."}) {
    INFO(text);
    CHECK(only(text).unit == "year");
  }
  CHECK(only("at the average age of 84 respondents").kind == K::cardinal);
  // A range of ages is one quantity: it was "aged 18" and a count 24.
  for (const char* text : {"adults aged 18-24 voted", "adults aged 18 to 24 voted", "adults aged between 18 and 24 voted"}) {
    INFO(text);
    const lede::Number r = only(text);
    CHECK(r.kind == K::quantity);
    CHECK(*r.value == 18);
    CHECK(*r.high == 24);
    CHECK(r.unit == "year");
  }
}

TEST_CASE("a list of ages after aged is ages", "[numbers]") {
  // Were counts after the first.
  const auto units = [](const std::string& text) {
    std::vector<std::string> found;
    for (const Seen& s : numbers_in(text)) found.push_back(s.text + " " + std::string(s.number.unit));
    return found;
  };
  using Read = std::vector<std::string>;
  CHECK(units("The family, including three children aged four, seven and 11, escaped.") ==
        Read{"three ", "aged four year", "seven year", "11 year"});
  CHECK(units("the illegal imprisonment of two girls aged 14 and 12, is also suspected") ==
        Read{"two ", "aged 14 year", "12 year"});
  CHECK(units("Two boys aged 15 and 16 were arrested.") == Read{"Two ", "aged 15 year", "16 year"});
  // A count after the age stays one.
  CHECK(units("Victims aged 18, 7 people said.") == Read{"aged 18 year", "7 "});
}

TEST_CASE("ranges keep the low value and a high", "[numbers]") {
  const lede::Number p = only("grew 10-20% then");
  CHECK(p.kind == K::percent);
  CHECK(*p.value == 10);
  CHECK(*p.high == 20);
  const lede::Number c = only("between 5 and 10 million people");
  CHECK(*c.value == Approx(5e6));
  CHECK(*c.high == Approx(1e7));
  // A decimal low end takes the high end's scale too (was 0.9).
  const lede::Number d = only("investment of $0.9-2.1 trillion a year");
  CHECK(*d.value == Approx(0.9e12));
  CHECK(*d.high == Approx(2.1e12));
  CHECK(*only("estimates ranging from 37.5 to 47.2 million.").value == Approx(37.5e6));
  // After a verb of change, a change and the level it led to: two amounts.
  for (const char* text : {"The Dow was up eight to 5,731.", "Kinross Gold gained C$ 0.25 to C$ 11 in volume."}) {
    INFO(text);
    const auto two = numbers_in(text);
    REQUIRE(two.size() == 2);
    CHECK_FALSE(two[0].number.high);
  }
  CHECK(*only("Prices rose 5 to 10 percent.").high == 10);  // a range of changes
  // Each end with its own percent sign or unit.
  CHECK(only_text("Margin is forecast at between 45% and 46%.") == "45% and 46%");
  CHECK(*only("Margin is forecast at between 45% and 46%.").high == 46);
  CHECK(*only("Growth of 2% to 3% is expected.").high == 3);
  const lede::Number tonnes = only("capacity from 77.79 million tonnes to 87.45 million tonnes, he said");
  CHECK(tonnes.unit == "t");
  CHECK(*tonnes.high == Approx(87.45e6));
  CHECK(numbers_in("Unemployment rose 0.3% to 4.1%.").size() == 2);  // a change, a level
  CHECK(numbers_in("Rates fell from 5% to 4%.").size() == 2);         // no range runs down
  // Where a change started and ended: "raised from X to Y".
  CHECK(numbers_in("raising the salary threshold for skilled worker visas from \xC2\xA3" "26,200 to \xC2\xA3"
                   "38,700 next spring")
            .size() == 3);
  CHECK(*only("Prices rose, with rents ranging from $5 to $10.").high == 10);
  CHECK(numbers_in("Rates were raised from 5% to 6%.").size() == 2);
  CHECK(*only("Prices ranged from $5 to $10.").high == 10);
  // A clause joined by ", and" to such a change is one too; not to a range, nor to a change without "from".
  CHECK(numbers_in("Capital gains tax will rise: the lower rate from 10% to 18%, and the higher rate from 20% to 24%.")
            .size() == 4);
  CHECK(numbers_in("Prices ranged from 10% to 18%, and wages from 20% to 24%.").size() == 2);
  CHECK(numbers_in("Sales rose 5%, and forecasts put growth at from 2% to 3%.").size() == 2);
  // A change in points and the level it led to; a change "by" and its level.
  CHECK(numbers_in("The ECB raised rates by 0.25 percentage points to 4.5%.").size() == 2);
  CHECK(numbers_in("Rates rose by 2% to 3%.").size() == 2);
  CHECK(numbers_in("A season ticket from Brighton to London will go up by \xC2\xA3" "246 to \xC2\xA3" "5,596.")
            .size() == 2);
  CHECK(*only("Prices will rise by 5 to 10 percent.").high == 10);  // a range of changes
}

TEST_CASE("modifiers stay outside the span and go to approx", "[numbers]") {
  const auto seen = numbers_in("trade grew by more than 40% this spring");
  REQUIRE(!seen.empty());
  CHECK(seen[0].text == "40%");
  CHECK(seen[0].number.approx == "more than");
  CHECK(only("about 300 people").approx == "about");
  CHECK(only("nearly 300 people").approx == "nearly");
  CHECK(only("over 300 people").approx == "over");
  // "Over" a sum that describes the noun after it is what the matter is about.
  CHECK(only("He was jailed over \xC2\xA3" "2.3m housing fraud.").approx.empty());
  CHECK(only("Judge stabbed to death over $7 fine.").approx.empty());
  CHECK(only("It raised over $5m of funds.").approx == "over");
  CHECK(only("Spending rose by over $1bn annually.").approx == "over");
  // "Over" a date is during it or compared with it, not more than it.
  CHECK(only("Exports fell sharply over the first seven months of 2023.").approx.empty());
}

TEST_CASE("the first or second half is a part of a match or a year, not 0.5", "[numbers]") {
  CHECK(only("Cocu scored twice in the second half to spur PSV.").kind == K::ordinal);  // "second" alone
  CHECK(only("The bank posted a rise in first-half profit.").kind == K::date);  // the company's half year
  CHECK(numbers_in("He lobbed the keeper from inside his own half.").empty());
  CHECK(only("Britain supplied nearly half of total imports.").value == 0.5);  // a fraction still
}

TEST_CASE("the commonest weak words begin only what may follow them", "[numbers]") {
  // common_word_may_start lets these through by the word after "the", "in",
  // "at", "a" or "an": each rule that starts at one of them, once.
  CHECK(only_text("We met in the morning.") == "the morning");
  CHECK(only("It cost in excess of 50 dollars.").approx == "in excess of");
  CHECK(only("It took at least 5 days.").approx == "at least");
  CHECK(only("It was at most 3 days.").approx == "at most");
  CHECK(only("They sold a total of 5 cars.").approx == "a total of");
  CHECK(only("There were an estimated 5,000 people.").approx == "an estimated");
  CHECK(only("He sold an average of 5 cars.").approx == "an average of");
  CHECK(only_text("It took a couple of days.") == "a couple of days");
  CHECK(only_text("He left on the 5th of May.") == "the 5th of May");
  CHECK(only_text("It was the end of May.") == "the end of May");
  CHECK(only_text("It cost A$5 each.") == "A$5");
  CHECK(only_text("He waited a year.") == "a year");
  CHECK(only_text("She ate a third of it.") == "a third");
  CHECK(only_text("She ate a dozen eggs.") == "a dozen");
  CHECK(only_text("a 6-month delay") == "6-month");  // digits after "a" begin at the digits
  CHECK(numbers_in("He sat in the hall at the back of a room.").empty());
}

TEST_CASE("durations have a value and a time unit", "[numbers]") {
  struct Case {
    const char* text;
    double value;
    const char* unit;
  };
  for (const Case& c : {Case{"two decades", 20, "year"}, Case{"5 months", 5, "month"},
                        Case{"a year and a half", 1.5, "year"}, Case{"three weeks", 3, "week"},
                        Case{"48 hours", 48, "hour"}}) {
    const lede::Number n = only(std::string("It lasted ") + c.text + ".");
    INFO(c.text);
    CHECK(n.kind == K::duration);
    CHECK(*n.value == Approx(c.value));
    CHECK(n.unit == c.unit);
  }
}

TEST_CASE("absolute dates resolve to ISO without a reference date", "[numbers][dates]") {
  CHECK(only("on 15 September 2022 it").iso == "2022-09-15");
  CHECK(only("on Sept. 15, 2022 it").iso == "2022-09-15");
  CHECK(only("on 2022-09-15 it").iso == "2022-09-15");
  CHECK(only("in July 2022 it").iso == "2022-07");
  CHECK(only("in 1996 it").iso == "1996");
  CHECK(only("in 1996 it").kind == K::date);
  CHECK(!only("in 1996 it").value);
  CHECK(only("The 2022 World Cup drew crowds").kind == K::date);
  {
    // Al Jazeera's copied byline glues a date to its repeat, the year to the next day.
    const auto doubled = numbers_in("Published On 8 Oct 20268 Oct 2026");
    REQUIRE(doubled.size() == 2);
    for (const auto& d : doubled) {
      CHECK(d.text == "8 Oct 2026");
      CHECK(d.number.iso == "2026-10-08");
    }
    CHECK(numbers_in("On 8 Oct 20268 Nov 2026 it").size() == 3);  // no repeat: left as it was
  }
  {
    // A year before a singular event noun names the event; "over" is no bound on it.
    const auto fire = numbers_in("California utility to pay $1.2 billion over 2024 fire");
    REQUIRE(fire.size() == 2);
    CHECK(fire[1].number.kind == K::date);
    CHECK(fire[1].number.iso == "2024");
    CHECK(fire[1].number.approx.empty());
    CHECK(only("since the 2008 crash hit").iso == "2008");
    CHECK(only("more than 2000 fires burned").kind == K::cardinal);
  }
  CHECK(only("sales in the third quarter of 2023 fell").iso == "2023-Q3");
  {
    // The date the quarter ended names its year, not the reference date.
    const auto seen = numbers_in("revenue of $1.24 billion for the third quarter ended September 30, 2024, up",
                                 "2026-01-01");
    REQUIRE(seen.size() == 3);
    CHECK(seen[1].number.iso == "2024-Q3");
    CHECK(seen[1].text == "third quarter");
  }
  CHECK(only("sales in Q1 2024 fell").iso == "2024-Q1");
  CHECK(only_text("sales in Q1 2024 fell") == "Q1 2024");
  CHECK(only("results for 2017-q1 were").iso == "2017-Q1");
  CHECK(only("in H2 of 2019 it").iso == "2019-H2");
  CHECK(only_text("in Q5 2020 it") == "2020");  // no fifth quarter: Q5 is a code
  CHECK(only("the range is 2014-2018 now").iso == "2014/2018");
  CHECK(only("It rained in mid-November 2021.").iso == "2021-11");
  CHECK(only("The filing dated Sep-23-2020 was sealed.").iso == "2020-09-23");
  CHECK(only("BAYERISCHE VEREINSBANK PAY DATE 24.SEP.96 FULL FEES").iso == "1996-09-24");  // a bond's dates
  CHECK(only("The archive -2020-07-01- was restored.").iso == "2020-07-01");  // a dash before a date, no minus
  CHECK(only("The backup -20200701- was restored.").iso == "2020-07-01");
  CHECK(only("Rating Announcement As of 08/21/96.").iso == "1996-08-21");  // eight characters, not eight digits
  CHECK(only("It fell to -5 points.").value == -5);
  CHECK(only_text("MATURITY 21.JAN.99 TYPE FRN") == "21.JAN.99");
  CHECK(only("The form dated 24-Sep-1996 was filed.").iso == "1996-09-24");
  CHECK(only("Frankfurt DAX index record (Jul 5/96) stood.").iso == "1996-07-05");  // a market table's day/year
  CHECK(only("India ACC Apr-Jul '96 sales, output up.").iso == "1996-04/1996-07");  // a year after an apostrophe
  CHECK(only_text("Trade balance: April ' 96 rose.") == "April ' 96");
  CHECK(numbers_in("He said 'in April' 96 people died.").size() == 2);  // a closing quote: no year
  CHECK(only("The plant was built in the late 1980s, it said.").iso == "1980/1989");  // the decade, not 1980
  CHECK(only("It was the great conflict of the 20th century.").iso == "1900/1999");
  CHECK(only("Mills like it were built in the 1800s.").iso == "1800/1899");  // a century
  CHECK(only("Prices rose through the 2000s.").iso == "2000/2009");          // a decade
  CHECK(only("It was a hit in the '90s, fans said.").iso == "1990/1999");
  CHECK(only_text("Tools from the ninth century were found.") == "ninth century");
  CHECK(only("Tendulkar completed his ninth century at Sharjah.").kind == K::ordinal);  // runs
  CHECK(only("It was Tendulkar's 49th century.").kind == K::ordinal);
  CHECK(only("the hearing on 14 nov 2023 was brief").iso == "2023-11-14");  // a day before a lower-case abbreviation
  // Ranges of days of one month.
  CHECK(only("The convention meets in Chicago on August 26-29, 1996.").iso == "1996-08-26/1996-08-29");
  CHECK(only_text("Ruehe will visit Israel from September 2 to 4, it said.") == "September 2 to 4");
  CHECK(only("The talks run 10-12 May 2024 in Paris.").iso == "2024-05-10/2024-05-12");
  CHECK(numbers_in("Rates rose on June 3 to 5 percent.").size() == 2);  // a date and a percentage
  // A word after the range that counts nothing leaves it a range of days.
  CHECK(only("Traders see a cut at the Fed's Dec. 17-18 meeting.", "2026-01-01").iso == "2025-12-17/2025-12-18");
  CHECK(only_text("Delegates to be staged in Bordeaux from October 17 to 20 have been asked to register.") ==
        "October 17 to 20");
  CHECK(numbers_in("In May 2-3 million people voted.").size() == 2);
  // Ranges of days over two months.
  CHECK(only("The festival runs June 30-July 2, organisers said.", "2024-05-01").iso == "2024-06-30/2024-07-02");
  CHECK(only_text("The Queen will make the September 30 to October 3 visit.") == "September 30 to October 3");
  CHECK(only("The summit was held 30 June - 2 July 2024 in Vilnius.").iso == "2024-06-30/2024-07-02");
  CHECK(only("Shipment is for Aug. 30 through Sept. 3, 1996.").iso == "1996-08-30/1996-09-03");
  CHECK(only("Talks were held between 28 February and 3 March 2024.").iso == "2024-02-28/2024-03-03");
  CHECK(only("Voting runs between June 30 and July 2, 2024.").iso == "2024-06-30/2024-07-02");
  CHECK(numbers_in("Votes on June 30 and July 2, 2024 were close.").size() == 2);  // two days, no "between"
  CHECK(only("Markets shut from December 30 to January 2, 2025.").iso == "2024-12-30/2025-01-02");  // over the new year
  CHECK(only("The museum is shut from 28 February to 3 March 2025.").iso == "2025-02-28/2025-03-03");
  CHECK(only("The museum is shut from 28 February 2025.").iso == "2025-02-28");  // a day, not the cardinal 28
  // After "from" or "between", days before a month are a range of them, not a range of cardinals.
  CHECK(only("The festival runs from 28 to 30 June, the organisers said.", "2024-05-01").iso ==
        "2024-06-28/2024-06-30");
  CHECK(only("Hotels are full from 28-30 June 2024 in Paris.").iso == "2024-06-28/2024-06-30");
  CHECK(only_text("Talks will be held between 3 and 5 March in Geneva.") == "3 and 5 March");
  CHECK(only("Talks will be held between 3 and 5 March in Geneva.", "2024-02-01").iso == "2024-03-03/2024-03-05");
  CHECK(only("Between 3 and 5 people were hurt.").kind == K::cardinal);
  // Ranges of months, of one year or over the new year.
  CHECK(only("The January-April 1995 import figure was revised.").iso == "1995-01/1995-04");
  CHECK(only_text("Current account Jan-May showed a deficit.") == "Jan-May");
  CHECK(only("Copper was lent between April and June 1995, traders said.").iso == "1995-04/1995-06");
  CHECK(only("Demand grew for November through February, dealers said.", "1996-08-22").iso == "1995-11/1996-02");
  CHECK(only("Output rose in the April-June quarter.", "1996-08-22").iso == "1996-04/1996-06");
  CHECK(only_text("They will march to May Street.") == "May");  // lower case: a walk, not a range
  // Both ends whole dates: the range may cross a year; a last day without its year takes the first's.
  CHECK(only("The event, June 30, 2024 - July 2, 2024, drew crowds.").iso == "2024-06-30/2024-07-02");
  CHECK(only_text("The event, June 30, 2024 - July 2, 2024, drew crowds.") == "June 30, 2024 - July 2, 2024");
  CHECK(only("He served from 30 June 2024 to 2 July 2025 as envoy.").iso == "2024-06-30/2025-07-02");
  CHECK(only("Data between October 1, 1995 and March 1, 1996 showed it.").iso == "1995-10-01/1996-03-01");
  CHECK(only("Markets shut Dec. 30, 2024 - Jan. 2 for the holidays.").iso == "2024-12-30/2025-01-02");
  CHECK(numbers_in("On June 30, 2024 - June 2, 2024 was earlier - he left.").size() == 2);  // no backward range
  CHECK(only("The 14 may leave soon.").kind == K::cardinal);                 // "may" stays a verb
  // After a preposition of time a capitalized May is the month, whatever follows.
  CHECK(only_text("Athens and Tirana signed an accord in May to legalise it.") == "May");
  CHECK(only_text("The rebels were routed. In May the government launched a crackdown.") == "May");
  CHECK(numbers_in("The team will March on.").empty());
  // end-May, as wire copy writes the end of May; an end-year forecast is no date.
  CHECK(only("Revenues were higher at end-May, it said.", "1996-08-22").iso == "1996-05");
  CHECK(only_text("Gold may be higher by end-October, he said.") == "end-October");
  CHECK(numbers_in("It beat a revised end-year forecast.").empty());
}

TEST_CASE("a year right after a quarter or a code is a year", "[numbers][dates]") {
  CHECK(only_text("Output in Q4 2020 was high.") == "Q4 2020");
  CHECK(only("Output in Q4 2020 was high.").iso == "2020-Q4");
  CHECK(only_text("Output in Q4-2020 was high.") == "Q4-2020");  // not the range 4 to 2020
  CHECK(only("Output in Q4-2020 was high.").iso == "2020-Q4");
  CHECK(only("Output in H1-2019 was high.").iso == "2019-H1");
  // A code between a date cue and the number leaves the cue to the number.
  CHECK(only_text("Output in M25 2020 was high.") == "2020");
  CHECK(only("Output in M25 2020 was high.").kind == K::date);
  CHECK(only("Output in M25 2020 was high.").iso == "2020");
  CHECK(only("Output in Q12 2020 was high.").kind == K::date);
  CHECK(only("the M25 2000 cars").kind == K::cardinal);       // no cue: a count
  CHECK(only("in G20 1500 delegates").kind == K::cardinal);   // not a year of 1900-2100
}

TEST_CASE("quarters and halves as analysts write them, and ranges of them", "[numbers][dates]") {
  CHECK(only_text("Sales rose in 4Q 2020, it said.") == "4Q 2020");
  CHECK(only("Sales rose in 4Q 2020, it said.").iso == "2020-Q4");
  CHECK(only("Margins held in 1H 2021.").iso == "2021-H1");  // not one hour
  CHECK(only("It took 1H to finish.").kind == K::duration);   // no year: an hour still
  CHECK(only_text("Q1-Q3 2020 revenue rose.") == "Q1-Q3 2020");
  CHECK(only("Q1-Q3 2020 revenue rose.").iso == "2020-Q1/2020-Q3");
  CHECK(only("In Q1 to Q3 2020 it rose.").iso == "2020-Q1/2020-Q3");
  CHECK(only("In H1-H2 2019 it rose.").iso == "2019-H1/2019-H2");
  // One token with a two-digit year: a quarter, not a code.
  CHECK(only_text("Net interest income fell in 4Q20, the bank said.") == "4Q20");
  CHECK(only("Net interest income fell in 4Q20, the bank said.").iso == "2020-Q4");
  CHECK(only("Margins recovered in 2H21 as demand rose.").iso == "2021-H2");
  CHECK(numbers_in("Part 4Q20x was recalled.").empty());  // more glued on: a code still
}

TEST_CASE("a quarter or half without a year is the nearest one, as a month is", "[numbers][dates]") {
  const std::string ref = "2024-01-20";  // results season: last year's fourth quarter
  CHECK(only_text("Lufthansa cargo Q2 load factor rose.") == "Q2");  // not the cardinal 2
  CHECK(numbers_in("Acme sees Q4 loss similar to Q3 loss.", ref)[0].number.iso == "2023-Q4");
  CHECK(only("Repsol shares up on H1 results.", ref).iso == "2024-H1");
  CHECK(only("Growth slowed in the fourth quarter, it said.", ref).iso == "2023-Q4");
  CHECK(only("Growth will pick up in the second quarter, it said.", ref).iso == "2024-Q2");
  CHECK(only("Revenue fell in Q1-Q3, it said.", "2024-06-01").iso == "2024-Q1/2024-Q3");
  CHECK(only("Revenue fell in Q3, it said.").iso.empty());  // no reference date
}

TEST_CASE("H1 or H2 without a year is a half only where time is said; otherwise hydrogen, no number", "[numbers][dates]") {
  const std::string ref = "2024-01-20";
  CHECK(numbers_in("Green H2 fuel cells power the city's new buses.", ref).empty());  // not a half, not a cardinal 2
  CHECK(numbers_in("H2 production at the plant will double, the minister said.", ref).empty());
  CHECK(only("Sales recovered in H2, the company said.", ref).iso == "2023-H2");
  CHECK(only("During H1 demand for steel fell.", ref).iso == "2024-H1");
  CHECK(numbers_in("Loxley H1 net rises to 332.66 mln baht.", ref)[0].number.iso == "2024-H1");  // a results word after it
  CHECK(only("H2 2021 looked better for the airline.", ref).iso == "2021-H2");
  CHECK(only("It fell in H2 of 2021, the bank said.", ref).iso == "2021-H2");
  CHECK(only("2019-H2 will bring challenges for the group.", ref).iso == "2019-H2");
  CHECK(only("Margins held from H1 to H2, it said.", ref).iso == "2024-H1/2024-H2");
}

TEST_CASE("a season with a year is its months, meteorological and northern", "[numbers][dates]") {
  CHECK(only_text("Sales in summer 2021 were the strongest yet.") == "summer 2021");
  CHECK(only("Sales in summer 2021 were the strongest yet.").iso == "2021-06/2021-08");
  CHECK(only("The elections were put off until the Spring of 1997, the OSCE said.").iso == "1997-03/1997-05");
  CHECK(only("Fares rose in autumn 2018 as fuel costs climbed.").iso == "2018-09/2018-11");
  CHECK(only("The fall 2017 collection sold out.").iso == "2017-09/2017-11");
  // Winter runs over the new year and is named by its December.
  CHECK(only("Gas use peaked in the winter 2019/20, the grid operator said.").iso == "2019-12/2020-02");
  CHECK(only("Heating bills doubled in winter 2022.").iso == "2022-12/2023-02");
  CHECK(only("Snowfall in winter 2019-20 was the lowest on record.").iso == "2019-12/2020-02");
}

TEST_CASE("a season after this, last or next is resolved against the reference date", "[numbers][dates]") {
  // This: the reference year's; last: the latest ended; next: the first to begin.
  CHECK(only("It was hot this summer.", "2024-09-01").iso == "2024-06/2024-08");
  CHECK(only("The chain plans to open stores this fall.", "2024-01-15").iso == "2024-09/2024-11");
  CHECK(only("The soldiers were captured last spring in a raid.", "2024-01-15").iso == "2023-03/2023-05");
  CHECK(only("The soldiers were captured last spring in a raid.", "2024-09-01").iso == "2024-03/2024-05");
  CHECK(only("The team will tour Europe next summer.", "2024-01-15").iso == "2024-06/2024-08");
  CHECK(only("The team will tour Europe next summer.", "2024-07-15").iso == "2025-06/2025-08");
  // Winter is named by its December: in January this winter is the one under way.
  CHECK(only("Gas use has peaked this winter.", "2024-01-15").iso == "2023-12/2024-02");
  CHECK(only("Gas use will peak this winter.", "2024-10-15").iso == "2024-12/2025-02");
  CHECK(only("Snow was scarce last winter.", "2024-01-15").iso == "2022-12/2023-02");
  CHECK(only("Snow was scarce last winter.", "2024-10-15").iso == "2023-12/2024-02");
  CHECK(only("It was hot this summer.").iso.empty());  // without a reference, not resolved
  CHECK(numbers_in("Lambs are born in the spring.", "2024-09-01").empty());  // which spring is not said
}

TEST_CASE("a run of digits begins each date its length allows", "[numbers][dates]") {
  CHECK(only("on 15 September 2022 it").iso == "2022-09-15");       // one or two: a day
  CHECK(only("on the 3rd of May 2021 it").iso == "2021-05-03");
  CHECK(only("results for 2015-12 were").iso == "2015-12");         // four: a year
  CHECK(only("Refugees from Bosnia's 1992-95 war returned.").iso == "1992/1995");  // no 95th month
  CHECK(only("He was top scorer in the 2009-10 season.").iso == "2009/2010");
  CHECK(only("News Corp reported lower 1995/96 profits, it said.").iso == "1995/1996");
  CHECK(only("The budget for 2019/2020 was passed.").iso == "2019/2020");
  CHECK(only_text("Its FY23 results beat forecasts.") == "FY23");  // not the cardinal 23
  CHECK(only("Its FY23 results beat forecasts.").iso == "2023");
  CHECK(only("on 23.04.2022 it").iso == "2022-04-23");              // a dot or a slash
  CHECK(only("on 5/3/18 it").iso == "2018-05-03");
  CHECK(only("on 2020/09/23 it").iso == "2020-09-23");
  // A day before the month's number: no model designation (787-9) inside.
  CHECK(only("The law took effect on 2022-10-05, the ministry said.").iso == "2022-10-05");
  // Day, month and year joined by hyphens; the month's name between a year and a day.
  CHECK(only("Polls were held on 02-03-2020, officials said.").iso == "2020-03-02");
  CHECK(only("The order dated 12-25-2020 was lifted.").iso == "2020-12-25");  // no 25th month
  CHECK(numbers_in("Call 12-34-5678 now.").empty());
  CHECK(only("The filing, dated 2019-aug-1, was sealed.").iso == "2019-08-01");
  CHECK(only("The filing, dated 2019/Aug/01, was sealed.").iso == "2019-08-01");
  CHECK(only("dated 20161016 it").iso == "2016-10-16");             // eight: year, month, day
  CHECK(only("file 12345678 it").kind == K::cardinal);
  CHECK(only("It cost 125 dollars").kind == K::money);             // three: no date
  CHECK(only("About 12,500 came").kind == K::cardinal);
}

TEST_CASE("relative dates resolve against the reference date", "[numbers][dates]") {
  const std::string ref = "2024-06-01";  // a Saturday
  CHECK(only("It happened last year.", ref).iso == "2023");
  CHECK(only("It happens next week.", ref).iso == "2024-W23");
  CHECK(only("They met on Wednesday.", ref).iso == "2024-05-29");
  CHECK(only("He left two decades ago.", ref).iso == "2004");
  CHECK(only("It happened in early November.", ref).iso == "2023-11");  // the past is likelier
  CHECK(only("Talks resume in early July.", ref).iso == "2024-07");
  CHECK(only("It grew in the first half of this year.", ref).iso == "2024-H1");
  CHECK(only("It fell in the first 5 months of this year.", ref).iso == "2024-01/2024-05");
  CHECK(only_text("Sales in the last three months of 2023 rose.") == "the last three months of 2023");
  CHECK(only("Sales in the last three months of 2023 rose.").iso == "2023-10/2023-12");
  CHECK(only("They left first ten days of last year", ref).iso == "2023-01-01/2023-01-10");
  CHECK(only("in the last 10 days of February 2024 it").iso == "2024-02-20/2024-02-29");
  CHECK(only("in the first two weeks of May it").iso.empty());  // which year's May is not told
  // Weeks are seven days from the period's edge, not ISO weeks.
  CHECK(only("It rained the first two weeks of May.", ref).iso == "2024-05-01/2024-05-14");
  CHECK(only_text("It rained the first two weeks of May.") == "the first two weeks of May");
  CHECK(only("in the last two weeks of February 2024 it").iso == "2024-02-16/2024-02-29");
  CHECK(only("in the first 3 weeks of next month it", ref).iso == "2024-07-01/2024-07-21");
  CHECK(only("during the last week of July 2023 it").iso == "2023-07-25/2023-07-31");  // seed 002
  CHECK(only("in the first week of March 2023 it").iso == "2023-03-01/2023-03-07");
  CHECK(only("in the second week of March 2023 it").iso == "2023-03-08/2023-03-14");
  CHECK(only("in the third week of May 2024 it").iso == "2024-05-15/2024-05-21");
  CHECK(only("in the first two weeks of this year it", ref).iso == "2024-01-01/2024-01-14");
  CHECK(only("in the last 5 weeks of February 2023 it").iso.empty());  // longer than the month
  CHECK(only("in the first 10 days of last quarter it", ref).iso.empty());  // a quarter is no month
  CHECK(numbers_in("He was among the first five men of the crew.").size() == 2);  // no period after "of"
  CHECK(only("It happened yesterday.", ref).iso == "2024-05-31");
  // "The year" and "the month" of a part are the reference's, unless the sentence named another.
  CHECK(only("Sales rose in the first half of the year, the company said.", ref).iso == "2024-H1");
  CHECK(only("Spending will be cut by the end of the year.", ref).iso == "2024");
  CHECK(only("Funds flowed in before the end of the month.", ref).iso == "2024-06");
  CHECK(numbers_in("In 1995, sales fell by the end of the year.", ref).back().number.iso.empty());
  CHECK(only("They met later in the day.", ref).iso.empty());  // which day is the story's
  // Last April is the latest before the reference month, next March the first after it.
  CHECK(only("Prices have risen since last August, traders said.", ref).iso == "2023-08");
  CHECK(only("She fractured her collar bone last April.", ref).iso == "2024-04");
  CHECK(only("They are due to stand trial next March.", ref).iso == "2025-03");
  CHECK(only("The trophy will be played this November.", ref).iso == "2024-11");
  // A weekday before its date takes the date's day, not the reference's week.
  CHECK(only("Voting begins on Wednesday, August 28, 1996, officials said.", ref).iso == "1996-08-28");
  CHECK(only_text("Voting begins on Wednesday, August 28, 1996, officials said.") == "Wednesday, August 28, 1996");
  CHECK(only("Offices will be closed on Monday, September 2, the embassy said.", ref).iso == "2024-09-02");
  CHECK(only("The final is on Sunday 23 June in Berlin.", ref).iso == "2024-06-23");
  CHECK(only("On Friday, May said no.", ref).iso == "2024-05-31");  // May the person
  // Without a year, the weekday tells which: December 31 is a Tuesday in 2024, not in 2023.
  CHECK(only("Voting is on Tuesday, December 31, officials said.", ref).iso == "2024-12-31");
  CHECK(only("Voting on December 31 was calm, officials said.", ref).iso == "2023-12-31");  // the nearest
  CHECK(only("Voting is on December 31, officials said.", ref).iso == "2024-12-31");  // "is" on a day: to come
  CHECK(only("It happened last year.").iso.empty());
}

TEST_CASE("an age set off by commas ends no clause: the date after it has the clause's tense", "[numbers][dates]") {
  // "14 March" was the nearest, next year's (2027-03-14).
  const std::string ref = "2026-12-06";
  const auto leeds = numbers_in("Leeds Crown Court heard that Doyle attacked Mohammed Arif, 41, outside a block of "
                                "flats on Roundhay Road on 14 March.",
                                ref);
  REQUIRE(leeds.back().text == "14 March");
  CHECK(leeds.back().number.iso == "2026-03-14");
  CHECK(numbers_in("Smith, 41, will speak on 14 March.", ref).back().number.iso == "2027-03-14");
}

TEST_CASE("the year after the year's number is that year, no length of time", "[numbers][dates]") {
  // A duration of 1996 years (P1996Y).
  const auto hk = only("Some private sector economists have revised downwards their predictions for the 1996 year.");
  CHECK(hk.kind == K::date);
  CHECK(hk.iso == "1996");
  CHECK(only_text("Analysts have set an earnings estimate for the 1997 year, but it was not published.") ==
        "1997 year");
  CHECK(only("The 1200 year old oak fell.").kind == K::quantity);
  CHECK(only("It lasted 1200 years.").kind == K::duration);
}

TEST_CASE("a season in a story from the southern hemisphere is its half of the year", "[numbers][dates]") {
  // The Sydney Morning Herald's "Last summer" was the northern one (2026-06/2026-08).
  // The whole analysis: the story's places are the tagger's.
  const auto seasons = [](const std::string& text) {
    lede::Options options;
    options.reference_date = "2026-12-06";
    const lede::Analysis a = lede::analyze(text, options);
    std::vector<std::string> read;
    for (const lede::Number& n : a.numbers) {
      if (n.kind == K::date) read.push_back(text.substr(n.span.start, n.span.size()) + " " + n.iso);
    }
    return read;
  };
  CHECK(seasons("Heatwave warning: Sydney to swelter through 40C as fire danger rises\n\nWestern Sydney is expected "
                "to reach 43C. Last summer, Penrith recorded 48.9C.") ==
        std::vector<std::string>{"Last summer 2025-12/2026-02"});
  CHECK(seasons("Snow fell in Melbourne and across the Alps in the winter of 2024, officials said.") ==
        std::vector<std::string>{"the winter of 2024 2024-06/2024-08"});
  CHECK(seasons("Heatwave in Texas\n\nLast summer, Austin recorded 48C.") ==
        std::vector<std::string>{"Last summer 2026-06/2026-08"});
}

TEST_CASE("between two counts of years ago is the range of years they count back to", "[numbers][dates]") {
  // "between 8,000 and 4,000 years ago" was the cardinal 8,000 and the year -1974.
  const std::string ref = "2026-12-06";
  const auto dna = only("Scientists sequenced the genomes of people who lived in Europe between 8,000 and 4,000 "
                        "years ago.",
                        ref);
  CHECK(dna.kind == K::date);
  CHECK(dna.iso == "-5974/-1974");
  CHECK(only_text("They lived between 8,000 and 4,000 years ago.", ref) == "8,000 and 4,000 years ago");
  CHECK(only("They lived between 4,000 and 8,000 years ago.", ref).iso == "-5974/-1974");
  CHECK(only("They lived between 30 and 40 years ago.", ref).iso == "1986/1996");
}

TEST_CASE("a third below or above a level is a fraction, no rank", "[numbers]") {
  // The ordinal 3.
  const auto incomes = only("Officials say it will bring jobs to a province where incomes are still a third below "
                            "the national average.");
  CHECK(incomes.kind == K::cardinal);
  CHECK(*incomes.value == Approx(1.0 / 3));
  CHECK(*only("The new fleet is a quarter larger than the old one.").value == 0.25);
  CHECK(only("He won a third term.").kind == K::ordinal);
}

TEST_CASE("a year after however many things is a rate, no length of time", "[numbers]") {
  // "a year" was a duration of one year (P1Y).
  CHECK(numbers_in("\"The cracks have grown by several kilometres a year,\" she said.").empty());
  CHECK(numbers_in("Herders in the valley lose a few animals a week to wolves.").empty());
  CHECK(only("He spent a year in prison.").kind == K::duration);
}

TEST_CASE("a tenth of a unit is a fraction, and the second of a tenth of a second no rank", "[numbers]") {
  // "Every tenth of a degree" was the ordinal 10; "of a second" the ordinal 2.
  const auto degree = only("She added: \"Every tenth of a degree matters.\"");
  CHECK(degree.kind == K::cardinal);
  CHECK(*degree.value == Approx(0.1));
  const auto race = numbers_in("He won the sprint by a tenth of a second.");
  REQUIRE(race.size() == 1);
  CHECK(race[0].text == "a tenth of a second");  // a fraction of one unit: 0.1 s
  CHECK(race[0].number.kind == K::duration);
  CHECK(only("The third of a series of talks opened in Geneva.").kind == K::ordinal);
  CHECK(numbers_in("Pogacar finished a second ahead of Vingegaard.").empty());
  CHECK(numbers_in("She won the final by a second.").empty());
  CHECK(only("Voters rejected a second referendum.").kind == K::ordinal);
  CHECK(numbers_in("A second-round choice in 1985, he retired.")[0].number.kind == K::ordinal);
}

TEST_CASE("a year before or of the era is a date", "[numbers][dates]") {
  // Each was a cardinal, or nothing ("AD 79").
  const auto farming = only("Farmers from Anatolia migrated into Europe around 6500 BC.");
  CHECK(farming.kind == K::date);
  CHECK(farming.iso == "-6499");  // ISO 8601: 1 BC is year 0
  CHECK(farming.approx == "around");
  CHECK(only("Rome was founded in 753 B.C., legend says.").iso == "-0752");
  CHECK(only("The temple dates from 300 BCE.").iso == "-0299");
  CHECK(only("Vesuvius buried Pompeii in AD 79.").iso == "0079");
  CHECK(only_text("Vesuvius buried Pompeii in AD 79.") == "AD 79");
  CHECK(only("Vesuvius buried Pompeii in 79 AD.").iso == "0079");
  CHECK(only("It began 2,500 years ago.", "2026-12-06").iso == "-0474");
  // Years counted down to the era: one range (was the year 1991 and 1786 BC).
  const auto dynasty = numbers_in("The tomb belongs to a person who lived during the 12th Dynasty (1991-1786 BC).");
  REQUIRE(dynasty.size() == 2);
  CHECK(dynasty[1].text == "1991-1786 BC");
  CHECK(dynasty[1].number.iso == "-1990/-1785");
}

TEST_CASE("a weekday is the last one unless its clause tells of the future", "[numbers][dates]") {
  const std::string ref = "1996-08-22";  // a Thursday
  CHECK(only("Parliament met on Monday.", ref).iso == "1996-08-19");
  CHECK(only("Peres is expected to fly home on Friday, officials said.", ref).iso == "1996-08-23");
  CHECK(only("Commonwealth ministers will meet in London on Wednesday.", ref).iso == "1996-08-28");
  CHECK(only("The hearing is due to resume on Tuesday.", ref).iso == "1996-08-27");
  CHECK(only("Trading will resume on Thursday.", ref).iso == "1996-08-22");  // later today
  CHECK(only("The event continues until Saturday.", ref).iso == "1996-08-24");
  CHECK(only("The club president said a successor would be named on Friday.", ref).iso == "1996-08-23");
  CHECK(only("Clinton departs on Sunday for a train trip.", ref).iso == "1996-08-25");  // a timetable
  CHECK(only("Dealers waited ahead of the Tankan survey out on Wednesday.", ref).iso == "1996-08-28");
  CHECK(only("The vote went ahead on Monday.", ref).iso == "1996-08-19");
  // "This" names the reference's week, Monday to Sunday, ahead or behind.
  CHECK(only("Levy will visit Egypt this Sunday.", ref).iso == "1996-08-25");
  CHECK(only("He left this Monday.", ref).iso == "1996-08-19");
  CHECK(only("The heavy rain should cease by Saturday.", ref).iso == "1996-08-24");
  CHECK(only("Pollock, who broke a wrist on Saturday, returns home.", ref).iso == "1996-08-17");
  // The past nearer to the weekday wins, or another event's time follows.
  CHECK(only("Interpol said on Friday it would not confirm the report.", ref).iso == "1996-08-16");
  CHECK(only("The route was kept secret until Friday.", ref).iso == "1996-08-16");
  // A clause of its own after "that" or "but" does not take the tense before it.
  CHECK(only("Engineers had restored power but warned that some could be cut off until Monday.", ref).iso ==
        "1996-08-26");
  CHECK(numbers_in("Votes will be void following the cancellation on Tuesday.", ref)[0].number.iso == "1996-08-20");
  CHECK(numbers_in("They will meet on Friday after winning on Wednesday.", ref)[1].number.iso == "1996-08-21");
  // A participle's clause after a comma takes the tense of the clause it hangs on (was the last Monday).
  CHECK(numbers_in("A cold front will reach Portugal on Friday, bringing highs of 14C by Monday.", ref)
            .back()
            .number.iso == "1996-08-26");
  CHECK(numbers_in("Shares fell sharply, extending losses on Monday.", ref).back().number.iso == "1996-08-19");
  // "Through" an hour of the day is "until" it (was the last Thursday).
  CHECK(numbers_in("The agency issued a heat warning through 9 p.m. Thursday.", ref).back().number.iso ==
        "1996-08-22");
  CHECK(numbers_in("The agency issued a heat warning through 9 p.m. Friday.", ref).back().number.iso ==
        "1996-08-23");
  // What is expected is to come (was the last Wednesday).
  CHECK(only("We expect the front to arrive on Wednesday night.", ref).iso == "1996-08-28");
  // What could or might be, too (were the last ones).
  CHECK(numbers_in("Forecasters warned that highs could reach 110 degrees by Wednesday.", ref).back().number.iso ==
        "1996-08-28");
  CHECK(only("The board might decide as soon as Tuesday.", ref).iso == "1996-08-27");
}

TEST_CASE("a month alone after since, or after in where the clause tells of the past, is the last one",
          "[numbers][dates]") {
  const std::string ref = "2026-01-01";
  CHECK(only("Peace talks were last held in February.", ref).iso == "2025-02");
  CHECK(only("He has been held in a Zurich jail since April.", ref).iso == "2025-04");
  CHECK(only("The index is the strongest since February.", ref).iso == "2025-02");
  // A reported period, ended: the twelve months to last March.
  CHECK(only("Inflation rose in the year to March.", ref).iso == "2024-04/2025-03");
  // Otherwise the nearest, the future counted double: February is nearer ahead.
  CHECK(only("Talks will be held in February.", ref).iso == "2026-02");
  CHECK(numbers_in("He said on Friday the plant would open in February.", ref).back().number.iso == "2026-02");
  CHECK(only("Talks are held in February.", ref).iso == "2026-02");
  CHECK(only("The February elections were close.", ref).iso == "2026-02");  // part of a name, whatever the tense
}

TEST_CASE("a month or day followed by last, next or this year is in that year", "[numbers][dates]") {
  const std::string ref = "1996-08-22";  // Reuters' datelines in CoNLL-2003
  CHECK(only("He was arrested in March last year at the request of Germany.", ref).iso == "1995-03");
  CHECK(only_text("He was arrested in March last year at the request of Germany.", ref) == "March last year");
  CHECK(only("The mark was set here on August 25 last year.", ref).iso == "1995-08-25");
  CHECK(only("Clinton spoke in Dublin on December 1, last year.", ref).iso == "1995-12-01");
  CHECK(only("It sets a target date of May 30 next year for elections.", ref).iso == "1997-05-30");
  CHECK(only("Hong Kong will be handed back to China on June 30 next year.", ref).iso == "1997-06-30");
  CHECK(only("Registrations jumped in July this year.", ref).iso == "1996-07");
  CHECK(only("The final was held in June of last year.", ref).iso == "1995-06");
  CHECK(only("Sales fell in the third quarter of last year.", ref).iso == "1995-Q3");
  // A possessive is the next expression's: last year's champion, not May's year.
  const auto both = numbers_in("He won in May, last year's champion said.", ref);
  REQUIRE(both.size() == 2);
  CHECK(both[0].number.iso == "1996-05");
  CHECK(both[1].number.iso == "1995");
  // Without a reference the year is not known: two expressions, as before.
  CHECK(numbers_in("He was arrested in March last year.").size() == 2);
  // "That year" is the one the story named before: none named, no year.
  const lede::Number that = only("It was backed by a referendum in December of that year.", ref);
  CHECK(that.iso.empty());
  CHECK(only_text("It was backed by a referendum in December of that year.", ref) == "December of that year");
  const auto named = numbers_in(
      "She ran in 2020 but dropped out in March of that year. On Monday she said June 2019 was hard; "
      "in May of that year her mother died. Sales fell last year, and in May of that year a plant closed.",
      ref);
  REQUIRE(named.size() == 7);
  CHECK(named[1].number.iso == "2020-03");
  CHECK(named[4].number.iso == "2019-05");  // the weekday names no year
  CHECK(named[6].number.iso == "1995-05");
}

TEST_CASE("a year before a company's figures is a date; quarter-points are no quarters of a year", "[numbers]") {
  CHECK(only("Adobe forecast 2024 revenue below estimates.").iso == "2024");
  CHECK(only("It revised down its 1996 net profit target.").kind == K::date);
  // After an event or a plan named with its year.
  CHECK(only("Budget 2026 live: Reeves raises taxes").iso == "2026");
  CHECK(only("Tickets for Euro 2028 go on sale.").iso == "2028");
  CHECK(numbers_in("Flight 2026 landed.").empty());  // a flight's number: no year, nor a count
  // Where no count can stand: after "a", or before a singular noun.
  CHECK(only("Asked in a 2011 interview, she laughed.").iso == "2011");
  CHECK(only("Her 1968 paper on sea otters was cited.").iso == "1968");
  CHECK(only("The 2019 report said so.").iso == "2019");
  CHECK(only("The 2000 runners set off at dawn.").kind == K::cardinal);
  CHECK(only("Paris climbed back to the 2000 level.").kind == K::cardinal);
  const auto cuts = numbers_in("The Fed signaled three quarter-point cuts.");
  REQUIRE(cuts.size() == 1);
  CHECK(cuts[0].number.kind == K::cardinal);
  CHECK(*cuts[0].number.value == 3);
}

TEST_CASE("\"a day\" after a count is a rate, no duration", "[numbers]") {
  for (const char* text : {"It will take 2,000 lorries a day off the streets.", "admitting nearly 18,000 a year",
                           "They eat three meals a day.", "It needs about \xC2\xA3" "40bn a year of investment.",
                           "It costs $5 million a year.", "The plant will produce 3.2TWh a year.",
                           "Spending will grow by 1.2% a year.", "Output grew 5 per cent a year.",
                           // What the count is of comes between.
                           "Those who took 600mg of aspirin a day had a lower risk.",
                           "She drinks two cups of coffee a day.", "A family that buys two dozen a week.",
                           "They earn three million a year and twenty euros a day.",
                           // A word that qualifies what is counted (were a day's and a year's duration).
                           "The timetable adds 12 extra services a day.",
                           "It will produce 600,000 gasoline engines a year."}) {
    INFO(text);
    for (const auto& seen : numbers_in(text)) CHECK(seen.number.kind != K::duration);
  }
  CHECK(only_text("It recommends 150 minutes of moderate activity a week.") == "150 minutes");  // no "a week"
  CHECK(numbers_in("It rose to $106.375 from $106.25 a day earlier.").back().number.kind == K::date);
  CHECK(only("It lasted a year.").kind == K::duration);
  CHECK(only("Let's meet once a week.").kind == K::duration);  // how often, as Recognizers-Text reads it
  CHECK(only("the cold lasted 2W").kind == K::duration);
  CHECK(numbers_in("It revealed losses of $1.8 billion in a decade of deals.").back().number.kind == K::duration);  // weeks, as Recognizers-Text reads it; "65W" is watts
}

TEST_CASE("a bare p glued to digits is pence, a time only after a time's preposition", "[numbers]") {
  const auto shares = numbers_in("Shares jumped 12p to 245p and Hammerson was 8p higher.");
  REQUIRE(shares.size() == 3);
  for (const auto& seen : shares) CHECK(seen.number.unit == "GBP");
  CHECK(numbers_in("Please book the call at 9p.")[0].number.kind == K::time);
  // "by" after a verb of change tells of a change in pence.
  for (const char* text : {"Fuel duty, cut by 5p a litre in 2022, will stay.", "Beer duty will fall by 1p.",
                           "Rates on savings income will also rise by 2p."}) {
    INFO(text);
    CHECK(numbers_in(text)[0].number.unit == "GBP");
  }
}

TEST_CASE("half-time is a moment of a match, not a half", "[numbers]") {
  CHECK(numbers_in("Palmer equalised just before half-time.").empty());
  CHECK(numbers_in("Three half time substitutions surprised them.").size() == 1);  // the three
  CHECK(*only("He ate half the cake.").value == 0.5);
}

TEST_CASE("quarters counted after past, next or first are periods, not a fraction", "[numbers][dates]") {
  const lede::Number n = only("Profit rose in each of the past three quarters, the bank said.");
  CHECK(n.kind == K::duration);
  CHECK(n.iso == "P9M");
  CHECK(only("Sales fell in the first three quarters of 2024, it said.").iso == "2024-01/2024-09");
  CHECK(only_text("Output rose in the 1st quarter of 2013, the agency said.") == "1st quarter of 2013");
  CHECK(only("Output rose in the 1st quarter of 2013, the agency said.").iso == "2013-Q1");
  CHECK(only("Three quarters of voters backed the plan.").kind == K::cardinal);  // a fraction still
  CHECK(numbers_in("He ran the first quarter-mile.")[0].number.kind == K::ordinal);
}

TEST_CASE("\"a\" and an ordinal before what it ranks is an ordinal, before anything else a fraction", "[numbers]") {
  for (const char* text : {"Sales fell for a third straight quarter.", "It was a third day of heat.",
                           "He went for a fifth consecutive gold medal.", "If a third round of voting fails"}) {
    INFO(text);
    const lede::Number n = only(text);
    CHECK(n.kind == K::ordinal);
    CHECK(only_text(text).find("a ") == std::string::npos);
  }
  for (const char* text : {"Costs rose by a third in the year.", "A third of voters agreed.", "Shares lost a third.",
                           "it fell by a third earlier, then rose", "a fifth more than planned"}) {
    INFO(text);
    const lede::Number n = only(text);
    CHECK(n.kind == K::cardinal);
    CHECK(*n.value < 1);
  }
}

TEST_CASE("the next couple of weeks and the working week are periods", "[numbers][dates]") {
  const std::string ref = "2024-06-01";
  CHECK(only_text("A decision is expected in the next couple of weeks, officials said.") == "couple of weeks");
  CHECK(only("A decision is expected in the next couple of weeks, officials said.").kind == K::duration);
  CHECK(numbers_in("The couple of players left early.").empty());
  CHECK(only("Talks resume next workweek, a spokesman said.", ref).iso == "2024-W23");
  CHECK(only_text("Unions plan a strike this working week.") == "this working week");
}

TEST_CASE("recent, coming or past periods are durations of an unsaid count", "[numbers][dates]") {
  const lede::Number n = only("Relations have been strained in recent weeks, officials said.");
  CHECK(n.kind == K::duration);
  CHECK(n.unit == "week");
  CHECK(!n.value);
  CHECK(only_text("Unrest is expected in the coming days.") == "coming days");
  CHECK(numbers_in("Recent data showed a slowdown.").empty());
}

TEST_CASE("a count of periods with their direction between is a duration", "[numbers][dates]") {
  CHECK(only_text("Prices rose in the two previous years, the bank said.") == "two previous years");
  CHECK(only("Prices rose in the two previous years, the bank said.").iso == "P2Y");
  CHECK(only("What will happen in the 5 upcoming years?").kind == K::duration);
  CHECK(numbers_in("The 3 past presidents met.").front().number.kind == K::cardinal);  // no period after
}

TEST_CASE("the day after or before and the weekend after a preposition are dates", "[numbers][dates]") {
  const std::string ref = "2024-06-04";  // a Tuesday
  const lede::Number weekend = only("A boy was charged with murder over the weekend, police said.", ref);
  CHECK(weekend.kind == K::date);
  CHECK(weekend.iso == "2024-W22");  // the last weekend: June 1-2
  CHECK(weekend.approx.empty());  // "over" a date is during it, no bound
  CHECK(numbers_in("Sales rose over the weekend of 5 June.", ref)[0].number.iso.empty());  // the story names it
  CHECK(only("Talks are due to end by the weekend.", ref).iso.empty());  // which one is not told
  // "At the weekend" (British news) is the last one too, or the coming one the clause looks ahead to.
  CHECK(only("Clashes broke out at the weekend in the north.", ref).iso == "2024-W22");
  CHECK(only("The talks will resume at the weekend.", ref).iso == "2024-W23");  // June 8-9
  CHECK(only("The talks will resume at the weekend.", "2024-06-09").iso == "2024-W23");  // a Sunday: this one
  CHECK(numbers_in("She reads the weekend edition.", ref).empty());  // no preposition before it
  // Counted from the story's own events: no date to resolve.
  CHECK(only_text("Police said the next day that he had fled.") == "the next day");
  CHECK(only("Police said the next day that he had fled.", ref).iso.empty());
  CHECK(only_text("Polls closed the day before the vote.") == "the day before");
  CHECK(only("It rained the day before yesterday.", ref).iso == "2024-06-02");
}

TEST_CASE("the year to date runs from the reference year's first day", "[numbers][dates]") {
  const auto seen = numbers_in("The stock is up 12 percent year-to-date, traders said.", "2024-06-01");
  REQUIRE(seen.size() == 2);  // and the percentage
  CHECK(seen[1].text == "year-to-date");
  CHECK(seen[1].number.iso == "2024-01-01/2024-06-01");
  CHECK(only_text("Sales fell in the year to date, it said.") == "year to date");
  CHECK(numbers_in("The year to come looks hard.").empty());
}

TEST_CASE("a numbered week is a date without an iso", "[numbers][dates]") {
  CHECK(only_text("Flu cases peaked in week 10, the agency said.") == "week 10");
  CHECK(only("Flu cases peaked in week 10, the agency said.", "2024-06-01").iso.empty());  // which year's is not told
  CHECK(only("In the week 10 people died.").kind == K::cardinal);  // a count follows
}

TEST_CASE("a duration in two units is counted in the smaller one, as a race's time is", "[numbers][dates]") {
  const auto found = numbers_in("Trains cover it in as little as 4 hours 20 minutes.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].text == "4 hours 20 minutes");
  CHECK(*found[0].number.value == 260);
  CHECK(found[0].number.unit == "minute");
  CHECK(found[0].number.iso == "PT4H20M");
  // With commas, as wires write a marathon's time (was 2 hours and 136 seconds).
  const auto race = numbers_in("Sawe won the Berlin Marathon in 2 hours, 2 minutes and 16 seconds, ahead of Akasaki.");
  REQUIRE(race.size() == 1);
  CHECK(race[0].text == "2 hours, 2 minutes and 16 seconds");
  CHECK(*race[0].number.value == 7336);
  CHECK(race[0].number.iso == "PT2H2M16S");
  CHECK(numbers_in("All three clocked the same time of five hours 51 minutes, 52 seconds.").back().text ==
        "five hours 51 minutes, 52 seconds");
  // Units that do not go down stay apart.
  CHECK(numbers_in("It rained for 20 minutes, 3 hours later.").size() == 2);
  // A fraction of one unit (was a count 0.5 and a duration of an hour).
  const lede::Number wait = only("He waited half an hour for the bus.");
  CHECK(wait.kind == K::duration);
  CHECK(*wait.value == 0.5);
  CHECK(wait.unit == "hour");
  CHECK(only_text("It has been a quarter of a century since.") == "a quarter of a century");
  CHECK(only("Sterling fell a quarter of a cent against the dollar.").kind == K::money);
  CHECK(only("He ran half a mile.").unit == "mi");
  CHECK(only("Half a dozen eggs broke.").kind == K::cardinal);
  // More of them told between: "three more years" (was a count 3).
  const lede::Number frozen = only("Thresholds will stay frozen for three more years, chancellor says.");
  CHECK(frozen.kind == K::duration);
  CHECK(frozen.iso == "P3Y");
  CHECK(only("He will serve two further weeks.").iso == "P2W");
  CHECK(only("Three more people died.").kind == K::cardinal);
  const lede::Number jail = only("He was jailed for six years and eight months.");
  CHECK(*jail.value == 80);
  CHECK(jail.iso == "P6Y8M");
  CHECK(only("Draper won in two hours and 41 minutes.").iso == "PT2H41M");
  // Not the next unit down, or more of it than makes one: two durations.
  CHECK(numbers_in("It took 3 days and 2 weeks.").size() == 2);
  CHECK(numbers_in("It took 2 hours and 90 minutes.").size() == 2);
}

TEST_CASE("early and late parts of the day are times", "[numbers][dates]") {
  CHECK(only_text("Bond futures held steady in late afternoon trade.") == "late afternoon");
  CHECK(only("Bond futures held steady in late afternoon trade.").kind == K::time);
  CHECK(only_text("Troops raided the camp in the early morning.") == "early morning");
}

TEST_CASE("a time to a fraction of a second is a race's duration, not a clock's", "[numbers][dates]") {
  const lede::Number n = only("Mutola's previous best of 2:29.34 was set in Cologne.");
  CHECK(n.kind == K::duration);
  CHECK(n.iso == "PT2M29.34S");
  CHECK(*n.value == Approx(149.34));
  CHECK(n.unit == "second");
  CHECK(only("Van Eijden finished in 1:04.541 behind him.").iso == "PT1M4.541S");
  CHECK(only("He won the marathon in 2:08:47.5 in Boston.").iso == "PT2H8M47.5S");
  CHECK(only("They met at 9:30 in the lobby.").kind == K::time);
}

TEST_CASE("a meal after a preposition is a time without its hour", "[numbers][dates]") {
  CHECK(only("Play resumed after lunch in Leeds.").kind == K::time);
  CHECK(only_text("Shares were firmer by lunchtime in London.") == "lunchtime");
  CHECK(only("Shares were firmer by lunchtime in London.").iso.empty());
  CHECK(numbers_in("He spoke at a state dinner in Paris.").empty());  // an event
}

TEST_CASE("Juneteenth is a holiday", "[numbers][dates]") {
  CHECK(only_text("Markets are closed for Juneteenth, which marks the end of slavery.") == "Juneteenth");
}

TEST_CASE("holidays of several words are read whole, apostrophes too", "[numbers][dates]") {
  CHECK(only_text("A tourist was kidnapped on New Year's Day, police said.") == "New Year's Day");
  CHECK(only_text("Florists expect record sales before Mother's Day.") == "Mother's Day");
  CHECK(numbers_in("His mother said no.").empty());
  CHECK(numbers_in("The hit film \"Independence Day\" lifted profits.").empty());  // a title in quotes
}

TEST_CASE("a holiday of a known day resolves to it, in its year or the nearest", "[numbers][dates]") {
  CHECK(only("Sales at Christmas 2024 were the best in years.").iso == "2024-12-25");
  CHECK(only("A tourist was kidnapped on New Year's Eve, police said.", "2026-01-10").iso == "2025-12-31");
  CHECK(only("Churches were full on Easter 2024, the diocese said.").iso == "2024-03-31");
  CHECK(only("Markets are shut on Good Friday 2025.").iso == "2025-04-18");
  CHECK(only("Traders bought ahead of the Labor Day holiday weekend.", "1996-08-30").iso == "1996-09-02");
  CHECK(only("Turkeys sold out before Thanksgiving 2024.").iso == "2024-11-28");
  CHECK(only("Stores opened early on Black Friday 2024.").iso == "2024-11-29");
  CHECK(only("Parades were held on Memorial Day 2024.").iso == "2024-05-27");
  CHECK(only("Florists expect record sales before Valentine’s Day 2025.").iso == "2025-02-14");  // a curly apostrophe
  CHECK(only_text("A tourist was kidnapped on New Year’s Day, police said.") == "New Year’s Day");
  CHECK(only("The parade on St. Patrick's Day 2024 was cancelled.").iso == "2024-03-17");
  // Days that depend on the country are not resolved: Labour Day is May 1 in most of the world.
  CHECK(only("Rain fell late in the Labour Day long weekend.", "1996-08-30").iso.empty());
  CHECK(only("Crowds marked Independence Day in Karachi.", "1996-08-30").iso.empty());
}

TEST_CASE("a month glued to a dollar sign is a ticker", "[numbers][dates]") {
  CHECK(numbers_in("$DEC farming is coming to $CUB Finance!").empty());
  CHECK(only("Output fell in Dec 2020.").iso == "2020-12");
}

TEST_CASE("hours or minutes ago are a day, the reference date's precision", "[numbers][dates]") {
  const std::string ref = "2024-06-01";
  const auto day_of = [&ref](const std::string& text) {
    const lede::Number n = only(text, ref);
    INFO(text);
    CHECK(n.kind == K::date);
    return n.iso;
  };
  CHECK(day_of("Posted 46 minutes ago") == "2024-06-01");
  CHECK(day_of("It happened 3 hours ago.") == "2024-06-01");
  CHECK(day_of("It ended an hour ago.") == "2024-06-01");
  CHECK(day_of("They were seen 48 hours ago.") == "2024-05-30");
  CHECK(day_of("It happened two days ago.") == "2024-05-30");
  CHECK(day_of("Polls open in 2 days from now.") == "2024-06-03");
  // Later and earlier count from an event of the story, not from the reference.
  CHECK(day_of("Two days later, police arrested him.").empty());
  CHECK(day_of("He scored 13 minutes later.").empty());
  CHECK(day_of("A week earlier, the talks had failed.").empty());
  CHECK(day_of("Polls close 30 hours from now.") == "2024-06-02");
  CHECK(only_text("Posted 46 minutes ago") == "46 minutes ago");
  CHECK(only("Posted 46 minutes ago").kind == K::date);  // without a reference: a date still, unresolved
  CHECK(only("Posted 46 minutes ago").iso.empty());
  CHECK(only("It took 46 minutes.", ref).kind == K::duration);
}

TEST_CASE("times of day are read with their zone", "[numbers][dates]") {
  CHECK(only_text("at 14:06 GMT on") == "14:06 GMT");
  CHECK(only("at 14:06 GMT on").iso == "T14:06");
  // US Central time, which the structure stage's live-blog stamps knew and this stage did not.
  CHECK(only_text("The game starts at 8 p.m. CT on") == "8 p.m. CT");
  CHECK(only("at 8 p.m. on").iso == "T20:00");
  CHECK(only("at 8am on").kind == K::time);
  CHECK(numbers_in("On Tuesday 12 people died.").size() == 2);
  CHECK(only_text("open 5 to 6pm daily") == "5 to 6pm");
  // After "from" or "between" the hours are times, not a count.
  const auto polls = numbers_in("Polls are open from 7 a.m. to 8 p.m. on Sunday.");
  REQUIRE(polls.size() == 2);
  CHECK(polls[0].text == "7 a.m. to 8 p.m.");
  CHECK(polls[0].number.kind == K::time);
  CHECK(only_text("The office is closed between 1 and 3 p.m. daily.") == "1 and 3 p.m.");
  CHECK(only("between 5 and 10 million people").kind == K::cardinal);
  CHECK(only("They met at 6.45 and left").iso == "T06:45");
  // With a scale after it, a sum (was a time T01:45 and a trillion yen).
  const lede::Number hit = only("Toyota estimated the hit from U.S. tariffs at 1.45 trillion yen.");
  CHECK(hit.kind == K::money);
  CHECK(*hit.value == 1.45e12);
  CHECK(only("It began (0500 GMT) then").iso == "T05:00");
  // A British clock with a dot: its zone makes it a time on any hour.
  const auto guardian = numbers_in("Fri 4 Dec 2026 17.15 GMT");
  REQUIRE(guardian.size() == 2);
  CHECK(guardian[1].text == "17.15 GMT");
  CHECK(guardian[1].number.iso == "T17:15");
  CHECK(only("The match starts at 10.45 BST in Leeds").iso == "T10:45");
  CHECK(only("Talks resume at 17.15 CET in Brussels").iso == "T17:15");
  const auto australian = numbers_in("Sun 9 Feb 2025 11.30 AEDT");  // was 11.3, a count
  REQUIRE(australian.size() == 2);
  CHECK(australian[1].text == "11.30 AEDT");
  CHECK(australian[1].number.iso == "T11:30");
  CHECK(only("The trains left at 9.30am daily").iso == "T09:30");
  CHECK(only("at 7:56:30 pm it").iso == "T19:56:30");  // seconds as the clock shows them (Recognizers' T19:56:30)
  CHECK(only("The alarm sounded at 10:42:15 and stopped.").iso == "T10:42:15");
  CHECK(only("It was 12.345 pm").kind == K::cardinal);  // three decimals are no minutes
  CHECK(only_text("Police arrived at 8p.m. and left.") == "8p.m.");  // the dots cut "p.m." apart
  CHECK(only("Police arrived at 8p.m. and left.").iso == "T20:00");
}

TEST_CASE("two times joined as a range are one time range, as two days are one range of days", "[numbers][dates]") {
  const auto trains = numbers_in("Trains will not run from 03:00 to 11:00 GMT on Sunday.");
  REQUIRE(trains.size() == 2);
  CHECK(trains[0].text == "03:00 to 11:00 GMT");
  CHECK(trains[0].number.kind == K::time);
  CHECK(trains[0].number.iso == "T03:00/T11:00");
  CHECK(only_text("The office is open between 9am and 5pm.") == "9am and 5pm");
  CHECK(only("The office is open between 9am and 5pm.").iso == "T09:00/T17:00");
  CHECK(only("Staff work from 9am to 5pm.").iso == "T09:00/T17:00");
  CHECK(only("Staff work 9am-5pm.").iso == "T09:00/T17:00");
  CHECK(only("The road is shut between 10:00 and 14:00.").iso == "T10:00/T14:00");
  CHECK(only("The bar is open from 10pm until midnight.").iso == "T22:00/T00:00");  // no picometres
  CHECK(only("Tap sales are held daily from 07.00 GMT to 15.00 GMT.").iso == "T07:00/T15:00");  // no count of 7
  // An hour range whose am/pm ends it: the first hour shares it unless the range passes noon.
  CHECK(only("open 5 to 6pm daily").iso == "T17:00/T18:00");
  CHECK(only("open 11-1pm daily").iso == "T11:00/T13:00");
  CHECK(only("Trading runs 9.30-4.30pm.").iso == "T09:30/T16:30");
  CHECK(only("The office is closed between 1 and 3 p.m. daily.").iso == "T13:00/T15:00");
  // A change from one time to another is two times, as a change of rate is two rates.
  const auto moved = numbers_in("The deadline was moved from 5pm to 8pm.");
  REQUIRE(moved.size() == 2);
  CHECK(moved[0].number.iso == "T17:00");
  CHECK(moved[1].number.iso == "T20:00");
}

TEST_CASE("a transcript's stamps are a recording's offsets, no times of day", "[numbers]") {
  CHECK(numbers_in("[00:01:15] Sarah Lund: Marcus Hale, thank you.").empty());
  CHECK(numbers_in("Sarah Lund (01:15):\nSo what is going on?").empty());
  // A time in brackets within prose is still one.
  CHECK(only("The polls close (at 22:00) in every state.").iso == "T22:00");
}

TEST_CASE("a proportion is its fraction: \"one in five\", \"1 in 4 adults\", \"nine out of 10\"", "[numbers]") {
  CHECK(*only("About 1 in 4 adults do not.").value == Approx(0.25));
  CHECK(*only("It affects one in five children.").value == Approx(0.2));
  CHECK(*only("Nine out of 10 dentists agree.").value == Approx(0.9));
  CHECK(*only("a 1 in 1,000 chance").value == Approx(0.001));
  // Not a year, a stretch of time, nor a count of something else.
  CHECK(numbers_in("He scored 1 in 2024.").back().number.kind == K::date);
  CHECK(numbers_in("It took 1 in 10 minutes.").back().number.kind == K::duration);
  CHECK(numbers_in("Fairbrother hit 55 in 60 balls.").size() == 2);
}

TEST_CASE("a count after call or on is still a number", "[numbers]") {
  CHECK(only("The UN called on 150 nations to act").value == 150);
  CHECK(only("They will call 100 witnesses").value == 100);
}

TEST_CASE("digits inside names and codes are not numbers", "[numbers]") {
  for (const char* text : {"the COP29 summit", "the G20 summit", "a Mi-17 helicopter", "an F-35 jet",
                           "the S-400 system", "Covid-19 cases", "5G networks", "a Boeing 737 jet",
                           "see https://example.com/2024/05 now", "mail info2024@example.com now",
                           "follow @user123 now", "call +1-222-333-4444 now", "call 555-123-4567 now", "call 0800-123-456 now",
                           "-- New York newsroom, (212) 859-1610", "call +1 (408) 555-0100 now",
                           "-- Reuters Toronto Bureau 416 941-8100", "-- Chicago newsdesk, 312 408-8787",
                           "Flemming 7-0-24-2 (3w, 3nb)", "Hogg 9-2-26-1 (1nb, 3w)",
                           "-- Hong Kong newsroom (852) 2843-6470", "Telephone: (6221) 384-6364.",
                           "call Crimestoppers on 0800 555 111.", "call 020 7946 0018 now", "or 07700 900123 now",
                           "Air Cargo Newsroom Tel+44 171 542 8982 Fax+44 171 542 5017",
                           "one of the leaders", "the one you mentioned", "after 9/11 it changed", "tickets one way",
                           "It is a bigger one now.", "a spontaneous one, Brooke said", "the other one if longer",
                           "open 24/7 now", "the 787-9 jet", "the Q12 form", "the H5 strain",
                           "Nissan Motor (7201.T) said", "Tencent (0700.HK) rose",
                           "If in doubt call police on 101.", "In an emergency dial 999.", "ring 111 for advice",
                           "call 911 now", "call Samaritans on 116 123."}) {
    INFO(text);
    CHECK(numbers_in(text).empty());
  }
}

TEST_CASE("\"one\" after a determiner and a word that describes counts before a noun", "[numbers]") {
  CHECK(only("the final one lap sprint").value == 1);  // corpus10 #366
  const auto matches = numbers_in("\"Usually in the first one or two matches, you want to find your game.\"");
  CHECK(std::any_of(matches.begin(), matches.end(), [](const Seen& s) { return s.text == "one"; }));
}

TEST_CASE("won after a sum is Korea's currency, after a count or a year the verb", "[numbers]") {
  const lede::Number price = only("Shares rose to 74,700 won in Seoul.");
  CHECK(price.kind == K::money);
  CHECK(price.unit == "KRW");
  CHECK(*only("profit of about 2.8 trillion won, analysts said").value == Approx(2.8e12));
  CHECK(only("They had 5 won and lost.").kind == K::cardinal);
  CHECK(only("In 1996 won the cup.").kind == K::date);
}

TEST_CASE("a bowler's figures after his name are no range", "[numbers]") {
  const std::string text = "(G. Thorpe 54; Waqar Younis 4-95). Prices rose 4-5 percent.";
  const lede::text::Document doc = lede::text::segment(text);
  lede::entities::Result named;
  for (const char* name : {"G. Thorpe", "Waqar Younis"}) {
    const uint32_t start = static_cast<uint32_t>(text.find(name));
    named.mentions.push_back({{start, start + static_cast<uint32_t>(std::strlen(name))}, lede::EntityType::PER, 0});
  }
  const auto found = lede::numbers::find(doc, named, {});
  REQUIRE(found.size() == 2);
  CHECK(*found[0].value == 54);  // a batsman's runs stay a number
  CHECK(found[1].kind == K::percent);
}

TEST_CASE("a power of ten after a spaced times sign is the number's", "[numbers]") {
  for (const char* text : {"It has a mass of 5.97 x 10^24 kg.", "It has a mass of 5.97 \xC3\x97 10^24 kg."}) {
    const lede::Number mass = only(text);
    INFO(text);
    CHECK(*mass.value == Approx(5.97e24));
    CHECK(mass.unit == "kg");
  }
}

TEST_CASE("a place in a ranking is an ordinal", "[numbers]") {
  const lede::Number rank = only("Draper beat the world No 7 from Australia.");
  CHECK(rank.kind == K::ordinal);
  CHECK(*rank.value == 7);
  CHECK(only_text("He is ranked No. 3 in the world.") == "No. 3");
  CHECK(numbers_in("He spoke to reporters at No 10.").empty());  // Downing Street
}

TEST_CASE("a day like this is an occasion, no duration", "[numbers]") {
  CHECK(numbers_in("We have waited a long time for a day like this.").empty());
  CHECK(numbers_in("It was a week when nothing worked.").empty());
  CHECK(only("They spent a day in talks.").kind == K::duration);
}

TEST_CASE("a fraction of a percentage point is a change in points", "[numbers]") {
  const lede::Number quarter = only("The Bank cut rates by a quarter of a percentage point.");
  CHECK(quarter.kind == K::percent);
  CHECK(*quarter.value == 0.25);
  CHECK(quarter.unit == "pp");
  CHECK(only_text("The Fed raised rates by half a percentage point.") == "half a percentage point");
  CHECK(only("It was a quarter-point cut.").unit == "pp");
  CHECK(only("Fed cuts rates by a quarter point").unit == "pp");  // was a cardinal, 0.25
  CHECK(only("The Fed signaled three quarter-point cuts.").kind == K::cardinal);  // three cuts
}

TEST_CASE("plus or minus is a margin either way, not below zero", "[numbers]") {
  const lede::Number margin = only("The margin of error is plus or minus 3 percentage points.");
  CHECK(*margin.value == 3);
  CHECK(margin.unit == "pp");
  CHECK(*only("The index fell to minus 3 points.").value == -3);
}

TEST_CASE("a set the winner lost, among a match's set scores, is no range", "[numbers]") {
  const auto found = numbers_in("Draper beat the Australian 6-4, 3-6, 7-5 in two hours.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].number.kind == K::duration);
  CHECK(numbers_in("Rios claimed a 4-6 6-1 6-4 6-2 victory.").empty());
  // A tiebreak in brackets goes with its set; games to 15 or 21 beside one the other side won.
  CHECK(numbers_in("Moya beat Humphries 6-1 6-7 (3-7) 6-7 (1-7) 6-0 6-4").empty());
  CHECK(numbers_in("Ivanisevic was beaten 6-7(3-7) 6-4 6-4 by Tillstrom.").empty());
  CHECK(numbers_in("Rashid Sidek beat Abdul Samad Ismail 16-18 15-2 17-14").empty());
  // A range beside another is no set: more than seven, or a unit after it.
  CHECK(numbers_in("Ages 3-6, 7-9 and 10-12 can join.").size() == 3);
  CHECK(*only("It takes 3-6 weeks.").high == 6);
}

TEST_CASE("a rising pair is a score when the words around it tell one", "[numbers]") {
  // A falling pair is no range by itself ("won 3-1"); these were ranges, 1 to 2 and so on.
  CHECK(numbers_in("Chelsea lost 1-2 to Arsenal at the Emirates.").empty());
  CHECK(numbers_in("Everton 0-2 Liverpool").empty());
  CHECK(numbers_in("Ivanisevic rallied from a 2-5 deficit.").empty());
  CHECK(numbers_in("The amendment failed on a 48-52 vote.").empty());
  CHECK(numbers_in("Halftime 0-1.").empty());
  // A measure after it, a table's prices, names on lines of their own: ranges still.
  CHECK(*only("He lost 1-2 kg.").high == 2);
  CHECK(*only("Black 11,900-12,100").high == 12100);
  CHECK(*only("Dewas\n5-7\nMhow").high == 7);
}

TEST_CASE("entity mentions hide their digits", "[numbers]") {
  const std::string text = "The Apollo 11 mission flew.";
  const lede::text::Document doc = lede::text::segment(text);
  lede::entities::Result named;
  named.mentions.push_back({{4, 13}, lede::EntityType::MISC, 0});
  CHECK(lede::numbers::find(doc, named, {}).empty());
}

TEST_CASE("a unit's symbol the tagger read as a name is the number's unit", "[numbers]") {
  for (const char* name : {"GW", "Rad"}) {
    const std::string text = std::string("Zemun reached 1.2 ") + name + ", they said.";
    const lede::text::Document doc = lede::text::segment(text);
    lede::entities::Result named;
    const uint32_t start = static_cast<uint32_t>(text.find(name));
    named.mentions.push_back({{start, start + static_cast<uint32_t>(std::strlen(name))}, lede::EntityType::MISC, 0});
    const auto found = lede::numbers::find(doc, named, {});
    INFO(text);
    REQUIRE(found.size() == 1);
    // "Rad", a club's name, is no radian.
    CHECK(found[0].kind == (std::string(name) == "GW" ? K::quantity : K::cardinal));
  }
}

TEST_CASE("a fiscal year the tagger read as a name is a date", "[numbers][dates]") {
  const std::string text = "Growth was down from 8.2% in FY24.";
  const lede::text::Document doc = lede::text::segment(text);
  lede::entities::Result named;
  const uint32_t start = static_cast<uint32_t>(text.find("FY24"));
  named.mentions.push_back({{start, start + 4}, lede::EntityType::MISC, 0});
  const auto found = lede::numbers::find(doc, named, {});
  REQUIRE(found.size() == 2);
  CHECK(found[1].kind == K::date);
}

TEST_CASE("a currency with a number inside a name is the name's, alone it is still money's", "[numbers]") {
  const std::string text = "Germany won Euro 96 at Wembley. It cost 23 Euro.";
  const lede::text::Document doc = lede::text::segment(text);
  lede::entities::Result named;
  named.mentions.push_back({{12, 19}, lede::EntityType::MISC, 0});  // Euro 96
  named.mentions.push_back({{43, 47}, lede::EntityType::MISC, 1});  // Euro
  REQUIRE(text.substr(12, 7) == "Euro 96");
  REQUIRE(text.substr(43, 4) == "Euro");
  const auto found = lede::numbers::find(doc, named, {});
  REQUIRE(found.size() == 1);
  CHECK(text.substr(found[0].span.start, found[0].span.size()) == "23 Euro");
  CHECK(found[0].kind == lede::NumberKind::money);
}

TEST_CASE("a number after a person's name is a score, not part of a name", "[numbers]") {
  // A cricket scorecard line; an organization's number stays a name's.
  const std::string text = "M. Slater c P. Strang b Whittall 50\nM. Waugh b P. Strang 18\nthe Boeing 737 jet";
  const lede::text::Document doc = lede::text::segment(text);
  lede::entities::Result named;
  const auto at = [&](const std::string& s, size_t from = 0) {
    const uint32_t start = static_cast<uint32_t>(text.find(s, from));
    return lede::Span{start, start + static_cast<uint32_t>(s.size())};
  };
  named.mentions.push_back({at("M. Slater"), lede::EntityType::PER, 0});
  named.mentions.push_back({at("P. Strang"), lede::EntityType::PER, 1});
  named.mentions.push_back({at("Whittall"), lede::EntityType::PER, 2});
  named.mentions.push_back({at("M. Waugh"), lede::EntityType::PER, 3});
  named.mentions.push_back({at("P. Strang", 40), lede::EntityType::PER, 1});
  named.mentions.push_back({at("Boeing"), lede::EntityType::ORG, 4});
  const auto found = lede::numbers::find(doc, named, {});
  REQUIRE(found.size() == 2);
  CHECK(text.substr(found[0].span.start, found[0].span.size()) == "50");
  CHECK(text.substr(found[1].span.start, found[1].span.size()) == "18");
}

TEST_CASE("a number set off by a comma after a person's name, ending its clause, is an age in years", "[numbers]") {
  const std::string text =
      "Lind, 58, has led the bank. Jane Doe, 34, said so. Iran, 40, was not a person. \"Yes,\" said Sam Low, 52. "
      "Lindsay Davenport (8) lost.";
  const lede::text::Document doc = lede::text::segment(text);
  lede::entities::Result named;
  const auto at = [&](const std::string& s) {
    const uint32_t start = static_cast<uint32_t>(text.find(s));
    return lede::Span{start, start + static_cast<uint32_t>(s.size())};
  };
  named.mentions.push_back({at("Lind"), lede::EntityType::PER, 0});
  named.mentions.push_back({at("Jane Doe"), lede::EntityType::PER, 1});
  named.mentions.push_back({at("Iran"), lede::EntityType::LOC, 2});
  named.mentions.push_back({at("Sam Low"), lede::EntityType::PER, 3});
  named.mentions.push_back({at("Lindsay Davenport"), lede::EntityType::PER, 4});
  const auto found = lede::numbers::find(doc, named, {});
  REQUIRE(found.size() == 5);
  for (int k : {0, 1, 3}) {
    CHECK(found[k].kind == K::quantity);
    CHECK(found[k].unit == "year");
  }
  CHECK(*found[0].value == 58);
  CHECK(*found[1].value == 34);
  CHECK(found[2].kind == K::cardinal);
  CHECK(*found[3].value == 52);  // ending the sentence
  CHECK(found[4].kind == K::cardinal);  // a seed in brackets, no age
}

TEST_CASE("a mention of only calendar, currency or time zone words does not hide a number", "[numbers]") {
  const std::string text = "They paid 500 USD on Mon 13th at 14:06 GMT, said Theresa May.";
  const lede::text::Document doc = lede::text::segment(text);
  lede::entities::Result named;
  const auto at = [&](const std::string& s) {
    const uint32_t start = static_cast<uint32_t>(text.find(s));
    return lede::Span{start, start + static_cast<uint32_t>(s.size())};
  };
  named.mentions.push_back({at("USD"), lede::EntityType::ORG, 0});
  named.mentions.push_back({at("Mon"), lede::EntityType::MISC, 1});
  named.mentions.push_back({at("GMT"), lede::EntityType::MISC, 2});
  named.mentions.push_back({at("Theresa May"), lede::EntityType::PER, 3});
  const auto found = lede::numbers::find(doc, named, {});
  REQUIRE(found.size() == 3);
  CHECK(found[0].kind == K::money);
  CHECK(found[1].kind == K::date);
  CHECK(text.substr(found[2].span.start, found[2].span.size()) == "14:06 GMT");
}

TEST_CASE("a mention that names a holiday does not hide it", "[numbers][dates]") {
  const std::string text = "Markets will be closed Monday for Labor Day, traders said.";
  const lede::text::Document doc = lede::text::segment(text);
  lede::entities::Result named;
  const uint32_t start = static_cast<uint32_t>(text.find("Labor Day"));
  named.mentions.push_back({lede::Span{start, start + 9}, lede::EntityType::MISC, 0});
  const auto found = lede::numbers::find(doc, named, {});
  REQUIRE(found.size() == 2);
  CHECK(text.substr(found[1].span.start, found[1].span.size()) == "Labor Day");
}

TEST_CASE("a long document reads as its paragraphs read alone", "[numbers]") {
  // The grammar keeps a window of a few thousand atoms: a document many
  // windows long must give each paragraph the numbers it has on its own.
  const std::string paragraph =
      "On May 5, 2021 the firm paid $2.7 billion, up 30% from 1990s levels, for 1,200 tonnes of 737-800 parts "
      "(call +1-222-333-4444); twenty-one of COP29's 3/4 delegates left at 8 p.m. two days later.\n\n";
  const auto alone = numbers_in(paragraph, "2024-06-01");
  REQUIRE(alone.size() > 5);
  std::string text;
  for (int i = 0; i < 300; ++i) text += paragraph;
  const auto all = numbers_in(text, "2024-06-01");
  REQUIRE(all.size() == 300 * alone.size());
  for (size_t i = 0; i < all.size(); ++i) {
    const Seen& a = all[i];
    const Seen& b = alone[i % alone.size()];
    INFO(i);
    CHECK(a.text == b.text);
    CHECK(a.number.kind == b.number.kind);
    CHECK(a.number.value == b.number.value);
    CHECK(a.number.iso == b.number.iso);
    CHECK(a.number.span.start == b.number.span.start + (i / alone.size()) * paragraph.size());
  }
}

TEST_CASE("calendar arithmetic crosses months and leap years", "[numbers][dates]") {
  using lede::numbers::dates::Date;
  namespace d = lede::numbers::dates;
  CHECK(d::iso_day(d::add_days({2024, 2, 28}, 1)) == "2024-02-29");
  CHECK(d::iso_day(d::add_months({2024, 1, 31}, 1)) == "2024-02-29");
  CHECK(d::weekday({2024, 6, 1}) == 6);
  CHECK(d::iso_week({2024, 1, 1}) == "2024-W01");
  CHECK(!d::parse_iso("2024-02-30"));
  CHECK(d::iso_day(d::easter(2024)) == "2024-03-31");
  CHECK(d::iso_day(d::easter(2019)) == "2019-04-21");
  CHECK(d::iso_day(d::easter(2000)) == "2000-04-23");
  CHECK(d::iso_day(d::nth_weekday(2024, 9, 1, 1)) == "2024-09-02");   // first Monday: Labor Day
  CHECK(d::iso_day(d::nth_weekday(2024, 5, 1, -1)) == "2024-05-27");  // last Monday: Memorial Day
}

TEST_CASE("hostile input is answered in linear time", "[numbers][hostile]") {
  // Generous for loaded machines and sanitizer builds; a quadratic pass over
  // these inputs would take minutes.
  constexpr long kBudgetMs = 10000;
  const auto timed = [](const std::string& text) {
    const auto start = std::chrono::steady_clock::now();
    const auto seen = numbers_in(text);
    const auto ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
    return ms;
  };
  CHECK(timed(std::string(200000, '7')) < kBudgetMs);
  CHECK(timed(std::string(1 << 20, 'a')) < kBudgetMs);
  std::string words;
  for (int i = 0; i < 50000; ++i) words += "one hundred and ";
  CHECK(timed(words) < kBudgetMs);
  std::string mixed;
  for (int i = 0; i < 50000; ++i) mixed += "1-2-";
  CHECK(timed(mixed) < kBudgetMs);
  std::string halves;
  for (int i = 0; i < 50000; ++i) halves += "twenty and three and a half and ";
  CHECK(timed(halves) < kBudgetMs);
  std::string ones;
  for (int i = 0; i < 100000; ++i) ones += "one ";
  CHECK(timed(ones) < kBudgetMs);
  std::string codes;  // one token of codes: blocked once, not once per digit run
  for (int i = 0; i < 100000; ++i) codes += "a1";
  CHECK(timed(codes) < kBudgetMs);
  std::string lakhs = "1";  // two-digit groups without the last three: each number reads a few
  for (int i = 0; i < 100000; ++i) lakhs += ",00";
  CHECK(timed(lakhs) < kBudgetMs);
  CHECK(timed("\xff\xfe 12 \xc3 $ \xe2\x82 40% \xf0\x9f") < kBudgetMs);
  std::string months;  // each reads back over its sentence alone
  for (int i = 0; i < 40000; ++i) months += "in July 2020 the month before the previous month ";
  CHECK(timed(months) < kBudgetMs);
  std::string hours;  // times joined two by two, never into a chain
  for (int i = 0; i < 60000; ++i) hours += "from 9am to 5pm to ";
  CHECK(timed(hours) < kBudgetMs);
}

TEST_CASE("a weekday with a plural part of the day is every such day: no iso", "[numbers][dates]") {
  const auto seen = numbers_in("I started doing supper clubs in my flat on Friday nights. She met him on Friday night.",
                               "2026-12-06");
  REQUIRE(seen.size() == 2);
  CHECK(seen[0].text == "Friday nights");
  CHECK(seen[0].number.iso.empty());
  CHECK(seen[1].number.iso == "2026-12-04");
  CHECK(only("The market opens on Sunday mornings.", "2026-12-06").iso.empty());
}

TEST_CASE("the numbers of a ten: an age after his or her, a narrowed range after the", "[numbers]") {
  const auto men = only("the men, believed to be in their 20s, were held");
  CHECK(men.kind == K::quantity);
  CHECK(men.unit == "year");
  CHECK(*men.value == 20);
  CHECK(*men.high == 29);
  CHECK(only_text("a woman in her early 30s") == "early 30s");
  CHECK(*only("a man in his mid-40s").value == 44);
  const auto highs = only("Forecasters expect highs in the low 30s.");
  CHECK(highs.kind == K::cardinal);
  CHECK(*highs.high == 33);
  CHECK(*only("margins in the high 70s").value == 77);
  // Decades stay dates; "the 70s" alone may be one.
  CHECK(only("in the late 1970s").iso == "1970/1979");
  CHECK(only("music of the '70s").iso == "1970/1979");
  CHECK(!only("in the late 70s").high);
}

TEST_CASE("a wire story's dateline is a day up to the reference date", "[numbers][dates]") {
  // The nearest March 8 to 6 December 2026 is in 2027; a story filed then is from 2026.
  CHECK(only("ISTANBUL, March 8 (Reuters) - Turkish President Tayyip Erdogan hosted talks.", "2026-12-06").iso ==
        "2026-03-08");
  CHECK(only("WASHINGTON, Dec. 8 (AP) \xE2\x80\x94 The Senate passed the bill.", "2026-12-06").iso == "2025-12-08");
  CHECK(only("Dec 5 (Reuters) - Tesla is recalling cars.", "2026-12-06").iso == "2026-12-05");
  CHECK(only("LONDON, Dec 6 - Oil prices rose.", "2026-12-06").iso == "2026-12-06");
  // The story's weekdays and days count from its dateline's day, not the reference's
  // (were 2026-11-30, 2026-12-11 and 2026-12-05).
  const auto story = numbers_in("LONDON, Dec 3 (Reuters) - Shares fell on Monday, traders said yesterday. A cold "
                                "front will reach Portugal on Friday. Markets reopen next week.",
                                "2026-12-06");
  std::vector<std::string> read;
  for (const Seen& s : story) read.push_back(s.text + " " + s.number.iso);
  CHECK(read == std::vector<std::string>{"Dec 3 2026-12-03", "Monday 2026-11-30", "yesterday 2026-12-02",
                                         "Friday 2026-12-04", "next week 2026-W50"});
  // Indian agencies' and typed datelines (their Friday was 2026-12-04).
  for (const char* text : {"New Delhi, Dec 3 (PTI) The government said on Friday it would act.",
                           "NEW DELHI, Dec 3: The government said on Friday it would act.",
                           "LONDON, Dec 3 -- The bank said on Friday it would act."}) {
    INFO(text);
    CHECK(numbers_in(text, "2026-12-06").back().number.iso == "2026-11-27");
  }
  // A publication stamp on a line of its own dates the story as well, the
  // headline above it too (were 2026-10, 2026-07, 2026-12-03 and 2026-09).
  const auto stamped = numbers_in("Inflation falls in October\nBy Economics Correspondent\nPublished 19 Nov 2025, "
                                  "07:45 GMT\n\nTurnout was lower than at the election last July. The count began "
                                  "on Thursday. Prices rose 3% in September.",
                                  "2026-12-06");
  read.clear();
  for (const Seen& s : stamped) {
    if (s.number.kind == K::date) read.push_back(s.text + " " + s.number.iso);
  }
  CHECK(read == std::vector<std::string>{"October 2025-10", "19 Nov 2025 2025-11-19", "last July 2025-07",
                                         "Thursday 2025-11-13", "September 2025-09"});
  // A stamp of two times and days is the first's; a short quotation in the opening is none.
  CHECK(numbers_in("Bank acts\nPublished: 10:15 GMT, 3 December 2024 | Updated: 11:02 GMT, 4 December 2024\n\nThe "
                   "bank said on Friday it would act.",
                   "2026-12-06")
            .back()
            .number.iso == "2024-11-29");
  CHECK(numbers_in("Bank acts\n\u201CWe met on 3 December 2024\u201D\n\nThe bank said on Friday it would act.",
                   "2026-12-06")
            .back()
            .number.iso == "2026-12-04");
  // A day to come is a headline's, no stamp.
  CHECK(numbers_in("Polls set for 3 May 2027\n\nThe vote was called on Monday.", "2026-12-06").back().number.iso ==
        "2026-11-30");
  // A date in a sentence of the opening is no stamp.
  CHECK(numbers_in("The bank failed on 19 Nov 2025.\n\nDepositors queued on Thursday.", "2026-12-06")
            .back()
            .number.iso == "2026-12-03");
  // Elsewhere the nearest.
  CHECK(only("He will appear in court on March 8.", "2026-12-06").iso == "2027-03-08");
  CHECK(only("March 8 - the day we will meet.", "2026-12-06").iso == "2027-03-08");
}

TEST_CASE("a headline and standfirst above the stamp count from the stamp", "[numbers][dates]") {
  // The pass met the stamp after them: their days counted from the reference
  // (Sunday 2026-12-06, Tuesday 2026-12-01).
  const auto scotus = numbers_in("Supreme Court upholds TikTok ban law, setting up shutdown Sunday\n\nBy Lawrence "
                                 "Hurley\nJan. 17, 2025, 10:21 AM EST\n\nWASHINGTON \u2014 The Supreme Court on "
                                 "Friday unanimously upheld the law.",
                                 "2026-12-06");
  REQUIRE(scotus.front().text == "Sunday");
  // A headline's participle looks ahead: "setting up" the shutdown to come (was 2025-01-12).
  CHECK(scotus.front().number.iso == "2025-01-19");
  CHECK(scotus.back().number.iso == "2025-01-17");
  const auto merz = numbers_in("Germany: Merz loses first vote for chancellor in historic upset\n\nFriedrich Merz "
                               "fell six votes short in the first round of voting in the Bundestag on Tuesday, before "
                               "being elected in a second ballot hours later.\n\nDW News\n05/06/2025 May 6, 2025",
                               "2026-12-06");
  std::vector<std::string> read;
  for (const Seen& s : merz) {
    if (s.number.kind == K::date) read.push_back(s.text + " " + s.number.iso);
  }
  CHECK(read == std::vector<std::string>{"Tuesday 2025-05-06", "05/06/2025 2025-05-06", "May 6, 2025 2025-05-06"});
  // No stamp: the reference.
  CHECK(numbers_in("Merz loses vote on Tuesday\n\nThe vote was held in Berlin.", "2026-12-06").front().number.iso ==
        "2026-12-01");
}

TEST_CASE("early on the day after an evening stamp is that next day, not a week before", "[numbers][dates]") {
  // AP's "Updated 10:47 PM EST, December 20, 2024" (a Friday) over "early
  // Saturday": it was the Saturday before, 2024-12-14.
  const std::string head =
      "Senate passes stopgap bill to avert government shutdown\n\nBy MARY CLARE JALONICK\n";
  const std::string body = "\n\nWASHINGTON (AP) \u2014 The Senate passed a bill early Saturday to keep the "
                           "government funded. The House had approved the measure on Friday evening.";
  std::vector<std::string> read;
  for (const Seen& s : numbers_in(head + "Updated 10:47 PM EST, December 20, 2024" + body, "2026-12-06")) {
    if (s.number.kind == K::date) read.push_back(s.text + " " + s.number.iso);
  }
  CHECK(read == std::vector<std::string>{"December 20, 2024 2024-12-20", "Saturday 2024-12-21",
                                         "Friday evening 2024-12-20"});
  // A morning stamp, or none with a time: the Saturday before.
  for (const Seen& s : numbers_in(head + "Updated 9:05 AM EST, December 20, 2024" + body, "2026-12-06")) {
    if (s.text == "Saturday") CHECK(s.number.iso == "2024-12-14");
  }
  for (const Seen& s : numbers_in(head + "December 20, 2024" + body, "2026-12-06")) {
    if (s.text == "Saturday") CHECK(s.number.iso == "2024-12-14");
  }
}

TEST_CASE("a date in figures is day first in a text that writes dates or Mr the British way", "[numbers][dates]") {
  // The Cypriot government's press release: "04/07/2017" was April 7.
  const std::string cyprus =
      "NEWS - Press Releases\n\n04/07/2017 8:09\nRemarks by the Government Spokesman\n\nThe Government "
      "Spokesman, Mr Nikos Christodoulides has expressed regret over the remarks.\n\nIn statements to reporters "
      "yesterday evening in Crans Montana, Mr Christodoulides said that talks went on.";
  std::vector<std::string> read;
  for (const Seen& s : numbers_in(cyprus, "2026-12-06")) {
    if (s.number.kind == K::date) read.push_back(s.text + " " + s.number.iso);
  }
  CHECK(read == std::vector<std::string>{"04/07/2017 2017-07-04", "yesterday evening 2017-07-03"});
  // The text's own order of a day and a month's name, or its other dates, come first.
  CHECK(numbers_in("Mr Smith said on July 4, 2017, that 04/07/2017 was set.")[1].number.iso == "2017-04-07");
  CHECK(numbers_in("Mr. Smith said 13/04/2017 and 04/07/2017 were set.")[1].number.iso == "2017-07-04");
  CHECK(only("Mr. Smith said 04/07/2017 was set.").iso == "2017-04-07");
  CHECK(only("Tickets went on sale on 04/07/2017.").iso == "2017-04-07");
}

TEST_CASE("a story's dates are read again from its dateline's day, near its start", "[numbers][dates]") {
  // The pass meets the dateline after the headline: it reads the story
  // again from that day, the headline's Sunday too, and keeps each date once.
  const auto read = [](const std::string& text) {
    std::vector<std::string> dates;
    for (const Seen& s : numbers_in(text, "2026-12-06")) dates.push_back(s.text + " " + s.number.iso);
    return dates;
  };
  CHECK(read("Shutdown on Sunday\n\nLONDON, Dec 3 (Reuters) - Oil prices rose on Friday.") ==
        std::vector<std::string>{"Sunday 2026-11-29", "Dec 3 2026-12-03", "Friday 2026-11-27"});
  // A dateline some 3,000 words in is another story's: its day was this
  // one's (Friday 2026-11-27), and the whole text before it was read twice.
  std::string long_opening = "Shutdown looms\n\n";
  for (int i = 0; i < 700; ++i) long_opening += "The talks went on. ";
  CHECK(read(long_opening + "\n\nLONDON, Dec 3 (Reuters) - Oil prices rose on Friday.") ==
        std::vector<std::string>{"Dec 3 2026-12-03", "Friday 2026-12-04"});
}

TEST_CASE("a headline's participle or to and a verb look ahead, its dropped is's", "[numbers][dates]") {
  const std::string ref = "2026-12-06";  // a Sunday
  const auto day_in = [&](const std::string& text) { return numbers_in(text, ref).front().number.iso; };
  CHECK(day_in("Council chief to be installed Tuesday\n\nThe council met on Friday.") == "2026-12-08");
  CHECK(day_in("Biden to visit Kyiv Monday\n\nThe trip was kept secret.") == "2026-12-07");
  CHECK(day_in("Unions staging walkout Wednesday\n\nThe strike was called.") == "2026-12-09");
  // What was done, "to" after a past, and a story's sentences are as before.
  CHECK(day_in("Man sentenced to death Tuesday\n\nThe court ruled.") == "2026-12-01");
  CHECK(day_in("Man rushed to hospital Tuesday\n\nHe is stable.") == "2026-12-01");
  CHECK(day_in("Leaders meet\n\nThousands marching through the city on Tuesday chanted slogans.") == "2026-12-01");
}

TEST_CASE("a future's cue far back in a long clause still tells it", "[numbers][dates]") {
  // 16 November 2023 was a Thursday; "will" is 23 atoms before "Sunday" (was 2023-11-12).
  CHECK(numbers_in("India will face the winner of the second semi-final between Australia and South Africa in the "
                   "World Cup final in Ahmedabad on Sunday.",
                   "2023-11-16")
            .back()
            .number.iso == "2023-11-19");
  // Not over a comma, nor over another verb's clause.
  CHECK(numbers_in("India will face the winner, which was decided in the second semi-final between Australia and "
                   "South Africa in Kolkata, in Ahmedabad on Sunday.",
                   "2023-11-16")
            .back()
            .number.iso == "2023-11-12");
}

TEST_CASE("a day by which something is done is to come, unless the clause after it is past", "[numbers][dates]") {
  const std::string ref = "2025-01-17";  // a Friday
  CHECK(only("The law bans TikTok unless ByteDance sells the app by Sunday.", ref).iso == "2025-01-19");
  CHECK(only("The company said it must sell the app by Sunday.", ref).iso == "2025-01-19");
  CHECK(numbers_in("By Sunday, 50 people had died.", ref).front().number.iso == "2025-01-12");
  CHECK(numbers_in("The death toll had risen to 50 by Sunday.", ref).back().number.iso == "2025-01-12");
  // A day that opens its sentence takes the tense of the clause after it.
  CHECK(only("On Monday, the board will vote on the plan.", ref).iso == "2025-01-20");
  CHECK(only("On Monday, the board voted on the plan.", ref).iso == "2025-01-13");
}

TEST_CASE("a part of a month has the year its clause's tense tells", "[numbers][dates]") {
  // The nearest February to 6 December 2026 is in 2027 (was 2027-02 in all three).
  const std::string ref = "2026-12-06";
  CHECK(only("Its offensive in Ukraine, at the end of February, was marked by successive defeats.", ref).iso ==
        "2026-02");
  CHECK(numbers_in("In early February, the storm killed 12 people.", ref).front().number.iso == "2026-02");
  CHECK(only("Shares rose in early February.", ref).iso == "2026-02");
  // The nearest March to 30 August 2026 is in 2026 (was 2026-03).
  CHECK(only("The tour party will be announced towards the end of March.", "2026-08-30").iso == "2027-03");
  // Told of neither way, the nearest.
  CHECK(only("Snow is common in early February.", ref).iso == "2027-02");
}

TEST_CASE("two weekdays joined by and are days in a row", "[numbers][dates]") {
  // The second was the latest such day on its own: Friday 2026-01-02, a week
  // before the Thursday of a story dated Thursday 2026-01-08.
  const auto closed = numbers_in("LOS ANGELES, Jan 8 (Reuters) - The district closed all schools on Thursday and "
                                 "Friday.",
                                 "2026-12-06");
  std::vector<std::string> read;
  for (const Seen& s : closed) read.push_back(s.text + " " + s.number.iso);
  CHECK(read == std::vector<std::string>{"Jan 8 2026-01-08", "Thursday 2026-01-08", "Friday 2026-01-09"});
  const std::string ref = "2026-12-06";  // a Sunday
  // After "last Thursday" too, and after a day part.
  CHECK(numbers_in("Talks were held last Thursday and Friday.", ref).back().number.iso == "2026-12-04");
  CHECK(numbers_in("Talks were held on Thursday night and Friday.", ref).back().number.iso == "2026-12-04");
  CHECK(numbers_in("Talks will be held on Friday and Monday.", ref).back().number.iso == "2026-12-14");
  // After a date that is no weekday, its own.
  CHECK(numbers_in("Talks were held on Nov. 26 and Friday.", ref).back().number.iso == "2026-12-04");
  // "Or" joins them too: Thursday was the reference day, 2026-12-10, a week before Wednesday.
  const auto vote = numbers_in("The vote would come on Wednesday or Thursday, officials said.", "2026-12-10");
  REQUIRE(vote.size() == 2);
  CHECK(vote[0].number.iso == "2026-12-16");
  CHECK(vote[1].number.iso == "2026-12-17");
}

TEST_CASE("a date after what a report or a law underwent is past, unless it is to be", "[numbers][dates]") {
  // The nearest January to 6 December 2026 is in 2027.
  CHECK(only("According to a Pew Research Center survey released in January, most agree.", "2026-12-06").iso ==
        "2026-01");
  CHECK(only("In the original state budget, approved in March, revenues were higher.", "2026-12-06").iso ==
        "2026-03");
  CHECK(only("The report published on Monday found a rise.", "2026-12-06").iso == "2026-11-30");
  CHECK(only("The report will be published on Monday.", "2026-12-06").iso == "2026-12-07");
  // What was issued until a day lasts till then.
  CHECK(numbers_in("The agency has issued an amber alert for England until 12:00 on Friday.", "2026-12-06")
            .back()
            .number.iso == "2026-12-11");
  CHECK(only("The report, to be released in January, will show more.", "2026-12-06").iso == "2027-01");
  CHECK(only("The fund has grown since it launched in January.", "2026-12-06").iso == "2026-01");
  CHECK(only("Dick Morris abruptly announced his resignation on Thursday.", "2026-12-06").iso == "2026-12-03");
  CHECK(numbers_in("Suicide bombers killed dozens of people in Israel in February.", "2026-12-06")
            .back()
            .number.iso == "2026-02");
  CHECK(only("A man arrested on Tuesday was released.", "2026-12-06").iso == "2026-12-01");
  CHECK(only("The talks will be held on Monday.", "2026-12-06").iso == "2026-12-07");
}

TEST_CASE("an ordinal joined to \"quarter\" by a hyphen is the quarter", "[numbers][dates]") {
  CHECK(only("Third-quarter profit rose, the bank said.", "2026-12-06").iso == "2026-Q3");  // was the ordinal 3
  CHECK(only("Its second-quarter 2024 sales fell.", "2026-12-06").iso == "2024-Q2");
  CHECK(numbers_in("He ran the first quarter-mile fast.").at(0).number.kind == lede::NumberKind::ordinal);
}

TEST_CASE("a day after \"to\" and a verb of a timetable is to come", "[numbers][dates]") {
  // 6 December 2026 is a Sunday.
  CHECK(only("The troop withdrawal is to resume on Wednesday.", "2026-12-06").iso == "2026-12-09");
  CHECK(only("Democrats gathered in Chicago to start a convention on Monday.", "2026-12-06").iso == "2026-12-07");
  // Not a noun, nor a name.
  CHECK(only("A firm start on Wall Street helped shares on Wednesday.", "2026-12-06").iso == "2026-12-02");
  CHECK(only("Results in the Malaysian Open tournament on Thursday.", "2026-12-06").iso == "2026-12-03");
}

TEST_CASE("a day right after a timetable's present is to come", "[numbers][dates]") {
  // 6 December 2026 is a Sunday.
  // A present "be" right before the day (were 2026-12-04 and 2026-12-01).
  CHECK(only("The deadline for bids is Friday.", "2026-12-06").iso == "2026-12-11");
  CHECK(only("The vote is on Tuesday.", "2026-12-06").iso == "2026-12-08");
  CHECK(only("The deadline was Friday.", "2026-12-06").iso == "2026-12-04");
  CHECK(only("Pre-orders open Friday.", "2026-12-06").iso == "2026-12-11");
  CHECK(only("Classes start on Monday.", "2026-12-06").iso == "2026-12-07");
  CHECK(only("The sale begins on Saturday.", "2026-12-06").iso == "2026-12-12");
  CHECK(only("Voting opens on Tuesday.", "2026-12-06").iso == "2026-12-08");
  CHECK(only("Polls close on Thursday.", "2026-12-06").iso == "2026-12-10");
  CHECK(only("Talks resume on Wednesday.", "2026-12-06").iso == "2026-12-09");
  CHECK(only("Tickets go on sale on Friday.", "2026-12-06").iso == "2026-12-11");
  CHECK(only("The new phones launch on Friday.", "2026-12-06").iso == "2026-12-11");
  CHECK(only("Schools open in September.", "2026-12-06").iso == "2027-09");
  // The past stays past; nor is a noun or a name a timetable.
  CHECK(only("Classes started on Monday.", "2026-12-06").iso == "2026-11-30");
  CHECK(only("The store opened on Friday.", "2026-12-06").iso == "2026-12-04");
  CHECK(only("He said on Monday the plan was dead.", "2026-12-06").iso == "2026-11-30");
  CHECK(only("Shops did not open on Friday.", "2026-12-06").iso == "2026-12-04");
  CHECK(only("Shops were forced to close on Monday.", "2026-12-06").iso == "2026-11-30");
  CHECK(only("Fans flocked to the US Open on Sunday.", "2026-12-06").iso == "2026-12-06");
}

TEST_CASE("the previous month is the one before the month its sentence named", "[numbers][dates]") {
  const auto inflation = numbers_in("Inflation rose to 3% in July 2026 from 2.5% the previous month.", "2026-12-06");
  REQUIRE(inflation.size() == 4);
  CHECK(inflation[3].text == "previous month");
  CHECK(inflation[3].number.iso == "2026-06");
  const auto before = numbers_in("Inflation rose to 3% in July 2026 from 2.5% the month before.", "2026-12-06");
  REQUIRE(before.size() == 4);
  CHECK(before[3].text == "the month before");
  CHECK(before[3].number.iso == "2026-06");
  CHECK(numbers_in("He was arrested in July 2020 and charged the following month.").back().number.iso == "2020-08");
  // Both count from the month named, not one from the other.
  const auto both = numbers_in("It rose in March 2023, as it did the month before and the month after.");
  REQUIRE(both.size() == 3);
  CHECK(both[1].number.iso == "2023-02");
  CHECK(both[2].number.iso == "2023-04");
  // "Last month" is named from the reference, and the previous one from it.
  CHECK(numbers_in("Prices rose 2% last month, after 1% the previous month.", "2026-12-06").back().number.iso ==
        "2026-10");
  // Without a month named in its sentence, the reference's; before an event, the story's own.
  CHECK(only("He resigned the previous month.", "2026-12-06").iso == "2026-11");
  CHECK(numbers_in("Sales rose in March. The previous month they fell.", "2026-12-06").back().number.iso ==
        "2026-11");
  CHECK(only("It was the month before the election.", "2026-12-06").iso.empty());
}

TEST_CASE("a month alone that the clause tells of as to come is the next such month", "[numbers][dates]") {
  // The nearest April to 6 December 2026 is as far back as ahead; the nearest September is past.
  CHECK(only("A Band D household will pay more from April.", "2026-12-06").iso == "2027-04");
  CHECK(only("The deal was expected to be finalized in September.", "2026-12-06").iso == "2027-09");
  CHECK(only("Talks will resume in December.", "2026-12-06").iso == "2026-12");
  CHECK(only("The store opened in May.", "2026-12-06").iso == "2026-05");
}

TEST_CASE("a day written without its year takes its clause's tense", "[numbers][dates]") {
  // 15 January is nearest to 6 December 2026 in 2027; the consultation had closed.
  CHECK(only("A public consultation, which closed on 15 January, drew many responses.", "2026-12-06").iso ==
        "2026-01-15");
  CHECK(only("The retailer lost money in the fiscal year ended February 3.", "2026-12-06").iso == "2026-02-03");
  // September 14 is nearest in 2026, past; the elections are to come.
  CHECK(only("The other elections will be held on September 14, officials said.", "2026-12-06").iso ==
        "2027-09-14");
  // Else the nearest.
  CHECK(only("The hearing is on 14 March.", "2026-12-06").iso == "2027-03-14");
}

TEST_CASE("a year before \"levels\" is a year", "[numbers][dates]") {
  // Was a count, 2019.
  CHECK(only("Emissions must fall to a level compared with 2019 levels.").iso == "2019");
}

TEST_CASE("a month alone after a verb in the simple past is the last such month", "[numbers][dates]") {
  // March is nearest to 6 December 2026 in 2027; each was done.
  CHECK(only("Caldwell pleaded guilty in March to wire fraud.", "2026-12-06").iso == "2026-03");
  CHECK(only("The former MP Scott Benton resigned in March, following a lobbying scandal.", "2026-12-06").iso ==
        "2026-03");
  CHECK(only("The company reported record profits in March.", "2026-12-06").iso == "2026-03");
  // An irregular past tells the same (was the next January, nearer).
  CHECK(only("The Dangote refinery, which began production in January, cut the price of petrol.", "2024-11-12")
            .iso == "2024-01");
  CHECK(only("Biden met Xi in January.", "2024-11-12").iso == "2024-01");
  // A timetable's present looks ahead (was the last Monday).
  CHECK(only("Trump, who takes office Monday, said he would decide soon.", "2025-01-17").iso == "2025-01-20");
  CHECK(only("The plan will be made in January.", "2024-11-12").iso == "2025-01");
  // A cue of the future before it, an adjective, or a plan: the nearest or the next.
  CHECK(only("It said it would introduce a new recomposed index on September 10.", "2026-12-06").iso ==
        "2027-09-10");
  CHECK(only("The firm will release a limited edition in March.", "2026-12-06").iso == "2027-03");
  CHECK(only("He vowed to cut taxes in March.", "2026-12-06").iso == "2027-03");
  CHECK(only("A strike planned for March was called off.", "2026-12-06").iso == "2027-03");
}

TEST_CASE("\"through\" just before a day is \"until\"", "[numbers][dates]") {
  CHECK(only("The bill keeps the government funded through March 14, averting a shutdown.", "2026-12-06").iso ==
        "2027-03-14");
  // Elsewhere it is no cue: "marched through Karachi on Wednesday" was done.
  CHECK(only("Protesters marched through Karachi on Wednesday.", "2026-12-06").iso == "2026-12-02");
}

TEST_CASE("pounds of a price or converted after them are money", "[numbers][money]") {
  // Were weights.
  const lede::Number sold = numbers_in("A notebook sold at auction for 950,000 pounds, or about $1.2 million.")[0].number;
  CHECK(sold.kind == K::money);
  CHECK(sold.unit == "GBP");
  CHECK(only("A Florida restaurant paid 10,925 pounds for the draft.").unit == "GBP");
  CHECK(numbers_in("Magistrates ordered him to pay compensation of 182 pounds ($282).")[0].number.unit == "GBP");
  // A weight stays one.
  CHECK(only("The baby weighed 8 pounds.").unit == "lb");
  CHECK(only("He lost 30 pounds over the summer.").unit == "lb");
  // A text that writes sterling's sign means it by the word too (were 1755 lb and 2e10 lb).
  const auto budget = numbers_in("Ofgem raised its price cap to 1,755 pounds a year. Reeves must fill a gap of 20 "
                                 "billion to 30 billion pounds, and may raise taxes by \xC2\xA3" "26 billion. The "
                                 "farm shipped 500 pounds of beef.");
  REQUIRE(budget.size() == 4);
  CHECK(budget[0].number.unit == "GBP");
  CHECK(budget[1].number.unit == "GBP");
  CHECK(budget[3].number.unit == "lb");
  // A body's weight there stays one; a club's loss is money.
  const auto diet = numbers_in("It cost \xC2\xA3" "5. He lost 30 pounds, or 27 pounds (12.2 kg), while the club "
                               "lost 20 million pounds.");
  REQUIRE(diet.size() == 5);
  CHECK(diet[1].number.unit == "lb");
  CHECK(diet[2].number.unit == "lb");
  CHECK(diet[4].number.unit == "GBP");
}

TEST_CASE("a range of older years before a punctuation mark is a date", "[numbers][dates]") {
  // Were counts.
  CHECK(only("The notebook that Austen filled between 1787 and 1793, was sold.").iso == "1787/1793");
  CHECK(only("Alexander III was King from 1249-1286, he consolidated royal power.").iso == "1249/1286");
  // A count of what follows stays one.
  CHECK(only("Between 1500 and 1600 people came.").kind == K::cardinal);
}

TEST_CASE("a currency named with a people's or a place's name is money", "[numbers][money]") {
  struct Case {
    const char* text;
    double value;
    const char* unit;
  };
  // Were counts, or dollars of the United States.
  for (const Case& c : {Case{"It cost 500 Australian dollars.", 500, "AUD"},
                        Case{"The fine was 500,000 Swiss francs.", 5e5, "CHF"},
                        Case{"It raised 3.2 billion Hong Kong dollars.", 3.2e9, "HKD"},
                        Case{"The government set aside 2 billion Jamaican dollars for recovery.", 2e9, "JMD"},
                        Case{"Fonterra paid 1.2 billion New Zealand dollars.", 1.2e9, "NZD"},
                        Case{"It raised HK$3.2bn in its IPO.", 3.2e9, "HKD"}, Case{"It cost NZ$40.", 40, "NZD"},
                        Case{"The Australian dollar fell to 63.6 US cents.", 0.636, "USD"},
                        // A scale after a hyphen, as Canadian papers write it (was $78.3).
                        Case{"It projected a deficit of $78.3-billion.", 78.3e9, "USD"},

                        Case{"The plan commits $280-million to roads.", 280e6, "USD"},
                        Case{"Eskom lost R5.2 billion.", 5.2e9, "ZAR"},
                        Case{"Safaricom made KSh 62.9 billion in profit.", 62.9e9, "KES"},
                        Case{"The Treasury plans to raise Sh346 billion in new revenue.", 346e9, "KES"},
                        Case{"A bag of maize flour costs Sh250 in Nairobi.", 250, "KES"},
                        Case{"Petronas posted a profit of RM12.3 billion.", 12.3e9, "MYR"},
                        Case{"DBS earned S$3.03 billion.", 3.03e9, "SGD"},
                        Case{"TSMC reported NT$374.7 billion in net income.", 374.7e9, "TWD"},
                        Case{"The deficit reached Rp 309 trillion.", 309e12, "IDR"},
                        Case{"The central bank injected Tk 22,500 crore.", 225e9, "BDT"},
                        Case{"The cabinet approved a 145 billion baht stimulus.", 145e9, "THB"},
                        Case{"Farmers were paid 5,000 ringgit each.", 5000, "MYR"},
                        Case{"It raised 5.4 billion rupiah.", 5.4e9, "IDR"}}) {
    INFO(c.text);
    const lede::Number n = only(c.text);
    CHECK(n.kind == K::money);
    CHECK(*n.value == Approx(c.value));
    CHECK(n.unit == c.unit);
  }
  // The rand's letter alone only touching an amount with its scale.
  for (const auto& seen : numbers_in("Take the R2 north.")) CHECK(seen.number.kind != K::money);
  // The shilling's "Sh" only glued to its amount.
  CHECK(only("Sh, 500 people are asleep.").kind == K::cardinal);
  // A possessive's "s" before a spaced dollar is no Singapore's.
  CHECK(numbers_in("country music's $ 500 million man").front().text == "$ 500 million");
  // The ringgit's, the rupiah's and the taka's letters with their capital only.
  CHECK(only("Run rm 5 times.").kind == K::cardinal);
}

TEST_CASE("a bare dollar, rupee or peso is the currency of the country a text is written in", "[numbers][money]") {
  // The units of the money written with a bare "$" (or "Rs") in a whole article.
  const auto units_of = [](const std::string& text, char sign) {
    const lede::Analysis a = lede::analyze(text);
    std::vector<std::string> units;
    for (const lede::Number& n : a.numbers) {
      if (n.kind == K::money && text[n.span.start] == sign) units.emplace_back(n.unit);
    }
    return units;
  };
  const auto dollars = [&](const std::string& text) { return units_of(text, '$'); };
  using Units = std::vector<std::string>;
  SECTION("filed from a city of a dollar country") {
    CHECK(dollars("Carney says Canada will match tariffs\n\nOTTAWA \xE2\x80\x94 Prime Minister Mark Carney said "
                  "Canada would impose counter-tariffs on $29.8 billion worth of American goods.") ==
          Units{"CAD"});
    // A dateline elsewhere: the US dollar, whatever the places.
    CHECK(dollars("WASHINGTON \xE2\x80\x94 Canada, Ottawa and Toronto were hit by tariffs on $29.8 billion of "
                  "goods, officials in Canada said.") == Units{"USD"});
  }
  SECTION("pesos are the pesos of the country the text is filed from") {
    const auto pesos = [](const std::string& text) {
      std::vector<std::string> units;
      for (const lede::Number& n : lede::analyze(text).numbers) {
        if (n.kind == K::money && text.compare(n.span.end - 5, 5, "pesos") == 0) units.emplace_back(n.unit);
      }
      return units;
    };
    CHECK(pesos("BUENOS AIRES, Dec 4 (Reuters) - A basic basket of goods for a family of four cost 1.2 million "
                "pesos, up from 980,000 pesos a year earlier.") == Units{"ARS", "ARS"});
    CHECK(pesos("MEXICO CITY, Aug 26 (Reuters) - Banco de Mexico will inject 3.412 billion pesos.") == Units{"MXN"});
    CHECK(pesos("The fare rose to 500 pesos.") == Units{"MXN"});
  }
  SECTION("stamped with one of its time zones, or about its places") {
    CHECK(dollars("Albanese unveils housing package\n\nBy Paul Karp\nSun 9 Feb 2025 11.30 AEDT\n\nAnthony Albanese "
                  "will promise $12.5bn for first-home buyers.") == Units{"AUD"});
    CHECK(dollars("House prices in Sydney rose 0.4% to $1.19m, while Melbourne prices fell. Buyers in Brisbane "
                  "paid $800,000.") == Units{"AUD", "AUD"});
    // Its places in capitals, as a page's headings write them.
    CHECK(dollars("HOUSE PRICES: Buyers in SYDNEY and MELBOURNE paid more\n\nHouse prices in SYDNEY rose 0.4% to "
                  "$1.19m, while MELBOURNE prices fell. Buyers in BRISBANE paid $800,000.") == Units{"AUD", "AUD"});
    // The home currency's price is in US dollars (was AUD).
    CHECK(dollars("SYDNEY, Dec 2 (Reuters) - The Australian dollar rose 0.3% to $0.6552 after the decision. Home "
                  "prices in Sydney rose to $1.62 million.") == Units{"USD", "AUD"});
    // Its people count as its places (was USD: Canberra alone).
    CHECK(dollars("The cut will save a borrower with a $600,000 mortgage about $90 a month. \"This is the relief "
                  "Australians have been waiting for,\" Dr Chalmers told reporters in Canberra. The Australian "
                  "dollar fell.") == Units{"AUD", "AUD"});
    // The United States named as often: no telling.
    CHECK(dollars("Sydney, Melbourne and Brisbane exporters sold $2bn of beef to the United States, America's "
                  "buyers said, and the U.S. will buy more.") == Units{"USD"});
  }
  SECTION("rupees: Pakistan's, Sri Lanka's or Nepal's in their papers, India's elsewhere") {
    CHECK(units_of("Govt raises petrol price\n\nISLAMABAD: The government raised the price of petrol by Rs 10.20 "
                   "to Rs 262.50, the Finance Division said.",
                   'R') == Units{"PKR", "PKR"});  // were Indian rupees
    CHECK(units_of("MUMBAI: Reliance will invest Rs 75,000 crore, Mukesh Ambani said.", 'R') == Units{"INR"});
    CHECK(units_of("Colombo traders said prices in Kandy and Galle rose to Rs 400 a kilo, as Sri Lanka's "
                   "central bank held rates.",
                   'R') == Units{"LKR"});
    // Two cities, and organizations named after the country: were Indian rupees.
    CHECK(units_of("Lahore's traders cheered as the State Bank of Pakistan held its rate and the Pakistan Stock "
                   "Exchange rose. The rupee ended at Rs 278.45 against the dollar, and gold rose by Rs 1,500 per "
                   "tola in Karachi.",
                   'R') == Units{"PKR", "PKR"});
    // A hundredth of it (was a bare 12).
    const lede::Analysis paisa = lede::analyze("KARACHI: The rupee ended at Rs 278.45, up 12 paisa.");
    REQUIRE(paisa.numbers.size() == 2);
    CHECK(paisa.numbers[1].unit == "PKR");
    CHECK(*paisa.numbers[1].value == Approx(0.12));
    // The word as the sign: a text's "rupees" are its country's (were INR), a named one its own.
    const auto rupees = [](const std::string& text) {
      std::vector<std::string> units;
      for (const lede::Number& n : lede::analyze(text).numbers) units.emplace_back(n.unit);
      return units;
    };
    CHECK(rupees("KARACHI, Pakistan 1996-08-27\nThe State Bank of Pakistan auctioned bonds worth 1.38 billion "
                 "rupees. Bids of 250 million rupees were accepted in Karachi and Lahore.") ==
          Units{"", "PKR", "PKR"});
    CHECK(rupees("Delhi traders paid 5,000 Pakistani rupees and 300 Indian rupees.") == Units{"PKR", "INR"});
    CHECK(units_of("The Reserve Bank of India kept rates on hold; the State Bank of Pakistan cut them. Traders "
                   "in Lahore paid Rs 500.",
                   'R') == Units{"INR"});
  }
  SECTION("a text that writes the home dollar with its own sign means the US dollar by \"$\", as wires do") {
    CHECK(dollars("OTTAWA, March 13 (Reuters) - Canada will impose C$29.8 billion ($20.7 billion) in "
                  "counter-tariffs, Prime Minister Mark Carney said.") == Units{"USD"});
  }
  SECTION("a dollar country's cents are its own, and a story that names no other place is about it") {
    const auto units = [](const std::string& text) {
      std::vector<std::string> found;
      for (const lede::Number& n : lede::analyze(text).numbers) {
        if (n.kind == K::money) found.emplace_back(n.unit);
      }
      return found;
    };
    // Were US cents.
    CHECK(units("Niugini shares surge on bid talk.\nSYDNEY 1996-08-23\nShares in gold miner Niugini Mining Ltd "
                "surged 38 cents to A$ 3.75 early on Friday.") == Units{"AUD", "AUD"});
    CHECK(units("SYDNEY, Dec 2 (Reuters) - Earnings per share rose to 40 cents. The Australian dollar fell to "
                "63.6 US cents.") == Units{"AUD", "USD"});
    // The archive's wires wrote the home dollar "C$": a bare "$" is the US dollar's.
    CHECK(units("Muster upset at Canadian Open.\nTORONTO 1996-08-21\nMuster lost in his first match of the $2 "
                "million Canadian Open in Canada.") == Units{"USD"});
    // Were US dollars (ABC, no dateline).
    CHECK(dollars("Albanese government to ban social media for under-16s\n\nCommunications Minister Anika Wells "
                  "says platforms face fines of up to $49.5 million.\n\nAustralia's world-first social media ban "
                  "will come into force next Wednesday.") == Units{"AUD"});
    // Another place named: no telling from one mention.
    CHECK(dollars("Shopify, based in Ottawa, said revenue in Canada rose to $2.8 billion, while sales in New York "
                  "doubled.") == Units{"USD"});
  }
}

TEST_CASE("a quarter without its year in a clause in the past is the last such quarter ended", "[numbers]") {
  const std::string ref = "2026-12-06";
  CHECK(numbers_in("Hong Kong's economy grew by only 3.1 percent in the first quarter.", ref).back().number.iso ==
        "2026-Q1");  // was 2027-Q1, the nearest
  CHECK(only("Revenue fell in the fourth quarter.", ref).iso == "2025-Q4");  // not the quarter running
  CHECK(only("Revenue will rise in the first quarter.", ref).iso == "2027-Q1");
  // What is awaited is to come.
  CHECK(only("Prices were trapped in a range awaiting a seasonal upturn into the fourth quarter.", ref).iso ==
        "2026-Q4");
}

TEST_CASE("a number that labels a part, a stage, a flight or a model counts nothing", "[numbers]") {
  // Were counts.
  for (const char* text : {"The council issued a section 114 notice in September.",
                           "Article 5 of the Nato treaty says an attack on one is an attack on all.",
                           "The vaccine is in a phase 3 trial.", "Passengers left from gate 14 and platform 9.",
                           "He was charged under rule 12.", "Flight 1282, bound for Ontario, returned safely.",
                           "the 1988 bombing of Pan Am flight 103 over Lockerbie",
                           "Alaska Airlines grounds 737 MAX 9 jets"}) {
    INFO(text);
    for (const auto& seen : numbers_in(text)) CHECK(seen.number.kind != K::cardinal);
  }
  // A unit after the label's word still makes a quantity.
  CHECK(only("The water stage 3 metres above normal worried them.").kind == K::quantity);
}

TEST_CASE("a national number written in pairs of digits is a phone number, no counts", "[numbers]") {
  // Were four counts.
  CHECK(numbers_in("People should report them to Defra on 03459 33 55 77.").empty());
}

TEST_CASE("a month after how or whether to do something is to come", "[numbers][dates]") {
  // The Fed chair in October: was December of the year before, by "were".
  CHECK(only("There were strongly differing views about how to proceed in December.", "2025-10-29").iso ==
        "2025-12");
  CHECK(only("Officials were split on whether to cut rates in March.", "2025-10-29").iso == "2026-03");
  // A past "to" stays past.
  CHECK(only("He was forced to resign in March.", "2025-10-29").iso == "2025-03");
}

TEST_CASE("what a clause concedes after despite has a tense of its own", "[numbers][dates]") {
  // Kyodo, on Tuesday 28 October: was the Sunday after, by "will stay".
  const auto seen = numbers_in("Prime Minister Shigeru Ishiba said he will stay in office despite his Liberal Democratic "
                               "Party losing its majority in Sunday's general election.",
                               "2026-10-28");
  REQUIRE(seen.size() == 1);
  CHECK(seen[0].number.iso == "2026-10-25");
}

TEST_CASE("a range of days without its year that the clause tells of as to come is the next", "[numbers][dates]") {
  // Were the nearest, already past.
  CHECK(only("The next MPC meeting is scheduled for Nov. 24-25.", "2026-12-06").iso == "2027-11-24/2027-11-25");
  CHECK(only("The semifinals are July 19-20, and the final is later.", "1996-08-31").iso ==
        "1997-07-19/1997-07-20");
  // A past clause may still tell of days ahead: the nearest.
  CHECK(numbers_in("A cargo was awarded in a tender for Oct 15-18 late last week.", "1996-08-28")[0].number.iso ==
        "1996-10-15/1996-10-18");
}

TEST_CASE("\"march\" in lower case after \"to\" is the verb", "[numbers][dates]") {
  CHECK(numbers_in("Veterans are expected to march past the Cenotaph.").empty());  // was next March
  CHECK(only("Sales rose from January to March.", "2026-12-06").iso == "2027-01/2027-03");
}

TEST_CASE("a record of wins and losses in brackets after a name is no range", "[numbers]") {
  // Were ranges, "2 to 14".
  CHECK(only("O'Connell passed for the Raiders (2-14), who have lost 11 straight.").value == 11);
  CHECK(numbers_in("Boston's Roger Clemens (7-11) took the loss.").empty());
  // A range in brackets after a lower-case word stays one.
  CHECK(only("Prices rose (5-10) over time.").high == 10);
}

TEST_CASE("the rand's letter at the end of the text reads no atom past it", "[numbers][money]") {
  // Fuzzing found currency_prefix() reading the atom after a last "R" (an
  // invalid bool under UBSan): the input is tests/fuzz/seeds/rand-letter-at-window-end.txt.
  CHECK(numbers_in("The council voted on R").empty());
  CHECK(numbers_in("R").empty());
}

TEST_CASE("the previous quarter after a quarter named is the one before it", "[numbers][dates]") {
  // Was the reference's previous quarter, 2026-Q3.
  const auto seen = numbers_in("Nvidia reported third-quarter revenue of $35.1 billion. Gross margin was 74.6%, "
                               "down from 75.1% in the previous quarter.",
                               "2026-12-06");
  REQUIRE(seen.size() == 5);
  CHECK(seen[0].number.iso == "2026-Q3");
  CHECK(seen[4].number.iso == "2026-Q2");
  const auto following = numbers_in("Sales rose in the first quarter of 2024 and in the following quarter.",
                                    "2026-12-06");
  REQUIRE(following.size() == 2);
  CHECK(following[1].number.iso == "2024-Q2");
  // With no quarter named, the reference's.
  CHECK(only("Margins fell from the previous quarter.", "2026-12-06").iso == "2026-Q3");
}

TEST_CASE("the following quarter said twice counts both times from the quarter named", "[numbers][dates]") {
  // The second was the reference's next quarter, 2027-Q1: the quarter named
  // was two sentences back.
  const auto seen = numbers_in(
      "Northgate Stores reported third-quarter revenue of $4.2 billion, and said it expected sales to slow in the "
      "following quarter as shoppers cut back. Operating margin was 5.1%, compared with 4.8% a year ago. The "
      "company said inventory would fall by about 3% in the following quarter.",
      "2026-12-06");
  std::vector<std::string> quarters;
  for (const Seen& s : seen) {
    if (s.number.iso.find('Q') != std::string::npos) quarters.push_back(s.number.iso);
  }
  CHECK(quarters == std::vector<std::string>{"2026-Q3", "2026-Q4", "2026-Q4"});
}

TEST_CASE("a game's clock with time left is a duration, and its quarters no quarters of a year", "[numbers][dates]") {
  // Were a time of day, T03:01, and the fiscal quarter 2026-Q4.
  const auto seen = numbers_in(
      "Jayson Tatum hit a step-back three with 3:01 left in the fourth quarter. Brunson missed two free throws "
      "with 0:48 remaining. Boston was still down nine with 7:12 to go in the third quarter. Down 14 in the "
      "second quarter, you can't panic.",
      "2026-12-06");
  std::vector<std::string> read;
  for (const Seen& s : seen) read.push_back(s.text + " " + std::string(lede::to_string(s.number.kind)));
  CHECK(read == std::vector<std::string>{"three cardinal", "3:01 duration", "fourth ordinal", "two cardinal",
                                         "0:48 duration", "nine cardinal", "7:12 duration", "third ordinal",
                                         "14 cardinal", "second ordinal"});
  CHECK(*seen[1].number.value == 181);
  CHECK(seen[1].number.unit == "second");
  CHECK(seen[1].number.iso == "PT3M1S");
  // A word of the game tells its quarter before any clock.
  const auto scored = numbers_in("Tatum scored 12 points in the third quarter.", "2026-12-06");
  REQUIRE(scored.size() == 2);
  CHECK(scored[1].text == "third");
  CHECK(scored[1].number.kind == K::ordinal);
  // A clock time that leaves is a time; a company's quarter stays one.
  CHECK(only("The 3:01 left on time.").kind == K::time);
  CHECK(only("Profit fell in the fourth quarter.", "2026-12-06").iso == "2025-Q4");  // the last ended, as told
  CHECK(only("The economy rebounds in the third quarter.", "2026-12-06").iso == "2026-Q3");
  CHECK(numbers_in("Curry hit a three-pointer in the fourth quarter.", "2026-12-06").back().number.kind == K::ordinal);
  // The word of the game after the quarter tells it too (was the quarter 2026-Q3).
  const auto after = numbers_in("Oklahoma City pulled away in the third quarter, outscoring Los Angeles 34-20.",
                                "2026-12-06");
  REQUIRE_FALSE(after.empty());
  CHECK(after[0].text == "third");
  CHECK(after[0].number.kind == K::ordinal);
}

TEST_CASE("days listed before their month are each a date of it", "[numbers][dates]") {
  // Only the last was a date; the others were counts.
  const auto seen = numbers_in("Bus drivers will walk out on 25, 26 and 30 July, the union said. Services on "
                               "1, 2, 8 August will be reduced.",
                               "2026-06-01");
  std::vector<std::string> read;
  for (const Seen& s : seen) read.push_back(s.text + " " + s.number.iso);
  CHECK(read == std::vector<std::string>{"25 2026-07-25", "26 2026-07-26", "30 July 2026-07-30", "1 2026-08-01",
                                         "2 2026-08-02", "8 August 2026-08-08"});
  const auto either = numbers_in("on 3 or 4 May 2025");
  REQUIRE(either.size() == 2);
  CHECK(either[0].number.iso == "2025-05-03");
  CHECK(either[1].number.iso == "2025-05-04");
  // A range, and days that do not rise, are not such a list.
  CHECK(only_text("Talks will be held between 3 and 5 March in Geneva.") == "3 and 5 March");
  CHECK(numbers_in("Scores of 26, 25 and 30 July").front().number.kind == K::cardinal);
}

TEST_CASE("the naira's and the rand's letter glued to a sum is money", "[numbers][money][entities]") {
  lede::Options options;
  options.offsets = lede::OffsetUnit::utf8;
  const std::string text =
      "The Lagos State government has approved N5 billion for drainage works. A further N2.3bn will go to clearing "
      "canals, while a Johannesburg-based company, Aveng, won a R500m contract. Workers earn N30,000 a month.";
  const lede::Analysis a = lede::analyze(text, options);
  std::vector<std::string> numbers, mentions;
  for (const lede::Number& n : a.numbers) {
    numbers.push_back(text.substr(n.span.start, n.span.size()) + " " + std::string(n.unit));
  }
  for (const lede::Mention& m : a.mentions) mentions.push_back(text.substr(m.span.start, m.span.size()));
  CHECK(numbers == std::vector<std::string>{"N5 billion NGN", "N2.3bn NGN", "R500m ZAR", "N30,000 NGN"});
  CHECK(std::find(mentions.begin(), mentions.end(), "R500m") == mentions.end());
  CHECK(std::find(mentions.begin(), mentions.end(), "N2.3bn") == mentions.end());
  // A letter and digits alone are a code: a mask, a road.
  CHECK(numbers_in("He wore N95 masks on the R2 road.").empty());
}

TEST_CASE("\"a year\" after a sum no rule reads is still a rate", "[numbers]") {
  // "Sh30,000" is no currency lede reads; "a year" was a duration of one year.
  for (const auto& seen : numbers_in("A teacher in Nairobi earns Sh30,000 a year.")) {
    CHECK(seen.number.kind != K::duration);
  }
}

TEST_CASE("an earthquake's magnitude is a quantity on its scale, not a count", "[numbers]") {
  const auto seen = numbers_in("A magnitude 6.4 earthquake struck off Japan. A 5.1-magnitude aftershock followed, "
                               "and the region saw a 7.3 magnitude quake in 2022. It had a magnitude of 6.2.");
  std::vector<std::string> read;
  for (const Seen& s : seen) read.push_back(s.text + " " + std::string(s.number.unit));
  CHECK(read == std::vector<std::string>{"magnitude 6.4 magnitude", "5.1-magnitude magnitude",
                                         "7.3 magnitude magnitude", "2022 ", "6.2 magnitude"});
  CHECK(seen[0].number.kind == K::quantity);
  CHECK(*seen[0].number.value == Approx(6.4));
  CHECK(only("The magnitude of 40,000 refugees").kind == K::cardinal);  // no scale goes so far
}

TEST_CASE("a race's time is a duration, in hours, minutes and seconds", "[numbers]") {
  // Were times of day (T02:02:16, T14:21), nothing (60:28, 14:21), or two durations.
  const auto seen = numbers_in(
      "Sawe won the Berlin Marathon in 2:02:16, the fastest time of the year. Assefa won the women's race in "
      "2 hours 15 minutes 36 seconds. Sawe went through halfway in 60:28 and ran the final 5km in 14:21. "
      "Cairess was 11th (2:07:43).");
  std::vector<std::string> read;
  for (const Seen& s : seen) {
    read.push_back(s.text + " " + std::string(lede::to_string(s.number.kind)) + " " + s.number.iso);
  }
  CHECK(read == std::vector<std::string>{"2:02:16 duration PT2H2M16S", "2 hours 15 minutes 36 seconds duration PT2H15M36S",
                                         "60:28 duration PT1H28S", "5km quantity ", "14:21 duration PT14M21S",
                                         "11th ordinal ", "2:07:43 duration PT2H7M43S"});
  CHECK(*seen[0].number.value == 7336);
  CHECK(seen[0].number.unit == "second");
  CHECK(*seen[1].number.value == 8136);
  // Hours and minutes in a race of hours; a ratio is no race's time.
  CHECK(only("Kiplagat won the Chicago marathon in 2:09.").iso == "PT2H9M");
  CHECK(only("She ran the mile in 3:47.").iso == "PT3M47S");
  CHECK(only("Classes keep a ratio of 1:20.").kind != K::duration);
  // A clock's time of day stays one.
  CHECK(only("The race began at 9:15 a.m.").kind == K::time);
  CHECK(only("The alarm rang at 10:42:15.").kind == K::time);
  CHECK(only("Results are due in 10:30 GMT.").kind == K::time);
}

TEST_CASE("rupees glued to their sum are money where the tagger made a name of them", "[numbers][money][entities]") {
  // "Rs300" and "Rs100" were names (MISC) and no money; "a kilo" no unit.
  lede::Options options;
  options.offsets = lede::OffsetUnit::utf8;
  const std::string text = "Tomatoes sold for Rs300 a kilo in Lahore's markets on Friday, up from Rs100 per kg a "
                           "month ago, as a heatwave cut the harvest.";
  const lede::Analysis a = lede::analyze(text, options);
  std::vector<std::string> money, mentions;
  for (const lede::Number& n : a.numbers) {
    if (n.kind == K::money) money.push_back(text.substr(n.span.start, n.span.size()));
  }
  for (const lede::Mention& m : a.mentions) mentions.push_back(text.substr(m.span.start, m.span.size()));
  CHECK(money == std::vector<std::string>{"Rs300 a kilo", "Rs100 per kg"});
  CHECK(mentions == std::vector<std::string>{"Lahore"});
}

TEST_CASE("a month after an irregular past of a figure's report is the last one", "[numbers][dates]") {
  // Were the nearest, ahead of a December reference: 2027-02 and 2027-01.
  const auto seen = numbers_in("Inflation eased to 2.8% in February from 3.0% in January.", "2026-12-07");
  REQUIRE(seen.size() == 4);
  CHECK(seen[1].number.iso == "2026-02");
  CHECK(seen[3].number.iso == "2026-01");
  CHECK(numbers_in("Finland's trade surplus rose to 3.83 billion markka in April from 3.43 billion in March.",
                   "2026-12-07")
            .back()
            .number.iso == "2026-03");
  CHECK(only("Sales fell in February.", "2026-12-07").iso == "2026-02");
  CHECK(only("Sales will fall in February.", "2026-12-07").iso == "2027-02");
}

TEST_CASE("a bound after a duration is its approx, as after an amount", "[numbers]") {
  // "or more" was lost on durations.
  CHECK(only("Passengers may claim for delays of three hours or more.").approx == "or more");
  CHECK(only("Orders for durable goods, meant to last three years or more, rose.").approx == "or more");
  CHECK(only("My life expectancy is one year or less.").approx == "or less");
}

TEST_CASE("days listed after a month and its first day are each a date of it", "[numbers][dates]") {
  // "26" and "30" were counts.
  const auto seen = numbers_in("Trains will run a reduced service on July 25, 26 and 30. Talks on Jan. 3, 4 and 10 "
                               "in Geneva.",
                               "2026-06-01");
  std::vector<std::string> read;
  for (const Seen& s : seen) read.push_back(s.text + " " + s.number.iso);
  CHECK(read == std::vector<std::string>{"July 25 2026-07-25", "26 2026-07-26", "30 2026-07-30", "Jan. 3 2026-01-03",
                                         "4 2026-01-04", "10 2026-01-10"});
  // A count after a date stays one.
  CHECK(numbers_in("On July 25, 26 people died.", "2026-06-01")[1].number.kind == K::cardinal);
  CHECK(numbers_in("On July 4, 5 and 6 people died.", "2026-06-01")[2].number.kind == K::cardinal);
}

TEST_CASE("an ordinal made an adjective by a hyphen ranks nothing", "[numbers]") {
  // "First" of "First-time buyers" was an ordinal; "six first-team players" the ordinal 7.
  CHECK(only("First-time buyers need a deposit of around \xC2\xA3" "62,000.").kind == K::money);
  CHECK(numbers_in("He bought a second-hand car from third-party suppliers.").empty());
  CHECK(numbers_in("The scheme helps first-home buyers.").empty());  // an Australian story's
  CHECK(numbers_in("She was charged with first-degree murder after a first-class trip.").empty());
  const lede::Number six = only("Ajax were missing six first-team players.");
  CHECK(six.kind == K::cardinal);
  CHECK(*six.value == 6);
  CHECK(only("It is the second-largest bank.").kind == K::ordinal);  // a rank
}

TEST_CASE("a one-day international is a cricket format, no duration", "[numbers]") {
  // "one-day" was a duration of a day.
  const auto seen = numbers_in("Kohli's 50th one-day international hundred took him past Tendulkar's record of 49.");
  for (const Seen& s : seen) CHECK(s.number.kind != K::duration);
  CHECK(numbers_in("India won its one-day series.").empty());
  CHECK(only("Workers staged a one-day walkout.").kind == K::duration);
}

TEST_CASE("a spelled number right after \"age\" is an age", "[numbers]") {
  // "five" was a count.
  const auto seen = numbers_in("Uptake of the second dose at age five fell to 83.9%.");
  REQUIRE(seen.size() == 3);
  CHECK(seen[1].number.kind == K::quantity);
  CHECK(seen[1].number.unit == "year");
  CHECK(*only("He died at the age of eighty-four.").value == 84);
  CHECK(only("He died at the age of eighty-four.").unit == "year");
  CHECK(only("The age of one million stars was measured.").kind == K::cardinal);  // no age so great
}

TEST_CASE("what is likely in a present clause is to come, as in a forecast", "[numbers][dates]") {
  // "likely on Saturday" was the last Saturday while "expected on Saturday morning" was the next.
  const std::string ref = "2026-12-06";  // a Sunday
  const auto gusts = numbers_in("Gusts are likely on Saturday, the forecaster said.", ref);
  REQUIRE(gusts.size() == 1);
  CHECK(gusts[0].number.iso == "2026-12-12");
  CHECK(only("He is most likely to return on Tuesday.", ref).iso == "2026-12-08");
  // A past report's "likely to" looks ahead from when it was told, as "expected to" does (was 2026-12-01).
  CHECK(only("He was likely to return on Tuesday.", ref).iso == "2026-12-08");
  CHECK(only("Officials said the storm was likely to make landfall on Tuesday.", ref).iso == "2026-12-08");
  CHECK(only("Parliament was set to vote on the bill on Tuesday.", ref).iso == "2026-12-08");
  CHECK(only("The company is poised to report results on Tuesday.", ref).iso == "2026-12-08");
  CHECK(only("He was likely to have left on Tuesday.", ref).iso == "2026-12-01");
  CHECK(only("The board set the date on Tuesday.", ref).iso == "2026-12-01");
  CHECK(only("Rain was likely on Tuesday, the forecast said.", ref).iso == "2026-12-01");
  // "forecast to" as "likely to" (was 2026-12-05).
  CHECK(only("Temperatures are forecast to soar in the city's west on Saturday.", ref).iso == "2026-12-12");
  CHECK(only("Analysts cut their estimates and forecast on Friday a weaker year.", ref).iso == "2026-12-04");
}

TEST_CASE("a range of weekdays has its ends in order, ahead when either end's clause looks ahead", "[numbers][dates]") {
  // "from 21:00 on Friday until 21:00 on Saturday" put Friday a week before Saturday.
  const std::string ref = "2026-12-06";  // a Sunday
  const auto warning = numbers_in(
      "A yellow warning for wind has been issued from 21:00 on Friday until 21:00 on Saturday.", ref);
  REQUIRE(warning.size() == 4);
  CHECK(warning[1].number.iso == "2026-12-11");
  CHECK(warning[3].number.iso == "2026-12-12");
  const auto closed = numbers_in("The museum will be closed from Friday to Sunday.", ref);
  REQUIRE(closed.size() == 2);
  CHECK(closed[0].number.iso == "2026-12-11");
  CHECK(closed[1].number.iso == "2026-12-13");
  const auto shut = numbers_in("The roads were shut from Wednesday until Friday.", ref);
  REQUIRE(shut.size() == 2);
  CHECK(shut[0].number.iso == "2026-12-02");
  CHECK(shut[1].number.iso == "2026-12-04");
  const auto ran = numbers_in("The festival ran from Thursday to Saturday.", ref);
  REQUIRE(ran.size() == 2);
  CHECK(ran[0].number.iso == "2026-12-03");
  CHECK(ran[1].number.iso == "2026-12-05");
}

TEST_CASE("a clause without its verb takes the tense of the clause it continues", "[numbers][dates]") {
  // "and Nissan on Friday" was the last Friday after "will report on Thursday".
  const std::string ref = "2026-12-06";  // a Sunday
  const auto seen = numbers_in("Rival Honda will report on Thursday, and Nissan on Friday.", ref);
  REQUIRE(seen.size() == 2);
  CHECK(seen[0].number.iso == "2026-12-10");
  CHECK(seen[1].number.iso == "2026-12-11");
  const auto past = numbers_in("Honda reported on Thursday, and Nissan on Friday.", ref);
  REQUIRE(past.size() == 2);
  CHECK(past[1].number.iso == "2026-12-04");
  // A clause with its own verb keeps its own tense.
  const auto own = numbers_in("Honda will report on Thursday, and Nissan said on Friday.", ref);
  REQUIRE(own.size() == 2);
  CHECK(own[1].number.iso == "2026-12-04");
}

TEST_CASE("an Indian results story's quarters and fiscal years run from April", "[numbers][dates]") {
  lede::Options options;
  options.reference_date = "2025-10-20";
  const std::string text =
      "Infosys Q2 results: profit rises\n\nInfosys reported a net profit of Rs 7,364 crore for the second "
      "quarter ended September 30, 2025. Revenue in Q2FY26 rose to Rs 44,490 crore. It raised its FY26 "
      "guidance. Analysts expect a stronger Q3.";
  std::vector<std::pair<std::string, std::string>> dates;
  for (const lede::Number& n : lede::analyze(text, options).numbers) {
    if (n.kind == K::date) dates.emplace_back(text.substr(n.span.start, n.span.size()), n.iso);
  }
  REQUIRE(dates.size() == 6);
  CHECK(dates[0] == std::make_pair(std::string("Q2"), std::string("2025-Q3")));
  CHECK(dates[1] == std::make_pair(std::string("second quarter"), std::string("2025-Q3")));
  CHECK(dates[3] == std::make_pair(std::string("Q2FY26"), std::string("2025-Q3")));
  CHECK(dates[4] == std::make_pair(std::string("FY26"), std::string("2025-04/2026-03")));
  CHECK(dates[5] == std::make_pair(std::string("Q3"), std::string("2025-Q4")));
  // "the first half of FY26" was the ordinal "first" and FY26.
  const std::string half = "Revenue for the first half of FY26 rose to Rs 84,000 crore from Rs 80,000 crore.";
  const lede::Analysis h = lede::analyze(half, options);
  REQUIRE(h.numbers.size() == 3);
  CHECK(half.substr(h.numbers[0].span.start, h.numbers[0].span.size()) == "the first half of FY26");
  CHECK(h.numbers[0].iso == "2025-04/2025-09");
  // Elsewhere the calendar's: "Q2FY26" the quarter as named, "Q2" the calendar's.
  CHECK(only("Revenue in Q2FY26 rose.", "2025-10-20").iso == "2026-Q2");
  CHECK(numbers_in("Revenue in Q2 rose 5%, it said.", "2025-10-20")[0].number.iso == "2025-Q2");
}

TEST_CASE("an Indian results story's quarter named by the day it ended is the calendar's", "[numbers][dates]") {
  lede::Options options;
  options.reference_date = "2025-10-20";
  const std::string text =
      "MUMBAI, Oct 17 (Reuters) - Reliance's Q2 profit rose to 181.65 billion rupees for the quarter ended Sept. 30, "
      "from 165.63 billion rupees a year earlier. Jio expects Q3 profit to beat the 73.79 billion rupees of a year "
      "earlier.";
  std::vector<std::pair<std::string, std::string>> dates;
  for (const lede::Number& n : lede::analyze(text, options).numbers) {
    if (n.kind == K::date) dates.emplace_back(text.substr(n.span.start, n.span.size()), n.iso);
  }
  REQUIRE(dates.size() == 6);
  CHECK(dates[1].second == "2025-Q3");  // Q2, July to September
  // Were 2025-Q4 and 2024-Q4: moved as if a fiscal quarter.
  CHECK(dates[2] == std::make_pair(std::string("quarter ended Sept. 30"), std::string("2025-Q3")));
  CHECK(dates[3] == std::make_pair(std::string("a year earlier"), std::string("2024-Q3")));
  // After a fiscal quarter named, a year before it is fiscal too.
  CHECK(dates[4].second == "2025-Q4");
  CHECK(dates[5].second == "2024-Q4");
}

TEST_CASE("a company's fiscal quarter is no calendar quarter", "[numbers][dates]") {
  // Apple's fiscal first quarter ends in December, Microsoft's second in December: were 2026-Q1 and 2026-Q2.
  const std::string ref = "2026-12-06";
  const lede::Number apple = only("Apple reported record revenue for its fiscal first quarter.", ref);
  CHECK(apple.kind == K::date);
  CHECK(apple.iso.empty());
  CHECK(only("Microsoft's fiscal second-quarter revenue beat forecasts.", ref).iso.empty());
  // Its fiscal year named after the quarter (was 2026-Q2); in a yen story, the year from April (Q2: July to September).
  CHECK(only("Apple sold more iPhones in the second quarter of its fiscal year.", ref).iso.empty());
  CHECK(numbers_in("Toyota sold 2.48 million vehicles in the second quarter of its fiscal year, earning 3.4 "
                   "trillion yen on sales of 12 trillion yen.",
                   ref)[1]
            .number.iso == "2026-Q3");
  // The calendar's quarter, and one whose year is written, stay.
  CHECK(only("Revenue fell in the second quarter.", ref).iso == "2026-Q2");
  CHECK(only("Revenue fell in the fiscal second quarter of 2025.", ref).iso == "2025-Q2");
}

TEST_CASE("a draw's band of seeds is no date", "[numbers][dates]") {
  // "9/16 - Luo Yigang" was the date September 16, "5/8 - Hu Zhilan" the fraction 0.625.
  const auto seen = numbers_in("Men's singles, third round\n9/16 - Luo Yigang (China) beat 5/8 - Hu Zhilan");
  REQUIRE(seen.size() == 3);
  CHECK(seen[1].number.kind == K::cardinal);
  CHECK(*seen[1].number.value == 9);
  CHECK(*seen[1].number.high == 16);
  CHECK(*seen[2].number.value == 5);
  CHECK(only("The meeting is on 9/16.").kind == K::date);
  // The players' names are mentions.
  const lede::Analysis draw = lede::analyze(
      "Results in the Malaysian Open badminton tournament on Thursday (prefix number denotes seeding):\n"
      "Men's singles, third round\n9/16 - Luo Yigang (China) beat Hwang Sun-ho (South Korea) 15-3 15-7");
  bool band = false;
  for (const lede::Number& n : draw.numbers) {
    CHECK(n.iso != "2026-09-16");
    band = band || (n.value && *n.value == 9 && n.high && *n.high == 16);
  }
  CHECK(band);
}

TEST_CASE("a warning that runs from one day to another looks ahead", "[numbers][dates]") {
  // "runs from midnight on Tuesday to 18:00 on Wednesday" was the last Tuesday and Wednesday.
  const std::string ref = "2026-12-06";  // a Sunday
  const auto runs = numbers_in("A yellow wind warning runs from midnight on Tuesday to 18:00 on Wednesday.", ref);
  REQUIRE(runs.size() == 4);
  CHECK(runs[1].number.iso == "2026-12-08");
  CHECK(runs[3].number.iso == "2026-12-09");
  // A plural noun after its article is no verb: the protests were held.
  const auto protests = numbers_in("The protests from Monday to Wednesday left three dead.", ref);
  REQUIRE(protests.size() >= 2);
  CHECK(protests[0].number.iso == "2026-11-30");
}

TEST_CASE("a team's present after its name tells of a match to come", "[numbers][dates]") {
  // "Arsenal host Aston Villa on Wednesday" was the last Wednesday.
  const std::string ref = "2026-12-06";  // a Sunday
  CHECK(only("Arsenal host Aston Villa on Wednesday.", ref).iso == "2026-12-09");
  CHECK(only("Liverpool travel to Leeds on Saturday.", ref).iso == "2026-12-12");
  CHECK(only("Arsenal hosted Aston Villa on Wednesday.", ref).iso == "2026-12-02");
  CHECK(only("The visit on Wednesday was short.", ref).iso == "2026-12-02");
}

TEST_CASE("papers' own signs of the peso and the shilling are read by the text's country", "[numbers]") {
  // "P5.2 billion" was a count; Tanzania's "Sh" was Kenya's; "31 cents of every shilling" dollars.
  const auto money = [](const std::string& text) {
    std::vector<std::pair<std::string, std::string>> seen;
    for (const lede::Number& n : lede::analyze(text).numbers) {
      if (n.kind == K::money) seen.emplace_back(text.substr(n.span.start, n.span.size()), std::string(n.unit));
    }
    return seen;
  };
  const auto manila = money("MANILA, Dec 5 (Reuters) - San Miguel Corp said it would invest P5.2 billion in a new "
                            "power plant. Its net income rose to P12.8 billion.");
  REQUIRE(manila.size() == 2);
  CHECK(manila[0] == std::make_pair(std::string("P5.2 billion"), std::string("PHP")));
  CHECK(manila[1].second == "PHP");
  CHECK(money("SYDNEY, Dec 5 (Reuters) - The P5.2 billion figure was wrong.").empty());
  const auto dar = money("DAR ES SALAAM, Dec 5 (Reuters) - Tanzania plans to raise Sh2.3 trillion from bonds. The "
                         "government spends 31 cents of every shilling it collects on debt.");
  REQUIRE(dar.size() == 2);
  CHECK(dar[0].second == "TZS");
  CHECK(dar[1] == std::make_pair(std::string("31 cents"), std::string("TZS")));
  const auto kampala = money("KAMPALA, Dec 5 (Reuters) - Uganda will borrow Sh1.2 trillion.");
  REQUIRE(kampala.size() == 1);
  CHECK(kampala[0].second == "UGX");
  CHECK(money("NAIROBI, Dec 5 (Reuters) - Kenya will borrow Sh1.2 trillion.")[0].second == "KES");
}

TEST_CASE("a count after a plural's name, its verb left out, is a count", "[numbers]") {
  // "the Liberal Democrats 942." lost its count as a name's number ("Boeing 737").
  const auto seen = numbers_in("Labour won 1,204 seats, the Conservatives 985 and the Liberal Democrats 942.");
  REQUIRE(seen.size() == 3);
  CHECK(*seen[1].number.value == 985);
  CHECK(*seen[2].number.value == 942);
  CHECK(numbers_in("Microsoft will end support for Windows 10.").empty());
  CHECK(numbers_in("The airline flies the Boeing 737 and the Airbus A320.").empty());
}

TEST_CASE("an address's number is no count", "[numbers]") {
  // "220 Central Park South" was a count.
  CHECK(only("The penthouse at 220 Central Park South sold for $190 million.").kind == K::money);
  for (const Seen& s : numbers_in("He left 10 Downing Street at noon on 3 May.")) CHECK(s.number.kind != K::cardinal);
  // A street's block, as US police write an address (was a count 6500).
  CHECK(only("Officers were called to the 6500 block of Bellaire Boulevard around 2:30 a.m.").kind == K::time);
  CHECK(only("Police closed 300 blocks of the city.").kind == K::cardinal);
  CHECK(*only("He beat 3 Chicago rivals.").value == 3);
  const lede::Analysis golf = lede::analyze("Leading scores:\n220 Barry Lane 73 77 70, Wayne Riley (Australia) 71 78 71");
  REQUIRE(!golf.numbers.empty());
  CHECK(*golf.numbers[0].value == 220);  // a golfer's total before his name
}

TEST_CASE("a figure revised up to a value has no bound", "[numbers]") {
  // "was revised up to 2.3%" was "up to" 2.3%, a bound.
  CHECK(only("GDP growth was revised up to 2.3%.").approx.empty());
  CHECK(only("Revenues went up to 8.26 trillion lei.").approx.empty());
  CHECK(only("Fines of up to $5,000 apply.").approx == "up to");
  CHECK(only("Buyers paid up to $4,500 a square foot.").approx == "up to");
}

TEST_CASE("an ordinal joined to a word by a hyphen after \"a\" ranks it, no fraction", "[numbers]") {
  // "a third-quarter operating profit" was a duration of a third of a quarter; "a fifth-inning tie" 0.2.
  const lede::Number q = only("Hyundai posted a third-quarter operating profit.", "2026-11-05");
  CHECK(q.kind == K::date);
  CHECK(q.iso == "2026-Q3");
  CHECK(only("Ripken snapped a fifth-inning tie.").kind == K::ordinal);
  CHECK(numbers_in("Sales fell by a third in 2020.")[0].number.kind == K::cardinal);
}

TEST_CASE("an age in years stated after \"age\" and its verb is an age, no span of time", "[numbers]") {
  // "The mean age was 45.2 years" was a duration of 45.2 years.
  const lede::Number mean = only("The mean age was 45.2 years.");
  CHECK(mean.kind == K::quantity);
  CHECK(mean.unit == "year");
  CHECK(*mean.value == 45.2);
  CHECK(only("The average age of participants was 45 years.").kind == K::quantity);
  CHECK(only("Patients had a median age of 38 years.").kind == K::quantity);
  CHECK(only("The war was 45 years ago.").kind == K::date);
  CHECK(only("The plan was 10 years in the making.").kind == K::duration);
}

TEST_CASE("two weekdays joined by a hyphen are one range", "[numbers][dates]") {
  // "Monday-Friday" was Monday alone.
  const std::string ref = "2026-12-06";  // a Sunday
  CHECK(only_text("Drivers will strike Monday-Friday.", ref) == "Monday-Friday");
  CHECK(only("Drivers will strike Monday-Friday.", ref).iso == "2026-12-07/2026-12-11");
  CHECK(only("The museum was shut Monday-Wednesday.", ref).iso == "2026-11-30/2026-12-02");
  CHECK(only("Drivers will strike Monday-Friday.").iso.empty());
}

TEST_CASE("a date opening its sentence takes the tense of the clause after its comma", "[numbers][dates]") {
  // Al Jazeera, 4 December 2026: January was the next one (2027), the nearest.
  const std::string ref = "2026-12-04";  // a Friday
  CHECK(only("In January, the US State Department determined that the RSF had committed genocide.", ref).iso ==
        "2026-01");
  CHECK(only("In March, the department said the group had committed genocide.", ref).iso == "2026-03");
  CHECK(only("In January, Blinken met the council's chair in Jeddah.", ref).iso == "2026-01");
  CHECK(only("On Tuesday, the court will rule on the appeal.", ref).iso == "2026-12-08");
  CHECK(only("On 14 March, the minister said the plan had failed.", ref).iso == "2026-03-14");
  // With nothing after the comma to tell, the nearest, as before.
  CHECK(only("In January, more snow.", ref).iso == "2027-01");
}

TEST_CASE("a C glued to digits is a temperature in a story that has spoken of temperature", "[numbers]") {
  // The Sydney Morning Herald: "40C" in the headline, "43C" and "48.9C" were nothing.
  const auto found = numbers_in(
      "Heatwave warning: Sydney to swelter through 40C as fire danger rises\n\n"
      "Western Sydney is expected to reach 43C on Saturday.\n\n"
      "Penrith recorded 48.9C in 2020.");
  REQUIRE(found.size() == 5);  // and Saturday, and 2020
  CHECK(found[0].number.unit == "\xC2\xB0" "C");
  CHECK(*found[1].number.value == 43);
  CHECK(found[1].number.unit == "\xC2\xB0" "C");
  CHECK(*found[3].number.value == 48.9);
  // Elsewhere a code, as before.
  CHECK(numbers_in("Section 43C of the act applies to Penrith.").size() == 0);
}

TEST_CASE("a timetable's present with its particle and hour looks ahead, plural or singular", "[numbers][dates]") {
  // "Voters go to the polls on Tuesday" and "kick off at 3pm on Saturday" were the last Tuesday and Saturday.
  const std::string ref = "2026-12-06";  // a Sunday
  CHECK(only("Voters go to the polls on Tuesday to choose a new president.", ref).iso == "2026-12-08");
  CHECK(only("Britain goes to the polls on Thursday.", ref).iso == "2026-12-10");
  const auto matches = numbers_in("The matches kick off at 3pm on Saturday.", ref);
  REQUIRE(matches.size() == 2);
  CHECK(matches[1].number.iso == "2026-12-12");
  const auto final = numbers_in("The final kicks off at 8pm on Saturday.", ref);
  REQUIRE(final.size() == 2);
  CHECK(final[1].number.iso == "2026-12-12");
  const auto polls = numbers_in("Polls open at 7am on Thursday.", ref);
  REQUIRE(polls.size() == 2);
  CHECK(polls[1].number.iso == "2026-12-10");
  CHECK(only("The leaders meet on Friday in Geneva.", ref).iso == "2026-12-11");
  CHECK(only("Schools reopen on Monday after the storm.", ref).iso == "2026-12-07");
  CHECK(only("Parliament reconvenes on Tuesday.", ref).iso == "2026-12-08");
  CHECK(only("Students return on Monday.", ref).iso == "2026-12-07");
  CHECK(only("The talks take place on Thursday in Doha.", ref).iso == "2026-12-10");
  CHECK(only("His return on Monday was delayed.", ref).iso == "2026-11-30");
  // The past, and a noun, stay the last such day.
  const auto kicked = numbers_in("The matches kicked off at 3pm on Saturday.", ref);
  REQUIRE(kicked.size() == 2);
  CHECK(kicked[1].number.iso == "2026-12-05");
  CHECK(only("Voters went to the polls on Tuesday.", ref).iso == "2026-12-01");
  CHECK(only("The swim meet on Friday was cancelled.", ref).iso == "2026-12-04");
}

TEST_CASE("a month after \"by\" is a deadline to come unless the clause tells of the past", "[numbers][dates]") {
  // "aims to finish the work by October" was the last October.
  const std::string ref = "2026-12-06";
  CHECK(only("The company aims to finish the work by October.", ref).iso == "2027-10");
  CHECK(only("The government hopes to pass the law by October.", ref).iso == "2027-10");
  CHECK(only("Sales had fallen sharply by October.", ref).iso == "2026-10");
  CHECK(only("The index climbed steadily by October.", ref).iso == "2026-10");
  // A part of the month too (was 2026-10).
  CHECK(only("The company aims to finish the sale by the end of October.", ref).iso == "2027-10");
  CHECK(only("The group plans to cut costs by mid-October.", ref).iso == "2027-10");
  CHECK(only("Sales had fallen by the end of October.", ref).iso == "2026-10");
  // A day of the month too (was 2026-05-30).
  CHECK(only("The deal sets a timetable for elections by May 30.", ref).iso == "2027-05-30");
}

TEST_CASE("a quarter of a fiscal year written out is one fiscal quarter", "[numbers][dates]") {
  // "the third quarter of fiscal 2025" was the quarter of the reference's year and a cardinal 2025.
  const std::string ref = "2026-12-06";
  const auto seen = numbers_in("Revenue in the third quarter of fiscal 2025 rose 12%.", ref);
  REQUIRE(seen.size() == 2);
  CHECK(seen[0].text == "third quarter of fiscal 2025");
  CHECK(seen[0].number.iso == "2025-Q3");
  CHECK(only_text("Profit fell in the fourth quarter of fiscal year 2024.", ref) ==
        "fourth quarter of fiscal year 2024");
  CHECK(only("Profit fell in Q3 fiscal 2025.", ref).iso == "2025-Q3");
  // The fiscal year alone (was the cardinal 1997).
  const auto wheat = numbers_in("The USDA put wheat exports at 25.0 million tonnes in fiscal 1997.", ref);
  REQUIRE(wheat.size() == 2);
  CHECK(wheat[1].text == "fiscal 1997");
  CHECK(wheat[1].number.iso == "1997");
  // A quarter after the fiscal year is of it (was "fiscal 1997" and the calendar's "first quarter").
  const auto loss = numbers_in("It took a loss of $1.2 million in its fiscal 1997 first quarter.", ref);
  REQUIRE(loss.size() == 2);
  CHECK(loss[1].text == "fiscal 1997 first quarter");
  CHECK(loss[1].number.iso == "1997-Q1");
  const auto ended = numbers_in("It lost money in its fiscal 1997 first quarter ended June 30, 1996.", ref);
  REQUIRE(ended.size() == 3);
  CHECK(ended[1].number.iso == "1996-Q2");
}

TEST_CASE("a year earlier or later counts from the date its sentence, or the one before, named", "[numbers][dates]") {
  // "from a year earlier" after "in November" had no iso.
  const std::string ref = "2026-12-06";
  const auto exports = numbers_in("Exports rose 5% in November from a year earlier, the ministry said.", ref);
  REQUIRE(exports.size() == 3);
  CHECK(exports[2].text == "a year earlier");
  CHECK(exports[2].number.iso == "2025-11");
  const auto profit = numbers_in("Profit in the third quarter of 2026 fell 8% from a year earlier.", ref);
  REQUIRE(profit.size() == 3);
  CHECK(profit[2].number.iso == "2025-Q3");
  const auto steel =
      numbers_in("Beijing exported 110.7 million tonnes of steel in 2025, up 22.7% from a year earlier.", ref);
  REQUIRE(steel.size() == 4);
  CHECK(steel[3].number.iso == "2024");
  const auto valued =
      numbers_in("The network was valued at $524.2 million at March 31, 1996, up 8% on a year earlier.", ref);
  REQUIRE(valued.size() == 4);
  CHECK(valued[3].number.iso == "1995-03-31");
  const auto held = numbers_in("He was arrested on December 1, 2026 and freed two days later.", ref);
  REQUIRE(held.size() == 2);
  CHECK(held[1].number.iso == "2026-12-03");
  const auto freed = numbers_in("He was arrested in March 2019 and freed two years later.", ref);
  REQUIRE(freed.size() == 2);
  CHECK(freed[1].number.iso == "2021-03");
  // Opening its sentence, from the sentence before (had no iso).
  const auto opening = numbers_in("Sales fell 3% in November. A year earlier, they had risen 5%.", ref);
  REQUIRE(opening.size() == 4);
  CHECK(opening[2].number.iso == "2025-11");
  const auto history = numbers_in("In 1968, IVAC introduced an infusion monitor.\nA year later, it was sold.", ref);
  REQUIRE(history.size() == 2);
  CHECK(history[1].number.iso == "1969");
  // Two sentences back, or a sentence back from within a sentence, is too
  // far to tell the event it counts from; none named gives no date.
  const auto apart = numbers_in("Sales fell 3% in November. Profits rose. A year earlier, they had risen 5%.", ref);
  REQUIRE(apart.size() == 4);
  CHECK(apart[2].number.iso.empty());
  const auto within = numbers_in("Sales fell 3% in November. They had risen 5% a year earlier.", ref);
  REQUIRE(within.size() == 4);
  CHECK(within[3].number.iso.empty());
  CHECK(only("Two days later, police arrested him.", ref).iso.empty());
}

TEST_CASE("the months to a date are one period, which a year earlier counts back from", "[numbers][dates]") {
  // "the three months to September 30" was a duration and a day, and "a
  // year earlier" that day a year before (2025-09-30).
  const std::string ref = "2026-12-06";
  const auto results = numbers_in(
      "Revenue rose 12% to \u00A31.2bn in the three months to September 30, from \u00A31.07bn a year earlier.", ref);
  std::vector<std::string> read;
  for (const Seen& s : results) {
    if (s.number.kind == K::date) read.push_back(s.text + " " + s.number.iso);
  }
  CHECK(read == std::vector<std::string>{"three months to September 30 2026-Q3", "a year earlier 2025-Q3"});
  CHECK(only("Six months to June 30, 1996", ref).iso == "1996-H1");
  CHECK(only("Net profit rose in the six months ended June 30, 1996.", ref).iso == "1996-H1");
  CHECK(only("Sales rose in the nine months ended Sept. 30, the company said.", ref).iso == "2026-01/2026-09");
  CHECK(only("Six months to September 30, 1996", ref).iso == "1996-04/1996-09");
  CHECK(numbers_in("It paid $0.65 a unit for the quarter ended July.", "1996-08-22").back().number.iso ==
        "1996-05/1996-07");
  const auto quarter = only("Profit fell in the quarter ended June 30, 1996.", ref);
  CHECK(quarter.iso == "1996-Q2");
  CHECK(only_text("Profit fell in the quarter ended June 30, 1996.", ref) == "quarter ended June 30, 1996");
  const auto kra = numbers_in("The Kenya Revenue Authority collected Sh2.4 trillion in the financial year to June "
                              "2024.",
                              "2025-05-05");
  CHECK(kra.back().text == "financial year to June 2024");
  CHECK(kra.back().number.iso == "2023-07/2024-06");  // was June 2024 alone
  CHECK(only("Net profit fell in the fiscal year ended June 30.", ref).iso == "2025-07/2026-06");
  CHECK(only("In the year ended Dec. 31, 2025, sales rose.", ref).iso == "2025");
  // A length of time up to a day stays one: no "the", or a day that ends no month.
  const auto deadline = numbers_in("The firm has three months to June 30 to find a buyer.", ref);
  REQUIRE(deadline.size() == 2);
  CHECK(deadline[0].number.kind == K::duration);
  CHECK(only("Sales rose in the quarter ended May 4, 1996.", ref).iso == "1996-05-04");
}

TEST_CASE("a year earlier counts from the period figures are of, not the day they were told", "[numbers][dates]") {
  // It was a year before Wednesday (2025-11-18).
  const auto nvidia = numbers_in("November 19, 2026\n\nNvidia reported third-quarter revenue of $57.0 billion on "
                                 "Wednesday, up 62% from a year earlier.",
                                 "2026-12-06");
  REQUIRE(nvidia.back().text == "a year earlier");
  CHECK(nvidia.back().number.iso == "2025-Q3");
  // A day alone is counted from: "a truce agreed a year earlier" than Friday's ceasefire.
  const auto truce = numbers_in("BAGHDAD 1996-08-26\nThe factions reached a ceasefire on Friday, ending a truce "
                                "agreed a year earlier.",
                                "1996-08-26");
  CHECK(truce.back().number.iso == "1995-08-23");
}

TEST_CASE("a cricket innings' fall of wickets is no list of ranges", "[numbers]") {
  // "1-64 2-85" were the ranges 1 to 64 and 2 to 85.
  CHECK(numbers_in("Fall of wickets: 1-64 2-85 3-116 4-205 5-248 6-273 7-283\n8-284 9-295").empty());
  CHECK(numbers_in("Fall of wickets: 1-4 2-57 3-186 4-217 5-217.").empty());
  CHECK(numbers_in("Fall of wicket: 1-129").empty());
  // Ranges that do not count up by one wicket stay ranges.
  const auto ages = numbers_in("Classes for ages 3-6 7-9 and 10-12 start in May.");
  REQUIRE(ages.size() >= 3);
  CHECK(*ages[0].number.high == 6);
}

TEST_CASE("several or a few of a scale is an approximate count of it", "[numbers]") {
  // "several hundred million suns" was "hundred million", as if one.
  const lede::Number suns = only("The galaxy holds several hundred million suns.");
  CHECK(*suns.value == 1e8);
  CHECK(suns.approx == "several");
  CHECK(only("A few thousand people gathered outside.").approx == "a few");
  CHECK(only("Several dozen soldiers were hurt.").approx == "several");
  // Digits after "several" are no count of them.
  CHECK(only("The airline grounded several 737 jets.").approx.empty());
}

TEST_CASE("a modifier at the end of a line bounds nothing on the next", "[numbers]") {
  // A live blog's "Show key events only" made "14:02 GMT" an "only" time.
  const lede::Number time = only("Show key events only\n\n14:02 GMT\n\nThe chancellor rose to speak.");
  CHECK(time.kind == K::time);
  CHECK(time.approx.empty());
  CHECK(only("The rally drew only 300 people.").approx == "only");
}

TEST_CASE("a year opening a line of a chronology before its dash is a year", "[numbers][dates]") {
  // "On this day" lists: "1969 - Scottish ..." was the cardinal 1969.
  const auto seen = numbers_in(
      "1241 - Alexander Nevsky drove the Teutonic Knights from Pskov.\n"
      "1969 - Scottish driver Jackie Stewart won the Italian Grand Prix.\n"
      "Four years later, he announced his retirement.", "2026-12-06");
  REQUIRE(seen.size() == 3);
  CHECK(seen[0].number.kind == K::date);
  CHECK(seen[0].number.iso == "1241");
  CHECK(seen[1].number.iso == "1969");
  CHECK(seen[2].number.iso == "1973");
  // A count before a dash mid-sentence stays one.
  CHECK(only("They counted 1500 - a record.").kind == K::cardinal);
}

TEST_CASE("a year before a title or a company's period is a year", "[numbers][dates]") {
  // These were the cardinals 1993, 1995 and 1996.
  CHECK(only("He trails a group including 1993 champion Billy Mayfair.").kind == K::date);
  CHECK(only("Manchester United host 1995 champions Blackburn.").iso == "1995");
  // With a company's period after it, one date with it.
  CHECK(numbers_in("Boskalis reported 1996 first-half net profit.").front().number.iso == "1996-H1");
  CHECK(numbers_in("It could hold 1996 full-year profit steady.").front().number.iso == "1996");
  // A count of people stays one.
  CHECK(only("The race had 2000 runners.").kind == K::cardinal);
}

TEST_CASE("a company's first or second half before its results is a half year", "[numbers][dates]") {
  // "first-half net profit" was the ordinal "first".
  const std::string ref = "2026-12-06";
  const auto rise = numbers_in("It announced a 14 percent rise in first-half pretax profit.", ref);
  REQUIRE(rise.size() == 2);
  CHECK(rise[1].text == "first-half");
  CHECK(rise[1].number.iso == "2026-H1");
  CHECK(only("Boskalis reported 1996 first-half net profit fell.", ref).iso == "1996-H1");
  CHECK(only("IHC Caland reported first half results well under forecasts.", ref).iso == "2026-H1");
  CHECK(only("He said second-half profit growth would depend on prices.", "2026-08-27").iso == "2026-H2");
  // A game's half stays an ordinal.
  CHECK(only("Weah missed a good first half opportunity.", ref).kind == K::ordinal);
}

TEST_CASE("a headline's timetable verb before \"to\" looks ahead", "[numbers][dates]") {
  // "Leaders meet to discuss ... Monday" was the last Monday once "meet" became a timetable's verb.
  const std::string ref = "2026-12-06";  // a Sunday
  CHECK(numbers_in("Leaders meet to discuss Gaza truce Monday\n\nThe talks come after weeks of fighting.", ref)
            .front().number.iso == "2026-12-07");
  CHECK(numbers_in("Troops return to base Friday\n\nThe move follows a deal.", ref).front().number.iso ==
        "2026-12-11");
  CHECK(numbers_in("Scotland go to polls Thursday\n\nVoters will choose.", ref).front().number.iso == "2026-12-10");
  CHECK(numbers_in("Schools reopen to pupils Monday\n\nThe storm has passed.", ref).front().number.iso ==
        "2026-12-07");
  // A past before "to", and "close to" (near), stay the last day.
  CHECK(numbers_in("Man sentenced to death Monday\n\nThe court ruled.", ref).front().number.iso == "2026-11-30");
  CHECK(numbers_in("Stocks close to record high Monday\n\nThe index rose.", ref).front().number.iso == "2026-11-30");
}

TEST_CASE("a company's full year before its figures is its year, no length of time", "[numbers][dates]") {
  // "full-year profit" was a duration of one year (P1Y).
  const std::string ref = "1996-08-28";
  const auto strong = only("Guinness Peat Group said it expected a strong full year result.", ref);
  CHECK(strong.kind == K::date);
  CHECK(strong.iso == "1996");
  const auto ihc = numbers_in("IHC also forecast post tax earnings rising 21 percent for the full year.", ref);
  REQUIRE(ihc.size() == 2);
  CHECK(ihc[1].number.iso == "1996");
  CHECK(only("The company reported full-year profit fell.", ref).iso == "1995");  // the last year ended
  // A forecast raised in the past is of the year running (was 1995).
  CHECK(only("Toyota Motor raised its full-year operating profit forecast.", ref).iso == "1996");
  CHECK(only("It expects profits and turnover to rise (corrects from the full year 1996).", ref).iso == "1996");
  // Every year's losses: neither a year nor a length.
  const auto zenith = numbers_in("Zenith has been plagued by soft conditions, reporting full-year losses since 1989.", ref);
  REQUIRE(zenith.size() == 1);
  CHECK(zenith[0].text == "1989");
  // A length of time stays one.
  CHECK(only("He spent a full year in prison.", ref).kind == K::duration);
  CHECK(only("It took a full year for the plant to reopen.", ref).kind == K::duration);
}

TEST_CASE("a year before a company's half or full year is one date with it", "[numbers][dates]") {
  // "1996 first-half" was two numbers: the year and the half.
  const std::string ref = "1996-08-23";
  const auto half = only("Boskalis reported 1996 first-half net profit fell.", ref);
  CHECK(half.iso == "1996-H1");
  CHECK(only_text("Boskalis reported 1996 first-half net profit fell.", ref) == "1996 first-half");
  const auto year = only("It was uncertain whether it could hold 1996 full-year profit steady.", ref);
  CHECK(year.kind == K::date);
  CHECK(year.iso == "1996");
  CHECK(only_text("It was uncertain whether it could hold 1996 full-year profit steady.", ref) == "1996 full-year");
}

TEST_CASE("a wire headline's FULL-YR is a company's full year", "[numbers][dates]") {
  // "FULL-YR 1996" read no number.
  const auto kekkila = numbers_in("KEKKILA SEES FULL-YR 1996 PROFIT VS LOSS.\nHELSINKI 1996-08-29\nFertilisers maker "
                                  "Kekkila Oy said on Thursday a full-year profit was likely.",
                                  "1996-08-29");
  REQUIRE(!kekkila.empty());
  CHECK(kekkila[0].text == "FULL-YR 1996");
  CHECK(kekkila[0].number.kind == K::date);
  CHECK(kekkila[0].number.iso == "1996");
  CHECK(only("Guinness Peat sees full-yr 1996 profit rising.", "1996-08-28").iso == "1996");
}

TEST_CASE("a year before a plural event, after a possessive or after a player's season is a year", "[numbers][dates]") {
  // Each was the cardinal 1995, 1998 or 1997.
  CHECK(numbers_in("Martinez, who finished 1995 ranked second in the world, lost.").front().number.iso == "1995");
  CHECK(only("Seychelles reached the group phase of the qualifiers for the 1998 finals.").kind == K::date);
  CHECK(only("Analysts expect the government's 1997 inflation target to be missed.").kind == K::date);
  // A count stays one: an index's level, a possessive's plural.
  CHECK(only("The index ended 2000 points lower.").kind != K::date);
  CHECK(only("The company's 2000 employees went on strike.").kind == K::cardinal);
}

TEST_CASE("a section's number after the section sign is no year", "[numbers]") {
  // "§ 1992" was the year 1992.
  const auto seen = numbers_in("He was charged with train wrecking under 18 US Code § 1992, prosecutors said.");
  for (const auto& s : seen) CHECK(s.text != "1992");
}

TEST_CASE("net zero is a policy, no count", "[numbers]") {
  // "zero" was the cardinal 0.
  const auto seen = numbers_in("The bank committed to net zero by 2050.");
  REQUIRE(seen.size() == 1);
  CHECK(seen[0].text == "2050");
  CHECK(numbers_in("The firm set a net-zero target.").empty());
  CHECK(only("Zero people were hurt.").value == 0);
}

TEST_CASE("one of two, from one to the other, is no count", "[numbers]") {
  // "one" was the cardinal 1.
  CHECK(numbers_in("Traders moved deposits from one bank to the other.").empty());
  CHECK(numbers_in("The virus spread from one farm to another.").empty());
  CHECK(numbers_in("Fans drifted from one to the other.").empty());
  CHECK(only("One person was killed and the other was injured.").value == 1);
}

TEST_CASE("tens or hundreds of thousands is the scale, approx how many", "[numbers]") {
  // "Tens of thousands" read no number.
  const auto tens = only("Tens of thousands of people have died in the war.");
  CHECK(tens.kind == K::cardinal);
  CHECK(*tens.value == 1000);
  CHECK(tens.approx == "tens of");
  CHECK(only_text("Tens of thousands of people have died in the war.") == "Tens of thousands");
  CHECK(only("The quake left hundreds of thousands homeless.").approx == "hundreds of");
  CHECK(numbers_in("Thousands of people marched.").empty());
  // Pounds of money or of weight: no price's word tells which.
  CHECK(numbers_in("Hundreds of thousands of pounds of damage was done.").empty());
}

TEST_CASE("tens or hundreds of millions of dollars is money, and dozens of people a count", "[numbers]") {
  // Each read no number.
  const std::string xbox =
      "The Redmond, Wash.-based company spent tens of millions of dollars promoting the product with stunts.";
  const auto spent = only(xbox);
  CHECK(spent.kind == K::money);
  CHECK(*spent.value == 1e6);
  CHECK(spent.unit == "USD");
  CHECK(spent.approx == "tens of");
  CHECK(only_text(xbox) == "tens of millions of dollars");
  const auto paid = only("The club paid hundreds of thousands of pounds for the land.");
  CHECK(paid.unit == "GBP");
  CHECK(paid.approx == "hundreds of");
  const auto grain = only("Tens of thousands of tonnes of grain rotted in the port.");
  CHECK(grain.kind == K::quantity);
  CHECK(grain.unit == "t");
  CHECK(numbers_in("Tens of thousands of years ago the valley was ice.").size() <= 1);
  const auto protest = only("But outside, dozens of protesters from the D.C. Coalition gathered.");
  CHECK(protest.kind == K::cardinal);
  CHECK(*protest.value == 12);
  CHECK(protest.approx == "dozens of");
  CHECK(only_text("Dozens of people opposed to the government are in jail.") == "Dozens");
}

TEST_CASE("the title of a code of laws that a citation opens is no count", "[numbers]") {
  // "18" was the cardinal 18.
  CHECK(numbers_in("He was charged with train wrecking under 18 US Code \u00A7 1992, prosecutors said.").empty());
  CHECK(numbers_in("She pleaded guilty to violating 18 U.S.C. 2332, the statute on terrorism abroad.").empty());
  CHECK(numbers_in("The rule is set out in 40 CFR 60.").empty());
  CHECK(*only("The coach signed 18 USC players.").value == 18);
}

TEST_CASE("a number after a long stretch of words that can begin none is found, to the text's last atom",
          "[numbers]") {
  // Longer than the grammar's window: the atoms that begin nothing are
  // passed over across its slides.
  std::string text;
  for (int k = 0; k < 3000; ++k) text += "Rain kept falling over quiet hills, ";
  text += "while prices rose 40% and stocks fell 3";
  const auto seen = numbers_in(text);
  REQUIRE(seen.size() == 2);
  CHECK(seen[0].text == "40%");
  CHECK(seen[0].number.kind == lede::NumberKind::percent);
  CHECK(seen[1].text == "3");
  CHECK(seen[1].number.value == 3);
}

TEST_CASE("a live blog's entry stamped minutes ago is no length", "[numbers]") {
  // "8m" was 8 metres.
  const auto entry = numbers_in("8m ago 14.05 GMT\nUkraine's president has said the talks were constructive.",
                                "2026-12-06");
  REQUIRE(entry.size() == 2);
  CHECK(entry[0].text == "8m ago");
  CHECK(entry[0].number.kind == K::date);
  CHECK(entry[0].number.iso == "2026-12-06");
  CHECK(only("The pool is 25m long.").unit == "m");
}

TEST_CASE("a phone number spelled with letters at its end is no count", "[numbers]") {
  // "713" and "222" were cardinals.
  CHECK(numbers_in("Anyone with information is asked to call Crime Stoppers at 713-222-TIPS.").empty());
  CHECK(numbers_in("Order by calling 1-800-FLOWERS before the holiday.").empty());
}

TEST_CASE("a press release's dateline dates its today", "[numbers]") {
  // "today" was the reference date.
  const auto release = numbers_in("SAN FRANCISCO, Nov. 18, 2025 /PRNewswire/ -- Acme Robotics, Inc. today announced "
                                  "it has raised funding.",
                                  "2026-12-06");
  REQUIRE(release.size() == 2);
  CHECK(release[1].text == "today");
  CHECK(release[1].number.iso == "2025-11-18");
}

TEST_CASE("a stamp under a page's furniture lines dates the story", "[numbers]") {
  // "Saturday" was the one before the reference: the stamp was the seventh paragraph.
  const auto page = numbers_in(
      "Skip to content\nNOW\n44\xC2\xB0\nWatch Live\n\nPolice: man dead in overnight shooting at apartment complex\n\n"
      "By: KPRC Digital Team\nPosted at 6:12 AM, Nov 22, 2025\nand last updated 8:45 AM, Nov 22, 2025\n\n"
      "HOUSTON \xE2\x80\x93 A man was killed in a shooting at an apartment complex early Saturday, police said.",
      "2026-12-06");
  const auto saturday = std::find_if(page.begin(), page.end(), [](const Seen& s) { return s.text == "Saturday"; });
  REQUIRE(saturday != page.end());
  CHECK(saturday->number.iso == "2025-11-22");
}

TEST_CASE("an Up next line tells a team's coming game", "[numbers]") {
  // Both were the days before the reference, a Sunday.
  const auto next = numbers_in("The Thunder shot 51% from the field.\n\nUp next\n\nLakers: At Phoenix on Tuesday "
                               "night.\n\nThunder: Host Utah on Wednesday night.",
                               "2026-12-06");
  REQUIRE(next.size() == 3);
  CHECK(next[1].number.iso == "2026-12-08");
  CHECK(next[2].number.iso == "2026-12-09");
}

TEST_CASE("ages told by the words before them are ages", "[numbers]") {
  // Each was a cardinal.
  const auto age = [](const std::string& text, const std::string& age_text) {
    const auto seen = numbers_in(text);
    const auto it = std::find_if(seen.begin(), seen.end(), [&](const Seen& s) { return s.text == age_text; });
    INFO(text);
    REQUIRE(it != seen.end());
    CHECK(it->number.kind == K::quantity);
    CHECK(it->number.unit == "year");
  };
  age("Jane Goodall, the British primatologist, has died. She was 91.", "91");
  age("Australia's ban on social media for children under 16 will come into force next week.", "16");
  age("The reform raised the retirement age to 64 from 62.", "64");
  age("The reform raised the retirement age to 64 from 62.", "62");
  CHECK(only("She was 91 points behind.").kind == K::quantity);
  CHECK(only("Sales of products under 16 dollars rose.").kind == K::money);
}

TEST_CASE("a copyright's year is a year, and a world number one a rank", "[numbers]") {
  // "2025" and "one" were cardinals.
  const auto copyright = only("Copyright 2025 by KPRC Click2Houston - All rights reserved.");
  CHECK(copyright.kind == K::date);
  CHECK(copyright.iso == "2025");
  const auto rank = only("The Italian world number one beat Alcaraz in the final.");
  CHECK(rank.kind == K::ordinal);
  CHECK(*rank.value == 1);
}

TEST_CASE("next with a weekday is no day that tomorrow would name", "[numbers]") {
  // On Tuesday 2 December, "next Wednesday" was the day after.
  CHECK(only("The ban will come into force next Wednesday, the minister said.", "2025-12-02").iso == "2025-12-10");
  CHECK(only("I'm telling clients things are dicey going into next Friday.", "1996-08-29").iso == "1996-09-06");
  CHECK(only("The premiership begins with next Sunday's semifinal against London.", "1996-08-26").iso ==
        "1996-09-01");
  CHECK(only("The ban will come into force next Monday, the minister said.", "2025-12-06").iso == "2025-12-08");
  CHECK(only("The vote is due this Wednesday.", "2025-12-02").iso == "2025-12-03");
}

TEST_CASE("the past week is the seven days up to the story's, last week the calendar week before", "[numbers]") {
  // "past week" was the ISO week before the reference.
  CHECK(only("NSW Health said more people had presented to emergency departments with heat-related illness in the "
             "past week.",
             "2026-12-06")
            .iso == "2026-11-29/2026-12-06");
  CHECK(only("Prices rose sharply over the past year, the survey found.", "2026-12-06").iso == "2025-12-06/2026-12-06");
  CHECK(only("The council met last week.", "2026-12-06").iso == "2026-W48");
}

TEST_CASE("a listed plan's start from a month is the coming one", "[numbers]") {
  // "September" was the last one.
  CHECK(only("The budget also includes:\n\nFree school meals for all children from September\n\nA rise in parking "
             "charges",
             "2026-12-06")
            .iso == "2027-09");
  CHECK(only("Steel output up sharply from September.", "2026-12-06").iso == "2026-09");
}

TEST_CASE("day one is the first day, no count", "[numbers]") {
  // "one" was a cardinal.
  CHECK(numbers_in("\"We're not expecting perfection on day one, but we are expecting the platforms to act,\" she "
                   "said.")
            .empty());
  CHECK(numbers_in("He has opposed the plan from day one of the talks.").empty());
  CHECK(*only("Every day one child dies of malaria.").value == 1);
}

TEST_CASE("a day that would come after the story's day of news counts from it", "[numbers]") {
  // "Saturday morning" was the Saturday after the reference, a Sunday.
  const auto ap = numbers_in(
      "WASHINGTON (AP) \xE2\x80\x94 The Senate passed a short-term spending bill late Friday.\n\n"
      "A White House official said Trump would sign the bill Saturday morning.",
      "2026-12-06");
  REQUIRE(ap.size() == 2);
  CHECK(ap[0].number.iso == "2026-12-04");
  CHECK(ap[1].number.iso == "2026-12-05");
  // With no day of news told, the coming one.
  CHECK(only("An official said Trump would sign the bill Saturday morning.", "2026-12-06").iso == "2026-12-12");
}

TEST_CASE("a transcript's day is the day of its today", "[numbers]") {
  // "Today" was the reference date.
  const auto fed = numbers_in("Transcript: Fed Chair Jerome Powell's press conference\n\nThe following is a transcript "
                              "of remarks by Federal Reserve Chair Jerome Powell at a news conference on October 29, "
                              "2025.\n\nCHAIR POWELL. Good afternoon.\n\nToday, the Committee decided to lower our "
                              "policy interest rate.",
                              "2026-12-06");
  REQUIRE(fed.size() == 2);
  CHECK(fed[1].text == "Today");
  CHECK(fed[1].number.iso == "2025-10-29");
}

TEST_CASE("a programme's title \"Today\" is no date", "[numbers]") {
  // "Today" was the reference date.
  for (const std::string text : {"She told BBC Radio 4's Today programme that rates would fall.",
                                  "She told NBC's Today show about the book."}) {
    for (const auto& seen : numbers_in(text, "2026-12-06")) CHECK(seen.text != "Today");
  }
  CHECK(only_text("Today, the Committee decided to lower rates.", "2026-12-06") == "Today");
}

TEST_CASE("one point in the standings is a quantity of points, as two are", "[numbers]") {
  // "one" was a cardinal.
  const auto lead = only("Lando Norris won the Mexico City Grand Prix to move one point clear of Oscar Piastri.");
  CHECK(lead.kind == K::quantity);
  CHECK(lead.unit == "point");
  CHECK(only_text("They lead the table by 1 point.") == "1 point");
  CHECK(only("At one point, he left the room.").kind == K::cardinal);
  CHECK(numbers_in("It was the one point of contention.").empty());
}
