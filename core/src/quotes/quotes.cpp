// Assembles the quotes stage: each paired quotation gets a kind (direct when
// it is speech in its own right, partial for a fragment inside a sentence)
// and the speaker of the speech event beside it; multi-paragraph quotations
// share one speaker; interview answers are `qa` quotes of the turn's speaker.
#include "quotes/quotes.hpp"

#include <algorithm>

#include "quotes/attribution.hpp"
#include "quotes/lexicon.hpp"
#include "quotes/pairing.hpp"
#include "text/chars.hpp"

namespace lede::quotes {

namespace {

using text::TokenKind;

constexpr uint32_t kAfterWindow = 8;   // ,” said the Russian Foreign Minister
constexpr uint32_t kMinDirectWords = 3;  // "Oppenheimer" at a sentence start is a title, not speech
constexpr uint32_t kMaxTitleWords = 6;   // "A Chronic Mental Illness", "Mission: Impossible"
constexpr uint32_t kMinEchoBytes = 12;   // words quoted again: a few words, as "No" is anyone's

// Whether `text` holds `words`, in time linear in both (Knuth, Morris and
// Pratt): a naive search is quadratic on a hostile page of long quotations
// of one repeated letter.
class Needle {
 public:
  explicit Needle(std::string_view words) : words_(words), fallback_(words.size(), 0) {
    for (size_t i = 1, k = 0; i < words_.size(); ++i) {
      while (k > 0 && words_[i] != words_[k]) k = fallback_[k - 1];
      if (words_[i] == words_[k]) ++k;
      fallback_[i] = k;
    }
  }

  bool in(std::string_view text) const {
    if (words_.empty()) return true;
    for (size_t i = 0, k = 0; i < text.size(); ++i) {
      while (k > 0 && text[i] != words_[k]) k = fallback_[k - 1];
      if (text[i] == words_[k] && ++k == words_.size()) return true;
    }
    return false;
  }

 private:
  std::string_view words_;
  std::vector<size_t> fallback_;  // per prefix: the longest proper prefix that is also its suffix
};

class Assembler {
 public:
  Assembler(const text::Document& doc, const structure::Structure& shape, const entities::Result& named)
      : doc_(doc), shape_(shape), named_(named) {}

  std::vector<Quote> run() {
    pairs_ = pair_marks(doc_);
    // A third of news texts quote no one: with neither a quotation nor an
    // interview answer there is no speaker to look for.
    if (pairs_.empty() && shape_.turns.empty()) return {};
    headline_ = headline();
    speech_ = find_speech(doc_, pairs_, named_.mentions, headline_, shape_.roles);
    quotes_.reserve(pairs_.size() + shape_.turns.size());
    for (const Pair& p : pairs_) quotes_.push_back(quote_of(p));
    resume_interrupted();
    carry_speakers();
    take_echoed_speakers();
    take_pulled_speakers();
    drop_names_and_grades();
    take_answer_speakers();
    for (const structure::Turn& t : shape_.turns) quotes_.push_back(answer_of(t));
    map_to_entities();
    // Usually sorted already (quotations come in order; interview answers
    // are the exception): stable_sort would hold a copy of the list.
    auto by_start = [](const Quote& a, const Quote& b) { return a.span.start < b.span.start; };
    if (!std::is_sorted(quotes_.begin(), quotes_.end(), by_start)) {
      std::stable_sort(quotes_.begin(), quotes_.end(), by_start);
    }
    return std::move(quotes_);
  }

 private:
  std::string_view word(uint32_t i) const { return doc_.token_text(i); }

  // The sentence holding token i (binary search: quotes and cues are few).
  uint32_t sentence_of(uint32_t i) const {
    const auto& ss = doc_.sentences;
    auto it = std::upper_bound(ss.begin(), ss.end(), i, [](uint32_t t, const text::Sentence& s) { return t < s.end_token; });
    return static_cast<uint32_t>(it - ss.begin());
  }

  int headline() const {
    for (size_t i = 0; i < shape_.roles.size(); ++i) {
      if (shape_.roles[i] == ParagraphRole::headline) return static_cast<int>(i);
    }
    return -1;
  }

  // --- kind ------------------------------------------------------------------
  bool starts_upper(uint32_t first) const {
    const text::Token& t = doc_.tokens[first];
    const auto c = static_cast<unsigned char>(word(first)[0]);
    return t.kind == TokenKind::number || t.kind == TokenKind::quote || text::is_upper_ascii(c) ||
           (t.kind == TokenKind::word && c >= 0xC3);
  }

