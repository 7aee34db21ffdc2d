// The matcher behind the number grammar: its atoms, its window and the
// declarations of its rules. Private to the numbers stage; the rules live in
// grammar.cpp (atoms, names, flags, the window and the pass), amounts.cpp (numbers,
// scales, fractions, money, percentages, units, durations, ordinals) and
// calendar.cpp (dates and times). Depends on the text layer and the lexicon.
#pragma once

#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lede/lede.hpp"
#include "numbers/dates.hpp"
#include "numbers/grammar.hpp"
#include "numbers/lexicon.hpp"
#include "text/document.hpp"

namespace lede::numbers::detail {

namespace lx = lexicon;

enum class AtomKind : uint8_t { digits, word, punct, symbol, other };

// Why an atom's digits are not a number: bits, as several reasons may hold.
namespace blocked {
inline constexpr uint8_t name = 1;   // inside a named-entity mention
inline constexpr uint8_t code = 2;   // in a token that is a code: COP29, 737MAX
inline constexpr uint8_t phone = 4;  // in a phone number or a model designation: 138-2010-2015, 787-9
}  // namespace blocked

// A piece of a token: a run of digits with its inner , . / :, a run of
// letters, a hyphen, or a whole punctuation or symbol token.
struct Atom {
  uint32_t start = 0, end = 0;
  uint16_t flags = 0;         // lx::flag bits: what it can begin
  lx::EntryId entry = lx::kNoEntry;  // what the lexicon knows of its lower-cased text
  AtomKind kind = AtomKind::other;
  bool space_before = false;  // white space before it (or the start of the text)
  bool joined = false;        // continues the previous atom's token ("COP|29", "1.5|m")
  uint8_t blocked = 0;        // blocked:: bits
};

inline constexpr size_t kMaxDigits = 40;    // longer digit runs are identifiers, not amounts
inline constexpr uint32_t kMaxWords = 24;   // a spelled number is read over at most this many atoms

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A byte buffer that is not zero-filled when it is allocated or grown (a
// std::string is, at every article): the window writes its bytes before it
// reads them.
class Bytes {
 public:
  char* data() { return bytes_.get(); }
  const char* data() const { return bytes_.get(); }
  size_t size() const { return size_; }
  // Makes room for n bytes, keeping the first `keep`.
  void grow(size_t n, size_t keep) {
    std::unique_ptr<char[]> more(new char[n]);
    if (keep > 0) std::memcpy(more.get(), bytes_.get(), keep);
    bytes_ = std::move(more);
    size_ = n;
  }

 private:
  std::unique_ptr<char[]> bytes_;
  size_t size_ = 0;
};

// A parsed amount: where it ends (one past its last atom) and what it is worth.
struct Amount {
  uint32_t end = 0;
  double value = 0;
  bool words = false;      // spelled out ("twenty")
  bool integer = true;     // no decimal part
  bool plain = false;      // digits only, no separators: a year or code candidate
  bool fraction = false;
  int digits = 0;          // digits of a plain number (4 for a year)
  bool glued_scale = false;
  double last_scale = 1;   // "3 million and a half": the half is of a million
};

// What one scan of a digit atom's text tells: its marks, which the time and
// date rules read, and its value, which the amounts read.
struct DigitRun {
  uint32_t colon = 0, dot = 0;  // where the first ':' and '.' are; the run's size when none
  bool digits_only = true;
  bool slash = false, slash_or_comma = false;
  std::optional<Amount> value;  // none for a time (14:06), a dotted run (192.168.1.2), 9/11, or past kMaxDigits
};

// One pass over a document's atoms. The atoms live in a window that slides
// with the pass: cut from tokens a little ahead of it, dropped a little
// behind, so that memory does not grow with the document. Rules read at most
// a few atoms behind the pass, and ahead only as far as atoms are final
// (blocked and flagged); a rule that wants to look further makes the pass
// settle more atoms and try again, so results never depend on the window.
//
// Members declared [[gnu::always_inline]] are asked of nearly every atom or
// amount from one file (where they are defined inline), and most return
// after a test or two: GCC kept them out of line in the large rules and the
// cutter, where the call cost as much as their work (together numbers::find
// -13% on c06). Inlining the larger ones with many callers (is_dash,
// cut_word_atom) made the stage slower.
class Grammar {
 public:
  Grammar(const text::Document& doc, const std::vector<Mention>& names, const Options& options);

  // The pass. The story's day, from its stamp or dateline, is known only
  // there: when it is another than the reference, the pass starts over.
  void run(Results& results);
  // Forgets what the dates found so far told (the year, month, quarter and
  // day named last, a game's clock, whether the story spoke of temperature),
  // for a pass that starts over.
  void start_over();
  // Keeps the year that a date found names, for named_year_, the month,
  // for named_month_, and the day, for last_day_.
  [[gnu::always_inline]] void note_named_year(const Number& date);
  // Keeps the day `iso` (told without figures) as news_day_ if it is in the
  // week before the reference.
  void note_news_day(std::string_view iso);
  // Makes the day of a wire story's dateline (a date found at atoms [first,
  // end) in the leading paragraphs) the reference that the story's relative
  // dates count from; a publication stamp's date, in a line of its own, too.
  // True when that day is another than the one counted from so far.
  bool note_dateline(uint32_t first, uint32_t end, const Number& date);
  // Whether `date`, with its year written, is a stamp's line of its own.
  bool in_stamp(const Number& date) const;
  // Whether `date`, found at atom `first` with its year written, is the day
  // a transcript's sentence says its words were said.
  bool transcript_of_day(uint32_t first, const Number& date) const;
  // Whether the stamp that dated the story gives a time of day in the
  // evening ("Updated 10:47 PM EST, December 20, 2024").
  bool stamped_in_the_evening() const;
  // Whether the date written at `written` is a month told from the one named
  // before it ("the previous month", "the month after").
  bool told_from_named_month(Span written) const;
  // Whether a quarter, "2024-Q4", is the one before or after the quarter named.
  bool told_from_quarter_named(std::string_view iso) const;

  // The farthest any rule reads behind the atom it starts at: a clause's
  // tense (clause_tense) and a year named earlier in a long sentence
  // (unnamed_period_iso). The window keeps at least this many atoms behind
  // the pass.
  static constexpr uint32_t kClauseLookBack = 20;
  static constexpr uint32_t kIrregularPastReach = 6;  // words from an irregular past to its date
  static constexpr uint32_t kSentenceLookBack = 60;

 private:
  // --------------------------------------------------------------- window --
  // Cuts tokens into atoms and settles them until `target` atoms are final
  // or the document is done.
  void settle_until(uint32_t target);

  // Runs the blocking passes over the atoms cut so far and makes final
  // what they have decided.
  void settle();

  bool all_cut() const { return next_token_ == doc_.tokens.size(); }

  // Whether atom i is cut or will never be: a pass may then read it.
  bool known(uint32_t i) const { return i < atoms_.size() || all_cut(); }

  // Drops the atoms well behind `cursor` (which moves with them).
  void slide(uint32_t& cursor);

  // Lower-cases the text up to byte `end` (once the kept atoms' text).
  void lower_until(uint32_t end);

  // Whether atom i is final; asking past the final ones (while the document
  // goes on) tells the pass that a rule wanted more.
  bool in(uint32_t i) const {
    if (i < final_) return true;
    if (!done_) wanted_more_ = true;
    return false;
  }

  // ---------------------------------------------------------------- atoms --
  // Appends the next atom with its lexicon entry and flags; a word token
  // may be cut over several calls.
  void cut_atom();
  // The atom kind of a whole token that is no word.
  static AtomKind atom_kind(text::TokenKind kind);

  [[gnu::always_inline]] void push(uint32_t s, uint32_t e, AtomKind k, bool space, bool joined);

  // Cuts the next atom of a word token at digit/letter boundaries and at hyphens.
  void cut_word_atom(const text::Token& tok);

  // A word token of letters only, the usual case, is one atom cut on a
  // short path; false for any other. `w` is in the (padded) lower-case
  // copy, `cut` its marks in cutting_.
  static bool plain_word(std::string_view w, const char* cut);
  bool cut_plain_word(const text::Token& tok);

  bool is_unicode_hyphen(uint32_t p) const;

  // A word may start with a non-ASCII letter; only a quote-like apostrophe
  // followed by a digit is split off.
  bool letter_run_start(uint32_t p) const;

  // Digits in names and codes: inside a named-entity mention, glued after
  // letters (COP29, Mi-17, F-35, Covid-19), followed by unknown letters
  // (13F, 737MAX) and phone numbers. Each pass settles the atoms cut so far
  // as far as it can, in this order (the code pass reads the names' bits).
  // Numbers right after a capitalized word that takes a number as its name
  // (Boeing 737, Highway 35) are the rules' business: is_name_number.

  // Blocks the atoms of the mentions whose atoms are cut, or whose first
  // word decides; returns the first atom a mention may still block.
  uint32_t block_names();

  // Is atom i a word of a mention made only of calendar, currency or time
  // zone words? Those ("Mon", "Nov", "Easter Monday", "USD", "GMT") are the
  // tagger misreading a number's part, not a name: "Theresa May" or
  // "Boeing 737" have other words too.
  // Whether word atom i, right after digits, is a unit's symbol ("1.2 GW").
  bool unit_after_digits(uint32_t i) const;
  [[gnu::always_inline]] bool calendar_or_currency(uint32_t i) const;

  // Blocks the tokens that are codes, reading the digit atoms before
  // `names_end`; returns the first atom whose code bit may still change.
  uint32_t block_codes(uint32_t names_end);

  // The first atom of digit atom d's token.
  uint32_t token_start(uint32_t d) const;

  // The first atom at or after `from` (a token that may still turn out a
  // code) that is not blocked yet: a blocked atom stays blocked whatever its
  // token turns out to be, so it can be final already ("1-2-3-...", a long
  // phone-like run, is never held back whole).
  uint32_t past_blocked(uint32_t from);

  void block_code_token(uint32_t first);

  bool is_code(uint32_t i) const;
  // Whether the half code whose letter is atom h (H1, H2) has a time word
  // before it or a year or another half after it.
  bool half_said_as_time(uint32_t h) const;
  static bool half_results_word(std::string_view w);
  static bool names_event(std::string_view w);
  // Whether atoms from k say a company's period: "full-year", "first-half".
  bool period_of_results_at(uint32_t k) const;
  // Whether digit atom d begins a quarter or half of a two-digit year as
  // analysts write it in one token (4Q20, 1H21): no code.
  bool quarter_of_short_year(uint32_t d) const;
  // Whether the digit at d is a quarter's or a half's of a fiscal year named after it: Q2FY26.
  bool fiscal_quarter_code(uint32_t d) const;

  // Letters that may follow digits in an amount: 10km, 3pm, 5th, 1e6.
  bool known_suffix(uint32_t i) const;
  // Whether the letter atom glued to digits before it is a C or F of a
  // temperature: "temperatures hit 40C", "limit warming to 1.5C", where
  // the clause speaks of one or the digits are below zero ("minus 233C");
  // elsewhere "5C" or "13F" is a code.
  bool glued_temperature(uint32_t letter) const;
  // Whether the letter atom apart from digits before it is the C or F of a
  // temperature's conversion in brackets: "28 degrees Celsius (82 F)".
  bool bracketed_temperature(uint32_t letter) const;
  // Whether the word atom i, after digits, is a C or an F that may be such a
  // conversion's: a name of one letter does not hide it.
  bool bracketed_scale_letter(uint32_t i) const;
  // Whether the text before byte `before` speaks of temperature anywhere
  // ("temperatures", "heatwave", "degrees").
  bool story_spoke_of_temperature(uint32_t before) const;

  // +1-222-2222, 138-2010-2015: three or more digit groups joined by hyphens
  // that are not a date, or digits after a "+". A scan that stops where the
  // atoms cut so far do not decide, and goes on from there.
  void block_phone_numbers();

  // Reads a run of digit groups joined by hyphens at i (787-9, 2022-09-15);
  // returns false when the run may go on into a token not cut yet.
  [[gnu::always_inline]] bool phone_step(uint32_t i);
  bool dialled(uint32_t i) const;
  bool cut_word(uint32_t k) const;
  bool rings(uint32_t k) const;
  static bool dials(std::string_view w);

  // "(212) 859-1610", "(852) 2843-6470" at i, the area code: two to four
  // digits in brackets, then three or four digits and four joined by a
  // hyphen. Reads four atoms ahead.
  bool bracketed_area_code(uint32_t i) const;
  // "416 941-8100" from atom i (area code, a space, exchange, hyphen, line).
  bool spaced_area_code(uint32_t i) const;
  // The last group of a national number written after its trunk 0 in spaced
  // groups ("0800 555 111", "020 7946 0018"), or 0; needs known(i + 3).
  uint32_t trunk_number_last(uint32_t i) const;
  // Whether atom i may be a North American area code or exchange: three digits, not 0 or 1 first.
  bool is_area_code(uint32_t i) const;
  // Whether the phone number's group at atom `last` (three digits) is
  // followed by a hyphen and the capitals it is spelled with ("222-TIPS");
  // needs known(last + 2).
  bool spells_number_end(uint32_t last) const;
  // Whether atom k is digits, low to high of them.
  bool digits_of(uint32_t k, uint32_t low, uint32_t high) const;

  // The flags of a symbol or punctuation atom, a fraction glyph or not.
  uint16_t mark_flags(uint32_t i, bool fraction) const;
  // The same for a symbol: its table bits, weak and a modifier when not strong.
  uint16_t symbol_flags(uint32_t i, bool fraction) const;

  // Makes the atoms before `end` final: a fraction glyph's flags depend on
  // whether it is blocked.
  void make_final(uint32_t end);

  // ------------------------------------------------------------- helpers --
  std::string_view tx(uint32_t i) const {
    return std::string_view(text_.data() + atoms_[i].start, atoms_[i].end - atoms_[i].start);
  }
  std::string_view lw(uint32_t i) const {
    return std::string_view(lower_.data() + (atoms_[i].start - lower_from_), atoms_[i].end - atoms_[i].start);
  }
  lx::EntryId entry(uint32_t i) const { return atoms_[i].entry; }
  // Atom i's number word, if it is one: most atoms asked (the digits' next,
  // a word after "a") are none, which their flags tell without a call.
  const lx::NumberWord* number_word_at(uint32_t i) const {
    return atoms_[i].flags & lx::flag::number ? lx::number_word(entry(i)) : nullptr;
  }
  bool ok(uint32_t i) const { return in(i) && atoms_[i].blocked == 0; }
  // Whether atom i is the word w: a literal, whose size is known where it
  // is compared, so that the comparison needs no call to memcmp.
  template <size_t N>
  [[gnu::always_inline]] bool is(uint32_t i, const char (&w)[N]) const {
    return ok(i) && lw(i) == std::string_view(w, N - 1);
  }
  bool is_word(uint32_t i) const { return ok(i) && atoms_[i].kind == AtomKind::word; }
  bool is_digits(uint32_t i) const { return ok(i) && atoms_[i].kind == AtomKind::digits; }
  bool adjacent(uint32_t i) const { return in(i) && !atoms_[i].space_before; }
  bool is_apostrophe(uint32_t i) const { return in(i) && (tx(i) == "'" || tx(i) == "\xE2\x80\x99"); }
  bool is_hyphen_atom(uint32_t i) const { return in(i) && hyphen(i); }
  // The same for an atom known to be cut, final or not.
  bool hyphen(uint32_t i) const {
    if (atoms_[i].kind != AtomKind::punct) return false;
    const std::string_view t = tx(i);
    return t == "-" || t == "\xE2\x80\x90" || t == "\xE2\x80\x91";
  }
  bool is_dash(uint32_t i) const;
  bool capitalized(uint32_t i) const {
    const char c = text_[atoms_[i].start];
    return c >= 'A' && c <= 'Z';
  }
  bool sentence_start(uint32_t i) const;
  // Whether the dash at `dash`, opening a line before a number, is a list
  // item's bullet ("- 2 hurt in Chicopee rollover") rather than a minus.
  bool opens_list_item(uint32_t dash) const;

  // Joins the lower-case text of atoms [i, i + n) into `buf`: one space
  // where the text has white space, nothing where the atoms touch.
  std::string_view phrase(uint32_t i, int n, char* buf, size_t cap) const;

  // The same for every n at once: joins atoms from i while phrase() would,
  // up to n (at most kMaxJoined); the phrase of k + 1 atoms is buf's first
  // ends[k] bytes. Returns how many atoms were joined.
  static constexpr int kMaxJoined = 8;
  int join_atoms(uint32_t i, int n, char* buf, size_t cap, size_t* ends) const;

  // The longest phrase of 1..max_words atoms at i that `lookup` knows.
  template <typename T>
  const T* longest(uint32_t i, int max_words, const T* (*lookup)(lx::EntryId), int* words) const {
    char buf[64];
    size_t ends[kMaxJoined];
    const int joined = join_atoms(i, max_words, buf, sizeof buf, ends);
    for (int n = joined; n >= 2; --n) {
      const std::string_view p(buf, ends[n - 1]);
      if (!lx::may_be_key(p)) continue;
      if (const T* r = lookup(lx::entry(p))) {
        *words = n;
        return r;
      }
    }
    // One word: its entry was looked up when it was cut.
    if (ok(i) && atoms_[i].kind != AtomKind::other) {
      if (const T* r = lookup(atoms_[i].entry)) {
        *words = 1;
        return r;
      }
    }
    return nullptr;
  }

  // Fast rejection: each atom's start class is looked up once (one hash
  // probe per word); a weak word ("the", "more") starts an expression only
  // when a strong atom (digits, a number or calendar word) follows closely.
  bool has(uint32_t i, uint16_t bits) const { return in(i) && (atoms_[i].flags & bits) != 0; }

  // Whether atom i may begin an expression.
  [[gnu::always_inline]] bool can_start(uint32_t i) const;
  // The first atom from i on whose flags let it begin something (strong or
  // weak), or final_.
  uint32_t next_possible_start(uint32_t i) const;

  // "the", "in", "at", "a" and "an" start a fifth of the attempts on news
  // and an expression at 4% of those: whether the atom after word atom i
  // lets any rule that starts at it match. True for other words.
  bool common_word_may_start(uint32_t i) const;

  // ------------------------------------------------------------ matching --
  // Tries every pattern at atom i; appends what it finds and returns the end.
  uint32_t match_at(uint32_t i, std::vector<Found>& out);

  // "above 1000 and below 1500", "no more than 50 and no less than 20": two
  // bounds joined into one range (value low, high).
  uint32_t bounded_range(uint32_t end, lx::Bound first, std::vector<Found>& out);

  // "500 or more", "200 or greater", "five hundred and more": a bound after.
  uint32_t trailing_bound(uint32_t end, Number& n) const;

  // Each pattern runs only where its first atom can begin it.
  uint32_t match_core(uint32_t i, std::vector<Found>& out);

  // --------------------------------------------------------------- amounts --
  // The value of a digits atom: 1,200 / 2.7 / 12,34,567.89 / 3/4. Times
  // (14:06) and dotted runs (192.168.1.2) are not amounts.
  std::optional<Amount> digits_amount(uint32_t i) const;

  // The same for any cut atom made of digits, blocked or not final.
  std::optional<Amount> read_digits(uint32_t i) const;

  // The marks and value of a run of digits (the value without its end),
  // written over `run` (a copy costs as much as the scan).
  static void scan_digits(std::string_view s, DigitRun& run);
  // The same for cut atom i, made of digits: the last one scanned is kept,
  // as the date, time and amount rules each read the digits they start at.
  const DigitRun& digit_run(uint32_t i) const;

  // A number in digits with what may follow it: a space-grouped continuation
  // (1 234 567), a mixed fraction (2 1/4), a scale (2.7 billion, 1.5m, 200k).
  std::optional<Amount> numeric(uint32_t i, bool money) const;

  // 1e10, 1.3e6, 12e-1: a power of ten glued to the digits.
  [[gnu::always_inline]] void extend_exponent(Amount& a) const;

  // ½ ⅓ ⅔ ¼ ¾ ⅕ ⅙ ⅛
  std::optional<double> vulgar_fraction(uint32_t i) const;

  static std::optional<double> vulgar_fraction_value(std::string_view glyph);

  [[gnu::always_inline]] void extend_groups(Amount& a) const;

  // 12,34,567.89, 5,00,000, 1,00,00,000: the Indian grouping (lakh, crore),
  // which the tokens cut after the first group.
  void extend_lakh_groups(Amount& a) const;

  bool single_space_before(uint32_t j) const;

  [[gnu::always_inline]] void extend_mixed_fraction(Amount& a) const;

  // Scale words and abbreviations: "2.7 billion", "1.5m", "3bn", "10 bln", "10M".
  [[gnu::always_inline]] void apply_scale(Amount& a, bool money) const;

  // Spelled-out numbers: "twenty-one", "one hundred and six", "a dozen",
  // "two thirds", "one and a half", "half", "a third", "nine point nought four".
  std::optional<Amount> spelled(uint32_t i, bool allow_and = true) const;

  // A denominator at k: "thirds", "quarter(s)", "half", "twenty-fifths";
  // singular forms only after one ("a third", "one twenty-fifth").
  std::optional<std::pair<double, uint32_t>> denominator_at(uint32_t k, bool one) const;

  // What may follow a spelled number: a denominator (two thirds, three
  // quarters, five-eighths) or "and a half" / "and three fifths". Without
  // `allow_and` (a nested read) it looks for no "and".
  void fraction_tail(Amount& a, bool allow_and = true) const;

  // Any amount at i, digits or words; `money` tells the scale reader that
  // "1.5m" after "$" is millions.
  std::optional<Amount> amount(uint32_t i, bool money = false) const;

  // amount() without a ratio after it.
  [[gnu::always_inline]] std::optional<Amount> base_amount(uint32_t i, bool money) const;

  bool pronoun_one(uint32_t i, const Amount& a) const;

  // -------------------------------------------------------- expressions --
  // Currency before the amount: $, US$, C $, USD, €.
  [[gnu::always_inline]] const lx::Currency* currency_prefix(uint32_t i, uint32_t* end) const;
  // Whether the currency letter at i ("R", "N") touches a sum: digits with a
  // scale after them or with thousands. `settling`: asked by the passes
  // that block codes and names, which read the atoms cut so far.
  bool letter_touches_sum(uint32_t i, bool settling = false) const;
  bool is_magnitude(uint32_t k) const;
  // The number `n` at k as a quake's magnitude, if the scale is named beside
  // it; returns where the expression begins (i, or the scale's name before
  // it) and moves `end` past a name after it.
  [[gnu::noinline]] uint32_t read_magnitude(uint32_t k, uint32_t i, uint32_t& end, Number& n) const;

  bool is_upper(uint32_t i) const {
    for (char c : tx(i)) {
      if (c >= 'a' && c <= 'z') return false;
    }
    return true;
  }

  struct Suffix {
    enum class Kind { none, percent, money, unit, duration, age } kind = Kind::none;
    uint32_t end = 0;
    const lx::Currency* currency = nullptr;
    const lx::Unit* unit = nullptr;
    const lx::Duration* duration = nullptr;
    bool points = false;  // percentage points
  };

  // What follows an amount: %, percent, a currency, a unit, a time unit.
  Suffix suffix(uint32_t j, const Amount& a) const;
  // Whether the "pounds" that suffix `s` read as a weight, after the
  // expression that starts at atom i, are money: a price's ("sold for
  // 950,000 pounds") or converted after them ("950,000 pounds, or about $1.2
  // million").
  bool pounds_are_money(uint32_t i, const Suffix& s) const;
  // Makes `s` sterling where pounds_are_money says so; whether it did.
  bool pounds_as_sterling(uint32_t i, Suffix& s) const;

  // amount [- amount] [suffix], with a currency prefix, or percent/money
  // phrases; emits one Found.
  uint32_t match_expression(uint32_t i, std::vector<Found>& out) const;
  // Whether "change to level", at atom i, tells of a change and the level it
  // led to ("the Dow was up eight to 5,731") rather than a range.
  bool changed_to_level(uint32_t i, const Amount& change, const Amount& level) const;
  // Whether "from" at atom `from` follows a verb of change: "raised from X
  // to Y" tells where the change started and ended, not a range.
  bool changed_from(uint32_t from, int clauses_back = 2) const;
  // Whether an amount after a verb of change and one far above it are the
  // change and the level it led to, whatever their suffixes.
  bool change_and_level(uint32_t i, const Amount& change, const Amount& level) const;
  // Whether atom i is a verb of change or an adverb that makes one ("rose",
  // "cut", "up").
  bool names_change(uint32_t i) const;
  // The high end of a range whose ends each carry the low end's percent sign
  // or unit, `first` ("between 45% and 46%"), or none.
  std::optional<Amount> suffixed_high_end(uint32_t i, const Amount& low, const Suffix& first, bool between,
                                          bool from) const;

  // A place in a ranking at digits i ("the world No 7"): emits an ordinal
  // from "No" and returns its end, or 0.
  uint32_t ranking(uint32_t i, const Amount& a, std::vector<Found>& out) const;
  bool is_ordinal_suffix(uint32_t k) const;

  // 192.168.1.2, 1.2.3: groups of digits joined by dots are separate numbers.
  uint32_t dotted_groups(uint32_t i, std::vector<Found>& out) const;

  // "aged 45": an age in years, the cue inside the span.
  uint32_t aged(uint32_t i, std::vector<Found>& out) const;

  // "3 dollars 50 cents", "thirteen dollars forty-five": the cents after.
  uint32_t money_cents(uint32_t end, Number& n) const;
  // The end of a price's unit after a sum ending at `end` ("$80/bbl", "48
  // euros per megawatt hour", "137.5p a litre"), or `end` where none follows.
  uint32_t per_unit_end(uint32_t end) const;
  // How many of the next smaller unit make one `unit` (60 minutes an hour),
  // 0 where `smaller` is not the next one down.
  static double smaller_units_per(lx::TimeUnit unit, lx::TimeUnit smaller);

  // "5 feet 2 inches", "12 ft 2 in": one length in feet.
  uint32_t feet_and_inches(uint32_t end, Number& n) const;

  // "percent of 10", "per cent of twenty-two".
  uint32_t percent_of(uint32_t i, std::vector<Found>& out) const;

  // Boeing 737, Highway 35, Windows 10: a bare integer right after a
  // capitalized word (not at a sentence start) that is not a month, a
  // currency or a cue word. A person's name is not one: "b Whittall 50" is
  // a batsman's score.
  [[gnu::always_inline]] bool is_name_number(uint32_t i, const Amount& a) const;
  // Whether the capitalized word at k opens a street's name ("Downing Street").
  bool names_street(uint32_t k) const;
  // Whether the number at atom i is the title of a code of laws that a
  // citation opens: "18 U.S.C. 2332", "18 US Code § 1992".
  [[gnu::always_inline]] bool cites_code_title(uint32_t i) const;
  // Whether the name ending at atom `name_end` and the count after it, up
  // to `end`, are a clause without its verb: "..., the Conservatives 985".
  bool gapped_count(uint32_t name_end, uint32_t end) const;
  bool is_ticker(uint32_t i) const;

  // Whether an amount may be a person's age: a whole number of years, 1 to 120.
  static bool could_be_age(const Amount& a);
  // "Lind, 58, has led", "said Johan Sletten, 52.": a number set off by a
  // comma right after a person's name, and ending its clause, is the
  // person's age.
  [[gnu::always_inline]] bool apposed_age(uint32_t i, const Amount& a) const;
  // Whether word atom i is a noun for a person ("victim", "woman").
  bool names_a_person(uint32_t i) const;
  // Whether the amount at i is an age the words before it state: "at the
  // age of 84", "dies at 84", "age 30".
  [[gnu::always_inline]] bool stated_age(uint32_t i, const Amount& a) const;
  // Whether "age" comes a few words before the amount at i and its verb or
  // "of": "the mean age was 45.2 years", "a median age of 38 years".
  bool age_told_before(uint32_t i) const;
  // Whether "point" at atom k after the amount 1 ending at atom j is one of
  // a score or standings ("one point clear"), as "points" is.
  bool one_point_in_standings(uint32_t j, uint32_t k) const;
  // Ages told by the words before the amount at atom i (i >= 2): the ends of
  // an age's change ("the retirement age to 64 from 62"), the limit of an
  // age group ("children under 16"), a person's age as all a sentence says
  // ("She was 91."). Out of line: stated_age, inlined in match_expression,
  // stays small.
  [[gnu::noinline]] bool age_by_word_before(uint32_t i, const Amount& a) const;
  bool age_moved(uint32_t i) const;
  bool age_limit(uint32_t i) const;
  bool age_of_subject(uint32_t i, const Amount& a) const;

  // Whether atom i is inside a person's mention.
  bool in_person(uint32_t i) const;
  // Whether the atom before i, a space apart, ends a person's name.
  // Whether the pair at atom i is one of a match's set or game scores,
  // beside another ("6-4, 3-6, 7-5", "3-6 6-2 6-3", "6-7 (3-7) 6-4",
  // "16-18 15-2").
  bool among_set_scores(uint32_t i) const;
  // Whether the rising pair at atom i ("1-2") is a score by the words
  // around it: a verb of winning or losing before it, a noun of a result
  // after it, or two sides' names.
  bool scored_pair(uint32_t i) const;
  // Whether the pair at atom i is one of a cricket innings' fall of
  // wickets, beside the wicket before or after it: "1-64 2-85 3-116".
  bool fall_of_wicket(uint32_t i) const;
  // Whether atom k is "hundred", "thousand", "million" ... or "dozen", not their plurals.
  bool scale_word_at(uint32_t k) const;
  bool is_after_person(uint32_t i) const { return i > 0 && atoms_[i].space_before && in_person(i - 1); }

  // ------------------------------------------------------------ durations --
  // "5 months", "two decades", "a year and a half"; with "ago", "later",
  // "from now" they become dates.
  uint32_t duration_or_date(uint32_t i, uint32_t amount_start, const Amount& low, const std::optional<Amount>& high,
                            const Suffix& s, std::vector<Found>& out) const;
  // "the three months to September 30", "the quarter ended June 30": one
  // date from atom `first`, the `months` months that end with the date
  // after "to" or "ended" at atom k; 0 when there is no such period.
  uint32_t months_to_date(uint32_t first, int months, uint32_t k, std::vector<Found>& out) const;
  // Whether amount `a` is a count of time back from now: "4,000 years ago".
  bool counts_back_from_now(const Amount& a) const;
  // "6500 BC", "79 AD", "AD 79": the year of the era, a date from atom i
  // (or the "AD" before it), the amount `a`; 0 when no era is named.
  uint32_t era_year(uint32_t i, const Amount& a, std::vector<Found>& out) const;
  // The iso of `months` months ending with `month` of `year`.
  static std::string months_ending_iso(int year, int month, int months);

  // "an hour", "a week", "half an hour", "a few minutes", "several years",
  // "all day", "another week", "a fortnight".
  uint32_t match_word_duration(uint32_t i, std::vector<Found>& out) const;

  std::string duration_iso(double value, lx::TimeUnit unit) const;

  // Whether "half" at k is a part of a match, a year or a pitch, not the
  // number: after first, second or own.
  bool half_of_something(uint32_t k) const;
  // Whether "a" at atom a follows a count, as a rate's "a day" does ("2,000
  // lorries a day", "300,000 a year"): no duration.
  bool after_a_count(uint32_t a) const;
  // Whether atom p ends a count: digits' unit, currency, scale or percent, or
  // a plural after a number ("2,000 lorries").
  bool ends_a_count(uint32_t p) const;
  // Whether atom k is what digits before it measure: "%", "percent", a
  // scale, a currency or a unit.
  bool measures(uint32_t k) const;
  // Whether "half" at k is half-time, a moment of a match.
  bool is_half_time(uint32_t k) const;
  // Whether the ordinal at k, after "a", ranks the word after it ("a third
  // straight quarter") rather than being a fraction's denominator.
  bool ranks_something(uint32_t k) const;

  // Whether word i ("past", "next", "first") says that periods are counted
  // after it: "the past three quarters" are nine months, not 0.75.
  bool counts_periods(uint32_t i) const;

  // The date `amount` units away from the reference date, at the unit's precision.
  std::string relative_iso(double amount, lx::TimeUnit unit) const;
  // Whether word i ("later", "earlier") makes an amount of time count from
  // the story's own events, not from the reference: a date with no iso.
  bool counts_from_the_story(uint32_t i) const;
  // The date `amount` years, months, weeks or days from the day, month,
  // quarter or year named before atom i in its sentence ("in November ... a
  // year earlier"), or in the sentence before when i opens its own; empty
  // without one.
  std::string story_relative_iso(uint32_t i, double amount, lx::TimeUnit unit) const;

  // --------------------------------------------------------------- ordinals --
  // 21st, 5th, first, twenty-second, one hundred twenty-fifth.
  std::optional<std::pair<double, uint32_t>> ordinal_at(uint32_t i) const;

  uint32_t match_ordinal(uint32_t i, std::vector<Found>& out) const;
  // Whether a hyphen at k joins a spelled ordinal to a word that makes it an
  // adjective ("first-time", "second-hand", "third-party").
  bool adjectival_ordinal(uint32_t k) const;
  // Whether the spelled amount `a` at i (i > 0) is an age after "age" or "age of".
  [[gnu::noinline]] bool spelled_age(uint32_t i, const Amount& a) const;
  // Whether the amount `a` at k and the duration's word ending before `end`
  // are "one-day" naming a cricket format ("one-day international").
  bool names_one_day_format(uint32_t k, const Amount& a, uint32_t end) const;

  // ------------------------------------------------------------------ dates --
  uint32_t emit_date(uint32_t start, uint32_t end, std::string iso, std::vector<Found>& out,
                     NumberKind kind = NumberKind::date) const;

  // Is the plain 4-digit number at i a year? Years are 1000..2199 and stand
  // where a year stands: after a preposition or month, or before punctuation.
  bool is_year(uint32_t i, const Amount& a) const;
  // Whether the digits `den` after "1 in" are the whole of a proportion ("1 in 4 adults").
  bool in_proportion(const Amount& den) const;
  // Whether word k is a singular noun that the sum before it describes ("£2.3m housing fraud").
  bool describes_noun_at(uint32_t k) const;
  // Whether word k moves a figure before its "up to" ("revised up to 2.3%").
  bool moved_up_by(uint32_t k) const;
  // Whether word k says that the amount after it is a stretch of time ("lasted", "for", "within").
  bool lasts(uint32_t k) const;
  // Whether a year's number after the word `before` stands where no count
  // can: "a 2011 interview", "her 1968 paper".
  bool counts_nothing_before(std::string_view before, const Amount& a) const;
  // Whether the "zero" at i names a policy: "net zero by 2050", "net-zero emissions".
  bool net_zero(uint32_t i, const Amount& a) const;
  // Whether the atoms from k, after "from one", say "<noun> to the other" or "to another".
  bool one_to_the_other(uint32_t k) const;
  // "Tens of thousands", "hundreds of millions" (of dollars, of tonnes): the
  // scale, approx "tens of"; "dozens of": 12, approx "dozens of".
  uint32_t tens_of_scale(uint32_t i, std::vector<Found>& out) const;
  // "half an hour", "a third of a mile", "a quarter of a cent": the unit
  // that a spelled fraction (whose own suffix is none) is of, or none.
  Suffix fraction_of_one(const Amount& a) const;
  // "a net loss of $(3.2) million", "$(0.05) per share": a sum in brackets
  // after its currency's sign, as accounts write a loss: negative.
  uint32_t bracketed_loss(uint32_t i, const lx::Currency& cur, uint32_t open, std::vector<Found>& out) const;
  // Whether the year at i follows a verb of a year's end or start, as a whole: "finished 1995 ranked second".
  bool ended_or_began_year(uint32_t i, const Amount& a) const;

  // Whether the number at i follows a code that follows a date cue: "in M25
  // 2020", "since Q12 2019", where the cue is the number's, not the code's.
  bool after_code_in_date_context(uint32_t i) const;

  // 1990s, 1990 s, '90s, the nineties.
  uint32_t decade(uint32_t i, const Amount& a) const;

  std::string decade_iso(const Amount& a) const;

  // A month name where it is a month: always when a day or year goes with
  // it; alone only when capitalized and not the verbs "may"/"march".
  int month_at(uint32_t i) const;

  bool month_stands_alone(uint32_t i) const;

  static bool is_month_cue(std::string_view p);

  // A day of the month: 15, 15th, fifteenth, twenty-first.
  std::optional<std::pair<int, uint32_t>> day_at(uint32_t i) const;

  // Two days of one month in digits, the second later: 3-5, 3 to 5, 10-12th,
  // 3 and 5 after "between".
  struct DayRange {
    int first, last;
    uint32_t end;
  };
  [[gnu::always_inline]] std::optional<DayRange> day_range(uint32_t k) const;
  // Where the month of "3-5 June" or "3-5 of June" stands after the days that end at e.
  uint32_t month_after_days(uint32_t e) const;
  // Whether the amount a at k is a day, or the first of a range of days, before
  // a month's name: 28 February, 28-30 June, 3 and 5 March (after between).
  bool starts_day_of_month(uint32_t k, const Amount& a) const;
  // The year at e (see year_at) and where it ends; year 0 and e when there is none.
  std::pair<int, uint32_t> year_after(uint32_t e) const;
  // "2024-06-03/2024-06-05"; year 0 for the nearest (empty without a reference).
  std::string days_iso(int year, int month, const DayRange& days) const;
  // June 30-July 2 from its first day's digits at d; 0 when it is no such range.
  uint32_t month_first_days_across_months(uint32_t i, int month, uint32_t d, std::vector<Found>& out) const;
  // The range from the whole date first, which ends at atom e, to a whole
  // date after a range word; 0 when none follows.
  uint32_t full_dates_range(uint32_t i, dates::Date first, uint32_t e, std::vector<Found>& out) const;
  // A day of a month at i, month or day first, and its year when one follows
  // (0 otherwise): July 2, 2 July, Jul. 2, 2024, 2 July 2024.
  struct DayOfMonth {
    int year, month, day;
    uint32_t end;
  };
  std::optional<DayOfMonth> day_of_month_at(uint32_t i) const;
  // A range of months from month first, whose name ends at atom e, to the
  // month after a range word; 0 when none follows.
  uint32_t months_range(uint32_t i, int first, uint32_t e, std::vector<Found>& out) const;
  // Whether atom i joins the two ends of a range of days that begins at
  // atom start: a dash, to, through or until, or "and" after "between".
  bool is_range_word(uint32_t start, uint32_t i) const;
  // "2024-06-30/2024-07-02"; year 0 for the nearest (empty without a reference).
  std::string across_months_iso(int year, int month, int day, int last_month, int last_day) const;

  // A year after a month or day: 2022, '22 (not), 1945, and with a reference
  // date "last year", "next year", "this year" ("in March last year",
  // "December 1, last year", "May 30 next year": news names the year so).
  std::optional<std::pair<int, uint32_t>> year_at(uint32_t i) const;
  // The reference's year before, after or itself: "last|next|this year" at k.
  std::optional<std::pair<int, uint32_t>> relative_year_at(uint32_t k) const;

  // The day of "ended September 30, 2024" at i, which ends the quarter
  // before it; none if there is none.
  std::optional<dates::Date> period_end(uint32_t i) const;
  // "FY26", "of FY2026" at e: the end of its atoms, with the year it is
  // named after in `year`; 0 if there is none.
  uint32_t fiscal_year_end(uint32_t e, int& year) const;

  // The year a month-day without a year most likely means: the occurrence
  // nearest the reference date, the future counting double (news reports
  // more of what happened than of what will).
  int nearest_year(int month, int day) const;
  // The same for any day that date_in(year) gives, a holiday's.
  template <typename DateIn>
  int nearest_year_of(DateIn date_in) const;

  std::string month_iso(int year, int month, int day) const;

  uint32_t skip_abbreviation_dot(uint32_t i, uint32_t e) const;

  uint32_t match_date(uint32_t i, std::vector<Found>& out) const;

  // match_date for a digits atom: only the rules its length allows.
  [[gnu::always_inline]] uint32_t digits_date(uint32_t i, std::vector<Found>& out) const;

  // Whether digit atom i begins a date in digits alone: 20200701, or four
  // digits, a hyphen, digits, a hyphen and digits, all joined (2020-07-01).
  bool date_digits_at(uint32_t i) const;
  // 20161016 as a day; none unless eight digits of a valid day in 1900-2100.
  static std::optional<dates::Date> compact_date(std::string_view s);
  // 2022-09-15, 5/3/18, 1/1/2015, 23.04.2022, 20161016, 2015-12, 11/20.
  uint32_t numeric_date(uint32_t i, std::vector<Found>& out) const;

  static int to_int(std::string_view s);

  // 02-03-2020 at digit atom i: day, month and year joined by hyphens
  // (month first when the day cannot be a month: 12-25-2020).
  std::optional<dates::Date> day_month_year(uint32_t i) const;
  // "5/96" after a month: the day and year, month 0.
  std::optional<dates::Date> day_slash_year(uint32_t i) const;
  // 24.SEP.96, 24-Sep-1996 at digit atom i: the month named between the marks.
  std::optional<dates::Date> day_named_month_year(uint32_t i) const;

  // 15 September 2022, 15th of September, the 09th of May, second of Aug.
  [[gnu::always_inline]] uint32_t day_month(uint32_t i, std::vector<Found>& out) const;
  uint32_t doubled_date(uint32_t i, int month, uint32_t glued, std::vector<Found>& out) const;

  // September 15, 2022; Sept. 15; July 2022; Oct/2; Dec-2018; early November.
  uint32_t month_day(uint32_t i, std::vector<Found>& out) const;

  bool is_duration_word(uint32_t i) const;
  // Whether the word at k counts what numbers before it count ("3 to 5
  // percent", "2-3 million", "3-4 weeks", "10-12 lorries"): then they are
  // no days of a month ("Dec. 17-18 meeting" are).
  bool counted_after(uint32_t k) const;
  // The word after a hyphen joined at k ("-point" of "percentage-point"), else k.
  uint32_t joined_hyphen_word(uint32_t k) const;
  // "his 40s", "the low 30s": the numbers of a ten, atoms [first, end).
  struct TensRange {
    uint32_t first = 0, end = 0;  // end 0: none
    double low = 0, high = 0;
    bool age = false;
  };
  TensRange tens_range(uint32_t i, const Amount& a) const;

  // today, yesterday, last year, next week, this month, early November,
  // the end of February, the first half of this year, mid-2020.
  uint32_t relative_date(uint32_t i, std::vector<Found>& out) const;
  // summer 2021, the spring of 2020, winter 2019/20: the season's months.
  uint32_t season_of_year(uint32_t i, std::vector<Found>& out) const;
  static int winter_years(std::string_view t);
  // The first month of the season named w (spring 3, summer 6, autumn or fall 9, winter 12); 0 for other words.
  static int season_first_month(std::string_view w);
  // The same where the story is: six months on in the southern hemisphere
  // (story_in_southern_hemisphere: its first place is there).
  int local_season_first_month(std::string_view w) const;
  bool story_in_southern_hemisphere() const;
  // "2021-06/2021-08": the months of the season that begins in month first of year.
  static std::string season_iso(int year, int first);
  // The reference year or month for "the year" or "the month" in a part of
  // it beginning at atom i, unless its sentence named a date before; else empty.
  std::string unnamed_period_iso(uint32_t i, std::string_view period) const;
  // This (rel 0), next (+1) or last (-1) month, against the reference.
  std::string relative_month_iso(int month, int rel) const;
  // This (rel 0), next (+1) or last (-1) season beginning in month first, against the reference.
  std::string relative_season_iso(int first, int rel) const;

  // "in recent weeks", "the coming days", "the past months": a duration of
  // an unsaid number of periods, like "a few months".
  uint32_t unsaid_count_of_periods(uint32_t i, std::vector<Found>& out) const;

  // "the 21st century", "the ninth century": its hundred years (2000/2099).
  uint32_t century(uint32_t i, std::vector<Found>& out) const;

  // "year to date", "year-to-date": from the reference year's first day to the reference.
  uint32_t year_to_date(uint32_t i, std::vector<Found>& out) const;

  // "week 23": a numbered week, without an iso.
  uint32_t numbered_week(uint32_t i, std::vector<Found>& out) const;

  // At "the": the next or following day, the day before or after (dates
  // the story counts from its events), the weekend after a preposition.
  uint32_t story_day_or_weekend(uint32_t i, std::vector<Found>& out) const;

  bool is_day_part(uint32_t i) const;

  std::string period_iso(std::string_view p, int rel) const;
  // The ISO interval of the past `p` ("week", "month", "year") up to the
  // reference: "the past week".
  std::string stretch_to_reference_iso(std::string_view p) const;

  // Which of a weekday's days near the reference: the latest on or before it
  // (news tells of the past week), the last before it ("last Friday"), the
  // first after it ("the coming Friday"), the first on or after it (an event
  // still to come), the one of the reference's week, Monday to Sunday, ahead
  // or behind ("this Friday"), or the first after it three days on or more,
  // in its week or the next ("next Friday": on a Tuesday, "next Wednesday"
  // is the one eight days on, tomorrow being told so; on a Monday, "next
  // Sunday" six days on).
  enum class WeekdayOf { latest, before, after, coming, this_week, next };
  // The weekday `wd` (1 Monday .. 7 Sunday) near the reference, which must be given.
  dates::Date weekday_near_reference(int wd, WeekdayOf which) const;
  // Its ISO day; empty without a reference.
  std::string weekday_iso(int wd, WeekdayOf which) const;
  // What the clause before atom i tells of, by the cue nearest to i: the
  // future ("will", "is expected to", "is due", "until" with no past tense
  // before it) or the past ("was", "had", "said"); unsaid when another
  // event's time comes between ("following", "since", "after"). A long
  // clause's "will" counts from further back, and a headline's participle
  // or "to" and a verb tell of the future.
  enum class Tense { unsaid, past, future };
  Tense clause_tense(uint32_t i) const;
  // The tense of the clause after the phrase of a date at atom i that opens
  // its sentence ("In March, ...").
  Tense tense_after_opening_date(uint32_t i) const;
  // Whether atom b is punctuation that ends a clause read backwards from a date.
  bool ends_clause(uint32_t b) const {
    return atoms_[b].kind == AtomKind::punct && (is(b, ",") || is(b, ";") || is(b, "(") || is(b, "\""));
  }
  // Whether a cue of the future stands further back than clause_tense reads,
  // from atom k back, before the clause or sentence ends.
  bool modal_far_back(uint32_t k, uint32_t date) const;
  // Whether the word at k, in a headline (in_headline), tells of what is to
  // come as its dropped "is" would: a participle, or "to" and a verb.
  bool headline_looks_ahead(uint32_t k) const;
  // Whether atom k is in a line above the story's first sentence.
  bool in_headline(uint32_t k) const { return atoms_[k].start < headline_end_; }
  // headline_end_ of the document.
  static uint32_t headline_end(const text::Document& doc);
  // leading_paragraphs_ of the document.
  static size_t leading_paragraphs(const text::Document& doc);
  // Whether the word at k opens a participle's clause after a comma ("...,
  // bringing highs of 14C by Monday"), which has no tense of its own.
  bool opens_participle_clause(uint32_t k) const;
  // Whether the atoms from k up to the day at `day` are an hour ("9 p.m.").
  bool hour_just_before(uint32_t k, uint32_t day) const;
  // Whether a "be" in the present stands before the word at k ("are likely").
  bool present_be_before(uint32_t k) const;
  // Whether the atoms from k up to the date at `date` are a clause without
  // its verb after a comma (", and Nissan on Friday.").
  bool gapped_clause(uint32_t k, uint32_t date) const;
  // "the previous month", "the month before": `rel` months from the month
  // the sentence named before atom i, or from the reference's without one.
  std::string story_month_iso(uint32_t i, int rel) const;
  // Whether the date that ends at byte `end` stands in the sentence of atom
  // i, before it.
  bool named_in_sentence(uint32_t i, uint32_t end) const;
  // The same for "the previous quarter", "the following quarter": from the
  // quarter its sentence named before atom i, else the reference's.
  std::string story_quarter_iso(uint32_t i, int rel) const;
  // Whether the verb at `verb` is a timetable's present right before the
  // date at `date` ("Classes start on Monday").
  bool timetable_present(uint32_t verb, uint32_t date) const;
  // Whether the word at k reads as a plural subject: "classes", "they".
  bool plural_subject(uint32_t k) const;
  // Whether the month named alone at atom i is one the clause puts in the
  // past (after "since", or after "in" in a clause telling of the past).
  bool past_month(uint32_t i) const;
  // The year of the latest `month` begun by the reference.
  int year_of_last(int month) const;
  // Whether the month named alone at atom i is one the clause puts in the
  // future (after "in", "from" or "by" in a clause telling of what will be,
  // or "from" ending a list's line that tells no tense).
  bool future_month(uint32_t i) const;
  // Whether atom i ends its line with no stop after it (an item of a list).
  bool ends_line_unstopped(uint32_t i) const;
  // The year of the next `month` not ended by the reference.
  int year_of_next(int month) const;
  // The year of a day written without one at atom i, by its clause's tense:
  // the last such day for the past, the next for the future, else 0.
  int year_by_tense(uint32_t i, int month, int day) const;
  // The year of a range of days written without one at atom i: the next
  // such days when the clause tells of the future, else 0 (the nearest).
  int year_of_days_to_come(uint32_t i, int month, int day) const;
  // The year of the last such day up to the reference date.
  int year_of_last(int month, int day) const;
  // The year of the next such day from the reference date on.
  int year_of_next(int month, int day) const;
  // Whether the date in atoms [first, end) is a wire story's dateline's.
  bool in_dateline(uint32_t first, uint32_t end) const;
  // "Due" at i of something to come, not of a cause.
  bool is_due(uint32_t i) const;
  // Whether the word at i, which the lexicon does not know, reads as a verb
  // in the simple past after its subject ("Caldwell pleaded guilty",
  // "the company reported").
  bool is_simple_past(uint32_t i) const;
  // Whether the verb at i follows its subject, not an article, a
  // preposition or a form of "be" ("Smith resigned"; not "a limited edition").
  bool follows_subject(uint32_t i) const;

  // early November, mid-2020, late last year, the end of February, the first
  // half of this year, the beginning of 2024.
  uint32_t part_of(uint32_t i, std::vector<Found>& out) const;
  // The year of `month` in the part of it at atom i, the month ending at
  // `end`, by the tense its clause tells; 0, the nearest, when none.
  int year_of_part(uint32_t i, int month, uint32_t end) const;

  // Whether the text writes a date in figures day first (4/7/2017 is 4
  // July), as British and European texts do: text_date_order(), asked once.
  enum class DateOrder : uint8_t { unknown, day_first, month_first };
  bool writes_day_first() const;
  DateOrder text_date_order() const;
  // Whether the slashed pair at atom i is a band of seeds before a
  // player's name ("9/16 - Luo Yigang").
  bool seeding_band(uint32_t i) const;

  // Wednesday, on Wednesday, Tuesday afternoon, Monday 21.
  uint32_t weekday_date(uint32_t i, std::vector<Found>& out) const;
  // The tense the weekday at atom `day`, its expression ending at `end`, is
  // read in: its clause's (clause_tense), the clause's after it when commas
  // set it off, or the future's of a deadline ("by Sunday").
  Tense weekday_tense(uint32_t day, uint32_t end) const;
  // Whether atom k is in one of the lines under an "Up next" heading, which
  // tell the teams' coming games, a team's name and a colon first.
  bool under_up_next(uint32_t k) const;
  // Whether "would" stands in the clause before atom k: a future told from
  // the past ("said Trump would sign the bill Saturday morning").
  bool after_would(uint32_t k) const;
  // `told`, the tense the clause of the date at atom `date` told, or the
  // future's where it told none and "by" stands before the date.
  Tense deadline_tense(Tense told, uint32_t date) const;
  // The tense of the first verb from atom `from` on in its clause; unsaid when none.
  Tense tense_after(uint32_t from) const;
  // The tense of the clause after the date in atoms [first, end) (its
  // preposition first) when commas set it off.
  Tense set_off_tense(uint32_t first, uint32_t end) const;
  // Whether the word at k is a preposition a date is told after ("on", "by", "towards").
  bool opens_time(uint32_t k) const;
  // Whether a verb in the present opens the range of days from atom
  // `first` ("a warning runs from midnight on Tuesday").
  bool present_before_from(uint32_t first) const;
  // Whether atom k may be part of an hour told beside a day ("21:00", "p.m.").
  bool is_hour_atom(uint32_t k) const;
  // Whether atom k joins the ends of a range of days ("until", "to", a dash).
  bool is_weekday_range_word(uint32_t k) const;
  // The weekday ending a range whose range word is at e, or 0.
  uint32_t weekday_after_range_word(uint32_t e) const;
  // The weekday opening the range the weekday at i ends, or 0.
  uint32_t weekday_before_range_word(uint32_t i) const;
  // The ISO day of the first (or last) end of the range of weekdays at
  // atoms first and last, the two ends in order.
  std::string weekday_range_iso(uint32_t first, uint32_t last, bool of_first) const;
  // The day found for the weekday before "and" or "or" at atom i - 1 ("on
  // Thursday and Friday", "Thursday night and Friday", "Monday or Tuesday"),
  // when one was.
  std::optional<dates::Date> weekday_before_and(uint32_t i) const;

  // The year near the reference whose month and day fall on weekday wd; 0 when none does.
  int year_of_weekday(int wd, int month, int day) const;
  uint32_t holiday_date(uint32_t i, std::vector<Found>& out) const;
  // The day of the holiday named name (lower case, as the lexicon has it) in year; none when it depends on more.
  static std::optional<dates::Date> holiday_in(std::string_view name, int year);

  // Q1 2024, 2017-q1, the third quarter, H2 2019, fiscal year 2008.
  uint32_t quarter_date(uint32_t i, std::vector<Found>& out) const;
  // "first-half net profit", "second half results": a company's half year.
  [[gnu::noinline]] uint32_t results_half(uint32_t i, std::vector<Found>& out) const;
  // "full-year profit", "for the full year" after a company's figures: its year.
  [[gnu::noinline]] uint32_t results_year(uint32_t i, std::vector<Found>& out) const;
  // Whether a word of a forecast comes within a few words from atom k: "full-year profit forecast".
  bool outlook_within(uint32_t k) const;
  // Whether a company's figures ("profit", "forecast") come earlier in the clause of atom i.
  bool figures_told_before(uint32_t i) const;
  // "25, 26 and 30 July": the days before the last, each a date of the month.
  [[gnu::noinline]] uint32_t days_listed_before_month(uint32_t i, std::vector<Found>& out) const;
  // "July 25, 26 and 30": after the date read from the month at `month_at_i`
  // to `e`, the days listed after it, each a date; returns the list's end (e
  // if there is none).
  [[gnu::noinline]] uint32_t days_listed_after_month(uint32_t month_at_i, uint32_t e, std::vector<Found>& out) const;
  // Whether the quarter named at i, without a year, is a game's.
  [[gnu::noinline]] bool game_quarter(uint32_t i) const;
  // The first or last `count` days, weeks or months (`unit` D, W or M) of a period.
  struct Stretch {
    bool first;
    int count;
    char unit;
    int skipped = 0;  // units passed over from the period's edge first ("the second week": 1)
  };
  std::optional<Stretch> stretch_at(uint32_t k) const;
  // `part` of the period whose ISO form is `period` (a year, or a month for
  // days and weeks) as an ISO range; empty where that cannot be told.
  static std::string stretch_iso(const Stretch& part, const std::string& period);
  // "2020-Q3", or "2020-Q1/2020-Q3" with a `last` code; year 0 for the
  // nearest one to the reference date (empty without one).
  std::string code_iso(int year, const std::string& code, const std::string& last = {}) const;
  // The end of a quarter or half-year code (Q3, H1) at i, which `code` gets
  // in upper case; 0 when there is none. Only a hyphen may be glued after it.
  [[gnu::always_inline]] uint32_t quarter_code_end(uint32_t i, std::string& code) const;
  // Whether a lower-case letter and the digits glued to it are a quarter
  // (q1-q4) or a half (h1, h2).
  static bool is_quarter_code(std::string_view letter, std::string_view digits);

  // ------------------------------------------------------------------ times --
  // 14:06 GMT, 8 p.m., 8am, noon, midnight, 7:56:30 pm, five o'clock, this
  // morning; a range of two ("from 9am to 5pm") as one.
  uint32_t match_time(uint32_t i, std::vector<Found>& out) const;
  // One time of day, or an hour range whose am/pm ends it ("5 to 6pm").
  uint32_t time_of_day(uint32_t i, std::vector<Found>& out) const;
  // The range from the hour at i (`hour`, `minute`) to the hour at
  // `last_at`, whose am/pm follows it; 0 when that is no hour.
  [[gnu::noinline]] uint32_t hour_range(uint32_t i, int hour, int minute, uint32_t last_at,
                                        std::vector<Found>& out) const;
  // The time at `e` after a range word that ends the one found at i ("9am
  // to 5pm", "03:00-11:00 GMT"), joined to it; else `e`, the first's end.
  uint32_t time_range(uint32_t i, uint32_t e, std::vector<Found>& out) const;
  // 2:29.34, 14:49.81: an elapsed time to a fraction of a second, a duration.
  uint32_t elapsed_time(uint32_t i, std::vector<Found>& out) const;
  // lunchtime, at lunch, after dinner: a time of day without its hour.
  uint32_t mealtime(uint32_t i, std::vector<Found>& out) const;
  // Whether the clock time at i is a game's time left ("with 3:01 left").
  bool game_clock_left(uint32_t i) const;
  // The game's time left, as a duration in seconds; the story then tells a game.
  uint32_t game_clock(uint32_t i, int hour, int minute, int second, std::vector<Found>& out) const;
  // The clock-written time at i as a duration in seconds (PT1H2M3S).
  void emit_elapsed(uint32_t i, int h, int m, int sec, std::vector<Found>& out) const;
  // Whether word k may come before a race's time ("in", "of", "clocked", "(").
  bool after_race_time_word(uint32_t k) const;
  // "won in 2:02:16", "halfway in 60:28": a race's time, as a duration.
  uint32_t race_time(uint32_t i, std::vector<Found>& out) const;
  // Whether the sentence before the race's time at i tells of a race of
  // hours ("the marathon"), whose time "2:09" is in hours and minutes.
  bool race_of_hours(uint32_t i) const;
  // "[00:01:15] Sarah Lund:", "Sarah Lund (00:04):": a recording's offset
  // that a transcript stamps its turns with, no time of day.
  bool is_recording_stamp(uint32_t i) const;

  // The hour (and minute, and second) a digits atom reads as: 14:06,
  // 10:42:15, 0500 before a zone, 8, 6.45; false when it is none. `clock`
  // for a 24-hour reading.
  [[gnu::always_inline]] bool clock_hour(uint32_t i, int& hour, int& minute, int& second, bool& clock) const;

  // Whether word atom i is a time zone in capitals (GMT, UTC, EST); zone_at
  // also asks that the atom be readable.
  bool is_zone(uint32_t i) const;
  bool zone_at(uint32_t e) const;
  // The end of a time at `e`, past its zone ("GMT", "local time") if any.
  uint32_t zoned_end(uint32_t e) const;

  // Where am/pm after an hour ends, or 0: glued (8am), spaced (8 pm),
  // dotted (8 p.m., 8p.m.), a bare letter only glued (9a).
  uint32_t meridiem_end(uint32_t e) const;
  // Whether the word before the digits at `digits` says a time follows ("at 9p").
  bool after_time_preposition(uint32_t digits) const;

  const text::Document& doc_;
  std::string_view text_;
  const std::vector<Mention>& names_;  // sorted by start
  // The reference date, when given; from a dateline's date on, that day
  // ("LONDON, Dec 3 (Reuters) - ... on Tuesday" is the Tuesday before it).
  std::optional<dates::Date> ref_;
  uint32_t stamp_start_ = kNone;  // the byte where the stamp that dated the story starts, if one did
  bool dated_ = false;  // a dateline or stamp was found, or the leading paragraphs or the window's first place passed
  // How many paragraphs open the document where a dateline or a stamp may
  // be: five, and the page's furniture above them.
  size_t leading_paragraphs_ = 0;
  // The byte where the lines above the story's first sentence end (a
  // kicker, the headline, a byline): 0 when it opens with a sentence.
  uint32_t headline_end_ = 0;
  // The year of the last date found that names one ("in 2020", "June 2019",
  // "last year"), 0 before any: "in March of that year" is in it.
  int named_year_ = 0;
  uint32_t named_year_end_ = 0;  // the byte its date's text ends at
  // The month of the last date found that is one ("in July", "last month"),
  // and the byte its text ends at: "the previous month" in its sentence is
  // the month before it.
  struct NamedMonth {
    int year = 0, month = 0;
    uint32_t end = 0;
  };
  NamedMonth named_month_;
  // The quarter named last ("third-quarter revenue", "in the third quarter
  // of 2024"), the same way: its year, its number 1-4 and where it ends.
  NamedMonth named_quarter_;

  // The window: atoms_[0] is the oldest atom kept, and every index the
  // rules use counts from it.
  std::vector<Atom> atoms_;
  Bytes lower_;                     // the text from lower_from_ to lower_to_, lower-cased (ASCII)
  Bytes cutting_;                   // 1 where lower_ has a byte that cuts a word (digit, '-', 0xE2), else 0
  uint32_t lower_from_ = 0, lower_to_ = 0;
  // Cutting: the next token, and within a word token where the next atom starts.
  uint32_t next_token_ = 0;
  uint32_t word_at_ = 0;
  bool in_word_ = false;             // some of the word token is cut
  uint32_t cut_token_ = 0;           // the first atom of the word token being cut
  uint32_t digits_end_ = 0;          // where its last digit run ends (its start when it has none)
  bool cutting_code_ = false;        // the word token being cut is a code
  // The name pass: mentions before next_name_ are decided.
  size_t next_name_ = 0;
  uint32_t name_atom_ = 0;           // no atom before it is in next_name_ or a later mention
  uint32_t open_name_end_ = 0;       // atoms cut later that start before this are in a blocking mention
  // Digit atoms in the window, in order: the code and phone passes read only these.
  std::vector<uint32_t> digits_;
  // The code pass: digits_ before code_digit_ are read; the last of them is
  // code_last_, in the token that starts at code_token_.
  static constexpr uint32_t kNone = ~0u;
  size_t code_digit_ = 0;
  uint32_t code_last_ = kNone;
  uint32_t code_token_ = 0;
  bool code_token_is_code_ = false;
  uint32_t blocked_from_ = kNone, blocked_to_ = 0;  // past_blocked's last answer
  // The phone scan: atoms before phoned_ are read; phone_digit_ is where it stands in digits_.
  uint32_t phoned_ = 0;
  size_t phone_digit_ = 0;
  bool long_run_ = false;            // in a run of four or more digit groups
  bool long_run_plus_ = false;       // ... that comes after a "+"
  bool plus_run_ = false;            // in the digits after a "+" number
  // Fraction glyphs (½, ¾) in the window, whose flags make_final checks; next_glyph_ is the first not final.
  std::vector<uint32_t> glyphs_;
  size_t next_glyph_ = 0;
  uint32_t final_ = 0;               // atoms before it are blocked and flagged for good
  bool done_ = false;                // every atom is cut and final
  enum class Hemisphere : uint8_t { unknown, north, south };
  mutable Hemisphere hemisphere_ = Hemisphere::unknown;  // asked once, of the first season named
  mutable DateOrder date_order_ = DateOrder::unknown;  // asked once, of the first date in figures that needs it
  mutable bool wanted_more_ = false; // a rule asked about an atom past final_
  // A game's clock was read ("with 3:01 left"): the story's quarters are the game's.
  mutable bool game_told_ = false;
  // Whether the text writes "£" anywhere: asked once, of the first pounds.
  enum class PoundSign : uint8_t { unknown, written, unwritten };
  mutable PoundSign pound_sign_ = PoundSign::unknown;
  // story_spoke_of_temperature's scan: the token it reads next, and what it found.
  mutable size_t temperature_token_ = 0;
  mutable bool temperature_told_ = false;
  // digit_run's last scan: the atom's start in the text, and what it told.
  mutable uint32_t digit_run_at_ = kNone;
  mutable DigitRun digit_run_;
  // The last day found ("2025-01-09") and the byte its text ends at, 0
  // before any: the weekday before "and" in "on Thursday and Friday".
  struct LastDay {
    uint32_t end = 0;
    char iso[10] = {};  // read only when asked for
    // Written without figures ("on Wednesday", "yesterday"): the day news
    // was told, not a period figures are of.
    bool told = false;
  };
  LastDay last_day_;
  // The last day told without figures in the week before the reference
  // ("late Friday", "yesterday"), the story's day of news, if one was.
  std::optional<dates::Date> news_day_;
};

// Inline: dates, times and amounts each ask for the digits they start at,
// a hundred thousand times on a few megabytes of news.
inline std::optional<Amount> Grammar::digits_amount(uint32_t i) const {
  if (!is_digits(i)) return std::nullopt;
  return read_digits(i);
}

inline const DigitRun& Grammar::digit_run(uint32_t i) const {
  // Keyed by the atom's place in the text: indices slide with the window.
  if (atoms_[i].start != digit_run_at_) {
    digit_run_at_ = atoms_[i].start;
    scan_digits(tx(i), digit_run_);
  }
  return digit_run_;
}

inline std::optional<Amount> Grammar::read_digits(uint32_t i) const {
  const std::optional<Amount>& read = digit_run(i).value;
  if (!read) return std::nullopt;
  Amount a = *read;
  a.end = i + 1;
  return a;
}

}  // namespace lede::numbers::detail
