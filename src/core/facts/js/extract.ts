// The JS/TS extractor: parse once, walk every call expression, keep the ones that reach a model API,
// and describe each as a CallFact. The syntax tree is dropped when the function returns, unless the caller keeps it
// to re-parse the next version of an open document incrementally.
import ts from 'typescript';
import type { CallFact, FileFacts } from '../../model';
import { noWorkspace, type ExtractOptions, type WorkspaceResolver } from '../resolver';
import { exprText, isStringLit, unwrap } from './ast';
import { enclosingFunctionName, isInLoop, JS_COMMENTS } from './context';
import { volumeNear } from '../policy/volume';
import { kindForModel, unseenPromptPart } from '../policy';
import { loopOf } from './loop';
import type { Ctx } from './ctx';
import { parseSource, syntaxErrorCount } from './language';
import { collectToolsAndFormats, completions, expandViews, forcedToolOf, logitBias, maxOutputTokens, reasoningEffort, streamFlag, tags, temperature, thinkingBudget, isUnsentRequest } from './params';
import { hasCacheControl, PromptBuilder } from './prompt';
import { isLlmModule } from './sdk';
import { declaredNames, topLevelImports } from './scope';
import { newReads, noting } from './reads';
import { loggingResolver, replay, reusableUnits, type JsMemo, type UnitMemo } from './units';
import { fileScopeOf, matchCall, type Site } from './sites';

export interface JsExtractInput {
  file: string;
  text: string;
  language: 'typescript' | 'javascript';
  resolver: WorkspaceResolver;
  options: ExtractOptions;
  /**
   * For a document being edited: the tree and per-statement memory (units.ts) of its previous text, and where to keep
   * the new ones. The tree is re-parsed incrementally and statements the edit cannot change keep their facts. Without
   * it the file is parsed and extracted from scratch and nothing outlives the call.
   */
  tree?: { previous?: ts.SourceFile; memo?: JsMemo; keep(sf: ts.SourceFile, memo: JsMemo): void };
}

export function extractJsFacts(input: JsExtractInput): FileFacts {
  const { file, text, language, options, tree } = input;
  const sf = parseSource(file, text, tree?.previous);
  let log: UnitMemo['resolved'] | null = null;
  const ctx: Ctx = { file, sf, resolver: noWorkspace, dependsOn: new Set(), mocked: mockedModules(sf), depth: 0 };
  ctx.resolver = loggingResolver(input.resolver, ctx, () => log);
  const imports = topLevelImports(sf);
  const importsSdk = [...imports.values()].some(i => !i.typeOnly && isLlmModule(i.module) && !ctx.mocked.has(i.module))
    || /require\(\s*['"](openai|@anthropic-ai|@google|@mistralai|cohere-ai|groq-sdk|together-ai|ollama|@aws-sdk\/client-bedrock-runtime|ai|@ai-sdk|@langchain|langchain)/.test(text)
    // A client handed in and typed by an import type: `client: import('openai').OpenAI`.
    || [...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].some(m => isLlmModule(m[1]!));
  const wrappers = options?.wrappers ?? [];
  const calls: CallFact[] = [];
  const warnings: string[] = [];
  const lines = text.split(/\r?\n/);
  const typesSdk = [...imports.values()].some(i => i.typeOnly && isLlmModule(i.module) && !ctx.mocked.has(i.module));
  const scope = fileScopeOf(ctx, importsSdk, typesSdk);
  // Everything each statement's extraction reads of the file as a whole: when it changes, nothing is kept.
  const fileKey = tree && JSON.stringify([[...imports], [...ctx.mocked].sort(), scope, wrappers, ts.isExternalModule(sf),
    text.includes('cache_control') || text.includes('cacheControl')]);
  const reuse = tree && fileKey ? reusableUnits(tree.memo, sf, fileKey) : null;
  const units: UnitMemo[] = [];

  let unit: UnitMemo | null = null;
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n)) {
      try {
        const site = matchCall(ctx, n, wrappers, scope);
        if (site && !isUnsentRequest(ctx, site.views)) unit!.calls.push(toFact(ctx, n, site, language, lines));
      } catch (e) {
        unit!.warnings.push(`call at offset ${n.getStart(sf)} skipped: ${(e as Error).message}`);
      }
    }
    if (tree && (n.kind === ts.SyntaxKind.Identifier || n.kind === ts.SyntaxKind.PrivateIdentifier)) unit!.mentions.add((n as ts.Identifier).text);
    ts.forEachChild(n, visit);
  };
  for (const s of sf.statements) {
    const kept = reuse?.(s);
    if (kept) {
      // Its resolver calls are asked again: the session learns which files this version uses.
      unit = { ...kept, resolved: [] };
      log = unit.resolved;
      replay(ctx.resolver, kept.resolved);
    } else {
      unit = { text: tree ? text.slice(s.pos, s.end) : '', pos: s.pos, calls: [], warnings: [], reads: newReads(), resolved: [], declared: tree ? declaredNames(s) : [], mentions: new Set() };
      log = unit.resolved;
      const u = unit;
      noting(u.reads, () => visit(s));
    }
    calls.push(...unit.calls);
    warnings.push(...unit.warnings);
    if (tree) units.push(unit);
  }
  log = null;
  tree?.keep(sf, { text, fileKey: fileKey!, units });
  calls.sort((a, b) => a.start - b.start);
  return { file, language, calls, syntaxErrors: syntaxErrorCount(sf), dependsOn: [...ctx.dependsOn].filter(f => f !== file).sort(), warnings };
}

