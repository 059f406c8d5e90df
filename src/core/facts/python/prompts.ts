// Builds the PromptPart list of a call from its arguments: message lists in every SDK's shape
// (OpenAI / Anthropic / Gemini / Bedrock / Cohere dicts, LangChain tuples and message classes,
// LlamaIndex ChatMessage), content-part arrays, tools and response schemas.
import type { Node } from 'web-tree-sitter';
import type { PromptPart, PromptRole } from '../../model';
import type { PyContext } from './context';
import { callArgs, dottedName, unwrap } from './syntax';
import { fillTemplate, hasExampleTurns, isTemplateClass, MESSAGE_CLASSES as messageClasses, partKind, promptSourceOf, roleOf } from '../policy';
import { definitionText, dictOf, evalString, listOf, pyToJson } from './values';

export interface PromptFlags {
  vision: boolean;
  cacheControl: boolean;
  history: boolean;
  messageCount: number;
  /** Worked examples written as turns (policy/prompt.ts `hasExampleTurns`). */
  exampleTurns: boolean;
  /** The loop around the call that appends to its messages every step (an agent loop in the code), if any. */
  growingLoop: Node | null;
}


export class PromptBuilder {
  readonly parts: PromptPart[] = [];
  readonly flags: PromptFlags = { vision: false, cacheControl: false, history: false, messageCount: 0, exampleTurns: false, growingLoop: null };
  /** Template variables given static values (LangChain chain inputs). */
  variables = new Map<string, string>();

  constructor(private readonly ctx: PyContext) {}

  /** > 0 while reading messages reached through a name: their literals are constants. */
  private indirect = 0;

  /** A string-valued prompt piece; unknown values become a placeholder with their source text. */
  text(role: PromptRole, node: Node | null | undefined, template = false): void {
    if (!node) return;
    const v = evalString(node, this.ctx);
    if (!v) {
      this.placeholder(role, node.text);
      return;
    }
    const indirect = this.indirect > 0;
    if (template) {
      const { text, fields, slots } = fillTemplate(v.text, name => this.variables.get(name));
      const placeholders = [...v.placeholders, ...fields];
      const templated = text !== v.text || fields.length > 0;
      this.parts.push({ role, text, placeholders, ...slotsOf(v.placeholders.length ? undefined : slots, placeholders), source: promptSourceOf(v, { indirect, templated }) });
      return;
    }
    this.parts.push({ role, text: v.text, placeholders: v.placeholders, ...slotsOf(v.at, v.placeholders), source: promptSourceOf(v, { indirect }) });
  }

  /** A value the code does not show (a variable, a file part, a history spread): one placeholder, its source text. */
  placeholder(role: PromptRole, text: string): void {
    this.parts.push({ role, text: '', placeholders: [text], source: 'unresolved' });
  }

  /** Embedding inputs: a string, or a list (also through a name) whose items are each embedded; a spread it cannot see is one placeholder. */
  inputs(node: Node | null | undefined): void {
    if (!node) return;
    const list = listOf(node, this.ctx);
    if (!list) { this.text('input', node); return; }
    for (const { node: item, spread, indirect } of list.sequence) {
      if (spread) { this.placeholder('input', item.text); continue; }
      if (indirect) this.indirect++;
      try {
        this.text('input', item);
      } finally {
        if (indirect) this.indirect--;
      }
    }
  }

  /** A chain's or a template's input values (`invoke({"target": "German", "text": text})`): each static one fills its `{field}`. */
  templateValues(entries: Iterable<[string, Node]> | undefined): void {
    for (const [k, node] of entries ?? []) {
      const v = evalString(node, this.ctx);
      if (v && v.placeholders.length === 0 && v.shape !== 'unresolved') this.variables.set(k, v.text);
    }
  }

  /** A prompt sent as one string (a completion's or an image's `prompt`): one user message. */
  prompt(node: Node | null | undefined): void {
    if (!node) return;
    this.flags.messageCount++;
    this.text('user', node);
  }

  /** A system prompt given apart from the messages (`system=`, `instructions=`, `system_instruction=`): one message. */
  system(node: Node | null | undefined): void {
    if (!node) return;
    this.flags.messageCount++;
    this.content('system', node);
  }

  /** A message `content` value: a string, or a list of content parts / blocks. */
  content(role: PromptRole, node: Node | null | undefined, template = false): void {
    if (!node) return;
    const items = unwrap(node).type === 'list' ? listOf(node, this.ctx) : null;
    if (!items) {
      this.contentPart(role, node, template);
      return;
    }
    for (const item of items.items) this.contentPart(role, item, template);
    for (const s of items.spreads) this.placeholder(role, s.text);
  }

