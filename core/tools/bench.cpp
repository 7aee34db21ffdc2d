// lede-bench: native throughput and memory of the whole analysis.
//
//   lede-bench CORPUS.jsonl    analyze_to_json() over every article of a JSONL
//                              corpus ({"id","text"} a line, as scripts/bench
//                              builds it): a warm-up, then the median of --runs
//   lede-bench --hostile       hostile inputs at sizes n, 2n, 4n: time, slope
//                              (µs per KB) and peak heap against input size
//
// Memory is counted by replacing global operator new/delete in this tool
// only: the peak of bytes the analysis holds above what was allocated before
// it started, exact and independent of the allocator's caching. The process
// peak RSS (getrusage) is reported too. A thin main: all analysis is in core/.
#include <malloc.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iostream>
#include <new>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "lede/lede.hpp"
#include "text/document.hpp"

// --- heap accounting ----------------------------------------------------------
namespace {
bool g_counting = false;  // off while timing: the accounting costs a few percent
// Bytes allocated through operator new since counting began, less those
// freed: below zero when memory from before is freed (the tagger keeps its
// buffers from one analysis to the next).
int64_t g_heap_now = 0;
int64_t g_heap_peak = 0;  // high-water mark while counting

void* counted_alloc(size_t size) {
  void* p = std::malloc(size ? size : 1);
  if (!p) throw std::bad_alloc();
  if (!g_counting) return p;
  g_heap_now += static_cast<int64_t>(malloc_usable_size(p));
  g_heap_peak = std::max(g_heap_peak, g_heap_now);
  return p;
}

void counted_free(void* p) {
  if (!p) return;
  if (g_counting) g_heap_now -= static_cast<int64_t>(malloc_usable_size(p));
  std::free(p);
}


// Heap peak above the current level while `work` runs, counted in an untimed
// pass.
template <typename Work>
size_t heap_peak_of(Work work) {
  g_counting = true;
  g_heap_now = g_heap_peak = 0;
  work();
  g_counting = false;
  return static_cast<size_t>(g_heap_peak);
}
}  // namespace

void* operator new(size_t size) { return counted_alloc(size); }
void* operator new[](size_t size) { return counted_alloc(size); }
void operator delete(void* p) noexcept { counted_free(p); }
void operator delete[](void* p) noexcept { counted_free(p); }
void operator delete(void* p, size_t) noexcept { counted_free(p); }
void operator delete[](void* p, size_t) noexcept { counted_free(p); }

namespace {

constexpr const char* kUsage = R"(Usage:
  lede-bench [--runs N] [--reference-date DATE] [--json FILE] CORPUS.jsonl
      whole analysis (analyze + JSON, UTF-16 offsets) of each article; a warm-up
      run, then the median of N runs (default 5): MB/s, tokens/s, peak memory;
      relative dates resolved against DATE (YYYY-MM-DD), as the page gives one
  lede-bench --hostile [--mb N] [--json FILE]
      hostile inputs at N, 2N and 4N MB (default N=1): time, slope in µs per KB,
      and as multiples of the input size: the peak heap of analyze(), the peak
      of analyze_to_json() (which holds its answer too) and the JSON's size
)";

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

double peak_rss_mb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;  // Linux reports KB
}

// Keeps the optimizer from dropping work whose result is unused.
size_t g_sink = 0;

std::vector<std::string> read_corpus(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "lede-bench: cannot open '" << path << "'\n";
    std::exit(1);
  }
  std::vector<std::string> texts;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    auto record = nlohmann::json::parse(line, nullptr, false);
    if (record.is_object() && record.contains("text") && record["text"].is_string()) {
      texts.push_back(record["text"].get<std::string>());
    }
  }
  return texts;
}