function toFact(ctx: Ctx, call: ts.CallExpression, site: Site, language: 'typescript' | 'javascript', lines: string[]): CallFact {
  const sf = ctx.sf;
  const start = call.getStart(sf);
  const { line, character } = sf.getLineAndCharacterOfPosition(start);
  const c = new PromptBuilder(ctx);
  site.collect(c);
  const unseen = unseenPromptPart(c.parts, c.history || !!site.implicitHistory, site.kind, unseenRequest(ctx, call, site));
  if (unseen) c.parts.push(unseen);
  const pv = expandViews(ctx, site.views);
  collectToolsAndFormats(ctx, pv.filter(p => !c.tools || p.view !== undefined), c);
  dedupeToolParts(c);
  const promptSource: string[] = [];
  for (const p of c.parts) if (!promptSource.includes(p.source)) promptSource.push(p.source);
  const statementStartLine = sf.getLineAndCharacterOfPosition(statementOf(call).getStart(sf)).line;
  const lineText = (i: number) => lines[i];
  const volume = volumeNear(lineText, line, JS_COMMENTS) ?? (statementStartLine < line ? volumeNear(lineText, statementStartLine, JS_COMMENTS) : null);
  const cacheNodes = site.views.flatMap(v => (v?.node ? [v.node] : []));
  return {
    language,
    file: ctx.file,
    line: line + 1,
    column: character + 1,
    start,
    end: call.end,
    provider: site.provider,
    vendor: site.vendor,
    api: site.api,
    kind: kindForModel(site.kind, site.model.value),
    model: site.model,
    prompt: c.parts,
    promptSource,
    maxOutputTokens: maxOutputTokens(ctx, pv) ?? jsonBodyMaxTokens(site.jsonBody),
    streaming: site.streaming || streamFlag(ctx, pv.filter(p => p.prefix === '')),
    inLoop: isInLoop(call),
    features: {
      tools: c.tools,
      vision: c.vision,
      jsonMode: c.jsonMode,
      ...optional('reasoningEffort', reasoningEffort(ctx, pv)),
      ...optional('thinkingBudget', thinkingBudget(ctx, pv)),
      messageCount: c.messageCount,
      history: c.history || !!site.implicitHistory,
      cacheControl: hasCacheControl(ctx, cacheNodes),
      fewShot: c.fewShot,
      ...optional('temperature', temperature(ctx, pv)),
      ...optional('completions', completions(ctx, pv, site.provider, site.kind)),
      ...optional('logitBias', logitBias(ctx, pv)),
      ...optional('loop', site.kind === 'chat' ? loopOf(ctx, pv, site, c.tools, c.growingLoop) : undefined),
      ...optional('forcedTool', c.tools ? forcedToolOf(ctx, pv) : undefined),
    },
    volume,
    functionName: enclosingFunctionName(call),
    ...nonEmpty('tags', tags(ctx, pv, call.arguments[1])),
  };
}

