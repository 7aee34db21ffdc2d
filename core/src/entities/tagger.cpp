// The two tagging passes. The trainer's decode() sums every feature's row per
// token. tag_words() gives the same sums with less work and memory: the rows
// of the features that depend on one word type are summed once per type (or
// found in a FormCache), and the other ids are computed a sentence at a time
// into reused buffers.
#include "entities/tagger.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <optional>
#include <string_view>

namespace lede::entities {

namespace {

// Rows are requested two tokens ahead: far enough for the cache to answer
// before they are summed, near enough not to evict what is being summed.
constexpr size_t kAhead = 2;

void emissions(const Perceptron& weights, FeatureRows rows, size_t n, int32_t* out) {
  for (size_t i = 0; i < n; ++i) {
    if (i + kAhead < n) {
      weights.prefetch(rows.first + (i + kAhead) * kFirstPassFeatures, rows.first_count());
      if (rows.second) weights.prefetch(rows.second + (i + kAhead) * kSecondPassFeatures, kSecondPassFeatures);
    }
    int16_t sums[kRowStride] = {};
    weights.score(rows.first + i * kFirstPassFeatures, rows.first_count(), sums);
    if (rows.second) weights.score(rows.second + i * kSecondPassFeatures, kSecondPassFeatures, sums);
    std::copy(sums, sums + kTags, out + i * kTags);
  }
}

// What a pass keeps for the word types it uses (those in and around the
// scored stretches), one slot each, taken when a type is first needed: a
// text of distinct lower-case words has hundreds of thousands of types and
// uses few. Slots sit in chunks of kChunk (one chunk of fewer when the text
// has fewer types: an article's), which never move, so that a slot's address
// stays valid and no copy is made as they grow.
template <typename T>
class Slots {
 public:
  static constexpr uint32_t kChunk = 4096;
  // Frees every slot for a document of `types` types, keeping the first
  // chunk when it has room for as many as the document may take.
  void reset(size_t types) {
    const auto first = static_cast<uint32_t>(std::min<size_t>(types, kChunk));
    if (first_chunk_ < first) chunks_.clear();  // made anew when first needed
    if (chunks_.empty()) first_chunk_ = first;
    chunks_.resize(std::min<size_t>(chunks_.size(), 1));
    room_ = chunks_.empty() ? 0 : first_chunk_;
    count_ = 0;
  }
  // A new slot's number.
  uint32_t take() {
    if (count_ == room_) add_chunk();
    return count_++;
  }
  T& operator[](uint32_t slot) { return chunks_[slot / kChunk][slot % kChunk]; }

 private:
  [[gnu::noinline]] void add_chunk() {
    const uint32_t size = chunks_.empty() ? first_chunk_ : kChunk;
    chunks_.emplace_back(new T[size]);
    room_ += size;
  }
  uint32_t first_chunk_ = 0, count_ = 0, room_ = 0;
  std::vector<std::unique_ptr<T[]>> chunks_;
};

// The feature ids of each word type, computed when a pass first needs them:
// only the types in and around the scored stretches ever are, all of them
// described in full (numbered first: Prepared).
class TypeIds {
 public:
  // Forgets the ids of the document before.
  void start(const Prepared& doc, uint32_t mask) {
    doc_ = &doc;
    tables_ = &small_templates(mask);
    slot_.assign(doc.infos.size(), kNone);
    ids_.reset(doc.infos.size());
  }
  const TypeFeatureIds& of(uint32_t type) {
    uint32_t& slot = slot_[type];
    if (slot == kNone) {
      slot = ids_.take();
      ids_[slot] = type_features(*doc_, type, *tables_);
    }
    return ids_[slot];
  }

