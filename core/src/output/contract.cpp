// The JSON contract (version 1): the only place where spans leave byte units.
// One walk over its fields, written to either sink: the JSON text
// (output::JsonWriter) or the word stream that wasm/lede.js builds its
// objects from (output::BinaryWriter).
//
// Written as a stream straight into the output string, so the analysis never
// exists as a JSON document in memory (that document cost 10-20x the input
// and 40% of the time on short paragraphs; see scripts/bench), and no item
// costs an allocation (small nlohmann values per item, and their serializer,
// were still a tenth of the whole analysis).
#include <algorithm>
#include <cstdint>

#include "lede/lede.hpp"
#include "output/binary_writer.hpp"
#include "output/contract.hpp"
#include "output/offsets.hpp"
#include "output/writer.hpp"

namespace lede {

namespace {

template <typename Out>
class ContractWriter {
 public:
  // `text` is what the spans' texts are read from; `page` what their offsets
  // count (the input, which the text replaced byte for byte: a currency's
  // reference "&pound;" became "£" and spaces, fewer UTF-16 units).
  ContractWriter(Out& out, const Analysis& analysis, std::string_view text, std::string_view page, OffsetUnit unit)
      : out_(out),
        analysis_(analysis),
        text_(text),
        offsets_(page, unit),
        any_boilerplate_(std::any_of(analysis.paragraphs.begin(), analysis.paragraphs.end(),
                                     [](const Paragraph& p) { return p.boilerplate(); })) {}

  void header(OffsetUnit unit) {
    out_.member("version", kContractVersion);
    out_.member_word("offsets", to_string(unit));
    out_.member("length", offset(analysis_.length));
    // Only for HTML or Markdown input: its marks were read as spaces
    // (text/markup.hpp, text/markdown.hpp).
    if (analysis_.markup != Markup::none) out_.member_word("markup", to_string(analysis_.markup));
  }

  void paragraphs() {
    list("paragraphs", analysis_.paragraphs, [&](auto& w, const auto& p) {
      span_fields(w, p.span);
      w.member_bool("boilerplate", p.boilerplate());
      w.member_word("role", to_string(p.role));
    });
  }

  void mentions() {
    list("mentions", analysis_.mentions, [&](auto& w, const auto& m) {
      item_fields(w, m.span);
      w.member_word("type", to_string(m.type));
      w.member("entity", m.entity);
    });
  }

  void entities() {
    list("entities", analysis_.entities, [&](auto& w, const auto& e) {
      w.member("id", e.id);
      w.member_string("name", e.name);
      w.member_word("type", to_string(e.type));
      w.member_strings("aliases", e.aliases);
      w.member("count", e.count);
      if (!e.related.empty()) w.member_string("related", e.related);
    });
  }

  void numbers() {
    list("numbers", analysis_.numbers, [&](auto& w, const auto& n) {
      item_fields(w, n.span);
      w.member_word("kind", to_string(n.kind));
      n.value ? w.member_number("value", *n.value) : w.member_null("value");
      w.member_string("unit", n.unit);
      if (n.high) w.member_number("high", *n.high);
      if (!n.iso.empty()) w.member_string("iso", n.iso);
      if (!n.approx.empty()) w.member_string("approx", n.approx);
    });
  }

  void quotes() {
    list("quotes", analysis_.quotes, [&](auto& w, const auto& q) {
      item_fields(w, q.span);
      w.member_word("kind", to_string(q.kind));
      q.speaker >= 0 ? w.member("speaker", q.speaker) : w.member_null("speaker");
      if (q.speaker_span) {
        w.member("speakerStart", offset(q.speaker_span->start));
        w.member("speakerEnd", offset(q.speaker_span->end));
      } else {
        w.member_null("speakerStart");
        w.member_null("speakerEnd");
      }
      q.cue.empty() ? w.member_null("cue") : w.member_string("cue", q.cue);
      if (q.repeat) w.member_bool("repeat", true);
    });
  }

  void boilerplate() {
    list("boilerplate", analysis_.boilerplate, [&](auto& w, Span s) { span_fields(w, s); });
  }

 private:
  // A list of objects under `name`, `fields(w, item)` writing each item's
  // fields to the writer of its object (see JsonWriter::object).
  template <typename Items, typename Fields>
  void list(std::string_view name, const Items& items, Fields fields) {
    out_.key(name);
    out_.begin_array();
    for (const auto& item : items) out_.object([&](auto& w) { fields(w, item); });
    out_.end_array();
  }