  // A quotation introduced as speech: at the start of a sentence, after a
  // colon, comma or dash, or right after a cue verb.
  bool introduced(const Pair& p) const {
    const text::Paragraph& para = doc_.paragraphs[p.paragraph];
    if (p.open == para.first_token || doc_.sentences[sentence_of(p.open)].first_token == p.open) return true;
    const std::string_view before = word(p.open - 1);
    return before == ":" || before == "," || is_dash(before) || before == "(" || is_cue_verb(before);
  }

  // An em dash, an en dash or a hyphen standing as one.
  static bool is_dash(std::string_view w) { return w == "\xE2\x80\x94" || w == "\xE2\x80\x93" || w == "-"; }

  QuoteKind kind_of(const Pair& p) const {
    if (p.group >= 0) return QuoteKind::direct;
    const uint32_t first = p.open + 1, last = p.close - 1;
    if (!starts_upper(first)) return QuoteKind::partial;
    uint32_t words = 0;
    for (uint32_t i = first; i <= last && words < kMinDirectWords; ++i) {
      if (doc_.tokens[i].kind == TokenKind::word || doc_.tokens[i].kind == TokenKind::number) ++words;
    }
    const std::string_view end = word(last);
    const bool ends_clause = end == "." || end == "," || end == "!" || end == "?" || end == "\xE2\x80\xA6";
    if (words < kMinDirectWords && !ends_clause) return QuoteKind::partial;
    return introduced(p) || (ends_clause && words >= kMinDirectWords) ? QuoteKind::direct : QuoteKind::partial;
  }

  // "Independence Day", "Mission: Impossible", "the national \"Strike Hard\"
  // campaign": a fragment of a few capitalized words, small ones between,
  // is a title or a name, nobody's words, though a speaker's sentence holds
  // it. An exclamation ("Freedom for Chechnya!") is speech.
  bool title(const Pair& p) const {
    uint32_t words = 0;
    for (uint32_t i = p.open + 1; i < p.close; ++i) {
      if (doc_.tokens[i].kind != TokenKind::word) continue;
      const std::string_view w = word(i);
      // English small words, and French and Spanish ones ("La Creation du Monde")
      const bool small = w == "of" || w == "the" || w == "a" || w == "an" || w == "and" || w == "in" ||
                         w == "on" || w == "to" || w == "for" || w == "at" || w == "du" || w == "de" ||
                         w == "des" || w == "del" || w == "la" || w == "le";
      if (!(starts_upper(i) || (small && words > 0)) || ++words > kMaxTitleWords) return false;
    }
    const std::string_view end = word(p.close - 1);
    return words > 0 && end != "!" && end != "?" && end != ".";
  }

  // A title the entity stage read as a work's name (see tag_quoted_titles()),
  // whose words the quotation holds, maybe with a comma inside the marks.
  bool names_work(const Pair& p) const {
    if (p.close <= p.open + 1 || !p.close_mark) return false;
    const Mention* m = covering({doc_.tokens[p.open + 1].start, doc_.tokens[p.open + 1].start + 1});
    if (m == nullptr || m->type != EntityType::MISC || m->span.start != doc_.tokens[p.open + 1].start) return false;
    const uint32_t last = word(p.close - 1) == "," || word(p.close - 1) == "." ? p.close - 2 : p.close - 1;
    return m->span.end == doc_.tokens[last].end() || (title_shaped(p) && before_verb(p));
  }

  // Capitalized words with small ones and a colon between, ending in a
  // word: "Now You See Me: Now You Don't" (the entity stage took two names
  // of it), as title() reads them but longer, as a film's may be.
  bool title_shaped(const Pair& p) const {
    constexpr uint32_t kMaxWorkWords = 10;
    if (p.close - p.open > 2 * kMaxWorkWords) return false;  // a title is short: a long quotation is not read
    uint32_t words = 0;
    for (uint32_t i = p.open + 1; i < p.close; ++i) {
      const TokenKind kind = doc_.tokens[i].kind;
      if (kind == TokenKind::number) continue;
      if (kind != TokenKind::word) {
        if (word(i) != ":" || i + 1 == p.close) return false;
        continue;
      }
      if (!(starts_upper(i) || (words > 0 && text::is_lower_ascii(static_cast<unsigned char>(word(i)[0])) &&
                                word(i).size() <= 3)) ||
          ++words > kMaxWorkWords) {
        return false;
      }
    }
    return words > 1 && doc_.tokens[p.close - 1].kind == TokenKind::word;
  }

  // '"Now You See Me: Now You Don't" added $9 million': a verb in lower
  // case right after the marks, as after a name; a cue only before a sum
  // (speech ends in a comma or a stop inside its marks, and its cue follows).
  bool before_verb(const Pair& p) const {
    const uint32_t verb = p.close + 1;
    if (verb + 1 >= doc_.tokens.size() || doc_.tokens[verb].kind != TokenKind::word ||
        !text::is_lower_ascii(static_cast<unsigned char>(word(verb)[0]))) {
      return false;
    }
    if (!is_cue_verb(word(verb))) return true;
    const TokenKind next = doc_.tokens[verb + 1].kind;
    return next == TokenKind::number || next == TokenKind::symbol;
  }

