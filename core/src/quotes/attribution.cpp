// Speech events, found sentence by sentence in document order. Along the way
// it keeps the persons introduced with a title ("Russian Foreign Minister
// Sergey Lavrov"), which of them was named last, and which was last the
// subject of speech, so that "he said" and "the Russian president said" find
// their referent; "she" skips a person known to be a man, and the reverse,
// for a person of the tagger's nearby. Every look-around is bounded, so the
// pass is linear.
#include "quotes/attribution.hpp"

#include <algorithm>
#include <array>
#include <memory>

#include "entities/hashing.hpp"
#include "numbers/lexicon.hpp"
#include "quotes/lexicon.hpp"
#include "text/chars.hpp"
#include "text/weekdays.hpp"

namespace lede::quotes {

namespace {

using text::TokenKind;

constexpr uint32_t kMaxRun = 10;        // tokens in a run of capitalized words
// "Hossein Amir-Abdollahian", "Mohammad Bagher Ghalibaf"; one more when the
// entity stage tagged all four as a person ("Abdul Rahman Haj Yihye").
constexpr uint32_t kMaxNameWords = 3;
constexpr uint32_t kMaxSkipped = 3;     // adverbs between subject and verb
constexpr uint32_t kMaxModifiers = 4;   // words between "the" and "president"
constexpr size_t kRecent = 16;          // persons a description may refer to
constexpr uint32_t kMaxClause = 25;     // tokens of a clause between a subject and its verb
constexpr uint32_t kPronounReach = 2;   // sentences before its own in which "he" or "she" looks for a person

struct Person {
  std::string_view surname;
  Span last;              // the latest mention
  std::string_view given;  // the first word of its full name; empty while known by surname alone
  int namesake = -1;      // the next person of the same surname, or -1 (see find_person())
  uint8_t sex = 0;        // SexCue bits its name gave when taken note of
  RoleBits roles = 0;     // role_bit()s from titles and descriptions
  RoleBits declared = 0;  // those the text gives the person by name: titles, "X, the chancellor,"
  std::string_view nation;  // "Russian", "Iran" (from "Iran’s President")
  int mentions = 0;
  bool spoke = false;     // the subject of a cue already
  uint8_t referred_as = 0;  // the sex of a pronoun that meant them, when no name or title told it
};

// A run of capitalized words read as a name with its titles.
struct Name {
  Span span;               // the name proper, without titles
  uint32_t surname = 0;    // token index of the last word of the name
  RoleBits roles = 0;
  std::string_view nation;
  bool ok() const { return !span.empty(); }
};

// `shared`: the verb shares the subject of the clause ("..., saying", "and said").
// `organization`: "the company", "the statement", an organization not named.
// `demonym`: "the Briton", "the 21-year-old German", a person described by nation.
enum class SubjectKind { none, name, pronoun, description, generic, shared, organization, demonym };

struct Subject {
  SubjectKind kind = SubjectKind::none;
  Name name;               // kind name; kind description of_organization: the organization's name
  RoleBits roles = 0;      // kind description
  std::string_view nation;  // kind description; kind demonym: the demonym
  uint32_t head = 0;       // kind pronoun or demonym: its token; kind description: the role noun
  bool of_organization = false;  // kind description: "the Chelsea head coach"
};

// A person the entity tagger found outside quotations, which "he" or "she"
// may refer to though attribution did not take note of it (an object, "Mrs
// Kovacs").
struct Candidate {
  Span span;
  uint32_t first = 0;     // token indices of the mention's words
  uint32_t surname = 0;
  uint32_t sentence = 0;
  int entity = 0;
  bool opens_sentence = false;  // with its titles: "Mrs Kovacs has lived ..."
};

// A PER mention's surname, for the sex of everyone attribution knows by it.
struct MentionSurname {
  std::string_view surname;
  int entity = 0;
  bool unread = false;  // "O.J. Simpson" tagged as "Simpson": of a person the entity's names may not tell
};

struct SurnameSex {
  std::string_view surname;  // empty in a free slot
  uint8_t sex = 0;
};

// Whether a person of `sex` (SexCue bits; none or both say nothing) may be
// the one a pronoun of `pronoun_sex` refers to.
bool agrees(uint8_t sex, uint8_t pronoun_sex) { return sex != ((kMale | kFemale) ^ pronoun_sex); }

bool same_nation(std::string_view a, std::string_view b) {
  if (a.size() < 4 || b.size() < 4) return false;
  for (size_t i = 0; i < 4; ++i) {
    if ((a[i] | 0x20) != (b[i] | 0x20)) return false;
  }
  return true;
}

class Finder {
 public:
  Finder(const text::Document& doc, const std::vector<Pair>& quotations, const std::vector<Mention>& mentions,
         const std::vector<ParagraphRole>& roles)
      : doc_(doc), mentions_(mentions), roles_(roles) {
    read_tokens();
    mark_quoted(quotations);
  }

  SpeechIndex run(int headline) {
    index_.in_focus.reserve(doc_.sentences.size());
    // A cue is at most one event: room for them all at once keeps a text of
    // short quoted lines, a cue each, from holding a list and its doubled
    // copy (1.9 MB more per MB of such text).
    index_.events.reserve(cues_);
    recent_.reserve(kRecent);  // at once, not by doubling up to it
    for (size_t p = 0; p < doc_.paragraphs.size(); ++p) {
      in_furniture_ = roles_[p] == ParagraphRole::boilerplate;
      const text::Paragraph& paragraph = doc_.paragraphs[p];
      for (sentence_ = paragraph.first_sentence; sentence_ < paragraph.end_sentence; ++sentence_) {
        sentence(doc_.sentences[sentence_]);
      }
    }
    settle_descriptions(headline);
    if (headline >= 0) index_.headline_person = headline_person(doc_.paragraphs[headline]);
    index_.most_mentioned = most_mentioned();
    return std::move(index_);
  }

 private:
  // --- tokens --------------------------------------------------------------
  // What the passes ask about each token, found in one pass: the lexicon's
  // classes (WordClass bits) and the token's shape. The passes ask about
  // every token, most of them more than once.
  enum Shape : uint32_t {
    kWord = 1 << 14,
    kCapitalized = 1 << 15,  // a word starting in upper case or beyond ASCII
    kQuoted = 1 << 16,       // inside an outermost quotation
    kPossessive = 1 << 17,   // ’s 's ’S 'S
  };
  static_assert(int{kDocument} < int{kWord} && int{kRelation} < int{kWord},
                "word classes and shapes share the facts' bits");
  // A role's index (WordInfo::role) sits above the classes and shapes, so
  // that role_at() does not look the word up again.
  static constexpr int kRoleShift = 18;

  // One pass over the tokens by pointer, each fact stored in a list
  // allocated once and left unset until then: no zeroing of a list that is
  // then written over, and no room check per token as a push_back has
  // (1.3 M instructions of 1,945 M on c06).
  void read_tokens() {
    const text::Token* const first = doc_.tokens.data();
    const text::Token* const end = first + doc_.tokens.size();
    facts_.reset(new uint32_t[doc_.tokens.size()]);
    uint32_t* fact = facts_.get();
    for (const text::Token* t = first; t != end; ++t) {
      const uint32_t f = t->kind == TokenKind::word ? word_facts({doc_.text.data() + t->start, t->length}) : 0;
      cues_ += (f & kCue) != 0;
      *fact++ = f;
    }
  }

  // "al-Ansari", "el-Sisi": an Arabic name with its article, in lower case
  // before a capital, as a name's word.
  static bool arabic_article_name(std::string_view w) {
    return w.size() > 4 && (w[0] == 'a' || w[0] == 'e') && w[1] == 'l' && w[2] == '-' &&
           text::is_upper_ascii(static_cast<unsigned char>(w[3]));
  }

  static uint32_t word_facts(std::string_view w) {
    const auto c = static_cast<unsigned char>(w[0]);
    const WordInfo info = look_up(w);
    uint32_t f = kWord | info.classes | uint32_t{info.role} << kRoleShift;
    // "According to Hendrickx, the proceeds would go ...": the one cue
    // that opens sentences (the lexicon's cues are in lower case), and
    // no name.
    if (c == 'A' && w == "According") f |= kCue | kStopCapital;
    // Letters beyond ASCII: names in other scripts; not U+2000-U+2FFF,
    // punctuation and symbols (the possessive "’s" after "prime minister").
    if (text::is_upper_ascii(c) || (c >= 0xC3 && c != 0xE2) || arabic_article_name(w)) {
      f |= kCapitalized;
      // "What I'd say is this:", "I’m told": the writer or speaker, no name.
      if (c == 'I' && w.size() > 2 && (w[1] == '\'' || static_cast<unsigned char>(w[1]) == 0xE2)) f |= kStopCapital;
    }
    const bool apostrophe = c == '\'' || c == 0xE2;  // ' or ’, tested before four string compares
    if (apostrophe && (w == "\xE2\x80\x99s" || w == "'s" || w == "\xE2\x80\x99S" || w == "'S")) f |= kPossessive;
    return f;
  }

  void mark_quoted(const std::vector<Pair>& quotations) {
    for (const Pair& p : quotations) {
      if (p.depth != 0) continue;
      for (uint32_t i = p.open + 1; i < p.close; ++i) facts_[i] |= kQuoted;
    }
  }

  std::string_view word(uint32_t i) const { return doc_.token_text(i); }
  bool has(uint32_t i, uint32_t bits) const { return facts_[i] & bits; }
  bool is_word(uint32_t i) const { return has(i, kWord); }
  bool quoted(uint32_t i) const { return has(i, kQuoted); }
  bool capitalized(uint32_t i) const { return has(i, kCapitalized); }
  bool possessive(uint32_t i) const { return has(i, kPossessive); }
  bool name_word(uint32_t i) const { return (facts_[i] & (kCapitalized | kStopCapital)) == kCapitalized; }
  bool particle(uint32_t i) const { return has(i, kParticle); }
  // The role's bit (see role_bit()), 0 when the token is not a role.
  // "prime minister", "Prime Minister": the premier.
  // "deputy prime minister", "Vice President": a deputy.
  RoleBits role_at(uint32_t i) const { return has(i, kRole) ? role_of_word(i) : 0; }
  // role_at() of a role word. Out of line: most words asked about are no
  // roles, and their test stays in the callers (c06 +0.9 M instructions
  // when role_at() became a call).
  [[gnu::noinline]] RoleBits role_of_word(uint32_t i) const {
    const RoleBits role = role_bit(static_cast<uint8_t>(facts_[i] >> kRoleShift));
    const bool prime = role == kMinisterRole && i > 0 && (word(i - 1) == "prime" || word(i - 1) == "Prime");
    const uint32_t words = prime ? 2 : 1;
    if (i >= words && is_deputy(word(i - words))) return kDeputyRole;
    return prime ? kPremierRole : role;
  }
  static bool is_deputy(std::string_view w) {
    const char c = static_cast<char>(w[0] | 0x20);  // most words, at once
    return (c == 'd' || c == 'v') && (w == "deputy" || w == "Deputy" || w == "vice" || w == "Vice");
  }
  bool abbreviation_dot(uint32_t i, uint32_t lo) const {
    return word(i) == "." && i > lo && !doc_.tokens[i].space_before && has(i - 1, kTitle);
  }
  // Part of a run of a name with its titles: Russia ’s President Vladimir Putin, Mr. Lavrov,
  // Professor José Luis de la Fuente (particles after a name word or another particle).
  bool run_part(uint32_t i, uint32_t lo) const {
    if (quoted(i)) return false;
    return name_word(i) || (possessive(i) && i > lo && capitalized(i - 1)) || abbreviation_dot(i, lo) ||
           (particle(i) && i > lo && (capitalized(i - 1) || particle(i - 1)));
  }

  // --- names ---------------------------------------------------------------
  // Reads [first, last] as titles then a name: the name is the last few
  // capitalized words that are neither titles nor nationalities.
  Name read_name(uint32_t first, uint32_t last) const {
    Name n;
    uint32_t end = last;
    if (possessive(end) && end > first) --end;  // "Iran’s" names Iran
    // "said King.": a title's dot that ends the sentence (the only token of
    // a run that is no word, see run_part())
    if (!is_word(end) && end > first) --end;
    uint32_t start = end + 1;
    uint32_t words = 0;
    for (uint32_t k = end + 1; k-- > first;) {
      const bool part = (name_word(k) && (!has(k, kTitle | kNationality) || (k == end && surname_of_person(k)))) ||
                        (particle(k) && k > first);
      if (!part || words > kMaxNameWords || (words == kMaxNameWords && !tagged_long_name(k, end))) break;
      start = k;
      ++words;
    }
    for (uint32_t k = first; k < start; ++k) {
      n.roles |= role_at(k);
      if (has(k, kNationality)) n.nation = word(k);
      if (possessive(k) && k > first) n.nation = word(k - 1);
    }
    if (start > end) return n;
    n.span = {doc_.tokens[start].start, doc_.tokens[end].end()};
    n.surname = end;
    return n;
  }

  // A name of all capitalized words from `first` to `last` that the entity
  // stage tagged as one person: not a sentence opener or title before it.
  bool tagged_long_name(uint32_t first, uint32_t last) const {
    for (uint32_t k = first; k <= last; ++k) {
      if (!name_word(k)) return false;
    }
    return tagged_person(first, last);
  }

  uint32_t run_start(uint32_t last, uint32_t lo) const {
    uint32_t first = last;
    while (first > lo && last - first + 1 < kMaxRun && run_part(first - 1, lo)) --first;
    return first;
  }

  uint32_t run_end(uint32_t first, uint32_t hi) const {
    uint32_t last = first;
    while (last + 1 < hi && last - first + 1 < kMaxRun && run_part(last + 1, first)) ++last;
    return last;
  }

  // --- persons -------------------------------------------------------------
  // Persons by surname: open addressing over indices into people_, kept at
  // most half full. std::unordered_map's nodes and hashing were a tenth of
  // the stage. Hashed as the entity stage hashes word forms.
  // The slot holding `surname`, or the empty one where it would go. Inline:
  // with the session's callers GCC stopped inlining it (c06 +1.0 M
  // instructions as a call).
  [[gnu::always_inline]] size_t surname_slot(std::string_view surname) const {
    const size_t mask = by_surname_.size() - 1;
    for (size_t i = entities::form_hash(surname) & mask;; i = (i + 1) & mask) {
      const int id = by_surname_[i];
      if (id < 0 || entities::same_form(people_[id].surname, surname)) return i;
    }
  }

  void index_surnames() {
    size_t slots = 16;
    while (slots < 4 * people_.size()) slots *= 2;
    by_surname_.assign(slots, -1);
    for (size_t id = 0; id < people_.size(); ++id) {
      int& slot = by_surname_[surname_slot(people_[id].surname)];
      if (slot < 0) slot = static_cast<int>(id);  // namesakes are chained from the first
    }
  }

  // The first person taken note of by `surname`, or -1.
  int find_person(std::string_view surname) const {
    return people_.empty() ? -1 : by_surname_[surname_slot(surname)];
  }

  // The person the name `n` names, or -1. Persons who share a surname, each
  // named in full ("Quincy Jones", "His mother, Sarah Frances Jones"), are
  // namesakes, chained from the first: a full name is the one of its given
  // name, or none yet; a surname alone, or a name with no given name
  // known, is the one whose sex its title gives ("Mr. Jones"), else the
  // first named, the one the text is mostly about.
  int find_person(const Name& n) const {
    const int first = find_person(word(n.surname));
    if (first < 0) return -1;
    const std::string_view given = given_name(n);
    if (!given.empty()) {
      for (int id = first; id >= 0; id = people_[id].namesake) {
        if (people_[id].given.empty() || same_given_name(people_[id].given, given)) return id;
      }
      return -1;
    }
    if (people_[first].namesake < 0) return first;
    const uint8_t sex = title_before(n.surname);
    if (sex == 0) return first;
    for (int id = first; id >= 0; id = people_[id].namesake) {
      if (people_[id].sex == sex) return id;
    }
    for (int id = first; id >= 0; id = people_[id].namesake) {
      if (agrees(people_[id].sex, sex)) return id;
    }
    return first;
  }

  // The given name of `n`, empty for a surname alone: the first word of
  // the person the tagger found ending at its surname, when that is more
  // than the surname ("Quincy" of a run "Tonight Quincy Jones"), else of the
  // name ("O.J." of "O.J. Simpson", tagged as "Simpson").
  std::string_view given_name(const Name& n) const {
    if (n.span.start == doc_.tokens[n.surname].start) return {};  // a surname alone, most names asked about
    const Mention* m = mention_ending_at(doc_.tokens[n.surname].end());
    const bool longer = m != nullptr && m->type == EntityType::PER && m->span.start < doc_.tokens[n.surname].start;
    const std::string_view s = longer ? doc_.slice(m->span.start, m->span.end) : doc_.slice(n.span.start, n.span.end);
    return s.substr(0, s.find(' '));
  }

