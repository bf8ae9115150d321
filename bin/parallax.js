#!/usr/bin/env node
// Entry point of the `parallax` command: runs the compiled CLI. The published package ships dist/
// (built by `prepack`); a git checkout builds it with `npm run build` (or `npm test`).
import { existsSync } from 'node:fs';

if (!existsSync(new URL('../dist/src/cli/main.js', import.meta.url))) {
  process.stderr.write('parallax: not built yet: run `npm run build` in the parallax folder first\n');
  process.exit(2);
}
// A reader that stops early (`parallax export … | head`) closes the pipe: that ends the output,
// it is not an error to report.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
const { main } = await import('../dist/src/cli/main.js');

main(process.argv).then(
  (code) => { process.exitCode = code; },
  (e) => { process.stderr.write(`parallax: internal error: ${e?.message ?? e}\n`); process.exitCode = 1; },
);