  // 'an "A" CinemaScore', 'a "BBB-" rating', 'cut to "Baa3"': a grade or a
  // letter in quote marks: one capital, or up to three of one ("AAA"), with
  // a "+" or "-"; or Moody's, a capital, up to two "a" and a digit ("Aa1").
  bool grade(const Pair& p) const {
    constexpr size_t kMaxGrade = 5;  // "Baa3-", "AAA+"
    if (p.span.size() > kMaxGrade || p.span.empty()) return false;
    std::string_view g = doc_.text.substr(p.span.start, p.span.size());
    if (g.size() > 1 && (g.back() == '+' || g.back() == '-')) g.remove_suffix(1);
    if (!text::is_upper_ascii(static_cast<unsigned char>(g[0]))) return false;
    size_t i = 1;
    while (i < g.size() && i < 3 && g[i] == g[0]) ++i;  // "AAA", "BB"
    if (i == g.size()) return true;
    if (i > 1) return false;
    while (i < g.size() && i < 3 && g[i] == 'a') ++i;  // "Aa", "Baa", "Caa"
    return i + 1 == g.size() && g[i] >= '1' && g[i] <= '3';
  }

  // Quote marks around a work's title or a grade hold no quotation: they
  // would count as quotes ("Found ... 9 quotes" for a box-office story
  // quoting one person).
  bool no_quotation(const Pair& p) const {
    return (names_work(p) && !after_speaking(p)) || grade(p) || (after_work_noun(p) && title_shaped(p)) ||
           dated_title(p);
  }

  // '“Off the Wall” (1979), “Thriller” (1982) and “Bad” (1987)': a title
  // before the year the work came out, in brackets.
  bool dated_title(const Pair& p) const { return title(p) && text::year_in_brackets_at(doc_, p.close + 1); }

  // 'Taylor Swift's album "The Life of a Showgirl"', 'the BBC drama "Slow
  // Horses"': a noun that names a kind of work before the marks (the
  // entity stage may have made names of the title's words, "Life" and
  // "Showgirl").
  bool after_work_noun(const Pair& p) const {
    static constexpr std::string_view kWorks[] = {"album", "song", "single", "film", "movie", "series", "show",
                                                  "book", "novel", "memoir", "play", "musical", "opera",
                                                  "podcast", "documentary", "drama", "sitcom", "episode", "track"};
    if (p.open == 0 || doc_.tokens[p.open - 1].kind != TokenKind::word) return false;
    const std::string_view w = word(p.open - 1);
    return std::find(std::begin(kWorks), std::end(kWorks), w) != std::end(kWorks);
  }

  // 'Protesters chanted "Death to America" and burned flags', 'Johnson
  // called it "Project Fear" and': words a crowd's cry or a speaker's name
  // for something gives, though they read as a name. Not a work after a
  // cue ('He wrote "Rene"', 'Granma called "Sleeping Bread" Puig's gift').
  bool after_speaking(const Pair& p) const {
    if (p.open < 2) return false;
    const std::string_view w = word(p.open - 1);
    if (w == "it") return is_cue_verb(word(p.open - 2));  // "called it"
    return w == "chanted" || w == "chanting" || w == "shouted" || w == "shouting" || w == "yelled" || w == "cried";
  }

  // --- speaker ---------------------------------------------------------------
  const Speech* event_after(uint32_t token, uint32_t window) const {
    const auto& ev = speech_.events;
    auto it = std::upper_bound(ev.begin(), ev.end(), token, [](uint32_t t, const Speech& e) { return t < e.cue; });
    if (it == ev.end() || sentence_of(it->cue) != sentence_of(token) || it->cue - token > window) return nullptr;
    return &*it;
  }

  const Speech* event_before(uint32_t token) const {
    const auto& ev = speech_.events;
    auto it = std::lower_bound(ev.begin(), ev.end(), token, [](const Speech& e, uint32_t t) { return e.cue < t; });
    if (it == ev.begin()) return nullptr;
    --it;
    return sentence_of(it->cue) == sentence_of(token) ? &*it : nullptr;
  }

  // Direct speech takes the cue right after it (“…,” he said), else the one
  // that introduces it; a fragment takes its sentence's reporting verb.
  const Speech* event_for(const Pair& p, QuoteKind kind) const {
    const bool closed = p.close_mark;
    const Speech* after = closed ? event_after(p.close, kAfterWindow) : nullptr;
    const Speech* before = event_before(p.open);
    const Speech* later = closed ? event_after(p.close, UINT32_MAX) : nullptr;
    if (kind == QuoteKind::direct) return after ? after : before ? before : later;
    return before ? before : later;
  }

