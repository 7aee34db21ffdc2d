// The hand-written word lists of lexicon.hpp. Kept short and common: they are
// hints for a trained tagger and for grouping, not an encyclopedia.
#include "entities/lexicon.hpp"

#include <algorithm>
#include <iterator>
#include <vector>

namespace lede::entities::lexicon {

namespace {

constexpr Demonym kDemonyms[] = {
    {"Afghan", "Afghanistan"}, {"Albanian", "Albania"}, {"Algerian", "Algeria"}, {"American", "United States"},
    {"Angolan", "Angola"}, {"Argentine", "Argentina"}, {"Argentinian", "Argentina"}, {"Armenian", "Armenia"},
    {"Australian", "Australia"}, {"Austrian", "Austria"}, {"Azerbaijani", "Azerbaijan"}, {"Azeri", "Azerbaijan"},
    {"Bahraini", "Bahrain"}, {"Bangladeshi", "Bangladesh"}, {"Belarusian", "Belarus"}, {"Belgian", "Belgium"},
    {"Bolivian", "Bolivia"}, {"Bosnian", "Bosnia and Herzegovina"}, {"Brazilian", "Brazil"}, {"British", "United Kingdom"},
    {"Bulgarian", "Bulgaria"}, {"Burmese", "Myanmar"}, {"Cambodian", "Cambodia"}, {"Cameroonian", "Cameroon"},
    {"Canadian", "Canada"}, {"Chadian", "Chad"}, {"Chilean", "Chile"}, {"Chinese", "China"}, {"Colombian", "Colombia"},
    {"Congolese", "Congo"}, {"Croatian", "Croatia"}, {"Croat", "Croatia"}, {"Cuban", "Cuba"}, {"Cypriot", "Cyprus"},
    {"Czech", "Czech Republic"}, {"Danish", "Denmark"}, {"Dutch", "Netherlands"}, {"Ecuadorian", "Ecuador"},
    {"Egyptian", "Egypt"}, {"Emirati", "United Arab Emirates"}, {"English", "England"}, {"Eritrean", "Eritrea"},
    {"Estonian", "Estonia"}, {"Ethiopian", "Ethiopia"}, {"European", "Europe"}, {"Filipino", "Philippines"},
    {"Finnish", "Finland"}, {"French", "France"}, {"Georgian", "Georgia"}, {"German", "Germany"},
    {"Ghanaian", "Ghana"}, {"Greek", "Greece"}, {"Guatemalan", "Guatemala"}, {"Haitian", "Haiti"},
    {"Honduran", "Honduras"}, {"Hungarian", "Hungary"}, {"Icelandic", "Iceland"}, {"Indian", "India"},
    {"Indonesian", "Indonesia"}, {"Iranian", "Iran"}, {"Iraqi", "Iraq"}, {"Irish", "Ireland"}, {"Israeli", "Israel"},
    {"Italian", "Italy"}, {"Ivorian", "Ivory Coast"}, {"Jamaican", "Jamaica"}, {"Japanese", "Japan"},
    {"Jordanian", "Jordan"}, {"Kazakh", "Kazakhstan"}, {"Kenyan", "Kenya"}, {"Korean", "Korea"}, {"Kosovar", "Kosovo"},
    {"Kuwaiti", "Kuwait"}, {"Kyrgyz", "Kyrgyzstan"}, {"Lao", "Laos"}, {"Latvian", "Latvia"}, {"Lebanese", "Lebanon"},
    {"Liberian", "Liberia"}, {"Libyan", "Libya"}, {"Lithuanian", "Lithuania"}, {"Macedonian", "North Macedonia"},
    {"Malagasy", "Madagascar"}, {"Malaysian", "Malaysia"}, {"Malian", "Mali"}, {"Maltese", "Malta"},
    {"Mexican", "Mexico"}, {"Moldovan", "Moldova"}, {"Mongolian", "Mongolia"}, {"Montenegrin", "Montenegro"},
    {"Moroccan", "Morocco"}, {"Mozambican", "Mozambique"}, {"Namibian", "Namibia"}, {"Nepalese", "Nepal"},
    {"Nepali", "Nepal"}, {"Nicaraguan", "Nicaragua"}, {"Nigerian", "Nigeria"}, {"Nigerien", "Niger"},
    {"Norwegian", "Norway"}, {"Omani", "Oman"}, {"Pakistani", "Pakistan"}, {"Palestinian", "Palestine"},
    {"Panamanian", "Panama"}, {"Paraguayan", "Paraguay"}, {"Peruvian", "Peru"}, {"Polish", "Poland"},
    {"Portuguese", "Portugal"}, {"Qatari", "Qatar"}, {"Romanian", "Romania"}, {"Russian", "Russia"},
    {"Rwandan", "Rwanda"}, {"Saudi", "Saudi Arabia"}, {"Scottish", "Scotland"}, {"Senegalese", "Senegal"},
    {"Serbian", "Serbia"}, {"Serb", "Serbia"}, {"Singaporean", "Singapore"}, {"Slovak", "Slovakia"},
    {"Slovenian", "Slovenia"}, {"Somali", "Somalia"}, {"South African", "South Africa"}, {"Spanish", "Spain"},
    {"Sri Lankan", "Sri Lanka"}, {"Sudanese", "Sudan"}, {"Swedish", "Sweden"}, {"Swiss", "Switzerland"},
    {"Syrian", "Syria"}, {"Taiwanese", "Taiwan"}, {"Tajik", "Tajikistan"}, {"Tanzanian", "Tanzania"},
    {"Thai", "Thailand"}, {"Tunisian", "Tunisia"}, {"Turkish", "Turkey"}, {"Turkmen", "Turkmenistan"},
    {"Ugandan", "Uganda"}, {"Ukrainian", "Ukraine"}, {"Uruguayan", "Uruguay"}, {"Uzbek", "Uzbekistan"},
    {"Venezuelan", "Venezuela"}, {"Vietnamese", "Vietnam"}, {"Welsh", "Wales"}, {"Yemeni", "Yemen"},
    {"Zambian", "Zambia"}, {"Zimbabwean", "Zimbabwe"}, {"Soviet", "Soviet Union"}, {"Kurdish", "Kurdistan"},
    {"Arab", "Arab world"}, {"Asian", "Asia"}, {"African", "Africa"}, {"Western", "the West"},
    {"Americans", "United States"}, {"Iranians", "Iran"}, {"Russians", "Russia"}, {"Israelis", "Israel"},
    {"Palestinians", "Palestine"}, {"Ukrainians", "Ukraine"}, {"Germans", "Germany"}, {"Chinese", "China"},
    {"Iraqis", "Iraq"}, {"Syrians", "Syria"}, {"Afghans", "Afghanistan"}, {"Indians", "India"},
    {"Pakistanis", "Pakistan"}, {"Saudis", "Saudi Arabia"}, {"Turks", "Turkey"}, {"Kurds", "Kurdistan"},
};

constexpr Acronym kAcronyms[] = {
    {"UN", "United Nations"}, {"U.N.", "United Nations"}, {"EU", "European Union"},
    {"NATO", "North Atlantic Treaty Organization"}, {"IAEA", "International Atomic Energy Agency"},
    {"US", "United States", true}, {"U.S.", "United States", true}, {"USA", "United States", true}, {"UK", "United Kingdom", true},
    {"U.K.", "United Kingdom", true}, {"UAE", "United Arab Emirates", true}, {"IMF", "International Monetary Fund"},
    {"WHO", "World Health Organization"}, {"WTO", "World Trade Organization"},
    {"OPEC", "Organization of the Petroleum Exporting Countries"}, {"SCO", "Shanghai Cooperation Organization"},
    {"BRICS", "BRICS"}, {"ASEAN", "Association of Southeast Asian Nations"}, {"FBI", "Federal Bureau of Investigation"},
    {"CIA", "Central Intelligence Agency"}, {"ICC", "International Criminal Court"},
    {"OSCE", "Organization for Security and Co-operation in Europe"}, {"UNSC", "United Nations Security Council"},
    {"IRGC", "Islamic Revolutionary Guard Corps"}, {"EAEU", "Eurasian Economic Union"},
    {"ECB", "European Central Bank"}, {"Fed", "Federal Reserve"}, {"AU", "African Union"},
    {"GCC", "Gulf Cooperation Council"}, {"OIC", "Organisation of Islamic Cooperation"},
};

constexpr std::string_view kTitles[] = {
    "president", "vice", "prime", "minister", "secretary", "chancellor", "king", "queen", "prince", "princess",
    "sheikh", "emir", "ayatollah", "pope", "cardinal", "bishop", "rabbi", "imam", "general", "gen.", "gen",
    "colonel", "col.", "major", "maj.", "captain", "capt.", "lieutenant", "lt.", "sergeant", "sgt.", "admiral",
    "adm.", "commander", "marshal", "chief", "director", "governor", "gov.", "senator", "sen.", "representative",
    "rep.", "congressman", "congresswoman", "mayor", "judge", "justice", "ambassador", "envoy", "spokesman",
    "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair", "ceo", "cfo", "coo", "cto", "founder",
    "co-founder", "head", "leader", "deputy", "aide", "adviser", "advisor", "official", "dr", "dr.", "mr", "mr.",
    "mrs", "mrs.", "ms", "ms.", "sir", "dame", "lord", "lady", "professor", "prof.", "coach", "manager", "striker",
    "midfielder", "defender", "goalkeeper", "captain", "analyst", "economist", "editor", "correspondent", "reporter",
    "first", "foreign", "defence", "defense", "interior", "finance", "economy", "presidential", "supreme",
};

constexpr std::string_view kOrgSuffixes[] = {
    "Inc",     "Inc.",       "Corp",     "Corp.",       "Corporation", "Co",        "Co.",       "Ltd",
    "Ltd.",    "Limited",    "LLC",      "Plc",         "PLC",         "plc",       "AG",        "SA",
    "S.A.",    "GmbH",       "NV",       "N.V.",        "Group",       "Holdings",  "Bank",      "Company",
    "Agency",  "Ministry",   "Council",  "Committee",   "Commission",  "Party",     "Union",     "Association",
    "Institute", "University", "Organization", "Organisation", "Federation", "Foundation", "Fund", "Authority",
    "Airlines", "Airways",   "Motors",   "Systems",     "Technologies", "International", "Club", "United",
    "SpA",     "Cos",        "Bhd",      "BV",          "Oy",          "AB",        "ASA",       "Inc.",
    "Assembly", "Parliament", "Court",   "Office",      "Department",  "Service",   "Forces",    "Army",
};

constexpr std::string_view kCountries[] = {
    "Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland", "Russia", "Iran", "Syria",
    "South Korea", "North Korea", "Czech Republic", "Ivory Coast", "Holland", "Burma", "Palestine", "Gaza",
    "West Bank", "Kosovo", "Taiwan", "Hong Kong", "Vatican", "Soviet Union", "USSR", "Yugoslavia", "Zaire",
    "Europe", "Asia", "Africa", "North America", "South America", "Latin America", "Middle East", "Caucasus",
    "Balkans", "Scandinavia", "Siberia", "Crimea", "Donbas", "Kurdistan", "Persian Gulf", "Gulf",
};

constexpr std::string_view kFunctionWords[] = {
    "a",     "an",    "the",   "of",    "and",  "or",    "but",   "in",    "on",    "at",    "for",   "to",
    "from",  "by",    "with",  "as",    "if",   "then",  "so",    "not",   "no",    "yes",   "he",    "she",
    "it",    "they",  "we",    "i",     "you",  "his",   "her",   "its",   "their", "our",   "my",    "your",
    "him",   "them",  "me",    "what", "who",   "whom",  "whose", "which", "when",  "where", "why",
    "how",   "this",  "that",  "these", "those", "there", "here", "all",   "some",  "any",   "each",  "every",
    "after", "before", "while", "since", "during", "about", "into", "over", "under", "between", "against",
};

template <typename T, size_t N>
List<T> list_of(const T (&items)[N]) {
  return {items, N};
}

}  // namespace

List<Demonym> demonyms() { return list_of(kDemonyms); }
List<Acronym> acronyms() { return list_of(kAcronyms); }
List<std::string_view> titles() { return list_of(kTitles); }
List<std::string_view> org_suffixes() { return list_of(kOrgSuffixes); }
List<std::string_view> countries() { return list_of(kCountries); }

std::string_view country_of_demonym(std::string_view word) {
  for (const auto& d : kDemonyms) {
    if (d.word == word) return d.country;
  }
  return {};
}

namespace {

// A word list sorted once, for binary search: the lists are asked about
// every edge word of every mention.
template <size_t N>
class SortedList {
 public:
  explicit SortedList(const std::string_view (&words)[N]) : words_(words, words + N) {
    std::sort(words_.begin(), words_.end());
  }
  bool contains(std::string_view w) const { return std::binary_search(words_.begin(), words_.end(), w); }

 private:
  std::vector<std::string_view> words_;
};

}  // namespace

bool is_title(std::string_view lower) {
  static const SortedList titles(kTitles);
  return titles.contains(lower);
}

bool is_function_word(std::string_view lower) {
  static const SortedList function_words(kFunctionWords);
  return function_words.contains(lower);
}

}  // namespace lede::entities::lexicon
