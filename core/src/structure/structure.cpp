// Paragraph roles: boilerplate first (so that it is never a headline or a
// turn), then the headline and byline at the top, then interview turns.
#include "structure/structure.hpp"

#include <array>

#include "structure/boilerplate.hpp"
#include "structure/interview.hpp"
#include "structure/paragraph_text.hpp"
#include "text/byte_lanes.hpp"
#include "text/chars.hpp"

namespace lede::structure {

namespace {

constexpr size_t kHeadlineSearch = 3;  // the headline is among the first paragraphs
constexpr size_t kBylineSearch = 6;
constexpr uint32_t kMaxHeadlineWords = 25;
constexpr uint32_t kMaxKickerWords = 2;  // "IFP Exclusive" above the real headline

constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                       "jul", "aug", "sep", "oct", "nov", "dec"};

bool is_headline_like(const ParagraphText& t) {
  return t.words >= 1 && t.words <= kMaxHeadlineWords && !t.ends_full_stop && !t.ends_ellipsis;
}

// Three bytes as one number, so that a word's start is compared with the
// months without a call to memcmp each.
constexpr uint32_t three_bytes(std::string_view s) {
  return static_cast<unsigned char>(s[0]) | static_cast<unsigned char>(s[1]) << 8 |
         static_cast<unsigned char>(s[2]) << 16;
}

// A word that starts like a month's name ("nov", "november", "sept.").
bool mentions_month(std::string_view s) {
  static constexpr auto kMonthKeys = [] {
    std::array<uint32_t, kMonths.size()> keys{};
    for (size_t m = 0; m < kMonths.size(); ++m) keys[m] = three_bytes(kMonths[m]);
    return keys;
  }();
  for (size_t at = 0; at + 3 <= s.size(); ++at) {
    if (at > 0 && s[at - 1] != ' ') continue;
    const uint32_t key = three_bytes(s.substr(at, 3));
    for (uint32_t month : kMonthKeys) {
      if (key == month) return true;
    }
  }
  return false;
}

// Eight bytes at a time: a byline's head is tens of bytes.
bool has_digit(std::string_view s) {
  const auto digits = [](uint64_t w) {
    return text::lanes::in_range(text::lanes::ascii_part(w), '0', '9') & ~text::lanes::non_ascii(w);
  };
  const size_t n = s.size();
  if (n < 8) {
    for (char c : s) {
      if (text::is_digit(static_cast<unsigned char>(c))) return true;
    }
    return false;
  }
  for (size_t i = 0; i + 8 < n; i += 8) {
    if (digits(text::lanes::load(s.data() + i))) return true;
  }
  return digits(text::lanes::load(s.data() + n - 8)) != 0;
}

// "By Jane Doe", "Published: 3 Nov 2024", "Updated Nov 3, 2024 14:06 GMT",
// "By Jane Doe | Updated 3:42 PM EST, Tue November 14, 2023", "Updated 2
// hours ago".
bool is_byline(const ParagraphText& t) {
  constexpr uint32_t kMaxStampWords = 6;  // "Updated 2 hours ago", "Published 15 minutes ago"
  if (t.truncated || t.words > 14) return false;
  if (t.starts_with("by ") && t.words <= 10) return true;
  const std::string_view s = t.normalized();
  if (!has_digit(s)) return false;
  const bool stamped = t.starts_with("published") || t.starts_with("updated") || t.starts_with("posted");
  if (stamped && t.words <= kMaxStampWords) return true;
  if (!mentions_month(s)) return false;
  return stamped || t.starts_with("by ") || (t.words <= 8 && !t.ends_full_stop);
}

void mark_headline(const std::vector<ParagraphText>& texts, std::vector<ParagraphRole>& roles) {
  size_t seen = 0;  // paragraphs that are not navigation or other furniture
  for (size_t i = 0; i < texts.size() && seen < kHeadlineSearch; ++i) {
    if (roles[i] != ParagraphRole::body) continue;
    ++seen;
    if (!is_headline_like(texts[i]) || is_byline(texts[i])) return;
    const bool kicker = texts[i].words <= kMaxKickerWords && i + 1 < texts.size() &&
                        roles[i + 1] == ParagraphRole::body && is_headline_like(texts[i + 1]) &&
                        texts[i + 1].words > kMaxKickerWords;
    roles[kicker ? i + 1 : i] = ParagraphRole::headline;
    return;
  }
}

// Among the first paragraphs that are not navigation or other furniture.
void mark_bylines(const std::vector<ParagraphText>& texts, std::vector<ParagraphRole>& roles) {
  size_t seen = 0;
  for (size_t i = 0; i < texts.size() && seen < kBylineSearch; ++i) {
    if (roles[i] == ParagraphRole::boilerplate) continue;
    ++seen;
    if (roles[i] == ParagraphRole::body && is_byline(texts[i])) roles[i] = ParagraphRole::byline;
  }
}

}  // namespace

Structure analyze(const text::Document& doc) {
  Structure s;
  const ParagraphTexts paragraph_texts(doc);
  const std::vector<ParagraphText>& texts = paragraph_texts.all();
  s.roles.assign(doc.paragraphs.size(), ParagraphRole::body);
  mark_boilerplate(texts, s.roles);
  mark_headline(texts, s.roles);
  mark_bylines(texts, s.roles);
  s.turns = find_turns(doc, s.roles);
  return s;
}

}  // namespace lede::structure
