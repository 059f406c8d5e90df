// A short description of what the loaded price book holds (CLI `spendlens catalog`, status views).
import type { PriceBook } from './pricebook';
import type { LayerInfo } from './types';

export interface ProviderSummary {
  provider: string;
  models: number;
  chat: number;
  embedding: number;
}

export interface CatalogSummary {
  updated: string;
  ageDays: number | null;
  stale: string | null;
  models: number;
  chat: number;
  embedding: number;
  providers: ProviderSummary[];
  sources: string[];
  layers: LayerInfo[];
  problems: number;
  /** The same as readable lines, for a terminal. */
  text: string;
}

function formatSummary(s: Omit<CatalogSummary, 'text'>, problems: string[]): string {
  const lines = [
    `Catalog updated ${s.updated || 'unknown'}${s.ageDays !== null ? ` (${s.ageDays} days ago)` : ''}: ${s.models} models, ${s.chat} chat, ${s.embedding} embedding, ${s.providers.length} providers`,
  ];
  if (s.stale) lines.push(`warning: ${s.stale}`);
  for (const p of s.providers) lines.push(`  ${p.provider.padEnd(14)} ${String(p.models).padStart(4)} models  (${p.chat} chat, ${p.embedding} embedding)`);
  lines.push('Layers:');
  for (const l of s.layers) lines.push(`  ${l.kind.padEnd(9)} ${l.ok ? 'ok    ' : 'BROKEN'} ${String(l.models).padStart(4)} models  ${l.path}`);
  if (s.sources.length) lines.push('Sources:', ...s.sources.map(x => `  ${x}`));
  for (const p of problems) lines.push(`problem: ${p}`);
  return lines.join('\n') + '\n';
}

export function summarizeCatalog(book: PriceBook, now: Date = new Date()): CatalogSummary {
  const byProvider = new Map<string, ProviderSummary>();
  let chat = 0;
  let embedding = 0;
  const models = book.models();
  for (const model of models) {
    const entry = byProvider.get(model.provider) ?? { provider: model.provider, models: 0, chat: 0, embedding: 0 };
    entry.models++;
    if (model.mode === 'chat') { entry.chat++; chat++; }
    if (model.mode === 'embedding') { entry.embedding++; embedding++; }
    byProvider.set(model.provider, entry);
  }
  const summary = {
    updated: book.updated,
    ageDays: book.ageInDays(now),
    stale: book.staleness(now),
    models: models.length,
    chat,
    embedding,
    providers: [...byProvider.values()].sort((a, b) => b.models - a.models || (a.provider < b.provider ? -1 : 1)),
    sources: book.sources.map(s => `${s.name} (${s.license}, ${s.retrieved})`),
    layers: book.layers,
    problems: book.problems.length,
  };
  const problems = book.problems.map(p => `${p.path}${p.line ? `:${p.line}` : ''}${p.pointer ? ` (at ${p.pointer})` : ''}: ${p.message}`);
  return { ...summary, text: formatSummary(summary, problems) };
}
