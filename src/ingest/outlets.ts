/**
 * Who published an article, from an address. Owns the built-in table of major international
 * news outlets and agencies keyed by domain (the user extends or overrides it with the config
 * file's `outlets`), and the normalisation of outlet names found in text ("The Washington Times,
 * LLC" → "The Washington Times"). A domain we do not know is never turned into a guessed name.
 */

/** Domain → outlet name. Subdomains resolve to their parent ("edition.cnn.com" → CNN). */
export const BUILTIN_OUTLETS: Readonly<Record<string, string>> = {
  // Wire agencies
  'reuters.com': 'Reuters', 'apnews.com': 'AP', 'ap.org': 'AP', 'afp.com': 'AFP', 'dpa.com': 'dpa',
  'efe.com': 'EFE', 'ansa.it': 'ANSA', 'xinhuanet.com': 'Xinhua', 'news.cn': 'Xinhua', 'tass.com': 'TASS',
  'tass.ru': 'TASS', 'ria.ru': 'RIA Novosti', 'interfax.com': 'Interfax', 'interfax.ru': 'Interfax',
  'aa.com.tr': 'Anadolu Agency', 'kyodonews.net': 'Kyodo News', 'upi.com': 'UPI', 'bloomberg.com': 'Bloomberg',
  'yna.co.kr': 'Yonhap', 'ptinews.com': 'PTI', 'aap.com.au': 'AAP', 'thecanadianpress.com': 'The Canadian Press',
  'europapress.es': 'Europa Press', 'sana.sy': 'SANA', 'irna.ir': 'IRNA', 'ukrinform.net': 'Ukrinform',
  // United Kingdom and Ireland
  'bbc.co.uk': 'BBC', 'bbc.com': 'BBC', 'theguardian.com': 'The Guardian', 'ft.com': 'Financial Times',
  'thetimes.co.uk': 'The Times', 'thetimes.com': 'The Times', 'telegraph.co.uk': 'The Telegraph',
  'independent.co.uk': 'The Independent', 'economist.com': 'The Economist', 'dailymail.co.uk': 'Daily Mail',
  'mirror.co.uk': 'Daily Mirror', 'thesun.co.uk': 'The Sun', 'news.sky.com': 'Sky News',
  'channel4.com': 'Channel 4 News', 'standard.co.uk': 'Evening Standard', 'inews.co.uk': 'The i Paper',
  'newstatesman.com': 'New Statesman', 'spectator.co.uk': 'The Spectator', 'irishtimes.com': 'The Irish Times',
  'rte.ie': 'RTÉ', 'theconversation.com': 'The Conversation',
  // United States
  'nytimes.com': 'The New York Times', 'washingtonpost.com': 'The Washington Post',
  'washingtontimes.com': 'The Washington Times', 'wsj.com': 'The Wall Street Journal', 'usatoday.com': 'USA Today',
  'latimes.com': 'Los Angeles Times', 'cnn.com': 'CNN', 'foxnews.com': 'Fox News', 'nbcnews.com': 'NBC News',
  'cbsnews.com': 'CBS News', 'abcnews.go.com': 'ABC News', 'npr.org': 'NPR', 'politico.com': 'Politico',
  'politico.eu': 'Politico Europe', 'axios.com': 'Axios', 'thehill.com': 'The Hill', 'newsweek.com': 'Newsweek',
  'time.com': 'Time', 'theatlantic.com': 'The Atlantic', 'newyorker.com': 'The New Yorker', 'vox.com': 'Vox',
  'huffpost.com': 'HuffPost', 'businessinsider.com': 'Business Insider', 'cnbc.com': 'CNBC', 'msnbc.com': 'MSNBC',
  'pbs.org': 'PBS', 'voanews.com': 'Voice of America', 'rferl.org': 'Radio Free Europe/Radio Liberty',
  'bostonglobe.com': 'The Boston Globe', 'chicagotribune.com': 'Chicago Tribune', 'nypost.com': 'New York Post',
  'forbes.com': 'Forbes', 'theintercept.com': 'The Intercept', 'propublica.org': 'ProPublica',
  'csmonitor.com': 'The Christian Science Monitor', 'foreignpolicy.com': 'Foreign Policy',
  'thedailybeast.com': 'The Daily Beast', 'semafor.com': 'Semafor', 'motherjones.com': 'Mother Jones',
  // Europe
  'dw.com': 'DW', 'spiegel.de': 'Der Spiegel', 'zeit.de': 'Die Zeit', 'faz.net': 'Frankfurter Allgemeine Zeitung',
  'sueddeutsche.de': 'Süddeutsche Zeitung', 'tagesschau.de': 'tagesschau', 'welt.de': 'Die Welt',
  'handelsblatt.com': 'Handelsblatt', 'lemonde.fr': 'Le Monde', 'lefigaro.fr': 'Le Figaro',
  'liberation.fr': 'Libération', 'france24.com': 'France 24', 'rfi.fr': 'RFI', 'euronews.com': 'Euronews',
  'elpais.com': 'El País', 'elmundo.es': 'El Mundo', 'corriere.it': 'Corriere della Sera',
  'repubblica.it': 'la Repubblica', 'lastampa.it': 'La Stampa', 'nzz.ch': 'Neue Zürcher Zeitung',
  'swissinfo.ch': 'swissinfo.ch', 'derstandard.at': 'Der Standard', 'nos.nl': 'NOS', 'volkskrant.nl': 'de Volkskrant',
  'nrc.nl': 'NRC', 'aftenposten.no': 'Aftenposten', 'svt.se': 'SVT', 'dn.se': 'Dagens Nyheter', 'yle.fi': 'Yle',
  'hs.fi': 'Helsingin Sanomat', 'kyivindependent.com': 'The Kyiv Independent', 'kyivpost.com': 'Kyiv Post',
  'pravda.com.ua': 'Ukrainska Pravda', 'themoscowtimes.com': 'The Moscow Times', 'meduza.io': 'Meduza',
  'novayagazeta.eu': 'Novaya Gazeta Europe', 'rt.com': 'RT', 'sputnikglobe.com': 'Sputnik',
  'kommersant.ru': 'Kommersant', 'balkaninsight.com': 'Balkan Insight', 'ekathimerini.com': 'Kathimerini',
  'hurriyetdailynews.com': 'Hürriyet Daily News', 'dailysabah.com': 'Daily Sabah', 'notesfrompoland.com': 'Notes from Poland',
  // Middle East and North Africa
  'aljazeera.com': 'Al Jazeera', 'aljazeera.net': 'Al Jazeera', 'middleeasteye.net': 'Middle East Eye',
  'arabnews.com': 'Arab News', 'thenationalnews.com': 'The National', 'haaretz.com': 'Haaretz',
  'timesofisrael.com': 'The Times of Israel', 'jpost.com': 'The Jerusalem Post', 'ynetnews.com': 'Ynetnews',
  'al-monitor.com': 'Al-Monitor', 'alarabiya.net': 'Al Arabiya', 'aawsat.com': 'Asharq Al-Awsat',
  'newarab.com': 'The New Arab', 'enabbaladi.net': 'Enab Baladi', 'syriadirect.org': 'Syria Direct',
  'lorientlejour.com': "L'Orient-Le Jour", 'presstv.ir': 'Press TV', 'tehrantimes.com': 'Tehran Times',
  'iranintl.com': 'Iran International', 'gulfnews.com': 'Gulf News', 'khaleejtimes.com': 'Khaleej Times',
  'ahram.org.eg': 'Ahram Online', 'madamasr.com': 'Mada Masr', 'rudaw.net': 'Rudaw', 'kurdistan24.net': 'Kurdistan24',
  // Asia and Oceania
  'scmp.com': 'South China Morning Post', 'chinadaily.com.cn': 'China Daily', 'globaltimes.cn': 'Global Times',
  'cgtn.com': 'CGTN', 'japantimes.co.jp': 'The Japan Times', 'asahi.com': 'The Asahi Shimbun',
  'nikkei.com': 'Nikkei Asia', 'koreaherald.com': 'The Korea Herald', 'koreatimes.co.kr': 'The Korea Times',
  'straitstimes.com': 'The Straits Times', 'channelnewsasia.com': 'CNA', 'thehindu.com': 'The Hindu',
  'hindustantimes.com': 'Hindustan Times', 'indianexpress.com': 'The Indian Express',
  'timesofindia.indiatimes.com': 'The Times of India', 'ndtv.com': 'NDTV', 'dawn.com': 'Dawn',
  'thedailystar.net': 'The Daily Star', 'bangkokpost.com': 'Bangkok Post', 'rappler.com': 'Rappler',
  'inquirer.net': 'Philippine Daily Inquirer', 'thejakartapost.com': 'The Jakarta Post', 'abc.net.au': 'ABC News (Australia)',
  'smh.com.au': 'The Sydney Morning Herald', 'theage.com.au': 'The Age', 'theaustralian.com.au': 'The Australian',
  'nzherald.co.nz': 'The New Zealand Herald', 'rnz.co.nz': 'RNZ', 'stuff.co.nz': 'Stuff',
  // Americas
  'cbc.ca': 'CBC News', 'theglobeandmail.com': 'The Globe and Mail', 'thestar.com': 'Toronto Star',
  'globalnews.ca': 'Global News', 'nationalpost.com': 'National Post', 'folha.uol.com.br': 'Folha de S.Paulo',
  'oglobo.globo.com': 'O Globo', 'g1.globo.com': 'g1', 'clarin.com': 'Clarín', 'lanacion.com.ar': 'La Nación',
  'eluniversal.com.mx': 'El Universal', 'buenosairesherald.com': 'Buenos Aires Herald',
  // Africa
  'news24.com': 'News24', 'mg.co.za': 'Mail & Guardian', 'dailymaverick.co.za': 'Daily Maverick',
  'nation.africa': 'Nation', 'premiumtimesng.com': 'Premium Times', 'punchng.com': 'The Punch',
  'theeastafrican.co.ke': 'The EastAfrican', 'allafrica.com': 'AllAfrica',
};