 private:
  static constexpr uint32_t kNone = 0xffffffff;
  const Prepared* doc_ = nullptr;
  const SmallTemplates* tables_ = nullptr;
  std::vector<uint32_t> slot_;  // per type
  Slots<TypeFeatureIds> ids_;
};

// The weight sums of the features that depend on one word type: its own
// templates, and what its lower-case form adds to the word at each
// neighbour offset. Summed when first needed, so that the rows of a type's
// rare features are fetched while the tokens before it are scored. The
// part that depends on the word form alone may come from the type's
// FormCache entry; the first pass adds the part that depends on the type's
// document case.
class TypeScores {
  enum State : uint8_t { kNone, kRequested, kSummed };
  // What a pass keeps of a type it requests (written before it is read).
  struct Slot {
    // Its form-only sums: the cache entry's, read where they are (the entry
    // is the type's while the document is tagged), or `summed`.
    const int16_t* form;
    // Its own and position-0 sums: in the first pass `with_case`, in the
    // second the form's.
    const int16_t* own;
    int16_t summed[FormCache::kSums];
    // First pass only: its document-case sums (the cache entry's, or
    // `case_summed` from `doc_case_ids`), and the form's own and position-0
    // sums with them.
    const int16_t* case_sums;
    int16_t case_summed[FormCache::kCaseSums];
    uint32_t doc_case_ids[kDocCaseFeatures];
    int16_t with_case[FormCache::kCaseSums];
  };

 public:
  // What one pass's TypeScores use, kept for the next.
  class Storage {
    friend class TypeScores;
    std::vector<State> state;
    std::vector<Slot*> slot;
    Slots<Slot> slots;
  };

  TypeScores(const Prepared& doc, TypeIds& ids, const Perceptron& weights, const SmallTemplates& tables,
             bool first_pass, Storage& storage)
      : doc_(doc), ids_(ids), weights_(weights), tables_(tables), first_pass_(first_pass) {
    const size_t types = doc.infos.size();
    storage.state.assign(types, kNone);
    if (storage.slot.size() < types) storage.slot.resize(types);
    storage.slots.reset(types);
    state_ = storage.state.data();
    slot_ = storage.slot.data();
    slots_ = &storage.slots;
  }

  // Takes `type`'s form-only sums from its cache entry, or else asks the
  // memory cache for the rows they add up; then likewise its document-case
  // sums. Once per type, which then takes a slot.
  void request(uint32_t type) {
    if (state_[type] != kNone) return;
    Slot& slot = (*slots_)[slots_->take()];
    slot_[type] = &slot;
    const FormCache::Entry* cached = doc_.cached[type];
    slot.form = cached ? cached->sums(pass()) : nullptr;
    if (!slot.form) {
      const TypeFeatureIds& ids = ids_.of(type);
      weights_.prefetch(ids.word, form_count());
      if (first_pass_) weights_.prefetch(ids.inner, kPositionFormFeatures);
      weights_.prefetch(ids.neighbour, kNeighbourOffsets);
    }
    if (has_doc_case(type)) request_case_sums(type, slot);
    state_[type] = kRequested;
  }
  const int16_t* own(uint32_t type) { return sums(type).own; }
  // The first pass's position features at position 0.
  const int16_t* inner(uint32_t type) { return sums(type).own + kTags; }
  // Offset k: 0 for the previous word, 1 the next, 2 two before, 3 two after.
  const int16_t* neighbour(int k, uint32_t type) { return sums(type).form + (2 + k) * kTags; }

 private:
  static_assert(FormCache::kParts == 2 + kNeighbourOffsets);
  int form_count() const { return first_pass_ ? kWordFeatures + kFormOnlyExtra : kWordFeatures; }
  bool has_doc_case(uint32_t type) const {
    return first_pass_ && type != Prepared::kBefore && type != Prepared::kAfter;
  }
  int pass() const { return first_pass_ ? 0 : 1; }
  uint8_t doc_case(uint32_t type) const { return doc_.doc_case[doc_.lower_of[type]]; }

  void request_case_sums(uint32_t type, Slot& slot) {
    const FormCache::Entry* cached = doc_.cached[type];
    slot.case_sums = cached ? cached->case_sums(doc_case(type)) : nullptr;
    if (!slot.case_sums) {
      doc_case_features(doc_, type, tables_, slot.doc_case_ids);
      weights_.prefetch(slot.doc_case_ids, kDocCaseFeatures);
    }
  }

  // Most look-ups find the sums made: that path is kept small enough to be
  // inlined into the scoring loop (a call cost 1.5% of the whole analysis).
  const Slot& sums(uint32_t type) { return state_[type] == kSummed ? *slot_[type] : sum(type); }

