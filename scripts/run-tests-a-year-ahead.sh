#!/usr/bin/env bash
# The whole test suite with every clock of the build a year ahead (or $1 days ahead): Maven, the test JVMs, Liberty,
# the embedded MariaDB and Chromium all see the same shifted date through libfaketime (Debian package faketime),
# so a test that leans on today's date fails here first. Run it on a clean clone, as CI does:
#   git clone . "$HOME/ahead" && cd "$HOME/ahead" && bash scripts/run-tests-a-year-ahead.sh
# The dependencies are fetched first at the real date (a year ahead, the repositories' TLS certificates may look
# expired); the suite itself then finds them in the local repository.
set -euo pipefail
cd "$(dirname "$0")/.."
days="${1:-365}"

if ! command -v faketime >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends faketime
fi
# The browser tests' Chromium and the browser code's Node.js, as .ci/run installs them.
need_packages=()
command -v chromium >/dev/null 2>&1 || need_packages+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need_packages+=(chromium-driver)
command -v node >/dev/null 2>&1 || need_packages+=(nodejs)
if [ "${#need_packages[@]}" -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_packages[@]}"
fi

echo "Fetching what the build needs (at today's date) ..."
mvn --batch-mode --no-transfer-progress -q -DskipTests install >/dev/null

echo "Running every test on $(faketime -f "+${days}d" date -u '+%Y-%m-%d') ..."
# The monotonic clock moves with it (by the same offset, so it still only goes forward): with
# FAKETIME_DONT_FAKE_MONOTONIC=1, libfaketime 0.9.10 makes Java's timed waits (Object.wait, parkNanos) return at once,
# and every waiting thread of Liberty spins (the server took 259 s to start, the embedded MariaDB none at all).
unset FAKETIME_DONT_FAKE_MONOTONIC
faketime -f "+${days}d" mvn --batch-mode --no-transfer-progress verify
