// CoNLL reading and chunk scoring, following conlleval's definition of a chunk.
#include "entities/conll.hpp"

#include <cstdio>

namespace lede::entities::conll {

namespace {

constexpr std::string_view kTypes[4] = {"PER", "ORG", "LOC", "MISC"};

int type_of(std::string_view tag) {
  if (tag.size() < 3 || tag[1] != '-') return -1;
  for (int t = 0; t < 4; ++t) {
    if (tag.substr(2) == kTypes[t]) return t;
  }
  return -1;
}

struct Chunk {
  size_t start, end;
  int type;
  bool operator==(const Chunk& o) const { return start == o.start && end == o.end && type == o.type; }
};

std::vector<Chunk> chunks(const std::vector<std::string>& tags) {
  std::vector<Chunk> out;
  int previous = -1;
  for (size_t i = 0; i < tags.size(); ++i) {
    const int type = type_of(tags[i]);
    const bool starts = type >= 0 && (tags[i][0] == 'B' || type != previous);
    if (starts) {
      out.push_back({i, i + 1, type});
    } else if (type >= 0) {
      out.back().end = i + 1;
    }
    previous = type;
  }
  return out;
}

std::string_view last_field(std::string_view line) {
  const size_t end = line.find_last_not_of(" \t");
  line = line.substr(0, end + 1);
  const size_t space = line.find_last_of(" \t");
  return space == std::string_view::npos ? line : line.substr(space + 1);
}

}  // namespace

std::vector<Document> read(std::string_view text) {
  std::vector<Document> docs(1);
  Sentence sentence;
  auto end_sentence = [&] {
    if (!sentence.words.empty()) docs.back().push_back(std::move(sentence));
    sentence = {};
  };
  size_t pos = 0;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    pos = eol + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.rfind("-DOCSTART-", 0) == 0) {
      end_sentence();
      if (!docs.back().empty()) docs.emplace_back();
      continue;
    }
    const size_t space = line.find_first_of(" \t");
    if (line.empty() || space == 0) {
      end_sentence();
      continue;
    }
    sentence.words.emplace_back(line.substr(0, space));
    sentence.tags.emplace_back(space == std::string_view::npos ? "O" : last_field(line));
  }
  end_sentence();
  if (docs.back().empty()) docs.pop_back();
  return docs;
}

void score(const std::vector<std::string>& gold, const std::vector<std::string>& predicted, Scores& scores) {
  const auto g = chunks(gold), p = chunks(predicted);
  for (const auto& c : g) ++scores.gold[c.type];
  for (const auto& c : p) ++scores.predicted[c.type];
  size_t j = 0;
  for (const auto& c : g) {
    while (j < p.size() && p[j].start < c.start) ++j;
    if (j < p.size() && p[j] == c) ++scores.correct[c.type];
  }
  for (size_t i = 0; i < gold.size() && i < predicted.size(); ++i) {
    ++scores.tokens;
    const int a = type_of(gold[i]), b = type_of(predicted[i]);
    scores.tokens_correct += a == b;
  }
}

namespace {

void prf(long gold, long predicted, long correct, double& p, double& r, double& f) {
  p = predicted ? static_cast<double>(correct) / predicted : 0;
  r = gold ? static_cast<double>(correct) / gold : 0;
  f = p + r > 0 ? 2 * p * r / (p + r) : 0;
}

}  // namespace

double overall_f1(const Scores& s) {
  long g = 0, pr = 0, c = 0;
  for (int t = 0; t < 4; ++t) g += s.gold[t], pr += s.predicted[t], c += s.correct[t];
  double p, r, f;
  prf(g, pr, c, p, r, f);
  return f;
}

std::string report(const Scores& s) {
  std::string out;
  char line[160];
  long g = 0, pr = 0, c = 0;
  for (int t = 0; t < 4; ++t) g += s.gold[t], pr += s.predicted[t], c += s.correct[t];
  std::snprintf(line, sizeof line, "tokens %ld, entities %ld, found %ld, correct %ld; accuracy %.2f%%\n", s.tokens, g,
                pr, c, s.tokens ? 100.0 * s.tokens_correct / s.tokens : 0.0);
  out += line;
  double p, r, f;
  for (int t = 0; t < 4; ++t) {
    prf(s.gold[t], s.predicted[t], s.correct[t], p, r, f);
    std::snprintf(line, sizeof line, "%8s  precision %6.2f%%  recall %6.2f%%  F1 %6.2f  (%ld)\n",
                  std::string(kTypes[t]).c_str(), 100 * p, 100 * r, 100 * f, s.predicted[t]);
    out += line;
  }
  prf(g, pr, c, p, r, f);
  std::snprintf(line, sizeof line, "%8s  precision %6.2f%%  recall %6.2f%%  F1 %6.2f  (%ld)\n", "overall", 100 * p,
                100 * r, 100 * f, pr);
  out += line;
  return out;
}

std::vector<std::string> to_bio(const std::vector<std::string>& tags) {
  std::vector<std::string> out(tags.size(), "O");
  for (const auto& c : chunks(tags)) {
    const std::string type(kTypes[c.type]);
    out[c.start] = "B-" + type;
    for (size_t i = c.start + 1; i < c.end; ++i) out[i] = "I-" + type;
  }
  return out;
}

}  // namespace lede::entities::conll
