"""The realism issue's text judges (issue 13), as functions over (rating, text)
pairs and lists of texts, for benchmarks that compare text sources.

- VADER (vaderSentiment, nobody here wrote it): the share of reviews whose
  compound score agrees with their rating (rating >= 4 scores > 0.05,
  rating <= 2 scores < -0.05; rating 3 is not judged), and the mean compound
  of ratings 1-2 and 4-5.
- article errors: "a" before a vowel sound or "an" before a consonant sound,
  by a rule written from pronunciation (the same rule bench/realism.sh
  applies inline; a cross-check, not an outside judge).
- the distinct bigram ratio: distinct word bigrams over all word bigrams.
"""
import re
import statistics

_vader = None


def vader(pairs):
    """(agreement, mean compound of ratings 1-2, of ratings 4-5, texts judged)."""
    global _vader
    if _vader is None:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
        _vader = SentimentIntensityAnalyzer()
    pos = [_vader.polarity_scores(t)["compound"] for r, t in pairs if r >= 4]
    neg = [_vader.polarity_scores(t)["compound"] for r, t in pairs if r <= 2]
    judged = len(pos) + len(neg)
    agree = (sum(c > 0.05 for c in pos) + sum(c < -0.05 for c in neg)) / max(1, judged)
    return (agree, statistics.mean(neg) if neg else float("nan"),
            statistics.mean(pos) if pos else float("nan"), judged)


def words(text):
    return re.findall(r"[a-z']+", text.lower())


def bigram_ratio(texts):
    bigrams = [b for w in map(words, texts) for b in zip(w, w[1:])]
    return len(set(bigrams)) / max(1, len(bigrams))


_SILENT_H = ("hour", "honest", "honor", "honour", "heir")
_YOU = ("uni", "use", "usu", "uti", "ura", "uri", "uro", "ute", "uto", "uta", "uku", "ubiq", "eu", "ewe", "one", "once")
_NEG = ("unim", "unin", "unid")


def _wants_an(word):
    w = word.strip("\"'“”‘’(")
    if not w:
        return None
    lower = w.lower()
    if w[0].isdigit():
        digits = re.match(r"\d+", w).group(0)
        return w[0] == "8" or (digits[:2] in ("11", "18") and len(digits) in (2, 5))
    letters = re.match(r"[A-Za-z]+", w)
    letters = letters.group(0) if letters else ""
    if not letters:
        return None
    if letters.isupper() and len(letters) <= 5 and not (len(letters) >= 4 and re.search("[AEIOU]", letters[:3])):
        return letters[0] in "AEFHILMNORSX"
    if lower.startswith(_SILENT_H) or lower.startswith(_NEG):
        return True
    if lower.startswith(_YOU):
        return False
    return lower[0] in "aeiou"


def article_errors(texts):
    errors = 0
    for t in texts:
        for m in re.finditer(r"\b([Aa]n?) (\S+)", t):
            want = _wants_an(m.group(2))
            if want is not None and want != (m.group(1).lower() == "an"):
                errors += 1
    return errors