  // "Quincy" and "Quincy", or an initial and a name it begins ("Q." and "Quincy").
  static bool same_given_name(std::string_view a, std::string_view b) {
    const auto initial = [](std::string_view w) { return w.size() == 1 || (w.size() == 2 && w[1] == '.'); };
    return entities::same_form(a, b) || ((initial(a) || initial(b)) && a[0] == b[0]);
  }

  // The sex a title before the name `n` or its given name tells ("Mr.
  // Jones", "Sarah Frances Jones").
  uint8_t name_sex(const Name& n) const {
    const uint32_t start = doc_.first_token_from(n.span.start);
    return title_before(start) | (start < n.surname ? first_name_sex(start, n.surname) : 0);
  }

  // Takes note of the person `n` names, if new, with its roles and nation.
  int add_person(const Name& n) {
    const std::string_view surname = word(n.surname);
    int id = find_person(n);
    if (id < 0) {
      id = static_cast<int>(people_.size());
      const int first = find_person(surname);
      people_.push_back({surname, n.span, given_name(n), -1, name_sex(n), 0, 0, {}, 0});
      if (first >= 0) {  // a namesake, reached from the first, which by_surname_ keeps
        int last = first;
        while (people_[last].namesake >= 0) last = people_[last].namesake;
        people_[last].namesake = id;
      } else if (2 * people_.size() > by_surname_.size()) {
        index_surnames();
      } else {
        by_surname_[surname_slot(surname)] = id;
      }
    }
    Person& p = people_[id];
    if (p.given.empty()) p.given = given_name(n);
    p.roles |= n.roles;
    p.declared |= n.roles;
    for (RoleBits r = n.roles; r != 0; r &= r - 1) {
      int& holder = holders_[__builtin_ctzll(r)];
      holder = holder == -1 || holder == id ? id : kManyHolders;
    }
    if (!n.nation.empty()) p.nation = n.nation;
    return id;
  }

  // "the prime minister will tell the conference" where the text names one
  // prime minister by title or description ("Prime Minister Keir Starmer",
  // "Keir Starmer, the prime minister,"), beyond the recent persons or later
  // on: that one, when the text gives no one else the role, nor the holder
  // another nation than the description's.
  int only_holder(RoleBits roles, std::string_view nation) const { return only_holder(roles, nation, holders_); }

  int only_holder(RoleBits roles, std::string_view nation, const std::array<int, 64>& holders) const {
    int holder = -1;
    for (RoleBits r = roles; r != 0; r &= r - 1) {
      const int h = holders[__builtin_ctzll(r)];
      if (h == kManyHolders || (h >= 0 && holder >= 0 && h != holder)) return -1;
      if (h >= 0) holder = h;
    }
    if (holder < 0) return -1;
    const std::string_view of = people_[holder].nation;
    return nation.empty() || of.empty() || same_nation(nation, of) ? holder : -1;
  }

  void mentioned(int id, Span span) {
    Person& p = people_[id];
    // A name in the page's furniture ("Explore more on these topics / Keir
    // Starmer") is no mention a speaker's span may point to: it has no entity.
    if (!in_furniture_ || p.last.empty()) p.last = span;
    ++p.mentions;
    auto it = std::find(recent_.begin(), recent_.end(), id);
    if (it == recent_.end()) {
      if (recent_.size() == kRecent) recent_.pop_back();
      recent_.insert(recent_.begin(), id);
    } else {
      std::rotate(recent_.begin(), it, it + 1);
    }
  }

  // A run of capitalized words outside quotes: a titled name introduces a
  // person ("Iranian President Ebrahim Raisi", "his Iranian counterpart
  // Hossein Amir-Abdollahian"); a known surname is a new mention.
  void observe_run(uint32_t first, uint32_t last, uint32_t lo, uint32_t hi) {
    Name n = read_name(first, last);
    if (!n.ok()) return;
    if (first > lo) {
      const RoleBits role = role_at(first - 1);
      if (role != 0 && !capitalized(first - 1)) {
        n.roles |= role;
        if (first - 1 > lo && has(first - 2, kNationality)) n.nation = word(first - 2);
      }
    }
    add_appositive_role(n, last, hi);
    int id = find_person(n);
    // "His mother, Sarah Frances Jones," after "Quincy Jones": a namesake,
    // whom "Mrs. Jones" names later.
    if (n.roles != 0 || (id < 0 && find_person(word(n.surname)) >= 0)) id = add_person(n);
    if (id >= 0) mentioned(id, as_named(n, id));
  }

  // "Keir Starmer, the prime minister, will use", "Rachel Reeves, the
  // chancellor of the exchequer, is expected": a description set off by a
  // comma after the name `n`, ending at `last`, gives the person its role,
  // as a title before the name does; so does one with "a" ("Mark Weston,
  // a Conservative councillor, said": "the councillor" who speaks next).
  // Not "Sue Gray, the prime minister's former chief of staff": the
  // description must end at its role noun.
  void add_appositive_role(Name& n, uint32_t last, uint32_t hi) const {
    const uint32_t det = last + 2;
    // By the comma's byte first: the test runs after every name.
    if (det >= hi || doc_.text[doc_.tokens[last + 1].start] != ',') return;
    const bool definite = word(det) == "the";
    if (!definite && !(word(det) == "a" || word(det) == "an")) return;
    const Subject d = description_after(det, hi, det);
    // With "a", description_after() reads an unnamed source.
    if (d.kind != (definite ? SubjectKind::description : SubjectKind::generic) || d.roles == 0) return;
    const uint32_t after = d.head + 1;
    if (after < hi && is_word(after) && !is_preposition(word(after)) && word(after) != "and") return;
    n.roles |= d.roles;
    if (!d.nation.empty()) n.nation = d.nation;
  }

  // The span that names person `id` at `n`: "said King" after "Billie Jean
  // King" is named as before, as the tagger leaves out a title alone.
  Span as_named(const Name& n, int id) const {
    const bool lone_title = has(n.surname, kTitle) && n.span.start == doc_.tokens[n.surname].start;
    return lone_title ? people_[id].last : n.span;
  }

  // "Reporters asked Theresa May", "Police questioned Ali Kemal": the person
  // after the verb is the one whose answer the next quotation gives, unless
  // asked to do something ("asked Iranian President Ebrahim Raisi to pass
  // it on") or the asking is what a speaker after it reports.
  // The person the run [first, last] names after "asked", taken note of, or
  // -1: one the tagger found, by its whole mention ("Theresa May", where a
  // run stops at the month), not one asked to do something.
  int person_asked(uint32_t first, uint32_t last, const text::Sentence& s) {
    Name n = read_name(first, last);
    const Mention* m = n.ok() ? mention_at(n.span.start) : nullptr;
    uint32_t start = 0;
    if (m == nullptr || m->type != EntityType::PER || !tokens_of(m->span, s, start, last)) return -1;
    // "to" after the name, or after a word of it the tagger left out ("Theresa")
    const uint32_t after = last + 1 < s.end_token && capitalized(last + 1) ? last + 2 : last + 1;
    if (after < s.end_token && word(after) == "to") return -1;
    n.span = m->span;
    n.surname = last;
    const int id = add_person(n);
    mentioned(id, n.span);
    return id;
  }

  // --- subjects --------------------------------------------------------------
  // "the Russian president", "Russia’s president", "his Iranian counterpart",
  // ending at the role noun `head`.
  Subject description_before(uint32_t head, uint32_t lo) const {
    Subject s;
    s.roles = role_at(head);
    s.head = head;
    uint32_t k = head;
    for (uint32_t steps = 0; k > lo && steps <= kMaxModifiers; ++steps) {
      --k;
      const std::string_view w = word(k);
      if (has(k, kNationality)) {
        s.nation = w;
      } else if (possessive(k) && k > lo && capitalized(k - 1)) {
        s.nation = word(k - 1);
        s.kind = SubjectKind::description;
        return s;
      } else if (w == "the" || w == "The" || w == "his" || w == "His" || w == "her" || w == "Her") {
        s.kind = SubjectKind::description;
        return s;
      } else if (indefinite(k) || w == "A" || w == "An" || w == "One" || w == "Another") {
        s.kind = SubjectKind::generic;  // "a senior official", "one trader": an unnamed source
        return s;
      } else if (const Mention* m = capitalized(k) ? mention_ending_at(doc_.tokens[k].end()) : nullptr;
                 m != nullptr && m->type == EntityType::ORG && m->span.start >= doc_.tokens[lo].start) {
        // "the Chelsea head coach", "the Manchester City manager": whom the person works for.
        s.of_organization = true;
        s.name.span = m->span;
        k = doc_.first_token_from(m->span.start);
      } else if (const Mention* p = capitalized(k) && (s.roles & kSpokespersonRoles)
                                        ? mention_ending_at(doc_.tokens[k].end())
                                        : nullptr;
                 p != nullptr && p->type == EntityType::PER && p->span.start >= doc_.tokens[lo].start) {
        // "a Johnson spokesperson": a person's spokesperson, not the person
        // ("a spokeswoman for Prince Rainier"), whose article says who.
        k = doc_.first_token_from(p->span.start);
      } else if (party_adjective(k, head, lo)) {
        continue;  // "the Democratic senator", "a Conservative councillor"
      } else if (!(is_word(k) && (text::is_lower_ascii(static_cast<unsigned char>(w[0])) || has(k, kTitle)))) {
        break;  // only lower-case modifiers ("foreign", "former"), titles ("the Prime Minister") and nationalities
      } else if (k == lo && capitalized(k)) {
        // "Prime minister says ‘difficult decisions’ were right": a
        // headline's or a standfirst's subject, with no article.
        s.kind = SubjectKind::description;
        return s;
      }
    }
    return {};
  }

  // "Democratic", "Republican", "Conservative" at `k` just before the role
  // noun `head`: a word the tagger read as a MISC name or as none, which
  // tells a party or a creed, not whom the person works for.
  bool party_adjective(uint32_t k, uint32_t head, uint32_t lo) const {
    if (k + 1 != head || !capitalized(k) || k == lo) return false;
    const Mention* m = mention_ending_at(doc_.tokens[k].end());
    return m == nullptr || (m->type == EntityType::MISC && m->span.start == doc_.tokens[k].start);
  }

  // A description that starts at the determiner `det`: "the Iranian president".
  // After "a" or "one", a generic noun is an unnamed source too ("said a
  // source"); not after "the" ("The two leaders discussed ..., emphasizing").
  // "said the Foreign Office spokesman", "said an ITV spokesperson": the
  // organization named before a spokesperson speaks, as before the verb.
  Subject description_after(uint32_t det, uint32_t hi, uint32_t lo) const {
    for (uint32_t k = det + 1; k < hi && k <= det + 1 + kMaxModifiers; ++k) {
      const bool titled = capitalized(k) && titled_description(k, det) && !(k + 1 < hi && name_word(k + 1));
      if (role_at(k) != 0 && (!capitalized(k) || titled)) {
        const Subject org = k > det + 1 ? spokesperson_of_name_before(k) : Subject{};
        return org.kind != SubjectKind::none ? org : description_before(k, lo);
      }
      if (indefinite(det) && has(k, kGeneric) && !capitalized(k)) return {SubjectKind::generic, {}, 0, {}};
      if (!is_word(k)) break;
    }
    return {};
  }

  // "the Prime Minister", "the Foreign Secretary": a capitalized role after
  // "the" and titles only, ending at `head`, describes as a lower-case one
  // does (British and Australian style). Not one before a name ("the Prime
  // Minister Keir Starmer"), which the callers see to.
  bool titled_description(uint32_t head, uint32_t lo) const {
    for (uint32_t k = head; k > lo && head - k <= kMaxModifiers;) {
      --k;
      if (word(k) == "the" || word(k) == "The") return true;
      if (!(capitalized(k) && has(k, kTitle))) return false;
    }
    return false;
  }

  // "her neighbor", "my colleague", "his wife": a person known by their tie
  // to another, the noun at `k` after a possessive.
  bool relation_of(uint32_t k) const { return has(k, kRelation) && has_possessive_before(k); }

  // "her", "my", "Their" ... just before token `k`.
  bool has_possessive_before(uint32_t k) const {
    static constexpr std::string_view kPossessives[] = {"her", "his", "my", "their", "our", "Her", "His", "My",
                                                        "Their", "Our"};
    const std::string_view before = word(k - 1);
    return std::find(std::begin(kPossessives), std::end(kPossessives), before) != std::end(kPossessives);
  }

  // "a", "an", "one", "another" in lower case: before someone unnamed.
  bool indefinite(uint32_t k) const {
    const std::string_view w = word(k);
    return w == "a" || w == "an" || w == "one" || w == "another";
  }

  // The subject that ends just before `k` (inclusive), if any.
  Subject subject_ending_at(uint32_t k, uint32_t lo) const {
    Subject s;
    if (quoted(k)) return s;
    if (has(k, kPersonPronoun | kItPronoun)) {
      s.kind = SubjectKind::pronoun;
      s.head = k;
    } else if (has(k, kGeneric) && !ends_name(k, lo)) {
      s.kind = SubjectKind::generic;
    } else if (role_at(k) != 0 && (!capitalized(k) || titled_description(k, lo))) {
      s = spokesperson_of_name_before(k);
      if (s.kind == SubjectKind::none) s = description_before(k, lo);
      // "my editor told me", "Their coach said": someone known by whose
      // they are, whom the text does not name.
      if (s.kind == SubjectKind::none && k > lo && has_possessive_before(k)) s.kind = SubjectKind::generic;
    } else if (has(k, kOrganizationHead | kDocument) && k > lo) {
      s = organization_before(k);
      if (s.kind == SubjectKind::none && unnamed_organization(k, lo)) {
        s.kind = SubjectKind::organization;
        s.head = k;
      }
    } else if (k > lo && relation_of(k)) {
      s.kind = SubjectKind::generic;  // "her neighbor had told her": someone the text does not name
    } else if (is_one(k, lo)) {
      s.kind = SubjectKind::generic;  // "Labour MPs were divided. One, who asked not to be named, said"
    } else if (unnamed_one(k, lo)) {
      s.kind = SubjectKind::generic;
    } else if (const Subject p = subject_with_phrase(k, lo); p.kind != SubjectKind::none) {
      s = p;
    } else if (const Subject d = demonym_ending_at(k, lo); d.kind != SubjectKind::none) {
      s = d;
    } else if (name_word(k) && (!has(k, kTitle) || surname_of_person(k))) {
      const uint32_t first = run_start(k, lo);
      // "Transport for Wales said", "the Bank of England said": an
      // organization's name with a lower-case word inside, which the tagger
      // found whole; or a place's standing for the body there ("the
      // Countess of Chester Hospital said", which the tagger may read as
      // a building).
      if (const Subject org = named_by_mention_ending_at(k, /*or_place=*/true);
          org.kind != SubjectKind::none && org.name.span.start < doc_.tokens[first].start &&
          org.name.span.start >= doc_.tokens[lo].start) {
        return org;
      }
      s.name = read_name(first, k);
      if (first > lo && is_preposition(word(first - 1))) {
        if (const Name titled = name_after_titled_phrase(first - 1, first, s.name); titled.ok()) {
          return {SubjectKind::name, titled, 0, {}};
        }
        return of_phrase(first - 1, first, k, lo);
      }
      // "a black soldier heading South wrote": a name after a participle ends
      // a phrase about someone unnamed before it.
      if (first > lo + 1 && participle(first - 1) && unnamed_one(first - 2, lo)) {
        return {SubjectKind::generic, {}, 0, {}};
      }
      // "A spokesman of the Iraqi National Congress", "Maria Szabo of the OSCE"
      const bool after_the = first > lo + 1 && word(first - 1) == "the";
      if (after_the && is_preposition(word(first - 2))) {
        if (const Name titled = name_after_titled_phrase(first - 2, first, s.name); titled.ok()) {
          return {SubjectKind::name, titled, 0, {}};
        }
        return of_phrase(first - 2, first, k, lo);
      }
      if (s.name.ok()) s.kind = SubjectKind::name;
    }
    return s;
  }

