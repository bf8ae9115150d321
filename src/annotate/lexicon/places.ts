/**
 * Place lexicon: countries (with their demonyms), major cities and capitals, regions and other
 * well-known geographic names that news mentions without a cue ("in X"). Compiled by hand from
 * general knowledge; kept as `|`-joined strings so the module loads in microseconds. Lookups are
 * exact on the surface form (case-sensitive), so "Jordan" the country and "Jordan" a given name
 * are disambiguated by the mention typer's context rules, not here.
 */

/** "Country:Demonym,Demonym2" — the demonym maps back to its country for typing and roles. */
const COUNTRIES =
  'Afghanistan:Afghan|Albania:Albanian|Algeria:Algerian|Andorra:Andorran|Angola:Angolan|Argentina:Argentine,Argentinian|' +
  'Armenia:Armenian|Australia:Australian|Austria:Austrian|Azerbaijan:Azerbaijani|Bahamas:Bahamian|Bahrain:Bahraini|' +
  'Bangladesh:Bangladeshi|Barbados:Barbadian|Belarus:Belarusian|Belgium:Belgian|Belize:Belizean|Benin:Beninese|' +
  'Bhutan:Bhutanese|Bolivia:Bolivian|Bosnia:Bosnian|Botswana:Botswanan|Brazil:Brazilian|Brunei:Bruneian|' +
  'Bulgaria:Bulgarian|Burkina Faso:Burkinabe|Burundi:Burundian|Cambodia:Cambodian|Cameroon:Cameroonian|' +
  'Canada:Canadian|Chad:Chadian|Chile:Chilean|China:Chinese|Colombia:Colombian|Comoros:Comoran|Congo:Congolese|' +
  'Costa Rica:Costa Rican|Croatia:Croatian|Cuba:Cuban|Cyprus:Cypriot|Czech Republic:Czech|Czechia:Czech|' +
  'Denmark:Danish|Djibouti:Djiboutian|Dominica:Dominican|Dominican Republic:Dominican|Ecuador:Ecuadorian|' +
  'Egypt:Egyptian|El Salvador:Salvadoran|Eritrea:Eritrean|Estonia:Estonian|Eswatini:Swazi|Ethiopia:Ethiopian|' +
  'Fiji:Fijian|Finland:Finnish|France:French|Gabon:Gabonese|Gambia:Gambian|Georgia:Georgian|Germany:German|' +
  'Ghana:Ghanaian|Greece:Greek|Grenada:Grenadian|Guatemala:Guatemalan|Guinea:Guinean|Guyana:Guyanese|Haiti:Haitian|' +
  'Honduras:Honduran|Hungary:Hungarian|Iceland:Icelandic|India:Indian|Indonesia:Indonesian|Iran:Iranian|Iraq:Iraqi|' +
  'Ireland:Irish|Israel:Israeli|Italy:Italian|Ivory Coast:Ivorian|Jamaica:Jamaican|Japan:Japanese|Jordan:Jordanian|' +
  'Kazakhstan:Kazakh|Kenya:Kenyan|Kosovo:Kosovar|Kuwait:Kuwaiti|Kyrgyzstan:Kyrgyz|Laos:Laotian|Latvia:Latvian|' +
  'Lebanon:Lebanese|Lesotho:Basotho|Liberia:Liberian|Libya:Libyan|Liechtenstein:Liechtensteiner|Lithuania:Lithuanian|' +
  'Luxembourg:Luxembourgish|Madagascar:Malagasy|Malawi:Malawian|Malaysia:Malaysian|Maldives:Maldivian|Mali:Malian|' +
  'Malta:Maltese|Mauritania:Mauritanian|Mauritius:Mauritian|Mexico:Mexican|Moldova:Moldovan|Monaco:Monegasque|' +
  'Mongolia:Mongolian|Montenegro:Montenegrin|Morocco:Moroccan|Mozambique:Mozambican|Myanmar:Burmese|Burma:Burmese|' +
  'Namibia:Namibian|Nepal:Nepali,Nepalese|Netherlands:Dutch|Holland:Dutch|New Zealand:New Zealander|Nicaragua:Nicaraguan|' +
  'Niger:Nigerien|Nigeria:Nigerian|North Korea:North Korean|North Macedonia:Macedonian|Norway:Norwegian|Oman:Omani|' +
  'Pakistan:Pakistani|Palestine:Palestinian|Panama:Panamanian|Papua New Guinea:Papua New Guinean|Paraguay:Paraguayan|' +
  'Peru:Peruvian|Philippines:Filipino,Philippine|Poland:Polish|Portugal:Portuguese|Qatar:Qatari|Romania:Romanian|' +
  'Russia:Russian|Rwanda:Rwandan|Samoa:Samoan|San Marino:Sammarinese|Saudi Arabia:Saudi|Senegal:Senegalese|' +
  'Serbia:Serbian,Serb|Seychelles:Seychellois|Sierra Leone:Sierra Leonean|Singapore:Singaporean|Slovakia:Slovak|' +
  'Slovenia:Slovenian,Slovene|Somalia:Somali|South Africa:South African|South Korea:South Korean|Korea:Korean|' +
  'South Sudan:South Sudanese|Spain:Spanish|Sri Lanka:Sri Lankan|Sudan:Sudanese|Suriname:Surinamese|Sweden:Swedish|' +
  'Switzerland:Swiss|Syria:Syrian|Taiwan:Taiwanese|Tajikistan:Tajik|Tanzania:Tanzanian|Thailand:Thai|Togo:Togolese|' +
  'Tonga:Tongan|Trinidad and Tobago:Trinidadian|Tunisia:Tunisian|Turkey:Turkish|Turkiye:Turkish|Türkiye:Turkish|' +
  'Turkmenistan:Turkmen|Uganda:Ugandan|Ukraine:Ukrainian|United Arab Emirates:Emirati|UAE:Emirati|' +
  'United Kingdom:British|UK:British|Britain:British|Great Britain:British|England:English|Scotland:Scottish|' +
  'Wales:Welsh|Northern Ireland:Northern Irish|United States:American|United States of America:American|US:American|' +
  'USA:American|America:American|Uruguay:Uruguayan|Uzbekistan:Uzbek|Venezuela:Venezuelan|Vietnam:Vietnamese|' +
  'Yemen:Yemeni|Zambia:Zambian|Zimbabwe:Zimbabwean|Soviet Union:Soviet|USSR:Soviet|Vatican:Vatican|' +
  'Gaza:Gazan|West Bank:|Crimea:Crimean|Kurdistan:Kurdish|Tibet:Tibetan|Chechnya:Chechen|Catalonia:Catalan|' +
  'Europe:European|Africa:African|Asia:Asian|Arabia:Arab|Latin America:Latin American|Scandinavia:Scandinavian|' +
  'Balkans:Balkan|Caucasus:Caucasian|Middle East:Middle Eastern|Persia:Persian|Kurdish Region:';