  [[gnu::noinline]] const Slot& sum(uint32_t type) {
    if (state_[type] == kNone) request(type);
    Slot& slot = *slot_[type];
    if (!slot.form) {
      const TypeFeatureIds& ids = ids_.of(type);
      int16_t* s = slot.summed;
      std::fill(s, s + FormCache::kSums, int16_t{0});
      weights_.score(ids.word, form_count(), s);
      if (first_pass_) weights_.score(ids.inner, kPositionFormFeatures, s + kTags);
      for (int k = 0; k < kNeighbourOffsets; ++k) weights_.score(&ids.neighbour[k], 1, s + (2 + k) * kTags);
      if (FormCache::Entry* cached = doc_.cached[type]) cached->keep_sums(pass(), s);
      slot.form = s;
    }
    slot.own = slot.form;
    if (has_doc_case(type)) add_case_sums(type, slot);
    state_[type] = kSummed;
    return slot;
  }

  // Adds the sums of `type`'s document-case features to its own and
  // position-0 sums.
  void add_case_sums(uint32_t type, Slot& slot) {
    if (!slot.case_sums) {
      const uint32_t* ids = slot.doc_case_ids;
      int16_t* case_sums = slot.case_summed;
      std::fill(case_sums, case_sums + FormCache::kCaseSums, int16_t{0});
      weights_.score(ids, kDocCaseOwnFeatures, case_sums);
      weights_.score(ids + kDocCaseOwnFeatures, kDocCaseFeatures - kDocCaseOwnFeatures, case_sums + kTags);
      if (FormCache::Entry* cached = doc_.cached[type]) cached->keep_case_sums(doc_case(type), case_sums);
      slot.case_sums = case_sums;
    }
    for (size_t k = 0; k < FormCache::kCaseSums; ++k) {
      slot.with_case[k] = static_cast<int16_t>(slot.form[k] + slot.case_sums[k]);
    }
    slot.own = slot.with_case;
  }

  const Prepared& doc_;
  TypeIds& ids_;
  const Perceptron& weights_;
  const SmallTemplates& tables_;
  bool first_pass_;
  State* state_;  // per type
  // Per type, once requested: its slot's address, so that a look-up is one
  // load (through the slot's number it cost 0.5% more instructions).
  Slot** slot_;
  Slots<Slot>* slots_;
};

// The weight sums of the gazetteer-category features of each match code,
// from `cache` where it keeps them, and with the match-case feature of each
// case a word of that code has, summed when first asked for.
class MatchScores {
 public:
  // `sums`, `cased`, `summed`: where to keep them.
  MatchScores(const Prepared& doc, const Perceptron& weights, const SmallTemplates& tables, FormCache* cache,
              std::vector<int16_t>& sums, std::vector<int16_t>& cased, std::vector<uint8_t>& summed)
      : doc_(doc), weights_(weights), tables_(tables) {
    sums.assign(doc.match_codes.size() * kTags, 0);
    for (size_t m = 0; m < doc.match_codes.size(); ++m) {
      const uint32_t code = doc.match_codes[m];
      int16_t* s = &sums[m * kTags];
      if (const int16_t* kept = cache ? cache->match_sums(code) : nullptr) {
        std::copy(kept, kept + kTags, s);
        continue;
      }
      uint32_t ids[kMatchFeatures];
      match_features(code, tables, ids);
      weights.score(ids, kMatchFeatures, s);
      if (cache) cache->keep_match_sums(code, s);
    }
    sums_ = sums.data();
    cased.resize(doc.match_codes.size() * kCases * kTags);
    summed.assign(doc.match_codes.size() * kCases, 0);
    cased_ = cased.data();
    summed_ = summed.data();
  }
  const int16_t* of(uint32_t match, WordCase wcase) {
    const size_t k = static_cast<size_t>(match) * kCases + wcase;
    int16_t* s = &cased_[k * kTags];
    if (!summed_[k]) {
      std::copy(&sums_[static_cast<size_t>(match) * kTags], &sums_[(match + size_t{1}) * kTags], s);
      const uint32_t id = match_case_feature(doc_.match_codes[match], wcase, tables_);
      weights_.score(&id, kMatchCaseFeatures, s);
      summed_[k] = 1;
    }
    return s;
  }

