// From tags to mentions and entities. Mentions are cleaned the way a reader
// would mark them (no title, no possessive, no capitalized common word that
// only starts a sentence); then their surface forms are joined when they name
// one referent: an acronym defined in the text or well known, a spelling
// variant, a surname of a full name. Each group becomes one entity named by
// its fullest form. Work is linear in the mentions, apart from variant
// comparisons, which are bounded per form. The text's other tokens are read
// only when a rule must know whether a word is also written capitalized
// mid-sentence, which few texts need. Texts and tables live in a few buffers
// per document, not in a string or node per mention.
#include "entities/grouping.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <numeric>
#include <optional>
#include <string>
#include <tuple>
#include <unordered_set>

#include "entities/hashing.hpp"
#include "entities/lexicon.hpp"
#include "entities/words.hpp"
#include "quotes/lexicon.hpp"
#include "text/byte_lanes.hpp"
#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace lede::entities {

namespace {

struct TokenSpan {
  uint32_t first, end;  // tokens [first, end)
  EntityType type;
};

using lexicon::same_ignoring_case;

bool less_ignoring_case(std::string_view a, std::string_view b) {
  return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(),
                                      [](char x, char y) { return text::lower_ascii(x) < text::lower_ascii(y); });
}

// Words in any ASCII case, one entry each, with a value: added, sealed
// (sorted by hash, one entry per word), then found.
template <typename Value>
class CaselessWords {
 public:
  void reserve(size_t n) { entries_.reserve(n); }
  void add(std::string_view word) { entries_.push_back({caseless_hash(word), word, Value{}}); }
  void seal() {
    std::sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) {
      return a.hash != b.hash ? a.hash < b.hash : less_ignoring_case(a.word, b.word);
    });
    entries_.erase(std::unique(entries_.begin(), entries_.end(),
                               [](const Entry& a, const Entry& b) {
                                 return a.hash == b.hash && same_ignoring_case(a.word, b.word);
                               }),
                   entries_.end());
  }
  bool empty() const { return entries_.empty(); }
  // The value of `word`'s entry (after seal()), or nullptr.
  Value* find(std::string_view word) {
    const size_t k = index_of(word);
    return k < entries_.size() ? &entries_[k].value : nullptr;
  }
  const Value* find(std::string_view word) const {
    const size_t k = index_of(word);
    return k < entries_.size() ? &entries_[k].value : nullptr;
  }

 private:
  struct Entry {
    uint64_t hash;
    std::string_view word;
    Value value;
  };
  // The index of `word`'s entry, or past the end.
  size_t index_of(std::string_view word) const {
    const uint64_t h = caseless_hash(word);
    auto it = std::lower_bound(entries_.begin(), entries_.end(), h,
                               [](const Entry& e, uint64_t v) { return e.hash < v; });
    while (it != entries_.end() && it->hash == h && !same_ignoring_case(it->word, word)) ++it;
    return it != entries_.end() && it->hash == h ? it - entries_.begin() : entries_.size();
  }
  std::vector<Entry> entries_;
};

using lexicon::is_possessive;

// Whether a word that starts with the byte `first` may be capitalized: not
// if it starts with a lower-case letter (as words.cpp counts them, the
// non-ASCII lead bytes included but those of the two-byte letters, which
// may be capitals: Émile, Łukasz).
constexpr bool may_start_capitalized(unsigned char first) {
  return !((first >= 'a' && first <= 'z') || (first >= 0xc0 && !(first >= 0xc2 && first <= 0xd3)));
}


// word_case(word) == kCapitalized, with the common answer first.
bool is_capitalized(std::string_view word) {
  if (!may_start_capitalized(word.empty() ? 0 : static_cast<unsigned char>(word[0]))) return false;
  return word_case(word) == kCapitalized;
}

// word_case(word) != kLower, with the common answer first: the words of a
// name mostly start with a capital.
bool is_not_lower_case(std::string_view word) {
  return (!word.empty() && text::is_upper_ascii(static_cast<unsigned char>(word[0]))) || word_case(word) != kLower;
}

// Per-document facts the cleaning rules need, per token.
enum TokenFact : uint8_t {
  kInitial = 1,               // first word of its sentence, or after an opening quote
  kStartsLikeCommonWord = 2,  // initial, capitalized, and a function word or a word of the gazetteer's kCommonWord
  kCapitalizedInside = 4,     // its word is also written capitalized mid-sentence
  kKindsKnown = 8,            // the lexicon's WordKind bits are in the bits above
  kKindsShift = 4,
};

struct Context {
  const text::Document& doc;
  const Gazetteer& gazetteer;
  mutable std::vector<uint8_t> facts;  // per token; mutable for the look-ups that kinds() keeps
  // The tokens that may be capitalized words, in order, initial ones too:
  // found by mark_capitalized_inside() at its first call, which the second
  // reuses.
  std::unique_ptr<uint32_t[]> capital_candidates;  // not zeroed: room for every token
  uint32_t capital_candidate_count = 0;
  bool capital_candidates_known = false;
  // Title words that end a person's full name here ("Billie Jean King",
  // "John Major"): alone, they name that person.
  std::vector<std::string_view> title_surnames{};
  uint32_t furniture = UINT32_MAX;  // the first token of the page's furniture that ends the text

  bool initial(uint32_t i) const { return facts[i] & kInitial; }
  // The lexicon's WordKind bits for token i, looked up at the first call:
  // the rules ask about the edge words of a span several times.
  uint8_t kinds(uint32_t i) const {
    if (!(facts[i] & kKindsKnown)) facts[i] |= kKindsKnown | lexicon::kinds_in_any_case(doc.token_text(i)) << kKindsShift;
    return facts[i] >> kKindsShift;
  }
  // Known for the tokens that make_context() says.
  bool common_word(uint32_t i) const { return facts[i] & kStartsLikeCommonWord; }
  // Known for the tokens given to mark_capitalized_inside() only: finding
  // it takes a pass over the text, which the rules need for few words.
  bool capitalized_inside(uint32_t i) const { return facts[i] & kCapitalizedInside; }
};

// "NAIROBI, Kenya, Nov 27 – The National Treasury plans ...": a story's
// first sentence begins after its dateline's dash, in one of the first
// paragraphs, within a dateline's length of the paragraph's start, and its
// "The" opens no name. Only "The": a sports desk's "RUGBY UNION - All Blacks
// relive triumph" and a results line's "- Jansher Khan" keep their words.
void mark_words_after_datelines(Context& c) {
  const text::Document& doc = c.doc;
  for (size_t p = 0; p < std::min(doc.paragraphs.size(), text::kDatelineParagraphs); ++p) {
    const text::Paragraph& paragraph = doc.paragraphs[p];
    const uint32_t end = std::min(paragraph.end_token, paragraph.first_token + text::kMaxDatelineTokens + 1);
    for (uint32_t i = paragraph.first_token + 2; i < end; ++i) {
      if (text::token_is(doc, i, "The") && text::opens_after_dateline(doc, i)) {
        c.facts[i] |= kInitial;
        break;
      }
    }
  }
}

void mark_initial_tokens(Context& c) {
  const auto& tokens = c.doc.tokens;
  for (const auto& s : c.doc.sentences) {
    if (s.first_token >= s.end_token) continue;
    const uint32_t i = s.first_token;
    c.facts[i] |= kInitial;
    if (i + 1 < tokens.size() && tokens[i + 1].kind == text::TokenKind::word &&
        (tokens[i].kind == text::TokenKind::quote || tokens[i].kind == text::TokenKind::punct)) {
      c.facts[i + 1] |= kInitial;  // “Meanwhile, ...
    }
  }
  mark_words_after_datelines(c);
}

// A set of words, in any case, that answers "maybe" or "no" from the
// length and the first and last letters of a word: a bit per word in a table
// of at least 32 bits per word, so that few other words get a "maybe".
class Sieve {
 public:
  explicit Sieve(size_t words) {
    while (bits_ < 32 * words) bits_ *= 2, ++bits_log2_;
    table_.assign(bits_ / 64, 0);
  }
  void add(std::string_view word) {
    const size_t i = slot(word);
    table_[i / 64] |= uint64_t{1} << (i % 64);
  }
  bool may_hold(std::string_view word) const {
    const size_t i = slot(word);
    return table_[i / 64] >> (i % 64) & 1;
  }

 private:
  size_t slot(std::string_view word) const {
    if (word.empty()) return 0;
    // A byte with its 0x20 bit set: the same for both cases of a letter,
    // which is all a filter needs, for fewer instructions than lowering it.
    const auto letter = [](char c) { return static_cast<uint64_t>(static_cast<unsigned char>(c) | 0x20); };
    const uint64_t key = word.size() << 16 | letter(word.front()) << 8 | letter(word.back());
    return static_cast<size_t>((key * 0x9e3779b97f4a7c15ULL) >> (64 - bits_log2_));
  }

  size_t bits_ = 256;
  int bits_log2_ = 8;
  std::vector<uint64_t> table_;
};

// The kinds of token that may hold a letter: the others (numbers, and
// punctuation, quote marks and symbols, one character or a run of dots or
// hyphens) are never capitalized words.
constexpr uint32_t kKindsWithLetters = 1u << static_cast<int>(text::TokenKind::word) |
                                       1u << static_cast<int>(text::TokenKind::url) |
                                       1u << static_cast<int>(text::TokenKind::email) |
                                       1u << static_cast<int>(text::TokenKind::handle) |
                                       1u << static_cast<int>(text::TokenKind::hashtag);
constexpr size_t kTokenKinds = static_cast<size_t>(text::TokenKind::hashtag) + 1;

// may_start_capitalized() of a token's first byte where its kind may hold a
// letter, false where it may not: one look-up a token, for the scan that asks
// it of every token (a bit of kKindsWithLetters and a table of the bytes were
// 19 instructions a token, this 15).
struct CapitalStarts {
  bool of[kTokenKinds][256];  // [kind][first byte]
  constexpr CapitalStarts() : of() {
    for (size_t kind = 0; kind < kTokenKinds; ++kind) {
      for (unsigned b = 0; b < 256; ++b) of[kind][b] = (kKindsWithLetters >> kind & 1) && may_start_capitalized(b);
    }
  }
};
constexpr CapitalStarts kCapitalStarts{};

// Fills c.capital_candidates: the tokens that is_capitalized() may hold
// for, judged by their kind and first byte. Most tokens are lower-case
// words or punctuation, so the scans that follow look at a few tokens in
// ten, and tell the initial ones among them (fewer instructions than asking
// it of every token here). Without a branch per token: which tokens pass is
// unpredictable.
void find_capital_candidates(Context& c) {
  const std::string_view text = c.doc.text;
  const text::Token* tokens = c.doc.tokens.data();
  const auto n = static_cast<uint32_t>(c.doc.tokens.size());
  c.capital_candidates.reset(new uint32_t[n]);
  uint32_t* out = c.capital_candidates.get();
  uint32_t count = 0;
  for (uint32_t i = 0; i < n; ++i) {
    const text::Token& t = tokens[i];  // never empty: it has a first byte
    out[count] = i;
    count += kCapitalStarts.of[static_cast<size_t>(t.kind)][static_cast<unsigned char>(text[t.start])];
  }
  c.capital_candidate_count = count;
  c.capital_candidates_known = true;
}

// Marks kCapitalizedInside on the tokens `asked` whose word, in any case,
// the text also writes capitalized at a token that is not initial. Only
// the capital candidates are looked at, and only those that the sieve lets
// through are looked at closely.
void mark_capitalized_inside(Context& c, const std::vector<uint32_t>& asked) {
  if (asked.empty()) return;
  if (!c.capital_candidates_known) find_capital_candidates(c);
  // One entry per distinct word, so that each token found marks one entry:
  // whether it is capitalized inside a sentence.
  CaselessWords<bool> words;
  words.reserve(asked.size());
  Sieve sieve(asked.size());
  for (const uint32_t i : asked) {
    const std::string_view w = c.doc.token_text(i);
    words.add(w);
    sieve.add(w);
  }
  words.seal();
  for (uint32_t k = 0; k < c.capital_candidate_count; ++k) {
    const uint32_t i = c.capital_candidates[k];
    const std::string_view w = c.doc.token_text(i);
    if (c.initial(i) || !sieve.may_hold(w) || !is_capitalized(w)) continue;
    if (bool* inside = words.find(w)) *inside = true;
  }
  for (const uint32_t i : asked) {
    if (*words.find(c.doc.token_text(i))) c.facts[i] |= kCapitalizedInside;
  }
}

bool is_title_word(const Context& c, uint32_t i) { return c.kinds(i) & lexicon::kTitleWord; }

// Whether token i, the last of its span, is a title word that ends a
// person's full name in the text.
bool is_title_surname(const Context& c, uint32_t i, uint32_t end) {
  if (i + 1 != end || c.title_surnames.empty()) return false;
  const std::string_view w = c.doc.token_text(i);
  return std::any_of(c.title_surnames.begin(), c.title_surnames.end(),
                     [&](std::string_view name) { return same_ignoring_case(name, w); });
}

// Asked of every word at a span's edges, in clean() and make_context():
// since group() grew, the compiler calls it rather than inlining it (c06
// 2.5 M instructions).
[[gnu::always_inline]] inline bool is_edge_word(const Context& c, uint32_t i) {
  // The look-ups first: most words of a name are words, and not function words.
  const bool edge = c.doc.tokens[i].kind != text::TokenKind::word || (c.kinds(i) & lexicon::kFunctionWord);
  if (!edge) return false;
  const std::string_view w = c.doc.token_text(i);
  // "Crypto.com Arena", "Amazon.com said": a company named by its web
  // address, capitalized as a name is.
  if (c.doc.tokens[i].kind == text::TokenKind::url && text::is_upper_ascii(static_cast<unsigned char>(w[0]))) {
    return false;
  }
  return !(w.size() > 1 && word_case(w) == kAllCaps);  // US, IT, WHO
}

// "Olive oil prices": a first name that is also a noun, which opens no
// person's longer name in the text ("Rose" after "Rose Ayling-Ellis").
bool is_noun_first_name_alone(const text::Document& doc, const std::vector<TokenSpan>& spans, std::string_view w) {
  return lexicon::is_noun_first_name(w) && std::none_of(spans.begin(), spans.end(), [&](const TokenSpan& s) {
           return s.end - s.first >= 2 && doc.token_text(s.first) == w;
         });
}

// Which of a few capitalized words ("Eggs", "Welcome") a text also writes
// in lower case, maybe in the singular ("egg", "welcome"): one pass over
// the tokens, which hashes only those of a wanted word's first letter and
// length, so that a transcript of thousands of labels stays linear.
class LowerCaseWords {
 public:
  LowerCaseWords(const text::Document& doc, const std::vector<std::string_view>& capitalized) {
    for (const std::string_view w : capitalized) {
      want(w);
      if (is_plural(w)) want(w.substr(0, w.size() - 1));
    }
    // The text and its tokens read through pointers of their own: the
    // inserts below may change anything, and the vectors' were loaded again
    // at every token.
    const char* const bytes = doc.text.data();
    for (const text::Token* t = doc.tokens.data(), *end = t + doc.tokens.size(); t != end; ++t) {
      const std::string_view w(bytes + t->start, t->length);
      if (t->kind != text::TokenKind::word || !may_be_wanted(w)) continue;
      std::string word(w);
      if (wanted_.count(word) > 0) found_.insert(std::move(word));
    }
  }

  // "Eggs" is a plural where only "egg prices" is written.
  static bool is_plural(std::string_view w) { return w.size() > 3 && w.back() == 's'; }

  // Whether `word`, capitalized, is written in lower case in the text: "egg" for "Egg".
  bool has(std::string_view word) const { return found_.count(lowered(word)) > 0; }

 private:
  static constexpr size_t kLengths = 32;  // longer words share the last row

  static std::string lowered(std::string_view word) {
    std::string lower(word);
    lower[0] = text::lower_ascii(lower[0]);
    return lower;
  }

  static size_t row(std::string_view w) { return std::min(w.size(), kLengths - 1); }

  bool may_be_wanted(std::string_view w) const {
    const auto first = static_cast<unsigned char>(w[0]);
    return text::is_lower_ascii(first) && (shapes_[row(w)] >> (first - 'a') & 1);
  }

  void want(std::string_view capitalized) {
    const std::string lower = lowered(capitalized);
    const auto first = static_cast<unsigned char>(lower[0]);
    if (!text::is_lower_ascii(first)) return;
    shapes_[row(lower)] |= uint32_t{1} << (first - 'a');
    wanted_.insert(lower);
  }

  std::array<uint32_t, kLengths> shapes_{};  // per length, a bit per first letter wanted
  std::unordered_set<std::string> wanted_;
  std::unordered_set<std::string> found_;
};

// "[00:00:46] Marcus Hale: Eggs are what economists call inelastic": the
// word after a transcript's speaker label (a person's name that opens its
// paragraph, or follows a time stamp, before a colon) opens what the
// speaker says, inside the label's sentence as the segmenter cuts it.
// Marked initial; a capitalized word there that the text writes in lower
// case elsewhere, or whose singular it does, and never capitalized
// mid-sentence, is only capitalized there, as a common word of the training
// text is ("Welcome"): marked so, and returned for mark_capitalized_inside().
std::vector<uint32_t> mark_words_after_speaker_labels(Context& c, const std::vector<TokenSpan>& spans) {
  const text::Document& doc = c.doc;
  const auto opens_paragraph = [&](uint32_t i) {
    const auto it = std::lower_bound(doc.paragraphs.begin(), doc.paragraphs.end(), i,
                                     [](const text::Paragraph& p, uint32_t token) { return p.first_token < token; });
    return it != doc.paragraphs.end() && it->first_token == i;
  };
  std::vector<uint32_t> asked;  // capitalized words there that the training text does not write in lower case
  for (const TokenSpan& s : spans) {
    const uint32_t word = s.end + 1;
    if (s.type != EntityType::PER || word >= doc.tokens.size() || doc.token_text(s.end) != ":" ||
        doc.tokens[word].kind != text::TokenKind::word) {
      continue;
    }
    if (!(s.first > 0 && doc.token_text(s.first - 1) == "]") && !opens_paragraph(s.first)) continue;
    c.facts[word] |= kInitial;
    const std::string_view w = doc.token_text(word);
    if (is_capitalized(w) && !c.gazetteer.contains(kCommonWord, w)) asked.push_back(word);
  }
  if (asked.empty()) return {};
  std::vector<std::string_view> words;
  for (const uint32_t word : asked) words.push_back(doc.token_text(word));
  const LowerCaseWords lower_case(doc, words);
  std::vector<uint32_t> common;
  for (const uint32_t word : asked) {
    const std::string_view w = doc.token_text(word);
    if (lower_case.has(w) || (LowerCaseWords::is_plural(w) && lower_case.has(w.substr(0, w.size() - 1)))) {
      c.facts[word] |= kStartsLikeCommonWord;
      common.push_back(word);
    }
  }
  return common;
}

// A member's title: "MP", "MEPs".
bool is_members_title_word(std::string_view w) {
  if (w.size() < 2 || w.size() > 4 || w[0] != 'M') return false;
  static constexpr std::string_view kTitles[] = {"MP", "MPs", "MEP", "MEPs", "MSP", "MSPs", "MLA", "MLAs"};
  static constexpr text::WordSet kTitleSet(kTitles);
  return kTitleSet.contains(w);
}

// `spans` are the spans from the tags, before cleaning. The facts that
// is_sentence_initial_common_word() needs are found for the tokens it is
// asked about: capitalized initial tokens of spans, other than edge words
// (and titles, in a person's name), which clean() trims without asking.
Context make_context(const text::Document& doc, const Gazetteer& gazetteer, const std::vector<TokenSpan>& spans,
                     const std::vector<uint32_t>& more_starts) {
  Context c{doc, gazetteer, std::vector<uint8_t>(doc.tokens.size(), 0), {}};
  mark_initial_tokens(c);
  for (const uint32_t i : more_starts) c.facts[i] |= kInitial;
  std::vector<uint32_t> asked = mark_words_after_speaker_labels(c, spans);
  for (const TokenSpan& s : spans) {
    // A party before its members' title is its name, though the training
    // text writes "labour" in lower case: "Labour MPs voted".
    if (s.end < doc.tokens.size() && is_members_title_word(doc.token_text(s.end))) continue;
    for (uint32_t i = s.first; i < s.end; ++i) {
      const std::string_view w = doc.token_text(i);
      if (!c.initial(i) || !is_capitalized(w) || is_edge_word(c, i)) continue;
      if (s.type == EntityType::PER && is_title_word(c, i)) continue;
      const bool function_word = c.kinds(i) & lexicon::kFunctionWord;
      // contains() ignores case; the training text writes no "olive" in lower case.
      if (!function_word && !gazetteer.contains(kCommonWord, w) && !is_noun_first_name_alone(doc, spans, w)) continue;
      c.facts[i] |= kStartsLikeCommonWord;
      asked.push_back(i);
    }
  }
  mark_capitalized_inside(c, asked);
  for (const TokenSpan& s : spans) {
    if (s.type == EntityType::PER && s.end - s.first >= 2 && is_title_word(c, s.end - 1) &&
        !is_title_word(c, s.first)) {
      c.title_surnames.push_back(doc.token_text(s.end - 1));
    }
  }
  return c;
}

// A capitalized word that is only capitalized because it starts a sentence:
// "Meanwhile", "Share", "What".
bool is_sentence_initial_common_word(const Context& c, uint32_t i) {
  return c.common_word(i) && !c.capitalized_inside(i);  // common_word() holds only for initial capitals
}

// A sentence's opening adverb, which the tagger took into the name after it
// ("Separately Apple"). Other capitalized common words that open a sentence
// begin names as often ("Red Star", "New Delhi", "Mark Philippoussis": on
// the CoNLL dev text, trimming every such word cost 0.5 F1).
bool is_opening_adverb(const Context& c, uint32_t i) { return c.initial(i) && (c.kinds(i) & lexicon::kOpeningAdverb); }

// Words that, alone before a possessive, open a place's or an
// organization's name rather than name something of their own: a title
// ("Queen's Park", "Lord's", "King's College") or a group of people
// ("People's Daily", "Children's Hospital"), or a company named in the
// possessive ("Sotheby's").
bool names_group_of_people(std::string_view word) {
  static constexpr std::string_view kGroups[] = {"People", "Children", "Women", "Men"};
  return std::any_of(std::begin(kGroups), std::end(kGroups),
                     [&](std::string_view g) { return lexicon::same_ignoring_case(word, g); });
}

bool opens_possessive_name(std::string_view word) {
  if ((lexicon::kinds_in_any_case(word) & lexicon::kTitleWord) || lexicon::names_company_in_possessive(word)) {
    return true;
  }
  return names_group_of_people(word);
}

// "the Alzheimer's Association", "the Children's Society": the word after
// a possessive that makes the name a charity's.
bool is_charity_word(std::string_view word) {
  static constexpr std::string_view kCharityWords[] = {"Association", "Society", "Foundation", "Trust"};
  static constexpr text::WordSet kCharityWordSet(kCharityWords);
  return kCharityWordSet.contains(word);
}

// Whether token `k` is a possessive that belongs to the name of type `type`
// that spans [first, end): after a lone word that opens such names, or
// before a word that ends a place's name ("Land's End"), or between a group
// of people and the rest of the name ("the European People's Party", "the
// Chinese People's Liberation Army"). A person's name never holds one.
bool possessive_in_name(const text::Document& doc, EntityType type, uint32_t first, uint32_t k, uint32_t end) {
  if (type == EntityType::PER || !is_possessive(doc.token_text(k))) return false;
  if (k + 1 < end && (lexicon::ends_possessive_place(doc.token_text(k + 1)) || is_charity_word(doc.token_text(k + 1)))) {
    return true;
  }
  if (k == first + 1) return opens_possessive_name(doc.token_text(first));
  return k > first + 1 && k + 1 < end && names_group_of_people(doc.token_text(k - 1));
}

// A number that the tagger took in after a capitalized word of the name,
// or a product's, is part of it: "Euro 96", "FTSE 100", "Flight 150",
// "Windows 11", "iPhone 16".
bool ends_name_with_number(const Context& c, const TokenSpan& s) {
  const uint32_t last = s.end - 1;
  if (last == s.first || c.doc.tokens[last].kind != text::TokenKind::number) return false;
  const std::string_view before = c.doc.token_text(last - 1);
  return is_capitalized(before) || lexicon::opens_product_name(before);  // "iPhone 16"
}

// A capitalized function word that opens a name mid-sentence, before
// another capitalized word, is part of it: "at The Oval", "the All Blacks",
// "The Hague", "An Marchal". At a sentence's start it is only capitalized
// there.
bool opens_name_mid_sentence(const Context& c, const TokenSpan& s) {
  return s.end - s.first > 1 && !c.initial(s.first) && c.doc.tokens[s.first].kind == text::TokenKind::word &&
         is_capitalized(c.doc.token_text(s.first)) && is_capitalized(c.doc.token_text(s.first + 1));
}

// Whether the bracket at token `k` opens a company's bracketed part, of a
// word or two, before its legal form, the last token of a name ending at
// token `end`: "Companion Marble (Holdings) Ltd" (joined by the tags' rule
// join_names_over_bracketed_parts()).
bool is_bracketed_part_of_company(const text::Document& doc, uint32_t k, uint32_t end) {
  constexpr uint32_t kMostPartWords = 2;
  return end >= k + 4 && end <= k + kMostPartWords + 3 && token_is(doc, k, "(") && token_is(doc, end - 2, ")") &&
         lexicon::is_legal_form(doc.token_text(end - 1));
}

// A capital letter in brackets at token `k`, which the tagger took into a
// name other than a person's, tells it from a namesake: "Mladost (L)",
// "Buducnost (V)". A longer word in brackets is an acronym, or another name.
bool is_bracketed_letter(const text::Document& doc, EntityType type, uint32_t k) {
  if (type == EntityType::PER || doc.token_text(k) != "(" || doc.token_text(k + 2) != ")") return false;
  const std::string_view letter = doc.token_text(k + 1);
  return letter.size() == 1 && letter[0] >= 'A' && letter[0] <= 'Z';
}

bool ends_with_bracketed_letter(const Context& c, const TokenSpan& s) {
  return s.end - s.first >= 4 && is_bracketed_letter(c.doc, s.type, s.end - 3);
}

// "Shares of Nvidia fell", "Stocks of Tesla": what is held in a company,
// opening a sentence, which the tagger took into its name; "of" after it
// is trimmed as an edge word.
bool opens_holding_of(const Context& c, const TokenSpan& s) {
  if (s.end - s.first <= 2 || c.doc.token_text(s.first + 1) != "of") return false;
  const std::string_view held = c.doc.token_text(s.first);
  return held == "Shares" || held == "Stocks" || held == "Stock" || held == "Bonds";
}

// "Ten Hag", "Van der Vaart": a person's name of a capitalized Dutch
// particle and a surname, which opens a sentence as often as not; "Ten" is
// a function word there only as a number.
bool opens_dutch_surname(const Context& c, const TokenSpan& s) {
  if (s.type != EntityType::PER || s.end - s.first < 2) return false;
  const std::string_view w = c.doc.token_text(s.first);
  return w == "Ten" || w == "Ter" || w == "Van" || w == "Den";
}

// "A R Rahman": a person's initials, of which "A" is one, not an article,
// when a capital alone follows it.
bool opens_with_initials(const Context& c, const TokenSpan& s) {
  if (s.type != EntityType::PER || s.end - s.first < 3 || !token_is(c.doc, s.first, "A")) return false;
  const std::string_view next = c.doc.token_text(s.first + 1);
  return next.size() == 1 && text::is_upper_ascii(static_cast<unsigned char>(next[0]));
}

// "MS Dhoni": a personal title's letters in capitals before a name that is
// not in capitals are a person's initials; "Ms" is so written only in a
// text in capitals ("MS SMITH").
bool opens_with_glued_initials(const Context& c, const TokenSpan& s) {
  if (s.end - s.first < 2 || !(c.kinds(s.first) & lexicon::kPersonalTitle)) return false;
  const std::string_view w = c.doc.token_text(s.first), name = c.doc.token_text(s.first + 1);
  return w.size() >= 2 && std::all_of(w.begin(), w.end(), [](char ch) { return text::is_upper_ascii(ch); }) &&
         is_capitalized(name);
}

// "the 17 Pro Max": a phone's model by its number, which opens the name.
bool opens_with_model_number(const Context& c, const TokenSpan& s) {
  return s.type == EntityType::MISC && s.end - s.first >= 2 &&
         c.doc.tokens[s.first].kind == text::TokenKind::number && lexicon::is_model_word(c.doc.token_text(s.first + 1));
}

// '"A Minecraft Movie"': a title in quote marks (entities' tag_quoted_titles),
// whose every word is its own; not a quotation's first words ('"Our Western
// colleagues ..."').
bool is_quoted_title(const Context& c, const TokenSpan& s) {
  if (s.type != EntityType::MISC || s.first == 0 || c.doc.tokens[s.first - 1].kind != text::TokenKind::quote) {
    return false;
  }
  uint32_t close = s.end;
  if (close < c.doc.tokens.size() && (c.doc.token_text(close) == "," || c.doc.token_text(close) == ".")) ++close;
  return close < c.doc.tokens.size() && c.doc.tokens[close].kind == text::TokenKind::quote;
}

// Whether the first word of a span is not part of the name: a function
// word or punctuation, a person's title, a sentence's opening adverb.
// A royal's or a noble's title that names a person with "of" and a place
// ("the Princess of Wales", "the Duke of Edinburgh").
bool is_noble_title(std::string_view word) {
  static constexpr std::string_view kTitles[] = {"Prince", "Princess", "Duke",     "Duchess",
                                                 "Earl",   "Countess", "Marquess"};
  static constexpr text::WordSet kTitleSet(kTitles);
  return kTitleSet.contains(word);
}

// "the Duke of Edinburgh", "the Princess Royal", which the tagger read as
// organizations: a person, known by the title, which stays. Not "the Prince
// of Wales Theatre", nor what is named after one ("Duke of Norfolk's XI").
bool is_noble_title_name(const Context& c, const TokenSpan& s) {
  if (s.end < c.doc.tokens.size() && is_possessive(c.doc.token_text(s.end))) return false;
  if (s.end - s.first == 2) return token_is(c.doc, s.first, "Princess") && token_is(c.doc, s.first + 1, "Royal");
  return s.end - s.first == 3 && is_noble_title(c.doc.token_text(s.first)) && token_is(c.doc, s.first + 1, "of");
}

// "the Congress-led United Democratic Front", "a Saudi-backed Yemeni
// Government": who leads or backs the body, which the tagger took into its
// name.
bool is_led_by_word(const Context& c, uint32_t i) {
  const std::string_view w = c.doc.token_text(i);
  if (w.size() < 6 || w.back() != 'd') return false;
  return w.substr(w.size() - 4) == "-led" || (w.size() > 7 && w.substr(w.size() - 7) == "-backed");
}

// "Copyright The Financial Times Limited 2026": a copyright line's first
// word, which the tagger took into the holder's name.
bool is_copyright_word(const Context& c, uint32_t i) {
  return token_is(c.doc, i, "Copyright") || token_is(c.doc, i, "\u00A9");
}

// "Three New York Police Department (NYPD) officials told CNN": a count
// opening the sentence, which the tagger took into the name of the body its
// members belong to (the plural after the name). Not a name that opens with
// a number ("Four Seasons said").
bool is_count_of_members(const Context& c, const TokenSpan& s) {
  static constexpr std::string_view kCounts[] = {"Two",  "Three", "Four", "Five",   "Six",      "Seven",
                                                 "Eight", "Nine", "Ten",  "Dozens", "Hundreds", "Several"};
  static constexpr text::WordSet kCountSet(kCounts);
  if (s.type == EntityType::PER || s.end - s.first < 2 || !c.initial(s.first) ||
      !kCountSet.contains(c.doc.token_text(s.first))) {
    return false;
  }
  uint32_t after = s.end;
  // The name's acronym in brackets between: "Department (NYPD) officials".
  if (after + 2 < c.doc.tokens.size() && token_is(c.doc, after, "(") && token_is(c.doc, after + 2, ")")) after += 3;
  if (after >= c.doc.tokens.size()) return false;
  const std::string_view plural = c.doc.token_text(after);
  return plural.size() > 3 && plural.back() == 's' && text::is_lower_ascii(static_cast<unsigned char>(plural[0]));
}

bool is_trimmed_first_word(const Context& c, const TokenSpan& s) {
  if (is_edge_word(c, s.first)) {
    return !opens_name_mid_sentence(c, s) && !opens_dutch_surname(c, s) && !opens_with_initials(c, s) &&
           !opens_with_model_number(c, s) && !is_quoted_title(c, s);
  }
  if (s.type == EntityType::PER && is_title_word(c, s.first)) {
    return !is_title_surname(c, s.first, s.end) && !is_noble_title_name(c, s) && !opens_with_glued_initials(c, s);
  }
  return s.end - s.first > 1 && (is_opening_adverb(c, s.first) || opens_holding_of(c, s) ||
                                 is_led_by_word(c, s.first) || is_copyright_word(c, s.first) ||
                                 is_count_of_members(c, s));
}

// "45 degrees Celsius", "4.0 Celsius", "113°F": a temperature's scale,
// which the tagger takes for a name on its own. A letter alone after a
// number must be glued to it: "158 F/A-18" is a plane.
bool is_temperature_scale(const Context& c, const TokenSpan& s) {
  static constexpr std::string_view kScales[] = {"Celsius", "Fahrenheit", "Centigrade"};
  static constexpr text::WordSet kScaleSet(kScales);
  if (s.end != s.first + 1 || s.first == 0) return false;
  const std::string_view w = c.doc.token_text(s.first), before = c.doc.token_text(s.first - 1);
  if (w[0] != 'C' && w[0] != 'F') return false;  // every scale's first letter
  const bool letter = w == "C" || w == "F";
  if (!letter && !kScaleSet.contains(w)) return false;
  if (before == "degrees" || before == "degree" || before == "\u00B0") return true;
  return c.doc.tokens[s.first - 1].kind == text::TokenKind::number && (!letter || !c.doc.tokens[s.first].space_before);
}

