// Entity recognition: the document's tokens through the two-pass tagger, the
// tags turned into mention spans, and the mentions grouped into entities.
#include "entities/entities.hpp"

#include "entities/grouping.hpp"
#include "entities/joined_places.hpp"
#include "entities/model.hpp"
#include "entities/tagger.hpp"

namespace lede::entities {

namespace {

// The shipped model's tags for `words`, with its form cache unless another
// thread is using it.
std::vector<Tag> tag_with_shipped_model(const Model& model, const WordList& words,
                                        const std::vector<uint32_t>& sentence_start) {
  SharedFormCache& shared = shipped_form_cache();
  const std::unique_lock<std::mutex> lock(shared.mutex, std::try_to_lock);
  return tag_words(model, words, sentence_start, false, lock.owns_lock() ? &shared.cache : nullptr);
}

}  // namespace

Result recognize(const text::Document& doc, const structure::Structure&) {
  // Every paragraph is tagged, boilerplate included: the page decides what
  // to show, and a name in a "Recent Posts" list is still a name.
  const Model* model = shipped_model();
  if (!model || doc.tokens.empty()) return {};
  std::vector<uint32_t> starts;
  starts.reserve(doc.sentences.size());
  for (const auto& s : doc.sentences) {
    if (s.end_token > s.first_token) starts.push_back(s.first_token);
  }
  if (starts.empty() || starts.front() != 0) starts.insert(starts.begin(), 0);
  const std::vector<Tag> tags = tag_with_shipped_model(*model, WordList(doc), starts);
  Result result = group(doc, tags, model->gazetteer);
  split_joined_places(doc.text, model->gazetteer, result);
  return result;
}

std::vector<std::vector<std::string>> tag_document(const std::vector<std::vector<std::string>>& sentences) {
  std::vector<std::string_view> words;
  std::vector<uint32_t> starts;
  for (const auto& s : sentences) {
    if (s.empty()) continue;
    starts.push_back(static_cast<uint32_t>(words.size()));
    for (const auto& w : s) words.emplace_back(w);
  }
  const Model* model = shipped_model();
  std::vector<Tag> tags =
      model ? tag_with_shipped_model(*model, words, starts) : std::vector<Tag>(words.size(), kOutside);
  std::vector<std::vector<std::string>> out;
  size_t k = 0;
  for (const auto& s : sentences) {
    auto& row = out.emplace_back();
    for (size_t i = 0; i < s.size(); ++i) row.emplace_back(tag_name(tags[k++]));
  }
  return out;
}

}  // namespace lede::entities
