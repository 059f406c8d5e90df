// The comparison eval's public surface.
export { buildComparisonEval, checkComparable, EvalConfigError, EVAL_CONFIG_FILE, EVAL_PROMPT_FILE, EVAL_TESTS_FILE, REFERENCE_VAR } from './promptfoo';
export type { ComparisonEval, EvalCandidate, EvalFile } from './promptfoo';
export { chooseCandidate } from './candidate';
export { promptfooProvider } from './providers';
export { toYaml } from './yaml';