// "S&P 500", "FTSE 100", "CAC 40", "Nifty 50": a stock index, named with its number,
// which the tagger leaves out after "S&P" (the rating agency's name alone).
bool is_index_before_its_number(const Context& c, const TokenSpan& s) {
  static constexpr std::string_view kIndexes[] = {"S&P", "FTSE", "Nikkei", "Stoxx", "CAC", "DAX", "ASX", "Nifty"};
  if (s.end >= c.doc.tokens.size() || c.doc.tokens[s.end].kind != text::TokenKind::number) return false;
  const std::string_view name = c.doc.slice(c.doc.tokens[s.first].start, c.doc.tokens[s.end - 1].end());
  // Its last word, compared whole: a compare of bytes for an index of its
  // length only, not one for every index.
  const size_t space = name.rfind(' ');
  const std::string_view last = space == std::string_view::npos ? name : name.substr(space + 1);
  static constexpr text::WordSet kIndexSet(kIndexes);
  return kIndexSet.contains(last);
}

// Whether the tokens [first, end) name only an office's field: common words,
// maybe joined by "and" ("Business", "Health and Social Care").
bool is_field_words(const Context& c, uint32_t first, uint32_t end) {
  if (first >= end) return false;
  for (uint32_t i = first; i < end; ++i) {
    const std::string_view w = c.doc.token_text(i);
    if (!(i > first && i + 1 < end && (w == "and" || w == "&")) && !c.gazetteer.contains(kCommonWord, w)) return false;
  }
  return true;
}

// "Business Secretary Kemi Badenoch", "Health and Social Care Secretary",
// "Transport Secretary", "Fire Chief Kristin Crowley", "By Priya Raman,
// Technology Reporter": a common word
// or words that name an office's field, which the tagger takes for an
// organization, with the office after it or in it ("Treasury Secretary", a
// name, keeps it). Short: two words of a field are often an organization's
// name ("Foreign Office Minister").
// "Editor", "Correspondent", "Reporter": a journalist's desk.
bool is_desk_word(const Context& c, uint32_t i) {
  static constexpr std::string_view kDesks[] = {"Editor", "Correspondent", "Reporter"};
  static constexpr text::WordSet kDeskSet(kDesks);
  return kDeskSet.contains(c.doc.token_text(i));
}

// "Secretary", "Minister", "Chief", or a desk: an office that takes a field.
bool is_office_taking_field(const Context& c, uint32_t i) {
  static constexpr std::string_view kOffices[] = {"Secretary", "Minister", "Chief", "Editor", "Correspondent",
                                                  "Reporter"};
  static constexpr text::WordSet kOfficeSet(kOffices);
  return kOfficeSet.contains(c.doc.token_text(i));
}

// Whether token `k` is the "for" after an office that takes a field
// ("Minister for"), or the "of" after a minister or a secretary
// ("Secretary of"; not "Chief of Judicial Police", a body). Inlined: asked
// of most names.
[[gnu::always_inline]] inline bool takes_field_after(const Context& c, uint32_t k) {
  if (k == 0) return false;
  const std::string_view w = c.doc.token_text(k);  // compared inline, by its length first
  if (w == "for") return is_office_taking_field(c, k - 1);
  return w == "of" && (token_is(c.doc, k - 1, "Minister") || token_is(c.doc, k - 1, "Secretary"));
}

bool is_field_of_office(const Context& c, const TokenSpan& s) {
  constexpr uint32_t kMaxDeskWords = 4;  // "Local Democracy Reporter", "Home Affairs Correspondent"
  const auto is_desk = [&](uint32_t i) { return is_desk_word(c, i); };
  const auto is_office = [&](uint32_t i) { return is_office_taking_field(c, i); };
  const uint32_t words = s.end - s.first;
  if (words == 2 && is_office(s.end - 1)) return is_field_words(c, s.first, s.end - 1);
  // A journalist's desk is no organization, however many words its field has.
  if (words > 2 && words <= kMaxDeskWords && is_desk(s.end - 1)) return is_field_words(c, s.first, s.end - 1);
  // "Minister for Health Jennifer Carroll MacNeill", "Minister of
  // Communications and Information Technology": the field after the
  // office; not a region the training text names ("Assistant Secretary for
  // Near Eastern Affairs").
  constexpr uint32_t kMaxFieldWords = 4;
  constexpr uint32_t kNamedRegions = category_set({kCountry, kCity, kDemonym, kSeenPlace, kSeenOther});
  if (s.first >= 2 && words <= kMaxFieldWords && takes_field_after(c, s.first - 1)) {
    const std::string_view field = c.doc.slice(c.doc.tokens[s.first].start, c.doc.tokens[s.end - 1].end());
    return is_field_words(c, s.first, s.end) && !(c.gazetteer.categories(field) & kNamedRegions);
  }
  if (s.end >= c.doc.tokens.size() || !is_office(s.end)) return false;
  return words == 1 ? is_field_words(c, s.first, s.end)
                    : c.doc.token_text(s.first + 1) == "and" && is_field_words(c, s.first, s.end);
}

// "Minister for Public Expenditure Paschal Donohoe", "Secretary for Health
// and Social Care Wes Streeting": an office's field after "for" or "of" and its
// holder's name, which the tagger read as one organization. The field's
// common words are cut off, and the two words or more after them are the
// person's name.
void trim_field_before_holder(const Context& c, TokenSpan& s) {
  constexpr uint32_t kMinNameWords = 2;
  if (s.type == EntityType::PER || s.first < 2 || !takes_field_after(c, s.first - 1)) return;
  uint32_t name = s.first;
  while (name < s.end && (is_field_words(c, name, name + 1) ||
                          (name > s.first && (token_is(c.doc, name, "and") || token_is(c.doc, name, "&"))))) {
    ++name;
  }
  if (name == s.first || s.end - name < kMinNameWords) return;
  // A field's word the training text seldom writes ("Expenditure"): the
  // name is its last two words, unless a first name opens it earlier.
  if (s.end - name > kMinNameWords && !c.gazetteer.contains(kFirstName, c.doc.token_text(name))) {
    name = s.end - kMinNameWords;
  }
  s.first = name;
  s.type = EntityType::PER;
}

// "The Taoiseach said": Ireland's prime minister and his deputy, offices the
// news writes alone, capitalized, as "the president"; the tagger, knowing
// neither word, made an organization of each.
bool is_irish_office(const Context& c, const TokenSpan& s) {
  if (s.end != s.first + 1) return false;
  const std::string_view w = c.doc.token_text(s.first);
  return w == "Taoiseach" || w == "T\xC3\xA1naiste" || w == "Tanaiste";
}

// "Roisin O'Connor Music Correspondent": a byline's name with its desk, of
// which the tagger took the field into the name. The word before the desk
// is its field (the gazetteer's common words do not hold every field:
// "music" is none); the words before it too if common ("Home Affairs").
// The name keeps two words at least.
void trim_desk_field(const Context& c, TokenSpan& s) {
  constexpr uint32_t kMinNameWords = 2;
  if (s.type != EntityType::PER || s.end >= c.doc.tokens.size() || s.end - s.first <= kMinNameWords) return;
  const uint32_t desk = s.end;
  if (!(token_is(c.doc, desk, "Correspondent") || token_is(c.doc, desk, "Reporter") || token_is(c.doc, desk, "Editor"))) {
    return;
  }
  --s.end;
  while (s.end - s.first > kMinNameWords && is_field_words(c, s.end - 1, s.end)) --s.end;
}

// "Senate Majority Leader Chuck Schumer", "House Minority Whip": the
// tagger took the office's first word into the chamber's name ("[ORG Senate
// Majority] Leader"). The office is "Majority Leader"; the chamber keeps
// its name.
void trim_party_office(const Context& c, TokenSpan& s) {
  if (s.type == EntityType::PER || s.end - s.first < 2 || s.end >= c.doc.tokens.size()) return;
  if (!(token_is(c.doc, s.end, "Leader") || token_is(c.doc, s.end, "Whip"))) return;
  if (token_is(c.doc, s.end - 1, "Majority") || token_is(c.doc, s.end - 1, "Minority")) --s.end;
}

// "Vinod Nair, Head of Research, Geojit Investments", "Jane Roe, Director
// of Communications at Acme": a job's title set off by a comma after a
// person's name, which the tagger read as an organization. No name; not an
// institution named after a title ("Prince of Wales Hospital").
bool is_job_title_in_apposition(const Context& c, const TokenSpan& s) {
  if (s.type == EntityType::PER || s.end - s.first < 3 || s.first < 2 || s.end >= c.doc.tokens.size()) return false;
  if (!token_is(c.doc, s.first + 1, "of") || !is_title_word(c, s.first) || !token_is(c.doc, s.first - 1, ",")) {
    return false;
  }
  const std::string_view last = c.doc.token_text(s.end - 1);
  return (token_is(c.doc, s.end, ",") || token_is(c.doc, s.end, "at")) && !lexicon::ends_institution_name(last) &&
         !lexicon::is_institution_word(last);
}

// "HPD Assistant Chief Patricia Cantu", "Merseyside Police Assistant Chief
// Constable Jenny Sims": the tagger took a rank's first word, which no
// title list holds, into the force's name ("[ORG HPD Assistant] Chief").
// The rank is "Assistant Chief"; the force keeps its name.
void trim_rank_modifier(const Context& c, TokenSpan& s) {
  if (s.type != EntityType::ORG || s.end - s.first < 2 || s.end >= c.doc.tokens.size()) return;
  const std::string_view w = c.doc.token_text(s.end - 1);
  // The words first, the title's look-up after: most names end otherwise.
  if ((w == "Assistant" || w == "Acting" || w == "Associate" || w == "Interim") && is_title_word(c, s.end)) --s.end;
}

// "D-N.Y.", "R-Texas", "I-Vt.": a US lawmaker's party and state, as the AP
// writes them after the name, which the tagger takes for a name of its own.
bool is_party_and_state(const Context& c, const TokenSpan& s) {
  const std::string_view w = c.doc.token_text(s.first);
  return w.size() >= 3 && (w[0] == 'D' || w[0] == 'R' || w[0] == 'I') && w[1] == '-' &&
         text::is_upper_ascii(static_cast<unsigned char>(w[2]));
}

// "the former MP", "MEPs voted": a member's title alone, which the tagger,
// reading capitals, took for an organization. Told by length and first
// letter first: asked of every span.
bool is_members_title(const Context& c, const TokenSpan& s) {
  return s.end == s.first + 1 && is_members_title_word(c.doc.token_text(s.first));
}

// "The Briefing, Episode 212", "Season 3", "Chapter 11", "Article 5 of the
// treaty": a numbered part of a work or a text, which the tagger took for a
// name of its own.
bool is_numbered_part(const Context& c, const TokenSpan& s) {
  if (s.end != s.first + 1 || s.end >= c.doc.tokens.size() || c.doc.tokens[s.end].kind != text::TokenKind::number) {
    return false;
  }
  return token_is(c.doc, s.first, "Episode") || token_is(c.doc, s.first, "Season") ||
         token_is(c.doc, s.first, "Chapter") || token_is(c.doc, s.first, "Article") ||
         token_is(c.doc, s.first, "Section");
}

// "$120 million in Series C funding", "a Series B round": a start-up's
// round of funding by its letter, which the tagger read as a name, or
// "Series" alone as a work's. No name.
[[gnu::noinline]] bool is_funding_round(const Context& c, const TokenSpan& s) {
  if (!token_is(c.doc, s.first, "Series")) return false;
  const uint32_t letter = s.first + 1;
  if (letter >= c.doc.tokens.size() || s.end > letter + 1) return false;
  const std::string_view w = c.doc.token_text(letter);
  return w.size() == 1 && text::is_upper_ascii(static_cast<unsigned char>(w[0]));
}

// "4,252mAh", "120Hz", "48MP": a quantity glued to its unit, which the
// tagger took for a name (the numbers stage reads it).
bool is_glued_quantity(const Context& c, const TokenSpan& s) {
  static constexpr std::string_view kUnits[] = {"mAh", "Hz",  "kHz", "MHz", "GHz", "GB",  "TB",   "MB",   "MP",  "mm",
                                                "kW",  "kWh", "MW",  "MWh", "GW",  "GWh", "Mbps", "Gbps", "fps", "nm"};
  static constexpr text::WordSet kUnitSet(kUnits);
  if (s.end != s.first + 1) return false;
  const std::string_view w = c.doc.token_text(s.first);
  if (w.empty() || !text::is_digit(static_cast<unsigned char>(w[0]))) return false;
  const size_t unit = w.find_last_of("0123456789") + 1;
  return kUnitSet.contains(w.substr(unit));
}

// "Alzheimer", "Parkinson": a discoverer's name, as a disease's names it.
bool names_disease(std::string_view eponym) {
  static constexpr std::string_view kDiseases[] = {"Alzheimer", "Parkinson", "Huntington", "Crohn",
                                                   "Tourette",  "Asperger",  "Hodgkin",    "Addison"};
  static constexpr text::WordSet kDiseaseSet(kDiseases);
  return kDiseaseSet.contains(eponym);
}

// "have Alzheimer's", "Parkinson's disease", "an Alzheimer's drug": a
// disease named after its discoverer, which the tagger read as a name. Not
// a body named after it ("the Alzheimer's Association", "Parkinson's UK").
bool is_eponymous_disease(const Context& c, const TokenSpan& s) {
  if (s.end != s.first + 1 || s.end >= c.doc.tokens.size()) return false;
  // Told by the byte after the name first: most names are no possessive's.
  const text::Token& t = c.doc.tokens[s.first];
  const char after = c.doc.text[t.start + t.length];
  if ((after != '\'' && after != '\xE2') || !lexicon::is_possessive(c.doc.token_text(s.end))) return false;
  if (!names_disease(c.doc.token_text(s.first))) return false;
  return s.end + 1 >= c.doc.tokens.size() || !is_capitalized(c.doc.token_text(s.end + 1));
}

// "4:34 PM EST Updated 2 hours ago": a stamp's time zone and the word
// after it, which the tagger read as an organization's name.
bool is_zone_and_stamp_word(const Context& c, const TokenSpan& s) {
  if (s.end != s.first + 2 || c.doc.tokens[s.first].length > 4) return false;
  const std::string_view stamp = c.doc.token_text(s.first + 1);
  return (stamp == "Updated" || stamp == "Published" || stamp == "Posted") &&
         lexicon::is_common_acronym(c.doc.token_text(s.first));
}

// "Baker Watts, Inc.", "Asian Mirror (pvt) Ltd": a company's legal form
// alone, cut from its name by a comma, a bracket or a full stop, which the
// tagger read as an organization. No name alone. Asked of the mark before
// it first: most organizations of one word follow a word.
bool is_legal_form_alone(const Context& c, const TokenSpan& s) {
  if (s.type != EntityType::ORG || s.end != s.first + 1 || s.first == 0 ||
      c.doc.tokens[s.first - 1].kind != text::TokenKind::punct) {
    return false;
  }
  const std::string_view word = c.doc.token_text(s.first);
  return lexicon::is_legal_form(word) && word_case(word) != kAllCaps;  // "NV", "SA": a state's too
}

// "at 9:30 Eastern time", "11 a.m. Pacific time": a US time zone's word
// before "time" in lower case, which the tagger read as an organization
// ("Eastern", an airline) or a place. No name.
bool is_zone_before_time(const Context& c, const TokenSpan& s) {
  static constexpr std::string_view kZones[] = {"Eastern", "Central", "Mountain", "Pacific", "Atlantic"};
  static constexpr text::WordSet kZoneSet(kZones);
  return s.end == s.first + 1 && s.end < c.doc.tokens.size() && c.doc.tokens[s.end].length == 4 &&
         token_is(c.doc, s.end, "time") && kZoneSet.contains(c.doc.token_text(s.first));
}

// "a Pandora's box", "his Achilles' heel": an idiom named after a figure
// of myth or a thinker, the name in the possessive before the idiom's noun
// in lower case, which names no one. Told by the byte after the name
// first, as is_eponymous_disease() is: most names are no possessive's.
bool is_eponymous_idiom(const Context& c, const TokenSpan& s) {
  struct Idiom {
    std::string_view name, noun;
  };
  static constexpr Idiom kIdioms[] = {{"Pandora", "box"}, {"Achilles", "heel"}, {"Hobson", "choice"},
                                      {"Occam", "razor"}, {"Midas", "touch"}};
  if (s.end != s.first + 1 || s.end + 1 >= c.doc.tokens.size()) return false;
  const text::Token& t = c.doc.tokens[s.first];
  const char after = c.doc.text[t.start + t.length];
  if ((after != '\'' && after != '\xE2') || !lexicon::is_possessive(c.doc.token_text(s.end))) return false;
  const std::string_view name = c.doc.token_text(s.first), noun = c.doc.token_text(s.end + 1);
  return std::any_of(std::begin(kIdioms), std::end(kIdioms),
                     [&](const Idiom& i) { return i.name == name && i.noun == noun; });
}

// "4h ago Shadow chancellor responds": a capitalized word that makes a
// role another's (a shadow's, an acting one), alone before the role in
// lower case, which the tagger read as a person's name.
bool is_role_modifier_alone(const Context& c, const TokenSpan& s) {
  static constexpr std::string_view kModifiers[] = {"Shadow", "Acting", "Interim"};
  static constexpr text::WordSet kModifierSet(kModifiers);
  if (s.end != s.first + 1 || s.end >= c.doc.tokens.size() || c.doc.tokens[s.end].kind != text::TokenKind::word ||
      !text::is_lower_ascii(static_cast<unsigned char>(c.doc.text[c.doc.tokens[s.end].start]))) {
    return false;
  }
  return kModifierSet.contains(c.doc.token_text(s.first));
}

// Whether token i opens its line: the text's first, or after a line break
// and spaces.
bool opens_line(const text::Document& doc, uint32_t i) {
  size_t at = doc.tokens[i].start;
  while (at > 0 && (doc.text[at - 1] == ' ' || doc.text[at - 1] == '\t')) --at;
  return at == 0 || doc.text[at - 1] == '\n';
}

// "NEWS - Press Releases", "OPINION | Letters": a web page's section, a
// common word in capitals opening its line before the dash or the bar of a
// section's path, which the tagger read as an organization. Not a word
// alone on its line: a press review's newspaper ("EXPRESS", "EXPANSION").
// Not a dateline's place ("LONDON - "), nor a name the gazetteer knows or
// the training text names a person or a place by. (The wires' slugs of
// 1996 made an organization of "NEWS" alone.)
bool is_section_of_page(const Context& c, const TokenSpan& s) {
  constexpr size_t kMinLetters = 3;
  if (s.end != s.first + 1) return false;
  const std::string_view w = c.doc.token_text(s.first);
  if (w.size() < kMinLetters || word_case(w) != kAllCaps || !opens_line(c.doc, s.first)) return false;
  if (s.end >= c.doc.tokens.size() || opens_line(c.doc, s.end)) return false;
  const std::string_view after = c.doc.token_text(s.end);
  if (after != "-" && after != "\xE2\x80\x93" && after != "\xE2\x80\x94" && after != "|") return false;
  constexpr uint32_t kNames = category_set({kCountry, kCity, kKnownOrg, kFirstName, kSeenPerson, kSeenPlace});
  const uint32_t listed = c.gazetteer.categories(w);
  return (listed & category_set({kCommonWord})) && !(listed & kNames);
}

// A span the tagger made of words that name no one, whatever they look like.
bool names_no_one(const Context& c, const TokenSpan& s) {
  return is_party_and_state(c, s) || is_section_of_page(c, s) || is_temperature_scale(c, s) ||
         is_members_title(c, s) || is_numbered_part(c, s) ||
         (s.end == s.first + 1 && lexicon::is_common_acronym(c.doc.token_text(s.first))) || is_field_of_office(c, s) ||
         is_irish_office(c, s) || is_glued_quantity(c, s) || is_eponymous_disease(c, s) ||
         is_eponymous_idiom(c, s) || is_zone_and_stamp_word(c, s) || is_zone_before_time(c, s) ||
         is_legal_form_alone(c, s) || is_role_modifier_alone(c, s) ||
         (c.doc.tokens[s.first].length == 6 && is_funding_round(c, s));
}

// A word that, capitalized before a name, makes it an event's: a storm's
// ("Storm", "Hurricane", "Typhoon", "Cyclone") or "Operation" ("Operation
// Perth", a police inquiry). Asked of the word before every span: by length
// first, with compares that need no call.
bool is_event_word(const text::Document& doc, uint32_t i) {
  const text::Token& t = doc.tokens[i];
  const char* w = doc.text.data() + t.start;
  switch (t.length) {
    case 5: return std::memcmp(w, "Storm", 5) == 0;
    case 7: return std::memcmp(w, "Typhoon", 7) == 0 || std::memcmp(w, "Cyclone", 7) == 0;
    case 9: return std::memcmp(w, "Hurricane", 9) == 0 || std::memcmp(w, "Operation", 9) == 0;
    default: return false;
  }
}

bool is_storm_word(const text::Document& doc, uint32_t i) {
  return is_event_word(doc, i) && !token_is(doc, i, "Operation");
}

// "Storm Ciarán", "Hurricane Milton", "Tropical Storm Debby", "Operation
// Desert Storm": an event's name, which the tagger took for a person's, a
// place's or an organization's or, as its training text does, read without
// the word "Hurricane" ("Hurricane [Milton]", a place; spans_from_tags puts
// the word back).
void name_event(const Context& c, TokenSpan& s) {
  if (s.end - s.first < 2) return;
  const bool tropical = token_is(c.doc, s.first, "Tropical") && is_storm_word(c.doc, s.first + 1);
  if (!tropical && !is_event_word(c.doc, s.first)) return;
  if (is_storm_word(c.doc, s.first) && s.first > 0 && token_is(c.doc, s.first - 1, "Tropical")) --s.first;
  s.type = EntityType::MISC;
}

// "at its annual Meta Connect conference", "the Microsoft Build
// conference": a company's event named before the lower-case noun of its
// kind, which the tagger, reading two capitalized words, took for a
// person's name. A person is not named after "the" or "its" ("Keir
// Starmer's conference speech"), and the last word names no one in the
// training text or the gazetteer.
void name_event_before_its_noun(const Context& c, TokenSpan& s) {
  static constexpr std::string_view kEventNouns[] = {"conference", "summit", "festival", "convention", "expo",
                                                     "keynote", "showcase"};
  static constexpr text::WordSet kEventNounSet(kEventNouns);
  static constexpr std::string_view kDeterminers[] = {"the", "its", "their", "this", "annual", "yearly"};
  static constexpr text::WordSet kDeterminerSet(kDeterminers);
  if (s.type != EntityType::PER || s.end - s.first < 2 || s.first == 0 || s.end >= c.doc.tokens.size() ||
      !kEventNounSet.contains(c.doc.token_text(s.end)) || !kDeterminerSet.contains(c.doc.token_text(s.first - 1))) {
    return;
  }
  if (!(c.gazetteer.categories(c.doc.token_text(s.end - 1)) & category_set({kFirstName, kSeenPerson}))) {
    s.type = EntityType::MISC;
  }
}

// "the latest Ray-Ban Meta smart glasses", "the Apple Vision Pro headset",
// "a Google Pixel smartphone": a device's name of two words or more before
// the lower-case noun of its kind (with one modifier between at most), a
// product (MISC), which the tagger read as its maker, a person or a place.
// A maker's name alone stays ("Samsung phones"), and so does a person's
// opened by a first name. Not "phone", which a person's name comes before
// too ("a Donald Trump phone call").
void name_device_before_its_noun(const Context& c, TokenSpan& s) {
  static constexpr std::string_view kDevices[] = {"glasses", "headset", "smartphone", "laptop",  "tablet",
                                                  "console", "smartwatch", "earbuds",  "headphones"};
  static constexpr text::WordSet kDeviceSet(kDevices);
  const auto n = static_cast<uint32_t>(c.doc.tokens.size());
  if (s.type == EntityType::MISC || s.end - s.first < 2 || s.end >= n) return;
  const bool device = kDeviceSet.contains(c.doc.token_text(s.end)) ||
                      (s.end + 1 < n && kDeviceSet.contains(c.doc.token_text(s.end + 1)) &&
                       !is_not_lower_case(c.doc.token_text(s.end)));  // "smart glasses"
  if (!device) return;
  if (c.gazetteer.contains(kFirstName, c.doc.token_text(s.first))) return;  // read as a person or not
  s.type = EntityType::MISC;
}

// "The Juno spacecraft", "the Perseverance rover", "NASA's Europa Clipper
// probe": a craft named before the noun of its kind, after a determiner or
// a possessive, a product (MISC), which the tagger read as a person, a
// place (Juno, a goddess; Europa, a moon) or an organization. Not its
// maker, an organization the gazetteer or the lexicon knows ("the Boeing
// capsule").
void name_craft_before_its_noun(const Context& c, TokenSpan& s) {
  static constexpr std::string_view kCrafts[] = {"spacecraft", "probe",   "rover",     "telescope", "lander",
                                                 "orbiter",    "capsule", "satellite", "spaceplane"};
  static constexpr text::WordSet kCraftSet(kCrafts);
  if (s.type == EntityType::MISC || s.first == 0 || s.end >= c.doc.tokens.size() ||
      !kCraftSet.contains(c.doc.token_text(s.end))) {
    return;
  }
  const std::string_view before = c.doc.token_text(s.first - 1);
  if (!same_ignoring_case(before, "the") && before != "its" && !is_possessive(before)) return;
  const std::string_view name = c.doc.slice(c.doc.tokens[s.first].start, c.doc.tokens[s.end - 1].end());
  if (s.type == EntityType::ORG && ((c.gazetteer.categories(name) & category_set({kKnownOrg, kSeenOrganization})) ||
                                    lexicon::is_well_known_organization(name))) {
    return;
  }
  s.type = EntityType::MISC;
}

// "The new Rach Mieu 2 bridge", "the Kakhovka dam", "the Mekong river": a
// structure or a waterway named before the lower-case noun of its kind
// (token `noun`; a number between for the second of its name), a place,
// which the tagger read as an organization or a person (asked of these).
// Not an organization the gazetteer or the lexicon knows, the builder or
// owner ("the Adani bridge contract"), nor a person opened by a first name
// ("a Donald Trump tunnel").
void name_structure_before_its_noun(const Context& c, TokenSpan& s, uint32_t noun) {
  static constexpr std::string_view kStructures[] = {"bridge", "dam",   "tunnel",  "canal",
                                                     "river",  "delta", "glacier", "reservoir"};
  static constexpr text::WordSet kStructureSet(kStructures);
  if (!kStructureSet.contains(c.doc.token_text(noun))) return;
  if (s.type == EntityType::PER && c.gazetteer.contains(kFirstName, c.doc.token_text(s.first))) return;
  const std::string_view name = c.doc.slice(c.doc.tokens[s.first].start, c.doc.tokens[s.end - 1].end());
  if (s.type == EntityType::ORG && ((c.gazetteer.categories(name) & category_set({kKnownOrg, kSeenOrganization})) ||
                                    lexicon::is_well_known_organization(name))) {
    return;
  }
  s.type = EntityType::LOC;
}

// The rules above that read the noun of a name's kind after it, asked
// only where a lower-case word follows the name, or a number and a
// lower-case word ("Meta Connect conference", "Ray-Ban Meta smart glasses",
// "Juno spacecraft", "Rach Mieu 2 bridge"): one look at it, for every span.
void name_by_noun_after(const Context& c, TokenSpan& s) {
  constexpr uint32_t kShortestWord = 4;  // "expo"; a device's modifier ("smart")
  const auto n = static_cast<uint32_t>(c.doc.tokens.size());
  if (s.type == EntityType::MISC || s.end >= n) return;
  const text::Token& after = c.doc.tokens[s.end];
  // Asked first of the type and the noun's first letter: a structure's
  // name is read as one of these, and most words after names are no noun
  // of a structure.
  const bool may_name_structure = s.type == EntityType::ORG || s.type == EntityType::PER;
  const auto may_be_structure = [&](uint32_t noun) {
    const text::Token& t = c.doc.tokens[noun];
    if (t.length < 3 || t.length > 9 || t.length == 4 || t.length == 8) return false;  // "told", "reported"
    switch (c.doc.text[t.start]) {
      case 'b': case 'c': case 'd': case 'g': case 'r': case 't': return true;
      default: return false;
    }
  };
  if (after.kind == text::TokenKind::number) {
    if (may_name_structure && s.end + 1 < n && may_be_structure(s.end + 1)) {
      name_structure_before_its_noun(c, s, s.end + 1);
    }
    return;
  }
  if (!text::is_lower_ascii(c.doc.text[after.start])) return;
  if (may_name_structure && may_be_structure(s.end)) name_structure_before_its_noun(c, s, s.end);  // "dam"
  if (after.length < kShortestWord) return;
  name_event_before_its_noun(c, s);
  name_device_before_its_noun(c, s);
  name_craft_before_its_noun(c, s);
}

// "the Palisades Fire grows", "the Eaton Fire": a wildfire's name, an
// event's, which the tagger read as an organization. Not a fire service's
// ("Cal Fire", "Los Angeles County Fire Chief", "the Fire Department"), nor
// a club the training text knows ("Chicago Fire").
// "the First Amendment", "the 14th Amendment": a law's article, MISC as
// CoNLL marks laws, which the tagger read as an organization (and the
// quotes stage then took for "the court" before it).
void name_wildfire_or_amendment(const Context& c, TokenSpan& s) {
  const uint32_t words = s.end - s.first;
  if (words < 2 || words > 3 || s.type == EntityType::MISC) return;
  const uint32_t last_length = c.doc.tokens[s.end - 1].length;
  if (last_length == 9 && token_is(c.doc, s.end - 1, "Amendment")) {
    s.type = EntityType::MISC;
    return;
  }
  if (last_length != 4 || !token_is(c.doc, s.end - 1, "Fire")) return;
  for (uint32_t i = s.first; i + 1 < s.end; ++i) {
    if (token_is(c.doc, i, "Cal") || token_is(c.doc, i, "County") || token_is(c.doc, i, "City")) return;
  }
  if (s.end < c.doc.tokens.size() && is_capitalized(c.doc.token_text(s.end))) return;  // "Fire Rescue"
  const std::string_view name = c.doc.slice(c.doc.tokens[s.first].start, c.doc.tokens[s.end - 1].end());
  if (c.gazetteer.contains(kSeenOrganization, name) || c.gazetteer.contains(kKnownOrg, name)) return;
  s.type = EntityType::MISC;
}

bool has_personal_title_before(const Context& c, uint32_t first);
bool follows_royal_title(const Context& c, const TokenSpan& s);

// "Her daughter Eilidh, 24, moved to Glasgow", "his wife Mary": one name
// right after a possessive and a word of kin, which the tagger, not
// knowing the name, read as an organization or a place.
bool follows_kin(const Context& c, const TokenSpan& s) {
  static constexpr std::string_view kKin[] = {"daughter", "son",  "wife",   "husband", "mother",   "father",
                                              "sister",   "brother", "partner", "widow", "grandson", "granddaughter"};
  static constexpr text::WordSet kKinSet(kKin);
  if (s.first < 2 || s.end != s.first + 1 || !kKinSet.contains(c.doc.token_text(s.first - 1))) return false;
  const std::string_view owner = c.doc.token_text(s.first - 2);
  return owner == "her" || owner == "his" || owner == "their" || owner == "Her" || owner == "His" ||
         owner == "Their";
}

// "Dr Patel said", "Prof. Whitty", "Mrs Thatcher": a name just after a
// doctor's or a professor's title or a personal title, outside the span,
// is a person's, whatever type the tagger gave it (a doctor's surname
// alone was an organization). "Dr Pepper" is tagged with its "Dr".
bool follows_personal_title(const Context& c, const TokenSpan& s) {
  return s.type != EntityType::PER &&
         (has_personal_title_before(c, s.first) || follows_royal_title(c, s) || follows_kin(c, s));
}

// "Queen Camilla is recovering": one name after a royal's title, which the
// tagger read as a place (a town of Georgia). Not a name the next word goes
// on ("Queen Mary University", "Prince Edward Island").
bool follows_royal_title(const Context& c, const TokenSpan& s) {
  if (s.first == 0 || s.end != s.first + 1) return false;
  const std::string_view title = c.doc.token_text(s.first - 1);
  if (title != "Queen" && title != "King" && title != "Prince" && title != "Princess") return false;
  return s.end >= c.doc.tokens.size() || !is_capitalized(c.doc.token_text(s.end));
}

// Whether a doctor's or a professor's title or a personal title is just
// before token `first`: "Dr", "Prof.", "Mrs".
bool has_personal_title_before(const Context& c, uint32_t first) {
  constexpr uint32_t kLongestTitle = 13;  // "Congresswoman"
  if (first == 0) return false;
  uint32_t title = first - 1;
  if (token_is(c.doc, title, ".") && title > 0) --title;
  // Most words before a name are lower case, or punctuation: told without a look-up.
  const text::Token& t = c.doc.tokens[title];
  if (t.length > kLongestTitle || !text::is_upper_ascii(static_cast<unsigned char>(c.doc.text[t.start]))) return false;
  return token_is(c.doc, title, "Dr") || token_is(c.doc, title, "Prof") || token_is(c.doc, title, "Professor") ||
         (c.kinds(title) & lexicon::kPersonalTitle);
}