  // "Bank of England Governor Andrew Bailey said", "Minister for Health
  // Jennifer Carroll MacNeill said", "Chancellor of the Exchequer Rachel
  // Reeves said": the name after a title's phrase of capitalized words, read
  // as the run from `first` after the preposition at `preposition`: the
  // name after a title inside the run or, after a title of its own before
  // the preposition, the person the tagger found ending the run. Else an
  // empty name: not "a spokesman for President Joe Biden", whose head is
  // lower case.
  Name name_after_titled_phrase(uint32_t preposition, uint32_t first, const Name& name) const {
    if (!name.ok() || preposition == 0 || !capitalized(preposition - 1)) return {};
    if (name.roles != 0) return name;
    if (role_at(preposition - 1) == 0) return {};
    const Mention* m = mention_ending_at(doc_.tokens[name.surname].end());
    if (m == nullptr || m->type != EntityType::PER || m->span.start <= doc_.tokens[first].start) return {};
    Name person = name;
    person.span = m->span;
    return person;
  }

  // Whom a spokesperson may speak for: an organization, or a place standing
  // for the body there ("a spokesperson for the Royal Free Hospital", "a
  // spokesman for Downing Street"), which the tagger may read as a place.
  // Not a person ("a spokeswoman for Prince Rainier").
  static bool speaks_through_spokespeople(const Mention& m) {
    return m.type == EntityType::ORG || m.type == EntityType::LOC;
  }

  // "said the spokesman for the European Commission": the organization the
  // tagger found after the spokesperson `head` and its preposition speaks,
  // as "a spokesman for Merrill Lynch said" has it before the verb.
  Subject organization_spoken_for(uint32_t head, uint32_t hi) const {
    if (!(role_at(head) & kSpokespersonRoles) || head + 2 >= hi) return {};
    const std::string_view p = word(head + 1);
    if (p != "for" && p != "of" && p != "at" && p != "with") return {};
    const uint32_t k = word(head + 2) == "the" && head + 3 < hi ? head + 3 : head + 2;
    const Mention* m = capitalized(k) && !quoted(k) ? mention_at(doc_.tokens[k].start) : nullptr;
    if (m == nullptr || !speaks_through_spokespeople(*m)) return {};
    Subject s;
    s.kind = SubjectKind::name;
    s.name.span = m->span;
    s.name.surname = token_ending_at(m->span.end);
    return s;
  }

  // "according to the company", "according to a statement from the
  // ministry": an organization the text does not name there, by its head
  // or its document after a determiner and a few words that describe, as
  // "the company said" has it before the verb.
  Subject organization_after(uint32_t k, uint32_t hi) const {
    for (uint32_t steps = 0; k < hi && steps <= kMaxModifiers; ++k, ++steps) {
      if (has(k, kOrganizationHead | kDocument)) return {SubjectKind::organization, {}, 0, {}, k};
      if (!describes(k)) return {};
    }
    return {};
  }

  // "the statement", "a government statement", "the state news agency":
  // an organization head or a document after a determiner and a few
  // lower-case words, of an organization the text does not name there.
  bool unnamed_organization(uint32_t head, uint32_t lo) const {
    for (uint32_t k = head; k > lo && head - k <= kMaxModifiers;) {
      const std::string_view w = word(--k);
      if (w == "the" || w == "The" || w == "a" || w == "A" || w == "an" || w == "An") return true;
      if (!describes(k) && !has(k, kNationality)) return false;  // "the Japanese group"
    }
    return false;
  }

  // "An ITV spokesperson said", "a Tesco spokeswoman said", "a Kremlin
  // spokesman said": the organization (or the place standing for one, as
  // the tagger may tag it) named just before a spokesperson speaks, as it
  // does through "a spokesman for Merrill Lynch".
  //
  // But "the Kremlin spokesman" after "Kremlin spokesman Dmitry Peskov" is
  // the person named so: see spokesperson_named_for().
  Subject spokesperson_of_name_before(uint32_t head) const {
    if (!(role_at(head) & kSpokespersonRoles) || head == 0) return {};
    const Subject organization = named_by_mention_ending_at(head - 1, /*or_place=*/true);
    if (organization.kind == SubjectKind::none) return organization;
    const uint32_t first = doc_.first_token_from(organization.name.span.start);
    if (first == 0 || !(word(first - 1) == "the" || word(first - 1) == "The")) return organization;
    const Mention* org = mention_at(organization.name.span.start);
    const Subject person = org != nullptr ? spokesperson_named_for(*org) : Subject{};
    return person.kind != SubjectKind::none ? person : organization;
  }

  // The person an earlier mention of the organization `org` (the same
  // entity) introduced as its spokesperson: "Kremlin spokesman Dmitry
  // Peskov", the organization, a spokesperson's role, then the person's
  // name. The latest such before `org`; none when there is none.
  Subject spokesperson_named_for(const Mention& org) const {
    Subject s;
    if (org.entity < 0) return s;
    for (const Mention* m = &org; m != mentions_.data();) {
      --m;
      if (m->entity != org.entity) continue;
      const uint32_t role = token_ending_at(m->span.end) + 1;
      if (role + 1 >= doc_.tokens.size() || !(role_at(role) & kSpokespersonRoles)) continue;
      const Mention* person = mention_at(doc_.tokens[role + 1].start);
      if (person == nullptr || person->type != EntityType::PER) continue;
      s.kind = SubjectKind::name;
      s.name.span = person->span;
      s.name.surname = token_ending_at(person->span.end);
      return s;
    }
    return s;
  }

  // "La Nacion newspaper said", "Itar-Tass news agency said", "A Mujahideen
  // Khalq statement said": the organization the tagger found just before
  // the noun `head` speaks, by its whole name.
  Subject organization_before(uint32_t head) const {
    uint32_t k = head - 1;
    if (word(k) == "news" && k > 0) --k;  // "news agency"
    return named_by_mention_ending_at(k, /*or_place=*/false);  // not "The Iraqi statement said"
  }

  // The organization (or, `or_place`, the place) the tagger found ending
  // at token `k`, as a named subject.
  Subject named_by_mention_ending_at(uint32_t k, bool or_place) const {
    if (quoted(k) || !capitalized(k)) return {};
    const Mention* m = mention_ending_at(doc_.tokens[k].end());
    if (m == nullptr || (m->type != EntityType::ORG && !(or_place && m->type == EntityType::LOC))) return {};
    Subject s;
    s.kind = SubjectKind::name;
    s.name.span = m->span;
    s.name.surname = k;
    return s;
  }

  // "“...,” a fisherman tells", "An elderly resident said": a lower-case
  // noun after "a" or "an" and a few lower-case modifiers, ending at `head`,
  // is someone unnamed, whatever the noun (roles are read as descriptions
  // before). Only as the clause's subject: "a" opens the sentence or
  // follows a comma or quote mark, not a verb ("caught a taxi back to
  // London saying"), and no verb comes between ("a condition that has
  // only been reported").
  bool unnamed_one(uint32_t head, uint32_t lo) const {
    if (!modifier_word(head) || has(head, kCue)) return false;
    for (uint32_t k = head, steps = 0; k > lo && steps <= kMaxModifiers; ++steps) {
      const std::string_view w = word(--k);
      if (w == "a" || w == "A" || w == "an" || w == "An" || w == "one" || w == "One") {
        return opens_clause(k, lo) || opens_reported_clause(k, lo);
      }
      if (!(modifier_word(k) || names_side(k)) || is_preposition(w)) return false;
    }
    return false;
  }

  // "one senior Labour backbencher", "a Tory source": a party or another
  // body the tagger found, one word, among the words before someone unnamed.
  bool names_side(uint32_t k) const {
    if (!capitalized(k) || quoted(k)) return false;
    const Mention* m = mention_at(doc_.tokens[k].start);
    return m != nullptr && m->span.end == doc_.tokens[k].end() &&
           (m->type == EntityType::ORG || m->type == EntityType::MISC);
  }

  // "One" as a subject of its own: opening the clause ("One, who asked not to
  // be named, said"; "“...,” one said").
  bool is_one(uint32_t k, uint32_t lo) const {
    return (word(k) == "One" || word(k) == "one") && opens_clause(k, lo);
  }

  // "sources familiar with the matter", "a source close to the talks", "a
  // senior official with the ministry", "one of them": an unnamed subject
  // and a phrase after its noun that ends at `k`, lower-case (a phrase
  // ending in a name is of_phrase()'s) and opening with "close",
  // "familiar" or a preposition.
  Subject subject_with_phrase(uint32_t k, uint32_t lo) const {
    constexpr uint32_t kMaxPhrase = 8;
    if (capitalized(k)) return {};
    for (uint32_t j = k; j > lo + 1 && k - j < kMaxPhrase; --j) {
      if (!is_word(j) || quoted(j) || has(j, kCue)) return {};
      const std::string_view w = word(j);
      if (!(w == "close" || w == "familiar" || is_preposition(w))) continue;
      const uint32_t head = j - 1;
      if (capitalized(head) && !is_one(head, lo)) return {};
      // A person's noun: not "A resolution released by the council called for".
      // "The son of one resident": a person known by their tie to another.
      const bool person = has(head, kGeneric | kRelation) || is_one(head, lo) ||
                          (role_at(head) != 0 && unnamed_one(head, lo));
      if (person) return {SubjectKind::generic, {}, 0, {}};
    }
    return {};
  }

  // A lower-case word outside quotes that may describe a person: no
  // determiner, auxiliary or relative pronoun.
  bool modifier_word(uint32_t k) const {
    if (!is_word(k) || quoted(k) || has(k, kSkippable)) return false;
    const std::string_view w = word(k);
    return text::is_lower_ascii(static_cast<unsigned char>(w[0])) && w != "a" && w != "an" && w != "the" &&
           w != "that" && w != "which" && w != "who" && w != "been" && w != "is" && w != "are";
  }

  // "Ms Ruiz said a detective had told her": "a" right after a cue that
  // reports a clause (not one before its listener: "told a reporter").
  bool opens_reported_clause(uint32_t k, uint32_t lo) const {
    if (k == lo || !has(k - 1, kCue)) return false;
    const std::string_view cue = word(k - 1);
    return cue == "said" || cue == "says";
  }

  bool opens_clause(uint32_t k, uint32_t lo) const {
    if (k == lo || word(k - 1) == "," || doc_.tokens[k - 1].kind == TokenKind::quote) return true;
    // "But one senior backbencher said": after the sentence's conjunction.
    const std::string_view before = word(k - 1);
    return k == lo + 1 && (before == "But" || before == "And" || before == "Yet");
  }

  // A lower-case word ending in "-ing": "heading", "visiting".
  bool participle(uint32_t k) const {
    const std::string_view w = word(k);
    return is_word(k) && text::is_lower_ascii(static_cast<unsigned char>(w[0])) && w.size() > 4 &&
           w.substr(w.size() - 3) == "ing";
  }

  // An en or em dash, which sets off an aside as commas do.
  static bool is_dash(std::string_view w) { return w == "\xE2\x80\x93" || w == "\xE2\x80\x94"; }

  static bool is_preposition(std::string_view w) {
    return w == "of" || w == "in" || w == "at" || w == "from" || w == "for" || w == "with" || w == "to" ||
           w == "by" || w == "on";
  }

  // "The mayor of Ashford Vale", "a police spokesman in Linz": the head
  // before the preposition is the subject. But "a spokesman for Merrill
  // Lynch", of an organization the tagger found in the name [first, last]:
  // the organization speaks, as in "Merrill Lynch said", since it speaks
  // only through its spokespeople. A person's spokesman is not the person
  // ("a spokeswoman for Prince Rainier").
  Subject of_phrase(uint32_t preposition, uint32_t first, uint32_t last, uint32_t lo) const {
    if (preposition == lo) return {};
    const uint32_t head = preposition - 1;
    if (role_at(head) == 0 || capitalized(head)) {
      if (const Subject person = person_before_phrase(head, lo); person.kind != SubjectKind::none) return person;
      const bool unnamed = unnamed_one(head, lo);  // "a fisherman in Brest"
      return unnamed ? Subject{SubjectKind::generic, {}, 0, {}} : Subject{};
    }
    const std::string_view p = word(preposition);
    const bool speaks_for = (role_at(head) & kSpokespersonRoles) && (p == "of" || p == "for" || p == "with" || p == "at");
    const Mention* m = speaks_for ? mention_at(doc_.tokens[first].start) : nullptr;
    if (m != nullptr && speaks_through_spokespeople(*m) && m->span.end == doc_.tokens[last].end()) {
      Subject s;
      s.kind = SubjectKind::name;
      s.name.span = m->span;
      s.name.surname = last;
      return s;
    }
    return description_before(head, lo);
  }

  // A word of a name's, after the name's other words: "West Yorkshire
  // Police", not "police" or "The police".
  bool ends_name(uint32_t k, uint32_t lo) const { return k > lo && capitalized(k) && name_word(k - 1); }

  // "Mark Evans of West Yorkshire Police said", "Maria Szabo of the OSCE
  // said": a person the tagger found, ending at `head` just before the
  // preposition, speaks; the phrase tells where they work.
  Subject person_before_phrase(uint32_t head, uint32_t lo) const {
    const Mention* m = mention_ending_at(doc_.tokens[head].end());
    if (m == nullptr || m->type != EntityType::PER || !name_word(head)) return {};
    Subject s;
    s.name = read_name(run_start(head, lo), head);
    if (s.name.ok()) s.kind = SubjectKind::name;
    return s;
  }

  // The token before `v` once adverbs and auxiliaries are skipped ("has
  // repeatedly said"), or `v` when there is none.
  uint32_t before_adverbs(uint32_t v, uint32_t lo) const {
    uint32_t k = v;
    for (uint32_t skipped = 0; k > lo; ++skipped) {
      --k;
      if (k > lo && time_of_speech(k)) {  // its first word is skipped too
        --k;
        continue;
      }
      if (!(has(k, kSkippable) || manner_adverb(k, lo)) || skipped == kMaxSkipped) return k;
    }
    return v;
  }

  // "Rachel Reeves last night insisted", "Smith on Monday said": when she
  // spoke, two words ending at `k` between the subject and the verb.
  bool time_of_speech(uint32_t k) const {
    static constexpr std::string_view kParts[] = {"night", "morning", "afternoon", "evening", "week", "weekend"};
    const std::string_view w = word(k), before = word(k - 1);
    if (before == "on") return text::is_weekday(w);
    return (before == "last" || before == "this") &&
           std::find(std::begin(kParts), std::end(kParts), w) != std::end(kParts);
  }

  // "Louis Leakey, famously replied", "Smith angrily said", "she quietly
  // added": a word in "-ly" right after a subject (a name, a pronoun or a
  // clause's comma), not a noun after a determiner ("the family said", "an
  // ally said").
  bool manner_adverb(uint32_t k, uint32_t lo) const {
    constexpr size_t kShortest = 5;  // "early" at least; not "ally"
    const std::string_view w = word(k);
    if (k == lo || w.size() < kShortest || w[w.size() - 2] != 'l' || w.back() != 'y' ||
        !text::is_lower_ascii(static_cast<unsigned char>(w[0])) || quoted(k)) {
      return false;
    }
    return word(k - 1) == "," || capitalized(k - 1) || has(k - 1, kPersonPronoun);
  }

  // "Lavrov said", "Lavrov has repeatedly said", and through a relative
  // clause, "Russian security chief Alexander Lebed, who said".
  Subject subject_before(uint32_t v, uint32_t lo) const {
    const uint32_t k = before_adverbs(v, lo);
    if (k == v) return {};
    if (k >= lo + 2 && word(k) == "who" && word(k - 1) == ",") return subject_ending_at(k - 2, lo);
    // "The Office for Budget Responsibility (OBR) said", "Rep. Nancy Pelosi (D-Calif.) said"
    return subject_ending_at(before_party(k, lo), lo);
  }

  // "The opposition leader, Paulo Mendes, said", "Her mentor, the
  // paleoanthropologist Louis Leakey, replied": a name set off by commas
  // just before the verb, maybe after a description of its own, is the
  // subject, whatever describes it.
  Subject appositive_name(uint32_t comma, uint32_t lo) const {
    if (comma < lo + 2 || quoted(comma - 1) || !name_word(comma - 1)) return {};
    const uint32_t first = run_start(comma - 1, lo);
    if (first == lo || (word(first - 1) != "," && !described_after_comma(first, lo))) return {};
    Subject s;
    s.name = read_name(first, comma - 1);
    if (s.name.ok()) s.kind = SubjectKind::name;
    return s;
  }

  // "..., the paleoanthropologist Louis Leakey": a name at `first` after
  // "the" or "a" and a few words that describe, right after a comma.
  bool described_after_comma(uint32_t first, uint32_t lo) const {
    uint32_t k = first;
    while (k > lo && first - k < kMaxModifiers && describes(k - 1)) --k;
    if (k == first || k < lo + 2) return false;
    const std::string_view det = word(k - 1);
    return (det == "the" || det == "a" || det == "an") && word(k - 2) == ",";
  }

