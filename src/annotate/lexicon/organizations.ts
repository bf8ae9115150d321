/**
 * Organization lexicon: well-known organizations, news outlets and agencies that appear without
 * a telling suffix, and the suffix/keyword words that make a capitalised name an organization
 * ("... Ministry", "... Party", "The ... Times"). Compiled by hand from general knowledge.
 *
 * Decision: "Kremlin", "White House", "Pentagon", "Downing Street" are typed organization —
 * news uses them for the institution that speaks and acts ("the Kremlin said"), far more often
 * than for the building. The palace names built on them ("Grand Kremlin Palace") are places.
 */

export const ORGANIZATIONS = new Set(
  (
    'Kremlin|White House|Pentagon|Downing Street|Elysee|Élysée|State Department|Foreign Office|Congress|Senate|' +
    'Parliament|Duma|State Duma|Knesset|Bundestag|Politburo|Supreme Court|Security Council|General Assembly|' +
    'United Nations|UN|UNSC|UNHCR|UNICEF|UNESCO|WHO|World Health Organization|IMF|World Bank|WTO|NATO|EU|' +
    'European Union|European Commission|European Parliament|Council of Europe|African Union|Arab League|OPEC|' +
    'ASEAN|G7|G20|BRICS|OSCE|ICC|ICJ|IAEA|OPCW|Interpol|Europol|Red Cross|Red Crescent|Amnesty International|' +
    'Human Rights Watch|Doctors Without Borders|MSF|Greenpeace|FBI|CIA|NSA|DHS|FEMA|NASA|FDA|CDC|EPA|SEC|FTC|DOJ|' +
    'IRS|Fed|Federal Reserve|ECB|Bank of England|Treasury|FSB|KGB|GRU|SVR|Mossad|Shin Bet|IDF|IRGC|MI5|MI6|' +
    'Hamas|Hezbollah|Hizbollah|Islamic State|ISIS|ISIL|Daesh|Al Qaeda|Al-Qaeda|al-Qaeda|al Qaeda|Taliban|Houthis|' +
    'Hayat Tahrir al-Sham|HTS|Nusra Front|Al-Nusra Front|SDF|PKK|YPG|Wagner|Wagner Group|Muslim Brotherhood|' +
    'Fatah|PLO|Boko Haram|al-Shabaab|Al-Shabaab|Kataib Hezbollah|Rosneft|Gazprom|Lukoil|Aeroflot|Roscosmos|Rosatom|' +
    'Reuters|AFP|AP|Associated Press|Agence France-Presse|Bloomberg|BBC|CNN|NPR|PBS|ABC|CBS|NBC|Fox News|MSNBC|' +
    'Al Jazeera|Al Arabiya|Sky News|DW|Deutsche Welle|RT|TASS|Tass|RIA Novosti|Interfax|Sputnik|Xinhua|SANA|' +
    'Anadolu|Kyodo|Yonhap|IRNA|Fars|Tasnim|WAFA|MEE|Middle East Eye|Politico|Axios|Vox|Slate|Salon|Variety|' +
    'People|Us Weekly|TMZ|Billboard|Vogue|Forbes|Fortune|Time|Newsweek|Economist|The Economist|Guardian|' +
    'The Guardian|Independent|Telegraph|Le Monde|Le Figaro|Der Spiegel|Spiegel|Haaretz|Kommersant|Izvestia|' +
    'Vedomosti|Meduza|Novaya Gazeta|Apple|Google|Alphabet|Microsoft|Amazon|Meta|Facebook|Instagram|Twitter|' +
    'YouTube|TikTok|Netflix|Tesla|SpaceX|Intel|AMD|Nvidia|IBM|Oracle|Samsung|Sony|Nokia|Huawei|Toyota|' +
    'Volkswagen|BMW|Boeing|Airbus|Lockheed Martin|Exxon|ExxonMobil|Chevron|Shell|BP|Total|TotalEnergies|Pfizer|' +
    'Moderna|AstraZeneca|Walmart|Starbucks|McDonald\'s|Disney|Warner Bros|Universal|Paramount|Sotheby\'s|' +
    'Christie\'s|Uber|Airbnb|OpenAI|Anthropic|Yahoo|eBay|PayPal|Visa|Mastercard|Goldman Sachs|JPMorgan|' +
    'Morgan Stanley|Citigroup|HSBC|Barclays|Deutsche Bank|UBS|Credit Suisse|Lehman Brothers|Harvard|Yale|Stanford|' +
    'Oxford|Cambridge|MIT|Princeton|Columbia|Sorbonne|Olympics|FIFA|UEFA|NFL|NBA|MLB|NHL|Premier League|' +
    'Democrats|Republicans|Labour|Conservatives|Tories|Likud|United Russia|Baath|Ba\'ath|Baath Party'
  ).split('|'),
);

/** Last words that make a multi-word name an organization. */
export const ORG_SUFFIXES = new Set([
  'Ministry', 'Agency', 'Party', 'Times', 'News', 'Post', 'Journal', 'Herald', 'Tribune', 'Gazette', 'Telegraph',
  'Chronicle', 'Observer', 'Express', 'Mail', 'Press', 'Daily', 'Today', 'Magazine', 'Review', 'Radio', 'Television',
  'TV', 'Network', 'Council', 'Army', 'Navy', 'Forces', 'Force', 'Guard', 'Guards', 'Corps', 'Brigade', 'Brigades',
  'Front', 'Movement', 'Committee', 'Commission', 'Union', 'Bank', 'Fund', 'University', 'College', 'Institute',
  'School', 'Academy', 'Foundation', 'Association', 'Organization', 'Organisation', 'Federation', 'League',
  'Court', 'Tribunal', 'Parliament', 'Assembly', 'Senate', 'Congress', 'Department', 'Office', 'Police',
  'Service', 'Services', 'Authority', 'Board', 'Bureau', 'Administration', 'Government', 'Cabinet', 'Presidency',
  'Company', 'Corporation', 'Corp', 'Corp.', 'Inc', 'Inc.', 'Ltd', 'Ltd.', 'LLC', 'Group', 'Holdings',
  'Industries', 'Airlines', 'Airways', 'Motors', 'Systems', 'Technologies', 'Labs', 'Laboratories', 'Pharmaceuticals',
  'Hospital', 'Clinic', 'Center', 'Centre', 'Church', 'Mosque', 'Club', 'Team', 'Society', 'Alliance', 'Coalition',
  'Council', 'Directorate', 'Secretariat', 'Observatory', 'Watch', 'Initiative', 'Project', 'Programme', 'Program',
  'Command', 'Conference', 'Patrol', 'Survey', 'Marshals', 'Advisors', 'Partners', 'Capital', 'Telecom', 'Reporter', 'Energy', 'Airline',
  'Records', 'Studios', 'Entertainment', 'Media', 'Broadcasting', 'Eye', 'Monitor', 'Dispatch', 'Insider', 'Wire',
]);

/** First words that make a multi-word name an organization ("Ministry of Defence", "Bank of England"). */
export const ORG_PREFIXES = new Set([
  'Ministry', 'Department', 'Bank', 'University', 'Council', 'Court', 'Office', 'Church', 'Union', 'Federation',
  'Association', 'Organization', 'Organisation', 'Committee', 'Commission', 'Institute', 'House', 'Board',
  'School', 'College', 'Academy', 'Agency', 'Bureau',
]);
