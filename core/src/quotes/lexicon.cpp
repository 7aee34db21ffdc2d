// Word lists for attribution, each kept sorted for people to read, and the
// hash set they are looked up in.
#include "quotes/lexicon.hpp"

#include <array>
#include <cstdint>
#include <vector>

namespace lede::quotes {

namespace {

// A fixed set of ASCII words looked up case-insensitively in a few
// nanoseconds: open addressing over a table built once from a word list.
// Attribution asks about nearly every token, so a binary search of
// string comparisons would cost more than the rest of the stage.
class WordSet {
  static constexpr size_t kMaxWord = 24;

 public:
  template <size_t N>
  explicit WordSet(const std::array<std::string_view, N>& words) {
    while (slots_.size() < 4 * N) slots_.resize(slots_.size() * 2);
    for (std::string_view w : words) {
      size_t i = hash(w) & (slots_.size() - 1);
      while (!slots_[i].empty()) i = (i + 1) & (slots_.size() - 1);
      slots_[i] = w;
      first_letters_[w.size()] |= letter_bit(w[0]);
    }
  }

  bool contains(std::string_view word) const {
    if (word.empty() || word.size() > kMaxWord || !(first_letters_[word.size()] & letter_bit(word[0]))) return false;
    for (size_t i = hash(word) & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      if (slots_[i].empty()) return false;
      if (equal_ci(slots_[i], word)) return true;
    }
  }

 private:
  static char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

  // A quick reject before hashing: no word of this length starts with this letter.
  static uint32_t letter_bit(char c) { return 1u << ((static_cast<unsigned char>(c) | 0x20) & 31); }

  static size_t hash(std::string_view w) {
    uint32_t h = 2166136261u;  // FNV-1a
    for (char c : w) h = (h ^ static_cast<unsigned char>(lower(c))) * 16777619u;
    return h;
  }

  static bool equal_ci(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
      if (a[i] != lower(b[i])) return false;
    }
    return true;
  }

