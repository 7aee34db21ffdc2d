// The JSON contract's fields, for callers that add fields of their own
// (batch mode puts "id" first).
#pragma once

#include <string_view>

#include "lede/lede.hpp"
#include "output/writer.hpp"

namespace lede::output {

// Writes `"version":1,...` into the object `out` has open.
void write_contract(JsonWriter& out, const Analysis& analysis, std::string_view utf8, const Options& options);

}  // namespace lede::output
