#!/bin/sh
# Checks Partnermap's analysis against networkx on a generated board (needs python3-networkx).
# Usage: bench/networkx-check.sh [agencies, default 30] [seed, default 12]
set -e
cd "$(dirname "$0")/.."
node --import tsx bench/networkx-check.ts "${1:-30}" "${2:-12}" | python3 bench/networkx_check.py