// "the Royal Albert Hall", "the Royal Shakespeare Company": a name opened
// by "Royal", no person's, which the tagger read as one for the first name
// inside it: a place where its last word names a building, else an
// organization.
void retype_royal_name(const Context& c, TokenSpan& s) {
  static constexpr std::string_view kBuildings[] = {"Hall", "Theatre", "Palace", "Gardens", "Park", "Hospital",
                                                    "Infirmary", "Opera", "Arena"};
  static constexpr text::WordSet kBuildingSet(kBuildings);
  const std::string_view last = c.doc.token_text(s.end - 1);
  const bool building = kBuildingSet.contains(last);
  s.type = building ? EntityType::LOC : EntityType::ORG;
}

// "the Free Democrats", "the Christian Democrats": a party's members, as
// CoNLL marks them (MISC), which the tagger read as a person ("Free" and
// "Christian" open people's names). No surname is one of these plurals.
bool names_party_members(std::string_view last) {
  static constexpr std::string_view kMembers[] = {"Democrats", "Republicans", "Socialists", "Conservatives",
                                                  "Liberals",  "Communists",  "Nationalists"};
  static constexpr text::WordSet kMemberSet(kMembers);
  return last.size() >= 8 && last.back() == 's' &&
         kMemberSet.contains(last);
}

// Whether span `s` may be the word that opens a party's members' name:
// one word, read as a person's or MISC, not a people's ("French
// Socialists" are two names, as CoNLL marks them), nor an organization's
// or a place's ("House Democrats", "Texas Republicans").
bool opens_party_members(const Context& c, const TokenSpan& s) {
  return s.end == s.first + 1 && (s.type == EntityType::PER || s.type == EntityType::MISC) &&
         !c.gazetteer.contains(kDemonym, c.doc.token_text(s.first));
}

// "the Nikkei Stock Average", "the Philadelphia Stock Exchange
// Semiconductor Index": a stock index (or another index: "the Global Peace
// Index"), MISC as CoNLL marks "DAX", which the tagger read as the exchange
// or the company it is named after, or apart ("[MISC Dow] [ORG Jones
// Industrial Average]", joined by join_names_read_apart). So too India's
// two indexes after their exchange ("the NSE Nifty", "the BSE Sensex"),
// which the tagger read as the exchange when no number followed ("NSE
// Nifty 50" is one: is_index_before_its_number).
bool names_index(const Context& c, const TokenSpan& s) {
  if (s.end - s.first < 2) return false;
  const std::string_view last = c.doc.token_text(s.end - 1);
  return last == "Index" || last == "Average" || last == "Nifty" || last == "Sensex";
}

// Names the tagger read apart, joined, in one walk after the spans are
// cleaned; the spans stay apart from each other.
// An index's or an airport's name, of which the tagger read the words
// before the last few as a name of their own (see names_index).
// "the Royal [Albert Hall]", "the [Royal] [Albert Hall]": a person's name
// after "Royal", which the tagger left out or read apart, is the building's
// or the body's name with it (see retype_royal_name).
// "[MISC Social] [PER Democrats]", "[PER Christian] [MISC Democrats]": a
// party's members read as two names of two types, the first of which then
// joined a person ("Christian" to "Christian Lindner"): one name, MISC.
void join_names_read_apart(const Context& c, std::vector<TokenSpan>& spans) {
  size_t kept = 0;
  for (size_t m = 0; m < spans.size(); ++m) {
    TokenSpan s = spans[m];
    if (kept > 0 && spans[kept - 1].end == s.first && names_index(c, s)) {  // "[Dow] [Jones Industrial Average]"
      spans[kept - 1].end = s.end;
      spans[kept - 1].type = EntityType::MISC;
      continue;
    }
    if (kept > 0 && spans[kept - 1].end == s.first && token_is(c.doc, s.end - 1, "Airport")) {
      spans[kept - 1].end = s.end;  // "[LOC Cochin] [MISC International Airport]"
      spans[kept - 1].type = EntityType::ORG;  // as CoNLL marks "Kansai International Airport"
      continue;
    }
    if (kept > 0 && spans[kept - 1].end == s.first && s.end == s.first + 1 &&
        names_party_members(c.doc.token_text(s.first)) && opens_party_members(c, spans[kept - 1])) {
      spans[kept - 1].end = s.end;
      spans[kept - 1].type = EntityType::MISC;
      continue;
    }
    if (s.type == EntityType::PER && s.first >= 1 && token_is(c.doc, s.first - 1, "Royal")) {
      if (kept > 0 && spans[kept - 1].first + 1 == s.first && spans[kept - 1].end == s.first) {
        --kept;  // "Royal" read apart
        --s.first;
        retype_royal_name(c, s);
      } else if (kept == 0 || spans[kept - 1].end < s.first - 1) {
        --s.first;
        retype_royal_name(c, s);
      }
    }
    spans[kept++] = s;
  }
  spans.resize(kept);
}

// "Justice Bhuyan wrote", "Judge Merchan", "Captain Wentworth": a judge's
// or an officer's title and a surname, which the tagger read as an
// organization ("Justice" opens ministries' names) or a place. Not a common
// word after it ("the Justice Department", "Major League"), nor a place's or
// an organization's name.
bool is_judge_or_officer_and_surname(const Context& c, const TokenSpan& s) {
  static constexpr std::string_view kTitles[] = {"Justice", "Judge",    "Captain", "Colonel",
                                                 "Major",   "Sergeant", "Admiral", "Commander"};
  if (s.end - s.first != 2) return false;
  static constexpr text::WordSet kTitleSet(kTitles);
  const std::string_view title = c.doc.token_text(s.first);
  if (!kTitleSet.contains(title)) {
    return false;
  }
  const std::string_view surname = c.doc.token_text(s.first + 1);
  constexpr uint32_t kNamesAnotherThing = category_set({kCountry, kCity, kKnownOrg, kCommonWord, kSeenOrganization});
  return is_capitalized(surname) && !(c.gazetteer.categories(surname) & kNamesAnotherThing);
}

// "ahead of Thanksgiving", "during Diwali", "before Raksha Bandhan": a
// feast, which the tagger read as a place or a person; an event's name
// (MISC), as Ramadan mostly is. The numbers stage dates some too. Feasts of
// two words by their second ("Durga Puja", "Yom Kippur").
void name_holiday(const Context& c, TokenSpan& s) {
  static constexpr std::string_view kHolidays[] = {"Thanksgiving", "Christmas", "Easter",   "Diwali", "Ramadan",
                                                   "Hanukkah",     "Passover",  "Halloween", "Eid",   "Holi"};
  static constexpr std::string_view kFeastSecondWords[] = {"Bandhan", "Puja",     "Chaturthi", "Jayanti",
                                                           "Kippur",  "Hashanah", "Navami"};
  static constexpr text::WordSet kHolidaySet(kHolidays);
  static constexpr text::WordSet kFeastSecondWordSet(kFeastSecondWords);
  if (s.type == EntityType::MISC || s.end - s.first > 2) return;
  const std::string_view w = c.doc.token_text(s.end - 1);
  if (s.end == s.first + 1 ? kHolidaySet.contains(w) : kFeastSecondWordSet.contains(w)) s.type = EntityType::MISC;
}

// "North Darfur", "Western Equatoria", "Upper Nile": a region's name
// opened by a place's modifier (a point of the compass, "Upper",
// "Greater"), which the tagger read as a person's for the word after it.
// No person's name opens with one.
void retype_person_opened_by_place_modifier(const Context& c, TokenSpan& s) {
  if (s.type == EntityType::PER && s.end - s.first == 2 && lexicon::is_place_modifier(c.doc.token_text(s.first))) {
    s.type = EntityType::LOC;
  }
}

// "statements to reporters in Crans Montana": two words after "in", the
// last a place the gazetteer knows, which the tagger read as a person's
// name. A place's, a resort's or a town's, unless a first name opens it
// ("in Hannah Montana", the series).
void retype_person_in_place(const Context& c, TokenSpan& s) {
  if (s.type != EntityType::PER || s.end - s.first != 2 || s.first == 0 || c.doc.token_text(s.first - 1) != "in") {
    return;
  }
  if (c.gazetteer.contains(kFirstName, c.doc.token_text(s.first))) return;
  if (c.gazetteer.categories(c.doc.token_text(s.end - 1)) & category_set({kCountry, kCity, kSeenPlace})) {
    s.type = EntityType::LOC;
  }
}

// "Kenyans are being asked to pay more", "Azeris": a people's name in the
// plural, MISC as CoNLL marks peoples, which the tagger read as an
// organization's or a person's. Not after "the", where a plural may be a
// team's ("the Indians"); nor a singular, which may be a name's first word
// cut off ("Czech" before a line break) or a firm's ("American's request").
void retype_people(const Context& c, TokenSpan& s) {
  if (s.type == EntityType::MISC || s.end != s.first + 1) return;
  const std::string_view word = c.doc.token_text(s.first);
  if (word.back() != 's') return;
  const bool after_the = s.first > 0 && same_ignoring_case(c.doc.token_text(s.first - 1), "the");
  if (s.type == EntityType::ORG && after_the) return;
  if (!lexicon::country_of_demonym(word).empty()) s.type = EntityType::MISC;
}

// "IFP Exclusive", "Reuters Exclusive: ...": a newsroom's name and the
// label of a story it alone has, over the headline, which the tagger took
// for one name.
bool ends_with_story_label(const Context& c, const TokenSpan& s) {
  if (s.end - s.first < 2 || c.doc.token_text(s.end - 1) != "Exclusive") return false;
  return s.end == c.doc.tokens.size() || c.initial(s.end) || token_is(c.doc, s.end, ":");
}

// "after the Big Bang", "since the Cold War": an era or an event of
// history or of science, MISC as CoNLL marks events, which the tagger read
// as a place or an organization.
bool names_era(const Context& c, const TokenSpan& s) {
  static constexpr std::string_view kEras[] = {"Big Bang",         "Ice Age",    "Stone Age",  "Bronze Age",
                                               "Iron Age",         "Middle Ages", "Dark Ages", "Cold War",
                                               "Great Depression", "Industrial Revolution"};
  static constexpr text::WordSet kEraSet(kEras);
  if (s.end - s.first != 2) return false;
  return kEraSet.contains(c.doc.slice(c.doc.tokens[s.first].start, c.doc.tokens[s.first + 1].end()));
}

// Trims a span to what a reader would mark; false when nothing is left.
// "the Big Three" (Detroit's carmakers), "the Big Four" (the audit firms):
// a group's nickname, "Big" and a count, which the tagger read as a place
// or a person, or cut to "Big". MISC, as the tagger reads it most; one it
// read as an organization stays one ("the Big Ten", a conference).
void name_big_count(const Context& c, TokenSpan& s) {
  static constexpr std::string_view kCounts[] = {"Two", "Three", "Four", "Five", "Six",
                                                 "Seven", "Eight", "Ten", "Twelve"};
  static constexpr text::WordSet kCountSet(kCounts);
  if (c.doc.tokens[s.first].length != 3 || !token_is(c.doc, s.first, "Big")) return;
  const uint32_t count = s.first + 1;
  if (count >= c.doc.tokens.size() || !kCountSet.contains(c.doc.token_text(count)) || s.end > count + 1) return;
  s.end = count + 1;
  if (s.type != EntityType::ORG) s.type = EntityType::MISC;
}

// "won on Centre Court", "on Court Philippe-Chatrier": a tennis court
// played on, a place, which the tagger read as an organization, as it
// reads "Supreme Court". A name of two words or more opened or ended by
// "Court" right after "on": a court of law takes "the" ("on the Supreme
// Court").
void name_court_played_on(const Context& c, TokenSpan& s) {
  if (s.type == EntityType::LOC || s.end - s.first < 2 || s.first == 0 ||
      c.doc.tokens[s.first - 1].length != 2 || !token_is(c.doc, s.first - 1, "on")) {
    return;
  }
  if (token_is(c.doc, s.end - 1, "Court") || token_is(c.doc, s.first, "Court")) s.type = EntityType::LOC;
}

// "© 2019 Asian Mirror (pvt) Ltd", "Copyright 2026 Example News": the
// holder of a page's copyright, a publisher, which the tagger read as a
// work or a place ("Asian" a people's word). A person may hold it too, and
// stays one.
void name_copyright_holder(const Context& c, TokenSpan& s) {
  if (s.type != EntityType::MISC && s.type != EntityType::LOC) return;
  uint32_t before = s.first;
  if (before > 0 && c.doc.tokens[before - 1].kind == text::TokenKind::number) --before;
  if (before > 0 && is_copyright_word(c, before - 1)) s.type = EntityType::ORG;
}

// "18 US Code § 1992", "the Community Customs Code", "the Highway Code": a
// body of law, MISC as CoNLL marks it, which the tagger read as the
// organization that wrote it.
void name_code_of_law(const Context& c, TokenSpan& s) {
  if (s.type == EntityType::MISC || s.type == EntityType::PER || s.end - s.first < 2) return;
  if (c.doc.tokens[s.end - 1].length == 4 && token_is(c.doc, s.end - 1, "Code")) s.type = EntityType::MISC;
}

// Whether `name` is a family's, a surname in the plural ("the Kennedys",
// "the Obamas"): an "s" not after "i", "u" or another "s" ("Acropolis",
// "Olympus").
bool is_plural_surname(std::string_view name) {
  if (name.size() < 3 || name.back() != 's') return false;
  const char before = name[name.size() - 2];
  return before != 'i' && before != 'u' && before != 's';
}

// "climb the Acropolis for 20 euros", "outside the Kremlin.": a name of
// one word after "the" that ends its phrase (a function word or a mark
// after it) names a place, not a person, whom the news names without "the";
// the tagger read a person. Not a name that modifies the noun after it
// ("the Trump administration"), nor a family ("the Kennedys").
void retype_person_after_the(const Context& c, TokenSpan& s) {
  if (s.type != EntityType::PER || s.end != s.first + 1 || s.first == 0 || s.end >= c.doc.tokens.size() ||
      c.doc.tokens[s.first - 1].length != 3 || !token_is(c.doc, s.first - 1, "the") ||
      is_plural_surname(c.doc.token_text(s.first))) {
    return;
  }
  const text::Token& after = c.doc.tokens[s.end];
  if (is_possessive(c.doc.token_text(s.end))) return;  // "the Rock's"
  if (after.kind == text::TokenKind::punct || (c.kinds(s.end) & lexicon::kFunctionWord)) s.type = EntityType::LOC;
}

bool clean(const Context& c, TokenSpan& s) {
  if (names_no_one(c, s) || is_job_title_in_apposition(c, s)) return false;
  name_event(c, s);
  name_big_count(c, s);
  name_court_played_on(c, s);
  name_copyright_holder(c, s);
  name_code_of_law(c, s);
  retype_person_after_the(c, s);
  name_by_noun_after(c, s);
  name_holiday(c, s);
  name_wildfire_or_amendment(c, s);
  retype_person_opened_by_place_modifier(c, s);
  retype_person_in_place(c, s);
  retype_people(c, s);
  // "Senator Warren", "Mrs. Thatcher": a person's name, whatever type the
  // tagger gave it (a headline's "says Senator Warren" was MISC); its title
  // is trimmed below. Not a title before "of", which names a person only
  // as is_noble_title_name() says ("the Countess of Chester Hospital").
  if (s.type != EntityType::PER && s.end - s.first >= 2 &&
      (((c.kinds(s.first) & lexicon::kPersonalTitle) && !token_is(c.doc, s.first + 1, "of")) ||
       is_noble_title_name(c, s) || is_judge_or_officer_and_surname(c, s))) {
    s.type = EntityType::PER;
  }
  if (s.type == EntityType::PER && s.end - s.first >= 2 && token_is(c.doc, s.first, "Royal")) retype_royal_name(c, s);
  while (s.end > s.first && (is_possessive(c.doc.token_text(s.end - 1)) || is_edge_word(c, s.end - 1))) {
    if (possessive_in_name(c.doc, s.type, s.first, s.end - 1, s.end) || ends_name_with_number(c, s) ||
        ends_with_bracketed_letter(c, s)) {
      break;
    }
    --s.end;
  }
  if (ends_with_story_label(c, s)) --s.end;
  if (names_index(c, s) || names_era(c, s)) s.type = EntityType::MISC;
  // "the Melon Music Awards", "the Brit Awards": a ceremony, an event
  // (MISC), which the tagger read as an organization or a place.
  if (s.type != EntityType::PER && s.end - s.first >= 2 && token_is(c.doc, s.end - 1, "Awards")) {
    s.type = EntityType::MISC;
  }
  if (is_index_before_its_number(c, s)) {
    ++s.end;
    s.type = EntityType::MISC;
  }
  trim_desk_field(c, s);
  trim_field_before_holder(c, s);
  trim_party_office(c, s);
  trim_rank_modifier(c, s);
  while (s.first < s.end && is_trimmed_first_word(c, s)) ++s.first;
  if (s.first >= s.end) return false;
  bool all_titles = s.type != EntityType::PER;  // a person's first title word is trimmed above
  for (uint32_t i = s.first; i < s.end && all_titles; ++i) all_titles = is_title_word(c, i);
  if (all_titles) return false;
  // A name has a capital (or a digit, as in "G20") somewhere.
  bool marked = false;
  for (uint32_t i = s.first; i < s.end && !marked; ++i) marked = is_not_lower_case(c.doc.token_text(i));
  if (!marked) return false;
  return !(s.end - s.first == 1 && is_sentence_initial_common_word(c, s.first));
}

// "the journalist [LOC Victoria] [PER Mary Clarke]": a first name that is
// a place's too, which the tagger read as the place before the rest of the
// person's name. Whether the span before token `first`, of one word, right
// before it, is such a name: a place the gazetteer knows as a first name,
// after a word in lower case.
bool is_first_name_read_as_place(const text::Document& doc, const Gazetteer& gazetteer,
                                 const std::vector<TokenSpan>& spans, uint32_t first) {
  if (spans.empty()) return false;
  const TokenSpan& before = spans.back();
  if (before.end != first || before.first + 1 != first || before.type != EntityType::LOC || before.first == 0) {
    return false;
  }
  return text::is_lower_ascii(doc.text[doc.tokens[before.first - 1].start]) &&
         gazetteer.contains(kFirstName, doc.token_text(before.first));
}

// A possessive or a bracket inside a span of B/I tags ends it: CoNLL keeps
// "'s" outside names ("IRGC Aerospace Division's Space Unit" is two),
// except where possessive_in_name(), plural_possessive_in_name() or
// is_bracketed_letter() says.
bool splits_names(std::string_view word) {
  return is_possessive(word) || (word.size() == 1 && (word[0] == '(' || word[0] == ')'));
}

// A plural's possessive apostrophe between words of a name: "Toronto Bond
// Traders' Association", "African Nations' Cup", "Bradford Magistrates'
// Court". The word before it is a common noun, unlike a name's ("Brussels'
// Grand Place" is two), or the word after it ends organizations' names.
bool plural_possessive_in_name(const text::Document& doc, const Gazetteer& gazetteer, uint32_t k) {
  const std::string_view w = doc.token_text(k);
  if (w != "'" && w != "\xE2\x80\x99") return false;
  const std::string_view before = doc.token_text(k - 1);
  if (before.size() <= 2 || before.back() != 's') return false;
  return gazetteer.contains(kCommonWord, before) ||
         (k + 1 < doc.tokens.size() && gazetteer.contains(kOrgSuffix, doc.token_text(k + 1)));
}

// "Mayo Clinic Alzheimer's Disease Research Center", "the Parkinson's
// Disease Foundation": an institution's name of which a disease named for
// its discoverer (names_disease()) is a part, the possessive at token `k`
// of the span [first, end) after the eponym (or between two spans, where
// the tagger cut the name at it), and a word that ends institutions' names
// last. Not "Rupert Murdoch's News Corp Ltd", two names.
bool eponym_possessive_in_name(const text::Document& doc, const Gazetteer& gazetteer, uint32_t first, uint32_t k,
                               uint32_t end) {
  if (k <= first || k + 2 >= end || !is_possessive(doc.token_text(k)) || !names_disease(doc.token_text(k - 1))) {
    return false;
  }
  const std::string_view last = doc.token_text(end - 1);
  return lexicon::ends_institution_name(last) || gazetteer.contains(kOrgSuffix, last);
}

// "Pointe du Raz", "Musée des Beaux-Arts", "Lula da Silva": a name of
// French, Spanish, Italian or Portuguese with its particle, which the tagger,
// knowing neither word, cut in two around it. One name, of its first word's
// type: whether the token before `first`, which ends the span before, is a
// particle (all start with a "d").
bool is_particle_between(const text::Document& doc, uint32_t first) {
  static constexpr std::string_view kParticles[] = {"de", "du", "des", "del", "della", "di", "da", "do", "dos", "das"};
  const text::Token& between = doc.tokens[first - 1];
  return doc.text[between.start] == 'd' && between.length <= 5 &&
         std::find(std::begin(kParticles), std::end(kParticles), doc.token_text(first - 1)) != std::end(kParticles);
}

// "[LOC Avon] and [ORG Somerset Police]", "[PER Devon] and [ORG Cornwall
// Police]", "Brighton and Hove City Council": a police force or a council of
// two places, named with both, which the tagger cut at the "and": one name,
// of the second span's type. Whether the span `before`, one word, and the
// span ending at `end` after an "and" are one such name.
bool is_force_of_two_places(const text::Document& doc, const TokenSpan& before, uint32_t end) {
  if (before.end != before.first + 1 || !token_is(doc, before.end, "and")) return false;
  return lexicon::ends_public_body_name(doc.token_text(end - 1));
}

// "[King] 's [College Chapel]", "[St Thomas] ' [Hospital]", "the
// [Alzheimer] 's [Association]": a building, an institution or a charity
// named after someone in the possessive, which the tagger cut at the
// apostrophe. One name, of the second span's type: whether the span
// `before` and the span at `first` are one such name. A lone apostrophe
// after a word ending in "s" only (else it closes a quotation), and not
// after a country or a city ("Britain's College of Policing" is two) but
// a title that is one too ("King").
bool is_possessive_institution(const text::Document& doc, const Gazetteer& gazetteer, const TokenSpan& before,
                               uint32_t first) {
  if (before.end + 1 != first) return false;
  const std::string_view word = doc.token_text(first);
  if (!lexicon::is_institution_word(word) && !is_charity_word(word)) return false;
  const std::string_view apostrophe = doc.token_text(before.end);
  if (!is_possessive(apostrophe)) return false;
  if (apostrophe.back() != 's' && doc.token_text(before.end - 1).back() != 's') return false;
  const std::string_view name = doc.slice(doc.tokens[before.first].start, doc.tokens[before.end - 1].end());
  return opens_possessive_name(name) || !(gazetteer.categories(name) & category_set({kCountry, kCity}));
}

// "[LOC Monaco] [MISC Grand Prix]", "[MISC British] [MISC Grand Prix]": a
// race named after its country or city, one name as CoNLL marks it
// ("Belgian Grand Prix"), which the tagger cut after the place.
bool names_grand_prix(const text::Document& doc, const TokenSpan& before, uint32_t first) {
  if (before.end != first || before.type == EntityType::PER || !token_is(doc, first, "Grand") ||
      !token_is(doc, first + 1, "Prix")) {
    return false;
  }
  const uint32_t space = doc.tokens[first - 1].end();
  return doc.tokens[first].start == space + 1 && doc.text[space] == ' ';  // not a headline's line above
}

// "[LOC Rio Grande] do Sul", "Mato Grosso do Sul": a place's name that goes
// on after a particle with a word the tagger left out. Whether the place
// ending at `end` does.
bool goes_on_after_particle(const text::Document& doc, const std::vector<Tag>& tags, EntityType type, uint32_t end) {
  if (type != EntityType::LOC || end + 1 >= tags.size() || tags[end] != kOutside || tags[end + 1] != kOutside) {
    return false;
  }
  return is_particle_between(doc, end + 1) && doc.tokens[end + 1].kind == text::TokenKind::word &&
         is_capitalized(doc.token_text(end + 1));
}

// "the [LOC Oklahoma City] Thunder beat the Heat": a place before a team's
// nickname that the tagger left out, one team's name in a text about sport
// (names_team makes it an organization). Not "Texas Heat" in a weather
// story's headline. Whether the place ending at `end` goes on so.
bool goes_on_with_team_nickname(const text::Document& doc, EntityType type, uint32_t end) {
  if (type != EntityType::LOC || !is_capitalized(doc.token_text(end)) ||
      !lexicon::is_team_nickname(doc.token_text(end))) {
    return false;
  }
  return doc.tokens[end].start == doc.tokens[end - 1].end() + 1 && is_about_sport(doc);
}

// Whether a name of one word, of any type, is tagged at `i`.
bool is_one_word_name(const std::vector<Tag>& tags, uint32_t i) {
  return i < tags.size() && is_begin(tags[i]) && (i + 1 == tags.size() || !is_inside(tags[i + 1]));
}

// Whether the untagged token at `end` starts with a capital or a digit, as
// the words that go on after a name do (a team's nickname, a car's code,
// Formula 1's number): most names are followed by punctuation or a
// lower-case word.
bool may_go_on_with_word(const text::Document& doc, const std::vector<Tag>& tags, uint32_t end) {
  if (end >= tags.size() || tags[end] != kOutside) return false;
  const auto first = static_cast<unsigned char>(doc.text[doc.tokens[end].start]);
  return text::is_upper_ascii(first) || text::is_digit(first);
}

// "[ORG Formula] 1": the championship by its number, which the tagger left
// out; one name, MISC, as CoNLL tags "Formula One".
bool names_formula_one(const text::Document& doc, const TokenSpan& s, uint32_t end) {
  if (s.end - s.first != 1 || doc.tokens[end].length != 1 || doc.text[doc.tokens[end].start] != '1') return false;
  return token_is(doc, s.first, "Formula") &&
         doc.tokens[end].start == doc.tokens[end - 1].end() + 1;
}

// "the Princess of [Wales]", "the [Duke] of [Edinburgh]": a royal's or a
// noble's title of a place, which the tagger read as the place alone (and
// the title as a person): one person's name. Whether the place span at
// `first`, of one or two words that no capitalized word goes on after, is
// such a title's.
bool is_noble_title_of(const text::Document& doc, uint32_t first, uint32_t end) {
  if (first < 2 || end - first > 2 || !token_is(doc, first - 1, "of")) return false;
  if (end < doc.tokens.size() && is_capitalized(doc.token_text(end))) return false;  // "Prince of Wales Theatre"
  return is_noble_title(doc.token_text(first - 2));
}

// "the [ORG Tesla Model] Y", "the [ORG Tesla Model] 3": a car's model
// code, a letter, or a number after "Model", that the tagger left out after
// the maker's and the model's names (names_car_model makes it a product).
// Not a rally's times after the car ("Toyota Celica 12 seconds behind").
bool goes_on_with_model_code(const text::Document& doc, const TokenSpan& s, uint32_t end) {
  if (s.end - s.first < 2 || s.type == EntityType::PER) return false;
  const std::string_view code = doc.token_text(end);
  const bool letter = code.size() == 1 && text::is_upper_ascii(code[0]);
  const bool number = doc.tokens[end].kind == text::TokenKind::number && code.size() <= 3 &&
                      token_is(doc, s.end - 1, "Model");
  return (letter || number) && doc.tokens[end].start == doc.tokens[end - 1].end() + 1 &&
         lexicon::is_carmaker(doc.token_text(s.first));
}

// "Hurricane [Milton]", "[MISC Operation] [PER Desert Storm]": whether the
// word before token i, untagged or a span of its own, is an event's word that
// opens the name at i (see name_event). Most words before a name are not
// five, seven or nine letters long.
bool is_event_word_before(const text::Document& doc, const std::vector<TokenSpan>& spans, uint32_t i) {
  if (i == 0) return false;
  const uint32_t length = doc.tokens[i - 1].length;
  if ((length != 5 && length != 7 && length != 9) || !is_event_word(doc, i - 1)) return false;
  return spans.empty() || spans.back().end < i || spans.back().first + 1 == i;
}

// Spans of B/I tags, split where splits_names says, joined where
// is_particle_between or is_force_of_two_places says, opened a word early
// where is_event_word_before says.
std::vector<TokenSpan> spans_from_tags(const text::Document& doc, const Gazetteer& gazetteer,
                                       const std::vector<Tag>& tags) {
  std::vector<TokenSpan> spans;
  spans.reserve(tags.size() / 8 + 16);  // enough for most texts
  for (uint32_t i = next_tagged(tags, 0); i < tags.size(); i = next_tagged(tags, i)) {
    uint32_t j = i + 1;
    while (j < tags.size() && is_inside(tags[j]) && type_index(tags[j]) == type_index(tags[i])) ++j;
    uint32_t start = i;
    for (uint32_t k = i; k < j; ++k) {
      if (!splits_names(doc.token_text(k)) || possessive_in_name(doc, entity_type(tags[i]), start, k, j)) continue;
      if (k > start && k + 1 < j && plural_possessive_in_name(doc, gazetteer, k)) continue;
      if (eponym_possessive_in_name(doc, gazetteer, start, k, j)) continue;
      if (k + 2 < j && k > start && is_bracketed_letter(doc, entity_type(tags[i]), k)) {
        k += 2;  // past the closing bracket
        continue;
      }
      if (k > start && is_bracketed_part_of_company(doc, k, j)) break;  // one name to its legal form
      if (k > start) spans.push_back({start, k, entity_type(tags[i])});
      start = k + 1;
    }
    const bool after_one_word = start == i && !spans.empty() && spans.back().end + 1 == i;
    const bool person = entity_type(tags[i]) == EntityType::PER;
    if (start == i && person && is_first_name_read_as_place(doc, gazetteer, spans, i)) {
      spans.back() = {spans.back().first, j, EntityType::PER};
    } else if (after_one_word && is_particle_between(doc, i)) {
      spans.back().end = j;
    } else if (after_one_word && (is_force_of_two_places(doc, spans.back(), j) ||
                                  is_possessive_institution(doc, gazetteer, spans.back(), i) ||
                                  eponym_possessive_in_name(doc, gazetteer, spans.back().first, i - 1, j))) {
      spans.back() = {spans.back().first, j, entity_type(tags[i])};
    } else if (start == i && !spans.empty() && names_grand_prix(doc, spans.back(), i)) {
      spans.back() = {spans.back().first, j, EntityType::MISC};
    } else if (j > start) {
      if (start == i && is_event_word_before(doc, spans, i)) {
        if (!spans.empty() && spans.back().end == i) spans.pop_back();
        --start;
      }
      if (start == i && entity_type(tags[i]) == EntityType::LOC && is_noble_title_of(doc, i, j)) {
        if (!spans.empty() && spans.back().end == i - 1 && spans.back().first == i - 2) spans.pop_back();
        // "the Countess of [Chester Hospital]": a building named after the title, a place.
        const bool building = lexicon::is_institution_word(doc.token_text(j - 1));
        spans.push_back({i - 2, j, building ? EntityType::LOC : EntityType::PER});
      } else {
        spans.push_back({start, j, entity_type(tags[i])});
      }
      if (goes_on_after_particle(doc, tags, spans.back().type, j)) spans.back().end = j += 2;
      if (is_one_word_name(tags, j) && goes_on_with_team_nickname(doc, spans.back().type, j)) {
        spans.back().end = ++j;  // "the [LOC Oklahoma City] [PER Thunder]": the tagger read a person
      } else if (may_go_on_with_word(doc, tags, j)) {
        if (goes_on_with_team_nickname(doc, spans.back().type, j)) spans.back().end = ++j;
        if (goes_on_with_model_code(doc, spans.back(), j)) spans.back().end = ++j;
        if (names_formula_one(doc, spans.back(), j)) spans.back() = {spans.back().first, ++j, EntityType::MISC};
      }
    }
    i = j;
  }
  return spans;
}

// Words that tell a text is about sport, lower case: a club is named for its
// city there. By length, then first letter, then compared.
bool is_sport_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "beat",   "cup",     "fans",     "goal",      "goals",      "match",       "score",     "scored",
      "beaten", "league",  "season",   "squad",     "striker",    "stadium",     "manager",   "fixture",
      "referee", "penalty", "defender", "goalkeeper", "midfielder", "relegation", "premiership", "championship",
      // Motor racing's.
      "prix",   "podium",  "laps",     "teammate",  "team-mate"};
  // A bit per length and first letter of a listed word: most words are ruled out by it.
  static constexpr auto kShapes = [] {
    std::array<uint32_t, 16> shapes{};  // per length, a bit per first letter
    for (std::string_view s : kWords) shapes[s.size()] |= uint32_t{1} << (s[0] - 'a');
    return shapes;
  }();
  if (w.size() >= kShapes.size() || !text::is_ascii_letter(static_cast<unsigned char>(w[0])) ||
      !(kShapes[w.size()] >> (text::lower_ascii(w[0]) - 'a') & 1)) {
    return false;
  }
  return std::any_of(std::begin(kWords), std::end(kWords), [&](std::string_view s) { return same_ignoring_case(w, s); });
}

// "2-1", "3-0": a match's score, one token.
bool is_score(std::string_view w) {
  const size_t dash = w.find('-');
  if (dash == 0 || dash > 2 || w.size() - dash - 1 == 0 || w.size() - dash - 1 > 2) return false;
  return std::all_of(w.begin(), w.begin() + dash, text::is_digit) &&
         std::all_of(w.begin() + dash + 1, w.end(), text::is_digit);
}

}  // namespace

bool is_about_sport(const text::Document& doc) {
  for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
    const std::string_view w = doc.token_text(i);
    if (is_sport_word(w) || (doc.tokens[i].kind == text::TokenKind::number && is_score(w))) return true;
    if (w == "signed" && i + 1 < doc.tokens.size() && doc.token_text(i + 1) == "for") return true;
  }
  return false;
}

