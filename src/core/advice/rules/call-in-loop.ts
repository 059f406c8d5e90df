// A call inside a loop: the shown cost is per iteration.
import type { Rule } from './rule';
import { formatMoney as usd } from '../../../shared/format';

interface Data { costPerCall: number | null; per100: number | null }

export const callInLoop: Rule<Data> = {
  code: 'call-in-loop',
  severity: 'information',
  description: 'The call runs once per loop iteration.',
  check({ fact, call }) {
    if (!fact.inLoop) return null;
    return { costPerCall: call.costPerCall, per100: call.costPerCall === null ? null : call.costPerCall * 100 };
  },
  message: d => d.costPerCall === null
    ? 'Called in a loop: the cost multiplies with every iteration.'
    : `Called in a loop: ${usd(d.costPerCall)} per iteration (${usd(d.per100!)} per 100 items).`,
};