/**
 * Regions, states, seas and wider areas: names that can contain a city. Kept apart so the compare
 * stage can tell that "in Texas" and "in Houston" need not disagree (src/compare/conflicts/slots.ts).
 */
const WIDE_PLACES =
  // US states and other first-level regions
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|' +
  'Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|' +
  'Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|' +
  'Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|' +
  'Wisconsin|Wyoming|Ontario|Quebec|British Columbia|Alberta|Bavaria|Siberia|Chechnya|Dagestan|Donbas|Donbass|' +
  'Kurdistan|Darfur|Sinai|Golan Heights|Golan|Galilee|Negev|Punjab|Xinjiang|Tibet|Guangdong|Sichuan|Hokkaido|' +
  'Okinawa|Taiwan Strait|Kaliningrad|Transnistria|Abkhazia|South Ossetia|Nagorno-Karabakh|Kosovo|Flanders|' +
  // seas, rivers, ranges and wider regions
  'Mediterranean|Mediterranean Sea|Black Sea|Red Sea|Caspian Sea|Baltic Sea|North Sea|Arabian Sea|South China Sea|' +
  'Persian Gulf|Gulf of Aden|Gulf of Mexico|Strait of Hormuz|Bosphorus|Suez Canal|Atlantic|Atlantic Ocean|Pacific|' +
  'Pacific Ocean|Indian Ocean|Arctic|Antarctica|Euphrates|Tigris|Nile|Jordan River|Danube|Volga|Dnieper|Thames|' +
  'Mississippi River|Amazon River|Alps|Himalayas|Andes|Sahara|Sahel|Levant|Gulf|Horn of Africa|North Africa|' +
  'West Africa|East Africa|Southeast Asia|South Asia|Central Asia|East Asia|Eastern Europe|Western Europe|' +
  'Central Europe|Latin America|South America|North America|Central America|Caribbean|Middle East|Near East';

