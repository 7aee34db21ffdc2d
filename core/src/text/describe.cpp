// A readable dump of a Document (see describe() in document.hpp).
#include "text/document.hpp"

namespace lede::text {

std::string describe(const Document& doc) {
  std::string out;
  for (const auto& p : doc.paragraphs) {
    for (uint32_t s = p.first_sentence; s < p.end_sentence; ++s) {
      const auto& sentence = doc.sentences[s];
      for (uint32_t t = sentence.first_token; t < sentence.end_token; ++t) {
        if (t > sentence.first_token) out += ' ';
        out += doc.token_text(t);
      }
      out += '\n';
    }
    out += '\n';
  }
  return out;
}

}  // namespace lede::text
