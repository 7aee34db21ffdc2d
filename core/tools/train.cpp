// lede-train: trains the entity tagger on CoNLL-2003 and writes the model blob
// (core/models/ner-tagger.bin). A thin main: reading files and the training
// schedule live here, the learner in entities/training.cpp. Single-threaded
// with integer updates and a fixed shuffle seed, so a rerun rebuilds the
// same bytes.
#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "entities/conll.hpp"
#include "entities/features.hpp"
#include "entities/model.hpp"
#include "entities/tagger.hpp"
#include "entities/training.hpp"
#include "files.hpp"

using namespace lede::entities;

namespace {

constexpr const char* kUsage = R"(lede-train — train the entity tagger

Usage: lede-train --train FILE --gazetteers DIR --out FILE [options]
  --train FILE        CoNLL-2003 training data (IOB1)
  --dev FILE          development data: report F1 after training (and per epoch with --verbose)
  --gazetteers DIR    countries.tsv, cities.tsv, first-names-en.txt
  --out FILE          the model blob to write
  --epochs N          epochs of each pass (default 8)
  --folds K           folds for the first pass's tags on the training data (default 5)
  --bits B            log2 of the weight rows per pass (default 18)
  --prune P           drop quantized weights below P in magnitude (default 1)
  --min-count N       ignore features seen in fewer than N training tokens (default 2)
  --min-population N  cities kept in the gazetteer (default 5000: all)
  --seed S            shuffle seed (default 1)
  --verbose           dev F1 after each epoch
)";

struct Options {
  std::string train, dev, gazetteers, out;
  int epochs = 8, folds = 5, bits = 18, prune = 1, min_count = 2;
  long min_population = 5000;
  uint64_t seed = 1;
  bool verbose = false;
};

std::vector<std::string> split(const std::string& line, char sep) {
  std::vector<std::string> fields;
  size_t pos = 0;
  while (true) {
    const size_t next = line.find(sep, pos);
    fields.push_back(line.substr(pos, next - pos));
    if (next == std::string::npos) return fields;
    pos = next + 1;
  }
}

// Words written in lower case at least twice in the training text: a capital
// on one of them is more likely the start of a sentence than a name.
std::vector<std::string> common_words(const std::vector<conll::Document>& docs) {
  std::map<std::string, int> counts;
  for (const auto& d : docs) {
    for (const auto& s : d) {
      for (const auto& w : s.words) {
        if (w.size() > 1 && std::all_of(w.begin(), w.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; })) {
          ++counts[w];
        }
      }
    }
  }
  std::vector<std::string> words;
  for (const auto& [w, n] : counts) {
    if (n >= 2) words.push_back(w);
  }
  return words;
}

// The gazetteer lines of the model, from ../shared/data/gazetteers.
std::string gazetteer_lines(const Options& o, const std::vector<conll::Document>& train_docs) {
  std::string out;
  auto add = [&](GazetteerCategory c, const std::string& name) {
    if (name.empty() || name.find('\n') != std::string::npos) return;
    out += static_cast<char>('0' + c);
    out += '\t';
    out += name;
    out += '\n';
  };
  std::istringstream countries(lede::tools::read_file(o.gazetteers + "/countries.tsv", "lede-train"));
  std::string line;
  std::getline(countries, line);  // header
  while (std::getline(countries, line)) {
    const auto f = split(line, '\t');
    if (f.size() < 4) continue;
    add(kCountry, f[1]);
    add(kCity, f[3]);
  }
  std::istringstream cities(lede::tools::read_file(o.gazetteers + "/cities.tsv", "lede-train"));
  std::getline(cities, line);
  while (std::getline(cities, line)) {
    const auto f = split(line, '\t');
    if (f.size() >= 4 && std::atol(f[3].c_str()) >= o.min_population) add(kCity, f[0]);
  }
  std::istringstream names(lede::tools::read_file(o.gazetteers + "/first-names-en.txt", "lede-train"));
  while (std::getline(names, line)) add(kFirstName, line);
  for (const auto& word : common_words(train_docs)) add(kCommonWord, word);
  return out;
}

// One training document, prepared, with its gold BIO tags and feature ids.
struct Example {
  Prepared doc;
  std::vector<Tag> gold;
  std::vector<uint32_t> first_ids, second_ids;
  std::vector<Tag> first_tags;  // the first pass's tags, from a model that did not see this document
};

Example make_example(const conll::Document& d, const Gazetteer& gazetteer, uint32_t mask) {
  std::vector<std::string_view> words;
  std::vector<uint32_t> starts;
  Example e;
  for (const auto& s : d) {
    starts.push_back(static_cast<uint32_t>(words.size()));
    for (const auto& w : s.words) words.emplace_back(w);
    for (const auto& t : conll::to_bio(s.tags)) e.gold.push_back(parse_tag(t));
  }
  e.doc = prepare(words, starts, gazetteer);
  e.first_ids.resize(words.size() * kFirstPassFeatures);
  first_pass_features(e.doc, mask, e.first_ids.data());
  return e;
}

