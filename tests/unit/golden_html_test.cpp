// Golden tests: the paragraphs of each HTML page in tests/golden/html, one a
// line as their role and their text, equal <page>.roles.txt. The pages are
// invented news-site, blog, AMP, class-named and clipboard pages; each
// expected file was read line by line: the site's menus, headers, footers,
// asides and widgets are boilerplate, the article's headline, byline and
// paragraphs are not. Regenerate after an intended change with
//   LEDE_UPDATE_GOLDEN=1 build/native/lede_tests "[html][golden]"
// and read `git diff tests/golden/html` before committing.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "lede/lede.hpp"
#include "files.hpp"

namespace fs = std::filesystem;
using lede::testing::read_file;

namespace {

// The text with each run of white space one space.
std::string squeezed(std::string_view text) {
  std::string out;
  for (const char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
    if (!space) {
      out += c;
    } else if (!out.empty() && out.back() != ' ') {
      out += ' ';
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string describe(const std::string& html) {
  const lede::Analysis a = lede::analyze(html, lede::Options{});
  std::string out;
  for (const lede::Paragraph& p : a.paragraphs) {
    out += std::string(lede::to_string(p.role)) + '\t' +
           squeezed(std::string_view(a.plain_text).substr(p.span.start, p.span.size())) + '\n';
  }
  return out;
}

}  // namespace

TEST_CASE("HTML pages' furniture is boilerplate, their articles are not", "[html][golden]") {
  const fs::path pages = fs::path(LEDE_SOURCE_DIR) / "tests" / "golden" / "html";
  const bool update = std::getenv("LEDE_UPDATE_GOLDEN") != nullptr;
  int compared = 0;
  for (const auto& entry : fs::directory_iterator(pages)) {
    if (entry.path().extension() != ".html") continue;
    const fs::path expected = fs::path(entry.path()).replace_extension(".roles.txt");
    const std::string got = describe(read_file(entry.path()));
    if (update) std::ofstream(expected, std::ios::binary) << got;
    INFO(entry.path().filename());
    CHECK(got == read_file(expected));
    ++compared;
  }
  CHECK(compared == 5);
}