/** Capitals, major cities, regions, provinces, bases, seas and other places often in the news. */
const OTHER_PLACES =
  // capitals and large cities
  'Bandar Abbas|Isfahan|Shiraz|Tabriz|Mashhad|Kabul|Tirana|Algiers|Luanda|Buenos Aires|Yerevan|Canberra|Sydney|Melbourne|Vienna|Baku|Manama|Dhaka|Minsk|' +
  'Brussels|Sarajevo|Brasilia|Brasília|Rio de Janeiro|Sao Paulo|São Paulo|Sofia|Phnom Penh|Ottawa|Toronto|Montreal|' +
  'Vancouver|Santiago|Beijing|Shanghai|Hong Kong|Shenzhen|Guangzhou|Wuhan|Bogota|Bogotá|Kinshasa|Zagreb|Havana|' +
  'Nicosia|Prague|Copenhagen|Cairo|Alexandria|Tallinn|Addis Ababa|Helsinki|Paris|Marseille|Lyon|Tbilisi|Berlin|' +
  'Munich|Frankfurt|Hamburg|Cologne|Bonn|Accra|Athens|Budapest|Reykjavik|New Delhi|Delhi|Mumbai|Kolkata|Chennai|' +
  'Bangalore|Jakarta|Tehran|Baghdad|Basra|Mosul|Erbil|Dublin|Jerusalem|Tel Aviv|Haifa|Rome|Milan|Naples|Venice|' +
  'Tokyo|Osaka|Kyoto|Hiroshima|Amman|Astana|Almaty|Nairobi|Pristina|Kuwait City|Bishkek|Vientiane|Riga|Beirut|' +
  'Tripoli|Benghazi|Vilnius|Kuala Lumpur|Bamako|Valletta|Mexico City|Chisinau|Ulaanbaatar|Podgorica|Rabat|' +
  'Casablanca|Maputo|Yangon|Naypyidaw|Kathmandu|Amsterdam|Rotterdam|The Hague|Wellington|Auckland|Managua|Niamey|' +
  'Abuja|Lagos|Pyongyang|Skopje|Oslo|Muscat|Islamabad|Karachi|Lahore|Ramallah|Panama City|Lima|Manila|Warsaw|' +
  'Krakow|Lisbon|Porto|Doha|Bucharest|Moscow|St. Petersburg|Saint Petersburg|Sochi|Kazan|Novosibirsk|Vladivostok|' +
  'Kigali|Riyadh|Jeddah|Mecca|Medina|Dakar|Belgrade|Singapore|Bratislava|Ljubljana|Mogadishu|Pretoria|' +
  'Johannesburg|Cape Town|Durban|Seoul|Busan|Juba|Madrid|Barcelona|Colombo|Khartoum|Stockholm|Bern|Geneva|Zurich|' +
  'Damascus|Aleppo|Homs|Hama|Idlib|Latakia|Tartus|Tartous|Deir ez-Zor|Raqqa|Daraa|Palmyra|Qamishli|' +
  'Khmeimim|Taipei|Dushanbe|Dodoma|Dar es Salaam|Bangkok|Lome|Tunis|Ankara|Istanbul|Izmir|Ashgabat|Kampala|Kyiv|' +
  'Kiev|Kharkiv|Odesa|Odessa|Lviv|Dnipro|Mariupol|Donetsk|Luhansk|Kherson|Zaporizhzhia|Bakhmut|Sevastopol|' +
  'Abu Dhabi|Dubai|London|Manchester|Birmingham|Liverpool|Edinburgh|Glasgow|Cardiff|Belfast|Washington|' +
  'Washington, D.C.|New York|New York City|Los Angeles|Chicago|Houston|Phoenix|Philadelphia|San Antonio|San Diego|' +
  'Dallas|San Francisco|Seattle|Boston|Miami|Atlanta|Denver|Detroit|Las Vegas|New Orleans|Baltimore|Pittsburgh|' +
  'Minneapolis|Cleveland|Cincinnati|Portland|Sacramento|Austin|Nashville|Memphis|Orlando|Tampa|St. Louis|' +
  'Kansas City|Salt Lake City|Honolulu|Anchorage|Hollywood|Beverly Hills|Malibu|Brooklyn|Manhattan|Queens|Bronx|' +
  'Montevideo|Tashkent|Caracas|Hanoi|Ho Chi Minh City|Sanaa|Aden|Lusaka|Harare|Gaza City|Rafah|Khan Younis|' +
  'Hebron|Nablus|Jenin|Bethlehem|Nazareth|Kandahar|Herat|Mazar-i-Sharif|Peshawar|Quetta|Srinagar|Kashmir|' +
  WIDE_PLACES +
  '|' +
  'Perth|Brisbane|Adelaide|Darwin|Hobart|Christchurch|Sicily|Sardinia|Corsica|Crete|Rhodes|Cyprus|Malta|Bali|Java|Sumatra|Borneo|' +
  'Anaheim|Huntsville|Schenectady|Buffalo|Rochester|Albany|Syracuse|Newark|Jersey City|Hoboken|Yonkers|Wasilla|' +
  'Juneau|Fairbanks|Tucson|Albuquerque|El Paso|Fort Worth|Oakland|San Jose|Fresno|Long Beach|Santa Monica|Pasadena|' +
  'Oklahoma City|Tulsa|Omaha|Milwaukee|Indianapolis|Columbus|Louisville|Charlotte|Raleigh|Richmond|Norfolk|' +
  'Jacksonville|Tallahassee|Savannah|Charleston|Birmingham|Montgomery|Little Rock|Baton Rouge|Jackson|Des Moines|' +
  'Madison|Buffalo|Providence|Hartford|New Haven|Burlington|Manchester|Bristol|Leeds|Sheffield|Newcastle|Nottingham|' +
  'Leicester|Southampton|Brighton|Oxford|Cambridge|Cumbria|Yorkshire|Kent|Devon|Cornwall|Essex|Surrey|Sussex|' +
  'Far East|Gulf States|Northern Syria|Western Balkans|Eurasia|Oceania|Scandinavia|Silicon Valley|Wall Street';