namespace {

// Offices written before a person's name, for grouping only (the tagger's
// titles are the model's): "Health Secretary Victoria Atkins". Asked of
// every word of a span: by length, with compares that need no call.
bool is_office(std::string_view w) {
  if (w.empty() || !text::is_upper_ascii(static_cast<unsigned char>(w[0]))) return false;
  switch (w.size()) {
    case 4: return w == "Cllr";  // a British councillor
    case 5: return text::is_one_of_its_length(w, {"Mayor", "Judge", "Coach"});
    case 7: return text::is_one_of_its_length(w, {"Senator", "Justice", "Manager", "Sheriff"});
    case 8:
      return text::is_one_of_its_length(w, {"Minister", "Governor", "Chairman", "Director", "Justices", "Senators"});
    case 9: return text::is_one_of_its_length(w, {"Secretary", "President", "Spokesman", "Executive", "Inspector"});
    case 10: return text::is_one_of_its_length(w, {"Chancellor", "Ambassador", "Chairwoman", "Councillor"});
    case 11: return w == "Spokeswoman";
    case 12: return w == "Commissioner";
    case 14: return w == "Superintendent";
    default: return false;
  }
}

// Words that go before an office and make one with it: "Chief Executive",
// "Deputy Mayor", "Attorney General" (whose "General" alone opens other
// names: "General Motors").
bool is_office_modifier(std::string_view w) {
  static constexpr std::string_view kModifiers[] = {"Vice",    "Deputy",    "Chief",    "Prime",     "Acting",
                                                    "Interim", "Assistant", "Attorney", "Solicitor", "Surgeon"};
  static constexpr text::WordSet kModifierSet(kModifiers);
  return kModifierSet.contains(w);
}

bool is_office_at(const text::Document& doc, uint32_t i) {
  const std::string_view w = doc.token_text(i);
  if (w == "General") return i > 0 && is_office_modifier(doc.token_text(i - 1)) && doc.token_text(i - 1) != "Chief";
  return is_office(w);
}

// Whether the tokens [first, end) may be a person's full name after an
// office: two or more capitalized words, with a particle inside ("Kent van
// der Kamp"). A word alone is too often the rest of an organization's name
// ("Federal Trade Commission and Justice Department").
bool looks_like_full_name(const text::Document& doc, uint32_t first, uint32_t end) {
  static constexpr std::string_view kParticles[] = {"van", "von", "der", "de", "da", "di", "del", "du", "le", "la", "bin"};
  if (end < first + 2 || end - first > 5) return false;
  for (uint32_t i = first; i < end; ++i) {
    const std::string_view w = doc.token_text(i);
    const bool particle = i > first && i + 1 < end &&
                          std::find(std::begin(kParticles), std::end(kParticles), w) != std::end(kParticles);
    if (!particle && !text::is_upper_ascii(static_cast<unsigned char>(w[0]))) return false;
  }
  return true;
}

// The type of what names the office's seat: a place the gazetteer knows,
// maybe after place modifiers ("West Yorkshire"), a people ("Ukrainian"),
// else the tagger's, an organization's for a person's.
EntityType seat_type(const text::Document& doc, const Gazetteer& gazetteer, const TokenSpan& seat, EntityType tagged) {
  constexpr uint32_t kPlaces = category_set({kCountry, kCity, kSeenPlace});
  const std::string_view name = doc.slice(doc.tokens[seat.first].start, doc.tokens[seat.end - 1].end());
  const uint32_t listed = gazetteer.categories(name);
  if (listed & kPlaces) return EntityType::LOC;
  uint32_t place = seat.first;
  while (place + 1 < seat.end && lexicon::is_place_modifier(doc.token_text(place))) ++place;
  if (place > seat.first && (gazetteer.categories(doc.slice(doc.tokens[place].start, doc.tokens[seat.end - 1].end())) &
                             kPlaces)) {
    return EntityType::LOC;
  }
  if (listed & category_set({kDemonym})) return EntityType::MISC;
  return tagged == EntityType::PER ? EntityType::ORG : tagged;
}

// "Federal Reserve Governor Christopher Waller", "[Tennessee Attorney]
// General [Jonathan Skrmetti]", "Sheriff Kent van der Kamp": an office the
// tagger read into a name, that of its seat or the person's after it. The
// seat and the person are names of their own, the office none. Writes the
// parts of s to `parts` and returns how many, 0 when s stays whole. The
// seat takes back the place modifiers before s that the tagger left out,
// reading a capital at a sentence's start as no sign of a name ("[West]
// Yorkshire Mayor Tracy Brabin said"), down to the span before, which ends
// at `previous_end`.
int split_at_office(const text::Document& doc, const Gazetteer& gazetteer, const TokenSpan& s, uint32_t previous_end,
                    uint32_t next_first, TokenSpan (&parts)[2]) {
  // The office: just after the span or its last word, with the next span
  // after it, or the last one inside with two words after it.
  // A personal title may come between ("the Conservative MP Sir John
  // Hayes"). A member's title ends no name, whatever follows it ("the
  // Labour MP for Hackney").
  const auto titled_after = [&] {
    return next_first == s.end + 1 && (lexicon::kinds_in_any_case(doc.token_text(s.end)) & lexicon::kTitleWord);
  };
  const bool member_last = s.end - s.first >= 2 && is_members_title_word(doc.token_text(s.end - 1));
  uint32_t office;
  uint32_t title_between = 0;
  if (next_first == s.end + 1 && is_office_at(doc, s.end)) {
    office = s.end;
  } else if (member_last || (s.end - s.first >= 2 && is_office_at(doc, s.end - 1) &&
                             (next_first == s.end || titled_after()))) {
    office = s.end - 1;
    title_between = next_first == s.end + 1 && titled_after();
  } else if (s.end - s.first >= 3) {
    // "Molo MP Kimani Kuria": a member's title inside, before a full name, is an office too.
    uint32_t k = s.end - 2;
    while (k > s.first && !is_office_at(doc, k - 1) && !is_members_title_word(doc.token_text(k - 1))) --k;
    if (k == s.first) return 0;
    office = k - 1;
  } else {
    return 0;
  }
  uint32_t seat_end = office;
  while (seat_end > s.first && is_office_modifier(doc.token_text(seat_end - 1))) --seat_end;
  const bool person_inside = office + 1 < s.end && looks_like_full_name(doc, office + 1, s.end);
  const TokenSpan person{office + 1, s.end, EntityType::PER};
  if (seat_end == s.first) {  // "Sheriff Kent van der Kamp"
    // The tagger may read an office and a first name it knows from no
    // training text as an organization's ("Justice Amy Coney Barrett", as
    // "Justice Ministry"): a first name the gazetteer lists says a person.
    const bool first_name = person_inside && gazetteer.contains(kFirstName, doc.token_text(office + 1));
    if (!person_inside || (s.type != EntityType::PER && !first_name)) return 0;
    parts[0] = person;
    return 1;
  }
  const bool person_after = office + 1 >= s.end && next_first == office + 1 + title_between;
  // "[Manchester United] Manager [...]": whole.
  if (seat_end == s.end || (!person_inside && !person_after && !member_last)) return 0;
  if (!text::is_upper_ascii(static_cast<unsigned char>(doc.token_text(seat_end - 1)[0]))) return 0;  // "... and"
  uint32_t seat_first = s.first;
  while (seat_first > previous_end && lexicon::is_place_modifier(doc.token_text(seat_first - 1))) --seat_first;
  const TokenSpan seat{seat_first, seat_end, s.type};
  parts[0] = {seat.first, seat.end, seat_type(doc, gazetteer, seat, s.type)};
  if (!person_inside) return 1;
  parts[1] = person;
  return 2;
}

// "By Ryan Hooper For Mailonline", "By Jane Roe in London": a byline the
// tagger read as one name. The person's name ends at the word; what follows
// it names a publication or a place. As split_at_office.
int split_byline(const text::Document& doc, const TokenSpan& s, TokenSpan (&parts)[2]) {
  if (s.type != EntityType::PER || s.first == 0 || doc.tokens[s.first - 1].length != 2 ||
      !same_ignoring_case(doc.token_text(s.first - 1), "by")) {
    return 0;
  }
  for (uint32_t k = s.first + 1; k < s.end; ++k) {
    const std::string_view w = doc.token_text(k);
    if (!same_ignoring_case(w, "for") && w != "at" && w != "in") continue;
    parts[0] = {s.first, k, EntityType::PER};
    if (k + 1 == s.end) return 1;
    parts[1] = {k + 1, s.end, w == "in" ? EntityType::LOC : EntityType::ORG};
    return 2;
  }
  return 0;
}

// "Prof Sergiu Pasca of Stanford University", "the Francis Crick Institute
// and University College London": a scholar's title, name and "of" the
// university, or two institutions joined by "and", which the tagger read as
// one organization. A person (the title trimmed later) and an
// organization; or two organizations, where the first ends in an
// institution's head noun and the second holds one ("London School of
// Economics and Political Science" is one). As split_at_office.
int split_scholar_or_institutions(const text::Document& doc, const TokenSpan& s, TokenSpan (&parts)[2]) {
  static constexpr std::string_view kHeads[] = {"Institute", "University", "College", "School", "Hospital",
                                                "Trust",     "Council",    "Centre",  "Center", "Foundation"};
  const auto is_head = [&](uint32_t i) {
    return std::find(std::begin(kHeads), std::end(kHeads), doc.token_text(i)) != std::end(kHeads);
  };
  if (s.type != EntityType::ORG || s.end - s.first < 4) return 0;
  const std::string_view title = doc.token_text(s.first);
  const bool scholar = title == "Prof" || title == "Prof." || title == "Professor" || title == "Dr" || title == "Dr.";
  for (uint32_t k = s.first + 2; k + 1 < s.end; ++k) {
    if (scholar && token_is(doc, k, "of")) {
      parts[0] = {s.first, k, EntityType::PER};
      parts[1] = {k + 1, s.end, EntityType::ORG};
      return 2;
    }
    if (!scholar && token_is(doc, k, "and") && is_head(k - 1)) {
      bool head_after = false;
      for (uint32_t i = k + 1; i < s.end && !head_after; ++i) head_after = is_head(i);
      if (!head_after) return 0;
      parts[0] = {s.first, k, EntityType::ORG};
      parts[1] = {k + 1, s.end, EntityType::ORG};
      return 2;
    }
  }
  return 0;
}

// "Sundar Pichai of Alphabet", "Valérie Hayer of Renew": a person's first
// name and surname, "of" and their organization, which the tagger read as
// one organization. A person and an organization, as split_at_office: a
// first name the gazetteer knows, or a word it knows as nothing, before a
// surname that is no common word ("Christian Brothers of Ireland", "Bank
// of America", "Tata Sons of India" stay). Asked of organizations of four
// words or more only.
int split_person_of_organization(const text::Document& doc, const Gazetteer& gazetteer, const TokenSpan& s,
                                 TokenSpan (&parts)[2]) {
  if (s.type != EntityType::ORG || s.end - s.first < 4 || !token_is(doc, s.first + 2, "of")) return 0;
  const std::string_view first = doc.token_text(s.first), surname = doc.token_text(s.first + 1);
  if (!is_capitalized(first) || !is_capitalized(surname) || !is_capitalized(doc.token_text(s.first + 3))) return 0;
  const uint32_t of_first = gazetteer.categories(first), of_surname = gazetteer.categories(surname);
  if (!(of_first & category_set({kFirstName})) && (of_first & ~category_set({kSeenPerson}))) return 0;
  if ((of_surname & ~category_set({kSeenPerson})) || lexicon::ends_academic_name(surname) ||
      lexicon::ends_public_body_name(surname) || lexicon::ends_firm_name(surname) || lexicon::names_trade(surname) ||
      lexicon::is_institution_word(surname)) {
    return 0;  // "Royal Academy of Dramatic Art"
  }
  parts[0] = {s.first, s.first + 2, EntityType::PER};
  parts[1] = {s.first + 3, s.end, EntityType::ORG};
  return 2;
}

// "activist investors including Starboard Value and Third Point", "firms
// such as Texas Instruments and Analog Devices": two organizations of two
// words or more each, joined by "and" after a word that opens a list of
// examples, which the tagger read as one. Not a name with a function word
// in it ("Department of Health and Social Care"), nor one whose half is a
// word ("Food and Drug Administration", "Marks and Spencer"). As
// split_at_office.
[[gnu::noinline]] int split_listed_organizations(const text::Document& doc, const TokenSpan& s, TokenSpan (&parts)[2]) {
  constexpr uint32_t kShortest = 5;  // two words, "and", two words
  if (s.type != EntityType::ORG || s.end - s.first < kShortest || s.first == 0) return 0;
  const std::string_view before = doc.token_text(s.first - 1);
  const bool such_as = before == "as" && s.first >= 2 && token_is(doc, s.first - 2, "such");
  if (before != "including" && before != "like" && before != "both" && !such_as) return 0;
  uint32_t joint = 0;
  for (uint32_t k = s.first; k < s.end; ++k) {
    const std::string_view w = doc.token_text(k);
    if (w == "and") {
      if (joint != 0) return 0;
      joint = k;
    } else if (!text::is_upper_ascii(static_cast<unsigned char>(w[0]))) {
      return 0;  // a function word, a comma
    }
  }
  if (joint < s.first + 2 || joint + 3 > s.end) return 0;
  parts[0] = {s.first, joint, EntityType::ORG};
  parts[1] = {joint + 1, s.end, EntityType::ORG};
  return 2;
}

// "Senate Democratic leader Chuck Schumer", "House Republican
// lawmakers": a US chamber and the party of its members, which the tagger
// read as one organization. The chamber, an organization, and the party's
// adjective or its members, MISC as CoNLL marks them. Only two words: a
// caucus's name goes on ("Senate Democratic Caucus").
int split_chamber_and_party(const text::Document& doc, const TokenSpan& s, TokenSpan (&parts)[2]) {
  static constexpr std::string_view kParties[] = {"Democratic", "Republican", "Democrats", "Republicans", "GOP"};
  static constexpr text::WordSet kPartySet(kParties);
  if (s.type != EntityType::ORG || s.end - s.first != 2 || !kPartySet.contains(doc.token_text(s.first + 1)) ||
      !(token_is(doc, s.first, "Senate") || token_is(doc, s.first, "House"))) {
    return 0;
  }
  parts[0] = {s.first, s.first + 1, EntityType::ORG};
  parts[1] = {s.first + 1, s.end, EntityType::MISC};
  return 2;
}

// Splits the spans that split_byline(), split_at_office(),
// split_scholar_or_institutions(), split_person_of_organization(),
// split_chamber_and_party() and split_listed_organizations() say are
// several names. Few are: the spans are copied from the first one on.
void split_joined_names(const text::Document& doc, const Gazetteer& gazetteer, std::vector<TokenSpan>& spans) {
  std::vector<TokenSpan> out;  // empty until the first split
  for (size_t m = 0; m < spans.size(); ++m) {
    const uint32_t previous_end = m > 0 ? spans[m - 1].end : 0;
    const uint32_t next_first = m + 1 < spans.size() ? spans[m + 1].first : 0;
    TokenSpan parts[2];
    int count = split_byline(doc, spans[m], parts);
    if (count == 0) count = split_at_office(doc, gazetteer, spans[m], previous_end, next_first, parts);
    if (count == 0) count = split_scholar_or_institutions(doc, spans[m], parts);
    if (count == 0) count = split_person_of_organization(doc, gazetteer, spans[m], parts);
    if (count == 0) count = split_chamber_and_party(doc, spans[m], parts);
    // Its cheap tests here: asked of every span.
    if (count == 0 && spans[m].type == EntityType::ORG && spans[m].end - spans[m].first >= 5) {
      count = split_listed_organizations(doc, spans[m], parts);
    }
    if (count == 0) {
      if (!out.empty()) out.push_back(spans[m]);
      continue;
    }
    if (out.empty()) out.assign(spans.begin(), spans.begin() + m);
    out.insert(out.end(), parts, parts + count);
  }
  if (!out.empty()) spans.swap(out);
}

// Keeps, in order, the spans that `keep` accepts (and may trim).
template <typename Keep>
void filter(std::vector<TokenSpan>& spans, Keep keep) {
  size_t kept = 0;
  for (TokenSpan s : spans) {
    if (keep(s)) spans[kept++] = s;
  }
  spans.resize(kept);
}

// Section labels copied with a headline ("Diplomacy: Putin urges ...",
// "Diplomacy Putin hints ...") look like a name, or like a first name before
// a surname. A label is dropped when it starts its paragraph before a colon
// and names no one else in the text; a word glued before a surname is cut
// when the text gives that surname another first name ("Vladimir Putin").
// Neither happens to a known first name or a word that the text also
// capitalizes mid-sentence.
class SectionLabels {
 public:
  enum Verdict { kName, kLabel, kLabelBeforeName };

  // Counts, over the person spans, only what the verdicts will ask about:
  // most texts have no candidate, and need no count at all.
  SectionLabels(const Context& c, const std::vector<TokenSpan>& spans) : c_(c) {
    for (const TokenSpan& s : spans) {
      if (!may_be_label(s)) continue;
      if (s.end - s.first == 1 && before_colon(s)) ask(c.doc.token_text(s.first));
      if (s.end - s.first == 2) ask(c.doc.token_text(s.end - 1));
    }
    if (surnames_.empty()) return;
    surnames_.seal();
    for (const TokenSpan& s : spans) {
      if (s.type != EntityType::PER) continue;
      Surname* surname = surnames_.find(c.doc.token_text(s.end - 1));
      if (!surname) continue;
      ++surname->uses;
      if (s.end - s.first < 2) continue;
      const std::string_view first = c.doc.token_text(s.first);
      if (surname->first_name.empty()) {
        surname->first_name = first;
      } else if (!same_ignoring_case(surname->first_name, first)) {
        surname->several_first_names = true;
      }
    }
  }

  // What the span is by the rules, before their exceptions.
  Verdict verdict(const TokenSpan& s) const {
    if (!may_be_label(s)) return kName;
    if (s.end - s.first == 1) {
      if (!before_colon(s)) return kName;
      const Surname* surname = surnames_.find(c_.doc.token_text(s.first));
      return surname && surname->uses == 1 ? kLabel : kName;
    }
    if (s.end - s.first != 2) return kName;
    const Surname* surname = surnames_.find(c_.doc.token_text(s.end - 1));
    return surname && surname->several_first_names ? kLabelBeforeName : kName;
  }

 private:
  // What the person spans ending in one word (in any case) tell.
  struct Surname {
    int uses = 0;                      // person spans ending in it
    std::string_view first_name;       // the first word of the first such span of two words or more
    bool several_first_names = false;  // and another first word in a later one
  };

  // Not "Ten Hag" after "Erik ten Hag": a particle, not a first name. Not
  // a person the news names daily ("Zelensky: Ukraine will not cede land").
  bool may_be_label(const TokenSpan& s) const {
    return s.type == EntityType::PER && c_.initial(s.first) && !opens_dutch_surname(c_, s) &&
           !lexicon::is_well_known_person(c_.doc.slice(c_.doc.tokens[s.first].start, c_.doc.tokens[s.end - 1].end()));
  }

  bool before_colon(const TokenSpan& s) const {
    return s.end < c_.doc.tokens.size() && c_.doc.token_text(s.end) == ":";
  }

  void ask(std::string_view word) { surnames_.add(word); }

  const Context& c_;
  CaselessWords<Surname> surnames_;  // the words asked about
};

// Drops the spans that are only section labels and cuts the labels off
// names; see SectionLabels.
void remove_section_labels(Context& c, std::vector<TokenSpan>& spans) {
  std::vector<std::pair<size_t, SectionLabels::Verdict>> labels;  // span index, verdict
  std::vector<uint32_t> first_words;
  {
    const SectionLabels rules(c, spans);
    for (size_t k = 0; k < spans.size(); ++k) {
      const SectionLabels::Verdict verdict = rules.verdict(spans[k]);
      if (verdict == SectionLabels::kName) continue;
      const uint32_t first = spans[k].first;
      if (c.gazetteer.contains(kFirstName, c.doc.token_text(first))) continue;  // it ignores case
      labels.emplace_back(k, verdict);
      first_words.push_back(first);
    }
  }
  if (labels.empty()) return;
  mark_capitalized_inside(c, first_words);
  for (const auto& [k, verdict] : labels) {
    TokenSpan& s = spans[k];
    if (c.capitalized_inside(s.first)) continue;
    if (verdict == SectionLabels::kLabel) {
      s.end = s.first;  // emptied, to be dropped below
    } else {
      ++s.first;
    }
  }
  filter(spans, [](const TokenSpan& s) { return s.first < s.end; });
}

// "CoinGecko", "BlackRock", "YouTube": a capitalized word with a capital
// inside after two lower-case letters or more, as brands are written, which
// the tagger, knowing neither half, read as a person or a place. Not the
// surnames and places so written ("McAllen", "MacKenzie", "DeSantis",
// "DiCaprio", "LeBron", "LaGuardia", "DuBois", "FitzGerald", "KwaZulu").
bool is_camel_case(std::string_view w) {
  constexpr size_t kMinLength = 5;
  if (w.size() < kMinLength || !text::is_upper_ascii(static_cast<unsigned char>(w[0]))) return false;
  size_t inner = 1;  // the capital inside
  while (inner < w.size() && text::is_lower_ascii(static_cast<unsigned char>(w[inner]))) ++inner;
  if (inner < 3 || inner == w.size() || !text::is_upper_ascii(static_cast<unsigned char>(w[inner]))) return false;
  static constexpr std::string_view kNamePrefixes[] = {"Mac", "Fitz", "Kwa", "Van"};  // "Mc", "De", ...: two letters
  return std::none_of(std::begin(kNamePrefixes), std::end(kNamePrefixes),
                      [&](std::string_view prefix) { return w.substr(0, inner) == prefix; });
}

// "her second Oscar", "three Emmys": an award alone, MISC (as CoNLL marks
// "Nobel"). "Oscar Piastri" is a name of two words.
bool is_award(std::string_view w) {
  if (w.size() < 4 || w.size() > 7 || (w[0] != 'O' && w[0] != 'E' && w[0] != 'G' && w[0] != 'B')) return false;
  static constexpr std::string_view kAwards[] = {"Oscar", "Oscars", "Emmy", "Emmys", "Grammy", "Grammys", "Bafta",
                                                 "Baftas", "BAFTA", "BAFTAs"};
  static constexpr text::WordSet kAwardSet(kAwards);
  return kAwardSet.contains(w);
}

// The words of a form: lower case, without dots.
struct Words {
  const std::string_view* first;
  size_t count;
  size_t size() const { return count; }
  bool empty() const { return count == 0; }
  const std::string_view* begin() const { return first; }
  const std::string_view* end() const { return first + count; }
  std::string_view operator[](size_t i) const { return first[i]; }
  std::string_view back() const { return first[count - 1]; }
};

// A distinct surface form and what grouping needs to know about it.
struct Form {
  std::string_view text;  // into Grouper::chars_
  uint32_t first_word = 0, word_count = 0;  // into Grouper::words_
  int votes[4] = {};
  // The votes of its mentions in the page's furniture that ends the text:
  // they count only for a form named nowhere else ("Leeds" under "Related
  // Topics", read with no sentence around it, and as an organization, is
  // the story's Leeds).
  int furniture_votes[4] = {};
  int mentions = 0;
  int first_mention = 0;
  // Its first word names a product ("Galaxy S24") or, in a name of two words
  // or more, its last word an instrument ("James Webb Space Telescope"); its
  // first word opens a place's ("Château de Brest"); its last word is a
  // trade ("Brittany Ferries") or an institution ("Kennedy Space Center");
  // its first word, of two or more, is a company the news names daily
  // ("Sony Music"): see lexicon.hpp.
  bool names_product = false, opens_place = false, ends_with_trade = false, ends_institution = false;
  bool opens_with_company = false;
  // Its words name a firm ("Halden Capital") or a landform ("Point Lobos"):
  // see Grouper::ends_firm_name and Grouper::names_landform. Its last word
  // is written in camel case, as brands are ("CoinGecko", "Spirit
  // AeroSystems"): see is_camel_case.
  bool ends_firm = false, names_landform = false, camel_case = false;
  // Its words name a team by its city and its nickname ("Kansas City
  // Chiefs"): see Grouper::names_team.
  bool names_team = false;
  // Its one word names an award ("Oscar"): see is_award.
  bool award = false;
  // Its one word names a cryptocurrency or its ticker ("Bitcoin", "BTC"):
  // see Grouper::names_coin.
  bool coin = false;
  // It names a Formula 1 team in a text about motor racing ("Mercedes",
  // "Aston Martin"): see Grouper::names_racing_team.
  bool racing_team = false;
  // A mention names a facility's owner ("The Dangote refinery"), a company
  // named for a person, no surname: see Grouper::is_owner_of_facility.
  bool owns_facility = false;
  // A transcript's label of a role ("THE PRESIDENT") that names the person
  // titled so: see Grouper::join_role_labels. Never the entity's name.
  bool role_label = false;
};

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  // The smallest member of x's group: join() keeps it the root.
  int find(int x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void join(int a, int b) {
    a = find(a), b = find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<int> parent_;
};

// A name written in capitals: three letters or more, none lower case
// ("NEW YORK", "AFP"; not "US", which few texts write otherwise).
bool is_in_capitals(std::string_view text) {
  int letters = 0;
  for (const char ch : text) {
    if (text::is_lower_ascii(static_cast<unsigned char>(ch))) return false;
    letters += text::is_upper_ascii(static_cast<unsigned char>(ch));
  }
  return letters >= 3;
}

int majority(const Form& f) { return static_cast<int>(std::max_element(f.votes, f.votes + 4) - f.votes); }

bool within_one_edit(std::string_view a, std::string_view b) {
  if (a == b) return true;
  const size_t n = a.size(), m = b.size();
  if (n + 1 < m || m + 1 < n) return false;
  size_t i = 0, j = 0;
  bool edited = false;
  while (i < n && j < m) {
    if (a[i] == b[j]) {
      ++i, ++j;
      continue;
    }
    if (edited) return false;
    edited = true;
    if (n > m) {
      ++i;
    } else if (m > n) {
      ++j;
    } else {
      ++i, ++j;
    }
  }
  return !edited || (i == n && j == m);
}

// Transliteration variants: "ebrahim"/"ibrahim", "zelensky"/"zelenskyy".
bool variant_words(std::string_view a, std::string_view b) {
  return a == b || (a.size() >= 5 && b.size() >= 5 && within_one_edit(a, b));
}

bool variant_names(Words a, Words b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (!variant_words(a[i], b[i])) return false;
  }
  return true;
}

// Names that may be spellings of one another share it: the word count and
// the first two letters of the last word.
uint64_t variant_key(Words words) {
  const std::string_view start = words.back().substr(0, 2);
  uint64_t key = static_cast<uint64_t>(words.size()) << 24 | start.size() << 16;
  for (size_t i = 0; i < start.size(); ++i) key |= static_cast<uint64_t>(static_cast<unsigned char>(start[i])) << (8 - 8 * i);
  return key;
}

// The initials of `words`, with or without function words, and with the
// short words whole or not ("UK Health Security Agency": "ukhsa").
std::string initials(Words words, bool skip_function_words, bool short_words_whole) {
  constexpr size_t kMaxShortWord = 2;  // "UK", "US", "EU"
  std::string out;
  for (const std::string_view w : words) {
    if (skip_function_words && lexicon::is_function_word(w)) continue;
    if (short_words_whole && w.size() <= kMaxShortWord && !lexicon::is_function_word(w)) {
      out += w;
    } else if (!w.empty()) {
      out += w[0];
    }
  }
  return out;
}

// Whether `acronym` (lower case) abbreviates the words of `expansion`:
// "sco" for "shanghai cooperation organization", "cef" for "second caspian
// economic forum" (a dropped first word), "jcpoa" with the "of", "ukhsa"
// with "uk" whole; or, of three letters or more, with one letter but the
// first another language's word's ("afd" for "alternative for germany":
// Deutschland's "d"), as join_names_defined_by_acronyms() reads them; or,
// of three letters or more, the first words' ("iam" for "international
// association of machinists and aerospace workers", as the union shortens it).
bool abbreviates(std::string_view acronym, Words expansion) {
  constexpr size_t kMinTranslated = 3;
  if (acronym.size() < 2 || expansion.size() < 2) return false;
  bool translated = false;
  for (const bool whole : {false, true}) {
    for (const bool skip : {true, false}) {
      const std::string init = initials(expansion, skip, whole);
      if (init.size() >= acronym.size() && init.size() <= acronym.size() + 1 &&
          init.compare(init.size() - acronym.size(), acronym.size(), acronym) == 0) {
        return true;
      }
      if (skip && acronym.size() >= kMinTranslated && init.size() > acronym.size() &&
          init.compare(0, acronym.size(), acronym) == 0) {
        return true;
      }
      if (whole || skip || acronym.size() < kMinTranslated || init.size() != acronym.size() || init[0] != acronym[0]) {
        continue;
      }
      size_t differ = 0;
      for (size_t i = 1; i < init.size(); ++i) differ += init[i] != acronym[i];
      translated = differ == 1;
    }
  }
  return translated;
}

bool ends_with(Words longer, Words shorter) {
  if (shorter.size() >= longer.size()) return false;
  return std::equal(shorter.first, shorter.first + shorter.size(), longer.end() - shorter.size());
}

// Copies the eight bytes at `in` to `out`, A-Z lowered.
void copy_eight_lowered(const char* in, char* out) {
  namespace lanes = text::lanes;
  const uint64_t w = lanes::load(in);
  const uint64_t upper = lanes::in_range(lanes::ascii_part(w), 'A', 'Z') & ~lanes::non_ascii(w);
  const uint64_t lower = w | upper >> 2;  // each lane's 0x80 as 0x20, the case bit
  std::memcpy(out, &lower, sizeof lower);
}

// Copies the n bytes at `in` to `out`, A-Z lowered, eight at a time (the
// last eight again, over the ones before them, for a rest): the forms' words
// are compared in lower case.
void copy_lowered(const char* in, size_t n, char* out) {
  if (n < 8) {
    for (size_t i = 0; i < n; ++i) out[i] = text::lower_ascii(in[i]);
    return;
  }
  for (size_t i = 0; i + 8 <= n; i += 8) copy_eight_lowered(in + i, out + i);
  if (n % 8 != 0) copy_eight_lowered(in + n - 8, out + n - 8);
}

// The distinct forms of a document by their text: open addressing over form
// indices, sized once for its mentions.
class FormIndex {
 public:
  explicit FormIndex(size_t mentions) {
    size_t n = 16;
    while (n < 2 * mentions) n *= 2;
    slots_.assign(n, -1);
    mask_ = n - 1;
  }
  // The index of the form with `text`, -1 for none.
  int find(std::string_view text, const std::vector<Form>& forms) const { return slots_[position(text, forms)]; }
  // The slot for `text`: its form's index, or -1 for the caller to fill in.
  int& slot(std::string_view text, const std::vector<Form>& forms) { return slots_[position(text, forms)]; }

 private:
  size_t position(std::string_view text, const std::vector<Form>& forms) const {
    size_t i = form_hash(text) & mask_;
    while (slots_[i] >= 0 && !same_form(forms[slots_[i]].text, text)) i = (i + 1) & mask_;
    return i;
  }

  std::vector<int> slots_;
  size_t mask_ = 0;
};

class Grouper {
 public:
  Grouper(const Context& c, std::vector<TokenSpan> spans)
      : c_(c), spans_(std::move(spans)), index_(spans_.size()) {
    // Forms view their words, and the texts that the document does not hold
    // as they are, in these buffers, which therefore must never reallocate:
    // chars_ is sized for every token of every span with a space after it,
    // twice, more than all surfaces and their words can take, and words_ for
    // every token of every span. A span's tokens hold no more bytes than the
    // text from its first to its last: a bound found without a look at each
    // token.
    size_t longest = 0, tokens = 0;
    for (const TokenSpan& s : spans_) {
      tokens += s.end - s.first;
      longest += c_.doc.tokens[s.end - 1].end() - c_.doc.tokens[s.first].start + (s.end - s.first);
    }
    chars_.reset(new char[2 * longest]);  // not zeroed: every byte read is written first
    words_.resize(tokens);
    // A form per mention at most, but far fewer in a long text, which
    // repeats its names: room for an article's forms, grown beyond that.
    forms_.reserve(std::min<size_t>(spans_.size(), 256));
    form_of_.reserve(spans_.size());
    type_datelines_as_places();
    type_lists_of_storms();
    for (size_t m = 0; m < spans_.size(); ++m) {
      const size_t chars_before = chars_used_;
      const std::string_view text = surface(spans_[m]);
      int& form = index_.slot(text, forms_);
      if (form < 0) {
        form = static_cast<int>(forms_.size());
        add_form(text, static_cast<int>(m));
        const TokenSpan& s = spans_[m];
        if (s.end - s.first > 1 && (c_.kinds(s.first) & lexicon::kFunctionWord)) {
          opened_by_function_word_.push_back(form);
        }
        if (s.type == EntityType::MISC && s.end - s.first > 1 && is_storm_word(c_.doc, s.end - 2)) {
          known_by_last_word_.push_back(form);
        }
        const std::string_view first_word = c_.doc.token_text(s.first);
        forms_[form].names_product = lexicon::opens_product_name(first_word) ||
                                     (s.end - s.first >= 2 && (token(s.end - 1) == "Telescope" ||
                                                               lexicon::is_spacecraft_name(text))) ||
                                     names_model_of_line(s) || names_car_model(s) || names_award(s);
        forms_[form].coin = s.end - s.first == 1 && names_coin(text);
        forms_[form].names_product |= forms_[form].coin;
        forms_[form].racing_team = names_racing_team(text);
        forms_[form].opens_place = s.end - s.first >= 2 && lexicon::opens_place_name(first_word);
        forms_[form].ends_with_trade = s.end - s.first >= 2 && lexicon::names_trade(c_.doc.token_text(s.end - 1));
        forms_[form].ends_institution =
            s.end - s.first >= 2 && lexicon::ends_institution_name(c_.doc.token_text(s.end - 1));
        forms_[form].opens_with_company = s.end - s.first >= 2 && lexicon::is_well_known_organization(first_word);
        forms_[form].ends_firm = ends_firm_name(s, text);
        forms_[form].names_team = names_team(s);
        forms_[form].names_landform = names_landform(s, text);
        forms_[form].camel_case = is_camel_case(c_.doc.token_text(s.end - 1));
        forms_[form].award = s.end - s.first == 1 && is_award(text);
      } else {
        chars_used_ = chars_before;  // its form holds the text already
      }
      if (names_river(spans_[m])) known_by_last_word_.push_back(form);  // any mention: "River Wear" in a headline
      Form& f = forms_[form];
      retype_by_edge_words(f, spans_[m]);
      if (f.award || is_award_before_its_noun(spans_[m])) retype_award(spans_[m]);
      if (f.racing_team) spans_[m].type = EntityType::ORG;
      if (is_cited_author(spans_[m]) || is_band_member(m) || names_person_by_initial(spans_[m])) {
        spans_[m].type = EntityType::PER;
      }
      if (is_journal_published_in(spans_[m])) spans_[m].type = EntityType::ORG;
      if (is_owner_of_facility(spans_[m])) {
        spans_[m].type = EntityType::ORG;
        f.owns_facility = true;
      }
      // "the Free Democrats", no person (see names_party_members).
      if (spans_[m].type == EntityType::PER && names_party_members(token(spans_[m].end - 1))) {
        spans_[m].type = EntityType::MISC;
      }
      if ((spans_[m].type == EntityType::LOC && is_plain_full_name(spans_[m])) || is_owner_read_as_organization(m)) {
        spans_[m].type = EntityType::PER;
      }
      ++(spans_[m].first < c_.furniture ? f.votes : f.furniture_votes)[static_cast<int>(spans_[m].type)];
      ++f.mentions;
      form_of_.push_back(form);
    }
    for (Form& f : forms_) {
      if (std::all_of(std::begin(f.votes), std::end(f.votes), [](int v) { return v == 0; })) {
        std::copy(std::begin(f.furniture_votes), std::end(f.furniture_votes), f.votes);
      }
    }
  }

