// The building blocks: extract an article from a saved page, then ask the matcher whether two
// sentences report the same thing. node examples/library/match-extract.mjs
import { extractArticle, matchSentences } from 'parallax-dossier';

const page = `<html><head><title>Ferry service resumes | The Example Post</title>
<meta property="og:site_name" content="The Example Post"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Ferry service resumes after storm</h1>
<p>The ferry between the two islands resumed on Tuesday after a three-day suspension caused by the storm, the operator said.</p>
<p>About 1,200 passengers had been stranded on both sides while the crossings were cancelled.</p></article>
<footer>© The Example Post</footer></body></html>`;
const page1 = extractArticle(page, { url: 'https://example.org/ferry' });
console.log(`${page1.title} — ${page1.text.split(/\s+/).length} words`);

const verdicts = matchSentences([
  ['The ferry resumed on Tuesday after a three-day suspension.', 'Ferry crossings restarted Tuesday following a three-day halt.'],
  ['The ferry resumed on Tuesday after a three-day suspension.', 'The mayor opened a new library on Friday.'],
]);
for (const v of verdicts) console.log(`${v.same ? 'same' : 'different'} (${v.score.toFixed(2)})`);