  std::vector<std::string_view> slots_ = std::vector<std::string_view>(16);
  std::array<uint32_t, kMaxWord + 1> first_letters_{};
};

constexpr std::array<std::string_view, 98> kCueVerbs = {
    "according", "acknowledged", "acknowledges", "added", "adding", "adds", "admits", "admitted", "affirmed",
    "announced", "announces", "argued", "argues", "asked", "asks", "assured", "assures", "called", "calling", "calls",
    "cautioned", "charged", "claimed", "claims", "commented", "conceded", "concluded", "confirmed",
    "confirms", "continued", "continues", "countered", "declared", "declares", "described", "emphasised",
    "emphasising", "emphasized", "emphasizes", "emphasizing", "explained", "explaining", "explains", "hinted",
    "hints", "indicated", "indicates", "insisted", "insisting", "insists", "maintained", "noted", "notes",
    "noting", "observed", "pledged", "pointed", "posted", "predicted", "promised", "quipped", "recalled",
    "recalls", "reiterated", "remarked", "replied", "replies", "responded", "ruled", "said", "say", "saying", "says",
    "stated", "states", "stating", "stressed", "stresses", "stressing", "suggested", "tells", "told",
    "tweeted", "tweets", "underlined", "underlines", "underscored", "urged", "urges", "urging", "vowed",
    "vows", "warned", "warning", "warns", "writes", "writing", "wrote"};

constexpr std::array<std::string_view, 56> kTitles = {
    "adm", "admiral", "adviser", "advisor", "aide", "ambassador", "ayatollah", "capt", "captain", "chairman",
    "chancellor", "chief", "col", "colonel", "commander", "deputy", "director", "dr", "emir", "envoy",
    "executive", "first", "foreign", "gen", "general", "gov", "governor", "head", "judge", "justice", "king",
    "leader", "lt", "mayor", "minister", "mr", "mrs", "ms", "officer", "pope", "president", "presidential",
    "prime", "prince", "prof", "professor", "queen", "rep", "secretary", "sen", "senator", "sheikh",
    "speaker", "spokesman", "spokeswoman", "vice"};

// Role heads, in bit order (the index is the bit).
constexpr std::array<std::string_view, 32> kRoles = {
    "president", "minister", "leader", "chancellor", "premier", "spokesman", "spokeswoman", "spokesperson",
    "secretary", "ambassador", "envoy", "official", "chief", "commander", "governor", "mayor", "senator",
    "counterpart", "diplomat", "king", "aide", "director", "chairman", "head", "coach", "manager", "captain",
    "executive", "analyst", "professor", "judge", "prosecutor"};

constexpr std::array<std::string_view, 44> kNationalities = {
    "afghan", "african", "american", "arab", "australian", "bahraini", "belarusian", "british", "canadian",
    "chinese", "cuban", "dutch", "egyptian", "emirati", "european", "french", "german", "greek", "indian",
    "iranian", "iraqi", "irish", "israeli", "italian", "japanese", "jordanian", "korean", "kuwaiti",
    "lebanese", "mexican", "pakistani", "palestinian", "polish", "qatari", "russian", "saudi", "spanish",
    "swiss", "syrian", "turkish", "ukrainian", "us", "uzbek", "yemeni"};

constexpr std::array<std::string_view, 74> kStopCapitals = {
    "a", "after", "also", "an", "and", "april", "as", "at", "august", "before", "but", "by", "december",
    "during", "february", "for", "friday", "from", "her", "here", "his", "how", "however", "i", "if", "in",
    "it", "its", "january", "july", "june", "march", "may", "meanwhile", "monday", "no", "not", "november",
    "now", "october", "of", "on", "one", "our", "saturday", "september", "since", "so", "sunday", "that",
    "the", "their", "then", "there", "these", "this", "those", "three", "thursday", "to", "today", "tuesday",
    "two", "we", "wednesday", "what", "when", "where", "while", "who", "why", "with", "yes", "yesterday"};

constexpr std::array<std::string_view, 32> kSkippable = {
    "again", "already", "also", "earlier", "further", "had", "has", "have", "just", "last", "later",
    "meanwhile", "never", "now", "often", "once", "only", "personally", "previously", "publicly", "recently",
    "repeatedly", "reportedly", "separately", "similarly", "still", "strongly", "then", "today", "was",
    "were", "yesterday"};

constexpr std::array<std::string_view, 22> kGeneric = {
    "analysts", "authorities", "critics", "diplomats", "experts", "lawmakers", "leaders", "observers",
    "officials", "others", "people", "police", "protesters", "reports", "researchers", "residents",
    "scientists", "some", "sources", "they", "we", "witnesses"};

}  // namespace

bool is_cue_verb(std::string_view w) {
  static const WordSet set(kCueVerbs);
  return !w.empty() && w[0] >= 'a' && w[0] <= 'z' && set.contains(w);
}

bool is_participle_cue(std::string_view w) {
  return w.size() > 4 && w.substr(w.size() - 3) == "ing" && is_cue_verb(w);
}

bool is_title_word(std::string_view w) {
  static const WordSet set(kTitles);
  return set.contains(w);
}

uint32_t role_bit(std::string_view word) {
  static const WordSet set(kRoles);
  if (!set.contains(word)) return 0;
  for (size_t i = 0; i < kRoles.size(); ++i) {
    if (word.size() == kRoles[i].size() && (word[0] | 0x20) == kRoles[i][0] && word.substr(1) == kRoles[i].substr(1)) {
      return 1u << i;
    }
  }
  return 0;
}

bool is_nationality(std::string_view w) {
  static const WordSet set(kNationalities);
  return set.contains(w);
}
bool is_stop_capital(std::string_view w) {
  static const WordSet set(kStopCapitals);
  return set.contains(w);
}
bool is_skippable(std::string_view w) {
  static const WordSet set(kSkippable);
  return set.contains(w);
}
bool is_generic_subject(std::string_view w) {
  static const WordSet set(kGeneric);
  return set.contains(w);
}

bool is_person_pronoun(std::string_view w) { return w == "he" || w == "she" || w == "He" || w == "She"; }

}  // namespace lede::quotes
