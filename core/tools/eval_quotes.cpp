// lede-eval_quotes: scores the quotes and structure stages against the
// hand-annotated articles in tests/quotes (*.ann, described in its README):
// quote P/R/F1 by quoted text, speaker accuracy by name, kind accuracy,
// boilerplate paragraph P/R/F1, and the share of analysis time the two stages
// take. A thin main over the core; `scripts/eval quotes` runs it.
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "entities/entities.hpp"
#include "lede/lede.hpp"
#include "quotes/quotes.hpp"
#include "structure/structure.hpp"
#include "text/document.hpp"
#include "files.hpp"

namespace fs = std::filesystem;

namespace {

struct Expected {
  std::string text;
  std::string kind;
  std::string speaker;  // a surname, or "-" when the quotation has no speaker
};

struct Article {
  std::string name;
  std::string text;
  std::vector<Expected> quotes;
  std::vector<std::string> boilerplate;  // paragraph texts
};

struct Counts {
  int tp = 0, predicted = 0, expected = 0;
  void add(int t, int p, int e) { tp += t, predicted += p, expected += e; }
  double precision() const { return predicted ? double(tp) / predicted : 1.0; }
  double recall() const { return expected ? double(tp) / expected : 1.0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1) {
    parts.push_back(line.substr(start, tab - start));
  }
  parts.push_back(line.substr(start));
  return parts;
}

// Quoted text compared without surrounding white space, punctuation and quote marks.
std::string trimmed(std::string_view s) {
  static const std::string_view kEdges[] = {" ", "\t", ".", ",", ";", ":", "!", "?", "\"", "'", "\xE2\x80\xA6",
                                            "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99",
                                            "\xC2\xAB", "\xC2\xBB"};
  for (bool changed = true; changed && !s.empty();) {
    changed = false;
    for (std::string_view e : kEdges) {
      if (s.size() >= e.size() && s.substr(0, e.size()) == e) s.remove_prefix(e.size()), changed = true;
      if (s.size() >= e.size() && s.substr(s.size() - e.size()) == e) s.remove_suffix(e.size()), changed = true;
    }
  }
  return std::string(s);
}

std::string lower(std::string s) {
  for (char& c : s) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  return s;
}

// The marks of an expected speaker lede misses today: a name the entity
// tagger does not find, a speaker attribution does not reach (README).
bool is_miss_mark(std::string_view mark) { return mark == "tagger-miss" || mark == "attribution-miss"; }

bool load(const fs::path& ann, const fs::path& shared, Article& a, std::string& error) {
  std::ifstream in(ann);
  std::string line, source;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.rfind("# source: ", 0) == 0) source = line.substr(10);
    if (line.empty() || line[0] == '#') continue;
    const auto parts = split_tabs(line);
    const bool known_miss = parts.size() == 5 && is_miss_mark(parts[4]);  // counted as any other (README)
    if (parts[0] == "quote" && (parts.size() == 4 || known_miss)) {
      a.quotes.push_back({parts[3], parts[1], parts[2]});
    } else if (parts[0] == "boilerplate" && parts.size() == 2) {
      a.boilerplate.push_back(parts[1]);
    } else {
      error = "bad line: " + line;
      return false;
    }
  }
  const fs::path path = source.rfind("seeds/", 0) == 0 ? shared / source : ann.parent_path() / source;
  if (source.empty() || !fs::exists(path)) {
    error = "source not found: " + path.string();
    return false;
  }
  a.name = ann.stem().string();
  a.text = lede::tools::read_file(path, "lede-eval_quotes");
  return true;
}

std::string speaker_name(const lede::Analysis& r, const lede::Quote& q, std::string_view text) {
  if (q.speaker >= 0) {
    for (const auto& e : r.entities) {
      if (e.id == q.speaker) return e.name;
    }
  }
  if (q.speaker_span) return std::string(text.substr(q.speaker_span->start, q.speaker_span->size()));
  return "-";
}

struct Totals {
  Counts quotes, boilerplate;
  int speakers_right = 0, attributable = 0, kinds_right = 0, spoken_for_none = 0;
};

