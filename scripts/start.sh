#!/usr/bin/env bash
# npm start: install what is missing, build everything, serve the page on localhost.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
port="${PORT:-8080}"
echo
echo "Against All is served at http://127.0.0.1:${port}/  (Ctrl+C to stop)"
exec npx vite preview --port "$port" --strictPort --host 127.0.0.1
