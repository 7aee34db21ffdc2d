// Reading the golden and annotation files the tests compare against.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace lede::testing {

// The bytes of `path`; empty when it cannot be read (the comparison then fails).
inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace lede::testing
