// The tokenizer. Words keep their inner hyphens, digits and apostrophes
// (Rasht-Astara, COP29, o'clock) the way CoNLL tokenizes news, so that names
// and codes reach later stages whole; a possessive ’s is split off.
#include "text/tokenizer.hpp"

#include <algorithm>

#include "text/byte_lanes.hpp"
#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace lede::text {

namespace {

constexpr uint32_t kMaxEmailLength = 254;  // RFC 5321: bounds the look-ahead

// What a byte means after a run of ASCII letters and digits: it extends the
// run, it ends the token for sure (white space, most punctuation), or the
// token may go on: a word connector (- . / : , '), a byte of an e-mail
// address or URL (@ % + . : -), or a non-ASCII character.
enum RunByte : unsigned char { kRunEnds = 0, kRunDigit = 1, kRunLetter = 2, kRunMaybeMore = 4 };

constexpr RunByte run_byte(unsigned char b) {
  if (is_digit(b)) return kRunDigit;
  if (is_ascii_letter(b) || b == '_') return kRunLetter;
  if (b >= 0x80 || b == '-' || b == '.' || b == '/' || b == ':' || b == ',' || b == '\'' || b == '@' || b == '%' ||
      b == '+') {
    return kRunMaybeMore;
  }
  return kRunEnds;
}

struct RunBytes {
  RunByte of[256];
  constexpr RunBytes() : of() {
    for (unsigned b = 0; b < 256; ++b) of[b] = run_byte(static_cast<unsigned char>(b));
  }
};
constexpr RunBytes kRunBytes{};

struct Char {
  char32_t cp = 0;
  uint32_t length = 0;
  CharClass cls = CharClass::space;
};

class Tokenizer {
 public:
  Tokenizer(std::string_view text, uint32_t end, std::vector<Token>& out)
      : text_(text), end_(end), out_(out) {}

  void run(uint32_t pos) {
    bool space_before = true;
    while (pos < end_) {
      const Char c = at(pos);
      if (c.cls == CharClass::space || c.cls == CharClass::newline) {
        pos += c.length;
        space_before = true;
        continue;
      }
      pos = token_at(pos, c, space_before);
      // Most tokens are followed by one plain space: stepped over here, it
      // takes no class look-up. (Without a branch it ran fewer instructions
      // but slower: the next token's load then waits for this compare.)
      space_before = pos < end_ && text_[pos] == ' ';
      if (space_before) ++pos;
    }
  }

 private:
  Char at(uint32_t pos) const {
    if (pos >= end_) return {};
    const auto b = static_cast<unsigned char>(text_[pos]);
    if (b < 0x80) return {b, 1, classify(b)};
    const Decoded d = decode(text_.substr(0, end_), pos);
    return {d.code_point, d.length, classify(d.code_point)};
  }

  void emit(uint32_t start, uint32_t end, TokenKind kind, bool space_before) {
    // A run longer than a token can hold (64 MB without a break) is cut into
    // pieces, at character boundaries.
    while (end - start > Token::kMaxLength) {
      uint32_t cut = start + Token::kMaxLength;
      while (cut > start + 1 && is_continuation(static_cast<unsigned char>(text_[cut]))) --cut;
      append(start, cut, kind, space_before);
      start = cut;
      space_before = false;
    }
    append(start, end, kind, space_before);
  }

  void append(uint32_t start, uint32_t end, TokenKind kind, bool space_before) {
    const Token token(start, end, kind, space_before);
    if (out_.size() == out_.capacity()) return grow_and_append(token);
    out_.push_back(token);
  }

  // Grows the token list to the count that the density so far predicts for
  // the whole text, instead of doubling: doubling a 12-byte-per-token list
  // held up to 14x the input at once on floods of quote marks (lede-bench
  // --hostile); the estimate keeps the peak near the list's final size.
  // Out of line, so that the token being appended stays in a register on
  // the common path.
  __attribute__((noinline)) void grow_and_append(Token token) {
    const size_t n = out_.size();
    const double per_byte = double(n + 1) / std::max<uint32_t>(token.start, 1);
    size_t estimate = static_cast<size_t>(per_byte * text_.size() * 1.1) + 64;
    estimate = std::min(estimate, text_.size() + 64);  // at most one token per byte
    out_.reserve(std::max(estimate, n + n / 8 + 64));  // and never a crawl
    out_.push_back(token);
  }

