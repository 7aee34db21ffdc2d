// The scale of a temperature written in bare degrees ("highs of 36°",
// "36 degrees"), which a text tells by the temperatures it writes with
// theirs ("12C", "38.2 degrees Celsius"), or by a heat that only one scale
// reaches.
#pragma once

#include <vector>

#include "lede/lede.hpp"
#include "text/document.hpp"

namespace lede::numbers {

// Gives the temperatures of unit "°" the scale (°C or °F) of the text's
// other temperatures, when they are all of one; without any, Fahrenheit in
// a text that tells of a weather's heat over 60 degrees ("temperatures
// topped 104 degrees"). Angles stay degrees: "a 180-degree turn", "51°N",
// "a 45 degree angle".
void apply_temperature_scale(const text::Document& doc, std::vector<Number>& numbers);

}  // namespace lede::numbers
