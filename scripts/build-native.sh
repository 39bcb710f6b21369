#!/usr/bin/env bash
# Native build: the core library, the CLI (build/native/against-all) and the GoogleTest suite.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release ${CMAKE_EXTRA_ARGS:-} >/dev/null
cmake --build build/native -j"$(nproc)"