  // "The opposition Liberals, who have called for elections, said": the
  // subject before a clause set off by commas ending at `comma`, or by
  // dashes ("Rosie Duffield – now sitting as an independent – asked").
  // Two such clauses at most: "Sen. Chuck Schumer, D-N.Y., the majority
  // leader, called it".
  Subject subject_before_clause(uint32_t comma, uint32_t lo) const {
    constexpr int kMaxClauses = 2;
    const std::string_view mark = word(comma);
    int clauses = 0;
    for (uint32_t k = comma, steps = 0; k > lo + 1 && steps < kMaxClause; --k, ++steps) {
      if (word(k - 1) == mark) {
        if (quoted(k - 2)) return {};
        Subject s = subject_ending_at(before_party(k - 2, lo), lo);
        if (word(k) == "who" && names_place(s)) s = person_opening(lo, k - 1);
        if (s.kind != SubjectKind::none || ++clauses == kMaxClauses) return s;
        steps = 0;
        continue;
      }
      if (doc_.tokens[k - 1].kind == TokenKind::quote) return {};
    }
    return {};
  }

  // Whether the subject is a name the tagger found as a place.
  bool names_place(const Subject& s) const {
    if (s.kind != SubjectKind::name) return false;
    const Mention* m = tagged_as(s.name.span);
    return m != nullptr && m->type == EntityType::LOC;
  }

  // "Professor Wolfgang Haak of the Max Planck Institute in Leipzig,
  // Germany, who was not involved in the study, called it": "who" is a
  // person's, not the place's that ends the phrase of where they work; the
  // person the tagger found opening the sentence at `lo`, before `before`.
  Subject person_opening(uint32_t lo, uint32_t before) const {
    if (!name_word(lo) && !has(lo, kTitle)) return {};
    const uint32_t last = run_end(lo, before);
    const Mention* m = mention_ending_at(doc_.tokens[last].end());
    if (m == nullptr || m->type != EntityType::PER) return {};
    Subject s;
    s.name = read_name(lo, last);
    if (s.name.ok()) s.kind = SubjectKind::name;
    return s;
  }

  // "Rep. Nancy Pelosi (D-Calif.), who has faced criticism, said", "the
  // Office for Budget Responsibility (OBR) said": the token before a short
  // parenthesis ending at `k` (a party and state, an acronym), or `k`.
  uint32_t before_party(uint32_t k, uint32_t lo) const {
    constexpr uint32_t kMaxParenthesis = 8;  // "( D - Calif . )"
    if (word(k) != ")") return k;
    for (uint32_t j = k; j > lo + 1 && k - j < kMaxParenthesis;) {
      if (word(--j) == "(") return j - 1;
    }
    return k;
  }

  // Inverted order: "said Lavrov", "said the minister", "according to X".
  Subject subject_after(uint32_t k, uint32_t hi) const {
    Subject s;
    if (k >= hi || quoted(k)) return s;
    const std::string_view w = word(k);
    if (has(k, kPersonPronoun | kItPronoun)) {
      s.kind = SubjectKind::pronoun;
      s.head = k;
    } else if (w == "the" || w == "The" || w == "his" || w == "her" || indefinite(k)) {
      // "said the chief executive, Ken Murphy": the name set off after the description.
      if (const Subject named = name_after_description(k + 1, hi, w[0] != 'h');
          named.kind == SubjectKind::name && word(doc_.first_token_from(named.name.span.start) - 1) == ",") {
        return named;
      }
      s = description_after(k, hi, k);
      if (s.kind == SubjectKind::description) {
        if (const Subject org = organization_spoken_for(s.head, hi); org.kind != SubjectKind::none) return org;
      }
      // "his mother Nurbika Mamatuyeva", "the 22-year-old Medvedev", "a cheery Hingis"
      if (s.kind == SubjectKind::none) s = name_after_description(k + 1, hi, w[0] != 'h');
      if (s.kind == SubjectKind::none) s = demonym_after(k, hi);
      // "said the family", "said the officials": someone unnamed.
      if (s.kind == SubjectKind::none && k + 1 < hi && has(k + 1, kGeneric)) s.kind = SubjectKind::generic;
    } else if (role_at(k) != 0 && !capitalized(k) && !(k + 1 < hi && name_word(k + 1))) {
      s.kind = SubjectKind::description;  // headline style: "says mayor"
      s.roles = role_at(k);
      s.head = k;
    } else if (is_word(k) && (text::is_lower_ascii(static_cast<unsigned char>(w[0])) || text::is_digit(w[0]))) {
      s = name_after_description(k, hi, false);  // "said pet shop owner Shane Drew", "said 25-year-old Ali Kemal"
      // Else someone unnamed: "said officials", "said people familiar with the matter".
      if (s.kind == SubjectKind::none && has(k, kGeneric)) s.kind = SubjectKind::generic;
    } else if (name_word(k) || has(k, kTitle)) {
      uint32_t last = run_end(k, hi);
      // "Green leader Tomas Berg", "Shop owner Raj Patel": the name follows the role.
      if (last + 2 < hi && role_at(last + 1) != 0 && !capitalized(last + 1) && name_word(last + 2)) {
        k = last + 2;
        last = run_end(k, hi);
      }
      // "said Stenning's lawyer, Benedict Birnberg": the name after the possessive's words.
      if (possessive(last)) return name_after_description(last + 1, hi, false);
      s = name_after_side(last + 1, hi);
      if (s.kind != SubjectKind::none) return s;
      s.name = read_name(k, last);
      if (s.name.ok()) s.kind = SubjectKind::name;
    }
    return s;
  }

  // "said Taibe supporter Karem Haj Yihye", "said PDSR executive president
  // Adrian Nastase": after a run naming the person's side, from `k`, a full
  // name after words that describe the person. The name must end the clause
  // and no word before it read as a verb, as in "said Britain wanted Tony
  // Blair to" or "said Moscow had asked Boris Yeltsin".
  Subject name_after_side(uint32_t k, uint32_t hi) const {
    if (k >= hi || !is_word(k) || !text::is_lower_ascii(static_cast<unsigned char>(word(k)[0]))) return {};
    for (uint32_t i = k; i < hi && !name_word(i); ++i) {
      const std::string_view w = word(i);
      if (has(i, kSkippable) || (w.size() > 3 && w.substr(w.size() - 2) == "ed")) return {};
    }
    Subject s = name_after_description(k, hi, false);
    if (s.kind == SubjectKind::none) return s;
    return ends_clause(s.name.surname + 1, hi) ? s : Subject{};
  }

  bool ends_clause(uint32_t after, uint32_t hi) const {
    return after >= hi || word(after) == "," || word(after) == "." || doc_.tokens[after].kind == TokenKind::quote;
  }

  // "said pet shop owner Shane Drew", "said club chairman Abdul Rahman": a
  // full name after a few lower-case words that say who the person is, from
  // `k`; after "the" (`after_the`), one word the tagger takes for a person
  // will do ("the 22-year-old Medvedev", not "the 30-year-old Swede"). A role
  // among the words is the person's. A possessive is not one of the words
  // ("the factory's trade union secretary Dragutin Stanojlovic"), and a
  // comma may set off a full name that ends the clause ("said Stenning's
  // lawyer, Benedict Birnberg.").
  Subject name_after_description(uint32_t k, uint32_t hi, bool after_the) const {
    RoleBits roles = 0;
    for (uint32_t words = 0; k < hi && words <= kMaxModifiers; ++k, ++words) {
      if (possessive(k) && words > 0 && k + 1 < hi) ++k;
      const bool set_off = word(k) == "," && words > 0 && k + 1 < hi;
      if (set_off) ++k;
      if (name_word(k)) {
        Subject s;
        s.name = read_name(k, run_end(k, hi));
        const bool surname_will_do = after_the && words > 0 && tagged_person(k, k) && !set_off;
        if (!s.name.ok() || (s.name.surname == k && !surname_will_do)) return {};  // "said police Smith"
        if (set_off && !ends_clause(s.name.surname + 1, hi)) return {};
        s.name.roles |= roles;
        s.kind = SubjectKind::name;
        return s;
      }
      if (!describes(k)) return {};
      roles |= role_at(k);
    }
    return {};
  }

  // A lower-case word or a number outside quotes that may say who a person
  // is ("pet shop", "22-year-old", "unseeded"): no determiner, preposition
  // or cue.
  bool describes(uint32_t k) const {
    const std::string_view w = word(k);
    const auto c = static_cast<unsigned char>(w[0]);
    return is_word(k) && (text::is_lower_ascii(c) || text::is_digit(c)) && !quoted(k) && !has(k, kCue) &&
           !is_preposition(w) && w != "the" && w != "a" && w != "an" && w != "and" && w != "that";
  }

  // "The Briton, who lost his title to Mike Tyson, said", "said the
  // 21-year-old German", "said the 30-year-old Swede": a word the tagger
  // took alone for a nationality or the like (MISC), after "the" and a few
  // words that describe, is a person described by nation, whom the tagger
  // cannot name there; not one before a name ("the British Foreign Office
  // statement"). So is one described by age ("the 24-year-old said") or by
  // a sport's standing ("the world number one said"), with no nation. The
  // demonym is at `k`, "the" at `det`.
  Subject demonym(uint32_t det, uint32_t k) const {
    if (word(det) != "the" && word(det) != "The") return {};
    if (k + 1 < doc_.tokens.size() && name_word(k + 1)) return {};
    const bool age = described_by_age_or_standing(det, k);
    if (!age && !nationality(k)) return {};  // "the Bible says", "The Guardian said"
    Subject s;
    for (uint32_t j = det + 1; j < k; ++j) {
      // "The Italian world number one": a nation before an age or a standing.
      if (age && nationality(j)) {
        s.nation = word(j);
      } else if (!describes(j)) {
        return {};
      }
    }
    s.kind = SubjectKind::demonym;
    if (!age) s.nation = word(k);
    s.head = k;
    return s;
  }

  // Whether token `k` is a nationality the tagger took alone ("Italian", MISC).
  bool nationality(uint32_t k) const {
    const Mention* m = mention_at(doc_.tokens[k].start);
    return m != nullptr && m->type == EntityType::MISC && m->span.end == doc_.tokens[k].end() &&
           is_nationality_noun(word(k));
  }

  // "the 24-year-old", "the 24-year-old winger", "the top seed": the noun
  // at `k` after "the" at `det` names a person by age or standing.
  bool described_by_age_or_standing(uint32_t det, uint32_t k) const {
    return age_noun(k) || standing_noun(k) || (k > det + 1 && age_noun(k - 1));
  }

  // "24-year-old", "five-year-old".
  bool age_noun(uint32_t k) const {
    constexpr std::string_view kYearOld = "-year-old";
    const std::string_view w = word(k);
    return is_word(k) && w.size() > kYearOld.size() && w.substr(w.size() - kYearOld.size()) == kYearOld;
  }

  // "the defending champion", "the top seed", "the world number one": a
  // word a sports report calls a player by, after what they won or where
  // they stand.
  bool standing_noun(uint32_t k) const {
    static constexpr std::string_view kStandings[] = {"champion", "seed",     "titleholder", "holder",
                                                      "favourite", "favorite", "finalist",    "runner-up"};
    static constexpr text::WordSet kStandingSet(kStandings);
    const std::string_view w = word(k);
    return kStandingSet.contains(w) || (w == "one" && k > 0 && word(k - 1) == "number");
  }

  // The demonym subject ending at `k` ("The unseeded Swede said"), if any.
  Subject demonym_ending_at(uint32_t k, uint32_t lo) const {
    for (uint32_t det = k; det > lo && k - det <= kMaxModifiers;) {
      --det;
      if (!describes(det) && !nationality(det)) return demonym(det, k);
    }
    return {};
  }

  // The demonym subject after "the" at `det` ("said the 21-year-old German"), if any.
  Subject demonym_after(uint32_t det, uint32_t hi) const {
    for (uint32_t k = det + 1; k < hi && k - det <= kMaxModifiers + 1; ++k) {
      if (!describes(k)) return demonym(det, k);
      // "said the 24-year-old, who", not "said the 21-year-old German"
      const bool last = k + 1 >= hi || !(describes(k + 1) || capitalized(k + 1));
      if (last && described_by_age_or_standing(det, k)) return demonym(det, k);
    }
    return {};
  }

  // The entity stage's mention of the name attribution read at `span`, if
  // any: the one that starts there, else the one that ends there ("Federal
  // Yugoslav", of which the tagger took "Yugoslav").
  const Mention* tagged_as(Span span) const {
    const Mention* m = mention_at(span.start);
    return m != nullptr ? m : mention_ending_at(span.end);
  }

  // Whether the tagger marked the name at `span` as a place, an organization
  // or another name: no one "he" or "she" can mean (a dateline, "HONG KONG",
  // read as a sentence's subject).
  bool tagged_other_than_person(Span span) const {
    const Mention* m = tagged_as(span);
    return m != nullptr && m->type != EntityType::PER;
  }

  // Whether a mention of a person the entity stage found starts at token
  // `k` and reaches token `last`.
  bool tagged_person(uint32_t k, uint32_t last) const {
    const Mention* m = mention_at(doc_.tokens[k].start);
    return m != nullptr && m->type == EntityType::PER && m->span.end >= doc_.tokens[last].end();
  }

  // A title that is a surname ("said King", "Head said"): it ends a person
  // the tagger found ("Billie Jean King", "John Head"), or is the surname of
  // one named so before.
  bool surname_of_person(uint32_t k) const {
    const Mention* m = mention_ending_at(doc_.tokens[k].end());
    return (m != nullptr && m->type == EntityType::PER) || find_person(word(k)) >= 0;
  }

  // The entity stage's mention that ends at byte `end`, if any: the last
  // to start before it, as mentions do not overlap.
  const Mention* mention_ending_at(uint32_t end) const {
    const auto it = std::lower_bound(mentions_.begin(), mentions_.end(), end,
                                     [](const Mention& m, uint32_t offset) { return m.span.start < offset; });
    return it != mentions_.begin() && (it - 1)->span.end == end ? &*(it - 1) : nullptr;
  }

  // The entity stage's mention that starts at byte `start`, if any.
  const Mention* mention_at(uint32_t start) const {
    const auto it = std::lower_bound(mentions_.begin(), mentions_.end(), start,
                                     [](const Mention& m, uint32_t offset) { return m.span.start < offset; });
    return it != mentions_.end() && it->span.start == start ? &*it : nullptr;
  }

  // The subject a participle or a second verb shares: "Lavrov ..., saying",
  // "The Iranian president underlined ... and said".
  Subject sentence_subject(uint32_t first, uint32_t hi) const {
    first = past_dateline(first, hi);  // not "BELEM" of "BELEM, Brazil (AP) — The ... official said"
    if (first >= hi) return {};
    const std::string_view w = word(first);
    if (has(first, kPersonPronoun | kItPronoun)) return {SubjectKind::pronoun, {}, 0, {}, first};
    // "A Shell spokesperson declined to comment, but said": Shell speaks.
    if (w == "The" || w == "His" || w == "Her" || w == "A" || w == "An") return description_after(first, hi, first);
    if (first + 1 < hi && possessive(first + 1)) return description_after(first + 1, hi, first);
    return subject_after(first, hi);
  }

  // The cue `v` right after a closing quote mark, or after one and a comma.
  bool after_quotation(uint32_t v) const {
    const auto is_quote = [&](uint32_t k) { return doc_.tokens[k].kind == TokenKind::quote; };
    return is_quote(v - 1) || (v >= 2 && word(v - 1) == "," && is_quote(v - 2));
  }

  bool closes_quote_or_clause(uint32_t k) const {
    return doc_.tokens[k].kind == TokenKind::quote || word(k) == ",";
  }

  // --- events ----------------------------------------------------------------
  // The cue at token v, or an empty view: "according to", "calls for",
  // "pointed out" need their second word.
  std::string_view cue_at(uint32_t v, uint32_t hi) const {
    if (!has(v, kCue) || quoted(v)) return {};
    const std::string_view w = word(v);
    // Most cues ("said", "told", "says") need no word around them; those
    // that may start with one of these letters.
    const char c = w[0];
    if (c != 'a' && c != 'A' && c != 'p' && c != 'r' && c != 'q' && c != 'w' && c != 'v') return w;
    return cue_in_context(v, hi);
  }