  // Emits the token starting at `pos` and returns where it ends.
  uint32_t token_at(uint32_t pos, Char c, bool space_before) {
    if (c.cls == CharClass::letter || c.cls == CharClass::digit) {
      return alnum_token(pos, c.cls == CharClass::digit, space_before);
    }
    if (c.cls == CharClass::quote) {
      // An elided century ('90s, ’90s) is a word, not a quote mark.
      if (is_apostrophe(c.cp) && at(pos + c.length).cls == CharClass::digit) {
        return word(pos, {pos + c.length, false}, space_before);
      }
      if (uint32_t end = elided_and_end(pos, c)) return emit(pos, end, TokenKind::word, space_before), end;
      emit(pos, pos + c.length, TokenKind::quote, space_before);
      return pos + c.length;
    }
    if ((c.cp == '@' || c.cp == '#') && (space_before || !is_alnum_before(pos))) {
      const uint32_t end = name_end(pos + 1, c.cp == '#');
      if (end > pos + 1) {
        emit(pos, end, c.cp == '@' ? TokenKind::handle : TokenKind::hashtag, space_before);
        return end;
      }
    }
    if (c.cls == CharClass::symbol) {
      emit(pos, pos + c.length, TokenKind::symbol, space_before);
      return pos + c.length;
    }
    // Runs of dots ("...") and of hyphens ("--") are one punctuation token.
    uint32_t end = pos + c.length;
    if (c.cp == '.' || c.cp == '-') {
      while (end < end_ && static_cast<char32_t>(text_[end]) == c.cp) ++end;
    }
    emit(pos, end, TokenKind::punct, space_before);
    return end;
  }

  // A run of ASCII letters, digits and underscores: the bulk of most words.
  struct AsciiRun {
    uint32_t end;
    bool only_digits;
  };

  // Where the run of ASCII letters, digits and underscores from `pos` ends.
  // Eight bytes at a time, so that most words take one step, without a
  // branch per letter that mispredicts at the word's unforeseeable end.
  uint32_t ascii_alnum_end(uint32_t pos) const {
    for (; pos + 8 <= end_; pos += 8) {
      const uint64_t w = lanes::load(text_.data() + pos);
      const uint64_t ascii = lanes::ascii_part(w);
      const uint64_t alnum = lanes::in_range(ascii | lanes::kOnes * 0x20, 'a', 'z') |
                             lanes::in_range(ascii, '0', '9') | lanes::equal_to(ascii, '_');
      const uint64_t stop = (~alnum | lanes::non_ascii(w)) & lanes::kHighBits;
      if (stop != 0) return pos + lanes::first(stop);
    }
    while (pos < end_ && (kRunBytes.of[static_cast<unsigned char>(text_[pos])] & (kRunDigit | kRunLetter))) ++pos;
    return pos;
  }

  // A token that starts with a letter or digit. Most are a plain ASCII run
  // and are emitted at once; the rest go the long way. Only a run that
  // starts with a digit can be a number, so only such a run is read again
  // for letters (numbers are short and few), and a word's run needs no
  // tracking of what it holds.
  uint32_t alnum_token(uint32_t pos, bool starts_with_digit, bool space_before) {
    const uint32_t end = ascii_alnum_end(pos);
    const AsciiRun run = {end, starts_with_digit && only_digits(pos, end)};
    // The byte after the run, tested first for a full stop, which few runs
    // meet (the run's length first was a branch taken at random: a quarter
    // of words have one or two letters). The end of the range reads as a
    // NUL, which ends a word.
    const auto stop = end < end_ ? static_cast<unsigned char>(text_[end]) : 0;
    if (stop == '.' && end <= pos + 2 && keeps_dot(pos, end)) {
      emit(pos, end + 1, TokenKind::word, space_before);
      return end + 1;
    }
    if (is_whole_word(run, stop)) {
      emit(pos, end, run.only_digits ? TokenKind::number : TokenKind::word, space_before);
      return end;
    }
    return longer_alnum_token(pos, run, space_before);
  }

  bool only_digits(uint32_t pos, uint32_t end) const {
    for (; pos < end; ++pos) {
      if (!is_digit(static_cast<unsigned char>(text_[pos]))) return false;
    }
    return true;
  }

  // Whether an ASCII run that starts a token is the whole token: what follows
  // cannot continue it (white space, most punctuation), nor make it part of a
  // URL, an e-mail address or initials. That includes the usual ends of
  // clauses and sentences: a comma after a letter (only digits take a
  // thousands separator) and a full stop before white space (every longer
  // form needs a letter or digit after the dot).
  // `stop` is the byte after the run, or NUL at the end of the range.
  bool is_whole_word(AsciiRun run, unsigned char stop) const {
    if (kRunBytes.of[stop] == kRunEnds) return true;
    if (stop == ',') return !is_digit(static_cast<unsigned char>(text_[run.end - 1]));  // the run is not empty
    if (stop == '.') return run.end + 1 == end_ || is_ascii_space(static_cast<unsigned char>(text_[run.end + 1]));
    return false;
  }

