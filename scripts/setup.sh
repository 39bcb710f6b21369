#!/usr/bin/env bash
# Installs what is missing on a fresh Debian 12 machine: the C++ and Emscripten toolchains,
# nlohmann/json, GoogleTest, Debian's Chromium (for the browser tests), and the npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."

apt_packages=(cmake g++ make emscripten clang-14 libclang-rt-14-dev nlohmann-json3-dev libgtest-dev zlib1g-dev chromium)
missing=()
for p in "${apt_packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing with apt-get: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
fi
