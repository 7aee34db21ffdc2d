// Entity recognition: the document's tokens through the two-pass tagger, the
// tags turned into mention spans, and the mentions grouped into entities.
#include "entities/entities.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <initializer_list>
#include <optional>
#include <string>

#include "entities/grouping.hpp"
#include "entities/hashing.hpp"
#include "entities/joined_places.hpp"
#include "entities/lexicon.hpp"
#include "entities/model.hpp"
#include "entities/tagger.hpp"
#include "text/chars.hpp"
#include "text/utf8.hpp"
#include "text/weekdays.hpp"

namespace lede::entities {

namespace {

// Tagging holds about 12 bytes a word, and a few hundred a distinct word
// form, while it runs. A text of more words than a fifth of its bytes (a
// token every two bytes of a 1 MB text held 12.6x its size) is tagged in
// pieces of that many words, cut where sentences start, so that the arrays
// of a piece hold at most 2.4 times the text; pieces of fewer than
// kMinPieceWords are never cut (some 400 KB of prose). News, a word every
// 5.2 bytes, is not cut: each piece describes and scores its word forms
// anew, which cost 10 MB of news as one text 12% more instructions in
// pieces of 65,536 words. A piece's words see only their piece's
// document-wide evidence: how a form is capitalized elsewhere, how the first
// pass tagged it.
constexpr uint32_t kMinPieceWords = 1 << 16;

// The most words of a piece of a text of `bytes`: a multiple of
// kMaxSentenceWords, so that a longer sentence is cut where the tagger cuts
// it anyway.
uint32_t piece_words(size_t bytes) {
  static_assert(kMinPieceWords % kMaxSentenceWords == 0);
  const size_t words = std::max<size_t>(kMinPieceWords, bytes / 5);
  return static_cast<uint32_t>(words - words % kMaxSentenceWords);
}

// The sentence starts of words [begin, end) counted from begin, the first 0.
std::vector<uint32_t> starts_within(const std::vector<uint32_t>& sentence_start, uint32_t begin, uint32_t end) {
  auto first = std::lower_bound(sentence_start.begin(), sentence_start.end(), begin);
  std::vector<uint32_t> starts;
  if (first == sentence_start.end() || *first != begin) starts.push_back(0);
  for (auto it = first; it != sentence_start.end() && *it < end; ++it) starts.push_back(*it - begin);
  return starts;
}

// The shipped model's tags for `words`, with its form cache and the
// buffers kept with it unless another thread is using them.
std::vector<Tag> tag_with_shipped_model(const Model& model, const WordList& words,
                                        const std::vector<uint32_t>& sentence_start) {
  SharedFormCache& shared = shipped_form_cache();
  static TaggerBuffers buffers;  // guarded by shared.mutex
  const std::unique_lock<std::mutex> lock(shared.mutex, std::try_to_lock);
  if (!lock.owns_lock()) return tag_words(model, words, sentence_start);
  return tag_words(model, words, sentence_start, false, &shared.cache, &buffers);
}

// The first word of the boilerplate that ends `doc` ("Related topics" and
// its links, teasers, comments), or the word count when none does or the
// whole text is boilerplate.
uint32_t trailing_furniture(const text::Document& doc, const structure::Structure& structure) {
  const auto n = static_cast<uint32_t>(doc.tokens.size());
  if (structure.roles.size() != doc.paragraphs.size()) return n;  // a caller gave no structure
  size_t first = doc.paragraphs.size();
  while (first > 0 && structure.roles[first - 1] == ParagraphRole::boilerplate) --first;
  return first == 0 || first == doc.paragraphs.size() ? n : doc.paragraphs[first].first_token;
}

// The tags of every word of `doc`, a piece at a time: a long text in pieces
// of piece_words(), and the boilerplate that ends an article apart from it,
// so that a "Related topics" link's "Birmingham City Council" does not lead
// the tagger to read the story's Birmingham as an organization.
std::vector<Tag> tag_in_pieces(const Model& model, const text::Document& doc, const std::vector<uint32_t>& starts,
                               uint32_t furniture) {
  const auto n = static_cast<uint32_t>(doc.tokens.size());
  const bool one_piece = n <= piece_words(doc.text.size());
  if (one_piece && furniture == n) return tag_with_shipped_model(model, WordList(doc), starts);  // most articles
  std::vector<uint32_t> pieces = one_piece ? std::vector<uint32_t>{0, n} : tagging_pieces(starts, n, doc.text.size());
  if (furniture < n) pieces.insert(std::upper_bound(pieces.begin(), pieces.end(), furniture), furniture);
  pieces.erase(std::unique(pieces.begin(), pieces.end()), pieces.end());
  std::vector<Tag> tags;
  tags.reserve(n);
  for (size_t p = 0; p + 1 < pieces.size(); ++p) {
    const uint32_t begin = pieces[p], end = pieces[p + 1];
    const std::vector<Tag> piece =
        tag_with_shipped_model(model, WordList(doc, begin, end - begin), starts_within(starts, begin, end));
    tags.insert(tags.end(), piece.begin(), piece.end());
  }
  return tags;
}

// Whether tags [first, end) are one mention, begun at `first` and not
// continued past `end`.
bool one_mention(const std::vector<Tag>& tags, uint32_t first, uint32_t end) {
  if (!is_begin(tags[first])) return false;
  for (uint32_t i = first + 1; i < end; ++i) {
    if (!is_inside(tags[i])) return false;
  }
  return end == tags.size() || !is_inside(tags[end]);
}

// An interview turn's label names who speaks ("ELIZABETH WARREN: ..."). The
// tagger, reading it without a sentence around it, often takes part of a
// name in capitals for a place or nothing; a label it reads as one mention
// of any type (a person, or "Russia:" in a live blog) keeps its tags unless
// it names the interviewer, who is a person; any other becomes one person.
void tag_speaker_label(const text::Document& doc, Span name, bool person, std::vector<Tag>& tags) {
  constexpr int kPersonType = static_cast<int>(EntityType::PER);
  const uint32_t first = doc.first_token_from(name.start);
  uint32_t end = first;
  while (end < tags.size() && doc.tokens[end].start < name.end) ++end;
  if (end == first || (one_mention(tags, first, end) && (!person || type_index(tags[first]) == kPersonType))) return;
  tags[first] = begin_tag(static_cast<int>(EntityType::PER));
  for (uint32_t i = first + 1; i < end; ++i) tags[i] = inside_tag(static_cast<int>(EntityType::PER));
  if (end < tags.size() && is_inside(tags[end])) tags[end] = begin_tag(type_index(tags[end]));
}

constexpr uint32_t kInFull = 2;  // a person's words named in full: a first name and a surname at least

// The last words of the people the tagger named in `min_words` words or
// more (kInFull: in full), asked of whatever their case: views of the text
// in an open-addressing table by a hash that ignores ASCII case, one slot
// each, sized for them once. Sorted as in lower case, they took 8 M
// instructions of c06, most in the sort of the thousands of names of its
// articles as one text.
class PersonSurnames {
 public:
  PersonSurnames(const text::Document& doc, const std::vector<Tag>& tags, uint32_t min_words) {
    const auto n = static_cast<uint32_t>(tags.size());
    std::vector<std::string_view> surnames;
    for (uint32_t first = next_tagged(tags, 0); first < n; first = next_tagged(tags, first)) {
      uint32_t end = first + 1;
      while (end < n && is_inside(tags[end])) ++end;
      if (end - first >= min_words && type_index(tags[first]) == static_cast<int>(EntityType::PER)) {
        surnames.push_back(doc.token_text(end - 1));
      }
      first = end;
    }
    size_t slots = 16;
    while (slots < 2 * surnames.size()) slots *= 2;
    slots_.assign(slots, {});
    mask_ = slots - 1;
    for (const std::string_view surname : surnames) {
      std::string_view& slot = slots_[position(surname)];
      if (slot.empty()) slot = surname;
    }
  }

  // Whether `word` is one of them, ignoring case ("WARREN", "Warren").
  bool has(std::string_view word) const { return !word.empty() && !slots_[position(word)].empty(); }

 private:
  // The slot that holds `word` in any case, or the empty one where it would go.
  size_t position(std::string_view word) const {
    size_t i = mix(caseless_hash(word)) & mask_;
    while (!slots_[i].empty() && !text::same_ignoring_case(slots_[i], word)) i = (i + 1) & mask_;
    return i;
  }

