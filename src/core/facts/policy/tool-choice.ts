// A call that forces the model to call one tool answers with that tool's arguments: its output is shaped by the tool's
// parameter schema (src/core/estimate/output.ts prices it from there), not by free text. Syntax-free: each extractor
// answers OptionReader's questions from its call's options (and a LangChain model's bindTools / bind_tools options).
import type { OptionReader } from './tags';

/** The tool the call forces: `name` null when the call forces "some tool" (`required`, `any`) and names none. */
export interface ForcedTool { name: string | null; param: string }

/** Values of a tool-choice option that let the model answer in text: nothing is forced. */
const FREE = new Set(['auto', 'none', 'validated']);
/** Values that force a tool call without naming the tool (OpenAI `required`, Anthropic / LangChain `any`). */
const ANY = new Set(['required', 'any']);

/**
 * The tool-choice options, by API: OpenAI chat `tool_choice: { type: 'function', function: { name } }` and Responses
 * `{ type: 'function', name }`, Anthropic `{ type: 'tool', name }` / `{ type: 'any' }`, the AI SDK
 * `toolChoice: { type: 'tool', toolName }` / `'required'`, Bedrock Converse `toolConfig.toolChoice.tool.name`,
 * LangChain `bindTools(tools, { tool_choice: 'name' })` (a bare string that is not a keyword names the tool).
 */
const CHOICE_PATHS = ['tool_choice', 'toolChoice', 'toolConfig.toolChoice', 'tool_config.tool_choice'];
const NAME_PATHS = ['function.name', 'name', 'toolName', 'tool.name'];
/** Gemini: `toolConfig.functionCallingConfig.mode: 'ANY'` (optionally with `allowedFunctionNames: [one]`). */
const GEMINI_CONFIGS = ['toolConfig.functionCallingConfig', 'tool_config.function_calling_config', 'config.toolConfig.functionCallingConfig', 'config.tool_config.function_calling_config'];

/** The tool the call forces, or null when the model may answer in text (or the code does not say). */
export function forcedTool(r: OptionReader): ForcedTool | null {
  for (const path of CHOICE_PATHS) {
    const bare = r.string(path);
    if (bare !== null) {
      const v = bare.trim();
      if (FREE.has(v.toLowerCase())) return null;
      if (ANY.has(v.toLowerCase())) return { name: null, param: path };
      return v ? { name: v, param: path } : null;
    }
    const type = r.string(`${path}.type`)?.toLowerCase() ?? null;
    const name = NAME_PATHS.map(n => r.string(`${path}.${n}`)).find(n => !!n) ?? null;
    if (type !== null && FREE.has(type)) return null;
    if (name) return { name, param: path };
    if (type !== null && ANY.has(type)) return { name: null, param: path };
  }
  for (const path of GEMINI_CONFIGS) {
    const mode = r.string(`${path}.mode`) ?? r.member?.(`${path}.mode`) ?? null;
    if (mode === null || mode.toUpperCase() !== 'ANY') continue;
    const allowed = [...r.strings(`${path}.allowedFunctionNames`), ...r.strings(`${path}.allowed_function_names`)];
    return { name: allowed.length === 1 ? allowed[0]! : null, param: `${path}.mode` };
  }
  return null;
}