  // "Lavrov said:" ending the paragraph before a quotation that opens its own.
  const Speech* colon_before(const Pair& p) const {
    const text::Paragraph& para = doc_.paragraphs[p.paragraph];
    if (p.paragraph == 0 || p.open != para.first_token) return nullptr;
    const text::Paragraph& prev = doc_.paragraphs[p.paragraph - 1];
    if (word(prev.end_token - 1) != ":") return nullptr;
    const auto& ev = speech_.events;
    auto it = std::lower_bound(ev.begin(), ev.end(), prev.end_token, [](const Speech& e, uint32_t t) { return e.cue < t; });
    if (it == ev.begin() || (it - 1)->cue < prev.first_token) return nullptr;
    return &*(it - 1);
  }

  // "“We were ignored for months.” That was the verdict of one mother": a
  // closed quotation ending its sentence, and the sentence after it in its
  // paragraph says whose words they were (attribution's "verdict" cue).
  const Speech* verdict_after(const Pair& p) const {
    constexpr uint32_t kVerdictAt = 3;  // "That was the verdict"
    const uint32_t next = sentence_of(p.close) + 1;
    if (!p.close_mark || next >= doc_.sentences.size()) return nullptr;
    const text::Sentence& s = doc_.sentences[next];
    if (s.first_token != p.close + 1 || s.first_token >= doc_.paragraphs[p.paragraph].end_token) return nullptr;
    const Speech* e = event_after(s.first_token, kVerdictAt);
    const bool verdict = e != nullptr && e->cue == s.first_token + kVerdictAt;
    return verdict && (e->verb == "verdict" || e->verb == "view") ? e : nullptr;
  }

  // The mention of a person that begins with token i, or null.
  const Mention* person_starting_at(uint32_t i) const {
    const text::Token& t = doc_.tokens[i];
    const Mention* m = covering({t.start, t.start + 1});
    return m != nullptr && m->type == EntityType::PER && m->span.start == t.start ? m : nullptr;
  }

  // "“Prices will rise.” — Jane Doe, chief executive": a closed quotation,
  // a dash, and the person who said it, ending the paragraph or followed by
  // a comma. The dash is the cue, as a colon is for an interview's answer.
  const Mention* dashed_speaker(const Pair& p) const {
    const text::Paragraph& para = doc_.paragraphs[p.paragraph];
    const uint32_t dash = p.close + 1;
    if (!p.close_mark || dash + 1 >= para.end_token) return nullptr;
    if (!is_dash(word(dash))) return nullptr;
    const Mention* m = person_starting_at(dash + 1);
    if (m == nullptr) return nullptr;
    uint32_t after = dash + 1;
    while (after < para.end_token && doc_.tokens[after].start < m->span.end) ++after;
    return after == para.end_token || word(after) == "," ? m : nullptr;
  }

  // "Reeves: 'We are choosing to protect the NHS'": a headline (a live
  // blog's entry has one each) quoting the person it opens with, the name
  // right before a colon; or a sentence of the text so ("Andrew Bailey was
  // blunter. Bailey: “Markets are telling us something.”").
  // A live page's list of key events gives each entry's time before it
  // ("12:31 Reeves: 'We are choosing stability'"). A match report's "What
  // they said" gives the person's side and role before the name
  // ("Newcastle boss Eddie Howe: “...”") or the topic after it ("Thiago on
  // his double: “...”").
  const Mention* named_before_colon(const Pair& p) const {
    constexpr uint32_t kMaxTopic = 6;  // "on his double", "on the title race"
    const text::Paragraph& para = doc_.paragraphs[p.paragraph];
    const uint32_t colon = p.open - 1;
    if (p.open < para.first_token + 2 || word(colon) != ":") return nullptr;
    const uint32_t first = after_stamp(doc_.sentences[sentence_of(p.open)].first_token, p.open);
    if (const Mention* m = person_ending_at(colon); m != nullptr && describes_person(first, m)) return m;
    const Mention* m = person_starting_at(first);
    if (m == nullptr) return nullptr;
    if (m->span.end == doc_.tokens[colon].start) return m;
    const uint32_t on = doc_.first_token_from(m->span.end);
    if (on >= colon || word(on) != "on" || colon - on > kMaxTopic) return nullptr;
    for (uint32_t k = on + 1; k < colon; ++k) {
      if (doc_.tokens[k].kind != TokenKind::word || is_cue_verb(word(k))) return nullptr;
    }
    return m;
  }