  // A capital letter and a full stop before a capitalized word: an initial,
  // one token with its dot ("George W. Bush", "(P. Simmons", "not out, M.
  // Butcher"), as the training text has it. Split, the dot read as a
  // sentence's end inside the name. Right after a lower-case word it ends a
  // sentence ("a grade of A. Then").
  bool is_middle_initial(uint32_t pos) const {
    if (!(pos + 3 < end_ && is_upper_ascii(static_cast<unsigned char>(text_[pos])) && text_[pos + 1] == '.' &&
          text_[pos + 2] == ' ' && is_upper_ascii(static_cast<unsigned char>(text_[pos + 3])))) {
      return false;
    }
    if (pos == 0 || text_[pos - 1] != ' ') return true;
    uint32_t last = pos - 1;  // the word before: its last byte, then its first
    while (last > 0 && text_[last - 1] == ' ') --last;
    if (last == 0 || !is_ascii_letter(static_cast<unsigned char>(text_[last - 1]))) return true;
    uint32_t start = last - 1;
    while (start > 0 && text_[start - 1] != ' ' && text_[start - 1] != '\n') --start;
    return !is_lower_ascii(static_cast<unsigned char>(text_[start]));
  }

  // Whether a word of one or two letters before a full stop takes the stop
  // into its token: a middle initial, or "St." before a capitalized word, as
  // in the training text (split, the tagger reads "St. Petersburg" as two
  // names). Out of line: few short words come before a full stop.
  __attribute__((noinline)) bool keeps_dot(uint32_t pos, uint32_t dot) const {
    if (dot == pos + 1) return is_middle_initial(pos);
    return dot + 2 < end_ && text_[pos] == 'S' && (text_[pos + 1] == 't' || text_[pos + 1] == 'T') &&
           text_[dot + 1] == ' ' && is_upper_ascii(static_cast<unsigned char>(text_[dot + 2]));
  }

  static bool is_ascii_space(unsigned char b) {
    if (b >= 0x80) return false;
    const CharClass cls = kAsciiClasses.of[b];
    return cls == CharClass::space || cls == CharClass::newline;
  }

  // A URL, an e-mail address, dotted initials or a word with connectors or
  // non-ASCII letters. Each of the first three needs a particular byte right
  // after the first run (https: www. a@ a.b. U.S.), so that a hyphenated
  // word, say, tries only what it can be. Out of line: a few tokens in a
  // hundred come here, and the plain words' path keeps its registers.
  __attribute__((noinline)) uint32_t longer_alnum_token(uint32_t pos, AsciiRun run, bool space_before) {
    const auto stop = run.end < end_ ? static_cast<unsigned char>(text_[run.end]) : 0;
    if (stop == ':' || stop == '.') {
      if (uint32_t end = url_end(pos)) return emit(pos, end, TokenKind::url, space_before), end;
    }
    if (stop == '@' || stop == '.' || stop == '%' || stop == '+' || stop == '-') {
      if (uint32_t end = email_end(pos, run.end)) return emit(pos, end, TokenKind::email, space_before), end;
    }
    if (stop == '.' && run.end == pos + 1) {
      if (uint32_t end = initials_end(pos)) return emit(pos, end, TokenKind::word, space_before), end;
    }
    return word(pos, run, space_before);
  }

  // rock ’n’ roll: ’n’ is a word whose apostrophes are not quote marks.
  uint32_t elided_and_end(uint32_t pos, Char c) const {
    if (!is_apostrophe(c.cp)) return 0;
    const uint32_t n = pos + c.length;
    if (n >= end_ || text_[n] != 'n') return 0;
    const Char close = at(n + 1);
    if (!is_apostrophe(close.cp)) return 0;
    const Char after = at(n + 1 + close.length);
    return after.cls == CharClass::letter || after.cls == CharClass::digit ? 0 : n + 1 + close.length;
  }

  bool is_alnum_before(uint32_t pos) const {
    if (pos == 0) return false;
    const auto b = static_cast<unsigned char>(text_[pos - 1]);
    return b < 0x80 && (is_ascii_letter(b) || is_digit(b));
  }

  // @handle and #hashtag bodies: letters, digits and underscores (a hashtag
  // must start with a letter so that "#1" stays a number).
  uint32_t name_end(uint32_t pos, bool letter_first) const {
    uint32_t end = pos;
    while (end < end_) {
      const Char c = at(end);
      const bool ok = c.cls == CharClass::letter || (c.cls == CharClass::digit && !(letter_first && end == pos));
      if (!ok) break;
      end += c.length;
    }
    return end;
  }

