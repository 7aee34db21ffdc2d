// The `lede` command: a thin main over the core. Parses arguments, reads
// files or stdin, prints JSON. All analysis lives in core/.
#include <cerrno>
#include <cstdlib>
#include <cstdio>
#include <cstring>
#include <stdio.h>  // getline (POSIX)
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "entities/entities.hpp"
#include "lede/lede.hpp"
#include "text/document.hpp"
#include "text/markup.hpp"

namespace {

constexpr const char* kUsage = R"(lede — find the names, numbers and quotations in a news article.

Usage:
  lede [options] [FILE ...]       analyze each FILE (stdin when none); prints the JSON analysis
  lede --jsonl [options] [FILE ...]
                                  batch mode: each input line {"id", "text"} is answered with
                                  one line {"id", ...analysis}, or {"id", "error"} for a bad line;
                                  a line's "referenceDate" replaces --reference-date for it
  lede conll [FILE ...]           tag pre-tokenized CoNLL input (documents split at -DOCSTART-):
                                  each token line gets one more column, the predicted BIO tag
  lede segment [FILE ...]         show the paragraphs, sentences and tokens the analysis sees
                                  (one sentence a line, tokens between spaces, a blank line
                                  between paragraphs)

Options:
  --offsets UNIT            span unit: utf16 (default, as JavaScript indexes strings),
                            utf8 (bytes) or codepoint
  --reference-date DATE     YYYY-MM-DD that relative dates ("last year") resolve against
  --pretty                  indent the JSON (of one FILE or stdin)
  -h, --help                show this help
  --version                 show the version

With several FILEs, each analysis is printed on a line of its own with a "file" field.
Exit status: 0 on success, 1 when a file cannot be read, 2 on a usage error.
)";

struct Arguments {
  std::string command;  // "", "jsonl", "conll", "segment"
  lede::Options options;
  bool pretty = false;
  std::vector<std::string> files;
};

[[noreturn]] void usage_error(const std::string& message) {
  std::cerr << "lede: " << message << "\nTry 'lede --help'.\n";
  std::exit(2);
}

Arguments parse_arguments(int argc, char** argv) {
  Arguments args;
  int i = 1;
  if (i < argc && (std::string(argv[i]) == "conll" || std::string(argv[i]) == "segment")) args.command = argv[i++];
  for (; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) usage_error(arg + " needs a value");
      return argv[++i];
    };
    if (arg == "-h" || arg == "--help") {
      std::cout << kUsage;
      std::exit(0);
    } else if (arg == "--version") {
      std::cout << "lede " << lede::version() << "\n";
      std::exit(0);
    } else if (arg == "--pretty") {
      args.pretty = true;
    } else if (arg == "--jsonl") {
      if (!args.command.empty()) usage_error("--jsonl cannot be combined with " + args.command);
      args.command = "jsonl";
    } else if (arg == "--offsets") {
      const std::string unit = value();
      const auto parsed = lede::parse_offset_unit(unit);
      if (!parsed) usage_error("unknown offset unit '" + unit + "' (use utf16, utf8 or codepoint)");
      args.options.offsets = *parsed;
    } else if (arg == "--reference-date") {
      args.options.reference_date = value();
      if (!lede::is_reference_date(args.options.reference_date)) usage_error("--reference-date takes a date, YYYY-MM-DD");
    } else if (arg == "-") {
      args.files.push_back(arg);
    } else if (arg.size() > 1 && arg[0] == '-') {
      usage_error("unknown option '" + arg + "'");
    } else {
      args.files.push_back(arg);
    }
  }
  // Each answer of --jsonl and of several files is one line, and conll and
  // segment print no JSON: an indent there would be ignored, so say so.
  if (args.pretty && !args.command.empty()) {
    usage_error("--pretty cannot be combined with " + (args.command == "jsonl" ? "--jsonl" : args.command));
  }
  if (args.pretty && args.files.size() > 1) usage_error("--pretty takes one FILE: with several, each analysis is one line");
  return args;
}

// Reads a whole file ("-" is stdin) as bytes; nullopt with a message on failure.
std::optional<std::string> read_file(const std::string& path) {
  FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (!f) {
    std::cerr << "lede: cannot open '" << path << "': " << std::strerror(errno) << "\n";
    return std::nullopt;
  }
  std::string data;
  char buffer[1 << 16];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) data.append(buffer, n);
  const bool failed = std::ferror(f);
  const int error = errno;
  if (f != stdin) std::fclose(f);
  if (failed) {
    std::cerr << "lede: cannot read '" << path << "': " << std::strerror(error) << "\n";
    return std::nullopt;
  }
  return data;
}

