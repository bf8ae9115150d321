/**
 * `parallax cluster <inputs...>`: stateless batch story clustering. Reads records (JSON Lines
 * `{id, text | html, url?, title?, published?}`, or any input `read` accepts), runs the same
 * incremental clusterer that corpus ingest uses, in input order, and prints the stories:
 * `{"stories": [{"id", "articles": [ids], "duplicates": [{"article", "of"}]}]}`.
 * A bad record is reported on standard error with its line number and the rest goes on.
 */
import type { Command } from 'commander';
import { EXIT, UserError, formatInputError } from '../../core/errors.js';
import type { InputError } from '../../core/schema.js';
import { addOutputOptions, addStrictOption, warn, writeOutput, type Format } from '../options.js';

export interface ClusterOutput {
  stories: Array<{ id: string; articles: string[]; duplicates: Array<{ article: string; of: string }> }>;
}

/** Cluster every readable record of `inputs`; failed records are passed to `onError`. */
export async function clusterInputs(inputs: string[], opts: { strict?: boolean; onError?: (e: InputError) => void } = {}): Promise<{ result: ClusterOutput; errors: InputError[] }> {
  // Loaded on use: `--help` and the other commands do not pay for the clusterer and readers.
  const [{ StoryClusterer, clusterDocOf }, { buildArticle }, { readInputs }] = await Promise.all([
    import('../../cluster/index.js'),
    import('../../ingest/article.js'),
    import('../../ingest/inputs.js'),
  ]);
  const clusterer = new StoryClusterer();
  const errors: InputError[] = [];
  const fail = (e: InputError): void => {
    errors.push(e);
    opts.onError?.(e);
    if (opts.strict) throw new UserError(e.input, e.reason);
  };
  let n = 0;
  for await (const item of readInputs(inputs)) {
    if (!item.ok) {
      fail(item.error);
      continue;
    }
    const { record } = item;
    n++;
    // Records without an id are numbered like `read` numbers articles (a1, a2, …).
    const id = record.meta.id ?? `a${n}`;
    if (clusterer.storyOf(id) !== undefined) {
      fail({ input: record.source, reason: `duplicate id "${id}"` });
      continue;
    }
    // The article as ingest makes it (HTML extracted, boilerplate cleaned, metadata resolved),
    // so that `cluster` sees exactly what corpus ingest clusters.
    let article;
    try {
      article = buildArticle(record, id);
    } catch (e) {
      if (e instanceof UserError) {
        fail({ input: e.input ?? record.source, reason: e.reason });
        continue;
      }
      throw e;
    }
    if (article.text.trim() === '') {
      fail({ input: record.source, reason: 'no article text left after cleaning' });
      continue;
    }
    clusterer.add(clusterDocOf(article));
  }
  clusterer.settle(); // the same last settling pass as corpus ingest's end of run
  const stories = clusterer.stories().map((s) => ({
    id: s.id,
    articles: s.articles,
    duplicates: s.articles.flatMap((a) => {
      const of = clusterer.duplicateOf(a);
      return of === null ? [] : [{ article: a, of }];
    }),
  }));
  return { result: { stories }, errors };
}

function renderText(out: ClusterOutput): string {
  const lines: string[] = [];
  const n = out.stories.reduce((k, s) => k + s.articles.length, 0);
  lines.push(`${out.stories.length} ${out.stories.length === 1 ? 'story' : 'stories'} from ${n} ${n === 1 ? 'article' : 'articles'}`);
  for (const s of out.stories) {
    const copies = new Map(s.duplicates.map((d) => [d.article, d.of]));
    lines.push('', `story ${s.id} (${s.articles.length} ${s.articles.length === 1 ? 'article' : 'articles'})`);
    for (const a of s.articles) lines.push(copies.has(a) ? `  ${a}  (copy of ${copies.get(a)})` : `  ${a}`);
  }
  return lines.join('\n');
}

export function registerCluster(program: Command): void {
  const cmd = program
    .command('cluster')
    .description('group articles into stories (the algorithm corpus ingest uses); wire copies are marked')
    .argument('<inputs...>', 'JSON Lines of {id, text | html, url?, title?, published?}, or any input read accepts');
  addOutputOptions(cmd, ['text', 'json'], 'text');
  addStrictOption(cmd);
  cmd.action(async (inputs: string[], opts: { format: Format; out?: string; strict?: boolean }) => {
    const { result, errors } = await clusterInputs(inputs, {
      strict: opts.strict,
      onError: (e) => warn(formatInputError(e.input, e.reason)),
    });
    if (result.stories.length === 0) throw new UserError(null, 'no article could be read', EXIT.USAGE);
    await writeOutput(opts.format === 'json' ? JSON.stringify(result, null, 2) : renderText(result), opts.out);
    process.exitCode = errors.length > 0 ? EXIT.FAILURE : EXIT.OK;
  });
}
