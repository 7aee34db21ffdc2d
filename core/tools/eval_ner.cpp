// lede-eval_ner: conlleval-style precision, recall and F1 of the entity
// tagger on CoNLL data, and its speed in tokens per second. A thin main over
// entities::tag_document and entities/conll.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "entities/conll.hpp"
#include "entities/entities.hpp"
#include "files.hpp"

using namespace lede::entities;

namespace {

constexpr const char* kUsage = R"(lede-eval_ner — score the entity tagger on CoNLL-2003 data

Usage:
  lede-eval_ner [--repeat N] FILE     tag FILE's documents (gold tags in the last column) and score them;
                                      tokens per second is the best of N timed runs (default 10)
  lede-eval_ner --predicted FILE      score a file whose last column is predicted and the one before
                                      it gold (the output of `lede conll`); FILE - reads stdin
)";

int tag_and_score(const std::string& path, int repeat) {
  const auto docs = conll::read(lede::tools::read_file(path, "lede-eval_ner"));
  std::vector<std::vector<std::vector<std::string>>> inputs;
  size_t tokens = 0;
  for (const auto& d : docs) {
    auto& sentences = inputs.emplace_back();
    for (const auto& s : d) {
      sentences.push_back(s.words);
      tokens += s.words.size();
    }
  }
  // Wall time, and the CPU time of this process: on a machine shared with
  // other work the CPU time is the fairer measure of one core's speed.
  double best = 1e300, best_cpu = 1e300;
  std::vector<std::vector<std::vector<std::string>>> outputs(inputs.size());
  for (int r = 0; r < repeat; ++r) {
    const auto t0 = std::chrono::steady_clock::now();
    const std::clock_t c0 = std::clock();
    for (size_t d = 0; d < inputs.size(); ++d) outputs[d] = tag_document(inputs[d]);
    best_cpu = std::min(best_cpu, static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC);
    best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  }
  conll::Scores scores;
  for (size_t d = 0; d < docs.size(); ++d) {
    for (size_t s = 0; s < docs[d].size(); ++s) conll::score(docs[d][s].tags, outputs[d][s], scores);
  }
  std::cout << conll::report(scores);
  std::cout << "speed: " << tokens << " tokens, best of " << repeat << " runs of tag_document on one thread: "
            << static_cast<long>(tokens / best) << " tokens/s wall time, " << static_cast<long>(tokens / best_cpu)
            << " tokens/s CPU time\n";
  return 0;
}

// Gold in the second-to-last column, prediction in the last.
int score_predicted(const std::string& path) {
  std::istringstream in(lede::tools::read_file(path, "lede-eval_ner"));
  conll::Scores scores;
  std::vector<std::string> gold, predicted;
  auto flush = [&] {
    if (!gold.empty()) conll::score(gold, predicted, scores);
    gold.clear();
    predicted.clear();
  };
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.rfind("-DOCSTART-", 0) == 0 || line.find_first_not_of(" \t") == std::string::npos) {
      flush();
      continue;
    }
    std::istringstream fields(line);
    std::vector<std::string> f;
    for (std::string x; fields >> x;) f.push_back(x);
    if (f.size() < 3) continue;
    gold.push_back(f[f.size() - 2]);
    predicted.push_back(f.back());
  }
  flush();
  std::cout << conll::report(scores);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "-h" || args[0] == "--help") {
    std::cout << kUsage;
    return args.empty() ? 2 : 0;
  }
  if (args[0] == "--predicted" && args.size() == 2) return score_predicted(args[1]);
  if (args[0] == "--repeat" && args.size() == 3) return tag_and_score(args[2], std::max(1, std::stoi(args[1])));
  if (args.size() == 1) return tag_and_score(args[0], 10);
  std::cerr << kUsage;
  return 2;
}
