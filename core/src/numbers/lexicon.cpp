// The lexicon's tables, written in reading order, and one hash index over
// all their words and phrases: a lookup is one hash of the word and, for the
// many words the lexicon does not know, usually one probe of an empty slot.
// Currencies follow ISO 4217 (checked against
// ../shared/data/gazetteers/currencies.json); only the currencies and units
// news text uses are listed, so that rare codes do not turn ordinary words
// ("ALL", "CUP") into money.
#include "numbers/lexicon.hpp"

#include <algorithm>
#include <array>
#include <cassert>
#include <cstring>
#include <vector>

namespace lede::numbers::lexicon {

namespace {

using K = WordKind;
constexpr std::array kNumberWords{
    NumberWord{"zero", 0, K::unit},       NumberWord{"nought", 0, K::unit},
    NumberWord{"naught", 0, K::unit},     NumberWord{"one", 1, K::unit},
    NumberWord{"two", 2, K::unit},        NumberWord{"three", 3, K::unit},
    NumberWord{"four", 4, K::unit},       NumberWord{"five", 5, K::unit},
    NumberWord{"six", 6, K::unit},        NumberWord{"seven", 7, K::unit},
    NumberWord{"eight", 8, K::unit},      NumberWord{"nine", 9, K::unit},
    NumberWord{"ten", 10, K::unit},       NumberWord{"eleven", 11, K::unit},
    NumberWord{"twelve", 12, K::unit},    NumberWord{"thirteen", 13, K::unit},
    NumberWord{"fourteen", 14, K::unit},  NumberWord{"fifteen", 15, K::unit},
    NumberWord{"sixteen", 16, K::unit},   NumberWord{"seventeen", 17, K::unit},
    NumberWord{"eighteen", 18, K::unit},  NumberWord{"nineteen", 19, K::unit},
    NumberWord{"twenty", 20, K::tens},    NumberWord{"thirty", 30, K::tens},
    NumberWord{"forty", 40, K::tens},     NumberWord{"fourty", 40, K::tens},
    NumberWord{"fifty", 50, K::tens},     NumberWord{"sixty", 60, K::tens},
    NumberWord{"seventy", 70, K::tens},   NumberWord{"eighty", 80, K::tens},
    NumberWord{"ninety", 90, K::tens},    NumberWord{"hundred", 100, K::hundred},
    NumberWord{"hundreds", 100, K::hundred},
    NumberWord{"thousand", 1e3, K::scale}, NumberWord{"million", 1e6, K::scale},
    NumberWord{"billion", 1e9, K::scale}, NumberWord{"trillion", 1e12, K::scale},
    NumberWord{"lakh", 1e5, K::scale},    NumberWord{"lakhs", 1e5, K::scale},
    NumberWord{"crore", 1e7, K::scale},   NumberWord{"crores", 1e7, K::scale},
    NumberWord{"dozen", 12, K::dozen},    NumberWord{"dozens", 12, K::dozen},
    NumberWord{"dozs", 12, K::dozen},     NumberWord{"doz", 12, K::dozen},
};

constexpr std::array kOrdinals{
    Ordinal{"first", 1, false, false},       Ordinal{"second", 2, false, false},
    Ordinal{"third", 3, false, false},       Ordinal{"thirds", 3, false, true},
    Ordinal{"fourth", 4, false, false},      Ordinal{"fourths", 4, false, true},
    Ordinal{"fifth", 5, false, false},       Ordinal{"fifths", 5, false, true},
    Ordinal{"sixth", 6, false, false},       Ordinal{"sixths", 6, false, true},
    Ordinal{"seventh", 7, false, false},     Ordinal{"sevenths", 7, false, true},
    Ordinal{"eighth", 8, false, false},      Ordinal{"eighths", 8, false, true},
    Ordinal{"ninth", 9, false, false},       Ordinal{"ninths", 9, false, true},
    Ordinal{"tenth", 10, false, false},      Ordinal{"tenths", 10, false, true},
    Ordinal{"eleventh", 11, false, false},   Ordinal{"twelfth", 12, false, false},
    Ordinal{"thirteenth", 13, false, false}, Ordinal{"fourteenth", 14, false, false},
    Ordinal{"fifteenth", 15, false, false},  Ordinal{"sixteenth", 16, false, false},
    Ordinal{"seventeenth", 17, false, false}, Ordinal{"eighteenth", 18, false, false},
    Ordinal{"nineteenth", 19, false, false}, Ordinal{"twentieth", 20, true, false},
    Ordinal{"twentieths", 20, true, true},   Ordinal{"thirtieth", 30, true, false},
    Ordinal{"fortieth", 40, true, false},    Ordinal{"fiftieth", 50, true, false},
    Ordinal{"sixtieth", 60, true, false},    Ordinal{"seventieth", 70, true, false},
    Ordinal{"eightieth", 80, true, false},   Ordinal{"ninetieth", 90, true, false},
    Ordinal{"hundredth", 100, false, false}, Ordinal{"hundredths", 100, false, true},
    Ordinal{"thousandth", 1e3, false, false}, Ordinal{"thousandths", 1e3, false, true},
    Ordinal{"millionth", 1e6, false, false}, Ordinal{"millionths", 1e6, false, true},
    Ordinal{"billionth", 1e9, false, false}, Ordinal{"billionths", 1e9, false, true},
    Ordinal{"trillionth", 1e12, false, false}, Ordinal{"trillionths", 1e12, false, true},
    Ordinal{"firsts", 1, false, true},
};

constexpr std::array kScales{
    Scale{"k", 1e3},   Scale{"thousand", 1e3}, Scale{"m", 1e6},    Scale{"mn", 1e6},
    Scale{"mln", 1e6}, Scale{"mm", 1e6},  Scale{"million", 1e6},  Scale{"b", 1e9},    Scale{"bn", 1e9},
    Scale{"bln", 1e9}, Scale{"billion", 1e9}, Scale{"tn", 1e12},  Scale{"trn", 1e12}, Scale{"tln", 1e12}, Scale{"trillion", 1e12},
    Scale{"lakh", 1e5}, Scale{"crore", 1e7}, Scale{"millions", 1e6}, Scale{"billions", 1e9},
    Scale{"thousands", 1e3},
};

constexpr std::array kCurrencies{
    Currency{"$", "USD", 1, true, true},          Currency{"us$", "USD", 1, true, false},       Currency{"us $", "USD", 1, true, false},
    Currency{"c $", "CAD", 1, true, false},       Currency{"hk $", "HKD", 1, true, false},
    Currency{"usd$", "USD", 1, true, false},      Currency{"usd", "USD", 1, true, true},
    Currency{"dollar", "USD", 1, false, true},    Currency{"dollars", "USD", 1, false, true},
    Currency{"us dollar", "USD", 1, false, true}, Currency{"us dollars", "USD", 1, false, true},
    Currency{"u.s. dollars", "USD", 1, false, true}, Currency{"american dollars", "USD", 1, false, true},
    Currency{"cent", "USD", 0.01, false, true},   Currency{"cents", "USD", 0.01, false, true},
    // What a dollar of elsewhere is worth: "The Australian dollar fell to 63.6 US cents".
    Currency{"us cents", "USD", 0.01, false, true}, Currency{"u.s. cents", "USD", 0.01, false, true},
    Currency{"¢", "USD", 0.01, false, true},      Currency{"musd", "USD", 1e6, true, true},
    Currency{"€", "EUR", 1, true, true},          Currency{"eur", "EUR", 1, true, true},
    Currency{"euro", "EUR", 1, false, true},      Currency{"euros", "EUR", 1, false, true},
    Currency{"meur", "EUR", 1e6, true, true},     Currency{"£", "GBP", 1, true, true},
    Currency{"gbp", "GBP", 1, true, true},        Currency{"pounds sterling", "GBP", 1, false, true},
    Currency{"british pounds", "GBP", 1, false, true}, Currency{"sterling", "GBP", 1, false, true},
    Currency{"pence", "GBP", 0.01, false, true},  Currency{"penny", "GBP", 0.01, false, true},
    Currency{"p", "GBP", 0.01, false, true},      Currency{"mgbp", "GBP", 1e6, true, true},
    Currency{"¥", "JPY", 1, true, true},          Currency{"jpy", "JPY", 1, true, true},
    Currency{"yen", "JPY", 1, false, true},       Currency{"japanese yen", "JPY", 1, false, true},
    Currency{"cny", "CNY", 1, true, true},        Currency{"rmb", "CNY", 1, true, true},
    Currency{"yuan", "CNY", 1, false, true},      Currency{"chinese yuan", "CNY", 1, false, true},
    Currency{"renminbi", "CNY", 1, false, true},  Currency{"元", "CNY", 1, false, true},
    Currency{"₽", "RUB", 1, true, true},          Currency{"rub", "RUB", 1, true, true},
    Currency{"ruble", "RUB", 1, false, true},     Currency{"rubles", "RUB", 1, false, true},
    Currency{"rouble", "RUB", 1, false, true},    Currency{"roubles", "RUB", 1, false, true},
    Currency{"₹", "INR", 1, true, true},          Currency{"inr", "INR", 1, true, true},
    Currency{"rs", "INR", 1, true, false},        Currency{"rs.", "INR", 1, true, false},
    Currency{"rupee", "INR", 1, false, true},      Currency{"rupees", "INR", 1, false, true},
    Currency{"indian rupees", "INR", 1, false, true}, Currency{"pakistani rupees", "PKR", 1, false, true},
    Currency{"sri lankan rupees", "LKR", 1, false, true}, Currency{"nepalese rupees", "NPR", 1, false, true},
    Currency{"nepali rupees", "NPR", 1, false, true}, Currency{"paisa", "INR", 0.01, false, true},
    Currency{"paise", "INR", 0.01, false, true},
    Currency{"irr", "IRR", 1, true, true},        Currency{"rial", "IRR", 1, false, true},
    Currency{"rials", "IRR", 1, false, true},     Currency{"iranian rials", "IRR", 1, false, true},
    // A toman is ten rials; ISO 4217 has no code for it.
    Currency{"toman", "IRR", 10, false, true},    Currency{"tomans", "IRR", 10, false, true},
    Currency{"chf", "CHF", 1, true, true},        Currency{"swiss franc", "CHF", 1, false, true},
    Currency{"swiss francs", "CHF", 1, false, true}, Currency{"franc", "CHF", 1, false, true},
    Currency{"francs", "CHF", 1, false, true},    Currency{"c$", "CAD", 1, true, false},
    Currency{"ca$", "CAD", 1, true, false},       Currency{"cad", "CAD", 1, true, true},
    Currency{"canadian dollars", "CAD", 1, false, true}, Currency{"a$", "AUD", 1, true, false},
    Currency{"au$", "AUD", 1, true, false},       Currency{"aud", "AUD", 1, true, true},
    Currency{"aud$", "AUD", 1, true, false},      Currency{"maud", "AUD", 1e6, true, true},
    Currency{"australian dollars", "AUD", 1, false, true}, Currency{"hk$", "HKD", 1, true, false},
    Currency{"hkd", "HKD", 1, true, true},        Currency{"hong kong dollars", "HKD", 1, false, true},
    Currency{"nz$", "NZD", 1, true, false},       Currency{"nz $", "NZD", 1, true, false},
    Currency{"nzd", "NZD", 1, true, true},         Currency{"new zealand dollars", "NZD", 1, false, true},
    Currency{"jamaican dollars", "JMD", 1, false, true},
    Currency{"nzd$", "NZD", 1, true, false},      Currency{"mex$", "MXN", 1, true, false},
    Currency{"mxn", "MXN", 1, true, true},        Currency{"mxn$", "MXN", 1, true, false},
    Currency{"peso", "MXN", 1, false, true},      Currency{"pesos", "MXN", 1, false, true},
    Currency{"₺", "TRY", 1, true, true},          Currency{"turkish lira", "TRY", 1, false, true},
    Currency{"lira", "TRY", 1, false, true},      Currency{"liras", "TRY", 1, false, true},
    Currency{"₩", "KRW", 1, true, true},          Currency{"krw", "KRW", 1, true, true},
    Currency{"won", "KRW", 1, false, true},       Currency{"₴", "UAH", 1, true, true},
    Currency{"uah", "UAH", 1, true, true},        Currency{"hryvnia", "UAH", 1, false, true},
    Currency{"hryvnias", "UAH", 1, false, true},  Currency{"₪", "ILS", 1, true, true},
    Currency{"ils", "ILS", 1, true, true},        Currency{"shekel", "ILS", 1, false, true},
    Currency{"shekels", "ILS", 1, false, true},   Currency{"sar", "SAR", 1, true, true},
    Currency{"riyal", "SAR", 1, false, true},     Currency{"riyals", "SAR", 1, false, true},
    Currency{"aed", "AED", 1, true, true},        Currency{"dirham", "AED", 1, false, true},
    Currency{"dirhams", "AED", 1, false, true},   Currency{"r$", "BRL", 1, true, false},
    Currency{"brl", "BRL", 1, true, true},        Currency{"reais", "BRL", 1, false, true},
    Currency{"zar", "ZAR", 1, true, true},        Currency{"rand", "ZAR", 1, false, true},
    // "R5.2 billion": only glued to an amount with its scale (see Grammar::currency_prefix).
    Currency{"r", "ZAR", 1, true, false},
    Currency{"ksh", "KES", 1, true, false},       Currency{"kes", "KES", 1, true, true},
    // "Sh346 billion", as Kenya's papers write the shilling: glued to the amount (Grammar::currency_prefix).
    Currency{"sh", "KES", 1, true, false},
    // South-east and south Asia's currencies as their papers write them: "RM12.3 billion", "S$3.03
    // billion", "NT$374.7 billion", "Rp 309 trillion", "Tk 22,500 crore", "145 billion baht".
    Currency{"rm", "MYR", 1, true, false},        Currency{"myr", "MYR", 1, true, true},
    Currency{"ringgit", "MYR", 1, false, true},   Currency{"s $", "SGD", 1, true, false},
    Currency{"s$", "SGD", 1, true, false},        Currency{"sgd", "SGD", 1, true, true},
    Currency{"singapore dollars", "SGD", 1, false, true}, Currency{"nt $", "TWD", 1, true, false},
    Currency{"nt$", "TWD", 1, true, false},       Currency{"twd", "TWD", 1, true, true},
    Currency{"taiwan dollars", "TWD", 1, false, true}, Currency{"rp", "IDR", 1, true, false},
    Currency{"idr", "IDR", 1, true, true},        Currency{"rupiah", "IDR", 1, false, true},
    Currency{"tk", "BDT", 1, true, false},        Currency{"bdt", "BDT", 1, true, true},
    Currency{"taka", "BDT", 1, false, true},      Currency{"baht", "THB", 1, false, true},
    Currency{"thb", "THB", 1, true, true},
    Currency{"kenyan shillings", "KES", 1, false, true},
    Currency{"₦", "NGN", 1, true, true},          Currency{"naira", "NGN", 1, false, true},
    // "N5 billion", Nigeria's papers' naira: glued as the rand's "R" is.
    Currency{"n", "NGN", 1, true, false},
    Currency{"egp", "EGP", 1, true, true},        Currency{"egyptian pounds", "EGP", 1, false, true},
    Currency{"pkr", "PKR", 1, true, true},        Currency{"₱", "PHP", 1, true, true},
    Currency{"₿", "BTC", 1, true, true},          Currency{"btc", "BTC", 1, true, true},
    Currency{"bitcoin", "BTC", 1, false, true},   Currency{"bitcoins", "BTC", 1, false, true},
    Currency{"₡", "CRC", 1, true, true},          Currency{"₾", "GEL", 1, true, true},
    Currency{"₭", "LAK", 1, true, true},          Currency{"ரூ", "LKR", 1, false, true},
    Currency{"₫", "VND", 1, true, true},          Currency{"dong", "VND", 1, false, true},
    Currency{"sek", "SEK", 1, true, true},        Currency{"nok", "NOK", 1, true, true},
    Currency{"dkk", "DKK", 1, true, true},        Currency{"kronor", "SEK", 1, false, true},
    Currency{"krona", "SEK", 1, false, true},     Currency{"kroner", "NOK", 1, false, true},
    Currency{"finnish markka", "FIM", 1, false, true}, Currency{"markka", "FIM", 1, false, true},
    Currency{"pesetas", "ESP", 1, false, true},   Currency{"dutch guilders", "NLG", 1, false, true},
    Currency{"guilders", "NLG", 1, false, true},  Currency{"kuai", "CNY", 1, false, true},
    Currency{"manat", "AZN", 1, false, true},     Currency{"afghanis", "AFN", 1, false, true},
    Currency{"dinars", "IQD", 1, false, true},    Currency{"iraqi dinars", "IQD", 1, false, true},
};

using U = UnitKind;
constexpr std::array kUnits{
    Unit{"km", "km", U::length, false},           Unit{"kms", "km", U::length, false},
    Unit{"kilometre", "km", U::length, false},    Unit{"kilometres", "km", U::length, false},
    Unit{"kilometer", "km", U::length, false},    Unit{"kilometers", "km", U::length, false},
    Unit{"m", "m", U::length, true},              Unit{"metre", "m", U::length, false},
    Unit{"metres", "m", U::length, false},        Unit{"meter", "m", U::length, false},
    Unit{"meters", "m", U::length, false},        Unit{"cm", "cm", U::length, false},
    Unit{"centimetres", "cm", U::length, false},  Unit{"centimeters", "cm", U::length, false},
    Unit{"mm", "mm", U::length, true},            Unit{"millimetres", "mm", U::length, false},
    Unit{"millimeters", "mm", U::length, false},  Unit{"dm", "dm", U::length, true},
    Unit{"mile", "mi", U::length, false},         Unit{"miles", "mi", U::length, false},
    Unit{"mi", "mi", U::length, true},            Unit{"nautical miles", "nmi", U::length, false},
    Unit{"foot", "ft", U::length, false},         Unit{"feet", "ft", U::length, false},
    Unit{"ft", "ft", U::length, true},            Unit{"inch", "in", U::length, false},
    Unit{"inches", "in", U::length, false},       Unit{"in", "in", U::length, true},
    Unit{"yard", "yd", U::length, false},         Unit{"yards", "yd", U::length, false},
    Unit{"picometer", "pm", U::length, false},    Unit{"pm", "pm", U::length, true},
    Unit{"micrometres", "µm", U::length, false},  Unit{"micrometers", "µm", U::length, false},
    Unit{"microns", "µm", U::length, false},      Unit{"nanometres", "nm", U::length, false},
    Unit{"nanometers", "nm", U::length, false},
    Unit{"light year", "ly", U::length, false},   Unit{"light years", "ly", U::length, false},
    Unit{"light-year", "ly", U::length, false},   Unit{"light-years", "ly", U::length, false},
    Unit{"km2", "km²", U::area, false},           Unit{"km²", "km²", U::area, false},
    Unit{"sq km", "km²", U::area, false},         Unit{"square kilometres", "km²", U::area, false},
    Unit{"square kilometers", "km²", U::area, false}, Unit{"square km", "km²", U::area, false},
    Unit{"square miles", "mi²", U::area, false},  Unit{"sq mi", "mi²", U::area, false},
    Unit{"square metres", "m²", U::area, false},  Unit{"square meters", "m²", U::area, false},
    Unit{"m²", "m²", U::area, false},             Unit{"sq m", "m²", U::area, false},
    Unit{"square feet", "ft²", U::area, false},   Unit{"square foot", "ft²", U::area, false},
    Unit{"square-foot", "ft²", U::area, false},   Unit{"sq ft", "ft²", U::area, false},
    Unit{"square yards", "yd²", U::area, false},  Unit{"square mile", "mi²", U::area, false},
    Unit{"square-mile", "mi²", U::area, false},   Unit{"square-metre", "m²", U::area, false},
    Unit{"square-meter", "m²", U::area, false},
    Unit{"hectare", "ha", U::area, false},        Unit{"hectares", "ha", U::area, false},
    Unit{"ha", "ha", U::area, true},              Unit{"acre", "acre", U::area, false},
    Unit{"acres", "acre", U::area, false},        Unit{"kg", "kg", U::mass, false},
    Unit{"kgs", "kg", U::mass, false},            Unit{"kilogram", "kg", U::mass, false},
    Unit{"kilograms", "kg", U::mass, false},      Unit{"kilos", "kg", U::mass, false},
    Unit{"kilo", "kg", U::mass, false},  // "Rs300 a kilo"
    Unit{"g", "g", U::mass, true},                Unit{"gram", "g", U::mass, false},
    Unit{"grams", "g", U::mass, false},           Unit{"mg", "mg", U::mass, false},
    Unit{"milligrams", "mg", U::mass, false},     Unit{"μg", "µg", U::mass, false},
    Unit{"µg", "µg", U::mass, false},             Unit{"mcg", "µg", U::mass, false},
    Unit{"t", "t", U::mass, true},                Unit{"tonne", "t", U::mass, false},
    Unit{"tonnes", "t", U::mass, false},          Unit{"ton", "t", U::mass, false},
    Unit{"tons", "t", U::mass, false},            Unit{"metric tons", "t", U::mass, false},
    Unit{"metric tonnes", "t", U::mass, false},   Unit{"metric ton", "t", U::mass, false},
    Unit{"lb", "lb", U::mass, false},             Unit{"lbs", "lb", U::mass, false},
    Unit{"pound", "lb", U::mass, false},          Unit{"pounds", "lb", U::mass, false},
    Unit{"ounce", "oz", U::mass, false},          Unit{"ounces", "oz", U::mass, false},
    Unit{"oz", "oz", U::mass, false},             Unit{"l", "l", U::volume, true},
    Unit{"litre", "l", U::volume, false},         Unit{"litres", "l", U::volume, false},
    Unit{"liter", "l", U::volume, false},         Unit{"liters", "l", U::volume, false},
    Unit{"ml", "ml", U::volume, false},           Unit{"millilitres", "ml", U::volume, false},
    // A recipe's measures: "1 tsp baking powder", "2 cups of flour"; not a
    // singular cup, which is a trophy's as often ("3 cup finals").
    Unit{"tsp", "tsp", U::volume, false},         Unit{"teaspoon", "tsp", U::volume, false},
    Unit{"teaspoons", "tsp", U::volume, false},   Unit{"tbsp", "tbsp", U::volume, false},
    Unit{"tablespoon", "tbsp", U::volume, false}, Unit{"tablespoons", "tbsp", U::volume, false},
    Unit{"cups", "cup", U::volume, false},
    // Food energy: "about 310 calories a slice" are kilocalories.
    Unit{"calories", "kcal", U::energy, false},   Unit{"kcal", "kcal", U::energy, false},
    Unit{"gallon", "gal", U::volume, false},      Unit{"gallons", "gal", U::volume, false},
    Unit{"barrel", "bbl", U::volume, false},      Unit{"barrels", "bbl", U::volume, false},
    Unit{"bbl", "bbl", U::volume, false},         Unit{"bpd", "bbl/d", U::volume, false},
    Unit{"barrels per day", "bbl/d", U::volume, false}, Unit{"cubic metres", "m³", U::volume, false},
    Unit{"cubic meters", "m³", U::volume, false}, Unit{"bcm", "bcm", U::volume, false},
    Unit{"mw", "MW", U::energy, false},           Unit{"megawatts", "MW", U::energy, false},
    Unit{"gw", "GW", U::energy, false},           Unit{"gigawatts", "GW", U::energy, false},
    Unit{"kw", "kW", U::energy, false},           Unit{"kilowatts", "kW", U::energy, false},
    Unit{"kwh", "kWh", U::energy, false},         Unit{"mwh", "MWh", U::energy, false},
    Unit{"gwh", "GWh", U::energy, false},         Unit{"twh", "TWh", U::energy, false},
    // Energy prices and a country's use: "48 euros per megawatt hour", "150 terawatt hours".
    Unit{"megawatt", "MW", U::energy, false},     Unit{"gigawatt", "GW", U::energy, false},
    Unit{"kilowatt", "kW", U::energy, false},     Unit{"watts", "W", U::energy, false},
    Unit{"watt", "W", U::energy, false},          Unit{"w", "W", U::energy, true},
    Unit{"kilowatt hour", "kWh", U::energy, false}, Unit{"kilowatt hours", "kWh", U::energy, false},
    Unit{"megawatt hour", "MWh", U::energy, false}, Unit{"megawatt hours", "MWh", U::energy, false},
    Unit{"gigawatt hour", "GWh", U::energy, false}, Unit{"gigawatt hours", "GWh", U::energy, false},
    Unit{"terawatt hour", "TWh", U::energy, false}, Unit{"terawatt hours", "TWh", U::energy, false},
    // Gas is priced by heat: "$3.45 per mmBtu", "98p a therm".
    Unit{"mmbtu", "MMBtu", U::energy, false},     Unit{"therm", "thm", U::energy, false},
    Unit{"therms", "thm", U::energy, false},
    Unit{"kilowatt-hour", "kWh", U::energy, false}, Unit{"kilowatt-hours", "kWh", U::energy, false},
    Unit{"megawatt-hour", "MWh", U::energy, false}, Unit{"megawatt-hours", "MWh", U::energy, false},
    Unit{"gigawatt-hour", "GWh", U::energy, false}, Unit{"gigawatt-hours", "GWh", U::energy, false},
    Unit{"terawatt-hour", "TWh", U::energy, false}, Unit{"terawatt-hours", "TWh", U::energy, false},
    Unit{"knots", "kn", U::speed, false},         Unit{"mph", "mph", U::speed, false},
    Unit{"miles an hour", "mph", U::speed, false}, Unit{"miles per hour", "mph", U::speed, false},
    Unit{"km/h", "km/h", U::speed, false},        Unit{"kph", "km/h", U::speed, false},
    Unit{"kmph", "km/h", U::speed, false},        Unit{"km/hr", "km/h", U::speed, false},
    Unit{"kilometers per hour", "km/h", U::speed, false},
    Unit{"kilometres per hour", "km/h", U::speed, false},
    Unit{"mpg", "mpg", U::other, false},  // a car's fuel economy: "a car that does 45mpg"
    // A gas's share of the air: "420 parts per million of carbon dioxide".
    Unit{"parts per million", "ppm", U::other, false}, Unit{"ppm", "ppm", U::other, false},
    Unit{"parts per billion", "ppb", U::other, false}, Unit{"ppb", "ppb", U::other, false},
    // A spacecraft's or a wind's speed: "travelling at 17 km/s", "gusts of 30 m/s".
    Unit{"km/s", "km/s", U::speed, false},        Unit{"kilometres per second", "km/s", U::speed, false},
    Unit{"kilometers per second", "km/s", U::speed, false}, Unit{"m/s", "m/s", U::speed, false},
    Unit{"metres per second", "m/s", U::speed, false}, Unit{"meters per second", "m/s", U::speed, false},
    Unit{"miles per second", "mi/s", U::speed, false},
    Unit{"astronomical units", "au", U::length, false}, Unit{"astronomical unit", "au", U::length, false},
    Unit{"°c", "°C", U::temperature, false},      Unit{"°f", "°F", U::temperature, false},
    Unit{"celsius", "°C", U::temperature, false}, Unit{"celcius", "°C", U::temperature, false},
    Unit{"centigrade", "°C", U::temperature, false}, Unit{"centigrate", "°C", U::temperature, false},
    Unit{"fahrenheit", "°F", U::temperature, false}, Unit{"farenheit", "°F", U::temperature, false},
    Unit{"degrees celsius", "°C", U::temperature, false}, Unit{"degree celsius", "°C", U::temperature, false},
    Unit{"degrees fahrenheit", "°F", U::temperature, false},
    Unit{"degree fahrenheit", "°F", U::temperature, false},
    Unit{"degrees farenheit", "°F", U::temperature, false}, Unit{"degrees c", "°C", U::temperature, false},
    Unit{"degrees f", "°F", U::temperature, false}, Unit{"deg celsius", "°C", U::temperature, false},
    Unit{"deg c", "°C", U::temperature, false},   Unit{"deg f", "°F", U::temperature, false},
    Unit{"degrees", "°", U::temperature, false},  Unit{"degree", "°", U::temperature, false},
    Unit{"deg.", "°", U::temperature, false},     Unit{"deg", "°", U::temperature, false},
    Unit{"°", "°", U::temperature, false},        Unit{"kelvin", "K", U::temperature, false},        Unit{"mb", "MB", U::data, false},
    Unit{"gb", "GB", U::data, false},             Unit{"tb", "TB", U::data, false},
    Unit{"megabytes", "MB", U::data, false},      Unit{"gigabytes", "GB", U::data, false},
    Unit{"terabytes", "TB", U::data, false},      Unit{"kb", "KB", U::data, false},
    Unit{"kilobytes", "KB", U::data, false},
    // A phone's specifications: "a 200-megapixel camera", "a 5,000 mAh battery", "3.2GHz".
    Unit{"mah", "mAh", U::other, false},          Unit{"megapixel", "MP", U::other, false},
    Unit{"megapixels", "MP", U::other, false},
    Unit{"ghz", "GHz", U::other, false},          Unit{"mhz", "MHz", U::other, false},
    Unit{"hz", "Hz", U::other, false},            Unit{"khz", "kHz", U::other, false},
    Unit{"hertz", "Hz", U::other, false},
    Unit{"rad", "rad", U::other, false},          Unit{"turns", "turn", U::other, false},
    // A hundredth of a percentage point, as rates and spreads move; "BP" spaced is the company.
    Unit{"basis points", "bp", U::other, false},  Unit{"basis point", "bp", U::other, false},
    Unit{"bps", "bp", U::other, false},           Unit{"bp", "bp", U::other, true},
    // A score, an index or a poll's share moved: "down 8.9 points", "the FTSE fell 40 points".
    // Plural only: "a 10-point plan" counts the plan's items.
    Unit{"points", "point", U::other, false},
};

using T = TimeUnit;
constexpr std::array kDurations{
    Duration{"year", T::year, 1, false},       Duration{"years", T::year, 1, false},
    Duration{"yr", T::year, 1, true},          Duration{"yrs", T::year, 1, true},
    Duration{"y", T::year, 1, true},           Duration{"decade", T::year, 10, false},
    Duration{"decades", T::year, 10, false},   Duration{"century", T::year, 100, false},
    Duration{"centuries", T::year, 100, false}, Duration{"month", T::month, 1, false},
    Duration{"months", T::month, 1, false},    Duration{"week", T::week, 1, false},
    Duration{"weeks", T::week, 1, false},      Duration{"wk", T::week, 1, true},
    Duration{"wks", T::week, 1, true},         Duration{"w", T::week, 1, true},
    Duration{"fortnight", T::week, 2, false},  Duration{"fortnights", T::week, 2, false},
    Duration{"day", T::day, 1, false},         Duration{"days", T::day, 1, false},
    Duration{"night", T::day, 1, false},       Duration{"nights", T::day, 1, false},
    Duration{"business days", T::day, 1, false}, Duration{"business day", T::day, 1, false},
    Duration{"hour", T::hour, 1, false},       Duration{"hours", T::hour, 1, false},
    Duration{"hr", T::hour, 1, true},          Duration{"hrs", T::hour, 1, true},
    Duration{"h", T::hour, 1, true},           Duration{"minute", T::minute, 1, false},
    Duration{"minutes", T::minute, 1, false},  Duration{"min", T::minute, 1, true},
    Duration{"mins", T::minute, 1, true},      Duration{"second", T::second, 1, false},
    Duration{"seconds", T::second, 1, false},  Duration{"sec", T::second, 1, true},
    Duration{"secs", T::second, 1, true},      Duration{"quarter", T::month, 3, false},
    Duration{"quarters", T::month, 3, false},
};

struct Named {
  std::string_view word;
  int value;
};

constexpr std::array kMonths{
    Named{"january", 1},  Named{"jan", 1},  Named{"february", 2}, Named{"feb", 2},   Named{"march", 3},
    Named{"mar", 3},      Named{"april", 4}, Named{"apr", 4},     Named{"may", 5},   Named{"june", 6},
    Named{"jun", 6},      Named{"july", 7},  Named{"jul", 7},     Named{"august", 8}, Named{"aug", 8},
    Named{"september", 9}, Named{"sept", 9}, Named{"sep", 9},     Named{"october", 10}, Named{"oct", 10},
    Named{"november", 11}, Named{"nov", 11}, Named{"december", 12}, Named{"dec", 12},
};

constexpr std::array kWeekdays{
    Named{"monday", 1},   Named{"mon", 1},    Named{"tuesday", 2}, Named{"tue", 2},    Named{"tues", 2},
    Named{"wednesday", 3}, Named{"wed", 3},   Named{"thursday", 4}, Named{"thu", 4},   Named{"thur", 4},
    Named{"thurs", 4},    Named{"friday", 5}, Named{"fri", 5},     Named{"saturday", 6}, Named{"sat", 6},
    Named{"sunday", 7},   Named{"sun", 7},
};

constexpr std::array kHolidays{
    Named{"christmas", 1},  Named{"easter", 1},   Named{"halloween", 1}, Named{"thanksgiving", 1},
    Named{"nowruz", 1},     Named{"norooz", 1},   Named{"ramadan", 1},   Named{"hanukkah", 1},
    Named{"juneteenth", 1},
    Named{"new year", 1},   Named{"new year's day", 1}, Named{"new year's eve", 1},
    Named{"christmas eve", 1}, Named{"christmas day", 1}, Named{"labor day", 1}, Named{"labour day", 1},
    Named{"independence day", 1}, Named{"black friday", 1}, Named{"earth day", 1},
    Named{"valentine's day", 1}, Named{"memorial day", 1}, Named{"easter monday", 1},
    Named{"good friday", 1}, Named{"boxing day", 1}, Named{"saint patrick", 1},
    Named{"st patrick's day", 1}, Named{"st. patrick's day", 1}, Named{"saint patrick's day", 1}, Named{"mother's day", 1}, Named{"father's day", 1},
};

// Meals, times of day without an hour: "at lunch", "by lunchtime".
constexpr std::string_view kMeals[] = {"breakfast", "lunch", "dinner", "lunchtime", "dinnertime"};

struct TenseWord {
  std::string_view word;
  TenseCue cue;
};
constexpr TenseWord kTenseWords[] = {
    {"was", TenseCue::past}, {"were", TenseCue::past}, {"had", TenseCue::past}, {"did", TenseCue::past},
    {"said", TenseCue::past},
    // Irregular pasts (and "eased", too short for the -ed rule) of the
    // figures' reports: "inflation eased to 2.8% in February", "sales fell in March".
    {"rose", TenseCue::past}, {"fell", TenseCue::past}, {"grew", TenseCue::past}, {"eased", TenseCue::past},
    {"shrank", TenseCue::past}, {"sank", TenseCue::past}, {"slid", TenseCue::past},
    {"will", TenseCue::future}, {"ll", TenseCue::future}, {"would", TenseCue::future},
    {"shall", TenseCue::future}, {"expected", TenseCue::future}, {"scheduled", TenseCue::future},
    // "We expect the front to arrive on Wednesday night"; what could or might
    // be ("highs could reach 110 degrees by Wednesday", "the board might
    // decide as soon as Tuesday").
    {"expect", TenseCue::future}, {"expects", TenseCue::future}, {"could", TenseCue::future},
    {"might", TenseCue::future},
    // What is likely, set or poised to be: "Gusts are likely on Saturday", "was set to vote on Tuesday".
    {"likely", TenseCue::likely}, {"unlikely", TenseCue::likely}, {"set", TenseCue::likely},
    {"poised", TenseCue::likely},
    // "temperatures are forecast to soar on Saturday"; not "and forecast on Friday".
    {"forecast", TenseCue::likely},
    {"host", TenseCue::fixture}, {"hosts", TenseCue::fixture}, {"travel", TenseCue::fixture},
    {"travels", TenseCue::fixture}, {"face", TenseCue::fixture}, {"faces", TenseCue::fixture},
    {"welcome", TenseCue::fixture}, {"welcomes", TenseCue::fixture}, {"plays", TenseCue::fixture},
    // What is waited for is to come: "awaiting a seasonal upturn into the fourth quarter".
    {"awaiting", TenseCue::future}, {"await", TenseCue::future}, {"awaits", TenseCue::future},
    // The present of a timetable ("the season starts on Saturday"); not the
    // verbs that are nouns too ("World Cup hosts France").
    {"begins", TenseCue::future}, {"starts", TenseCue::future}, {"opens", TenseCue::future},
    {"resumes", TenseCue::future}, {"continues", TenseCue::future}, {"ends", TenseCue::future},
    {"closes", TenseCue::future}, {"departs", TenseCue::future}, {"leaves", TenseCue::future},
    {"arrives", TenseCue::future}, {"returns", TenseCue::future}, {"visits", TenseCue::future},
    {"meets", TenseCue::future}, {"launches", TenseCue::future}, {"holds", TenseCue::future},
    {"takes", TenseCue::future},  // "who takes office Monday", "the law takes effect on Friday"
    {"reopens", TenseCue::future}, {"reconvenes", TenseCue::future},
    {"begin", TenseCue::infinitive}, {"start", TenseCue::infinitive}, {"open", TenseCue::infinitive},
    {"resume", TenseCue::infinitive},
    {"close", TenseCue::timetable}, {"launch", TenseCue::timetable}, {"go", TenseCue::timetable},
    {"goes", TenseCue::timetable}, {"head", TenseCue::timetable}, {"heads", TenseCue::timetable},
    {"kick", TenseCue::timetable}, {"kicks", TenseCue::timetable}, {"meet", TenseCue::timetable},
    {"return", TenseCue::timetable}, {"take", TenseCue::timetable}, {"reopen", TenseCue::timetable},
    {"reconvene", TenseCue::timetable},
    {"following", TenseCue::another_event}, {"since", TenseCue::another_event}, {"after", TenseCue::another_event},
    {"says", TenseCue::another_event}, {"who", TenseCue::another_event}, {"which", TenseCue::another_event},
    // A clause of its own begins: "had restored power by Saturday but warned
    // that some could be cut off until Monday" looks ahead.
    {"that", TenseCue::another_event}, {"but", TenseCue::another_event},
    // "will stay in office despite losing their majority in Sunday's election": what it concedes is told apart.
    {"despite", TenseCue::another_event},
    {"until", TenseCue::until}, {"should", TenseCue::should}, {"due", TenseCue::due}, {"ahead", TenseCue::ahead},
    // What must be done is to come ("said it must sell the app by Sunday"); "must have" looks back, as "should have".
    {"must", TenseCue::should},
    // What a report, a poll or a law underwent: "a survey released in January".
    {"released", TenseCue::done}, {"published", TenseCue::done}, {"conducted", TenseCue::done},
    {"issued", TenseCue::done}, {"signed", TenseCue::done}, {"passed", TenseCue::done},
    {"approved", TenseCue::done}, {"recorded", TenseCue::done}, {"filed", TenseCue::done},
    {"launched", TenseCue::done}, {"opened", TenseCue::done}, {"founded", TenseCue::done},
    {"announced", TenseCue::done}, {"introduced", TenseCue::done}, {"completed", TenseCue::done},
    {"closed", TenseCue::done}, {"ended", TenseCue::done}, {"held", TenseCue::done},
    {"arrested", TenseCue::done}, {"killed", TenseCue::done}, {"elected", TenseCue::done},
    {"appointed", TenseCue::done},
    // The irregular pasts news tells events with ("production began in
    // January", "Biden met Xi in November"); not those spelled as their
    // present ("cut", "hit", "set") or used as adjectives ("left", "lost").
    {"began", TenseCue::irregular_past}, {"became", TenseCue::irregular_past}, {"came", TenseCue::irregular_past},
    {"went", TenseCue::irregular_past}, {"took", TenseCue::irregular_past}, {"gave", TenseCue::irregular_past},
    {"made", TenseCue::irregular_past}, {"won", TenseCue::irregular_past}, {"saw", TenseCue::irregular_past},
    {"told", TenseCue::irregular_past}, {"brought", TenseCue::irregular_past}, {"bought", TenseCue::irregular_past},
    {"sold", TenseCue::irregular_past}, {"paid", TenseCue::irregular_past}, {"met", TenseCue::irregular_past},
    {"spent", TenseCue::irregular_past}, {"built", TenseCue::irregular_past}, {"fought", TenseCue::irregular_past},
    {"struck", TenseCue::irregular_past}, {"sent", TenseCue::irregular_past}, {"wrote", TenseCue::irregular_past},
    {"drove", TenseCue::irregular_past}, {"flew", TenseCue::irregular_past}, {"fled", TenseCue::irregular_past},
    {"ran", TenseCue::irregular_past}, {"stood", TenseCue::irregular_past}, {"spoke", TenseCue::irregular_past},
    {"chose", TenseCue::irregular_past}, {"broke", TenseCue::irregular_past}, {"threw", TenseCue::irregular_past},
    {"kept", TenseCue::irregular_past}, {"caught", TenseCue::irregular_past}, {"sought", TenseCue::irregular_past},
    {"knew", TenseCue::irregular_past}, {"withdrew", TenseCue::irregular_past},
    {"underwent", TenseCue::irregular_past}, {"overtook", TenseCue::irregular_past},
    {"swept", TenseCue::irregular_past},
};

constexpr std::array kModifiers{
    Modifier{"more than", Bound::lower},    Modifier{"less than", Bound::upper},   Modifier{"fewer than", Bound::upper},  Modifier{"over", Bound::lower},
    Modifier{"under", Bound::upper},        Modifier{"about", Bound::none},       Modifier{"around", Bound::none},      Modifier{"nearly", Bound::none},
    Modifier{"almost", Bound::none},       Modifier{"roughly", Bound::none},     Modifier{"approximately", Bound::none}, Modifier{"some", Bound::none},
    Modifier{"up to", Bound::upper},        Modifier{"at least", Bound::lower},    Modifier{"at most", Bound::upper},     Modifier{"as many as", Bound::none},
    Modifier{"as much as", Bound::none},   Modifier{"as few as", Bound::none},   Modifier{"as little as", Bound::none}, Modifier{"just over", Bound::lower},
    Modifier{"just under", Bound::upper},   Modifier{"close to", Bound::none},    Modifier{"an estimated", Bound::none}, Modifier{"upwards of", Bound::lower},
    Modifier{"in excess of", Bound::lower}, Modifier{"below", Bound::upper},       Modifier{"above", Bound::lower},       Modifier{"exceeding", Bound::lower},
    Modifier{"no more than", Bound::upper}, Modifier{"no less than", Bound::lower}, Modifier{"not more than", Bound::upper}, Modifier{"not less than", Bound::lower},
    Modifier{"greater than", Bound::lower}, Modifier{"larger than", Bound::lower}, Modifier{"higher than", Bound::lower}, Modifier{"lower than", Bound::upper},
    Modifier{"smaller than", Bound::upper}, Modifier{"well over", Bound::lower},   Modifier{"circa", Bound::none},       Modifier{"approx.", Bound::none},
    Modifier{"an average of", Bound::none}, Modifier{"a total of", Bound::none}, Modifier{"exceed", Bound::lower},      Modifier{"surpass", Bound::lower},
    Modifier{"equal to", Bound::exact},     Modifier{"equals", Bound::exact},      Modifier{"upward of", Bound::lower},   Modifier{"only", Bound::none},
    Modifier{"just", Bound::none},         Modifier{"almost exactly", Bound::none}, Modifier{"exactly", Bound::exact},  Modifier{"precisely", Bound::exact},
    Modifier{">", Bound::lower}, Modifier{"<", Bound::upper}, Modifier{">=", Bound::lower},
    Modifier{"<=", Bound::upper}, Modifier{"≥", Bound::lower}, Modifier{"≤", Bound::upper},
    Modifier{"higher or equal than", Bound::lower}, Modifier{"greater or equal than", Bound::lower},
    Modifier{"larger or equal than", Bound::lower}, Modifier{"lower or equal than", Bound::upper},
    Modifier{"smaller or equal than", Bound::upper}, Modifier{"less or equal than", Bound::upper},
    Modifier{"equaling to", Bound::exact}, Modifier{"equals to", Bound::exact},
    Modifier{"bigger than", Bound::lower},
    // Of a scale word only (the grammar's gate): "several hundred million", "a few thousand".
    Modifier{"several", Bound::none}, Modifier{"a few", Bound::none},
    Modifier{"greater than or equal to", Bound::lower}, Modifier{"less than or equal to", Bound::upper},
    Modifier{"equal to or more than", Bound::lower}, Modifier{"equal to or less than", Bound::upper},
    Modifier{"at least or equal to", Bound::lower}, Modifier{"more than or equal to", Bound::lower},
};

// Everything the lexicon knows about one lower-case word or phrase: its row
// in each table that lists it (kNone when none) and its flags.
struct Entry {
  static constexpr uint8_t kNone = 0xFF;
  std::string_view key;
  uint64_t head = 0;  // the key's first 8 bytes, zero-padded (head()): most keys are all head
  uint16_t flags = 0;
  uint8_t number = kNone, ordinal = kNone, scale = kNone, currency = kNone, unit = kNone, duration = kNone,
          modifier = kNone;
  uint8_t month = 0, weekday = 0;  // 1..12, 1..7; 0 when none
  bool holiday = false;
  bool holiday_word = false;  // a word of a holiday's name: labor, day, eve
  bool meal = false;          // breakfast, lunch, dinner, lunchtime, dinnertime
  TenseCue tense = TenseCue::none;
};

inline uint64_t load64(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}

inline uint32_t load32(const char* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

// A hash from a few overlapping loads: no loop over the bytes and no read
// outside them. Keys have at most 24 bytes; a longer string leaves bytes
// unread, which only makes it collide more with other strings no key is.
inline uint64_t hash(std::string_view s) {
  const char* p = s.data();
  const size_t n = s.size();
  uint64_t a, b, c = 0;
  if (n >= 8) {
    a = load64(p);
    b = load64(p + n - 8);
    if (n > 16) c = load64(p + 8);
  } else if (n >= 4) {
    a = load32(p);
    b = load32(p + n - 4);
  } else {
    a = n ? static_cast<unsigned char>(p[0]) : 0;
    b = n ? static_cast<unsigned char>(p[n / 2]) | static_cast<unsigned char>(p[n - 1]) << 8 : 0;
  }
  uint64_t h = (a ^ 0x9E3779B97F4A7C15ull) * 0xBF58476D1CE4E5B9ull;
  h ^= (b ^ n) * 0x94D049BB133111EBull;
  h ^= c * 0xD6E8FEB86659FD93ull;
  return h ^ (h >> 31);
}

// The first min(8, n) bytes of s as one number, the rest zero; like hash(),
// it reads no byte outside s.
inline uint64_t head(std::string_view s) {
  const char* p = s.data();
  const size_t n = s.size();
  if (n >= 8) return load64(p);
  if (n >= 4) return load32(p) | static_cast<uint64_t>(load32(p + n - 4)) << (8 * (n - 4));
  if (n == 0) return 0;
  return static_cast<unsigned char>(p[0]) | static_cast<uint64_t>(static_cast<unsigned char>(p[n / 2])) << (8 * (n / 2)) |
         static_cast<uint64_t>(static_cast<unsigned char>(p[n - 1])) << (8 * (n - 1));
}

// Open addressing over the entries: each slot holds an entry's id (its
// index + 1; 0 when empty) and the top bits of its hash, so that a miss
// rarely reads an entry.
class Index {
 public:
  Index();

  // Any key (may_be_key() is a sieve for the callers that can skip it).
  EntryId find(std::string_view key) const {
    const uint64_t h = hash(key);
    const uint32_t tag = static_cast<uint32_t>(h >> 48);
    for (uint32_t s = static_cast<uint32_t>(h) & kMask;; s = (s + 1) & kMask) {
      const uint32_t slot = slots_[s];
      if (slot == 0) return kNoEntry;
      if ((slot >> 16) == tag && is_key(entries_[(slot & 0xFFFF) - 1], key)) return static_cast<EntryId>(slot);
    }
  }

  const Entry* operator[](EntryId id) const { return id == kNoEntry ? nullptr : &entries_[id - 1]; }

  const KeyShapes& shapes() const { return shapes_; }
  EntryId byte_entry(char c) const { return bytes_[static_cast<unsigned char>(c)]; }

 private:
  static constexpr size_t kSlots = 2048;  // a power of two, well above the ~600 keys
  static constexpr uint32_t kMask = kSlots - 1;
  [[maybe_unused]] static constexpr size_t kMaxKey = 24;  // "greater than or equal to"; no key is longer (asserted)

  // Whether `key` is e's key: the head decides most keys, and the few
  // longer ones are compared in a loop rather than a call to memcmp (whose
  // registers would be saved on every lookup).
  static bool is_key(const Entry& e, std::string_view key) {
    const size_t n = key.size();
    if (e.key.size() != n || e.head != head(key)) return false;
    for (size_t k = 8; k < n; ++k) {
      if (e.key[k] != key[k]) return false;
    }
    return true;
  }

  Entry& add(std::string_view key);
  void add_flags(std::string_view phrase, uint16_t bits) { add(first_word(phrase)).flags |= bits; }
  static std::string_view first_word(std::string_view phrase) { return phrase.substr(0, phrase.find(' ')); }
  void add_tables();
  void add_word_flags();

  std::vector<Entry> entries_;
  std::array<uint32_t, kSlots> slots_{};
  KeyShapes shapes_{};
  std::array<EntryId, 256> bytes_{};  // the one-byte keys
};

Entry& Index::add(std::string_view key) {
  assert(key.size() <= kMaxKey);
  if (const EntryId id = find(key)) return entries_[id - 1];
  const uint64_t h = hash(key);
  uint32_t s = static_cast<uint32_t>(h) & kMask;
  while (slots_[s] != 0) s = (s + 1) & kMask;
  Entry e;
  e.key = key;
  e.head = head(key);
  entries_.push_back(e);
  shapes_[key_ends(key)] |= 1u << key.size();
  slots_[s] = static_cast<uint32_t>(entries_.size()) | static_cast<uint32_t>(h >> 48) << 16;
  return entries_.back();
}

Index::Index() {
  entries_.reserve(kSlots / 2);  // add() hands out references: no reallocation
  add_tables();
  add_word_flags();
  for (int c = 0; c < 256; ++c) {
    const char byte = static_cast<char>(c);
    bytes_[c] = find(std::string_view(&byte, 1));
  }
}

template <typename T, size_t N>
uint8_t row(const std::array<T, N>& table, const T& item) {
  static_assert(N < Entry::kNone, "a table's rows must fit in a byte");
  return static_cast<uint8_t>(&item - table.data());
}

void Index::add_tables() {
  for (const auto& x : kNumberWords) add(x.word).number = row(kNumberWords, x);
  for (const auto& x : kOrdinals) add(x.word).ordinal = row(kOrdinals, x);
  for (const auto& x : kScales) add(x.word).scale = row(kScales, x);
  for (const auto& x : kCurrencies) add(x.word).currency = row(kCurrencies, x);
  for (const auto& x : kUnits) add(x.word).unit = row(kUnits, x);
  for (const auto& x : kDurations) add(x.word).duration = row(kDurations, x);
  for (const auto& x : kModifiers) add(x.phrase).modifier = row(kModifiers, x);
  for (const auto& x : kMonths) add(x.word).month = static_cast<uint8_t>(x.value);
  for (const auto& x : kWeekdays) add(x.word).weekday = static_cast<uint8_t>(x.value);
  for (std::string_view x : kMeals) add(x).meal = true;
  for (const auto& x : kTenseWords) add(x.word).tense = x.cue;
  for (const auto& x : kHolidays) {
    add(x.word).holiday = true;
    // Each word, and its stem before an apostrophe (year's: year), which the atoms cut apart.
    for (size_t from = 0; from < x.word.size();) {
      const size_t end = std::min(x.word.find(' ', from), x.word.size());
      const std::string_view w = x.word.substr(from, end - from);
      add(w).holiday_word = true;
      add(w.substr(0, w.find('\''))).holiday_word = true;
      from = end + 1;
    }
  }
}

void Index::add_word_flags() {
  for (const auto& x : kNumberWords) add_flags(x.word, flag::strong | flag::number);
  for (const auto& x : kOrdinals) add_flags(x.word, flag::strong | flag::number);
  for (const auto& x : kMonths) add_flags(x.word, flag::strong | flag::month);
  for (const auto& x : kWeekdays) add_flags(x.word, flag::strong | flag::weekday);
  for (const auto& x : kHolidays) {
    add_flags(x.word, flag::strong | flag::holiday);
    // The atoms cut "mother's" at its apostrophe: "mother" begins the holiday, weakly.
    const std::string_view first = first_word(x.word);
    if (first.find('\'') != std::string_view::npos) add_flags(first.substr(0, first.find('\'')), flag::weak | flag::holiday);
  }
  for (const auto& x : kDurations) add_flags(x.word, x.abbreviation ? flag::time_unit : flag::strong | flag::time_unit);
  for (const auto& x : kCurrencies) {
    add_flags(x.word, flag::strong | flag::amount | flag::currency);
    // "Mex$", "US$": the letters are an atom of their own before the "$".
    const size_t dollar = x.word.find('$');
    if (dollar != std::string_view::npos && dollar > 0) {
      add_flags(x.word.substr(0, dollar), flag::weak | flag::currency);
    }
  }
  for (const auto& x : kUnits) add_flags(x.word, flag::unit);
  for (const auto& x : kModifiers) {
    add_flags(x.phrase, flag::weak | flag::modifier);
    const int words = static_cast<int>(std::count(x.phrase.begin(), x.phrase.end(), ' ')) + 1;
    uint16_t& f = add(first_word(x.phrase)).flags;
    if (words > flag::modifier_words(f)) {
      f = static_cast<uint16_t>((f & ((1u << flag::modifier_words_shift) - 1)) | (words << flag::modifier_words_shift));
    }
  }
  static constexpr std::string_view kCalendarStrong[] = {
      "today", "tomorrow", "yesterday", "tonight", "tmrw", "noon", "midnight", "midday", "morning",
      "afternoon", "evening", "mornings", "afternoons", "evenings", "week", "weekend", "workweek", "year",
      "spring", "summer",
      "autumn", "fall", "winter", "q", "h", "fy", "nineties", "eighties",
      "seventies", "sixties", "fifties"};
  for (std::string_view x : kCalendarStrong) add_flags(x, flag::strong | flag::calendar);
  for (std::string_view x : kMeals) add_flags(x, flag::strong | flag::calendar);
  static constexpr std::string_view kCalendarWeak[] = {
      "the", "this", "next", "last", "previous", "coming", "past", "following", "current", "upcoming", "recent",
      "early", "mid", "late", "earlier", "later", "end", "beginning", "start", "middle", "in", "fiscal",
      "calendar", "first", "second", "third", "fourth"};
  for (std::string_view x : kCalendarWeak) add_flags(x, flag::weak | flag::calendar);
  static constexpr std::string_view kAmount[] = {"a", "an", "half", "quarter", "minus", "negative", "between",
                                                 "from", "us", "c", "hk", "mex", "percent", "percents", "per",
                                                 "pct", "aged", "tens"};
  for (std::string_view x : kAmount) add_flags(x, flag::weak | flag::amount);
  // "tens" only before "of thousands" (the grammar's tens_of_scale), which begins no other number.
  for (std::string_view x : {"half", "quarter", "percent", "tens"}) add(x).flags |= flag::strong;
  static constexpr std::string_view kDuration[] = {"a", "an", "half", "few", "several", "some", "another", "all",
                                                   "full", "couple"};
  for (std::string_view x : kDuration) add_flags(x, flag::weak | flag::duration);
  // Words far too common to be strong on their own: "new" (new year),
  // "black" (black friday), "won", "p", "rand", "dong", "sterling".
  for (std::string_view x : {"new", "black", "good", "labor", "labour", "earth", "independence", "memorial",
                             "boxing", "saint", "st", "mother's", "father's", "valentine's", "won", "p", "rand",
                             "dong", "sterling"}) {
    uint16_t& f = add(x).flags;
    f = static_cast<uint16_t>((f & ~flag::strong) | flag::weak);
  }
}

// Built when the program starts (no other static initializer reads it), so
// that lookups pay no guard for a first use.
const Index kIndex;

const Index& index() { return kIndex; }

}  // namespace

const KeyShapes& key_shapes = kIndex.shapes();

namespace {

template <typename T, size_t N>
const T* at(const std::array<T, N>& table, EntryId id, uint8_t Entry::*row) {
  const Entry* e = index()[id];
  return e && e->*row != Entry::kNone ? &table[e->*row] : nullptr;
}

}  // namespace

EntryId entry(std::string_view lower) { return may_be_key(lower) ? index().find(lower) : kNoEntry; }

EntryId byte_entry(char lower, uint16_t& flags) {
  const EntryId id = index().byte_entry(lower);
  const Entry* e = index()[id];
  flags = e ? e->flags : 0;
  return id;
}

EntryId sieved_entry(std::string_view lower, uint16_t& flags) {
  const EntryId id = index().find(lower);
  const Entry* e = index()[id];
  flags = e ? e->flags : 0;
  return id;
}

const NumberWord* number_word(EntryId id) { return at(kNumberWords, id, &Entry::number); }
const Ordinal* ordinal(EntryId id) { return at(kOrdinals, id, &Entry::ordinal); }
const Scale* scale_word(EntryId id) { return at(kScales, id, &Entry::scale); }
const Currency* currency(EntryId id) { return at(kCurrencies, id, &Entry::currency); }
const Unit* unit(EntryId id) { return at(kUnits, id, &Entry::unit); }
const Duration* duration(EntryId id) { return at(kDurations, id, &Entry::duration); }
const Modifier* modifier(EntryId id) { return at(kModifiers, id, &Entry::modifier); }

int month(EntryId id) {
  const Entry* e = index()[id];
  return e ? e->month : 0;
}

int weekday(EntryId id) {
  const Entry* e = index()[id];
  return e ? e->weekday : 0;
}

bool holiday(EntryId id) {
  const Entry* e = index()[id];
  return e && e->holiday;
}

bool meal(EntryId id) {
  const Entry* e = index()[id];
  return e && e->meal;
}

TenseCue tense_cue(EntryId id) {
  const Entry* e = index()[id];
  return e ? e->tense : TenseCue::none;
}

bool calendar_or_currency(EntryId id) {
  const Entry* e = index()[id];
  return e && (e->month || e->weekday || e->holiday || e->holiday_word || e->currency != Entry::kNone);
}

uint16_t word_flags(EntryId id) {
  const Entry* e = index()[id];
  return e ? e->flags : 0;
}

std::string_view to_string(TimeUnit u) {
  switch (u) {
    case TimeUnit::year: return "year";
    case TimeUnit::month: return "month";
    case TimeUnit::week: return "week";
    case TimeUnit::day: return "day";
    case TimeUnit::hour: return "hour";
    case TimeUnit::minute: return "minute";
    case TimeUnit::second: return "second";
  }
  return "year";
}

}  // namespace lede::numbers::lexicon
