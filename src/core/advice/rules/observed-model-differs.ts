// The code names a model, but most of the observed calls matched to it (by code location or a tag) ran another one:
// the model is overridden at run time (an env variable, a config, a gateway route) or the usage was matched wrongly.
// Either way the estimate, which prices the code's model, may be off.
import type { Rule } from './rule';
import { observedModelOf, trafficDisagrees } from '../../observed/model';
import { formatShare } from '../../../shared/format';

interface Data { code: string; observed: string; share: number; calls: number; from: string }

/** Model sources that are no statement of the code: nothing for traffic to disagree with. */
const NOT_IN_CODE = new Set(['assumed', 'observed', 'unresolved']);

export const observedModelDiffers: Rule<Data> = {
  code: 'observed-model-differs',
  severity: 'warning',
  description: 'The code names one model, but the observed usage matched to the call ran another.',
  check({ fact, call, book }) {
    if (!call.observed || call.model === null || NOT_IN_CODE.has(fact.model.source)) return null;
    const seen = observedModelOf(call.observed);
    const catalogId = (m: string) => book.lookup(m, call.vendor)?.model.id ?? null;
    const same = (a: string, b: string) => { const id = catalogId(a); return id !== null && id === catalogId(b); };
    const other = trafficDisagrees(fact.model.alternatives ?? [call.model], seen, same);
    return other && seen ? { code: call.model, observed: other.model, share: other.share, calls: other.calls, from: seen.from } : null;
  },
  message: d => `The code says ${d.code}, but the observed traffic ran ${d.observed} (${formatShare(d.share)} of the calls; ${d.from}): ` +
    `something sets the model at run time (an env variable, a config, a gateway), or the usage was matched to the wrong call. The estimate prices ${d.code}.`,
};
