#!/usr/bin/env bash
# Renders the hicolor PNG icons from the one SVG source of each icon (resources/icons/*.svg).
# Run after changing an SVG; the PNGs are committed so building needs no SVG renderer.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v rsvg-convert >/dev/null || { echo "needs rsvg-convert (apt install librsvg2-bin)" >&2; exit 1; }
for size in 16 24 32 48 64 128 256 512; do
  dir=packaging/linux/icons/hicolor/${size}x${size}
  mkdir -p "$dir/apps" "$dir/mimetypes"
  rsvg-convert -w $size -h $size resources/icons/funnelcast.svg \
    -o "$dir/apps/io.github.funnelcast.Funnelcast.png"
  rsvg-convert -w $size -h $size resources/icons/funnelcast-plan.svg \
    -o "$dir/mimetypes/application-x-funnelcast-plan.png"
done
mkdir -p packaging/linux/icons/hicolor/scalable/apps packaging/linux/icons/hicolor/scalable/mimetypes
cp resources/icons/funnelcast.svg packaging/linux/icons/hicolor/scalable/apps/io.github.funnelcast.Funnelcast.svg
cp resources/icons/funnelcast-plan.svg packaging/linux/icons/hicolor/scalable/mimetypes/application-x-funnelcast-plan.svg

# macOS .icns and Windows .ico from the same PNGs (png2icns from icnsutils, ImageMagick).
H=packaging/linux/icons/hicolor
if command -v png2icns >/dev/null; then
  png2icns packaging/macos/funnelcast.icns $H/{16x16,32x32,48x48,128x128,256x256,512x512}/apps/*.png >/dev/null
  png2icns packaging/macos/funnelcast-plan.icns $H/{16x16,32x32,128x128,256x256,512x512}/mimetypes/*.png >/dev/null
fi
if [ -x /usr/bin/convert ]; then
  /usr/bin/convert $H/{16x16,24x24,32x32,48x48,64x64,256x256}/apps/*.png packaging/windows/funnelcast.ico
  /usr/bin/convert $H/{16x16,32x32,48x48,256x256}/mimetypes/*.png packaging/windows/funnelcast-plan.ico
fi
