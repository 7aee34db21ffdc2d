// From tags to mentions and entities. Mentions are cleaned the way a reader
// would mark them (no title, no possessive, no capitalized common word that
// only starts a sentence); then their surface forms are joined when they name
// one referent: an acronym defined in the text or well known, a spelling
// variant, a surname of a full name. Each group becomes one entity named by
// its fullest form. Work is linear in the mentions, apart from variant
// comparisons, which are bounded per form.
#include "entities/grouping.hpp"

#include <algorithm>
#include <numeric>
#include <tuple>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "entities/hashing.hpp"
#include "entities/lexicon.hpp"
#include "entities/words.hpp"

namespace lede::entities {

namespace {

struct TokenSpan {
  uint32_t first, end;  // tokens [first, end)
  EntityType type;
};

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

char lower_byte(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

bool same_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (lower_byte(a[i]) != lower_byte(b[i])) return false;
  }
  return true;
}

uint64_t lower_ascii_hash(std::string_view s) {
  uint64_t h = kFnvBasis;
  for (const char c : s) h = fnv_step(h, lower_byte(c));
  return h;
}

// A set of words of the text compared by their lower_ascii() forms: sorted
// hashes, each with its word to confirm a match, so building it costs no
// string or node per word.
class LowerForms {
 public:
  void add(std::string_view word) { entries_.push_back({lower_ascii_hash(word), word}); }
  void seal() {
    std::sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) { return a.hash < b.hash; });
  }
  bool contains(std::string_view lower) const {
    const uint64_t h = lower_ascii_hash(lower);
    auto it = std::lower_bound(entries_.begin(), entries_.end(), h,
                               [](const Entry& e, uint64_t v) { return e.hash < v; });
    for (; it != entries_.end() && it->hash == h; ++it) {
      if (same_ignoring_case(it->word, lower)) return true;
    }
    return false;
  }

 private:
  struct Entry {
    uint64_t hash;
    std::string_view word;
  };
  std::vector<Entry> entries_;
};

bool is_possessive(std::string_view word) {
  return word == "'s" || word == "'S" || word == "\xE2\x80\x99s" || word == "'" || word == "\xE2\x80\x99";
}

// The text of tokens [first, end) with every run of white space as one space.
std::string surface(const text::Document& doc, uint32_t first, uint32_t end) {
  std::string out;
  for (uint32_t i = first; i < end; ++i) {
    if (i > first && doc.tokens[i].space_before) out += ' ';
    out += doc.token_text(i);
  }
  return out;
}

// Per-document facts the cleaning rules need.
struct Context {
  const text::Document& doc;
  const Gazetteer& gazetteer;
  std::vector<uint8_t> initial;  // per token: first word of its sentence, or after an opening quote
  LowerForms capitalized_inside;  // words seen capitalized mid-sentence
};

Context make_context(const text::Document& doc, const Gazetteer& gazetteer) {
  Context c{doc, gazetteer, std::vector<uint8_t>(doc.tokens.size(), 0), {}};
  for (const auto& s : doc.sentences) {
    if (s.first_token < s.end_token) c.initial[s.first_token] = 1;
  }
  for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
    const auto kind = doc.tokens[i].kind;
    if (i > 0 && c.initial[i - 1] && (kind == text::TokenKind::word) &&
        (doc.tokens[i - 1].kind == text::TokenKind::quote || doc.tokens[i - 1].kind == text::TokenKind::punct)) {
      c.initial[i] = 1;  // “Meanwhile, ...
    }
    if (!c.initial[i] && word_case(doc.token_text(i)) == kCapitalized) {
      c.capitalized_inside.add(doc.token_text(i));
    }
  }
  c.capitalized_inside.seal();
  return c;
}

// A word in ASCII lower case, for look-ups in lists of short words, without
// a heap copy: a word too long for the buffer is none of them, and reads "".
class Lowered {
 public:
  explicit Lowered(std::string_view word) {
    if (word.size() > sizeof(buffer_)) return;
    for (const char c : word) buffer_[size_++] = lower_byte(c);
  }
  std::string_view view() const { return {buffer_, size_}; }

 private:
  char buffer_[48];
  size_t size_ = 0;
};

bool is_title_word(const Context& c, uint32_t i) { return lexicon::is_title(Lowered(c.doc.token_text(i)).view()); }

