// Word lists for attribution. Each list but kRoles is kept sorted and is
// searched by binary search on a lower-cased copy in a stack buffer.
#include "quotes/lexicon.hpp"

#include <algorithm>
#include <array>

namespace lede::quotes {

namespace {

constexpr size_t kMaxWord = 24;

// Lower-cases `word` into `buffer`; empty when too long to be in any list.
std::string_view lower(std::string_view word, char (&buffer)[kMaxWord]) {
  if (word.size() > kMaxWord) return {};
  for (size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    buffer[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
  return {buffer, word.size()};
}

template <size_t N>
bool in_sorted(const std::array<std::string_view, N>& list, std::string_view word) {
  char buffer[kMaxWord];
  const std::string_view w = lower(word, buffer);
  return !w.empty() && std::binary_search(list.begin(), list.end(), w);
}

constexpr std::array<std::string_view, 96> kCueVerbs = {
    "according", "acknowledged", "acknowledges", "added", "adding", "adds", "admits", "admitted", "affirmed",
    "announced", "announces", "argued", "argues", "asked", "asks", "assured", "assures", "called", "calls",
    "cautioned", "charged", "claimed", "claims", "commented", "conceded", "concluded", "confirmed",
    "confirms", "continued", "continues", "countered", "declared", "declares", "described", "emphasised",
    "emphasising", "emphasized", "emphasizes", "emphasizing", "explained", "explaining", "explains", "hinted",
    "hints", "indicated", "indicates", "insisted", "insisting", "insists", "maintained", "noted", "notes",
    "noting", "observed", "pledged", "pointed", "posted", "predicted", "promised", "quipped", "recalled",
    "recalls", "reiterated", "remarked", "replied", "replies", "responded", "said", "say", "saying", "says",
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
constexpr std::array<std::string_view, 24> kRoles = {
    "president", "minister", "leader", "chancellor", "premier", "spokesman", "spokeswoman", "spokesperson",
    "secretary", "ambassador", "envoy", "official", "chief", "commander", "governor", "mayor", "senator",
    "counterpart", "diplomat", "king", "aide", "director", "chairman", "head"};

constexpr std::array<std::string_view, 44> kNationalities = {
    "afghan", "african", "american", "arab", "australian", "bahraini", "belarusian", "british", "canadian",
    "chinese", "cuban", "dutch", "egyptian", "emirati", "european", "french", "german", "greek", "indian",
    "iranian", "iraqi", "irish", "israeli", "italian", "japanese", "jordanian", "korean", "kuwaiti",
    "lebanese", "mexican", "pakistani", "palestinian", "polish", "qatari", "russian", "saudi", "spanish",
    "swiss", "syrian", "turkish", "ukrainian", "us", "uzbek", "yemeni"};

constexpr std::array<std::string_view, 52> kStopCapitals = {
    "a", "after", "also", "an", "and", "april", "as", "at", "august", "before", "but", "december", "during",
    "february", "for", "friday", "her", "his", "however", "i", "in", "it", "its", "january", "july", "june",
    "march", "may", "meanwhile", "monday", "november", "october", "on", "our", "saturday", "september",
    "since", "sunday", "that", "the", "their", "these", "this", "those", "thursday", "today", "tuesday", "we",
    "wednesday", "when", "while", "yesterday"};

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

bool is_cue_verb(std::string_view w) { return !w.empty() && w[0] >= 'a' && w[0] <= 'z' && in_sorted(kCueVerbs, w); }

bool is_participle_cue(std::string_view w) {
  return w.size() > 4 && w.substr(w.size() - 3) == "ing" && is_cue_verb(w);
}

bool is_title_word(std::string_view w) { return in_sorted(kTitles, w); }

uint32_t role_bit(std::string_view word) {
  char buffer[kMaxWord];
  std::string_view w = lower(word, buffer);
  if (w.empty()) return 0;
  for (size_t i = 0; i < kRoles.size(); ++i) {
    if (w == kRoles[i]) return 1u << i;
  }
  return 0;
}

bool is_nationality(std::string_view w) { return in_sorted(kNationalities, w); }
bool is_stop_capital(std::string_view w) { return in_sorted(kStopCapitals, w); }
bool is_skippable(std::string_view w) { return in_sorted(kSkippable, w); }
bool is_generic_subject(std::string_view w) { return in_sorted(kGeneric, w); }

bool is_person_pronoun(std::string_view w) { return w == "he" || w == "she" || w == "He" || w == "She"; }

}  // namespace lede::quotes