  // The token after a live page's stamp opening an entry at `first` ("12:31
  // Reeves: ...", "2h ago Reeves: ...", "2 hours ago Reeves: ..."), before
  // `end`; `first` when there is none.
  uint32_t after_stamp(uint32_t first, uint32_t end) const {
    constexpr uint32_t kMaxAgo = 2;  // "2h ago", "2 hours ago": the tokens before "ago"
    const bool clock = doc_.tokens[first].kind == TokenKind::number && word(first).find(':') != std::string_view::npos;
    if (clock) return first + 1 < end ? first + 1 : first;
    if (!text::is_digit(static_cast<unsigned char>(word(first)[0]))) return first;
    for (uint32_t k = first + 1; k < end && k <= first + kMaxAgo; ++k) {
      if (word(k) == "ago") return k + 1 < end ? k + 1 : first;
    }
    return first;
  }

  // The person the tagger found ending right before token `k`, or null.
  const Mention* person_ending_at(uint32_t k) const {
    if (k == 0) return nullptr;
    const Mention* m = covering({doc_.tokens[k - 1].start, doc_.tokens[k - 1].end()});
    return m != nullptr && m->type == EntityType::PER && m->span.end == doc_.tokens[k - 1].end() ? m : nullptr;
  }

  // "Newcastle boss", "Brentford head coach": the words from `first` to
  // the person `m`, a few, each capitalized (a side's name) or a role.
  bool describes_person(uint32_t first, const Mention* m) const {
    constexpr uint32_t kMaxDescription = 4;
    const uint32_t name = doc_.first_token_from(m->span.start);
    if (name <= first || name - first > kMaxDescription) return false;
    for (uint32_t k = first; k < name; ++k) {
      if (doc_.tokens[k].kind != TokenKind::word) return false;
      if (!starts_upper(k) && !(look_up(word(k)).classes & (kRole | kRelation | kTitle))) return false;
    }
    return true;
  }

  // "## The mayor's view" above "“We ran a clean campaign.”": a paragraph
  // under a heading (a headline below the story's, as a live entry's or a
  // Markdown section's) opens a section, and the person in focus before the
  // heading is not the one it is about.
  bool opens_section(uint32_t paragraph) const {
    return paragraph > 0 && shape_.roles[paragraph - 1] == ParagraphRole::headline &&
           static_cast<int>(paragraph) - 1 != headline_;
  }

  // A direct quotation that opens its sentence and ends its paragraph: the
  // whole paragraph, or the words of the person the sentence before it is
  // about ("Fernández smiled. “No. I found out this morning.”").
  bool ends_paragraph(const Pair& p) const {
    const text::Paragraph& para = doc_.paragraphs[p.paragraph];
    const bool opens = p.open == para.first_token || doc_.sentences[sentence_of(p.open)].first_token == p.open;
    return opens && (p.close + 1 >= para.end_token || !p.close_mark);
  }

  Quote quote_of(const Pair& p) const {
    Quote q;
    q.span = p.span;
    q.kind = kind_of(p);
    if (p.depth != 0) return q;  // a quotation inside a quotation: its speaker is not ours to find
    if (q.kind == QuoteKind::partial && title(p)) return q;
    if (no_quotation(p)) {  // 'her new book, "The Road to Nowhere", is out': dropped at the end
      q.kind = QuoteKind::partial;
      return q;
    }
    if (const Mention* m = q.kind == QuoteKind::direct ? dashed_speaker(p) : nullptr) {
      q.cue = std::string(word(p.close + 1));
      q.speaker_span = m->span;
      return q;
    }
    if (const Mention* m = named_before_colon(p)) {
      q.cue = ":";
      q.speaker_span = m->span;
      return q;
    }
    const Speech* e = event_for(p, q.kind);
    if (e == nullptr && q.kind == QuoteKind::direct) e = colon_before(p);
    if (e == nullptr && q.kind == QuoteKind::direct) e = verdict_after(p);
    if (e != nullptr) {
      q.cue = std::string(e->verb);
      if (!e->speaker.empty()) q.speaker_span = e->speaker;
    } else if (shape_.roles[p.paragraph] == ParagraphRole::headline) {
      // A headline quotes the person it names, or else the person the story is about.
      const Span person = speech_.headline_person.empty() ? speech_.most_mentioned : speech_.headline_person;
      if (!person.empty()) q.speaker_span = person;
    }
    return q;
  }

