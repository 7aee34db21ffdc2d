// Reading whole input files for the native tools (not the `lede` CLI, which
// reports an unreadable file and goes on with the others).
#pragma once

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>

namespace lede::tools {

// The bytes of `path` ("-" is stdin); an unreadable file ends the tool with
// "<tool>: cannot read <path>" and exit status 1.
inline std::string read_file(const std::string& path, std::string_view tool) {
  std::ostringstream s;
  if (path == "-") {
    s << std::cin.rdbuf();
    return s.str();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << tool << ": cannot read " << path << "\n";
    std::exit(1);
  }
  s << in.rdbuf();
  return s.str();
}

}  // namespace lede::tools
