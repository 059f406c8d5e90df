#!/usr/bin/env node
// Renders the hand-written case specs (specs/*.mjs) into small application source files under cases/ and writes
// labels.json (one entry per call: file, line, language, label, rationale, split).
//
// The prompts, parameters and labels are written by hand in the spec files; this script only chooses the SDK
// spelling (a fixed rotation unless the spec names one) and computes the line each call starts on, so the labels can
// never drift from the files. Splits are assigned here, once, by a fixed rule (see assignSplits). The first batch
// (specs/*.mjs) is frozen; cases written afterwards (specs/fresh/*.mjs) form their own split "fresh" and are rendered
// after the first batch, so adding them moves no earlier case, line or split. Cases written later still to tune on
// (specs/dev2/*.mjs, then specs/dev3/, specs/dev4/…: shape twins written by the helpers tuning the advisor) go to
// "dev" whole, rendered last; from dev3 on each batch rotates its SDKs on its own, so adding one moves no other.
//
//   node test/eval/advice/render.mjs          rewrite cases/ and labels.json
//   node test/eval/advice/render.mjs --check  exit 1 when cases/ or labels.json differ from what the specs give
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const CASES = join(HERE, 'cases');

// ---------------------------------------------------------------------------------------------------------------
// String helpers

/** Placeholders in spec text are `{name}` where name is one of spec.vars; every other brace is literal text. */
function placeholderRe(vars) {
  return vars.length ? new RegExp(`\\{(${vars.join('|')})\\}`, 'g') : null;
}

function tsString(text, vars, { inline = true } = {}) {
  const re = placeholderRe(vars);
  if (vars.length === 1 && text === `{${vars[0]}}`) return vars[0];
  const hasVar = re && re.test(text);
  if (!hasVar && !text.includes('\n') && !text.includes("'")) return `'${text.replace(/\\/g, '\\\\')}'`;
  let out = text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
  if (re) out = out.replace(placeholderRe(vars), (_m, v) => '${' + v + '}');
  if (inline) out = out.replace(/\n/g, '\\n');
  return '`' + out + '`';
}

function pyString(text, vars, { template = false, inline = true } = {}) {
  // template = a LangChain prompt template: placeholders stay {name}, literal braces are doubled, no f prefix.
  // inline strings (inside an indented call) spell newlines as \n so indentation never leaks into the prompt.
  const re = placeholderRe(vars);
  if (!template && vars.length === 1 && text === `{${vars[0]}}`) return vars[0];
  const hasVar = re && re.test(text);
  let body = text.replace(/\\/g, '\\\\');
  if (hasVar || template) {
    const parts = [];
    let last = 0;
    for (const m of body.matchAll(placeholderRe(vars) ?? /$^/g)) {
      parts.push(body.slice(last, m.index).replace(/\{/g, '{{').replace(/\}/g, '}}'), m[0]);
      last = m.index + m[0].length;
    }
    parts.push(body.slice(last).replace(/\{/g, '{{').replace(/\}/g, '}}'));
    body = parts.join('');
  }
  const prefix = hasVar && !template ? 'f' : '';
  if (inline) body = body.replace(/\n/g, '\\n');
  if (body.includes('\n')) return `${prefix}"""${body.replace(/"""/g, '\\"\\"\\"')}"""`;
  return `${prefix}"${body.replace(/"/g, '\\"')}"`;
}

const indent = (s, n) => s.split('\n').map((l) => (l ? ' '.repeat(n) + l : l)).join('\n');
const camel = (s) => s.replace(/[-_](\w)/g, (_m, c) => c.toUpperCase());
const snake = (s) => s.replace(/-/g, '_').replace(/[A-Z]/g, (c) => '_' + c.toLowerCase());
const pascal = (s) => camel(s).replace(/^\w/, (c) => c.toUpperCase());

/**
 * How the user text is spelled (spec.style, dev3 batch on): 'concat' joins string pieces and the variables with `+`
 * ('Review:\n' + review), 'format' fills a plain string by `.format(...)` in Python or `.replace('{v}', v)` in
 * TypeScript. Without a style the text is a template literal / f-string (tsString / pyString).
 */