  // "“Labour will be relieved to have held on,” she said, “but a majority
  // cut ... is not a comfortable place to be.”": a direct quotation broken
  // by its cue goes on after it, though in lower case.
  void resume_interrupted() {
    // ", she said ,", ", said Prof Helen Marsh of Kent ,", ", said Rory Deighton of the NHS Confederation ,"
    constexpr uint32_t kMaxCueTokens = 12;
    int previous = -1;  // the last outermost quotation
    for (size_t i = 0; i < pairs_.size(); ++i) {
      const Pair& p = pairs_[i];
      if (p.depth != 0) continue;
      if (previous >= 0 && quotes_[i].kind == QuoteKind::partial) {
        const Pair& before = pairs_[static_cast<size_t>(previous)];
        const bool broken = quotes_[static_cast<size_t>(previous)].kind == QuoteKind::direct && before.close_mark &&
                            before.paragraph == p.paragraph && word(before.close - 1) == "," &&
                            word(p.open - 1) == "," && p.open - before.close <= kMaxCueTokens;
        if (broken) quotes_[i].kind = QuoteKind::direct;
      }
      previous = static_cast<int>(i);
    }
  }

  // Paragraphs of one running quotation share its speaker (usually named in
  // the last); a direct quotation with no cue continues the speaker of the
  // direct quotation before it in its paragraph, or in the paragraph before
  // when it opens its own; a paragraph that is only a quotation belongs to
  // the person the text is about at that point.
  void carry_speakers() {
    for (size_t i = pairs_.size(); i-- > 0;) {
      const int g = pairs_[i].group;
      if (g < 0 || static_cast<size_t>(g) == i || !quotes_[i].speaker_span) continue;
      if (!quotes_[g].speaker_span) copy_speaker(i, static_cast<size_t>(g));
    }
    for (size_t i = 0; i < pairs_.size(); ++i) {
      const int g = pairs_[i].group;
      if (g >= 0 && !quotes_[i].speaker_span && quotes_[g].speaker_span) copy_speaker(static_cast<size_t>(g), i);
    }
    int previous = -1;  // the last outermost direct quotation
    for (size_t i = 0; i < pairs_.size(); ++i) {
      const Pair& p = pairs_[i];
      if (p.depth != 0) continue;
      Quote& q = quotes_[i];
      // A running quotation's later paragraphs: its first one's speaker, found just below.
      const int g = p.group;
      if (g >= 0 && static_cast<size_t>(g) < i && !q.speaker_span && quotes_[g].speaker_span) {
        copy_speaker(static_cast<size_t>(g), i);
      }
      const bool same_paragraph = previous >= 0 && pairs_[previous].paragraph == p.paragraph;
      if (q.kind == QuoteKind::direct && !q.speaker_span && q.cue.empty() && previous >= 0) {
        const Pair& prev = pairs_[previous];
        const bool opens_next = prev.paragraph + 1 == p.paragraph && p.open == doc_.paragraphs[p.paragraph].first_token;
        if (same_paragraph || opens_next) copy_speaker(static_cast<size_t>(previous), i);
      }
      const bool first_of_its_own = g < 0 || static_cast<size_t>(g) == i;
      if (q.kind == QuoteKind::direct && !q.speaker_span && q.cue.empty() && first_of_its_own && !same_paragraph &&
          ends_paragraph(p) && !opens_section(p.paragraph)) {
        // "Lavrov was blunt.\n“The West has failed.”", "Lavrov was blunt.
        // “The West has failed.”": the person in focus; so too for a
        // quotation running over paragraphs that no cue follows. Not after
        // a quotation in the paragraph, which it goes on with, though no one
        // was found to have said that ("“...,” the airline said. “...”").
        const Span focus = speech_.in_focus[sentence_of(p.open)];
        if (!focus.empty()) q.speaker_span = focus;
      }
      if (q.kind == QuoteKind::direct) previous = static_cast<int>(i);
    }
  }

  // A headline quoting words that the text quotes again further on, with
  // a cue ("'I have never seen water this high'" above "Mark Jones told BBC
  // Wales: 'I have never seen water this high in 30 years.'"), is that
  // speaker's, rather than the person the headline or the story is about.
  // A headline naming its speaker ("Reeves: 'We are choosing stability'")
  // keeps that one, and is a repeat of the words below all the same.
  void take_echoed_speakers() {
    // The quotations read for an echo: a live page of thousands of entries,
    // each with a quoting headline, stays linear.
    constexpr size_t kEchoSearch = 64;
    for (size_t i = 0; i < pairs_.size(); ++i) {
      const Pair& p = pairs_[i];
      const bool named = quotes_[i].cue == ":";
      const bool headline = shape_.roles[p.paragraph] == ParagraphRole::headline;
      // A live page's key events list its entries' headlines ("12:31 Reeves: '...'") in its body.
      if (!(headline ? quotes_[i].cue.empty() || named : named && clocked(p)) || p.span.size() < kMinEchoBytes) {
        continue;
      }
      // Its first letter's case aside: "Badenoch: 'A Budget for the
      // Treasury, not for working people'" above "“This is a Budget for the
      // Treasury, not for working people,” she told the Commons".
      const bool letter = text::is_upper_ascii(static_cast<unsigned char>(doc_.text[p.span.start]));
      const Needle words(doc_.text.substr(p.span.start + letter, p.span.size() - letter));
      for (size_t j = i + 1; j < std::min(pairs_.size(), i + 1 + kEchoSearch); ++j) {
        const Pair& later = pairs_[j];
        if (shape_.roles[later.paragraph] == ParagraphRole::headline || quotes_[j].cue.empty() ||
            !quotes_[j].speaker_span) {
          continue;
        }
        if (words.in(doc_.text.substr(later.span.start, later.span.size()))) {
          if (!named) copy_speaker(j, i);
          quotes_[i].repeat = true;
          break;
        }
      }
      if (!quotes_[i].repeat && !named) echo_answer(words, quotes_[i]);
    }
  }

