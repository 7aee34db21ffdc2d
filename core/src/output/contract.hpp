// The JSON contract as compact text, for callers that add fields (batch mode
// puts "id" first by splicing).
#pragma once

#include <nlohmann/json.hpp>

#include "lede/lede.hpp"

namespace lede::output {

// `{"version":1,...}` without white space.
std::string contract(const Analysis& analysis, std::string_view utf8, const Options& options);

// Serializes without ever throwing: invalid UTF-8 is replaced, since a throw
// would abort the wasm module.
std::string dump(const nlohmann::ordered_json& value, bool pretty = false);

}  // namespace lede::output