  Result run() {
    vote_renamed_places();
    vote_companies_described_after_them();
    vote_people_by_role();
    vote_people_by_titled_surname();
    vote_by_words_around();
    vote_works_after_awards();
    vote_clubs_named_for_their_city();
    UnionFind groups(forms_.size());
    join_defined_acronyms(groups);
    join_known_acronyms(groups);
    join_initials_of_organizations(groups);
    join_names_known_as(groups);
    join_coins(groups);
    join_variants(groups);
    join_plain_spellings(groups);
    join_company_forms(groups);
    join_forms_in_capitals(groups);
    join_forms_opened_by_function_words(groups);
    join_last_words(groups);
    join_middle_names(groups);
    join_surnames(groups);
    join_organizations_last_words(groups);
    join_clubs_by_their_first_word(groups);
    join_organizations_first_words(groups);
    join_product_lines_to_their_model(groups);
    join_first_names(groups);
    join_role_labels(groups);
    return build(groups);
  }

 private:
  // "Galaxy S24", "Gemini Nano", "James Webb Space Telescope", "Space
  // Launch System": a product's name, which the tagger took for its
  // maker's, a person's or a place's.
  // "Château de Brest": a place's, which it took for a person's or an
  // organization's (not "Puerto Rican").
  // "Brittany Ferries", "Kennedy Space Center", "Sony Music": a company's or an
  // institution's, which it took for a person's, a first name before a
  // surname. Before the votes and the joins: a place's or a
  // company's last word is no surname.
  static void retype_by_edge_words(const Form& form, TokenSpan& s) {
    if (form.names_product) {
      s.type = EntityType::MISC;
    } else if (form.opens_place && (s.type == EntityType::PER || s.type == EntityType::ORG)) {
      s.type = EntityType::LOC;
    } else if ((form.ends_with_trade || form.ends_institution || form.opens_with_company) &&
               s.type == EntityType::PER) {
      s.type = EntityType::ORG;
    } else if (form.ends_firm && s.type == EntityType::MISC) {
      s.type = EntityType::ORG;
    } else if ((form.ends_firm || form.names_team) && (s.type == EntityType::PER || s.type == EntityType::LOC)) {
      s.type = EntityType::ORG;
    } else if (form.names_landform && (s.type == EntityType::PER || s.type == EntityType::ORG)) {
      s.type = EntityType::LOC;
    } else if (form.camel_case && (s.type == EntityType::PER || s.type == EntityType::LOC)) {
      s.type = EntityType::ORG;
    }
  }

  // "SAN FRANCISCO — Salesforce will cut", "MUMBAI — The Sensex fell": a
  // dateline's city in capitals, opening one of a story's first
  // paragraphs before its dash or comma, which the tagger read as an
  // organization or a person (it knows "LONDON 1996-08-22", not the dash).
  void type_datelines_as_places() {
    constexpr size_t kLeadingParagraphs = 5;
    const text::Document& doc = c_.doc;
    size_t m = 0;
    for (size_t p = 0; p < std::min(doc.paragraphs.size(), kLeadingParagraphs); ++p) {
      const uint32_t first = doc.paragraphs[p].first_token;
      while (m < spans_.size() && spans_[m].first < first) ++m;
      if (m == spans_.size()) return;
      TokenSpan& s = spans_[m];
      if (s.first != first || s.type == EntityType::LOC || s.end >= doc.tokens.size() || s.end - s.first > 3) continue;
      const std::string_view after = token(s.end);
      if (after != "\xE2\x80\x94" && after != "\xE2\x80\x93" && after != "-" && after != "," && after != "(") continue;
      const std::string_view text = doc.slice(doc.tokens[s.first].start, doc.tokens[s.end - 1].end());
      if (is_in_capitals(text) && (c_.gazetteer.categories(text) & category_set({kCity, kCountry}))) {
        s.type = EntityType::LOC;
      }
    }
  }

  // "Elizabeth Bennet", a novel's heroine, which the tagger read as a place
  // (it knows the town of Elizabeth): two plain capitalized words, a known
  // first name and a word that names nothing else, are a person's full
  // name. Not a place or an organization known whole or by its last word
  // ("Florence Italy"), nor a common word's ("Victoria Falls", "Sydney
  // Harbour"). Asked of few names: two-word places, and names that the
  // words after them single out (see is_full_name_before_who).
  bool is_plain_full_name(const TokenSpan& s) const {
    if (s.end - s.first != 2 || !is_plain_capitalized(token(s.first)) || !is_plain_capitalized(token(s.first + 1))) {
      return false;
    }
    constexpr uint32_t kNamesAnotherThing =
        category_set({kCountry, kCity, kKnownOrg, kCommonWord, kSeenPlace, kSeenOrganization, kSeenOther});
    // The first names hold "North", "West" and "Port": before another word they open a place's name.
    if (!c_.gazetteer.contains(kFirstName, token(s.first)) || lexicon::is_place_modifier(token(s.first)) ||
        lexicon::opens_landform_name(token(s.first)) ||
        (c_.gazetteer.categories(token(s.first + 1)) & kNamesAnotherThing)) {
      return false;
    }
    const std::string_view last = token(s.first + 1);
    if (lexicon::ends_landform_name(last) || ends_place_of_people(last)) return false;
    const std::string_view whole = c_.doc.slice(c_.doc.tokens[s.first].start, c_.doc.tokens[s.first + 1].end());
    return !(c_.gazetteer.categories(whole) & kNamesAnotherThing);
  }

  // "Edappadi K Palaniswami", "state president K Annamalai": a name with a
  // middle initial, or an initial and a surname after a person's title
  // (lower case), a person's as Indian papers write it, which the tagger
  // read as an organization or a work. Not an initial that opens another
  // name without a title ("J Sainsbury", "K Street"), nor a firm named
  // after its founder, with the initial's dot ("Robert W. Baird"), nor a
  // title's "A" ("Ren A Ren").
  bool names_person_by_initial(const TokenSpan& s) const {
    const uint32_t words = s.end - s.first;
    if (words < 2 || words > 3 || s.type == EntityType::PER || c_.doc.tokens[s.end - 2].length != 1) return false;
    const std::string_view initial = token(s.end - 2);
    if (initial.size() != 1 || !text::is_upper_ascii(static_cast<unsigned char>(initial[0])) || initial == "A" ||
        initial == "I" || !is_plain_capitalized(token(s.end - 1))) {
      return false;
    }
    if (words == 3) {
      const std::string_view first = token(s.first);
      return first.size() > 2 && is_plain_capitalized(first) && !c_.gazetteer.contains(kOrgSuffix, token(s.end - 1));
    }
    return s.first > 0 && (c_.kinds(s.first - 1) & lexicon::kTitleWord) &&
           text::is_lower_ascii(static_cast<unsigned char>(token(s.first - 1)[0]));
  }

  // "BTS member Jin": mention m, one word after a group's name and
  // "member", is a person, which the tagger read as the group. Not a
  // country or a city ("EU member Croatia").
  bool is_band_member(size_t m) const {
    const TokenSpan& s = spans_[m];
    if (m == 0 || s.end != s.first + 1 || s.type == EntityType::PER || s.first < 2 ||
        !token_is(c_.doc, s.first - 1, "member")) {
      return false;
    }
    return spans_[m - 1].end + 1 == s.first && spans_[m - 1].type == EntityType::ORG &&
           !(c_.gazetteer.categories(token(s.first)) & category_set({kCountry, kCity}));
  }

  // "Elon Musk’s Department of Government Efficiency": mention m, a
  // person's full name before a possessive, which the tagger took into the
  // organization after it (see spans_from_tags). Two plain capitalized
  // words before the organization, neither a name of another thing (a
  // town's is fine for the first: "Elon", North Carolina), nor both
  // together, and the first no common word (the second may be: "musk"), as
  // owners so named are people ("Rupert Murdoch’s News Corp"; not "Morgan
  // Stanley’s", "Abu Dhabi’s", "Gold Fields’").
  bool is_owner_read_as_organization(size_t m) const {
    const TokenSpan& s = spans_[m];
    if (s.type != EntityType::ORG || s.end - s.first != 2 || s.end >= c_.doc.tokens.size() ||
        !lexicon::is_possessive(token(s.end)) ||
        m + 1 >= spans_.size() || spans_[m + 1].first != s.end + 1 || spans_[m + 1].type != EntityType::ORG) {
      return false;
    }
    if (!is_plain_capitalized(token(s.first)) || !is_plain_capitalized(token(s.first + 1))) return false;
    constexpr uint32_t kNamesAnotherThing =
        category_set({kCountry, kCity, kKnownOrg, kSeenPlace, kSeenOrganization, kSeenOther});
    const std::string_view whole = c_.doc.slice(c_.doc.tokens[s.first].start, c_.doc.tokens[s.first + 1].end());
    const uint32_t first_word_not = (kNamesAnotherThing & ~category_set({kCity})) | category_set({kCommonWord});
    return !(c_.gazetteer.categories(token(s.first)) & first_word_not) &&
           !(c_.gazetteer.categories(token(s.first + 1)) & kNamesAnotherThing) &&
           !(c_.gazetteer.categories(whole) & kNamesAnotherThing) && !lexicon::is_well_known_organization(whole);
  }

  // "Ellis Park", "Kew Gardens", "Carnegie Hall": the last words of places
  // named after people, which are no common words of the training text, or
  // are first names too.
  static bool ends_place_of_people(std::string_view last) {
    static constexpr std::string_view kPlaces[] = {"Park",  "Gardens", "Hall",   "Hill",   "Hills", "Gate",
                                                   "Wood",  "Castle",  "Abbey",  "Arena",  "Lane",  "House",
                                                   "Palace", "Manor",  "Farm",   "Fields", "Heights"};
    static constexpr text::WordSet kPlaceSet(kPlaces);
    return kPlaceSet.contains(last);
  }

  // "the Galaxy S26, S26 Plus and S26 Ultra", "the M4 Pro": a model's code
  // (capitals and digits) and the word that sets it above the line's base
  // model, a product's name, which the tagger, reading the line's name
  // without the line, took for an organization.
  bool names_model_of_line(const TokenSpan& s) const {
    static constexpr std::string_view kGrades[] = {"Plus", "Ultra", "Pro", "Max", "Mini", "Lite", "Edge", "Fold", "Flip"};
    if (s.end - s.first != 2) return false;
    const std::string_view code = token(s.first);
    const bool is_code = code.size() >= 2 && code.size() <= 5 && text::is_upper_ascii(code[0]) &&
                         text::is_digit(static_cast<unsigned char>(code.back())) &&
                         std::all_of(code.begin(), code.end(), [](char ch) {
                           return text::is_upper_ascii(ch) || text::is_digit(static_cast<unsigned char>(ch));
                         });
    return is_code && std::find(std::begin(kGrades), std::end(kGrades), token(s.first + 1)) != std::end(kGrades);
  }

  // "the Honda Civic", "a Toyota Camry", "the Tesla Model Y": a carmaker's
  // name before its model's, a product (MISC, as CoNLL tags "Boeing 747"),
  // which the tagger read as the company. Not a business of the maker's or
  // a place named after it ("Toyota Motor", "Honda Center", "the Kia Oval"),
  // nor a person's name ("Mercedes Sosa").
  bool names_car_model(const TokenSpan& s) const {
    if (s.end - s.first < 2 || s.end - s.first > 4 || s.type == EntityType::PER) return false;
    if (!lexicon::is_carmaker(token(s.first))) return false;
    for (uint32_t k = s.first + 1; k < s.end; ++k) {
      const std::string_view w = token(k);
      if (lexicon::is_carmaker_business_word(w) || lexicon::names_trade(w) || lexicon::ends_firm_name(w) ||
          lexicon::ends_public_body_name(w) || lexicon::ends_academic_name(w) || lexicon::is_institution_word(w)) {
        return false;
      }
    }
    return !(c_.gazetteer.categories(token(s.first + 1)) & category_set({kCity, kCountry}));
  }

  // "Bitcoin (BTC) rose", "Ether gained": a cryptocurrency or its ticker, a
  // thing traded (MISC, as a product), which the tagger read as a company
  // or a person. Bitcoin is none else; the others are names too ("Javier
  // Solana"), so only in a text that speaks of crypto.
  bool names_coin(std::string_view text) const {
    const std::string_view ticker = lexicon::coin_ticker(text);
    if (ticker.empty()) return false;
    if (text == "Bitcoin" || ticker == "BTC") return true;
    if (speaks_of_crypto_ < 0) speaks_of_crypto_ = speaks_of_crypto() ? 1 : 0;
    return speaks_of_crypto_ == 1;
  }

  bool speaks_of_crypto() const {
    static constexpr std::string_view kWords[] = {"crypto",  "cryptocurrency", "cryptocurrencies", "bitcoin",
                                                  "token",   "tokens",         "stablecoin",       "blockchain",
                                                  "coins",   "altcoins"};
    for (uint32_t i = 0; i < c_.doc.tokens.size(); ++i) {
      const std::string_view w = c_.doc.token_text(i);
      if (w.size() < 5 || w.size() > 16) continue;
      for (const std::string_view word : kWords) {
        if (same_ignoring_case(w, word)) return true;
      }
    }
    return false;
  }

  // "storms Ashley, Bert and Conall": storms' names listed after the plural,
  // events (MISC, as "Storm Darragh"), which the tagger read as people.
  void type_lists_of_storms() {
    bool listing = false;  // the mention before is a storm's, and this one may go on its list
    for (size_t m = 0; m < spans_.size(); ++m) {
      TokenSpan& s = spans_[m];
      const bool linked = listing && spans_[m - 1].end + 1 == s.first &&
                          (token(s.first - 1) == "," || token(s.first - 1) == "and");
      const bool after_storms = s.first > 0 && c_.doc.tokens[s.first - 1].length == 6 &&
                                same_ignoring_case(token(s.first - 1), "storms");
      listing = s.end == s.first + 1 && s.type != EntityType::LOC && (after_storms || linked);
      if (listing) s.type = EntityType::MISC;
    }
  }

  // "(Lin et al., 2024)": a paper's first author, cited, whom the tagger
  // read as a place or an organization.
  bool is_cited_author(const TokenSpan& s) const {
    return s.end + 1 < c_.doc.tokens.size() && token(s.end) == "et" && token(s.end + 1) == "al";
  }

  // "a study published in Science", "the journal Nature": a scientific
  // journal, which the tagger read as a place or a person.
  // "The Dangote refinery", "the Ford plant": a name of one word between
  // "the" and a facility's noun, its owner, a company, which the tagger
  // read as the person the company is named for. A person is not named
  // after "the".
  bool is_owner_of_facility(const TokenSpan& s) const {
    static constexpr std::string_view kFacilities[] = {"refinery", "plant",    "factory",  "mine",    "smelter",
                                                       "mill",     "shipyard", "terminal", "warehouse"};
    static constexpr text::WordSet kFacilitySet(kFacilities);
    if (s.type != EntityType::PER || s.end - s.first != 1 || s.first == 0 || s.end >= c_.doc.tokens.size()) {
      return false;
    }
    return same_ignoring_case(token(s.first - 1), "the") && kFacilitySet.contains(token(s.end));
  }

  bool is_journal_published_in(const TokenSpan& s) const {
    static constexpr std::string_view kJournals[] = {"Nature", "Science", "Cell",  "Lancet",
                                                     "BMJ",    "JAMA",    "NEJM",  "PNAS"};
    const uint32_t words = s.end - s.first;
    if (words > 2 || (words == 2 && token(s.first) != "The") || s.first < 2) return false;  // "The Lancet"
    static constexpr text::WordSet kJournalSet(kJournals);
    const std::string_view name = token(s.end - 1);
    if (!kJournalSet.contains(name)) {
      return false;
    }
    uint32_t before = s.first - 1;
    if (token(before) == "The") --before;  // "in The [Lancet]"
    if (token(before) == "journal") return true;
    return token(before) == "in" && before > 0 &&
           (token(before - 1) == "published" || token(before - 1) == "appeared" || token(before - 1) == "reported");
  }

  // "nominated for an Oscar", "her second Oscar": an award after a
  // lower-case word, which the tagger read as a person. Not "Commander
  // Oscar", a person's name.
  // "the Academy Award for best actress", "a Golden Globe", "the Pulitzer
  // Prize": an award's name of two or three words (MISC, as CoNLL marks
  // "Nobel Prize"), which the tagger read as an organization.
  bool names_award(const TokenSpan& s) const {
    if (s.end - s.first < 2 || s.end - s.first > 3) return false;
    const std::string_view last = token(s.end - 1);
    if (last.size() < 5 || last.size() > 6 || (last[0] != 'A' && last[0] != 'P' && last[0] != 'G')) return false;
    return last == "Award" || last == "Awards" || last == "Prize" || last == "Prizes" || last == "Globe" ||
           last == "Globes";
  }

  // "an Olivier award", "a Pulitzer prize": a name of one word before an
  // award's noun, the award's (see retype_award).
  bool is_award_before_its_noun(const TokenSpan& s) const {
    if (s.end != s.first + 1 || s.end >= c_.doc.tokens.size()) return false;
    const text::Token& after = c_.doc.tokens[s.end];
    if (after.length < 5 || after.length > 6 || (c_.doc.text[after.start] != 'a' && c_.doc.text[after.start] != 'p')) {
      return false;
    }
    const std::string_view next = token(s.end);
    return next == "award" || next == "awards" || next == "prize";
  }

  void retype_award(TokenSpan& s) const {
    if (s.type != EntityType::PER || s.first == 0) return;
    const std::string_view before = token(s.first - 1);
    if (!before.empty() && text::is_lower_ascii(static_cast<unsigned char>(before[0]))) s.type = EntityType::MISC;
  }

  // "an analyst at Halden Capital", "Wagner Group", "West Yorkshire
  // Police", "the Enforcement Directorate": a name of two words or more
  // ending with a firm's or a public body's word, which the tagger, knowing
  // neither word or the place, read as a place or a person, or MISC. Not a
  // place the gazetteer knows ("West Bank").
  bool ends_firm_name(const TokenSpan& s, std::string_view text) const {
    const std::string_view last = token(s.end - 1);
    return s.end - s.first >= 2 &&
           (lexicon::ends_firm_name(last) || lexicon::ends_public_body_name(last) || lexicon::ends_academic_name(last)) &&
           !is_known_place(text);
  }

  // "the Kansas City Chiefs", "the Denver Nuggets": a city the gazetteer
  // knows and a capitalized plural, a team, which the tagger read as the
  // place or a person. Not the plural of land or water ("the Cayman
  // Islands", "Colorado Springs"), nor a place the gazetteer knows whole.
  // A major-league nickname ends a team's name after any city or state,
  // one that is a first name too ("Denver"), and may be no common noun
  // ("Lakers") or no plural ("the Miami Heat").
  bool names_team(const TokenSpan& s) const {
    static constexpr std::string_view kPlacePlurals[] = {"Islands", "Isles",   "Mountains", "Hills",   "Lakes",
                                                         "Highlands", "Lowlands", "Heights", "Falls", "Springs",
                                                         "Dales",   "Downs",   "Keys",      "Plains", "Sands",
                                                         "Ranges"};
    if (s.end - s.first < 2 || s.end - s.first > 4) return false;
    const std::string_view last = token(s.end - 1);
    if (last.size() < 3) return false;
    const text::Document& doc = c_.doc;
    const std::string_view city = doc.slice(doc.tokens[s.first].start, doc.tokens[s.end - 2].end());
    if (lexicon::is_team_nickname(last)) {
      // A singular one after a first name is a surname ("Linda Wild").
      const uint32_t of_city = c_.gazetteer.categories(city);
      if (last.back() != 's' && (of_city & category_set({kFirstName}))) return false;
      return (of_city & category_set({kCity, kCountry, kSeenPlace})) != 0;
    }
    if (last.size() < 4 || last.back() != 's' || !is_plain_capitalized(last) ||
        std::find(std::begin(kPlacePlurals), std::end(kPlacePlurals), last) != std::end(kPlacePlurals)) {
      return false;
    }
    const uint32_t of_city = c_.gazetteer.categories(city);
    // Not a first name that is a town too, before a surname ("David Williams").
    if (!(of_city & category_set({kCity, kCountry})) || (of_city & category_set({kFirstName}))) return false;
    const std::string_view whole = doc.slice(doc.tokens[s.first].start, doc.tokens[s.end - 1].end());
    return c_.gazetteer.contains(kCommonWord, last) && !is_known_place(whole);  // looked up in lower case
  }

  // "Mercedes", "Aston Martin", "Cadillac": a Formula 1 team, which the
  // tagger read as a woman, a person or a place, in a text about motor
  // racing (one that names a Grand Prix or F1). Not "Williams", a surname
  // as often (is_team_before_its_person reads "Williams' Carlos Sainz").
  bool names_racing_team(std::string_view text) const {
    if (!lexicon::is_racing_team(text)) return false;
    if (speaks_of_motor_racing_ < 0) {
      speaks_of_motor_racing_ = 0;
      for (uint32_t i = 0; i < c_.doc.tokens.size() && speaks_of_motor_racing_ == 0; ++i) {
        const std::string_view w = c_.doc.token_text(i);
        speaks_of_motor_racing_ = w == "Prix" || w == "F1" || w == "Formula";
      }
    }
    return speaks_of_motor_racing_ == 1;
  }

  // "Point Lobos", "the Skerrow Point lighthouse", "Lake Tahoe", "on the
  // pier at Port Ellen", "the Thwaites Eastern Ice Shelf": a name of two
  // words opened by a landform's word (or a harbour's, a fort's), or of two
  // to four ended by one, which the tagger read as a person or an
  // organization. Not a first name before "Bay" or "Lake", surnames
  // too ("Michael Bay", "Ricki Lake"; the first names hold "North" and
  // "Wolf"), nor a team or a person the training text knows ("Green Bay",
  // "Tampa Bay").
  bool names_landform(const TokenSpan& s, std::string_view text) const {
    const uint32_t words = s.end - s.first;
    const bool landform = (words == 2 && lexicon::opens_landform_name(token(s.first))) ||
                          (words >= 2 && words <= 4 && lexicon::ends_landform_name(token(s.end - 1)));
    if (!landform) return false;
    const bool surname_after_first_name =
        token_is_one_of(s.end - 1, {"Bay", "Lake"}) && c_.gazetteer.contains(kFirstName, token(s.first));
    // "Third Point": an ordinal opens a firm's name, seldom a landform's.
    const bool after_ordinal = words == 2 && token_is_one_of(s.first, {"First", "Second", "Third", "Fourth", "Fifth"});
    return !surname_after_first_name && !after_ordinal && !c_.gazetteer.contains(kSeenOrganization, text) &&
           !c_.gazetteer.contains(kSeenPerson, text) &&
           !c_.gazetteer.contains(kKnownOrg, text) && !lexicon::is_well_known_organization(text);
  }

  bool is_known_place(std::string_view text) const {
    return c_.gazetteer.contains(kCountry, text) || c_.gazetteer.contains(kCity, text) ||
           c_.gazetteer.contains(kSeenPlace, text);
  }

  // "Madrid had struggled to break down a Sevilla side": the city alone
  // of Real Madrid or AC Milan, as football writing names them, in a text
  // about sport that names the club in full, is the club, which the tagger
  // read as the place. Each mention but those after a preposition of place
  // ("in Madrid") votes for an organization. Not a dateline's "MADRID",
  // nor other clubs' cities: "Amsterdam" beside "Ajax Amsterdam", "Moscow"
  // beside "Spartak Moscow" are places.
  void vote_clubs_named_for_their_city() {
    const int place = static_cast<int>(EntityType::LOC), organization = static_cast<int>(EntityType::ORG);
    std::vector<uint64_t> clubs_last_words;
    for (const Form& form : forms_) {
      if (form.word_count != 2) continue;
      const std::string_view opener = words(form)[0];  // lower case
      if ((opener == "real" || opener == "ac") && majority(form) == organization) {
        clubs_last_words.push_back(form_hash(words(form).back()));
      }
    }
    if (clubs_last_words.empty()) return;
    std::sort(clubs_last_words.begin(), clubs_last_words.end());
    std::vector<bool> city(forms_.size());
    bool any = false;
    for (size_t f = 0; f < forms_.size(); ++f) {
      const Form& form = forms_[f];
      if (form.word_count != 1 || majority(form) != place || is_in_capitals(form.text)) continue;
      city[f] = std::binary_search(clubs_last_words.begin(), clubs_last_words.end(), form_hash(words(form)[0]));
      any = any || city[f];
    }
    if (!any || !about_sport()) return;
    for (size_t m = 0; m < spans_.size(); ++m) {
      const uint32_t first = spans_[m].first;
      if (!city[form_of_[m]] || spans_[m].type != EntityType::LOC) continue;
      if (first > 0 && token_is_one_of(first - 1, {"in", "at", "from", "to", "near", "outside", "of"})) continue;
      Form& form = forms_[form_of_[m]];
      --form.votes[place];
      ++form.votes[organization];
    }
  }

  // "TM Roh, head of ...", "Health Secretary Victoria Atkins", "Dr Patel": a
  // name the text gives a person's role or title is a person's, whatever the
  // tagger voted, before the joins, so that a surname alone ("Roh said")
  // joins it.
  void vote_people_by_role() {
    for (size_t m = 0; m < spans_.size(); ++m) {
      if (!has_person_role(m) && !follows_office(m) && !follows_personal_title(c_, spans_[m]) &&
          !speaks_though_read_as_place(m) && !speaks_of_own_side(m)) {
        continue;
      }
      Form& form = forms_[form_of_[m]];
      std::fill(std::begin(form.votes), std::end(form.votes), 0);
      form.votes[static_cast<int>(EntityType::PER)] = form.mentions;
    }
  }

  // The rules that vote a form's type by the words just around one of its
  // mentions, whatever the tagger voted (see each): one walk over the
  // mentions, which reads the word after each once, and the word before a
  // name of one word.
  void vote_by_words_around() {
    const auto n = static_cast<uint32_t>(c_.doc.tokens.size());
    // Told by their first bytes, without a call: most words around names are none of these.
    const auto first_byte = [&](uint32_t i) { return c_.doc.text[c_.doc.tokens[i].start]; };
    const auto may_be_possessive = [](char ch) { return ch == '\'' || ch == '\xE2'; };
    for (size_t m = 0; m < spans_.size(); ++m) {
      const TokenSpan& s = spans_[m];
      if (s.end >= n) break;
      const char after = first_byte(s.end);
      std::optional<EntityType> type;
      if (may_be_possessive(after)) {
        if (is_possessive(token(s.end)) && is_team_before_its_person(m)) type = EntityType::ORG;
      } else if (after == ',') {
        if (is_full_name_before_who(m)) {
          type = EntityType::PER;
        } else if (is_company_before_which(m)) {
          type = EntityType::ORG;
        }
      } else if (after == 's' && majority(forms_[form_of_[m]]) == static_cast<int>(EntityType::MISC) &&
                 speaks_of_itself(s.end)) {
        type = EntityType::ORG;
      } else if (s.end + 2 < n && first_byte(s.end + 1) == 'i' && is_its(token(s.end + 1))) {
        if (changes_its_stake(s.end)) type = EntityType::ORG;
      } else if ((after == 'c' || after == 'C') && is_firm_before_its_officer(s.end)) {
        type = EntityType::ORG;
      } else if (text::is_lower_ascii(static_cast<unsigned char>(after)) && s.type != EntityType::LOC &&
                 has_weather_after(s.end) && may_be_place(m)) {
        type = EntityType::LOC;
      } else if (text::is_lower_ascii(static_cast<unsigned char>(after)) && s.type == EntityType::MISC &&
                 is_publisher_of_index(m)) {
        type = EntityType::ORG;
      }
      if (!type && s.type == EntityType::PER && (is_analysts_firm(s.first) || is_spoken_for_firm(m))) {
        type = EntityType::ORG;
      }
      if (!type && s.end == s.first + 1 && s.first > 0) {
        const char before = first_byte(s.first - 1);
        if ((before == 'i' || before == 't' || may_be_possessive(before)) && is_product_of_owner(m)) {
          type = EntityType::MISC;
        } else if (before == 't' && is_exchange_traded_on(m)) {
          type = EntityType::ORG;
        } else if ((before == 'o' || before == 'f') && is_home_after_age(s.first)) {
          type = EntityType::LOC;
        }
      }
      if (!type) continue;
      Form& form = forms_[form_of_[m]];
      if (majority(form) == static_cast<int>(*type) || is_known_for_another_type(form.text, *type)) continue;
      std::fill(std::begin(form.votes), std::end(form.votes), 0);
      form.votes[static_cast<int>(*type)] = form.mentions;
    }
  }

  // "Zhao, who won the Oscar for Nomadland", "nominated for an Oscar for The
  // Lost Daughter": a name after an award and "for" is the work it won for
  // (MISC), whatever the tagger voted (a place, an organization). Not a
  // person's full name ("an Oscar for Cillian Murphy"). Read from the
  // awards' mentions, which few texts hold.
  void vote_works_after_awards() {
    const int work = static_cast<int>(EntityType::MISC);
    for (size_t m = 0; m + 1 < spans_.size(); ++m) {
      const TokenSpan& award = spans_[m];
      const TokenSpan& next = spans_[m + 1];
      if (!forms_[form_of_[m]].award || next.first != award.end + 1 || token(award.end) != "for") continue;
      const bool full_name = next.type == EntityType::PER && next.end - next.first >= 2 &&
                             c_.gazetteer.contains(kFirstName, token(next.first));
      Form& form = forms_[form_of_[m + 1]];
      if (full_name || majority(form) == work) continue;
      std::fill(std::begin(form.votes), std::end(form.votes), 0);
      form.votes[work] = form.mentions;
    }
  }

  // Whether the gazetteer or the lexicon knows `text` as a country, a
  // people or an organization, which these votes leave alone ("Spain's
  // Carlos Alcaraz", "their Nvidia chips"); or, for a team, as a place
  // the training text names.
  bool is_known_for_another_type(std::string_view text, EntityType type) const {
    uint32_t known = type == EntityType::LOC ? category_set({kKnownOrg}) : category_set({kCountry, kDemonym});
    if (type == EntityType::ORG) known |= category_set({kSeenPlace});
    if (type == EntityType::MISC) known |= category_set({kKnownOrg, kSeenOrganization});
    return (c_.gazetteer.categories(text) & known) ||
           ((type == EntityType::MISC || type == EntityType::LOC) && lexicon::is_well_known_organization(text));
  }

  // "A spokeswoman for Tescorp said": the name of one word a spokesperson
  // speaks for, which the tagger read as a person's, is a company's or a
  // body's. Not a first name, a person the news names daily, or the
  // surname of a person the text names in full ("a spokesman for Johnson"
  // after "Boris Johnson").
  bool is_spoken_for_firm(size_t m) const {
    const TokenSpan& s = spans_[m];
    if (s.end != s.first + 1 || s.first < 2 || !token_is_one_of(s.first - 1, {"for"}) ||
        !token_is_one_of(s.first - 2, {"spokesman", "spokeswoman", "spokesperson"})) {
      return false;
    }
    const Form& form = forms_[form_of_[m]];
    if ((c_.gazetteer.categories(form.text) & category_set({kFirstName, kSeenPerson})) ||
        lexicon::is_well_known_person(form.text)) {
      return false;
    }
    const std::string_view surname = words(form).back();
    return std::none_of(forms_.begin(), forms_.end(),
                        [&](const Form& f) { return f.word_count >= 2 && words(f).back() == surname; });
  }

