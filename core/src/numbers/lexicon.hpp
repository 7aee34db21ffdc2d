// The words of numeric expressions: number words, scales, ordinals, months,
// weekdays, currencies, units, duration units and modifiers. Compiled-in
// tables looked up by lower-case text through one hash index (no
// allocation); no file is read at run time. Depends on nothing but the
// standard library.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace lede::numbers::lexicon {

enum class WordKind : uint8_t {
  unit,     // zero .. nineteen (and "a"/"an" is not here: the grammar decides)
  tens,     // twenty .. ninety
  hundred,  // hundred
  scale,    // thousand, million, billion, trillion, lakh, crore
  dozen,    // dozen(s): multiplies by 12
};

struct NumberWord {
  std::string_view word;
  double value;
  WordKind kind;
};

struct Ordinal {
  std::string_view word;
  double value;
  bool tens;    // twentieth .. ninetieth: may follow nothing, or end "twenty-first"
  bool plural;  // "thirds", "fifths": only as a fraction denominator
};

// Scale abbreviations glued to or following digits: 1.5m, 3bn, 200k, 10 bln.
struct Scale {
  std::string_view word;
  double factor;
};

struct Currency {
  std::string_view word;  // symbol, code or name, lower case
  std::string_view iso;   // ISO 4217 code
  double factor;          // 0.01 for cents and pence, 10 for tomans
  bool prefix;            // may stand before the amount ($5, USD 5)
  bool suffix;            // may follow the amount (5 dollars, 5 USD)
};

enum class UnitKind : uint8_t { length, area, volume, mass, energy, speed, temperature, data, other };

struct Unit {
  std::string_view word;    // lower case; may be several words ("metric tons")
  std::string_view symbol;  // canonical symbol in the output
  UnitKind kind;
  bool glued_only;          // only glued to digits or after a digit (in, m, t, g)
};

enum class TimeUnit : uint8_t { year, month, week, day, hour, minute, second };

struct Duration {
  std::string_view word;
  TimeUnit unit;
  double factor;  // decade = 10 years, fortnight = 2 weeks
  bool abbreviation;  // h, hrs, min: only right after a number
};

// A modifier before an amount ("more than 40%"): kept out of the span.
enum class Bound : uint8_t { none, lower, upper, exact };
struct Modifier {
  std::string_view phrase;  // lower case, words separated by one space
  Bound bound = Bound::none;  // "more than" bounds from below, "up to" from above
};

// What the lexicon knows about a lower-case word or phrase, found once: the
// grammar looks each atom up when it cuts it and asks the tables by id after.
using EntryId = uint16_t;
inline constexpr EntryId kNoEntry = 0;  // a word the lexicon does not know
EntryId entry(std::string_view lower);

// A sieve before the lookup: most words of a text are no key, and most of
// those are told by their length and their first and last byte. Bit n of
// key_shapes[key_ends(w)] is set when some key of n bytes has w's ends
// (filled when the program starts).
using KeyShapes = std::array<uint32_t, 27 * 27>;
extern const KeyShapes& key_shapes;
// A byte's place among the sieve's rows: 1..26 for a..z, 0 for any other.
struct SieveLetters {
  std::array<uint8_t, 256> of{};
  constexpr SieveLetters() {
    for (int c = 'a'; c <= 'z'; ++c) of[c] = static_cast<uint8_t>(c - 'a' + 1);
  }
};
inline constexpr SieveLetters kSieveLetters;
inline size_t key_ends(std::string_view w) {
  const auto letter = [](char c) { return kSieveLetters.of[static_cast<unsigned char>(c)]; };
  return static_cast<size_t>(letter(w.front()) * 27 + letter(w.back()));
}
inline bool may_be_key(std::string_view w) {
  return !w.empty() && w.size() < 32 && (key_shapes[key_ends(w)] >> w.size() & 1);
}
// entry() for a word that passed may_be_key, with its flags (word_flags).
EntryId sieved_entry(std::string_view lower, uint16_t& flags);
// The same for a one-byte word, from a table.
EntryId byte_entry(char lower, uint16_t& flags);