function styledExpr(text, vars, style, lang) {
  const q = (t) => (lang === 'ts' ? `'${t.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'` : `"${t.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`);
  const re = placeholderRe(vars);
  if (style === 'concat') {
    const parts = [];
    let last = 0;
    for (const m of text.matchAll(re)) {
      if (m.index > last) parts.push(q(text.slice(last, m.index)));
      parts.push(lang === 'ts' ? m[1] : snake(m[1]));
      last = m.index + m[0].length;
    }
    if (last < text.length) parts.push(q(text.slice(last)));
    return parts.join(' + ');
  }
  if (style === 'format') {
    const used = [...new Set([...text.matchAll(re)].map((m) => m[1]))];
    if (lang === 'ts') return q(text) + used.map((v) => `.replace('{${v}}', ${v})`).join('');
    return q(text.replace(re, (_m, v) => `{${snake(v)}}`)) + `.format(${used.map((v) => `${snake(v)}=${snake(v)}`).join(', ')})`;
  }
  throw new Error(`unknown style ${style}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Output schemas. A spec's `out` is either 'json' (free JSON object) or { field: type } with type one of
// 'string' | 'int' | 'number' | 'bool' | 'string[]' | 'enum:a|b|c'.

function zodOf(t) {
  if (t.startsWith('enum:')) return `z.enum([${t.slice(5).split('|').map((v) => `'${v}'`).join(', ')}])`;
  return { string: 'z.string()', int: 'z.number().int()', number: 'z.number()', bool: 'z.boolean()', 'string[]': 'z.array(z.string())' }[t];
}
function pyTypeOf(t) {
  if (t.startsWith('enum:')) return `Literal[${t.slice(5).split('|').map((v) => `"${v}"`).join(', ')}]`;
  return { string: 'str', int: 'int', number: 'float', bool: 'bool', 'string[]': 'list[str]' }[t];
}
function jsonSchemaOf(t) {
  if (t.startsWith('enum:')) return { type: 'string', enum: t.slice(5).split('|') };
  return { string: { type: 'string' }, int: { type: 'integer' }, number: { type: 'number' }, bool: { type: 'boolean' }, 'string[]': { type: 'array', items: { type: 'string' } } }[t];
}
function jsonSchema(out) {
  return { type: 'object', properties: Object.fromEntries(Object.entries(out).map(([k, t]) => [k, jsonSchemaOf(t)])), required: Object.keys(out), additionalProperties: false };
}
/** JSON.stringify with unquoted keys where possible, so it reads like hand-written TS. */
function tsLiteral(v, n = 0) {
  const pad = ' '.repeat(n + 2);
  if (Array.isArray(v)) return v.every((x) => typeof x !== 'object') ? `[${v.map((x) => tsLiteral(x)).join(', ')}]` : `[\n${v.map((x) => pad + tsLiteral(x, n + 2)).join(',\n')},\n${' '.repeat(n)}]`;
  if (v && typeof v === 'object') {
    const entries = Object.entries(v).map(([k, x]) => `${pad}${/^[A-Za-z_]\w*$/.test(k) ? k : `'${k}'`}: ${tsLiteral(x, n + 2)}`);
    return `{\n${entries.join(',\n')},\n${' '.repeat(n)}}`;
  }
  return typeof v === 'string' ? `'${v.replace(/'/g, "\\'")}'` : String(v);
}
function pyLiteral(v, n = 0) {
  const pad = ' '.repeat(n + 4);
  if (Array.isArray(v)) return v.every((x) => typeof x !== 'object') ? `[${v.map((x) => pyLiteral(x)).join(', ')}]` : `[\n${v.map((x) => pad + pyLiteral(x, n + 4)).join(',\n')},\n${' '.repeat(n)}]`;
  if (v && typeof v === 'object') return `{\n${Object.entries(v).map(([k, x]) => `${pad}"${k}": ${pyLiteral(x, n + 4)}`).join(',\n')},\n${' '.repeat(n)}}`;
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  return typeof v === 'string' ? `"${v}"` : String(v);
}

// Tools: a spec's `tools` is a list of [name, description, argName] triples.
const toolParams = (arg) => ({ type: 'object', properties: { [arg]: { type: 'string' } }, required: [arg] });

// ---------------------------------------------------------------------------------------------------------------
// Models. A spec may name `model`; otherwise the vendor's large model is picked by a fixed rotation.

const LARGE = {
  openai: ['gpt-4o', 'gpt-4.1', 'gpt-4o-2024-08-06', 'gpt-4.1'],
  anthropic: ['claude-sonnet-4-5-20250929', 'claude-opus-4-1-20250805', 'claude-sonnet-4-20250514', 'claude-sonnet-4-5'],
  google: ['gemini-2.5-pro', 'gemini-2.5-pro', 'gemini-1.5-pro'],
};
const vendorOfModel = (m) => (m.startsWith('claude') ? 'anthropic' : m.startsWith('gemini') ? 'google' : 'openai');

// SDK spellings. Each renderer returns { text, callLine } where callLine is the 1-based line of the call expression.
const TS_SDKS = ['oai', 'ant', 'ai', 'oair', 'lc', 'gg', 'aio'];
const PY_SDKS = ['oai', 'ant', 'llm', 'oair', 'lc', 'gg'];

