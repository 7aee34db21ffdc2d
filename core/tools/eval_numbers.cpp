// lede-eval_numbers: scores the numbers stage on Microsoft Recognizers-Text's
// English spec files (../shared/data/recognizers-specs) and prints the pass
// rate per file. A thin main: the analysis is the core's, this file only maps
// the specs' models onto lede's kinds and compares.
//
// A case passes when every expected result is found and nothing else of the
// file's kind is reported. Spans are compared in code points (the specs'
// Start/End are inclusive character offsets).
//
// How each spec model maps onto lede's output:
//   Number/NumberModel       every amount lede reports except in dates, times
//                            and ordinals: the amount's span ("2.7 billion" in
//                            "$2.7 billion", "3" in "3 years") and value (with
//                            its scale); amounts glued to a unit ("180ml") are
//                            not bare numbers. Exact span and value.
//   Number/OrdinalModel      kind ordinal; exact span and value. Cases whose
//                            values are relative positions ("next", "last":
//                            current+1, end+0) are skipped: lede does not
//                            report them by design.
//   Number/PercentModel      kind percent; exact span and value.
//   Number/NumberRangeModel  expressions with a `high` or a bounding modifier
//                            in `approx` ("more than" -> (v,), "up to" ->
//                            (,v]); overlapping span and the same bounds
//                            (open or closed ends are not compared).
//   NumberWithUnit/Currency  kind money; exact span; value in the main unit
//                            (the spec's 50 "Cent" is lede's 0.5 USD).
//   NumberWithUnit/Dimension kind quantity, units other than temperatures,
//                            ages and points (of a score or an index, which
//                            the spec's units do not name: its "plummeted 190
//                            points" expects nothing); exact span and value.
//   NumberWithUnit/Temperature  kind quantity with unit °C, °F or °.
//   NumberWithUnit/Age       kind quantity with a time unit (year, month...).
//   DateTime/DateTimeModel   kinds date, time and duration; overlapping span.
//   DateTime/DurationExtractor  kind duration; overlapping span.
// Expected results without a value (a bare unit: "dollar", "fahrenheit") are
// not numbers in lede's contract and are left out. Cases marked NotSupported
// or NotSupportedByDesign for "dotnet" (the reference implementation) are
// skipped; the other platforms' marks are ignored, since lede is none of them.
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "entities/entities.hpp"
#include "lede/lede.hpp"
#include "numbers/lexicon.hpp"
#include "numbers/numbers.hpp"
#include "structure/structure.hpp"
#include "text/document.hpp"
#include "text/utf8.hpp"
#include "files.hpp"

namespace fs = std::filesystem;
using json = nlohmann::json;

namespace {

constexpr const char* kUsage = R"(Usage: lede-eval_numbers [-v] [--only NAME] [SPEC_DIR]
       lede-eval_numbers --time FILE...
Scores the numbers stage on the Recognizers-Text English spec files under SPEC_DIR
(default ../shared/data/recognizers-specs) and prints the pass rate per file.
  -v           print each failing case: input, expected and reported spans
  --only NAME  only files whose path contains NAME
  --time       instead, time the numbers stage against the whole analysis on the
               FILEs (repeated to about 3 MB; the best of 5 runs of each)
)";

enum class Model { number, ordinal, percent, range, currency, dimension, temperature, age, datetime, duration };

struct Item {
  uint32_t start = 0, end = 0;  // code points, [start, end)
  std::optional<double> low, high;
  std::string text;
};

std::optional<Model> model_of(const std::string& name) {
  if (name == "NumberModel") return Model::number;
  if (name == "OrdinalModel") return Model::ordinal;
  if (name == "PercentModel") return Model::percent;
  if (name == "NumberRangeModel") return Model::range;
  if (name == "CurrencyModel") return Model::currency;
  if (name == "DimensionModel") return Model::dimension;
  if (name == "TemperatureModel") return Model::temperature;
  if (name == "AgeModel") return Model::age;
  if (name == "DateTimeModel") return Model::datetime;
  if (name == "DurationExtractor") return Model::duration;
  return std::nullopt;
}

