// The façade: runs the stages in order and assembles the Analysis.
#include "lede/lede.hpp"

#include <algorithm>
#include <limits>

#include "entities/entities.hpp"
#include "numbers/dates.hpp"
#include "numbers/numbers.hpp"
#include "quotes/quotes.hpp"
#include "structure/structure.hpp"
#include "text/broken_words.hpp"
#include "text/document.hpp"
#include "text/markup.hpp"
#include "text/time_zones.hpp"

namespace lede {

namespace {

// Offsets are 32-bit; longer input is cut at the last whole line that fits
// rather than rejected (4 GB of text is far beyond any article).
std::string_view within_limit(std::string_view text) {
  constexpr size_t kMax = std::numeric_limits<uint32_t>::max() - 1;
  if (text.size() <= kMax) return text;
  text = text.substr(0, kMax);
  const size_t newline = text.rfind('\n');
  return newline == std::string_view::npos ? text : text.substr(0, newline);
}

std::vector<Span> boilerplate_runs(const std::vector<Paragraph>& paragraphs) {
  std::vector<Span> runs;
  bool extend = false;
  for (const auto& p : paragraphs) {
    if (!p.boilerplate()) {
      extend = false;
      continue;
    }
    if (extend) {
      runs.back().end = p.span.end;
    } else {
      runs.push_back(p.span);
    }
    extend = true;
  }
  return runs;
}

// Cuts the numbers' list, grown to the count its stage foresaw, to its size.
// The analysis outlives the stages and to_json() holds it beside the JSON:
// prose with two numbers a sentence took 10.2x its size with the JSON, 9.9x
// without the spare room. Done once the stages' memory is freed, but the
// copy holds both lists at once: it is not made when that would take more
// than kCopyBudget bytes a byte of text (a text of nothing but numbers, whose
// list alone is 56 bytes a byte), nor for an article's few spare entries.
void cut_to_size(std::vector<Number>& numbers, size_t text_bytes) {
  constexpr size_t kSpareWorthACopy = 64 << 10;  // bytes
  constexpr size_t kCopyBudget = 8;
  const size_t spare = (numbers.capacity() - numbers.size()) * sizeof(Number);
  const size_t both = (numbers.capacity() + numbers.size()) * sizeof(Number);
  if (spare > kSpareWorthACopy && both <= kCopyBudget * text_bytes) numbers.shrink_to_fit();
}

// "GMT", "EST", "AEDT": a time zone's letters in capitals.
bool is_time_zone(std::string_view name) {
  constexpr size_t kLongest = 4;
  char lower[kLongest];
  if (name.size() > kLongest) return false;
  for (size_t i = 0; i < name.size(); ++i) {
    if (name[i] < 'A' || name[i] > 'Z') return false;
    lower[i] = static_cast<char>(name[i] | 0x20);
  }
  return text::kTimeZoneSet.contains({lower, name.size()});
}

// "USD 63.89 a barrel", "14.05 GMT", "(82 F)": a currency's code, a time
// zone or a temperature's scale letter that the numbers stage read into a
// sum, a time or a temperature is the number's, no name,
// though the tagger found one there ("USD" an organization, "GMT" another
// name, as CoNLL marks it). Its mention goes, and its entity when it has no
// other; the entities left keep their order. A currency's country stays
// ("Swiss francs", "HK$"). Both lists are sorted by start.
void drop_names_inside_numbers(std::string_view text, entities::Result& named, const std::vector<Number>& numbers) {
  constexpr uint32_t kLongestCode = 4;  // "USD", "GMT", "AEDT"
  auto number = numbers.begin();
  const auto inside_sum_or_time = [&](const Mention& m) {
    if (m.span.size() > kLongestCode) return false;  // most names, at once
    while (number != numbers.end() && number->span.end <= m.span.start) ++number;
    if (number == numbers.end() || number->span.start > m.span.start || m.span.end > number->span.end) return false;
    const std::string_view name = text.substr(m.span.start, m.span.size());
    if (number->kind == NumberKind::money) return name == number->unit;
    if (number->kind == NumberKind::quantity) {
      return (name == "C" && number->unit == "\xC2\xB0" "C") || (name == "F" && number->unit == "\xC2\xB0" "F");
    }
    return number->kind == NumberKind::time && m.span.end == number->span.end && is_time_zone(name);
  };
  const size_t before = named.mentions.size();
  named.mentions.erase(std::remove_if(named.mentions.begin(), named.mentions.end(),
                                      [&](const Mention& m) {
                                        if (!inside_sum_or_time(m)) return false;
                                        --named.entities[m.entity].count;
                                        return true;
                                      }),
                       named.mentions.end());
  if (named.mentions.size() == before) return;
  std::vector<int> renumbered(named.entities.size(), -1);
  int kept = 0;
  for (size_t e = 0; e < named.entities.size(); ++e) {
    if (named.entities[e].count == 0) continue;
    renumbered[e] = kept;
    if (kept != static_cast<int>(e)) named.entities[kept] = std::move(named.entities[e]);
    named.entities[kept].id = kept;
    ++kept;
  }
  named.entities.resize(kept);
  for (Mention& m : named.mentions) m.entity = renumbered[m.entity];
}

// The stages over a text without markup; `furniture` the spans of an HTML
// page's furniture in it, `headings` a Markdown text's heading lines.
Analysis analyze_prose(std::string_view utf8, const std::vector<Span>& furniture, const std::vector<Span>& headings,
                       const Options& options) {
  const text::Document doc = text::segment(utf8);
  const structure::Structure shape = structure::analyze(doc, furniture, headings);
  entities::Result named = entities::recognize(doc, shape);

  Analysis a;
  a.length = static_cast<uint32_t>(utf8.size());
  a.paragraphs.reserve(doc.paragraphs.size());
  for (size_t i = 0; i < doc.paragraphs.size(); ++i) {
    const auto& p = doc.paragraphs[i];
    a.paragraphs.push_back({{p.start, p.end}, shape.roles[i]});
  }
  a.boilerplate = boilerplate_runs(a.paragraphs);
  a.numbers = numbers::find(doc, named, options);
  drop_names_inside_numbers(utf8, named, a.numbers);
  a.quotes = quotes::find(doc, shape, named);
  a.mentions = std::move(named.mentions);
  a.entities = std::move(named.entities);
  return a;
}

}  // namespace

std::string_view version() { return LEDE_VERSION; }

bool is_reference_date(std::string_view date) { return numbers::dates::parse_iso(date).has_value(); }

Analysis analyze(std::string_view utf8, const Options& options) {
  utf8 = within_limit(utf8);
  Markup markup = Markup::none;
  std::optional<text::BlankedPage> page = text::read_through_markup(utf8, markup);
  std::vector<RejoinedWord> rejoined;
  const std::string_view prose = page ? std::string_view(page->text) : utf8;
  if (std::optional<std::string> whole = text::rejoin_broken_words(prose, rejoined)) {
    if (!page) page.emplace();
    page->text = std::move(*whole);
  }
  Analysis a = page ? analyze_prose(page->text, page->furniture, page->headings, options)
                    : analyze_prose(utf8, {}, {}, options);
  cut_to_size(a.numbers, utf8.size());
  if (page) {
    a.markup = markup;
    a.plain_text = std::move(page->text);
    a.rejoined = std::move(rejoined);
  }
  return a;
}

std::string analyze_to_json(std::string_view utf8, const Options& options, bool pretty) {
  utf8 = within_limit(utf8);
  return to_json(analyze(utf8, options), utf8, options, pretty);
}

std::string_view to_string(OffsetUnit u) {
  switch (u) {
    case OffsetUnit::utf8: return "utf8";
    case OffsetUnit::utf16: return "utf16";
    case OffsetUnit::codepoint: return "codepoint";
  }
  return "utf16";
}

std::optional<OffsetUnit> parse_offset_unit(std::string_view s) {
  if (s == "utf8") return OffsetUnit::utf8;
  if (s == "utf16") return OffsetUnit::utf16;
  if (s == "codepoint") return OffsetUnit::codepoint;
  return std::nullopt;
}

std::string_view to_string(EntityType t) {
  switch (t) {
    case EntityType::PER: return "PER";
    case EntityType::ORG: return "ORG";
    case EntityType::LOC: return "LOC";
    case EntityType::MISC: return "MISC";
  }
  return "MISC";
}

std::string_view to_string(NumberKind k) {
  switch (k) {
    case NumberKind::cardinal: return "cardinal";
    case NumberKind::ordinal: return "ordinal";
    case NumberKind::percent: return "percent";
    case NumberKind::money: return "money";
    case NumberKind::quantity: return "quantity";
    case NumberKind::date: return "date";
    case NumberKind::time: return "time";
    case NumberKind::duration: return "duration";
  }
  return "cardinal";
}

std::string_view to_string(Markup m) {
  switch (m) {
    case Markup::none: return "none";
    case Markup::html: return "html";
    case Markup::markdown: return "markdown";
  }
  return "none";
}

std::string_view to_string(QuoteKind k) {
  switch (k) {
    case QuoteKind::direct: return "direct";
    case QuoteKind::partial: return "partial";
    case QuoteKind::qa: return "qa";
  }
  return "direct";
}

std::string_view to_string(ParagraphRole r) {
  switch (r) {
    case ParagraphRole::body: return "body";
    case ParagraphRole::headline: return "headline";
    case ParagraphRole::byline: return "byline";
    case ParagraphRole::question: return "question";
    case ParagraphRole::answer: return "answer";
    case ParagraphRole::boilerplate: return "boilerplate";
  }
  return "body";
}

}  // namespace lede
