// The JSON contract (version 1): the only place where spans leave byte units.
#include <algorithm>

#include <nlohmann/json.hpp>

#include "lede/lede.hpp"
#include "output/contract.hpp"
#include "output/offsets.hpp"
#include "text/utf8.hpp"

namespace lede {

namespace {

using json = nlohmann::ordered_json;  // keeps the contract's field order

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

  json paragraphs() const {
    // Paragraphs are the longest list of a plain article: the list is sized
    // once (a JSON initializer list would copy every member, measured slower).
    json list = json::array();
    list.get_ref<json::array_t&>().reserve(analysis_.paragraphs.size());
    for (const auto& p : analysis_.paragraphs) {
      json j = span(p.span);
      j["boilerplate"] = p.boilerplate();
      j["role"] = to_string(p.role);
      list.push_back(std::move(j));
    }
    return list;
  }

  json mentions() const {
    json list = json::array();
    for (const auto& m : analysis_.mentions) {
      json j = item(m.span);
      j["type"] = to_string(m.type);
      j["entity"] = m.entity;
      list.push_back(std::move(j));
    }
    return list;
  }

  json entities() const {
    json list = json::array();
    for (const auto& e : analysis_.entities) {
      json j = {{"id", e.id},
                {"name", text::sanitize(e.name)},
                {"type", to_string(e.type)},
                {"aliases", json::array()},
                {"count", e.count}};
      for (const auto& alias : e.aliases) j["aliases"].push_back(text::sanitize(alias));
      if (!e.related.empty()) j["related"] = text::sanitize(e.related);
      list.push_back(std::move(j));
    }
    return list;
  }

  json numbers() const {
    json list = json::array();
    for (const auto& n : analysis_.numbers) {
      json j = item(n.span);
      j["kind"] = to_string(n.kind);
      j["value"] = n.value ? json(*n.value) : json(nullptr);
      j["unit"] = n.unit;
      if (n.high) j["high"] = *n.high;
      if (!n.iso.empty()) j["iso"] = n.iso;
      if (!n.approx.empty()) j["approx"] = n.approx;
      list.push_back(std::move(j));
    }
    return list;
  }

  json quotes() const {
    json list = json::array();
    for (const auto& q : analysis_.quotes) {
      json j = item(q.span);
      j["kind"] = to_string(q.kind);
      j["speaker"] = q.speaker >= 0 ? json(q.speaker) : json(nullptr);
      j["speakerStart"] = q.speaker_span ? json(offsets_.convert(q.speaker_span->start)) : json(nullptr);
      j["speakerEnd"] = q.speaker_span ? json(offsets_.convert(q.speaker_span->end)) : json(nullptr);
      j["cue"] = q.cue.empty() ? json(nullptr) : json(q.cue);
      list.push_back(std::move(j));
    }
    return list;
  }

  json boilerplate() const {
    json list = json::array();
    for (Span s : analysis_.boilerplate) list.push_back(span(s));
    return list;
  }

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

nlohmann::ordered_json contract(const Analysis& analysis, std::string_view text, const Options& options) {
  Writer w(analysis, text, options.offsets);
  json j;
  j["version"] = kContractVersion;
  j["offsets"] = to_string(options.offsets);
  j["length"] = w.span({0, analysis.length})["end"];
  j["paragraphs"] = w.paragraphs();
  j["mentions"] = w.mentions();
  j["entities"] = w.entities();
  j["numbers"] = w.numbers();
  j["quotes"] = w.quotes();
  j["boilerplate"] = w.boilerplate();
  if (!options.reference_date.empty()) j["referenceDate"] = options.reference_date;
  return j;
}

std::string dump(const nlohmann::ordered_json& value, bool pretty) {
  return value.dump(pretty ? 2 : -1, ' ', false, json::error_handler_t::replace);
}

}  // namespace output

std::string to_json(const Analysis& analysis, std::string_view text, const Options& options,
                    bool pretty) {
  return output::dump(output::contract(analysis, text, options), pretty);
}

}  // namespace lede