  std::vector<std::string_view> slots_;  // a surname, or empty
  size_t mask_ = 0;
};

// The labels of a transcript's turns and of its interviewer, as
// tag_speaker_label() says. Then a label of one word that is the surname
// of a person the text names in full ("WARREN:" after "ELIZABETH WARREN:",
// a label made one person above) is that person, whatever the tagger,
// reading the label alone, made of it (a place: Warren is a town).
void tag_speaker_labels(const text::Document& doc, const structure::Structure& structure, std::vector<Tag>& tags) {
  for (const structure::Turn& turn : structure.turns) {
    if (!turn.speaker.empty()) tag_speaker_label(doc, turn.speaker, /*person=*/false, tags);
  }
  for (const Span name : structure.interviewer_names) tag_speaker_label(doc, name, /*person=*/true, tags);
  std::vector<Span> alone;  // the labels of one word that name no person
  for (const structure::Turn& turn : structure.turns) {
    const uint32_t first = doc.first_token_from(turn.speaker.start);
    if (turn.speaker.empty() || first >= tags.size() || doc.tokens[first].end() != turn.speaker.end) continue;
    if (tags[first] != begin_tag(static_cast<int>(EntityType::PER))) alone.push_back(turn.speaker);
  }
  if (alone.empty()) return;
  const PersonSurnames surnames(doc, tags, kInFull);
  for (const Span label : alone) {
    if (surnames.has(doc.slice(label.start, label.end))) tag_speaker_label(doc, label, true, tags);
  }
}

// "JOHN SMITH: Welcome back to the programme.": an interview turn's words
// after its label begin a sentence, which the text's sentences run on from
// the label: the first token of each turn's answer, and of each question
// after the interviewer's label ("TAPPER: Thank you, Senator."). The
// tagger, reading "Welcome", "Thank" or "Look" there as a capital inside a
// sentence, made names of them.
std::vector<uint32_t> turn_starts(const text::Document& doc, const structure::Structure& structure) {
  constexpr uint32_t kMaxLabelTail = 6;  // "JAKE TAPPER, CNN ANCHOR:": the words after the name
  std::vector<uint32_t> starts;
  for (const structure::Turn& turn : structure.turns) {
    if (turn.answer.empty()) continue;
    const uint32_t first = doc.first_token_from(turn.answer.start);
    if (first < doc.tokens.size()) starts.push_back(first);
  }
  const auto n = static_cast<uint32_t>(doc.tokens.size());
  for (const Span name : structure.interviewer_names) {
    const uint32_t after = doc.first_token_from(name.end);
    for (uint32_t colon = after; colon < n && colon <= after + kMaxLabelTail; ++colon) {
      if (doc.token_text(colon) != ":") continue;
      if (colon + 1 < n) starts.push_back(colon + 1);
      break;
    }
  }
  // A headline under its section's label ("UK weather: Snow and ice
  // warnings", "Diplomacy: Putin urges ..."): the words after the colon open
  // a sentence ("Snow" was an organization).
  constexpr uint32_t kMaxLabelWords = 3;
  for (size_t p = 0; p < structure.roles.size() && p < doc.paragraphs.size(); ++p) {
    if (structure.roles[p] != ParagraphRole::headline) continue;
    const text::Paragraph& headline = doc.paragraphs[p];
    const uint32_t last_label_word = headline.first_token + kMaxLabelWords;
    for (uint32_t k = headline.first_token + 1; k + 1 < headline.end_token && k <= last_label_word; ++k) {
      if (doc.token_text(k) != ":") continue;
      starts.push_back(k + 1);
      break;
    }
    break;
  }
  // A story under an Indian paper's dateline, its city in capitals before
  // a colon ("BENGALURU: Eleven people died ...", "NEW DELHI: The Indian
  // Railways said"): "Eleven" was an organization, and "The" opened one.
  constexpr size_t kLeadingParagraphs = 5;
  constexpr uint32_t kMaxCityWords = 3;
  const auto in_capitals = [&](uint32_t i) {
    const std::string_view w = doc.token_text(i);
    return doc.tokens[i].kind == text::TokenKind::word && w.size() >= 2 &&
           std::none_of(w.begin(), w.end(), [](char c) { return text::is_lower_ascii(c); });
  };
  for (size_t p = 0; p < std::min(doc.paragraphs.size(), kLeadingParagraphs); ++p) {
    const text::Paragraph& paragraph = doc.paragraphs[p];
    uint32_t colon = paragraph.first_token;
    while (colon < paragraph.end_token && colon < paragraph.first_token + kMaxCityWords && in_capitals(colon)) ++colon;
    if (colon > paragraph.first_token && colon + 1 < paragraph.end_token && doc.token_text(colon) == ":" &&
        doc.tokens[colon + 1].kind == text::TokenKind::word) {
      starts.push_back(colon + 1);
    }
  }
  // A question under a role's label ("Q: Thank you. Does the President ...", "Q. Why ...").
  for (size_t p = 0; p < structure.roles.size() && p < doc.paragraphs.size(); ++p) {
    const text::Paragraph& paragraph = doc.paragraphs[p];
    if (structure.roles[p] != ParagraphRole::question || paragraph.end_token - paragraph.first_token < 2) continue;
    const uint32_t first = paragraph.first_token;
    const std::string_view label = doc.token_text(first);
    if (label == "Q." || label == "A.") starts.push_back(first + 1);
    if (doc.token_text(first + 1) == ":" && first + 2 < paragraph.end_token) starts.push_back(first + 2);
  }
  return starts;
}

// "Q. Why ...", "A. Because ...": a print interview's labels, which the
// tokenizer keeps with their full stop as it does an initial, and which
// the tagger then reads as a name's start ("A. Because"). No name.
void untag_dotted_labels(const text::Document& doc, const structure::Structure& structure, std::vector<Tag>& tags) {
  for (size_t p = 0; p < structure.roles.size() && p < doc.paragraphs.size(); ++p) {
    const ParagraphRole role = structure.roles[p];
    const text::Paragraph& paragraph = doc.paragraphs[p];
    if ((role != ParagraphRole::question && role != ParagraphRole::answer) ||
        paragraph.end_token == paragraph.first_token) {
      continue;
    }
    const uint32_t first = paragraph.first_token;
    const std::string_view w = doc.token_text(first);
    if (!(w == "Q." || w == "A.") || tags[first] == kOutside) continue;
    uint32_t end = first + 1;
    while (end < paragraph.end_token && is_inside(tags[end])) ++end;
    std::fill(tags.begin() + first, tags.begin() + end, kOutside);
  }
}

// A place or an organization the gazetteer or the lexicon knows.
bool is_known_name(const Gazetteer& gazetteer, std::string_view text) {
  return (gazetteer.categories(text) & category_set({kCountry, kCity, kKnownOrg})) ||
         lexicon::is_well_known_organization(text);
}

// "MARTELL", "O'NEILL": a word in capitals.
bool is_word_in_capitals(const text::Document& doc, uint32_t i) {
  const std::string_view w = doc.token_text(i);
  if (doc.tokens[i].kind != text::TokenKind::word || w.size() < 2) return false;
  return std::all_of(w.begin(), w.end(), [](char c) {
    const auto b = static_cast<unsigned char>(c);
    return text::is_upper_ascii(b) || b >= 0x80 || c == '\'' || c == '-';
  });
}

// A newsroom's word: "By BBC NEWS", "By HERALD STAFF", "By AP WIRE".
bool is_newsroom_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {"news", "press", "staff", "desk", "wire", "wires", "reports",
                                                "agency", "agencies", "times", "post", "media", "editors",
                                                "editorial", "online", "digital", "team", "writers", "reporters"};
  return std::any_of(std::begin(kWords), std::end(kWords), [w](std::string_view n) { return text::same_ignoring_case(w, n); });
}

bool separates_names(std::string_view w) { return w == "," || w == "and" || w == "AND" || w == "&"; }

// "Staff Writer", "Senior Political Correspondent", "POLITICAL EDITOR": a
// reporter's job, capitalized or in capitals.
bool ends_in_reporters_job(std::string_view w) {
  static constexpr std::string_view kJobs[] = {"Writer",      "Reporter",  "Correspondent", "Editor",
                                               "Columnist",   "Contributor", "Photographer", "Producer"};
  return std::any_of(std::begin(kJobs), std::end(kJobs), [&](std::string_view job) {
    return text::same_ignoring_case(job, w) && text::is_upper_ascii(static_cast<unsigned char>(w[0]));
  });
}

// Whether tokens [first, end) are a desk's field before its job in lower
// case: "Science correspondent", "Economics editor". Words the gazetteer
// knows as no name, none a newsroom's ("Times correspondent"); not a
// place's beat ("Washington correspondent", "Europe editor").
bool is_field_before_job(const text::Document& doc, const Gazetteer& gazetteer, uint32_t first, uint32_t end) {
  static constexpr std::string_view kJobs[] = {"correspondent", "editor", "reporter", "writer"};
  const std::string_view job = doc.token_text(end);
  if (std::find(std::begin(kJobs), std::end(kJobs), job) == std::end(kJobs)) return false;
  constexpr uint32_t kNames = category_set({kCountry, kCity, kFirstName, kDemonym, kKnownOrg, kSeenPerson,
                                            kSeenOrganization, kSeenPlace, kSeenOther});
  for (uint32_t i = first; i < end; ++i) {
    const std::string_view w = doc.token_text(i);
    if ((gazetteer.categories(w) & kNames) || is_newsroom_word(w)) return false;
  }
  return true;
}

// "By Maria Lopez, Staff Writer", "JOSH BOAK, AP Economics Writer", "By
// Hannah Devlin, Science correspondent", "By JASON GROVES, POLITICAL
// EDITOR": a reporter's job after the name, which the tagger, reading a run
// of capitalized words, makes a person or an organization, is no name; an
// agency in capitals opening a job not in capitals stays one ("AP").
void untag_byline_jobs(const text::Document& doc, const Gazetteer& gazetteer, const text::Paragraph& paragraph,
                       std::vector<Tag>& tags) {
  for (uint32_t first = paragraph.first_token; first < paragraph.end_token;) {
    if (!is_begin(tags[first])) {
      ++first;
      continue;
    }
    uint32_t end = first + 1;
    while (end < paragraph.end_token && is_inside(tags[end])) ++end;
    if (end < paragraph.end_token && is_field_before_job(doc, gazetteer, first, end)) {
      std::fill(tags.begin() + first, tags.begin() + end, kOutside);
    } else if (ends_in_reporters_job(doc.token_text(end - 1))) {
      const bool agency = end - first > 1 && is_word_in_capitals(doc, first) && !is_word_in_capitals(doc, end - 1);
      const uint32_t kept = agency ? first + 1 : first;
      if (kept > first) tags[first] = begin_tag(static_cast<int>(EntityType::ORG));
      std::fill(tags.begin() + kept, tags.begin() + end, kOutside);
    }
    first = end;
  }
}

// "By Al Jazeera Staff", "By Times Staff Reporter", "By: KPRC 2 Digital
// Team", "By Web Desk": a newsroom's staff, team or desk, the capitalized
// words (and a channel's number) between "By" and the staff's noun the
// newsroom's name, without the desk's medium ("Digital", "Web"), which the
// tagger, reading a run of capitalized words, split or made a person's
// ("Jazeera Staff", "Digital Team"). The staff's words are no name.
void tag_byline_newsroom(const text::Document& doc, const text::Paragraph& paragraph, std::vector<Tag>& tags) {
  constexpr uint32_t kMaxNameWords = 5;
  uint32_t first = paragraph.first_token + 1;
  if (first < paragraph.end_token && token_is(doc, first, ":")) ++first;
  const auto is_staff = [&](uint32_t i) {
    const std::string_view w = doc.token_text(i);
    return text::same_ignoring_case(w, "staff") || text::same_ignoring_case(w, "team") ||
           text::same_ignoring_case(w, "desk");
  };
  const auto is_medium = [&](uint32_t i) {
    const std::string_view w = doc.token_text(i);
    return w == "Digital" || w == "Web" || w == "Online" || w == "Editorial" || w == "Wire";
  };
  const auto may_name_newsroom = [&](uint32_t i) {  // "KPRC", "2"
    const text::TokenKind kind = doc.tokens[i].kind;
    return kind == text::TokenKind::number ||
           (kind == text::TokenKind::word && text::is_upper_ascii(doc.text[doc.tokens[i].start]));
  };
  uint32_t staff = first;
  while (staff < paragraph.end_token && staff - first < kMaxNameWords && !is_staff(staff) &&
         may_name_newsroom(staff)) {
    ++staff;
  }
  if (staff == first || staff >= paragraph.end_token || !is_staff(staff)) return;
  uint32_t name_end = staff;
  while (name_end > first && is_medium(name_end - 1)) --name_end;
  constexpr int kOrganization = static_cast<int>(EntityType::ORG);
  for (uint32_t i = first; i < name_end; ++i) {
    tags[i] = i == first ? begin_tag(kOrganization) : inside_tag(kOrganization);
  }
  for (uint32_t i = name_end; i <= staff; ++i) tags[i] = kOutside;
  for (uint32_t i = staff + 1; i < paragraph.end_token && is_inside(tags[i]); ++i) tags[i] = kOutside;
}

// Retags tokens [first, end) as one name of type `type`.
void tag_as_one(std::vector<Tag>& tags, uint32_t first, uint32_t end, int type) {
  tags[first] = begin_tag(type);
  for (uint32_t i = first + 1; i < end; ++i) tags[i] = inside_tag(type);
  if (end < tags.size() && is_inside(tags[end])) tags[end] = begin_tag(type_index(tags[end]));
}

// "Jay", "Land": a capital, then lower-case letters.
bool is_plain_capitalized(const text::Document& doc, uint32_t i) {
  const std::string_view w = doc.token_text(i);
  return doc.tokens[i].kind == text::TokenKind::word && w.size() >= 2 &&
         text::is_upper_ascii(static_cast<unsigned char>(w[0])) &&
         std::all_of(w.begin() + 1, w.end(), [](char c) { return text::is_lower_ascii(c); });
}

// "Kiran Stacey Political correspondent", "Jessica Elgot Deputy political
// editor": a reporter's name and desk on one line, as a paste of the
// Guardian's byline box gives them, which the tagger read as one name
// with the desk's capitalized field ("[ORG Kiran Stacey Political]"). The
// first two words are the reporter; a field between them and the desk no
// name (a place's beat keeps its tag: "Washington correspondent").
void tag_name_before_desk(const text::Document& doc, const Gazetteer& gazetteer, const text::Paragraph& paragraph,
                          std::vector<Tag>& tags) {
  const uint32_t first = paragraph.first_token, field = first + 2, desk = paragraph.end_token - 1;
  if (paragraph.end_token < first + 4 || !is_plain_capitalized(doc, first) || !is_plain_capitalized(doc, first + 1) ||
      !is_field_before_job(doc, gazetteer, field, desk)) {
    return;
  }
  tag_as_one(tags, first, field, static_cast<int>(EntityType::PER));
  std::fill(tags.begin() + field, tags.begin() + desk, kOutside);
}

// "By LISA MARTELL and DONOVAN PIKE": a wire's byline in capitals names its
// reporters, which the tagger, reading capitals with no sentence around
// them, takes for organizations as often as for people. Each name of two or
// three words in capitals between "By", "and", "&" and commas is a person,
// unless the gazetteer or the lexicon knows it ("By BBC NEWS"); a desk after
// a comma ("JOSH BOAK, AP Economics Writer", "JASON GROVES, POLITICAL
// EDITOR") ends the names.
void tag_byline_names(const text::Document& doc, const structure::Structure& structure, const Gazetteer& gazetteer,
                      std::vector<Tag>& tags) {
  constexpr uint32_t kMinWords = 2, kMaxWords = 3;
  for (size_t p = 0; p < structure.roles.size() && p < doc.paragraphs.size(); ++p) {
    const text::Paragraph& paragraph = doc.paragraphs[p];
    if (structure.roles[p] != ParagraphRole::byline || paragraph.end_token == paragraph.first_token) continue;
    if (!text::same_ignoring_case(doc.token_text(paragraph.first_token), "by")) {
      tag_name_before_desk(doc, gazetteer, paragraph, tags);
      continue;
    }
    untag_byline_jobs(doc, gazetteer, paragraph, tags);
    tag_byline_newsroom(doc, paragraph, tags);
    for (uint32_t first = paragraph.first_token + 1; first < paragraph.end_token;) {
      uint32_t end = first;
      bool newsroom = false;
      for (; end < paragraph.end_token && is_word_in_capitals(doc, end); ++end) {
        newsroom = newsroom || is_newsroom_word(doc.token_text(end));
      }
      if (end > first && ends_in_reporters_job(doc.token_text(end - 1))) break;  // "POLITICAL EDITOR"
      const Span name = {doc.tokens[first].start, end > first ? doc.tokens[end - 1].end() : doc.tokens[first].start};
      if (end - first >= kMinWords && end - first <= kMaxWords && !newsroom &&
          !is_known_name(gazetteer, doc.slice(name.start, name.end))) {
        tag_speaker_label(doc, name, /*person=*/true, tags);
      }
      if (end >= paragraph.end_token || !separates_names(doc.token_text(end))) break;
      first = end + 1;
    }
  }
}

// Untags tokens [first, end), a piece of furniture, unless they are a name
// the gazetteer or the lexicon knows.
void untag_unless_known(const text::Document& doc, const Gazetteer& gazetteer, uint32_t first, uint32_t end,
                        std::vector<Tag>& tags) {
  if (is_known_name(gazetteer, doc.slice(doc.tokens[first].start, doc.tokens[end - 1].end()))) return;
  std::fill(tags.begin() + first, tags.begin() + end, kOutside);
}

// "Privacy Policy | Cookie Settings | Terms of Use": a row of a page's
// links between bars, each label furniture as a paragraph of a word or two
// is ("[PER Cookie Settings]"). Labels of four words or more are left as
// tagged.
void untag_link_row(const text::Document& doc, const text::Paragraph& paragraph, const Gazetteer& gazetteer,
                    std::vector<Tag>& tags) {
  constexpr uint32_t kMaxLabelWords = 3;  // "Terms of Use"
  uint32_t label = paragraph.first_token;
  for (uint32_t i = paragraph.first_token; i <= paragraph.end_token; ++i) {
    if (i < paragraph.end_token && !text::token_is(doc, i, "|")) continue;
    if (i > label && i - label <= kMaxLabelWords) untag_unless_known(doc, gazetteer, label, i, tags);
    label = i + 1;
  }
}

// A page's furniture copied with the article, a paragraph of a word or two
// ("Menu", "Advertisement", "Related Topics") or a row of links
// (untag_link_row): the tagger, reading it with no sentence around it,
// makes names of the words. Only a place or an organization the gazetteer
// or the lexicon knows stays one ("Japan" under "Related Topics",
// "Facebook" among the share buttons).
void untag_furniture(const text::Document& doc, const structure::Structure& structure, const Gazetteer& gazetteer,
                     std::vector<Tag>& tags) {
  constexpr uint32_t kMaxFurnitureWords = 2;
  // A caller may give no structure (the roles of none of the paragraphs).
  for (size_t p = 0; p < structure.roles.size() && p < doc.paragraphs.size(); ++p) {
    const text::Paragraph& paragraph = doc.paragraphs[p];
    if (structure.roles[p] != ParagraphRole::boilerplate || paragraph.end_token == paragraph.first_token) continue;
    if (paragraph.end_token - paragraph.first_token <= kMaxFurnitureWords) {
      untag_unless_known(doc, gazetteer, paragraph.first_token, paragraph.end_token, tags);
    } else if (doc.slice(paragraph.start, paragraph.end).find('|') != std::string_view::npos) {
      untag_link_row(doc, paragraph, gazetteer, tags);
    }
  }
}

// Months and weekdays, in full and as abbreviated, and the feasts the
// numbers read as dates, lower case. Not "may" (Theresa May) nor "sun" (The
// Sun), which name people and papers alone.
constexpr std::array<std::string_view, 41> kCalendarWords = {
    "christmas", "easter",
    "january", "jan", "february", "feb", "march", "mar", "april", "apr", "june", "jun", "july", "jul",
    "august", "aug", "september", "sept", "sep", "october", "oct", "november", "nov", "december", "dec",
    "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu", "thur", "thurs",
    "friday", "fri", "saturday", "sat", "sunday"};

// Inlined: asked of every word of every name by is_calendar_name().
[[gnu::always_inline]] inline bool is_calendar_word(std::string_view word) {
  constexpr size_t kShortest = 3, kLongest = 9, kLengths = kLongest - kShortest + 1;
  // Which first two letters a calendar word of each length has, a bit per
  // pair: a name's word is mostly ruled out by one look-up (by its first
  // two letters alone, "Ma", "Ch", "Sa" let a fifth of names' words through
  // to the compares).
  static constexpr auto kOpenings = [] {
    std::array<uint32_t, 26 * kLengths> seconds{};  // per first letter and length, a bit per second letter
    for (std::string_view c : kCalendarWords) {
      seconds[(c[0] - 'a') * kLengths + c.size() - kShortest] |= uint32_t{1} << (c[1] - 'a');
    }
    return seconds;
  }();
  if (word.size() < kShortest || word.size() > kLongest || !text::is_upper_ascii(word[0]) ||
      !text::is_ascii_letter(word[1])) {
    return false;
  }
  const int first = text::lower_ascii(word[0]) - 'a', second = text::lower_ascii(word[1]) - 'a';
  if (!(kOpenings[first * kLengths + word.size() - kShortest] >> second & 1)) return false;
  return std::any_of(kCalendarWords.begin(), kCalendarWords.end(),
                     [word](std::string_view c) { return text::same_ignoring_case(word, c); });
}

// A name made of months, weekdays and feasts alone is a date's: "Dec" in "TOKYO,
// Dec 4 (Reuters)", "Thu December" in "Published 10:34 AM EST, Thu December
// 3", "Wednesday" in a byline's date, "after Christmas". The tagger, reading
// them beside a dateline's or a byline's names, took them for organizations
// and people.
bool is_calendar_name(const text::Document& doc, uint32_t first, uint32_t end) {
  for (uint32_t i = first; i < end; ++i) {
    const std::string_view word = doc.token_text(i);
    if (word != "." && !is_calendar_word(word)) return false;
  }
  return true;
}

// "Sun" in a stamp "Sun 9 Feb 2025 11.30 AEDT": the weekday that names a
// paper alone, before a day of a month.
bool is_sunday_before_date(const text::Document& doc, uint32_t first, uint32_t end) {
  if (end != first + 1 || end + 1 >= doc.tokens.size() || doc.token_text(first) != "Sun") return false;
  const text::Token& day = doc.tokens[end];
  return day.kind == text::TokenKind::number && day.length <= 2 && is_calendar_word(doc.token_text(end + 1));
}

// "Dad", "Mum", "Grandma": a child's word for a parent, which a family's
// talk capitalizes as a name ("'When's Dad coming home?'", "'Dad is the
// kindest man'") and the tagger read as a person or a place; "Hello",
// "Thanks": a greeting opening a speaker's turn ("DANA BASH, CNN HOST:
// Hello."). Alone, no one's name.
constexpr std::string_view kWordsNamingNoOne[] = {
    "Dad",    "Daddy",   "Mum",     "Mummy",    "Mom",   "Mommy", "Mam", "Mama",   "Papa",
    "Grandma", "Grandpa", "Grandad", "Granddad", "Granny", "Nana",  "Hello", "Hi", "Hey",
    "Goodbye", "Bye",     "Thanks"};
constexpr uint32_t kLongestWordNamingNoOne = 8;  // "Granddad"

// The first letters of `words`, a flag per byte.
template <size_t N>
constexpr std::array<bool, 256> first_letters(const std::string_view (&words)[N]) {
  std::array<bool, 256> opens{};
  for (const std::string_view w : words) opens[static_cast<unsigned char>(w[0])] = true;
  return opens;
}

// Whether the name [first, end) is a word naming no one alone. Of one
// word, short, and its first letter first: the edge rule that asks it lets
// most names through.
bool names_no_one(const text::Document& doc, uint32_t first, uint32_t end) {
  static constexpr text::WordSet kNoOneSet(kWordsNamingNoOne);
  static constexpr std::array<bool, 256> kOpenings = first_letters(kWordsNamingNoOne);
  return end == first + 1 && doc.tokens[first].length <= kLongestWordNamingNoOne &&
         kOpenings[static_cast<unsigned char>(doc.text[doc.tokens[first].start])] &&
         kNoOneSet.contains(doc.token_text(first));
}

// "Zero", "One": a number's word, which opens or ends a day's or a
// session's name ("Day Zero", "Zero Hour") and no person's. Not "Ten",
// a Dutch surname's particle ("Ten Hag").
constexpr std::string_view kNumberWords[] = {"Zero", "One",   "Two",   "Three", "Four",
                                             "Five", "Six",   "Seven", "Eight", "Nine"};
constexpr uint32_t kShortestNumberWord = 3, kLongestNumberWord = 5;

// "How close did Cape Town come to Day Zero?", "during Zero Hour": a named
// day or a session's slot with a number's word at its edge, which the
// tagger read as a person (of the number's word alone after "Day").
// Another name (MISC), as "Remembrance Sunday" is, with a capitalized word
// left out before it, and no number for the numbers stage; the number's
// word alone, a number.
void tag_named_day_by_its_number(const text::Document& doc, std::vector<Tag>& tags, uint32_t first, uint32_t end) {
  static constexpr text::WordSet kNumberSet(kNumberWords);
  static constexpr std::array<bool, 256> kOpenings = first_letters(kNumberWords);
  // By its length and its first letter first: most names' words are none.
  const auto is_number_word = [&](uint32_t i) {
    return doc.tokens[i].length >= kShortestNumberWord && doc.tokens[i].length <= kLongestNumberWord &&
           kOpenings[static_cast<unsigned char>(doc.text[doc.tokens[i].start])] &&
           kNumberSet.contains(doc.token_text(i));
  };
  if (type_index(tags[first]) != static_cast<int>(EntityType::PER) ||
      !(is_number_word(first) || is_number_word(end - 1))) {
    return;
  }
  if (end == first + 1) {
    if (first == 0 || tags[first - 1] != kOutside || !is_plain_capitalized(doc, first - 1)) {
      tags[first] = kOutside;
      return;
    }
    --first;  // "Day"
  }
  tag_as_one(tags, first, end, static_cast<int>(EntityType::MISC));
}

// The first token of the name that ends at token `last`.
uint32_t name_start(const std::vector<Tag>& tags, uint32_t last) {
  while (last > 0 && is_inside(tags[last])) --last;
  return last;
}

// "West Yorkshire Police's Homicide and Major Enquiry Team", "the Gang
// Unit": a force's unit, whose noun ends no person's
// name, which the tagger read as a person, leaving out a word it took for
// a rank ("Major") and the field before "and". The unit's name, an
// organization, with them.
void tag_unit_by_its_noun(const text::Document& doc, std::vector<Tag>& tags, uint32_t first, uint32_t end) {
  if (end - first < 2 || type_index(tags[first]) != static_cast<int>(EntityType::PER)) return;
  const std::string_view noun = doc.token_text(end - 1);
  if (noun != "Team" && noun != "Unit") return;
  const auto capitalized = [&](uint32_t i) { return text::is_upper_ascii(doc.text[doc.tokens[i].start]); };
  uint32_t field = first;
  if (field >= 1 && tags[field - 1] == kOutside && capitalized(field - 1)) --field;  // "Major"
  if (field >= 2 && token_is(doc, field - 1, "and") && capitalized(field - 2)) {
    first = is_inside(tags[field - 2]) ? name_start(tags, field - 2) : field - 2;
  }
  tag_as_one(tags, first, end, static_cast<int>(EntityType::ORG));
}

// "Greater Manchester Police Detective Constable Amy Pearson said": a
// force, an officer's rank and the officer's name in one run of capitals,
// which the tagger read as one organization (and "Greater" as a person
// apart). The force an organization, with a place's modifier before it;
// the rank no name; the officer a person. Returns the force's end.
uint32_t split_force_and_officer(const text::Document& doc, std::vector<Tag>& tags, uint32_t first, uint32_t end) {
  static constexpr std::string_view kRanks[] = {
      "Detective", "Chief",   "Constable", "Sergeant", "Inspector", "Superintendent", "Commander", "Commissioner",
      "Deputy",    "Assistant", "Acting",  "Officer",  "PC",        "DC",             "DS",        "DI",
      "DCI",       "Det",     "Sgt",       "Insp",     "Supt"};
  static constexpr text::WordSet kRankSet(kRanks);
  uint32_t force = first + 1;
  while (force < end && !token_is(doc, force, "Police") && !token_is(doc, force, "Constabulary")) ++force;
  uint32_t officer = force + 1;
  while (officer < end && kRankSet.contains(doc.token_text(officer))) ++officer;
  if (officer == force + 1 || officer >= end) return end;  // no rank after a force, or no name after the rank
  const bool modifier_apart = first > 0 && lexicon::is_place_modifier(doc.token_text(first - 1)) &&
                              (tags[first - 1] == kOutside || is_begin(tags[first - 1]));
  tag_as_one(tags, first - modifier_apart, force + 1, static_cast<int>(EntityType::ORG));
  std::fill(tags.begin() + force + 1, tags.begin() + officer, kOutside);
  tag_as_one(tags, officer, end, static_cast<int>(EntityType::PER));
  return force + 1;
}

// "Lakers: At Phoenix on Tuesday night. Thunder: Host Utah on Wednesday
// night.": a team's next game under a match report, its verb after the
// team's colon, which the tagger read as the opponent's name's first word
// ("Host Utah" a place). The opponent alone.
void untag_fixture_verb(const text::Document& doc, std::vector<Tag>& tags, uint32_t first, uint32_t end) {
  if (end - first < 2 || !(token_is(doc, first, "Host") || token_is(doc, first, "Visit"))) return;
  tags[first] = kOutside;
  tags[first + 1] = begin_tag(type_index(tags[first + 1]));
}

// The same, with letters beyond ASCII after the capital: "Andrés", "José".
bool is_capitalized_name_word(const text::Document& doc, uint32_t i) {
  const std::string_view w = doc.token_text(i);
  return doc.tokens[i].kind == text::TokenKind::word && w.size() >= 2 &&
         text::is_upper_ascii(static_cast<unsigned char>(w[0])) && std::all_of(w.begin() + 1, w.end(), [](char c) {
           return text::is_lower_ascii(c) || static_cast<unsigned char>(c) >= 0x80;
         });
}

// "Y.", "W.": a capital and its dot, a middle initial.
bool is_initial(std::string_view word) {
  return word.size() == 2 && word[1] == '.' && text::is_upper_ascii(static_cast<unsigned char>(word[0]));
}

// Whether the gazetteer lists `word` as a first name and the training text
// never writes it in lower case. "Andrés": the lists hold first names in
// their plain spelling too, not the other way.
bool is_listed_first_name(const Gazetteer& gazetteer, std::string_view word) {
  const bool plain = std::all_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  const std::string folded = plain ? std::string() : text::fold_latin_diacritics(word);
  const uint32_t listed = gazetteer.categories(plain ? word : std::string_view(folded));
  return (listed & category_set({kFirstName})) && !(listed & category_set({kCommonWord}));
}

// "Jay Y. Lee", "Amy Coney Barrett", "Andrés Manuel López Obrador": the tagger, knowing the first name from
// no training text, began the person at the middle initial or name. A
// plain capitalized word just before it, untagged, is the first name: before
// an initial, any but a title, a function word or an opening adverb
// ("President", "The", "Meanwhile"), or a weekday; before a middle name,
// one the gazetteer lists as a first name and the training text never
// writes in lower case (not a rugby position: "Lock Ian Jones").
// Inlined: asked in read_name_edges() of every name after a capitalized
// word, which its first test rejects (a call cost 0.7 M instructions on c06).
[[gnu::always_inline]] inline void tag_first_name_before_middle(const text::Document& doc, const Gazetteer& gazetteer,
                                                                std::vector<Tag>& tags, uint32_t first, uint32_t end) {
  const int person = static_cast<int>(EntityType::PER);
  if (first == 0 || tags[first] != begin_tag(person) || tags[first - 1] != kOutside ||
      !is_capitalized_name_word(doc, first - 1)) {
    return;
  }
  const std::string_view before = doc.token_text(first - 1);
  const bool initial = is_initial(doc.token_text(first));
  if (!initial && end - first < 2) return;
  // Titles first: most words before a person's name are ("President Joe Biden").
  if (lexicon::kinds_in_any_case(before) != 0 || is_calendar_word(before)) return;
  if (!initial && !is_listed_first_name(gazetteer, before)) return;
  tags[first - 1] = begin_tag(person);
  tags[first] = inside_tag(person);
}

// Whether the words [first, colon) label a football match's list of players
// ("Subs", "Booked", "Subs not used").
bool is_players_label(const text::Document& doc, uint32_t first, uint32_t colon) {
  static constexpr std::string_view kLabels[] = {"Subs", "Substitutes", "Booked", "Scorers", "Replacements", "Bench"};
  const std::string_view label = doc.token_text(first);
  return std::find(std::begin(kLabels), std::end(kLabels), label) != std::end(kLabels) ||
         (label == "Sent" && colon == first + 2 && token_is(doc, first + 1, "off"));
}

// A word that may be (part of) a player's name in a list: capitalized, in
// ASCII or not ("Ødegaard").
bool is_listed_name_word(const text::Document& doc, uint32_t i) {
  const auto lead = static_cast<unsigned char>(doc.text[doc.tokens[i].start]);
  return doc.tokens[i].kind == text::TokenKind::word && (text::is_upper_ascii(lead) || lead >= 0xC0);
}

// "Arsenal: Raya; White, Saliba, Gabriel, Calafiori; Rice, ..." under a
// match report: a team's line-up, its lines of players between semicolons
// after the team's name,
// or a list of players after "Subs:", "Booked:". Each name between the
// marks is a player's: the tagger, reading a list of surnames with no
// sentence, made places and organizations of some ("Raya", "Trossard").
void tag_line_ups(const text::Document& doc, std::vector<Tag>& tags) {
  constexpr uint32_t kMaxLabelTokens = 3, kMinLines = 2, kMaxListTokens = 80;
  const int person = static_cast<int>(EntityType::PER);
  for (const text::Paragraph& paragraph : doc.paragraphs) {
    const uint32_t first = paragraph.first_token, end = paragraph.end_token;
    if (end - first < 4 || end - first > kMaxListTokens) continue;
    uint32_t colon = first + 1;
    while (colon < end && colon <= first + kMaxLabelTokens && doc.token_text(colon) != ":") ++colon;
    if (colon >= end || doc.token_text(colon) != ":") continue;
    // A team's name (the tagger's organization) with lines, or a list's
    // label; and nothing but names, marks and minutes ("Trossard
    // (Martinelli 74)"), no sums ("16,300 tonnes ... (DNS) at $212.00;").
    uint32_t lines = 0, symbols = 0;
    for (uint32_t i = colon + 1; i < end; ++i) {
      lines += doc.token_text(i) == ";";
      symbols += doc.tokens[i].kind == text::TokenKind::symbol;
    }
    const bool team = type_index(tags[first]) == static_cast<int>(EntityType::ORG) && one_mention(tags, first, colon);
    if (symbols > 0 || !((team && lines >= kMinLines) || is_players_label(doc, first, colon))) continue;
    for (uint32_t i = colon + 1; i < end;) {
      if (!is_listed_name_word(doc, i)) {
        ++i;
        continue;
      }
      uint32_t name_end = i + 1;
      while (name_end < end && is_listed_name_word(doc, name_end)) ++name_end;
      tag_as_one(tags, i, name_end, person);
      i = name_end;
    }
  }
}

// "Red Bull team principal Christian Horner", "Reform UK's candidate": a
// company or a party the news names daily, of two words, of which the
// tagger took the second alone (for a person), or each alone (an
// organization and a place).
void tag_well_known_organization_with_word_before(const text::Document& doc, std::vector<Tag>& tags, uint32_t first,
                                                  uint32_t end) {
  if (first == 0 || end != first + 1 || (tags[first - 1] != kOutside && !is_begin(tags[first - 1]))) return;
  // The capital first, without a call: most words before a name are lower case.
  if (!text::is_upper_ascii(doc.text[doc.tokens[first - 1].start]) || !is_plain_capitalized(doc, first - 1)) return;
  if (lexicon::is_well_known_organization(doc.slice(doc.tokens[first - 1].start, doc.tokens[first].end()))) {
    tag_as_one(tags, first - 1, end, static_cast<int>(EntityType::ORG));
  }
}

// Whether tokens [first, end) name a place the gazetteer knows, maybe
// after place modifiers ("South Wales": "Wales"). A city's name that the
// training text writes in lower case or names an organization by ("Bank",
// "West Ham") is not enough.
bool names_known_place(const text::Document& doc, const Gazetteer& gazetteer, uint32_t first, uint32_t end) {
  for (; first < end; ++first) {
    const std::string_view name = doc.slice(doc.tokens[first].start, doc.tokens[end - 1].end());
    const uint32_t listed = gazetteer.categories(name);
    if (listed & category_set({kCountry, kSeenPlace})) return true;
    if (listed & category_set({kCity})) return !(listed & category_set({kCommonWord, kSeenOrganization}));
    if (!lexicon::is_place_modifier(doc.token_text(first))) return false;
  }
  return false;
}

// Whether token i starts a sentence.
bool starts_sentence(const text::Document& doc, uint32_t i) {
  const auto it = std::lower_bound(doc.sentences.begin(), doc.sentences.end(), i,
                                   [](const text::Sentence& s, uint32_t token) { return s.first_token < token; });
  return it != doc.sentences.end() && it->first_token == i;
}

// Whether the gazetteer knows `name` as a place or by the training text.
bool in_gazetteer(const Gazetteer& gazetteer, std::string_view name) {
  for (const GazetteerCategory category : {kCountry, kCity, kKnownOrg, kSeenPerson, kSeenOrganization, kSeenPlace,
                                           kSeenOther}) {
    if (gazetteer.contains(category, name)) return true;
  }
  return false;
}

// "Greater Manchester", "New South Wales", "Upper Norwood": a place with
// its modifier, which the tagger, knowing the place but not the whole,
// left out of the place ("Greater [LOC Manchester]"; not before a country,
// which CoNLL marks alone in "Northern Iraq", nor "New" opening a sentence,
// an adjective there: "New U.S. sanctions") or read as a person or an
// organization ("[PER Greater Manchester]"; a whole it knows, such as the
// team "New York", keeps its type). Or an organization named after such a
// place, a public body, whose modifier the tagger left out where it opens
// a sentence ("West [ORG Yorkshire Police] said"; not "New [ORG Liberia
// Council] chief to be installed").
// Inlined: asked of most names in read_name_edges(), which the guard at its
// start rejects; called, it cost 2.1 M instructions on c06 more.
[[gnu::always_inline]] inline void tag_place_with_its_modifier(const text::Document& doc, const Gazetteer& gazetteer,
                                                               std::vector<Tag>& tags, uint32_t first, uint32_t end) {
  const int place = static_cast<int>(EntityType::LOC);
  const bool left_out = first > 0 && tags[first - 1] == kOutside && type_index(tags[first]) == place &&
                        lexicon::is_place_modifier(doc.token_text(first - 1)) &&
                        !(doc.token_text(first - 1) == "New" && starts_sentence(doc, first - 1)) &&
                        !gazetteer.contains(kCountry, doc.slice(doc.tokens[first].start, doc.tokens[end - 1].end()));
  const bool misread = type_index(tags[first]) != place && end - first >= 2 &&
                       lexicon::is_place_modifier(doc.token_text(first));
  const uint32_t from = first - left_out;
  if ((left_out || misread) && names_known_place(doc, gazetteer, first + misread, end) &&
      !in_gazetteer(gazetteer, doc.slice(doc.tokens[from].start, doc.tokens[end - 1].end()))) {
    tag_as_one(tags, from, end, place);
    return;
  }
  const int organization = static_cast<int>(EntityType::ORG);
  const bool left_out_of_body = first > 0 && end - first >= 2 && tags[first - 1] == kOutside &&
                                type_index(tags[first]) == organization &&
                                lexicon::ends_public_body_name(doc.token_text(end - 1)) &&
                                lexicon::is_place_modifier(doc.token_text(first - 1)) &&
                                !(doc.token_text(first - 1) == "New" && starts_sentence(doc, first - 1));
  if (left_out_of_body) tag_as_one(tags, first - 1, end, organization);
}

constexpr std::string_view kCompassPoints[] = {
    "north",        "south",        "east",         "west",        "northern",  "southern",
    "eastern",      "western",      "northeast",    "northwest",   "southeast", "southwest",
    "northeastern", "northwestern", "southeastern", "southwestern", "central"};

// "in southwest Houston", "north London", "eastern Ukraine": a place that a
// point of the compass in lower case narrows, which the tagger read as an
// organization (a city's team's name) or a person. The gazetteer must know
// the name as a place, as a team's city too: the word before is a place's.
void tag_place_after_compass_point(const text::Document& doc, const Gazetteer& gazetteer, std::vector<Tag>& tags,
                                   uint32_t first, uint32_t end) {
  static constexpr text::WordSet kCompassSet(kCompassPoints);
  const int type = type_index(tags[first]);
  if (type != static_cast<int>(EntityType::ORG) && type != static_cast<int>(EntityType::PER)) return;
  if (tags[first - 1] != kOutside || !kCompassSet.contains(doc.token_text(first - 1))) return;
  const uint32_t listed = gazetteer.categories(doc.slice(doc.tokens[first].start, doc.tokens[end - 1].end()));
  if (listed & category_set({kCountry, kCity, kSeenPlace})) {
    tag_as_one(tags, first, end, static_cast<int>(EntityType::LOC));
  }
}

// The tokens that start with an apostrophe, straight or curly: found by
// searching the text for the few there are, not by looking at every token.
std::vector<uint32_t> apostrophe_tokens(const text::Document& doc) {
  std::vector<uint32_t> found;
  const auto add_token_at = [&](size_t byte) {
    const uint32_t k = doc.first_token_from(byte);
    if (k < doc.tokens.size() && doc.tokens[k].start == byte) found.push_back(k);
  };
  for (size_t at = doc.text.find('\''); at != std::string_view::npos; at = doc.text.find('\'', at + 1)) add_token_at(at);
  constexpr std::string_view kCurly = "\xE2\x80\x99";
  for (size_t at = doc.text.find(kCurly); at != std::string_view::npos; at = doc.text.find(kCurly, at + 1)) {
    add_token_at(at);
  }
  return found;
}

// "Reuters", "The", "NATO": a word whose first letter is an ASCII capital.
bool is_capitalized_word(const text::Document& doc, uint32_t i) {
  return i < doc.tokens.size() && doc.tokens[i].kind == text::TokenKind::word &&
         text::is_upper_ascii(doc.text[doc.tokens[i].start]);
}

// The rules after the tagger that start from a few capitalized words, told
// by the words alone (each rule then asks the tags, which the rules before
// it change): see the test of each, starts_<name>(), beside its rule.
enum class Start : uint8_t {
  initials,           // tag_names_after_initials()
  glued_initials,     // tag_names_after_glued_initials()
  body_with_field,    // join_bodies_and_their_fields()
  cabinet_secretary,  // untag_cabinet_secretaries()
  numbered_facility,  // untag_numbered_facilities()
  storm_name,         // tag_storm_names()
  race_before_noun,   // tag_races_before_nouns()
  name_at_particle,   // join_names_over_particles()
  title_after_kind,   // tag_untagged_works()
  quoted_title,       // tag_quoted_titles()
  bracketed_acronym,  // join_names_defined_by_acronyms()
  numbered_street,    // tag_numbered_streets()
  bracketed_part,     // join_names_over_bracketed_parts()
  credited_name,      // tag_credited_names()
  place_then_or_now,  // tag_places_then_or_now()
  prefixed_first_name,  // tag_names_with_prefixed_first_names()
};
constexpr size_t kStarts = 16;  // a bit each in StartTables' 16: a new Start needs wider tables

struct Landmarks {
  explicit Landmarks(const text::Document& doc);
  const std::vector<uint32_t>& starts_of(Start rule) const { return starts[static_cast<size_t>(rule)]; }

  std::vector<uint32_t> capitalized;  // words whose first letter is an ASCII capital: "Reuters", "The"
  std::vector<uint32_t> numbers;      // number tokens: "78", "1,200"
  std::vector<uint32_t> apostrophes;  // see apostrophe_tokens()
  std::array<std::vector<uint32_t>, kStarts> starts;  // the capitalized words each Start may start from

