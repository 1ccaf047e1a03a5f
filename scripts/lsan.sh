#!/usr/bin/env bash
# LeakSanitizer over the whole test suite: the ASan+UBSan build (preset `asan`) run with leak
# detection on (test preset `lsan`). Suppressions, each with its reason: tests/lsan.supp
# (Qt's and the system libraries' one-time allocations only, never Funnelcast code).
# Usage: scripts/lsan.sh [ctest arguments, e.g. -R tst_planfile]
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset asan >/dev/null
cmake --build --preset asan
ctest --preset lsan -j2 "$@"