function pickSdk(spec, n) {
  if (spec.sdk) return spec.sdk;
  const ts = n % 5 !== 2 && n % 5 !== 4; // 3 of 5 TypeScript, 2 of 5 Python
  let pool = ts ? TS_SDKS : PY_SDKS;
  if (spec.tools) pool = ts ? ['oai', 'ant', 'ai'] : ['oai', 'ant', 'llm'];
  else if (spec.out && spec.out !== 'json') pool = ts ? ['aio', 'oai', 'ant', 'gg'] : ['oai', 'gg', 'ant', 'lc'];
  // A styled user text is not a LangChain template; a data message needs an SDK with a messages list.
  if (spec.style && !ts) pool = pool.filter((s) => s !== 'lc');
  if (spec.data) pool = ts ? ['oai', 'ant'] : ['oai', 'ant', 'llm'];
  if (spec.model) {
    const v = vendorOfModel(spec.model);
    pool = pool.filter((s) => (v === 'openai' ? s !== 'ant' && s !== 'gg' : v === 'anthropic' ? !['oai', 'oair', 'gg'].includes(s) : !['oai', 'oair', 'ant'].includes(s)));
  }
  return `${ts ? 'ts' : 'py'}:${pool[Math.floor(n / 5) % pool.length]}`;
}
function pickModel(spec, sdk, n) {
  if (spec.model) return spec.model;
  const kind = sdk.split(':')[1];
  const vendor = ['oai', 'oair'].includes(kind) ? 'openai' : kind === 'ant' ? 'anthropic' : kind === 'gg' ? 'google' : ['openai', 'anthropic', 'google', 'openai'][n % 4];
  const list = LARGE[vendor];
  return list[n % list.length];
}

// ---------------------------------------------------------------------------------------------------------------
// TypeScript renderers