  bool starts_with_ci(uint32_t pos, std::string_view prefix) const {
    if (end_ - pos < prefix.size()) return false;
    for (size_t i = 0; i < prefix.size(); ++i) {
      if (lower_ascii(text_[pos + i]) != prefix[i]) return false;
    }
    return true;
  }

  // https://..., http://..., ftp://..., www.x...: up to white space or an
  // enclosing quote/bracket; trailing sentence punctuation is not part of it.
  uint32_t url_end(uint32_t pos) const {
    if (!(starts_with_ci(pos, "https://") || starts_with_ci(pos, "http://") || starts_with_ci(pos, "ftp://") ||
          starts_with_ci(pos, "www."))) {
      return 0;
    }
    uint32_t end = pos;
    int open_parens = 0;
    while (end < end_) {
      const Char c = at(end);
      if (c.cls == CharClass::space || c.cls == CharClass::newline || c.cls == CharClass::quote || c.cp == '<' ||
          c.cp == '>') {
        break;
      }
      if (c.cp == '(') ++open_parens;
      if (c.cp == ')') --open_parens;
      end += c.length;
    }
    while (end > pos) {
      const char last = text_[end - 1];
      const bool trailing = last == '.' || last == ',' || last == ';' || last == ':' || last == '!' ||
                            last == '?' || (last == ')' && open_parens < 0);
      if (!trailing) break;
      if (last == ')') ++open_parens;
      --end;
    }
    return end > pos + 4 ? end : 0;
  }

  // local@domain.tld with ASCII parts; the look-ahead is bounded so that a
  // megabyte without spaces is not rescanned at every token. The local part
  // is read on from `run_end`, the end of the ASCII letters and digits that
  // open it: most runs that come here end a sentence ("said.") or are
  // joined by a hyphen, and are read no second time.
  uint32_t email_end(uint32_t pos, uint32_t run_end) const {
    const uint32_t limit = std::min<uint32_t>(end_, pos + kMaxEmailLength);
    auto local = [](char c) {
      return is_ascii_letter(static_cast<unsigned char>(c)) || is_digit(static_cast<unsigned char>(c)) || c == '.' ||
             c == '_' || c == '%' || c == '+' || c == '-';
    };
    uint32_t at_sign = std::min(run_end, limit);
    while (at_sign < limit && local(text_[at_sign])) ++at_sign;
    if (at_sign == pos || at_sign >= limit || text_[at_sign] != '@') return 0;
    uint32_t end = at_sign + 1;
    while (end < limit) {
      const auto c = static_cast<unsigned char>(text_[end]);
      if (!(is_ascii_letter(c) || is_digit(c) || c == '-' || c == '.')) break;
      ++end;
    }
    // A sentence's full stop after the address is not the address's.
    while (end > at_sign + 1 && text_[end - 1] == '.') --end;
    // The domain's last label (its first byte), looked for only after that
    // stop is left out: "news.org." has "org" as its last.
    uint32_t tld = end;
    while (tld > at_sign + 1 && text_[tld - 1] != '.') --tld;
    if (tld <= at_sign + 2) return 0;  // needs domain.tld
    for (uint32_t i = tld; i < end; ++i) {
      if (!is_ascii_letter(static_cast<unsigned char>(text_[i]))) return 0;
    }
    return end - tld >= 2 ? end : 0;
  }

  // Dotted initials keep their dots: U.S., U.K., e.g., i.e., U.S.A.
  uint32_t initials_end(uint32_t pos) const {
    uint32_t end = pos;
    int letters = 0;
    while (end + 1 < end_ && is_ascii_letter(static_cast<unsigned char>(text_[end])) && text_[end + 1] == '.') {
      // The letter must stand alone: "Dr." is a word and a full stop.
      if (end + 2 < end_ && is_ascii_letter(static_cast<unsigned char>(text_[end + 2])) &&
          !(end + 3 < end_ && text_[end + 3] == '.')) {
        if (letters >= 1) break;
        return 0;
      }
      end += 2;
      ++letters;
    }
    return letters >= 2 ? end : 0;
  }