  // Whether the sentence of `p` opens with a clock time ("12:31 Reeves: '...'").
  bool clocked(const Pair& p) const {
    const uint32_t first = doc_.sentences[sentence_of(p.open)].first_token;
    return doc_.tokens[first].kind == TokenKind::number && word(first).find(':') != std::string_view::npos;
  }

  // "“I still get stage fright”: Olivia Colman on fear, fame and her new
  // film" above an interview's answer that says so: the answer's
  // speaker's, a repeat.
  void echo_answer(const Needle& words, Quote& q) const {
    constexpr size_t kEchoTurns = 64;  // the answers read, as kEchoSearch
    const auto& turns = shape_.turns;
    const auto below = std::lower_bound(turns.begin(), turns.end(), q.span.end,
                                        [](const structure::Turn& t, uint32_t end) { return t.answer.start < end; });
    const size_t from = static_cast<size_t>(below - turns.begin());
    for (size_t t = from; t < std::min(turns.size(), from + kEchoTurns); ++t) {
      if (!words.in(doc_.text.substr(turns[t].answer.start, turns[t].answer.size()))) continue;
      const Span speaker = turns[t].speaker.empty() ? interviewee() : turns[t].speaker;
      if (!speaker.empty()) q.speaker_span = speaker;
      q.repeat = true;
      return;
    }
  }

  // "“We will reopen the line as soon as engineers have cleared the
  // track”" standing as a paragraph of its own, before or after "Mark Evans
  // said: “Safety is our top priority. We will reopen the line as soon as
  // engineers have cleared the track.”": a pull quote, set out in large type
  // beside the paragraph that quotes it (the Guardian's), is the speaker's
  // of the quotation that holds its words, with a cue, a few paragraphs
  // away; not the person in focus, whom carry_speakers() gave it.
  void take_pulled_speakers() {
    constexpr uint32_t kPullReach = 3;    // paragraphs either side
    constexpr size_t kPullSearch = 16;    // quotations either side
    constexpr uint32_t kMaxPullBytes = 400;  // a sentence or two in large type
    for (size_t i = 0; i < pairs_.size(); ++i) {
      const Pair& p = pairs_[i];
      if (!pulled(i) || p.span.size() < kMinEchoBytes || p.span.size() > kMaxPullBytes) continue;
      const Needle words(doc_.text.substr(p.span.start, p.span.size()));
      auto quotes_it = [&](size_t j) {
        const Pair& other = pairs_[j];
        const uint32_t apart = std::max(other.paragraph, p.paragraph) - std::min(other.paragraph, p.paragraph);
        return apart > 0 && apart <= kPullReach && !quotes_[j].cue.empty() && quotes_[j].speaker_span &&
               shape_.roles[other.paragraph] != ParagraphRole::headline &&
               words.in(doc_.text.substr(other.span.start, other.span.size()));
      };
      for (size_t d = 1; d <= kPullSearch; ++d) {  // the nearest first
        const size_t j = i + d < pairs_.size() && quotes_it(i + d) ? i + d : d <= i && quotes_it(i - d) ? i - d : i;
        if (j != i) {
          copy_speaker(j, i);
          quotes_[i].repeat = true;
          break;
        }
      }
    }
  }

  // A quotation that is all of its paragraph, with no cue: words set out on their own.
  bool pulled(size_t i) const {
    const Pair& p = pairs_[i];
    const text::Paragraph& para = doc_.paragraphs[p.paragraph];
    return p.depth == 0 && p.group < 0 && p.close_mark && p.open == para.first_token &&
           p.close + 1 == para.end_token && quotes_[i].cue.empty() &&
           shape_.roles[p.paragraph] != ParagraphRole::headline;
  }

