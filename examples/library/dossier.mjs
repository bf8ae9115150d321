// Build the dossier of the bundled example story and print its conflicts, each with the outlets
// behind every value. Run from the repository (or an installed package): node examples/library/dossier.mjs
import { fileURLToPath } from 'node:url';
import { analyzeInputs, renderDossier } from 'parallax-dossier';

const story = fileURLToPath(new URL('../harbour-fire/', import.meta.url));
const { dossier, warnings, errors } = await analyzeInputs([story]);
for (const e of errors) console.error(`unreadable: ${e.input}: ${e.reason}`);
for (const w of warnings) console.error(`warning: ${w}`);

const outletOf = new Map(dossier.articles.map((a) => [a.id, a.outlet ?? a.id]));
console.log(`${dossier.articles.length} articles, ${dossier.facts.length} facts, ${dossier.conflicts.length} conflicts`);
for (const c of dossier.conflicts) {
  const values = c.claims.map((k) => `${k.value} [${k.articles.map((a) => outletOf.get(a)).join('; ')}]`);
  console.log(`${c.kind}: ${values.join(' vs ')}`);
}
// The same dossier as Markdown, as `parallax analyze --format markdown` prints it.
const markdown = renderDossier(dossier, 'markdown');
console.log(markdown.split('\n')[0]);
