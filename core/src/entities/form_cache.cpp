// A table of sets of two entries: each form has one set, picked by its
// hash, and a new form takes over the entry of its set that was used longer
// ago. Frequent words keep their entries because they come back before two
// rare words of the same set do.
#include "entities/form_cache.hpp"

#include <algorithm>
#include <cstring>

#include "entities/hashing.hpp"
#include "text/byte_lanes.hpp"

namespace lede::entities {

bool FormCache::Entry::is(std::string_view form) const {
  return length_ == form.size() && text::lanes::same_bytes(form_, form.data(), form.size());
}

const FormCache::Entry* FormCache::find(std::string_view form, uint64_t hash) const {
  if (entries_.empty() || !keeps(form)) return nullptr;
  const Entry* set = &entries_[set_start(hash)];
  for (int way = 0; way < kWays; ++way) {
    if (set[way].is(form)) return &set[way];
  }
  return nullptr;
}

const WordInfo* FormCache::info(std::string_view form, uint64_t hash) const {
  const Entry* e = find(form, hash);
  return e ? &e->info_ : nullptr;
}

void FormCache::prefetch(uint64_t hash) const {
#if defined(__GNUC__) || defined(__clang__)
  if (entries_.empty()) return;
  const char* set = reinterpret_cast<const char*>(&entries_[set_start(hash)]);
  for (size_t offset = 0; offset < kWays * sizeof(Entry); offset += 64) __builtin_prefetch(set + offset);
#else
  (void)hash;
#endif
}

void FormCache::start_document() {
  // After 2^32 documents the count starts again, every entry let go.
  if (++documents_ == 0) {
    for (Entry& e : entries_) e.held_in_ = 0;
    documents_ = 1;
  }
}

FormCache::Entry* FormCache::hold(std::string_view form, uint64_t hash) {
  if (!keeps(form)) return nullptr;
  if (entries_.empty()) entries_.resize(size_t{1} << bits_);
  if (const Entry* known = find(form, hash)) {
    Entry& e = entries_[known - entries_.data()];
    e.held_in_ = documents_;
    return &e;
  }
  Entry* set = &entries_[set_start(hash)];
  static_assert(kWays == 2);
  Entry& e = set[0].held_in_ <= set[1].held_in_ ? set[0] : set[1];
  if (e.held_in_ == documents_) return nullptr;  // both held by the document's other forms
  e.held_in_ = documents_;
  e.length_ = static_cast<uint8_t>(form.size());
  e.summed_ = 0;
  e.cased_ = 0;
  std::memcpy(e.form_, form.data(), form.size());
  e.info_ = describe_word(form);
  return &e;
}

void FormCache::Entry::keep_sums(int pass, const int16_t* sums) {
  std::copy(sums, sums + kSums, sums_[pass]);
  summed_ |= static_cast<uint8_t>(1u << pass);
}

void FormCache::Entry::keep_case_sums(uint8_t doc_case, const int16_t* sums) {
  std::copy(sums, sums + kCaseSums, case_sums_);
  cased_ = static_cast<uint8_t>(doc_case + 1);
}

size_t FormCache::match_slot(uint32_t code) { return mix(code) >> (64 - kMatchBits); }

const int16_t* FormCache::match_sums(uint32_t code) const {
  if (matches_.empty()) return nullptr;
  const MatchEntry& e = matches_[match_slot(code)];
  return e.code_after == code + 1 ? e.sums : nullptr;
}

void FormCache::keep_match_sums(uint32_t code, const int16_t* sums) {
  if (matches_.empty()) matches_.resize(size_t{1} << kMatchBits);
  MatchEntry& e = matches_[match_slot(code)];
  e.code_after = code + 1;
  std::copy(sums, sums + kTags, e.sums);
}

SharedFormCache& shipped_form_cache() {
  static SharedFormCache shared;
  return shared;
}

}  // namespace lede::entities
