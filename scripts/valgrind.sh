#!/usr/bin/env bash
# Valgrind memcheck over the headless commands of the release executable: new --demo, forecast,
# import (a real Meta export) and report (PDF). Exits 1 on any memory error or definite/indirect
# leak. Suppressions (tests/valgrind.supp) cover only Qt's, fontconfig's and the dynamic
# loader's one-time allocations, each with its reason; Funnelcast code is never suppressed.
# Usage: scripts/valgrind.sh [BUILD_DIR]   (default build/release, built with the preset if absent)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/release}"
if [ ! -x "$build/funnelcast" ]; then
  cmake --preset release >/dev/null
  cmake --build --preset release --target funnelcast
fi
exe="$build/funnelcast"
command -v valgrind >/dev/null || {
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 XDG_RUNTIME_DIR="$work/runtime"
# Valgrind cannot follow machine code generated at run time: PCRE2's JIT (QRegularExpression)
# shows up as millions of errors in "???" frames and crashes under memcheck. The interpreter runs
# the same patterns.
export QT_ENABLE_REGEXP_JIT=0
mkdir -m 700 "$work/runtime"
vg=(valgrind --tool=memcheck --error-exitcode=1 --leak-check=full
    --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect
    --suppressions=tests/valgrind.supp --gen-suppressions=all --num-callers=40)
status=0
run() {
  local name="$1"; shift
  echo "== valgrind: funnelcast $name =="
  if "${vg[@]}" --log-file="$work/$name.vg" "$exe" "$@" >"$work/$name.out"; then
    grep -E "ERROR SUMMARY|definitely lost|indirectly lost" "$work/$name.vg" | sed 's/^==[0-9]*== //'
  else
    status=1
    cat "$work/$name.vg"
    mkdir -p build/valgrind && cp "$work/$name.vg" "build/valgrind/$name.vg"
  fi
}
run new new "$work/demo.fcplan" --demo
run forecast forecast "$work/demo.fcplan" --draws 200 --json
run import import "$work/demo.fcplan" tests/data/actuals/meta_en.csv --channel "Instagram Ads" --json
run report report "$work/demo.fcplan" --pdf "$work/report.pdf" --draws 200
[ -s "$work/report.pdf" ] || { echo "report wrote no PDF"; status=1; }
exit $status