 private:
  static constexpr size_t kCases = kOtherCase + 1;
  const Prepared& doc_;
  const Perceptron& weights_;
  const SmallTemplates& tables_;
  const int16_t* sums_;
  int16_t* cased_;
  uint8_t* summed_;
};

// Whether a short lower-case word just before a name may be its first
// word: a name particle ("de Silva", "van der Sar") or a word with digits
// or signs ("12th Dynasty"). Scoring the others ("the", "in", "said") cost
// 2% of the whole analysis, and without them dev F1 goes from 93.55 to 93.57.
bool may_begin_name(const WordInfo& w) {
  static const uint64_t plain_lower = describe_word("a").short_shape;
  static const std::array<uint64_t, 15> particles = [] {
    constexpr std::array<std::string_view, 15> words = {"abu", "al", "bin", "da", "das", "de", "del", "den",
                                                        "der", "di", "dos", "du", "el", "van", "von"};
    std::array<uint64_t, 15> lower{};
    for (size_t k = 0; k < words.size(); ++k) lower[k] = describe_word(words[k]).lower;
    return lower;
  }();
  if (w.wcase != kLower || w.short_shape != plain_lower) return true;
  return std::find(particles.begin(), particles.end(), w.lower) != particles.end();
}

// A pass's Moves, made again only when its weights' transitions change:
// made anew for each pass of each document, they cost 3.6 M instructions on
// c06 (0.2%).
class KeptMoves {
 public:
  const Moves& of(const Perceptron& weights) {
    if (!moves_ || std::memcmp(transition_, weights.transition, sizeof transition_) != 0) {
      std::memcpy(transition_, weights.transition, sizeof transition_);
      moves_.emplace(weights.transition);
    }
    return *moves_;
  }

 private:
  int32_t transition_[kTags + 1][kTags];
  std::optional<Moves> moves_;
};

// Room in `v` for n elements, which the caller writes before it reads them:
// grown, never cut, as resize() zero-fills what it adds, which for the
// sentence after a shorter one was 3 M instructions of needless zeros on c06.
// (Cut, it would keep its capacity all the same.)
template <typename T>
T* room_for(std::vector<T>& v, size_t n) {
  if (v.size() < n) v.resize(n);
  return v.data();
}

void add(const int16_t* row, int16_t* sums) {
  for (int t = 0; t < kTags; ++t) sums[t] = static_cast<int16_t>(sums[t] + row[t]);
}

// What a pass uses besides the document, kept for the next pass and document.
struct PassBuffers {
  SentenceWindow window;  // the sentence being tagged
  std::vector<uint32_t> context, own;
  std::vector<int32_t> scores;
  std::vector<uint8_t> backpointers;
  std::vector<Words> stretches;
  std::vector<uint32_t> scored;  // the words of the stretches, in order
  // The words the first pass scored, a bit each: the second pass reads its
  // stretches from them, the runs of set bits in a sentence, rather than
  // finding them again. (Kept as a list of stretches, they raised a
  // transcript's peak from 8.0x to 8.2x its size.)
  std::vector<uint64_t> first_scored;
};

// One pass of the tagger over a document, a sentence at a time.
class Pass {
 public:
  // Uses `buffers` and gives them back when done.
  Pass(const Prepared& doc, TypeIds& type_ids, const Perceptron& weights, FormCache* cache,
       const FirstPassVotes* votes, const Tag* first, TaggerBuffers::Parts& buffers);
  ~Pass();

  // Tags sentence `s`. Only the stretches where a name may be are scored;
  // every other word keeps the tag it was given: O, or in the second pass,
  // the first pass's tag. All scored words' feature
  // ids come first, then their scores, so that weight rows are prefetched
  // across the ends of stretches (most are one to three words long).
  void tag(size_t s, Tag* out) {
    const uint32_t begin = doc_.sentence_start[s], end = doc_.sentence_start[s + 1];
    const std::vector<Words>& stretches = stretches_to_score(s);
    if (stretches.empty()) return;
    scratch_.window.read(doc_, s, {stretches.front().begin, stretches.back().end}, first_);
    scratch_.scored.clear();
    for (const Words words : stretches) {
      for (uint32_t i = words.begin; i < words.end; ++i) scratch_.scored.push_back(i);
    }
    write_features(stretches);
    score();
    uint8_t* const backpointers = room_for(scratch_.backpointers, scratch_.scored.size() * kTags);
    size_t k = 0;
    for (const Words words : stretches) {
      const Stretch stretch{words.begin == begin, words.end == end};
      viterbi(&scratch_.scores[k * kTags], moves_, words.end - words.begin, backpointers,
              out + words.begin, stretch);
      k += words.end - words.begin;
    }
  }

