// Feature extraction for the two tagging passes. A document is prepared once:
// each distinct word form is described once (a "type"), each token keeps only
// its type, gazetteer match and sentence position, so the per-token memory
// stays small. Features are hashed ids; each template is a numbered slot.
//
// Training writes every id of every token into flat arrays (the whole-document
// functions below). The tagger instead sums the weight rows of the features
// that depend on a word type alone (type_features()) or on a gazetteer match
// alone (match_features()) once per document (the word form's share of a
// type's sums, and its description, kept across documents in a FormCache),
// and computes the rest (context_features(), second_pass_features()) a
// sentence at a time.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "entities/form_cache.hpp"
#include "entities/gazetteer.hpp"
#include "entities/tags.hpp"
#include "entities/words.hpp"
#include "text/document.hpp"

namespace lede::entities {

// What prepare() reads of every word type (16 bytes), and where its full
// description is, when it has one.
struct TypeSketch {
  static constexpr uint32_t kUndescribed = 0xffffffff;
  uint64_t lower = 0;  // WordInfo::lower
  uint32_t info = kUndescribed;  // index in Prepared::infos
  WordCase wcase = kOtherCase;
  uint8_t length = 0;  // WordInfo::length
};

// A document as the tagger sees it. Its types described in full (all for
// training, and of a text of few types; else those of the words near a
// word that may be part of a name: kReadBefore) are numbered first,
// [0, infos.size()): the passes read no others, and keep nothing for them.
struct Prepared {
  static constexpr uint32_t kBefore = 0, kAfter = 1;  // types of the pseudo-words around a sentence

  std::vector<TypeSketch> sketches;  // per type while preparing: distinct word forms, after the two boundaries
  std::vector<uint32_t> lower_of;    // per type: its lower-case form's index
  uint32_t described_lower = 0;      // forms [0, this) are those of the types described in full
  std::vector<uint8_t> doc_case;     // per lower-case form: how it is written elsewhere
  std::vector<uint32_t> type_of;     // per word
  // Per type described in full: its description (104 bytes), the word where
  // it first occurs and form_hash() of its form (0 for the boundaries).
  std::vector<WordInfo> infos;
  std::vector<uint32_t> first_word;
  std::vector<uint64_t> form_hash;
  // Per type described in full: its FormCache entry, held for this document
  // (until the cache starts another), or null.
  std::vector<FormCache::Entry*> cached;
  std::vector<uint32_t> match_codes;       // distinct match codes (Gazetteer::match()), the first 0 (no match)
  std::vector<uint32_t> match_of;          // per word: its code's index in match_codes
  std::vector<uint32_t> sentence_start;    // one per sentence, then size()
  std::vector<uint8_t> sentence_of;        // per word: 1 = sentence-initial, 2 = in an all-capitals headline
  std::vector<uint8_t> run;                // per word: its place in a run of capitalized words
  // A bit per word, 64 to a number: may_be_name(). The tagger finds the
  // words it scores from these, 64 words at a time, not by reading two
  // arrays at every word.
  std::vector<uint64_t> name_bits;