int corpus_bench(const std::string& path, int runs, const lede::Options& options, const std::string& json_path) {
  const std::vector<std::string> texts = read_corpus(path);
  size_t bytes = 0, tokens = 0;
  std::vector<size_t> article_tokens;
  for (const auto& t : texts) {
    bytes += t.size();
    article_tokens.push_back(lede::text::segment(t).tokens.size());
    tokens += article_tokens.back();
  }

  // Article by article, as a user or a batch sees them.
  // CPU seconds too: on a shared machine wall time also counts the time
  // other processes held the core.
  std::vector<double> times, cpu_times;
  for (int run = 0; run <= runs; ++run) {
    const auto start = Clock::now();
    const std::clock_t cpu_start = std::clock();
    for (const auto& t : texts) g_sink += lede::analyze_to_json(t, options).size();
    if (run > 0) {  // run 0 warms up
      times.push_back(seconds_since(start));
      cpu_times.push_back(double(std::clock() - cpu_start) / CLOCKS_PER_SEC);
    }
  }
  const double per_article = median(times), per_article_cpu = median(cpu_times);
  size_t heap_peak = 0;
  for (const auto& t : texts) {
    heap_peak = std::max(heap_peak, heap_peak_of([&] { g_sink += lede::analyze_to_json(t, options).size(); }));
  }
  const double heap_peak_mb = heap_peak / 1e6;

  // The same bytes as one text: the linear-time claim on real prose.
  std::string joined;
  for (const auto& t : texts) joined.append(t).append("\n\n");
  std::vector<double> whole_times;
  for (int run = 0; run <= std::min(runs, 3); ++run) {
    const auto start = Clock::now();
    g_sink += lede::analyze_to_json(joined, options).size();
    if (run > 0) whole_times.push_back(seconds_since(start));
  }
  const double whole = median(whole_times);

  const double mb = bytes / 1e6;
  std::printf("native   %zu articles, %.2f MB, %zu tokens\n", texts.size(), mb, tokens);
  std::printf("native   per article: %7.2f MB/s %12.0f tokens/s  (median of %d: %.3f s)\n", mb / per_article,
              tokens / per_article, runs, per_article);
  std::printf("native   per article: %7.2f MB per CPU second\n", mb / per_article_cpu);
  std::printf("native   one text:    %7.2f MB/s %12.0f tokens/s  (median of %zu: %.3f s)\n", mb / whole,
              tokens / whole, whole_times.size(), whole);
  std::printf("native   peak RSS %.1f MB (corpus held twice), analysis heap peak %.2f MB per article\n",
              peak_rss_mb(), heap_peak_mb);

  nlohmann::ordered_json out = {
      {"articles", texts.size()},
      {"bytes", bytes},
      {"tokens", tokens},
      {"runs", runs},
      {"referenceDate", options.reference_date},
      {"seconds", times},
      {"medianSeconds", per_article},
      {"mbPerSecond", mb / per_article},
      {"tokensPerSecond", tokens / per_article},
      {"cpuSeconds", cpu_times},
      {"mbPerCpuSecond", mb / per_article_cpu},
      {"oneText", {{"medianSeconds", whole}, {"mbPerSecond", mb / whole}, {"tokensPerSecond", tokens / whole}}},
      {"peakRssMB", peak_rss_mb()},
      {"analysisHeapPeakMB", heap_peak_mb},
      {"articleTokens", article_tokens},
  };
  if (!json_path.empty()) std::ofstream(json_path) << out.dump(1) << "\n";
  return 0;
}

// --- hostile inputs ------------------------------------------------------------

std::string repeat(std::string_view piece, size_t bytes) {
  std::string s;
  s.reserve(bytes + piece.size());
  while (s.size() < bytes) s.append(piece);
  return s;
}

std::string nested_quotes(size_t bytes) {
  std::string s;
  while (s.size() < bytes / 2) s.append("\xE2\x80\x9C" "a ");
  while (s.size() < bytes) s.append("b\xE2\x80\x9D");
  return s;
}

// Lower-case words, every one different: word k is k in base 26 ('a' = 0,
// lowest digit first), padded with 'a' to min_letters + k % (max_letters -
// min_letters + 1) letters. Each is a word form of its own, which the
// tagger describes but, lower-case, hardly ever scores. (Four letters make
// 26^4 = 456,976 forms, 2.3 MB: the 4 MB input's later words have five.)
std::string distinct_words(size_t bytes, size_t min_letters, size_t max_letters) {
  std::string s;
  s.reserve(bytes + max_letters + 8);
  for (uint64_t k = 0; s.size() < bytes; ++k) {
    const size_t letters = min_letters + k % (max_letters - min_letters + 1);
    const size_t start = s.size();
    for (uint64_t v = k; v != 0 || s.size() - start < letters; v /= 26) s.push_back(static_cast<char>('a' + v % 26));
    s.push_back(' ');
  }
  return s;
}

