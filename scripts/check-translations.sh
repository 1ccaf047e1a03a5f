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
    build=$1
    project="$build/translations/.lupdate/funnelcast_ui_project.json"
    if [ ! -f "$project" ]; then
        # The project file is written by the first step of the update_translations target;
        # build only that step's output so the checked-in .ts files are not touched.
        cmake --build "$build" --target "$project" >/dev/null 2>&1 || true
    fi
    if [ ! -f "$project" ]; then
        echo "$build: no lupdate project file ($project); configure the build first."
        exit 1
    fi
    lupdate=$(command -v lupdate6 || true)
    [ -n "$lupdate" ] || lupdate=/usr/lib/qt6/bin/lupdate
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
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
    (cd "$(dirname "$project")" && "$lupdate" -project "$scratch/project.json" -no-obsolete \
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