function tsFile(spec, sdk, model) {
  const kind = sdk.split(':')[1];
  const vars = spec.vars ?? [];
  const fn = camel(spec.fn ?? spec.slug);
  const params = [...vars.map((v) => `${v}: ${spec.varTypes?.[v] ?? 'string'}`), ...(spec.history ? ['history: ChatTurn[]'] : [])].join(', ');
  const head = [];
  const pre = [];
  const sysConst = spec.konst && spec.sys ? (spec.konstName ?? 'SYSTEM_PROMPT') : null;
  const sysExpr = spec.sys ? (sysConst ?? tsString(spec.sys, [])) : null;
  if (sysConst) pre.push(`const ${sysConst} = ${tsString(spec.sys, [], { inline: false })};\n`);
  const userExpr = spec.style ? styledExpr(spec.user, vars, spec.style, 'ts') : tsString(spec.user, vars);
  // spec.data: the data sent as a second user message after the instruction.
  const dataMsg = spec.data ? `, { role: 'user', content: ${spec.style ? styledExpr(spec.data, vars, spec.style, 'ts') : tsString(spec.data, vars)} }` : '';
  const cap = spec.max;
  const temp = spec.temp;
  if (spec.comment) pre.push(`// ${spec.comment}`);
  let body;
  const histType = spec.history ? "type ChatTurn = { role: 'user' | 'assistant'; content: string };\n" : '';
  const out = spec.out;
  const schemaName = pascal(spec.slug) + 'Schema';
  const tools = spec.tools ?? null;
  if (kind === 'oai' || kind === 'oair') {
    head.push("import OpenAI from 'openai';");
    if (out && out !== 'json' && kind === 'oai' && spec.n % 2 === 0) head.push("import { zodResponseFormat } from 'openai/helpers/zod';", "import { z } from 'zod';");
    pre.unshift('const openai = new OpenAI();\n');
  }
  if (kind === 'oai') {
    const useZod = out && out !== 'json' && spec.n % 2 === 0;
    if (useZod) pre.push(`const ${schemaName} = z.object({\n${Object.entries(out).map(([k, t]) => `  ${k}: ${zodOf(t)},`).join('\n')}\n});\n`);
    const msgs = [];
    if (sysExpr) msgs.push(`{ role: 'system', content: ${sysExpr} },`);
    if (spec.history) msgs.push('...history,');
    msgs.push(`{ role: 'user', content: ${userExpr} },`);
    if (dataMsg) msgs.push(`${dataMsg.slice(2)},`);
    const args = [`model: '${model}',`, `messages: [\n${indent(msgs.join('\n'), 2)}\n],`];
    if (cap) args.push(spec.n % 3 === 0 ? `max_completion_tokens: ${cap},` : `max_tokens: ${cap},`);
    if (temp !== undefined) args.push(`temperature: ${temp},`);
    if (out === 'json') args.push("response_format: { type: 'json_object' },");
    else if (useZod) args.push(`response_format: zodResponseFormat(${schemaName}, '${snake(spec.slug)}'),`);
    else if (out) args.push(`response_format: ${tsLiteral({ type: 'json_schema', json_schema: { name: snake(spec.slug), strict: true, schema: jsonSchema(out) } }, 0)},`);
    if (tools) args.push(`tools: ${tsLiteral(tools.map(([name, description, arg]) => ({ type: 'function', function: { name, description, parameters: toolParams(arg) } })), 0)},`);
    body = { pre: 'const completion = await openai.chat.completions.create({', args, post: '});', ret: out ? 'return JSON.parse(completion.choices[0].message.content ?? \'{}\');' : "return completion.choices[0].message.content?.trim() ?? '';" };
  } else if (kind === 'oair') {
    const args = [`model: '${model}',`];
    if (sysExpr) args.push(`instructions: ${sysExpr},`);
    if (spec.history) args.push(`input: [...history, { role: 'user', content: ${userExpr} }],`);
    else args.push(`input: ${userExpr},`);
    // The Responses API rejects max_output_tokens below 16, so real code never spells less.
    if (cap) args.push(`max_output_tokens: ${Math.max(cap, 16)},`);
    if (temp !== undefined) args.push(`temperature: ${temp},`);
    if (out === 'json') args.push("text: { format: { type: 'json_object' } },");
    else if (out) args.push(`text: {\n  format: ${indent(tsLiteral({ type: 'json_schema', name: snake(spec.slug), strict: true, schema: jsonSchema(out) }, 0), 2).trimStart()},\n},`);
    body = { pre: 'const response = await openai.responses.create({', args, post: '});', ret: out ? 'return JSON.parse(response.output_text);' : 'return response.output_text.trim();' };
  } else if (kind === 'ant') {
    head.push("import Anthropic from '@anthropic-ai/sdk';");
    pre.unshift('const anthropic = new Anthropic();\n');
    const args = [`model: '${model}',`, `max_tokens: ${cap ?? 1024},`];
    if (temp !== undefined) args.push(`temperature: ${temp},`);
    if (sysExpr) args.push(`system: ${sysExpr},`);
    args.push(spec.history ? `messages: [...history, { role: 'user', content: ${userExpr} }],` : `messages: [{ role: 'user', content: ${userExpr} }${dataMsg}],`);
    let ret = "const block = message.content[0];\n  return block.type === 'text' ? block.text.trim() : '';";
    if (out && out !== 'json') {
      args.push(`tools: ${tsLiteral([{ name: 'record_result', description: 'Record the result.', input_schema: jsonSchema(out) }], 0)},`);
      args.push("tool_choice: { type: 'tool', name: 'record_result' },");
      ret = "const block = message.content.find((b) => b.type === 'tool_use');\n  return block?.type === 'tool_use' ? block.input : null;";
    } else if (tools) {
      args.push(`tools: ${tsLiteral(tools.map(([name, description, arg]) => ({ name, description, input_schema: toolParams(arg) })), 0)},`);
      ret = 'return message;';
    }
    body = { pre: 'const message = await anthropic.messages.create({', args, post: '});', ret };
  } else if (kind === 'ai' || kind === 'aio') {
    const vendor = vendorOfModel(model);
    const factory = { openai: 'openai', anthropic: 'anthropic', google: 'google' }[vendor];
    const pkg = { openai: '@ai-sdk/openai', anthropic: '@ai-sdk/anthropic', google: '@ai-sdk/google' }[vendor];
    const isObj = kind === 'aio' && out && out !== 'json';
    head.push(`import { ${isObj ? 'generateObject' : 'generateText'}${tools ? ', tool' : ''} } from 'ai';`, `import { ${factory} } from '${pkg}';`);
    if (isObj || tools) head.push("import { z } from 'zod';");
    const args = [`model: ${factory}('${model}'),`];
    if (isObj) args.push(`schema: z.object({\n${Object.entries(out).map(([k, t]) => `  ${k}: ${zodOf(t)},`).join('\n')}\n}),`);
    if (sysExpr) args.push(`system: ${sysExpr},`);
    if (spec.history) args.push(`messages: [...history, { role: 'user', content: ${userExpr} }],`);
    else args.push(`prompt: ${userExpr},`);
    if (cap) args.push(`maxOutputTokens: ${cap},`);
    if (temp !== undefined) args.push(`temperature: ${temp},`);
    if (tools) args.push(`tools: {\n${tools.map(([name, description, arg]) => `  ${camel(name)}: tool({\n    description: '${description.replace(/'/g, "\\'")}',\n    inputSchema: z.object({ ${arg}: z.string() }),\n  }),`).join('\n')}\n},`);
    body = isObj
      ? { pre: 'const { object } = await generateObject({', args, post: '});', ret: 'return object;' }
      : { pre: 'const { text } = await generateText({', args, post: '});', ret: out === 'json' ? 'return JSON.parse(text);' : 'return text.trim();' };
  } else if (kind === 'lc') {
    const vendor = vendorOfModel(model);
    const cls = vendor === 'anthropic' ? 'ChatAnthropic' : vendor === 'google' ? 'ChatGoogleGenerativeAI' : 'ChatOpenAI';
    const pkg = vendor === 'anthropic' ? '@langchain/anthropic' : vendor === 'google' ? '@langchain/google-genai' : '@langchain/openai';
    head.push(`import { ${cls} } from '${pkg}';`);
    const opts = [`model: '${model}',`];
    if (cap) opts.push(`${vendor === 'google' ? 'maxOutputTokens' : 'maxTokens'}: ${cap},`);
    if (temp !== undefined) opts.push(`temperature: ${temp},`);
    pre.unshift(`const llm = new ${cls}({\n${indent(opts.join('\n'), 2)}\n});\n`);
    const msgs = [];
    if (sysExpr) msgs.push(`['system', ${sysExpr}],`);
    if (spec.history) msgs.push("...history.map((t) => [t.role === 'user' ? 'human' : 'ai', t.content] as [string, string]),");
    msgs.push(`['human', ${userExpr}],`);
    body = { pre: 'const reply = await llm.invoke([', args: msgs, post: ']);', ret: out ? 'return JSON.parse(String(reply.content));' : 'return String(reply.content).trim();' };
  } else if (kind === 'gg') {
    head.push("import { GoogleGenAI" + (out && out !== 'json' ? ', Type' : '') + " } from '@google/genai';");
    pre.unshift('const ai = new GoogleGenAI({});\n');
    const cfg = [];
    if (sysExpr) cfg.push(`systemInstruction: ${sysExpr},`);
    if (cap) cfg.push(`maxOutputTokens: ${cap},`);
    if (temp !== undefined) cfg.push(`temperature: ${temp},`);
    if (out) cfg.push("responseMimeType: 'application/json',");
    if (out && out !== 'json') {
      const ggType = (t) => (t.startsWith('enum:') ? `{ type: Type.STRING, enum: [${t.slice(5).split('|').map((v) => `'${v}'`).join(', ')}] }` : { string: '{ type: Type.STRING }', int: '{ type: Type.INTEGER }', number: '{ type: Type.NUMBER }', bool: '{ type: Type.BOOLEAN }', 'string[]': '{ type: Type.ARRAY, items: { type: Type.STRING } }' }[t]);
      cfg.push(`responseSchema: {\n  type: Type.OBJECT,\n  properties: {\n${Object.entries(out).map(([k, t]) => `    ${k}: ${ggType(t)},`).join('\n')}\n  },\n  required: [${Object.keys(out).map((k) => `'${k}'`).join(', ')}],\n},`);
    }
    const args = [`model: '${model}',`];
    if (spec.history) args.push(`contents: [\n  ...history.map((t) => ({ role: t.role === 'user' ? 'user' : 'model', parts: [{ text: t.content }] })),\n  { role: 'user', parts: [{ text: ${userExpr} }] },\n],`);
    else args.push(`contents: ${userExpr},`);
    if (cfg.length) args.push(`config: {\n${indent(cfg.join('\n'), 2)}\n},`);
    body = { pre: 'const response = await ai.models.generateContent({', args, post: '});', ret: out ? "return JSON.parse(response.text ?? '{}');" : "return (response.text ?? '').trim();" };
  } else throw new Error(`unknown sdk ${sdk}`);

  const lines = [...head, '', histType ? histType : null, ...pre].filter((l) => l !== null);
  let text = lines.join('\n').replace(/\n{3,}/g, '\n\n');
  if (!text.endsWith('\n\n')) text += text.endsWith('\n') ? '\n' : '\n\n';
  const fnHead = `export async function ${fn}(${params}) {\n`;
  const callLine = text.split('\n').length + fnHead.split('\n').length - 1;
  text += fnHead + `  ${body.pre}\n${indent(body.args.join('\n'), 4)}\n  ${body.post}\n  ${body.ret}\n}\n`;
  return { text, callLine, ext: 'ts' };
}

// ---------------------------------------------------------------------------------------------------------------
// Python renderers

function pyFile(spec, sdk, model) {
  const kind = sdk.split(':')[1];
  const vars = spec.vars ?? [];
  const fn = snake(spec.fn ?? spec.slug);
  const params = [...vars.map((v) => `${snake(v)}: ${spec.varTypes?.[v] === 'number' ? 'int' : 'str'}`), ...(spec.history ? ['history: list[dict]'] : [])].join(', ');
  // Python placeholders use snake_case names.
  const pv = vars.map(snake);
  const userText = vars.reduce((t, v) => t.replaceAll(`{${v}}`, `{${snake(v)}}`), spec.user);
  const head = [];
  const pre = [];
  const sysConst = spec.konst && spec.sys ? (spec.konstName ?? 'SYSTEM_PROMPT') : null;
  const template = kind === 'lc';
  const sysExpr = spec.sys ? (sysConst ?? pyString(spec.sys, [], { template })) : null;
  if (sysConst) pre.push(`${sysConst} = ${pyString(spec.sys, [], { template, inline: false })}\n`);
  const userExpr = spec.style ? styledExpr(spec.user, vars, spec.style, 'py') : pyString(userText, pv, { template });
  const dataText = spec.data ? vars.reduce((t, v) => t.replaceAll(`{${v}}`, `{${snake(v)}}`), spec.data) : null;
  const dataExpr = spec.data ? (spec.style ? styledExpr(spec.data, vars, spec.style, 'py') : pyString(dataText, pv)) : null;
  const cap = spec.max;
  const temp = spec.temp;
  const out = spec.out;
  const modelCls = pascal(spec.slug);
  const tools = spec.tools ?? null;
  const needsModel = out && out !== 'json' && ['oai', 'gg', 'lc'].includes(kind);
  if (needsModel) {
    head.push('from pydantic import BaseModel');
    if (Object.values(out).some((t) => t.startsWith('enum:'))) head.unshift('from typing import Literal\n');
    pre.push(`class ${modelCls}(BaseModel):\n${Object.entries(out).map(([k, t]) => `    ${k}: ${pyTypeOf(t)}`).join('\n')}\n`);
  }
  if (spec.comment) pre.push(`# ${spec.comment}`);
  let body;
  if (kind === 'oai' || kind === 'oair') {
    head.unshift('from openai import OpenAI');
    pre.unshift('client = OpenAI()\n');
  }
  if (kind === 'oai') {
    const msgs = [];
    if (sysExpr) msgs.push(`{"role": "system", "content": ${sysExpr}},`);
    if (spec.history) msgs.push('*history,');
    msgs.push(`{"role": "user", "content": ${userExpr}},`);
    if (dataExpr) msgs.push(`{"role": "user", "content": ${dataExpr}},`);
    const args = [`model="${model}",`, `messages=[\n${indent(msgs.join('\n'), 4)}\n],`];
    if (cap) args.push(`max_tokens=${cap},`);
    if (temp !== undefined) args.push(`temperature=${temp},`);
    if (out === 'json') args.push('response_format={"type": "json_object"},');
    else if (out) args.push(`response_format=${modelCls},`);
    if (tools) args.push(`tools=${pyLiteral(tools.map(([name, description, arg]) => ({ type: 'function', function: { name, description, parameters: toolParams(arg) } })), 0)},`);
    const call = out && out !== 'json' ? 'client.chat.completions.parse(' : 'client.chat.completions.create(';
    body = { pre: `completion = ${call}`, args, post: ')', ret: out && out !== 'json' ? 'return completion.choices[0].message.parsed' : out ? 'return json.loads(completion.choices[0].message.content)' : 'return completion.choices[0].message.content.strip()' };
  } else if (kind === 'oair') {
    const args = [`model="${model}",`];
    if (sysExpr) args.push(`instructions=${sysExpr},`);
    args.push(spec.history ? `input=[*history, {"role": "user", "content": ${userExpr}}],` : `input=${userExpr},`);
    if (cap) args.push(`max_output_tokens=${Math.max(cap, 16)},`);
    if (temp !== undefined) args.push(`temperature=${temp},`);
    if (out === 'json') args.push('text={"format": {"type": "json_object"}},');
    body = { pre: 'response = client.responses.create(', args, post: ')', ret: out ? 'return json.loads(response.output_text)' : 'return response.output_text.strip()' };
  } else if (kind === 'ant') {
    head.unshift('import anthropic');
    pre.unshift('client = anthropic.Anthropic()\n');
    const args = [`model="${model}",`, `max_tokens=${cap ?? 1024},`];
    if (temp !== undefined) args.push(`temperature=${temp},`);
    if (sysExpr) args.push(`system=${sysExpr},`);
    args.push(spec.history ? `messages=[*history, {"role": "user", "content": ${userExpr}}],` : `messages=[{"role": "user", "content": ${userExpr}}${dataExpr ? `, {"role": "user", "content": ${dataExpr}}` : ''}],`);
    let ret = 'return message.content[0].text.strip()';
    if (out && out !== 'json') {
      args.push(`tools=${pyLiteral([{ name: 'record_result', description: 'Record the result.', input_schema: jsonSchema(out) }], 0)},`);
      args.push('tool_choice={"type": "tool", "name": "record_result"},');
      ret = 'return next(b.input for b in message.content if b.type == "tool_use")';
    } else if (tools) {
      args.push(`tools=${pyLiteral(tools.map(([name, description, arg]) => ({ name, description, input_schema: toolParams(arg) })), 0)},`);
      ret = 'return message';
    } else if (out === 'json') ret = 'return json.loads(message.content[0].text)';
    body = { pre: 'message = client.messages.create(', args, post: ')', ret };
  } else if (kind === 'llm') {
    head.unshift('import litellm');
    const llmModel = vendorOfModel(model) === 'google' ? `gemini/${model}` : vendorOfModel(model) === 'anthropic' ? `anthropic/${model}` : model;
    const msgs = [];
    if (sysExpr) msgs.push(`{"role": "system", "content": ${sysExpr}},`);
    if (spec.history) msgs.push('*history,');
    msgs.push(`{"role": "user", "content": ${userExpr}},`);
    if (dataExpr) msgs.push(`{"role": "user", "content": ${dataExpr}},`);
    const args = [`model="${llmModel}",`, `messages=[\n${indent(msgs.join('\n'), 4)}\n],`];
    if (cap) args.push(`max_tokens=${cap},`);
    if (temp !== undefined) args.push(`temperature=${temp},`);
    if (out === 'json') args.push('response_format={"type": "json_object"},');
    if (tools) args.push(`tools=${pyLiteral(tools.map(([name, description, arg]) => ({ type: 'function', function: { name, description, parameters: toolParams(arg) } })), 0)},`);
    body = { pre: 'response = litellm.completion(', args, post: ')', ret: out ? 'return json.loads(response.choices[0].message.content)' : 'return response.choices[0].message.content.strip()' };
  } else if (kind === 'lc') {
    const vendor = vendorOfModel(model);
    const [cls, pkg] = vendor === 'anthropic' ? ['ChatAnthropic', 'langchain_anthropic'] : vendor === 'google' ? ['ChatGoogleGenerativeAI', 'langchain_google_genai'] : ['ChatOpenAI', 'langchain_openai'];
    head.unshift(`from ${pkg} import ${cls}`, `from langchain_core.prompts import ChatPromptTemplate${spec.history ? ', MessagesPlaceholder' : ''}`);
    const opts = [`model="${model}"`];
    if (cap) opts.push(`${vendor === 'google' ? 'max_output_tokens' : 'max_tokens'}=${cap}`);
    if (temp !== undefined) opts.push(`temperature=${temp}`);
    pre.unshift(`llm = ${cls}(${opts.join(', ')})\n`);
    const msgs = [];
    if (sysExpr) msgs.push(`("system", ${sysExpr}),`);
    if (spec.history) msgs.push('MessagesPlaceholder("history"),');
    msgs.push(`("human", ${userExpr}),`);
    pre.push(`prompt = ChatPromptTemplate.from_messages(\n    [\n${indent(msgs.join('\n'), 8)}\n    ]\n)`);
    pre.push(needsModel ? `chain = prompt | llm.with_structured_output(${modelCls})\n` : 'chain = prompt | llm\n');
    const inv = [...pv.map((v) => `"${v}": ${v},`), ...(spec.history ? ['"history": history,'] : [])];
    body = { pre: 'result = chain.invoke(', args: [`{${inv.join(' ').replace(/,$/, '')}}`], post: ')', ret: needsModel ? 'return result' : out ? 'return json.loads(result.content)' : 'return result.content.strip()' };
  } else if (kind === 'gg') {
    head.unshift('from google import genai', 'from google.genai import types');
    pre.unshift('client = genai.Client()\n');
    const cfg = [];
    if (sysExpr) cfg.push(`system_instruction=${sysExpr},`);
    if (cap) cfg.push(`max_output_tokens=${cap},`);
    if (temp !== undefined) cfg.push(`temperature=${temp},`);
    if (out) cfg.push('response_mime_type="application/json",');
    if (needsModel) cfg.push(`response_schema=${modelCls},`);
    const args = [`model="${model}",`];
    if (spec.history) args.push(`contents=[\n    *history,\n    types.Content(role="user", parts=[types.Part(text=${userExpr})]),\n],`);
    else args.push(`contents=${userExpr},`);
    if (cfg.length) args.push(`config=types.GenerateContentConfig(\n${indent(cfg.join('\n'), 4)}\n),`);
    body = { pre: 'response = client.models.generate_content(', args, post: ')', ret: needsModel ? 'return response.parsed' : out ? 'return json.loads(response.text)' : 'return response.text.strip()' };
  } else throw new Error(`unknown sdk ${sdk}`);
  if (out && body.ret.includes('json.loads')) head.unshift('import json');

  let text = [...head, '', ...pre].join('\n').replace(/\n{3,}/g, '\n\n');
  if (!text.endsWith('\n\n')) text += text.endsWith('\n') ? '\n' : '\n\n';
  text = text.replace(/^\n+/, '');
  text += '\n';
  const fnHead = `def ${fn}(${params}):\n`;
  const callLine = text.split('\n').length + fnHead.split('\n').length - 1;
  text += fnHead + `    ${body.pre}\n${indent(body.args.join('\n'), 8)}\n    ${body.post}\n    ${body.ret}\n`;
  return { text, callLine, ext: 'py' };
}

// ---------------------------------------------------------------------------------------------------------------
// Splits

const unit = (s) => createHash('sha256').update(s).digest().readUInt32BE(0) / 2 ** 32;

/**
 * Stratified, deterministic split. Within each stratum (language × label), cases are ordered by sha256(id) and
 * alternate dev / heldout starting from a coin given by sha256 of the stratum name. Cases of a later batch
 * (spec.batch = 'fresh') form their own split and never move the earlier ones; cases of the tuning batches
 * (spec.batch = 'dev2', 'dev3', 'dev4'…, written to tune on) all go to dev.
 */
function assignSplits(entries) {
  const strata = new Map();
  for (const e of entries) {
    if (e.batch === 'fresh') { e.split = 'fresh'; continue; }
    if (isTuningBatch(e.batch)) { e.split = 'dev'; continue; }
    const key = `${e.language}/${e.label}`;
    if (!strata.has(key)) strata.set(key, []);
    strata.get(key).push(e);
  }
  for (const [key, list] of strata) {
    list.sort((a, b) => unit(a.id) - unit(b.id));
    const first = unit(key) < 0.5 ? 'dev' : 'heldout';
    list.forEach((e, i) => { e.split = i % 2 === 0 ? first : first === 'dev' ? 'heldout' : 'dev'; });
  }
}

// ---------------------------------------------------------------------------------------------------------------

const isTuningBatch = (batch) => /^dev\d+$/.test(batch);
/** Batches after dev2 count their own SDK rotation, so a tuning batch landing before or after another changes neither. */
const rotationKey = (spec) => (['main', 'fresh', 'dev2'].includes(spec.batch) ? spec.lang : `${spec.batch}/${spec.lang}`);

/**
 * specs/*.mjs is the first batch; specs/fresh/*.mjs and then the tuning batches specs/dev2/, specs/dev3/… (in
 * numeric order), written later, load after it so they change nothing above.
 */
async function loadSpecs() {
  const specs = [];
  const tuning = existsSync(join(HERE, 'specs'))
    ? readdirSync(join(HERE, 'specs')).filter(isTuningBatch).sort((a, b) => Number(a.slice(3)) - Number(b.slice(3)))
    : [];
  for (const [sub, batch] of [['specs', 'main'], ['specs/fresh', 'fresh'], ...tuning.map((d) => [`specs/${d}`, d])]) {
    const dir = join(HERE, sub);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort()) {
      const mod = await import(pathToFileURL(join(dir, f)).href);
      for (const s of mod.default) specs.push({ ...s, batch });
    }
  }
  return specs;
}