// A text of `bytes` bytes naming a different person in each sentence, by a
// full name and then a title and surname, with a school and a place: the
// rules that compare a name with the text's other names ("Ms Anand" after
// "Priya Anand") must stay linear in the names.
std::string distinct_names(size_t bytes) {
  std::string s;
  s.reserve(bytes + 160);
  for (uint64_t k = 0; s.size() < bytes; ++k) {
    std::string surname = "Q";
    for (uint64_t v = k; v != 0 || surname.size() < 6; v /= 26) surname.push_back(static_cast<char>('a' + v % 26));
    s += "Labour's Priya " + surname + " won. Ms " + surname + " said the graduate from Point " + surname +
         " Bay told Amazon's shares. ";
    if (k % 10 == 9) s += "\n\n";
  }
  return s;
}

int hostile_bench(size_t mb, const std::string& json_path) {
  const std::vector<std::pair<std::string, std::function<std::string(size_t)>>> shapes = {
      {"prose, one paragraph",
       [](size_t n) { return repeat("Mr. Smith told Reuters on Jan. 5 that the U.S. would pay $2.7 billion. ", n); }},
      {"prose, a paragraph a line", [](size_t n) { return repeat("The minister said \xE2\x80\x9Cno\xE2\x80\x9D.\n", n); }},
      {"no spaces or newlines", [](size_t n) { return repeat("ab.cd-ef,gh'ij\"kl", n); }},
      {"quote marks", [](size_t n) { return repeat("\"\xE2\x80\x9C\xE2\x80\x9D'\xE2\x80\x99\xC2\xAB\xC2\xBB", n); }},
      {"digits", [](size_t n) { return std::string(n, '7'); }},
      {"nested quotes", nested_quotes},
      {"NUL bytes", [](size_t n) { return std::string(n, '\0'); }},
      {"invalid UTF-8", [](size_t n) { return repeat("\xFF\xE2\x82\xC0\xED\xA0\x80", n); }},
      {"HTML page",
       [](size_t n) {
         return repeat("<p class=\"x\">Mr. Smith said &ldquo;yes&rdquo; in <a href=\"/y\">Paris</a>.</p>\n"
                       "<script>var s = \"\xE2\x80\x9C\";</script><!-- ad -->\n", n);
       }},
      {"HTML, unclosed markup", [](size_t n) { return repeat("<html><script><p <!-- &amp;&#x201C;&", n); }},
      {"HTML, a tag every few bytes", [](size_t n) { return repeat("<b>x</b><a x=\"<i y='", n); }},
      {"Markdown article",
       [](size_t n) {
         return repeat("# Mr. Smith in Paris\n\n> \"Yes,\" said **[Jane Roe](https://e.com/jr)** on *Monday*.\n"
                       "- $5 million `code` \\* ![x](/y.png)\n",
                       n);
       }},
      {"names, all different, with titles", distinct_names},
      {"transcript, a label a line", [](size_t n) { return repeat("Mary Smith: Zorblat went home.\n\n", n); }},
      {"picture credits and captions", [](size_t n) { return repeat("Reuters\n\nA caption under a picture\n\n", n); }},
      {"a PDF's words cut at every line end",
       [](size_t n) { return repeat("The minister told the committee that the package an-\nnounced ", n); }},
      {"Markdown, a mark every few bytes", [](size_t n) { return repeat("**[a](http://x)*_[`![<http>\\#](", n); }},
      {"four-letter words, all different", [](size_t n) { return distinct_words(n, 4, 4); }},
      {"words of 3-9 letters, all different", [](size_t n) { return distinct_words(n, 3, 9); }},
  };
  const lede::Options options;
  nlohmann::ordered_json results = nlohmann::ordered_json::array();
  // Two peaks: analyze() alone (the working memory of the analysis), and
  // analyze_to_json(), which also holds the JSON it returns; the JSON's own
  // size is shown too, since a text dense in names or numbers makes an
  // answer several times its size.
  std::printf("%-36s %8s %8s %8s %12s %10s %10s %10s\n", "input", "n ms", "2n ms", "4n ms", "slope us/KB",
              "analysis", "with JSON", "JSON");
  for (const auto& [name, make] : shapes) {
    nlohmann::ordered_json row = {{"input", name}};
    double ms[3], analysis_ratio = 0, total_ratio = 0, json_ratio = 0;
    for (int k = 0; k < 3; ++k) {
      const size_t size = (mb << 20) << k;
      const std::string input = make(size);
      double best = 1e9;
      for (int run = 0; run < 3; ++run) {  // fastest of 3: filters out a shared machine's noise
        const auto start = Clock::now();
        g_sink += lede::analyze_to_json(input, options).size();
        best = std::min(best, seconds_since(start));
      }
      const size_t analysis = heap_peak_of([&] { g_sink += lede::analyze(input, options).mentions.size(); });
      size_t json_size = 0;
      const size_t total = heap_peak_of([&] { json_size = lede::analyze_to_json(input, options).size(); });
      analysis_ratio = std::max(analysis_ratio, double(analysis) / input.size());
      total_ratio = std::max(total_ratio, double(total) / input.size());
      json_ratio = std::max(json_ratio, double(json_size) / input.size());
      ms[k] = best * 1e3;
      row["sizes"].push_back({{"bytes", input.size()}, {"ms", ms[k]}});
    }
    // Least-squares slope through (n, t), (2n, t2), (4n, t4) in µs per KB.
    const double x[3] = {1.0 * (mb << 10), 2.0 * (mb << 10), 4.0 * (mb << 10)};  // KB
    const double mx = (x[0] + x[1] + x[2]) / 3, my = (ms[0] + ms[1] + ms[2]) / 3;
    double sxy = 0, sxx = 0;
    for (int k = 0; k < 3; ++k) sxy += (x[k] - mx) * (ms[k] - my), sxx += (x[k] - mx) * (x[k] - mx);
    const double slope_us_per_kb = sxy / sxx * 1e3;
    row["slopeMicrosecondsPerKB"] = slope_us_per_kb;
    row["ratio4nTo_n"] = ms[2] / ms[0];
    row["analysisPeakHeapOverInput"] = analysis_ratio;
    row["peakHeapWithJsonOverInput"] = total_ratio;
    row["jsonOverInput"] = json_ratio;
    std::printf("%-36s %8.1f %8.1f %8.1f %12.2f %9.2fx %9.2fx %9.2fx\n", name.c_str(), ms[0], ms[1], ms[2],
                slope_us_per_kb, analysis_ratio, total_ratio, json_ratio);
    results.push_back(row);
  }
  std::printf("peak RSS of the process: %.1f MB (largest input %zu MB)\n", peak_rss_mb(), mb * 4);
  if (!json_path.empty()) {
    std::ofstream(json_path) << nlohmann::ordered_json{{"baseMB", mb}, {"inputs", results}, {"peakRssMB", peak_rss_mb()}}
                                    .dump(1)
                             << "\n";
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  bool hostile = false;
  int runs = 5;
  size_t mb = 1;
  std::string json_path, corpus;
  lede::Options options;  // UTF-16 offsets, as the page asks for
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::cerr << kUsage;
        std::exit(2);
      }
      return argv[++i];
    };
    if (arg == "-h" || arg == "--help") {
      std::cout << kUsage;
      return 0;
    } else if (arg == "--hostile") {
      hostile = true;
    } else if (arg == "--runs") {
      runs = std::max(1, std::atoi(value().c_str()));
    } else if (arg == "--mb") {
      mb = std::max(1, std::atoi(value().c_str()));
    } else if (arg == "--reference-date") {
      options.reference_date = value();
      if (!lede::is_reference_date(options.reference_date)) {
        std::cerr << "lede-bench: --reference-date takes a date, YYYY-MM-DD\n";
        return 2;
      }
    } else if (arg == "--json") {
      json_path = value();
    } else if (corpus.empty() && arg[0] != '-') {
      corpus = arg;
    } else {
      std::cerr << "lede-bench: unknown argument '" << arg << "'\n" << kUsage;
      return 2;
    }
  }
  if (hostile) return hostile_bench(mb, json_path);
  if (corpus.empty()) {
    std::cerr << kUsage;
    return 2;
  }
  const int status = corpus_bench(corpus, runs, options, json_path);
  return g_sink == 0 ? status + 0 : status;
}