bool overlap_model(Model m) { return m == Model::range || m == Model::datetime || m == Model::duration; }

// Code point index of every byte boundary we need.
uint32_t code_points(std::string_view text, uint32_t byte) {
  uint32_t n = 0;
  for (uint32_t i = 0; i < byte && i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++n;
  }
  return n;
}

std::optional<double> to_double(const json& v) {
  if (v.is_number()) return v.get<double>();
  if (!v.is_string()) return std::nullopt;
  std::string s = v.get<std::string>();
  if (!s.empty() && s.back() == '%') s.pop_back();
  char* end = nullptr;
  const double d = std::strtod(s.c_str(), &end);
  if (s.empty() || end != s.c_str() + s.size()) return std::nullopt;
  return d;
}

bool is_temperature(std::string_view unit) { return unit == "°C" || unit == "°F" || unit == "°"; }
bool is_time_unit(std::string_view unit) {
  return unit == "year" || unit == "month" || unit == "week" || unit == "day" || unit == "hour";
}

// Which side an `approx` bounds: the lexicon's modifiers, plus the trailing
// "or more" / "or less" the grammar writes after an amount.
lede::numbers::lexicon::Bound bound_of(std::string_view approx) {
  using B = lede::numbers::lexicon::Bound;
  if (approx == "or more") return B::lower;
  if (approx == "or less") return B::upper;
  const auto* m = lede::numbers::lexicon::modifier(approx);
  return m ? m->bound : B::none;
}

// What lede reports, seen through the spec model's eyes.
std::vector<Item> reported(Model model, std::string_view text, const std::vector<lede::numbers::Found>& found) {
  std::vector<Item> items;
  for (const auto& f : found) {
    const lede::Number& n = f.number;
    using K = lede::NumberKind;
    Item it;
    it.start = code_points(text, n.span.start);
    it.end = code_points(text, n.span.end);
    it.low = n.value;
    it.high = n.high;
    it.text = std::string(text.substr(n.span.start, n.span.size()));
    bool keep = false;
    switch (model) {
      case Model::number:
        keep = n.kind != K::date && n.kind != K::time && n.kind != K::ordinal && !f.amount.empty() &&
               !f.amount_glued;
        it.start = code_points(text, f.amount.start);
        it.end = code_points(text, f.amount.end);
        it.low = f.amount_value;
        it.text = std::string(text.substr(f.amount.start, f.amount.size()));
        break;
      case Model::ordinal: keep = n.kind == K::ordinal; break;
      case Model::percent: keep = n.kind == K::percent; break;
      case Model::range:
        using B = lede::numbers::lexicon::Bound;
        if (n.high) {
          keep = true;
        } else if (bound_of(n.approx) == B::lower) {
          keep = true;
          it.high.reset();
        } else if (bound_of(n.approx) == B::upper) {
          keep = true;
          it.high = it.low;
          it.low.reset();
        } else if (bound_of(n.approx) == B::exact) {
          keep = true;
          it.high = it.low;
        }
        break;
      case Model::currency: keep = n.kind == K::money; break;
      case Model::dimension:
        keep = n.kind == K::quantity && !is_temperature(n.unit) && !is_time_unit(n.unit) && n.unit != "point";
        break;
      case Model::temperature: keep = n.kind == K::quantity && is_temperature(n.unit); break;
      case Model::age: keep = n.kind == K::quantity && is_time_unit(n.unit); break;
      case Model::datetime: keep = n.kind == K::date || n.kind == K::time || n.kind == K::duration; break;
      case Model::duration: keep = n.kind == K::duration; break;
    }
    if (keep) items.push_back(std::move(it));
  }
  return items;
}

