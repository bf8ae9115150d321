/**
 * Developer script (not a benchmark): the CPU of the imports and of N dossiers of one input in one
 * process — the first (patterns and code still compiling), the third, and the least, 25th
 * percentile and median of the third onwards — `buildDossier` plus the JSON render, as `analyze`
 * runs them. Issue #16 reads the third dossier as the pipeline's own cost once start-up work is
 * done, and the first against it for what compiling costs.
 *
 * Run: `node dist/bench/dossier-steady.js [CHECKOUT] [INPUT] [N]` (defaults: this checkout,
 * examples/harbour-fire, 12). CHECKOUT is a built checkout, e.g. one of an older commit, to
 * compare under the same load: run the two in turn, several times (the machine is shared).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [checkout = '.', input = 'examples/harbour-fire', n = '12'] = process.argv.slice(2);
const root = path.resolve(checkout);
const cpu = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
const load = (rel: string): Promise<Record<string, (...args: never[]) => unknown>> => import(pathToFileURL(path.join(root, 'dist', rel)).href);

const t0 = cpu();
const { buildDossier } = await load('src/compare/dossier.js');
const { renderDossier } = await load('src/render/dossier.js');
const { readArticles } = await load('src/cli/inputs.js');
const imports = cpu() - t0;
const run = buildDossier as unknown as (a: unknown, o: unknown) => { dossier: unknown };
const render = renderDossier as unknown as (d: unknown, f: string) => string;
const read = readArticles as unknown as (i: string[], o: object) => Promise<{ articles: unknown; config: { outletInfo: unknown } }>;
const { articles, config } = await read([path.resolve(input)], {});
const times: number[] = [];
for (let i = 0; i < Math.max(3, Number(n) || 12); i++) {
  const s = cpu();
  render(run(articles, { outlets: config.outletInfo }).dossier, 'json');
  times.push(cpu() - s);
}
const later = times.slice(2).sort((a, b) => a - b);
const ms = (x: number): number => Math.round(x);
process.stdout.write(
  `${JSON.stringify({ imports: ms(imports), first: ms(times[0]), third: ms(times[2]), min: ms(later[0]), p25: ms(later[Math.floor(later.length / 4)]), median: ms(later[Math.floor(later.length / 2)]) })}\n`,
);