  /** One content block: text / image / document dicts in any SDK's shape, Gemini parts, strings. */
  private contentPart(role: PromptRole, node: Node, template: boolean): void {
    const n = unwrap(node);
    let dict = n.type === 'dictionary' ? dictOf(n, this.ctx) : null;
    if (n.type === 'identifier') {
      const d = dictOf(n, this.ctx);
      if (d && ['type', 'text', 'image', 'image_url'].some(k => d.entries.has(k))) dict = d;
      // `img = PIL.Image.open(path)` then `contents=[prompt, img]`: the image travels with the request.
      const b = this.ctx.scope.lookup(n.text, n);
      const v = b?.kind === 'assign' ? unwrap(b.value) : null;
      if (v?.type === 'call' && /(^|\.)(Image\.open|from_bytes|from_uri|from_image|load_image)$/.test(dottedName(v.childForFieldName('function')!) ?? '')) {
        this.contentPart(role, v, template);
        return;
      }
    }
    if (dict) {
      const d = dict;
      if (d.entries.has('cache_control')) this.flags.cacheControl = true;
      const type = evalString(d.entries.get('type'), this.ctx)?.text ?? null;
      const kind = partKind(type, k => d.entries.has(k));
      if (kind === 'image') { this.flags.vision = true; return; }
      if (kind === 'file' || kind === 'audio') {
        this.placeholder(kind === 'file' ? 'document' : 'input', n.text);
        return;
      }
      if (kind === 'tool') { this.text('tool', d.entries.get('content') ?? d.entries.get('input'), template); return; }
      // Gemini REST `{"parts": [{"text": …}]}` (system_instruction, contents items).
      if (kind === 'nested') { this.content(role, d.entries.get('parts'), template); return; }
      const text = d.entries.get('text') ?? d.entries.get('content');
      if (text) this.text(role, text, template);
      return;
    }
    if (n.type === 'call') {
      const name = dottedName(n.childForFieldName('function')!) ?? '';
      const args = callArgs(n);
      if (/Part\.from_text$|^Part$|\.Part$/.test(name)) {
        const t = args.keywords.get('text') ?? args.positional[0];
        if (t) this.text(role, t, template);
        return;
      }
      if (/from_bytes|from_uri|from_image|Image\.open|load_image|^Image$/.test(name)) {
        const mime = evalString(args.keywords.get('mime_type'), this.ctx)?.text ?? 'image/';
        if (mime.startsWith('image/')) this.flags.vision = true;
        else this.placeholder('document', n.text);
        return;
      }
    }
    this.text(role, node, template);
  }

  /**
   * A messages list. `template` marks LangChain prompt templates (their `{var}` fields are placeholders).
   * Unknown lists and `*history` spreads count as conversation history.
   */
  messages(node: Node | null | undefined, template = false, at?: Node): void {
    if (!node) return;
    const list = listOf(node, this.ctx, 0, at);
    if (!list) {
      this.flags.history = true;
      this.placeholder('user', node.text);
      return;
    }
    const loop = at ? growingLoop(node, at) : null;
    if (loop) this.flags.growingLoop ??= loop;
    if (list.dynamic || list.spreads.length || loop) this.flags.history = true;
    const roles: PromptRole[] = [];
    // In the list's order: a history spread between the system prompt and the new turn stays there.
    for (const { node: item, spread, indirect } of list.sequence) {
      if (spread) { this.placeholder('user', item.text); continue; }
      if (indirect) this.indirect++;
      let role: PromptRole | null;
      try {
        role = this.message(item, template);
      } finally {
        if (indirect) this.indirect--;
      }
      if (!role) continue;
      roles.push(role);
      this.flags.messageCount++;
    }
    if (hasExampleTurns(roles)) this.flags.exampleTurns = true;
  }

