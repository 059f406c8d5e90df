// The advisor's suggestion as a finding: a smaller model for a simple prompt, or a newer model of the same
// family and tier (any prompt). A cheaper service tier has its own finding (batch-api).
import type { SuggestionKind } from '../../model';
import type { Rule } from './rule';
import { formatSavingsPct as savingPct, formatMoney as usd } from '../../../shared/format';

interface Data { kind: SuggestionKind; model: string; from: string | null; costPerCall: number; currentCostPerCall: number; savingsPct: number; reason: string; evidence: string[]; reasons: string[] }

export const cheaperModel: Rule<Data> = {
  code: 'cheaper-model',
  severity: 'hint',
  description: 'A cheaper model would do: a smaller one for a simple prompt, or a newer one of the same family and tier.',
  check({ suggestion, call, complexity }) {
    if (!suggestion || call.costPerCall === null || suggestion.kind === 'service-tier') return null;
    if (suggestion.kind === 'downgrade' && suggestion.complexity !== 'simple') return null;
    return {
      kind: suggestion.kind, model: suggestion.model, from: call.model, costPerCall: suggestion.costPerCall,
      currentCostPerCall: call.costPerCall, savingsPct: suggestion.savingsPct, reason: suggestion.reason,
      evidence: suggestion.evidence, reasons: complexity.reasons,
    };
  },
  message: d => `${d.reason} ${savingPct(d.savingsPct)} (${usd(d.currentCostPerCall)} → ${usd(d.costPerCall)} per call).`,
  savings: d => d.currentCostPerCall - d.costPerCall,
};
