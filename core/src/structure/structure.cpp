// Paragraph roles and interview turns. (Stage not built yet: every paragraph is body.)
#include "structure/structure.hpp"

namespace lede::structure {

Structure analyze(const text::Document& doc) {
  Structure s;
  s.roles.assign(doc.paragraphs.size(), ParagraphRole::body);
  return s;
}

}  // namespace lede::structure