  /** One message; returns its role, or null when it was no message (a history placeholder). */
  private message(node: Node, template: boolean): PromptRole | null {
    const n = unwrap(node);
    if (n.type === 'tuple' || (n.type === 'list' && n.namedChildCount === 2)) {
      const [r, content] = n.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment');
      const roleText = evalString(r, this.ctx)?.text ?? 'user';
      const role = roleOf(roleText) ?? 'user';
      if (roleText === 'placeholder') {
        this.flags.history = true;
        this.placeholder('user', content?.text ?? n.text);
        return null;
      }
      this.content(role, content, template);
      return role;
    }
    if (n.type === 'call') {
      const fn = n.childForFieldName('function');
      const name = fn ? dottedName(fn) ?? '' : '';
      const last = name.split('.').pop() ?? '';
      const args = callArgs(n);
      if (last === 'MessagesPlaceholder') {
        this.flags.history = true;
        this.placeholder('user', n.text);
        return null;
      }
      if (last === 'from_template' && fn?.type === 'attribute') {
        const cls = dottedName(fn.childForFieldName('object')!)?.split('.').pop() ?? '';
        const role = messageClasses[cls] ?? 'user';
        this.content(role, args.positional[0] ?? args.keywords.get('template'), true);
        return role;
      }
      // Haystack ChatMessage.from_user(...) / from_system(...) / from_assistant(...).
      const fromRole = /^from_(user|system|assistant)$/.exec(last);
      if (fromRole && /ChatMessage\.from_/.test(name)) {
        const role = fromRole[1] as PromptRole;
        this.content(role, args.positional[0] ?? args.keywords.get('text') ?? args.keywords.get('content'), template);
        return role;
      }
      if (messageClasses[last]) {
        const role = messageClasses[last];
        this.content(role, args.keywords.get('content') ?? args.keywords.get('parts') ?? args.positional[0], isTemplateClass(last));
        return role;
      }
      if (last === 'ChatMessage' || last === 'Content' || last === 'Message') {
        const roleText = evalString(args.keywords.get('role'), this.ctx)?.text ?? 'user';
        const role = roleOf(roleText) ?? roleFromEnum(args.keywords.get('role')) ?? 'user';
        this.content(role, args.keywords.get('content') ?? args.keywords.get('parts') ?? args.positional[0], template);
        return role;
      }
    }
    const dict = dictOf(n, this.ctx);
    if (dict && dict.entries.size) {
      const roleText = evalString(dict.entries.get('role'), this.ctx)?.text ?? 'user';
      const role = roleOf(roleText) ?? 'user';
      if (dict.entries.has('cache_control')) this.flags.cacheControl = true;
      const content = dict.entries.get('content') ?? dict.entries.get('parts') ?? dict.entries.get('message') ?? dict.entries.get('text');
      if (content) this.content(role, content, template);
      else if (dict.entries.has('tool_calls')) this.placeholder(role, n.text);
      return role;
    }
    // A bare string in a message list (Gemini contents, LangChain) is a user turn.
    this.content('user', n, template);
    return 'user';
  }

  /** Tool / function definitions as the JSON (or Python source) the model will read. */
  toolsFrom(node: Node | null | undefined): void {
    if (!node) return;
    const value = pyToJson(node, this.ctx);
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    if (text && text !== '[]' && text !== 'null') this.parts.push({ role: 'tools', text, placeholders: [], source: 'schema' });
  }

  /** A response schema: a pydantic / TypedDict class (its source) or a JSON schema dict. */
  schemaFrom(node: Node | null | undefined): void {
    if (!node) return;
    const n = unwrap(node);
    if (n.type === 'identifier') {
      const b = this.ctx.scope.lookup(n.text, n);
      if (b?.kind === 'class') {
        this.parts.push({ role: 'schema', text: definitionText(b.node), placeholders: [], source: 'schema' });
        return;
      }
      if (b?.kind === 'import') {
        this.parts.push({ role: 'schema', text: '', placeholders: [n.text], source: 'schema' });
        return;
      }
    }
    const value = pyToJson(n, this.ctx);
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    this.parts.push({ role: 'schema', text, placeholders: [], source: 'schema' });
  }

  /** LangChain prompt template construction → its messages, with `{vars}` as placeholders. */
  promptTemplate(template: Node): void {
    const fn = template.childForFieldName('function');
    const name = fn ? dottedName(fn) ?? '' : '';
    const args = callArgs(template);
    if (/from_messages$/.test(name) || /ChatPromptTemplate$/.test(name)) {
      this.messages(args.positional[0] ?? args.keywords.get('messages'), true);
    } else {
      this.content('user', args.positional[0] ?? args.keywords.get('template'), true);
      this.flags.messageCount++;
    }
  }
}

function roleFromEnum(node: Node | null | undefined): PromptRole | null {
  const t = node?.text ?? '';
  const m = /MessageRole\.(\w+)$/.exec(t);
  return m ? roleOf(m[1]) : null;
}

/**
 * An agent / chat loop: the messages list is appended to inside the loop around the call, so
 * later iterations resend the earlier turns (the appends usually come after the call).
 */
/** The loop around the call (`at`) that appends to the messages list `node` every step, if there is one. */
function growingLoop(node: Node, at: Node): Node | null {
  const n = unwrap(node);
  if (n.type !== 'identifier' && n.type !== 'attribute') return null;
  for (let p = at.parent; p; p = p.parent) {
    if (p.type === 'function_definition' || p.type === 'class_definition') return null;
    if (p.type !== 'for_statement' && p.type !== 'while_statement') continue;
    const body = p.childForFieldName('body');
    if (!body) return null;
    const name = n.text.replace(/[.$]/g, m => `\\${m}`);
    if (new RegExp(`(^|[^\\w.])${name}\\s*(\\.\\s*(append|extend|insert)\\s*\\(|\\+=)`).test(body.text)) return p;
  }
  return null;
}

/** PromptPart.slots when every placeholder's position is known (omitted otherwise, and for static text). */
function slotsOf(at: number[] | undefined, placeholders: string[]): { slots?: number[] } {
  return at && placeholders.length && at.length === placeholders.length ? { slots: at } : {};
}