 private:
  void file_rule_starts(const text::Document& doc, uint32_t capitalized_word);
};

// "P", "K.": a capital alone or with its dot, as Indian names write their
// initials.
bool is_bare_or_dotted_initial(const text::Document& doc, uint32_t i) {
  const std::string_view w = doc.token_text(i);
  return doc.tokens[i].kind == text::TokenKind::word && (w.size() == 1 || is_initial(w)) &&
         text::is_upper_ascii(static_cast<unsigned char>(w[0]));
}

// Where tag_names_after_initials() may start: an initial, not after another.
bool starts_initials(const text::Document& doc, uint32_t first) {
  return doc.tokens[first].length <= 2 && is_bare_or_dotted_initial(doc, first) &&
         !(first > 0 && is_bare_or_dotted_initial(doc, first - 1));
}

// "P B Balaji", "M K Stalin", "A R Rahman", "K. V. Kamath": two initials or
// more before a capitalized word are a person's, the Indian way of writing
// a name, which the tagger cut to the surname or read as a place or a work
// ("[LOC Stalin]", "[MISC Rahman]"). One initial alone the tagger reads
// well ("N Chandrasekaran").
void tag_names_after_initials(const text::Document& doc, const Landmarks& marks, std::vector<Tag>& tags) {
  constexpr uint32_t kMinInitials = 2, kMaxInitials = 3;
  const int person = static_cast<int>(EntityType::PER);
  const auto n = static_cast<uint32_t>(tags.size());
  uint32_t next = 0;  // past the last name tagged
  for (const uint32_t first : marks.starts_of(Start::initials)) {
    if (first < next) continue;
    // One space between the words: not a table's heads ("W D L G / F G / A P\nPuchon 1 1 0").
    const auto spaced_after = [&](uint32_t k) {
      return k + 1 < n && doc.tokens[k + 1].start == doc.tokens[k].start + doc.tokens[k].length + 1 &&
             doc.text[doc.tokens[k + 1].start - 1] == ' ';
    };
    uint32_t surname = first + 1;
    while (surname < n && surname - first <= kMaxInitials && spaced_after(surname - 1) &&
           is_bare_or_dotted_initial(doc, surname)) {
      ++surname;
    }
    if (!spaced_after(surname - 1)) continue;
    if (surname - first < kMinInitials || surname - first > kMaxInitials || surname >= n ||
        !is_plain_capitalized(doc, surname)) {
      continue;
    }
    uint32_t end = surname + 1;
    if (tags[surname] != kOutside) {
      while (end < n && is_inside(tags[end])) ++end;
    }
    tag_as_one(tags, first, end, person);
    next = end;
  }
}

// "KL", "MS": two or three capitals written as one word, as Indian names
// write their initials, that are no acronym the lists know ("US", "EU"),
// nor a name in the gazetteer, nor a title but a personal one, which is
// not so written ("Ms"), nor a rank or an office written before a name
// ("DCI Smith", "PM Modi").
bool is_glued_initials(const text::Document& doc, const Gazetteer& gazetteer, uint32_t i) {
  static constexpr std::string_view kRanks[] = {"PC", "DC", "DS", "DI", "DCI", "DSU", "DCS", "WPC", "PS",
                                                "PM", "MP", "MEP", "MSP", "MLA", "GP", "HRH"};
  static constexpr text::WordSet kRankSet(kRanks);
  const std::string_view w = doc.token_text(i);
  if (w.size() < 2 || w.size() > 3 || doc.tokens[i].kind != text::TokenKind::word ||
      !std::all_of(w.begin(), w.end(), [](char c) { return text::is_upper_ascii(static_cast<unsigned char>(c)); })) {
    return false;
  }
  const uint8_t kinds = lexicon::kinds_in_any_case(w);
  constexpr uint32_t kNamesOther = category_set({kCountry, kCity, kDemonym, kKnownOrg, kOrgSuffix, kSeenOrganization,
                                                  kSeenPlace, kSeenOther});
  return !lexicon::is_common_acronym(w) && !kRankSet.contains(w) && (kinds == 0 || (kinds & lexicon::kPersonalTitle)) &&
         !(gazetteer.categories(w) & kNamesOther);
}

// Where tag_names_after_glued_initials() may start: two or three capitals
// before a plain capitalized word, the last of a run.
bool starts_glued_initials(const text::Document& doc, uint32_t first) {
  const text::Token& initials = doc.tokens[first];
  if (initials.length < 2 || initials.length > 3 || !text::is_upper_ascii(doc.text[initials.start + 1])) return false;
  const uint32_t surname = first + 1;
  return surname < doc.tokens.size() && is_plain_capitalized(doc, surname) && !is_capitalized_word(doc, surname + 1);
}

// "KL Rahul", "MS Dhoni", "AR Rahman": glued initials (is_glued_initials())
// before a capitalized word that ends the name, not a place ("AC Milan")
// nor a word the training text writes in lower case ("PGA Tour"), of a
// person: after a title ("captain KL Rahul"), or a word the tagger reads
// as a person's elsewhere in the text ("Dhoni, 43, retired"). The tagger read the initials as an
// organization's acronym ("[ORG KL Rahul]") or left them out ("MS [PER
// Dhoni]").
void tag_names_after_glued_initials(const text::Document& doc, const Landmarks& marks, const Gazetteer& gazetteer,
                                    std::vector<Tag>& tags) {
  const int person = static_cast<int>(EntityType::PER);
  std::optional<PersonSurnames> surnames;  // read when first asked
  for (const uint32_t first : marks.starts_of(Start::glued_initials)) {
    const uint32_t surname = first + 1;
    if (!is_glued_initials(doc, gazetteer, first)) continue;
    if (tags[first] == begin_tag(person) && is_inside(tags[surname])) continue;  // read well
    const uint32_t known = gazetteer.categories(doc.token_text(surname));
    if (known & category_set({kCountry, kCity, kKnownOrg, kSeenOrganization, kSeenPlace, kCommonWord})) continue;
    const bool titled = first > 0 && (lexicon::kinds_in_any_case(doc.token_text(first - 1)) & lexicon::kTitleWord);
    // Without a title, only the text's own persons tell: the lists' names
    // alone do not ("WH Smith", "JD Wetherspoon" are shops').
    if (!titled) {
      if (!surnames) surnames.emplace(doc, tags, 1);
      if (!surnames->has(doc.token_text(surname))) continue;
    }
    tag_as_one(tags, first, surname + 1, person);
  }
}

// "Commission", "Institute": a word that ends a body's name and may take
// its field after "on" or "for".
constexpr std::string_view kBodyHeads[] = {"Commission", "Committee", "Council",     "Institute", "Centre",
                                           "Center",     "Agency",    "Board",       "Society",   "Foundation",
                                           "Authority",  "Bureau",    "Association", "Alliance",  "Coalition",
                                           "Forum",      "Tribunal",  "Fund",        "Campaign",  "Network",
                                           "Convention"};

bool ends_body_with_field(std::string_view word) {
  static constexpr text::WordSet kHeadSet(kBodyHeads);
  return kHeadSet.contains(word);
}

// Where join_bodies_and_their_fields() may start: a body's word before "on"
// or "for" and a word after.
bool starts_body_with_field(const text::Document& doc, uint32_t head) {
  const uint32_t link = head + 1;
  if (link + 1 >= doc.tokens.size() || doc.tokens[link].length < 2 || doc.tokens[link].length > 3) return false;
  const std::string_view word = doc.token_text(link);
  return (word == "on" || word == "for") && ends_body_with_field(doc.token_text(head));
}

// "the Kenya National Commission on Human Rights", "the Institute for
// Fiscal Studies", "the U.N. Framework Convention on Climate Change": a
// body's name with its field after "on" or "for", which the tagger cut in
// two organizations ("[ORG Kenya National Commission] on [ORG Human
// Rights]"). The field must be an organization's or another name's piece,
// not a place or a person: "the UN Security Council on Ukraine" is a
// meeting's subject.
void join_bodies_and_their_fields(const Landmarks& marks, std::vector<Tag>& tags) {
  const int organization = static_cast<int>(EntityType::ORG);
  const auto n = static_cast<uint32_t>(tags.size());
  for (const uint32_t head : marks.starts_of(Start::body_with_field)) {
    const uint32_t link = head + 1, field = head + 2;
    if (tags[head] == kOutside || tags[link] != kOutside || !is_begin(tags[field]) ||
        type_index(tags[head]) != organization) {
      continue;
    }
    const int field_type = type_index(tags[field]);
    if (field_type != organization && field_type != static_cast<int>(EntityType::MISC)) continue;
    uint32_t end = field + 1;
    while (end < n && is_inside(tags[end])) ++end;
    tags[link] = inside_tag(organization);
    for (uint32_t k = field; k < end; ++k) tags[k] = inside_tag(organization);
  }
}

// Where untag_cabinet_secretaries() may start: "Cabinet Secretary" after a
// word.
bool starts_cabinet_secretary(const text::Document& doc, uint32_t k) {
  if (doc.tokens[k].length != 7 || k == 0 || k + 1 >= doc.tokens.size() || doc.token_text(k) != "Cabinet") {
    return false;
  }
  const std::string_view next = doc.token_text(k + 1);
  return next == "Secretary" || next == "Secretaries";
}

// "Interior Cabinet Secretary Kipchumba Murkomen": Kenya's minister's title,
// whose "Cabinet" the tagger took into an organization with the ministry's
// field ("[ORG Interior Cabinet] Secretary"). The title's words are no
// name, nor is a field of common words ("Interior", "Health") before it;
// a ministry's own name stays ("Treasury").
void untag_cabinet_secretaries(const text::Document& doc, const Landmarks& marks, const Gazetteer& gazetteer,
                               std::vector<Tag>& tags) {
  for (const uint32_t k : marks.starts_of(Start::cabinet_secretary)) {
    if (!is_inside(tags[k])) continue;
    tags[k] = kOutside;
    const uint32_t first = name_start(tags, k - 1);
    if (first + 1 == k && gazetteer.contains(kCommonWord, doc.token_text(first))) tags[first] = kOutside;
  }
}

// Where untag_numbered_facilities() may start: a facility's word before a
// number.
constexpr std::string_view kFacilities[] = {"Terminal", "Gate", "Platform", "Concourse", "Hangar"};

bool starts_numbered_facility(const text::Document& doc, uint32_t k) {
  static constexpr text::WordSet kFacilitySet(kFacilities);
  return k + 1 < doc.tokens.size() && doc.tokens[k + 1].kind == text::TokenKind::number &&
         kFacilitySet.contains(doc.token_text(k));
}

// "at Terminal 2", "from Gate 14", "on Platform 9": a part of an airport or
// a station by its number, which the tagger read as an organization. The
// word alone is no name.
void untag_numbered_facilities(const Landmarks& marks, std::vector<Tag>& tags) {
  for (const uint32_t k : marks.starts_of(Start::numbered_facility)) {
    if (!is_begin(tags[k]) || is_inside(tags[k + 1])) continue;
    tags[k] = kOutside;
  }
}

// "4th", "42nd", "125th": an ordinal in digits.
bool is_ordinal_in_digits(std::string_view w) {
  if (w.size() < 3) return false;
  const std::string_view suffix = w.substr(w.size() - 2);
  if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return false;
  return std::all_of(w.begin(), w.end() - 2, [](char c) { return text::is_digit(static_cast<unsigned char>(c)); });
}

// Where tag_numbered_streets() may start: a street's word after an ordinal
// in digits.
bool starts_numbered_street(const text::Document& doc, uint32_t k) {
  static constexpr std::string_view kStreets[] = {"Street", "St", "Avenue", "Ave"};
  static constexpr text::WordSet kStreetSet(kStreets);
  return k > 0 && kStreetSet.contains(doc.token_text(k)) && is_ordinal_in_digits(doc.token_text(k - 1));
}

// "the 36th Street station", "Shoppers crowded 5th Avenue": a street
// numbered in Manhattan's way, a place, which the tagger, knowing "Fifth
// Avenue" but not the digits, left untagged or cut to the street's word
// ("[ORG Avenue]"). Not a longer name that goes on ("the 92nd Street Y").
void tag_numbered_streets(const text::Document& doc, const Landmarks& marks, std::vector<Tag>& tags) {
  const auto n = static_cast<uint32_t>(tags.size());
  for (const uint32_t k : marks.starts_of(Start::numbered_street)) {
    if (is_inside(tags[k - 1]) || (k + 1 < n && (is_inside(tags[k + 1]) || is_capitalized_word(doc, k + 1)))) {
      continue;
    }
    tag_as_one(tags, k - 1, k + 1, static_cast<int>(EntityType::LOC));
  }
}

// The bracket that opens a company's bracketed part before its legal form
// at token `form` ("(Holdings) Ltd", "(North America) Ltd"): of one word or
// two; 0 if none.
uint32_t bracketed_part_before(const text::Document& doc, uint32_t form) {
  constexpr uint32_t kMostPartWords = 2;
  for (uint32_t open = form - 3; open + kMostPartWords + 2 >= form && open > 0; --open) {
    if (text::token_is(doc, open, "(")) return open;
  }
  return 0;
}

// Where join_names_over_bracketed_parts() may start: a company's legal form
// after a bracketed part.
bool starts_legal_form_after_bracket(const text::Document& doc, uint32_t k) {
  return k >= 4 && lexicon::is_legal_form(doc.token_text(k)) && bracketed_part_before(doc, k) > 0;
}

// "Companion Marble (Holdings) Ltd", "Dadabhoy Investment (pvt) Ltd",
// "Total Petroleum (North America) Ltd": a company's registered name, its
// kind or its country in brackets before its legal form, which the tagger
// cut at the brackets ("[ORG Companion Marble] (Holdings) [ORG Ltd]", the
// country a place). One organization, from the name before the bracket.
void join_names_over_bracketed_parts(const text::Document& doc, const Landmarks& marks, std::vector<Tag>& tags) {
  const auto n = static_cast<uint32_t>(tags.size());
  for (const uint32_t k : marks.starts_of(Start::bracketed_part)) {
    const uint32_t open = bracketed_part_before(doc, k);
    if (tags[open - 1] == kOutside || (k + 1 < n && is_inside(tags[k + 1]))) continue;
    tag_as_one(tags, name_start(tags, open - 1), k + 1, static_cast<int>(EntityType::ORG));
  }
}

// Where tag_credited_names() may start: a name after "Reporting by",
// "Editing by" or "Writing by".
bool starts_credited_name(const text::Document& doc, uint32_t first) {
  if (first < 2 || !token_is(doc, first - 1, "by")) return false;
  const std::string_view credit = doc.token_text(first - 2);
  return text::same_ignoring_case(credit, "reporting") || text::same_ignoring_case(credit, "editing") ||
         text::same_ignoring_case(credit, "writing");
}

// "(Reporting by Arsheeya Bajwa in Bengaluru; Editing by Sriraj
// Kalluvila)": a wire story's credit names its reporters and editors,
// which the tagger, knowing neither word, read as an organization or a
// place. A name of two or three words there is a person's.
void tag_credited_names(const Landmarks& marks, std::vector<Tag>& tags) {
  constexpr int kPerson = static_cast<int>(EntityType::PER);
  for (const uint32_t first : marks.starts_of(Start::credited_name)) {
    if (!is_begin(tags[first]) || type_index(tags[first]) == kPerson) continue;
    uint32_t end = first + 1;
    while (end < tags.size() && is_inside(tags[end])) ++end;
    if (end - first == 2 || end - first == 3) tag_as_one(tags, first, end, kPerson);
  }
}

// Where tag_places_then_or_now() may start: a name after "in what was
// then" or "in what is now".
bool starts_place_then_or_now(const text::Document& doc, uint32_t first) {
  if (first < 4) return false;
  const std::string_view when = doc.token_text(first - 1), is = doc.token_text(first - 2);
  return (when == "then" || when == "now") && (is == "was" || is == "is") && token_is(doc, first - 3, "what") &&
         token_is(doc, first - 4, "in");
}

// "arrived at Gombe Stream in what was then Tanganyika", "born in what is
// now Myanmar": a place by the name it had or has, which the tagger, not
// knowing an old name, read as a person's. No person is "in what was
// then" anyone.
void tag_places_then_or_now(const Landmarks& marks, std::vector<Tag>& tags) {
  constexpr int kPerson = static_cast<int>(EntityType::PER), kPlace = static_cast<int>(EntityType::LOC);
  for (const uint32_t first : marks.starts_of(Start::place_then_or_now)) {
    if (!is_begin(tags[first]) || type_index(tags[first]) != kPerson) continue;
    uint32_t end = first + 1;
    while (end < tags.size() && is_inside(tags[end])) ++end;
    tag_as_one(tags, first, end, kPlace);
  }
}

// Where tag_names_with_prefixed_first_names() may start: "LeBron",
// "DeAndre", "LaMelo", "JaVale", a first name written with a capital after
// a prefix of two letters (as is_camel_case() in grouping leaves them).
bool starts_prefixed_first_name(const text::Document& doc, uint32_t first) {
  static constexpr std::string_view kPrefixes[] = {"Le", "La", "De", "Da", "Ja", "Ka", "Ke", "Di", "Du"};
  static constexpr text::WordSet kPrefixSet(kPrefixes);
  const std::string_view w = doc.token_text(first);
  if (!text::is_upper_ascii(w[2]) || !kPrefixSet.contains(w.substr(0, 2))) return false;
  return std::all_of(w.begin() + 3, w.end(), [](char c) { return text::is_lower_ascii(c); });
}

// "LeBron James led the Lakers", "DeAndre Hopkins caught": such a first
// name before a name the gazetteer knows as a person's or a first name,
// which the tagger, reading the capital inside as a brand's, took for an
// organization or a place: a person.
void tag_names_with_prefixed_first_names(const text::Document& doc, const Landmarks& marks,
                                         const Gazetteer& gazetteer, std::vector<Tag>& tags) {
  constexpr int kPerson = static_cast<int>(EntityType::PER), kOther = static_cast<int>(EntityType::MISC);
  for (const uint32_t first : marks.starts_of(Start::prefixed_first_name)) {
    if (first + 2 > tags.size() || !one_mention(tags, first, first + 2)) continue;
    const int type = type_index(tags[first]);
    if (type != kPerson && type != kOther &&
        (gazetteer.categories(doc.token_text(first + 1)) & category_set({kFirstName, kSeenPerson}))) {
      tag_as_one(tags, first, first + 2, kPerson);
    }
  }
}

// Where tag_storm_names() may start: a name after storms' plural.
constexpr std::string_view kStorms[] = {"hurricanes", "storms", "typhoons", "cyclones"};

bool starts_storm_name(const text::Document& doc, uint32_t first) {
  static constexpr text::WordSet kStormSet(kStorms);
  if (first == 0) return false;
  const uint32_t before = doc.tokens[first - 1].length;
  return (before == 6 || before == 8 || before == 10) && kStormSet.contains(doc.token_text(first - 1));
}

// "hit by hurricanes Helene and Milton", "after storms Ciara and Dennis":
// storms' names listed after their plural, which the tagger read as a
// person's and a place's. Each is a storm's name (MISC, as "Hurricane
// Katrina" is).
void tag_storm_names(const text::Document& doc, const Landmarks& marks, std::vector<Tag>& tags) {
  constexpr int kOther = static_cast<int>(EntityType::MISC);
  const auto n = static_cast<uint32_t>(tags.size());
  // Not a date: "storms Tuesday knocked out power".
  const auto one_word_name = [&](uint32_t k) {
    return is_capitalized_word(doc, k) && !is_capitalized_word(doc, k + 1) && !is_calendar_word(doc.token_text(k));
  };
  for (const uint32_t first : marks.starts_of(Start::storm_name)) {
    for (uint32_t k = first; k < n && one_word_name(k);) {
      tags[k] = begin_tag(kOther);
      const std::string_view next = k + 1 < n ? doc.token_text(k + 1) : std::string_view{};
      if (next != "," && next != "and" && next != "or") break;
      k += k + 2 < n && doc.token_text(k + 2) == "and" ? 3 : 2;  // "Helene, Milton and Debby", with a serial comma too
    }
  }
}

// Where tag_races_before_nouns() may start: a race written with a capital
// between a determiner or an adjective and a word in lower case.
constexpr std::string_view kRaces[] = {"Black", "White"};
constexpr std::string_view kWordsBeforeRace[] = {"the",  "a",    "first", "many", "other", "young",
                                                 "more", "most", "some",  "few",  "fewer", "older"};

bool starts_race_before_noun(const text::Document& doc, uint32_t k) {
  static constexpr text::WordSet kRaceSet(kRaces);
  static constexpr text::WordSet kBeforeSet(kWordsBeforeRace);
  return k > 0 && k + 1 < doc.tokens.size() && kRaceSet.contains(doc.token_text(k)) &&
         kBeforeSet.contains(doc.token_text(k - 1)) && doc.tokens[k + 1].kind == text::TokenKind::word &&
         text::is_lower_ascii(static_cast<unsigned char>(doc.text[doc.tokens[k + 1].start]));
}

// "one of the first Black executives", "a White officer", "young Black
// men": a race written with a capital, after a determiner or an adjective
// no surname follows and before a noun in lower case, which the tagger read
// as a surname: an adjective, as "black" in lower case is, and no name (as
// MISC it would join a person of that surname the text names).
void tag_races_before_nouns(const Landmarks& marks, std::vector<Tag>& tags) {
  for (const uint32_t k : marks.starts_of(Start::race_before_noun)) {
    if (!is_begin(tags[k]) || is_inside(tags[k + 1])) continue;
    tags[k] = kOutside;
  }
}

// "de", "del": a particle that joins the words of a Spanish, Portuguese,
// French or Italian name, which never ends one.
constexpr std::string_view kRomanceParticles[] = {"de", "del", "da", "do", "di", "des", "du", "dos"};

bool is_romance_particle(std::string_view w) {
  return std::find(std::begin(kRomanceParticles), std::end(kRomanceParticles), w) != std::end(kRomanceParticles);
}

// Where join_names_over_particles() may start: a word before a particle and
// a word after.
bool starts_name_at_particle(const text::Document& doc, uint32_t k) {
  const uint32_t particle = k + 1;
  return particle + 1 < doc.tokens.size() && doc.tokens[particle].length <= 3 &&
         doc.text[doc.tokens[particle].start] == 'd' && is_romance_particle(doc.token_text(particle));
}

// "Banco de la República", "Banco do Brasil": a name that the tagger ended
// at its particle ("[ORG Banco de] la [ORG República]") goes on through the
// article and the capitalized words after it, whatever they were read as.
void join_names_over_particles(const text::Document& doc, const Landmarks& marks, std::vector<Tag>& tags) {
  const auto n = static_cast<uint32_t>(tags.size());
  for (const uint32_t k : marks.starts_of(Start::name_at_particle)) {
    const uint32_t particle = k + 1;
    if (tags[k] == kOutside || !is_inside(tags[particle]) || is_inside(tags[particle + 1])) continue;
    uint32_t next = particle + 1;
    const std::string_view article = doc.token_text(next);
    if (tags[next] == kOutside && (article == "la" || article == "las" || article == "los" || article == "le")) ++next;
    if (next >= n || !is_capitalized_word(doc, next)) continue;
    uint32_t end = next + 1;
    while (end < n && is_inside(tags[end])) ++end;
    const int type = type_index(tags[k]);
    for (uint32_t i = particle + 1; i < end; ++i) tags[i] = inside_tag(type);
  }
}

// "released", "directed": a lower-case word ending in "ed".
bool is_past_verb(std::string_view w) {
  return w.size() > 3 && text::is_lower_ascii(static_cast<unsigned char>(w[0])) && w.substr(w.size() - 2) == "ed";
}

// The first token of a name that starts at `first`, with a saint's title
// before it that the tagger left out or read as a name of its own ("St" in
// "[LOC St] [PER James]' Park", "St." in "St. James' Park").
uint32_t with_saint_before(const text::Document& doc, uint32_t first) {
  if (first >= 2 && doc.token_text(first - 1) == "." && doc.token_text(first - 2) == "St") return first - 2;
  if (first >= 1) {
    const std::string_view before = doc.token_text(first - 1);
    if (before == "St" || before == "St." || before == "Saint") return first - 1;
  }
  return first;
}

// "Land's End", "King's Cross", "St John's Wood": a place named with a
// possessive, which the tagger, reading the possessive as the end of a
// name, cut ("[LOC Land]'s End", "[PER St John]'s [LOC Wood]") or missed.
// Not after an organization, whose possessive it is ("[ORG Trump]'s Wood"),
// unless that is a word the training text writes in lower case, which the
// tagger read in another name ("Land", after "Jaguar Land Rover").
// A plain capitalized word, alone or ending a name, before the possessive,
// and a word that ends such places after it, ending the name there (not
// "Britain's Green Party" nor "the Bay of Bengal"); not a country's
// possessive ("Britain's Park"). Grouping keeps the possessive in the
// place (see possessive_in_name).
void tag_possessive_places(const text::Document& doc, const Landmarks& marks, const Gazetteer& gazetteer,
                           std::vector<Tag>& tags) {
  const int place = static_cast<int>(EntityType::LOC), organization = static_cast<int>(EntityType::ORG);
  const auto n = static_cast<uint32_t>(tags.size());
  for (const uint32_t k : marks.apostrophes) {
    if (k == 0 || k + 1 >= n || tags[k] != kOutside || !lexicon::is_possessive(doc.token_text(k)) ||
        !lexicon::ends_possessive_place(doc.token_text(k + 1)) || !is_plain_capitalized(doc, k - 1)) {
      continue;
    }
    if (k + 2 < n && (is_plain_capitalized(doc, k + 2) || doc.token_text(k + 2) == "of")) continue;
    if (gazetteer.contains(kCountry, doc.token_text(k - 1))) continue;
    uint32_t from = name_start(tags, k - 1);
    if (!is_begin(tags[from])) from = k - 1;
    from = with_saint_before(doc, from);
    const bool after_organization = is_begin(tags[from]) && type_index(tags[from]) == organization;
    if (after_organization && (from + 1 != k || !gazetteer.contains(kCommonWord, doc.token_text(from)))) continue;
    tag_as_one(tags, from, k + 2, place);
  }
}

// "Sotheby’s said", "Children’s Health Ireland": a name that holds a
// possessive, which the tagger cut there, reading a person's possessive
// ("Sotheby" a person) or a name after one ("Health Ireland" a place).
// One name: a company named in the possessive, an organization; a group's
// possessive ("People", "Children", "Women", "Men") before a place's or an
// organization's name the tagger began right after it, of that name's type,
// an organization for a place's unless its last word ends places' names
// ("People’s Park").
// Grouping keeps the possessive in the name (see possessive_in_name).
void tag_names_in_the_possessive(const text::Document& doc, const Landmarks& marks, std::vector<Tag>& tags) {
  const int place = static_cast<int>(EntityType::LOC), organization = static_cast<int>(EntityType::ORG);
  const auto n = static_cast<uint32_t>(tags.size());
  for (const uint32_t k : marks.apostrophes) {
    if (k == 0 || k + 1 >= n || tags[k] != kOutside || is_inside(tags[k - 1]) || !is_plain_capitalized(doc, k - 1) ||
        (k >= 2 && is_capitalized_word(doc, k - 2)) || !lexicon::is_possessive(doc.token_text(k))) {
      continue;
    }
    const std::string_view word = doc.token_text(k - 1);
    if (lexicon::names_company_in_possessive(word)) {
      tag_as_one(tags, k - 1, k + 1, organization);
      continue;
    }
    const bool group = word == "People" || word == "Children" || word == "Women" || word == "Men";
    if (!group || !is_begin(tags[k + 1])) continue;
    uint32_t end = k + 2;
    while (end < n && is_inside(tags[end])) ++end;
    int type = type_index(tags[k + 1]);
    if (type != place && type != organization) continue;  // "Men's Australian Open champion": an event's category
    if (type == place && !lexicon::ends_possessive_place(doc.token_text(end - 1))) type = organization;
    tag_as_one(tags, k - 1, end, type);
  }
}

// Whether token i is a capitalized word the tagger left untagged.
bool is_untagged_capitalized(const text::Document& doc, const std::vector<Tag>& tags, uint32_t i) {
  return is_capitalized_word(doc, i) && tags[i] == kOutside;
}

// Whether token i is a kind of work of art: "play", "book", "documentary".
bool names_kind_of_work(const text::Document& doc, uint32_t i) {
  constexpr uint32_t kShortestKind = 4, kLongestKind = 11;  // "play", "documentary"
  // Most words before a name are told by their length and first letter.
  return i < doc.tokens.size() && doc.tokens[i].length >= kShortestKind && doc.tokens[i].length <= kLongestKind &&
         text::is_lower_ascii(doc.text[doc.tokens[i].start]) && lexicon::is_work_noun(doc.token_text(i));
}

// The token before a title that starts at `first` that may name its kind:
// the one before it, or before a comma ("his book, Silent Witness").
uint32_t kind_before_title(const text::Document& doc, uint32_t first) {
  return first >= 3 && doc.token_text(first - 1) == "," ? first - 2 : first - 1;
}

// Where tag_untagged_works() may start: a word after a kind of work.
bool starts_title_after_kind(const text::Document& doc, uint32_t first) {
  return first >= 2 && names_kind_of_work(doc, kind_before_title(doc, first));
}

// Whether token i is a kind of work of art, untagged: "play", "book",
// "documentary".
bool is_kind_of_work(const text::Document& doc, const std::vector<Tag>& tags, uint32_t i) {
  return i < tags.size() && tags[i] == kOutside && names_kind_of_work(doc, i);
}

// Whether token i is an organization of one word: "ITV" in "the ITV soap
// Coronation Street", "Netflix" in "the Netflix series".
bool is_one_word_organization(const std::vector<Tag>& tags, uint32_t i) {
  return tags[i] == begin_tag(static_cast<int>(EntityType::ORG)) && (i + 1 >= tags.size() || !is_inside(tags[i + 1]));
}

// Whether the name of tokens [first, end) follows a kind of work after
// "the" or a possessive, maybe with an adjective of order or a broadcaster
// between: "the play", "his book", "her new album", "their debut single",
// "Holloway's first book", "the BBC drama". Or between commas after it: "his first book, Silent
// Witness, sold".
// Inlined: asked of every name, which the kind's test rejects at once.
[[gnu::always_inline]] inline bool follows_kind_of_work(const text::Document& doc, const std::vector<Tag>& tags,
                                                        uint32_t first, uint32_t end) {
  static constexpr std::string_view kDeterminers[] = {"the", "The", "his", "His", "her", "Her", "their", "Their"};
  static constexpr std::string_view kOrders[] = {"new", "latest", "first", "last", "debut", "second", "third", "next"};
  const auto word_is = [&](uint32_t i, std::string_view w) { return i < tags.size() && doc.token_text(i) == w; };
  uint32_t kind = first - 1;
  if (first >= 3 && word_is(kind, ",") && (word_is(end, ",") || word_is(end, "."))) --kind;
  if (kind < 1 || !is_kind_of_work(doc, tags, kind)) return false;
  const auto one_of = [&](uint32_t i, const auto& words) {
    return std::find(std::begin(words), std::end(words), doc.token_text(i)) != std::end(words);
  };
  uint32_t determiner = kind - 1;
  if (determiner > 0 && one_of(determiner, kOrders)) --determiner;
  if (determiner > 0 && is_one_word_organization(tags, determiner)) --determiner;  // "the ITV soap"
  return one_of(determiner, kDeterminers) || lexicon::is_possessive(doc.token_text(determiner));
}

// Where a title that goes on from token `end` over capitalized words, "&"
// and small words ("& the Lash", "from Grace with God") ends, before its
// year in brackets ("(1985)"); `end` if it does not.
uint32_t title_end_before_year(const text::Document& doc, uint32_t end) {
  constexpr uint32_t kMaxWords = 8;
  const auto n = static_cast<uint32_t>(doc.tokens.size());
  uint32_t i = end;
  while (i < n && i - end < kMaxWords && !token_is(doc, i, "(") &&
         (is_capitalized_word(doc, i) || token_is(doc, i, "&") || lexicon::is_function_word(doc.token_text(i)))) {
    ++i;
  }
  const bool year = i + 2 < n && token_is(doc, i, "(") && doc.tokens[i + 1].kind == text::TokenKind::number &&
                    doc.tokens[i + 1].length == 4 && token_is(doc, i + 2, ")");
  return year ? i : end;
}

// "the play Hamlet", "the series Derry Girls", "Oppenheimer (film)": a work
// of art's title, after "the" or a possessive and its kind or before its
// kind in brackets, which the tagger, reading a name, made a person or an
// organization. Not a country ("the series England won"), nor a person's
// name before a verb in the past ("the album Taylor Swift released"),
// which made the work.
// Inlined: asked in read_name_edges() of the names with a lower-case word
// or a comma before them or a bracket after them, which the first tests of
// its two shapes reject (a call cost 2.4 M instructions on c06).
[[gnu::always_inline]] inline void tag_work_by_its_kind(const text::Document& doc, const Gazetteer& gazetteer,
                                                        std::vector<Tag>& tags, uint32_t first, uint32_t end) {
  const int work = static_cast<int>(EntityType::MISC), person = static_cast<int>(EntityType::PER);
  const auto n = static_cast<uint32_t>(tags.size());
  const auto word_is = [&](uint32_t i, std::string_view w) { return i < n && doc.token_text(i) == w; };
  const auto is_kind = [&](uint32_t i) { return is_kind_of_work(doc, tags, i); };
  // "(film)", "(TV series)".
  const bool before_kind = word_is(end, "(") && ((is_kind(end + 1) && word_is(end + 2, ")")) ||
                                                  (is_kind(end + 2) && word_is(end + 3, ")")));
  // "their second album, Rum Sodomy & the Lash (1985), reached": a title
  // between a kind and its year, which the tagger cut at its small words.
  if (!before_kind && first >= 3 && token_is(doc, first - 1, ",") && is_kind(first - 2)) {
    const uint32_t year = title_end_before_year(doc, end);
    if (year != end && follows_kind_of_work(doc, tags, first, year + 3)) {
      if (gazetteer.contains(kCountry, doc.slice(doc.tokens[first].start, doc.tokens[end - 1].end()))) return;
      tag_as_one(tags, first, year, work);
      return;
    }
  }
  if (!before_kind && (first < 2 || !follows_kind_of_work(doc, tags, first, end))) return;
  if (gazetteer.contains(kCountry, doc.slice(doc.tokens[first].start, doc.tokens[end - 1].end()))) return;
  if (type_index(tags[first]) == person && end < n && is_past_verb(doc.token_text(end))) return;
  tag_as_one(tags, first, end, work);
}

// "his book No Place Like Home took four years": a title in capitals after
// its kind (see follows_kind_of_work) that the tagger left untagged, its
// words capitalized but for function words between them ("Of Mice and
// Men"), is a work's.
void tag_untagged_works(const text::Document& doc, const Landmarks& marks, std::vector<Tag>& tags) {
  constexpr uint32_t kMaxTitleWords = 8;
  const auto n = static_cast<uint32_t>(tags.size());
  const auto capitalized = [&](uint32_t i) { return is_untagged_capitalized(doc, tags, i); };
  for (const uint32_t first : marks.starts_of(Start::title_after_kind)) {
    if (tags[first] != kOutside || tags[kind_before_title(doc, first)] != kOutside) continue;
    uint32_t end = first + 1;
    while (end - first < kMaxTitleWords) {
      if (capitalized(end)) {
        ++end;
      } else if (end + 1 < n && tags[end] == kOutside && lexicon::is_function_word(doc.token_text(end)) &&
                 capitalized(end + 1)) {
        end += 2;
      } else {
        break;
      }
    }
    if (end < n && (tags[end] != kOutside || capitalized(end))) continue;  // a longer run: not read here
    if (end == first + 1 && doc.tokens[first].length < 2) continue;         // "the book I wrote"
    if (!follows_kind_of_work(doc, tags, first, end)) continue;
    tag_as_one(tags, first, end, static_cast<int>(EntityType::MISC));
  }
}

// Whether the words before token `quote`, an opening quote mark, name a
// work's title after them: its kind ("the book", "her new film,"), or
// "author of", "titled", "entitled", "starred in".
bool opens_quoted_title(const text::Document& doc, const std::vector<Tag>& tags, uint32_t quote) {
  if (quote < 2) return false;
  const uint32_t before = doc.token_text(quote - 1) == "," ? quote - 2 : quote - 1;
  if (is_kind_of_work(doc, tags, before)) return true;
  const std::string_view w = doc.token_text(before);
  if (w == "titled" || w == "entitled") return true;
  const std::string_view previous = before > 0 ? doc.token_text(before - 1) : std::string_view{};
  return (w == "of" && (previous == "author" || previous == "co-author")) || (w == "in" && previous == "starred");
}

// Whether the tagger read [first, end) as one organization: a team, a
// paper, a group in quote marks ('the "Dream Team"', '"Lebanon First" aims').
bool is_one_organization(const std::vector<Tag>& tags, uint32_t first, uint32_t end) {
  if (tags[first] != begin_tag(static_cast<int>(EntityType::ORG)) || (end < tags.size() && is_inside(tags[end]))) {
    return false;
  }
  for (uint32_t k = first + 1; k < end; ++k) {
    if (!is_inside(tags[k])) return false;
  }
  return true;
}

// Whether the quoted title [first, end) reads as a work's name where it
// stands, though no word names a work: after a possessive ('Disney's
// "Zootopia 2"'), or a preposition ('the best start after "A Minecraft
// Movie"'), or before a verb ('"Wicked: For Good" flew to $150 million'),
// as speech is not: speech stands after a colon, a comma or its cue, and
// before its cue or the sentence's end.
bool reads_as_quoted_title(const text::Document& doc, uint32_t quote, uint32_t close) {
  static constexpr std::string_view kPrepositions[] = {"after", "than", "like", "in", "of", "from",
                                                       "on",    "to",   "with", "for", "as", "and"};
  static constexpr std::string_view kCues[] = {"said", "says", "told", "asked", "added", "wrote", "tweeted"};
  const auto is_one_of = [](std::string_view w, const auto& words) {
    return std::find(std::begin(words), std::end(words), w) != std::end(words);
  };
  const std::string_view before = quote > 0 ? doc.token_text(quote - 1) : std::string_view{};
  if (lexicon::is_possessive(before) || is_one_of(before, kPrepositions)) return true;
  const uint32_t after = close + 1;
  if (after >= doc.tokens.size() || doc.tokens[after].kind != text::TokenKind::word) return false;
  const std::string_view verb = doc.token_text(after);
  return text::is_lower_ascii(static_cast<unsigned char>(verb[0])) && !is_one_of(verb, kCues);
}

// Where tag_quoted_titles() may start: a word right after a quote mark.
bool starts_quoted_title(const text::Document& doc, uint32_t first) {
  return first >= 1 && doc.tokens[first - 1].kind == text::TokenKind::quote && !doc.tokens[first].space_before;
}

// 'the author of "The Only Game in Town"', 'her new book, "The Road to
// Nowhere"': a title in quote marks after words that name a work, its words
// capitalized but for function words between them, is a work's (MISC): the
// tagger made names of its words ("Only Game", an organization, "Town", a
// place). A title of two words or more, with a sequel's number or a colon
// ('"Wicked: For Good"', '"Moana 2"'), is one where it reads as a name
// (reads_as_quoted_title): a film's, a show's, a song's; so is one of any
// length before the year it came out ('“Off the Wall” (1979)').
void tag_quoted_titles(const text::Document& doc, const Landmarks& marks, std::vector<Tag>& tags) {
  constexpr uint32_t kMaxTitleWords = 10;
  const auto n = static_cast<uint32_t>(tags.size());
  std::vector<std::string_view> works;                  // titles before the year in brackets
  std::vector<std::pair<uint32_t, uint32_t>> undecided;  // other runs in quote marks: [first, end)
  for (const uint32_t first : marks.starts_of(Start::quoted_title)) {
    uint32_t end = first + 1;
    while (end - first < kMaxTitleWords && end < n) {
      if (is_capitalized_word(doc, end) || doc.tokens[end].kind == text::TokenKind::number) {
        ++end;
      } else if ((lexicon::is_function_word(doc.token_text(end)) || doc.token_text(end) == ":") &&
                 is_capitalized_word(doc, end + 1)) {
        end += 2;
      } else {
        break;
      }
    }
    const std::string_view mark = end < n ? doc.token_text(end) : std::string_view{};
    const uint32_t close = mark == "," || mark == "." ? end + 1 : end;  // '"The Road to Nowhere," is'
    if (close >= n || doc.tokens[close].kind != text::TokenKind::quote || doc.tokens[close].space_before) continue;
    const bool dated = text::year_in_brackets_at(doc, close + 1);
    if (dated) works.push_back(doc.slice(doc.tokens[first].start, doc.tokens[end - 1].end()));
    if (!(mark != "." && opens_quoted_title(doc, tags, first - 1)) && !dated &&
        !(end - first >= 2 && reads_as_quoted_title(doc, first - 1, close) && !is_one_organization(tags, first, end))) {
      undecided.push_back({first, end});
      continue;
    }
    tag_as_one(tags, first, end, static_cast<int>(EntityType::MISC));
  }
  // '“Thriller” remains one of the best-selling albums': a title the year
  // after it told as a work's, in quote marks again without it.
  if (works.empty()) return;
  for (const auto& [first, end] : undecided) {
    const std::string_view title = doc.slice(doc.tokens[first].start, doc.tokens[end - 1].end());
    if (std::find(works.begin(), works.end(), title) != works.end()) {
      tag_as_one(tags, first, end, static_cast<int>(EntityType::MISC));
    }
  }
}

// "Lynch syndrome", "Lyme disease": a name right before "syndrome" or
// "disease" is a condition's, no person's nor place's: a name with its
// noun, as CoNLL marks "Creutzfeldt-Jakob Disease". Not a possessive's
// ("Crohn's disease", where CoNLL marks the person). The name is the one
// that ends before token `end`, wherever a rule above moved its start.
constexpr std::string_view kConditionNouns[] = {"disease", "syndrome"};

void tag_condition_by_its_noun(const text::Document& doc, std::vector<Tag>& tags, uint32_t end) {
  if (end >= tags.size() || tags[end] != kOutside) return;
  const std::string_view w = doc.token_text(end);
  if (std::find(std::begin(kConditionNouns), std::end(kConditionNouns), w) != std::end(kConditionNouns)) {
    tag_as_one(tags, name_start(tags, end - 1), end + 1, static_cast<int>(EntityType::MISC));
  }
}

// "Graham Whitlock, 58, of Harrow Lane, Stockport": an address, a street
// whose last word ends people's names too ("Lois Lane", "Ruby Way"), which
// the tagger read as a person. After "of", and before a comma and the
// town's capitalized name, a place ("the son of Nathan Lane, who" stays),
// and so is the town (of up to three words, before a comma or a full stop),
// which the tagger read as an organization.
void tag_address_street(const text::Document& doc, std::vector<Tag>& tags, uint32_t first, uint32_t end) {
  static constexpr std::string_view kStreetWords[] = {"Lane", "Way", "Drive", "Close", "Crescent", "Grove", "Terrace",
                                                      "Gardens", "Place", "Mews"};
  if (first == 0 || end + 1 >= tags.size() || end - first < 2 || doc.token_text(first - 1) != "of" ||
      doc.token_text(end) != "," || doc.tokens[end + 1].kind != text::TokenKind::word ||
      !text::is_upper_ascii(doc.text[doc.tokens[end + 1].start])) {
    return;
  }
  const std::string_view last = doc.token_text(end - 1);
  if (std::find(std::begin(kStreetWords), std::end(kStreetWords), last) == std::end(kStreetWords)) return;
  const int place = static_cast<int>(EntityType::LOC);
  tag_as_one(tags, first, end, place);
  constexpr uint32_t kMaxTownWords = 3;  // "Newcastle upon Tyne" has a lower-case word: not read
  const uint32_t town = end + 1;
  uint32_t town_end = town;
  while (town_end < tags.size() && town_end - town < kMaxTownWords &&
         doc.tokens[town_end].kind == text::TokenKind::word &&
         text::is_upper_ascii(doc.text[doc.tokens[town_end].start])) {
    ++town_end;
  }
  if (town_end < tags.size() && (doc.token_text(town_end) == "," || doc.token_text(town_end) == ".")) {
    tag_as_one(tags, town, town_end, place);
  }
}

// "Sharon Graham, the general secretary of Unite", "the chief executive of
// Ofwat": what an officer of a company, a union or a body heads, which the
// tagger, knowing the word from no training text, read as a place or a
// person. An organization; not a country, whose founder may be meant
// ("the founder of Pakistan").
void tag_organization_by_its_officer(const text::Document& doc, const Gazetteer& gazetteer, std::vector<Tag>& tags,
                                     uint32_t first, uint32_t end) {
  const int type = type_index(tags[first]);
  if (first < 3 || (type != static_cast<int>(EntityType::LOC) && type != static_cast<int>(EntityType::PER)) ||
      doc.token_text(first - 1) != "of") {
    return;
  }
  const std::string_view office = doc.token_text(first - 2), before = doc.token_text(first - 3);
  const bool officer = (office == "secretary" && before == "general") ||
                       (office == "executive" && before == "chief") || office == "chairman" ||
                       office == "chairwoman" || office == "CEO";
  if (!officer || gazetteer.contains(kCountry, doc.slice(doc.tokens[first].start, doc.tokens[end - 1].end()))) return;
  tag_as_one(tags, first, end, static_cast<int>(EntityType::ORG));
}

// "She told the Guardian:", "he told the Observer that": a paper that is
// told something, which the tagger, knowing "the Guardian" as a title,
// read as another name (MISC). An organization, as "told the BBC" is; not
// a people ("told the Americans"), nor a word before its noun ("told the
// Bengali newspaper", "told the Yugoslav news agency").
void tag_paper_told(const text::Document& doc, const Gazetteer& gazetteer, std::vector<Tag>& tags, uint32_t first,
                    uint32_t end) {
  if (type_index(tags[first]) != static_cast<int>(EntityType::MISC) || first < 2 ||
      doc.token_text(first - 1) != "the" || doc.token_text(first - 2) != "told" ||
      gazetteer.contains(kDemonym, doc.slice(doc.tokens[first].start, doc.tokens[end - 1].end()))) {
    return;
  }
  const bool noun_after = end < tags.size() && doc.tokens[end].kind == text::TokenKind::word &&
                          text::is_lower_ascii(doc.text[doc.tokens[end].start]) &&
                          !lexicon::is_function_word(doc.token_text(end));
  if (!noun_after) tag_as_one(tags, first, end, static_cast<int>(EntityType::ORG));
}

// The rules of the common words at a name's edges or before it, which
// share one edge rule: a day named by a number (of a person's name), what
// an officer heads (after "of"), a paper told something (after "the").
// Inlined, and told apart by the type and the word before's length: the
// edge rule lets most names through (2.6 M instructions on c06 as a call
// asking each rule).
[[gnu::always_inline]] inline void read_common_words(const text::Document& doc, const Gazetteer& gazetteer,
                                                     std::vector<Tag>& tags, uint32_t first, uint32_t end) {
  if (type_index(tags[first]) == static_cast<int>(EntityType::PER)) tag_named_day_by_its_number(doc, tags, first, end);
  if (first < 2 || !is_begin(tags[first])) return;
  const uint32_t before = doc.tokens[first - 1].length;
  if (before == 2) {
    tag_organization_by_its_officer(doc, gazetteer, tags, first, end);
  } else if (before == 3) {
    tag_paper_told(doc, gazetteer, tags, first, end);
  }
}

// "the Proceeds of Crime Act", "the Affordable Care Act", "the Finance
// Bill 2025": a law or a bill, whose name the tagger read without its "Act"
// or "Bill" as an organization's, or with it. A name with its noun, as
// CoNLL marks laws (MISC); with the name before "and" that the tagger read
// as one of its own ("the Rivers and Harbors Act", "the Tax Cuts and Jobs
// Act"). Not a person's name ("Buffalo Bill"). Returns the name's end.
uint32_t tag_law_by_its_noun(const text::Document& doc, std::vector<Tag>& tags, uint32_t end) {
  const auto is_law_noun = [&](uint32_t i) { return token_is(doc, i, "Act") || token_is(doc, i, "Bill"); };
  const bool noun_after = end < tags.size() && tags[end] == kOutside && is_law_noun(end);
  if (!noun_after && !is_law_noun(end - 1)) return end;
  const uint32_t law_end = noun_after ? end + 1 : end;
  uint32_t first = name_start(tags, end - 1);
  if (type_index(tags[first]) == static_cast<int>(EntityType::PER) && token_is(doc, law_end - 1, "Bill")) return end;
  if (first >= 2 && token_is(doc, first - 1, "and") && is_capitalized_word(doc, first - 2) &&
      is_capitalized_word(doc, first)) {
    first = tags[first - 2] != kOutside ? name_start(tags, first - 2) : first - 2;
  }
  tag_as_one(tags, first, law_end, static_cast<int>(EntityType::MISC));
  return law_end;
}

// The end of a name with its noun, a word `is_noun` tells: the noun the
// tagger put in the name, or the one right after it, untagged or a name of
// its own ("[Franklin] [Fire]"); or `first` when neither. A capitalized
// word after the noun goes on with some other name ("Street View", "Fire
// Chief"), which is left alone.
template <typename IsNoun>
uint32_t end_with_noun(const text::Document& doc, const std::vector<Tag>& tags, uint32_t first, uint32_t end,
                       IsNoun is_noun) {
  const auto n = static_cast<uint32_t>(tags.size());
  const bool alone_after =
      end < n && (tags[end] == kOutside || (is_begin(tags[end]) && (end + 1 == n || !is_inside(tags[end + 1]))));
  uint32_t noun_end = first;
  // The nouns are capitalized: most words after a name are told by their first letter.
  if (alone_after && text::is_upper_ascii(doc.text[doc.tokens[end].start]) && is_noun(doc.token_text(end))) {
    noun_end = end + 1;
  } else if (end - first >= 2 && is_noun(doc.token_text(end - 1))) {
    noun_end = end;
  }
  const bool goes_on = noun_end < n && noun_end > first && doc.tokens[noun_end].kind == text::TokenKind::word &&
                       text::is_upper_ascii(doc.text[doc.tokens[noun_end].start]);
  return goes_on ? first : noun_end;
}

// Roads' nouns, capitalized. The edge tables of read_name_edges() are
// checked against this list when compiled (see kEdgeTests).
constexpr std::string_view kRoadNouns[] = {"Road",     "Street",   "Avenue",    "Highway",   "Freeway",
                                           "Parkway",  "Turnpike", "Motorway",  "Boulevard", "Expressway"};
constexpr text::WordSet kRoadNounSet(kRoadNouns);

bool is_road_noun(std::string_view w) { return kRoadNounSet.contains(w); }

// "Judge Sarah Campbell KC", "Jane Smith MP", "Lord Grabiner KC": letters
// after a person's name (an honour, a rank, a seat) that the tagger read
// into it. The name ends before them; it keeps two words at least, or one
// after a title. Returns the name's end.
constexpr std::string_view kPostNominalLetters[] = {"KC",  "QC",  "MP",  "MSP", "MEP",
                                                    "OBE", "MBE", "CBE", "KBE", "DBE"};

uint32_t untag_post_nominal(const text::Document& doc, std::vector<Tag>& tags, uint32_t first, uint32_t end) {
  if (end - first < 2 || type_index(tags[first]) != static_cast<int>(EntityType::PER)) return end;
  const std::string_view last = doc.token_text(end - 1);
  // Capitals first, without a walk over the list: most names end in a plain word.
  if (last.size() > 3 || !text::is_upper_ascii(last.back())) return end;
  if (std::find(std::begin(kPostNominalLetters), std::end(kPostNominalLetters), last) ==
      std::end(kPostNominalLetters)) {
    return end;
  }
  const bool titled = first > 0 && (lexicon::kinds_in_any_case(doc.token_text(first - 1)) & lexicon::kTitleWord);
  if (end - first == 2 && !titled) return end;
  tags[end - 1] = kOutside;
  return end - 1;
}

// "the Pacific Coast Highway", "Corral Canyon Road": a road's name, which
// the tagger read without its noun, or as an organization's or a person's,
// or without a first word it did not know, is a place with its noun. Not a
// work's name ("the ITV soap Coronation Street"). Returns the name's end.
uint32_t tag_road_by_its_noun(const text::Document& doc, std::vector<Tag>& tags, uint32_t first, uint32_t end) {
  if (type_index(tags[first]) == static_cast<int>(EntityType::MISC)) return end;
  const uint32_t road_end = end_with_noun(doc, tags, first, end, is_road_noun);
  if (road_end == first) return end;
  const bool word_before = first > 0 && tags[first - 1] == kOutside && is_plain_capitalized(doc, first - 1) &&
                           lexicon::kinds_in_any_case(doc.token_text(first - 1)) == 0 &&
                           !is_calendar_word(doc.token_text(first - 1)) && !starts_sentence(doc, first - 1);
  tag_as_one(tags, word_before ? first - 1 : first, road_end, static_cast<int>(EntityType::LOC));
  return road_end;
}

// "Capitol Hill", "Parliament Hill": a legislature's hill, a place, which
// the tagger read as a person ("Hill") or an organization's name.
void tag_legislature_hill(const text::Document& doc, std::vector<Tag>& tags, uint32_t first, uint32_t end) {
  if (end < 2 || !token_is(doc, end - 1, "Hill")) return;
  const uint32_t seat = end - 2;
  if (!token_is(doc, seat, "Capitol") && !token_is(doc, seat, "Parliament")) return;
  tag_as_one(tags, std::min(seat, first), end, static_cast<int>(EntityType::LOC));
}

// "the Franklin Fire", "the Palisades Fire": a wildfire named after where it
// began, which the tagger read as an organization or a place (MISC, as
// storms are). Not a fire service ("the Los Angeles County Fire
// Department", "Cal Fire"). "the Palisades fire", in lower case: the place
// it is named after, which the tagger read as an organization. Returns the
// name's end.
uint32_t tag_fire_by_its_noun(const text::Document& doc, std::vector<Tag>& tags, uint32_t first, uint32_t end) {
  const int organization = static_cast<int>(EntityType::ORG);
  if (first == 0 || !text::same_ignoring_case(doc.token_text(first - 1), "the")) return end;
  if (end < tags.size() && type_index(tags[first]) == organization &&
      (token_is(doc, end, "fire") || token_is(doc, end, "wildfire"))) {
    tag_as_one(tags, first, end, static_cast<int>(EntityType::LOC));
    return end;
  }
  const uint32_t fire_end = end_with_noun(doc, tags, first, end, [](std::string_view w) { return w == "Fire"; });
  if (fire_end == first) return end;
  tag_as_one(tags, first, fire_end, static_cast<int>(EntityType::MISC));
  return fire_end;
}

// "the Office of the Comptroller of the Currency": a public body's head
// noun and the "of" phrases that name it, of which the tagger took the noun
// alone ("Office", MISC). One organization, through each "of" (or "of the")
// followed by capitalized words. Returns the name's end.
uint32_t tag_body_with_its_of_phrases(const text::Document& doc, std::vector<Tag>& tags, uint32_t first,
                                      uint32_t end) {
  const auto n = static_cast<uint32_t>(tags.size());
  if (end != first + 1 || end >= n || !token_is(doc, end, "of")) return end;
  const std::string_view noun = doc.token_text(first);
  if (noun != "Office" && noun != "Department" && noun != "Ministry" && noun != "Bureau") return end;
  uint32_t name_end = end;
  for (uint32_t at = end; at < n && token_is(doc, at, "of");) {
    uint32_t word = at + 1;
    if (word < n && token_is(doc, word, "the")) ++word;
    if (!is_capitalized_word(doc, word)) break;
    while (is_capitalized_word(doc, word)) ++word;
    name_end = at = word;
  }
  if (name_end == end) return end;
  tag_as_one(tags, first, name_end, static_cast<int>(EntityType::ORG));
  return name_end;
}

// "Crown Prince Mohammed bin Salman", "Sheikh Tamim bin Hamad Al Thani":
// an Arabic name with its patronymic ("bin", "bint", "ibn": son or
// daughter of), which the tagger cut at the particle, often into a person
// and a place or an organization ("Salman", "Hamad Al Thani"). One
// person's name, through each particle and the capitalized words after it
// ("Al", "al-Maktoum"). Returns the name's end.
uint32_t tag_name_with_its_patronymic(const text::Document& doc, std::vector<Tag>& tags, uint32_t first,
                                      uint32_t end) {
  const auto n = static_cast<uint32_t>(tags.size());
  const auto is_particle = [&](uint32_t i) {
    return i + 1 < n && (token_is(doc, i, "bin") || token_is(doc, i, "bint") || token_is(doc, i, "ibn"));
  };
  const auto goes_on = [&](uint32_t i) {
    if (i >= n) return false;
    const std::string_view w = doc.token_text(i);
    return is_capitalized_word(doc, i) || w.substr(0, 3) == "al-" || w.substr(0, 3) == "el-";
  };
  if (end >= n || !is_particle(end) || !is_capitalized_word(doc, end + 1)) return end;
  uint32_t name_end = end;
  while (is_particle(name_end) && is_capitalized_word(doc, name_end + 1)) {
    name_end += 2;
    while (goes_on(name_end)) ++name_end;
  }
  tag_as_one(tags, first, name_end, static_cast<int>(EntityType::PER));
  return name_end;
}

// "a Band D household": a council tax band (or an age band, a pay band),
// which the tagger, reading a capital and a letter, made an organization
// of. Not a band's name ("Band Aid", "the Band"). Returns whether untagged.
bool untag_band_letter(const text::Document& doc, std::vector<Tag>& tags, uint32_t first, uint32_t end) {
  if (end != first + 1 || end >= tags.size() || !token_is(doc, first, "Band") || doc.tokens[end].length != 1) {
    return false;
  }
  const char letter = doc.text[doc.tokens[end].start];
  if (letter < 'A' || letter > 'I') return false;
  tags[first] = kOutside;
  if (is_inside(tags[end])) tags[end] = kOutside;
  return true;
}

// "the James Webb Space Telescope": an instrument named after a person,
// whose name the tagger read as the person's and its "Space Telescope" as
// an organization or nothing. One name with its noun (MISC, as a product);
// before the noun in lower case ("Webb telescope spots ...", "the Hubble
// telescope"), the name alone. Returns the name's end.
uint32_t tag_instrument_by_its_noun(const text::Document& doc, std::vector<Tag>& tags, uint32_t end) {
  if (end < tags.size() && token_is(doc, end, "telescope")) {
    tag_as_one(tags, name_start(tags, end - 1), end, static_cast<int>(EntityType::MISC));
    return end;
  }
  const uint32_t noun = end < tags.size() && token_is(doc, end, "Space") ? end + 1 : end;
  if (noun >= tags.size() || !token_is(doc, noun, "Telescope")) return end;
  tag_as_one(tags, name_start(tags, end - 1), noun + 1, static_cast<int>(EntityType::MISC));
  return noun + 1;
}

// Whether the organization [first, end), before a number, is a
// broadcaster's radio or channel: "BBC Radio", "Channel". A station's
// number has two digits at most ("Channel 13"); not a place ("the English
// Channel 20 years ago").
bool names_station(const text::Document& doc, const std::vector<Tag>& tags, uint32_t first, uint32_t end) {
  constexpr uint32_t kMaxStationDigits = 2;
  const std::string_view last = doc.token_text(end - 1);
  return type_index(tags[first]) == static_cast<int>(EntityType::ORG) && (last == "Radio" || last == "Channel") &&
         doc.tokens[end].length <= kMaxStationDigits;
}

// A model number has four digits at most ("Boeing 737", "Airbus 350"); more is a count.
constexpr uint32_t kMaxModelDigits = 4;

// "Pixel 11 Pro", "Boeing 737 Max", "iPhone 17 Pro Max": a product's model
// number and the word after it, which the tagger left out of the name it
// began, are the name's (and no count for the numbers stage); after a
// product the news names daily, the number alone ("the iPhone 16 lineup").
// So is a station's number after a broadcaster's "Radio" or "Channel"
// ("BBC Radio 4's Today programme", "Channel 4 News"). Returns the name's
// end.
// Inlined: asked of every name in read_name_edges(), which its first test rejects.
[[gnu::always_inline]] inline uint32_t tag_model_after_name(const text::Document& doc, std::vector<Tag>& tags,
                                                            uint32_t first, uint32_t end) {
  const auto is_model_word = [&](uint32_t i) {
    return i < tags.size() && tags[i] == kOutside && lexicon::is_model_word(doc.token_text(i));
  };
  if (end >= tags.size() || tags[end] != kOutside || doc.tokens[end].kind != text::TokenKind::number ||
      doc.tokens[end].length > kMaxModelDigits) {
    return end;
  }
  uint32_t model_end = end + 1;
  if (is_model_word(model_end)) {
    ++model_end;
    if (is_model_word(model_end)) ++model_end;  // "Pro Max"
  } else if ((end != first + 1 || !lexicon::opens_product_name(doc.token_text(first))) &&
             !names_station(doc, tags, first, end)) {
    return end;
  }
  tag_as_one(tags, first, model_end, type_index(tags[first]));
  return model_end;
}

// "the 17 Pro Max costs $1,199", "if you have a 15 Pro": a phone's model
// named by its number and model words alone, after an article, which the
// tagger read as an organization "Pro". Not a name that goes on ("the 2026
// Pro Bowl"). Returns the end of what was tagged, or `number`.
uint32_t tag_model_without_name(const text::Document& doc, std::vector<Tag>& tags, uint32_t number) {
  const auto n = static_cast<uint32_t>(tags.size());
  if (!is_capitalized_word(doc, number + 1)) return number;  // most numbers: a count of something
  const std::string_view before = doc.token_text(number - 1);
  if (before != "the" && before != "a" && before != "an") return number;
  // The model words, untagged or the name the tagger made of them ("[ORG Pro] Max").
  uint32_t end = number + 1;
  while (end < n && end < number + 3 && lexicon::is_model_word(doc.token_text(end))) ++end;
  if (end == number + 1 || (end < n && (is_inside(tags[end]) || is_capitalized_word(doc, end)))) return number;
  tag_as_one(tags, number, end, static_cast<int>(EntityType::MISC));
  return end;
}

// "the iPhone 16 lineup", "a Galaxy S24": a product the news names daily,
// with its model number, which the tagger left untagged (a count for the
// numbers stage). The numbers first: few words are followed by one.
void tag_untagged_products(const text::Document& doc, const Landmarks& marks, std::vector<Tag>& tags) {
  const int product = static_cast<int>(EntityType::MISC);
  uint32_t tagged_to = 0;  // the end of the last product tagged, with its model words
  for (const uint32_t i : marks.numbers) {
    if (i == 0 || i < tagged_to || doc.tokens[i].length > kMaxModelDigits || tags[i] != kOutside ||
        tags[i - 1] != kOutside) {
      continue;
    }
    if (lexicon::opens_product_name(doc.token_text(i - 1))) {
      tag_as_one(tags, i - 1, i, product);
      tagged_to = tag_model_after_name(doc, tags, i - 1, i);
    } else {
      tagged_to = tag_model_without_name(doc, tags, i);
    }
  }
}

// "R500m", "N2.3bn", "R1,500": a sum in rand or naira, its currency's
// letter glued to the amount with a scale or thousands, which the tagger
// reads as a code's name; "Rs300", rupees, with any amount. The numbers
// stage reads the sum.
bool is_glued_sum(const text::Document& doc, uint32_t first, uint32_t end) {
  if (end != first + 1) return false;
  const std::string_view t = doc.token_text(first);
  if (t.size() < 3 || (t[0] != 'R' && t[0] != 'N')) return false;
  if (t[1] == 's' && text::is_digit(static_cast<unsigned char>(t[2]))) return true;
  if (!text::is_digit(static_cast<unsigned char>(t[1]))) return false;
  size_t k = 1;
  bool thousands = false;
  while (k < t.size() && (text::is_digit(static_cast<unsigned char>(t[k])) || t[k] == '.' || t[k] == ',')) {
    thousands = thousands || t[k] == ',';
    ++k;
  }
  const std::string_view scale = t.substr(k);
  return scale == "m" || scale == "mn" || scale == "bn" || scale == "b" || scale == "k" || scale == "tn" ||
         (scale.empty() && thousands);
}

// "on Remembrance Sunday", "ahead of Super Tuesday", "Palm Sunday": a day
// named by a word before its weekday is an event's name (MISC), of both
// words, where the tagger read the word as a place or an organization
// beside a weekday, and the numbers the weekday as next Sunday's date. Not
// the feasts the numbers read as dates ("Good Friday", "Black Friday",
// "Easter Sunday"), nor a name before a weekday that dates its news ("told
// CNN Sunday"): only the words that open such days. The tagger may have
// read both words as a person's name ("Palm Sunday"). Returns the name's end.
uint32_t tag_named_day(const text::Document& doc, std::vector<Tag>& tags, uint32_t first, uint32_t end) {
  static constexpr std::string_view kOpeners[] = {"Remembrance", "Palm", "Mothering", "Bloody", "Super", "Cyber",
                                                  "Shrove",      "Ash",  "Maundy",    "Whit",   "Trinity"};
  const auto n = static_cast<uint32_t>(tags.size());
  // The weekday first: few names have one after them, or end with one.
  const bool weekday_after = end == first + 1 && end < n && text::is_weekday(doc.token_text(end)) && !is_inside(tags[end]) &&
                             !(end + 1 < n && is_inside(tags[end + 1]));
  const bool weekday_last = end == first + 2 && text::is_weekday(doc.token_text(first + 1));
  if (!weekday_after && !weekday_last) return end;
  const std::string_view opener = doc.token_text(first);
  if (std::find(std::begin(kOpeners), std::end(kOpeners), opener) == std::end(kOpeners)) return end;
  tag_as_one(tags, first, first + 2, static_cast<int>(EntityType::MISC));
  return first + 2;
}

// "Kingston upon Thames", "Newcastle upon Tyne": an English town named
// with its river, which the tagger cut at "upon" (an organization and a
// person). One place. Returns the name's end.
uint32_t tag_town_upon_river(const text::Document& doc, std::vector<Tag>& tags, uint32_t first, uint32_t end) {
  if (!token_is(doc, end, "upon") || !is_capitalized_word(doc, end + 1)) return end;
  uint32_t name_end = end + 2;
  while (name_end < tags.size() && is_inside(tags[name_end])) ++name_end;
  tag_as_one(tags, first, name_end, static_cast<int>(EntityType::LOC));
  return name_end;
}

// "Los Angeles County Fire Chief Anthony Marrone": a fire service's name
// before its chief's title, the county's fire department, which the tagger
// read as a place (the county's).
void tag_fire_department_by_its_chief(const text::Document& doc, std::vector<Tag>& tags, uint32_t first,
                                      uint32_t end) {
  if (end - first >= 2 && token_is(doc, end, "Chief") && token_is(doc, end - 1, "Fire")) {
    tag_as_one(tags, first, end, static_cast<int>(EntityType::ORG));
  }
}

// "the Villas at Bellaire complex", "the Oaks at Penn development": a
// housing development named for where it stands, which the tagger cut at
// "at" into two places (or a person and a place). After "the" and before a
// development's noun in lower case, one place. Returns the name's end.
uint32_t tag_development_at_place(const text::Document& doc, std::vector<Tag>& tags, uint32_t first, uint32_t end) {
  static constexpr std::string_view kNouns[] = {"complex",      "development", "apartments", "apartment",
                                                "condominiums", "condos",      "estate"};
  static constexpr text::WordSet kNounSet(kNouns);
  constexpr uint32_t kMaxPlaceWords = 3;
  const auto n = static_cast<uint32_t>(tags.size());
  if (first == 0 || !token_is(doc, end, "at") || !token_is(doc, first - 1, "the")) return end;
  uint32_t place_end = end + 1;
  while (place_end < n && place_end <= end + kMaxPlaceWords && is_capitalized_word(doc, place_end)) ++place_end;
  if (place_end == end + 1 || place_end >= n || !kNounSet.contains(doc.token_text(place_end))) return end;
  tag_as_one(tags, first, place_end, static_cast<int>(EntityType::LOC));
  return place_end;
}

// The rules that a word right after a name starts, told apart by its
// first letter: "of" (a body's name goes on), "bin", "bint" and "ibn" (a
// patronymic), "upon" (a town's river), "at" (a development's place),
// "Chief" (a fire department's).
// Returns the name's end. Inlined: called, it cost 2.9 M instructions on
// c06.
[[gnu::always_inline]] inline uint32_t read_word_after_name(const text::Document& doc, std::vector<Tag>& tags,
                                                            uint32_t first, uint32_t end) {
  if (end >= tags.size()) return end;
  switch (doc.text[doc.tokens[end].start]) {
    case 'o': return tag_body_with_its_of_phrases(doc, tags, first, end);
    case 'b':
    case 'i': return tag_name_with_its_patronymic(doc, tags, first, end);
    case 'u': return tag_town_upon_river(doc, tags, first, end);
    case 'a': return tag_development_at_place(doc, tags, first, end);
    case 'C': tag_fire_department_by_its_chief(doc, tags, first, end); return end;
    default: return end;
  }
}

// "Nvidia (NVDA.O)", "Taiwan Semiconductor Manufacturing Co (2330.TW)": a
// stock's code with its exchange's, glued by a dot, in brackets, as wire
// stories write them. Whether the name [first, end) is the exchange's
// code, no name of its own ("TW" was a place, "O" an initial); the
// stock's stays an organization's.
bool is_exchange_code(const text::Document& doc, uint32_t first, uint32_t end) {
  if (first < 2 || end != first + 1 || end >= doc.tokens.size()) return false;
  const text::Token& dot = doc.tokens[first - 1];
  return doc.text[dot.start] == '.' && dot.length == 1 && doc.tokens[first].start == dot.end() &&
         dot.start == doc.tokens[first - 2].end() && token_is(doc, end, ")");
}

// "Amazon Web Services", "Tata Consultancy Services": a name, then one or
// two capitalized words the tagger left out, the last a trade
// (lexicon::names_trade), is a company's name, which the tagger cut to the
// name it knows (the Amazon, a river). Returns the end of the name.
uint32_t tag_company_by_its_trade(const text::Document& doc, std::vector<Tag>& tags, uint32_t first, uint32_t end) {
  constexpr uint32_t kMaxWords = 2;
  const auto n = static_cast<uint32_t>(tags.size());
  uint32_t k = end;
  while (k < n && k < end + kMaxWords && tags[k] == kOutside && is_capitalized_word(doc, k)) ++k;
  if (k == end || !lexicon::names_trade(doc.token_text(k - 1)) || is_capitalized_word(doc, k)) return end;
  tag_as_one(tags, first, k, static_cast<int>(EntityType::ORG));
  return k;
}

// The nouns of a kind of company that news writes before its name
// ("chipmaker Marvell", "the lender NatWest"), in lower case, and
// capitalized as a headline opens with them ("Chipmaker Marvell to buy"). Not the jobs of people ("miner",
// "brewer", "broker"), nor "lawmaker" or "filmmaker".
constexpr std::string_view kLowerCompanyKinds[] = {"chipmaker",  "drugmaker", "automaker", "carmaker", "planemaker",
                                                   "steelmaker", "toymaker",  "retailer",  "lender",   "insurer",
                                                   "startup",    "start-up",  "airline",   "conglomerate"};
constexpr std::string_view kCapitalizedCompanyKinds[] = {
    "Chipmaker",  "Drugmaker", "Automaker", "Carmaker", "Planemaker", "Steelmaker", "Toymaker",
    "Retailer",   "Lender",    "Insurer",   "Startup",  "Start-up",   "Airline",    "Conglomerate"};
constexpr text::WordSet kLowerCompanyKindSet(kLowerCompanyKinds);
constexpr text::WordSet kCapitalizedCompanyKindSet(kCapitalizedCompanyKinds);

// "Chipmaker Marvell to buy Celestial AI", "Drugmaker Pfizer said",
// "shares in chipmaker Marvell": a company after the noun of its kind,
// which the tagger, reading the noun capitalized in a headline as a first
// name, made one person with the name, or read the name alone as a person.
// The name alone, an organization; a person's full name, which the tagger
// read as one, stays a person's ("the other was insurer Thierry Dehaan").
// Returns the name's first token.
uint32_t tag_company_after_its_kind(const text::Document& doc, std::vector<Tag>& tags, uint32_t first,
                                     uint32_t end) {
  const auto retag = [&](uint32_t name) {
    if (type_index(tags[name]) == static_cast<int>(EntityType::PER) && end - name >= 2) return;
    tag_as_one(tags, name, end, static_cast<int>(EntityType::ORG));
  };
  if (end - first >= 2 && kCapitalizedCompanyKindSet.contains(doc.token_text(first))) {
    tags[first] = kOutside;
    tags[first + 1] = begin_tag(type_index(tags[first + 1]));
    retag(first + 1);
    return first + 1;
  }
  if (first > 0 && tags[first - 1] == kOutside && kLowerCompanyKindSet.contains(doc.token_text(first - 1))) {
    retag(first);
  }
  return first;
}

// "the far-left France Unbowed (LFI) party", "the Alternative for Germany
// (AfD) party": a party's name before its acronym in brackets, which may
// be of the party's own language ("La France Insoumise"), and "party": an
// organization, whatever the tagger read the name as ("France Unbowed" a
// place), and so is the acronym. Grouping joins the two.
void tag_party_before_its_acronym(const text::Document& doc, std::vector<Tag>& tags, uint32_t first, uint32_t end) {
  const int organization = static_cast<int>(EntityType::ORG);
  if (end + 3 >= tags.size() || !token_is(doc, end, "(") || !token_is(doc, end + 2, ")") ||
      !token_is(doc, end + 3, "party") || !is_capitalized_word(doc, end + 1)) {
    return;
  }
  tag_as_one(tags, first, end, organization);
  tag_as_one(tags, end + 1, end + 2, organization);
}

// Whether the name at `first` opens a list of a funding round's investors:
// after "participation from", "investors including", "backers including"
// or "investors such as".
bool opens_investor_list(const text::Document& doc, uint32_t first) {
  if (first < 2) return false;
  const auto investors = [&](uint32_t i) { return token_is(doc, i, "investors") || token_is(doc, i, "backers"); };
  if (token_is(doc, first - 1, "from")) return token_is(doc, first - 2, "participation");
  if (token_is(doc, first - 1, "including")) return investors(first - 2);
  return first >= 3 && token_is(doc, first - 1, "as") && token_is(doc, first - 2, "such") && investors(first - 3);
}

// "with participation from Andreessen Horowitz and Koch Disruptive
// Technologies", "investors including Kleiner Perkins": a funding round's
// investors, firms mostly, and named after their founders, which the
// tagger read as people. Each name of the list that it read as a person's,
// of two words or more, is an organization, unless its first word is a
// first name the gazetteer lists or it is a person the news names daily
// (an angel investor: "Nat Friedman").
void tag_investor_firms(const text::Document& doc, const Gazetteer& gazetteer, std::vector<Tag>& tags,
                        uint32_t first) {
  if (!opens_investor_list(doc, first)) return;
  const auto n = static_cast<uint32_t>(tags.size());
  for (uint32_t k = first; k < n && is_begin(tags[k]);) {
    uint32_t end = k + 1;
    while (end < n && is_inside(tags[end])) ++end;
    const std::string_view name = doc.slice(doc.tokens[k].start, doc.tokens[end - 1].end());
    if (type_index(tags[k]) == static_cast<int>(EntityType::PER) && end - k >= 2 &&
        !gazetteer.contains(kFirstName, doc.token_text(k)) && !lexicon::is_well_known_person(name)) {
      tag_as_one(tags, k, end, static_cast<int>(EntityType::ORG));
    }
    uint32_t next = end;
    if (next < n && token_is(doc, next, ",")) ++next;
    if (next < n && token_is(doc, next, "and")) ++next;
    if (next == end) break;
    k = next;
  }
}

// Vessels' nouns, lower case: a ship's name follows them.
constexpr std::string_view kVesselNouns[] = {
    "ferry",   "ferries",   "ship",       "ships",      "vessel",    "vessels",    "tanker",   "tankers",
    "warship", "warships",  "frigate",    "frigates",   "destroyer", "destroyers", "submarine", "submarines",
    "yacht",   "yachts",    "superyacht", "trawler",    "trawlers",  "liner",      "liners",   "icebreaker"};
constexpr text::WordSet kVesselNounSet(kVesselNouns);
// The prefixes of ships' names: "MV Glen Rosa", "HMS Prince of Wales", "USS Gerald R. Ford".
constexpr std::string_view kShipPrefixes[] = {"MV", "HMS", "USS", "RMS", "HMAS", "HMCS", "HMNZS", "RFA"};
constexpr text::WordSet kShipPrefixSet(kShipPrefixes);

// The end of a ship's name that starts at token k: its prefix, then
// capitalized words and initials, through "of" ("Isle of Islay"); k if
// there is none.
uint32_t ship_name_end(const text::Document& doc, uint32_t k) {
  const auto n = static_cast<uint32_t>(doc.tokens.size());
  uint32_t end = k < n && kShipPrefixSet.contains(doc.token_text(k)) ? k + 1 : k;
  while (end < n) {
    if (is_capitalized_word(doc, end)) {
      ++end;
    } else if (end > k && token_is(doc, end, "of") && is_capitalized_word(doc, end + 1)) {
      end += 2;
    } else {
      break;
    }
  }
  return end;
}

// Whether token i is a ship's prefix ("MV", "HMS").
bool is_ship_prefix(const text::Document& doc, uint32_t i) { return kShipPrefixSet.contains(doc.token_text(i)); }

// Whether the name at `first` follows a vessel's noun ("the ferry Glen
// Rosa"), or "the" after one and a comma ("its sister ship, the Glen
// Sannox").
bool follows_vessel_noun(const text::Document& doc, uint32_t first) {
  uint32_t noun = first - 1;
  if (token_is(doc, noun, "the")) {
    if (first < 3 || !token_is(doc, noun - 1, ",")) return false;
    noun -= 2;
  }
  return kVesselNounSet.contains(doc.token_text(noun));
}

// "the ferry MV Glen Rosa", "its sister ship, the Glen Sannox", "two new
// ferries, the Glen Sannox and the Glen Rosa", "USS Gerald R. Ford": a
// ship's name, after a vessel's noun (follows_vessel_noun) or opened by a
// ship's prefix, which the tagger read as a person's (Glen is a first
// name), a place's or an organization's, and cut at a middle initial. A
// ship's name (MISC) from `start`, with its prefix, over the name the
// tagger began, which ends at `end`; so is each name after it in a list
// (", the ...", "and the ...", ", HMS ..."). Returns the name's end.
uint32_t tag_ship_names(const text::Document& doc, std::vector<Tag>& tags, uint32_t start, uint32_t end) {
  const auto n = static_cast<uint32_t>(tags.size());
  const int other = static_cast<int>(EntityType::MISC);
  const uint32_t ship_end = ship_name_end(doc, start);
  if (ship_end < end) return end;
  tag_as_one(tags, start, ship_end, other);
  // The list after it: a name after a comma or "and", with "the" or a prefix.
  for (uint32_t k = ship_end; k + 2 < n;) {
    uint32_t next = k;
    if (token_is(doc, next, ",")) ++next;
    if (token_is(doc, next, "and")) ++next;
    if (next == k) break;
    if (token_is(doc, next, "the")) {
      ++next;
    } else if (!is_ship_prefix(doc, next)) {
      break;
    }
    const uint32_t next_end = ship_name_end(doc, next);
    if (next_end == next || (next_end < n && is_inside(tags[next_end]))) break;
    tag_as_one(tags, next, next_end, other);
    k = next_end;
  }
  return ship_end;
}

// Areas' plural nouns after their names: "Benue and Plateau states".
constexpr std::string_view kAreaPlurals[] = {"states", "provinces", "counties", "districts"};
constexpr text::WordSet kAreaPluralSet(kAreaPlurals);

// "gunmen killed 100 people in Benue and Plateau states", "floods hit
// Kano, Jigawa and Katsina states": areas named (one or a list) right
// before their plural noun in lower case, which the tagger read as an
// organization ("Plateau") or a person. Each name of capitalized words so
// read is a place; not an acronym ("EU states", "G7 states").
void tag_areas_before_their_plural(const text::Document& doc, std::vector<Tag>& tags, uint32_t first, uint32_t end) {
  if (!kAreaPluralSet.contains(doc.token_text(end))) return;
  const int place = static_cast<int>(EntityType::LOC);
  for (;;) {
    const int type = type_index(tags[first]);
    bool capitalized = true;
    for (uint32_t i = first; i < end; ++i) capitalized = capitalized && is_plain_capitalized(doc, i);
    if (capitalized && (type == static_cast<int>(EntityType::ORG) || type == static_cast<int>(EntityType::PER))) {
      tag_as_one(tags, first, end, place);
    }
    // The name before it in the list, after "," or "and" (", and": a serial comma).
    if (first < 2) return;
    uint32_t mark = first - 1;
    if (!token_is(doc, mark, "and") && !token_is(doc, mark, ",")) return;
    if (token_is(doc, mark, "and") && token_is(doc, mark - 1, ",")) --mark;
    if (mark == 0 || tags[mark - 1] == kOutside) return;
    end = mark;
    first = name_start(tags, end - 1);
  }
}

// Whether token i is a title's word ("Chief", "Adviser", "Gen").
bool is_title_word(const text::Document& doc, uint32_t i) {
  return lexicon::kinds_in_any_case(doc.token_text(i)) & lexicon::kTitleWord;
}

// "the Chief of Defence Staff, General Olufemi Oluyede", "the National
// Security Adviser, Nuhu Ribadu": an office before its holder's name
// between commas, which the tagger read as an organization. An office is
// no name: after "the", a title's word and "of" opening it or a title's
// word ending it, and the holder a person, maybe after titles ("Lt. Gen.").
// Not a body ("the Supreme Court, Chief Justice John Roberts said").
void untag_office_before_holder(const text::Document& doc, std::vector<Tag>& tags, uint32_t first, uint32_t end) {
  constexpr uint32_t kMaxTitleTokens = 4;  // "Lt", ".", "Gen", "."
  const auto n = static_cast<uint32_t>(tags.size());
  if (type_index(tags[first]) != static_cast<int>(EntityType::ORG) || first == 0 ||
      !token_is(doc, first - 1, "the") || !token_is(doc, end, ",")) {
    return;
  }
  const bool office = (end - first >= 3 && is_title_word(doc, first) && token_is(doc, first + 1, "of")) ||
                      (end - first >= 2 && is_title_word(doc, end - 1));
  if (!office) return;
  uint32_t holder = end + 1;
  while (holder < n && holder <= end + kMaxTitleTokens && tags[holder] == kOutside &&
         (is_title_word(doc, holder) || token_is(doc, holder, "."))) {
    ++holder;
  }
  if (holder >= n || !is_begin(tags[holder]) || type_index(tags[holder]) != static_cast<int>(EntityType::PER)) return;
  std::fill(tags.begin() + first, tags.begin() + end, kOutside);
}

// Tables of tokens' first bytes and lengths, a bit per length, the last for
// 15 and more: what rules need of the words they look at, read in a few
// lookups before any rule is asked.
constexpr uint32_t kLongLength = 15;  // the lengths' tables' last
constexpr uint16_t lengths(uint32_t shortest, uint32_t longest) {
  uint16_t bits = 0;
  for (uint32_t l = shortest; l <= std::min(longest, kLongLength); ++l) bits |= 1u << l;
  return bits;
}
constexpr uint16_t kAnyLength = lengths(0, kLongLength);

constexpr bool is_lower_byte(unsigned char c) { return text::is_lower_ascii(c); }
constexpr bool is_upper_byte(unsigned char c) { return text::is_upper_ascii(c); }

// The rules of read_name_edges() that a word at the name's edge must start,
// a bit each.
enum EdgeRule : uint32_t {
  kConditionRule = 1u << 0,
  kAddressRule = 1u << 1,
  kLawRule = 1u << 2,
  kPostNominalRule = 1u << 3,
  kRoadRule = 1u << 4,
  kHillRule = 1u << 5,
  kFireRule = 1u << 6,
  kWordAfterRule = 1u << 7,
  kCompanyRule = 1u << 8,
  kInstrumentRule = 1u << 9,
  kNamedDayRule = 1u << 10,
  kWorkRule = 1u << 11,
  kSundayRule = 1u << 12,
  kGluedSumRule = 1u << 13,
  kExchangeCodeRule = 1u << 14,
  kBandLetterRule = 1u << 15,
  kCapitalizedBeforeRule = 1u << 16,
  kModelRule = 1u << 17,
  kPlaceModifierRule = 1u << 18,
  kCalendarRule = 1u << 19,
  kCompassRule = 1u << 20,
  kUnitRule = 1u << 21,
  kFixtureRule = 1u << 22,
  kCompanyKindRule = 1u << 23,
  kPartyRule = 1u << 24,
  kVesselNounRule = 1u << 25,
  kShipPrefixRule = 1u << 26,
  kShipPrefixBeforeRule = 1u << 27,
  kInvestorRule = 1u << 28,
  kAreaPluralRule = 1u << 29,
  kOfficeRule = 1u << 30,
  kCommonWordRule = 1u << 31,
};

// The words at a name's edges: the one before it, its first, its last, the
// one after it.
enum class Edge : uint8_t { before, first, last, after };
constexpr size_t kEdges = 4;

// What a rule needs of the word at one edge, by its first byte and its
// lengths: the shapes of the words the rule looks for there, or a superset.
struct EdgeTest {
  uint32_t rule;
  Edge edge;
  bool (*byte)(unsigned char first);
  uint16_t lengths;
};

// "Street", "Avenue", "Highway", ... (is_road_noun): their first letters.
constexpr bool opens_road_noun(unsigned char c) {
  return c == 'R' || c == 'S' || c == 'A' || c == 'H' || c == 'F' || c == 'P' || c == 'T' || c == 'M' || c == 'B' ||
         c == 'E';
}
constexpr uint16_t kRoadNounLengths = lengths(4, 4) | lengths(6, 10);
// "Greater", "Mid", "New", "North", "Upper", ... (lexicon::is_place_modifier).
constexpr bool opens_place_modifier(unsigned char c) {
  return c == 'G' || c == 'M' || c == 'U' || c == 'L' || c == 'I' || c == 'O' || c == 'C' || c == 'N' || c == 'S' ||
         c == 'E' || c == 'W';
}
// "Monday" to "Sunday" (is_weekday).
constexpr bool opens_weekday(unsigned char c) { return c == 'M' || c == 'T' || c == 'W' || c == 'F' || c == 'S'; }
constexpr uint16_t kWeekdayLengths = lengths(6, 9);
// "Zero" to "Nine" (kNumberWords).
constexpr bool opens_number_word(unsigned char c) {
  for (std::string_view word : kNumberWords) {
    if (c == word[0]) return true;
  }
  return false;
}

// "chipmaker" to "conglomerate", in lower case before a name, capitalized
// opening one (kLowerCompanyKinds, kCapitalizedCompanyKinds).
constexpr bool opens_company_kind(unsigned char c) {
  switch (c) {
    case 'c': case 'd': case 'a': case 'p': case 's': case 't': case 'r': case 'l': case 'i': return true;
    default: return false;
  }
}
constexpr bool opens_capitalized_company_kind(unsigned char c) {
  return is_upper_byte(c) && opens_company_kind(static_cast<unsigned char>(text::lower_ascii(static_cast<char>(c))));
}
// "MV", "HMS", "USS", "RMS", "HMAS", "HMCS", "HMNZS", "RFA" (kShipPrefixes).
constexpr bool opens_ship_prefix(unsigned char c) { return c == 'M' || c == 'H' || c == 'U' || c == 'R'; }

constexpr EdgeTest kEdgeTests[] = {
    {kConditionRule, Edge::after, [](unsigned char c) { return c == 'd' || c == 's'; }, lengths(7, 8)},
    {kAddressRule, Edge::before, [](unsigned char c) { return c == 'o'; }, lengths(2, 2)},
    // "Act", "Bill".
    {kLawRule, Edge::after, [](unsigned char c) { return c == 'A' || c == 'B'; }, lengths(3, 4)},
    {kLawRule, Edge::last, [](unsigned char c) { return c == 'A' || c == 'B'; }, lengths(3, 4)},
    {kPostNominalRule, Edge::last,
     [](unsigned char c) { return c == 'K' || c == 'Q' || c == 'M' || c == 'O' || c == 'C' || c == 'D'; },
     lengths(2, 3)},
    {kRoadRule, Edge::after, opens_road_noun, kRoadNounLengths},
    {kRoadRule, Edge::last, opens_road_noun, kRoadNounLengths},
    {kHillRule, Edge::last, [](unsigned char c) { return c == 'H'; }, lengths(4, 4)},
    {kFireRule, Edge::before, [](unsigned char c) { return c == 't' || c == 'T'; }, lengths(3, 3)},
    // "of", "bin", "bint", "ibn", "upon", "at", "Chief" (read_word_after_name).
    {kWordAfterRule, Edge::after,
     [](unsigned char c) { return c == 'o' || c == 'b' || c == 'i' || c == 'u' || c == 'a' || c == 'C'; },
     kAnyLength},
    {kCompanyRule, Edge::after, is_upper_byte, kAnyLength},
    // "telescope", "Space", "Telescope".
    {kInstrumentRule, Edge::after, [](unsigned char c) { return c == 't' || c == 'S' || c == 'T'; },
     lengths(5, 5) | lengths(9, 9)},
    {kNamedDayRule, Edge::after, opens_weekday, kWeekdayLengths},
    {kNamedDayRule, Edge::last, opens_weekday, kWeekdayLengths},
    // A kind of work ("play" to "documentary", names_kind_of_work) or a
    // comma before the name, or a bracket after it ("(film)").
    {kWorkRule, Edge::before, [](unsigned char c) { return is_lower_byte(c) || c == ','; },
     lengths(1, 1) | lengths(4, 11)},
    {kWorkRule, Edge::after, [](unsigned char c) { return c == '('; }, lengths(1, 1)},
    // "Sun", "Band", "R500m", "Rs300", "N2.3bn"; "(NVDA.O)".
    {kSundayRule, Edge::first, [](unsigned char c) { return c == 'S'; }, lengths(3, 3)},
    {kBandLetterRule, Edge::first, [](unsigned char c) { return c == 'B'; }, lengths(4, 4)},
    {kGluedSumRule, Edge::first, [](unsigned char c) { return c == 'R' || c == 'N'; }, lengths(3, kLongLength)},
    {kExchangeCodeRule, Edge::before, [](unsigned char c) { return c == '.'; }, lengths(1, 1)},
    // A capitalized word (is_plain_capitalized, is_capitalized_name_word):
    // a company's first word, a person's first name.
    {kCapitalizedBeforeRule, Edge::before, is_upper_byte, lengths(2, kLongLength)},
    // A model's number (kMaxModelDigits at most), whose digits may be ASCII or not.
    {kModelRule, Edge::after, [](unsigned char c) { return text::is_digit(c) || c >= 0x80; },
     lengths(1, kMaxModelDigits)},
    // A place's modifier before the name or its first word: "Greater" to
    // "Metropolitan" (lexicon::is_place_modifier).
    {kPlaceModifierRule, Edge::before, opens_place_modifier, lengths(3, 12)},
    {kPlaceModifierRule, Edge::first, opens_place_modifier, lengths(3, 12)},
    // A common word at the name's edge or before it (read_common_words):
    // a parent's word, a greeting or a number's word first, a number's
    // word last, "of" after an officer or "the" after "told" before.
    {kCommonWordRule, Edge::first,
     [](unsigned char c) {
       for (std::string_view word : kWordsNamingNoOne) {
         if (c == word[0]) return true;
       }
       return opens_number_word(c);
     },
     lengths(2, kLongestWordNamingNoOne)},
    {kCommonWordRule, Edge::last, opens_number_word, lengths(kShortestNumberWord, kLongestNumberWord)},
    {kCommonWordRule, Edge::before, [](unsigned char c) { return c == 'o' || c == 't'; }, lengths(2, 3)},
    // A label's colon (untag_fixture_verb).
    {kFixtureRule, Edge::before, [](unsigned char c) { return c == ':'; }, lengths(1, 1)},
    // "chipmaker", "start-up" before the name, "Chipmaker" opening it.
    {kCompanyKindRule, Edge::before, opens_company_kind, lengths(6, 12)},
    {kCompanyKindRule, Edge::first, opens_capitalized_company_kind, lengths(6, 12)},
    // A party's acronym's bracket (tag_party_before_its_acronym).
    {kPartyRule, Edge::after, [](unsigned char c) { return c == '('; }, lengths(1, 1)},
    // A vessel's noun or "the" before a ship's name (kVesselNouns), or a
    // ship's prefix opening it or before it (kShipPrefixes).
    {kVesselNounRule, Edge::before,
     [](unsigned char c) {
       return c == 'f' || c == 's' || c == 'v' || c == 't' || c == 'w' || c == 'd' || c == 'y' || c == 'l' ||
              c == 'i';
     },
     lengths(3, 10)},
    {kShipPrefixRule, Edge::first, opens_ship_prefix, lengths(2, 5)},
    {kShipPrefixBeforeRule, Edge::before, opens_ship_prefix, lengths(2, 5)},
    // "from", "including", "as" (opens_investor_list).
    {kInvestorRule, Edge::before, [](unsigned char c) { return c == 'f' || c == 'i' || c == 'a'; },
     lengths(2, 2) | lengths(4, 4) | lengths(9, 9)},
    // "states", "provinces", "counties", "districts" (kAreaPlurals).
    {kAreaPluralRule, Edge::after, [](unsigned char c) { return c == 's' || c == 'p' || c == 'c' || c == 'd'; },
     lengths(6, 9)},
    // The comma before an office's holder (untag_office_before_holder).
    {kOfficeRule, Edge::after, [](unsigned char c) { return c == ','; }, lengths(1, 1)},
    // "Team", "Unit" (tag_unit_by_its_noun).
    {kUnitRule, Edge::last, [](unsigned char c) { return c == 'T' || c == 'U'; }, lengths(4, 4)},
    // "north", "southwest", "central" (kCompassPoints).
    {kCompassRule, Edge::before,
     [](unsigned char c) { return c == 'n' || c == 's' || c == 'e' || c == 'w' || c == 'c'; }, lengths(4, 12)},
    // A month, a weekday or a feast ("Dec", "Wednesday", "Christmas":
    // kCalendarWords, capitalized), or a full stop ("Dec.").
    {kCalendarRule, Edge::first,
     [](unsigned char c) {
       for (std::string_view word : kCalendarWords) {
         if (c == text::upper_ascii(word[0])) return true;
       }
       return c == '.';
     },
     lengths(1, 1) | lengths(3, 9)},
};

// Whether the test of `rule` at `edge` lets every word of `words` through:
// a word added to a rule's list that its test would stop fails the build,
// not the rule.
template <size_t N>
constexpr bool lets_through(uint32_t rule, Edge edge, const std::string_view (&words)[N]) {
  for (const EdgeTest& test : kEdgeTests) {
    if (test.rule != rule || test.edge != edge) continue;
    for (const std::string_view w : words) {
      const size_t length = w.size() < kLongLength ? w.size() : kLongLength;
      if (!test.byte(static_cast<unsigned char>(w[0])) || !(test.lengths >> length & 1)) return false;
    }
    return true;
  }
  return false;
}
static_assert(lets_through(kRoadRule, Edge::last, kRoadNouns) && lets_through(kRoadRule, Edge::after, kRoadNouns));
static_assert(lets_through(kNamedDayRule, Edge::last, text::kWeekdays) &&
              lets_through(kNamedDayRule, Edge::after, text::kWeekdays));
static_assert(lets_through(kConditionRule, Edge::after, kConditionNouns));
static_assert(lets_through(kCompassRule, Edge::before, kCompassPoints));
static_assert(lets_through(kCommonWordRule, Edge::first, kWordsNamingNoOne) &&
              lets_through(kCommonWordRule, Edge::first, kNumberWords) &&
              lets_through(kCommonWordRule, Edge::last, kNumberWords));
static_assert(lets_through(kPostNominalRule, Edge::last, kPostNominalLetters));
static_assert(lets_through(kCompanyKindRule, Edge::before, kLowerCompanyKinds) &&
              lets_through(kCompanyKindRule, Edge::first, kCapitalizedCompanyKinds));
static_assert(lets_through(kAreaPluralRule, Edge::after, kAreaPlurals));
static_assert(lets_through(kVesselNounRule, Edge::before, kVesselNouns) &&
              lets_through(kShipPrefixRule, Edge::first, kShipPrefixes) &&
              lets_through(kShipPrefixBeforeRule, Edge::before, kShipPrefixes));
static_assert(lets_through(kPlaceModifierRule, Edge::before, lexicon::kPlaceModifiers) &&
              lets_through(kPlaceModifierRule, Edge::first, lexicon::kPlaceModifiers));

// The rules that each first byte and each length at each edge allow. A
// rule has one test an edge at most, so that a byte's bit and a length's
// bit are both of that test.
struct EdgeTables {
  std::array<std::array<uint32_t, 256>, kEdges> byte{};
  std::array<std::array<uint32_t, kLongLength + 1>, kEdges> length{};
};

constexpr bool one_test_a_rule_an_edge() {
  for (const EdgeTest& a : kEdgeTests) {
    int same = 0;
    for (const EdgeTest& b : kEdgeTests) same += a.rule == b.rule && a.edge == b.edge;
    if (same != 1) return false;
  }
  return true;
}
static_assert(one_test_a_rule_an_edge());

constexpr EdgeTables edge_tables() {
  EdgeTables t;
  for (const EdgeTest& test : kEdgeTests) {
    const auto edge = static_cast<size_t>(test.edge);
    for (unsigned c = 0; c < 256; ++c) {
      if (test.byte(static_cast<unsigned char>(c))) t.byte[edge][c] |= test.rule;
    }
    for (uint32_t l = 0; l <= kLongLength; ++l) {
      if (test.lengths >> l & 1) t.length[edge][l] |= test.rule;
    }
  }
  return t;
}

// The rules (EdgeRule bits) that the words at the edges of the name [first,
// end) allow: most names have none of the words they look for around them.
uint32_t rules_at_edges(const text::Document& doc, uint32_t first, uint32_t end) {
  static constexpr EdgeTables kTables = edge_tables();
  const auto allowed = [&](Edge edge, uint32_t i) {
    const text::Token& token = doc.tokens[i];
    const auto e = static_cast<size_t>(edge);
    return kTables.byte[e][static_cast<unsigned char>(doc.text[token.start])] &
           kTables.length[e][std::min<uint32_t>(token.length, kLongLength)];
  };
  uint32_t rules = allowed(Edge::first, first) | allowed(Edge::last, end - 1);
  if (first > 0) rules |= allowed(Edge::before, first - 1);
  if (end < doc.tokens.size()) rules |= allowed(Edge::after, end);
  return rules;
}

// The rules above, asked of each name the tagger begun, a date's first: they
// look at names and the words at their edges, not at every word. The rules
// told by those words are asked only where the words allow it (24 M
// instructions fewer on c06 than asking each rule of every name).
void read_name_edges(const text::Document& doc, const Gazetteer& gazetteer, std::vector<Tag>& tags) {
  const auto n = static_cast<uint32_t>(tags.size());
  for (uint32_t first = next_tagged(tags, 0); first < n; first = next_tagged(tags, first)) {
    uint32_t end = first + 1;
    while (end < n && is_inside(tags[end])) ++end;
    uint32_t rules = rules_at_edges(doc, first, end);
    // A date's words, a stamp's weekday, a sum, an exchange's code, a
    // parent's word, a greeting: no names.
    const bool no_name = ((rules & kCalendarRule) && is_calendar_name(doc, first, end)) ||
                         ((rules & kSundayRule) && is_sunday_before_date(doc, first, end)) ||
                         ((rules & kGluedSumRule) && is_glued_sum(doc, first, end)) ||
                         ((rules & kExchangeCodeRule) && is_exchange_code(doc, first, end)) ||
                         ((rules & kCommonWordRule) && names_no_one(doc, first, end));
    if (is_begin(tags[first]) && no_name) {
      std::fill(tags.begin() + first, tags.begin() + end, kOutside);
    } else if (is_begin(tags[first]) && !((rules & kBandLetterRule) && untag_band_letter(doc, tags, first, end))) {
      if (rules & kCompanyKindRule) {
        const uint32_t name_first = tag_company_after_its_kind(doc, tags, first, end);
        if (name_first != first) {
          first = name_first;
          rules = rules_at_edges(doc, first, end);
        }
      }
      constexpr uint32_t kForceRankAndName = 4;  // "Kent Police PC Smith"
      if (end - first >= kForceRankAndName) {
        const uint32_t force_end = split_force_and_officer(doc, tags, first, end);
        if (force_end != end) rules = rules_at_edges(doc, first, end = force_end);
      }
      if (rules & kCapitalizedBeforeRule) {
        tag_first_name_before_middle(doc, gazetteer, tags, first, end);
        tag_well_known_organization_with_word_before(doc, tags, first, end);
      }
      // The modifier, capitalized, is the word before a place and a name's
      // first otherwise: most names are told by the tables or by its capital.
      const uint32_t modifier = type_index(tags[first]) == static_cast<int>(EntityType::LOC) ? first - 1 : first;
      if (first > 0 && (rules & kPlaceModifierRule) && text::is_upper_ascii(doc.text[doc.tokens[modifier].start])) {
        tag_place_with_its_modifier(doc, gazetteer, tags, first, end);
      }
      if (rules & kWorkRule) tag_work_by_its_kind(doc, gazetteer, tags, first, end);
      if (rules & kCompassRule) tag_place_after_compass_point(doc, gazetteer, tags, first, end);
      // A rule that moves the name's end puts other words at its edges.
      const auto move_end = [&](uint32_t moved) {
        if (moved == end) return;
        end = moved;
        rules = rules_at_edges(doc, first, end);
      };
      if (rules & kConditionRule) tag_condition_by_its_noun(doc, tags, end);
      if (rules & kAddressRule) tag_address_street(doc, tags, first, end);
      if (rules & kCommonWordRule) read_common_words(doc, gazetteer, tags, first, end);
      if (rules & kLawRule) move_end(tag_law_by_its_noun(doc, tags, end));
      if (rules & kPostNominalRule) move_end(untag_post_nominal(doc, tags, first, end));
      if (rules & kRoadRule) move_end(tag_road_by_its_noun(doc, tags, first, end));
      if (rules & kHillRule) tag_legislature_hill(doc, tags, first, end);
      if (rules & kUnitRule) tag_unit_by_its_noun(doc, tags, first, end);
      if (rules & kFixtureRule) untag_fixture_verb(doc, tags, first, end);
      if (rules & kFireRule) move_end(tag_fire_by_its_noun(doc, tags, first, end));
      if (rules & kWordAfterRule) move_end(read_word_after_name(doc, tags, first, end));
      if (rules & kCompanyRule) move_end(tag_company_by_its_trade(doc, tags, first, end));
      if (rules & kInstrumentRule) move_end(tag_instrument_by_its_noun(doc, tags, end));
      if (rules & kModelRule) move_end(tag_model_after_name(doc, tags, first, end));
      if (rules & kPartyRule) tag_party_before_its_acronym(doc, tags, first, end);
      if (rules & kInvestorRule) tag_investor_firms(doc, gazetteer, tags, first);
      if (rules & kAreaPluralRule) tag_areas_before_their_plural(doc, tags, first, end);
      if (rules & kOfficeRule) untag_office_before_holder(doc, tags, first, end);
      if (rules & (kVesselNounRule | kShipPrefixRule | kShipPrefixBeforeRule)) {
        uint32_t ship = n;
        if ((rules & kShipPrefixBeforeRule) && tags[first - 1] == kOutside && is_ship_prefix(doc, first - 1)) {
          ship = first - 1;
        } else if (((rules & kShipPrefixRule) && is_ship_prefix(doc, first)) ||
                   ((rules & kVesselNounRule) && follows_vessel_noun(doc, first))) {
          ship = first;
        }
        if (ship < n) move_end(tag_ship_names(doc, tags, ship, end));
      }
      if (rules & kNamedDayRule) end = tag_named_day(doc, tags, first, end);
    }
    first = end;
  }
}

// "Resident Glenys Price, 78, said": two or three capitalized words the
// tagger left untagged, with an age between commas after them, are a
// person (the tagger, reading "Resident" as part of the run, found
// nothing); a word the training text writes in lower case ("Resident",
// "Pensioner", "Shopper") that opens the run is the description, not the
// name.
void tag_aged_names(const text::Document& doc, const Landmarks& marks, const Gazetteer& gazetteer,
                    std::vector<Tag>& tags) {
  constexpr int kMinAge = 1, kMaxAge = 110;
  constexpr uint32_t kMinNameWords = 2, kMaxRunWords = 3;
  const auto n = static_cast<uint32_t>(tags.size());
  const auto capitalized_word = [&](uint32_t i) {
    const std::string_view w = doc.token_text(i);
    return doc.tokens[i].kind == text::TokenKind::word && text::is_upper_ascii(static_cast<unsigned char>(w[0])) &&
           w.size() > 1 && tags[i] == kOutside;
  };
  const auto is_age = [&](uint32_t i) {
    const std::string_view w = doc.token_text(i);
    if (w.size() > 3) return false;
    int age = 0;
    for (char c : w) age = text::is_digit(static_cast<unsigned char>(c)) ? age * 10 + (c - '0') : -1000;
    return age >= kMinAge && age <= kMaxAge;
  };
  const auto is_comma = [&](uint32_t i) { return doc.tokens[i].length == 1 && doc.text[doc.tokens[i].start] == ','; };
  // From each number, the rarer token: most are words.
  for (const uint32_t age : marks.numbers) {
    if (age < kMinNameWords + 1 || age + 1 >= n) continue;
    const uint32_t comma = age - 1;
    if (!is_comma(comma) || !is_comma(age + 1) || !is_age(age)) continue;
    uint32_t first = comma;
    while (first > 0 && comma - first < kMaxRunWords && capitalized_word(first - 1)) --first;
    if (first > 0 && capitalized_word(first - 1)) continue;  // a longer run: a title, an organization
    if (comma - first > kMinNameWords && gazetteer.contains(kCommonWord, doc.token_text(first))) ++first;
    if (comma - first < kMinNameWords) continue;
    tags[first] = begin_tag(static_cast<int>(EntityType::PER));
    for (uint32_t i = first + 1; i < comma; ++i) tags[i] = inside_tag(static_cast<int>(EntityType::PER));
  }
}

// "Salesforce jumped 11%", "Goldman Sachs said", "shares of AT&T and
// T-Mobile": a company the news names daily, which the tagger left
// untagged, reading a capital at a sentence's start as no sign of a name,
// or not knowing the word. Its one or two words, the first untagged
// ("Reform UK's": the tagger took "UK" alone; "AT&T" is three tokens
// written together), with no capitalized word after them (not "Oracle
// Park"). So too a person the news names daily ("Putin and Raisi meet in
// Tehran"), untagged whole, with no capitalized word before either (not
// "Melania Trump").
void tag_untagged_well_known_names(const text::Document& doc, const Landmarks& marks, std::vector<Tag>& tags) {
  const auto n = static_cast<uint32_t>(tags.size());
  const auto glued = [&](uint32_t i) {  // token i written right after the one before
    return i < n && doc.tokens[i].start == doc.tokens[i - 1].end();
  };
  for (const uint32_t first : marks.capitalized) {
    if (tags[first] != kOutside) continue;
    uint32_t end = first + 1;
    if (glued(end) && text::token_is(doc, end, "&") && glued(end + 1)) {
      end += 2;  // "AT&T", "S&P"
    } else if (is_capitalized_word(doc, end)) {
      ++end;
    }
    if (is_capitalized_word(doc, end)) continue;
    const std::string_view name = doc.slice(doc.tokens[first].start, doc.tokens[end - 1].end());
    if (lexicon::is_well_known_organization(name)) {
      tag_as_one(tags, first, end, static_cast<int>(EntityType::ORG));
    } else if (lexicon::is_well_known_person(name) && tags[end - 1] == kOutside &&
               (first == 0 || starts_sentence(doc, first) || !is_capitalized_word(doc, first - 1))) {
      tag_as_one(tags, first, end, static_cast<int>(EntityType::PER));
    }
  }
}

// "Associated Press" under a byline, "Copyright 2026 The Associated Press.":
// a news agency's name, which the tagger, reading it with no sentence
// around it, left untagged or read as a place. An organization, unless it
// is part of a longer name ("Michael Bloomberg", "Bloomberg
// Philanthropies", which keep their tags) or a surname the tagger read as a
// person's ("Bloomberg said", after "Michael Bloomberg"; the tagger reads
// "Agence France-Presse" and "Thomson Reuters" as people's full names too).
void tag_news_agencies(const text::Document& doc, const Landmarks& marks, std::vector<Tag>& tags) {
  static constexpr std::string_view kAgencies[] = {"Associated Press", "Agence France-Presse", "Agence France Presse",
                                                   "Thomson Reuters", "Reuters", "AFP", "Bloomberg",
                                                   "Canadian Press",
                                                   // Datelines' agencies abroad: "TOKYO, Oct. 28 (Kyodo)".
                                                   "Kyodo", "Xinhua", "Yonhap", "Bernama", "Anadolu", "Interfax"};
  const int organization = static_cast<int>(EntityType::ORG), person = static_cast<int>(EntityType::PER);
  const auto n = static_cast<uint32_t>(tags.size());
  constexpr size_t kCount = std::size(kAgencies);
  // Each name opens with a capitalized word: where each is written is found
  // in one walk over those, most told by their first letter and length (a
  // bit per agency whose first word has them: a word is one token) and the
  // rest by their second and third letters, not by a search of the text for
  // each name (which cost 4 M instructions more on c06).
  static_assert(kCount <= 16);
  static constexpr auto kByFirstLetter = [] {
    std::array<uint16_t, 256> agencies{};
    for (size_t a = 0; a < kCount; ++a) agencies[static_cast<unsigned char>(kAgencies[a][0])] |= 1u << a;
    return agencies;
  }();
  static constexpr auto kByFirstWordLength = [] {
    std::array<uint16_t, kLongLength + 1> agencies{};
    for (size_t a = 0; a < kCount; ++a) {
      const size_t length = std::min(kAgencies[a].find(' '), kAgencies[a].size());
      agencies[std::min<size_t>(length, kLongLength)] |= 1u << a;
    }
    return agencies;
  }();
  std::array<std::vector<uint32_t>, kCount> written;  // each agency's first tokens
  for (const uint32_t first : marks.capitalized) {
    const text::Token& word = doc.tokens[first];
    const size_t at = word.start;
    const unsigned shaped = kByFirstLetter[static_cast<unsigned char>(doc.text[at])] &
                            kByFirstWordLength[std::min<uint32_t>(word.length, kLongLength)];
    for (unsigned left = shaped; left != 0; left &= left - 1) {
      const auto a = static_cast<size_t>(__builtin_ctz(left));
      const std::string_view agency = kAgencies[a];
      // "The", "Republicans", "Can" are no agency's: told before a compare.
      if (at + 2 < doc.text.size() && doc.text[at + 1] == agency[1] && doc.text[at + 2] == agency[2] &&
          doc.text.compare(at, agency.size(), agency) == 0) {
        written[a].push_back(first);
      }
    }
  }
  // Read agency by agency, as one search each would find them.
  for (size_t a = 0; a < kCount; ++a) {
    const std::string_view agency = kAgencies[a];
    for (const uint32_t first : written[a]) {
      const size_t at = doc.tokens[first].start;
      uint32_t end = first;
      while (end < n && doc.tokens[end].end() <= at + agency.size()) ++end;
      if (end == first || doc.tokens[end - 1].end() != at + agency.size()) continue;  // "Reutersville"
      const bool untagged = std::all_of(tags.begin() + first, tags.begin() + end, [](Tag t) { return t == kOutside; });
      // Capitalized words around it in its sentence make a longer name; "The" before it does not.
      const bool name_before = first > 0 && !starts_sentence(doc, first) &&
                               is_capitalized_word(doc, first - 1) && doc.token_text(first - 1) != "The";
      const bool name_after = end < n && !starts_sentence(doc, end) && is_capitalized_word(doc, end);
      // Or the tagger's name is its first words alone ("[MISC Canadian] Press").
      uint32_t tagged_end = first + 1;
      while (tagged_end < end && is_inside(tags[tagged_end])) ++tagged_end;
      const bool rest_untagged =
          std::all_of(tags.begin() + tagged_end, tags.begin() + end, [](Tag t) { return t == kOutside; });
      const bool alone = untagged ? !name_before && !name_after
                                  : one_mention(tags, first, tagged_end) && rest_untagged &&
                                        (end == tagged_end || !name_after) &&
                                        (type_index(tags[first]) != person || agency != "Bloomberg");
      if (alone) tag_as_one(tags, first, end, organization);
    }
  }
}

// Whether a name of one word may be tagged where the tagger did not tag
// it: not a word the training text writes in lower case ("Water",
// "Turkey"), a function word, a title, an opening adverb or a month.
bool may_stand_alone(const text::Document& doc, const Gazetteer& gazetteer, uint32_t i) {
  const std::string_view w = doc.token_text(i);
  return w.size() >= 2 && !gazetteer.contains(kCommonWord, w) && lexicon::kinds_in_any_case(w) == 0 &&
         !is_calendar_word(w);
}

// "Thames Water fined over sewage spills" under "Thames Water has been
// fined": a name the tagger found somewhere in the text, written alike
// where it found none, is the same name there. The tagger, reading a
// capital at a sentence's start (or a headline's) as no sign of a name,
// and "water" in lower case elsewhere, left it out. Not inside a longer
// run of capitalized words; a name of one word only if it may stand alone.
void tag_other_occurrences(const text::Document& doc, const Landmarks& marks, const Gazetteer& gazetteer,
                           std::vector<Tag>& tags) {
  const auto n = static_cast<uint32_t>(tags.size());
  const auto opens_name = [&](uint32_t first) {
    return is_begin(tags[first]) && text::is_upper_ascii(doc.text[doc.tokens[first].start]) &&
           doc.tokens[first].kind == text::TokenKind::word;
  };
  // The untagged capitalized words that may open a name of the text, by a
  // bit of their length and first and last letters in a table of 16,384:
  // most such words ("The", "He", a headline's) are told by it. One of
  // 1,024 filled up in a long text, where then most capitalized words
  // passed (6.5 M instructions of c06, most in its runs of the articles as
  // one text); one of 65,536 took more to clear than it saved.
  constexpr int kShapeBits = 14;
  const auto shape_bit = [&](uint32_t i) {
    const text::Token& t = doc.tokens[i];
    const uint64_t key = uint64_t{t.length} << 16 | static_cast<unsigned char>(doc.text[t.start]) << 8 |
                         static_cast<unsigned char>(doc.text[t.start + t.length - 1]);
    return static_cast<uint32_t>((key * 0x9e3779b97f4a7c15ULL) >> (64 - kShapeBits));
  };
  std::array<uint64_t, (1 << kShapeBits) / 64> shapes{};
  for (uint32_t first = next_tagged(tags, 0); first < n; first = next_tagged(tags, first + 1)) {
    if (opens_name(first)) shapes[shape_bit(first) / 64] |= uint64_t{1} << shape_bit(first) % 64;
  }
  std::vector<uint32_t> candidates;
  std::array<uint64_t, (1 << kShapeBits) / 64> wanted{};  // the candidates' shapes, which the names need
  for (const uint32_t i : marks.capitalized) {
    if (tags[i] != kOutside) continue;
    const uint32_t bit = shape_bit(i);
    if (!(shapes[bit / 64] >> bit % 64 & 1)) continue;
    candidates.push_back(i);
    wanted[bit / 64] |= uint64_t{1} << bit % 64;
  }
  if (candidates.empty()) return;
  struct Name {
    uint64_t first_word, whole;  // hashes of its first word and of its words
    uint32_t first, end;         // an occurrence's tokens
    int votes[4];                // its occurrences by the tagger's type
  };
  std::vector<Name> names;
  for (uint32_t first = next_tagged(tags, 0); first < n; first = next_tagged(tags, first)) {
    uint32_t end = first + 1;
    while (end < n && is_inside(tags[end])) ++end;
    if (opens_name(first) && (wanted[shape_bit(first) / 64] >> shape_bit(first) % 64 & 1)) {
      const uint64_t first_word = form_hash(doc.token_text(first));
      uint64_t whole = first_word;
      for (uint32_t k = first + 1; k < end; ++k) whole = combine(whole, form_hash(doc.token_text(k)));
      Name& name = names.emplace_back(Name{first_word, whole, first, end, {}});
      ++name.votes[type_index(tags[first])];
    }
    first = end;
  }
  // One entry per name, by its hashes: a name's words are compared once found.
  std::sort(names.begin(), names.end(), [](const Name& a, const Name& b) {
    return a.first_word != b.first_word ? a.first_word < b.first_word : a.whole < b.whole;
  });
  size_t distinct = 0;
  for (const Name& name : names) {
    Name* last = distinct > 0 ? &names[distinct - 1] : nullptr;
    if (last && last->first_word == name.first_word && last->whole == name.whole) {
      for (int t = 0; t < 4; ++t) last->votes[t] += name.votes[t];
    } else {
      names[distinct++] = name;
    }
  }
  names.resize(distinct);
  const auto written_at = [&](const Name& name, uint32_t at) {
    const uint32_t words = name.end - name.first;
    if (at + words > n) return false;
    for (uint32_t k = 0; k < words; ++k) {
      if (tags[at + k] != kOutside || doc.token_text(at + k) != doc.token_text(name.first + k)) return false;
    }
    return words > 1 || may_stand_alone(doc, gazetteer, at);
  };
  const auto by_first_word = [](const Name& a, uint64_t key) { return a.first_word < key; };
  uint32_t tagged_to = 0;  // the end of the last name tagged here
  for (const uint32_t i : candidates) {
    if (i < tagged_to) continue;
    const uint64_t key = form_hash(doc.token_text(i));
    auto it = std::lower_bound(names.begin(), names.end(), key, by_first_word);
    if (it == names.end() || it->first_word != key) continue;
    if (i > 0 && is_untagged_capitalized(doc, tags, i - 1) && !starts_sentence(doc, i)) continue;
    // The names it may open are read up to a bound: a text of thousands of
    // names with one first word ("Priya ...") stays linear.
    constexpr ptrdiff_t kMostNamesRead = 64;
    const auto last = it + std::min(kMostNamesRead, names.end() - it);
    for (; it != last && it->first_word == key; ++it) {
      const uint32_t end = i + (it->end - it->first);
      if (!written_at(*it, i) || is_untagged_capitalized(doc, tags, end) || (end < n && is_inside(tags[end]))) continue;
      // The type the tagger gave the name most often, the first of a tie, as grouping votes.
      tag_as_one(tags, i, end, static_cast<int>(std::max_element(it->votes, it->votes + 4) - it->votes));
      tagged_to = end;
      break;
    }
  }
}

// The token after a clause "which ..." that `i` opens (", which serves 16
// million customers,"), or `i` when none opens there.
uint32_t after_which_clause(const text::Document& doc, uint32_t i, uint32_t end) {
  if (i + 1 >= end || !text::token_is(doc, i, ",") || !text::token_is(doc, i + 1, "which")) return i;
  for (uint32_t k = i + 2; k < end; ++k) {
    if (text::token_is(doc, k, ",")) return k + 1;
  }
  return i;
}

// "Network Rail says ...", "Cancer Research UK warned ...", "Police
// Scotland said ...": two capitalized words opening a sentence, maybe with a
// country after them, and a verb of speech, which the tagger, reading a
// capital there as no sign of a name, left untagged or read as the country
// alone. A clause "which ..." may come before the verb ("Thames Water,
// which serves 16 million customers, said"): "which" is said of no person,
// so the tagger's reading of the words as one is no matter then. An organization's name when at least one of its words is one the
// training text writes in lower case ("rail", "research", "police"), and
// none is a first name opening it ("Mark Little said"), a title, a function
// word or a place's modifier ("Southern England"), nor is the last a
// plural ("Senior Tories said").
void tag_organizations_speaking_at_sentence_starts(const text::Document& doc, const Gazetteer& gazetteer,
                                                   std::vector<Tag>& tags) {
  constexpr uint32_t kNameWords = 2;
  const auto n = static_cast<uint32_t>(tags.size());
  const auto is_speech_verb = [&](uint32_t i) {
    if (i >= n) return false;
    const std::string_view w = doc.token_text(i);
    return w == "said" || w == "says" || w == "told" || w == "warned" || w == "announced";
  };
  const int place = static_cast<int>(EntityType::LOC);
  const int person = static_cast<int>(EntityType::PER);
  for (const text::Sentence& sentence : doc.sentences) {
    const uint32_t first = sentence.first_token;
    if (first + kNameWords >= n) continue;
    // Before "which" the tagger's person is no person either.
    const bool person_read = tags[first] == begin_tag(person) && tags[first + 1] == inside_tag(person);
    if (!person_read && !is_untagged_capitalized(doc, tags, first)) continue;
    // The verb next: most sentences are told by it, without a look-up.
    const bool clause = after_which_clause(doc, first + kNameWords, sentence.end_token) != first + kNameWords;
    if (person_read ? !clause
                    : !clause && !is_speech_verb(first + kNameWords) && !is_speech_verb(first + kNameWords + 1)) {
      continue;
    }
    uint32_t end = first;
    bool common = false;
    for (; end < first + kNameWords && is_plain_capitalized(doc, end) && (person_read || tags[end] == kOutside);
         ++end) {
      const std::string_view w = doc.token_text(end);
      if (lexicon::kinds_in_any_case(w) != 0 || is_calendar_word(w) || lexicon::is_place_modifier(w)) break;
      common = common || gazetteer.contains(kCommonWord, w);
    }
    if (end == first || !common) continue;
    // "Senior Tories said": a plural after an adjective names people, not one body.
    const std::string_view last = doc.token_text(end - 1);
    if (last.size() > 2 && last.back() == 's' && last[last.size() - 2] != 's') continue;
    const bool country = tags[end] == begin_tag(place) && end + 1 < n && !is_inside(tags[end + 1]) &&
                         gazetteer.contains(kCountry, doc.token_text(end));
    if (country) ++end;
    if (end - first < kNameWords || !is_speech_verb(after_which_clause(doc, end, sentence.end_token))) continue;
    const std::string_view opening = doc.token_text(first);
    if (gazetteer.contains(kFirstName, opening) || gazetteer.contains(kSeenPerson, opening)) continue;
    tag_as_one(tags, first, end, static_cast<int>(EntityType::ORG));
  }
}

// "Ofwat's chief executive", "Ofwat's shareholders": a word the tagger
// left untagged (opening a sentence, where a capital is no sign of a name)
// that has what only a company or a body has. One that may stand alone,
// and no first name ("Helen's chairman" is rare, "Helen" is no company).
void tag_organizations_by_their_officers(const text::Document& doc, const Landmarks& marks,
                                         const Gazetteer& gazetteer, std::vector<Tag>& tags) {
  const auto n = static_cast<uint32_t>(tags.size());
  const auto word_is = [&](uint32_t i, std::string_view w) { return i < n && doc.token_text(i) == w; };
  // From each possessive, the rarer token.
  for (const uint32_t k : marks.apostrophes) {
    if (k == 0 || k + 1 >= n || !lexicon::is_possessive(doc.token_text(k))) continue;
    if (!is_untagged_capitalized(doc, tags, k - 1)) continue;
    const bool officer = (word_is(k + 1, "chief") && word_is(k + 2, "executive")) || word_is(k + 1, "chairman") ||
                         word_is(k + 1, "chairwoman") || word_is(k + 1, "shareholders") || word_is(k + 1, "shares");
    const uint32_t name = k - 1;
    if (!officer || (name > 0 && is_untagged_capitalized(doc, tags, name - 1))) continue;
    const std::string_view w = doc.token_text(name);
    if (!may_stand_alone(doc, gazetteer, name) || gazetteer.contains(kFirstName, w) ||
        gazetteer.contains(kSeenPerson, w)) {
      continue;
    }
    tags[name] = begin_tag(static_cast<int>(EntityType::ORG));
  }
}

// "ten", "van der", "Ten": a Dutch surname's particle, of one word or two,
// at token i; the token after it, or i when there is none.
uint32_t after_dutch_particle(const text::Document& doc, uint32_t i) {
  static constexpr std::string_view kParticles[] = {"ten", "ter", "van", "den", "Ten", "Ter", "Van", "Den"};
  const auto n = static_cast<uint32_t>(doc.tokens.size());
  const std::string_view w = doc.token_text(i);
  if (std::find(std::begin(kParticles), std::end(kParticles), w) == std::end(kParticles)) return i;
  if ((w == "van" || w == "Van") && i + 1 < n && (doc.token_text(i + 1) == "der" || doc.token_text(i + 1) == "den")) {
    return i + 2;
  }
  return i + 1;
}

// Whether token i is "said", "says" or "told", and the words after it, up to
// the sentence's end, say "he", "his", "she" or "her" before "it" or "its":
// "Ten Hag told reporters his side ...".
bool speaks_of_own(const text::Document& doc, uint32_t i) {
  constexpr uint32_t kReach = 12;  // words after the verb
  const auto n = static_cast<uint32_t>(doc.tokens.size());
  if (i >= n) return false;
  const std::string_view verb = doc.token_text(i);
  if (verb != "said" && verb != "says" && verb != "told") return false;
  for (uint32_t k = i + 1; k < n && k <= i + kReach; ++k) {
    const std::string_view w = doc.token_text(k);
    if (w == "." || w == "it" || w == "its") return false;
    if (w == "he" || w == "his" || w == "she" || w == "her") return true;
  }
  return false;
}

// "Erik ten Hag", "Ten Hag said": a Dutch surname with its particle, which
// the tagger, reading "ten" and "Ten" as a number, left out of the name:
// the first name alone ("[PER Erik] ten [PER Hag]"), the surname alone
// ("Ten [PER Hag]") or, opening a sentence, an organization ("[ORG Ten
// Hag] told"). One person: a particle in lower case between a person and a
// capitalized word; a capitalized one before a person's surname, before
// the surname of a person the text names in full, or opening a name that
// speaks of his or her own (see speaks_of_own).
void tag_dutch_surnames(const text::Document& doc, std::vector<Tag>& tags) {
  const auto n = static_cast<uint32_t>(tags.size());
  const int person = static_cast<int>(EntityType::PER);
  const auto one_word_at = [&](uint32_t i) {
    return i < n && is_plain_capitalized(doc, i) && !is_inside(tags[i]) && (i + 1 >= n || !is_inside(tags[i + 1]));
  };
  std::vector<std::pair<uint32_t, uint32_t>> capitalized;  // particle, surname
  const auto read_particle = [&](uint32_t i) {
    // Most tokens are told by their length, the others but a few by their
    // letters ("the", "was", "new" are not), before the list is read.
    if (doc.tokens[i].length != 3) return;
    const char* w = doc.text.data() + doc.tokens[i].start;
    const char first = text::lower_ascii(w[0]);
    const bool letters = (first == 't' || first == 'v' || first == 'd') && (w[1] == 'e' || w[1] == 'a') &&
                         (w[2] == 'n' || w[2] == 'r');
    if (!letters) return;
    const uint32_t surname = after_dutch_particle(doc, i);
    if (surname == i || surname >= n) return;
    if (text::is_lower_ascii(doc.text[doc.tokens[i].start])) {
      const bool after_person = i > 0 && tags[i - 1] != kOutside && type_index(tags[i - 1]) == person;
      if (tags[i] == kOutside && after_person && one_word_at(surname)) {
        tag_as_one(tags, name_start(tags, i - 1), surname + 1, person);
      }
    } else if (one_word_at(surname) && tags[surname] != kOutside && tags[i] == kOutside) {
      capitalized.emplace_back(i, surname);  // "Ten [Hag]"
    } else if (tags[i] != kOutside && one_mention(tags, i, surname + 1)) {
      capitalized.emplace_back(i, surname);  // "[Ten Hag]"
    }
  };
  // Each particle opens a name or stands at most two tokens before one, or
  // follows a person's: only those tokens are read, each once, in order.
  uint32_t next = 0;
  for (uint32_t first = next_tagged(tags, 0); first < n; first = next_tagged(tags, first + 1)) {
    for (uint32_t i = std::max(next, first >= 2 ? first - 2 : 0); i <= first; ++i) read_particle(i);
    uint32_t end = first + 1;
    while (end < n && is_inside(tags[end])) ++end;
    if (end + 1 < n && type_index(tags[first]) == person) read_particle(end);
    next = end + 1;
    first = end - 1;
  }
  if (capitalized.empty()) return;
  const PersonSurnames surnames(doc, tags, kInFull);
  for (const auto& [particle, surname] : capitalized) {
    const bool person_alone = tags[particle] == kOutside && type_index(tags[surname]) == person;
    if (person_alone || surnames.has(doc.token_text(surname)) || speaks_of_own(doc, surname + 1)) {
      tag_as_one(tags, particle, surname + 1, person);
    }
  }
}

// "Transport for London", "Transport for Greater Manchester": a city's
// transport body, of which the tagger, knowing the place, marked the place
// alone. "Surrey Fire and Rescue Service": a county's fire service, which it
// cut in two at "and". Each is one organization.
void tag_public_services(const text::Document& doc, std::vector<Tag>& tags) {
  const auto n = static_cast<uint32_t>(tags.size());
  const int place = static_cast<int>(EntityType::LOC), organization = static_cast<int>(EntityType::ORG);
  const auto span_end = [&](uint32_t first) {
    uint32_t end = first + 1;
    while (end < n && is_inside(tags[end])) ++end;
    return end;
  };
  // Found by searching the text for the few there are, not by looking at
  // every token (which cost 8.5 M instructions on c06).
  const auto tokens_at = [&](std::string_view words, auto read) {
    for (size_t at = doc.text.find(words); at != std::string_view::npos; at = doc.text.find(words, at + 1)) {
      const uint32_t i = doc.first_token_from(at);
      if (i + 2 < n && doc.tokens[i].start == at) read(i);
    }
  };
  tokens_at("Transport for ", [&](uint32_t i) {
    if ((tags[i] == kOutside || !is_inside(tags[i + 1])) && tags[i + 2] == begin_tag(place)) {
      tag_as_one(tags, i, span_end(i + 2), organization);
    }
  });
  tokens_at("Fire and Rescue", [&](uint32_t i) {
    if (is_inside(tags[i]) && type_index(tags[i]) == organization && tags[i + 2] == begin_tag(organization) &&
        doc.token_text(i + 2) == "Rescue") {  // not "Rescuers"
      tag_as_one(tags, name_start(tags, i), span_end(i + 2), organization);
    }
  });
}

// Whether a sentence's words [i, end) speak of its subject as a company
// before any person's pronoun: "its", "the company", "the bank"; or, when
// `it_too`, "it".
bool speaks_of_company(const text::Document& doc, uint32_t i, uint32_t end, bool it_too) {
  static constexpr std::string_view kPersonal[] = {"he", "his", "him", "she", "her", "I",
                                                   "my", "He",  "She", "His", "Her"};
  static constexpr std::string_view kCompanies[] = {"company", "retailer", "bank",    "firm",  "supermarket",
                                                    "group",   "airline",  "lender",  "chain", "insurer"};
  const auto one_of = [](std::string_view w, const auto& words) {
    return std::find(std::begin(words), std::end(words), w) != std::end(words);
  };
  for (; i < end; ++i) {
    const std::string_view w = doc.token_text(i);
    if (one_of(w, kPersonal)) return false;
    if (w == "its" || (it_too && w == "it")) return true;
    if (w == "the" && i + 1 < end && one_of(doc.token_text(i + 1), kCompanies)) return true;
  }
  return false;
}

// "Asda told the BBC its prices would fall", "Barclays told staff that it
// would cut 500 jobs": a word alone opening a sentence before "said",
// "says" or "told", which the sentence then calls "its" or "the company"
// before any "he" or "she", is an organization's name, where the tagger,
// not knowing it, read a person or nothing. Not a first name nor a name the
// training text gives people, unless it names an organization more often
// there ("Chelsea told the BBC it"); not the surname of a person the text
// names in full, nor a word the training text writes in lower case ("Police
// said it"). People say "it" of things often ("he said it was fine"): "it"
// is enough only for a word the tagger did not read as a person, or, in a
// text about sport, one the training text names an organization (a club).
void tag_organizations_speaking_of_themselves(const text::Document& doc, const Gazetteer& gazetteer,
                                              std::vector<Tag>& tags) {
  const int person = static_cast<int>(EntityType::PER);
  std::optional<PersonSurnames> surnames;  // read when first asked
  for (const text::Sentence& sentence : doc.sentences) {
    const uint32_t first = sentence.first_token;
    if (first + 2 >= sentence.end_token) continue;
    // The verb first: most sentences are told by it, without a look-up.
    const std::string_view verb = doc.token_text(first + 1);
    if (verb != "said" && verb != "says" && verb != "told") continue;
    const bool untagged = tags[first] == kOutside;
    const bool person_alone = tags[first] == begin_tag(person) && !is_inside(tags[first + 1]);
    if ((!untagged && !person_alone) || !is_plain_capitalized(doc, first)) continue;
    const std::string_view w = doc.token_text(first);
    const bool seen_organization = gazetteer.contains(kSeenOrganization, w);
    if (lexicon::kinds_in_any_case(w) != 0 || is_calendar_word(w) || (untagged && gazetteer.contains(kCommonWord, w)) ||
        (!seen_organization && (gazetteer.contains(kFirstName, w) || gazetteer.contains(kSeenPerson, w)))) {
      continue;
    }
    const bool club = seen_organization && is_about_sport(doc);
    if (!speaks_of_company(doc, first + 2, sentence.end_token, untagged || club)) continue;
    if (!surnames) surnames.emplace(doc, tags, kInFull);
    if (surnames->has(w)) continue;
    tags[first] = begin_tag(static_cast<int>(EntityType::ORG));
  }
}

// A headline in Title Case ("Senate Passes Bill to Avert Shutdown, Sending
// It to Biden"): every word of four letters or more capitalized, three at
// least, and not all in capitals.
bool is_title_case(const text::Document& doc, const text::Paragraph& p) {
  constexpr size_t kLongWord = 4;
  constexpr int kMinLongWords = 3;
  int long_words = 0;
  bool lower_seen = false;
  for (uint32_t i = p.first_token; i < p.end_token; ++i) {
    const std::string_view w = doc.token_text(i);
    if (doc.tokens[i].kind != text::TokenKind::word || w.size() < kLongWord) continue;
    if (!text::is_upper_ascii(w[0])) return false;
    lower_seen = lower_seen || std::any_of(w.begin() + 1, w.end(), [](char c) { return text::is_lower_ascii(c); });
    ++long_words;
  }
  return long_words >= kMinLongWords && lower_seen;
}

// Whether `word` occurs in `text` as a whole word written alike.
bool has_word(std::string_view text, std::string_view word) {
  const auto is_word_byte = [](char c) {
    return text::is_ascii_letter(static_cast<unsigned char>(c)) || text::is_digit(static_cast<unsigned char>(c));
  };
  for (size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
    const bool starts = at == 0 || !is_word_byte(text[at - 1]);
    const bool ends = at + word.size() == text.size() || !is_word_byte(text[at + word.size()]);
    if (starts && ends) return true;
  }
  return false;
}

// Whether `word` is written alike in the article's own paragraphs besides
// its headline (not in the page's furniture, which may repeat the
// headline). Only the first paragraphs are read: the article under its
// headline, not all of a long text.
bool in_article_text(const text::Document& doc, const structure::Structure& structure, std::string_view word) {
  constexpr size_t kReachBytes = 1 << 16;
  for (size_t p = 0; p < structure.roles.size() && p < doc.paragraphs.size(); ++p) {
    const text::Paragraph& paragraph = doc.paragraphs[p];
    if (paragraph.start > kReachBytes) break;
    const ParagraphRole role = structure.roles[p];
    if (role == ParagraphRole::headline || role == ParagraphRole::boilerplate) continue;
    if (has_word(doc.slice(paragraph.start, paragraph.end), word)) return true;
  }
  return false;
}

// Whether each word of tokens [first, end) is written alike in the article.
// Or in capitals, as a transcript's labels write names ("Nina Osei" in the
// headline, "MS. OSEI:" below).
bool all_words_in_article(const text::Document& doc, const structure::Structure& structure, uint32_t first,
                          uint32_t end) {
  std::string capitals;
  for (uint32_t i = first; i < end; ++i) {
    if (doc.tokens[i].kind != text::TokenKind::word) continue;
    const std::string_view w = doc.token_text(i);
    if (in_article_text(doc, structure, w)) continue;
    capitals.assign(w);
    for (char& c : capitals) c = text::upper_ascii(c);
    if (capitals == w || !in_article_text(doc, structure, capitals)) return false;
  }
  return true;
}

// "Newcastle United 2 Inter Milan 1": a result as a table of scores writes
// it, two sides' names of one to four capitalized words, each with its
// goals after it, and nothing else. Its names are the clubs', not a
// headline's words in Title Case.
bool is_score_line(const text::Document& doc, const text::Paragraph& p) {
  constexpr uint32_t kMaxNameWords = 4;
  constexpr size_t kMaxScoreDigits = 2;
  int sides = 0;
  uint32_t name_words = 0;
  for (uint32_t i = p.first_token; i < p.end_token; ++i) {
    const text::Token& t = doc.tokens[i];
    if (t.kind == text::TokenKind::number) {
      if (name_words == 0 || t.length > kMaxScoreDigits) return false;
      ++sides;
      name_words = 0;
    } else if (is_capitalized_word(doc, i) && name_words < kMaxNameWords) {
      ++name_words;
    } else {
      return false;
    }
  }
  return sides == 2 && name_words == 0;
}

// "First Lady Jill Biden", "Hunter Biden": a person read as one, a first
// name and the surname of a person the news names daily, whom a Title
// Case headline keeps though the article names them no more.
bool is_relative_of_well_known_person(const text::Document& doc, const Gazetteer& gazetteer,
                                      const std::vector<Tag>& tags, uint32_t first, uint32_t end) {
  return end == first + 2 && type_index(tags[first]) == static_cast<int>(EntityType::PER) &&
         gazetteer.contains(kFirstName, doc.token_text(first)) &&
         lexicon::is_well_known_person(doc.token_text(first + 1));
}

// The last words of the people the tags name in two words or more
// ("Tracy Brabin": "Brabin"), or that end a longer name after a first name
// (grouping cuts "[Yorkshire Mayor Tracy Brabin]" at the office), sorted.
std::vector<std::string_view> surnames_of_people_in_full(const text::Document& doc, const Gazetteer& gazetteer,
                                                         const std::vector<Tag>& tags) {
  const Tag inside_person = inside_tag(static_cast<int>(EntityType::PER));
  std::vector<std::string_view> surnames;
  for (uint32_t i = 0; i < tags.size(); ++i) {
    if (!is_inside(tags[i]) || (i + 1 < tags.size() && is_inside(tags[i + 1]))) continue;
    if (tags[i] == inside_person ||
        (is_plain_capitalized(doc, i) && gazetteer.contains(kFirstName, doc.token_text(i - 1)))) {
      surnames.push_back(doc.token_text(i));
    }
  }
  std::sort(surnames.begin(), surnames.end());
  return surnames;
}

// "according to NHS England figures", "NHS Scotland said": a body's
// acronym before the one-word nation it serves, which the tagger left out,
// reading the nation alone as a place: one organization. Not an acronym of
// a country ("UK", "US") or of a common noun ("GDP"), nor a headline in
// capitals.
void tag_acronyms_before_their_nation(const text::Document& doc, const Landmarks& marks, const Gazetteer& gazetteer,
                                      std::vector<Tag>& tags) {
  const Tag place = begin_tag(static_cast<int>(EntityType::LOC));
  const auto n = static_cast<uint32_t>(tags.size());
  for (const uint32_t nation : marks.capitalized) {
    if (nation == 0 || tags[nation] != place || (nation + 1 < n && is_inside(tags[nation + 1]))) continue;
    const uint32_t acronym = nation - 1;
    if (tags[acronym] != kOutside || !is_word_in_capitals(doc, acronym) || is_word_in_capitals(doc, nation)) continue;
    const std::string_view letters = doc.token_text(acronym);
    const int entry = lexicon::acronym_entry(letters);
    if (lexicon::is_common_acronym(letters) || (entry >= 0 && lexicon::acronyms().begin()[entry].country) ||
        (gazetteer.categories(letters) & category_set({kCountry, kCity})) ||
        !gazetteer.contains(kCountry, doc.token_text(nation))) {
      continue;
    }
    tag_as_one(tags, acronym, nation + 1, static_cast<int>(EntityType::ORG));
  }
}

// "Macron Names New Prime Minister", "Biden Pardons Son Hunter": a person or
// a company the news names daily, in one or two words, opening the run of
// capitalized words [first, end) in a headline in Title Case, which the
// tagger took for one name with the words after it. Tags it alone.
void tag_well_known_name_opening(const text::Document& doc, std::vector<Tag>& tags, uint32_t first, uint32_t end) {
  for (uint32_t words = std::min<uint32_t>(2, end - first - 1); words >= 1; --words) {
    const std::string_view name = doc.slice(doc.tokens[first].start, doc.tokens[first + words - 1].end());
    if (lexicon::is_well_known_person(name)) {
      tag_as_one(tags, first, first + words, static_cast<int>(EntityType::PER));
      return;
    }
    if (lexicon::is_well_known_organization(name)) {
      tag_as_one(tags, first, first + words, static_cast<int>(EntityType::ORG));
      return;
    }
  }
}

// In a headline in Title Case the tagger takes runs of capitalized words
// for names ("Senate Passes Bill", "Avert Shutdown"): a name of several
// words there stays one only if each of its words is written so elsewhere
// in the article ("Boeing 737 Max" under a headline, if the article says
// "737 Max" too), or if it is a place or an organization the gazetteer or
// the lexicon knows ("New Zealand"). A name of one word stays ("Biden", "Fed"),
// and so does a well-known one that opens a longer one.
//
// A surname that opens such a name or the headline, untagged ("Brabin
// Says Buses Will Return"), of a person the text names in full ("Tracy
// Brabin"), is that person.
void untag_title_case_headline(const text::Document& doc, const structure::Structure& structure,
                               const Gazetteer& gazetteer, std::vector<Tag>& tags) {
  std::optional<std::vector<std::string_view>> surnames;  // found when first needed: most headlines keep their names
  const auto tag_surname = [&](uint32_t i) {
    if (tags[i] != kOutside || !is_plain_capitalized(doc, i)) return;
    if (!surnames) surnames = surnames_of_people_in_full(doc, gazetteer, tags);
    if (std::binary_search(surnames->begin(), surnames->end(), doc.token_text(i))) {
      tag_as_one(tags, i, i + 1, static_cast<int>(EntityType::PER));
    }
  };
  for (size_t p = 0; p < structure.roles.size() && p < doc.paragraphs.size(); ++p) {
    const text::Paragraph& paragraph = doc.paragraphs[p];
    if (structure.roles[p] != ParagraphRole::headline || !is_title_case(doc, paragraph) ||
        is_score_line(doc, paragraph)) {
      continue;
    }
    if (paragraph.first_token < paragraph.end_token) tag_surname(paragraph.first_token);
    for (uint32_t first = paragraph.first_token; first < paragraph.end_token; ++first) {
      if (!is_begin(tags[first])) continue;
      uint32_t end = first + 1;
      while (end < paragraph.end_token && is_inside(tags[end])) ++end;
      const std::string_view name = doc.slice(doc.tokens[first].start, doc.tokens[end - 1].end());
      if (end - first > 1 && !is_known_name(gazetteer, name) && !all_words_in_article(doc, structure, first, end) &&
          !is_relative_of_well_known_person(doc, gazetteer, tags, first, end)) {
        std::fill(tags.begin() + first, tags.begin() + end, kOutside);
        tag_well_known_name_opening(doc, tags, first, end);
        tag_surname(first);
      }
      first = end - 1;
    }
  }
}

}  // namespace