  // cue_at() of a cue that may need the words around it. Out of line, so
  // that the test before it stays in the events' pass (c06 +1.2 M
  // instructions as one call).
  [[gnu::noinline]] std::string_view cue_in_context(uint32_t v, uint32_t hi) const {
    const std::string_view w = word(v);
    const std::string_view next = v + 1 < hi ? word(v + 1) : std::string_view{};
    if (according(v)) return next == "to" ? doc_.slice(doc_.tokens[v].start, doc_.tokens[v + 1].end()) : "";
    if (w == "pointed") return next == "out" ? w : "";
    if (w == "asked" && next == "not") return "";  // "who asked not to be named" says nothing
    if (w == "read" || w == "reads") return reading_document(v, hi) ? w : "";
    if (w == "put") return next == "it" && puts_it_so(v + 2, hi) ? doc_.slice(doc_.tokens[v].start, doc_.tokens[v + 1].end()) : "";
    // "To quote the chancellor", "and I quote" (see quoted_by_writer())
    if (w == "quote") return v > 0 && (word(v - 1) == "to" || word(v - 1) == "To" || word(v - 1) == "I") ? w : "";
    if (w == "words") return in_the_words_of(v, hi) ? doc_.slice(doc_.tokens[v - 2].start, doc_.tokens[v + 1].end()) : "";
    if (w == "verdict" || w == "view") return verdict_of(v, hi) ? w : "";
    if (w == "added" || w == "adds" || w == "adding") return adds_to_something(v + 1, hi) ? "" : w;
    return w;
  }

  // "it added $1.2 trillion to the deficit", "adding 500 jobs", "added to
  // the pressure": "add" of a sum or to a thing, at `k` after the verb,
  // says nothing.
  bool adds_to_something(uint32_t k, uint32_t hi) const {
    if (k >= hi) return false;
    const TokenKind kind = doc_.tokens[k].kind;
    return kind == TokenKind::number || kind == TokenKind::symbol || word(k) == "to";
  }

  // "“We were ignored for months.” That was the verdict of one mother",
  // "That is the view of analysts at Jefferies": the words before are the
  // ones after "of"'s (quotes.cpp looks for the sentence after a quotation).
  bool verdict_of(uint32_t v, uint32_t hi) const {
    if (v < 3 || v + 1 >= hi || word(v + 1) != "of" || word(v - 1) != "the") return false;
    const std::string_view be = word(v - 2);
    const std::string_view that = word(v - 3);
    return (be == "was" || be == "is") && (that == "That" || that == "This" || that == "Such");
  }

  // "As Reeves put it, “...”", "She put it bluntly: “...”": what follows
  // "put it" at `k` introduces words, not a place ("put it down").
  bool puts_it_so(uint32_t k, uint32_t hi) const {
    constexpr uint32_t kMaxManner = 2;  // "more simply", "this way"
    for (uint32_t words = 0; k < hi && words <= kMaxManner; ++k, ++words) {
      const std::string_view w = word(k);
      if (w == "," || w == ":" || doc_.tokens[k].kind == TokenKind::quote) return true;
      const bool manner = (w.size() > 3 && w.substr(w.size() - 2) == "ly") || w == "this" || w == "that" ||
                          w == "way" || w == "more" || w == "it";
      if (!manner) return false;
    }
    return k >= hi;  // "as Reeves put it."
  }

  // "In the words of Badenoch, “...”": the person after "of" spoke.
  bool in_the_words_of(uint32_t v, uint32_t hi) const {
    return v >= 2 && v + 1 < hi && word(v + 1) == "of" && word(v - 1) == "the" &&
           (word(v - 2) == "in" || word(v - 2) == "In");
  }

  bool passive(uint32_t v, uint32_t lo) const {
    if (v <= lo) return false;
    const std::string_view w = word(v - 1);
    return w == "was" || w == "were" || w == "been" || w == "being" || w == "is" || w == "are";
  }

  bool according(uint32_t v) const { return word(v) == "according" || word(v) == "According"; }

  // "According to him, “...”": "him" or "her" ending the clause, who spoke
  // as "he said" tells; not "according to her lawyer".
  bool object_pronoun_alone(uint32_t k, uint32_t hi) const {
    const std::string_view w = word(k);
    return (w == "him" || w == "her") && (k + 1 >= hi || word(k + 1) == "," || doc_.tokens[k + 1].kind == TokenKind::quote);
  }

  // The sex a person pronoun gives: "he" and "him" a man's, "she" and "her" a woman's.
  uint8_t pronoun_sex(uint32_t k) const {
    const std::string_view w = word(k);
    return (w[0] | 0x20) == 'h' && w != "her" && w != "Her" ? kMale : kFemale;
  }

  // "The statement read: “...”", "“...,” the letter reads.": "read" after a
  // document, ending the clause or before what it says; not "a statement
  // read on Algerian television", "the report read by his lawyer".
  bool reading_document(uint32_t v, uint32_t hi) const {
    return v > 0 && has(v - 1, kDocument) && (v + 1 >= hi || !is_word(v + 1));
  }

  Subject subject_of(uint32_t v, std::string_view verb, const text::Sentence& s) const {
    const bool words_of = verb.size() > 3 && verb[2] == ' ' && (verb[0] | 0x20) == 'i';  // "In the words of"
    if (according(v) && v + 2 < s.end_token && object_pronoun_alone(v + 2, s.end_token)) {
      return {SubjectKind::pronoun, {}, 0, {}, v + 2};
    }
    if (according(v) || words_of) {
      const Subject after = subject_after(v + 2, s.end_token);
      const std::string_view det = word(v + 2);
      const bool determiner = det == "the" || det == "a" || det == "an";
      return after.kind == SubjectKind::none && determiner ? organization_after(v + 3, s.end_token) : after;
    }
    if (verb == "verdict" || verb == "view") {  // "the verdict of one mother, who asked not to be named"
      const Subject of = subject_after(v + 2, s.end_token);
      return of.kind == SubjectKind::none && indefinite(v + 2) ? Subject{SubjectKind::generic, {}, 0, {}} : of;
    }
    if (verb == "quote") {
      if (word(v - 1) == "I") return quoted_by_writer(v - 1, s);
      return subject_after(v + 1, s.end_token);  // "To quote the chancellor, “...”"
    }
    // "Whitmore was told by Mr Justice Goose", "she was warned": the
    // subject of a passive cue heard it; the one who spoke follows "by".
    if (passive(v, s.first_token)) {
      return v + 1 < s.end_token && word(v + 1) == "by" ? subject_after(v + 2, s.end_token) : Subject{};
    }
    if (v > s.first_token + 1 && word(v - 1) == "as") {
      const Subject quoted = quoted_as(v - 1, s.first_token);
      if (quoted.kind != SubjectKind::none) return quoted;
    }
    Subject subject = subject_before(v, s.first_token);
    if (subject.kind != SubjectKind::none) return subject;
    // "told Reuters": the name after "told" is the listener, never the speaker.
    const bool listener_follows = verb == "told" || verb == "tells";
    if (v > s.first_token && closes_quote_or_clause(v - 1) && !listener_follows) {
      subject = inverted_subject(v + 1, s.end_token);
      // "Schumer, the majority leader, called it": "it" after the verb is its object.
      if (subject.kind == SubjectKind::pronoun && has(subject.head, kItPronoun)) subject = {};
      // "“It's madness,” said an analyst at a Madrid brokerage", "said one
      // Sydney media analyst who declined to be named": right after a
      // quotation, an indefinite subject with no name is someone unnamed,
      // as "a person familiar with the matter said" is before the verb.
      if (subject.kind == SubjectKind::none && after_quotation(v) && v + 1 < s.end_token && indefinite(v + 1)) {
        subject.kind = SubjectKind::generic;
      }
      // "“...,” said the company": as "the company said" before the verb.
      if (subject.kind == SubjectKind::none && after_quotation(v) && v + 2 < s.end_token && word(v + 1) == "the") {
        subject = organization_after(v + 2, s.end_token);
      }
    }
    // "Lord Winston, the fertility expert, said doctors were divided": after
    // a clause's comma, not a quotation's, "doctors" is what was said, and
    // the subject before the clause comes first.
    const bool said_of_many = subject.kind == SubjectKind::generic && !after_quotation(v);
    if (subject.kind != SubjectKind::none && !said_of_many) return subject;
    const uint32_t comma = before_adverbs(v, s.first_token);
    if (comma > s.first_token + 1 && comma < v && (word(comma) == "," || is_dash(word(comma)))) {
      const Subject named = appositive_name(comma, s.first_token);
      if (named.kind != SubjectKind::none) return named;
      const Subject before = subject_before_clause(comma, s.first_token);
      if (before.kind != SubjectKind::none) return before;
    }
    if (said_of_many) return subject;
    const bool shared = is_participle_cue(verb) ||
                        (v > s.first_token && (word(v - 1) == "and" || word(v - 1) == "but"));
    return shared ? Subject{SubjectKind::shared, {}, 0, {}} : Subject{};
  }

  // "Her predecessor was blunter, and I quote: “...”", "Badenoch went
  // further, and I quote": the writer quotes the subject the sentence opens
  // with; a person known by their tie to another ("Her predecessor") is
  // someone the text does not name. `i` is the "I".
  Subject quoted_by_writer(uint32_t i, const text::Sentence& s) const {
    const uint32_t first = s.first_token;
    if (first + 1 < i && relation_of(first + 1)) return {SubjectKind::generic, {}, 0, {}};
    return sentence_subject(first, i);
  }

  // "the paper quoted Weizman as saying", "Interfax quotes Belgrade airport
  // General Director Ljubomir Acimovic as saying", "Newcombe was quoted as
  // saying", "Naoto Kan was quoted by a government spokesman as telling the
  // cabinet": the one quoted is the speaker, never the source quoting. `as`
  // is the token before the participle. An unnamed one ("quoted the
  // unnamed corporal as saying", "the West Azerbaijan province security
  // chief": a name must end the object or be set off by a comma) is a
  // source with no speaker. None when no "quoted" comes before.
  Subject quoted_as(uint32_t as, uint32_t lo) const {
    auto quoting = [&](uint32_t k) { return word(k) == "quoted" || word(k) == "quotes" || word(k) == "quoting"; };
    uint32_t q = as;
    for (uint32_t steps = 0; q > lo && steps < kMaxClause; ++steps) {
      --q;
      if (doc_.tokens[q].kind == TokenKind::quote) return {};
      if (quoting(q)) break;
      if (q == lo) return {};
    }
    if (q == as || !quoting(q)) return {};
    const Subject unnamed{SubjectKind::generic, {}, 0, {}};
    if (q + 1 == as || word(q + 1) == "by") {  // "was quoted (by a government spokesman) as telling"
      const Subject s = subject_before(q, lo);
      return s.kind == SubjectKind::none ? unnamed : s;
    }
    const Subject s = subject_after(q + 1, as);
    if (s.kind == SubjectKind::none) return unnamed;
    const bool name_ends = s.kind != SubjectKind::name || s.name.surname + 1 == as || word(s.name.surname + 1) == ",";
    return name_ends ? s : unnamed;
  }

  // "said Lavrov.", "said Lavrov on Monday", "said he.", "said the
  // minister.", but not "said Washington expected", "The Speaker, Humayun
  // Rasheed Choudhury, said he had" nor "Priya Nair, said the minister's
  // position was": an inverted name, pronoun or description ends the clause;
  // one followed by a verb or a possessive is the subject of what was said.
  Subject inverted_subject(uint32_t k, uint32_t hi) const {
    Subject s = subject_after(k, hi);
    uint32_t after = 0;
    if (s.kind == SubjectKind::name) {
      after = s.name.surname + 1;
      if (after < hi && (role_at(after) & kSpokespersonRoles)) ++after;  // "said the Foreign Office spokesman"
    } else if (s.kind == SubjectKind::pronoun || s.kind == SubjectKind::demonym ||
               s.kind == SubjectKind::description) {
      after = s.head + 1;
    } else {
      return s;
    }
    if (after < hi && possessive(after)) return {};
    if (after >= hi || !is_word(after)) return s;
    const std::string_view w = word(after);
    const bool lower = text::is_lower_ascii(static_cast<unsigned char>(w[0]));
    const bool clause_goes_on = w == "who" || w == "adding" || w == "about" || w == "after";
    return !lower || is_preposition(w) || clause_goes_on ? s : Subject{};
  }

  int resolve_description(const Subject& s) const {
    for (int id : recent_) {
      const Person& p = people_[id];
      if ((p.roles & s.roles) == 0) continue;
      if (!s.nation.empty() && !p.nation.empty() && !same_nation(s.nation, p.nation)) continue;
      return id;
    }
    return -1;
  }

  // --- pronouns ----------------------------------------------------------------
  // "he" or "she" refers to the person in focus when its sex agrees or is
  // unknown; else to the latest person the tagger found, in the pronoun's
  // sentence or the kPronounReach before and after any unnamed speaker,
  // whose sex agrees; else to no one, as no speaker is better than a wrong
  // one. With no one in focus, only a person opening a sentence counts: a
  // person named later in one is mostly the object of someone unnamed ("The
  // coach praised striker Harry Kane").
  int resolve_pronoun(uint32_t pronoun) {
    if (has(pronoun, kItPronoun)) return organization_speaking(/*or_place=*/true);
    if (!candidates_read_) read_candidates();
    const uint8_t sex = pronoun_sex(pronoun);
    auto it = std::lower_bound(candidates_.begin(), candidates_.end(), pronoun,
                               [](const Candidate& c, uint32_t t) { return c.first < t; });
    if (salient_ >= 0 && agrees(person_sex(salient_), sex) && speaks_as_person(salient_)) {
      int nearer = person_named_before(pronoun, it, sex);
      // Not when the sentence before put the one in focus there ("The Italian
      // world number one said the rivalry with Alcaraz ... he said").
      if (nearer < 0 && person_sex(salient_) == 0 && focus_sentence_ + 1 != sentence_) {
        nearer = person_of_sex_named_just_before(it, sex);
      }
      return nearer >= 0 ? nearer : salient_;
    }
    const auto at = it;
    for (size_t looked = 0; it != candidates_.begin() && looked < kRecent; ++looked) {
      const Candidate& c = *--it;
      if (c.sentence + kPronounReach < sentence_ || c.first < unnamed_speech_) break;
      if (!agrees(entity_sex_[c.entity], sex) || (salient_ < 0 && !c.opens_sentence)) continue;
      // "His mother, Sarah, ... He played in Lionel Hampton's band. ... he
      // said": a person named in passing is not the one the focus returns
      // to after a person of the other sex held it.
      if (!c.opens_sentence) {
        const int returning = in_focus_before(sex);
        if (returning >= 0) return returning;
      }
      const int id = person_of(c);
      if (id != salient_) return id;
    }
    const int spokesperson = organization_speaking(/*or_place=*/false);
    if (spokesperson >= 0) return spokesperson;
    const int only = only_person_of_sex(at, sex);
    return only >= 0 ? only : in_focus_before(sex);
  }

  // Whether person `id` may be "he" or "she": not a place or an
  // organization the tagger found ("HONG KONG" read as a subject), unless
  // the text gave it a person's title ("Recorder Anna Vigars KC", which the
  // tagger read as an organization).
  bool speaks_as_person(int id) const {
    return people_[id].declared != 0 || !tagged_other_than_person(people_[id].last);
  }

  // "Jack Penrose is 84 ... His wife, Mary, used to sit on the slipway.
  // ‘She’d shout, “Mind the tide!”’ he says": a person of the other sex
  // came into focus after the one the pronoun refers to, both known to be
  // of their sex, and no one unnamed has spoken since.
  int in_focus_before(uint8_t sex) const {
    if (salient_ < 0 || before_salient_ < 0 || unnamed_roles_ != 0) return -1;
    if (person_sex(before_salient_) != sex || person_sex(salient_) != ((kMale | kFemale) ^ sex)) return -1;
    return unnamed_speech_ <= doc_.sentences[focus_sentence_].first_token ? before_salient_ : -1;
  }

  // "“I simply outlasted him,” she said" in a profile of the one woman it
  // names, far from her name: the only person named before known to be of
  // the pronoun's sex, opening a sentence somewhere (a profile's subject,
  // not "striker Harry Kane" whom an unnamed coach praised), where everyone
  // else named before is known to be of the other, and no one unnamed has
  // spoken or come into focus since ("A police spokesman said ... he
  // said"). `before` is the first candidate at or after the pronoun; the
  // look back is bounded, as a profile names few people.
  int only_person_of_sex(std::vector<Candidate>::const_iterator before, uint8_t sex) {
    constexpr size_t kMaxLookBack = 64;
    if (unnamed_roles_ != 0) return -1;
    const uint8_t other = (kMale | kFemale) ^ sex;
    const Candidate* only = nullptr;
    bool opens = false;
    size_t looked = 0;
    for (auto it = before; it != candidates_.begin(); ++looked) {
      if (looked == kMaxLookBack) return -1;
      const Candidate& c = *--it;
      if (c.first < unnamed_speech_) return -1;
      const uint8_t of = entity_sex_[c.entity];
      if (of == other) continue;
      if (of != sex || (only != nullptr && only->entity != c.entity)) return -1;
      only = &c;
      opens = opens || c.opens_sentence;
    }
    return only == nullptr || !opens ? -1 : person_of(*only);
  }