// "(20,35]" -> 20, 35; "[500,)" -> 500, none.
void parse_interval(const std::string& s, Item& it) {
  const size_t comma = s.find(',');
  if (s.size() < 3 || comma == std::string::npos) return;
  const std::string lo = s.substr(1, comma - 1), hi = s.substr(comma + 1, s.size() - comma - 2);
  if (!lo.empty()) it.low = std::strtod(lo.c_str(), nullptr);
  if (!hi.empty()) it.high = std::strtod(hi.c_str(), nullptr);
}

// The expected results, or nullopt when the case is skipped by design.
std::optional<std::vector<Item>> expected(Model model, const json& results) {
  std::vector<Item> items;
  for (const auto& r : results) {
    Item it;
    it.start = r.value("Start", 0u);
    // Extractor specs give Start and Length instead of an inclusive End.
    it.end = r.contains("Length") ? it.start + r.value("Length", 0u) : r.value("End", 0u) + 1;
    it.text = r.value("Text", "");
    const json res = r.contains("Resolution") && r["Resolution"].is_object() ? r["Resolution"] : json::object();
    const json value = res.contains("value") ? res["value"] : json(nullptr);
    if (model == Model::ordinal && value.is_string() &&
        (value.get<std::string>().find("current") != std::string::npos ||
         value.get<std::string>().find("end") != std::string::npos)) {
      return std::nullopt;
    }
    if (model == Model::range) {
      if (value.is_string()) parse_interval(value.get<std::string>(), it);
    } else if (!overlap_model(model)) {
      it.low = to_double(value);
      if (!it.low) continue;  // a bare unit or word: not a number in lede's contract
      const std::string unit = res.value("unit", "");
      if (model == Model::currency && (unit == "Cent" || unit == "Pence" || unit == "Penny")) *it.low *= 0.01;
    }
    items.push_back(std::move(it));
  }
  return items;
}

bool same_value(const std::optional<double>& a, const std::optional<double>& b) {
  if (!a || !b) return !a && !b;
  return std::fabs(*a - *b) <= 1e-6 * std::max(1.0, std::fabs(*b));
}

bool matches(Model model, const Item& got, const Item& want) {
  if (overlap_model(model)) {
    const bool overlap = got.start < want.end && want.start < got.end;
    if (model != Model::range) return overlap;
    return overlap && same_value(got.low, want.low) && same_value(got.high, want.high);
  }
  return got.start == want.start && got.end == want.end && same_value(got.low, want.low);
}

bool passes(Model model, const std::vector<Item>& got, const std::vector<Item>& want) {
  for (const auto& w : want) {
    bool found = false;
    for (const auto& g : got) found = found || matches(model, g, w);
    if (!found) return false;
  }
  for (const auto& g : got) {
    bool wanted = false;
    for (const auto& w : want) wanted = wanted || matches(model, g, w);
    if (!wanted) return false;
  }
  return true;
}

bool skipped_for_dotnet(const json& c) {
  for (const char* key : {"NotSupported", "NotSupportedByDesign"}) {
    if (c.contains(key) && c[key].is_string() && c[key].get<std::string>().find("dotnet") != std::string::npos) {
      return true;
    }
  }
  return false;
}

std::string describe(const std::vector<Item>& items) {
  std::ostringstream s;
  for (const auto& it : items) {
    s << " [" << it.start << "," << it.end << ") \"" << it.text << "\"";
    if (it.low) s << " " << *it.low;
    if (it.high) s << ".." << *it.high;
    s << ";";
  }
  return s.str();
}

struct Score {
  int passed = 0, total = 0, skipped_dotnet = 0, skipped_design = 0;
};