  // "Ofwat chief executive David Black", "Tesco chairman Gerry Murphy": a
  // company's officer's title from token `k` on, then the officer's name.
  // The name before it is the company's, which the tagger read as a
  // person's there or elsewhere ("fined by Ofwat"): no person has a chief
  // executive.
  bool is_firm_before_its_officer(uint32_t k) const {
    uint32_t name = k + 1;
    if (token_is_one_of(k, {"chief"}) && token_is_one_of(k + 1, {"executive"})) {
      name = k + 2;
    } else if (!token_is_one_of(k, {"chairman", "chairwoman", "CEO"})) {
      return false;
    }
    return name < c_.doc.tokens.size() && is_plain_capitalized(token(name));
  }

  // "said Gil Luria, an analyst at D.A. Davidson", "economists at Capital
  // Economics": the firm whose analysts speak, named from token `first`,
  // which the tagger, reading initials or a surname, took for a person. Not
  // one named for its founder by a first name and a surname ("an analyst
  // at Raymond James"), which CoNLL's text marks as a person.
  bool is_analysts_firm(uint32_t first) const {
    static constexpr std::string_view kAnalysts[] = {"analyst",    "analysts",    "economist",
                                                     "economists", "strategist",  "strategists"};
    static constexpr text::WordSet kAnalystSet(kAnalysts);
    if (first < 2 || !token_is_one_of(first - 1, {"at", "with", "from"}) || !kAnalystSet.contains(token(first - 2))) {
      return false;
    }
    return !c_.gazetteer.contains(kFirstName, token(first));
  }

  // "Penrith could hit 44 degrees", "Penrith recorded 48.9C", "St.
  // Petersburg recorded 16 inches of rain": a few words in lower case from
  // token `k` on, then a temperature or an amount of rain or snow. What is
  // said of a place's weather; the tagger, knowing a club named after the
  // town (the Penrith Panthers), read the place as an organization.
  bool has_weather_after(uint32_t k) const {
    constexpr uint32_t kMaxWordsBetween = 7;  // "could see temperatures fall to minus 8C"
    const auto n = static_cast<uint32_t>(c_.doc.tokens.size());
    for (const uint32_t last = std::min(n, k + kMaxWordsBetween + 1); k < last; ++k) {
      const text::Token& t = c_.doc.tokens[k];
      const std::string_view w = token(k);
      if (t.kind == text::TokenKind::number || text::is_digit(static_cast<unsigned char>(w[0]))) {
        return measures_weather(k);
      }
      if (t.kind != text::TokenKind::word || !text::is_lower_ascii(static_cast<unsigned char>(w[0]))) return false;
    }
    return false;
  }

  // Whether the number at token `k` is a temperature ("44 degrees", "40
  // °C", "48.9C") or an amount of rain or snow ("16 inches of rain", "30cm
  // of snow").
  bool measures_weather(uint32_t k) const {
    const auto n = static_cast<uint32_t>(c_.doc.tokens.size());
    const bool alone = c_.doc.tokens[k].kind == text::TokenKind::number;  // not "48.9C"
    const std::string_view glued = unit_after_digits(token(k));
    if (alone ? k + 1 < n && token_is_one_of(k + 1, {"degrees", "degree", "\u00B0", "C", "F"})
              : glued == "C" || glued == "F") {
      return true;
    }
    const uint32_t of = alone ? k + 2 : k + 1;
    const bool depth = alone ? k + 1 < n && token_is_one_of(k + 1, {"inches", "inch", "mm", "cm", "millimetres",
                                                                    "millimeters", "centimetres", "centimeters"})
                             : glued == "mm" || glued == "cm";
    return depth && of + 1 < n && token_is(c_.doc, of, "of") &&
           token_is_one_of(of + 1, {"rain", "snow", "rainfall", "snowfall"});
  }

  // "C" of "48.9C", "cm" of "30cm": what follows a word's digits.
  static std::string_view unit_after_digits(std::string_view w) {
    size_t i = 0;
    while (i < w.size() && (text::is_digit(static_cast<unsigned char>(w[i])) || w[i] == '.')) ++i;
    return w.substr(i);
  }

  // Whether mention m may name a place: one the gazetteer knows, or a word
  // it knows as no person's name ("Braemar fell to minus 12C", a person).
  bool may_be_place(size_t m) const {
    const TokenSpan& s = spans_[m];
    const std::string_view text = forms_[form_of_[m]].text;
    if (is_known_place(text)) return true;
    return s.end == s.first + 1 && !(c_.gazetteer.categories(text) & category_set({kFirstName, kSeenPerson}));
  }

  // Whether the words before token `first` give a person's age and home:
  // "Daniel Okafor, 31, of Bulwell, was found guilty", "Jane Whitmore, 34,
  // from Warrington", as courts' and police's reports write them. The name
  // after them is a place (the tagger read a town it did not know, or a
  // club's city, as an organization). Not an organization known by itself
  // ("a partner, 52, of Goldman Sachs" is rare, and caught there).
  bool is_home_after_age(uint32_t first) const {
    if (first < 4 || !token_is_one_of(first - 1, {"of", "from"}) || token(first - 2) != ",") return false;
    return c_.doc.tokens[first - 3].kind == text::TokenKind::number && token(first - 4) == ",";
  }

  // Mention m is a full name the tagger did not read as a person's, with
  // ", who" after it: "Jane Austen, who wrote “Pride and Prejudice,” died in
  // 1817" (an organization). Two plain capitalized words, a known first
  // name and a word that names nothing else (not "Crystal Palace, who
  // play", a club).
  bool is_full_name_before_who(size_t m) const {
    const TokenSpan& s = spans_[m];
    if (s.type == EntityType::PER || s.end + 1 >= c_.doc.tokens.size() || token(s.end + 1) != "who") return false;
    return is_plain_full_name(s);
  }

  // Form f is "Mars" after "to", "on", "from" or "around" where first named.
  bool is_planet_reached(int f) const {
    if (forms_[f].word_count != 1 || forms_[f].text != "Mars") return false;
    const uint32_t first = spans_[forms_[f].first_mention].first;
    return first > 0 && token_is_one_of(first - 1, {"to", "on", "from", "around"});
  }

  // "its", compared without a call: asked of the word after most names.
  static bool is_its(std::string_view w) { return w.size() == 3 && w[0] == 'i' && w[1] == 't' && w[2] == 's'; }

  // Mention m, before a possessive, is a team's: "Mercedes' George
  // Russell", "Ferrari's Carlos Sainz". In a text about sport, a name of one
  // word in the possessive before a person's full name is the person's team
  // (the tagger knows "Mercedes" as a woman's name).
  bool is_team_before_its_person(size_t m) const {
    const TokenSpan& s = spans_[m];
    if (s.end != s.first + 1 || m + 1 >= spans_.size()) return false;
    const TokenSpan& person = spans_[m + 1];
    if (person.first != s.end + 1 || person.type != EntityType::PER || person.end - person.first < 2) return false;
    // An organization already ("Labour's Priya Anand") asks no walk over the text.
    if (majority(forms_[form_of_[m]]) == static_cast<int>(EntityType::ORG)) return false;
    return about_sport();
  }

  // "Nissan said on Thursday it would cut 9,000 jobs": "said" or "says" at
  // token `verb`, then "it" within a few words. Said of a name mostly read
  // as MISC, the name is a company's, which speaks of itself (a product or
  // a people does not speak; a country the gazetteer knows is left alone).
  bool speaks_of_itself(uint32_t verb) const {
    constexpr uint32_t kMaxWordsBetween = 3;  // "said on Thursday it"
    if (!token_is_one_of(verb, {"said", "says"})) return false;
    const auto n = static_cast<uint32_t>(c_.doc.tokens.size());
    for (uint32_t k = verb + 1; k < n && k <= verb + 1 + kMaxWordsBetween; ++k) {
      if (token_is_one_of(k, {"it"})) return true;
      if (token_is_one_of(k, {",", "."})) return false;
    }
    return false;
  }

  // "Renault, which owns a stake in Nissan": a name of one word, then
  // ", which" and a verb of a company's business; a company's, which the
  // tagger read as a person's (a person is "who").
  bool is_company_before_which(size_t m) const {
    const TokenSpan& s = spans_[m];
    if (s.type != EntityType::PER || s.end != s.first + 1 || !token_is_one_of(s.end + 1, {"which"})) return false;
    return token_is_one_of(s.end + 2, {"owns", "operates", "employs", "makes", "sells", "runs", "manufactures",
                                       "distributes", "publishes", "produces", "supplies", "builds"});
  }

  // Whether the words from token `verb` on change "its" stake in a company:
  // "Synovus Trust raised its stake by 4.1%", "Itaú Unibanco cut its
  // holdings". The name before them is a fund's or a bank's (the tagger read
  // a place, a person).
  bool changes_its_stake(uint32_t verb) const {
    return token_is_one_of(verb + 2, {"stake", "stakes", "position", "holdings", "holding"}) &&
           token_is_one_of(verb, {"raised", "lifted", "boosted", "increased", "grew", "cut", "trimmed", "reduced",
                                  "lowered", "sold", "doubled", "halved"});
  }

  // Mention m, of one word, is a product's: "demand for its Blackwell
  // chips", "Apple's M5 processors", "CME Group's FedWatch tool". After an
  // owner ("its", "their", a possessive) and before a kind of product (the
  // tagger read a place, a company).
  bool is_product_of_owner(size_t m) const {
    static constexpr std::string_view kProducts[] = {
        "chip",  "chips",      "GPU",         "GPUs",  "processor", "processors", "accelerator", "accelerators",
        "phone", "phones",     "smartphone",  "smartphones", "platform", "architecture", "model", "models",
        "tool",  "app",        "chatbot"};
    const TokenSpan& s = spans_[m];
    // The owner first: most names have none before them.
    const std::string_view owner = token(s.first - 1);
    if (!is_its(owner) && !is_possessive(owner) && owner != "their") return false;
    return std::find(std::begin(kProducts), std::end(kProducts), token(s.end)) != std::end(kProducts);
  }

  // Mention m is an acronym before the field of an index it publishes:
  // "the ISM manufacturing index", "the NAHB housing market index": the
  // body (Institute for Supply Management), which the tagger read as the
  // index (MISC, as CoNLL marks "Nasdaq" in "the Nasdaq composite index",
  // which is no acronym).
  bool is_publisher_of_index(size_t m) const {
    constexpr uint32_t kMostFieldWords = 2;
    const TokenSpan& s = spans_[m];
    const std::string_view name = token(s.first);
    if (s.end != s.first + 1 || name.size() < 2 || name.size() > 4 || word_case(name) != kAllCaps) return false;
    for (uint32_t i = s.end; i < s.end + kMostFieldWords && i + 1 < c_.doc.tokens.size(); ++i) {
      if (word_case(token(i)) != kLower) return false;
      if (token(i + 1) == "index") return true;
    }
    return false;
  }

  // Mention m, of one word, is a stock exchange's acronym after "on the":
  // "shares rose 2.1% on the BSE", "listed on the JSE" (the tagger read a
  // market, MISC, or a place). A stock exchange's acronym ends in "SE"
  // (Bombay Stock Exchange); "on the" is no part of a disease's ("BSE").
  bool is_exchange_traded_on(size_t m) const {
    const TokenSpan& s = spans_[m];
    if (s.first < 2 || token(s.first - 1) != "the" || token(s.first - 2) != "on") return false;
    const std::string_view w = token(s.first);
    return w.size() >= 3 && w.size() <= 4 && word_case(w) == kAllCaps && w.substr(w.size() - 2) == "SE";
  }

  // "Kyiv would not accept any deal", "Odesa's port": a place known by a
  // new name since the training text was written (it knows "Kiev" and
  // "Odessa"), alone, that the tagger read as a person or an organization.
  // Not after a capitalized word ("Mr", a first name), nor another name's
  // last word: the place's name would be a person's there.
  void vote_renamed_places() {
    const int place = static_cast<int>(EntityType::LOC);
    std::vector<int> renamed;
    for (size_t f = 0; f < forms_.size(); ++f) {
      const Form& form = forms_[f];
      if (form.word_count == 1 && lexicon::is_renamed_place(form.text) && majority(form) != place) {
        renamed.push_back(static_cast<int>(f));
      }
    }
    if (renamed.empty()) return;
    std::vector<bool> after_capital(forms_.size());
    for (size_t m = 0; m < spans_.size(); ++m) {
      const uint32_t first = spans_[m].first;
      if (first > 0 && is_capitalized(token(first - 1))) after_capital[form_of_[m]] = true;
    }
    for (const int f : renamed) {
      const bool last_word = std::any_of(forms_.begin(), forms_.end(), [&](const Form& form) {
        return form.word_count > 1 && words(form).back() == words(f)[0];
      });
      if (after_capital[f] || last_word) continue;
      Form& form = forms_[f];
      std::fill(std::begin(form.votes), std::end(form.votes), 0);
      form.votes[place] = form.mentions;
    }
  }

  // "Novo Nordisk, the Danish firm that makes the drug", "Halden, a company
  // based in Oslo": a name the words after it describe as a company, which
  // the tagger, knowing neither word, read as a person's or a place's. Not
  // "Jane Roe, a company director" nor "Jane Roe, the firm's chief", nor a
  // name a known first name opens ("Gerard Pignon, the owner of a warehouse").
  void vote_companies_described_after_them() {
    const int organization = static_cast<int>(EntityType::ORG);
    const text::Document& doc = c_.doc;
    for (size_t m = 0; m < spans_.size(); ++m) {
      const uint32_t end = spans_[m].end;
      if (end >= doc.tokens.size() || !token_is(doc, end, ",")) continue;  // most names have no comma after them
      Form& form = forms_[form_of_[m]];
      if (majority(form) == organization || !described_as_company(end) ||
          c_.gazetteer.contains(kFirstName, token(spans_[m].first))) {
        continue;
      }
      std::fill(std::begin(form.votes), std::end(form.votes), 0);
      form.votes[organization] = form.mentions;
    }
  }

  // Whether the words after the comma at token i describe a company: ",
  // the Danish firm that", ", a company based in", ", the maker of". Not ",
  // the group of friends".
  bool described_as_company(uint32_t i) const {
    constexpr uint32_t kMaxModifiers = 3;
    if (!token_is_one_of(i + 1, {"the", "a", "an"})) return false;
    for (uint32_t k = i + 2; k < c_.doc.tokens.size() && k <= i + 2 + kMaxModifiers; ++k) {
      if (c_.doc.tokens[k].kind != text::TokenKind::word) return false;
      if (token_is_one_of(k, {"maker", "manufacturer"})) return token_is_one_of(k + 1, {"of", ","});
      if (!token_is_one_of(k, {"firm", "company", "group", "drugmaker", "carmaker", "retailer", "lender",
                               "insurer", "conglomerate", "startup", "start-up"})) {
        continue;
      }
      return token_is_one_of(k + 1, {"that", "which", "whose", "behind", "based", "founded", "with", ",", ".", "in"});
    }
    return false;
  }

  // "Labour's Priya Anand won ..., Ms Anand said": a name of two or three
  // plain capitalized words whose last word the text writes alone after a
  // personal title, or alone as a person's when a known first name opens
  // the name ("Jordan Pickford ..., Pickford said"), is that person's,
  // whatever the tagger voted, before the joins, so that the surname joins
  // it. Not a place or an organization known by itself.
  void vote_people_by_titled_surname() {
    std::vector<std::string_view> titled;  // one-word forms after a personal title, lower case
    bool people_alone = false;            // one-word forms of people
    for (size_t m = 0; m < spans_.size(); ++m) {
      const TokenSpan& s = spans_[m];
      if (s.end - s.first != 1) continue;
      if (has_personal_title_before(c_, s.first)) titled.push_back(words(form_of_[m])[0]);
      people_alone = people_alone || majority(forms_[form_of_[m]]) == static_cast<int>(EntityType::PER);
    }
    if (titled.empty() && !people_alone) return;
    // Sorted for a binary search: a text of thousands of titled names stays n log n.
    std::sort(titled.begin(), titled.end());
    titled.erase(std::unique(titled.begin(), titled.end()), titled.end());
    const auto surname_alone = [&](const TokenSpan& s) {
      const int alone = index_.find(token(s.end - 1), forms_);
      return alone >= 0 && forms_[alone].word_count == 1 && majority(forms_[alone]) == static_cast<int>(EntityType::PER) &&
             c_.gazetteer.contains(kFirstName, token(s.first));
    };
    for (size_t m = 0; m < spans_.size(); ++m) {
      const TokenSpan& s = spans_[m];
      Form& form = forms_[form_of_[m]];
      if (s.end - s.first < 2 || s.end - s.first > 3 || majority(form) == static_cast<int>(EntityType::PER)) continue;
      if (!std::binary_search(titled.begin(), titled.end(), words(form).back()) && !surname_alone(s)) continue;
      bool plain = true;
      for (uint32_t i = s.first; i < s.end; ++i) plain = plain && is_plain_capitalized(token(i));
      if (!plain || is_known_non_person_or_place(form.text) || lexicon::is_well_known_organization(form.text)) continue;
      std::fill(std::begin(form.votes), std::end(form.votes), 0);
      form.votes[static_cast<int>(EntityType::PER)] = form.mentions;
    }
  }

  // The text of the span's tokens, every run of white space as one space:
  // the document's own bytes where it writes them so (a name of one word,
  // or of words apart by single spaces: most), else a copy in chars_.
  std::string_view surface(const TokenSpan& s) {
    const text::Token* const tokens = c_.doc.tokens.data();
    bool as_written = true;
    for (uint32_t i = s.first + 1; i < s.end && as_written; ++i) {
      const uint32_t gap = tokens[i].start - tokens[i - 1].end();
      as_written = tokens[i].space_before ? gap == 1 && c_.doc.text[tokens[i].start - 1] == ' ' : gap == 0;
    }
    if (as_written) return c_.doc.slice(tokens[s.first].start, tokens[s.end - 1].end());
    return append_surface(s);
  }

  // Appends the text of the span's tokens, every run of white space as one
  // space, and returns it.
  std::string_view append_surface(const TokenSpan& s) {
    char* const start = chars_.get() + chars_used_;
    char* out = start;
    for (uint32_t i = s.first; i < s.end; ++i) {
      if (i > s.first && c_.doc.tokens[i].space_before) *out++ = ' ';
      const std::string_view word = c_.doc.token_text(i);
      std::memcpy(out, word.data(), word.size());
      out += word.size();
    }
    chars_used_ = out - chars_.get();
    return {start, static_cast<size_t>(out - start)};
  }

  // A new form for `text`, first mentioned by mention `m`; its words are
  // the text's space-separated words, lowered, without dots, appended to
  // chars_: the text lowered first, eight bytes at a time, its rare dots
  // dropped, then cut at its spaces.
  void add_form(std::string_view text, int m) {
    Form f;
    f.text = text;
    f.first_word = static_cast<uint32_t>(words_used_);
    char* const lowered = chars_.get() + chars_used_;
    copy_lowered(text.data(), text.size(), lowered);
    char* end = lowered + text.size();
    if (text.find('.') != std::string_view::npos) end = std::remove(lowered, end, '.');  // "U.S." as "us"
    for (char* start = lowered; start < end;) {
      char* space = static_cast<char*>(std::memchr(start, ' ', end - start));
      if (space == nullptr) space = end;
      if (space > start) words_[words_used_++] = {start, static_cast<size_t>(space - start)};
      start = space + 1;
    }
    chars_used_ = end - chars_.get();
    f.word_count = static_cast<uint32_t>(words_used_) - f.first_word;
    f.first_mention = m;
    forms_.push_back(f);
  }

  Words words(const Form& f) const { return {words_.data() + f.first_word, f.word_count}; }
  Words words(int f) const { return words(forms_[f]); }

  // "Shanghai Cooperation Organization (SCO)": the mention before the
  // parenthesis and the acronym inside it. Before "party", the acronym of
  // the party's own language too ("France Unbowed (LFI) party": La France
  // Insoumise).
  void join_defined_acronyms(UnionFind& groups) {
    const auto n = static_cast<uint32_t>(c_.doc.tokens.size());
    for (size_t m = 0; m + 1 < spans_.size(); ++m) {
      const TokenSpan& a = spans_[m];
      const TokenSpan& b = spans_[m + 1];
      if (b.end - b.first != 1 || b.first != a.end + 1 || b.end >= n) continue;
      if (c_.doc.token_text(a.end) != "(" || c_.doc.token_text(b.end) != ")") continue;
      const Words acronym = words(form_of_[m + 1]);
      const bool party = b.end + 1 < n && c_.doc.token_text(b.end + 1) == "party";
      if (acronym.size() != 1 || !(party || abbreviates(acronym[0], words(form_of_[m])))) continue;
      groups.join(form_of_[m], form_of_[m + 1]);
      // The acronym is of the type of the name it abbreviates, wherever
      // the tagger read it apart ("[ORG Alternative for Germany] (AfD)",
      // then "the [MISC AfD]").
      Form& short_form = forms_[form_of_[m + 1]];
      const int type = majority(forms_[form_of_[m]]);
      std::fill(std::begin(short_form.votes), std::end(short_form.votes), 0);
      short_form.votes[type] = short_form.mentions;
    }
  }

  // "FT: Are you worried ...?" after "Financial Times: Prime minister,
  // ...": a word in capitals, no acronym known otherwise, that is the
  // initials of the one organization the text names by them is that
  // organization, whatever the tagger read it as (a person, as an
  // interview's label). Undefined, it must be all the initials: not "CEF"
  // for "Second Caspian Economic Forum".
  void join_initials_of_organizations(UnionFind& groups) {
    constexpr size_t kMaxInitials = 5;
    const auto is_initials = [&](const Form& form) {
      const std::string_view w = form.text;
      return form.word_count == 1 && w.size() >= 2 && w.size() <= kMaxInitials &&
             std::all_of(w.begin(), w.end(), [](char ch) { return text::is_upper_ascii(static_cast<unsigned char>(ch)); });
    };
    const int organization = static_cast<int>(EntityType::ORG);
    std::vector<int> acronyms;
    for (int f = 0; f < static_cast<int>(forms_.size()); ++f) {
      if (is_initials(forms_[f]) && lexicon::acronym_entry(forms_[f].text) < 0) acronyms.push_back(f);
    }
    if (acronyms.empty()) return;
    // Every organization's initials, with its function words and without,
    // made once: a text in capitals has many words that may be initials.
    std::vector<std::pair<std::string, int>> spelled;
    for (int g = 0; g < static_cast<int>(forms_.size()); ++g) {
      if (forms_[g].word_count < 2 || majority(forms_[g]) != organization) continue;
      spelled.emplace_back(initials(words(g), true, false), g);
      std::string whole = initials(words(g), false, false);
      if (whole != spelled.back().first) spelled.emplace_back(std::move(whole), g);
    }
    for (const int f : acronyms) {
      const std::string_view acronym = words(f)[0];
      int expansion = -1;
      for (const auto& [letters, g] : spelled) {
        if (letters != acronym) continue;
        expansion = expansion >= 0 && groups.find(expansion) != groups.find(g) ? -2 : g;
        if (expansion == -2) break;
      }
      if (expansion < 0) continue;
      groups.join(expansion, f);
      std::fill(std::begin(forms_[f].votes), std::end(forms_[f].votes), 0);
      forms_[f].votes[organization] = forms_[f].mentions;
    }
  }

  // "led by Mohamed Hamdan Dagalo, better known as Hemedti,": the name
  // after "known as" or "nicknamed", set off by a comma after a person's,
  // is another name of that person, whatever the tagger read it as.
  void join_names_known_as(UnionFind& groups) {
    const int person = static_cast<int>(EntityType::PER);
    for (size_t m = 0; m + 1 < spans_.size(); ++m) {
      const TokenSpan& named = spans_[m];
      const uint32_t alias = spans_[m + 1].first;
      if (alias < named.end + 2 || c_.doc.token_text(named.end) != "," || !introduces_alias(named.end + 1, alias)) {
        continue;
      }
      if (majority(forms_[form_of_[m]]) != person) continue;
      groups.join(form_of_[m], form_of_[m + 1]);
      Form& form = forms_[form_of_[m + 1]];
      std::fill(std::begin(form.votes), std::end(form.votes), 0);
      form.votes[person] = form.mentions;
    }
  }

  // Whether the tokens [first, end) are "nicknamed" or "known as", after an
  // adverb or not ("better known as", "also known as").
  bool introduces_alias(uint32_t first, uint32_t end) const {
    const uint32_t n = end - first;
    if (n == 1) return token(first) == "nicknamed";
    if ((n != 2 && n != 3) || token(end - 1) != "as" || token(end - 2) != "known") return false;
    return n == 2 || text::is_lower_ascii(static_cast<unsigned char>(token(first)[0]));
  }

  // UN, EU, NATO, US...: every form of one known acronym or its expansion.
  void join_known_acronyms(UnionFind& groups) {
    std::vector<int> first_form(lexicon::acronyms().size, -1);  // per acronym entry
    for (size_t f = 0; f < forms_.size(); ++f) {
      const int acronym = lexicon::acronym_entry(forms_[f].text);
      if (acronym < 0) continue;
      if (first_form[acronym] < 0) {
        first_form[acronym] = static_cast<int>(f);
      } else {
        groups.join(first_form[acronym], static_cast<int>(f));
      }
    }
  }

  // "Bitcoin (BTC) rose ... BTC fell": a coin's name and its ticker.
  void join_coins(UnionFind& groups) {
    std::vector<std::pair<std::string_view, int>> coins;  // ticker, form
    for (size_t f = 0; f < forms_.size(); ++f) {
      if (forms_[f].coin) coins.emplace_back(lexicon::coin_ticker(forms_[f].text), static_cast<int>(f));
    }
    std::sort(coins.begin(), coins.end());
    for (size_t k = 1; k < coins.size(); ++k) {
      if (coins[k].first == coins[k - 1].first) groups.join(coins[k - 1].second, coins[k].second);
    }
  }

  // Spellings of one person's name: "Ebrahim Raisi" / "Ibrahim Raisi".
  // And of one organization's name of one long word, a letter for another
  // ("the news agency Rashatodi" / "Rashatudi", as a text transliterates
  // RIA Novosti's Russian name twice): not a letter more or less, nor a
  // short word ("Unite" is no "United"), nor a place's ("Gambia" is no
  // "Zambia"). Each name is compared with the first names before it that
  // share its variant_key() and its type.
  void join_variants(UnionFind& groups) {
    constexpr size_t kMaxCompared = 64;  // bounds the pairwise comparisons
    constexpr size_t kShortestOrganization = 7;
    constexpr uint64_t kOrganizationKey = 1ull << 32;
    const int person = static_cast<int>(EntityType::PER), organization = static_cast<int>(EntityType::ORG);
    std::vector<std::pair<uint64_t, int>> names;  // variant key, form
    names.reserve(forms_.size());
    for (size_t f = 0; f < forms_.size(); ++f) {
      const Form& form = forms_[f];
      const int type = majority(form);
      if (type == person && form.word_count > 0) {
        names.emplace_back(variant_key(words(form)), static_cast<int>(f));
      } else if (type == organization && form.word_count == 1 && form.text.size() >= kShortestOrganization) {
        names.emplace_back(variant_key(words(form)) | kOrganizationKey, static_cast<int>(f));
      }
    }
    std::sort(names.begin(), names.end());
    for (size_t first = 0, end = 0; first < names.size(); first = end) {
      while (end < names.size() && names[end].first == names[first].first) ++end;
      const bool organizations = names[first].first & kOrganizationKey;
      for (size_t p = first + 1; p < end; ++p) {
        for (size_t q = first; q < std::min(p, first + kMaxCompared); ++q) {
          const Words a = words(names[p].second), b = words(names[q].second);
          if (organizations ? a[0].size() == b[0].size() && within_one_edit(a[0], b[0]) : variant_names(a, b)) {
            groups.join(names[q].second, names[p].second);
          }
        }
      }
    }
  }

  // "São Paulo" and "Sao Paulo", "Zürich" and "Zurich": a name written with
  // and without its diacritics in one text is one name, of one type. Only
  // names with a byte past ASCII are folded: few are.
  void join_plain_spellings(UnionFind& groups) {
    for (size_t f = 0; f < forms_.size(); ++f) {
      const std::string_view text = forms_[f].text;
      if (text::lanes::find_non_ascii(text.data(), text.size(), 0) == text.size()) continue;
      const std::string plain = text::fold_latin_diacritics(text);
      if (plain == text) continue;
      const int other = index_.find(plain, forms_);
      if (other >= 0 && majority(forms_[other]) == majority(forms_[f])) groups.join(other, static_cast<int>(f));
    }
  }

  // "Apple" joins "Apple Inc.", "Ford Motor" joins "Ford Motor Co": an
  // organization's name with its legal form, and without it, is one
  // organization. (Other last words of names, "Bank", "United", "Party",
  // are part of them: "World Bank" is not "World".)
  void join_company_forms(UnionFind& groups) {
    static constexpr std::string_view kLegalForms[] = {"inc", "corp", "corporation", "co", "ltd", "limited",
                                                        "llc", "plc", "ag", "sa", "gmbh", "nv", "group", "holdings"};
    const auto with_legal_form = [&](const Form& form) {
      const Words name = words(form);
      return name.size() >= 2 && majority(form) == static_cast<int>(EntityType::ORG) &&
             std::find(std::begin(kLegalForms), std::end(kLegalForms), name.back()) != std::end(kLegalForms);
    };
    constexpr size_t kMostWordsBeforeLegalForm = 8;
    // Most texts name no company with its legal form: no index for them.
    if (std::none_of(forms_.begin(), forms_.end(), with_legal_form)) return;
    const auto key = [](const std::string_view* first, size_t count) {
      uint64_t h = count;
      for (size_t k = 0; k < count; ++k) h = combine(h, form_hash(first[k]));
      return h;
    };
    std::vector<std::pair<uint64_t, int>> by_words;  // every form by its words
    by_words.reserve(forms_.size());
    for (size_t f = 0; f < forms_.size(); ++f) {
      by_words.emplace_back(key(words(static_cast<int>(f)).first, forms_[f].word_count), static_cast<int>(f));
    }
    std::sort(by_words.begin(), by_words.end());
    for (size_t f = 0; f < forms_.size(); ++f) {
      if (!with_legal_form(forms_[f])) continue;
      const Words name = words(static_cast<int>(f));
      // "Acme Robotics, Inc." as "Acme Robotics Inc": the comma before
      // the legal form, kept with the word before it, is no part of the name.
      std::string_view trimmed[kMostWordsBeforeLegalForm];
      if (name.size() - 1 > kMostWordsBeforeLegalForm) continue;
      std::copy(name.begin(), name.end() - 1, trimmed);
      std::string_view& last = trimmed[name.size() - 2];
      if (last.size() > 1 && last.back() == ',') last.remove_suffix(1);
      const Words base{trimmed, name.size() - 1};
      const auto same = std::equal_range(by_words.begin(), by_words.end(),
                                         std::make_pair(key(base.first, base.size()), 0), by_hash);
      for (auto it = same.first; it != same.second; ++it) {
        const Words other = words(it->second);
        if (other.size() == base.size() && std::equal(base.begin(), base.end(), other.begin()) &&
            majority(forms_[it->second]) == static_cast<int>(EntityType::ORG)) {
          groups.join(static_cast<int>(f), it->second);
        }
      }
    }
  }

  // "MOSCOW" joins "Moscow": a name in capitals (a dateline, a headline, a
  // transcript's speaker label) is the name the text writes otherwise, if the
  // tagger gave both one type. A dateline's "NICE" stays apart from the team
  // "Nice"; a person's full name in capitals ("ELIZABETH WARREN:") joins
  // whatever the tagger made of it in a sentence (a place, for "Elizabeth").
  void join_forms_in_capitals(UnionFind& groups) {
    std::string written;
    for (size_t f = 0; f < forms_.size(); ++f) {
      const Form& capitals = forms_[f];
      if (!is_in_capitals(capitals.text)) continue;
      as_a_sentence_writes(capitals.text, written);
      const int other = index_.find(written, forms_);
      if (other < 0) continue;
      if (is_place_read_as_person(capitals, forms_[other])) move_votes(forms_[f], EntityType::PER, EntityType::LOC);
      const int type = majority(capitals);
      if (type == majority(forms_[other]) || (type == static_cast<int>(EntityType::PER) && capitals.word_count >= 2)) {
        groups.join(static_cast<int>(f), other);
      }
    }
  }

  // "SAO PAULO" over a Reuters story, which the tagger read as a person (its
  // training text marks that dateline so, three times out of three) where
  // the story's "Sao Paulo" is a place: a city or country of the gazetteer
  // in capitals, that the text writes otherwise as a place.
  bool is_place_read_as_person(const Form& capitals, const Form& written) const {
    return majority(capitals) == static_cast<int>(EntityType::PER) &&
           majority(written) == static_cast<int>(EntityType::LOC) &&
           (c_.gazetteer.categories(capitals.text) & category_set({kCountry, kCity}));
  }

  static void move_votes(Form& form, EntityType from, EntityType to) {
    form.votes[static_cast<int>(to)] += form.votes[static_cast<int>(from)];
    form.votes[static_cast<int>(from)] = 0;
  }

  // A name in capitals as a sentence writes it: "NEW YORK" -> "New York",
  // "BANK OF ENGLAND" -> "Bank of England", "RIO DE JANEIRO" -> "Rio de
  // Janeiro", "U.S. OPEN" -> "U.S. Open".
  static void as_a_sentence_writes(std::string_view capitals, std::string& out) {
    static constexpr std::string_view kParticles[] = {"de", "da", "do", "di", "del", "la", "le", "du", "van", "von", "der"};
    out.assign(capitals);
    size_t start = 0;  // of the word
    for (size_t k = 0; k <= out.size(); ++k) {
      if (k < out.size() && out[k] != ' ') {
        // A word's first letter, and a letter after a dot or hyphen, stay capitals.
        if (k > start && out[k - 1] != '.' && out[k - 1] != '-') out[k] = text::lower_ascii(out[k]);
        continue;
      }
      if (start > 0 && k > start) {  // a word after the first: "of", "de" in lower case
        const char capital = out[start];
        out[start] = text::lower_ascii(capital);
        const std::string_view word(out.data() + start, k - start);
        if (!lexicon::is_function_word(word) &&
            std::find(std::begin(kParticles), std::end(kParticles), word) == std::end(kParticles)) {
          out[start] = capital;
        }
      }
      start = k + 1;
    }
  }

