// Prompt templates with `{name}` fields: LangChain prompt templates (f-string format, the default in both languages)
// and Python's str.format, one grammar: `{name}` (a format spec or conversion after `:` / `!` ignored) is a field,
// `{{` and `}}` are literal braces. Fields the code gives a static value (a chain's `invoke({ lang: 'German' })`) are
// filled in; the others stay placeholders.

export interface FilledTemplate {
  text: string;
  /** The fields left open, as written (`{text}`): each one placeholder. */
  fields: string[];
  /** Where each open field was cut out of `text`. */
  slots: number[];
}

export function fillTemplate(text: string, valueOf: (name: string) => string | undefined): FilledTemplate {
  const fields: string[] = [];
  const slots: number[] = [];
  let out = '';
  let last = 0;
  for (const m of text.matchAll(/\{\{|\}\}|\{([^{}]*)\}/g)) {
    out += text.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[0] === '{{') { out += '{'; continue; }
    if (m[0] === '}}') { out += '}'; continue; }
    const name = m[1] ?? '';
    const value = valueOf(name.split(/[!:]/)[0]!.trim());
    if (value !== undefined) { out += value; continue; }
    slots.push(out.length);
    fields.push(`{${name}}`);
  }
  return { text: out + text.slice(last), fields, slots };
}
