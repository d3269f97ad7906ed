#!/usr/bin/env bash
# Command 1: install what is missing, build, and launch the app on the built-in sandbox cloud.
# Usage: scripts/run-sandbox.sh [SCENARIO] [more acr-netadmin options, e.g. --lang es]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/deps.sh"
acrnet_install_deps
acrnet_build "$ACRNET_ROOT/build"
exec "$ACRNET_ROOT/build/app/cli/acr-netadmin" --sandbox "$@"