const NumberWord* number_word(EntryId);
const Ordinal* ordinal(EntryId);
const Scale* scale_word(EntryId);    // thousand, million, bn, k, ...
const Currency* currency(EntryId);   // $, us$, usd, dollars, ...
const Unit* unit(EntryId);           // km, miles, metric tons, ...
const Duration* duration(EntryId);   // years, decade, hrs, ...
int month(EntryId);                  // 1..12, 0 when none
int weekday(EntryId);                // 1 (Monday) .. 7, 0 when none
bool holiday(EntryId);               // christmas, easter, nowruz, ...
bool meal(EntryId);                  // breakfast, lunch, dinner, lunchtime, dinnertime
// What a word tells of its clause's time, for the year or week of a date
// written without one (Grammar::clause_tense): the past ("was", "said"),
// the future ("will", "expected", a timetable's "starts"), another event's
// time between ("following", "who"), or a word read in its context
// ("until", "should", "due").
// `done`: a participle of what is done once, past unless after "be"
// ("a survey released in January"; "will be released in January").
// `infinitive`: a verb of a timetable, future after "to" ("is to resume on
// Wednesday"; not "a firm start on Wall Street", "the Malaysian Open") or
// as a plural's present right before the date ("Classes start on Monday").
// `timetable`: a verb of a timetable only in that present ("Polls close on
// Thursday", "Tickets go on sale Friday"; not "was forced to close on Monday").
// `irregular_past`: a verb's irregular simple past, past after its subject
// near the date ("production began in January"; not "was made in March").
// `likely`: what is likely is to come when the clause's "be" is in the
// present ("Gusts are likely on Saturday"), not in the past ("was likely to
// return").
// `fixture`: a team's present after its name tells of a match to come
// ("Arsenal host Aston Villa on Wednesday", "Liverpool travel to Leeds").
enum class TenseCue : uint8_t { none, past, future, another_event, until, should, due, ahead, done, infinitive,
                                timetable, irregular_past, likely, fixture };
TenseCue tense_cue(EntryId);
const Modifier* modifier(EntryId);
bool calendar_or_currency(EntryId);  // a month, weekday, holiday (or a word of one) or currency

// The same by lower-case text.
inline bool holiday(std::string_view lower) { return holiday(entry(lower)); }
inline const Modifier* modifier(std::string_view lower) { return modifier(entry(lower)); }

// The longest modifier phrase that is a prefix-match of words; used to
// bound how many words the grammar tries.
inline constexpr int kMaxPhraseWords = 5;

// What a word can begin, as bits looked up once per word (one hash probe):
// strong words are numbers or calendar words by themselves ("two", "May",
// "decade"); weak words begin an expression only when a strong word follows
// closely ("the", "more", "last"). The other bits let the grammar skip the
// patterns a word cannot start.
namespace flag {
inline constexpr uint16_t strong = 1 << 0;
inline constexpr uint16_t weak = 1 << 1;
inline constexpr uint16_t modifier = 1 << 2;   // first word of a modifier
inline constexpr uint16_t number = 1 << 3;     // number word or ordinal
inline constexpr uint16_t month = 1 << 4;
inline constexpr uint16_t weekday = 1 << 5;
inline constexpr uint16_t holiday = 1 << 6;    // first word of a holiday
inline constexpr uint16_t calendar = 1 << 7;   // begins a relative date or time: today, last, early, the, in
inline constexpr uint16_t amount = 1 << 8;     // begins an amount or money: a, half, minus, between, us, percent
inline constexpr uint16_t duration = 1 << 9;   // begins a worded duration: a, half, few, another, all
inline constexpr uint16_t currency = 1 << 10;  // first word of a currency ($, us, dollars, swiss)
inline constexpr uint16_t unit = 1 << 11;      // first word of a unit (km, metric, degrees)
inline constexpr uint16_t time_unit = 1 << 12; // first word of a time unit (years, hrs, business)
// Bits 13-15: how many words the longest modifier starting with this word has.
inline constexpr int modifier_words_shift = 13;
inline int modifier_words(uint16_t flags) { return flags >> modifier_words_shift; }
}  // namespace flag
uint16_t word_flags(EntryId);

std::string_view to_string(TimeUnit);

}  // namespace lede::numbers::lexicon
