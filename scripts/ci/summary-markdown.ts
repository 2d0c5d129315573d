import { summaryToMarkdown } from '../../reporting/summary-markdown';
import { readSummary } from '../../reporting/summary-schema';
import { isMain, parseCliArgs, parseCount, runCli, UsageError } from './cli';

const USAGE = `usage: npx tsx scripts/ci/summary-markdown.ts [--max-rows N] [--title TEXT] SUMMARY_JSON

Prints a short Markdown account of a walk (totals, then what failed) to stdout; in a workflow:
  npx tsx scripts/ci/summary-markdown.ts reports/summary.json >> "$GITHUB_STEP_SUMMARY"
  --max-rows N   rows per table before "...and N more" (default 50)
  --title TEXT   heading text (default "Learner-journey walk")`;

function main(argv: string[]): number {
  const { values, positionals } = parseCliArgs(argv, {
    'max-rows': { type: 'string' },
    title: { type: 'string' },
  });
  if (positionals.length !== 1) throw new UsageError('give exactly one summary.json.');
  const maxRows = parseCount('max-rows', values['max-rows']);
  process.stdout.write(
    summaryToMarkdown(readSummary(positionals[0]!), {
      ...(maxRows !== undefined ? { maxRows } : {}),
      ...(values.title ? { title: values.title } : {}),
    }),
  );
  return 0;
}

if (isMain(import.meta.url)) runCli(USAGE, main);
