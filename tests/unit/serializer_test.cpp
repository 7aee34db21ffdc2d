// The streaming JSON writer: every list of the contract, filled by hand (the
// stages may still be stubs), comes out as valid JSON in the contract's order,
// and batch lines splice "id" in front of the same fields.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "lede/lede.hpp"

TEST_CASE("every list of the contract is written item by item as valid JSON", "[output]") {
  const std::string text = "Ebrahim Raisi said \xE2\x80\x9CIran paid $2.7 billion\xE2\x80\x9D.\n\nShare this";
  lede::Analysis a;
  a.length = static_cast<uint32_t>(text.size());
  a.paragraphs = {{{0, 48}, lede::ParagraphRole::body}, {{50, 60}, lede::ParagraphRole::boilerplate}};
  a.mentions = {{{0, 13}, lede::EntityType::PER, 0}, {{22, 26}, lede::EntityType::LOC, 1}};
  a.entities = {{0, "Ebrahim Raisi", lede::EntityType::PER, {"Raisi"}, 1, ""},
                {1, "Iran", lede::EntityType::LOC, {}, 1, ""}};
  lede::Number money;
  money.span = {32, 44};
  money.kind = lede::NumberKind::money;
  money.value = 2.7e9;
  money.unit = "USD";
  a.numbers = {money};
  lede::Quote quote;
  quote.span = {22, 44};
  quote.speaker = 0;
  quote.speaker_span = lede::Span{0, 13};
  quote.cue = "said";
  a.quotes = {quote};
  a.boilerplate = {{50, 60}};

  lede::Options options;
  options.offsets = lede::OffsetUnit::utf8;
  options.reference_date = "2024-05-01";
  const std::string compact = lede::to_json(a, text, options);
  const auto j = nlohmann::ordered_json::parse(compact);
  std::vector<std::string> keys;
  for (const auto& item : j.items()) keys.push_back(item.key());
  REQUIRE(keys == std::vector<std::string>{"version", "offsets", "length", "paragraphs", "mentions", "entities",
                                           "numbers", "quotes", "boilerplate", "referenceDate"});
  REQUIRE(j["paragraphs"][1]["boilerplate"] == true);
  REQUIRE(j["mentions"][1]["text"] == "Iran");
  REQUIRE(j["entities"][0]["aliases"][0] == "Raisi");
  REQUIRE(j["numbers"][0]["text"] == "$2.7 billion");
  REQUIRE(j["numbers"][0]["value"] == 2.7e9);
  REQUIRE(j["quotes"][0]["speakerEnd"] == 13);
  REQUIRE(j["quotes"][0]["cue"] == "said");
  REQUIRE_FALSE(j["quotes"][0].contains("repeat"));  // a flag, written only when set
  REQUIRE(j["boilerplate"].size() == 1);
  REQUIRE(j.dump() == compact);  // compact, in nlohmann's own format

  SECTION("pretty output holds the same value") {
    REQUIRE(nlohmann::ordered_json::parse(lede::to_json(a, text, options, true)) == j);
  }
  SECTION("a quote that repeats another's words says so") {
    a.quotes[0].repeat = true;
    REQUIRE(nlohmann::ordered_json::parse(lede::to_json(a, text, options))["quotes"][0]["repeat"] == true);
  }
}

TEST_CASE("a batch line puts id first, then the contract's fields", "[output]") {
  const std::string line = lede::process_jsonl_line(R"({"id":{"k":[1,"x"]},"text":"Hello."})", {});
  const auto j = nlohmann::ordered_json::parse(line);
  REQUIRE(j.begin().key() == "id");
  REQUIRE(j["id"]["k"][1] == "x");
  REQUIRE(j["version"] == 1);
  REQUIRE(j["paragraphs"].size() == 1);
}