  size_t size() const { return type_of.size(); }
  size_t lower_count() const { return doc_case.size(); }
  const TypeSketch& sketch(size_t i) const { return sketches[type_of[i]]; }  // while preparing
  const WordInfo& word(size_t i) const { return infos[type_of[i]]; }  // of a type described in full
  // Whether word i may be (part of) a name: capitalized, or matched by the gazetteer.
  bool may_be_name(size_t i) const { return (name_bits[i / 64] >> (i % 64)) & 1; }
  // The first word at or after `i`, before `end`, that may be a name; or `end`.
  size_t next_name(size_t i, size_t end) const {
    if (i >= end) return end;
    size_t block = i / 64;
    uint64_t bits = name_bits[block] & (~uint64_t{0} << (i % 64));
    while (bits == 0) {
      if (++block * 64 >= end) return end;
      bits = name_bits[block];
    }
    return std::min(end, block * 64 + static_cast<size_t>(__builtin_ctzll(bits)));
  }
  uint8_t word_doc_case(size_t i) const { return doc_case[lower_of[type_of[i]]]; }
  uint32_t match_code(size_t i) const { return match_codes[match_of[i]]; }
  GazetteerMatch gazetteer(size_t i) const { return gazetteer_match(match_code(i)); }
  // Word i's position in its sentence, which starts at `begin`, as bits: 1
  // first word, 4 second word, 2 in a headline; 0 for most words.
  uint8_t position(size_t begin, size_t i) const {
    return static_cast<uint8_t>((i == begin ? 1 : 0) | (sentence_of[i] & 2) | (i == begin + 1 ? 4 : 0));
  }
};

// A document's words read where they are, without a copy of every word: a
// text's tokens (all, or `count` from token `first`), or the words of a
// training file (and of tests).
class WordList {
 public:
  WordList(const std::vector<std::string_view>& words) : words_(&words) {}  // NOLINT: implicit on purpose
  explicit WordList(const text::Document& doc) : WordList(doc, 0, static_cast<uint32_t>(doc.tokens.size())) {}
  WordList(const text::Document& doc, uint32_t first, uint32_t count) : doc_(&doc), first_(first), count_(count) {}
  size_t size() const { return words_ ? words_->size() : count_; }
  std::string_view operator[](size_t i) const {
    return words_ ? (*words_)[i] : doc_->token_text(first_ + static_cast<uint32_t>(i));
  }
  // Calls f(i, word) for every word i in order: where the words are is
  // asked once, not at every word (and the tokens, cut from the text, are
  // not checked against its end again).
  template <typename F>
  void each(F f) const {
    if (words_) {
      for (size_t i = 0; i < words_->size(); ++i) f(static_cast<uint32_t>(i), (*words_)[i]);
      return;
    }
    const char* text = doc_->text.data();
    const text::Token* tokens = doc_->tokens.data() + first_;
    for (uint32_t i = 0; i < count_; ++i) f(i, std::string_view(text + tokens[i].start, tokens[i].length));
  }