  // A person described by nation or age is the person in focus, the one a sports
  // report or a profile is about, unless known to be of another nation;
  // with none, the latest person the tagger found before, within a
  // pronoun's reach. "said the 30-year-old Swede" after "Edberg ... turned
  // back the clock against the fifth-seeded Dutchman" is Edberg. A plural
  // ("The Iraqis claimed", "the Serbs said") is a group, no one in
  // particular: its cue stands with no speaker, as "officials said" does.
  int resolve_demonym(const Subject& s) {
    const std::string_view w = s.nation;
    if (w.size() > 2 && w.back() == 's' && w[w.size() - 2] != 's') return -1;  // "Swiss" is one
    if (salient_ >= 0 && !tagged_other_than_person(people_[salient_].last)) {
      const Person& p = people_[salient_];
      if (p.nation.empty() || s.nation.empty() || same_nation(p.nation, s.nation)) return salient_;
    }
    if (!candidates_read_) read_candidates();
    auto it = std::lower_bound(candidates_.begin(), candidates_.end(), s.head,
                               [](const Candidate& c, uint32_t t) { return c.first < t; });
    if (it == candidates_.begin() || (it - 1)->sentence + kPronounReach < sentence_) return -1;
    return person_of(subject_of_sentence_with(it - 1));
  }

  // The person opening the sentence of candidate `latest` (its subject), or
  // `latest` when none does: "Jannik Sinner beat Carlos Alcaraz on Sunday.
  // ... The Italian said" is Sinner, the one the sentence was about.
  const Candidate& subject_of_sentence_with(std::vector<Candidate>::const_iterator latest) const {
    for (auto c = latest; c->sentence == latest->sentence; --c) {
      if (c->opens_sentence) return *c;
      if (c == candidates_.begin()) break;
    }
    return *latest;
  }

  // "Softbank Corp said on Friday ... “It is in the contract,” he said": a
  // pronoun with no person to refer to, right after a sentence whose speaker
  // was an organization, is its spokesperson, and an organization speaks
  // only through one: what the article holds it to is the organization's
  // word, and a fact-checker asks the organization, not some person nearby.
  // "it said" may refer to a country too (`or_place`: "China said ... it said"), and
  // "the company said", "the statement said" to the organization. Any
  // speech between, even with no speaker found ("said one trader"), or a
  // sentence between, ends the reach: the spokesman may be another's.
  // The organization is then named by the tagger's whole mention: a name
  // read as at most three words ends as the tagger's does ("Koninklijke
  // Boskalis Westminster NV").
  // "Northwind Airways has apologised to 300 passengers. “...,” the airline
  // said": an organization opening the sentence before, which the tagger
  // found, is the one "the company" or "the airline" is.
  int organization_in_focus() {
    if (salient_ < 0 || focus_sentence_ + 1 != sentence_) return -1;
    const Mention* m = tagged_as(people_[salient_].last);
    if (m == nullptr || m->type != EntityType::ORG) return -1;
    people_[salient_].last = m->span;
    return salient_;
  }

  // "employed by the Northern Lighthouse Board. ... The board says": the
  // organization named last before the head `head` ("board", "council"),
  // outside quotations, when it is of the head's kind (of_kind()). Not an
  // earlier one: "the bank" after "HSBC" is HSBC, not the World Bank named
  // before it. But a court, a council or a commission is named so ("the
  // Supreme Court"): "the court said" after "a law passed by Congress" is
  // the court named before, past the other organizations.
  int organization_by_head(uint32_t head) {
    static constexpr std::string_view kNamedByKind[] = {"court", "tribunal", "council", "commission", "committee"};
    static constexpr text::WordSet kNamedByKindSet(kNamedByKind);
    const bool named_by_kind = kNamedByKindSet.contains(word(head));
    constexpr int kMaxMentionsBack = 32;  // a few paragraphs of names
    const uint32_t at = doc_.tokens[head].start;
    auto it = std::lower_bound(mentions_.begin(), mentions_.end(), at,
                               [](const Mention& m, uint32_t offset) { return m.span.start < offset; });
    for (int steps = 0; it != mentions_.begin() && steps < kMaxMentionsBack; ++steps) {
      const Mention& m = *--it;
      if (m.type != EntityType::ORG) continue;
      const uint32_t first = doc_.first_token_from(m.span.start);
      if (quoted(first)) continue;  // in someone's words
      if (!of_kind(m, first, head)) {
        if (named_by_kind) continue;
        return -1;
      }
      Name n;
      n.span = m.span;
      n.surname = token_ending_at(m.span.end);
      const int id = add_person(n);
      mentioned(id, n.span);
      return id;
    }
    return -1;
  }

  // Whether the organization `m` (its first token `first`) is one the head
  // `head` describes: its name ends in the head ("the Northern Lighthouse
  // Board", "the board"); or the text says it is one of the head's kind:
  // a bank by its name ("HDFC Bank", "the lender"), a brokerage or bank by
  // its analysts ("Analysts at Motilal Oswal said ... the brokerage said in
  // a note"), a company or a club by its chief ("Tata Steel chief
  // executive T V Narendran told analysts ... the company said") or as the
  // subject of its sentence ("Arsenal have dismissed ..., the club said").
  bool of_kind(const Mention& m, uint32_t first, uint32_t head) const {
    const std::string_view name = doc_.slice(m.span.start, m.span.end);
    const std::string_view w = word(head);
    const auto ends_in = [&](std::string_view last) {
      return name.size() > last.size() && name[name.size() - last.size() - 1] == ' ' &&
             text::same_ignoring_case(name.substr(name.size() - last.size()), last);
    };
    if (ends_in(w)) return true;
    const bool bank = w == "lender" || w == "bank";
    const bool broker = w == "brokerage" || w == "broker" || w == "firm";
    if (bank && (ends_in("Bank") || ends_in("Bancorp"))) return true;
    if ((bank || broker) && employs_analysts(first)) return true;
    const bool company = w == "company" || w == "firm" || w == "group" || w == "club";
    if (!company) return false;
    const uint32_t after = token_ending_at(m.span.end) + 1;
    if (after >= doc_.tokens.size()) return false;
    return (role_at(after) != 0 && !capitalized(after)) || (opens_sentence(first) && reads_as_verb(after));
  }

  // "Arsenal have dismissed academy coach Gary Whitfield, the club
  // confirmed": an organization that opens its sentence, before its verb,
  // is its subject, what the text is about there; not "Samsung shares fell".
  bool opens_sentence(uint32_t first) const {
    const auto& ss = doc_.sentences;
    const auto it = std::upper_bound(ss.begin(), ss.end(), first,
                                     [](uint32_t t, const text::Sentence& x) { return t < x.end_token; });
    return it != ss.end() && it->first_token == first;
  }

  // An auxiliary, a cue or a verb in the past ("have", "said", "dismissed",
  // "sold": the irregular pasts the numbers stage knows).
  bool reads_as_verb(uint32_t k) const {
    namespace nl = numbers::lexicon;
    const std::string_view w = word(k);
    return has(k, kSkippable | kCue) || (w.size() > 3 && w.substr(w.size() - 2) == "ed") ||
           nl::tense_cue(nl::entry(w)) == nl::TenseCue::irregular_past;
  }

  // "Analysts at Motilal Oswal", "economists from HSBC", "an analyst at
  // Jefferies": a firm whose analysts the text quotes, before its first token.
  bool employs_analysts(uint32_t first) const {
    if (first < 2) return false;
    const std::string_view at = word(first - 1);
    if (at != "at" && at != "from" && at != "with") return false;
    std::string_view who = word(first - 2);
    if (who.size() > 1 && who.back() == 's') who.remove_suffix(1);
    return text::same_ignoring_case(who, "analyst") || text::same_ignoring_case(who, "economist") ||
           text::same_ignoring_case(who, "strategist");
  }

  // The token that ends at byte `end`, which a token before it does.
  uint32_t token_ending_at(uint32_t end) const {
    const auto& ts = doc_.tokens;
    const auto it = std::lower_bound(ts.begin(), ts.end(), end,
                                     [](const text::Token& t, uint32_t offset) { return t.start < offset; });
    return static_cast<uint32_t>(it - ts.begin()) - 1;
  }

  // "Transport for Wales has suspended all services ... A spokesperson
  // said:": a spokesperson with no word of whose ("a spokesman", not "a
  // police spokesman") speaks for the organization that spoke or opened
  // the sentence before, as "the company" does; another is an unnamed source.
  bool bare_spokesperson(const Subject& s) const {
    return (s.roles & kSpokespersonRoles) && s.head > 0 && (indefinite(s.head - 1) || word(s.head - 1) == "A");
  }

  int organization_speaking(bool or_place) {
    if (last_speaker_ < 0 || last_speech_sentence_ + 1 != sentence_) return -1;
    const Mention* m = mention_ending_at(people_[last_speaker_].last.end);
    if (m == nullptr || !(m->type == EntityType::ORG || (or_place && m->type == EntityType::LOC))) return -1;
    people_[last_speaker_].last = m->span;
    return last_speaker_;
  }

  // "Mamatuyev joked that his sister Lisa was a rebel too, and she
  // responded": a person of the pronoun's sex named earlier in its sentence,
  // the latest, takes it from the person in focus, unless that one is named
  // in the sentence too or an earlier "he" or "she" in it kept to them.
  // `before` is the first candidate at or after the pronoun.
  int person_named_before(uint32_t pronoun, std::vector<Candidate>::const_iterator before, uint8_t sex) {
    const uint32_t opening = doc_.sentences[sentence_].first_token;
    for (uint32_t k = opening; k < pronoun; ++k) {
      if (has(k, kPersonPronoun) && (word(k)[0] | 0x20) == (word(pronoun)[0] | 0x20)) return -1;
    }
    const Candidate* nearer = nullptr;
    for (auto it = before; it != candidates_.begin();) {
      const Candidate& c = *--it;
      if (c.sentence != sentence_) break;
      if (find_person(name_of(c)) == salient_) return -1;
      if (nearer == nullptr && entity_sex_[c.entity] == sex) nearer = &c;
    }
    return nearer == nullptr ? -1 : person_of(*nearer);
  }

  // "her mentor, Louis Leakey, replied: ... In later life Goodall spent
  // ... “...,” she told": the one person named in the sentence before the
  // pronoun's, known to be of the pronoun's sex, takes it from the person
  // in focus whose sex is unknown. Of two or more named there, the pronoun
  // may mean either as much as the one in focus ("The 19-year-old
  // Philippoussis ... stayed calm against Rosset. ... he said").
  // `before` is the first candidate at or after the pronoun.
  int person_of_sex_named_just_before(std::vector<Candidate>::const_iterator before, uint8_t sex) {
    const Candidate* only = nullptr;
    for (auto it = before; it != candidates_.begin();) {
      const Candidate& c = *--it;
      if (c.sentence == sentence_) continue;
      if (c.sentence + 1 != sentence_) break;
      if (only != nullptr && only->entity != c.entity) return -1;
      only = &c;
    }
    return only == nullptr || entity_sex_[only->entity] != sex ? -1 : person_of(*only);
  }

  // The person a candidate is, taken note of now that a pronoun refers to it.
  int person_of(const Candidate& c) {
    const int id = add_person(name_of(c));
    mentioned(id, c.span);
    return id;
  }

  static Name name_of(const Candidate& c) {
    Name n;
    n.span = c.span;
    n.surname = c.surname;
    return n;
  }

  // The sex of the surname attribution knows the person by; of a namesake,
  // the sex its own name gave and that of the entity its latest mention is.
  uint8_t person_sex(int id) const {
    const uint8_t sex = sex_by_name(id);
    return sex != 0 ? sex : people_[id].referred_as;
  }

  uint8_t sex_by_name(int id) const {
    const Person& p = people_[id];
    if (p.namesake >= 0 || find_person(p.surname) != id) {
      const Mention* m = mention_at(p.last.start);
      const bool known = m != nullptr && m->type == EntityType::PER && m->entity >= 0 &&
                         static_cast<size_t>(m->entity) < entity_sex_.size();
      return p.sex | (known ? entity_sex_[m->entity] : 0);
    }
    return surname_sex_.empty() ? 0 : surname_sex_[sex_slot(p.surname)].sex;
  }

  // "Colombian Environment Minister Irene Vélez Torres ... “...,” she told
  // reporters": a person whose name and titles told no sex is of the
  // pronoun's that meant them, for the pronouns after ("“...,” he said" two
  // paragraphs on is not her). The first such pronoun decides.
  void learn_sex(int id, uint32_t pronoun) {
    Person& p = people_[id];
    if (p.referred_as == 0 && sex_by_name(id) == 0) p.referred_as = pronoun_sex(pronoun);
  }

  // The slot of `surname` in surname_sex_, or the free one where it would
  // go: open addressing, as persons by surname (sorting the surnames of a
  // long text was most of the cost).
  size_t sex_slot(std::string_view surname) const {
    const size_t mask = surname_sex_.size() - 1;
    for (size_t i = entities::form_hash(surname) & mask;; i = (i + 1) & mask) {
      if (surname_sex_[i].surname.empty() || surname_sex_[i].surname == surname) return i;
    }
  }

  // The first token after the dateline a sentence at `first` opens with
  // ("BELEM, Brazil (AP) — The United Nations' top climate official said"),
  // or `first` when it opens with none.
  uint32_t past_dateline(uint32_t first, uint32_t hi) const {
    for (uint32_t k = first + 2; k < hi && k <= first + text::kMaxDatelineTokens; ++k) {
      if (text::opens_after_dateline(doc_, k)) return k;
    }
    return first;
  }

  // The persons of the entity stage, as candidates and with each entity's
  // sex. Read at the first pronoun: most texts have none.
  void read_candidates() {
    candidates_read_ = true;
    int entities = 0;
    for (const Mention& m : mentions_) {
      if (m.type == EntityType::PER) entities = std::max(entities, m.entity + 1);
    }
    // A one-word mention is often a surname ("Rose", "Thomas"): its word
    // tells the sex only when the entity has no longer name, whose first
    // name tells it better.
    std::vector<uint8_t> one_word_sex(entities, 0);
    std::vector<bool> longer_name(entities, false);
    entity_sex_.assign(entities, 0);
    std::vector<MentionSurname> surnames;
    uint32_t sentence = 0;
    for (const Mention& m : mentions_) {
      if (m.type != EntityType::PER || m.entity < 0) continue;
      while (sentence + 1 < doc_.sentences.size() && doc_.sentences[sentence].end <= m.span.start) ++sentence;
      Candidate c;
      if (!tokens_of(m.span, doc_.sentences[sentence], c.first, c.surname)) continue;
      uint8_t& sex = entity_sex_[m.entity];
      sex |= title_before(c.first);
      if (c.surname > c.first) {
        longer_name[m.entity] = true;
        sex |= first_name_sex(c.first, c.surname);
      } else {
        one_word_sex[m.entity] |= sex_cue(word(c.first));
      }
      surnames.push_back({word(c.surname), m.entity, c.surname == c.first && after_unread_name(c.first)});
      if (quoted(c.first)) continue;
      c.span = m.span;
      c.sentence = sentence;
      const uint32_t opening = doc_.sentences[sentence].first_token;
      c.opens_sentence = run_start(c.first, opening) == opening || text::opens_after_dateline(doc_, c.first);
      c.entity = m.entity;
      candidates_.push_back(c);
    }
    for (int e = 0; e < entities; ++e) {
      if (!longer_name[e]) entity_sex_[e] |= one_word_sex[e];
    }
    read_surname_sexes(surnames);
  }

  // Attribution knows a person by surname, which two persons may share
  // (O.J. and Nicole Brown Simpson, one entity to the tagger): a surname
  // has a sex only when all its mentions have that one, else both, which
  // agrees with either pronoun.
  void read_surname_sexes(const std::vector<MentionSurname>& surnames) {
    size_t slots = 16;
    while (slots < 2 * surnames.size()) slots *= 2;
    surname_sex_.assign(slots, {});
    for (const MentionSurname& m : surnames) {
      const uint8_t sex = m.unread ? 0 : entity_sex_[m.entity];
      SurnameSex& s = surname_sex_[sex_slot(m.surname)];
      if (s.surname.empty()) {
        s = {m.surname, sex};
      } else if (s.sex != sex) {
        s.sex = kMale | kFemale;
      }
    }
  }

  // A capitalized word before a one-word mention that is neither a title
  // nor a first name we know: part of the name the tagger left out.
  bool after_unread_name(uint32_t first) const {
    if (first == 0) return false;
    const uint32_t k = first - 1;
    return name_word(k) && !has(k, kTitle) && sex_cue(word(k)) == 0;
  }

