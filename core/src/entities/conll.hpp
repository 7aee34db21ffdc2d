// CoNLL-2003 files as text: reading documents, and conlleval-style scoring
// of entity chunks. Parses strings only; the tools read the files.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace lede::entities::conll {

struct Sentence {
  std::vector<std::string> words;
  std::vector<std::string> tags;  // the last column, as written (IOB1 or BIO)
};

using Document = std::vector<Sentence>;

// Splits at -DOCSTART- lines (a file need not start with one) and blank lines.
std::vector<Document> read(std::string_view text);

// Per-type chunk counts, PER ORG LOC MISC in that order.
struct Scores {
  std::array<long, 4> gold{}, predicted{}, correct{};
  long tokens = 0, tokens_correct = 0;
};

// Adds one sentence's chunks. Tags may be IOB1 or BIO: a chunk starts at
// B-X, or at I-X not continuing an X, and runs over the I-X that follow.
void score(const std::vector<std::string>& gold, const std::vector<std::string>& predicted, Scores& scores);

// A conlleval-like table: accuracy, then precision, recall and F1 per type and overall.
std::string report(const Scores& scores);
double overall_f1(const Scores& scores);

// IOB1 (or BIO) tags as BIO.
std::vector<std::string> to_bio(const std::vector<std::string>& tags);

}  // namespace lede::entities::conll
