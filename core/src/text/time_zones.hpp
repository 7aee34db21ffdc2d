// The time zones news gives its times in ("14:52 GMT", "8:57 p.m. ET",
// "7pm AEDT"), in lower case: one list for the numbers stage's times, the
// structure stage's live-blog stamps and the analysis that drops a zone's
// name from inside a time.
#pragma once

#include <string_view>

#include "text/chars.hpp"

namespace lede::text {

inline constexpr std::string_view kTimeZones[] = {
    "gmt", "utc", "bst", "est",  "edt",  "cst",  "cdt",  "mst",  "mdt",  "pst",  "pdt",
    "et",  "ct",  "pt",  "cet",  "cest", "eet",  "eest", "msk",  "irst", "ist",  "jst",
    "kst", "hkt", "sgt", "aedt", "aest", "acdt", "acst", "awst", "nzdt", "nzst"};
inline constexpr WordSet kTimeZoneSet(kTimeZones);

}  // namespace lede::text
