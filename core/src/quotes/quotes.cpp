// Quote pairing and attribution. (Stage not built yet: finds nothing.)
#include "quotes/quotes.hpp"

namespace lede::quotes {

std::vector<Quote> find(const text::Document&, const structure::Structure&, const entities::Result&) {
  return {};
}

}  // namespace lede::quotes
