// The shipped entity model: the gazetteer and the weights of both tagging
// passes, read from the blob embedded from core/models/ner-tagger.bin. The
// format starts with a magic number and a version; a blob that does not
// parse leaves the tagger without a model (it then finds nothing) rather
// than failing.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "entities/gazetteer.hpp"
#include "entities/perceptron.hpp"

namespace lede::entities {

inline constexpr char kModelMagic[8] = {'l', 'e', 'd', 'e', 'N', 'E', 'R', '\0'};
inline constexpr uint32_t kModelVersion = 4;  // bumped whenever the features change

struct Model {
  std::string gazetteer_lines;  // "<category>\t<name>\n" lines, see Gazetteer
  Gazetteer gazetteer{""};
  Perceptron first, second;
};

// The serialized form of `model` (its gazetteer_lines, not the built table).
std::string serialize(const Model& model);
// Parses a blob; nullptr when the magic, version or sizes are wrong.
std::unique_ptr<Model> parse_model(const unsigned char* data, size_t size);

// The embedded model, parsed once on first use (thread-safe); nullptr if the
// embedded blob is invalid.
const Model* shipped_model();

}  // namespace lede::entities
