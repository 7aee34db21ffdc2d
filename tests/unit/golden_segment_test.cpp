// Golden tests: the segmentation of each seed article, as `lede segment`
// prints it, equals tests/golden/<seed>.segment.txt. The expected files were
// read line by line when written. Regenerate after an intended change with
//   for s in ../shared/seeds/*.txt; do build/native/lede segment $s > tests/golden/$(basename $s .txt).segment.txt; done
// and read the diff before committing.
#include <catch2/catch.hpp>

#include <filesystem>

#include "text/document.hpp"
#include "files.hpp"

namespace fs = std::filesystem;
using lede::testing::read_file;

TEST_CASE("the seed articles are segmented as reviewed", "[text][golden]") {
  const fs::path golden = fs::path(LEDE_SOURCE_DIR) / "tests" / "golden";
  const fs::path seeds = fs::path(LEDE_SHARED_DIR) / "seeds";
  if (!fs::exists(seeds)) {
    WARN("no seeds at " << seeds << ": skipped");
    return;
  }
  int compared = 0;
  for (const auto& entry : fs::directory_iterator(seeds)) {
    const fs::path expected = golden / (entry.path().stem().string() + ".segment.txt");
    if (!fs::exists(expected)) continue;
    const std::string text = read_file(entry.path());
    INFO(entry.path().filename());
    CHECK(lede::text::describe(lede::text::segment(text)) == read_file(expected));
    ++compared;
  }
  CHECK(compared == 5);
}
