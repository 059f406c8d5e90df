// The model id is not in the catalog: no price; offer the nearest ids (often a typo or a new alias).
import type { Rule } from './rule';

interface Data { model: string; nearest: string[] }

export const unknownModel: Rule<Data> = {
  code: 'unknown-model',
  severity: 'information',
  description: 'The model id is not in the pricing catalog, so the call has no price.',
  check({ call, book }) {
    if (!call.model || call.catalogModel) return null;
    return { model: call.model, nearest: book.nearest(call.model, 3) };
  },
  message: d => `Model "${d.model}" is not in the catalog: no price.${d.nearest.length ? ` Nearest: ${d.nearest.join(', ')}.` : ''}`,
};