export const COUNTRY_OF_DEMONYM = new Map<string, string>();
export const PLACES = new Set<string>();
for (const entry of COUNTRIES.split('|')) {
  const [country, demonyms] = entry.split(':');
  PLACES.add(country);
  for (const d of (demonyms ?? '').split(',')) if (d && !COUNTRY_OF_DEMONYM.has(d)) COUNTRY_OF_DEMONYM.set(d, country);
}
for (const p of OTHER_PLACES.split('|')) PLACES.add(p);

/**
 * One name per country for comparing the countries of titles ("British Prime Minister" and "the
 * U.K.'s Prime Minister" are one office): every country name and demonym maps to the first
 * country listed with that demonym (UK, Britain, British → United Kingdom). Keys are folded to
 * lower case without dots ("u.k." → "uk").
 */
export const COUNTRY_KEY = new Map<string, string>();
{
  const key = (s: string): string => s.toLowerCase().replace(/\./g, '');
  for (const entry of COUNTRIES.split('|')) {
    const [country, demonyms] = entry.split(':');
    const first = (demonyms ?? '').split(',').filter(Boolean);
    const canon = first.length ? COUNTRY_OF_DEMONYM.get(first[0])! : country;
    if (!COUNTRY_KEY.has(key(country))) COUNTRY_KEY.set(key(country), canon);
    for (const d of first) if (!COUNTRY_KEY.has(key(d))) COUNTRY_KEY.set(key(d), COUNTRY_OF_DEMONYM.get(d)!);
  }
}

/** Countries and wider regions (seas, states, provinces, continents): places that may contain another. */
export const WIDE_PLACE_NAMES = new Set<string>([...COUNTRIES.split('|').map((e) => e.split(':')[0]), ...WIDE_PLACES.split('|')]);

/** Plural demonyms ("Syrians", "Russians") are groups of people, not names: the typer skips them. */
export const DEMONYM_PLURALS = new Set<string>();
for (const d of COUNTRY_OF_DEMONYM.keys()) if (!/(?:ese|ss|sh|ch|Swiss|Thai)$/.test(d)) DEMONYM_PLURALS.add(d + 's');
for (const d of ['Arabs', 'Kurds', 'Alawites', 'Druze', 'Sunnis', 'Shiites', 'Christians', 'Muslims', 'Jews', 'Israelis', 'Palestinians', 'Europeans', 'Americans', 'Britons', 'Westerners'])
  DEMONYM_PLURALS.add(d);

/** Words after a capitalised name that make it a place ("Latakia province", "Hmeimim airbase"). */
export const PLACE_HEAD_AFTER = new Set([
  'province', 'region', 'governorate', 'district', 'county', 'state', 'city', 'town', 'village', 'valley', 'river',
  'airbase', 'air', 'naval', 'base', 'port', 'airport', 'border', 'coast', 'desert', 'mountains', 'island', 'islands',
  'peninsula', 'neighbourhood', 'neighborhood', 'suburb', 'municipality', 'oblast', 'prefecture', 'crossing',
]);

