#!/usr/bin/env bash
# Regenerates docs/EXAMPLES.md: each prompt in prompts.txt through `doppel generate`
# (reality 0, seed 1, 3 rows), and the first row of every table it made.
#   docs/examples/generate.sh   (uses .build/debug/doppel and a private daemon)
set -euo pipefail
cd "$(dirname "$0")/../.."
TMP=$(mktemp -d /tmp/doppel-examples.XXXXXX); chmod 700 "$TMP"
export DOPPEL_SOCKET=$TMP/d.sock
trap '.build/debug/doppel daemon stop >/dev/null 2>&1 || true; rm -rf "$TMP"' EXIT
{
  echo "# Examples: twenty prompts, the first row of each table"
  echo
  echo "Made by \`docs/examples/generate.sh\` with \`doppel generate PROMPT --rows 3 --reality 0 --seed 1\`"
  echo "(the built-in planner and engine, no model). Read them as a reviewer would: known"
  echo "shortcomings are listed at the end."
  n=0
  while IFS= read -r prompt; do
    [ -n "$prompt" ] || continue
    n=$((n + 1))
    echo; echo "## $n. $prompt"; echo; echo '```json'
    .build/debug/doppel generate "$prompt" --rows 3 --reality 0 --seed 1 --format json --json \
      | python3 -c 'import json,sys
d=json.load(sys.stdin)
for name, ds in d["datasets"].items():
    print(name + ": " + json.dumps(ds["content"][0], ensure_ascii=False))'
    echo '```'
  done < docs/examples/prompts.txt
  cat docs/examples/notes.md
} > docs/EXAMPLES.md
