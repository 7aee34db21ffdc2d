// Batch mode: one JSON object in, one JSON object out, per line. Errors are
// answered in-line so that one bad record never stops a batch of millions.
#include <nlohmann/json.hpp>

#include "lede/lede.hpp"
#include "output/contract.hpp"

namespace lede {

namespace {

using json = nlohmann::ordered_json;

std::string error_line(const json& id, std::string_view message) {
  json out;
  out["id"] = id;
  out["error"] = message;
  return output::dump(out);
}

}  // namespace

std::string process_jsonl_line(std::string_view line, const Options& options) {
  // nlohmann reports malformed input by exception unless asked not to; with
  // allow_exceptions=false it returns a discarded value instead.
  json record = json::parse(line.begin(), line.end(), nullptr, /*allow_exceptions=*/false);
  if (record.is_discarded()) return error_line(nullptr, "invalid JSON");
  if (!record.is_object()) return error_line(nullptr, "expected an object {\"id\", \"text\"}");
  const json id = record.contains("id") ? record["id"] : json(nullptr);
  const auto text = record.find("text");
  if (text == record.end() || !text->is_string()) return error_line(id, "missing string field \"text\"");

  const std::string& utf8 = text->get_ref<const std::string&>();
  json out;
  out["id"] = id;
  json analysis = output::contract(analyze(utf8, options), utf8, options);
  for (auto& [key, value] : analysis.items()) out[key] = std::move(value);
  return output::dump(out);
}

}  // namespace lede
