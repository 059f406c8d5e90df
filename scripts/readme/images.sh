#!/usr/bin/env bash
# The Marketplace README's images (MARKETPLACE.md, shipped in the VSIX as extension/readme.md) are the UI tests'
# screenshots in docs/images/, quantized to 8-bit colour so the VSIX stays small (≈50 KB instead of ≈150 KB each).
# Run after the UI tests have written new screenshots: needs pngquant (Debian: apt-get install pngquant).
set -euo pipefail
cd "$(dirname "$0")/../.."
for name in codelens hover; do
  pngquant --quality 60-85 --speed 1 --strip --force --output "media/readme/$name.png" "docs/images/$name.png"
done
ls -l media/readme/
