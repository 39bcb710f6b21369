#!/usr/bin/env bash
# The one sanitized tree, build/sanitize: clang-14 with AddressSanitizer and UndefinedBehaviorSanitizer,
# holding both the GoogleTest suite (scripts/test-sanitizers.sh) and the libFuzzer targets
# (scripts/fuzz.sh), so the core is compiled once for the two. -O1 keeps every check and runs the
# suite several times faster than -O0.
set -euo pipefail
cd "$(dirname "$0")/.."
CC=clang-14 CXX=clang++-14 cmake -S . -B build/sanitize -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" -DAGAINST_ALL_SANITIZE=ON -DAGAINST_ALL_FUZZ=ON >/dev/null
