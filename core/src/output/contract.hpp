// The JSON contract's fields, for callers that add fields of their own
// (batch mode puts "id" first).
#pragma once

#include <cstddef>
#include <string_view>

#include "lede/lede.hpp"
#include "output/writer.hpp"

namespace lede::output {

// Writes `"version":1,...` into the object `out` has open.
void write_contract(JsonWriter& out, const Analysis& analysis, std::string_view utf8, const Options& options);

// Bytes enough for the usual contract of `analysis`: reserved before the
// object opens, so that the writer's buffer is allocated once, not first
// for the brace and then again for the rest.
size_t estimated_size(const Analysis& analysis);

}  // namespace lede::output
