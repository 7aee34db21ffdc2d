// The JSON contract (version 1): the only place where spans leave byte units.
//
// Written as a stream: each list item is a small nlohmann value, serialized
// into the output and freed at once, so the analysis never exists as a whole
// JSON document in memory (that document cost 10-20x the input and 40% of the
// time on short paragraphs; see scripts/bench).
#include <algorithm>
#include <memory>

#include <nlohmann/json.hpp>

#include "lede/lede.hpp"
#include "output/contract.hpp"
#include "output/offsets.hpp"
#include "text/utf8.hpp"

namespace lede {

namespace {

using json = nlohmann::ordered_json;  // keeps the contract's field order
// What json::dump() uses inside (nlohmann 3.11); used directly it appends
// every item to the one output string instead of a temporary string per item.
using Serializer = nlohmann::detail::serializer<json>;

// One JSON array of the output, written an item at a time.
class List {
 public:
  List(std::string& out, Serializer& serializer, std::string_view name) : out_(out), serializer_(serializer) {
    out_.append(",\"").append(name).append("\":[");
  }
  List(const List&) = delete;
  List& operator=(const List&) = delete;
  ~List() { out_ += ']'; }

  void push_back(const json& item) {
    if (!first_) out_ += ',';
    first_ = false;
    serializer_.dump(item, /*pretty_print=*/false, /*ensure_ascii=*/false, /*indent_step=*/0);
  }

 private:
  std::string& out_;
  Serializer& serializer_;
  bool first_ = true;
};

class Writer {
 public:
  Writer(const Analysis& analysis, std::string_view text, OffsetUnit unit)
      : analysis_(analysis), text_(text), offsets_(text, unit) {}

  // Built member by member: a JSON initializer list copies each member, and
  // this runs once for every item of every list (measured with callgrind).
  json span(Span s) const {
    json j(json::value_t::object);
    auto& members = j.get_ref<json::object_t&>();
    members.reserve(4);  // start, end and the two or three fields callers add
    members.emplace("start", offsets_.convert(s.start));
    members.emplace("end", offsets_.convert(s.end));
    return j;
  }

  // A span with its text (ill-formed bytes shown as U+FFFD) and, when it lies
  // in a boilerplate paragraph, a flag so that readers can dim or skip it.
  json item(Span s) const {
    json j = span(s);
    j["text"] = text::sanitize(text_.substr(s.start, s.size()));
    if (in_boilerplate(s.start)) j["boilerplate"] = true;
    return j;
  }

  void paragraphs(List& list) const {
    for (const auto& p : analysis_.paragraphs) {
      json j = span(p.span);
      j["boilerplate"] = p.boilerplate();
      j["role"] = to_string(p.role);
      list.push_back(j);
    }
  }

  void mentions(List& list) const {
    for (const auto& m : analysis_.mentions) {
      json j = item(m.span);
      j["type"] = to_string(m.type);
      j["entity"] = m.entity;
      list.push_back(j);
    }
  }

  void entities(List& list) const {
    for (const auto& e : analysis_.entities) {
      json j = {{"id", e.id},
                {"name", text::sanitize(e.name)},
                {"type", to_string(e.type)},
                {"aliases", json::array()},
                {"count", e.count}};
      for (const auto& alias : e.aliases) j["aliases"].push_back(text::sanitize(alias));
      if (!e.related.empty()) j["related"] = text::sanitize(e.related);
      list.push_back(j);
    }
  }

  void numbers(List& list) const {
    for (const auto& n : analysis_.numbers) {
      json j = item(n.span);
      j["kind"] = to_string(n.kind);
      j["value"] = n.value ? json(*n.value) : json(nullptr);
      j["unit"] = n.unit;
      if (n.high) j["high"] = *n.high;
      if (!n.iso.empty()) j["iso"] = n.iso;
      if (!n.approx.empty()) j["approx"] = n.approx;
      list.push_back(j);
    }
  }

  void quotes(List& list) const {
    for (const auto& q : analysis_.quotes) {
      json j = item(q.span);
      j["kind"] = to_string(q.kind);
      j["speaker"] = q.speaker >= 0 ? json(q.speaker) : json(nullptr);
      j["speakerStart"] = q.speaker_span ? json(offsets_.convert(q.speaker_span->start)) : json(nullptr);
      j["speakerEnd"] = q.speaker_span ? json(offsets_.convert(q.speaker_span->end)) : json(nullptr);
      j["cue"] = q.cue.empty() ? json(nullptr) : json(q.cue);
      list.push_back(j);
    }
  }

  void boilerplate(List& list) const {
    for (Span s : analysis_.boilerplate) list.push_back(span(s));
  }

  uint64_t convert(uint32_t byte) const { return offsets_.convert(byte); }

 private:
  bool in_boilerplate(uint32_t byte) const {
    const auto& ps = analysis_.paragraphs;
    auto it = std::upper_bound(ps.begin(), ps.end(), byte,
                               [](uint32_t b, const Paragraph& p) { return b < p.span.start; });
    if (it == ps.begin()) return false;
    --it;
    return it->boilerplate() && byte < it->span.end;
  }

  const Analysis& analysis_;
  std::string_view text_;
  output::OffsetMap offsets_;
};

}  // namespace

namespace output {

std::string contract(const Analysis& analysis, std::string_view text, const Options& options) {
  Writer w(analysis, text, options.offsets);
  std::string out;
  out.reserve(256 + 64 * (analysis.paragraphs.size() + analysis.mentions.size() + analysis.numbers.size()) +
              128 * (analysis.entities.size() + analysis.quotes.size()));
  // One serializer for the whole document: it appends to `out` directly.
  Serializer serializer(nlohmann::detail::output_adapter<char, std::string>(out), ' ',
                        json::error_handler_t::replace);
  out.append("{\"version\":").append(std::to_string(kContractVersion));
  out.append(",\"offsets\":\"").append(to_string(options.offsets)).append("\"");
  out.append(",\"length\":").append(std::to_string(w.convert(analysis.length)));
  // Each list closes its bracket when it goes out of scope.
  { List list(out, serializer, "paragraphs"); w.paragraphs(list); }
  { List list(out, serializer, "mentions"); w.mentions(list); }
  { List list(out, serializer, "entities"); w.entities(list); }
  { List list(out, serializer, "numbers"); w.numbers(list); }
  { List list(out, serializer, "quotes"); w.quotes(list); }
  { List list(out, serializer, "boilerplate"); w.boilerplate(list); }
  if (!options.reference_date.empty()) {
    out.append(",\"referenceDate\":");
    serializer.dump(json(options.reference_date), false, false, 0);
  }
  out += '}';
  return out;
}

std::string dump(const nlohmann::ordered_json& value, bool pretty) {
  return value.dump(pretty ? 2 : -1, ' ', false, json::error_handler_t::replace);
}

}  // namespace output

std::string to_json(const Analysis& analysis, std::string_view text, const Options& options,
                    bool pretty) {
  std::string compact = output::contract(analysis, text, options);
  if (!pretty) return compact;
  // Indented output is for people reading one article: re-read and indent.
  return output::dump(json::parse(compact, nullptr, /*allow_exceptions=*/false), true);
}

}  // namespace lede
