// Model-name normalisation used by the lookup (and, bundled on the fly, by scripts/build-catalog.mjs).

/**
 * The name a model is known by across hosts: lower case, without provider path, region prefix
 * (us./eu./global.), vendor prefix (anthropic., meta.) or Bedrock version suffix (-v1:0), `@` → `-`.
 * `bedrock/us.anthropic.claude-3-5-sonnet-20240620-v1:0` → `claude-3-5-sonnet-20240620`.
 */
export function canonicalName(key: string): string {
  let name = key.toLowerCase();
  name = name.slice(name.lastIndexOf('/') + 1);
  name = name.replace(/^(us|eu|apac|au|jp|ca|global|us-gov)\./, '');
  name = name.replace(/^(anthropic|meta|mistral|amazon|cohere|ai21|deepseek|openai|qwen|writer|twelvelabs|minimax|moonshotai|google)\./, '');
  // Bedrock version suffixes: …-20240620-v1:0 → …-20240620; but claude-v2:1 stays claude-v2 (no digit would remain).
  const unversioned = name.replace(/-v\d+(:\d+)?$/, '');
  name = /\d/.test(unversioned) ? unversioned : name.replace(/:\d+$/, '');
  name = name.replace(/@/g, '-').replace(/:/g, '-');
  return name;
}

const VERSION_SUFFIX = /-v\d+(:\d+)?$/; // bedrock: …-v1:0

/** Suffixes that name a snapshot or channel of a model rather than another model. */
const SNAPSHOT_SUFFIXES: RegExp[] = [
  /-\d{4}-\d{2}-\d{2}$/, // gpt-4o-2024-08-06
  /-\d{8}$/,             // claude-3-5-sonnet-20241022
  /@\d{8}$/,             // vertex: claude-3-5-sonnet@20240620
  /@(latest|default|\d{3})$/, // vertex: gemini-1.5-pro@002
  /-latest$/,            // claude-3-5-sonnet-latest, mistral-large-latest
  /-\d{3}$/,             // gemini-1.5-pro-002
  /-\d{4}$/,             // gpt-4-0613, mistral-large-2411
  VERSION_SUFFIX,
];

/** Names to try for a snapshot id, most specific first: `gpt-4o-2024-08-06` → [`gpt-4o`]. */
export function snapshotBases(id: string): string[] {
  const bases: string[] = [];
  let current = id;
  for (let changed = true; changed; ) {
    changed = false;
    for (const suffix of SNAPSHOT_SUFFIXES) {
      const stripped = current.replace(suffix, '');
      // claude-v2 is not a snapshot of "claude": a version suffix must leave a digit behind.
      const keepsName = suffix !== VERSION_SUFFIX || /\d/.test(stripped);
      if (stripped !== current && stripped.length > 0 && keepsName) {
        current = stripped;
        bases.push(current);
        changed = true;
        break;
      }
    }
  }
  return bases;
}

/** SDK / framework names that callers may pass as a vendor, mapped to catalog provider ids. */
const VENDOR_ALIASES: Record<string, string> = {
  'azure-openai': 'azure',
  azure_openai: 'azure',
  'azure_ai': 'azure',
  google: 'gemini',
  'google-genai': 'gemini',
  vertex: 'vertex_ai',
  'vertex-ai': 'vertex_ai',
  vertexai: 'vertex_ai',
  together: 'together_ai',
  'together-ai': 'together_ai',
  fireworks: 'fireworks_ai',
  'fireworks-ai': 'fireworks_ai',
  'amazon-bedrock': 'bedrock',
  aws: 'bedrock',
  mistralai: 'mistral',
  grok: 'xai',
  'x-ai': 'xai',
};

export function normalizeVendor(vendor: string | null | undefined): string | null {
  if (!vendor) return null;
  const v = vendor.trim().toLowerCase();
  return VENDOR_ALIASES[v] ?? v;
}

/** Levenshtein distance, O(n·m) with one row; ids are short. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

export function sharedPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
