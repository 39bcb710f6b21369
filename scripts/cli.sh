#!/usr/bin/env bash
# npm run cli -- <command> ...: the native CLI on the same core; builds it first if needed.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if [ ! -x "$root/build/native/against-all" ]; then
  bash "$root/scripts/build-native.sh" >&2
fi
exec "$root/build/native/against-all" "$@"
