// A closed answer on data, made dear only by its reasoning setting: lower the effort before reaching for a
// smaller model (the same model keeps its skill; the hidden reasoning tokens are what cost).
import type { Rule } from './rule';
import { describeShape } from '../structure';

interface Data { setting: string; shape: string }

export const lowerReasoningEffort: Rule<Data> = {
  code: 'lower-reasoning-effort',
  severity: 'hint',
  description: 'A closed answer on data under a high reasoning setting: try a lower effort before a smaller model.',
  check({ fact, complexity }) {
    const shape = complexity.structure.shape;
    if (!complexity.lowerEffort || !shape) return null;
    const f = fact.features;
    const setting = f.reasoningEffort && !/^(none|minimal)$/i.test(f.reasoningEffort) ? `reasoning_effort "${f.reasoningEffort}"` : `a thinking budget of ${f.thinkingBudget} tokens`;
    return { setting, shape: describeShape(shape) };
  },
  message: d => `${d.shape.charAt(0).toUpperCase()}${d.shape.slice(1)}, under ${d.setting}: try a lower effort (then verify) before a smaller model.`,
};