bool is_edge_word(const Context& c, uint32_t i) {
  const std::string_view w = c.doc.token_text(i);
  if (word_case(w) == kAllCaps && w.size() > 1) return false;  // US, IT, WHO
  return c.doc.tokens[i].kind != text::TokenKind::word || lexicon::is_function_word(Lowered(w).view());
}

// A capitalized word that is only capitalized because it starts a sentence:
// "Meanwhile", "Share", "What".
bool is_sentence_initial_common_word(const Context& c, uint32_t i) {
  const std::string_view w = c.doc.token_text(i);
  if (!c.initial[i] || word_case(w) != kCapitalized) return false;
  const Lowered lower(w);
  if (c.capitalized_inside.contains(lower.view())) return false;
  return lexicon::is_function_word(lower.view()) || c.gazetteer.contains(kCommonWord, lower.view());
}

// Trims a span to what a reader would mark; false when nothing is left.
bool clean(const Context& c, TokenSpan& s) {
  while (s.end > s.first && (is_possessive(c.doc.token_text(s.end - 1)) || is_edge_word(c, s.end - 1))) --s.end;
  while (s.first < s.end && (is_edge_word(c, s.first) || (s.type == EntityType::PER && is_title_word(c, s.first)) ||
                             (s.end - s.first > 1 && is_sentence_initial_common_word(c, s.first)))) {
    ++s.first;
  }
  if (s.first >= s.end) return false;
  bool all_titles = true;
  for (uint32_t i = s.first; i < s.end && all_titles; ++i) all_titles = is_title_word(c, i);
  if (all_titles) return false;
  // A name has a capital (or a digit, as in "G20") somewhere.
  bool marked = false;
  for (uint32_t i = s.first; i < s.end && !marked; ++i) marked = word_case(c.doc.token_text(i)) != kLower;
  if (!marked) return false;
  return !(s.end - s.first == 1 && is_sentence_initial_common_word(c, s.first));
}

// A possessive or a bracket inside a span of B/I tags ends it: CoNLL keeps
// "'s" outside names ("IRGC Aerospace Division's Space Unit" is two).
bool splits_names(std::string_view word) { return is_possessive(word) || word == "(" || word == ")"; }

// Spans of B/I tags, split where splits_names says.
std::vector<TokenSpan> spans_from_tags(const text::Document& doc, const std::vector<Tag>& tags) {
  std::vector<TokenSpan> spans;
  for (uint32_t i = 0; i < tags.size();) {
    if (tags[i] == kOutside) {
      ++i;
      continue;
    }
    uint32_t j = i + 1;
    while (j < tags.size() && is_inside(tags[j]) && type_index(tags[j]) == type_index(tags[i])) ++j;
    uint32_t start = i;
    for (uint32_t k = i; k < j; ++k) {
      if (!splits_names(doc.token_text(k))) continue;
      if (k > start) spans.push_back({start, k, entity_type(tags[i])});
      start = k + 1;
    }
    if (j > start) spans.push_back({start, j, entity_type(tags[i])});
    i = j;
  }
  return spans;
}

// Section labels copied with a headline ("Diplomacy: Putin urges ...",
// "Diplomacy Putin hints ...") look like a name, or like a first name before
// a surname. A label is dropped when it starts its paragraph before a colon
// and names no one else in the text; a word glued before a surname is cut
// when the text gives that surname another first name ("Vladimir Putin").
class SectionLabels {
 public:
  SectionLabels(const Context& c, const std::vector<TokenSpan>& spans) : c_(c) {
    for (const TokenSpan& s : spans) {
      if (s.type != EntityType::PER) continue;
      const std::string last = lower_ascii(c.doc.token_text(s.end - 1));
      if (s.end - s.first >= 2) first_names_of_[last].insert(lower_ascii(c.doc.token_text(s.first)));
      ++last_word_uses_[last];
    }
  }

  // False when the span is only a label; otherwise the span, trimmed of one.
  bool apply(TokenSpan& s) const {
    if (s.type != EntityType::PER || !c_.initial[s.first]) return true;
    const std::string first = lower_ascii(c_.doc.token_text(s.first));
    if (c_.capitalized_inside.contains(first) || c_.gazetteer.contains(kFirstName, first)) return true;
    if (s.end - s.first == 1) return !is_lone_label(s, first);
    const auto names = first_names_of_.find(lower_ascii(c_.doc.token_text(s.end - 1)));
    if (s.end - s.first == 2 && names != first_names_of_.end() && names->second.size() > 1) ++s.first;
    return true;
  }