 private:
  // The stretches of sentence `s` to score. A word may be (part of) a name
  // when it is capitalized or the gazetteer matches it; lower-case words are
  // names too rarely to be worth scoring, except up to two between such
  // words ("Bank of England", "Rally for the Return") and a short one just
  // before that may begin a name ("de Silva", "12th Dynasty"). That leaves
  // about a third of a news text's words to score; F1 on the CoNLL-2003 dev
  // set goes from 93.50 (every word scored) to 93.52. The second pass takes
  // the first's stretches worth re-scoring, not a second walk over the words.
  const std::vector<Words>& stretches_to_score(size_t s) {
    constexpr uint32_t kShortWord = 4;
    const uint32_t begin = doc_.sentence_start[s], end = doc_.sentence_start[s + 1];
    scratch_.stretches.clear();
    if (second()) {
      for (uint32_t i = next_first_scored(begin, end, true); i < end;) {
        const uint32_t run_end = next_first_scored(i, end, false);
        if (worth_rescoring({i, run_end})) scratch_.stretches.push_back({i, run_end});
        i = next_first_scored(run_end, end, true);
      }
      return scratch_.stretches;
    }
    auto take = [&](uint32_t i) {
      if (!scratch_.stretches.empty() && scratch_.stretches.back().end == i) {
        scratch_.stretches.back().end = i + 1;
      } else {
        scratch_.stretches.push_back({i, i + 1});
      }
    };
    std::optional<uint32_t> last_name;
    for (uint32_t i = next_name(begin, end); i < end; i = next_name(i + 1, end)) {
      if (last_name && i - *last_name - 1 <= kNameGap) {
        for (uint32_t k = *last_name + 1; k < i; ++k) take(k);
      } else if (i > begin && doc_.word(i - 1).length <= kShortWord && may_begin_name(doc_.word(i - 1))) {
        take(i - 1);
      }
      take(i);
      last_name = i;
    }
    for (const Words words : scratch_.stretches) mark_first_scored(words);
    return scratch_.stretches;
  }

  uint32_t next_name(uint32_t i, uint32_t end) const { return static_cast<uint32_t>(doc_.next_name(i, end)); }

  // Sets the bits of `words` in first_scored, those of 64 words at once.
  void mark_first_scored(Words words) {
    constexpr uint64_t kAll = ~uint64_t{0};
    for (uint32_t i = words.begin; i < words.end;) {
      const uint32_t block = i / 64, stop = std::min(words.end, (block + 1) * 64);
      const uint64_t below_stop = stop % 64 == 0 ? kAll : (uint64_t{1} << (stop % 64)) - 1;
      scratch_.first_scored[block] |= (kAll << (i % 64)) & below_stop;
      i = stop;
    }
  }

  // The first word at or after `i`, before `end`, that the first pass
  // scored (`scored`) or did not; or `end`. Sixty-four words at a time.
  uint32_t next_first_scored(uint32_t i, uint32_t end, bool scored) const {
    if (i >= end) return end;
    const uint64_t flip = scored ? 0 : ~uint64_t{0};
    uint32_t block = i / 64;
    uint64_t bits = (scratch_.first_scored[block] ^ flip) & (~uint64_t{0} << (i % 64));
    while (bits == 0) {
      if (++block * 64 >= end) return end;
      bits = scratch_.first_scored[block] ^ flip;
    }
    return std::min(end, block * 64 + static_cast<uint32_t>(__builtin_ctzll(bits)));
  }

  // The second pass corrects the first where the document disagrees with
  // itself: a word whose form the first pass tagged two ways, or a name that
  // occurs once, whose tag rests on one context. Where every form was tagged
  // one way, the first pass's tags stand. Skipping those stretches leaves
  // 6.6% fewer instructions for the whole analysis, and dev F1 goes from
  // 93.52 to 93.55.
  bool worth_rescoring(Words words) const {
    for (uint32_t i = words.begin; i < words.end; ++i) {
      const std::array<uint16_t, 5>& votes = votes_->of(doc_.lower_of[doc_.type_of[i]]).all;
      int kinds = 0, occurrences = 0;
      for (const uint16_t v : votes) kinds += v != 0, occurrences += v;
      if (kinds > 1 || (first_[i] != kOutside && occurrences == 1)) return true;
    }
    return false;
  }

