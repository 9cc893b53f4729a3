import { join } from 'node:path';
import { loadCorpus } from '../content/corpus';
import { formatProblem } from '../content/problems';

/** `npm run content -- <command>`: the editors' and translators' command line. */
async function main(argv: string[]): Promise<number> {
  const [command] = argv;
  if (command !== 'check') {
    console.error('usage: npm run content -- check');
    return 2;
  }
  const corpus = await loadCorpus(join(process.cwd(), 'content'));
  for (const problem of corpus.problems) console.error(formatProblem(problem));
  if (corpus.problems.length > 0) return 1;
  console.log(`content ok: ${corpus.articles.length} article(s)`);
  return 0;
}

main(process.argv.slice(2)).then((code) => process.exit(code));