TEST_CASE("a plain batch line is answered as nlohmann's reading of it would be", "[output]") {
  // A member the reader does not know leaves the line to nlohmann: both
  // readings of each record must give the same answer.
  const std::string ids[] = {"0", "17", "-3", "\"a-7 b\"", "123456789012345678"};
  const std::string texts[] = {
      R"("Mr. Smith said \"yes\" on Jan. 5.\nShare this")",
      "\"Caf\xC3\xA9 \xE2\x80\x9CIran\xE2\x80\x9D paid $2.7 billion\"",
      R"("tab\there, a slash \/ and a back\\slash; caf\u00e9 \u201cU.S.\u201d \ud83d\ude00 \b\f\r\u0000")",
      R"("")",
  };
  for (const std::string& id : ids) {
    for (const std::string& text : texts) {
      const std::string plain = R"({"id":)" + id + R"(,"text":)" + text + "}";
      const std::string swapped = R"( { "text" : )" + text + R"(, "id" : )" + id + " }\t";
      const std::string general = R"({"id":)" + id + R"(,"text":)" + text + R"(,"source":null})";
      const std::string answer = lede::process_jsonl_line(general, {});
      REQUIRE(answer.find("\"error\"") == std::string::npos);
      REQUIRE(lede::process_jsonl_line(plain, {}) == answer);
      REQUIRE(lede::process_jsonl_line(swapped, {}) == answer);
    }
  }
  // What nlohmann writes back otherwise, or reads as an error, is its own.
  REQUIRE(lede::process_jsonl_line(R"({"id":-0,"text":"a"})", {}).rfind(R"({"id":0,)", 0) == 0);
  REQUIRE(lede::process_jsonl_line(R"({"id":1.50,"text":"a"})", {}).rfind(R"({"id":1.5,)", 0) == 0);
  REQUIRE(lede::process_jsonl_line(R"({"id":"\u0041","text":"a"})", {}).rfind(R"({"id":"A",)", 0) == 0);
  REQUIRE(lede::process_jsonl_line(R"({"id":1,"text":"lone \ud800"})", {}) ==
          lede::process_jsonl_line("{\"id\":1,\"text\":\"lone \xEF\xBF\xBD\"}", {}));
  for (const std::string bad : {"{\"id\":1,\"text\":\"a\xFF\"}", "{\"id\":1,\"text\":\"a\x01\"}",
                                R"({"id":1,"text":"a\q"})", R"({"id":1,"text":"a"} x)", R"({"id":01,"text":"a"})",
                                "{\"id\":1,\"text\t\":\"a\"}", "{\"id\":\"a\t\",\"text\":\"b\"}"}) {
    REQUIRE(lede::process_jsonl_line(bad, {}) == R"({"id":null,"error":"invalid JSON"})");
  }
  REQUIRE(lede::process_jsonl_line(R"({"id":1,"text ":"a"})", {}) ==
          R"({"id":1,"error":"missing string field \"text\""})");
}

TEST_CASE("a batch line's own reference date replaces the command's", "[output]") {
  const lede::Options options{lede::OffsetUnit::utf16, "2026-01-01"};
  auto numbers = [&](const std::string& line) { return nlohmann::ordered_json::parse(lede::process_jsonl_line(line, options)); };
  const std::string text = R"("The ministry said on Thursday that exports fell last year.")";
  const auto dated = numbers(R"({"id":7,"text":)" + text + R"(,"referenceDate":"1996-08-22"})");
  REQUIRE(dated["referenceDate"] == "1996-08-22");
  REQUIRE(dated["numbers"][0]["iso"] == "1996-08-22");  // the Thursday of that week: the day itself
  REQUIRE(dated["numbers"][1]["iso"] == "1995");
  // Read by nlohmann (a member the plain reader does not know), in another order: the same answer.
  REQUIRE(numbers(R"({"referenceDate" : "1996-08-22", "source":null, "text":)" + text + R"(, "id":7})") == dated);
  // null or no date: the command's.
  const auto undated = numbers(R"({"id":7,"text":)" + text + "}");
  REQUIRE(undated["referenceDate"] == "2026-01-01");
  REQUIRE(numbers(R"({"id":7,"text":)" + text + R"(,"referenceDate":null})") == undated);
  for (const std::string bad : {R"("1996-02-30")", R"("22/08/1996")", R"("")", "19960822"}) {
    REQUIRE(lede::process_jsonl_line(R"({"id":7,"text":"a","referenceDate":)" + bad + "}", options) ==
            R"({"id":7,"error":"\"referenceDate\" must be a date, YYYY-MM-DD"})");
  }
}

TEST_CASE("items in boilerplate paragraphs are flagged in every list, in order or not", "[output]") {
  // Paragraphs: body [0, 10), boilerplate [12, 20), body [22, 30), boilerplate [32, 40).
  const std::string text = "aaaa bbbbb\n\nShare it\n\ncccc ddddd\n\nMore now";
  lede::Analysis a;
  a.length = static_cast<uint32_t>(text.size());
  using R = lede::ParagraphRole;
  a.paragraphs = {{{0, 10}, R::body}, {{12, 20}, R::boilerplate}, {{22, 30}, R::body}, {{32, 40}, R::boilerplate}};
  a.boilerplate = {{12, 20}, {32, 40}};
  const std::vector<uint32_t> starts = {0, 12, 17, 22, 32, 36};
  const auto flagged = [](uint32_t start) { return (start >= 12 && start < 20) || start >= 32; };
  // Mentions out of order (the writer must not rely on it), numbers in order.
  for (auto it = starts.rbegin(); it != starts.rend(); ++it) {
    a.mentions.push_back({{*it, *it + 2}, lede::EntityType::PER, -1});
  }
  for (uint32_t s : starts) {
    lede::Number n;
    n.span = {s, s + 2};
    a.numbers.push_back(n);
  }
  lede::Options options;
  options.offsets = lede::OffsetUnit::utf8;
  const auto j = nlohmann::ordered_json::parse(lede::to_json(a, text, options));
  for (const char* list : {"mentions", "numbers"}) {
    for (const auto& item : j[list]) {
      INFO(list << " at " << item["start"]);
      CHECK(item.contains("boilerplate") == flagged(item["start"].get<uint32_t>()));
    }
  }
}
