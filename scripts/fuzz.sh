#!/usr/bin/env bash
# Builds the libFuzzer targets (preset `fuzz`) and runs each for SECONDS (default 60) over its
# seed corpus in tests/fuzz/corpus/<target> (copied to a scratch folder so runs do not grow the
# committed corpus). Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"; shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=($(cd tests/fuzz && ls fuzz_*.cpp | sed 's/\.cpp$//'))
fi
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target "${targets[@]}"
mkdir -p build/fuzz/artifacts build/fuzz/logs
export QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
status=0
for t in "${targets[@]}"; do
  work=$(mktemp -d)
  [ -d "tests/fuzz/corpus/$t" ] && cp -r "tests/fuzz/corpus/$t/." "$work/"
  log="build/fuzz/logs/$t.log"
  echo "== $t for ${seconds}s (log: $log) =="
  # The whole output goes to the log; the final stats (cov, ft, exec/s, runs) are printed.
  if "build/fuzz/tests/fuzz/$t" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
        -max_len=1048576 -print_final_stats=1 \
        -artifact_prefix="build/fuzz/artifacts/$t-" "$work" >"$log" 2>&1; then
    grep -E '^(#[0-9]+[[:space:]]+DONE|Done [0-9]+ runs|stat::)' "$log" || tail -n 12 "$log"
  else
    status=1
    echo "!! $t failed:"
    tail -n 80 "$log"
  fi
  rm -rf "$work"
done
exit $status
