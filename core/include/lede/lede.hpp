// lede: the public API of the analysis core. One header, one entry point.
//
// Every span is a [start, end) range of UTF-8 bytes into the text given to
// analyze(); conversion to UTF-16 or code points happens once, in to_json().
// Nothing here throws, reads files or knows about JavaScript.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lede {

inline constexpr int kContractVersion = 1;
std::string_view version();  // the library version, e.g. "0.1.0"

enum class OffsetUnit { utf8, utf16, codepoint };

struct Options {
  OffsetUnit offsets = OffsetUnit::utf16;
  // ISO date "YYYY-MM-DD" that relative dates ("last year") resolve against;
  // empty means unresolved (value null, no iso field).
  std::string reference_date;
};

// Whether `date` is a day of the calendar written YYYY-MM-DD, as
// Options::reference_date must be ("2024-02-30" is not).
bool is_reference_date(std::string_view date);

struct Span {
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - start; }
  bool empty() const { return end <= start; }
  friend bool operator==(Span a, Span b) { return a.start == b.start && a.end == b.end; }
};

enum class ParagraphRole { body, headline, byline, question, answer, boilerplate };

struct Paragraph {
  Span span;
  ParagraphRole role = ParagraphRole::body;
  bool boilerplate() const { return role == ParagraphRole::boilerplate; }
};

enum class EntityType { PER, ORG, LOC, MISC };

struct Mention {
  Span span;
  EntityType type = EntityType::MISC;
  int entity = -1;  // index into Analysis::entities
};

struct Entity {
  int id = 0;
  std::string name;  // the fullest form used in the text
  EntityType type = EntityType::MISC;
  std::vector<std::string> aliases;  // other surface forms, excluding name
  int count = 0;                     // number of mentions
  std::string related;               // e.g. "Iran" for the demonym "Iranian"
};

enum class NumberKind { cardinal, ordinal, percent, money, quantity, date, time, duration };

struct Number {
  Span span;
  NumberKind kind = NumberKind::cardinal;
  std::optional<double> value;  // normalized (money with scale, percent 40 for 40%)
  std::optional<double> high;   // upper end of a range
  // `unit` and `approx` name entries of lede's own tables (static storage):
  // views rather than strings keep a text dense in numbers small in memory.
  std::string_view unit;        // ISO 4217, "%", unit symbol, duration unit
  std::string iso;              // resolved date/period when a reference date is set
  std::string_view approx;      // modifier outside the span: "more than", "about"
};

enum class QuoteKind { direct, partial, qa };

struct Quote {
  Span span;  // excludes the quote marks
  QuoteKind kind = QuoteKind::direct;
  int speaker = -1;  // entity id, -1 when unknown
  std::optional<Span> speaker_span;
  std::string cue;  // "said", "according to", ":" ...
  // Words of a quotation elsewhere in the text that has a cue, set out again:
  // a pull quote, a headline's. Skip it to count each quotation once.
  bool repeat = false;
};

// The result of analyze(). Lists are sorted by span start. It refers to the
// analyzed text by offsets only; keep the text alive to serialize it.
// The markup an input was read through: its marks count as spaces.
enum class Markup : uint8_t { none, html, markdown };

// A word a PDF's line break had cut ("Chan-\ncellor"), whole in the text the
// stages read and moved to end where it ended (text/broken_words.hpp).
struct RejoinedWord {
  uint32_t start;        // in the input: where its head starts
  uint32_t read_start;   // in Analysis::plain_text: where the whole word starts
};

struct Analysis {
  uint32_t length = 0;  // bytes
  std::vector<Paragraph> paragraphs;
  std::vector<Mention> mentions;
  std::vector<Entity> entities;
  std::vector<Number> numbers;
  std::vector<Quote> quotes;
  std::vector<Span> boilerplate;  // merged runs of boilerplate paragraphs
  // When the input was HTML (page source pasted as an article) or Markdown,
  // or had words cut at line ends: the text the stages read, the input with
  // its markup blanked out and those words whole, every offset the same but
  // the starts of rejoined words. Texts in the JSON are taken from it; their
  // offsets count in the input. Empty for any other input.
  Markup markup = Markup::none;
  std::string plain_text;
  std::vector<RejoinedWord> rejoined;  // in order
};

// Never throws. Invalid UTF-8 is tolerated (reported as U+FFFD in texts).
Analysis analyze(std::string_view utf8, const Options& options = {});

// The JSON contract (version 1) for an analysis of `utf8`.
std::string to_json(const Analysis& analysis, std::string_view utf8, const Options& options,
                    bool pretty = false);

// analyze() followed by to_json(): what the CLI and the wasm module call.
std::string analyze_to_json(std::string_view utf8, const Options& options, bool pretty = false);

// One line of batch input, `{"id": ..., "text": "..."}`, answered with one line
// `{"id": ..., <the analysis fields>}`; a bad line with `{"id": ..., "error": "..."}`
// (id null when unreadable). A line may carry its own "referenceDate"
// (YYYY-MM-DD, an archive's publication date), which replaces the one in
// `options` for that line. No trailing newline. Never throws.
std::string process_jsonl_line(std::string_view line, const Options& options);

std::string_view to_string(OffsetUnit);
std::string_view to_string(EntityType);
std::string_view to_string(NumberKind);
std::string_view to_string(QuoteKind);
std::string_view to_string(ParagraphRole);
std::string_view to_string(Markup);
std::optional<OffsetUnit> parse_offset_unit(std::string_view);

}  // namespace lede