/** The host of a URL (or a bare domain), lower-cased, without "www." / "m." / "amp."; null if none. */
export function hostOf(urlOrDomain: string): string | null {
  let s = urlOrDomain.trim();
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) s = `http://${s}`;
  try {
    const host = new URL(s).hostname.toLowerCase().replace(/\.$/, '');
    if (!host.includes('.')) return null;
    return host.replace(/^(?:www\d?|m|amp|mobile)\./, '');
  } catch {
    return null;
  }
}

function normaliseTable(table: Record<string, string>): Map<string, string> {
  const m = new Map<string, string>();
  for (const [k, v] of Object.entries(table)) {
    const host = hostOf(k);
    if (host && v.trim()) m.set(host, v.trim());
  }
  return m;
}

const BUILTIN = normaliseTable(BUILTIN_OUTLETS as Record<string, string>);
const BUILTIN_NAMES = new Map<string, string>();
for (const name of BUILTIN.values()) BUILTIN_NAMES.set(name.toLowerCase(), name);

/** Outlet lookup: the user's table first (so it can override), then the built-in one. */
export class OutletTable {
  private readonly user: Map<string, string>;
  private readonly names: Map<string, string>;

  constructor(extra: Record<string, string> = {}) {
    this.user = normaliseTable(extra);
    this.names = new Map(BUILTIN_NAMES);
    for (const name of this.user.values()) this.names.set(name.toLowerCase(), name);
  }

