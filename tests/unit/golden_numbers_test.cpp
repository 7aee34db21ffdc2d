// Golden tests: the numbers found in each seed article, one a line, equal
// tests/golden/<seed>.numbers.txt. Each expected file was checked against the
// article by reading it: every figure a reader would mark is there with its
// value and unit, and nothing inside a name. Relative dates resolve against
// the fixed reference date 2024-06-01. Regenerate after an intended change with
//   LEDE_UPDATE_GOLDEN=1 build/native/lede_tests "[numbers][golden]"
// and read `git diff tests/golden` before committing.
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "entities/entities.hpp"
#include "numbers/numbers.hpp"
#include "structure/structure.hpp"
#include "text/document.hpp"
#include "files.hpp"

namespace fs = std::filesystem;
using lede::testing::read_file;

namespace {

std::string format(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.10g", v);
  return buf;
}

// One line per number: text, kind, value, unit, high, iso, approx (tab-separated).
std::string describe(const std::string& text) {
  lede::Options options;
  options.reference_date = "2024-06-01";
  const lede::text::Document doc = lede::text::segment(text);
  const auto named = lede::entities::recognize(doc, lede::structure::analyze(doc));
  std::string out;
  for (const lede::Number& n : lede::numbers::find(doc, named, options)) {
    out += text.substr(n.span.start, n.span.size());
    out += '\t' + std::string(lede::to_string(n.kind));
    out += '\t' + (n.value ? format(*n.value) : std::string("null"));
    out += '\t';
    out += n.unit;
    out += '\t' + (n.high ? format(*n.high) : std::string());
    out += '\t' + n.iso;
    out += '\t';
    out += n.approx;
    out += '\n';
  }
  return out;
}

}  // namespace

TEST_CASE("the seed articles' figures are found as reviewed", "[numbers][golden]") {
  const fs::path golden = fs::path(LEDE_SOURCE_DIR) / "tests" / "golden";
  const fs::path seeds = fs::path(LEDE_SHARED_DIR) / "seeds";
  if (!fs::exists(seeds)) {
    WARN("no seeds at " << seeds << ": skipped");
    return;
  }
  const bool update = std::getenv("LEDE_UPDATE_GOLDEN") != nullptr;
  int compared = 0;
  for (const auto& entry : fs::directory_iterator(seeds)) {
    const fs::path expected = golden / (entry.path().stem().string() + ".numbers.txt");
    const std::string got = describe(read_file(entry.path()));
    if (update) {
      std::ofstream(expected, std::ios::binary) << got;
    }
    if (!fs::exists(expected)) continue;
    INFO(entry.path().filename());
    CHECK(got == read_file(expected));
    ++compared;
  }
  CHECK(compared == 5);
}