/**
 * The request's part the code does not show: a spread it cannot see into (`{ model, ...params }`), or a request passed
 * whole as a name (`create(request)`). Null when the request is written out.
 */
function unseenRequest(ctx: Ctx, call: ts.CallExpression, site: Site): string | null {
  if (site.views.length === 0) return null;
  const req = site.views[site.views.length - 1];
  if (req) return req.dynamicSpreads[0] ? `...${req.dynamicSpreads[0]}` : null;
  const arg = call.arguments[0] && unwrap(call.arguments[0]);
  return arg && (ts.isIdentifier(arg) || ts.isPropertyAccessExpression(arg)) ? exprText(ctx.sf, arg, 60) : null;
}

/** Output cap written inside a JSON string body (Bedrock InvokeModel). */
function jsonBodyMaxTokens(body: Record<string, unknown> | undefined): { value: number; param: string } | null {
  if (!body) return null;
  for (const k of ['max_tokens', 'max_gen_len', 'maxTokens', 'max_new_tokens']) {
    if (typeof body[k] === 'number') return { value: body[k] as number, param: k };
  }
  const tgc = body.textGenerationConfig as Record<string, unknown> | undefined;
  if (tgc && typeof tgc.maxTokenCount === 'number') return { value: tgc.maxTokenCount, param: 'textGenerationConfig.maxTokenCount' };
  return null;
}

function nonEmpty<K extends string>(key: K, v: string[]): Partial<Record<K, string[]>> {
  return v.length ? ({ [key]: v } as Record<K, string[]>) : {};
}

function optional<K extends string, V>(key: K, v: V | undefined): Partial<Record<K, V>> {
  return v === undefined ? {} : ({ [key]: v } as Record<K, V>);
}

/** Tools may be found both by the family matcher and the shared parameter pass: keep the first. */
function dedupeToolParts(c: PromptBuilder): void {
  let seenTools = false, seenSchema = false;
  c.parts = c.parts.filter(p => {
    if (p.role === 'tools') { if (seenTools) return false; seenTools = true; }
    if (p.role === 'schema') { if (seenSchema) return false; seenSchema = true; }
    return true;
  });
}

function statementOf(n: ts.Node): ts.Node {
  let cur = n;
  while (cur.parent && !ts.isSourceFile(cur.parent) && !ts.isBlock(cur.parent) && !ts.isStatement(cur)) cur = cur.parent;
  return cur;
}

/** Modules a test file replaces: `vi.mock('openai', …)`, `jest.mock('@anthropic-ai/sdk')`. */
function mockedModules(sf: ts.SourceFile): Set<string> {
  const out = new Set<string>();
  if (!/\b(vi|jest|mock)\b/.test(sf.text)) return out;
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n)) {
      const callee = unwrap(n.expression);
      if (ts.isPropertyAccessExpression(callee) && /^(mock|doMock|unstable_mockModule|module)$/.test(callee.name.text)) {
        const obj = callee.expression;
        const objName = ts.isIdentifier(obj) ? obj.text : '';
        if (/^(vi|jest|mock|td)$/.test(objName) && n.arguments[0] && isStringLit(n.arguments[0])) out.add(n.arguments[0].text);
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}
