"""The realism issue's text judges (issue 13), as functions over (rating, text)
pairs and lists of texts, for benchmarks that compare text sources.

- VADER (vaderSentiment, nobody here wrote it): the share of reviews whose
  compound score agrees with their rating (rating >= 4 scores > 0.05,
  rating <= 2 scores < -0.05; rating 3 is not judged), and the mean compound
  of ratings 1-2 and 4-5.
- article errors: "a" before a vowel sound or "an" before a consonant sound,
  by a rule written from pronunciation (the same rule bench/realism.sh
  applies inline; a cross-check, not an outside judge).
- the distinct bigram ratio: distinct word bigrams over all word bigrams, and
  the same ratio of review sentences people wrote, at the same size.
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


def bigram_count(texts):
    return sum(max(0, len(words(t)) - 1) for t in texts)


def leading(texts, bigrams):
    """The leading whole texts that hold at most `bigrams` bigrams, so two
    corpora are compared at the same size (the ratio falls as a corpus grows)."""
    out, count = [], 0
    for t in texts:
        n = max(0, len(words(t)) - 1)
        if count + n > bigrams:
            break
        out.append(t)
        count += n
    return out


def human_snippets(sdist, name):
    """Review sentences people wrote, from the ICWSM 2014 ground-truth files
    (id, mean rating, text) inside vaderSentiment's source distribution."""
    import io
    import tarfile
    with tarfile.open(sdist) as outer:
        inner = next(m for m in outer.getmembers() if m.name.endswith("hutto_ICWSM_2014.tar.gz"))
        data = outer.extractfile(inner).read()
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        text = tar.extractfile(f"hutto_ICWSM_2014/{name}_GroundTruth.txt").read().decode("latin-1")
    return [line.split("\t", 2)[2] for line in text.splitlines() if line.count("\t") >= 2]