std::vector<uint32_t> tagging_pieces(const std::vector<uint32_t>& sentence_start, uint32_t n, size_t bytes) {
  const uint32_t most = piece_words(bytes);
  std::vector<uint32_t> pieces = {0};
  uint32_t sentence = 0;  // the start of the sentence being added
  auto add_sentence_ending_at = [&](uint32_t end) {
    while (end - pieces.back() > most) {
      pieces.push_back(sentence > pieces.back() ? sentence : pieces.back() + most);
    }
    sentence = end;
  };
  for (size_t s = 1; s < sentence_start.size(); ++s) add_sentence_ending_at(sentence_start[s]);
  add_sentence_ending_at(n);
  pieces.push_back(n);
  return pieces;
}

// "Kemi Badenoch is now responding for the Conservatives. She says ...":
// a name of two words opening a sentence that the tagger read as a place
// ("Kemi" alone is a town in Finland) is a person when the next sentence
// opens with "He" or "She" and a verb of speech: a place is no "she" in
// news. Not a name the gazetteer knows for a place, nor one whose last word
// is a place or a word written in lower case, as no surname is.
void tag_people_spoken_of_as_he_or_she(const text::Document& doc, const Gazetteer& gazetteer,
                                       std::vector<Tag>& tags) {
  // "Hudson River", "Kent Street", "Paris France": no surname.
  constexpr uint32_t kNotSurname = category_set({kCountry, kCity, kSeenPlace, kCommonWord});
  const int place = static_cast<int>(EntityType::LOC);
  const auto n = static_cast<uint32_t>(tags.size());
  for (size_t s = 0; s + 1 < doc.sentences.size(); ++s) {
    const uint32_t first = doc.sentences[s].first_token;
    if (tags[first] != begin_tag(place) || first + 2 >= n || tags[first + 1] != inside_tag(place) ||
        is_inside(tags[first + 2])) {
      continue;
    }
    const uint32_t next = doc.sentences[s + 1].first_token;
    if (next + 1 >= doc.sentences[s + 1].end_token) continue;
    const std::string_view pronoun = doc.token_text(next);
    const std::string_view verb = doc.token_text(next + 1);
    if ((pronoun != "She" && pronoun != "He") ||
        (verb != "says" && verb != "said" && verb != "told" && verb != "added")) {
      continue;
    }
    if (!is_plain_capitalized(doc, first) || !is_plain_capitalized(doc, first + 1) ||
        lexicon::is_place_modifier(doc.token_text(first)) || names_known_place(doc, gazetteer, first, first + 2) ||
        (gazetteer.categories(doc.token_text(first + 1)) & kNotSurname)) {
      continue;
    }
    tag_as_one(tags, first, first + 2, static_cast<int>(EntityType::PER));
  }
}

