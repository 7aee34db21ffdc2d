// The hand-written word lists of lexicon.hpp. Kept short and common: they are
// hints for a trained tagger and for grouping, not an encyclopedia.
#include "entities/lexicon.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <vector>

#include "text/chars.hpp"

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
    {"Lib Dems", "Liberal Democrats"}, {"Lib Dem", "Liberal Democrats"}, {"Liberal Democrat", "Liberal Democrats"},
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

// Titles' abbreviations as the tokenizer leaves them, without their dot ("Sen. Ted Cruz"): titles
// for grouping only. The tagger's gazetteer reads kTitles, and the shipped model was trained on it.
constexpr std::string_view kTitleAbbreviations[] = {"sen", "rep",  "gov",  "col", "maj",  "capt", "lt",
                                                    "sgt", "adm",  "prof", "cpl", "brig", "cmdr", "det",
                                                    "insp", "supt"};

// Titles that begin no other kind of name: "General Motors", "President
// Hotel", "Prince Edward Island" and "Dr Pepper" begin other names.
constexpr std::string_view kPersonalTitles[] = {"mr",  "mr.",     "mrs",  "mrs.",        "ms",           "ms.",  "rep",
                                                "rep.", "senator", "sen",  "sen.",        "congressman", "congresswoman"};

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
    // Pronouns of no one in particular: "Nobody" opening a quotation is no person's name.
    "nobody", "everybody", "somebody", "anybody", "everyone", "someone", "anyone",
    // "I" with a verb, one token, capitalized inside any sentence ("the worst I've seen").
    "i'm", "i've", "i'll", "i'd", "i\xE2\x80\x99m", "i\xE2\x80\x99ve", "i\xE2\x80\x99ll", "i\xE2\x80\x99" "d",
};

// Unambiguous names only: not "Amazon" (a river), "Ford" (a person), "Shell",
// nor makers whose name is their product's ("a Boeing 747", MISC).
constexpr std::string_view kWellKnownOrganizations[] = {
    "Google",     "Alphabet",  "Microsoft",   "Facebook", "Meta",       "Twitter",   "YouTube",   "Instagram",
    "WhatsApp",   "TikTok",    "ByteDance",   "Netflix",  "Tesla",      "SpaceX",    "OpenAI",    "Nvidia",
    "Intel",      "Samsung",   "Huawei",      "Xiaomi",   "Alibaba",    "Tencent",   "Baidu",     "Uber",
    "Airbnb",     "PayPal",    "Spotify",     "LinkedIn", "Reddit",     "Pfizer",    "Moderna",   "AstraZeneca",
    "BioNTech",   "Toyota",    "Volkswagen",  "Walmart",  "Starbucks",  "Nike",      "Sony",      "Nintendo",
    "Gazprom",    "Rosneft",   "Aramco",      "ExxonMobil", "Chevron",  "Hamas",     "Hezbollah", "Taliban",
    "Wikipedia",  "Anthropic", "Qualcomm",    "Oracle",   "Salesforce", "eBay",      "BlackRock", "JPMorgan",
    "Greenpeace", "Oxfam",     "Ticketmaster", "Ryanair", "easyJet",    "Amnesty International",
    "Telegram",   "Bluesky",   "Truth Social", "Cal Fire",  "Zoom",      "Tesco",
    // YouTube as it is often misspelt.
    "Youtube",
    // India's market regulator and South Africa's trade unions, which the tagger reads as people.
    "Sebi", "SEBI", "Cosatu", "COSATU",
    // An Indian party the tagger reads as a person.
    "Shiv Sena",
    // Britain's largest union, which the tagger reads as a place.
    "Unison",
    // Broadcasters whose names open with "Al" ("the"), which the tagger reads as a first name:
    // "told Al Jazeera" was a person.
    "Al Jazeera", "Al Arabiya",
    // Parliaments by their own names, which the tagger reads as places, people or MISC.
    "Bundestag", "Bundesrat", "Knesset", "Lok Sabha", "Rajya Sabha", "Sejm", "Riksdag", "Storting", "Folketing",
    "Eduskunta", "Althing",
    // Irish parties and houses, which the tagger reads as people's names or places ("Sinn Féin", "the Dáil").
    "Sinn F\xC3\xA9in", "Sinn Fein", "Fianna F\xC3\xA1il", "Fianna Fail", "Fine Gael", "D\xC3\xA1il", "Dail",
    "Oireachtas", "Seanad",
    // British parties by the names the news uses daily.
    "Tories",     "Reform UK",
    // Football clubs by the short names the news uses, no place's.
    "Wolves",     "Spurs",
    // A maker the news names as its Formula 1 team ("Red Bull team principal
    // Christian Horner": the tagger took "Bull" alone for a person).
    "Red Bull",
    // Spain's football league ("their La Liga season": the tagger read a woman's name).
    "La Liga",
    // Two words that read as a person's name: the tagger calls "Morgan Stanley" one.
    "Goldman Sachs", "Morgan Stanley", "Getty Images", "Berkshire Hathaway", "Deutsche Bank", "Lockheed Martin",
    "Eli Lilly",
    // Britain's biggest housebuilders, which trading updates name daily ("Taylor Wimpey said profits ...").
    "Taylor Wimpey", "Barratt Redrow",
    // Firms the tagger reads as people or places ("Analysts at Jefferies", "Allianz, the German insurer"),
    // or leaves out ("AT&T and T-Mobile").
    "Jefferies",  "Allianz",   "CoreLogic",   "Verizon",  "AT&T",       "T-Mobile",  "Fujitsu",
    // Australia's banks, whose economists the news quotes daily ("Westpac chief economist Luci Ellis", left out).
    "Westpac",
    // Read as people or places: "Meta Platforms has shifted", "Hungary's Fidesz", "a scientist at Caltech".
    "Meta Platforms", "Fidesz", "Caltech",
    // The Liberal Democrats by every name the news gives them (the tagger took
    // "Lib Dems" for a person and "Democrat" alone in "Liberal Democrat councillor").
    "Liberal Democrats", "Liberal Democrat", "Lib Dems", "Lib Dem",
};

