#!/usr/bin/env bash
# Installs what the real-editor tests need, only what is missing (fast when everything is there):
# Debian packages (Chromium, the native-module build deps, ripgrep, CJK fonts for screenshots) and
# code-server from the npm registry into the git-ignored .vscode-test/ (see ../shared/reference/editor-tests.md).
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
for p in chromium libkrb5-dev ripgrep pkg-config fonts-noto-cjk g++ make python3; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup-editor-tests: installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y "${missing[@]}"
fi
bash scripts/install-code-server.sh .vscode-test/code-server