  bool second() const { return votes_ != nullptr; }
  // Context feature ids per scored word: the second pass has none but its own.
  int per_word() const { return second() ? 0 : kFirstContextFeatures; }

  // The context (or second-pass) feature ids of every scored word, in order.
  void write_features(const std::vector<Words>& stretches) {
    uint32_t* const ids = room_for(second() ? scratch_.own : scratch_.context,
                                   scratch_.scored.size() * (second() ? kSecondPassFeatures : kFirstContextFeatures));
    size_t k = 0;
    for (const Words words : stretches) {
      if (second()) {
        second_pass_features(doc_, *votes_, scratch_.window, words, tables_, ids + k * kSecondPassFeatures);
      } else {
        context_features(doc_, scratch_.window, words, tables_, ids + k * kFirstContextFeatures);
      }
      k += words.end - words.begin;
    }
  }

  // The emission scores of every scored word of the sentence in scratch_.window.
  void score() {
    const uint32_t begin = scratch_.window.begin();
    const size_t n = scratch_.scored.size();
    auto type = [&](int64_t i) { return scratch_.window.type(i); };
    // A first-pass word at position 0 takes its position features' sum from its type.
    auto inner = [&](size_t k) { return !second() && doc_.position(begin, scratch_.scored[k]) == 0; };
    // Word k's rows, and the types of words k-2..k+2 its scores need (those
    // the words before it did not ask for: the scored words ascend).
    int64_t requested_until = int64_t{begin} - 3;
    // Only the rows of the words' own templates are asked for: the others
    // (and all of the second pass's) take few values and are in the cache
    // already.
    auto request = [&](size_t k) {
      if (!second()) weights_.prefetch(&scratch_.context[k * per_word()], kWordContextFeatures + (inner(k) ? 0 : 1));
      const int64_t word = scratch_.scored[k], last = word + 2;
      for (int64_t i = std::max(word - 2, requested_until + 1); i <= last; ++i) types_.request(type(i));
      requested_until = last;
    };
    for (size_t k = 0; k < std::min(n, kAhead); ++k) request(k);
    room_for(scratch_.scores, n * kTags);
    for (size_t k = 0; k < n; ++k) {
      if (k + kAhead < n) request(k + kAhead);
      const int64_t i = scratch_.scored[k];
      // Asked once: the calls between (a type summed) read memory it may
      // depend on, so asked twice it was found twice.
      const bool at_inner = inner(k);
      int16_t sums[kRowStride] = {};
      add(types_.own(type(i)), sums);
      if (at_inner) add(types_.inner(type(i)), sums);
      add(types_.neighbour(0, type(i - 1)), sums);
      add(types_.neighbour(1, type(i + 1)), sums);
      add(types_.neighbour(2, type(i - 2)), sums);
      add(types_.neighbour(3, type(i + 2)), sums);
      if (matches_) add(matches_->of(doc_.match_of[i], doc_.infos[type(i)].wcase), sums);
      if (second()) {
        weights_.score(&scratch_.own[k * kSecondPassFeatures], kSecondPassFeatures, sums);
      } else {
        weights_.score(&scratch_.context[k * per_word()], per_word() - (at_inner ? kPositionFeatures : 0), sums);
      }
      std::copy(sums, sums + kTags, &scratch_.scores[k * kTags]);
    }
  }