  // "The Wall Street Journal" joins "Wall Street Journal", "All Blacks"
  // joins "Blacks", of any type: the function word that opens a name
  // mid-sentence (see opens_name_mid_sentence) is trimmed at a sentence's
  // start.
  void join_forms_opened_by_function_words(UnionFind& groups) {
    for (const int f : opened_by_function_word_) {
      const std::string_view text = forms_[f].text;
      const int other = index_.find(text.substr(text.find(' ') + 1), forms_);
      if (other >= 0) groups.join(f, other);
    }
  }

  // "Edouard" joins "Hurricane Edouard", "Wear" joins "the River Wear": a
  // storm's or a river's name without the word that says what it is (see
  // name_event and names_river), of any type, and takes the full name's
  // ("Darragh is a multi-hazard event" after "Storm Darragh" was a person,
  // and so the storm, one mention against one).
  void join_last_words(UnionFind& groups) {
    for (const int f : known_by_last_word_) {
      const std::string_view text = forms_[f].text;
      const int other = index_.find(text.substr(text.rfind(' ') + 1), forms_);
      if (other < 0) continue;
      groups.join(f, other);
      // The full name's type by what it is: the tagger's votes on it may
      // be a person's ("Storm Darragh" opening a sentence).
      const TokenSpan& full = spans_[static_cast<size_t>(forms_[f].first_mention)];
      const EntityType type = is_storm_word(c_.doc, full.end - 2) ? EntityType::MISC : EntityType::LOC;
      for (Form* form : {&forms_[f], &forms_[other]}) {
        std::fill(std::begin(form->votes), std::end(form->votes), 0);
        form->votes[static_cast<int>(type)] = form->mentions;
      }
    }
  }

  // "Margaret Anne Ellery" joins "Margaret Ellery": a person's name with a
  // middle name or initial is the person the text names by the first and
  // last words alone, before a surname alone chooses between them. Not when
  // two middle names share the two words ("George W. Bush" and "George H.W.
  // Bush" beside "George Bush").
  void join_middle_names(UnionFind& groups) {
    constexpr uint32_t kWords = 3;
    const auto is_person = [&](int f) { return majority(forms_[f]) == static_cast<int>(EntityType::PER); };
    std::vector<std::pair<int, int>> shorter_of;  // the form without the middle name, the form with it
    std::string without_middle;
    for (int f = 0; f < static_cast<int>(forms_.size()); ++f) {
      const std::string_view text = forms_[f].text;
      if (forms_[f].word_count != kWords || !is_person(f)) continue;
      const size_t first_end = text.find(' '), last_start = text.rfind(' ') + 1;
      if (first_end == std::string_view::npos || first_end + 1 >= last_start) continue;  // three words, as written
      without_middle.assign(text.substr(0, first_end + 1)).append(text.substr(last_start));
      const int shorter = index_.find(without_middle, forms_);
      if (shorter >= 0 && is_person(shorter)) shorter_of.emplace_back(shorter, f);
    }
    std::sort(shorter_of.begin(), shorter_of.end());
    for (size_t k = 0; k < shorter_of.size(); ++k) {
      const bool shared = (k > 0 && shorter_of[k - 1].first == shorter_of[k].first) ||
                          (k + 1 < shorter_of.size() && shorter_of[k + 1].first == shorter_of[k].first);
      if (!shared) groups.join(shorter_of[k].first, shorter_of[k].second);
    }
  }

  // Per form, the sex that the titles before its mentions say ("Mr",
  // "Mrs", "Ms", "Miss", "Mme"), as quotes::sex_cue() bits: both where they
  // disagree. Titles of an "M" only, told by their first letter: asked of
  // every mention of most texts.
  std::vector<uint8_t> titles_sex_by_form() const {
    std::vector<uint8_t> sex(forms_.size());
    for (size_t m = 0; m < spans_.size(); ++m) {
      if (spans_[m].first == 0) continue;
      const text::Token& before = c_.doc.tokens[spans_[m].first - 1];
      if (c_.doc.text[before.start] != 'M' || before.length > 4) continue;
      std::string_view title = token(spans_[m].first - 1);
      if (title.size() > 1 && title.back() == '.') title.remove_suffix(1);  // "Mr."
      if (title == "Mr" || title == "Mrs" || title == "Ms" || title == "Miss" || title == "Mme") {
        sex[form_of_[m]] |= title == "Mr" ? quotes::kMale : quotes::kFemale;
      }
    }
    return sex;
  }

  // A surname of two or three words opened by particles: "Le Pen", "van
  // Dijk", "van den Bogerd", "de la Cruz".
  static bool opens_with_surname_particle(const Words& name) {
    static constexpr std::string_view kParticles[] = {"le",  "la", "de", "van", "von", "du",  "da",
                                                      "di",  "del", "dos", "den", "der", "della"};
    static constexpr text::WordSet kParticleSet(kParticles);
    const auto is_particle = [](std::string_view w) {
      return kParticleSet.contains(w);
    };
    return (name.size() == 2 || name.size() == 3) && is_particle(name[0]) && (name.size() == 2 || is_particle(name[1]));
  }

  // "Lavrov" joins "Sergey Lavrov"; "Zarepour:" joins "Isa Zarepour" even
  // when the tagger called it a place, unless it is a known place (the
  // training text's too: a headline's "Lebed Chechnya", tagged as one
  // person, made every Chechnya a person). "Le Pen" joins "Marine Le Pen"
  // whatever the tagger read it as.
  //
  // Not a surname whose title says one sex, to a full name whose first name
  // says the other: "Mr Knightley", the hero of Austen's "Emma" in a review,
  // is not "Keira Knightley", the actress.
  void join_surnames(UnionFind& groups) {
    constexpr int kMaxFullNames = 16;  // considered per last word
    std::vector<uint8_t> title_sex;   // per form, the sex its mentions' titles say; found when first needed
    const auto disagree = [&](int f, int full) {
      if (title_sex.empty()) title_sex = titles_sex_by_form();
      if (title_sex[f] == 0) return false;  // most surnames: no title says a sex
      const uint8_t first_name = quotes::sex_cue(words(full)[0]);
      return first_name != 0 && (title_sex[f] & first_name) == 0;
    };
    std::vector<std::pair<uint64_t, int>> full_names;  // multi-word person names by their last word's hash
    full_names.reserve(forms_.size());
    for (size_t f = 0; f < forms_.size(); ++f) {
      const Form& form = forms_[f];
      if (form.word_count >= 2 && majority(form) == static_cast<int>(EntityType::PER)) {
        full_names.emplace_back(form_hash(words(form).back()), static_cast<int>(f));
      }
    }
    std::sort(full_names.begin(), full_names.end());
    for (size_t f = 0; f < forms_.size(); ++f) {
      Form& form = forms_[f];
      const Words name = words(form);
      if (name.empty() || name.size() > 3) continue;
      const bool particles = name.size() >= 2 && opens_with_surname_particle(name);
      if (name.size() == 3 && !particles) continue;
      const bool person = majority(form) == static_cast<int>(EntityType::PER);
      if (!person && name.size() != 1 && !particles) continue;
      const auto same_hash = std::equal_range(full_names.begin(), full_names.end(),
                                              std::make_pair(form_hash(name.back()), 0), by_hash);
      if (same_hash.first == same_hash.second || form.owns_facility ||
          (!person && is_known_non_person_or_place(form.text))) {
        continue;
      }
      // The full name that ends with this form; when several people share
      // it, the one mentioned most, unless that is a tie.
      int target = -1, target_mentions = 0, considered = 0;
      bool tie = false;
      for (auto it = same_hash.first; it != same_hash.second; ++it) {
        const int candidate = it->second;
        if (words(candidate).back() != name.back()) continue;  // another word with the same hash
        if (++considered > kMaxFullNames) break;
        if (candidate == static_cast<int>(f) || !ends_with(words(candidate), name)) continue;
        if (target >= 0 && groups.find(target) == groups.find(candidate)) continue;
        if (disagree(static_cast<int>(f), candidate)) {
          // A mention's title is not every mention's ("Yeltsin's wife" and
          // "Mrs Yeltsin", beside Boris and Naina Yeltsin): no join at all.
          target = -1;
          break;
        }
        const int mentions = forms_[candidate].mentions;
        tie = target >= 0 && mentions == target_mentions;
        if (mentions > target_mentions) target = candidate, target_mentions = mentions;
      }
      if (target < 0 || tie) continue;
      groups.join(target, static_cast<int>(f));
      if (!person) form.votes[static_cast<int>(EntityType::PER)] += form.mentions;
    }
  }

  // "United" joins "Manchester United", "Villa" joins "Aston Villa": an
  // organization's last word alone, as a surname joins its person, when
  // one organization's name ends with it ("United" after "Manchester
  // United" and "Newcastle United" is left alone). Not a place, a country
  // or an organization known by itself ("Apple" beside "Apple Music").
  //
  // A team's nickname alone joins its team whatever the tagger read it as
  // ("the Chiefs (15-1)", a person, after "the Kansas City Chiefs"), and so
  // does a well-known firm's last word ("Lilly said", a person, after "Eli
  // Lilly") and a word no one is named by ("Jio is making all
  // arrangements", a person, after "Reliance Jio": see names_no_person).
  void join_organizations_last_words(UnionFind& groups) {
    // Counted first: most texts need no map, and a map needs no lists.
    const auto is_organization = [&](int f) { return majority(forms_[f]) == static_cast<int>(EntityType::ORG); };
    const auto is_nickname = [&](int f) {
      const std::string_view w = forms_[f].text;
      return forms_[f].word_count == 1 && w.size() >= 4 && w.back() == 's' && is_plain_capitalized(w);
    };
    const auto read_as_person = [&](int f) {
      return forms_[f].word_count == 1 && majority(forms_[f]) == static_cast<int>(EntityType::PER);
    };
    const auto may_join = [&](int f) { return is_organization(f) || is_nickname(f) || read_as_person(f); };
    size_t alone = 0, full_names = 0;  // one-word forms that may join, and organizations' longer names
    for (size_t f = 0; f < forms_.size(); ++f) {
      const int i = static_cast<int>(f);
      if (forms_[f].word_count == 1 ? may_join(i) : is_organization(i)) ++(forms_[f].word_count == 1 ? alone : full_names);
    }
    if (alone == 0 || full_names == 0) return;
    KeyMap<int> by_last_word(full_names);  // full name + 1, or -1 when two organizations end with the word
    for (int f = 0; f < static_cast<int>(forms_.size()); ++f) {
      if (forms_[f].word_count < 2 || !is_organization(f)) continue;
      int& full = by_last_word[form_hash(words(f).back())];
      if (full == 0) {
        full = f + 1;
      } else if (full > 0 && groups.find(full - 1) != groups.find(f)) {
        full = -1;
      }
    }
    for (int f = 0; f < static_cast<int>(forms_.size()); ++f) {
      if (forms_[f].word_count != 1) continue;
      const bool organization = is_organization(f);
      if (!may_join(f)) continue;
      const int* full = by_last_word.find(form_hash(words(f)[0]));
      if (full == nullptr || *full <= 0 || words(*full - 1).back() != words(f)[0]) continue;
      if (!organization && !forms_[*full - 1].names_team &&
          !(forms_[*full - 1].word_count == 2 && lexicon::is_well_known_organization(forms_[*full - 1].text)) &&
          !(read_as_person(f) && (names_no_person(f, groups) || names_club_in_sport(f, *full - 1, groups)))) {
        continue;
      }
      // Not a company's suffix ("Ltd"), nor a name after "of", another's
      // ("USDA" in "Commodity Credit Corp of USDA").
      const Words name = words(*full - 1);
      const std::string_view text = forms_[f].text;
      if (lexicon::is_function_word(name[name.size() - 2]) || lexicon::is_legal_form(text) ||
          (is_known_non_person_or_place(text) && !is_club_by_its_city(f, name)) ||
          lexicon::is_well_known_organization(text)) {
        continue;
      }
      if (listed_before(f, *full - 1)) continue;
      groups.join(*full - 1, f);
      if (!organization) {
        std::fill(std::begin(forms_[f].votes), std::end(forms_[f].votes), 0);
        forms_[f].votes[static_cast<int>(EntityType::ORG)] = forms_[f].mentions;
      }
    }
  }

  // "Congress, DMK and Trinamool Congress members": a one-word name first
  // met in a list of names before a longer one that ends with it is
  // another (India's Congress, not the Trinamool Congress), where a short
  // form follows its full name.
  bool listed_before(int alone, int full) const {
    constexpr uint32_t kMaxListTokens = 12;
    const auto a = static_cast<size_t>(forms_[alone].first_mention);
    const auto b = static_cast<size_t>(forms_[full].first_mention);
    if (a >= b || spans_[b].first - spans_[a].end > kMaxListTokens) return false;
    size_t m = a + 1;  // the names between, in order
    for (uint32_t k = spans_[a].end; k < spans_[b].first;) {
      if (m < b && spans_[m].first == k) {
        k = spans_[m++].end;
        continue;
      }
      const std::string_view w = c_.doc.token_text(k++);
      if (w != "," && w != "and" && w != "or") return false;
    }
    return true;
  }

  // "Newcastle" after "Newcastle United", "Leeds" after "Leeds United": in
  // a text about sport, a club's city alone, which the tagger read as the
  // club, joins the one club of two words that it opens and a word clubs
  // end in ends ("United", "Rovers"). Not beside two ("Manchester" with
  // United and City).
  void join_clubs_by_their_first_word(UnionFind& groups) {
    static constexpr std::string_view kClubEnds[] = {"united",  "city",   "town",     "rovers",    "county",
                                                     "athletic", "albion", "rangers", "wanderers", "wednesday",
                                                     "hotspur", "argyle", "orient"};  // lower case, as words() are
    static constexpr text::WordSet kClubEndSet(kClubEnds);
    const int organization = static_cast<int>(EntityType::ORG);
    std::vector<std::pair<uint64_t, int>> clubs;  // by their first word
    for (size_t f = 0; f < forms_.size(); ++f) {
      if (forms_[f].word_count != 2) continue;
      const Words name = words(static_cast<int>(f));
      if (majority(forms_[f]) == organization && kClubEndSet.contains(name[1])) {
        clubs.emplace_back(form_hash(name[0]), static_cast<int>(f));
      }
    }
    if (clubs.empty() || !about_sport()) return;
    std::sort(clubs.begin(), clubs.end());
    for (size_t f = 0; f < forms_.size(); ++f) {
      if (forms_[f].word_count != 1 || majority(forms_[f]) != organization) continue;
      const int club = only_one_opened_by(words(static_cast<int>(f))[0], clubs, groups);
      if (club >= 0) groups.join(club, static_cast<int>(f));
    }
  }

  // "Reuters Television", "Sky Sports", "Reuters Toronto Bureau": a
  // broadcaster's or an agency's unit, named by its parent's name and the
  // unit's kind (in lower case, as words() are).
  static bool names_unit(Words name) {
    static constexpr std::string_view kUnits[] = {"television", "tv",     "radio",  "sport",
                                                  "sports",     "bureau", "newsdesk"};
    static constexpr text::WordSet kUnitSet(kUnits);
    return kUnitSet.contains(name.back());
  }

  // "Avanti said" after "Avanti West Coast", "Goldman" after "Goldman
  // Sachs": an organization's first word alone, as the news shortens a
  // name, joins the one organization whose name it opens. Not a word of
  // its own: a common one ("Bank" beside "Bank of England", unless
  // is_short_name_after_the() says), a place, an
  // organization known by itself ("Apple" beside "Apple Music"), or one in
  // capitals, an acronym or a rating ("AA"); nor the parent of a unit
  // ("told Reuters" beside "told Reuters Television").
  void join_organizations_first_words(UnionFind& groups) {
    const int organization = static_cast<int>(EntityType::ORG);
    std::vector<std::pair<uint64_t, int>> longer;  // organizations of two words or more, by their first word
    for (size_t f = 0; f < forms_.size(); ++f) {
      if (forms_[f].word_count >= 2 && majority(forms_[f]) == organization && !names_unit(words(static_cast<int>(f)))) {
        longer.emplace_back(form_hash(words(static_cast<int>(f))[0]), static_cast<int>(f));
      }
    }
    if (longer.empty()) return;
    std::sort(longer.begin(), longer.end());
    constexpr uint32_t kOwnWord = category_set({kCommonWord, kKnownOrg, kCountry, kCity, kSeenPlace, kDemonym});
    constexpr uint32_t kCommonOnly = category_set({kCommonWord});
    for (size_t f = 0; f < forms_.size(); ++f) {
      const Form& form = forms_[f];
      if (form.word_count != 1 || majority(form) != organization) continue;
      const int full = only_one_opened_by(words(static_cast<int>(f))[0], longer, groups);
      if (full < 0) continue;
      const uint32_t own = c_.gazetteer.categories(form.text) & kOwnWord;
      if ((own && !(own == kCommonOnly && is_short_name_after_the(form, full))) ||
          lexicon::is_well_known_organization(form.text) || word_case(form.text) == kAllCaps) {
        continue;
      }
      groups.join(full, static_cast<int>(f));
    }
  }

  // "Governor Andrew Bailey said the Bank was on a gradual path": a common
  // word capitalized after "the" where the form is first written, as the
  // news shortens the name of form `full` that it heads before "of" ("the
  // Bank of England", "the Church of England"). Not a word that modifies
  // the name's head ("the House" beside "House Appropriations Committee").
  [[gnu::noinline]] bool is_short_name_after_the(const Form& form, int full) const {
    const uint32_t first = spans_[form.first_mention].first;
    const Words name = words(full);
    return name.size() >= 3 && name[1] == "of" && first > 0 && same_ignoring_case(token(first - 1), "the");
  }

  // "Llama is free to download" after "Meta released Llama 3": a product's
  // line alone joins the one model of it that the text names by its number
  // ("Llama 3", "Windows 11", "Gemini 2.5"). Beside two models ("Llama 3",
  // "Llama 4") it is left alone.
  void join_product_lines_to_their_model(UnionFind& groups) {
    const int product = static_cast<int>(EntityType::MISC);
    std::vector<std::pair<uint64_t, int>> models;  // by their line's word
    for (size_t f = 0; f < forms_.size(); ++f) {
      if (forms_[f].word_count != 2 || majority(forms_[f]) != product) continue;
      const Words name = words(static_cast<int>(f));
      if (text::is_digit(name[1][0])) models.emplace_back(form_hash(name[0]), static_cast<int>(f));
    }
    if (models.empty()) return;
    std::sort(models.begin(), models.end());
    for (size_t f = 0; f < forms_.size(); ++f) {
      if (forms_[f].word_count != 1 || majority(forms_[f]) != product) continue;
      const int model = only_one_opened_by(words(static_cast<int>(f))[0], models, groups);
      if (model >= 0) groups.join(model, static_cast<int>(f));
    }
  }

  // Whether the one word of form `f`, which the tagger read as a person's,
  // names no one: not a name the training text or the first names know as a
  // person's ("Sachs" beside "Goldman Sachs"), nor the surname of a person
  // the text names in full.
  bool names_no_person(int f, UnionFind& groups) const {
    if (c_.gazetteer.categories(forms_[f].text) & category_set({kSeenPerson, kFirstName})) return false;
    return !surname_of_person_in_full(f, groups);
  }

  // Whether the one word of form `f` has joined a person the text names in full.
  bool surname_of_person_in_full(int f, UnionFind& groups) const {
    const int group = groups.find(f);
    for (size_t g = 0; g < forms_.size(); ++g) {
      if (forms_[g].word_count > 1 && majority(forms_[g]) == static_cast<int>(EntityType::PER) &&
          groups.find(static_cast<int>(g)) == group) {
        return true;
      }
    }
    return false;
  }

  // "Arsenal slip at Villa" over a report of "Aston Villa": in a story
  // about sport, the one word of form `f`, read as a person's though
  // people are named so (David Villa), is the club of two words `club` it
  // ends, unless it is the surname of a person the text names in full.
  bool names_club_in_sport(int f, int club, UnionFind& groups) const {
    return forms_[club].word_count == 2 && !surname_of_person_in_full(f, groups) && about_sport();
  }

  // Whether the text is about sport (is_about_sport), asked of it once: a
  // walk over all its tokens, which several rules need.
  bool about_sport() const {
    if (about_sport_ < 0) about_sport_ = is_about_sport(c_.doc) ? 1 : 0;
    return about_sport_ == 1;
  }

  // "Leverkusen" after "Bayer Leverkusen", "Dortmund" after "Borussia
  // Dortmund": a club's city alone, which the tagger read as the club at
  // every mention, joins the club of two words named after it (one club
  // only: "Madrid" beside Real and Atletico is left alone). Not a country
  // ("France" the team is no "Air France"), nor a club of another place
  // named after the city ("North Melbourne" is not Melbourne, "East
  // Stirling" not Stirling Albion).
  bool is_club_by_its_city(int f, Words club) const {
    // In lower case, as words() are.
    static constexpr std::string_view kPlacePrefixes[] = {"north", "south", "east", "west", "port", "new"};
    const Form& form = forms_[f];
    if (club.size() != 2 || form.votes[static_cast<int>(EntityType::ORG)] != form.mentions ||
        std::find(std::begin(kPlacePrefixes), std::end(kPlacePrefixes), club[0]) != std::end(kPlacePrefixes)) {
      return false;
    }
    const uint32_t listed = c_.gazetteer.categories(form.text);
    return (listed & category_set({kCity})) && !(listed & category_set({kCountry}));
  }

  // "Helen has done the right thing", after "Helen Clarke": a person's first
  // name alone, which no surname claimed, joins the one full name it opens;
  // with two ("Helen Clarke", "Helen Mirren") it is left alone. So does a
  // first name clipped as friends and fans say it: "Mo is Mo" after
  // "Mohamed Salah", "Alex" after "Alexander Zverev" (see is_clipped_name).
  void join_first_names(UnionFind& groups) {
    const size_t full_names = std::count_if(forms_.begin(), forms_.end(), is_full_name);
    if (full_names == 0) return;
    std::vector<int> alone;  // one-word forms in no group yet
    alone.reserve(forms_.size());
    std::vector<int> group_size(forms_.size(), 0);
    for (size_t f = 0; f < forms_.size(); ++f) ++group_size[groups.find(static_cast<int>(f))];
    for (size_t f = 0; f < forms_.size(); ++f) {
      const Form& form = forms_[f];
      if (form.word_count == 1 && group_size[groups.find(static_cast<int>(f))] == 1) alone.push_back(static_cast<int>(f));
    }
    if (alone.empty()) return;
    KeyMap<int> by_first_word(full_names);  // full name + 1, or -1 when two full names share the word
    for (size_t f = 0; f < forms_.size(); ++f) {
      const int full = static_cast<int>(f);
      if (is_full_name(forms_[f])) claim(by_first_word[form_hash(words(full)[0])], full, groups);
    }
    std::vector<int> clipped;  // the forms alone that no full name opens with, if clipped names
    for (const int f : alone) {
      const std::string_view word = words(f)[0];
      const int* full = by_first_word.find(form_hash(word));
      if (full == nullptr) {
        if (may_be_clipped(forms_[f]) && is_clipped_name(f)) clipped.push_back(f);
        continue;
      }
      if (*full <= 0 || words(*full - 1)[0] != word) continue;
      // A name read as another type more often than the person is named is
      // that ("Pirelli" x9 beside a misread "Pirelli SpA").
      if (majority(forms_[f]) != static_cast<int>(EntityType::PER) &&
          (forms_[f].mentions > forms_[*full - 1].mentions || !may_be_first_name(forms_[f].text))) {
        continue;
      }
      groups.join(*full - 1, f);
    }
    if (!clipped.empty()) join_clipped_first_names(clipped, full_names, groups);
  }

  static bool is_full_name(const Form& form) {
    return form.word_count >= 2 && majority(form) == static_cast<int>(EntityType::PER);
  }

  // Claims the slot `full` of a table of full names by a word for full name
  // f: f + 1, or -1 when another full name, not in f's group, holds it.
  static void claim(int& full, int f, UnionFind& groups) {
    if (full == 0) {
      full = f + 1;
    } else if (full > 0 && groups.find(full - 1) != groups.find(f)) {
      full = -1;
    }
  }

  // Each of the forms `clipped` (is_clipped_name) that opens the first word
  // of one of the `full_names` (how many) joins it ("Mo" of "Mohamed
  // Salah"); not one named more often than its person, another's name
  // then.
  void join_clipped_first_names(const std::vector<int>& clipped, size_t full_names, UnionFind& groups) {
    KeyMap<int> by_clip(full_names * (kLongestClip - kShortestClip + 1));  // as by_first_word
    for (size_t f = 0; f < forms_.size(); ++f) {
      if (!is_full_name(forms_[f])) continue;
      const std::string_view first = words(static_cast<int>(f))[0];
      for (size_t n = kShortestClip; n <= kLongestClip && n + kLeastClipped <= first.size(); ++n) {
        claim(by_clip[form_hash(first.substr(0, n))], static_cast<int>(f), groups);
      }
    }
    for (const int f : clipped) {
      const std::string_view word = words(f)[0];
      const int* full = by_clip.find(form_hash(word));
      if (full == nullptr || *full <= 0 || words(*full - 1)[0].substr(0, word.size()) != word ||
          forms_[f].mentions > mentions_of_group(*full - 1, groups)) {
        continue;
      }
      groups.join(*full - 1, f);
    }
  }

  // The letters a clipped first name keeps ("Mo", "Chris"), and the fewest
  // it drops: "Dan" is no "Dana", nor "Jo" "Joe", names of their own.
  static constexpr size_t kShortestClip = 2, kLongestClip = 5, kLeastClipped = 2;

  // Whether the one word of a form is as long as a clipped first name, and
  // the tagger read it as a person or a place ("Mo", a place in the
  // training text), not an organization ("Fed", "Ford").
  static bool may_be_clipped(const Form& form) {
    return form.text.size() >= kShortestClip && form.text.size() <= kLongestClip &&
           majority(form) != static_cast<int>(EntityType::ORG);
  }

  // The mentions of the forms in form f's group: a walk over the forms,
  // asked of few.
  int mentions_of_group(int f, UnionFind& groups) const {
    const int group = groups.find(f);
    int mentions = 0;
    for (size_t g = 0; g < forms_.size(); ++g) {
      if (groups.find(static_cast<int>(g)) == group) mentions += forms_[g].mentions;
    }
    return mentions;
  }

  // Whether form f, of a word that may_be_clipped(), may be a first name
  // clipped (join_first_names): capitalized, which no list knows for
  // anything but a person or a place the training text names (its "Mo" is
  // one; not a country or a city: "Gaza" beside "Gazala Hashmi"), not a US
  // state after a place and a comma ("KANSAS CITY, Mo.", where a Mohamed is
  // named too). Asked before the clips are listed: most forms alone are no
  // clip.
  bool is_clipped_name(int f) const {
    const Form& form = forms_[f];
    const int m = form.first_mention;
    return word_case(form.text) == kCapitalized && !is_known_non_person(form.text) &&
           !lexicon::is_well_known_organization(form.text) &&
           !(m > 0 && spans_[m - 1].type == EntityType::LOC && spans_[m - 1].end + 1 == spans_[m].first &&
             token(spans_[m].first - 1) == ",");
  }

  // "THE PRESIDENT: Good afternoon, everyone." under "Remarks by President
  // Biden": a transcript's speaker label that names a role, not a person,
  // is the one person the text titles with that role, who then speaks its
  // turns. Not when two people share the title ("President Biden",
  // "President Zelensky"). Labels of roles are few: each asks of every
  // mention.
  void join_role_labels(UnionFind& groups) {
    for (size_t f = 0; f < forms_.size(); ++f) {
      if (!is_role_label(forms_[f])) continue;
      const Words name = words(static_cast<int>(f));
      const Words role{name.begin() + 1, name.size() - 1};
      int person = -1;  // the titled person's group
      bool shared = false;
      for (size_t m = 0; m < spans_.size() && !shared; ++m) {
        const int form = form_of_[m];
        if (majority(forms_[form]) != static_cast<int>(EntityType::PER) || !is_titled_as(spans_[m], role)) continue;
        const int group = groups.find(form);
        shared = person >= 0 && group != person;
        person = group;
      }
      if (person < 0 || shared) continue;
      groups.join(static_cast<int>(f), person);
      forms_[f].role_label = true;
    }
  }

  // "THE PRESIDENT", "THE FIRST LADY": a role after "the", in capitals as a
  // transcript writes its labels, which the tagger read as a person.
  bool is_role_label(const Form& form) const {
    constexpr uint32_t kMaxRoleWords = 2;
    return form.word_count >= 2 && form.word_count <= kMaxRoleWords + 1 &&
           majority(form) == static_cast<int>(EntityType::PER) && is_in_capitals(form.text) &&
           words(form)[0] == "the";
  }

  // Whether the words before span s, capitalized, are the title `role`
  // (lower case, as words() are) whole: "President Biden" for "president",
  // not "Vice President Harris".
  bool is_titled_as(const TokenSpan& s, Words role) const {
    if (s.first < role.size()) return false;
    const uint32_t title = s.first - static_cast<uint32_t>(role.size());
    for (uint32_t k = 0; k < role.size(); ++k) {
      const std::string_view w = token(title + k);
      if (!is_capitalized(w) || !same_ignoring_case(w, role[k])) return false;
    }
    return title == 0 || !is_office_modifier(token(title - 1));
  }

  // A one-word name the tagger gave another type ("Good to be with you,
  // Kaitlan.", after the label "KAITLAN COLLINS:") that may still be a
  // first name, of any case: not a place, a people or an organization known
  // by itself.
  bool may_be_first_name(std::string_view text) const {
    return !is_known_non_person_or_place(text) && !lexicon::is_well_known_organization(text);
  }

  std::string_view token(uint32_t i) const { return c_.doc.token_text(i); }
  bool token_is_one_of(uint32_t i, std::initializer_list<std::string_view> words) const {
    if (i >= c_.doc.tokens.size()) return false;
    const std::string_view t = token(i);
    for (const std::string_view w : words) {
      if (same_ignoring_case(t, w)) return true;
    }
    return false;
  }