// Whether `word` may join the capitalized words of a name that an acronym
// abbreviates without giving it a letter ("Regulator of South Africa").
bool is_name_connector(std::string_view word) {
  return word == "of" || word == "and" || word == "for" || word == "the" || word == "on" || word == "&" ||
         word == "'s" || word == "\xE2\x80\x99s";
}

// The type of a name that an acronym defines: an organization if the tagger
// read any of its words or the acronym as one (an acronym in brackets is
// mostly an organization's: "[LOC South Africa] ([LOC Nersa])" was a
// regulator), else what it read the acronym as.
int defined_name_type(const std::vector<Tag>& tags, uint32_t first, uint32_t end, uint32_t acronym) {
  const int organization = static_cast<int>(EntityType::ORG), place = static_cast<int>(EntityType::LOC);
  const auto is_type = [&](uint32_t k, int type) { return tags[k] != kOutside && type_index(tags[k]) == type; };
  if (is_type(acronym, organization)) return organization;
  bool holds_place = false;
  for (uint32_t k = first; k < end; ++k) {
    if (is_type(k, organization)) return organization;
    holds_place = holds_place || is_type(k, place);
  }
  // "[LOC Alternative] for [LOC Germany] ([MISC AfD])": a name cut around a
  // place, of an acronym the tagger did not read as one, is an
  // organization's named for the place.
  if (holds_place && !is_type(acronym, place)) return organization;
  return tags[acronym] != kOutside ? type_index(tags[acronym]) : type_index(tags[first]);
}

