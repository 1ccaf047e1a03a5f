#!/bin/sh
# GUI speed (issue 6, item 9): start-up against a minimal Qt Widgets window (xcb under Xvfb and
# offscreen), edit latency, UI-thread blocking while Monte Carlo runs. Figures and method:
# docs/performance.md. Run on a quiet machine (see `uptime`) and repeat; compare the ratios of
# one run.
#
#   scripts/bench-gui.sh [BUILD_DIR] [RUNS]     defaults: build/release, 15
#
# BUILD_DIR must be a Release build with FUNNELCAST_BUILD_BENCH=ON and these targets built:
#   cmake --build build/release --target funnelcast bench_gui_startup bench_gui_edit bench_gui_blocking
# Set DISPLAY to use a running X server; otherwise Xvfb is started on :94 (DISPLAY_NUMBER).
# COMPARE=/path/to/another/funnelcast adds that build to the start-up rotation (before/after a
# change, measured in the same minutes).
set -eu
build=${1:-build/release}
runs=${2:-15}
started_xvfb=""
if [ -z "${DISPLAY:-}" ] && command -v Xvfb >/dev/null 2>&1; then
    DISPLAY=":${DISPLAY_NUMBER:-94}"
    export DISPLAY
    Xvfb "$DISPLAY" -screen 0 1600x1000x24 >/dev/null 2>&1 &
    started_xvfb=$!
    sleep 1
fi
cleanup() { [ -n "$started_xvfb" ] && kill "$started_xvfb" 2>/dev/null || true; }
trap cleanup EXIT

echo "== $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load:$(uptime | sed 's/.*load average://')"
platforms=offscreen
[ -n "${DISPLAY:-}" ] && platforms="xcb offscreen"
compare=""
[ -n "${COMPARE:-}" ] && compare="--compare $COMPARE"
# shellcheck disable=SC2086
"$build/tests/bench/bench_gui_startup" "$runs" $compare $platforms
echo "== load:$(uptime | sed 's/.*load average://')"
QT_QPA_PLATFORM=offscreen "$build/tests/bench/bench_gui_edit" | grep -E '^(EDIT|WRITE|RESULT|FAIL)|msecs'
echo "== load:$(uptime | sed 's/.*load average://')"
QT_QPA_PLATFORM=offscreen "$build/tests/bench/bench_gui_blocking" | grep -E '^(BLOCKING|FAIL)'
echo "== load:$(uptime | sed 's/.*load average://')"
