// A direct-mapped table: each form has one entry, picked by its hash, and a
// new form takes it over. Frequent words keep their entries because they
// come back before a rare word with the same entry does.
#include "entities/form_cache.hpp"

#include <algorithm>
#include <cstring>

#include "text/byte_lanes.hpp"

namespace lede::entities {

const FormCache::Entry* FormCache::find(std::string_view form, uint64_t hash) const {
  if (entries_.empty() || !keeps(form)) return nullptr;
  const Entry& e = entries_[slot(hash)];
  if (e.length != form.size() || !text::lanes::same_bytes(e.form, form.data(), form.size())) return nullptr;
  return &e;
}

const WordInfo* FormCache::info(std::string_view form, uint64_t hash) const {
  const Entry* e = find(form, hash);
  return e ? &e->info : nullptr;
}

void FormCache::prefetch(uint64_t hash) const {
#if defined(__GNUC__) || defined(__clang__)
  if (entries_.empty()) return;
  const char* entry = reinterpret_cast<const char*>(&entries_[slot(hash)]);
  for (size_t offset = 0; offset < sizeof(Entry); offset += 64) __builtin_prefetch(entry + offset);
#else
  (void)hash;
#endif
}

const int16_t* FormCache::sums(std::string_view form, uint64_t hash, int pass) const {
  const Entry* e = find(form, hash);
  return e && (e->summed & (1u << pass)) ? e->sums[pass] : nullptr;
}

const int16_t* FormCache::case_sums(std::string_view form, uint64_t hash, uint8_t doc_case) const {
  const Entry* e = find(form, hash);
  return e && e->cased == doc_case + 1 ? e->case_sums : nullptr;
}

FormCache::Entry& FormCache::claim(std::string_view form, uint64_t hash, const WordInfo& info) {
  if (entries_.empty()) entries_.resize(size_t{1} << bits_);
  Entry& e = entries_[slot(hash)];
  if (find(form, hash) != &e) {
    e.length = static_cast<uint8_t>(form.size());
    e.summed = 0;
    e.cased = 0;
    std::memcpy(e.form, form.data(), form.size());
    e.info = info;
  }
  return e;
}

void FormCache::keep_info(std::string_view form, uint64_t hash, const WordInfo& info) {
  if (keeps(form)) claim(form, hash, info);
}

void FormCache::keep_sums(std::string_view form, uint64_t hash, const WordInfo& info, int pass,
                          const int16_t* sums) {
  if (!keeps(form)) return;
  Entry& e = claim(form, hash, info);
  std::copy(sums, sums + kSums, e.sums[pass]);
  e.summed |= static_cast<uint8_t>(1u << pass);
}

void FormCache::keep_case_sums(std::string_view form, uint64_t hash, const WordInfo& info, uint8_t doc_case,
                               const int16_t* sums) {
  if (!keeps(form)) return;
  Entry& e = claim(form, hash, info);
  std::copy(sums, sums + kCaseSums, e.case_sums);
  e.cased = static_cast<uint8_t>(doc_case + 1);
}

SharedFormCache& shipped_form_cache() {
  static SharedFormCache shared;
  return shared;
}

}  // namespace lede::entities