// A fixed, platform-independent shuffle (xorshift64* and Fisher-Yates).
void shuffle(std::vector<size_t>& v, uint64_t& state) {
  for (size_t i = v.size(); i > 1; --i) {
    state ^= state >> 12, state ^= state << 25, state ^= state >> 27;
    const uint64_t r = state * 0x2545f4914f6cdd1dULL;
    std::swap(v[i - 1], v[r % i]);
  }
}

// The names of the training documents for which `use(index)` holds, each
// under its most frequent type, as gazetteer lines.
template <typename Use>
std::string seen_names(const std::vector<conll::Document>& docs, Use use) {
  std::map<std::string, std::array<int, 4>> votes;
  for (size_t d = 0; d < docs.size(); ++d) {
    if (!use(d)) continue;
    for (const auto& s : docs[d]) {
      const auto bio = conll::to_bio(s.tags);
      for (size_t i = 0; i < bio.size(); ++i) {
        const Tag t = parse_tag(bio[i]);
        if (!is_begin(t)) continue;
        std::string name = s.words[i];
        for (size_t j = i + 1; j < bio.size() && parse_tag(bio[j]) == inside_tag(type_index(t)); ++j) {
          name += ' ' + s.words[j];
        }
        ++votes[name][type_index(t)];
      }
    }
  }
  std::string out;
  for (const auto& [name, v] : votes) {
    const int type = static_cast<int>(std::max_element(v.begin(), v.end()) - v.begin());
    out += static_cast<char>('0' + kSeenPerson + type);
    out += '\t' + name + '\n';
  }
  return out;
}

// Replaces the ids of features seen fewer than `min_count` times in all of
// `examples` by kDroppedFeature: rare features mostly memorize, and each
// learned row costs model size.
void drop_rare(std::vector<Example>& examples, std::vector<uint32_t> Example::*ids, uint32_t mask, int min_count) {
  std::vector<uint32_t> counts(static_cast<size_t>(mask) + 1, 0);
  for (const auto& e : examples) {
    for (const uint32_t id : e.*ids) ++counts[id];
  }
  for (auto& e : examples) {
    for (uint32_t& id : e.*ids) {
      if (counts[id] < static_cast<uint32_t>(min_count)) id = kDroppedFeature;
    }
  }
}

FeatureRows rows_of(const Example& e, bool second) {
  return {e.first_ids.data(), second ? e.second_ids.data() : nullptr};
}

// Trains one pass on examples `use`, sentence by sentence in shuffled order.
// `after_epoch(model, epoch)` may report progress.
template <typename AfterEpoch>
Perceptron train_pass(const std::vector<Example>& examples, const std::vector<size_t>& use, bool second,
                      const Options& o, AfterEpoch after_epoch) {
  struct Unit {
    size_t example, begin, end;
  };
  std::vector<Unit> units;
  for (const size_t e : use) {
    const auto& starts = examples[e].doc.sentence_start;
    for (size_t s = 0; s + 1 < starts.size(); ++s) units.push_back({e, starts[s], starts[s + 1]});
  }
  AveragedPerceptron learner(o.bits);
  std::vector<size_t> order(units.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  uint64_t state = o.seed * 0x9e3779b97f4a7c15ULL + (second ? 7 : 3);
  for (int epoch = 1; epoch <= o.epochs; ++epoch) {
    shuffle(order, state);
    for (const size_t u : order) {
      const Unit& unit = units[u];
      const Example& ex = examples[unit.example];
      learner.learn(rows_of(ex, second), unit.begin, unit.end, ex.gold.data());
      learner.tick();
    }
    after_epoch(learner, epoch);
  }
  return learner.quantized(o.prune);
}

conll::Scores evaluate(const Model& model, const std::vector<conll::Document>& docs, bool first_pass_only = false) {
  conll::Scores scores;
  for (const auto& d : docs) {
    std::vector<std::string_view> words;
    std::vector<uint32_t> starts;
    for (const auto& s : d) {
      starts.push_back(static_cast<uint32_t>(words.size()));
      for (const auto& w : s.words) words.emplace_back(w);
    }
    const auto tags = tag_words(model, words, starts, first_pass_only);
    size_t k = 0;
    for (const auto& s : d) {
      std::vector<std::string> predicted;
      for (size_t i = 0; i < s.words.size(); ++i) predicted.emplace_back(tag_name(tags[k++]));
      conll::score(s.tags, predicted, scores);
    }
  }
  return scores;
}

Options parse(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::cerr << "lede-train: " << a << " needs a value\n";
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "-h" || a == "--help") {
      std::cout << kUsage;
      std::exit(0);
    } else if (a == "--train") {
      o.train = value();
    } else if (a == "--dev") {
      o.dev = value();
    } else if (a == "--gazetteers") {
      o.gazetteers = value();
    } else if (a == "--out") {
      o.out = value();
    } else if (a == "--epochs") {
      o.epochs = std::stoi(value());
    } else if (a == "--folds") {
      o.folds = std::stoi(value());
    } else if (a == "--bits") {
      o.bits = std::stoi(value());
    } else if (a == "--prune") {
      o.prune = std::stoi(value());
    } else if (a == "--min-count") {
      o.min_count = std::stoi(value());
    } else if (a == "--min-population") {
      o.min_population = std::stol(value());
    } else if (a == "--seed") {
      o.seed = std::stoull(value());
    } else if (a == "--verbose") {
      o.verbose = true;
    } else {
      std::cerr << "lede-train: unknown option " << a << "\n" << kUsage;
      std::exit(2);
    }
  }
  if (o.train.empty() || o.gazetteers.empty() || o.out.empty() || o.bits < 10 || o.bits > 24 || o.folds < 2) {
    std::cerr << kUsage;
    std::exit(2);
  }
  return o;
}

}  // namespace