  // The tokens of a mention in sentence `s`, its first and last word.
  bool tokens_of(Span span, const text::Sentence& s, uint32_t& first, uint32_t& last) const {
    const auto& ts = doc_.tokens;
    const auto end = ts.begin() + s.end_token;
    const auto it = std::lower_bound(ts.begin() + s.first_token, end, span.start,
                                     [](const text::Token& t, uint32_t offset) { return t.start < offset; });
    if (it == end || it->start != span.start) return false;
    first = last = static_cast<uint32_t>(it - ts.begin());
    while (last + 1 < s.end_token && ts[last + 1].start < span.end) ++last;
    return true;
  }

  // "Mrs Kovacs", "Mr. Lee", "her son Jack".
  uint8_t title_before(uint32_t first) const {
    if (first == 0) return 0;
    uint32_t k = first - 1;
    if (abbreviation_dot(k, 0)) --k;
    return is_word(k) ? sex_cue(word(k)) : 0;
  }

  // The sex the words before the surname give: titles, then the first name
  // ("Dr Mary Jones"); a word that is neither ends the search ("Jose Maria").
  uint8_t first_name_sex(uint32_t first, uint32_t surname) const {
    uint8_t sex = 0;
    for (uint32_t k = first; k < surname; ++k) {
      sex |= sex_cue(word(k));
      if (!has(k, kTitle)) break;
    }
    return sex;
  }

  // "Mrs Whitlock said ... the mayor said": an unknown title of the person
  // in focus, remembered for later descriptions; -1 when the description
  // cannot be theirs. Only of one who has spoken: "Sarah Whitmore was
  // jailed ... The judge said" and "Saka scored twice. The manager said"
  // are someone else. Not a profession: "the scientist said" after the
  // charlatan he tested is someone else. Of a place or an organization in
  // focus, only its spokesman ("SBC Warburg said ... The spokesman said"):
  // "the embassy official said" after "UAE" is an official unnamed.
  int described_in_focus(RoleBits roles, uint32_t cue) {
    if (roles & kProfessionRoles) return -1;
    // "Rachel Reeves, the chancellor, said ... the prime minister said": another office.
    if (people_[salient_].declared != 0 && (people_[salient_].declared & roles) == 0) return -1;
    if (tagged_other_than_person(people_[salient_].last)) {
      // Or a place that spoke, standing for one ("a Downing Street spokesperson said").
      const Mention* m = tagged_as(people_[salient_].last);
      const bool speaks = m->type == EntityType::ORG || (m->type == EntityType::LOC && people_[salient_].spoke);
      return speaks && (roles & kSpokespersonRoles) ? salient_ : -1;
    }
    const bool office = (roles & kOfficeHolderRoles) == roles;
    if (!people_[salient_].spoke && !(office && only_person_named(salient_, cue))) return -1;
    people_[salient_].roles |= roles;
    // "Starmer has defended ... the prime minister said": the office's
    // holder, by a guess, on whom a standfirst's "Prime minister says" above
    // may be settled when the text declares no one.
    for (RoleBits r = roles & kOfficeHolderRoles; r != 0; r &= r - 1) {
      int& holder = guessed_holders_[__builtin_ctzll(r)];
      holder = holder == -1 || holder == salient_ ? salient_ : kManyHolders;
    }
    return salient_;
  }

  // "Anthony Albanese will promise to build 100,000 homes ... The prime
  // minister will tell a rally that ...": the person in focus who has not
  // spoken is the office's holder when the text has named no one else
  // before the cue at `cue`, but in bylines (nor in quotations). Looks at
  // the first few mentions only: a text naming many before is no such.
  bool only_person_named(int id, uint32_t cue) const {
    constexpr size_t kMaxMentions = 48;
    const Mention* own = tagged_as(people_[id].last);
    if (own == nullptr || own->type != EntityType::PER) return false;
    const uint32_t until = doc_.tokens[cue].start;
    for (size_t i = 0; i < mentions_.size(); ++i) {
      const Mention& m = mentions_[i];
      if (m.span.start >= until) return true;
      if (i == kMaxMentions) return false;
      if (m.type != EntityType::PER || m.entity == own->entity) continue;
      const ParagraphRole role = roles_[paragraph_of(m.span.start)];
      if (role == ParagraphRole::byline || role == ParagraphRole::boilerplate) continue;
      if (!quoted(doc_.first_token_from(m.span.start))) return false;
    }
    return true;
  }

  // "Eddie Howe said Newcastle United “got what we deserved” ... “We were
  // poor,” said the Newcastle manager": of the persons named lately who
  // have spoken and hold no other role, the latest whose speech named the
  // organization `organization` names first after them (in those words or
  // more), as a manager speaks of his club; -1 for none.
  int spoke_for(Span organization, RoleBits roles) const {
    for (int id : recent_) {
      const Person& p = people_[id];
      if (!p.spoke || (p.declared != 0 && (p.declared & roles) == 0)) continue;
      const Mention* m = first_organization_after(p.last);
      if (m != nullptr && names_the_same(organization, m->span)) return id;
    }
    return -1;
  }

  // The first organization the tagger found after `span` in its sentence,
  // outside quotations, among the next few names (a hostile sentence of
  // thousands stays linear).
  const Mention* first_organization_after(Span span) const {
    constexpr int kMaxNames = 8;
    const auto& ss = doc_.sentences;
    const auto sentence = std::upper_bound(ss.begin(), ss.end(), span.start,
                                           [](uint32_t o, const text::Sentence& x) { return o < x.end; });
    if (sentence == ss.end()) return nullptr;
    auto it = std::lower_bound(mentions_.begin(), mentions_.end(), span.end,
                               [](const Mention& m, uint32_t offset) { return m.span.start < offset; });
    for (int names = 0; it != mentions_.end() && it->span.start < sentence->end && names < kMaxNames; ++it, ++names) {
      if (it->type == EntityType::ORG && !quoted(doc_.first_token_from(it->span.start))) return &*it;
    }
    return nullptr;
  }

  // "Newcastle" and "Newcastle United": one name is the other's first words.
  bool names_the_same(Span a, Span b) const {
    std::string_view x = doc_.slice(a.start, a.end), y = doc_.slice(b.start, b.end);
    if (x.size() > y.size()) std::swap(x, y);
    return y.substr(0, x.size()) == x && (y.size() == x.size() || y[x.size()] == ' ');
  }

  // The index of the paragraph holding byte `offset`.
  size_t paragraph_of(uint32_t offset) const {
    const auto it = std::upper_bound(doc_.paragraphs.begin(), doc_.paragraphs.end(), offset,
                                     [](uint32_t o, const text::Paragraph& p) { return o < p.start; });
    return it == doc_.paragraphs.begin() ? 0 : static_cast<size_t>(it - doc_.paragraphs.begin()) - 1;
  }

  bool same_paragraph(uint32_t a, uint32_t b) const { return paragraph_of(a) == paragraph_of(b); }

  // Fills `e` with the speaker; returns the person it is, for salience.
  int resolve(const Subject& s, Speech& e) {
    int id = -1;
    switch (s.kind) {
      case SubjectKind::name:
        id = find_person(s.name);
        e.speaker = id >= 0 ? as_named(s.name, id) : s.name.span;
        if (id < 0) id = add_person(s.name);
        mentioned(id, e.speaker);
        return id;
      case SubjectKind::pronoun:
        id = resolve_pronoun(s.head);
        if (id >= 0 && !has(s.head, kItPronoun)) learn_sex(id, s.head);
        break;
      case SubjectKind::organization:
        id = organization_speaking(/*or_place=*/false);
        if (id < 0) id = organization_in_focus();
        if (id < 0) id = organization_by_head(s.head);
        break;
      case SubjectKind::demonym: id = resolve_demonym(s); break;
      case SubjectKind::description: {
        id = resolve_description(s);
        // Not "the official added" after "A senior official" (see sentence()).
        const bool unnamed = s.roles & unnamed_before_;
        if (id < 0 && !unnamed) id = only_holder(s.roles, s.nation);
        if (id >= 0) break;
        // Of an organization, only the person in focus named in the cue's
        // paragraph: "Enzo Maresca said ... “...,” the Chelsea head coach
        // said", not one quoted in a paragraph before, of the other side.
        if (salient_ >= 0 && s.nation.empty() &&
            (!s.of_organization || same_paragraph(people_[salient_].last.start, doc_.tokens[e.cue].start))) {
          id = described_in_focus(s.roles, e.cue);
        }
        if (id < 0 && s.of_organization && !unnamed) id = spoke_for(s.name.span, s.roles);
        // A guess, or no one: the one holder the text names later may settle it.
        if (!s.of_organization && !unnamed) settle_later_ = true;
        break;
      }
      case SubjectKind::generic:
        if (!bare_spokesperson(s)) return -1;
        id = organization_speaking(/*or_place=*/false);
        if (id < 0) id = organization_in_focus();
        break;
      case SubjectKind::shared:
      case SubjectKind::none: return -1;
    }
    if (id >= 0) e.speaker = people_[id].last;
    return id;
  }

  void sentence(const text::Sentence& s) {
    index_.in_focus.push_back(salient_ >= 0 ? people_[salient_].last : Span{});
    // Mentions first, so that a description can refer to a name earlier in
    // the same sentence. The pass notes the first cue too: a cue is a word
    // in lower case, so never inside a run of a name, and the pass sees each
    // one. Most sentences have none, and the events' pass starts at it.
    uint32_t first_cue = s.end_token;
    int asked = -1;  // the person asked, who answers next
    uint32_t asked_at = 0;
    for (uint32_t i = s.first_token; i < s.end_token; ++i) {
      const uint32_t f = facts_[i];
      if ((f & (kCapitalized | kStopCapital | kQuoted)) != kCapitalized) {  // not a name word outside quotes
        if ((f & (kCue | kQuoted)) == kCue && first_cue == s.end_token) first_cue = i;
        continue;
      }
      const uint32_t last = run_end(i, s.end_token);
      observe_run(i, last, s.first_token, s.end_token);
      if (i > s.first_token && (facts_[i - 1] & (kAsking | kQuoted)) == kAsking) {
        asked = person_asked(i, last, s);
        asked_at = i;
      }
      i = last;
    }
    int subject = -1;
    Span sentence_speaker;  // the last speaker named in this sentence
    bool spoke = false;
    bool cued = false;  // a cue before in this sentence
    for (uint32_t v = first_cue; v < s.end_token; ++v) {
      const std::string_view verb = cue_at(v, s.end_token);
      if (verb.empty()) continue;
      // "The Prime Minister said to me, and I quote, “...”": said's.
      if (cued && verb == "quote" && word(v - 1) == "I") continue;
      cued = true;
      Speech e;
      e.cue = v;
      e.verb = verb;
      Subject sub = subject_of(v, verb, s);
      int id = -1;
      if (sub.kind == SubjectKind::shared && !sentence_speaker.empty()) {
        e.speaker = sentence_speaker;  // "Berg said ... and called"
        id = subject;
      } else {
        if (sub.kind == SubjectKind::shared) sub = sentence_subject(s.first_token, s.end_token);
        // "But a senior executive, who asked not to be named, said ...
        // “...,” the executive said": the one unnamed, not the chief executive.
        if (sub.kind == SubjectKind::description && (sub.roles & unnamed_roles_)) sub.kind = SubjectKind::generic;
        // "My colleague put it well — she said": the one the sentence opens with, unnamed.
        if (sub.kind == SubjectKind::pronoun && sub.head > s.first_token + 1 && relation_of(s.first_token + 1)) {
          sub.kind = SubjectKind::generic;
        }
        settle_later_ = false;
        id = resolve(sub, e);
        // "When I put this to a serving minister, she laughed. “...,” she
        // said": "she" is the one unnamed in focus, someone the text does not name.
        // So is "he" right after one asked, unnamed ("I asked one factory owner").
        if (id < 0 && sub.kind == SubjectKind::pronoun && salient_ < 0 &&
            (unnamed_roles_ != 0 || unnamed_just_before())) {
          sub.kind = SubjectKind::generic;
        }
        // "A senior official put it to me ... Bailey: “...” ... “...,” the
        // official added": one unnamed before, though another is in focus now.
        if (id < 0 && sub.kind == SubjectKind::description && (sub.roles & unnamed_before_)) {
          sub.kind = SubjectKind::generic;
        }
      }
      if (!e.speaker.empty()) sentence_speaker = e.speaker;
      if (id >= 0) {
        if (subject < 0 || !in_side_clause(sub)) subject = id;
        people_[id].spoke = true;
      }
      if (id >= 0 && v > asked_at) asked = -1;  // "..., Amir-Abdollahian noted": the asking is reported
      if (id < 0 && (sub.kind == SubjectKind::description || sub.kind == SubjectKind::generic ||
                     sub.kind == SubjectKind::demonym)) {
        unnamed_speech_ = s.end_token;
      }
      // A cue whose subject was not found says nothing, and is mostly a
      // noun ("has rejected claims that"): the person opening the sentence
      // is still the one "she" refers to next.
      if (sub.kind != SubjectKind::none) spoke = true;
      // A cue with no subject is not an event; one with a generic
      // subject ("officials said") says the speaker is no one in particular,
      // as does an organization the text does not name ("the company said",
      // "the statement said"): no person spoke there. An unresolved
      // description or pronoun may still be the person the next rules find;
      // not one of an organization ("the Chelsea head coach said" after
      // Arsenal's manager spoke), which names someone the text does not.
      const bool settle = settle_later_ && sub.kind == SubjectKind::description;
      if (!e.speaker.empty() || sub.kind == SubjectKind::generic || sub.kind == SubjectKind::organization ||
          sub.kind == SubjectKind::demonym || (sub.kind == SubjectKind::description && sub.of_organization) ||
          settle) {
        if (settle) {
          if (unsettled_.empty()) unsettled_.reserve(cues_);  // as the events, for the same reason
          unsettled_.push_back({index_.events.size(), sub.roles, sub.nation});
        }
        index_.events.push_back(e);
      }
    }
    if (spoke) {
      last_speaker_ = subject;
      last_speech_sentence_ = sentence_;
    }
    if (asked >= 0) {
      focus_on(asked);
    } else if (subject >= 0) {
      focus_on(subject);
      // "A spokeswoman for Tesco said ... “...,” she said": someone unnamed
      // spoke for the organization, and "she" next is her, so the
      // organization, not a person named before.
      if (!speaks_as_person(subject) && (indefinite_roles(s.first_token, first_cue) & kSpokespersonRoles)) {
        unnamed_speech_ = s.end_token;
      }
    } else if (!spoke && asks_someone_unnamed(first_cue, s.end_token)) {
      // The one asked, whom the text does not name, answers next ("“Honestly?
      // Fear,” he said"), not the person in focus before.
      unnamed_in_focus(0, s);
    } else if (!spoke) {
      sentence_initial_person(s);
    } else if (unnamed_speech_ == s.end_token) {
      // "A store manager in Wrexham, one of the towns affected, said": "the
      // manager" next is that one. "he" may still be the person in focus,
      // whom the speech may be about ("an attending doctor said Mother
      // Teresa ... was conscious").
      unnamed_roles_ = indefinite_roles(s.first_token, first_cue);
      unnamed_before_ |= unnamed_roles_;
      // "A spokeswoman for Tesco said ... “...,” she said": a spokesperson
      // speaks for another and goes on speaking; "she" is her, not the
      // person in focus before, whom her sentence does not name.
      if ((unnamed_roles_ & kSpokespersonRoles) && salient_ >= 0 && people_[salient_].last.start < s.start) {
        salient_ = -1;
      }
    }
  }

  // "Sir Keir Starmer has defended the Budget, saying ..., as the
  // Conservatives accused Labour of ...": a name that speaks in a clause
  // opened by "as", "while" or "whereas" after another speaker of the
  // sentence; the focus stays with the sentence's first speaker.
  bool in_side_clause(const Subject& sub) const {
    if (sub.kind != SubjectKind::name) return false;
    uint32_t k = doc_.first_token_from(sub.name.span.start);
    if (k > 0 && (word(k - 1) == "the" || word(k - 1) == "The")) --k;
    if (k == 0) return false;
    const std::string_view w = word(k - 1);
    return w == "as" || w == "while" || w == "whereas";
  }

