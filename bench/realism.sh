#!/usr/bin/env bash
# Realism judges nobody here wrote, at reality 0 (issue 13). Not run in CI.
#
#   bench/realism.sh [ROWS]   (ROWS: review rows of the generate table, default 4000)
#
# Installs vaderSentiment into a virtualenv (bench/.venv-realism), starts a private
# doppeld, and prints one table:
#   - VADER compound on review bodies of `generate` (a reviews table with a rating)
#     and on `feedback.generate` content (complex), rating for rating: the share of
#     rows with rating >= 4 scoring > 0.05 and rating <= 2 scoring < -0.05, and the
#     mean compound of ratings 1-2 and 4-5;
#   - article errors ("a" before a vowel sound, "an" before a consonant sound) over
#     10,000 texts, judged by a rule written here from pronunciation (so it is a
#     cross-check of TextPolish.needsAn, not an outside judge);
#   - the distinct bigram ratio over 1,000 complex feedback reviews, and beside it
#     the ratio of review sentences people wrote at the same size: Amazon product
#     review and movie review snippets from the ICWSM 2014 VADER study, which
#     vaderSentiment's source distribution ships (downloaded from PyPI);
#   - the share of description cells that mention the row's name, title or category.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-4000}
VENV=bench/.venv-realism
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/pip" install -q vaderSentiment==3.3.2
SDIST=$VENV/sdist/vaderSentiment-3.3.2.tar.gz
[ -f "$SDIST" ] || "$VENV/bin/pip" download -q --no-deps --no-binary :all: -d "$VENV/sdist" vaderSentiment==3.3.2
swift build --product doppel >/dev/null
swift build --product doppeld >/dev/null
TMP=$(mktemp -d /tmp/doppel-realism.XXXXXX)
chmod 700 "$TMP"
export DOPPEL_SOCKET=$TMP/d.sock
trap '.build/debug/doppel daemon stop >/dev/null 2>&1 || true; rm -rf "$TMP"' EXIT
D=.build/debug/doppel