constexpr size_t kMinAcronymLetters = 2, kMaxAcronymLetters = 8;

// Where join_names_defined_by_acronyms() may start: an acronym in brackets
// after three tokens or more.
bool starts_bracketed_acronym(const text::Document& doc, uint32_t a) {
  const auto is_mark = [&](uint32_t k, char mark) {
    return doc.tokens[k].length == 1 && doc.text[doc.tokens[k].start] == mark;
  };
  if (a < 3 || a + 1 >= doc.tokens.size() || !is_mark(a + 1, ')') || !is_mark(a - 1, '(')) return false;
  const std::string_view acronym = doc.token_text(a);
  return acronym.size() >= kMinAcronymLetters && acronym.size() <= kMaxAcronymLetters &&
         std::all_of(acronym.begin(), acronym.end(), [](char c) { return text::is_ascii_letter(c); });
}

// "The National Energy Regulator of South Africa (Nersa)", "Business Unity
// South Africa (BUSA)", "Sudan People's Liberation Army (SPLA)": a name the
// text defines by the acronym in brackets after it, which the tagger cut
// into pieces (an organization and a place, or one name run on from the
// name before it: "[ORG Minerals Council and Business Unity] [LOC South
// Africa]"). When the capitalized words before the brackets spell the
// acronym and the tagger named each of them, they are one name, of the
// acronym's type. Only pieces are joined: no word becomes a name.
void join_names_defined_by_acronyms(const text::Document& doc, const Landmarks& marks, std::vector<Tag>& tags) {
  for (const uint32_t a : marks.starts_of(Start::bracketed_acronym)) {
    const std::string_view acronym = doc.token_text(a);
    // Back from the bracket, one capitalized word for each letter; a
    // connector for a letter in lower case ("for" in "AfD"). One word but
    // the first may be another language's (Germany for Deutschland's "D"),
    // in an acronym of three letters or more.
    const uint32_t end = a - 1;
    size_t letters = acronym.size();
    uint32_t first = end;
    bool translated = false;
    constexpr uint32_t kMaxWords = 2 * kMaxAcronymLetters;  // a connector between each two
    for (uint32_t k = end; k > 0 && letters > 0 && end - k < kMaxWords; --k) {
      const std::string_view word = doc.token_text(k - 1);
      const char letter = acronym[letters - 1];
      if (is_name_connector(word) && k < end && k - 1 > 0) {
        if (text::is_lower_ascii(letter) && word[0] == letter) --letters;
        continue;
      }
      if (tags[k - 1] == kOutside || !text::is_upper_ascii(static_cast<unsigned char>(word[0]))) break;
      if ((word[0] | 0x20) != (letter | 0x20)) {
        if (translated || letters == 1 || acronym.size() < 3) break;
        translated = true;
      }
      --letters;
      first = k - 1;
    }
    if (letters > 0) continue;
    // Pieces: a name runs on into the words over a connector ("Minerals
    // Council and") or an article ("The National ..."), or another starts
    // among them. A word run on without one may open the name ("Second
    // Caspian Economic Forum (CEF)").
    const bool run_on = is_inside(tags[first]);
    if (run_on && !is_name_connector(doc.token_text(first - 1)) && doc.token_text(first - 1) != "The") continue;
    bool pieces = run_on;
    for (uint32_t k = first + 1; k < end && !pieces; ++k) pieces = tags[k] == kOutside || is_begin(tags[k]);
    if (!pieces) continue;
    const int type = defined_name_type(tags, first, end, a);
    if (run_on) tags[first - 1] = kOutside;  // the name before it ends before "and"; "The" is no name
    tag_as_one(tags, first, end, type);
    if (tags[a] != kOutside) tags[a] = begin_tag(type);
  }
}

