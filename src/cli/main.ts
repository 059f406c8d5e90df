// `spendlens` — argument parsing → core → report. No analysis logic here.
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { parseArgs, UsageError, USAGE, type ScanCommand, type CatalogCommand } from './args';
import {
  Session, loadPriceBook, bundledCatalogPath, summarizeCatalog, writeTable, writeJson, writeMarkdown, formatUsd, TEAM_PRICING_FILE,
} from '../core';
import { version } from '../../package.json';

class InputError extends Error {}

function loadBook(catalog: string | undefined, root: string | undefined) {
  const userPath = catalog ? resolve(catalog) : undefined;
  if (userPath && !existsSync(userPath)) throw new InputError(`catalog file not found: ${userPath}`);
  const book = loadPriceBook({ bundledPath: bundledCatalogPath(), userPath, workspacePath: root ? join(root, TEAM_PRICING_FILE) : undefined });
  const broken = book.problems.filter(p => userPath && resolve(p.path) === userPath);
  if (broken.length) {
    throw new InputError(broken.map(p => `broken catalog ${p.path}${p.line ? `:${p.line}` : ''}${p.pointer ? ` at ${p.pointer}` : ''}: ${p.message}`).join('\n'));
  }
  return book;
}

async function scan(cmd: ScanCommand): Promise<number> {
  const root = resolve(cmd.dir);
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new InputError(`not a folder: ${cmd.dir}`);
  if (cmd.config && !existsSync(resolve(cmd.config))) throw new InputError(`config file not found: ${cmd.config}`);
  const book = loadBook(cmd.catalog, root);
  const session = new Session({ root, book, configPath: cmd.config ? resolve(cmd.config) : undefined });
  const report = await session.scanWorkspace();
  let text: string;
  switch (cmd.format) {
    case 'json': text = writeJson(report); break;
    case 'markdown': text = writeMarkdown(report); break;
    default: text = writeTable(report);
  }
  if (cmd.output) writeFileSync(cmd.output, text); else process.stdout.write(text);
  if (cmd.budget !== undefined && report.totals.monthly > cmd.budget) {
    process.stderr.write(`spendlens: projected ≈${formatUsd(report.totals.monthly)}/month is over the budget of ${formatUsd(cmd.budget)}/month\n`);
    return 1;
  }
  return 0;
}

function catalog(cmd: CatalogCommand): number {
  const book = loadBook(cmd.catalog, undefined);
  const summary = summarizeCatalog(book);
  process.stdout.write(cmd.format === 'json' ? JSON.stringify(summary, null, 2) + '\n' : summary.text);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  try {
    const cmd = parseArgs(argv);
    switch (cmd.kind) {
      case 'help': process.stdout.write(USAGE + '\n'); return 0;
      case 'version': process.stdout.write(version + '\n'); return 0;
      case 'scan': return await scan(cmd);
      case 'catalog': return catalog(cmd);
      case 'diff': throw new UsageError('diff is not available yet');
    }
  } catch (e) {
    if (e instanceof UsageError) { process.stderr.write(`spendlens: ${e.message}\n\n${USAGE}\n`); return 2; }
    if (e instanceof InputError) { process.stderr.write(`spendlens: ${e.message}\n`); return 2; }
    throw e;
  }
}

main(process.argv.slice(2)).then(code => { process.exitCode = code; }, e => {
  process.stderr.write(`spendlens: internal error: ${(e as Error).stack ?? e}\n`);
  process.exitCode = 2;
});
