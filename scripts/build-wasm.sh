#!/usr/bin/env bash
# WebAssembly build of the same core with Debian's Emscripten 3.1.6, copied to web/generated/
# where the page's engine and the Vitest suite import it. against_all_core_single.mjs is the same
# module with the .wasm inlined (SINGLE_FILE), for the one-file page that works from disk;
# against_all_core_lite is the served page's first module (no upload readers, linked for size).
set -euo pipefail
cd "$(dirname "$0")/.."
# Debian's emscripten runs its JS optimizer under /usr/bin/node, which does not search
# Debian's module folder by itself (acorn lives there).
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
emcmake cmake -S . -B build/wasm -DCMAKE_BUILD_TYPE=Release >/dev/null
emmake make -C build/wasm -j"$(nproc)" --no-print-directory against_all_wasm against_all_wasm_single against_all_wasm_lite
mkdir -p web/generated
cp build/wasm/against_all_core.mjs build/wasm/against_all_core.wasm build/wasm/against_all_core_single.mjs \
  build/wasm/against_all_core_lite.mjs build/wasm/against_all_core_lite.wasm web/generated/