 private:
  const std::vector<std::string_view>* words_ = nullptr;
  const text::Document* doc_ = nullptr;
  uint32_t first_ = 0, count_ = 0;
};

// Sentences longer than this are tagged in pieces of this many words: no
// sentence is that long, only junk (a table, a list run together), and the
// cap bounds the per-sentence scratch memory of tagging.
constexpr uint32_t kMaxSentenceWords = 256;

// The tagger scores the words that may be part of a name
// (Prepared::may_be_name()), up to kNameGap words between two of them, and
// a short word just before one; its templates read SentenceWindow::kMargin
// words on either side of a scored word. A word further than kReadBefore
// words before such a word, and kReadAfter after it, is never read in full.
constexpr uint32_t kNameGap = 2;
constexpr uint32_t kReadBefore = 1 + 2, kReadAfter = 2;  // 2: SentenceWindow::kMargin

// Which types prepare() describes in full: every one (training reads every
// word's templates), or only those a tagger may read (kNearNames).
enum class Described { kAll, kNearNames };

// `sentence_start` lists where each sentence begins (ascending, first 0).
// Word forms are described from `cache` where it knows them, and only those
// described in full are kept there.
Prepared prepare(const WordList& words, const std::vector<uint32_t>& sentence_start, const Gazetteer& gazetteer,
                 FormCache* cache = nullptr, Described described = Described::kAll);
// The same into `doc`, whose arrays are reused: tagging one article after
// another, allocating them anew cost 0.5% of the whole analysis.
void prepare(const WordList& words, const std::vector<uint32_t>& sentence_start, const Gazetteer& gazetteer,
             FormCache* cache, Described described, Prepared& doc);

constexpr int kFirstPassFeatures = 41 + kGazetteerCategories;  // one template per gazetteer category
// The second pass's own templates, added to the first pass's: their slots
// are numbered [0, kSecondPassSlots), with gaps, and written in that order.
// Four were dropped (0, the tag alone, and 7, 8, 10, of how the word's form
// was tagged elsewhere, which the others also tell), and the pass's two
// templates of the word with a neighbour (the first pass's 17 and 18): dev
// F1 93.67 (93.57 before; over five training seeds 93.36 against 93.41),
// 2% fewer instructions for the whole analysis of c06.jsonl, and a model
// 45 KB smaller gzipped.
constexpr int kSecondPassFeatures = 12;
constexpr int kSecondPassSlots = 16;
// The second pass re-uses only the first pass's leading templates of the
// word and its neighbours' forms, whose sums it keeps per type: the first
// pass's tags already carry the rest, and every template costs a table
// look-up per token.
constexpr int kSharedFeatures = 17;

// The split of the first pass's templates for the tagger. Of the shared
// ones, kWordFeatures depend on the word's type alone and four on one
// neighbour's type each; the first pass has kTypeOnlyExtra more that depend
// on the type alone (with its document capitalization).
constexpr int kWordFeatures = 13;
constexpr int kNeighbourOffsets = 4;  // -1, +1, -2, +2
constexpr int kTypeOnlyExtra = 4;
// Of those kTypeOnlyExtra, the first kFormOnlyExtra depend on the word form
// alone, the others on its document case too.
constexpr int kFormOnlyExtra = 2;
constexpr int kDocCaseOwnFeatures = kTypeOnlyExtra - kFormOnlyExtra;
// One template per gazetteer category: they depend on the match code alone.
constexpr int kMatchFeatures = kGazetteerCategories;
// One template of the match code with the word's case: a document's few
// dozen codes in up to seven cases are summed once each (MatchScores in
// tagger.cpp); hashed per scored word, it cost 8.5 M instructions on c06,
// summed 4.3 M.
constexpr int kMatchCaseFeatures = 1;
constexpr int kFirstContextFeatures =
    kFirstPassFeatures - kWordFeatures - kNeighbourOffsets - kTypeOnlyExtra - kMatchFeatures - kMatchCaseFeatures;
static_assert(kSharedFeatures == kWordFeatures + kNeighbourOffsets, "the second pass's shared sums are per type");
// The first pass's last kPositionFeatures context features depend on the
// word's type and position() alone, so at position 0 on the type alone; the
// first kPositionFormFeatures on its form, the others on its document case too.
constexpr int kPositionFeatures = 3;
constexpr int kPositionFormFeatures = 2;
constexpr int kDocCaseFeatures = kDocCaseOwnFeatures + kPositionFeatures - kPositionFormFeatures;
// context_features() writes first the ids of templates of the words around
// a word (their rows are scattered over the table), kWordContextFeatures of
// them and one more off position 0; the rest are of inputs that take few
// values (shapes, cases, gazetteer codes), whose rows stay in the cache.
constexpr int kWordContextFeatures = 6;

// The ids of the templates whose inputs take few values, tabled for one
// table size (`mask`): built on first use and kept for the process. The
// tagger finds them once per pass: found at every call, they cost 0.5% of
// the whole analysis.
struct SmallTemplates;
const SmallTemplates& small_templates(uint32_t mask);

// Writes n * kFirstPassFeatures ids, each masked by `mask`, in slot order.
void first_pass_features(const Prepared& doc, uint32_t mask, uint32_t* out);

// How the first pass tagged each lower-case form across the document: of
// the forms of the types described in full, which include every word a
// pass scores (a text of distinct lower-case words has hundreds of
// thousands of forms, and a tagger reads the votes of few).
class FirstPassVotes {
 public:
  struct Votes {
    std::array<uint16_t, 5> all;    // counts per type, 4 = O
    std::array<uint16_t, 5> inner;  // only where capitals tell: not sentence-initial, no headline
    uint8_t first_seen;             // type + 1 at the first occurrence (5 = O)
    uint8_t inside_longer;          // bit per type: inside a multi-word name
  };
  FirstPassVotes() = default;
  FirstPassVotes(const Prepared& doc, const Tag* first);
  // Counts anew for `doc`, reusing the records.
  void count(const Prepared& doc, const Tag* first);
  // Of lower-case form `lower`, one of a type described in full.
  const Votes& of(uint32_t lower) const { return votes_[lower]; }

