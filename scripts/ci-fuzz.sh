#!/usr/bin/env bash
# CI step: builds the libFuzzer targets (preset `fuzz`) and runs each for 60 seconds (or $1)
# over its seed corpus in tests/fuzz/corpus/<target>. Exits non-zero when a target finds a
# crash, leak, hang (10 s per input) or out-of-memory; the reproducer is kept under
# build/fuzz/artifacts/ (replay: build/fuzz/tests/fuzz/<target> <file>).
set -euo pipefail
cd "$(dirname "$0")/.."

need=(clang libclang-rt-14-dev)
missing=()
for p in "${need[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi

seconds="${1:-60}"
targets=($(cd tests/fuzz && ls fuzz_*.cpp | sed 's/\.cpp$//'))
status=0
for t in "${targets[@]}"; do
  # One target at a time, so that a crash in one does not hide the others' results.
  if ! scripts/fuzz.sh "$seconds" "$t"; then
    echo "FAILED: $t (see build/fuzz/artifacts/$t-*)"
    status=1
  fi
done
exit $status
