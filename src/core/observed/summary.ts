// What `spendlens calibrate` prints: what each tier matched, the sites, and the records no site matched.
import { formatDays } from '../../shared/format';
import { MATCH_TIERS } from './match';
import type { ObservedFile } from './file';

const TIER_LABEL: Record<string, string> = {
  'code-location': 'code location (file + line)',
  'code-function': 'code location (file + function + model; line moved)',
  tag: 'static tag',
  'request-params': 'request parameters',
  model: 'model (one site)',
  'model-spread': 'model, spread by volume (low confidence)',
  unmatched: 'unmatched',
};

const fmt = (n: number) => (Number.isInteger(n) ? n.toLocaleString('en-US') : n.toLocaleString('en-US', { maximumFractionDigits: 1 }));

export function writeCalibrationSummary(o: ObservedFile, writtenTo: string): string {
  const out: string[] = [];
  const records = o.sources.reduce((s, x) => s + x.records, 0);
  const dups = o.sources.reduce((s, x) => s + x.duplicates, 0);
  out.push(`Spendlens calibrate — ${fmt(records)} record(s) from ${o.sources.length} file(s)${dups ? `, ${fmt(dups)} duplicate(s) counted once` : ''}`);
  for (const s of o.sources) out.push(`  ${s.path}: ${s.format}, ${fmt(s.records)} record(s)${s.duplicates ? `, ${fmt(s.duplicates)} duplicate(s)` : ''}`);
  out.push(o.window ? `Window: ${o.window.from} → ${o.window.to} (${formatDays(o.window.days)} d)` : 'Window: unknown (no record carries a time): token figures only, no calls/month');
  out.push('', 'matched by                                              records      calls  sites');
  for (const t of [...MATCH_TIERS, 'unmatched']) {
    const v = o.tiers[t as keyof ObservedFile['tiers']];
    if (!v) continue;
    out.push(`  ${TIER_LABEL[t].padEnd(52)} ${fmt(v.records).padStart(8)} ${fmt(v.calls).padStart(10)} ${String(v.sites).padStart(6)}`);
  }
  if (o.sites.length) {
    out.push('', 'call site                                  model                        calls   calls/mo   in mean  out mean  matched by');
    for (const s of o.sites) {
      out.push(`  ${`${s.file}:${s.line}`.padEnd(40)} ${(s.model ?? (s.models?.length ? `${s.models[0].model} (observed)` : '?')).padEnd(26)} ${fmt(s.calls).padStart(7)} ${(s.callsPerMonth === null ? '—' : fmt(s.callsPerMonth)).padStart(10)} ${(s.inputTokens ? fmt(Math.round(s.inputTokens.mean)) : '—').padStart(9)} ${(s.outputTokens ? fmt(Math.round(s.outputTokens.mean)) : '—').padStart(9)}  ${s.matchedBy}`);
    }
  }
  if (o.unmatched.length) {
    out.push('', `Unmatched (${o.unmatched.length} group(s); often calls the scanner missed):`);
    for (const u of o.unmatched.slice(0, 20)) {
      const what = [u.model ?? 'no model', u.codeLocation, u.tags.length ? `tags ${u.tags.join(', ')}` : null].filter(Boolean).join(' · ');
      out.push(`  ${fmt(u.calls).padStart(7)} call(s)  ${what}  (first at ${u.firstAt})`);
    }
    if (o.unmatched.length > 20) out.push(`  … and ${o.unmatched.length - 20} more group(s) in ${writtenTo}`);
  }
  out.push('', `Wrote ${writtenTo}`);
  return out.join('\n') + '\n';
}
