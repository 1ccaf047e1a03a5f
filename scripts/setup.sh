#!/usr/bin/env bash
# One-step set-up for Funnelcast on Debian 12 / Ubuntu 22.04+:
#   scripts/setup.sh run    install what is missing, build (Release), start the app on the demo plan
#   scripts/setup.sh test   install what is missing, build (Release), run every test
# Elsewhere it prints the package list and stops.
set -euo pipefail

mode="${1:-run}"
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev libqt6opengl6-dev libqt6sql6-sqlite qt6-charts-dev qt6-svg-dev qt6-tools-dev
  qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-pdf-dev qt6-qpa-plugins
  libsqlite3-dev sqlite3 fonts-noto-cjk poppler-utils xvfb xauth
)

install_missing() {
  if ! command -v apt-get >/dev/null 2>&1 || [ ! -r /etc/debian_version ]; then
    echo "This script installs dependencies with apt on Debian or Ubuntu only." >&2
    echo "Install these (or your system's equivalents: Qt >= 6.4 with Charts, Svg, PrintSupport," >&2
    echo "LinguistTools and Pdf; SQLite 3 with headers; CMake >= 3.25; a C++17 compiler), then run" >&2
    echo "  cmake --preset release && cmake --build --preset release && ctest --preset release" >&2
    echo "Packages: ${packages[*]}" >&2
    exit 1
  fi
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
  fi
}

build() {
  cmake --preset release
  cmake --build --preset release
}

install_missing
build

case "$mode" in
  run)
    exec ./build/release/funnelcast
    ;;
  test)
    export QT_QPA_PLATFORM=offscreen
    ctest --preset release --output-on-failure -j2
    ;;
  *)
    echo "usage: scripts/setup.sh run|test" >&2
    exit 2
    ;;
esac