  /** Outlet of a URL or domain; subdomains fall back to their parent domain. */
  byHost(urlOrDomain: string): string | null {
    const host = hostOf(urlOrDomain);
    if (!host) return null;
    const labels = host.split('.');
    for (let i = 0; i < labels.length - 1; i++) {
      const h = labels.slice(i).join('.');
      const hit = this.user.get(h) ?? BUILTIN.get(h);
      if (hit) return hit;
    }
    return null;
  }

  /** A name found in text, in the table's spelling when the table knows it ("the moscow times"). */
  canonicalName(name: string): string {
    const clean = cleanOutletName(name);
    return this.names.get(clean.toLowerCase()) ?? clean;
  }
}

/** Strip legal suffixes and trailing punctuation from a name taken from a copyright line or sign-off. */
export function cleanOutletName(name: string): string {
  return name
    .replace(/\s+/g, ' ')
    .replace(/[.,;:]+$/, '')
    .replace(/,?\s+(?:LLC|L\.L\.C\.|Ltd\.?|Limited|Inc\.?|GmbH|AG|S\.A\.|SA|plc|PLC|Corp\.?)$/i, '')
    .replace(/[.,;:]+$/, '')
    .trim();
}

/**
 * What a user's config says about one outlet: its name and any attributes (country, kind,
 * owner, or any field of their own). Values are plain strings.
 */
export interface OutletInfo {
  name: string;
  attributes: Record<string, string>;
}

/**
 * The outlets a user described in the config, found by name (case-insensitive) or by the
 * domain of an article's URL (subdomains fall back to their parent, as in OutletTable).
 * Attributes come only from the user: nothing is guessed about an outlet.
 */
export class OutletDirectory {
  private readonly byName = new Map<string, OutletInfo>();
  private readonly byDomain = new Map<string, OutletInfo>();

  /** `entries`: config keys (a domain, or an outlet name when the key is no domain) → info. */
  constructor(entries: Array<{ key: string; info: OutletInfo }> = []) {
    for (const { key, info } of entries) {
      const host = isDomainKey(key) ? hostOf(key) : null;
      if (host) this.byDomain.set(host, info);
      const prev = this.byName.get(info.name.toLowerCase());
      // Two keys for one outlet (two domains): their attributes merge, the first key's win.
      this.byName.set(info.name.toLowerCase(), prev ? { name: prev.name, attributes: { ...info.attributes, ...prev.attributes } } : info);
    }
  }

  get size(): number {
    return this.byName.size;
  }

  /** The user's description of an article's outlet: by its name, else by its URL's domain. */
  lookup(outlet: string | null, url: string | null): OutletInfo | null {
    if (outlet) {
      const hit = this.byName.get(outlet.trim().toLowerCase());
      if (hit) return hit;
    }
    const host = url ? hostOf(url) : null;
    if (!host) return null;
    const labels = host.split('.');
    for (let i = 0; i < labels.length - 1; i++) {
      const hit = this.byDomain.get(labels.slice(i).join('.'));
      if (hit) return hit;
    }
    return null;
  }
}

/** A config key that names a domain ("example.com"), not an outlet ("Kestrel News"): no spaces, a dot. */
export function isDomainKey(key: string): boolean {
  return !/\s/.test(key.trim()) && hostOf(key) !== null;
}
