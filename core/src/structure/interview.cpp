// Interview turns. A label is one to four capitalized words before a colon
// at the start of a paragraph; labels are counted over the document so that
// a lone "Word: ..." is left alone, and so is a label whose every use is a
// results table's entry ("Penalties: Wessels 2."). A label is counted by its
// last word: a transcript names a speaker in full once, then by surname
// ("ELIZABETH WARREN: ..." then "WARREN: ...").
#include "structure/interview.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "text/chars.hpp"

namespace lede::structure {

namespace {

constexpr uint32_t kMaxLabelWords = 4;
// A label's description after its comma ("DONALD TRUMP, PRESIDENT OF THE UNITED STATES:").
constexpr uint32_t kMaxLabelDescriptionWords = 6;

struct Label {
  uint32_t paragraph = 0;
  uint32_t first = 0, name_end = 0;  // token indices: the name's words [first, name_end)
  bool interviewer = false;          // described as the interviewer ("KAITLAN COLLINS, CNN ANCHOR:")
  // What the speaker says: after the colon, or the next paragraph when the
  // label stands on its own line ("Sarah Lund (00:04):").
  uint32_t said_paragraph = 0;
  uint32_t said_first = 0;  // its first token
  bool dotted = false;      // "Q." or "A.": a full stop for a colon
  bool full_stop = false;   // "CHAIR POWELL.": a name in capitals with a full stop for a colon
  bool dashed = false;      // "Daniel Okoro -- Chief Executive Officer" alone on its line
};

bool is_capitalized(std::string_view s) {
  return !s.empty() && (text::is_upper_ascii(static_cast<unsigned char>(s[0])) ||
                        static_cast<unsigned char>(s[0]) >= 0xC0);  // non-ASCII letters: names in any script
}

// "Q." as "Q": a print interview's label may end in a full stop.
std::string_view without_full_stop(std::string_view s) {
  return s.size() > 1 && s.back() == '.' ? s.substr(0, s.size() - 1) : s;
}

// The interviewer's labels, in any case ("MODERATOR:"): a role, no name.
bool is_question_label(std::string_view s) {
  s = without_full_stop(s);
  static constexpr std::string_view kLabels[] = {"q",    "question", "interviewer", "reporter", "host",
                                                 "journalist", "moderator", "presenter", "anchor"};
  return std::any_of(std::begin(kLabels), std::end(kLabels),
                     [&](std::string_view label) { return text::same_ignoring_case(s, label); });
}

inline bool is_capitalized_word(const text::Document& doc, uint32_t i) {
  return doc.tokens[i].kind == text::TokenKind::word && is_capitalized(doc.token_text(i));
}

// Up to `most` capitalized words from token i: the index after them.
inline uint32_t capitalized_words(const text::Document& doc, uint32_t i, uint32_t end, uint32_t most) {
  for (const uint32_t first = i; i < end && i - first < most && is_capitalized_word(doc, i);) ++i;
  return i;
}

// "00:01:15", "1:15": a recording's offset.
bool is_clock(std::string_view s) {
  if (s.empty() || !text::is_digit(s[0])) return false;  // most tokens asked, by their first byte
  const size_t colon = s.find(':');
  return colon != std::string_view::npos && colon > 0 && colon <= 2 && s.size() > colon + 2 &&
         std::all_of(s.begin(), s.end(), [](char c) { return text::is_digit(c) || c == ':'; });
}

// The token after a transcript's stamp at `first` ("[00:01:15]", "(1:15)",
// "00:01:15"), or `first` when there is none.
uint32_t past_stamp(const text::Document& doc, uint32_t first, uint32_t end) {
  if (first < end && doc.tokens[first].kind == text::TokenKind::number && is_clock(doc.token_text(first))) {
    return first + 1;
  }
  if (first + 2 >= end || !is_clock(doc.token_text(first + 1))) return first;
  const std::string_view open = doc.token_text(first), close = doc.token_text(first + 2);
  return (open == "[" && close == "]") || (open == "(" && close == ")") ? first + 3 : first;
}

// Past the marks of emphasis a paste from Markdown keeps ("**Jane Doe:**").
uint32_t past_emphasis(const text::Document& doc, uint32_t i, uint32_t end) {
  for (; i < end; ++i) {
    const std::string_view w = doc.token_text(i);
    if (!w.empty() && w[0] != '*' && w[0] != '_') break;  // most tokens, by their first byte
    if (w.find_first_not_of("*_") != std::string_view::npos) break;
  }
  return i;
}

// "Q. Why ...", "A. Because ...": a print interview's label with a full
// stop for its colon, one token as an initial is, or two. The token after
// it, or 0.
uint32_t past_dotted_label(const text::Document& doc, uint32_t first, uint32_t end) {
  const std::string_view w = doc.token_text(first);
  if (w.empty() || (w[0] != 'Q' && w[0] != 'A')) return 0;
  if (w.size() == 2 && w[1] == '.') return first + 1 < end ? first + 1 : 0;
  if (w.size() == 1 && first + 2 < end && doc.token_text(first + 1) == ".") return first + 2;
  return 0;
}

// "STREETING", "WES STREETING": a transcript's label, no lower-case letter
// in it and two capitals at least (not "Q").
bool is_in_capitals(std::string_view s) {
  int capitals = 0;
  for (const char c : s) {
    if (text::is_lower_ascii(c)) return false;
    capitals += text::is_upper_ascii(static_cast<unsigned char>(c));
  }
  return capitals >= 2;
}

// A transcript's section head, no answer's words: "Questions & Answers:",
// "Prepared Remarks:", a few words ending in a colon.
bool is_section_head(const text::Document& doc, const text::Paragraph& p) {
  constexpr uint32_t kMaxHeadTokens = 6;
  return p.end_token > p.first_token && p.end_token - p.first_token <= kMaxHeadTokens &&
         doc.token_text(p.end_token - 1) == ":";
}

bool is_label_dash(std::string_view w) { return w == "--" || w == "\xE2\x80\x94" || w == "\xE2\x80\x93"; }

// An earnings call's transcript as the Motley Fool prints it: a speaker's
// name alone on its line with their role after a double dash ("Daniel
// Okoro -- Chief Executive Officer", "Tom Reilly -- Morgan Stanley --
// Analyst"), or "Operator"; the words are the next paragraph. The analysts
// and the operator ask, as an interviewer does.
bool read_dashed_label(const text::Document& doc, uint32_t index, uint32_t first, Label& label) {
  constexpr uint32_t kMaxDescriptionTokens = 12;  // "Head of Investor Relations -- Acme"
  const text::Paragraph& p = doc.paragraphs[index];
  const uint32_t end = p.end_token;
  // Most paragraphs, by their length or their last word.
  if (end <= first || end - first > kMaxLabelWords + 1 + kMaxDescriptionTokens || !is_capitalized_word(doc, end - 1) ||
      index + 1 >= doc.paragraphs.size()) {
    return false;
  }
  const text::Paragraph& next = doc.paragraphs[index + 1];
  if (next.end_token == next.first_token) return false;
  uint32_t name_end = end;
  bool asks = end == first + 1 && doc.token_text(first) == "Operator";
  if (!asks) {
    name_end = capitalized_words(doc, first, end, kMaxLabelWords);
    if (name_end < first + 2 || name_end + 1 >= end || end - name_end > kMaxDescriptionTokens ||
        !is_label_dash(doc.token_text(name_end)) || is_label_dash(doc.token_text(end - 1))) {
      return false;
    }
    for (uint32_t i = name_end + 1; i < end; ++i) {
      const std::string_view w = doc.token_text(i);
      if (!is_capitalized_word(doc, i) && !is_label_dash(w) && w != "of" && w != "and" && w != "for" && w != "&") {
        return false;
      }
    }
    asks = text::same_ignoring_case(doc.token_text(end - 1), "analyst");
  }
  label = {index, first, name_end, asks, index + 1, next.first_token};
  label.dashed = true;
  return true;
}

// The label of a paragraph "Name: text", or none. A transcript gives a
// speaker's first label a title, a party or a description ("SEN. MARK
// WARNER (D-VA):", "KAITLAN COLLINS, CNN ANCHOR:"): the name is the words
// between them, and a description may say who asks. A recording's
// transcript stamps its turns ("[00:01:15] Sarah Lund:", "Sarah Lund
// (00:04):"), and may set the words on the next line. The Federal
// Reserve's transcripts end names in capitals with a full stop ("CHAIR
// POWELL. Good afternoon."), the words on the same line.
bool read_label(const text::Document& doc, uint32_t index, Label& label) {
  constexpr uint32_t kMaxBracketTokens = 6;  // "(D-VA)", "(voice-over)", "(00:04)"
  const text::Paragraph& p = doc.paragraphs[index];
  const uint32_t end = p.end_token;
  uint32_t first = past_emphasis(doc, past_stamp(doc, p.first_token, end), end);
  if (read_dashed_label(doc, index, first, label)) return true;
  if (const uint32_t said = past_dotted_label(doc, first, end)) {
    label = {index, first, first + 1, false, index, said, true};
    return true;
  }
  constexpr size_t kMaxTitleBytes = 4;  // "SEN.", "Dr.", "PROF."
  const bool titled = first + 2 < end && doc.tokens[first].length <= kMaxTitleBytes &&
                      doc.token_text(first + 1) == "." && is_capitalized_word(doc, first) &&
                      is_capitalized_word(doc, first + 2);
  if (titled) first += 2;
  const uint32_t name_end = capitalized_words(doc, first, end, kMaxLabelWords);
  if (name_end == first) return false;
  uint32_t i = name_end;
  bool interviewer = false;
  if (i < end && doc.token_text(i) == ",") {
    const uint32_t described = capitalized_words(doc, i + 1, end, kMaxLabelDescriptionWords);
    if (described == i + 1) return false;
    for (uint32_t k = i + 1; k < described; ++k) interviewer = interviewer || is_question_label(doc.token_text(k));
    i = described;
  } else if (i < end && doc.token_text(i) == "(") {
    const uint32_t limit = std::min(end, i + kMaxBracketTokens);
    while (i < limit && doc.token_text(i) != ")") ++i;
    if (i == limit) return false;
    ++i;
  }
  i = past_emphasis(doc, i, end);  // "**Jane Doe**:"
  const bool full_stop = i < end && doc.token_text(i) == "." &&
                         is_in_capitals(doc.slice(doc.tokens[first].start, doc.tokens[name_end - 1].end()));
  if (i >= end || (doc.token_text(i) != ":" && !full_stop)) return false;
  const uint32_t said = past_emphasis(doc, i + 1, end);  // "**Jane Doe:**"
  label = {index, first, name_end, interviewer, index, said};
  label.full_stop = full_stop;
  if (said < end) return true;
  if (full_stop) return false;
  // The label alone on its line: the words are the next paragraph's, unless
  // that is a speaker's dashed label ("Prepared Remarks:" over "Operator").
  if (index + 1 >= doc.paragraphs.size()) return false;
  const text::Paragraph& next = doc.paragraphs[index + 1];
  if (next.end_token == next.first_token) return false;
  if (Label dashed; read_dashed_label(doc, index + 1, next.first_token, dashed)) return false;
  label.said_paragraph = index + 1;
  label.said_first = next.first_token;
  return true;
}

std::string_view label_text(const text::Document& doc, const Label& l) {
  return doc.slice(doc.tokens[l.first].start, doc.tokens[l.name_end - 1].end());
}

std::string_view label_last_word(const text::Document& doc, const Label& l) { return doc.token_text(l.name_end - 1); }

bool is_answer_label(std::string_view s) {
  s = without_full_stop(s);
  return text::same_ignoring_case(s, "a") || text::same_ignoring_case(s, "answer");
}

bool has_question_mark(const text::Document& doc, const text::Paragraph& p) {
  for (uint32_t i = p.first_token; i < p.end_token; ++i) {
    if (doc.token_text(i) == "?") return true;
  }
  return false;
}

bool ends_with_question(const text::Document& doc, const text::Paragraph& p) {
  return doc.token_text(p.end_token - 1) == "?";
}

// Words of an answer read to tell speech from a table's entry.
constexpr uint32_t kProseWordsRead = 32;

// Speech after a label: more lower-case words than capitalized ones ("Zarepour:
// It can strengthen trade."), as against the entries of a results table,
// mostly names and figures ("Penalties: Simon Culhane, Jon Preston (2).",
// "Attendance: 5,000", "Bowling: Streak 10-1-50-1 (2w, 2nb)").
bool reads_as_speech(const text::Document& doc, const Label& l) {
  const text::Paragraph& p = doc.paragraphs[l.said_paragraph];
  uint32_t lower = 0, capitalized = 0;
  for (uint32_t i = l.said_first; i < p.end_token && lower + capitalized < kProseWordsRead; ++i) {
    if (doc.tokens[i].kind != text::TokenKind::word) continue;
    const std::string_view w = doc.token_text(i);
    if (is_capitalized(w)) {
      ++capitalized;
    } else if (text::is_lower_ascii(static_cast<unsigned char>(w[0]))) {
      ++lower;
    }
  }
  return lower >= 2 && lower > capitalized;
}

// How often a label is used, how often a use asks a question (the
// interviewer: "Lede: Why beans?") and whether any is speech: a label
// whose every use is a table's entry names no speaker.
struct LabelUse {
  int count = 0;
  int questions = 0;  // uses ending in "?"
  bool speech = false;
  bool interviewer = false;  // described so once
  bool in_full = false;      // two words or more once: a person's name ("Sarah Lund:", "JAMES CARTER:")
};

// The interviewer's label: every use asks ("Lede: Why beans?"); or, for a
// label of one word that is never a name in full ("Leader:", "GQ:": the
// publication asking), most uses, two at least, as its other turns lead up
// to a question though they end in a full stop ("Leader: Critics say you've
// ignored rural roads."). A person named in full who asks and speaks (a
// podcast's host) is a speaker, unless every turn asks.
bool asks(const LabelUse& use) {
  if (use.count >= 2 && use.questions == use.count) return true;
  return !use.in_full && use.questions >= 2 && 2 * use.questions >= use.count;
}

// A magazine's interview without labels: short questions, each a paragraph
// ending in "?", each followed by the answer's paragraphs, and the answers
// told in the first person ("Where did you learn to cook?" / "In my
// grandmother's kitchen in Herat."). An explainer's questions ("What is the
// new law?") are answered in the third person: no turns, but headings.
constexpr uint32_t kMaxQuestionWords = 30;
constexpr int kMinUnlabeledQuestions = 3;

bool is_short_question(const text::Document& doc, const text::Paragraph& p) {
  return p.end_token > p.first_token && p.end_token - p.first_token <= kMaxQuestionWords + 5 &&
         ends_with_question(doc, p);
}

// "I", "my", "we", "our", and their contractions ("I've", "We’re").
bool is_first_person(std::string_view w) {
  if (w == "I" || w == "my" || w == "My" || w == "me" || w == "we" || w == "We" || w == "our" || w == "Our") {
    return true;
  }
  const size_t pronoun = w[0] == 'I' ? 1 : w.substr(0, 2) == "We" || w.substr(0, 2) == "we" ? 2 : 0;
  if (pronoun == 0 || w.size() <= pronoun) return false;
  const std::string_view rest = w.substr(pronoun);
  return rest[0] == '\'' || rest.substr(0, 3) == "\xE2\x80\x99";
}

// A first-person word ("I", "I'm", "my", "we", "We've", "our") among the paragraph's first words.
bool speaks_in_first_person(const text::Document& doc, const text::Paragraph& p) {
  constexpr uint32_t kRead = 60;
  for (uint32_t i = p.first_token; i < p.end_token && i < p.first_token + kRead; ++i) {
    if (doc.tokens[i].kind == text::TokenKind::word && is_first_person(doc.token_text(i))) return true;
  }
  return false;
}

// A word addressing the one interviewed: "you", "your", "you've", "you’re".
bool is_you(std::string_view w) {
  if (w.size() < 3 || (w[0] != 'y' && w[0] != 'Y') || w.substr(1, 2) != "ou") return false;
  const std::string_view rest = w.substr(3);
  return rest.empty() || rest == "r" || rest == "rs" || rest[0] == '\'' || rest.substr(0, 3) == "\xE2\x80\x99";
}

// What others say of the one interviewed, before "you": "Critics say you",
// "Residents claim that your".
bool reports_claim(std::string_view w) {
  static constexpr std::string_view kVerbs[] = {"say", "says", "said", "claim", "claims", "argue", "argues", "that"};
  return std::find(std::begin(kVerbs), std::end(kVerbs), w) != std::end(kVerbs);
}

// An interviewer's prompt with no question mark, between two paragraphs
// of an answer that has no labels ("Critics say you've ignored rural
// roads."): short, putting to the one interviewed what others say of them,
// not in the first person, and answered in the first person by the
// paragraph after it. Not a "you" of the answer's own ("You learn the
// sea.", "but you learn").
bool is_prompt(const text::Document& doc, const text::Paragraph& p, const text::Paragraph& next) {
  if (p.end_token - p.first_token > kMaxQuestionWords + 5 || speaks_in_first_person(doc, p)) return false;
  bool put = false;
  for (uint32_t i = p.first_token + 1; i < p.end_token && !put; ++i) {
    put = is_you(doc.token_text(i)) && reports_claim(doc.token_text(i - 1));
  }
  return put && speaks_in_first_person(doc, next);
}

// The answers to the questions at paragraphs `questions` (in order): each
// answer's paragraphs from its question to the next; after the last
// question, one. The questions' roles are set too, and, where the questions
// have no labels (`labelled` false), those of prompts between an answer's
// paragraphs (see is_prompt()). No speaker is named: as after "A:", the
// quotes stage gives the answers to the one interviewed. None unless most
// answers are told in the first person.
std::vector<Turn> answers_after(const text::Document& doc, const std::vector<uint32_t>& questions, bool labelled,
                                std::vector<ParagraphRole>& roles) {
  const auto n = static_cast<uint32_t>(doc.paragraphs.size());
  std::vector<Turn> turns;
  std::vector<uint32_t> prompts;
  int first_person = 0;
  for (size_t q = 0; q < questions.size(); ++q) {
    const uint32_t end = std::min(n, q + 1 < questions.size() ? questions[q + 1] : questions[q] + 2);
    for (uint32_t i = questions[q] + 1; i < end && roles[i] == ParagraphRole::body; ++i) {
      const text::Paragraph& p = doc.paragraphs[i];
      const bool answer_goes_on = i > questions[q] + 1 && i + 1 < end && roles[i + 1] == ParagraphRole::body;
      if (!labelled && answer_goes_on && is_prompt(doc, p, doc.paragraphs[i + 1])) {
        prompts.push_back(i);
        continue;
      }
      turns.push_back({i, Span{}, {p.start, p.end}});
    }
    if (questions[q] + 1 < n) first_person += speaks_in_first_person(doc, doc.paragraphs[questions[q] + 1]);
  }
  // Most answers in the first person: two in three.
  if (3 * first_person < 2 * static_cast<int>(questions.size())) return {};
  for (uint32_t q : questions) roles[q] = ParagraphRole::question;
  for (uint32_t q : prompts) roles[q] = ParagraphRole::question;
  for (const Turn& t : turns) roles[t.paragraph] = ParagraphRole::answer;
  return turns;
}

// An explainer's questions ("What is bird flu?", "How does it spread?"),
// answered in the third person, are its section headings: a sentence of a
// few words each. They take the role a live page's entry heading has, the
// contract's only role for a heading.
void mark_section_questions(const text::Document& doc, const std::vector<uint32_t>& questions,
                            std::vector<ParagraphRole>& roles) {
  constexpr uint32_t kMaxHeadingTokens = 16;
  for (const uint32_t q : questions) {
    const text::Paragraph& p = doc.paragraphs[q];
    if (p.end_sentence - p.first_sentence == 1 && p.end_token - p.first_token <= kMaxHeadingTokens) {
      roles[q] = ParagraphRole::headline;
    }
  }
}

// The turns of an interview without labels (see above).
std::vector<Turn> unlabeled_turns(const text::Document& doc, std::vector<ParagraphRole>& roles) {
  const auto n = static_cast<uint32_t>(doc.paragraphs.size());
  std::vector<uint32_t> questions;
  for (uint32_t i = 0; i + 1 < n; ++i) {
    if (roles[i] == ParagraphRole::body && roles[i + 1] == ParagraphRole::body &&
        is_short_question(doc, doc.paragraphs[i]) && !is_short_question(doc, doc.paragraphs[i + 1])) {
      questions.push_back(i);
    }
  }
  if (questions.size() < kMinUnlabeledQuestions) return {};  // most articles
  std::vector<Turn> turns = answers_after(doc, questions, /*labelled=*/false, roles);
  if (turns.empty()) mark_section_questions(doc, questions, roles);
  return turns;
}

}  // namespace

void find_turns(const text::Document& doc, Structure& shape) {
  std::vector<ParagraphRole>& roles = shape.roles;
  const auto n = static_cast<uint32_t>(doc.paragraphs.size());
  std::vector<Label> labels;
  std::unordered_map<std::string_view, LabelUse> uses;
  for (uint32_t i = 0; i < n; ++i) {
    Label l;
    if (roles[i] != ParagraphRole::body || !read_label(doc, i, l)) continue;
    if (roles[l.said_paragraph] != ParagraphRole::body) continue;
    labels.push_back(l);
    i = l.said_paragraph;  // a label on its own line: the next paragraph is its words
    LabelUse& use = uses[label_last_word(doc, l)];
    ++use.count;
    use.questions += ends_with_question(doc, doc.paragraphs[i]);
    use.in_full = use.in_full || l.name_end - l.first > 1;
    use.speech = use.speech || reads_as_speech(doc, l);
    use.interviewer = use.interviewer || l.interviewer;
  }
  // "A. Smith said ..." opens with an initial: "A." is a label only where "Q." asks.
  const bool dotted_questions = std::any_of(labels.begin(), labels.end(), [&](const Label& l) {
    return l.dotted && is_question_label(label_text(doc, l));
  });
  if (!dotted_questions) {
    labels.erase(std::remove_if(labels.begin(), labels.end(), [](const Label& l) { return l.dotted; }), labels.end());
  }
  // "CHAIR POWELL." is a label only where one speaker is labelled so twice
  // at least: not a story's "UPDATE." or a dateline's "LONDON.".
  const bool full_stop_labels = std::any_of(labels.begin(), labels.end(), [&](const Label& l) {
    return l.full_stop && uses[label_last_word(doc, l)].count >= 2;
  });
  if (!full_stop_labels) {
    labels.erase(std::remove_if(labels.begin(), labels.end(), [](const Label& l) { return l.full_stop; }),
                 labels.end());
  }
  if (labels.empty()) {
    shape.turns = unlabeled_turns(doc, roles);
    return;
  }
  const auto asks_questions = [&](const Label& l) {
    const std::string_view name = label_text(doc, l);
    const LabelUse& use = uses[label_last_word(doc, l)];
    return is_question_label(name) || use.interviewer || (!is_answer_label(name) && asks(use));
  };
  // "KUENSSBERG: Will you ...?" / "STREETING: What I'd say is this: ...":
  // where an interviewer's labels ask, or another speaker's labels in
  // capitals speak twice ("THE PRESIDENT:" over a White House transcript),
  // a guest who speaks once, labeled in capitals as a transcript names its
  // speakers ("SECRETARY YELLEN:"), is a speaker too (not a "Background:"
  // note among the answers).
  const bool interviewed = std::any_of(labels.begin(), labels.end(), asks_questions);
  const bool transcript = interviewed || std::any_of(labels.begin(), labels.end(), [&](const Label& l) {
                            const LabelUse& use = uses[label_last_word(doc, l)];
                            return use.count >= 2 && use.speech && is_in_capitals(label_text(doc, l));
                          });
  const auto guest_once = [&](const Label& l) {
    return transcript && (l.dashed || is_in_capitals(label_text(doc, l)));
  };
  std::vector<Turn> turns;
  std::vector<Span> interviewer_names;
  std::vector<bool> is_turn(n, false);
  bool has_question_labels = false;
  std::vector<uint32_t> asked;  // the paragraphs that end a question's turn
  for (const Label& l : labels) {
    const std::string_view name = label_text(doc, l);
    const LabelUse& use = uses[label_last_word(doc, l)];
    const bool answer = is_answer_label(name);
    const bool question = asks_questions(l);
    if (!question && !answer && (!use.speech || (use.count < 2 && !guest_once(l)))) continue;
    const ParagraphRole role = question ? ParagraphRole::question : ParagraphRole::answer;
    for (uint32_t p = l.paragraph; p <= l.said_paragraph; ++p) {
      is_turn[p] = true;
      roles[p] = role;
    }
    has_question_labels = has_question_labels || question;
    const Span named = {doc.tokens[l.first].start, doc.tokens[l.name_end - 1].end()};
    if (question) {
      if (!is_question_label(name)) interviewer_names.push_back(named);
      asked.push_back(l.said_paragraph);
      continue;
    }
    const Span speaker = answer ? Span{} : named;
    turns.push_back({l.said_paragraph, speaker, {doc.tokens[l.said_first].start, doc.paragraphs[l.said_paragraph].end}});
  }
  // "Q: Critics say you've ignored rural roads." over an answer with no
  // label: the questions are known by theirs, whether or not they ask.
  if (turns.empty() && asked.size() >= 2) turns = answers_after(doc, asked, /*labelled=*/true, roles);
  if (turns.empty()) {
    shape.turns = unlabeled_turns(doc, roles);
    return;
  }
  shape.interviewer_names = std::move(interviewer_names);

  // Unlabeled paragraphs inside the interview: a question just before an
  // answer; with explicit "Q:" labels, more paragraphs of the answer above
  // (up to the last labeled paragraph, so the article after it stays body).
  uint32_t last_labeled = 0;
  for (uint32_t i = 0; i < n; ++i) {
    if (is_turn[i]) last_labeled = i;
  }
  std::vector<Turn> all;
  all.reserve(turns.size());
  size_t next = 0;  // the next labeled answer
  for (uint32_t i = 0; i < n; ++i) {
    while (next < turns.size() && turns[next].paragraph < i) ++next;
    if (next < turns.size() && turns[next].paragraph == i) {
      all.push_back(turns[next]);
      continue;
    }
    if (roles[i] != ParagraphRole::body) continue;
    const bool before_answer = next < turns.size() && turns[next].paragraph == i + 1;
    if (before_answer && has_question_mark(doc, doc.paragraphs[i])) {
      roles[i] = ParagraphRole::question;
      continue;
    }
    const bool after_answer = i > 0 && roles[i - 1] == ParagraphRole::answer && !all.empty();
    if (has_question_labels && after_answer && i < last_labeled && !is_section_head(doc, doc.paragraphs[i])) {
      roles[i] = ParagraphRole::answer;
      const text::Paragraph& p = doc.paragraphs[i];
      all.push_back({i, all.back().speaker, {p.start, p.end}});
    }
  }
  shape.turns = std::move(all);
}

}  // namespace lede::structure
