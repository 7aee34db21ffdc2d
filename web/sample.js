// A sample article written for lede (a made-up story, free to reuse), with
// people, organizations, places, numbers of every kind and quotes in several
// styles, so a first visitor sees what the page does. Depends on nothing.

export const SAMPLE = `Harbor city approves $1.2 billion flood barrier after record storm season

ROTTERDAM — The city council of Rotterdam voted 31 to 14 on Tuesday to build a movable flood barrier across the Nieuwe Maas, a project that engineers say will protect about 600,000 residents from storm surges for the next five decades.

The barrier, estimated to cost $1.2 billion, will be financed jointly by the Dutch government and the European Investment Bank, which pledged 450 million euros in March. Construction is expected to begin on 1 September 2027 and to take roughly four years.

"We cannot keep raising the dikes by another 30 centimetres every time the sea surprises us," said Mayor Anouk de Vries after the vote. "This is the first time in 20 years that the whole region has agreed on one plan."

Water levels at the Hook of Holland reached 3.4 metres above normal during Storm Elin in January, the highest reading since 1953, according to the national water authority Rijkswaterstaat. Insurers paid out an estimated €780 million in claims, and some 12,000 households were evacuated for up to three days.

Not everyone is convinced. Pieter Bakker, who leads the shipping association Havenbelang, warned that closures could cost the port 2% of its annual traffic. "A barrier that closes ten times a year is a barrier that ships learn to avoid," he told reporters.

Professor Lena Okafor of Delft University of Technology, who advised the council, called those fears "overstated". Her team's models show the gates would close fewer than four times a year until 2060, she said, and each closure would last under six hours.

De Vries said the city would publish the full engineering report next week. The European Commission is due to review the financing at its meeting in Brussels on 14 October.

Share this article: Facebook | X | LinkedIn | Email
Recent Posts
Port volumes rise 4.5% in third quarter
Council names new harbor master`;