 private:
  std::vector<Votes> votes_;  // per lower-case form below Prepared::described_lower
};

// Writes n * kSecondPassFeatures ids from the first pass's tags.
void second_pass_features(const Prepared& doc, const Tag* first, uint32_t mask, uint32_t* out);

// The ids of one type's features that depend on its form alone:
// kWordFeatures then kFormOnlyExtra (first-pass) ones; the first pass's
// kPositionFormFeatures at position 0; and its neighbour ids at each offset,
// i.e. the id its lower-case form gives the word that far away. Types
// kBefore and kAfter have only kWordFeatures and neighbour ids.
struct TypeFeatureIds {
  uint32_t word[kWordFeatures + kFormOnlyExtra];
  uint32_t inner[kPositionFormFeatures];
  uint32_t neighbour[kNeighbourOffsets];
};
TypeFeatureIds type_features(const Prepared& doc, uint32_t type, const SmallTemplates& tables);
// The other kDocCaseFeatures ids of a type's first-pass features, which
// depend on its document case: kDocCaseOwnFeatures of its own, then the
// rest of its position features at position 0.
void doc_case_features(const Prepared& doc, uint32_t type, const SmallTemplates& tables, uint32_t* out);

// The kMatchFeatures ids of a gazetteer match code.
void match_features(uint32_t code, const SmallTemplates& tables, uint32_t* out);
// The kMatchCaseFeatures id of a match code with a word's case.
uint32_t match_case_feature(uint32_t code, WordCase wcase, const SmallTemplates& tables);

// Words [begin, end) of a document, all in one sentence.
struct Words {
  uint32_t begin, end;
};

// One sentence of a prepared document as the templates read it: each
// word's type and gazetteer code, and in the second pass the first pass's
// tag, with two pseudo-words on each side (the boundary types, no match,
// tags 20 and 21), so that a word's neighbours are read without asking
// where the sentence ends.
class SentenceWindow {
 public:
  static constexpr uint32_t kMargin = 2;
  // Words `span` of sentence `s` and kMargin around them (a word past the
  // sentence's ends is a pseudo-word): the words the templates of `span`
  // read. The tagger reads its stretches' span (copying whole sentences
  // cost 1.7 M more instructions on c06). `first`: the first pass's tags,
  // for the second pass; null in the first.
  void read(const Prepared& doc, size_t s, Words span, const Tag* first);
  uint32_t begin() const { return begin_; }
  uint32_t end() const { return end_; }
  uint32_t type(int64_t i) const { return types_[at(i)]; }
  uint32_t match_code(int64_t i) const { return doc_->match_codes[matches_[at(i)]]; }
  uint64_t first_tag(int64_t i) const { return tags_[at(i)]; }

 private:
  // Where word i of the document is in the window: [begin - kMargin, end + kMargin) fit.
  size_t at(int64_t i) const { return static_cast<size_t>(i - from_); }

  // Room for the longest sentence, allocated once: resized at each read,
  // the arrays were zero-filled before being written. (Vectors, not
  // arrays: a pass moves its window in and out, as it does its buffers.)
  // A margin more after: read() fills the margin after the words kMargin
  // wide, past the window when its span ends near the sentence's end.
  static constexpr size_t kRoom = kMaxSentenceWords + 3 * kMargin;
  const Prepared* doc_ = nullptr;
  uint32_t begin_ = 0, end_ = 0;
  int64_t from_ = 0;  // the word at the window's start
  std::vector<uint32_t> types_ = std::vector<uint32_t>(kRoom);  // Prepared::type_of
  std::vector<uint32_t> matches_ = std::vector<uint32_t>(kRoom);  // Prepared::match_of
  std::vector<uint8_t> tags_ = std::vector<uint8_t>(kRoom);
};
static_assert(kReadBefore == 1 + SentenceWindow::kMargin && kReadAfter == SentenceWindow::kMargin);

// The first pass's other ids of `words` in `sentence`: per word
// kFirstContextFeatures. The position features of a word at position 0
// are left unwritten: its type's `inner` ids stand for them.
void context_features(const Prepared& doc, const SentenceWindow& sentence, Words words, const SmallTemplates& tables,
                      uint32_t* out);
// The second pass's own ids for `words` in `sentence` (read with the first pass's tags).
void second_pass_features(const Prepared& doc, const FirstPassVotes& votes, const SentenceWindow& sentence,
                          Words words, const SmallTemplates& tables, uint32_t* out);

}  // namespace lede::entities
