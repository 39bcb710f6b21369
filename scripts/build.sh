#!/usr/bin/env bash
# Everything the page needs: the native core (CLI, tests), the wasm core, the built page in dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build-native.sh
bash scripts/build-wasm.sh
npx vite build --logLevel warn
# The first load, gzipped: printed, and the build fails past its budget (issue 14).
node scripts/first-load-size.mjs