 private:
  bool is_lone_label(const TokenSpan& s, const std::string& word) const {
    const bool before_colon = s.end < c_.doc.tokens.size() && c_.doc.token_text(s.end) == ":";
    const auto uses = last_word_uses_.find(word);
    return before_colon && uses != last_word_uses_.end() && uses->second == 1;
  }

  const Context& c_;
  std::unordered_map<std::string, std::unordered_set<std::string>> first_names_of_;  // surname -> first words
  std::unordered_map<std::string, int> last_word_uses_;  // PER spans ending in a word
};

// A distinct surface form and what grouping needs to know about it.
struct Form {
  std::string text;
  std::vector<std::string> words;  // lower case, without dots
  int votes[4] = {};
  int mentions = 0;
  int first_mention = 0;
};

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
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

std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  std::string current;
  for (const char ch : text) {
    if (ch == ' ') {
      if (!current.empty()) words.push_back(current);
      current.clear();
    } else if (ch != '.') {
      current += (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch + 32) : ch;
    }
  }
  if (!current.empty()) words.push_back(current);
  return words;
}

int majority(const Form& f) { return static_cast<int>(std::max_element(f.votes, f.votes + 4) - f.votes); }

bool within_one_edit(const std::string& a, const std::string& b) {
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
bool variant_words(const std::string& a, const std::string& b) {
  return a == b || (a.size() >= 5 && b.size() >= 5 && within_one_edit(a, b));
}

bool variant_names(const Form& a, const Form& b) {
  if (a.words.size() != b.words.size()) return false;
  for (size_t i = 0; i < a.words.size(); ++i) {
    if (!variant_words(a.words[i], b.words[i])) return false;
  }
  return true;
}

// The initials of `words`, with or without function words.
std::string initials(const std::vector<std::string>& words, bool skip_function_words) {
  std::string out;
  for (const auto& w : words) {
    if (skip_function_words && lexicon::is_function_word(w)) continue;
    if (!w.empty()) out += w[0];
  }
  return out;
}

// Whether `acronym` (lower case) abbreviates the words of `expansion`:
// "sco" for "shanghai cooperation organization", "cef" for "second caspian
// economic forum" (a dropped first word), "jcpoa" with the "of".
bool abbreviates(const std::string& acronym, const std::vector<std::string>& expansion) {
  if (acronym.size() < 2 || expansion.size() < 2) return false;
  for (const bool skip : {true, false}) {
    const std::string init = initials(expansion, skip);
    if (init.size() >= acronym.size() && init.size() <= acronym.size() + 1 &&
        init.compare(init.size() - acronym.size(), acronym.size(), acronym) == 0) {
      return true;
    }
  }
  return false;
}

class Grouper {
 public:
  Grouper(const Context& c, std::vector<TokenSpan> spans) : c_(c), spans_(std::move(spans)) {
    for (size_t m = 0; m < spans_.size(); ++m) {
      const std::string text = surface(c_.doc, spans_[m].first, spans_[m].end);
      auto [it, fresh] = index_.emplace(text, static_cast<int>(forms_.size()));
      if (fresh) {
        Form f;
        f.text = text;
        f.words = words_of(text);
        f.first_mention = static_cast<int>(m);
        forms_.push_back(std::move(f));
      }
      Form& f = forms_[it->second];
      ++f.votes[static_cast<int>(spans_[m].type)];
      ++f.mentions;
      form_of_.push_back(it->second);
    }
  }

  Result run() {
    UnionFind groups(forms_.size());
    join_defined_acronyms(groups);
    join_known_acronyms(groups);
    join_variants(groups);
    join_surnames(groups);
    return build(groups);
  }

 private:
  // "Shanghai Cooperation Organization (SCO)": the mention before the
  // parenthesis and the acronym inside it.
  void join_defined_acronyms(UnionFind& groups) {
    for (size_t m = 0; m + 1 < spans_.size(); ++m) {
      const TokenSpan& a = spans_[m];
      const TokenSpan& b = spans_[m + 1];
      if (b.end - b.first != 1 || b.first != a.end + 1 || b.end >= c_.doc.tokens.size()) continue;
      if (c_.doc.token_text(a.end) != "(" || c_.doc.token_text(b.end) != ")") continue;
      const Form& acronym = forms_[form_of_[m + 1]];
      if (acronym.words.size() == 1 && abbreviates(acronym.words[0], forms_[form_of_[m]].words)) {
        groups.join(form_of_[m], form_of_[m + 1]);
      }
    }
  }

  // UN, EU, NATO, US...: every form of one known acronym or its expansion.
  void join_known_acronyms(UnionFind& groups) {
    const auto acronyms = lexicon::acronyms();
    std::vector<int> first_form(acronyms.size, -1);  // per expansion: its first acronym's index
    for (size_t f = 0; f < forms_.size(); ++f) {
      const std::string& text = forms_[f].text;
      for (size_t i = 0; i < acronyms.size; ++i) {
        const lexicon::Acronym& acronym = acronyms.items[i];
        if (text != acronym.short_form && !same_ignoring_case(text, acronym.expansion)) continue;
        // "US" and "U.S." are two acronyms of one expansion.
        size_t a = 0;
        while (!same_ignoring_case(acronyms.items[a].expansion, acronym.expansion)) ++a;
        if (first_form[a] < 0) {
          first_form[a] = static_cast<int>(f);
        } else {
          groups.join(first_form[a], static_cast<int>(f));
        }
        break;
      }
    }
  }

  // Spellings of one person's name: "Ebrahim Raisi" / "Ibrahim Raisi".
  void join_variants(UnionFind& groups) {
    std::unordered_map<std::string, std::vector<int>> buckets;  // word count and first letters of the last word
    constexpr size_t kMaxBucket = 64;  // bounds the pairwise comparisons
    for (size_t f = 0; f < forms_.size(); ++f) {
      const Form& form = forms_[f];
      if (majority(form) != static_cast<int>(EntityType::PER) || form.words.empty()) continue;
      const std::string key = std::to_string(form.words.size()) + form.words.back().substr(0, 2);
      auto& bucket = buckets[key];
      for (const int other : bucket) {
        if (variant_names(form, forms_[other])) groups.join(other, static_cast<int>(f));
      }
      if (bucket.size() < kMaxBucket) bucket.push_back(static_cast<int>(f));
    }
  }

  // "Lavrov" joins "Sergey Lavrov"; "Zarepour:" joins "Isa Zarepour" even
  // when the tagger called it a place, unless it is a known place.
  void join_surnames(UnionFind& groups) {
    std::unordered_map<std::string, std::vector<int>> by_last_word;  // of multi-word person names
    for (size_t f = 0; f < forms_.size(); ++f) {
      const Form& form = forms_[f];
      if (form.words.size() >= 2 && majority(form) == static_cast<int>(EntityType::PER)) {
        auto& names = by_last_word[form.words.back()];
        if (names.size() < 16) names.push_back(static_cast<int>(f));
      }
    }
    for (size_t f = 0; f < forms_.size(); ++f) {
      Form& form = forms_[f];
      if (form.words.empty() || form.words.size() >= 3) continue;
      const bool person = majority(form) == static_cast<int>(EntityType::PER);
      if (!person && (form.words.size() != 1 || is_known_non_person(form.text))) continue;
      const auto it = by_last_word.find(form.words.back());
      if (it == by_last_word.end()) continue;
      // The full name that ends with this form; when several people share
      // it, the one mentioned most, unless that is a tie.
      int target = -1, target_mentions = 0;
      bool tie = false;
      for (const int candidate : it->second) {
        if (candidate == static_cast<int>(f) || !ends_with(forms_[candidate].words, form.words)) continue;
        if (target >= 0 && groups.find(target) == groups.find(candidate)) continue;
        const int mentions = forms_[candidate].mentions;
        tie = target >= 0 && mentions == target_mentions;
        if (mentions > target_mentions) target = candidate, target_mentions = mentions;
      }
      if (target < 0 || tie) continue;
      groups.join(target, static_cast<int>(f));
      if (!person) form.votes[static_cast<int>(EntityType::PER)] += form.mentions;
    }
  }

  static bool ends_with(const std::vector<std::string>& longer, const std::vector<std::string>& shorter) {
    if (shorter.size() >= longer.size()) return false;
    return std::equal(shorter.rbegin(), shorter.rend(), longer.rbegin());
  }

  bool is_known_non_person(const std::string& text) const {
    return c_.gazetteer.contains(kCountry, text) || c_.gazetteer.contains(kCity, text) ||
           c_.gazetteer.contains(kDemonym, text) || c_.gazetteer.contains(kKnownOrg, text);
  }

  Result build(UnionFind& groups) {
    Result r;
    std::vector<int> entity_of_group(forms_.size(), -1);
    std::vector<std::vector<int>> members;  // forms of each entity, by first mention
    std::vector<bool> listed(forms_.size(), false);
    for (size_t m = 0; m < spans_.size(); ++m) {
      const int group = groups.find(form_of_[m]);
      if (entity_of_group[group] < 0) {
        entity_of_group[group] = static_cast<int>(members.size());
        members.emplace_back();
      }
      if (!listed[form_of_[m]]) {
        listed[form_of_[m]] = true;
        members[entity_of_group[group]].push_back(form_of_[m]);
      }
    }
    for (size_t e = 0; e < members.size(); ++e) r.entities.push_back(make_entity(static_cast<int>(e), members[e]));
    for (size_t m = 0; m < spans_.size(); ++m) {
      const int entity = entity_of_group[groups.find(form_of_[m])];
      Mention mention;
      mention.span = {c_.doc.tokens[spans_[m].first].start, c_.doc.tokens[spans_[m].end - 1].end()};
      mention.type = r.entities[entity].type;
      mention.entity = entity;
      ++r.entities[entity].count;
      r.mentions.push_back(mention);
    }
    return r;
  }

  bool names_a_country(const std::vector<int>& forms) const {
    for (const int f : forms) {
      if (c_.gazetteer.contains(kCountry, forms_[f].text)) return true;
    }
    return false;
  }

  Entity make_entity(int id, const std::vector<int>& forms) const {
    int votes[4] = {};
    bool full_person = false;
    for (const int f : forms) {
      for (int t = 0; t < 4; ++t) votes[t] += forms_[f].votes[t];
      full_person |= forms_[f].words.size() >= 2 && majority(forms_[f]) == static_cast<int>(EntityType::PER);
    }
    Entity e;
    e.id = id;
    e.type = full_person ? EntityType::PER : static_cast<EntityType>(std::max_element(votes, votes + 4) - votes);
    // A country is a place in an article, whatever the tagger voted: the
    // Reuters training text often names a country for its government ("US").
    if (!full_person && names_a_country(forms)) e.type = EntityType::LOC;
    // The fullest form: most words, then longest, then most used, then first.
    int best = forms.front();
    for (const int f : forms) {
      const Form &a = forms_[f], &b = forms_[best];
      if (std::make_tuple(a.words.size(), a.text.size(), a.mentions, -a.first_mention) >
          std::make_tuple(b.words.size(), b.text.size(), b.mentions, -b.first_mention)) {
        best = f;
      }
    }
    e.name = forms_[best].text;
    for (const int f : forms) {
      if (f != best) e.aliases.push_back(forms_[f].text);
    }
    if (e.type == EntityType::MISC) {
      for (const int f : forms) {
        const std::string_view country = lexicon::country_of_demonym(forms_[f].text);
        if (!country.empty()) {
          e.related = std::string(country);
          break;
        }
      }
    }
    return e;
  }

  const Context& c_;
  std::vector<TokenSpan> spans_;
  std::vector<Form> forms_;
  std::vector<int> form_of_;  // per mention
  std::unordered_map<std::string, int> index_;
};

}  // namespace

Result group(const text::Document& doc, const std::vector<Tag>& tags, const Gazetteer& gazetteer) {
  const Context context = make_context(doc, gazetteer);
  std::vector<TokenSpan> cleaned;
  for (TokenSpan s : spans_from_tags(doc, tags)) {
    if (clean(context, s)) cleaned.push_back(s);
  }
  const SectionLabels labels(context, cleaned);
  std::vector<TokenSpan> spans;
  for (TokenSpan s : cleaned) {
    if (labels.apply(s)) spans.push_back(s);
  }
  return Grouper(context, std::move(spans)).run();
}

}  // namespace lede::entities
