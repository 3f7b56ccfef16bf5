#!/usr/bin/env bash
# Run by `npm test` (the pretest script) before the suites: the tests need four system packages
# beside node_modules. As root on Debian or Ubuntu it installs the missing ones; anywhere else it
# stops at once with the install line to run.
#   chromium          the browser tests drive it (CHROMIUM_PATH overrides /usr/bin/chromium)
#   libxml2-utils     xmllint, the well-formedness check of every GEXF written
#   python3-networkx  networkx reads every GEXF back, as a real consumer
#   fonts-noto-cjk    Chinese labels in the explorer's screenshots
set -euo pipefail

# The same interpreters, in the same order, as tests/support/networkx.ts tries.
has_networkx() {
  local python
  for python in ${PLANGRAPH_PYTHON:-} python3 /usr/bin/python3; do
    "$python" -c 'import networkx' >/dev/null 2>&1 && return 0
  done
  return 1
}

has_cjk_font() {
  dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q 'ok installed' && return 0
  command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list ':lang=zh' family 2>/dev/null)" ]
}

find_missing() {
  missing=()
  [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
  command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
  has_networkx || missing+=(python3-networkx)
  has_cjk_font || missing+=(fonts-noto-cjk)
}

find_missing

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "plangraph tests: missing system packages: ${missing[*]}" >&2
  echo "install them, then run npm test again:  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi

echo "plangraph tests: installing missing system packages: ${missing[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
wanted="${missing[*]}"
find_missing
if [ ${#missing[@]} -gt 0 ]; then
  echo "plangraph tests: still missing after apt-get install: ${missing[*]}" >&2
  exit 1
fi
echo "plangraph tests: installed $wanted"
