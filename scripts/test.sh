#!/usr/bin/env bash
# npm test: the whole suite. GoogleTest (ctest, then again under ASan and UBSan), a short fuzzing
# run of every parser, Vitest against the real wasm build, then the browser tests in Debian's
# Chromium against the built page. Ends with the wall time of each stage (docs/testing.md).
set -euo pipefail
cd "$(dirname "$0")/.."

stages=()
print_stages() {
  echo "== Stage times (wall)"
  printf '   %s\n' "${stages[@]}"
}
trap print_stages EXIT
stage() {  # name command...
  local name=$1 start=$SECONDS
  shift
  "$@"
  stages+=("$(printf '%-34s %5d s' "$name" $((SECONDS - start)))")
}

# The steps of scripts/build.sh, timed one by one.
stage "setup" bash scripts/setup.sh
stage "build native (Release)" bash scripts/build-native.sh
stage "build wasm" bash scripts/build-wasm.sh
stage "build page (vite)" npx vite build --logLevel warn
echo "== GoogleTest (ctest)"
stage "GoogleTest (ctest)" ctest --test-dir build/native --output-on-failure -j"$(nproc)"
echo "== GoogleTest under AddressSanitizer and UndefinedBehaviorSanitizer"
stage "build + GoogleTest under ASan/UBSan" bash scripts/test-sanitizers.sh
echo "== Fuzzing: saved regressions, then ${FUZZ_SECONDS:-12} s a target (npm run fuzz -- 600 for longer)"
stage "fuzz (build targets, run)" bash scripts/fuzz.sh "${FUZZ_SECONDS:-12}"
echo "== Vitest (engine, wasm, i18n, links)"
stage "Vitest" npx vitest run --config vitest.config.js
echo "== Browser tests (Chromium)"
stage "browser tests" npx vitest run --config vitest.browser.config.js
stages+=("$(printf '%-34s %5d s' "total" "$SECONDS")")
