#!/usr/bin/env bash
# The native GoogleTest suite built and run under AddressSanitizer and UndefinedBehaviorSanitizer
# (in build/sanitize, the tree the fuzz targets share: scripts/configure-sanitize.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/configure-sanitize.sh
cmake --build build/sanitize -j"$(nproc)" --target against_all_tests >/dev/null
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build/sanitize --output-on-failure -j"$(nproc)" | tail -3