constexpr std::string_view kCommonAcronyms[] = {"AI",  "GDP", "IPO", "ETF", "EV",  "EVs", "TV",  "VAT", "DNA", "SUV",
                                                "SUVs", "LNG", "GPS", "USB", "API", "CPI", "PMI", "ESG", "AGM", "PDF",
                                                "LDL", "HDL", "BMI", "MRI", "RNA", "GP", "GPs", "PET", "GSDP", "GST",
                                                // Measures in results and inflation stories.
                                                "EBIT", "EBITDA", "EPS", "PCE", "CAGR",
                                                // Genes a health story names ("mutations in the PI3K pathway").
                                                "PI3K", "BRCA1", "BRCA2", "HER2", "KRAS", "EGFR",
                                                // Screens a review names.
                                                "OLED", "LCD", "LED",
                                                // Headsets' realities ("AR glasses").
                                                "AR", "VR", "XR",
                                                // Time zones in a byline's stamp ("6:42 PM UTC"); not
                                                // "GMT", which CoNLL marks as a name.
                                                "UTC", "EST", "EDT", "BST", "CET", "CEST", "PST", "PDT",
                                                "AEST", "AEDT",
                                                // A city's central business district ("the CBD"), and cannabidiol.
                                                "CBD"};

// Words that open a sentence before its subject ("Separately Apple said"):
// the tagger sometimes takes one into the name after it.
constexpr std::string_view kOpeningAdverbs[] = {
    "meanwhile", "separately", "additionally", "however", "also",    "later",    "earlier",   "yesterday",
    "today",     "instead",    "still",        "moreover", "furthermore", "nevertheless", "meantime", "elsewhere",
    "similarly", "likewise",   "indeed",       "previously", "recently", "currently", "eventually", "initially",
    "overall",   "finally",    "besides",      "nonetheless", "thus",    "now",      "then",      "tomorrow",
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

// Asked of the one- and two-word forms of every text, and of every
// capitalized word the tagger left untagged.
constexpr text::WordSet kWellKnownSet(kWellKnownOrganizations);

bool is_well_known_organization(std::string_view form) { return kWellKnownSet.contains(form); }

// In full and by the surname the news names each alone by; not a surname
// that names a place or a thing as often ("Harris", "May").
constexpr std::string_view kWellKnownPeople[] = {
    "Donald Trump", "Trump",     "Joe Biden",      "Biden",      "Barack Obama",    "Obama",
    "Elon Musk",    "Musk",      "Mark Zuckerberg", "Zuckerberg", "Jeff Bezos",     "Bezos",
    "Sam Altman",   "Altman",    "Vladimir Putin", "Putin",      "Volodymyr Zelensky", "Volodymyr Zelenskyy",
    "Zelensky",     "Zelenskyy", "Benjamin Netanyahu", "Netanyahu", "Xi Jinping",   "Xi",        "Narendra Modi",
    "Modi",         "Emmanuel Macron", "Macron",   "Keir Starmer", "Starmer",       "Rishi Sunak",
    "Sunak",        "Olaf Scholz", "Scholz",       "Friedrich Merz", "Merz",        "Giorgia Meloni",
    "Meloni",       "Ali Khamenei", "Khamenei",    "Justin Trudeau", "Trudeau",     "Javier Milei",
    "Milei",        "Cyril Ramaphosa", "Ramaphosa", "Antonio Guterres", "Guterres", "JD Vance",
    "Vance",        "Marco Rubio", "Rubio",        "Kamala Harris", "Recep Tayyip Erdogan", "Erdogan",
};
constexpr text::WordSet kWellKnownPeopleSet(kWellKnownPeople);

bool is_well_known_person(std::string_view form) { return kWellKnownPeopleSet.contains(form); }

// Not the names that are also people's ("Alexa") or companies' ("WhatsApp").
constexpr std::string_view kProducts[] = {
    "iPhone", "iPad",    "MacBook", "AirPods", "Galaxy", "Pixel",   "ChatGPT", "Gemini", "Copilot", "Llama", "Grok",
    "Siri",   "Bixby",   "Azure",   "Android", "iOS",    "Windows", "PlayStation", "Xbox", "Kindle",
    // Phones' chips, by their lines ("Qualcomm's Snapdragon 8 Elite chip" was an organization).
    "Snapdragon", "Exynos",
    // Drugs the news names by their brands.
    "Wegovy", "Ozempic", "Mounjaro", "Zepbound",
    // Spacecraft and missions ("the Orion capsule", "Artemis III" was a
    // person, "Starship" an organization), as CoNLL tags vehicles.
    "Starship", "Starliner", "Orion", "Artemis", "Soyuz", "Shenzhou", "Chandrayaan",
    // Stock indexes, MISC as CoNLL tags "DAX" ("the Sensex fell", "the Nifty slipped" were organizations);
    // not "Nikkei" nor "Hang Seng", a paper's and a bank's names too.
    "Sensex", "Nifty", "Kospi", "DAX", "Stoxx", "Bovespa", "Merval",
};

// Asked of the first word of every form.
constexpr text::WordSet kProductSet(kProducts);

bool opens_product_name(std::string_view word) { return kProductSet.contains(word); }

// Carmakers whose name opens their models' ("Honda Civic", "Tesla Model Y");
// not those whose name opens other businesses' as often ("Mitsubishi UFJ",
// "Tata Steel", "Rolls-Royce Holdings"), nor teams' ("Ferrari", "McLaren").
constexpr std::string_view kCarmakers[] = {
    "Honda",   "Toyota",    "Tesla",   "Ford",     "Hyundai",   "Kia",     "Nissan",   "BMW",    "Mercedes",
    "Mercedes-Benz", "Volkswagen", "VW", "Audi",   "Porsche",   "Chevrolet", "Chevy",  "Jeep",   "Subaru",
    "Mazda",   "Volvo",     "Renault", "Peugeot",  "Fiat",      "BYD",     "Rivian",   "Lucid",  "Lexus",
    "Dodge",   "Cadillac",  "Buick",   "Skoda",    "Citroen",   "Polestar", "Xpeng",   "Lamborghini", "Bentley"};
constexpr text::WordSet kCarmakerSet(kCarmakers);

// Words after a carmaker's name that name a business or a place of it, not
// a model ("Toyota Motor", "Ford Foundation", "Honda Center").
constexpr std::string_view kCarmakerBusinessWords[] = {
    "Motor",   "Group",    "America", "Americas", "Europe",  "Racing",     "Foundation", "Center",   "Centre",
    "Arena",   "Field",    "Stadium", "Park",     "Oval",     "Classic", "Cup",        "Team",       "Financial", "Credit",
    "Auto",    "Automotive", "Mobility", "Research", "Design", "Corporation", "Company", "Corp",     "Co",
    "Inc",     "AG",       "Holdings", "North",   "China",   "Japan",      "India",      "Korea",    "Canada",
    "UK",      "Germany",  "Australia", "Chief",  "CEO",     "Executive",  "Chairman",   "President", "Energy",
    "Insurance", "Bank",   "Trucks",  "Sales",    "Global",  "International", "Digital", "Software", "Semiconductor"};
constexpr text::WordSet kCarmakerBusinessSet(kCarmakerBusinessWords);

bool is_carmaker(std::string_view word) { return kCarmakerSet.contains(word); }

bool is_carmaker_business_word(std::string_view word) {
  return kCarmakerBusinessSet.contains(word);
}

// Cryptocurrencies by their names and tickers: the tagger read "Bitcoin"
// as an organization or a person, "Ether" as a person. Not "Tether", a
// company as often as its coin.
constexpr std::string_view kCoins[][2] = {
    {"Bitcoin", "BTC"}, {"Ether", "ETH"}, {"Ethereum", "ETH"}, {"Solana", "SOL"}, {"Dogecoin", "DOGE"},
    {"Cardano", "ADA"}, {"Litecoin", "LTC"}, {"XRP", "XRP"}};

// kCoins' names and tickers: asked of every form.
constexpr text::WordSet kCoinWords = [] {
  std::array<std::string_view, 2 * std::size(kCoins)> words{};
  for (size_t i = 0; i < std::size(kCoins); ++i) {
    words[2 * i] = kCoins[i][0];
    words[2 * i + 1] = kCoins[i][1];
  }
  return text::WordSet(words);
}();

std::string_view coin_ticker(std::string_view form) {
  if (!kCoinWords.contains(form)) return {};
  for (const auto& coin : kCoins) {
    if (form == coin[0] || form == coin[1]) return coin[1];
  }
  return {};
}

// Not "Christie", nor "McDonald" or "Lloyd": people's possessives as often.
bool names_company_in_possessive(std::string_view word) {
  return word == "Sotheby" || word == "Sainsbury" || word == "Moody" || word == "Macy";
}

bool is_model_word(std::string_view word) {
  static constexpr std::string_view kWords[] = {"Pro", "Max", "MAX", "Ultra", "Plus", "Mini", "Air", "Lite", "SE", "XL"};
  return std::find(std::begin(kWords), std::end(kWords), word) != std::end(kWords);
}

// Not the words that are also first names ("Isla", "Sierra", "Rue") or
// surnames ("Castillo").
constexpr std::string_view kPlaceOpenings[] = {
    "Pointe", "Cap",     "Île",   "Ile",    "Mont",     "Lac",   "Baie",     "Bois",   "Plage",
    "Château", "Chateau", "Cathédrale", "Musée", "Abbaye", "Moulin", "Puerto", "Lago",  "Playa",
    "Museo",  "Piazza",  "Palazzo", "Basilica", "Palacio", "Catedral", "Praia", "Estádio", "Stadio",
};

// Rockets and landers of more than one word, which the tagger took for
// their makers ("the Space Launch System rocket", "the Blue Moon lander").
constexpr std::string_view kSpacecraft[] = {"Space Launch System", "Super Heavy",  "Blue Moon",    "New Glenn",
                                            "New Shepard",         "Crew Dragon",  "Falcon Heavy", "Long March"};
constexpr text::WordSet kSpacecraftSet(kSpacecraft);

bool is_spacecraft_name(std::string_view form) { return kSpacecraftSet.contains(form); }

// kPlaceOpenings by their shape: asked of the first word of every form of
// two words or more.
constexpr text::WordSet kPlaceOpeningSet(kPlaceOpenings);

bool opens_place_name(std::string_view word) { return kPlaceOpeningSet.contains(word); }

// The training text's 1996 names are in brackets.
constexpr std::string_view kRenamedPlaces[] = {
    "Kyiv",     /* Kiev */     "Kharkiv",  /* Kharkov */ "Odesa",   /* Odessa */  "Luhansk", /* Lugansk */
    "Mumbai",   /* Bombay */   "Chennai",  /* Madras */  "Kolkata", /* Calcutta */ "Bengaluru", /* Bangalore */
    "Yangon",   /* Rangoon */  "Myanmar",  /* Burma */   "Almaty",  /* Alma-Ata */ "Chisinau", /* Kishinev */
    "Czechia",  /* the Czech Republic */   "Eswatini", /* Swaziland */         "Türkiye"};
constexpr text::WordSet kRenamedPlaceSet(kRenamedPlaces);

bool is_renamed_place(std::string_view word) { return kRenamedPlaceSet.contains(word); }

// Not "Court" nor "Head", which follow a country's possessive ("Britain's Court of Appeal").
constexpr std::string_view kPossessivePlaceEnds[] = {"End",  "Cross", "Wood", "Bush", "Lynn", "Green",
                                                     "Heath", "Hill", "Common", "Bay", "Cove", "Inn",
                                                     "Gate", "Well", "Wells", "Park"};
constexpr text::WordSet kPossessivePlaceEndSet(kPossessivePlaceEnds);

// Buildings and institutions named after a saint, a founder or a
// benefactor in the possessive ("St Thomas' Hospital", "King's College").
constexpr std::string_view kInstitutionWords[] = {"Hospital", "College", "University", "School", "Cathedral", "Chapel",
                                                  "Church",   "Abbey",   "Infirmary"};
constexpr text::WordSet kInstitutionWordSet(kInstitutionWords);

bool is_institution_word(std::string_view word) {
  return kInstitutionWordSet.contains(word);
}

bool ends_possessive_place(std::string_view word) {
  return kPossessivePlaceEndSet.contains(word) || is_institution_word(word);
}

constexpr text::WordSet kPlaceModifierSet(kPlaceModifiers);

bool is_place_modifier(std::string_view word) { return kPlaceModifierSet.contains(word); }

// Not a trade's plural that is also a surname ("Steel", "Banks").
constexpr std::string_view kTradePlurals[] = {
    "Ferries",     "Airways",   "Airlines",     "Motors",        "Foods",        "Homes",       "Holdings",
    "Industries",  "Pharmaceuticals", "Electronics", "Logistics", "Studios",     "Hotels",      "Resorts",
    "Breweries",   "Stores",    "Supermarkets", "Railways",      "Telecom",      "Communications", "Technologies",
    "Systems",     "Solutions", "Properties",   "Developments",  "Chemicals",    "Minerals",    "Brands",
    "Insurance",   "Entertainment", "Engineering", "Construction", "Petroleum",  "Energy",      "Media",
    "Services"};
constexpr text::WordSet kTradePluralSet(kTradePlurals);

bool names_trade(std::string_view word) { return kTradePluralSet.contains(word); }

// The nicknames of North America's major-league teams that are no common
// noun, or that the tagger's place or person took in ("the Denver Nuggets"
// was a person, "the Los Angeles Lakers" a place), and the singular ones.
constexpr std::string_view kTeamNicknames[] = {
    "Lakers",   "Celtics",  "Knicks",    "Nuggets",  "Timberwolves", "Warriors",  "Suns",      "Clippers",
    "Mavericks", "Cavaliers", "Pacers",  "Pistons",  "Grizzlies",    "Pelicans",  "Raptors",   "76ers",
    "Sixers",   "Blazers",  "Wizards",   "Hornets",  "Rockets",      "Bucks",     "Nets",      "Thunder",
    "Heat",     "Magic",    "Jazz",      "Chiefs",   "Bills",        "Bengals",   "Broncos",   "Packers",
    "Texans",   "Colts",    "Jaguars",   "Raiders",  "Chargers",     "Rams",      "Dolphins",  "Vikings",
    "Patriots", "Steelers", "49ers",     "Seahawks", "Buccaneers",   "Titans",    "Commanders", "Cowboys",
    "Ravens",   "Falcons",  "Eagles",    "Yankees",  "Dodgers",      "Mets",      "Phillies",  "Astros",
    "Orioles",  "Padres",   "Mariners",  "Brewers",  "Rockies",      "Diamondbacks", "Marlins", "Nationals",
    "Guardians", "Royals",  "Cubs",      "Sox",      "Jays",         "Bruins",    "Canadiens", "Oilers",
    "Canucks",  "Flyers",   "Penguins",  "Islanders", "Blackhawks",  "Sabres",    "Predators", "Avalanche",
    "Lightning", "Kraken",  "Wild",      "Leafs",    "Capitals",     "Hurricanes", "Knights",  "Jackets"};
constexpr text::WordSet kTeamNicknameSet(kTeamNicknames);

// Formula 1's teams that the tagger reads as people or places; not
// "Williams", a surname as often.
constexpr std::string_view kRacingTeams[] = {"Mercedes", "Aston Martin", "Ferrari",      "McLaren",  "Alpine",
                                             "Haas",     "Sauber",       "Racing Bulls", "Cadillac", "Audi"};
constexpr text::WordSet kRacingTeamSet(kRacingTeams);

bool is_racing_team(std::string_view form) { return kRacingTeamSet.contains(form); }

bool is_team_nickname(std::string_view word) { return kTeamNicknameSet.contains(word); }

// Not "Fund" nor "Trust", which end charities' and places' names too.
constexpr std::string_view kFirmEnds[] = {"Capital",     "Partners",   "Holdings",    "Group",    "Ventures",
                                          "Bank",        "Securities", "Investments", "Advisors", "Advisers",
                                          "Management",  "Associates", "Research",    "Analytics"};
constexpr text::WordSet kFirmEndSet(kFirmEnds);

bool ends_firm_name(std::string_view word) { return kFirmEndSet.contains(word); }

// Not "Hospital", a surname too (the golfer Domingo Hospital), and a
// building as often as its staff.
constexpr std::string_view kInstitutionEnds[] = {"Center",     "Centre",       "Clinic",      "Institute",
                                                 "Laboratory", "Laboratories", "Observatory", "Survey"};
constexpr text::WordSet kInstitutionEndSet(kInstitutionEnds);

bool ends_institution_name(std::string_view word) { return kInstitutionEndSet.contains(word); }

constexpr std::string_view kSchoolEnds[] = {"College", "University", "School", "Academy"};
constexpr text::WordSet kSchoolEndSet(kSchoolEnds);

bool ends_academic_name(std::string_view word) { return kSchoolEndSet.contains(word) || ends_institution_name(word); }

// Not "Court", which ends places' names too ("Earls Court").
bool ends_public_body_name(std::string_view word) {
  return word == "Police" || word == "Constabulary" || word == "Council" || word == "Directorate";
}

// Not "Head" nor "Hill", which end surnames ("Murray Head", "Damon Hill").
constexpr std::string_view kLandformOpenings[] = {"Point", "Cape", "Mount", "Mt",  "Lake",
                                                  "Loch",  "Isle", "Port",  "Fort"};
constexpr std::string_view kLandformEnds[] = {"Point",   "Island", "Islands", "Bay",     "Lake",
                                              "Peninsula", "Headland", "Mountains", "Range", "Ranges",
                                              "Valley",  "Glacier", "Shelf",   "Reef"};
constexpr text::WordSet kLandformOpeningSet(kLandformOpenings);
constexpr text::WordSet kLandformEndSet(kLandformEnds);

bool opens_landform_name(std::string_view word) {
  return kLandformOpeningSet.contains(word);
}
bool ends_landform_name(std::string_view word) { return kLandformEndSet.contains(word); }

constexpr std::string_view kWorkNouns[] = {"play",  "series", "film",   "movie",       "novel",  "album",
                                           "show",  "book",   "opera",  "musical",     "sitcom", "drama",
                                           "song",  "poem",   "memoir", "documentary", "programme", "podcast",
                                           "soap"};
constexpr text::WordSet kWorkNounSet(kWorkNouns);

bool is_work_noun(std::string_view word) { return kWorkNounSet.contains(word); }

constexpr std::string_view kNounFirstNames[] = {"Olive", "Rose",  "Amber",  "Ivy",   "Holly",  "Lily",  "Daisy",
                                                "Iris",  "Hazel", "Ruby",   "Pearl", "Poppy",  "Violet", "Heather",
                                                "Jasmine", "Basil", "Sage", "Willow", "Berry", "Coral"};
constexpr text::WordSet kNounFirstNameSet(kNounFirstNames);

bool is_noun_first_name(std::string_view word) {
  return kNounFirstNameSet.contains(word);
}

bool is_legal_form(std::string_view word) {
  static constexpr std::string_view kLegalForms[] = {"Inc", "Corp", "Co", "Cos", "Ltd", "Limited", "LLC", "LLP",
                                                     "LP", "Plc", "PLC", "plc", "AG", "SA", "GmbH", "NV", "SpA",
                                                     "Bhd", "BV", "Oy", "AB", "ASA"};
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  return std::find(std::begin(kLegalForms), std::end(kLegalForms), word) != std::end(kLegalForms);
}

constexpr text::WordSet kCommonAcronymSet(kCommonAcronyms);

bool is_common_acronym(std::string_view form) {
  // Asked of every one-word mention: most are told by their second letter,
  // most acronyms ("US", "EU") by their shape.
  if (form.size() < 2 || form.size() > 4 || !text::is_upper_ascii(static_cast<unsigned char>(form[1]))) return false;
  return kCommonAcronymSet.contains(form);
}

namespace {

// A fixed list of words as an open-addressing table, built once and hashed
// on lower-case letters: grouping asks about the edge words of every
// mention. Most words are rejected by their length or by a bit of a
// 512-byte filter, without a look at the table, which the tagger's weights
// keep pushing out of the cache. No two listed words may differ only in case.
class WordSet {
 public:
  struct Entry {
    std::string_view word;
    int position = -1;  // in the list, the first for a word listed twice
    uint8_t kinds = 0;  // the WordKind bits of every listing
  };

  explicit WordSet(size_t words) {
    size_t n = 16 + 4 * words;
    while (n & (n - 1)) n &= n - 1;  // a power of two, 2 to 4 slots per word
    slots_.resize(n);
    mask_ = n - 1;
  }

  void add(std::string_view word, int position, uint8_t kinds = 0) {
    longest_ = std::max(longest_, word.size());
    const uint32_t h = hash(word);
    filter_[h >> 26] |= uint64_t{1} << (h >> 20 & 63);
    size_t i = h & mask_;
    while (!slots_[i].word.empty() && !same_ignoring_case(slots_[i].word, word)) i = (i + 1) & mask_;
    if (slots_[i].word.empty()) slots_[i] = {word, position, 0};
    slots_[i].kinds |= kinds;
  }

  // The entry of the listed word equal to `word` but for ASCII case.
  const Entry* find(std::string_view word) const {
    if (word.empty() || word.size() > longest_) return nullptr;
    const uint32_t h = hash(word);
    if (!(filter_[h >> 26] >> (h >> 20 & 63) & 1)) return nullptr;
    for (size_t i = h & mask_; !slots_[i].word.empty(); i = (i + 1) & mask_) {
      if (same_ignoring_case(slots_[i].word, word)) return &slots_[i];
    }
    return nullptr;
  }

  // The entry of `word` as listed.
  const Entry* find_exact(std::string_view word) const {
    const Entry* entry = find(word);
    return entry && entry->word == word ? entry : nullptr;
  }

 private:
  // From the length and three letters, which tell the listed words apart
  // well enough for short probes, at the cost of three loads. The slot comes
  // from the low bits, the filter's bit from the high ones. A letter is
  // taken with its 0x20 bit set, the same in either case, for fewer
  // instructions than lowering it.
  static uint32_t hash(std::string_view word) {
    const auto letter = [&](size_t i) { return static_cast<uint64_t>(static_cast<unsigned char>(word[i]) | 0x20); };
    const uint64_t h = word.size() | letter(0) << 8 | letter(word.size() / 2) << 16 | letter(word.size() - 1) << 24;
    return static_cast<uint32_t>((h * 0x9e3779b97f4a7c15ULL) >> 32);
  }

  uint64_t filter_[64] = {};  // a bit per listed word's hash: 4096 bits
  std::vector<Entry> slots_;
  size_t mask_ = 0;
  size_t longest_ = 0;
};

template <typename Words>
WordSet set_of(const Words& words) {
  WordSet set(std::size(words));
  int position = 0;
  for (const std::string_view w : words) set.add(w, position++);
  return set;
}

__attribute__((noinline)) WordSet make_titles_and_function_words() {
  WordSet set(std::size(kTitles) + std::size(kTitleAbbreviations) + std::size(kFunctionWords) +
              std::size(kOpeningAdverbs));
  for (const std::string_view w : kTitles) set.add(w, -1, kTitleWord);
  for (const std::string_view w : kTitleAbbreviations) set.add(w, -1, kTitleWord);
  for (const std::string_view w : kPersonalTitles) set.add(w, -1, kTitleWord | kPersonalTitle);
  for (const std::string_view w : kFunctionWords) set.add(w, -1, kFunctionWord);
  for (const std::string_view w : kOpeningAdverbs) set.add(w, -1, kOpeningAdverb);
  return set;
}

// Titles, function words and opening adverbs in one set: grouping asks about them at once.
// Built out of line, so that what each look-up runs (the test that the set
// is built) stays small enough to be inlined.
const WordSet& titles_and_function_words() {
  static const WordSet words = make_titles_and_function_words();
  return words;
}

bool listed_as(std::string_view lower, WordKind kind) {
  const WordSet::Entry* entry = titles_and_function_words().find_exact(lower);
  return entry && (entry->kinds & kind);
}

}  // namespace

std::string_view country_of_demonym(std::string_view word) {
  static const WordSet demonym_words = [] {
    std::vector<std::string_view> words;
    for (const Demonym& d : kDemonyms) words.push_back(d.word);
    return set_of(words);
  }();
  const WordSet::Entry* entry = demonym_words.find_exact(word);
  // A people by a plural not listed: "Australians", "Nigerians".
  if (!entry && word.size() > 4 && word.back() == 's') entry = demonym_words.find_exact(word.substr(0, word.size() - 1));
  return entry ? kDemonyms[entry->position].country : std::string_view();
}

bool is_function_word(std::string_view lower) { return listed_as(lower, kFunctionWord); }

uint8_t kinds_in_any_case(std::string_view word) {
  const WordSet::Entry* entry = titles_and_function_words().find(word);
  return entry ? entry->kinds : 0;
}

int acronym_entry(std::string_view form) {
  // Every short form and expansion: a form that none of them matches in any
  // case, as almost none does, needs no walk through the list.
  static const WordSet spellings = [] {
    std::vector<std::string_view> words;
    for (const Acronym& a : kAcronyms) words.insert(words.end(), {a.short_form, a.expansion});
    return set_of(words);
  }();
  if (!spellings.find(form)) return -1;
  for (const Acronym& acronym : kAcronyms) {
    if (form != acronym.short_form && !same_ignoring_case(form, acronym.expansion)) continue;
    int first = 0;
    while (!same_ignoring_case(kAcronyms[first].expansion, acronym.expansion)) ++first;
    return first;
  }
  return -1;
}

}  // namespace lede::entities::lexicon
