// The words attribution reads: speech verbs (cues), titles and role nouns
// that introduce or describe a person, and the small words it skips. Fixed
// lists, looked up all at once in one table without allocation. Depends on
// nothing.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace lede::quotes {

// What a word is, as bits: a word may be in several lists ("also" is a stop
// capital and skippable, "president" a title and a role).
enum WordClass : uint16_t {
  kCue = 1 << 0,           // "said", "told", "according" (with "to"), "called" ... written in lower case
  kTitle = 1 << 1,         // President, Minister, Mr, Sheikh: before a name, in any case
  kRole = 1 << 2,          // president, spokesman: the head of a description (see WordInfo::role)
  kNationality = 1 << 3,   // Russian, Iranian, Israeli, in any case
  kStopCapital = 1 << 4,   // written with a capital, starts a sentence or phrase but never a name
  kSkippable = 1 << 5,     // adverbs and auxiliaries between a subject and its verb
  kGeneric = 1 << 6,       // plural or generic subjects that name no one: officials, sources
  kPersonPronoun = 1 << 7, // he, she, He, She
  kParticle = 1 << 8,      // bin, al, van, de: lower-case parts of names
  kItPronoun = 1 << 9,     // it, It: an organization or country that speaks
  kAsking = 1 << 10,       // asked, questioned: before the person who answers, in lower case
  kOrganizationHead = 1 << 11,  // newspaper, company, agency: after the name of who speaks or "the", in lower case
  kDocument = 1 << 12,     // statement, letter, report: speaks for who issued it, as an organization head; in lower case
  kRelation = 1 << 13,     // neighbor, colleague, wife: a person by their tie to another, after "her", "my"
};

struct WordInfo {
  uint16_t classes = 0;  // WordClass bits
  // With kRole: the role's index in the list of roles. A person's roles are
  // a word of role_bit()s; titles map to the same bits ("President" and
  // "president").
  uint8_t role = 0;
};

// The longest word in any list.
inline constexpr size_t kMaxWord = 15;

// A letter's place in the alphabet, either case (other bytes share the codes).
constexpr uint32_t letter_code(char c) { return (static_cast<unsigned char>(c) | 0x20) & 31; }

// Most words are in no list: their length, first and last letters say so
// before anything is loaded or hashed. Built at compile time, so the test
// needs no guard of a static. In lower case, "the", "and", "of" are only stop
// capitals, which says nothing of them there: they are left out. Inline in
// look_up(), so that attribution, which asks about every word, makes no call
// for most of them.
struct LetterFilter {
  // [starts in lower case][length][first letter]: the last letters of the
  // words that may match.
  uint32_t last_letters[2][kMaxWord + 1][32] = {};

  // `word` has 1 to kMaxWord bytes.
  constexpr bool may_match(std::string_view word) const {
    const bool starts_lower = word[0] >= 'a' && word[0] <= 'z';
    return last_letters[starts_lower][word.size()][letter_code(word[0])] >> letter_code(word.back()) & 1;
  }
};
extern const LetterFilter kLetterFilter;

// look_up() of a word the filter lets through.
WordInfo look_up_listed(std::string_view word);

// Every list `word` is in, case rules applied: a cue, an asking verb, an organization head or a document must
// start in lower case and a stop capital in upper case, a role or pronoun may differ from
// the list only in its first letter's case, a particle not at all; the others
// ignore ASCII case.
inline WordInfo look_up(std::string_view word) {
  if (word.empty() || word.size() > kMaxWord || !kLetterFilter.may_match(word)) return {};
  return look_up_listed(word);
}

inline bool is_cue_verb(std::string_view word) { return look_up(word).classes & kCue; }
// "saying", "adding": a cue whose subject is the clause's subject.
inline bool is_participle_cue(std::string_view word) {
  return word.size() > 4 && word.substr(word.size() - 3) == "ing" && is_cue_verb(word);
}
// A set of roles, one bit each: up to 64.
using RoleBits = uint64_t;
inline RoleBits role_bit(uint8_t role) { return RoleBits{1} << role; }
// The role bits of "spokesman", "spokeswoman" and "spokesperson": roles of
// those who speak for others.
extern const RoleBits kSpokespersonRoles;
// The roles of professions (lawyer, doctor, trader ...), as against offices
// (mayor, minister): an office is a title its holder is known by, so an
// unknown one may be the person in focus's; a profession is often another's.
extern const RoleBits kProfessionRoles;
// "minister", and "premier", the role of a prime minister: a minister is
// not the prime minister, nor the reverse.
extern const RoleBits kMinisterRole;
extern const RoleBits kPremierRole;
// A deputy's or vice's role, whatever the office ("Deputy Prime Minister
// Angela Rayner", "the vice president"): the deputy is not the one holding
// the office. A bit of its own, after the roles'.
extern const RoleBits kDeputyRole;
// The offices a text's leading figure holds ("the prime minister", "the
// mayor"), as against those held by someone about them (a judge, a
// manager, a spokesman).
extern const RoleBits kOfficeHolderRoles;

// What a title or first name says of a person's sex, as bits: cues that
// disagree read as both, which says no more than none.
enum SexCue : uint8_t { kMale = 1, kFemale = 2 };

// The sex a title ("Mrs", "Sir", "spokeswoman") or a common first name
// ("Mary", "John") gives the person it names, in any case; 0 for other
// words. Attribution asks only about the words of persons' names and the
// word before them, so look_up()'s filter leaves these lists out.
uint8_t sex_cue(std::string_view word);

// Whether `word`, as written, names a person or people by nation: a demonym
// ("German", "Iraqis") or a noun for one ("Briton", "Swedes"). Not "Bible",
// "Guardian": other names the tagger calls MISC too.
bool is_nationality_noun(std::string_view word);

}  // namespace lede::quotes