// Capitalized words and numbers, found in one walk over the tokens rather
// than one walk for each rule that starts from them. Lists as long as what
// they hold: with room for every token, written without a branch, they
// took 1.7 M fewer instructions on c06, but a 4 MB text of nested quotes
// 45% more time, in page faults. Room for the share news prose has, so
// that an article's lists are not grown ten times each (12 allocations an
// article, 3.6 M instructions on c06); a larger block is mapped, its pages
// touched only as written.
Landmarks::Landmarks(const text::Document& doc) : apostrophes(apostrophe_tokens(doc)) {
  const auto n = static_cast<uint32_t>(doc.tokens.size());
  capitalized.reserve(n / 3 + 8);
  numbers.reserve(n / 8 + 8);
  // The text and its tokens read through pointers of their own: a list's
  // growing is a call, after which the document's would be loaded again.
  // The lists take copies of the index (uint32_t{i}): push_back() takes a
  // reference, for which the index itself was kept in memory, stored at
  // every token. The rules' starts are filed after the walk, which keeps
  // its few values in registers (it took 16 instructions a token).
  const char* const bytes = doc.text.data();
  const text::Token* const tokens = doc.tokens.data();
  for (uint32_t i = 0; i < n; ++i) {
    const text::Token& token = tokens[i];
    if (token.kind == text::TokenKind::word) {
      if (text::is_upper_ascii(bytes[token.start])) capitalized.push_back(uint32_t{i});
    } else if (token.kind == text::TokenKind::number) {
      numbers.push_back(uint32_t{i});
    }
  }
  for (const uint32_t k : capitalized) file_rule_starts(doc, k);
}