  const Prepared& doc_;
  const Perceptron& weights_;
  const SmallTemplates& tables_;  // of weights_'s size
  const FirstPassVotes* votes_;  // second pass only
  const Tag* first_;             // the first pass's tags, second pass only
  TypeScores types_;
  const Moves& moves_;
  std::optional<MatchScores> matches_;  // first pass only
  // Members, not references, in the loops: through references they cost
  // 0.3% more instructions.
  PassBuffers scratch_;
  PassBuffers& kept_;
};

// Buffers are kept after documents of at most this many words and word
// types: an article has a few thousand and a few hundred, and a long text's
// would stay held.
constexpr size_t kKeptWords = 1 << 15, kKeptTypes = 4096;

}  // namespace

struct TaggerBuffers::Parts {
  Prepared doc;
  TypeIds first_ids, second_ids;  // second_ids when the passes' tables differ in size
  TypeScores::Storage type_scores;
  KeptMoves first_moves, second_moves;
  std::vector<int16_t> match_sums, match_case_sums;
  std::vector<uint8_t> match_case_summed;
  PassBuffers pass;
  std::vector<Tag> first;  // the first pass's tags
  FirstPassVotes votes;
};

namespace {

Pass::Pass(const Prepared& doc, TypeIds& type_ids, const Perceptron& weights, FormCache* cache,
           const FirstPassVotes* votes, const Tag* first, TaggerBuffers::Parts& buffers)
    : doc_(doc),
      weights_(weights),
      tables_(small_templates(weights.mask)),
      votes_(votes),
      first_(first),
      types_(doc, type_ids, weights, tables_, votes == nullptr, buffers.type_scores),
      moves_((votes ? buffers.second_moves : buffers.first_moves).of(weights)),
      scratch_(std::move(buffers.pass)),
      kept_(buffers.pass) {
  if (!votes) {
    matches_.emplace(doc, weights, tables_, cache, buffers.match_sums, buffers.match_case_sums,
                     buffers.match_case_summed);
    scratch_.first_scored.assign((doc.size() + 63) / 64, 0);
  }
}

Pass::~Pass() { kept_ = std::move(scratch_); }

}  // namespace

TaggerBuffers::TaggerBuffers() : parts_(std::make_unique<Parts>()) {}
TaggerBuffers::~TaggerBuffers() = default;

void decode(const Perceptron& weights, const Prepared& doc, FeatureRows rows, Tag* out) {
  // The whole document's emissions first, so prefetching runs across
  // sentence ends; then one Viterbi per sentence.
  std::vector<int32_t> scores(doc.size() * kTags);
  emissions(weights, rows, doc.size(), scores.data());
  size_t longest = 0;
  for (size_t s = 0; s + 1 < doc.sentence_start.size(); ++s) {
    longest = std::max<size_t>(longest, doc.sentence_start[s + 1] - doc.sentence_start[s]);
  }
  std::vector<uint8_t> backpointers(longest * kTags);
  const Moves moves(weights.transition);
  for (size_t s = 0; s + 1 < doc.sentence_start.size(); ++s) {
    const size_t begin = doc.sentence_start[s], end = doc.sentence_start[s + 1];
    viterbi(scores.data() + begin * kTags, moves, end - begin, backpointers.data(), out + begin);
  }
}

namespace {

std::vector<Tag> tag_prepared(const Model& model, const Prepared& doc, bool first_pass_only, FormCache* cache,
                              TaggerBuffers::Parts& buffers) {
  const size_t sentences = doc.sentence_start.size() - 1;
  TypeIds& type_ids = buffers.first_ids;
  type_ids.start(doc, model.first.mask);
  std::vector<Tag>& first = buffers.first;
  first.assign(doc.size(), kOutside);
  {
    Pass pass(doc, type_ids, model.first, cache, nullptr, nullptr, buffers);
    for (size_t s = 0; s < sentences; ++s) pass.tag(s, first.data());
  }
  if (first_pass_only) return first;
  // The passes share type ids when their tables have one size.
  TypeIds& second_ids = model.second.mask == model.first.mask ? type_ids : buffers.second_ids;
  if (&second_ids != &type_ids) second_ids.start(doc, model.second.mask);
  buffers.votes.count(doc, first.data());
  std::vector<Tag> tags = first;
  Pass pass(doc, second_ids, model.second, cache, &buffers.votes, first.data(), buffers);
  for (size_t s = 0; s < sentences; ++s) pass.tag(s, tags.data());
  return tags;
}

}  // namespace

std::vector<Tag> tag_words(const Model& model, const WordList& words,
                           const std::vector<uint32_t>& sentence_start, bool first_pass_only,
                           FormCache* cache, TaggerBuffers* buffers) {
  std::optional<TaggerBuffers> own;
  TaggerBuffers::Parts& parts = *(buffers ? buffers : &own.emplace())->parts_;
  prepare(words, sentence_start, model.gazetteer, cache, Described::kNearNames, parts.doc);
  std::vector<Tag> tags = tag_prepared(model, parts.doc, first_pass_only, cache, parts);
  const size_t types = parts.doc.lower_of.size();  // all of them: only those described in full have infos
  if (buffers && (parts.doc.size() > kKeptWords || types > kKeptTypes)) *buffers = TaggerBuffers();
  return tags;
}

}  // namespace lede::entities