  // `byte` in the input's units.
  uint32_t offset(uint32_t byte) const {
    return offsets_.convert(analysis_.rejoined.empty() ? byte : input_byte(byte));
  }

  // A rejoined word's start in the text read is its head's start in the input.
  [[gnu::noinline]] uint32_t input_byte(uint32_t byte) const {
    const auto& moved = analysis_.rejoined;
    auto it = std::lower_bound(moved.begin(), moved.end(), byte,
                               [](const RejoinedWord& w, uint32_t b) { return w.read_start < b; });
    return it != moved.end() && it->read_start == byte ? it->start : byte;
  }

  template <typename Writer>
  void span_fields(Writer& w, Span s) {
    w.member("start", offset(s.start));
    w.member("end", offset(s.end));
  }

  // A span with its text (ill-formed bytes shown as U+FFFD) and, when it lies
  // in a boilerplate paragraph, a flag so that readers can dim or skip it.
  template <typename Writer>
  void item_fields(Writer& w, Span s) {
    span_fields(w, s);
    w.member_string("text", text_.substr(s.start, s.size()));
    if (in_boilerplate(s.start)) w.member_bool("boilerplate", true);
  }

  bool in_boilerplate(uint32_t byte) {
    if (!any_boilerplate_) return false;  // most texts: no search per item
    const Paragraph* p = paragraph_at(byte);
    return p != nullptr && p->boilerplate() && byte < p->span.end;
  }

  // The last paragraph starting at or before `byte`, if any. Each list's
  // items come in order, so the search goes on from the paragraph found
  // last (a binary search each was a tenth of the writer when a text had
  // boilerplate); a byte before it searches again.
  const Paragraph* paragraph_at(uint32_t byte) {
    const auto& ps = analysis_.paragraphs;
    if (last_paragraph_ >= ps.size() || byte < ps[last_paragraph_].span.start) {
      auto it = std::upper_bound(ps.begin(), ps.end(), byte,
                                 [](uint32_t b, const Paragraph& p) { return b < p.span.start; });
      if (it == ps.begin()) return nullptr;
      last_paragraph_ = static_cast<size_t>(it - ps.begin()) - 1;
    }
    while (last_paragraph_ + 1 < ps.size() && ps[last_paragraph_ + 1].span.start <= byte) ++last_paragraph_;
    return &ps[last_paragraph_];
  }

  Out& out_;
  const Analysis& analysis_;
  std::string_view text_;
  output::OffsetMap offsets_;
  bool any_boilerplate_;
  size_t last_paragraph_ = SIZE_MAX;  // paragraph_at()'s last answer, an index into the paragraphs
};

}  // namespace

namespace output {

// Enough for the usual output at once, from the items' average sizes on
// the news corpus (58-85 bytes each, quotes 100 plus their text). A little
// too much is cheap; too little copies the output once more. Only quotes
// are long enough to be worth counting one by one.
size_t estimated_size(const Analysis& a) {
  size_t size = 256 + 64 * (a.paragraphs.size() + a.boilerplate.size()) +
                80 * (a.mentions.size() + a.entities.size()) + 96 * a.numbers.size() + 128 * a.quotes.size();
  for (const auto& q : a.quotes) size += q.span.size();
  return size;
}

std::string_view contract_text(const Analysis& analysis, std::string_view utf8) {
  // The texts of HTML input are read where its markup is blanked: the offsets are the same.
  return analysis.plain_text.empty() ? utf8 : analysis.plain_text;
}

template <typename Out>
void write_contract(Out& out, const Analysis& analysis, std::string_view utf8, const Options& options) {
  ContractWriter<Out> w(out, analysis, contract_text(analysis, utf8), utf8, options.offsets);
  w.header(options.offsets);
  w.paragraphs();
  w.mentions();
  w.entities();
  w.numbers();
  w.quotes();
  w.boilerplate();
  if (!options.reference_date.empty()) {
    out.key("referenceDate");
    out.string(options.reference_date);
  }
}

template void write_contract(JsonWriter&, const Analysis&, std::string_view, const Options&);
template void write_contract(BinaryWriter&, const Analysis&, std::string_view, const Options&);

}  // namespace output

std::string to_json(const Analysis& analysis, std::string_view text, const Options& options, bool pretty) {
  output::JsonWriter out(pretty);
  out.reserve(output::estimated_size(analysis));
  out.begin_object();
  output::write_contract(out, analysis, text, options);
  out.end_object();
  return out.take();
}

}  // namespace lede
