/** Feed fixtures (written for these tests) and a feed (and page) server on 127.0.0.1 for fetch tests. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>The Harbour Gazette</title>
  <link>https://gazette.example/</link>
  <item>
    <title>Fire at the harbour &amp; docks</title>
    <link>/news/harbour-fire</link>
    <pubDate>Wed, 15 Oct 2025 23:30:00 +0200</pubDate>
    <description>Short summary.</description>
    <content:encoded><![CDATA[<p>A fire broke out at the harbour on Tuesday night.</p><script>track()</script><p>Firefighters &amp; volunteers worked&nbsp;until dawn.</p>]]></content:encoded>
  </item>
  <item>
    <title>Council vote delayed</title>
    <guid isPermaLink="true">https://gazette.example/news/council</guid>
    <dc:date>2025-10-16T09:00:00Z</dc:date>
    <description>&lt;p&gt;The council postponed its vote.&lt;/p&gt;&lt;p&gt;A new date is &lt;b&gt;not&lt;/b&gt; set.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Only a headline</title>
    <link>https://gazette.example/news/headline-only</link>
  </item>
</channel>
</rss>`;

export const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">River Post</title>
  <link rel="alternate" href="https://river.example/"/>
  <link rel="self" href="https://river.example/feed.atom"/>
  <entry>
    <title type="html">Floods &lt;em&gt;rise&lt;/em&gt; again</title>
    <link rel="alternate" href="https://river.example/floods"/>
    <link rel="enclosure" href="https://river.example/img.jpg"/>
    <published>2025-10-15T06:00:00-04:00</published>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The river rose by 2 metres.</p><p>Residents &amp; shop owners were evacuated.</p></div></content>
  </entry>
  <entry>
    <title>Bridge closed</title>
    <link href="bridge"/>
    <updated>2025-10-16</updated>
    <summary type="html">&lt;p&gt;The old bridge is closed.&lt;/p&gt;</summary>
  </entry>
  <entry>
    <title>Plain text entry</title>
    <link href="https://river.example/plain"/>
    <content>First paragraph.

Second paragraph with AT&amp;T.</content>
  </entry>
</feed>`;

export const RDF = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://old.example/"><title>Old Times</title><link>https://old.example/</link></channel>
  <item rdf:about="https://old.example/1"><title>Market opens</title><link>https://old.example/1</link><description>The market opened on Monday.</description><dc:date>2025-10-13</dc:date></item>
</rdf:RDF>`;

export interface Route {
  status?: number;
  type?: string;
  body: string | Buffer;
  delayMs?: number;
  /** Extra response headers (e.g. `location` for a redirect). */
  headers?: Record<string, string>;
}

export interface FeedServer {
  url: (p: string) => string;
  close: () => Promise<void>;
  /** Every request, in arrival order: its path and User-Agent. */
  requests: Array<{ path: string; userAgent: string }>;
  /** The most requests that were open at the same time. */
  maxInFlight: () => number;
}

/** A feed server on 127.0.0.1: the test serves every feed (and page) it fetches. */
export async function serveFeeds(routes: Record<string, Route>): Promise<FeedServer> {
  const requests: FeedServer['requests'] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const server: Server = createServer((req, res) => {
    requests.push({ path: req.url ?? '', userAgent: req.headers['user-agent'] ?? '' });
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    const r = routes[req.url ?? ''];
    if (!r) {
      res.writeHead(404, { 'content-type': 'text/html' }).end('<html><body>Not found</body></html>');
      return;
    }
    const send = (): void => {
      res.writeHead(r.status ?? 200, { 'content-type': r.type ?? 'application/rss+xml', ...r.headers }).end(r.body);
    };
    // Unref'd: a delayed answer still pending when the test closes the server does not keep it alive.
    if (r.delayMs) setTimeout(send, r.delayMs).unref();
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: (p) => `http://127.0.0.1:${port}${p}`,
    requests,
    maxInFlight: () => maxInFlight,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** A port on 127.0.0.1 that nothing listens on. */
export async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