  // The quote marks that hold no quotation (no_quotation()), which lent no
  // speaker and took none: out of the list, as quotes_ is no longer read
  // beside pairs_.
  void drop_names_and_grades() {
    // A work's title the year in brackets told once is that work's
    // wherever else it stands alone in quote marks ("“Thriller” remains
    // one of the best-selling albums").
    std::vector<std::string_view> works;
    for (const Pair& p : pairs_) {
      if (dated_title(p)) works.push_back(doc_.slice(p.span.start, p.span.end));
    }
    auto names_known_work = [&](size_t i) {
      const std::string_view quoted = doc_.slice(pairs_[i].span.start, pairs_[i].span.end);
      return quotes_[i].kind == QuoteKind::partial && std::find(works.begin(), works.end(), quoted) != works.end();
    };
    size_t kept = 0;
    for (size_t i = 0; i < pairs_.size(); ++i) {
      if (no_quotation(pairs_[i]) || (!works.empty() && names_known_work(i))) continue;
      if (kept != i) quotes_[kept] = std::move(quotes_[i]);
      ++kept;
    }
    quotes_.resize(kept);
  }

  void copy_speaker(size_t from, size_t to) {
    quotes_[to].speaker_span = quotes_[from].speaker_span;
    quotes_[to].cue = quotes_[from].cue;
  }

  // "STREETING: What I'd say is this: “We will not raise taxes ...”": a
  // direct quotation in an interview's answer that no cue gives to anyone
  // else is the answering speaker's words (a phrase quoted is not: "a pot
  // of beans is a pot of patience", as the saying goes). Quotations and
  // turns both in order.
  void take_answer_speakers() {
    size_t t = 0;
    const auto& turns = shape_.turns;
    for (Quote& q : quotes_) {
      while (t < turns.size() && turns[t].answer.end <= q.span.start) ++t;
      if (t == turns.size()) return;
      const structure::Turn& turn = turns[t];
      if (q.kind != QuoteKind::direct || q.speaker_span || !(q.cue.empty() || q.cue == ":") || turn.speaker.empty() ||
          q.span.start < turn.answer.start) {
        continue;
      }
      q.speaker_span = turn.speaker;
      q.cue = ":";
    }
  }

  Quote answer_of(const structure::Turn& t) const {
    Quote q;
    q.span = t.answer;
    q.kind = QuoteKind::qa;
    q.cue = ":";
    const Span speaker = t.speaker.empty() ? interviewee() : t.speaker;
    if (!speaker.empty()) q.speaker_span = speaker;
    return q;
  }

  // Who answers where no label names anyone ("A:", or a magazine's
  // interview without labels): the person attribution met most often, if
  // that is a person the entity stage found (not "Cape Town", whose "water
  // chief" the headline quotes); else the person the entity stage found
  // most often, at the first mention ("Nadia Rahimi" named three times
  // above "Tom" once, where attribution had last met her as "me").
  Span interviewee() const {
    const Mention* most = covering(speech_.most_mentioned);
    if (most != nullptr && most->type == EntityType::PER) return speech_.most_mentioned;
    const auto& es = named_.entities;
    int best = -1;  // an index into es, as Mention::entity is
    for (size_t e = 0; e < es.size(); ++e) {
      if (es[e].type == EntityType::PER && (best < 0 || es[e].count > es[best].count)) best = static_cast<int>(e);
    }
    if (best < 0) return {};
    for (const Mention& m : named_.mentions) {
      if (m.entity == best) return m.span;
    }
    return {};
  }

  // --- entities ----------------------------------------------------------------
  // The mention that overlaps `s` (mentions are sorted and disjoint).
  const Mention* covering(Span s) const {
    const auto& ms = named_.mentions;
    auto it = std::lower_bound(ms.begin(), ms.end(), s.end, [](const Mention& m, uint32_t e) { return m.span.start < e; });
    if (it == ms.begin()) return nullptr;
    --it;
    return it->span.end > s.start ? &*it : nullptr;
  }

  int entity_id(const Mention* m) const {
    if (m == nullptr || m->entity < 0 || static_cast<size_t>(m->entity) >= named_.entities.size()) return -1;
    return named_.entities[m->entity].id;
  }

  void map_to_entities() {
    if (named_.mentions.empty()) return;
    for (Quote& q : quotes_) {
      if (!q.speaker_span) continue;
      // A name the tagger missed stays a speaker span without an entity:
      // guessing another person nearby would name the wrong speaker.
      q.speaker = entity_id(covering(*q.speaker_span));
    }
  }

  const text::Document& doc_;
  const structure::Structure& shape_;
  const entities::Result& named_;
  std::vector<Pair> pairs_;
  int headline_ = -1;  // the story's headline paragraph, or -1
  SpeechIndex speech_;
  std::vector<Quote> quotes_;
};

}  // namespace

std::vector<Quote> find(const text::Document& doc, const structure::Structure& structure,
                        const entities::Result& entities) {
  return Assembler(doc, structure, entities).run();
}

}  // namespace lede::quotes
