// What the pieces of a prompt mean, whatever language wrote them: message roles, message classes,
// content-part kinds, and few-shot examples.
import type { CallKind, PromptPart, PromptRole } from '../../model';

/** Role names as the SDKs spell them (OpenAI, Anthropic, Gemini `model`, Cohere v1 `CHATBOT`, LlamaIndex `MessageRole.X`). */
const ROLES: Record<string, PromptRole> = {
  system: 'system', developer: 'system', user: 'user', human: 'user', assistant: 'assistant', ai: 'assistant', model: 'assistant',
  bot: 'assistant', chatbot: 'assistant', tool: 'tool', function: 'tool',
};

/** The prompt role of a role name; unknown names are null (callers treat them as user turns). */
export function roleOf(name: string): PromptRole | null {
  return ROLES[name.toLowerCase().replace(/^messagerole\./, '')] ?? null;
}

/** Message classes whose class fixes the role (LangChain, google-genai `UserContent`). */
export const MESSAGE_CLASSES: Record<string, PromptRole> = {
  SystemMessage: 'system', HumanMessage: 'user', AIMessage: 'assistant', ToolMessage: 'tool', FunctionMessage: 'tool',
  SystemMessagePromptTemplate: 'system', HumanMessagePromptTemplate: 'user', AIMessagePromptTemplate: 'assistant',
  UserContent: 'user', ModelContent: 'assistant',
};

/**
 * Whether a message class formats `{field}`s: LangChain's `…MessagePromptTemplate` classes do; a message object
 * (`SystemMessage`, `HumanMessage`) is sent as written, even inside a `ChatPromptTemplate`, so its braces are text.
 */
export function isTemplateClass(cls: string): boolean {
  return cls.endsWith('PromptTemplate');
}

/**
 * What one content part is. `text`: counted; `image`: sets the vision flag (image tokens are not estimated);
 * `file` (PDF, uploaded file, Anthropic document) and `audio`: content unknown to the code, one `document` / `input`
 * placeholder; `tool`: a tool call or result, counted as a tool part; `nested`: a wrapper whose `parts` hold the content.
 */
export type PartKind = 'text' | 'image' | 'file' | 'audio' | 'tool' | 'nested';

const PART_TYPES: Record<string, PartKind> = {
  text: 'text', input_text: 'text', output_text: 'text',
  image_url: 'image', image: 'image', input_image: 'image', image_file: 'image',
  file: 'file', input_file: 'file', document: 'file',
  input_audio: 'audio', audio: 'audio',
  tool_result: 'tool', tool_use: 'tool',
};

/** Keys that make a part without a `type` an image / a file (Gemini `inlineData`, `fileData`; OpenAI `image_url`). */
const IMAGE_KEYS = ['image_url', 'image', 'inlineData', 'inline_data'];
const FILE_KEYS = ['fileData', 'file_data', 'document', 'file_id'];

/**
 * The kind of a content part from its `type` (null when it has none or it is not a literal) and the keys it holds.
 * Null when the part is none of these (then its `text`, if any, is read as text).
 */
export function partKind(type: string | null, has: (key: string) => boolean): PartKind | null {
  if (type !== null && PART_TYPES[type]) return PART_TYPES[type]!;
  if (has('text')) return 'text';
  if (IMAGE_KEYS.some(has)) return 'image';
  if (FILE_KEYS.some(has)) return 'file';
  if (has('input_audio')) return 'audio';
  if (has('parts')) return 'nested';
  return null;
}

/** Worked examples written into a prompt's text: "Example:", "Example 1:", "Examples:", "few-shot", "For example … Input:". */
const FEW_SHOT_TEXT = /\bexamples?\s*(\d+\s*)?:|\bfew-shot\b|\bfor example\b.*\n.*\b(input|output|answer)\s*:/i;

export function isFewShotText(text: string): boolean {
  return FEW_SHOT_TEXT.test(text);
}

/** Worked examples written as turns: an assistant turn followed by a later user turn (an assistant prefill is not one). */
export function hasExampleTurns(roles: readonly PromptRole[]): boolean {
  const firstAssistant = roles.indexOf('assistant');
  return firstAssistant >= 0 && roles.indexOf('user', firstAssistant + 1) > 0;
}

/**
 * A request assembled elsewhere (`create(**params)`, `{ model, ...params }`, `create(request)`) sends a prompt the code
 * does not show. When no part of the prompt is seen, one placeholder stands for it — counted like any other
 * placeholder and named so the estimate says so — instead of 0 tokens. `unseen` is the spread's source text (null when
 * the request has none). Tools and schemas are not the prompt.
 */
export function unseenPromptPart(parts: readonly PromptPart[], history: boolean, kind: CallKind, unseen: string | null): PromptPart | null {
  if (!unseen || history || parts.some(p => p.role !== 'tools' && p.role !== 'schema')) return null;
  return { role: kind === 'embedding' ? 'input' : 'user', text: '', placeholders: [`prompt in ${unseen}, built elsewhere`], source: 'unresolved' };
}
