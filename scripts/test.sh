#!/usr/bin/env bash
# npm test: the whole suite. GoogleTest (ctest, then again under ASan and UBSan), a short fuzzing
# run of every parser, Vitest against the real wasm build, then the browser tests in Debian's
# Chromium against the built page.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
echo "== GoogleTest (ctest)"
ctest --test-dir build/native --output-on-failure -j"$(nproc)"
echo "== GoogleTest under AddressSanitizer and UndefinedBehaviorSanitizer"
bash scripts/test-sanitizers.sh
echo "== Fuzzing: saved regressions, then ${FUZZ_SECONDS:-12} s a target (npm run fuzz -- 600 for longer)"
bash scripts/fuzz.sh "${FUZZ_SECONDS:-12}"
echo "== Vitest (engine, wasm, i18n, links)"
npx vitest run --config vitest.config.js
echo "== Browser tests (Chromium)"
npx vitest run --config vitest.browser.config.js
