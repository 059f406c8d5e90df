// A small YAML writer for generated configs: block mappings and sequences, plain scalars where YAML reads them back
// as the same string, JSON-quoted otherwise (a JSON string is a valid YAML double-quoted scalar), multi-line text as a
// literal block. Enough for promptfoo configs; not a general serializer (no anchors, no flow styles).

export type YamlValue = string | number | boolean | null | YamlValue[] | { [key: string]: YamlValue };

export function toYaml(value: YamlValue): string {
  return lines(value, 0).join('\n') + '\n';
}

function lines(value: YamlValue, indent: number): string[] {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    if (!value.length) return [`${pad}[]`];
    return value.flatMap(item => {
      if (isBlock(item)) {
        const inner = lines(item, indent + 2);
        return [`${pad}- ${inner[0]!.trimStart()}`, ...inner.slice(1)];
      }
      return [`${pad}- ${inline(item, indent + 2)}`];
    });
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (!entries.length) return [`${pad}{}`];
    return entries.flatMap(([k, v]) => {
      const key = scalar(k);
      if (isBlock(v)) return [`${pad}${key}:`, ...lines(v, indent + 2)];
      return [`${pad}${key}: ${inline(v, indent + 2)}`];
    });
  }
  return [pad + inline(value, indent)];
}

function isBlock(v: YamlValue): boolean {
  return v !== null && typeof v === 'object' && (Array.isArray(v) ? v.length > 0 : Object.keys(v).length > 0);
}

function inline(v: YamlValue, indent: number): string {
  if (Array.isArray(v)) return '[]';
  if (v !== null && typeof v === 'object') return '{}';
  if (typeof v === 'string' && v.includes('\n') && !/[\r\t]|[^\S\n ]/.test(v) && !/^\s|\s$/.test(v)) {
    // Literal block, chomped: the text comes back byte for byte.
    const pad = ' '.repeat(indent);
    return '|-\n' + v.split('\n').map(l => (l ? pad + l : '')).join('\n');
  }
  return scalar(v);
}

/** Plain when unambiguous, else JSON-quoted. */
function scalar(v: string | number | boolean | null): string {
  if (v === null) return 'null';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : JSON.stringify(String(v));
  if (typeof v === 'boolean') return String(v);
  const plain = /^[A-Za-z_./][A-Za-z0-9_ ./:@()+,-]*$/.test(v) && !/: |:$| #|,$|^(true|false|null|yes|no|on|off|y|n|~)$/i.test(v) && !/\s$/.test(v);
  return plain ? v : JSON.stringify(v);
}
