#!/usr/bin/env bash
# Packaging check for CI: validates the desktop integration files, builds the .deb from the
# Release build, installs it, runs the installed funnelcast headless, and removes it again.
set -euo pipefail
cd "$(dirname "$0")/.."

need=(desktop-file-utils appstream dpkg-dev file)
missing=()
for p in "${need[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi

desktop-file-validate packaging/linux/io.github.funnelcast.Funnelcast.desktop
appstreamcli validate --no-net packaging/linux/io.github.funnelcast.Funnelcast.metainfo.xml

(cd build/release && cpack -G DEB >/dev/null && cpack -G TGZ >/dev/null)
deb=$(ls -t build/release/funnelcast_*.deb | head -n 1)
echo "Built $deb"
dpkg-deb --field "$deb" Depends

DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb"
trap 'DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq funnelcast >/dev/null || true' EXIT

installed=/usr/bin/funnelcast
"$installed" --version
work=$(mktemp -d)
QT_QPA_PLATFORM=offscreen "$installed" new "$work/demo.fcplan" --demo
env -u QT_QPA_PLATFORM "$installed" report "$work/demo.fcplan" --pdf "$work/demo.pdf" --lang ko
test -s "$work/demo.pdf"
echo "Installed report: $(stat -c %s "$work/demo.pdf") bytes"
test -f /usr/share/mime/packages/io.github.funnelcast.Funnelcast.mime.xml
rm -rf "$work"
DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq funnelcast
trap - EXIT
test ! -e "$installed"
echo "Package installed, ran and removed cleanly."
