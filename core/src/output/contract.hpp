// The JSON contract as a value, for callers that add fields (batch mode)
// before serializing once.
#pragma once

#include <nlohmann/json.hpp>

#include "lede/lede.hpp"

namespace lede::output {

nlohmann::ordered_json contract(const Analysis& analysis, std::string_view utf8, const Options& options);

// Serializes without ever throwing: invalid UTF-8 is replaced, since a throw
// would abort the wasm module.
std::string dump(const nlohmann::ordered_json& value, bool pretty = false);

}  // namespace lede::output