Score run_file(const fs::path& path, Model model, bool verbose) {
  Score score;
  json cases;
  try {
    cases = json::parse(lede::tools::read_file(path, "lede-eval_numbers"));
  } catch (const std::exception& e) {
    std::cerr << path << ": " << e.what() << "\n";
    return score;
  }
  for (const auto& c : cases) {
    if (skipped_for_dotnet(c)) {
      ++score.skipped_dotnet;
      continue;
    }
    auto want = expected(model, c.value("Results", json::array()));
    if (!want) {
      ++score.skipped_design;
      continue;
    }
    const std::string input = c.value("Input", "");
    lede::Options options;
    if (c.contains("Context") && c["Context"].contains("ReferenceDateTime")) {
      options.reference_date = c["Context"]["ReferenceDateTime"].get<std::string>().substr(0, 10);
    }
    const lede::text::Document doc = lede::text::segment(input);
    const auto shape = lede::structure::analyze(doc);
    const auto named = lede::entities::recognize(doc, shape);
    const auto got = reported(model, input, lede::numbers::find_detailed(doc, named, options));
    ++score.total;
    if (passes(model, got, *want)) {
      ++score.passed;
    } else if (verbose) {
      std::cout << "  FAIL " << json(input).dump() << "\n    want:" << describe(*want) << "\n    got: "
                << describe(got) << "\n";
    }
  }
  return score;
}

// The numbers stage's share of analyze() on the given files.
int time_stage(const std::vector<std::string>& files) {
  std::string one;
  for (const auto& f : files) one += lede::tools::read_file(f, "lede-eval_numbers") + "\n\n";
  if (one.size() < 3) return 1;
  std::string text;
  while (text.size() < (3u << 20)) text += one;
  lede::Options options;
  options.reference_date = "2024-06-01";
  using Clock = std::chrono::steady_clock;
  double whole = 1e30, stage = 1e30;
  size_t count = 0;
  for (int run = 0; run < 5; ++run) {
    const auto t0 = Clock::now();
    count = lede::analyze(text, options).numbers.size();
    const auto t1 = Clock::now();
    const auto doc = lede::text::segment(text);
    const auto named = lede::entities::recognize(doc, lede::structure::analyze(doc));
    const auto t2 = Clock::now();
    count += lede::numbers::find(doc, named, options).size();
    const auto t3 = Clock::now();
    whole = std::min(whole, std::chrono::duration<double>(t1 - t0).count());
    stage = std::min(stage, std::chrono::duration<double>(t3 - t2).count());
  }
  std::printf("%zu bytes, %zu numbers: analyze %.1f ms, numbers stage %.1f ms (%.1f%% of the analysis)\n",
              text.size(), count / 2, whole * 1e3, stage * 1e3, 100 * stage / whole);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  bool verbose = false;
  std::string only;
  fs::path dir = "../shared/data/recognizers-specs";
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "-h" || arg == "--help") {
      std::cout << kUsage;
      return 0;
    } else if (arg == "-v") {
      verbose = true;
    } else if (arg == "--time") {
      return time_stage(std::vector<std::string>(argv + i + 1, argv + argc));
    } else if (arg == "--only" && i + 1 < argc) {
      only = argv[++i];
    } else {
      dir = arg;
    }
  }
  if (!fs::exists(dir)) {
    std::cerr << "lede-eval_numbers: no spec directory " << dir << "\n";
    return 1;
  }
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.path().extension() == ".json") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  std::printf("%-36s %7s %7s %8s  %s\n", "file", "passed", "cases", "rate", "skipped (dotnet-unsupported, by design)");
  for (const auto& path : files) {
    const std::string rel = fs::relative(path, dir).string();
    if (!only.empty() && rel.find(only) == std::string::npos) continue;
    const auto model = model_of(path.stem().string());
    if (!model) continue;
    if (verbose) std::cout << rel << "\n";
    const Score s = run_file(path, *model, verbose);
    std::printf("%-36s %7d %7d %7.1f%%  %d, %d\n", rel.c_str(), s.passed, s.total,
                s.total ? 100.0 * s.passed / s.total : 0.0, s.skipped_dotnet, s.skipped_design);
  }
  return 0;
}