  // Mention m is a US state's postal code after a place and a comma
  // ("Washington, DC", "Austin, TX"): a place, which the tagger, seeing two
  // capitals alone, often calls an organization.
  bool is_state_after_place(size_t m, EntityType before) const {
    static constexpr std::string_view kStates[] = {
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
        "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK",
        "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "D.C."};
    static constexpr text::WordSet kStateSet(kStates);
    const TokenSpan& s = spans_[m];
    if (before != EntityType::LOC || s.end != s.first + 1 || spans_[m - 1].end + 1 != s.first) return false;
    return token(s.first - 1) == "," &&
           kStateSet.contains(token(s.first));
  }

  static bool names_organization(Words name) {
    static constexpr std::string_view kHeads[] = {"journal",    "university", "institute", "association", "committee",
                                                  "commission", "council",    "agency",    "ministry",    "foundation",
                                                  "society",    "corporation", "company"};  // not "bank": West Bank
    static constexpr text::WordSet kHeadSet(kHeads);
    return name.size() >= 2 && std::any_of(name.begin() + 1, name.end(), [](std::string_view w) {
             return kHeadSet.contains(w);
           });
  }

  // "Emirates Stadium", "Wilson Ave", "Fairfax Road": a venue's or a
  // street's last word, lower case and without its dot. Not "Lane" nor
  // "Way", which end people's names too ("Lois Lane").
  static bool ends_with_place_noun(Words name) {
    static constexpr std::string_view kPlaceNouns[] = {"stadium", "arena", "street", "st",        "road",
                                                       "rd",      "avenue", "ave",   "boulevard", "blvd",
                                                       "theatre", "theater"};  // "the Rose Theatre" was a person
    static constexpr text::WordSet kPlaceNounSet(kPlaceNouns);
    return kPlaceNounSet.contains(name.back());
  }

  // "the River Wear", "the River Thames".
  // Inlined: asked of every mention in build(), out of line it cost c06
  // 0.9 M instructions more in calls.
  [[gnu::always_inline]] bool names_river(const TokenSpan& s) const {
    return s.end - s.first >= 2 && s.first > 0 && token_is(c_.doc, s.first, "River") &&
           same_ignoring_case(token(s.first - 1), "the");
  }

  // Mention m is a city the gazetteer knows, after "in": "a shop owner in
  // Palermo", which the tagger, knowing the city's football club, calls an
  // organization. Not "in Essex's history" (the club's), nor "shares in
  // Slough" (a company).
  bool is_city_after_in(size_t m) const {
    const TokenSpan& s = spans_[m];
    if (s.first < 2 || token(s.first - 1) != "in" || token_is_one_of(s.first - 2, {"shares", "stake", "stakes"})) {
      return false;
    }
    return !(s.end < c_.doc.tokens.size() && is_possessive(token(s.end))) &&
           c_.gazetteer.contains(kCity, forms_[form_of_[m]].text);
  }

  // Mention m is a city the gazetteer knows, which the training text's
  // football results taught the tagger to call an organization (its club),
  // near a place, after a town as its county, or paired or listed with one
  // that is a place or such a city: "trains between Newcastle and Darlington",
  // "rain for Cardiff, Swansea, Bristol and Exeter",
  // "ferries from Portsmouth to Caen", "a fault near Durham", "born in
  // Pembury, Kent". Not a name in capitals ("NATO", a town too), nor a
  // possessive ("near Honda's plant"), nor a company paired with another
  // ("talks between Honda and Nissan", "between Honda and Toyota": Honda
  // is a town and was a team).
  bool is_club_city_between_places(size_t m) const {
    const TokenSpan& s = spans_[m];
    const bool possessive = s.end < c_.doc.tokens.size() && is_possessive(token(s.end));
    if (s.first == 0 || possessive) return false;
    // The words around it first: most organizations are told by them, without a look-up.
    const bool near = token(s.first - 1) == "near" || is_county_after_town(m);
    int other = near ? -1 : paired_with(m);
    if (!near && other < 0) other = listed_with(m);
    if ((!near && other < 0) || !is_club_city(m)) return false;
    return near || spans_[other].type == EntityType::LOC || is_club_city(other);
  }

  // The mention listed just before mention m, or else just after it, with
  // a comma or "and" between: "rain for Cardiff, Swansea, Bristol and
  // Exeter". -1 if none.
  int listed_with(size_t m) const {
    const TokenSpan& s = spans_[m];
    const auto is_link = [&](uint32_t i) {
      const std::string_view w = token(i);
      return w == "," || w == "and";
    };
    if (m > 0 && spans_[m - 1].end + 1 == s.first && is_link(s.first - 1)) return static_cast<int>(m - 1);
    if (m + 1 < spans_.size() && spans_[m + 1].first == s.end + 1 && is_link(s.end)) return static_cast<int>(m + 1);
    return -1;
  }

  // Whether mention m follows a town after "in", "near" or "from", and a
  // comma: "born in Pembury, Kent", its county.
  bool is_county_after_town(size_t m) const {
    const TokenSpan& s = spans_[m];
    if (m == 0 || !token_is(c_.doc, s.first - 1, ",")) return false;
    const TokenSpan& town = spans_[m - 1];
    return town.end + 1 == s.first && town.type == EntityType::LOC && town.first > 0 &&
           token_is_one_of(town.first - 1, {"in", "near", "from"});
  }

  // The mention paired with mention m as the other end of "between X and
  // Y" or "from X to Y", or -1.
  int paired_with(size_t m) const {
    const TokenSpan& s = spans_[m];
    const std::string_view before = token(s.first - 1);
    const bool opens = (before == "between" && token_is_one_of(s.end, {"and"})) ||
                       (before == "from" && token_is_one_of(s.end, {"to"}));
    if (opens) return m + 1 < spans_.size() && spans_[m + 1].first == s.end + 1 ? static_cast<int>(m + 1) : -1;
    if ((before != "and" && before != "to") || m == 0 || spans_[m - 1].end + 1 != s.first || spans_[m - 1].first == 0) {
      return -1;
    }
    const std::string_view opener = token(spans_[m - 1].first - 1);
    return opener == (before == "and" ? "between" : "from") ? static_cast<int>(m - 1) : -1;
  }

  static constexpr uint32_t kCityAndClub = category_set({kCity, kSeenOrganization});
  bool is_club_city(size_t m) const {
    const std::string_view text = forms_[form_of_[m]].text;
    return !is_in_capitals(text) && !lexicon::is_well_known_organization(text) &&
           (c_.gazetteer.categories(text) & kCityAndClub) == kCityAndClub;
  }

  // Mention m is a name of two or three plain capitalized words just after
  // an office: "Health Secretary Victoria Atkins", which the tagger, knowing
  // the place, calls one.
  bool follows_office(size_t m) const {
    const TokenSpan& s = spans_[m];
    if (s.type == EntityType::PER || s.first == 0 || s.end - s.first < 2 || s.end - s.first > 3) return false;
    const std::string_view before = token(s.first - 1);
    if (!is_office(before)) return false;
    for (uint32_t i = s.first; i < s.end; ++i) {
      if (!is_plain_capitalized(token(i))) return false;
    }
    return !is_known_non_person(forms_[form_of_[m]].text);
  }

  // Mention m is a name of two or three plain capitalized words, the first
  // maybe initials, that the text gives a person's role: "Adib Zahedi is the
  // CEO of ...", "Jane Roe, a spokeswoman for ...", "TM Roh, head of ...".
  // Places and known organizations are left alone. Asked of every mention,
  // which most reject at once: inlined, as the compiler no longer does.
  [[gnu::always_inline]] bool has_person_role(size_t m) const {
    const TokenSpan& s = spans_[m];
    if (s.type == EntityType::PER || s.end - s.first < 2 || s.end - s.first > 3) return false;
    // The words after the name first: they rule out most names, whose own
    // words would be read letter by letter.
    uint32_t i = s.end;
    if (!token_is_one_of(i, {"is", "was", ","})) return false;
    if (token_is_one_of(++i, {"the", "a", "an"})) ++i;
    if (!token_is_one_of(i, {"ceo", "cfo", "coo", "cto", "founder", "co-founder", "chairman", "chairwoman",
                             "spokesman", "spokeswoman", "spokesperson", "president", "minister", "ambassador",
                             "envoy", "mayor", "governor", "senator", "professor", "editor", "correspondent",
                             "reporter", "economist", "author", "head", "director", "deputy", "lawyer",
                             "attorney", "analyst"})) {
      return false;
    }
    for (uint32_t k = s.first; k < s.end; ++k) {
      const std::string_view w = token(k);
      if (!(is_plain_capitalized(w) || (k == s.first && is_initials(w)))) return false;
    }
    return !is_known_non_person(forms_[form_of_[m]].text);
  }

  // Mention m is a name of two plain capitalized words that the tagger read
  // as a place, the subject of "said", "says" or "told": "Kemi Badenoch
  // said", where the tagger knew "Kemi" as a town. A place that speaks is
  // one the gazetteer knows, for its government ("New York said"), and its
  // other names are a place's by their first or last word ("Greater
  // Anglia", "Port Ellen", "Fairfax Road", "Pinellas County").
  bool speaks_though_read_as_place(size_t m) const {
    const TokenSpan& s = spans_[m];
    if (s.type != EntityType::LOC || s.end - s.first != 2 || !token_is_one_of(s.end, {"said", "says", "told"}) ||
        token(s.first + 1) == "County") {
      return false;
    }
    if (!is_plain_capitalized(token(s.first)) || !is_plain_capitalized(token(s.first + 1))) return false;
    const std::string_view text = forms_[form_of_[m]].text;
    return !is_known_non_person_or_place(text) && !c_.gazetteer.contains(kSeenOrganization, text) &&
           !lexicon::is_well_known_organization(text) && !lexicon::is_place_modifier(token(s.first)) &&
           !lexicon::opens_landform_name(token(s.first)) && !ends_with_place_noun(words(form_of_[m]));
  }

  // Mention m is a word alone that the tagger read as an organization, the
  // subject of "said", "says" or "told" with "he", "his", "she" or "her"
  // after it in the sentence, before any "it" or "its": "Iraola told Sky
  // Sports his side deserved more", a manager named by his surname. Not an
  // organization the gazetteer or the lexicon knows ("Apple said"), whose
  // people are "he" and "she" too.
  bool speaks_of_own_side(size_t m) const {
    constexpr uint32_t kReach = 12;  // words after the verb
    const TokenSpan& s = spans_[m];
    if (s.type != EntityType::ORG || s.end != s.first + 1 || !token_is_one_of(s.end, {"said", "says", "told"})) {
      return false;
    }
    bool person = false;
    for (uint32_t i = s.end + 1; i < c_.doc.tokens.size() && i <= s.end + kReach && !person; ++i) {
      const std::string_view w = token(i);
      if (w == "." || w == "it" || w == "its" || w == "they" || w == "their") return false;
      person = w == "he" || w == "his" || w == "she" || w == "her";
    }
    const std::string_view text = forms_[form_of_[m]].text;
    return person && is_plain_capitalized(text) && !is_known_non_person_or_place(text) &&
           !c_.gazetteer.contains(kSeenOrganization, text) && !lexicon::is_well_known_organization(text);
  }

  // "Roh", "Zahedi": a capital, then lower-case letters.
  static bool is_plain_capitalized(std::string_view w) {
    return w.size() >= 2 && text::is_upper_ascii(static_cast<unsigned char>(w[0])) &&
           std::all_of(w.begin() + 1, w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  }

  // "TM", "JK": two or three capitals, a person's initials before a surname.
  static bool is_initials(std::string_view w) {
    return w.size() >= 2 && w.size() <= 3 &&
           std::all_of(w.begin(), w.end(), [](char c) { return text::is_upper_ascii(static_cast<unsigned char>(c)); });
  }

  // Of `forms` (their first words' hashes and their forms, sorted), the one
  // whose first word is `word`, or any of several joined already; -1 when
  // none is, -2 when two apart are.
  int only_one_opened_by(std::string_view word, const std::vector<std::pair<uint64_t, int>>& forms,
                         UnionFind& groups) const {
    const auto same = std::equal_range(forms.begin(), forms.end(), std::make_pair(form_hash(word), 0), by_hash);
    int found = -1;
    for (auto it = same.first; it != same.second && found != -2; ++it) {
      if (words(it->second)[0] != word) continue;
      if (found >= 0 && groups.find(found) != groups.find(it->second)) found = -2;
      if (found == -1) found = it->second;
    }
    return found;
  }

  static bool by_hash(const std::pair<uint64_t, int>& a, const std::pair<uint64_t, int>& b) {
    return a.first < b.first;
  }

  static constexpr uint32_t kNonPerson = category_set({kCountry, kCity, kDemonym, kKnownOrg});
  bool is_known_non_person_or_place(std::string_view text) const {
    return c_.gazetteer.categories(text) & (kNonPerson | category_set({kSeenPlace}));
  }

  bool is_known_non_person(std::string_view text) const { return c_.gazetteer.categories(text) & kNonPerson; }

  // The fullest form: not a role's label ("THE PRESIDENT"), then most
  // words, then longest, then not in capitals ("Elizabeth Warren" names her,
  // not the label "ELIZABETH WARREN"), then most used, then first.
  auto fullness(int f) const {
    const Form& form = forms_[f];
    return std::make_tuple(!form.role_label, form.word_count, form.text.size(), !is_in_capitals(form.text),
                           form.mentions, -form.first_mention);
  }

  // Whether mention m + 1 follows mention m in a list of names of one or
  // two words: "Raya, White", "Saka and Havertz", "Raya; White" (a team
  // sheet's lines), "Konate, Van Dijk, Robertson".
  bool next_in_word_list(size_t m) const {
    if (m + 1 >= spans_.size()) return false;
    const TokenSpan &s = spans_[m], &next = spans_[m + 1];
    // One word between them, the rarest test first: most names are not listed.
    if (next.first != s.end + 1 || s.end - s.first > 2 || next.end - next.first > 2) return false;
    const text::Token& between = c_.doc.tokens[s.end];
    const char c = c_.doc.text[between.start];
    return (between.length == 1 && (c == ',' || c == ';')) || token(s.end) == "and";
  }

  // "Arsenal: Raya; White, Saliba, Gabriel, Timber; Odegaard, ...": a list
  // after a label's colon whose lines a semicolon parts is a team sheet,
  // whatever the tagger made of the names; so is a side's eleven after its
  // club's name ("Arsenal: Raya, White, Saliba, ..." as the BBC prints it),
  // nine names or more of them found.
  // The list may begin after a name the tagger missed ("Timber;").
  bool is_team_sheet(size_t first, size_t end) const {
    constexpr uint32_t kMostTokensBack = 24;
    constexpr size_t kMostOfEleven = 9;
    bool semicolon = false;
    for (size_t m = first; m + 1 < end; ++m) semicolon = semicolon || token(spans_[m].end) == ";";
    const bool side = end - first >= kMostOfEleven;
    if (!semicolon && !side) return false;
    for (uint32_t k = spans_[first].first; k > 0 && spans_[first].first - k < kMostTokensBack; --k) {
      const std::string_view w = token(k - 1);
      if (w == ":") return semicolon || (first > 0 && spans_[first - 1].end == k - 1 && spans_[first - 1].type == EntityType::ORG);
      const bool listed = w == "," || w == ";" || w == "and" || is_plain_capitalized(w);
      if (!listed) return false;
    }
    return false;
  }

  // "Arsenal: Raya, White, Saliba, Gabriel, Timber, Odegaard, Partey, Rice":
  // a team sheet, a list of four names or more of one or two words, most of
  // them people the text names in full; the others are people too, which
  // the tagger, knowing no "Partey", read as places and organizations. Not
  // a place or an organization known by itself.
  // And "Ganymede, Callisto and Europa": a list of three names or more,
  // most of them places; an organization in it whose form the text names
  // there only is a place too, unless the lists know it as an organization
  // (the tagger read "Europa", a moon, as one): see type_list_of_places.
  [[gnu::noinline]] void type_lists_of_people(Result& r, const std::vector<int>& entity_of) const {
    constexpr size_t kShortestList = 4, kShortestListOfPlaces = 3, kSide = 11;
    for (size_t first = 0; first < spans_.size(); ++first) {
      if (!next_in_word_list(first)) continue;
      size_t end = first + 1;
      while (next_in_word_list(end)) ++end;
      ++end;  // the list is mentions [first, end)
      if (end - first >= kShortestListOfPlaces) type_list_of_places(r, entity_of, first, end);
      if (end - first >= kShortestList) {
        size_t people = 0;
        for (size_t m = first; m < end; ++m) people += r.entities[entity_of[form_of_[m]]].type == EntityType::PER;
        const bool sheet = is_team_sheet(first, end);
        if (2 * people > end - first || sheet) {
          // A side's eleven after its club's name are players, whatever
          // else the lists know their names as ("Arsenal: Raya, White, ...").
          const bool side = sheet && end - first >= kSide;
          for (size_t m = first; m < end; ++m) {
            Entity& entity = r.entities[entity_of[form_of_[m]]];
            if (side || (!is_known_non_person_or_place(forms_[form_of_[m]].text) &&
                         !lexicon::is_well_known_organization(forms_[form_of_[m]].text))) {
              entity.type = EntityType::PER;
            }
          }
        }
      }
      first = end - 1;
    }
  }

  void type_list_of_places(Result& r, const std::vector<int>& entity_of, size_t first, size_t end) const {
    size_t places = 0;
    for (size_t m = first; m < end; ++m) places += r.entities[entity_of[form_of_[m]]].type == EntityType::LOC;
    if (2 * places <= end - first) return;
    for (size_t m = first; m < end; ++m) {
      Entity& entity = r.entities[entity_of[form_of_[m]]];
      const std::string_view text = forms_[form_of_[m]].text;
      if (entity.type == EntityType::ORG && forms_[form_of_[m]].mentions == 1 &&
          !c_.gazetteer.contains(kKnownOrg, text) && !lexicon::is_well_known_organization(text)) {
        entity.type = EntityType::LOC;
      }
    }
  }

  // Whether mentions m - 1 and m are listed together: a comma, "and", "or"
  // or ", and" between them and nothing else.
  [[gnu::noinline]] bool listed_after_previous(size_t m) const {
    if (m == 0) return false;
    const uint32_t end = spans_[m - 1].end, first = spans_[m].first;
    const auto is_link = [&](uint32_t i) {
      const std::string_view w = token(i);
      return w == "," || w == "and" || w == "or";
    };
    if (first == end + 1) return is_link(end);
    return first == end + 2 && token(end) == "," && (token(end + 1) == "and" || token(end + 1) == "or");
  }

  // "Infosys, Tata Consultancy Services, HCL Technologies and Tech Mahindra
  // were the biggest gainers", "Bharti Airtel, Maruti and Adani Ports":
  // among three names or more listed together, all organizations but one
  // person of two words or more named there only (by no other form, nor in
  // the possessive: "Microsoft, Alphabet and Satya Nadella's deputy"),
  // whose first word is no first name the lists know, that person is a
  // company too, which the tagger, knowing neither word, read as a person.
  [[gnu::noinline]] void type_lists_of_companies(Result& r, const std::vector<int>& entity_of) const {
    constexpr size_t kShortestList = 3;
    const auto n = static_cast<uint32_t>(c_.doc.tokens.size());
    // By the forms, fewer than the mentions: most are not a person's full name named once.
    for (const Form& form : forms_) {
      if (form.mentions != 1 || form.word_count < 2) continue;
      const auto m = static_cast<size_t>(form.first_mention);
      const TokenSpan& s = spans_[m];
      if (s.type != EntityType::PER) continue;
      const bool near = (m > 0 && spans_[m - 1].end + 2 >= s.first) ||
                        (m + 1 < spans_.size() && spans_[m + 1].first <= s.end + 2);
      if (!near) continue;
      const bool listed = listed_after_previous(m) || (m + 1 < spans_.size() && listed_after_previous(m + 1));
      if (!listed || (s.end < n && is_possessive(token(s.end)))) continue;
      const int e = entity_of[form_of_[m]];
      Entity& entity = r.entities[e];
      if (entity.type != EntityType::PER) continue;
      size_t first = m, end = m + 1;
      while (listed_after_previous(first)) --first;
      while (end < spans_.size() && listed_after_previous(end)) ++end;
      if (end - first < kShortestList) continue;
      bool others_organizations = true;
      for (size_t k = first; k < end && others_organizations; ++k) {
        others_organizations = k == m || r.entities[entity_of[form_of_[k]]].type == EntityType::ORG;
      }
      // The count of the entity's forms last: few names get this far.
      if (others_organizations && !c_.gazetteer.contains(kFirstName, token(s.first)) &&
          std::count(entity_of.begin(), entity_of.end(), e) == 1) {
        entity.type = EntityType::ORG;
      }
    }
  }

  // Mention m names where someone studied: "a doctorate from Stanford",
  // "graduated from Yale", "studied at Oxford". The university, which the
  // tagger, knowing the town, read as a place.
  bool names_school_of_degree(size_t m) const {
    const TokenSpan& s = spans_[m];
    if (s.first < 2) return false;
    if (token(s.first - 1) == "at") return token_is_one_of(s.first - 2, {"studied", "educated"});
    return token(s.first - 1) == "from" &&
           token_is_one_of(s.first - 2, {"degree", "degrees", "doctorate", "PhD", "Ph.D.", "MBA", "diploma",
                                         "graduated", "graduating", "graduate"});
  }

  // A place every mention of which names where someone studied is the
  // university (see names_school_of_degree): "a doctorate from Stanford".
  void type_schools_of_degrees(Result& r, const std::vector<int>& entity_of) const {
    // Per entity: whether some mention names a school, and whether every one does.
    std::vector<uint8_t> school;
    enum : uint8_t { kNone, kSchool, kNotAlways };
    for (size_t m = 0; m < spans_.size(); ++m) {
      const int e = entity_of[form_of_[m]];
      if (r.entities[e].type != EntityType::LOC) continue;
      if (school.empty()) school.assign(r.entities.size(), kNone);
      if (!names_school_of_degree(m)) {
        school[e] = kNotAlways;
      } else if (school[e] == kNone) {
        school[e] = kSchool;
      }
    }
    for (size_t e = 0; e < school.size(); ++e) {
      if (school[e] == kSchool) r.entities[e].type = EntityType::ORG;
    }
  }

  // "the Hartwell constituency", "the Hartwell and Dunmore seat", "the
  // Blackpool South by-election": a
  // constituency, named before the word, which the tagger, reading an
  // election's report, took for an organization. A name alone before
  // "seat" is as often a party's ("a Labour seat"); two joined by "and"
  // name a constituency of two places. So does the name after a member's
  // title and "for" ("the Conservative MP for Wetherby and Easingwold"),
  // with the one joined to it by "and".
  void type_constituencies(Result& r, const std::vector<int>& entity_of) const {
    const auto retype = [&](size_t m) {
      Entity& entity = r.entities[entity_of[form_of_[m]]];
      if (entity.type == EntityType::ORG) entity.type = EntityType::LOC;
    };
    const auto names_seat = [&](uint32_t i) { return token_is(c_.doc, i, "seat") || token_is(c_.doc, i, "constituency"); };
    // The words after a name first, compared without a call: most names are told by them.
    for (size_t m = 0; m < spans_.size(); ++m) {
      const uint32_t end = spans_[m].end;
      if (end >= c_.doc.tokens.size()) break;
      if (token_is(c_.doc, end, "constituency") || token_is(c_.doc, end, "by-election")) retype(m);
      const bool joined = m + 1 < spans_.size() && token_is(c_.doc, end, "and") && spans_[m + 1].first == end + 1;
      const uint32_t first = spans_[m].first;
      const bool members = first >= 2 && token_is(c_.doc, first - 1, "for") &&
                           is_members_title_word(c_.doc.token_text(first - 2));
      if (members) retype(m);
      if (joined && (members || (spans_[m + 1].end < c_.doc.tokens.size() && names_seat(spans_[m + 1].end)))) {
        retype(m);
        retype(m + 1);
      }
    }
  }

  // Mention m is a name that is owned and run, a company's: "Amazon's
  // shares", "Amazon's shareholders", "Amazon's chief executive", "Amazon
  // CEO Andy Jassy". Not a market's shares without a possessive ("Tokyo
  // stocks", "Wall Street shares", "shares in Asia").
  bool is_company(size_t m) const {
    const TokenSpan& s = spans_[m];
    const text::Document& doc = c_.doc;
    const auto n = static_cast<uint32_t>(doc.tokens.size());
    const bool possessive = s.end < n && is_possessive(token(s.end));
    const uint32_t after = possessive ? s.end + 1 : s.end;
    if (after >= n) return false;
    const bool run = token_is(doc, after, "CEO") ||
                     (token_is(doc, after, "chief") && after + 1 < n && token_is(doc, after + 1, "executive"));
    const bool owned = token_is(doc, after, "shares") || token_is(doc, after, "stock") ||
                       token_is(doc, after, "shareholders") || token_is(doc, after, "profits");
    // "Boeing shares rose": a maker the tagger read as its product (MISC),
    // before its shares without a possessive; not a place's market ("Tokyo
    // shares fell"), nor a people's ("European shares": see the caller), nor
    // an index's ("CAC-40 shares", "FTSE shares").
    const bool product_owned = !possessive && owned && s.type == EntityType::MISC && s.end == s.first + 1 &&
                               !text::is_digit(static_cast<unsigned char>(token(s.first).back())) &&
                               !is_in_capitals(token(s.first));
    // "Shares of Amazon rose", a place's name: not "shares in", which a
    // market's name follows too ("shares in Frankfurt"), nor a people's
    // adjective ("Shares of France-registered ... company").
    const bool shares_of = s.type == EntityType::LOC && s.first >= 2 && token_is(doc, s.first - 1, "of") &&
                           same_ignoring_case(token(s.first - 2), "shares");
    return run || (possessive && owned) || product_owned || shares_of || (!possessive && is_listed_name(s));
  }

  // A name with a ticker after it (see has_ticker_after): one word, not in
  // capitals (a price table's "EUROMARK (SEP)") nor a common word's
  // ("Regulation (EEC)").
  bool is_listed_name(const TokenSpan& s) const {
    if (s.end != s.first + 1 || !has_ticker_after(s.end)) return false;
    const std::string_view name = token(s.first);
    return !is_in_capitals(name) && !c_.gazetteer.contains(kCommonWord, name) && lexicon::coin_ticker(name).empty();
  }

  // "Shares of Boeing (BA) fell", "Apple (NASDAQ: AAPL)": a company's
  // ticker in brackets after its one-word name. Not a letter alone, which
  // tells a club from its namesake ("Mladost (L)"), unless an exchange
  // names it ("Ford (NYSE: F)").
  bool has_ticker_after(uint32_t k) const {
    const auto n = static_cast<uint32_t>(c_.doc.tokens.size());
    if (k + 2 >= n || token(k) != "(") return false;
    const bool exchange = k + 4 < n && token(k + 2) == ":";
    if (exchange) k += 2;
    const std::string_view ticker = token(k + 1);
    return ticker.size() >= (exchange ? 1 : 2) && ticker.size() <= 5 && token(k + 2) == ")" &&
           std::all_of(ticker.begin(), ticker.end(), [](char ch) { return text::is_upper_ascii(ch); });
  }

  // "Amazon said ... Amazon's shares rose": a place known by itself (the
  // river) that the text names as a company (see is_company) is the
  // company, unless the text says "the Amazon" too. Not a country, a city
  // or a street, whose possessive's shares are its market's ("Britain's
  // shares", "Wall Street's stocks"). So is a maker read as its product
  // ("Boeing will lay off ... Shares of Boeing (BA)"), not a people ("the
  // German CEO").
  [[gnu::noinline]] void type_companies_read_as_places(Result& r, const std::vector<int>& entity_of) const {
    std::vector<uint8_t> company(r.entities.size(), 0);  // 1: a company, 2: a place by its "the" or its name
    for (size_t m = 0; m < spans_.size(); ++m) {
      const int e = entity_of[form_of_[m]];
      const EntityType type = r.entities[e].type;
      if ((type != EntityType::LOC && type != EntityType::MISC) || company[e] == 2) continue;
      const TokenSpan& s = spans_[m];
      if (s.first > 0 && same_ignoring_case(token(s.first - 1), "the")) {
        company[e] = 2;
      } else if (is_company(m)) {
        // The look-ups last: few mentions are a company's.
        const std::string_view text = forms_[form_of_[m]].text;
        const bool place = c_.gazetteer.contains(kCountry, text) || c_.gazetteer.contains(kCity, text) ||
                           ends_with_place_noun(words(form_of_[m]));
        const bool people = type == EntityType::MISC && c_.gazetteer.contains(kDemonym, text);
        company[e] = place || people ? 2 : 1;
      }
    }
    for (size_t e = 0; e < r.entities.size(); ++e) {
      if (company[e] == 1) r.entities[e].type = EntityType::ORG;
    }
  }

  // Entities are numbered by first mention, and list their forms by first
  // mention. Forms are numbered by first mention too, and a group's root is
  // its first form, so both orders follow the form indices: each step below
  // is a pass over the forms in order.
  Result build(UnionFind& groups) {
    struct Tally {
      int votes[4] = {};
      bool full_person = false;
      int fullest = -1;
      int forms = 0;
    };
    std::vector<int> entity_of(forms_.size());  // per form
    std::vector<Tally> tallies;                 // per entity
    tallies.reserve(forms_.size());             // at most one per form
    for (size_t f = 0; f < forms_.size(); ++f) {
      const int root = groups.find(static_cast<int>(f));
      if (root == static_cast<int>(f)) {
        entity_of[f] = static_cast<int>(tallies.size());
        tallies.emplace_back();
      } else {
        entity_of[f] = entity_of[root];
      }
      Tally& tally = tallies[entity_of[f]];
      const Form& form = forms_[f];
      for (int t = 0; t < 4; ++t) tally.votes[t] += form.votes[t];
      tally.full_person |= form.word_count >= 2 && majority(form) == static_cast<int>(EntityType::PER);
      if (tally.fullest < 0 || fullness(static_cast<int>(f)) > fullness(tally.fullest)) tally.fullest = static_cast<int>(f);
      ++tally.forms;
    }
    Result r;
    r.entities.resize(tallies.size());
    for (size_t e = 0; e < tallies.size(); ++e) {
      const Tally& tally = tallies[e];
      Entity& entity = r.entities[e];
      entity.id = static_cast<int>(e);
      entity.type = tally.full_person ? EntityType::PER
                                      : static_cast<EntityType>(std::max_element(tally.votes, tally.votes + 4) - tally.votes);
      entity.name = std::string(forms_[tally.fullest].text);
      entity.aliases.reserve(tally.forms - 1);
    }
    // A country is a place in an article, whatever the tagger voted: the
    // Reuters training text often names a country for its government ("US").
    // So is the Earth, which no list holds ("as massive as Earth" was an
    // organization), and Mars where something goes to it or is on it
    // ("could fly uncrewed to Mars"; not the maker of Snickers).
    // A company the news names daily is an organization, and a person it
    // names daily a person.
    for (size_t f = 0; f < forms_.size(); ++f) {
      Entity& entity = r.entities[entity_of[f]];
      if (entity.type != EntityType::ORG && forms_[f].word_count <= 2 &&
          lexicon::is_well_known_organization(forms_[f].text)) {
        entity.type = EntityType::ORG;  // "Morgan Stanley", even where the tagger saw a person's full name
      } else if (entity.type != EntityType::PER && forms_[f].word_count <= 3 &&
                 lexicon::is_well_known_person(forms_[f].text)) {
        entity.type = EntityType::PER;  // "Elon Musk" read as an organization, "Trump" in a teaser as a place
      } else if (!tallies[entity_of[f]].full_person && entity.type != EntityType::LOC &&
                 (forms_[f].text == "Earth" || is_planet_reached(static_cast<int>(f)) ||
                  c_.gazetteer.contains(kCountry, forms_[f].text))) {
        entity.type = EntityType::LOC;
      }
    }
    for (size_t m = 0; m < spans_.size(); ++m) {
      const int e = entity_of[form_of_[m]];
      if (tallies[e].full_person) continue;
      if (m > 0 && is_state_after_place(m, r.entities[entity_of[form_of_[m - 1]]].type)) {
        r.entities[e].type = EntityType::LOC;
      }
    }
    // "New England Journal of Medicine", "University of Madrid": a name with
    // an organization's head word after its first word names the
    // organization, where the tagger read the place in it. "Emirates
    // Stadium", "O2 Arena", "Harbor Street", "Clarendon Blvd": a venue or a
    // street is a place, where the tagger read the organization or the
    // person in it; not a work named after one ("the soap Coronation Street").
    for (size_t f = 0; f < forms_.size(); ++f) {
      Entity& entity = r.entities[entity_of[f]];
      const Words name = words(static_cast<int>(f));
      if (entity.type == EntityType::LOC && names_organization(name)) {
        entity.type = EntityType::ORG;
      } else if (entity.type != EntityType::MISC && name.size() >= 2 && ends_with_place_noun(name)) {
        entity.type = EntityType::LOC;
      }
    }
    type_lists_of_people(r, entity_of);
    type_schools_of_degrees(r, entity_of);
    type_constituencies(r, entity_of);
    type_companies_read_as_places(r, entity_of);
    type_lists_of_companies(r, entity_of);
    // "the River Wear", "the River Thames": a river, which the tagger, from
    // "River Plate" (a club, named without "the"), took for an organization.
    for (size_t m = 0; m < spans_.size(); ++m) {
      if (names_river(spans_[m])) r.entities[entity_of[form_of_[m]]].type = EntityType::LOC;
    }
    // An organization every mention of which is a city after "in", or,
    // unless the text is about sport (a derby "between Newcastle and
    // Sunderland"), a club's city between places, is the city. The page's
    // furniture says nothing of it ("Leeds" alone under "Related Topics").
    enum CityMentions : uint8_t { kNoneRead, kAfterIn, kBetweenPlaces, kNotCity };
    std::vector<uint8_t> city_in(r.entities.size(), kNoneRead);
    bool between_places = false;
    for (size_t m = 0; m < spans_.size(); ++m) {
      const int e = entity_of[form_of_[m]];
      if (city_in[e] == kNotCity || spans_[m].first >= c_.furniture) continue;
      if (r.entities[e].type != EntityType::ORG) {
        city_in[e] = kNotCity;
      } else if (is_city_after_in(m)) {
        if (city_in[e] == kNoneRead) city_in[e] = kAfterIn;
      } else {
        city_in[e] = is_club_city_between_places(m) ? kBetweenPlaces : kNotCity;
        between_places |= city_in[e] == kBetweenPlaces;
      }
    }
    const bool sport = between_places && about_sport();
    for (size_t e = 0; e < r.entities.size(); ++e) {
      if (city_in[e] == kAfterIn || (city_in[e] == kBetweenPlaces && !sport)) r.entities[e].type = EntityType::LOC;
    }
    for (size_t f = 0; f < forms_.size(); ++f) {
      Entity& entity = r.entities[entity_of[f]];
      const std::string_view text = forms_[f].text;
      if (static_cast<int>(f) != tallies[entity_of[f]].fullest) entity.aliases.emplace_back(text);
      if (entity.type == EntityType::MISC && entity.related.empty()) entity.related = lexicon::country_of_demonym(text);
    }
    r.mentions.reserve(spans_.size());
    for (size_t m = 0; m < spans_.size(); ++m) {
      const int entity = entity_of[form_of_[m]];
      Mention mention;
      mention.span = {c_.doc.tokens[spans_[m].first].start, c_.doc.tokens[spans_[m].end - 1].end()};
      mention.type = r.entities[entity].type;
      mention.entity = entity;
      ++r.entities[entity].count;
      r.mentions.push_back(mention);
    }
    return r;
  }

  const Context& c_;
  std::vector<TokenSpan> spans_;
  std::unique_ptr<char[]> chars_;  // the forms' texts and words, in the first chars_used_
  size_t chars_used_ = 0;
  std::vector<std::string_view> words_;  // the first words_used_ are the forms' words
  size_t words_used_ = 0;
  std::vector<Form> forms_;  // by first mention
  std::vector<int> form_of_;  // per mention
  FormIndex index_;           // the forms by their text
  std::vector<int> opened_by_function_word_;  // the forms whose first word is one ("The Oval")
  std::vector<int> known_by_last_word_;       // storms' and rivers' ("Storm Ciarán", "the River Wear")
  mutable int8_t speaks_of_crypto_ = -1;       // not asked yet; see names_coin
  mutable int8_t speaks_of_motor_racing_ = -1;  // not asked yet; see names_racing_team
  mutable int8_t about_sport_ = -1;             // not asked yet; see about_sport
};

}  // namespace

Result group(const text::Document& doc, const std::vector<Tag>& tags, const Gazetteer& gazetteer,
             const std::vector<uint32_t>& more_starts, uint32_t furniture) {
  std::vector<TokenSpan> spans = spans_from_tags(doc, gazetteer, tags);
  split_joined_names(doc, gazetteer, spans);
  Context context = make_context(doc, gazetteer, spans, more_starts);
  context.furniture = furniture;
  filter(spans, [&](TokenSpan& s) { return clean(context, s); });
  join_names_read_apart(context, spans);
  remove_section_labels(context, spans);
  return Grouper(context, std::move(spans)).run();
}

}  // namespace lede::entities