export async function render() {
  const specs = await loadSpecs();
  const files = new Map();
  const entries = [];
  const seen = new Set();
  const perLang = new Map();
  for (const spec of specs) {
    const id = `${spec.lang}/${spec.slug}`;
    if (seen.has(id)) throw new Error(`duplicate case id ${id}`);
    seen.add(id);
    if (!['simple', 'moderate', 'complex'].includes(spec.label)) throw new Error(`${id}: bad label ${spec.label}`);
    const n = perLang.get(rotationKey(spec)) ?? 0;
    perLang.set(rotationKey(spec), n + 1);
    const s = { ...spec, n: n + (spec.lang.charCodeAt(0) % 5) };
    const sdk = pickSdk(s, s.n);
    const model = pickModel(s, sdk, s.n);
    const r = sdk.startsWith('ts:') ? tsFile(s, sdk, model) : pyFile(s, sdk, model);
    const file = `${spec.lang}/${spec.slug}.${r.ext}`;
    files.set(file, r.text);
    entries.push({ id, file, line: r.callLine, language: spec.lang, label: spec.label, rationale: spec.why, sdk, model, batch: spec.batch });
  }
  assignSplits(entries);
  const labels = {
    about: 'Spendlens advice evaluation: one entry per call site. Labels were written by hand before the tool was run; see README.md.',
    definitions: {
      simple: 'a much smaller model of the same vendor would do this as well',
      moderate: 'a smaller model might do it but with visible quality risk',
      complex: 'needs the large model',
    },
    splitRule: 'stratified by language x label: within a stratum cases are ordered by sha256(id) and alternate dev/heldout, the first taking the side given by sha256(stratum) < 0.5; cases of the later batch form the split "fresh"; cases of the tuning batches (specs/dev2, specs/dev3, …) all go to dev',
    cases: entries.map(({ batch, ...e }) => e),
  };
  return { files, labels };
}

async function main() {
  const check = process.argv.includes('--check');
  const { files, labels } = await render();
  const labelsText = JSON.stringify(labels, null, 2) + '\n';
  if (check) {
    let bad = 0;
    for (const [f, t] of files) {
      const p = join(CASES, f);
      if (!existsSync(p) || readFileSync(p, 'utf8') !== t) { console.error(`out of date: cases/${f}`); bad++; }
    }
    if (readFileSync(join(HERE, 'labels.json'), 'utf8') !== labelsText) { console.error('out of date: labels.json'); bad++; }
    process.exit(bad ? 1 : 0);
  }
  rmSync(CASES, { recursive: true, force: true });
  for (const [f, t] of files) {
    mkdirSync(dirname(join(CASES, f)), { recursive: true });
    writeFileSync(join(CASES, f), t);
  }
  writeFileSync(join(HERE, 'labels.json'), labelsText);
  const count = (k) => labels.cases.reduce((m, c) => m.set(c[k], (m.get(c[k]) ?? 0) + 1), new Map());
  console.log(`${labels.cases.length} cases in ${files.size} files`, Object.fromEntries(count('label')), Object.fromEntries(count('language')), Object.fromEntries(count('split')));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
