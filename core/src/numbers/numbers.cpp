// The number grammar. (Stage not built yet: finds nothing.)
#include "numbers/numbers.hpp"

namespace lede::numbers {

std::vector<Number> find(const text::Document&, const entities::Result&, const Options&) { return {}; }

}  // namespace lede::numbers
