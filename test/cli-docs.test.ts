import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildProgram } from '../src/cli/main.js';
import { overviewHelp } from '../src/cli/overview.js';

test('docs/cli.md documents every command and every option the CLI offers', async () => {
  const doc = readFileSync('docs/cli.md', 'utf8');
  const program = await buildProgram();
  assert.ok(program.commands.length >= 10);
  for (const cmd of program.commands) {
    assert.ok(doc.includes(`## parallax ${cmd.name()}`), `docs/cli.md has no section for "${cmd.name()}"`);
    const section = doc.split(`## parallax ${cmd.name()}\n`)[1].split('\n## ')[0];
    for (const opt of cmd.options.filter((o) => !o.hidden)) {
      const flag = opt.long ?? opt.short ?? '';
      assert.ok(section.includes(flag), `docs/cli.md: "${cmd.name()}" does not document ${flag}`);
    }
  }
});

test('every command answers --help with a description and exits 0', async () => {
  const { main } = await import('../src/cli/main.js');
  const names = (await buildProgram()).commands.map((c) => c.name());
  const write = process.stdout.write.bind(process.stdout);
  for (const name of names) {
    let out = '';
    process.stdout.write = ((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    }) as typeof process.stdout.write;
    let code: number;
    try {
      code = await main(['node', 'parallax', name, '--help']);
    } finally {
      process.stdout.write = write;
    }
    assert.equal(code, 0, name);
    assert.match(out, new RegExp(`Usage: parallax ${name}`), name);
  }
});

test('parallax --help (the overview, laid out without commander or any command module) reads exactly as the full program\'s help', async () => {
  const full = await buildProgram();
  // 40 and 50: descriptions too narrow to wrap; 60: the program's description wraps and the
  // commands' do not; 80 (not a terminal), 120, 200: both wrap, or nothing does.
  for (const width of [40, 50, 60, 80, 120, 200]) {
    full.configureOutput({ getOutHelpWidth: () => width });
    assert.equal(overviewHelp(width), full.helpInformation(), `at width ${width}: update COMMAND_OVERVIEW in src/cli/commands/index.ts (or overview.ts's layout)`);
  }
});