void score(const Article& a, Totals& t, bool verbose) {
  lede::Options options;
  options.offsets = lede::OffsetUnit::utf8;
  const lede::Analysis r = lede::analyze(a.text, options);
  const std::string_view text = a.text;

  std::vector<bool> used(r.quotes.size(), false);
  int matched = 0;
  for (const Expected& e : a.quotes) {
    const std::string want = trimmed(e.text);
    size_t found = r.quotes.size();
    for (size_t i = 0; i < r.quotes.size() && found == r.quotes.size(); ++i) {
      if (!used[i] && trimmed(text.substr(r.quotes[i].span.start, r.quotes[i].span.size())) == want) found = i;
    }
    const bool attributable = e.speaker != "-";
    t.attributable += attributable;
    if (found == r.quotes.size()) {
      if (verbose) std::printf("  %s: missed quote [%s] %s\n", a.name.c_str(), e.kind.c_str(), want.c_str());
      continue;
    }
    used[found] = true;
    ++matched;
    const lede::Quote& q = r.quotes[found];
    const std::string who = speaker_name(r, q, text);
    t.kinds_right += lede::to_string(q.kind) == e.kind;
    if (verbose && lede::to_string(q.kind) != e.kind) {
      std::printf("  %s: kind %s, expected %s: %.60s\n", a.name.c_str(), std::string(lede::to_string(q.kind)).c_str(),
                  e.kind.c_str(), want.c_str());
    }
    if (!attributable) {
      t.spoken_for_none += who != "-";
      continue;
    }
    const bool right = lower(who).find(lower(e.speaker)) != std::string::npos;
    t.speakers_right += right;
    if (verbose && !right) {
      std::printf("  %s: speaker \"%s\", expected %s: %.60s\n", a.name.c_str(), who.c_str(), e.speaker.c_str(),
                  want.c_str());
    }
  }
  for (size_t i = 0; i < r.quotes.size(); ++i) {
    if (!used[i] && verbose) {
      std::printf("  %s: extra quote: %s\n", a.name.c_str(),
                  std::string(text.substr(r.quotes[i].span.start, r.quotes[i].span.size())).c_str());
    }
  }
  t.quotes.add(matched, static_cast<int>(r.quotes.size()), static_cast<int>(a.quotes.size()));

  std::vector<std::string> expected = a.boilerplate;
  int flagged = 0, right = 0;
  for (const auto& p : r.paragraphs) {
    if (!p.boilerplate()) continue;
    ++flagged;
    const std::string s(text.substr(p.span.start, p.span.size()));
    auto it = std::find(expected.begin(), expected.end(), s);
    if (it != expected.end()) {
      expected.erase(it);
      ++right;
    } else if (verbose) {
      std::printf("  %s: article paragraph flagged: %.70s\n", a.name.c_str(), s.c_str());
    }
  }
  if (verbose) {
    for (const auto& s : expected) std::printf("  %s: boilerplate missed: %.70s\n", a.name.c_str(), s.c_str());
  }
  t.boilerplate.add(right, flagged, static_cast<int>(a.boilerplate.size()));
}

// CPU seconds per run of f: thread CPU time, the least of a few rounds, so
// that other work on a busy machine does not count.
template <typename F>
double seconds_per_run(F&& f, int runs) {
  double best = 1e30;
  for (int round = 0; round < 5; ++round) {
    timespec start{}, end{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start);
    for (int i = 0; i < runs; ++i) f();
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end);
    best = std::min(best, (end.tv_sec - start.tv_sec) + (end.tv_nsec - start.tv_nsec) * 1e-9);
  }
  return best / runs;
}

// Time of structure + quotes over the whole analysis, summed over the articles.
double time_share(const std::vector<Article>& articles, int runs) {
  double whole = 0, stages = 0;
  volatile size_t sink = 0;  // keeps the optimizer from dropping the work
  for (const Article& a : articles) {
    whole += seconds_per_run([&] { sink = sink + lede::analyze(a.text).quotes.size(); }, runs);
    const lede::text::Document doc = lede::text::segment(a.text);
    const auto shape = lede::structure::analyze(doc);
    const auto named = lede::entities::recognize(doc, shape);
    stages += seconds_per_run(
        [&] {
          const auto s = lede::structure::analyze(doc);
          sink = sink + lede::quotes::find(doc, s, named).size();
        },
        runs);
  }
  return whole > 0 ? stages / whole : 0;
}

int usage(int code) {
  std::fprintf(code ? stderr : stdout,
               "Usage: lede-eval_quotes [-v] [--runs N] ANNOTATION_DIR SHARED_DIR\n"
               "  Scores quotes and boilerplate against ANNOTATION_DIR/*.ann; sources named\n"
               "  seeds/... are read from SHARED_DIR. -v lists every miss. --runs N timing runs (default 20).\n");
  return code;
}

}  // namespace

int main(int argc, char** argv) {
  bool verbose = false;
  int runs = 20;
  std::vector<std::string> dirs;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "-h" || arg == "--help") return usage(0);
    if (arg == "-v") {
      verbose = true;
    } else if (arg == "--runs" && i + 1 < argc) {
      runs = std::max(1, std::atoi(argv[++i]));
    } else {
      dirs.push_back(arg);
    }
  }
  if (dirs.size() != 2) return usage(2);
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dirs[0])) {
    if (entry.path().extension() == ".ann") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<Article> articles;
  Totals t;
  for (const fs::path& f : files) {
    Article a;
    std::string error;
    if (!load(f, dirs[1], a, error)) {
      std::fprintf(stderr, "%s: %s (skipped)\n", f.filename().string().c_str(), error.c_str());
      continue;
    }
    score(a, t, verbose);
    articles.push_back(std::move(a));
  }
  const int matched = t.quotes.tp;
  std::printf("articles: %zu\n", articles.size());
  std::printf("quotes: P %.3f R %.3f F1 %.3f (%d matched, %d predicted, %d expected)\n", t.quotes.precision(),
              t.quotes.recall(), t.quotes.f1(), matched, t.quotes.predicted, t.quotes.expected);
  std::printf("speakers: %.3f (%d of %d attributable quotes right; %d quotes without a speaker given one)\n",
              t.attributable ? double(t.speakers_right) / t.attributable : 1.0, t.speakers_right, t.attributable,
              t.spoken_for_none);
  std::printf("kinds: %.3f (%d of %d matched)\n", matched ? double(t.kinds_right) / matched : 1.0, t.kinds_right,
              matched);
  std::printf("boilerplate: P %.3f R %.3f F1 %.3f (%d article paragraphs flagged, %d missed)\n",
              t.boilerplate.precision(), t.boilerplate.recall(), t.boilerplate.f1(),
              t.boilerplate.predicted - t.boilerplate.tp, t.boilerplate.expected - t.boilerplate.tp);
  std::printf("time: quotes + structure take %.1f%% of analyze()\n", 100 * time_share(articles, runs));
  return 0;
}
