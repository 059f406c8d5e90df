// How an environment switch says "off" (SPENDLENS_CODE_CACHE, SPENDLENS_TOKENIZER_THREAD). Built-ins only: the
// launcher bundles this before anything else loads.
export function isSwitchedOff(value: string | undefined): boolean {
  return /^(0|off|false|no)$/i.test(value ?? '');
}