  // A word or number: letters and digits with inner connectors, from `pos`
  // on, of which [pos, start.end) is already read. Emits the token (and a
  // split-off possessive) and returns where it ends.
  uint32_t word(uint32_t pos, AsciiRun start, bool space_before) {
    uint32_t end = start.end;
    bool only_digits = start.only_digits;  // digits and inner , . / : between digits
    bool domain = false;
    for (;;) {
      // A run of letters and digits; ASCII without decoding, the common case.
      while (end < end_) {
        const auto b = static_cast<unsigned char>(text_[end]);
        if (b < 0x80) {
          if (is_digit(b)) {
            ++end;
            continue;
          }
          if (!is_ascii_letter(b) && b != '_') break;
          only_digits = false;
          ++end;
          continue;
        }
        const Char c = at(end);
        if (c.cls == CharClass::letter) {
          only_digits = false;
        } else if (c.cls != CharClass::digit) {
          break;
        }
        end += c.length;
      }
      if (end >= end_ || end == pos) break;
      const Char c = at(end);
      if (!is_connector(c.cp)) break;
      const Char next = at(end + c.length);
      // Each join below needs a letter or digit after the connector.
      if (next.cls != CharClass::letter && next.cls != CharClass::digit) break;
      const Char prev = at(previous_start(end));
      if (is_hyphen(c.cp)) {
        only_digits = false;
      } else if ((c.cp == '.' || c.cp == '/' || c.cp == ':') && prev.cls == CharClass::digit &&
                 next.cls == CharClass::digit) {
        // decimals, fractions, times: 2.7, 3/4, 14:06
      } else if (c.cp == ',' && prev.cls == CharClass::digit && thousands_group_at(end + 1)) {
        // 1,200,000
      } else if (is_apostrophe(c.cp) && prev.cls == CharClass::letter && next.cls == CharClass::letter) {
        if (is_possessive(end + c.length)) break;
        only_digits = false;  // o'clock, O'Brien, don't
      } else if (c.cp == '.' && prev.cls == CharClass::letter && top_level_domain_at(end + 1)) {
        domain = true;  // Amazon.com, bbc.co.uk
      } else {
        break;
      }
      end += c.length;
    }
    const TokenKind kind = domain ? TokenKind::url : only_digits ? TokenKind::number : TokenKind::word;
    emit(pos, end, kind, space_before);
    if (end < end_ && is_apostrophe(at(end).cp) && is_possessive(end + at(end).length)) {
      const uint32_t s_end = end + at(end).length + 1;
      emit(end, s_end, TokenKind::word, false);
      return s_end;
    }
    return end;
  }

  // The characters that can join two runs of a word (see word()).
  static bool is_connector(char32_t c) {
    return is_hyphen(c) || is_apostrophe(c) || c == '.' || c == '/' || c == ':' || c == ',';
  }

  // Start of the code point before `pos` (pos > 0, within a decoded run).
  uint32_t previous_start(uint32_t pos) const {
    uint32_t p = pos - 1;
    while (p > 0 && pos - p < 4 && is_continuation(static_cast<unsigned char>(text_[p]))) --p;
    return p;
  }

  // "s" that ends the word: the possessive ’s (Iran’s), not ’st or ’sound.
  bool is_possessive(uint32_t pos) const {
    if (pos >= end_ || (text_[pos] != 's' && text_[pos] != 'S')) return false;
    const Char after = at(pos + 1);
    return after.cls != CharClass::letter && after.cls != CharClass::digit;
  }

  bool thousands_group_at(uint32_t pos) const {
    if (pos + 3 > end_) return false;
    for (uint32_t i = pos; i < pos + 3; ++i) {
      if (!is_digit(static_cast<unsigned char>(text_[i]))) return false;
    }
    return pos + 3 == end_ || !is_digit(static_cast<unsigned char>(text_[pos + 3]));
  }

  // A common domain label after a dot ("Amazon.com", "bbc.co.uk"); a fixed
  // list, since "said.the" in a careless paste is not a web address.
  bool top_level_domain_at(uint32_t pos) const {
    static constexpr std::string_view kDomains[] = {"com", "org", "net", "gov", "edu", "int", "info", "news",
                                                    "io",  "co",  "uk",  "ir",  "ru",  "de",  "fr",   "eu",
                                                    "us",  "ca",  "au",  "in",  "cn",  "jp",  "ua",   "il"};
    uint32_t end = pos;
    while (end < end_ && end - pos <= 4 && is_lower_ascii(static_cast<unsigned char>(text_[end]))) ++end;
    const Char after = at(end);
    if (after.cls == CharClass::letter || after.cls == CharClass::digit) return false;
    const std::string_view label = text_.substr(pos, end - pos);
    for (std::string_view d : kDomains) {
      if (label == d) return true;
    }
    return false;
  }

  std::string_view text_;
  uint32_t end_;
  std::vector<Token>& out_;
};

}  // namespace

void tokenize(std::string_view text, uint32_t begin, uint32_t end, std::vector<Token>& out) {
  Tokenizer(text, end, out).run(begin);
}

}  // namespace lede::text
