// The JSON writer against what nlohmann writes for the same values: the
// contract's bytes were nlohmann's before the writer, and must not change.
#include <cmath>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "lede/lede.hpp"
#include "output/writer.hpp"

namespace {

using lede::output::JsonWriter;

std::string nlohmann_dump(const nlohmann::ordered_json& value, int indent = -1) {
  return value.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::string written_string(std::string_view s) {
  JsonWriter out;
  out.string(s);
  return out.take();
}

std::string written_number(double value) {
  JsonWriter out;
  out.number(value);
  return out.take();
}

// Bytes that exercise every branch: plain ASCII, escapes, control bytes,
// continuation bytes, every kind of lead byte and the bytes never valid.
std::string random_bytes(std::mt19937& rng, size_t max_length) {
  static const std::vector<unsigned char> kInteresting = {
      'a', 'Z', ' ', '~', '"', '\\', '/', 0x00, 0x01, 0x08, 0x09, 0x0A, 0x0C, 0x0D, 0x1F, 0x7F,
      0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE,
      0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF8, 0xFE, 0xFF};
  std::uniform_int_distribution<size_t> length(0, max_length);
  std::uniform_int_distribution<size_t> pick(0, kInteresting.size() - 1);
  std::uniform_int_distribution<int> any_byte(0, 255);
  std::string s(length(rng), '\0');
  for (char& c : s) c = static_cast<char>(rng() % 4 == 0 ? any_byte(rng) : kInteresting[pick(rng)]);
  return s;
}

}  // namespace

TEST_CASE("strings are escaped and repaired exactly as nlohmann does", "[output][writer]") {
  SECTION("every byte alone and every pair of bytes") {
    for (int a = 0; a < 256; ++a) {
      const std::string one(1, static_cast<char>(a));
      REQUIRE(written_string(one) == nlohmann_dump(one));
      for (int b = 0; b < 256; ++b) {
        const std::string two = {static_cast<char>(a), static_cast<char>(b)};
        REQUIRE(written_string(two) == nlohmann_dump(two));
      }
    }
  }
  SECTION("ill-formed sequences at the start, middle and end of long plain runs") {
    const std::string plain = "The quick brown fox said \xE2\x80\x9Chello\xE2\x80\x9D in \xF0\x9F\x98\x80 ";
    const std::vector<std::string> bad_pieces = {
        "\xFF", "\xC0\x80", "\xE0\x80\xAF", "\xED\xA0\x80", "\xED\xA0\xBD\xED\xB8\x80", "\xF4\x90\x80\x80",
        "\xF8\x88\x80\x80\x80", "\xE2\x82", "\xF0\x9F\x98", std::string("\0", 1), "\x1F\x7F\"\\/\b\f\n\r\t"};
    for (const std::string& bad : bad_pieces) {
      for (const std::string& s : {bad + plain, plain + bad + plain, plain + bad, bad + bad}) {
        REQUIRE(written_string(s) == nlohmann_dump(s));
      }
    }
  }
  SECTION("plain strings of every short length, and each with one byte to escape at every place") {
    // Short strings are tested and copied as overlapping words: every length
    // and place of the odd byte meets a different overlap.
    for (size_t n = 0; n <= 20; ++n) {
      const std::string plain = std::string("abcdefghijklmnopqrstu").substr(0, n);
      REQUIRE(written_string(plain) == nlohmann_dump(plain));
      for (size_t at = 0; at < n; ++at) {
        for (const char odd : {'"', '\\', '\n', '\x80'}) {
          std::string s = plain;
          s[at] = odd;
          REQUIRE(written_string(s) == nlohmann_dump(s));
        }
      }
    }
  }
  SECTION("random bytes") {
    std::mt19937 rng(7);
    for (int i = 0; i < 50000; ++i) {
      const std::string s = random_bytes(rng, i % 10 == 0 ? 200 : 24);
      REQUIRE(written_string(s) == nlohmann_dump(s));
    }
  }
}

TEST_CASE("numbers are written exactly as nlohmann writes them", "[output][writer]") {
  std::vector<double> values = {0.0, -0.0, 0.1, 0.2, 0.3, 1.5, -1.5, 1.0, 2024.0, 1234567.0, 2.7e9, 1e15, 1e16,
                                1e20, 1e21, 1e22, 1e100, 1e-4, 1e-5, 1e-7, 123e-20, 5e-324, 1.7976931348623157e308,
                                2.2250738585072014e-308, 9007199254740993.0, 0.30000000000000004, 100.0 / 3};
  for (double special : {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity()}) {
    values.push_back(special);
    values.push_back(-special);
  }
  std::mt19937_64 rng(11);
  for (int i = 0; i < 20000; ++i) {
    uint64_t bits = rng();
    double any;
    std::memcpy(&any, &bits, sizeof any);
    values.push_back(any);
    values.push_back(static_cast<double>(rng() % 100000000) / std::pow(10.0, static_cast<int>(rng() % 12)));
    values.push_back(static_cast<double>(static_cast<int64_t>(rng() >> (rng() % 64))) * (i % 2 ? 1 : -1));
    values.push_back(static_cast<double>(rng() % 1000000000000000) * (i % 2 ? 1 : -1));  // whole, under 10^15
  }
  for (double power = 1; power < 1e17; power *= 10) {
    for (double near : {power - 1, power, power + 1}) values.push_back(near);
  }
  for (int whole = -1000; whole <= 100000; ++whole) values.push_back(whole);
  for (double v : values) {
    INFO(v);
    REQUIRE(written_number(v) == nlohmann_dump(v));
  }
}

TEST_CASE("integers of every width are written as nlohmann writes them", "[output][writer]") {
  auto written = [](auto v) {
    JsonWriter out;
    out.integer(v);
    return out.take();
  };
  for (int v : {0, 1, -1, 9, 10, -10, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()}) {
    REQUIRE(written(v) == nlohmann_dump(v));
  }
  for (int64_t v : {std::numeric_limits<int64_t>::min(), std::numeric_limits<int64_t>::max()}) {
    REQUIRE(written(v) == nlohmann_dump(v));
  }
  for (uint64_t v : {uint64_t{0}, uint64_t{4294967295}, std::numeric_limits<uint64_t>::max()}) {
    REQUIRE(written(v) == nlohmann_dump(v));
  }
  SECTION("32-bit offsets and counts, whose digits are counted from their bit length") {
    std::vector<uint32_t> values = {0, std::numeric_limits<uint32_t>::max()};
    for (uint64_t power = 1; power <= std::numeric_limits<uint32_t>::max(); power *= 10) {
      for (uint64_t near : {power - 1, power, power + 1}) values.push_back(static_cast<uint32_t>(near));
    }
    for (int bit = 0; bit < 32; ++bit) {
      for (uint32_t near : {(1u << bit) - 1, 1u << bit, (1u << bit) + 1}) values.push_back(near);
    }
    std::mt19937 rng(11);
    for (int i = 0; i < 100000; ++i) values.push_back(static_cast<uint32_t>(rng() >> (rng() % 32)));
    for (uint32_t v : values) {
      INFO(v);
      REQUIRE(written(v) == nlohmann_dump(v));
    }
  }
}

TEST_CASE("pretty output is nlohmann's indent of two, with [] and {} when empty", "[output][writer]") {
  auto write = [](JsonWriter& out) {
    out.begin_object();
    out.key("empty list");
    out.begin_array();
    out.end_array();
    out.key("empty object");
    out.begin_object();
    out.end_object();
    out.key("items");
    out.begin_array();
    for (int i = 0; i < 3; ++i) {
      out.begin_object();
      out.key("n");
      out.integer(i);
      out.key("names");
      out.begin_array();
      for (int j = 0; j < i; ++j) out.string("x\ny");
      out.end_array();
      out.key("nothing");
      out.null();
      out.key("flag");
      out.boolean(i == 1);
      out.end_object();
    }
    out.begin_array();
    out.number(1.5);
    out.end_array();
    out.end_array();
    out.end_object();
  };
  JsonWriter compact, pretty(/*pretty=*/true);
  write(compact);
  write(pretty);
  const std::string compact_json = compact.take();
  const auto value = nlohmann::ordered_json::parse(compact_json);
  REQUIRE(nlohmann_dump(value) == compact_json);
  REQUIRE(pretty.take() == nlohmann_dump(value, 2));

  SECTION("a lone value or empty container at the top") {
    JsonWriter lone(true), array(true), object(true);
    lone.string("top");
    array.begin_array();
    array.end_array();
    object.begin_object();
    object.end_object();
    for (JsonWriter* out : {&lone, &array, &object}) {
      const std::string json = out->take();
      REQUIRE(json == nlohmann_dump(nlohmann::ordered_json::parse(json), 2));
    }
  }
}

TEST_CASE("the pretty contract is the compact one indented by nlohmann", "[output][writer]") {
  const std::string text =
      "Iran\xE2\x80\x99s President Ebrahim Raisi said on Monday that \xE2\x80\x9C" "exports rose 12% to $2.7 billion "
      "in 2023\xE2\x80\x9D, according to IRNA.\n\nHe met Putin in Moscow on 3 May.\n\nShare this \xFF\tarticle";
  lede::Options options;
  options.reference_date = "2024-05-01";
  for (auto unit : {lede::OffsetUnit::utf8, lede::OffsetUnit::utf16, lede::OffsetUnit::codepoint}) {
    options.offsets = unit;
    const lede::Analysis analysis = lede::analyze(text, options);
    const std::string compact = lede::to_json(analysis, text, options);
    const auto value = nlohmann::ordered_json::parse(compact);
    CHECK(nlohmann_dump(value) == compact);
    CHECK(lede::to_json(analysis, text, options, /*pretty=*/true) == nlohmann_dump(value, 2));
  }
}

TEST_CASE("objects of members are written as nlohmann writes them, in both outputs", "[output][writer]") {
  // Strings longer than the room an object makes, with escapes that make
  // them longer still, between the members of no check: the buffer grows
  // under them.
  std::mt19937 rng(7);
  std::vector<std::string> strings = {"", "plain", std::string(5000, 'a'), std::string(3000, '"')};
  for (int i = 0; i < 40; ++i) strings.push_back(random_bytes(rng, 1500));
  const auto write = [&](JsonWriter& out) {
    out.begin_array();
    out.object([](auto&) {});
    for (size_t i = 0; i < strings.size(); ++i) {
      out.object([&](auto& w) {
        w.member("n", static_cast<int>(i) - 1);
        w.member_string("text", strings[i]);
        w.member_word("kind", "cardinal");
        w.member_bool("flag", i % 2 == 0);
        w.member_null("nothing");
        w.member_number("value", i % 3 == 0 ? std::nan("") : 0.1 * static_cast<double>(i));
        w.member("start", static_cast<uint32_t>(i) * 4000000000u / 40);
        w.member_string("after", strings[strings.size() - 1 - i]);
        w.member_strings("some", std::vector<std::string>(strings.begin(), strings.begin() + i % 4));
      });
    }
    out.end_array();
  };
  JsonWriter compact, pretty(/*pretty=*/true);
  write(compact);
  write(pretty);
  nlohmann::ordered_json expected = nlohmann::ordered_json::array();
  expected.push_back(nlohmann::ordered_json::object());
  for (size_t i = 0; i < strings.size(); ++i) {
    nlohmann::ordered_json item;
    item["n"] = static_cast<int>(i) - 1;
    item["text"] = strings[i];
    item["kind"] = "cardinal";
    item["flag"] = i % 2 == 0;
    item["nothing"] = nullptr;
    item["value"] = i % 3 == 0 ? std::nan("") : 0.1 * static_cast<double>(i);
    item["start"] = static_cast<uint32_t>(i) * 4000000000u / 40;
    item["after"] = strings[strings.size() - 1 - i];
    item["some"] = std::vector<std::string>(strings.begin(), strings.begin() + i % 4);
    expected.push_back(item);
  }
  REQUIRE(compact.take() == nlohmann_dump(expected));
  REQUIRE(pretty.take() == nlohmann_dump(expected, 2));
}