/** Last words of a multi-word name that make it a place (facility or feature). */
export const PLACE_SUFFIXES = new Set([
  'Palace', 'Square', 'Street', 'Avenue', 'Road', 'Airport', 'Base', 'Airbase', 'Province', 'Region', 'Governorate',
  'District', 'County', 'City', 'Mountains', 'Mountain', 'Mount', 'River', 'Sea', 'Ocean', 'Island', 'Islands', 'Valley',
  'Coast', 'Desert', 'Gulf', 'Bay', 'Lake', 'Strait', 'Canal', 'Peninsula', 'Heights', 'Bridge', 'Park', 'Stadium',
  'Arena', 'Harbour', 'Harbor', 'Port', 'Hills', 'Forest', 'Plaza', 'Boulevard', 'Highway', 'Oblast', 'Cemetery',
  'Hall', 'Tower', 'Towers', 'Building', 'Museum', 'Zoo', 'Library', 'Theatre', 'Theater', 'Cathedral', 'Temple',
  'Station', 'Prison', 'Jail', 'Bridge', 'Dam', 'Falls', 'Beach', 'Pier', 'Mall', 'Gardens', 'Garden', 'Memorial',
]);

/**
 * How wide a place is, from the names it is written with: a country, a wider region (state,
 * province, sea, continent), or a place the lexicon does not know as wide (a city, a district).
 * Two places of one level may be compared as two places; a country against a region may be the
 * one that holds the other ("in Massachusetts" / "in the United States").
 */
export function placeLevel(names: readonly string[]): 'country' | 'region' | 'local' {
  if (names.some((n) => COUNTRY_KEY.has(n.toLowerCase().replace(/\./g, '')) && WIDE_PLACE_NAMES.has(n))) return 'country';
  return names.some((n) => WIDE_PLACE_NAMES.has(n)) ? 'region' : 'local';
}


/**
 * The AP style's abbreviations of US states, as news writes them after a town ("Tampa, Fla.",
 * "Fresno, Calif."), and the state each stands for: the entity list reads "Calif." as California,
 * so a story that writes both is one place, not two (the entities' matching form,
 * src/compare/entities/entities.ts). The AP's closed list (states of five letters or fewer are
 * spelled out, as are Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas and Utah; "Tex." and
 * "Penn." are older forms still met). Not "Wash.": Washington state would meet the capital that
 * news calls "Washington". Dotted initials ("N.Y.", "N.J.") are spelled out by the lexicons'
 * initials already.
 */
export const US_STATE_OF_ABBREVIATION = new Map<string, string>(
  (
    'Ala:Alabama|Ariz:Arizona|Ark:Arkansas|Calif:California|Colo:Colorado|Conn:Connecticut|Del:Delaware|' +
    'Fla:Florida|Ga:Georgia|Ill:Illinois|Ind:Indiana|Kan:Kansas|Kans:Kansas|Ky:Kentucky|La:Louisiana|Md:Maryland|' +
    'Mass:Massachusetts|Mich:Michigan|Minn:Minnesota|Miss:Mississippi|Mo:Missouri|Mont:Montana|Neb:Nebraska|' +
    'Nebr:Nebraska|Nev:Nevada|Okla:Oklahoma|Ore:Oregon|Pa:Pennsylvania|Penn:Pennsylvania|Tenn:Tennessee|Tex:Texas|' +
    'Vt:Vermont|Va:Virginia|Wis:Wisconsin|Wyo:Wyoming'
  )
    .split('|')
    .map((p) => p.split(':') as [string, string]),
);

/**
 * "police" after a name makes the name the town or body whose police they are ("Chicago police
 * said", "a Tarlowe police officer") only where "police" heads its phrase — its verb, a
 * preposition, a conjunction or punctuation follows — or the compound names a member or unit of
 * the force. Where another noun heads the compound ("the Biden police plan", "the Floyd police
 * killing", "the Trump police order") the name modifies the whole of it and is as often a
 * person's: the police noun is no place cue there. Matched against the text right after the name.
 */
export const POLICE_OF_PLACE = /^[ \t]+police(?=\s*(?:[^\s\p{L}]|$)|\s+(?:officers?|department|dept|chief|commissioner|spokes(?:man|woman|person)|station|stations|force|forces|headquarters|precincts?|sergeant|detectives?|captain|lieutenant|union|cars?|patrol|academy|superintendent|inspector|constables?|officials?|investigators?|sources?|service|authorities|said|say|says|told|tell|have|has|had|are|were|was|is|will|would|could|can|may|might|did|do|does|also|then|later|now|still|in|on|at|of|for|from|with|by|and|or|but|to|who|which|that|\p{Ll}+ed)\b)/u;
