// A smaller model would do: the prompt looks simple and a cheaper candidate qualifies.
import type { Rule } from './rule';
import { formatSavingsPct as savingPct, formatUsd as usd } from '../../../shared/format';

interface Data { model: string; from: string | null; costPerCall: number; currentCostPerCall: number; savingsPct: number; reasons: string[] }

export const cheaperModel: Rule<Data> = {
  code: 'cheaper-model',
  severity: 'hint',
  description: 'The prompt looks simple: a smaller model of the same provider costs much less.',
  check({ suggestion, call, complexity }) {
    if (!suggestion || call.costPerCall === null || suggestion.complexity !== 'simple') return null;
    return {
      model: suggestion.model, from: call.model, costPerCall: suggestion.costPerCall,
      currentCostPerCall: call.costPerCall, savingsPct: suggestion.savingsPct, reasons: complexity.reasons,
    };
  },
  message: d => `${d.model} would do: ${savingPct(d.savingsPct)} (${usd(d.currentCostPerCall)} → ${usd(d.costPerCall)} per call)`,
  savings: d => d.currentCostPerCall - d.costPerCall,
};