int main(int argc, char** argv) {
  const Options o = parse(argc, argv);
  const auto start = std::chrono::steady_clock::now();
  auto log = [&](const std::string& message) {
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::fprintf(stderr, "[%6.1f s] %s\n", s, message.c_str());
  };
  const auto train_docs = conll::read(lede::tools::read_file(o.train, "lede-train"));
  const auto dev_docs =
      o.dev.empty() ? std::vector<conll::Document>{} : conll::read(lede::tools::read_file(o.dev, "lede-train"));
  // The shipped gazetteer knows every name of the training text. While
  // training, a document sees only the names of the other folds, so that
  // the tagger learns how often an unseen name turns up, as on new text.
  const std::string lists = gazetteer_lines(o, train_docs);
  auto fold_of = [&](size_t d) { return static_cast<int>(d % o.folds); };
  Model model;
  model.gazetteer_lines = lists + seen_names(train_docs, [](size_t) { return true; });
  model.gazetteer = Gazetteer(model.gazetteer_lines);
  const uint32_t mask = (1u << o.bits) - 1;
  std::vector<Example> examples(train_docs.size());
  for (int fold = 0; fold < o.folds; ++fold) {
    const Gazetteer others(lists + seen_names(train_docs, [&](size_t d) { return fold_of(d) != fold; }));
    for (size_t d = 0; d < train_docs.size(); ++d) {
      if (fold_of(d) == fold) examples[d] = make_example(train_docs[d], others, mask);
    }
  }
  drop_rare(examples, &Example::first_ids, mask, o.min_count);
  log("prepared " + std::to_string(examples.size()) + " documents");

  auto no_report = [](const AveragedPerceptron&, int) {};

  // The first pass's tags on the training data come from models that did
  // not see the document (jackknifing), so the second pass learns how far
  // to trust them on unseen text.
  for (int fold = 0; fold < o.folds; ++fold) {
    std::vector<size_t> use, held;
    for (size_t e = 0; e < examples.size(); ++e) (fold_of(e) == fold ? held : use).push_back(e);
    const Perceptron p = train_pass(examples, use, false, o, no_report);
    for (const size_t e : held) {
      examples[e].first_tags.resize(examples[e].doc.size());
      decode(p, examples[e].doc, rows_of(examples[e], false), examples[e].first_tags.data());
    }
    log("fold " + std::to_string(fold + 1) + " of " + std::to_string(o.folds));
  }
  std::vector<size_t> all(examples.size());
  for (size_t e = 0; e < all.size(); ++e) all[e] = e;
  model.first = train_pass(examples, all, false, o, [&](const AveragedPerceptron& learner, int epoch) {
    if (!o.verbose || dev_docs.empty()) return;
    Model view;
    view.gazetteer = model.gazetteer;
    view.first = learner.quantized(o.prune);
    log("first pass epoch " + std::to_string(epoch) + ": dev F1 " +
        std::to_string(conll::overall_f1(evaluate(view, dev_docs, true))));
  });
  log("first pass trained");
  for (auto& e : examples) {
    e.second_ids.resize(e.doc.size() * kSecondPassFeatures);
    second_pass_features(e.doc, e.first_tags.data(), mask, e.second_ids.data());
  }
  drop_rare(examples, &Example::second_ids, mask, o.min_count);
  model.second = train_pass(examples, all, true, o, [&](const AveragedPerceptron& learner, int epoch) {
    if (!o.verbose || dev_docs.empty()) return;
    Model view;
    view.gazetteer = model.gazetteer;
    view.first = model.first;
    view.second = learner.quantized(o.prune);
    log("second pass epoch " + std::to_string(epoch) + ": dev F1 " +
        std::to_string(conll::overall_f1(evaluate(view, dev_docs))));
  });
  log("second pass trained");

  const std::string blob = serialize(model);
  const auto loaded = parse_model(reinterpret_cast<const unsigned char*>(blob.data()), blob.size());
  if (!loaded) {
    std::cerr << "lede-train: the written model does not parse back\n";
    return 1;
  }
  std::ofstream out(o.out, std::ios::binary);
  out.write(blob.data(), static_cast<std::streamsize>(blob.size()));
  if (!out) {
    std::cerr << "lede-train: cannot write " << o.out << "\n";
    return 1;
  }
  log("wrote " + o.out + " (" + std::to_string(blob.size()) + " bytes)");
  if (!dev_docs.empty()) {
    std::cout << conll::report(evaluate(*loaded, dev_docs));
  }
  return 0;
}
