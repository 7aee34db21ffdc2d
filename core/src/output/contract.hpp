// The JSON contract's fields, for callers that add fields of their own
// (batch mode puts "id" first) or that want them as a word stream (wasm).
#pragma once

#include <cstddef>
#include <string_view>

#include "lede/lede.hpp"
#include "output/writer.hpp"

namespace lede::output {

class BinaryWriter;

// Writes `"version":1,...` into the object `out` has open: `out` is a
// JsonWriter or a BinaryWriter (the two instantiations there are).
template <typename Out>
void write_contract(Out& out, const Analysis& analysis, std::string_view utf8, const Options& options);
extern template void write_contract(JsonWriter&, const Analysis&, std::string_view, const Options&);
extern template void write_contract(BinaryWriter&, const Analysis&, std::string_view, const Options&);

// The text whose pieces the contract's text fields are: `utf8`, or for HTML
// input its plain text.
std::string_view contract_text(const Analysis& analysis, std::string_view utf8);

// Bytes enough for the usual contract of `analysis`: reserved before the
// object opens, so that the writer's buffer is allocated once, not first
// for the brace and then again for the rest.
size_t estimated_size(const Analysis& analysis);

}  // namespace lede::output
