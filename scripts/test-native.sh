#!/usr/bin/env bash
# GoogleTest through ctest on the native build.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build-native.sh
ctest --test-dir build/native --output-on-failure -j"$(nproc)"