  // Descriptions that named no one, or the person in focus as a guess, once
  // the whole text is read: the one holder of the role it names is the
  // speaker ("Keir Starmer will use his speech ... the prime minister will
  // tell the conference: “...”" above "Prime Minister Keir Starmer"); with
  // none, a guess stands, and a description of no one is someone the text
  // does not name ("the campaign official said" after "President Bill
  // Clinton"), its cue an event with no speaker. Not in the headline
  // ("Flood town 'will be rebuilt', says mayor"), whose quotation is the
  // person's the story is about.
  void settle_descriptions(int headline) {
    if (unsettled_.empty()) return;
    const text::Paragraph* top = headline >= 0 ? &doc_.paragraphs[headline] : nullptr;
    for (const Unsettled& u : unsettled_) {
      Speech& e = index_.events[u.event];
      int id = only_holder(u.roles, u.nation);
      if (id < 0 && e.speaker.empty()) id = only_holder(u.roles, u.nation, guessed_holders_);
      if (id >= 0) e.speaker = people_[id].last;
      if (e.speaker.empty() && top != nullptr && e.cue >= top->first_token && e.cue < top->end_token) e.verb = {};
    }
    auto& ev = index_.events;
    ev.erase(std::remove_if(ev.begin(), ev.end(), [](const Speech& e) { return e.verb.empty(); }), ev.end());
  }

  // "I asked one factory owner in Sheffield why": whether an asking verb
  // from `first_cue` on (an asking verb is a cue) asks someone unnamed.
  bool asks_someone_unnamed(uint32_t first_cue, uint32_t end) const {
    for (uint32_t k = first_cue; k + 1 < end; ++k) {
      if ((facts_[k] & (kAsking | kQuoted)) == kAsking && indefinite(k + 1)) return true;
    }
    return false;
  }

  // Whether someone unnamed spoke or came into focus in the two sentences
  // before this one (the second: "Honestly?" before "Fear," he said).
  bool unnamed_just_before() const {
    constexpr size_t kSentencesBack = 2;
    if (unnamed_speech_ == 0) return false;
    const size_t back = sentence_ > kSentencesBack ? sentence_ - kSentencesBack : 0;
    return unnamed_speech_ > doc_.sentences[back].first_token;
  }

  // "Another analyst, who covers the sector, was more blunt": a person the
  // text does not name, with the roles `roles`, opening a sentence without
  // speech, is the one "he" or "she" and "the analyst" refer to next.
  void unnamed_in_focus(RoleBits roles, const text::Sentence& s) {
    salient_ = -1;
    unnamed_roles_ = roles;
    unnamed_before_ |= roles;
    unnamed_speech_ = s.end_token;
  }

  // A person the text names is the one "he" or "she" refers to next.
  void focus_on(int id) {
    if (id != salient_) before_salient_ = salient_;
    salient_ = id;
    focus_sentence_ = sentence_;
    unnamed_roles_ = 0;
  }

  // The roles of the persons "a", "an", "another" or "one" introduce in
  // [first, end), outside quotes: "a senior executive", "Another analyst".
  RoleBits indefinite_roles(uint32_t first, uint32_t end) const {
    RoleBits roles = 0;
    for (uint32_t k = first; k < end; ++k) roles |= role_after_indefinite(k, end);
    return roles;
  }

  // The role of the person the indefinite word at `k` introduces, if any.
  RoleBits role_after_indefinite(uint32_t k, uint32_t end) const {
    const auto c = doc_.text[doc_.tokens[k].start] | 0x20;
    return c == 'a' || c == 'o' ? role_after_article(k, end) : 0;  // most words, at once
  }

  // role_after_indefinite() of a word that may be "a", "an", "one" or
  // "another". Out of line, as role_of_word().
  [[gnu::noinline]] RoleBits role_after_article(uint32_t k, uint32_t end) const {
    const std::string_view w = word(k);
    if (quoted(k) || !(indefinite(k) || w == "A" || w == "An" || w == "Another" || w == "One")) return 0;
    for (uint32_t j = k + 1; j < end && j <= k + 1 + kMaxModifiers && is_word(j) && !capitalized(j); ++j) {
      if (const RoleBits role = role_at(j)) return role;
    }
    return 0;
  }

  // A person opening a sentence becomes the one "he" or "she" refers to
  // next: a known name ("Raisi also thanked Russia"), a full name ("Sarah
  // Whitlock, who was elected in May, ..."), or a description with its name
  // ("The prime minister, Elena Radu, struck a calmer tone").
  void sentence_initial_person(const text::Sentence& s) {
    const uint32_t i = s.first_token;
    if (i >= s.end_token || quoted(i)) return;
    if (word(i) == "The") {
      described_person(s);
      return;
    }
    if (const RoleBits roles = role_after_indefinite(i, s.end_token)) {
      unnamed_in_focus(roles, s);
      if (roles & kSpokespersonRoles) answers_through_spokesperson(i, s);
      return;
    }
    if (focus_on_name(i, s)) return;
    // "Her daughter Eilidh, 24, moved to Glasgow": the one named by their tie.
    if (i + 2 < s.end_token && has(i + 1, kRelation) && (word(i) == "Her" || word(i) == "His") &&
        focus_on_name(i + 2, s, /*after_role=*/true)) {
      return;
    }
    const uint32_t after = after_opening_words(s);
    if (const RoleBits roles = after < s.end_token ? asked_unnamed(i, after) : 0) {
      unnamed_in_focus(roles, s);
      return;
    }
    focus_on_name(after, s);
  }

  // "A spokesman for the American Stock Exchange would neither confirm nor
  // deny ...": an organization's spokesperson opening a sentence without
  // speech answers for it, as one who speaks does: "he said" next is the
  // organization (organization_speaking()), and no one in focus before.
  // `first` is the sentence's "A".
  void answers_through_spokesperson(uint32_t first, const text::Sentence& s) {
    uint32_t head = first + 1;  // role_after_indefinite() found it among the lower-case words after
    while (head < s.end_token && role_at(head) == 0) ++head;
    if (head >= s.end_token) return;
    const Subject org = organization_spoken_for(head, s.end_token);
    if (org.kind != SubjectKind::name) return;
    int id = find_person(word(org.name.surname));
    if (id < 0) id = add_person(org.name);
    mentioned(id, org.name.span);
    last_speaker_ = id;
    last_speech_sentence_ = sentence_;
  }

  // "When I put this to a serving minister, she laughed", "When we asked a
  // senior official, he declined": an opening clause in which the writer
  // ("I", "we") meets someone unnamed, then "he" or "she" at `after` (the
  // token after its comma, in the sentence), who is that one. Their roles, or 0.
  RoleBits asked_unnamed(uint32_t first, uint32_t after) const {
    if (!has(after, kPersonPronoun) || word(after - 1) != ",") return 0;
    for (uint32_t k = first + 1; k + 1 < after; ++k) {
      if (word(k) == "I" || word(k) == "we") return indefinite_roles(k + 1, after - 1);
    }
    return 0;
  }

  // Puts the person a name at `i` names in focus, if it names one.
  // `after_role`: the name follows an organization's role ("Chelsea head
  // coach Enzo Maresca"), the one hop taken.
  bool focus_on_name(uint32_t i, const text::Sentence& s, bool after_role = false) {
    if (i >= s.end_token || !name_word(i)) return false;
    const uint32_t last = run_end(i, s.end_token);
    Name n = read_name(i, last);
    if (!n.ok()) return false;
    // "Harbour Authority chairman Daniel Mensah", "Chelsea head coach Enzo
    // Maresca was frustrated": the run names an organization, the person
    // follows the role.
    if (last + 1 < s.end_token && role_at(last + 1) != 0 && !capitalized(last + 1)) {
      return !after_role && focus_on_name(name_after_roles(last + 1, s.end_token), s, /*after_role=*/true);
    }
    // "Mackinnon's neighbour, Jean Ferguson, 83, relies on the boat": the
    // person the possessive's tie names, set off by commas, is the subject.
    if (possessive(last) && !after_role && last + 3 < s.end_token && (has(last + 1, kRelation) || role_at(last + 1)) &&
        word(last + 2) == "," && name_word(last + 3)) {
      return focus_on_name(last + 3, s, /*after_role=*/true);
    }
    int id = find_person(n);
    // Two words or more, after a title or not ("Prof Abba Tijani, the
    // director-general, welcomed the decision"), or a surname the tagger
    // found a person by ("Fernández, signed from Real Betis, scored" after
    // "striker Maria Fernández", whom attribution took no note of), as the
    // subject ("Date's defeat left" is not about Date).
    const bool full_name = n.span.start < doc_.tokens[n.surname].start;  // not "SOAP STAR'S HEARTBREAK"
    // "Transport for Wales has suspended ...": an organization's name with a
    // lower-case word inside, which the run stops at; the tagger found it whole.
    const bool word_inside =
        last + 2 < s.end_token && is_word(last + 1) && !capitalized(last + 1) && capitalized(last + 2);
    const Mention* whole = word_inside ? mention_at(n.span.start) : nullptr;
    const bool organization = whole != nullptr && whole->type == EntityType::ORG && whole->span.end > n.span.end;
    if (organization) n.span = whole->span;
    if (id < 0 && (full_name || organization ||
                   (!has(i, kTitle) && !possessive(last) && tagged_person(n.surname, n.surname)))) {
      id = add_person(n);
    }
    if (id < 0) return false;
    mentioned(id, n.span);
    focus_on(id);
    return true;
  }

  // The token after the lower-case role words from `k` ("head coach",
  // "chairman"), or the sentence's end when none is a name's.
  uint32_t name_after_roles(uint32_t k, uint32_t hi) const {
    constexpr uint32_t kMaxRoleWords = 2;
    for (uint32_t words = 0; k < hi && words < kMaxRoleWords && role_at(k) != 0 && !capitalized(k); ++words) ++k;
    return k < hi && name_word(k) ? k : hi;
  }

  // Where the subject starts after a word or phrase that opens the sentence
  // ("But Graf, winner of 20 titles, was not about to", "Back at the
  // slipway, MacRae finished his rope"), or the sentence's end when none does.
  // A name alone there is the person in focus, as at the sentence's start.
  uint32_t after_opening_words(const text::Sentence& s) const {
    constexpr uint32_t kMaxOpening = 8;
    const uint32_t first = s.first_token;
    if (first + 1 < s.end_token && name_word(first + 1) && goes_on(first)) return first + 1;
    for (uint32_t k = first + 1; k < s.end_token && k <= first + kMaxOpening; ++k) {
      if (is_word(k) && !quoted(k)) continue;  // most tokens, by their facts alone
      if (quoted(k) || doc_.tokens[k].kind == TokenKind::quote) break;
      if (word(k) == ",") return k + 1;
    }
    return s.end_token;
  }

  // A conjunction or an adverb, not a preposition: "By Miriam Osei" is a
  // byline, "In Paris" a place.
  bool goes_on(uint32_t k) const {
    const std::string_view w = word(k);
    return w == "But" || w == "And" || w == "Yet" || w == "So" || has(k, kSkippable);
  }

  // "The prime minister, Elena Radu, struck a calmer tone", "The Speaker,
  // Sir Lindsay Hoyle, rose", "The Archbishop of Canterbury, Sarah
  // Mullally, criticised" introduce the person; "The minister had denied
  // any knowledge" refers to the one known by that role, as "the minister
  // said" does.
  void described_person(const text::Sentence& s) {
    const uint32_t hi = s.end_token;
    for (uint32_t k = s.first_token + 1; k + 2 < hi && k <= s.first_token + 1 + kMaxModifiers; ++k) {
      const RoleBits role = role_at(k);
      // "The Speaker, Sir Lindsay Hoyle, rose": a title written as a name, then the name.
      const bool titled = capitalized(k) && has(k, kTitle);
      const uint32_t comma = titled ? after_place_of(k + 1, hi) : k + 1;
      const bool title = titled && comma + 1 < hi && word(comma) == "," && name_word(comma + 1);
      if (!title && (role == 0 || capitalized(k))) continue;
      if (word(comma) != "," || !name_word(comma + 1)) {
        const Subject d = description_before(k, s.first_token);
        const int id = d.kind == SubjectKind::description ? resolve_description(d) : -1;
        if (id >= 0) focus_on(id);
        return;
      }
      Name n = read_name(comma + 1, run_end(comma + 1, hi));
      if (!n.ok() || n.surname == comma + 1) return;  // a full name, not a place
      n.roles |= role;
      const int id = add_person(n);
      mentioned(id, n.span);
      focus_on(id);
      return;
    }
  }

  // The token after "of Canterbury", "of the Exchequer" at `k` (a title's
  // place or office, capitalized words), or `k` when there is none.
  uint32_t after_place_of(uint32_t k, uint32_t hi) const {
    if (k >= hi || word(k) != "of") return k;
    uint32_t after = k + 1 < hi && word(k + 1) == "the" ? k + 2 : k + 1;
    const uint32_t first = after;
    while (after < hi && name_word(after) && after - first < kMaxNameWords) ++after;
    return after > first ? after : k;
  }

  // The first known person the headline names or, naming no one, the one
  // holder of a role it names ("‘YOU ARE A COWARD’: Judge's fury as thug is
  // jailed": Judge Hilary Manley, not the thug the story mentions most).
  Span headline_person(const text::Paragraph& p) const {
    RoleBits roles = 0;
    for (uint32_t i = p.first_token; i < p.end_token; ++i) {
      if (!capitalized(i)) continue;
      const int id = find_person(word(i));
      if (id >= 0) return {doc_.tokens[i].start, doc_.tokens[i].end()};
      if (!quoted(i)) roles |= role_at(i);
    }
    const int holder = roles != 0 ? only_holder(roles, {}) : -1;
    return holder >= 0 ? people_[holder].last : Span{};
  }

  Span most_mentioned() const {
    const Person* best = nullptr;
    for (const Person& p : people_) {
      if (best == nullptr || p.mentions > best->mentions) best = &p;
    }
    return best == nullptr ? Span{} : best->last;
  }

  static constexpr std::array<int, 64> filled_holders() {
    std::array<int, 64> a{};
    for (int& h : a) h = -1;
    return a;
  }

  const text::Document& doc_;
  const std::vector<Mention>& mentions_;  // the entity stage's, sorted by start
  const std::vector<ParagraphRole>& roles_;  // the paragraphs', one each
  std::unique_ptr<uint32_t[]> facts_;  // per token: WordClass and Shape bits, and the role
  uint32_t cues_ = 0;  // tokens with kCue among facts_
  bool in_furniture_ = false;  // the sentence read is in a boilerplate paragraph
  std::vector<Person> people_;
  std::vector<int> by_surname_;  // -1 or an index into people_; the size a power of two
  // By role bit: the one person the text declares of that role, -1 for none
  // or kManyHolders.
  static constexpr int kManyHolders = -2;
  std::array<int, 64> holders_ = filled_holders();
  // By role bit: the one person a description of that role was taken for
  // (described_in_focus()), though the text does not declare it.
  std::array<int, 64> guessed_holders_ = filled_holders();
  std::vector<int> recent_;  // most recent first, at most kRecent
  int salient_ = -1;         // the person "he" or "she" refers to
  int before_salient_ = -1;  // the one in focus before salient_ came into it
  uint32_t focus_sentence_ = UINT32_MAX;  // the sentence that put salient_ in focus
  // The speaker of the latest sentence with speech (-1 when none was found)
  // and that sentence's index.
  int last_speaker_ = -1;
  uint32_t last_speech_sentence_ = UINT32_MAX;
  uint32_t sentence_ = 0;    // the index of the sentence being read
  bool candidates_read_ = false;
  std::vector<Candidate> candidates_;  // in text order
  std::vector<uint8_t> entity_sex_;    // by entity index: what all its mentions' cues say (SexCue bits)
  std::vector<SurnameSex> surname_sex_;  // by sex_slot(); the size a power of two
  // The end of the latest sentence with speech whose speaker is described
  // but not known ("the ministry spokesman said", "officials said"): "he"
  // after it refers to that speaker, not to a person named in it or before.
  uint32_t unnamed_speech_ = 0;
  // The roles of that speaker when it is one person ("a senior executive"):
  // "the executive said" after it is that one, not a chief executive named
  // before. 0 once a person the text names speaks or is in focus.
  RoleBits unnamed_roles_ = 0;
  RoleBits unnamed_before_ = 0;  // the roles of every unnamed person introduced so far
  // A description's event resolve() left to settle_descriptions().
  struct Unsettled {
    size_t event = 0;  // index into index_.events
    RoleBits roles = 0;
    std::string_view nation;
  };
  std::vector<Unsettled> unsettled_;
  bool settle_later_ = false;  // set by resolve() for the event it resolves
  SpeechIndex index_;
};

}  // namespace

SpeechIndex find_speech(const text::Document& doc, const std::vector<Pair>& quotations,
                        const std::vector<Mention>& mentions, int headline,
                        const std::vector<ParagraphRole>& roles) {
  return Finder(doc, quotations, mentions, roles).run(headline);
}

}  // namespace lede::quotes