cat >"$TMP/schema.json" <<JSON
{"name": "realism", "seed": 5, "entities": [
  {"name": "books", "rows": 300, "fields": [
    {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
    {"name": "title", "type": "string", "kind": "media.title"},
    {"name": "author", "type": "string", "kind": "person.full_name"},
    {"name": "genre", "type": "string", "kind": "media.genre"},
    {"name": "description", "type": "text", "kind": "text.description"}]},
  {"name": "reviews", "rows": $ROWS, "fields": [
    {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
    {"name": "book_id", "type": "integer", "references": "books.id"},
    {"name": "rating", "type": "integer", "kind": "number.integer", "min": 1, "max": 5},
    {"name": "title", "type": "string", "kind": "text.title"},
    {"name": "body", "type": "text", "kind": "text.paragraph"}]}]}
JSON
$D generate --schema "$TMP/schema.json" --reality 0 --format jsonl --out "$TMP/gen" >/dev/null
for seed in $(seq 1 20); do
  $D feedback --product-type hotel --sentiment-mix balanced --count 50 --complexity complex --seed $seed >"$TMP/fb-hotel-$seed.json"
  $D feedback --product-type mobile_app --sentiment-mix balanced --count 50 --complexity medium --seed $seed >"$TMP/fb-app-$seed.json"
done

"$VENV/bin/python" - "$TMP" "$SDIST" <<'PY'
import glob, json, re, statistics, sys
sys.path.insert(0, "bench")
import text_judges
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
tmp = sys.argv[1]
vader = SentimentIntensityAnalyzer()

def judge(pairs):
    pos = [vader.polarity_scores(t)["compound"] for r, t in pairs if r >= 4]
    neg = [vader.polarity_scores(t)["compound"] for r, t in pairs if r <= 2]
    agree = (sum(c > 0.05 for c in pos) + sum(c < -0.05 for c in neg)) / max(1, len(pos) + len(neg))
    return agree, statistics.mean(neg) if neg else float("nan"), statistics.mean(pos) if pos else float("nan"), len(pos) + len(neg)

rows = [json.loads(l) for l in open(f"{tmp}/gen/reviews.jsonl")]
books = [json.loads(l) for l in open(f"{tmp}/gen/books.jsonl")]
gen = [(r["rating"], r["body"]) for r in rows]
fb_complex, fb_all = [], []
for path in sorted(glob.glob(f"{tmp}/fb-*.json")):
    for item in json.load(open(path))["data"]:
        fb_all.append((item["rating"], item["content"]))
        if "fb-hotel" in path:
            fb_complex.append(item["content"])

texts = [t for _, t in gen] + [r["title"] for r in rows] + [b["description"] for b in books] + [t for _, t in fb_all]
texts = texts[:10000]
SILENT_H = ("hour", "honest", "honor", "honour", "heir")
YOU = ("uni", "use", "usu", "uti", "ura", "uri", "uro", "ute", "uto", "uta", "uku", "ubiq", "eu", "ewe", "one", "once")
NEG = ("unim", "unin", "unid")
def wants_an(word):
    w = word.strip("\"'“”‘’(")
    if not w: return None
    lower = w.lower()
    if w[0].isdigit():
        digits = re.match(r"\d+", w).group(0)
        return w[0] == "8" or (digits[:2] in ("11", "18") and len(digits) in (2, 5))
    letters = re.match(r"[A-Za-z]+", w)
    letters = letters.group(0) if letters else ""
    if letters and letters.isupper() and len(letters) <= 5 and not (len(letters) >= 4 and re.search("[AEIOU]", letters[:3])):
        return letters[0] in "AEFHILMNORSX"
    if lower.startswith(SILENT_H) or lower.startswith(NEG): return True
    if lower.startswith(YOU): return False
    return lower[0] in "aeiou"
errors = 0
for t in texts:
    for m in re.finditer(r"\b([Aa]n?) (\S+)", t):
        want = wants_an(m.group(2))
        if want is None: continue
        if want != (m.group(1).lower() == "an"): errors += 1

bigrams = []
for t in fb_complex[:1000]:
    words = re.findall(r"[a-z']+", t.lower())
    bigrams += list(zip(words, words[1:]))
distinct = len(set(bigrams)) / max(1, len(bigrams))

mentions = sum(1 for b in books if b["title"] in b["description"] or b["genre"].lower() in b["description"].lower()) / len(books)

g = judge(gen); f = judge(fb_all)
print(f"{'judge':52} {'value':>10} {'target':>10}")
print(f"{'VADER agrees with rating, generate review bodies':52} {g[0]*100:9.1f}% {'>= 85%':>10}")
print(f"{'VADER mean compound, rating 1-2 (generate)':52} {g[1]:10.3f} {'< -0.2':>10}")
print(f"{'VADER mean compound, rating 4-5 (generate)':52} {g[2]:10.3f} {'> 0.4':>10}")
print(f"{'VADER agrees with rating, feedback.generate':52} {f[0]*100:9.1f}% {'>= 85%':>10}")
print(f"{'VADER mean compound, rating 1-2 (feedback)':52} {f[1]:10.3f} {'< -0.2':>10}")
print(f"{'VADER mean compound, rating 4-5 (feedback)':52} {f[2]:10.3f} {'> 0.4':>10}")
print(f"{'article errors in ' + str(len(texts)) + ' texts':52} {errors:10d} {'0':>10}")
print(f"{'distinct bigram ratio, 1,000 complex reviews':52} {distinct:10.3f} {'>= 0.6':>10}")
amazon = text_judges.human_snippets(sys.argv[2], "amazonReviewSnippets")
movies = text_judges.human_snippets(sys.argv[2], "movieReviewSnippets")
size = text_judges.bigram_count(amazon)
ours = text_judges.bigram_ratio(text_judges.leading(fb_complex[:1000], size))
print(f"{'  same reviews, first ' + format(size, ',') + ' bigrams':52} {ours:10.3f}")
print(f"{'  people: Amazon review sentences, ' + format(size, ',') + ' bigrams':52} {text_judges.bigram_ratio(amazon):10.3f}")
size = min(len(bigrams), text_judges.bigram_count(movies))
print(f"{'  people: movie review sentences, ' + format(size, ',') + ' bigrams':52} {text_judges.bigram_ratio(text_judges.leading(movies, size)):10.3f}")
print(f"{'descriptions mentioning their row':52} {mentions*100:9.1f}% {'>= 95%':>10}")
PY
