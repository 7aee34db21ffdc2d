// The number grammar's pass. Tokens are cut into atoms a little ahead of
// the pass, in a window that slides with it: digits in names, codes and
// phone numbers are blocked, each atom gets its lexicon flags (one hash
// probe per word), then the pass tries, at each atom that can start a
// number, the patterns in order of length: modifier + expression, dates and
// times, amounts with their units, ordinals. Memory is the window's, not the
// document's: a few thousand atoms and their lower-cased text.
#include "numbers/grammar.hpp"

#include <algorithm>
#include <cassert>
#include <cstring>

#include "numbers/matcher.hpp"
#include "text/chars.hpp"

namespace lede::numbers {
namespace detail {

using text::TokenKind;

namespace {

// How far ahead of the pass atoms are settled before it tries a match: more
// than any rule usually reads, so that asking for more (and trying again) is
// rare.
constexpr uint32_t kLookahead = 96;
// Atoms kept behind the pass: more than any rule reads behind its start, so
// that an index near 0 still means the start of the document.
constexpr uint32_t kKeepBehind = 64;
static_assert(kKeepBehind > Grammar::kSentenceLookBack && kKeepBehind > Grammar::kClauseLookBack);
// The window slides once the pass is this far in: rarely enough that moving
// the kept atoms costs little, soon enough that the window stays in cache.
constexpr uint32_t kSlideAt = 2048;
// Atoms cut in one go before settling (doubled while settling stalls).
constexpr uint32_t kBatch = 256;
constexpr size_t kUsualAtoms = kSlideAt + kLookahead + 2 * kBatch;
constexpr size_t kLowerPadding = 16;
// A story's dateline or stamp comes in its first paragraphs: after a
// headline, a byline, a stamp.
constexpr size_t kLeadingParagraphs = 5;

}  // namespace

Grammar::Grammar(const text::Document& doc, const std::vector<Mention>& names, const Options& options)
    : doc_(doc),
      text_(doc.text),
      names_(names),
      leading_paragraphs_(leading_paragraphs(doc)),
      headline_end_(headline_end(doc)) {
  if (!options.reference_date.empty()) ref_ = dates::parse_iso(options.reference_date);
  // The window's usual size, or less for a short document: a token is one
  // atom but for the few cut finer ("1.5m", "COP29"); the lower-case text
  // never outgrows the text (plus padding).
  const size_t tokens = doc.tokens.size();
  atoms_.reserve(std::min(kUsualAtoms, tokens + tokens / 4 + 16));
  digits_.reserve(std::min(kUsualAtoms, tokens / 8 + 16));
  lower_.grow(std::min(kUsualAtoms * 8, doc.text.size() + kLowerPadding), 0);
  cutting_.grow(lower_.size(), 0);
}

void Grammar::run(Results& results) {
  std::vector<Found> found;  // what one attempt finds; handed on when it succeeds
  found.reserve(4);          // one expression, two for a bounded range
  uint32_t i = 0;
  uint32_t ahead = kLookahead;
  for (;;) {
    if (i + ahead > final_ && !done_) {
      slide(i);
      settle_until(i + ahead);
    }
    if (i >= final_) break;
    // Most atoms can begin nothing: pass them in a tight loop.
    if (!(atoms_[i].flags & (lx::flag::strong | lx::flag::weak))) {
      i = next_possible_start(i + 1);
      continue;
    }
    if (atoms_[i].blocked) {
      ++i;
      continue;
    }
    wanted_more_ = false;
    found.clear();
    const uint32_t end = can_start(i) ? match_at(i, found) : 0;
    if (wanted_more_) {
      ahead = 2 * (final_ - i);  // settle further and try again: results never depend on the window
      continue;
    }
    ahead = kLookahead;
    if (end > i && !found.empty()) {
      if (!dated_ && note_dateline(i, end, found.front().number)) {
        // The story's own day, found after the headline and standfirst
        // above it ("setting up shutdown Sunday"), whose dates counted from
        // the reference: every date is read again from that day. The window
        // still holds the text's start (see slide()), settled, so only the
        // matching starts over.
        results.clear();
        start_over();
        i = 0;
        continue;
      }
      for (Found& f : found) {
        note_named_year(f.number);
        results.add(std::move(f));
      }
      i = end;
    } else {
      ++i;
    }
  }
}

uint32_t Grammar::next_possible_start(uint32_t i) const {
  // A walk by pointer: with an index (which run() shares with the rules) it
  // took 8 instructions an atom, and it passes most atoms of a text.
  const Atom* atom = atoms_.data() + i;
  const Atom* const end = atoms_.data() + final_;
  while (atom < end && !(atom->flags & (lx::flag::strong | lx::flag::weak))) ++atom;
  return static_cast<uint32_t>(atom - atoms_.data());
}

void Grammar::start_over() {
  named_year_ = 0;
  named_year_end_ = 0;
  named_month_ = {};
  named_quarter_ = {};
  last_day_ = {};
  game_told_ = false;
  temperature_token_ = 0;
  temperature_told_ = false;
  news_day_.reset();
}

inline void Grammar::note_named_year(const Number& date) {
  // A date names its year when it is a year ("2020", "last year") or its
  // text holds the year's digits ("June 2019"); a weekday's date does not.
  const std::string_view iso = date.iso;
  if (date.kind != NumberKind::date || iso.size() < 4 || !std::all_of(iso.begin(), iso.begin() + 4, text::is_digit)) {
    return;
  }
  // A day, for the weekday after it and "and" ("on Thursday and Friday").
  const std::string_view written = text_.substr(date.span.start, date.span.size());
  if (iso.size() == 10) {
    last_day_.end = date.span.end;
    std::memcpy(last_day_.iso, iso.data(), sizeof last_day_.iso);
    last_day_.told = std::none_of(written.begin(), written.end(), text::is_digit);
    if (last_day_.told && ref_) note_news_day(iso);
  }
  // A month ("in July", "June 2019", "last month"): YYYY-MM; not one told
  // from it ("the previous month", "the month after"), so that both of "the
  // month before and the month after" count from the same one.
  if (iso.size() == 7 && iso[4] == '-' && !told_from_named_month(date.span)) {
    // A quarter, "2024-Q3", or a month, "2024-07".
    if (iso[5] == 'Q') {
      named_quarter_ = {to_int(iso.substr(0, 4)), iso[6] - '0', date.span.end};
    } else {
      named_month_ = {to_int(iso.substr(0, 4)), to_int(iso.substr(5)), date.span.end};
    }
  } else if (iso.size() == 7 && iso[5] == 'Q' && told_from_quarter_named(iso)) {
    // "sales would slow in the following quarter ... inventory would fall
    // in the following quarter": each counts from the quarter named, which
    // the story goes on speaking of.
    named_quarter_.end = date.span.end;
  }
  if (iso.size() == 4 || written.find(iso.substr(0, 4)) != std::string_view::npos) {
    named_year_ = to_int(iso.substr(0, 4));
    named_year_end_ = date.span.end;
  }
}

void Grammar::note_news_day(std::string_view iso) {
  constexpr long kWeek = 7;
  const auto day = dates::parse_iso(iso);
  if (!day) return;
  const long back = dates::to_days(*ref_) - dates::to_days(*day);
  if (back > 0 && back < kWeek) news_day_ = day;
}

bool Grammar::note_dateline(uint32_t first, uint32_t end, const Number& date) {
  // Sought in the leading paragraphs (a headline may name a month before
  // the stamp), until found.
  const size_t leading = leading_paragraphs_;
  if (leading == 0 || date.span.start >= doc_.paragraphs[leading - 1].end) {
    dated_ = true;
    return false;
  }
  if (date.kind != NumberKind::date) return false;
  // The story was filed that day: "yesterday", "on Tuesday", "next month"
  // count from it, not from the day it is read. A dateline's year is the
  // reference's nearest, so a reference is needed to know it.
  if (!ref_ || date.iso.size() != 10) return false;
  // A stamp's day after the reference is no publication's: "Polls set for 3
  // May 2027" is a headline.
  const auto day = dates::parse_iso(date.iso);
  if (!day) return false;
  const long days = dates::to_days(*day), counted_from = dates::to_days(*ref_);
  const bool stamped = (in_stamp(date) || transcript_of_day(first, date)) && days <= counted_from;
  if (!stamped && !in_dateline(first, end)) return false;
  if (stamped) stamp_start_ = date.span.start;
  ref_ = day;
  dated_ = true;
  return days != counted_from;
}

bool Grammar::in_stamp(const Number& date) const {
  // "Published 3 May 2025, 07:45 BST", "Wed 19 Nov 2025 07.00 GMT": a line
  // of its own before the story, no sentence, that dates it with its year.
  constexpr uint32_t kStampBytes = 100;  // "Published: 10:15 GMT, 3 December 2024 | Updated: 11:02 GMT, 4 ...
  const std::string_view written = text_.substr(date.span.start, date.span.size());
  if (written.find(date.iso.substr(0, 4)) == std::string_view::npos) return false;
  for (size_t p = 0; p < leading_paragraphs_; ++p) {
    const text::Paragraph& para = doc_.paragraphs[p];
    if (date.span.start < para.start || date.span.start >= para.end) continue;
    // No sentence's end, nor a quotation's (", ”).
    const char last = text_[para.end - 1];
    return para.end - para.start <= kStampBytes && last != '.' && last != '!' && last != '?' && last != '"' &&
           last != '\x9D';
  }
  return false;
}

bool Grammar::transcript_of_day(uint32_t first, const Number& date) const {
  // "The following is a transcript of remarks by Federal Reserve Chair
  // Jerome Powell at a news conference on October 29, 2025.": the day the
  // words were said, whose "Today" is that day. The year written, and
  // "transcript" before it in its sentence.
  const std::string_view written = text_.substr(date.span.start, date.span.size());
  if (written.find(date.iso.substr(0, 4)) == std::string_view::npos) return false;
  for (uint32_t k = first; k > 0 && first - k < kSentenceLookBack && !sentence_start(k); --k) {
    if (is(k - 1, "transcript")) return true;
  }
  return false;
}

bool Grammar::stamped_in_the_evening() const {
  // The stamp line's first time of day: "Updated 10:47 PM EST", "22:47 GMT".
  if (stamp_start_ == kNone) return false;
  const auto para = std::find_if(doc_.paragraphs.begin(), doc_.paragraphs.end(),
                                 [this](const text::Paragraph& p) { return stamp_start_ < p.end; });
  if (para == doc_.paragraphs.end() || para->first_sentence == para->end_sentence) return false;
  const uint32_t first = doc_.sentences[para->first_sentence].first_token;
  const uint32_t end = doc_.sentences[para->end_sentence - 1].end_token;
  for (uint32_t t = first; t < end; ++t) {
    const std::string_view w = doc_.token_text(t);
    const size_t colon = w.find(':');
    if (w.empty() || !is_digit(w[0]) || colon == std::string_view::npos || colon > 2) continue;
    const std::string_view glued = w.substr(std::min(w.size(), colon + 3));  // "10:47PM"
    const std::string_view next = t + 1 < end ? doc_.token_text(t + 1) : std::string_view();
    const auto pm = [](std::string_view m) { return m == "PM" || m == "pm" || m == "p.m." || m == "P.M."; };
    int hour = to_int(w);
    if ((pm(glued) || pm(next)) && hour < 12) hour += 12;
    constexpr int kEvening = 18;
    return hour >= kEvening;
  }
  return false;
}

size_t Grammar::leading_paragraphs(const text::Document& doc) {
  // A page pasted whole opens with its furniture, a line each ("Skip to
  // content", "NOW", "44°", "Watch Live"), before the headline and the stamp
  // "Posted at 6:12 AM, Nov 22, 2025": such lines count for none of the five.
  constexpr uint32_t kFurnitureTokens = 3;
  constexpr size_t kFurnitureLines = 12;  // a page's menu is no story's lead
  size_t p = 0, counted = 0;
  for (; p < doc.paragraphs.size() && counted < kLeadingParagraphs; ++p) {
    const text::Paragraph& para = doc.paragraphs[p];
    if (para.end_token - para.first_token > kFurnitureTokens || p - counted >= kFurnitureLines) ++counted;
  }
  return p;
}

uint32_t Grammar::headline_end(const text::Document& doc) {
  // The leading lines that end as no sentence does, up to the first that does.
  const size_t leading = std::min(doc.paragraphs.size(), kLeadingParagraphs);
  uint32_t end = 0;
  for (size_t p = 0; p < leading; ++p) {
    const text::Paragraph& para = doc.paragraphs[p];
    const char last = doc.text[para.end - 1];
    if (last == '.' || last == '!' || last == '?' || last == '"' || last == '\x9D') break;
    end = para.end;
  }
  return end;
}

bool Grammar::told_from_named_month(Span written) const {
  const char first = text::lower_ascii(text_[written.start]);
  if (first != 'p' && first != 'f' && first != 't') return false;
  const std::string_view w = text_.substr(written.start, written.size());
  const auto starts = [w](std::string_view head) {
    if (w.size() < head.size()) return false;
    for (size_t c = 0; c < head.size(); ++c) {
      if (text::lower_ascii(w[c]) != head[c]) return false;
    }
    return true;
  };
  return starts("previous") || starts("following") || starts("the month");
}

bool Grammar::told_from_quarter_named(std::string_view iso) const {
  if (!named_quarter_.month) return false;
  const int told = to_int(iso.substr(0, 4)) * 4 + (iso[6] - '0');
  const int named = named_quarter_.year * 4 + named_quarter_.month;
  return told == named + 1 || told == named - 1;
}

// ------------------------------------------------------------------ window --

void Grammar::settle_until(uint32_t target) {
  uint32_t batch = kBatch;
  while (final_ < target && !done_) {
    // Atoms of up to `batch` tokens; their text is lower-cased in one go.
    const size_t last = std::min<size_t>(next_token_ + batch, doc_.tokens.size());
    if (last > next_token_) lower_until(doc_.tokens[last - 1].end());
    for (uint32_t k = 0; k < batch && next_token_ < last; ++k) {
      const text::Token& tok = doc_.tokens[next_token_];
      if (!(tok.kind == TokenKind::word && !in_word_ && cut_plain_word(tok))) cut_atom();
    }
    settle();
    batch *= 2;  // a long mention or run of digit groups settles only at its end
  }
}

void Grammar::settle() {
  const uint32_t names_end = block_names();
  const uint32_t undecided = block_codes(names_end);
  block_phone_numbers();
  make_final(std::min({names_end, past_blocked(undecided), phoned_}));
  done_ = all_cut() && final_ == atoms_.size();
}

void Grammar::slide(uint32_t& cursor) {
  if (cursor < kSlideAt) return;
  // A stamp or dateline opens a story: one this far in (some 10 KB) is
  // another's, and once the text's start leaves the window no pass could
  // start over from it.
  dated_ = true;
  const uint32_t drop = cursor - kKeepBehind;
  const uint32_t lower_drop = atoms_[drop].start - lower_from_;
  atoms_.erase(atoms_.begin(), atoms_.begin() + drop);
  std::memmove(lower_.data(), lower_.data() + lower_drop, lower_to_ - lower_from_ - lower_drop);
  std::memmove(cutting_.data(), cutting_.data() + lower_drop, lower_to_ - lower_from_ - lower_drop);
  lower_from_ += lower_drop;
  cursor -= drop;
  final_ -= drop;
  phoned_ -= drop;
  // The lists keep the atoms still in the window; the passes have read the others.
  const auto forget = [drop](std::vector<uint32_t>& list, std::initializer_list<size_t*> cursors) {
    const size_t gone = std::lower_bound(list.begin(), list.end(), drop) - list.begin();
    list.erase(list.begin(), list.begin() + gone);
    for (uint32_t& a : list) a -= drop;
    for (size_t* c : cursors) *c = *c > gone ? *c - gone : 0;
  };
  forget(digits_, {&code_digit_, &phone_digit_});
  forget(glyphs_, {&next_glyph_});
  // Starts of tokens or mentions before the pass are decided and not read again.
  const auto shift = [drop](uint32_t& a) { a = a > drop ? a - drop : 0; };
  shift(code_token_);
  shift(name_atom_);
  shift(cut_token_);
  shift(blocked_from_);
  shift(blocked_to_);
  code_last_ = code_last_ != kNone && code_last_ >= drop ? code_last_ - drop : kNone;
}

void Grammar::lower_until(uint32_t end) {
  if (end <= lower_to_) return;
  if (lower_to_ == lower_from_) lower_from_ = lower_to_ = doc_.tokens[next_token_].start;  // skip a gap
  const size_t used = lower_to_ - lower_from_, n = end - lower_to_;
  // kLowerPadding bytes past the end stay readable: short words are read 8 bytes at a time.
  if (used + n + kLowerPadding > lower_.size()) {
    lower_.grow(std::max(used + n + kLowerPadding, 2 * lower_.size()), used);
    cutting_.grow(lower_.size(), used);
  }
  const char* from = text_.data() + lower_to_;
  char* to = lower_.data() + used;
  char* cut = cutting_.data() + used;
  // One pass for both (it vectorizes): the cut marks save the word cutter
  // from testing each word's bytes for digits and hyphens.
  for (size_t k = 0; k < n; ++k) {
    const char c = from[k];
    to[k] = text::lower_ascii(c);
    cut[k] = static_cast<char>(is_digit(c) | (c == '-') | (static_cast<unsigned char>(c) == 0xE2));
  }
  // The padding is read (and masked off) past a short word: it holds bytes, not garbage.
  std::memset(to + n, 0, kLowerPadding);
  std::memset(cut + n, 0, kLowerPadding);
  lower_to_ = end;
}

// ------------------------------------------------------------------- atoms --

void Grammar::cut_atom() {
  const text::Token& tok = doc_.tokens[next_token_];
  if (tok.kind == TokenKind::word) {
    if (tok.end() > tok.start) {
      cut_word_atom(tok);
    } else {
      ++next_token_;  // an empty word has no atoms
    }
    return;
  }
  push(tok.start, tok.end(), atom_kind(tok.kind), tok.space_before, false);
  ++next_token_;
}

AtomKind Grammar::atom_kind(TokenKind kind) {
  switch (kind) {
    case TokenKind::number: return AtomKind::digits;
    case TokenKind::punct:
    case TokenKind::quote: return AtomKind::punct;
    case TokenKind::symbol: return AtomKind::symbol;
    default: return AtomKind::other;
  }
}

inline bool Grammar::plain_word(std::string_view w, const char* cut) {
  // The copies are padded: short words are read 8 bytes at a time, and what
  // follows a word is masked off.
  const size_t n = w.size();
  if (n == 0 || w[0] == '\'') return false;
  if (n <= 16) {
    uint64_t head, tail;
    std::memcpy(&head, cut, 8);
    if (n <= 8) return (n < 8 ? head & ((uint64_t{1} << (8 * n)) - 1) : head) == 0;
    std::memcpy(&tail, cut + n - 8, 8);
    return (head | tail) == 0;
  }
  return std::find(cut, cut + n, 1) == cut + n;
}

inline bool Grammar::cut_plain_word(const text::Token& tok) {
  const size_t at = tok.start - lower_from_;
  const std::string_view w(lower_.data() + at, tok.end() - tok.start);
  if (!plain_word(w, cutting_.data() + at)) return false;
  // Written in place: an atom built on the stack and copied whole is read
  // back before its field-by-field stores have landed, a stall per word.
  Atom& a = atoms_.emplace_back();
  a.start = tok.start;
  a.end = tok.end();
  a.kind = AtomKind::word;
  a.space_before = tok.space_before;
  if (w.size() == 1) {
    a.entry = lx::byte_entry(w[0], a.flags);
  } else if (lx::may_be_key(w)) {
    a.entry = lx::sieved_entry(w, a.flags);
  }
  if (a.start < open_name_end_) a.blocked = blocked::name;
  ++next_token_;
  return true;
}

// Inline: a punctuation mark's flags, most marks' case, are a few compares.
inline uint16_t Grammar::mark_flags(uint32_t i, bool fraction) const {
  if (atoms_[i].kind == AtomKind::symbol) return symbol_flags(i, fraction);
  if (fraction) return lx::flag::strong | lx::flag::amount;
  const std::string_view t = tx(i);
  return t == "-" || t == "." || t == "'" || t == "\xE2\x80\x99" || t == "\xE2\x88\x92" ? lx::flag::weak | lx::flag::amount : 0;
}

inline void Grammar::push(uint32_t s, uint32_t e, AtomKind k, bool space, bool joined) {
  Atom& a = atoms_.emplace_back();
  a.start = s;
  a.end = e;
  a.kind = k;
  a.space_before = space;
  a.joined = joined;
  const uint32_t i = static_cast<uint32_t>(atoms_.size() - 1);
  if (k == AtomKind::digits) {
    a.flags = lx::flag::strong;  // no lexicon word is all digits
    digits_.push_back(i);
  } else {
    const std::string_view w = lw(i);
    uint16_t flags = 0;
    if (w.size() == 1) {
      a.entry = lx::byte_entry(w[0], flags);  // punctuation, mostly
    } else if (lx::may_be_key(w)) {
      a.entry = lx::sieved_entry(w, flags);
    }
    if (k == AtomKind::word) {
      a.flags = flags;
    } else if (k == AtomKind::symbol || k == AtomKind::punct) {
      // A fraction glyph's flags hold unless it turns out blocked: make_final
      // looks again. Glyphs are two or three bytes: most marks are one.
      const bool fraction = w.size() > 1 && vulgar_fraction_value(tx(i)).has_value();
      a.flags = mark_flags(i, fraction);
      if (fraction) glyphs_.push_back(i);
    }
  }
  if (a.start < open_name_end_ && k != AtomKind::punct) a.blocked |= blocked::name;
  if (joined && cutting_code_) a.blocked |= blocked::code;
}

void Grammar::cut_word_atom(const text::Token& tok) {
  const bool first = !in_word_;
  if (first) {
    word_at_ = tok.start;
    cutting_code_ = false;
    cut_token_ = static_cast<uint32_t>(atoms_.size());
    // Where the token's last digit run ends: past it, no digits can make the token a code.
    const auto last_digit = std::find_if(text_.rbegin() + (text_.size() - tok.end()),
                                         text_.rend() - tok.start, is_digit);
    digits_end_ = static_cast<uint32_t>(text_.rend() - last_digit);
  }
  const uint32_t p = word_at_;
  const unsigned char b = static_cast<unsigned char>(text_[p]);
  uint32_t e = p;
  AtomKind kind;
  if (is_digit(static_cast<char>(b))) {
    kind = AtomKind::digits;
    while (e < tok.end() && (is_digit(text_[e]) || ((text_[e] == '.' || text_[e] == ',' || text_[e] == '/' ||
                                                   text_[e] == ':') &&
                                                  e + 1 < tok.end() && is_digit(text_[e + 1]) && e > p))) {
      ++e;
    }
  } else if (b == '-') {
    kind = AtomKind::punct;
    e = p + 1;
  } else if (b == 0xE2 && p + 2 < tok.end() && static_cast<unsigned char>(text_[p + 1]) == 0x80 &&
             (static_cast<unsigned char>(text_[p + 2]) == 0x90 ||
              static_cast<unsigned char>(text_[p + 2]) == 0x91)) {
    kind = AtomKind::punct;  // U+2010, U+2011 hyphens
    e = p + 3;
  } else if (first && (b == '\'' || b == 0xE2) && !letter_run_start(p)) {
    kind = AtomKind::punct;  // the apostrophe of an elided century: '90s
    e = p + (b == '\'' ? 1 : 3);
  } else {
    kind = AtomKind::word;
    while (e < tok.end() && !is_digit(text_[e]) && text_[e] != '-' && !is_unicode_hyphen(e)) ++e;
  }
  if (e <= p) e = p + 1;  // never stall
  if (e > tok.end()) e = tok.end();
  push(p, e, kind, first ? tok.space_before : false, !first);
  word_at_ = e;
  in_word_ = e < tok.end();
  if (!in_word_) ++next_token_;
}

bool Grammar::is_unicode_hyphen(uint32_t p) const {
  return static_cast<unsigned char>(text_[p]) == 0xE2 && p + 2 < text_.size() &&
         static_cast<unsigned char>(text_[p + 1]) == 0x80 &&
         (static_cast<unsigned char>(text_[p + 2]) == 0x90 || static_cast<unsigned char>(text_[p + 2]) == 0x91);
}

bool Grammar::letter_run_start(uint32_t p) const {
  const unsigned char b = static_cast<unsigned char>(text_[p]);
  if (b == '\'') return false;
  // U+2019 (E2 80 99) before digits is an elided century apostrophe.
  return !(b == 0xE2 && p + 3 < text_.size() && static_cast<unsigned char>(text_[p + 1]) == 0x80 &&
           static_cast<unsigned char>(text_[p + 2]) == 0x99 && is_digit(text_[p + 3]));
}

// ---------------------------------------------------------------- blocking --

uint32_t Grammar::block_names() {
  const uint32_t n = static_cast<uint32_t>(atoms_.size());
  for (; next_name_ < names_.size(); ++next_name_) {
    const Span name = names_[next_name_].span;
    // The first atom that ends after the mention's start: mentions come by
    // start, so it is at or after the previous one's. Atoms end in order:
    // eight at a time first, past the atoms between two mentions (one at a
    // time they took 5 M instructions of c06).
    constexpr uint32_t kStride = 8;
    while (name_atom_ + kStride < n && atoms_[name_atom_ + kStride].end <= name.start) name_atom_ += kStride;
    while (name_atom_ < n && atoms_[name_atom_].end <= name.start) ++name_atom_;
    const uint32_t a0 = name_atom_;
    uint32_t a1 = a0;
    bool words = false, other_words = false, currency = false, digits = false;
    for (; a1 < n && atoms_[a1].start < name.end; ++a1) {
      digits = digits || atoms_[a1].kind == AtomKind::digits;
      if (atoms_[a1].kind != AtomKind::word) continue;
      words = true;
      other_words = other_words || !(calendar_or_currency(a1) ||
                                     (a1 > 0 && atoms_[a1 - 1].kind == AtomKind::digits &&
                                      (unit_after_digits(a1) || bracketed_scale_letter(a1))));
      // The currency matters only while no other word has decided the name.
      currency = currency || (!other_words && lx::currency(entry(a1)));
    }
    // A currency with a number inside one name is the name's ("Euro 96", the
    // championship), where "Euro" alone in a name may still be money's ("23 Euro").
    other_words = other_words || (currency && digits);
    const bool whole = all_cut() || (n > 0 && atoms_[n - 1].end >= name.end);
    if (!whole && !other_words) return a0;  // a word still to be cut decides
    // "500 Australian dollars", "3.2 billion Hong Kong dollars": a
    // currency's name, whose first words the tagger read as a people's or a
    // place's, after an amount. The word after the name decides.
    if (a0 > 0 && (atoms_[a0 - 1].kind == AtomKind::digits || lx::scale_word(entry(a0 - 1)))) {
      if (a1 >= n && !all_cut()) return a0;
      if (a1 < n && atoms_[a1].kind == AtomKind::word && lx::currency(entry(a1))) continue;
    }
    // "HK$3.2bn", "NZ$40": a dollar's place, read as a name, touching it.
    if (a1 == a0 + 1 && atoms_[a0].end - atoms_[a0].start <= 3) {
      if (a1 >= n && !all_cut()) return a0;
      if (a1 < n && tx(a1) == "$" && !atoms_[a1].space_before) continue;
    }
    // "R500m", "N2.3bn", "Rs300", "Sh346", "RM12": a sum in rand, naira, rupees, shillings or ringgit, its
    // currency glued to it, which the tagger read as a name. Told when the
    // token is cut whole.
    if (a1 > a0 + 1 && atoms_[a0 + 1].joined && atoms_[a0 + 1].kind == AtomKind::digits) {
      const std::string_view w = lw(a0);
      if (w == "rs" || w == "sh" || w == "rm" || w == "rp" || w == "tk") continue;
      if (w == "r" || w == "n") {
        if (!whole || !known(a0 + 2)) return a0;
        if (letter_touches_sum(a0, true)) continue;
      }
    }
    if (other_words || !words) {
      for (uint32_t k = a0; k < a1; ++k) {
        if (atoms_[k].kind != AtomKind::punct) atoms_[k].blocked |= blocked::name;
      }
      if (!whole) open_name_end_ = std::max(open_name_end_, name.end);
    }
  }
  return n;
}

bool Grammar::unit_after_digits(uint32_t i) const {
  // "reached 1.2 GW, enough" (the caller has seen the digits): a unit the
  // tagger read as a name, written as its symbol. A letter alone ("3M"), "Rad" (the club) and "BP" stay names.
  const lx::Unit* u = lx::unit(entry(i));
  return u && !u->glued_only && tx(i) == u->symbol;
}

bool Grammar::bracketed_scale_letter(uint32_t i) const {
  // "28 degrees Celsius (82 F)": the tagger may read the letter as a name;
  // bracketed_temperature() tells once the atoms after it are cut.
  const std::string_view t = tx(i);
  return t.size() == 1 && (t[0] == 'C' || t[0] == 'F') && i >= 2 && tx(i - 2) == "(";
}

inline bool Grammar::calendar_or_currency(uint32_t i) const {
  const std::string_view w = lw(i);
  // Most words of names are told at once: unknown to the lexicon, and longer
  // than an ordinal suffix or a time zone.
  if (entry(i) == lx::kNoEntry && w.size() > 4) return false;
  // "FY24", which the tagger may read as a name, is a fiscal year.
  return lx::calendar_or_currency(entry(i)) || w == "st" || w == "nd" || w == "rd" || w == "th" || w == "fy" ||
         is_zone(i);
}

uint32_t Grammar::block_codes(uint32_t names_end) {
  const uint32_t n = static_cast<uint32_t>(atoms_.size());
  for (; code_digit_ < digits_.size(); ++code_digit_) {
    const uint32_t d = digits_[code_digit_];
    if (!atoms_[d].joined && d + 1 < n && !atoms_[d + 1].joined) {
      // A token of digits alone, the usual number: no code.
      code_token_ = code_last_ = d;
      code_token_is_code_ = false;
      continue;
    }
    const uint32_t first = token_start(d);
    const bool decided = code_token_is_code_ && first == code_token_;
    if (!decided) {
      if (d >= names_end || !known(d + 2)) return first;  // is_code reads d's mention bit and two atoms ahead
      code_token_is_code_ = is_code(d);
      if (code_token_is_code_) block_code_token(first);
    }
    code_token_ = first;
    code_last_ = d;
  }
  // No digits wait; but the word token being cut may have more to come.
  const bool more_digits = in_word_ && word_at_ < digits_end_;
  if (more_digits && !(code_token_is_code_ && code_token_ == cut_token_)) return cut_token_;
  return n;
}

bool Grammar::glued_temperature(uint32_t letter) const {
  const std::string_view t = tx(letter);
  if ((t != "C" && t != "F") || (letter + 1 < atoms_.size() && atoms_[letter + 1].joined)) return false;
  // Below zero it is one whatever the clause says ("at about minus 233C",
  // "fell to -5C"; "A-5C" is a code). Codes are told before the atoms are
  // final: read as cut.
  if (letter >= 2 && atoms_[letter - 1].kind == AtomKind::digits) {
    const Atom& sign = atoms_[letter - 2];
    const std::string_view t = tx(letter - 2);
    if (lw(letter - 2) == "minus") return true;
    if (sign.kind == AtomKind::punct && (t == "-" || t == "\xE2\x88\x92") && !atoms_[letter - 1].space_before &&
        (letter == 2 || sign.space_before)) {
      return true;
    }
  }
  static constexpr std::string_view kWords[] = {
      "temperature", "temperatures", "heat",  "heatwave", "warming", "warmer",  "hotter",   "colder",
      "cooler",      "mercury",      "highs", "lows",     "climate", "degrees", "frost",    "hot",
      "cold",        "weather",      "warm",  "hottest",  "coldest", "warmest", "forecast", "record"};
  for (uint32_t k = letter; k > 0 && letter - k < kClauseLookBack && !sentence_start(k); --k) {
    // Any word, a name's too ("Temperatures" opening a sentence may be tagged).
    const bool word = atoms_[k - 1].kind == AtomKind::word;
    if (word && std::find(std::begin(kWords), std::end(kWords), lw(k - 1)) != std::end(kWords)) return true;
  }
  return story_spoke_of_temperature(atoms_[letter].start);
}

bool Grammar::bracketed_temperature(uint32_t letter) const {
  const std::string_view t = tx(letter);
  if (t.size() != 1 || (t[0] != 'C' && t[0] != 'F') || letter < 3 || !is(letter + 1, ")") ||
      atoms_[letter - 1].kind != AtomKind::digits) {
    return false;
  }
  uint32_t open = letter - 2;
  if (tx(open) == "-" || tx(open) == "\xE2\x88\x92") --open;  // "-3C (27 F)"
  if (open == 0 || !is(open, "(")) return false;
  const std::string_view scale = lw(open - 1);
  return scale == "celsius" || scale == "fahrenheit" || scale == "degrees" || scale == "c" || scale == "f";
}

bool Grammar::story_spoke_of_temperature(uint32_t before) const {
  // "Heatwave warning: Sydney to swelter through 40C"; "Western Sydney is
  // expected to reach 43C" after a standfirst's "above 40 degrees": a story
  // that has spoken of temperature means one by a C or an F glued to digits
  // in any sentence after. Each call reads on from the token the last
  // stopped at; the words sought are 7 to 12 letters long, most words not.
  static constexpr std::string_view kStems[] = {"temperature", "heatwave", "degrees", "celsius", "fahrenheit"};
  const std::vector<text::Token>& tokens = doc_.tokens;
  for (; temperature_token_ < tokens.size() && tokens[temperature_token_].start < before && !temperature_told_;
       ++temperature_token_) {
    const text::Token& t = tokens[temperature_token_];
    if (t.length < 7 || t.length > 12) continue;
    const std::string_view word = text_.substr(t.start, t.length);
    const char first = static_cast<char>(word[0] | 0x20);
    if (first != 't' && first != 'h' && first != 'd' && first != 'c' && first != 'f') continue;
    for (const std::string_view stem : kStems) {
      size_t n = 0;
      while (n < stem.size() && n < word.size() && static_cast<char>(word[n] | 0x20) == stem[n]) ++n;
      if (n == stem.size()) temperature_told_ = true;
    }
  }
  return temperature_told_;
}

uint32_t Grammar::past_blocked(uint32_t from) {
  // Atoms before final_ are final already, and those read before from the same start were blocked.
  const uint32_t n = static_cast<uint32_t>(atoms_.size());
  uint32_t k = std::max({from, final_, from == blocked_from_ ? blocked_to_ : 0u});
  while (k < n && atoms_[k].blocked) ++k;
  blocked_from_ = from;
  blocked_to_ = k;
  return k;
}

uint32_t Grammar::token_start(uint32_t d) const {
  uint32_t k = d;
  while (k > 0 && atoms_[k].joined) {
    if (--k == code_last_) return code_token_;  // the token of the digits read before
  }
  return k;
}

void Grammar::block_code_token(uint32_t first) {
  // One code blocks its whole token, before and after it.
  const uint32_t n = static_cast<uint32_t>(atoms_.size());
  uint32_t k = first;
  do {
    atoms_[k++].blocked |= blocked::code;
  } while (k < n && atoms_[k].joined);
  if (k == n && in_word_) cutting_code_ = true;
}

bool Grammar::quarter_of_short_year(uint32_t d) const {
  // Digits, letters, digits of one token, cut already; the year's own check
  // sees whether more is glued after it.
  return is_quarter_code(lw(d + 1), tx(d)) && atoms_[d + 2].end - atoms_[d + 2].start == 2;
}

bool Grammar::fiscal_quarter_code(uint32_t d) const {
  // Q2FY26, H1FY25: a quarter's or a half's letter and digit, then "FY"
  // and the fiscal year's digits, all one token, as Indian papers write them.
  return d > 0 && atoms_[d].joined && atoms_[d - 1].kind == AtomKind::word && d + 1 < atoms_.size() &&
         atoms_[d + 1].joined && lw(d + 1) == "fy" && is_quarter_code(lw(d - 1), tx(d));
}

bool Grammar::is_code(uint32_t i) const {
  // Letters just before in the same token: COP29, Mi-17, Covid-19; mid-2020 is not.
  uint32_t j = i;
  bool hyphen_before = false;
  if (j > 1 && atoms_[j].joined && hyphen(j - 1)) {
    --j;
    hyphen_before = true;
  }
  if (j > 0 && atoms_[j].joined) {
    const Atom& prev = atoms_[j - 1];
    // Letters between digits: an exponent (1e10, 12e-1, 1.3x10) or a
    // range of suffixed amounts (5k-20k); otherwise a code (24703m212).
    if (j > 1 && atoms_[j - 2].kind == AtomKind::digits && atoms_[j - 1].joined) {
      const bool last = !(i + 1 < atoms_.size() && atoms_[i + 1].joined);  // 4Q20, not 4Q20x
      if (!hyphen_before && last && quarter_of_short_year(j - 2)) return false;
      if (!hyphen_before && last && fiscal_quarter_code(j - 2)) return false;  // Q2FY26
      return !(hyphen_before || lw(j - 1) == "e" || lw(j - 1) == "x");
    }
    if (prev.kind == AtomKind::word) {
      const std::string_view w = lw(j - 1);
      const lx::EntryId e = entry(j - 1);
      // "N95", "the R2 road": a code, where the letter is no rand's or naira's.
      if (w == "r" || w == "n") return !letter_touches_sum(j - 1, true);
      if (lx::month(e) || lx::currency(e) || w == "mid" || w == "pre" || w == "post" || w == "late" ||
          w == "early" || w == "fy" || w == "sy" || w == "cy" || w == "w") {
        return false;
      }
      // Q1-Q4 and H1-H2 are quarters and halves; Q12 or H5 is a code. H2
      // is also hydrogen (Green H2 fuel cells): a half only where time is said.
      if (w == "q" || w == "h") return !is_quarter_code(w, tx(i)) || (w == "h" && !half_said_as_time(j - 1));
      return true;
    }
  }
  // Unknown letters glued after the digits: 13F, 737MAX, 5G.
  const uint32_t n = static_cast<uint32_t>(atoms_.size());
  if (i + 1 < n && atoms_[i + 1].joined && atoms_[i + 1].kind == AtomKind::word) {
    const std::string_view w = lw(i + 1);
    const std::string_view orig = tx(i + 1);
    if (orig == "G") {  // 4G, 5G; digits in a mention count as nothing
      const auto value = atoms_[i].blocked & blocked::name ? std::nullopt : read_digits(i);
      if (!value || value->value < 10) return true;
    }
    if (i + 2 < n && atoms_[i + 2].joined && atoms_[i + 2].kind == AtomKind::digits && w != "e" && w != "x") {
      if (fiscal_quarter_code(i)) return false;  // Q2FY26
      return !quarter_of_short_year(i);  // 24703m212 is a code, 4Q20 a quarter
    }
    if (glued_temperature(i + 1)) return false;
    if (!known_suffix(i + 1)) return true;
    // A bowler's wides in brackets, as his no-balls ("3nb") are: "(2w, 2nb)", "(1nb, 3w)".
    if (w == "w" && ((i > 0 && tx(i - 1) == "(") || (i + 2 < n && tx(i + 2) == ")"))) return true;
  }
  return false;
}

bool Grammar::half_results_word(std::string_view w) {
  // The words of a company's half-year figures, as headlines put them after
  // the half (Reuters: "Stork H1 results", "HOEK LOOS H1 NET PROFIT").
  return w == "results" || w == "result" || w == "profit" || w == "profits" || w == "net" || w == "earnings" ||
         w == "sales" || w == "revenue" || w == "revenues" || w == "loss" || w == "losses" || w == "pre" ||
         w == "pretax" || w == "growth" || w == "margin" || w == "margins" || w == "figures" || w == "dividend" ||
         w == "turnover" || w == "operating" || w == "outlook" || w == "guidance" || w == "eps" || w == "ebitda" ||
         w == "income";
}

bool Grammar::half_said_as_time(uint32_t h) const {
  // The atoms read so far reach two past the digit (block_codes waits for
  // them): enough for "H2 2021", "H2 of 2021", "H2-2021" and "H1-H2".
  const uint32_t n = static_cast<uint32_t>(atoms_.size());
  const auto word = [&](uint32_t k) { return k < n && atoms_[k].kind == AtomKind::word ? lw(k) : std::string_view(); };
  const auto year = [&](uint32_t k) {
    return k < n && atoms_[k].kind == AtomKind::digits && atoms_[k].end - atoms_[k].start == 4 &&
           (tx(k)[0] == '1' || tx(k)[0] == '2');
  };
  const auto half_code = [&](uint32_t k) {  // the letter and digit of H1 or H2 at k
    return k + 1 < n && word(k) == "h" && atoms_[k + 1].joined && is_quarter_code("h", tx(k + 1));
  };
  const auto joiner = [&](uint32_t k) { return k < n && (hyphen(k) || word(k) == "to" || word(k) == "and"); };
  const uint32_t after = h + 2;
  if (year(after) || ((word(after) == "of" || (after < n && hyphen(after))) && year(after + 1))) return true;
  if (joiner(after) && word(after + 1) == "h") return true;  // H1-H2, H1 to H2: a range of halves
  if (half_results_word(word(after))) return true;           // Loxley H1 net rises, H1 pre-tax profit
  if (h == 0) return false;
  if (h >= 3 && joiner(h - 1) && half_code(h - 3)) return true;  // the second of H1-H2, H1 and H2
  if (year(h - 1) || (h >= 2 && hyphen(h - 1) && year(h - 2))) return true;  // 2019 H2, 2019-H2
  const std::string_view before = word(h - 1);
  return before == "in" || before == "on" || before == "during" || before == "for" || before == "this" ||
         before == "last" || before == "next" || before == "by" || before == "until" || before == "since" ||
         before == "from" || before == "through" || before == "throughout" || before == "till";
}

bool Grammar::known_suffix(uint32_t i) const {
  const std::string_view w = lw(i);
  const lx::EntryId e = entry(i);
  return lx::scale_word(e) || lx::unit(e) || lx::duration(e) || lx::currency(e) || w == "st" || w == "nd" ||
         w == "rd" || w == "th" || w == "s" || w == "am" || w == "pm" || w == "a.m." || w == "p.m." ||
         w == "a" || w == "p" || w == "ish" || w == "ys" || w == "g" || w == "year" || w == "years" ||
         w == "e" || w == "x" || w == "ampm" || w == "q" || w == "h" || w == "pc";
}

void Grammar::block_phone_numbers() {
  const uint32_t n = static_cast<uint32_t>(atoms_.size());
  for (;;) {
    if (long_run_) {
      // A fourth group and more: the run is a phone number however long.
      if (phoned_ >= n || !known(phoned_ + 1)) return;
      if (atoms_[phoned_].joined && hyphen(phoned_) && phoned_ + 1 < n &&
          atoms_[phoned_ + 1].kind == AtomKind::digits) {
        atoms_[phoned_].blocked |= blocked::phone;
        atoms_[phoned_ + 1].blocked |= blocked::phone;
        phoned_ += 2;
        continue;
      }
      long_run_ = false;
      plus_run_ = long_run_plus_;
    }
    if (plus_run_) {
      // The phone number may continue over spaces: +86 138-2010-2015.
      if (phoned_ >= n) return;
      Atom& a = atoms_[phoned_];
      if (a.kind == AtomKind::digits || (hyphen(phoned_) && a.joined)) {
        a.blocked |= blocked::phone;
        ++phoned_;
        continue;
      }
      plus_run_ = false;
    }
    // Only digits begin a phone number.
    while (phone_digit_ < digits_.size() && digits_[phone_digit_] < phoned_) ++phone_digit_;
    if (phone_digit_ == digits_.size()) {
      phoned_ = n;
      return;
    }
    phoned_ = digits_[phone_digit_];
    if (!phone_step(phoned_)) return;
  }
}

inline bool Grammar::phone_step(uint32_t i) {
  const uint32_t n = static_cast<uint32_t>(atoms_.size());
  // The run's groups, up to four: a fourth decides as much as any more.
  uint32_t j = i;
  int groups = 1;
  for (; groups < 4; j += 2, ++groups) {
    if (!known(j + 1)) return false;
    if (!(j + 1 < n && atoms_[j + 1].joined && hyphen(j + 1))) break;
    if (!known(j + 2)) return false;
    if (!(j + 2 < n && atoms_[j + 2].kind == AtomKind::digits)) break;
  }
  // "+44 171", "Tel+44 171": a "+" after a space or a label's word (not the
  // exponent of 12.32e+14, which is glued to digits).
  const bool plus = i > 0 && tx(i - 1) == "+" && !atoms_[i].space_before &&
                    (i == 1 || atoms_[i - 1].space_before ||
                     (atoms_[i - 2].kind == AtomKind::word && !atoms_[i - 2].joined));
  // Atoms i to `last` are a phone number: blocked, and the pass goes on after them.
  const auto block_through = [&](uint32_t last) {
    for (uint32_t k = i; k <= last; ++k) atoms_[k].blocked |= blocked::phone;
    phoned_ = last + 1;
  };
  if (groups == 1 && !plus) {  // the usual lone number, or an area code: (212) 859-1610
    if (!atoms_[i].space_before && i > 0 && text_[atoms_[i - 1].start] == '(') {
      if (!known(i + 4)) return false;
      if (bracketed_area_code(i)) {
        block_through(i + 4);
        return true;
      }
    }
    // "416 941-8100": a North American area code and number, a space apart.
    if (is_area_code(i)) {
      if (!known(i + 4)) return false;
      if (spaced_area_code(i)) {
        block_through(i + 3);
        return true;
      }
    }
    if (text_[atoms_[i].start] == '0') {
      if (!known(i + 4)) return false;
      if (const uint32_t last = trunk_number_last(i)) {
        block_through(last);
        return true;
      }
    }
    // "dial 999", "call Samaritans on 116 123": a number to ring, and the group after it.
    if (atoms_[i].end - atoms_[i].start >= 3 && i > 0 && atoms_[i].space_before && cut_word(i - 1)) {
      if (!known(i + 1)) return false;
      if (dialled(i)) {
        block_through(i + 1 < n && atoms_[i + 1].kind == AtomKind::digits && atoms_[i + 1].space_before ? i + 1 : i);
        return true;
      }
    }
    phoned_ = i + 1;
    return true;
  }
  if (groups > 1 && groups < 4 && j + 1 < n && atoms_[j + 1].joined) {
    if (!known(j + 2)) return false;
    if (spells_number_end(j)) {
      block_through(j);
      return true;
    }
  }
  if (groups == 4) {
    block_through(j);
    long_run_ = true;
    long_run_plus_ = plus;
    return true;
  }
  // "787-9", "737-800": a model designation, not a range (the second part is not above the first).
  const bool dated = tx(i).find('/') != std::string_view::npos ||
                     (groups == 2 && tx(i).size() == 4 && to_int(tx(i)) >= 1800 && to_int(tx(i)) <= 2100);
  // "Waqar Younis 4-39, Mushtaq": a bowler's wickets and runs after his name,
  // no range (which a unit would follow: "Smith 10-20 years ago").
  const bool bowling = groups == 2 && to_int(tx(i)) <= 10 && is_after_person(i) &&
                       !(i + 3 < n && atoms_[i + 3].kind == AtomKind::word);
  // "6-4, 3-6, 7-5": a set the winner lost, among the match's sets.
  const bool falling = groups == 2 && to_int(tx(i + 2)) <= to_int(tx(i));
  if (groups == 2 && !falling && !bowling && !known(i + 10)) return false;
  // "the Raiders (2-14)": a team's wins and losses in brackets after its name.
  const bool record = groups == 2 && i >= 2 && tx(i - 1) == "(" && atoms_[i - 2].kind == AtomKind::word &&
                      capitalized(i - 2) && i + 3 < n && tx(i + 3) == ")";
  if (groups == 2 && !plus && !dated && (falling || bowling || record || among_set_scores(i) || scored_pair(i)) &&
      !(i + 3 < n && atoms_[i + 3].joined)) {
    block_through(j);  // j is i + 2: two groups
    return true;
  }
  // A fall of wickets, whose last pair may end its sentence ("4-217
  // 5-217."), which the check above leaves to this one.
  if (groups == 2 && !plus) {
    if (!known(i + 5)) return false;
    if (fall_of_wicket(i)) {
      block_through(j);
      return true;
    }
  }
  const bool iso = groups == 3 && (atoms_[i].end - atoms_[i].start == 4
                                       ? text_[atoms_[i].start] != '0' &&
                                             dates::valid(to_int(tx(i)), to_int(tx(i + 2)), to_int(tx(i + 4)))
                                       : day_month_year(i).has_value());
  if (plus || (groups >= 3 && !iso)) {
    block_through(j);
    plus_run_ = plus;
    return true;
  }
  // A date is passed whole: its month and day (2022-10-05) are no model designation.
  phoned_ = iso ? j + 1 : i + 1;
  return true;
}

bool Grammar::rings(uint32_t k) const {
  // Most words before digits are told by their first letter.
  const std::string_view w = lw(k);
  if (w.size() < 4 || (w[0] != 'c' && w[0] != 'r' && w[0] != 'p' && w[0] != 'd')) return false;
  return w == "call" || w == "calls" || w == "called" || w == "calling" || w == "ring" || w == "rings" ||
         w == "rang" || w == "ringing" || w == "phone" || w == "phoned" || w == "contact" || dials(w);
}

bool Grammar::dials(std::string_view w) {
  return w == "dial" || w == "dials" || w == "dialled" || w == "dialed" || w == "dialling" || w == "dialing";
}

bool Grammar::cut_word(uint32_t k) const {
  // The phone pass runs before atoms are final, where is_word does not look;
  // a name may stand between a verb and "on" ("call Crimestoppers on").
  return k < atoms_.size() && atoms_[k].kind == AtomKind::word;
}

bool Grammar::dialled(uint32_t i) const {
  // The number one rings: "dial 999", "ring 111" (not "call 100 witnesses",
  // whose next word is what is counted), "call police on 101" (not "called
  // on 150 nations": a word or more between the verb and "on").
  const uint32_t p = i - 1;
  const std::string_view w = lw(p);
  if (w == "on") {
    for (uint32_t k = p - 1; k > 0 && p - k <= 3 && cut_word(k - 1); --k) {
      if (rings(k - 1)) return true;
    }
    return false;
  }
  if (!rings(p)) return false;
  if (dials(w) || !cut_word(i + 1)) return true;
  const std::string_view next = lw(i + 1);
  return next == "or" || next == "and" || next == "for" || next == "if" || next == "now" || next == "immediately";
}

bool Grammar::among_set_scores(uint32_t i) const {
  // A set's or a game's score beside another of the match's: "6-4, 3-6,
  // 7-5", "3-6 6-2 6-3", "6-7 (3-7) 6-4", badminton's "16-18 15-2 17-14".
  // A tennis set (single digits up to seven) beside any other; games of up
  // to 30 points beside one that the other side won, which a list of
  // ranges ("ages 3-6, 7-9 and 10-12") never has. Reads to atom i + 10.
  const uint32_t n = static_cast<uint32_t>(atoms_.size());
  const auto pair_at = [&](uint32_t k) {
    return k + 2 < n && digits_of(k, 1, 2) && atoms_[k + 1].joined && hyphen(k + 1) && atoms_[k + 2].joined &&
           digits_of(k + 2, 1, 2) && to_int(tx(k)) <= 30 && to_int(tx(k + 2)) <= 30;
  };
  const auto set_at = [&](uint32_t k) {
    return pair_at(k) && to_int(tx(k)) <= 7 && to_int(tx(k + 2)) <= 7 && digits_of(k, 1, 1) && digits_of(k + 2, 1, 1);
  };
  const auto falling_at = [&](uint32_t k) { return pair_at(k) && to_int(tx(k + 2)) <= to_int(tx(k)); };
  const auto tiebreak_at = [&](uint32_t k) { return k + 4 < n && tx(k) == "(" && pair_at(k + 1) && tx(k + 4) == ")"; };
  if (!pair_at(i)) return false;
  // "6-7 (3-7)": a tiebreak in brackets right after a set.
  if (i >= 4 && tiebreak_at(i - 1) && set_at(i - 4)) return true;
  const bool set = set_at(i);
  const auto beside = [&](uint32_t k) { return (set && set_at(k)) || falling_at(k); };
  // The neighbours a space, a comma or the set's tiebreak away.
  uint32_t next = i + 3;
  if (next < n && tx(next) == ",") {
    next += 1;
  } else if (tiebreak_at(next)) {
    next += 5;
  }
  if (beside(next)) return true;
  uint32_t gap = 3;  // back from i to the pair before
  if (i >= 1 && tx(i - 1) == ",") {
    gap = 4;
  } else if (i >= 8 && tx(i - 1) == ")" && tiebreak_at(i - 5)) {
    gap = 8;
  }
  return i >= gap && beside(i - gap);
}

bool Grammar::fall_of_wicket(uint32_t i) const {
  // "Fall of wickets: 1-64 2-85 3-116 4-205": the score when each wicket
  // fell, the wickets counted up by one, the runs never down. A list of
  // ranges ("ages 3-6, 7-9") counts no such way. Reads to atom i + 5.
  const uint32_t n = static_cast<uint32_t>(atoms_.size());
  const auto pair_at = [&](uint32_t k) {
    return k + 2 < n && digits_of(k, 1, 2) && atoms_[k + 1].joined && hyphen(k + 1) && atoms_[k + 2].joined &&
           digits_of(k + 2, 1, 3) && to_int(tx(k)) <= 10;
  };
  // The wicket at k, then the next at k + 3, a space or a line apart.
  const auto wickets_in_a_row = [&](uint32_t k) {
    return pair_at(k) && pair_at(k + 3) && atoms_[k + 3].space_before && to_int(tx(k + 3)) == to_int(tx(k)) + 1 &&
           to_int(tx(k + 5)) >= to_int(tx(k + 2));
  };
  // An innings that lost one wicket lists it alone: "Fall of wicket: 1-7".
  const bool labelled = i >= 2 && pair_at(i) && tx(i - 1) == ":" && atoms_[i - 2].kind == AtomKind::word &&
                        (lw(i - 2) == "wicket" || lw(i - 2) == "wickets");
  return labelled || wickets_in_a_row(i) || (i >= 3 && atoms_[i].space_before && wickets_in_a_row(i - 3));
}

bool Grammar::scored_pair(uint32_t i) const {
  // "lost 1-2 to Arsenal", "a 2-5 deficit", "a 48-52 vote", "Everton 0-2
  // Liverpool": the words around a rising pair tell a match's or a vote's
  // score, as a falling one is by itself ("won 3-1"). Reads to atom i + 3.
  static constexpr std::string_view kBefore[] = {"won",   "win",     "wins",   "lost",   "lose",    "loses",
                                                 "drew",  "draw",    "draws",  "beat",   "beaten",  "trail",
                                                 "trails", "trailed", "trailing", "led", "leading", "tied",
                                                 "voted", "halftime"};
  static constexpr std::string_view kAfter[] = {"win",    "victory",  "defeat", "loss",  "draw",      "lead",
                                                "deficit", "vote",    "votes",  "ruling", "decision", "verdict",
                                                "majority", "margin", "scoreline", "aggregate"};
  static constexpr text::WordSet kBeforeSet(kBefore);
  static constexpr text::WordSet kAfterSet(kAfter);
  // Points, goals or votes: whole numbers of up to three digits ("Black
  // 11,900-12,100" in a table of prices is a range).
  if (!digits_of(i, 1, 3) || !digits_of(i + 2, 1, 3)) return false;
  const uint32_t after = i + 3;
  const bool word_after = after < atoms_.size() && atoms_[after].kind == AtomKind::word && atoms_[after].space_before;
  if (word_after && kAfterSet.contains(lw(after))) return true;
  if (i == 0 || atoms_[i - 1].kind != AtomKind::word || !atoms_[i].space_before) return false;
  // No unit, currency or time after the pair: "lost 1-2 kg" is a range.
  constexpr uint16_t kMeasured = lx::flag::unit | lx::flag::currency | lx::flag::time_unit | lx::flag::amount;
  if (word_after && (atoms_[after].flags & kMeasured)) return false;
  if (kBeforeSet.contains(lw(i - 1))) return true;
  // Two sides' names, neither a month's ("June 1-3 London"), each side of it.
  constexpr uint16_t kCalendar = lx::flag::month | lx::flag::weekday | lx::flag::calendar;
  return word_after && capitalized(i - 1) && capitalized(after) && !sentence_start(i) && !sentence_start(after) &&
         !((atoms_[i - 1].flags | atoms_[after].flags) & kCalendar);
}

bool Grammar::spells_number_end(uint32_t last) const {
  // "Crime Stoppers at 713-222-TIPS", "1-800-FLOWERS": a number that ends
  // in the capitals of a word to remember it by (no model's letters are so
  // many).
  const uint32_t n = static_cast<uint32_t>(atoms_.size());
  if (last + 2 >= n || !digits_of(last, 3, 3) || !atoms_[last + 1].joined || !hyphen(last + 1)) return false;
  const Atom& word = atoms_[last + 2];
  const std::string_view w = tx(last + 2);
  return word.joined && word.kind == AtomKind::word && w.size() >= 4 && w.size() <= 7 &&
         std::all_of(w.begin(), w.end(), text::is_upper_ascii);
}

bool Grammar::digits_of(uint32_t k, uint32_t low, uint32_t high) const {
  const uint32_t size = atoms_[k].end - atoms_[k].start;
  return atoms_[k].kind == AtomKind::digits && size >= low && size <= high;
}

bool Grammar::bracketed_area_code(uint32_t i) const {
  return i + 4 < atoms_.size() && digits_of(i, 2, 4) && tx(i + 1) == ")" && digits_of(i + 2, 3, 4) &&
         atoms_[i + 3].joined && hyphen(i + 3) && atoms_[i + 4].joined && digits_of(i + 4, 4, 4);
}

bool Grammar::is_area_code(uint32_t i) const {
  // Three digits, the first 2-9 (North American area codes and exchanges).
  return digits_of(i, 3, 3) && text_[atoms_[i].start] >= '2';
}

uint32_t Grammar::trunk_number_last(uint32_t i) const {
  // Ten or eleven digits in all, as national numbers have (a time, "0900
  // GMT", or a code, "007", is no such run).
  const auto group = [&](uint32_t k, uint32_t low, uint32_t high) {
    const std::string_view t = tx(k);
    return digits_of(k, low, high) && std::all_of(t.begin(), t.end(), text::is_digit);  // not 06/01
  };
  if (!group(i, 3, 5)) return 0;
  const uint32_t n = static_cast<uint32_t>(atoms_.size());
  uint32_t last = i, digits = atoms_[i].end - atoms_[i].start;
  // Groups of two too, as some numbers are written: "03459 33 55 77".
  while (last + 1 < n && last < i + 3 && atoms_[last + 1].space_before && group(last + 1, 2, 6)) {
    ++last;
    digits += atoms_[last].end - atoms_[last].start;
  }
  if (last == i || digits < 10 || digits > 11 || (last + 1 < n && atoms_[last + 1].joined)) return 0;
  return last;
}

bool Grammar::spaced_area_code(uint32_t i) const {
  const uint32_t n = static_cast<uint32_t>(atoms_.size());
  return i + 3 < n && atoms_[i + 1].space_before && is_area_code(i + 1) && atoms_[i + 2].joined && hyphen(i + 2) &&
         atoms_[i + 3].joined && digits_of(i + 3, 4, 4) && !(i + 4 < n && atoms_[i + 4].joined);
}

uint16_t Grammar::symbol_flags(uint32_t i, bool fraction) const {
  // $, €, %, °: their currency/unit bits come from the table like words'.
  uint16_t f = lx::word_flags(atoms_[i].entry);
  if (fraction) f |= lx::flag::strong | lx::flag::amount;
  if (!(f & lx::flag::strong) && tx(i) != "+") f |= lx::flag::weak | lx::flag::modifier;
  // ">=" is two atoms: let the modifier reader look at two.
  if ((f & lx::flag::modifier) && lx::flag::modifier_words(f) < 2) {
    f = static_cast<uint16_t>((f & ((1u << lx::flag::modifier_words_shift) - 1)) |
                              (2u << lx::flag::modifier_words_shift));
  }
  return f;
}

void Grammar::make_final(uint32_t end) {
  // A blocked glyph is no fraction, as vulgar_fraction reads it.
  for (; next_glyph_ < glyphs_.size() && glyphs_[next_glyph_] < end; ++next_glyph_) {
    const uint32_t g = glyphs_[next_glyph_];
    if (atoms_[g].blocked) atoms_[g].flags = mark_flags(g, false);
  }
  assert(end >= final_);  // the passes never take back what they settled
  final_ = end;
}

// ------------------------------------------------------------------- rules --

bool Grammar::is_dash(uint32_t i) const {
  if (ok(i) && atoms_[i].kind == AtomKind::symbol && tx(i) == "~") return true;
  if (!ok(i) || atoms_[i].kind != AtomKind::punct) return false;
  const std::string_view t = tx(i);
  return t == "-" || t == "\xE2\x80\x93" || t == "\xE2\x80\x94" || is_hyphen_atom(i);
}

bool Grammar::sentence_start(uint32_t i) const {
  if (i == 0) return true;
  const std::string_view p = tx(i - 1);
  if (p == "." || p == "!" || p == "?" || p == ":" || p == "\n") return true;
  // A line break between the atoms, looked for in a loop: most atoms have a
  // single space or nothing between them, where a call to memchr cost more.
  for (uint32_t k = atoms_[i - 1].end; k < atoms_[i].start; ++k) {
    if (text_[k] == '\n') return true;
  }
  return false;
}

// A number alone on its line with a unit or scale is negative ("- 10 k",
// "- 20 degrees fahrenheit"), and so is a score before a name ("- 5 Paul
// Goydos through 2 holes", a golf leaderboard); three words after it,
// the first in lower case, make a line of a list.
bool Grammar::opens_list_item(uint32_t dash) const {
  constexpr uint32_t kItemWords = 3;
  constexpr uint32_t kMaxAtoms = 8;
  const uint32_t after = dash + 2;
  if (!in(after) || atoms_[after].kind != AtomKind::word || !text::is_lower_ascii(text_[atoms_[after].start])) {
    return false;
  }
  uint32_t words = 0;
  for (uint32_t k = after; k < after + kMaxAtoms && in(k) && !sentence_start(k); ++k) {
    if (atoms_[k].kind == AtomKind::word && ++words == kItemWords) return true;
  }
  return false;
}

int Grammar::join_atoms(uint32_t i, int n, char* buf, size_t cap, size_t* ends) const {
  size_t len = 0;
  for (int k = 0; k < n; ++k) {
    const uint32_t a = i + k;
    if (!ok(a) || atoms_[a].kind == AtomKind::other) return k;
    if (k > 0 && atoms_[a].space_before) {
      if (len + 1 > cap) return k;
      buf[len++] = ' ';
    }
    const std::string_view w = lw(a);
    if (len + w.size() > cap) return k;
    std::memcpy(buf + len, w.data(), w.size());
    len += w.size();
    ends[k] = len;
  }
  return n;
}

std::string_view Grammar::phrase(uint32_t i, int n, char* buf, size_t cap) const {
  assert(n > 0 && n <= kMaxJoined);
  size_t ends[kMaxJoined];
  return join_atoms(i, n, buf, cap, ends) == n ? std::string_view(buf, ends[n - 1]) : std::string_view();
}

inline bool Grammar::can_start(uint32_t i) const {
  // Letters glued to what precedes them ("m" of "1.5m") never start one.
  if (atoms_[i].joined && atoms_[i].kind == AtomKind::word) return false;
  if (has(i, lx::flag::strong)) return true;
  if (!has(i, lx::flag::weak)) return false;
  // A weak mark ("-", ".", "'", mark_flags) begins only an amount in digits
  // right after it (-5, .08): news has many marks before a number further on.
  if (atoms_[i].kind == AtomKind::punct) return is_digits(i + 1);
  if (!common_word_may_start(i)) return false;
  constexpr uint32_t kWindow = 6;  // "greater than or equal to 50"
  for (uint32_t k = i + 1; in(k) && k <= i + kWindow; ++k) {
    if (has(k, lx::flag::strong)) return true;
  }
  return false;
}

bool Grammar::common_word_may_start(uint32_t i) const {
  // What the rules that can start at each of these words read right after
  // it. After "the": a day of the month (the 5th, the second, the a dozen),
  // a calendar word (the end, the first half, the last ten days), "day"
  // (the day before) or "month" (the month before). After
  // "in": the time of day (in the morning) or "in excess of". After "at":
  // "at least", "at most". After "a" or "an": a number, fraction, duration,
  // currency or unit word, a hyphen (a-year), or the words that continue "a
  // couple of", "a total of", "an estimated", "an average of"; digits never
  // (a 6-month delay is read at the 6).
  const std::string_view w = lw(i);
  const uint32_t next = i + 1;
  if (w == "the") {
    return is_digits(next) || has(next, lx::flag::number | lx::flag::calendar) || is(next, "a") || is(next, "an") ||
           is(next, "day") || is(next, "month");
  }
  if (w == "in") return (is(next, "the") && is_day_part(next + 1)) || is(next, "excess");
  if (w == "at") return is(next, "least") || is(next, "most");
  if (w == "a" || w == "an") {
    if (!in(next)) return false;
    if (atoms_[next].kind == AtomKind::punct) return hyphen(next);
    if (atoms_[next].kind == AtomKind::digits) return false;
    return atoms_[next].flags != 0 || is(next, "couple") || is(next, "total") || is(next, "estimated") ||
           is(next, "average");
  }
  return true;
}

uint32_t Grammar::match_at(uint32_t i, std::vector<Found>& out) {
  // A modifier ("more than", "about") stays outside the span.
  int words = 0;
  const int max_words = lx::flag::modifier_words(atoms_[i].flags);
  const lx::Modifier* m = max_words > 0 ? longest(i, max_words, lx::modifier, &words) : nullptr;
  // "<>30", "=>30" are not comparisons lede reads.
  if (m && atoms_[i].kind == AtomKind::symbol && i > 0 && adjacent(i) && atoms_[i - 1].kind == AtomKind::symbol) {
    m = nullptr;
  }
  // "several hundred million suns", "a few thousand": how many of the
  // scale, which the number alone would lose; not "several 737s".
  if (m && (m->phrase == "several" || m->phrase == "a few") && !scale_word_at(i + words)) m = nullptr;
  // A modifier ends its line ("Show key events only" above a live blog's
  // "14:02 GMT"): it modifies nothing in the next sentence.
  if (m && in(i + words) && sentence_start(i + words)) m = nullptr;
  if (m) {
    const uint32_t j = i + words;
    if (ok(j) && can_start(j) && !lx::modifier(entry(j))) {
      const size_t before = out.size();
      const uint32_t end = match_core(j, out);
      if (end > j && out.size() > before) {
        // A bound after the amount ("or more") says more than "about" before it.
        // "Over" a date or time is during it: over the weekend, over July 1995.
        const NumberKind kind = out.back().number.kind;
        const bool during = m->phrase == "over" && (kind == NumberKind::date || kind == NumberKind::time);
        const bool about = m->phrase == "over" && kind == NumberKind::money && describes_noun_at(end);
        // "$100 more than last year's model": a comparison with that year's, no bound on the date.
        const bool compared = kind == NumberKind::date && m->phrase.size() > 5 &&
                              m->phrase.substr(m->phrase.size() - 5) == " than" &&
                              (is(j, "last") || is(j, "this") || is(j, "next"));
        // "growth was revised up to 2.3%": the figure moved up, to no bound.
        const bool moved = m->bound == lx::Bound::upper && m->phrase == "up to" && i > 0 && moved_up_by(i - 1);
        if (out.back().number.approx.empty() && !during && !about && !compared && !moved) {
          out.back().number.approx = m->phrase;
        }
        return bounded_range(end, m->bound, out);
      }
      out.resize(before);
    }
  }
  return match_core(i, out);
}

bool Grammar::scale_word_at(uint32_t k) const {
  const lx::NumberWord* nw = ok(k) && atoms_[k].kind == AtomKind::word ? number_word_at(k) : nullptr;
  return nw && lw(k).back() != 's' &&
         (nw->kind == lx::WordKind::hundred || nw->kind == lx::WordKind::scale || nw->kind == lx::WordKind::dozen);
}

bool Grammar::moved_up_by(uint32_t k) const {
  // A verb that moves a figure, before its "up to": "revised up to",
  // "ticked up to"; not one that pays or fines "up to" a sum.
  static constexpr std::string_view kMoved[] = {"revised", "raised", "ticked", "moved",  "marked",  "pushed",
                                                "edged",   "inched", "crept",  "bumped", "nudged",  "lifted",
                                                "went",    "shot",   "jumped", "climbed", "rounded", "stepped"};
  if (!is_word(k)) return false;
  const std::string_view w = lw(k);
  return std::find(std::begin(kMoved), std::end(kMoved), w) != std::end(kMoved);
}

bool Grammar::describes_noun_at(uint32_t k) const {
  // "jailed over £2.3m housing fraud", "a row over a $1bn deal": a sum
  // before a singular noun describes it, and "over" says what the matter
  // is about. Not "over $5m of funds", "over £2m a year", "over $1bn
  // annually", "over £40m last year".
  if (!is_word(k) || capitalized(k)) return false;
  const std::string_view w = lw(k);
  if (w.size() < 3 || w.back() == 's' || (w.size() > 3 && w.substr(w.size() - 2) == "ly")) return false;
  static constexpr std::string_view kNotNouns[] = {
      "of",   "for",  "from",  "with",  "and",  "than", "last",  "this",   "next",   "per",  "each", "ago",
      "earlier", "later", "since", "before", "after", "during", "while", "when", "which", "that", "was",
      "were", "had",  "has",   "have",  "will", "would", "could", "can",   "the",    "are",  "into", "over",
      "under", "between", "across", "through", "worth", "apiece", "more", "less", "but", "not", "now"};
  return std::find(std::begin(kNotNouns), std::end(kNotNouns), w) == std::end(kNotNouns) &&
         !has(k, lx::flag::time_unit) && !has(k, lx::flag::number);
}

uint32_t Grammar::bounded_range(uint32_t end, lx::Bound first, std::vector<Found>& out) {
  if (first != lx::Bound::lower && first != lx::Bound::upper) return end;
  Number& n = out.back().number;
  if (!(is(end, "and") || is(end, ",")) || n.high || !n.value) return end;
  int words = 0;
  const lx::Modifier* m = longest(end + 1, lx::kMaxPhraseWords, lx::modifier, &words);
  if (!m || m->bound == first || m->bound == lx::Bound::none || m->bound == lx::Bound::exact) return end;
  std::vector<Found> second;
  const uint32_t e = match_core(end + 1 + words, second);
  if (!e || second.size() != 1 || !second[0].number.value || second[0].number.kind != n.kind) return end;
  const double a = *n.value, b = *second[0].number.value;
  // "more than 40 and less than 10" are two ranges, not one.
  if ((first == lx::Bound::lower) != (a < b)) return end;
  n.value = std::min(a, b);
  n.high = std::max(a, b);
  n.approx = {};
  n.span.end = second[0].number.span.end;
  return e;
}

uint32_t Grammar::match_core(uint32_t i, std::vector<Found>& out) {
  namespace f = lx::flag;
  if (!in(i)) return 0;  // "more than 40 and less than" at the end: no second bound
  const bool digits = atoms_[i].kind == AtomKind::digits;
  if (digits || has(i, f::number | f::month | f::weekday | f::holiday | f::calendar)) {
    if (uint32_t e = match_date(i, out)) return e;
  }
  if (digits || has(i, f::number | f::calendar)) {
    if (uint32_t e = match_time(i, out)) return e;
  }
  if (digits || has(i, f::number | f::amount)) {
    if (uint32_t e = match_expression(i, out)) return e;
  }
  if (digits || has(i, f::number)) {
    if (uint32_t e = match_ordinal(i, out)) return e;
  }
  if (digits) {
    if (uint32_t e = dotted_groups(i, out)) return e;
  }
  if (has(i, f::duration)) {
    if (uint32_t e = match_word_duration(i, out)) return e;
  }
  return 0;
}

}  // namespace detail

void parse(const text::Document& doc, const std::vector<Mention>& names, const Options& options, Results& results) {
  detail::Grammar(doc, names, options).run(results);
}

}  // namespace lede::numbers