// A Start's test of a capitalized word, and what it needs of the word and
// the tokens around it by their first bytes and lengths (a bit per length,
// the last for 15 and more): what all the tests need is read of each word
// in a few lookups, and a test is asked only where that allows it. A
// byte's test of nullptr allows any.
struct StartTest {
  Start start;
  bool (*test)(const text::Document& doc, uint32_t word);
  bool (*before_byte)(unsigned char first);
  uint16_t before_lengths;
  uint16_t own_lengths;
  bool (*after_byte)(unsigned char first);
  uint16_t after_lengths;
};

// In the order of Start.
constexpr StartTest kStartTests[] = {
    {Start::initials, starts_initials, nullptr, kAnyLength, lengths(1, 2), nullptr, kAnyLength},
    {Start::glued_initials, starts_glued_initials, nullptr, kAnyLength, lengths(2, 3), is_upper_byte, lengths(2, 99)},
    {Start::body_with_field, starts_body_with_field, nullptr, kAnyLength, lengths(4, 11),
     [](unsigned char c) { return c == 'o' || c == 'f'; }, lengths(2, 3)},
    {Start::cabinet_secretary, starts_cabinet_secretary, nullptr, kAnyLength, lengths(7, 7),
     [](unsigned char c) { return c == 'S'; }, lengths(9, 11)},
    // A number opens with a digit, ASCII or not.
    {Start::numbered_facility, starts_numbered_facility, nullptr, kAnyLength, lengths(4, 9),
     [](unsigned char c) { return text::is_digit(c) || c >= 0x80; }, kAnyLength},
    {Start::storm_name, starts_storm_name, [](unsigned char c) { return c == 'h' || c == 's' || c == 't' || c == 'c'; },
     lengths(6, 6) | lengths(8, 8) | lengths(10, 10), kAnyLength, nullptr, kAnyLength},
    {Start::race_before_noun, starts_race_before_noun, is_lower_byte, lengths(1, 5), lengths(5, 5), is_lower_byte,
     kAnyLength},
    {Start::name_at_particle, starts_name_at_particle, nullptr, kAnyLength, kAnyLength,
     [](unsigned char c) { return c == 'd'; }, lengths(2, 3)},
    // The kind, or a comma after it.
    {Start::title_after_kind, starts_title_after_kind, [](unsigned char c) { return is_lower_byte(c) || c == ','; },
     lengths(1, 1) | lengths(4, 11), kAnyLength, nullptr, kAnyLength},
    {Start::quoted_title, starts_quoted_title, [](unsigned char c) { return c == '"' || c == '\'' || c >= 0x80; },
     kAnyLength, kAnyLength, nullptr, kAnyLength},
    {Start::bracketed_acronym, starts_bracketed_acronym, [](unsigned char c) { return c == '('; }, lengths(1, 1),
     lengths(kMinAcronymLetters, kMaxAcronymLetters), [](unsigned char c) { return c == ')'; }, lengths(1, 1)},
    // "4th", "125th": an ordinal in digits.
    {Start::numbered_street, starts_numbered_street, [](unsigned char c) { return text::is_digit(c); }, lengths(3, 6),
     lengths(2, 6), nullptr, kAnyLength},
    {Start::bracketed_part, starts_legal_form_after_bracket, [](unsigned char c) { return c == ')'; }, lengths(1, 1),
     lengths(2, 7), nullptr, kAnyLength},
    // "by"
    {Start::credited_name, starts_credited_name, [](unsigned char c) { return c == 'b'; }, lengths(2, 2), kAnyLength,
     nullptr, kAnyLength},
    // "then", "now"
    {Start::place_then_or_now, starts_place_then_or_now, [](unsigned char c) { return c == 't' || c == 'n'; },
     lengths(3, 4), kAnyLength, nullptr, kAnyLength},
    // A first name's prefix, then a capital: "LeBron", "DeAndre", "DeMarcus".
    {Start::prefixed_first_name, starts_prefixed_first_name, nullptr, kAnyLength, lengths(5, 8), is_upper_byte,
     kAnyLength},
};
static_assert(std::size(kStartTests) == kStarts);

constexpr bool in_start_order() {
  for (size_t i = 0; i < kStarts; ++i) {
    if (static_cast<size_t>(kStartTests[i].start) != i) return false;
  }
  return true;
}
static_assert(in_start_order(), "a Start's bit is its test's place in kStartTests");

// The words around a capitalized word that a Start's test reads.
enum class Around : uint8_t { before, own, after };

// Whether the tables of `start` let every word of `words` through at
// `where`: a word added to a rule's list that its table would stop fails
// the build, not the rule.
template <size_t N>
constexpr bool admits(Start start, Around where, const std::string_view (&words)[N]) {
  const StartTest& test = kStartTests[static_cast<size_t>(start)];
  const auto byte = where == Around::before ? test.before_byte : where == Around::after ? test.after_byte : nullptr;
  const uint16_t lengths = where == Around::before ? test.before_lengths
                           : where == Around::own  ? test.own_lengths
                                                   : test.after_lengths;
  for (const std::string_view w : words) {
    const size_t length = w.size() < kLongLength ? w.size() : kLongLength;
    if ((byte && !byte(static_cast<unsigned char>(w[0]))) || !(lengths >> length & 1)) return false;
  }
  return true;
}
static_assert(admits(Start::body_with_field, Around::own, kBodyHeads));
static_assert(admits(Start::numbered_facility, Around::own, kFacilities));
static_assert(admits(Start::storm_name, Around::before, kStorms));
static_assert(admits(Start::race_before_noun, Around::own, kRaces) &&
              admits(Start::race_before_noun, Around::before, kWordsBeforeRace));
static_assert(admits(Start::name_at_particle, Around::after, kRomanceParticles));

// The Starts that each first byte and each length allow, a bit each.
struct StartTables {
  std::array<uint16_t, 256> before_byte{}, after_byte{};
  std::array<uint16_t, kLongLength + 1> before_length{}, own_length{}, after_length{};
};

constexpr StartTables start_tables() {
  StartTables t;
  for (size_t i = 0; i < kStarts; ++i) {
    const StartTest& s = kStartTests[i];
    const auto bit = static_cast<uint16_t>(1u << static_cast<size_t>(s.start));
    for (unsigned c = 0; c < 256; ++c) {
      if (!s.before_byte || s.before_byte(static_cast<unsigned char>(c))) t.before_byte[c] |= bit;
      if (!s.after_byte || s.after_byte(static_cast<unsigned char>(c))) t.after_byte[c] |= bit;
    }
    for (uint32_t l = 0; l <= kLongLength; ++l) {
      if (s.before_lengths >> l & 1) t.before_length[l] |= bit;
      if (s.own_lengths >> l & 1) t.own_length[l] |= bit;
      if (s.after_lengths >> l & 1) t.after_length[l] |= bit;
    }
  }
  return t;
}

// Files capitalized word k under the Starts whose tests it passes: all
// asked at once by the tables, a test each only where they allow it,
// rather than a walk over the capitalized words for each rule (which took
// 21 M instructions on c06).
void Landmarks::file_rule_starts(const text::Document& doc, uint32_t k) {
  static constexpr StartTables kTables = start_tables();
  const auto byte_at = [&](const text::Token& t) { return static_cast<unsigned char>(doc.text[t.start]); };
  const auto capped = [](const text::Token& t) { return std::min<uint32_t>(t.length, kLongLength); };
  const text::Token* const tokens = doc.tokens.data();
  uint32_t allowed = kTables.own_length[capped(tokens[k])];
  if (k > 0) allowed &= kTables.before_byte[byte_at(tokens[k - 1])] & kTables.before_length[capped(tokens[k - 1])];
  if (k + 1 < doc.tokens.size()) {
    allowed &= kTables.after_byte[byte_at(tokens[k + 1])] & kTables.after_length[capped(tokens[k + 1])];
  }
  for (; allowed != 0; allowed &= allowed - 1) {
    const StartTest& s = kStartTests[__builtin_ctz(allowed)];
    if (s.test(doc, k)) starts[static_cast<size_t>(s.start)].push_back(k);
  }
}

// The rules after the tagger, in order: each reads the tags the ones before
// it left. Their landmarks are freed before grouping, which reuses their
// memory (lists with room for every token, held through grouping, took a 4
// MB text nearly twice the time, in page faults all over it).
void apply_rules(const text::Document& doc, const structure::Structure& structure, const Gazetteer& gazetteer,
                 std::vector<Tag>& tags) {
  const Landmarks marks(doc);
  tag_speaker_labels(doc, structure, tags);
  tag_byline_names(doc, structure, gazetteer, tags);
  untag_dotted_labels(doc, structure, tags);
  untag_furniture(doc, structure, gazetteer, tags);
  tag_aged_names(doc, marks, gazetteer, tags);
  tag_untagged_well_known_names(doc, marks, tags);
  tag_news_agencies(doc, marks, tags);
  tag_organizations_speaking_at_sentence_starts(doc, gazetteer, tags);
  tag_organizations_by_their_officers(doc, marks, gazetteer, tags);
  tag_organizations_speaking_of_themselves(doc, gazetteer, tags);
  tag_people_spoken_of_as_he_or_she(doc, gazetteer, tags);
  read_name_edges(doc, gazetteer, tags);
  join_names_defined_by_acronyms(doc, marks, tags);
  tag_names_after_initials(doc, marks, tags);
  tag_names_after_glued_initials(doc, marks, gazetteer, tags);
  join_bodies_and_their_fields(marks, tags);
  untag_cabinet_secretaries(doc, marks, gazetteer, tags);
  untag_numbered_facilities(marks, tags);
  tag_storm_names(doc, marks, tags);
  tag_races_before_nouns(marks, tags);
  join_names_over_particles(doc, marks, tags);
  tag_public_services(doc, tags);
  tag_untagged_products(doc, marks, tags);
  tag_dutch_surnames(doc, tags);
  tag_untagged_works(doc, marks, tags);
  tag_quoted_titles(doc, marks, tags);
  tag_line_ups(doc, tags);
  tag_numbered_streets(doc, marks, tags);
  join_names_over_bracketed_parts(doc, marks, tags);
  tag_credited_names(marks, tags);
  tag_places_then_or_now(marks, tags);
  tag_names_with_prefixed_first_names(doc, marks, gazetteer, tags);
  tag_other_occurrences(doc, marks, gazetteer, tags);
  tag_possessive_places(doc, marks, gazetteer, tags);
  tag_names_in_the_possessive(doc, marks, tags);
  tag_acronyms_before_their_nation(doc, marks, gazetteer, tags);
  untag_title_case_headline(doc, structure, gazetteer, tags);
}

Result recognize(const text::Document& doc, const structure::Structure& structure) {
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
  const std::vector<uint32_t> answers = turn_starts(doc, structure);
  if (!answers.empty()) {
    starts.insert(starts.end(), answers.begin(), answers.end());
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
  }
  const uint32_t furniture = trailing_furniture(doc, structure);
  std::vector<Tag> tags = tag_in_pieces(*model, doc, starts, furniture);
  apply_rules(doc, structure, model->gazetteer, tags);
  Result result = group(doc, tags, model->gazetteer, answers, furniture);
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
