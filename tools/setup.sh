#!/usr/bin/env bash
# Installs what Trellis needs on a fresh Debian machine: npm packages (when node_modules is missing
# or stale) and, with --system, the Debian packages the test suites use. Idempotent and quick when
# everything is present.
set -uo pipefail
cd "$(dirname "$0")/.."

# Debian packages: iproute2 (ip/bridge for the dataplane suite), iputils-ping (probes),
# etcd-server/etcd-client (multi-node store tests), python3-openstackclient (CLI compatibility tests),
# python3-keystone (test/keystone and test/tempest: a real Keystone), python3-keystonemiddleware and
# tempest (test/tempest: Keystone's auth middleware in front of central, Tempest with stestr),
# chromium (the topology page's browser test, driven by playwright-core).
APT_PACKAGES=(iproute2 iputils-ping dnsmasq-base isc-dhcp-client ndisc6 tcpdump nftables etcd-server etcd-client python3-openstackclient python3-keystone python3-keystonemiddleware tempest chromium)

if [ "${1:-}" = "--system" ]; then
  missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ]; then
      echo "installing Debian packages: ${missing[*]}"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null \
        || echo "warning: apt-get install failed; tests that need ${missing[*]} will fail"
    else
      echo "warning: missing Debian packages (${missing[*]}); run as root or: sudo apt-get install ${missing[*]}"
    fi
  fi
fi

stamp=node_modules/.trellis-install-stamp
if [ ! -f "$stamp" ] || [ package.json -nt "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
  # npm ci installs exactly the committed lock (package-lock.json), so every machine runs the
  # versions CI ran; install scripts of dependencies are denied in package.json (allowScripts):
  # lmdb, msgpackr-extract and esbuild load their prebuilt optional packages instead.
  echo "installing npm packages (npm ci)"
  npm ci --no-audit --no-fund || { echo "npm ci failed"; exit 1; }
  touch "$stamp"
fi

# central-api serves the topology page (/ui/) from this build; quick no-op when it is current.
node --import tsx tools/build/build-ui.ts --if-stale || { echo "building the topology page failed"; exit 1; }

# The README's example after `npm start` uses the openstack CLI; name it when it is missing.
if [ "${1:-}" != "--system" ] && ! command -v openstack >/dev/null 2>&1; then
  echo "note: the openstack CLI is not installed; for the README's example run: sudo apt-get install python3-openstackclient"
fi
