#!/bin/sh
# Fails when the Korean translation is incomplete: any message that is unfinished, has an empty
# translation or none at all (issue 8: CI must catch a string added without its Korean).
# With a build directory (configured with CMake), it also runs lupdate into a scratch copy of
# the .ts and fails if that would add strings the checked-in file does not have yet, i.e. when
# someone forgot `cmake --build <dir> --target update_translations`.
#
# Usage: scripts/check-translations.sh [BUILD_DIR]
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
ts="$root/translations/funnelcast_ko.ts"

check() {
    python3 - "$1" <<'PY'
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1]
try:
    root = ET.parse(path).getroot()
except (OSError, ET.ParseError) as error:
    print(f"{path}: cannot be read as a Qt .ts file ({error}).")
    sys.exit(1)
problems = []
count = 0
for context in root.iter("context"):
    name = context.findtext("name", "")
    for message in context.iter("message"):
        count += 1
        source = message.findtext("source", "")
        translation = message.find("translation")
        if translation is None:
            problems.append((name, source, "has no translation"))
            continue
        kind = translation.get("type", "")
        if kind in ("obsolete", "vanished"):
            continue
        if kind == "unfinished":
            problems.append((name, source, "is unfinished"))
            continue
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.iter("numerusform")]
            empty = not forms or any(not f.strip() for f in forms)
        else:
            empty = not (translation.text or "").strip()
        if empty:
            problems.append((name, source, "has an empty translation"))
for name, source, what in problems:
    print(f"{path}: [{name}] \"{source}\" {what}.")
if problems:
    print(f"{len(problems)} of {count} Korean messages need a translation.")
    sys.exit(1)
print(f"{path}: all {count} messages translated.")
PY
}

check "$ts"

if [ $# -ge 1 ]; then
    build=$(cd "$1" && pwd)
    lupdate_dir="$build/translations/.lupdate"
    # Configure writes the list of sources (new files are picked up by the next build, whose
    # CONFIGURE_DEPENDS globs re-run the configure step).
    if [ ! -f "$lupdate_dir/funnelcast_ui_project.cmake" ]; then
        echo "$build: no lupdate project ($lupdate_dir/funnelcast_ui_project.cmake); configure the build first."
        exit 1
    fi
    # The update_translations target first turns the .cmake description written at configure
    # time into the JSON lupdate reads, then runs lupdate on the checked-in .ts files. Do only
    # the first step, with Qt's own script, so the checked-in files are not touched; always
    # regenerate it, since the sources may have changed since the last update.
    tools=$(sed -n 's/^Qt6LinguistTools_DIR:PATH=//p' "$build/CMakeCache.txt")
    [ -n "$tools" ] || tools=/usr/lib/x86_64-linux-gnu/cmake/Qt6LinguistTools
    fresh=$(mktemp)
    (cd "$build/translations" && cmake -DIN_FILE="$lupdate_dir/funnelcast_ui_project.cmake" \
        -DOUT_FILE="$fresh" -P "$tools/GenerateLUpdateProject.cmake") >/dev/null 2>&1 || {
        rm -f "$fresh"; echo "$build: cannot write the lupdate project file."; exit 1; }
    project=$fresh
    lupdate=$(command -v lupdate6 || true)
    [ -n "$lupdate" ] || lupdate=/usr/lib/qt6/bin/lupdate
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch" "$fresh"' EXIT
    # lupdate writes the .ts files named in the project; run it on a copy of the project
    # whose output is the scratch copy.
    cp "$ts" "$scratch/funnelcast_ko.ts"
    python3 - "$project" "$scratch/project.json" "$scratch/funnelcast_ko.ts" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))
projects = data if isinstance(data, list) else [data]
for p in projects:
    p["translations"] = [sys.argv[3]]
    for sub in p.get("subProjects", []):
        sub["translations"] = [sys.argv[3]]
json.dump(data, open(sys.argv[2], "w"))
PY
    (cd "$build/translations" && "$lupdate" -project "$scratch/project.json" -no-obsolete \
        -locations relative >"$scratch/lupdate.log" 2>&1) || {
        cat "$scratch/lupdate.log"; echo "lupdate failed."; exit 1; }
    if ! check "$scratch/funnelcast_ko.ts" >"$scratch/check.log"; then
        sed "s|$scratch/funnelcast_ko.ts|translations/funnelcast_ko.ts after lupdate|" "$scratch/check.log"
        echo "The sources have strings that translations/funnelcast_ko.ts lacks: run"
        echo "  cmake --build $build --target update_translations"
        echo "and translate the new entries."
        exit 1
    fi
fi