// Calls `each(contents, name)` for every input; returns the exit status.
template <typename Each>
int for_each_input(const std::vector<std::string>& files, Each each) {
  const std::vector<std::string> inputs = files.empty() ? std::vector<std::string>{"-"} : files;
  int status = 0;
  for (const auto& path : inputs) {
    const auto data = read_file(path);
    if (!data) {
      status = 1;
      continue;
    }
    each(*data, path);
  }
  return status;
}

std::string json_string(const std::string& s) {
  return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

int analyze_files(const Arguments& args) {
  const bool several = args.files.size() > 1;
  return for_each_input(args.files, [&](const std::string& text, const std::string& path) {
    std::string json = lede::analyze_to_json(text, args.options, args.pretty && !several);
    if (several) json = "{\"file\":" + json_string(path) + "," + json.substr(1);
    std::cout << json << "\n";
  });
}

// Streams line by line (POSIX getline: any length, NUL bytes kept) rather
// than reading the input whole, so that `zcat archive.jsonl.gz | lede --jsonl`
// holds one article at a time.
int batch(const Arguments& args) {
  const std::vector<std::string> inputs = args.files.empty() ? std::vector<std::string>{"-"} : args.files;
  int status = 0;
  char* buffer = nullptr;  // reused by getline: no allocation per line
  size_t capacity = 0;
  for (const auto& path : inputs) {
    FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
    if (!f) {
      std::cerr << "lede: cannot open '" << path << "': " << std::strerror(errno) << "\n";
      status = 1;
      continue;
    }
    ssize_t n;
    while ((n = getline(&buffer, &capacity, f)) >= 0) {
      std::string_view line(buffer, static_cast<size_t>(n));
      if (!line.empty() && line.back() == '\n') line.remove_suffix(1);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.find_first_not_of(" \t") != std::string_view::npos) {
        std::cout << lede::process_jsonl_line(line, args.options) << "\n";
      }
    }
    if (std::ferror(f)) {
      std::cerr << "lede: cannot read '" << path << "': " << std::strerror(errno) << "\n";
      status = 1;
    }
    if (f != stdin) std::fclose(f);
  }
  std::free(buffer);
  return status;
}

// CoNLL: token lines "word POS chunk TAG ...", blank lines between sentences,
// "-DOCSTART-" lines between documents. Every line is echoed; token lines get
// the predicted tag as one more column.
class ConllTagger {
 public:
  void line(std::string_view l) {
    if (l.rfind("-DOCSTART-", 0) == 0) {
      flush();
      std::cout << l << "\n";
      return;
    }
    lines_.emplace_back(l);
    const size_t space = l.find_first_of(" \t");
    const std::string_view token = l.substr(0, space);
    if (token.empty()) {
      if (!sentences_.back().empty()) sentences_.emplace_back();
    } else {
      sentences_.back().emplace_back(token);
    }
  }

  void flush() {
    if (sentences_.back().empty()) sentences_.pop_back();
    const auto tags = lede::entities::tag_document(sentences_);
    size_t s = 0, t = 0;
    for (const auto& l : lines_) {
      const bool token_line = !l.empty() && l.find_first_not_of(" \t") != std::string::npos && l[0] != ' ' && l[0] != '\t';
      if (!token_line) {
        std::cout << l << "\n";
        continue;
      }
      const std::string& tag = s < tags.size() && t < tags[s].size() ? tags[s][t] : std::string("O");
      std::cout << l << ' ' << tag << "\n";
      if (++t >= sentences_[s].size()) s++, t = 0;
    }
    lines_.clear();
    sentences_.assign(1, {});
  }

 private:
  std::vector<std::string> lines_;
  std::vector<std::vector<std::string>> sentences_{1};
};

int conll(const Arguments& args) {
  return for_each_input(args.files, [&](const std::string& data, const std::string&) {
    ConllTagger tagger;
    size_t pos = 0;
    while (pos < data.size()) {
      size_t eol = data.find('\n', pos);
      if (eol == std::string::npos) eol = data.size();
      std::string_view line(data.data() + pos, eol - pos);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      tagger.line(line);
      pos = eol + 1;
    }
    tagger.flush();
  });
}

int segment(const Arguments& args) {
  return for_each_input(args.files, [&](const std::string& text, const std::string&) {
    lede::Markup markup = lede::Markup::none;
    const std::optional<lede::text::BlankedPage> page = lede::text::read_through_markup(text, markup);
    std::cout << lede::text::describe(lede::text::segment(page ? page->text : text));
  });
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  const Arguments args = parse_arguments(argc, argv);
  if (args.command == "jsonl") return batch(args);
  if (args.command == "conll") return conll(args);
  if (args.command == "segment") return segment(args);
  return analyze_files(args);
}
