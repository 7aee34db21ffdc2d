// The word stream that wasm/lede.js builds its objects from: its values must
// be what JSON.parse gives for the JSON of the same contract
// (tests/node/stream.test.mjs compares the objects themselves).
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "output/binary_writer.hpp"
#include "output/writer.hpp"

namespace {

using lede::output::BinaryWriter;

std::string json_number(double value) {
  lede::output::JsonWriter out;
  out.number(value);
  return out.take();
}

// A string's tag and its two words: [start, end) in its text's UTF-16 units.
std::vector<uint32_t> string_words(BinaryWriter& out, std::string_view s) {
  const size_t at = out.words().size();
  out.string(s);
  const auto& w = out.words();
  return {w[at] & ((1u << BinaryWriter::kTagBits) - 1), w[at + 1], w[at + 2]};
}

}  // namespace

TEST_CASE("the JSON's numbers read back as the very doubles the stream holds", "[output][binary]") {
  // The stream passes doubles as they are, which is right only if the
  // JSON's digits parse back (correctly rounded, as JSON.parse does) to the
  // same bits.
  std::mt19937_64 rng(7);
  std::vector<double> values = {0.1, 0.3, 300000.00000000006, 0.12345670000000002, 1e300, 5e-324, 1e15, 2e15};
  for (int i = 0; i < 100000; ++i) {
    const uint64_t bits = rng();
    double any;
    std::memcpy(&any, &bits, sizeof any);
    if (std::isfinite(any)) values.push_back(any);
    values.push_back(static_cast<double>(rng() % 100000000) / std::pow(10.0, static_cast<int>(rng() % 12)));
  }
  for (double v : values) {
    INFO(v);
    const double back = std::strtod(json_number(v).c_str(), nullptr);
    REQUIRE(std::memcmp(&back, &v, sizeof v) == 0);
  }
}

TEST_CASE("strings are slices of a well-formed text, else copied well-formed to the side", "[output][binary]") {
  BinaryWriter out;
  const std::string text = "Zo\xC3\xAB \xF0\x9F\x8C\x8D Berlin";  // Zoë 🌍 Berlin
  out.begin(text);
  const std::string_view view(text);
  // "Berlin" starts at byte 10, UTF-16 unit 7 (the emoji is two units).
  CHECK(string_words(out, view.substr(10, 6)) == std::vector<uint32_t>{BinaryWriter::kTextString, 7, 13});
  CHECK(string_words(out, view.substr(0, 4)) == std::vector<uint32_t>{BinaryWriter::kTextString, 0, 3});
  // Inside the emoji: not a slice of the decoded text, but its bytes with U+FFFD.
  CHECK(string_words(out, view.substr(5, 2)) == std::vector<uint32_t>{BinaryWriter::kSideString, 0, 1});
  CHECK(string_words(out, "USD") == std::vector<uint32_t>{BinaryWriter::kSideString, 1, 4});
  CHECK(out.side() == "\xEF\xBF\xBDUSD");

  const std::string ill_formed = "a\xFF b";
  out.begin(ill_formed);
  CHECK(string_words(out, std::string_view(ill_formed).substr(3, 1)) ==
        std::vector<uint32_t>{BinaryWriter::kSideString, 0, 1});
  CHECK(string_words(out, ill_formed) == std::vector<uint32_t>{BinaryWriter::kSideString, 1, 5});
  CHECK(out.side() == "ba\xEF\xBF\xBD b");
}

TEST_CASE("integers past the payload's 28 bits are doubles, names are kept from contract to contract",
          "[output][binary]") {
  BinaryWriter out;
  out.begin("");
  out.member("start", 5);
  out.member("end", uint32_t{1} << 27);
  out.member("start", -(1 << 27));
  const auto& w = out.words();
  REQUIRE(w.size() == 6);
  CHECK(w[0] == (0u << BinaryWriter::kTagBits | BinaryWriter::kKey));
  CHECK(w[1] == (5u << BinaryWriter::kTagBits | BinaryWriter::kInteger));
  CHECK(w[2] == (1u << BinaryWriter::kTagBits | BinaryWriter::kKey));
  CHECK(w[3] == (0u << BinaryWriter::kTagBits | BinaryWriter::kDouble));
  CHECK(out.doubles() == std::vector<double>{134217728.0});
  CHECK(w[4] == (0u << BinaryWriter::kTagBits | BinaryWriter::kKey));
  CHECK(static_cast<int32_t>(w[5]) >> BinaryWriter::kTagBits == -(1 << 27));
  out.begin("");
  out.word("end");
  CHECK(out.words().front() == (1u << BinaryWriter::kTagBits | BinaryWriter::kWord));
  CHECK(out.names() == "startend");
  CHECK(out.name_ends() == std::vector<uint32_t>{5, 8});
}
