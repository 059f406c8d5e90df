// Types of team-validators.generated.js, which scripts/build-validators.mjs writes at build time from the team files'
// JSON Schemas (pricing/schemas/config.schema.json, usage.schema.json) with ajv's standalone code. The .js is not
// committed: every build regenerates it, so the schemas stay the one source of the checks.

/** One problem, as ajv reports it: where (a JSON pointer), which schema keyword failed, and its parameters. */
export interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

export interface GeneratedValidator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}

export const validateConfig: GeneratedValidator;
export const validateUsage: GeneratedValidator;
