"""Extracts word pairs from the FreeDict bilingual dictionaries into compact, committed TSV files (issue 17).

Reads the dictd files that Debian's dict-freedict-* packages install (/usr/share/dictd/freedict-<pair>.index and
.dict.dz) and writes tools/partnering/freedict/<pair>.tsv. The product and its tests never read /usr/share: the build
reads only the committed extract (through tools/partnering/vocabulary.py -> src/main/resources/partnering/
vocabulary.tsv). Python 3 standard library only. Run from the repository root, after
    apt-get install -y dict-freedict-fin-swe dict-freedict-swe-fin dict-freedict-fin-eng dict-freedict-eng-fin \
        dict-freedict-fin-nor dict-freedict-swe-nor dict-freedict-eng-nor
with:  python3 tools/partnering/freedict/extract.py [dictd-folder]

Only the WikDict-based dictionaries (CC BY-SA 3.0, from Wiktionary via DBnary) are extracted. The GPL-2+ ones
(eng-swe, swe-eng: the old Ergane lists; nno-nob) are deliberately left out, so that the extract and everything
derived from it carry one licence (see tools/partnering/freedict/SOURCES.md).

Kept per entry: the headword, its part of speech (n, v, adj; pn = proper noun, kept only so that vocabulary.py can
block names), the sense number and each translation that is a single word (letters, optionally hyphenated; glosses in
brackets removed). Phrases, multi-word glosses, definitions, pronunciations and other parts of speech (pronouns,
numerals, adverbs, conjunctions, ...) are dropped here. Output rows: headword<TAB>pos<TAB>sense<TAB>translations (comma-separated).
"""
import gzip
import os
import re
import sys

PAIRS = ["fin-swe", "swe-fin", "fin-eng", "eng-fin", "fin-nor", "swe-nor", "eng-nor"]
LICENCE = "CC BY-SA 3.0 (Creative Commons Attribution-ShareAlike 3.0 Unported)"
POS = {"n": "n", "n, ut": "n", "n, neut": "n", "n, masc": "n", "n, fem": "n", "v": "v", "adj": "adj",
       "adj, masc": "adj", "adj, neut": "adj", "pn": "pn"}
MAX_SENSE = 6
WORD = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)*$")
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def b64(s):
    n = 0
    for c in s:
        n = n * 64 + B64.index(c)
    return n


def records(folder, pair):
    """(index word, entry text) of every record of a dictd dictionary, the 00database* records included."""
    data = gzip.open(os.path.join(folder, f"freedict-{pair}.dict.dz")).read()
    with open(os.path.join(folder, f"freedict-{pair}.index"), encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) == 3 and cols[0].strip():
                off, size = b64(cols[1]), b64(cols[2])
                yield cols[0], data[off:off + size].decode("utf-8")


HEAD = re.compile(r"^(?P<head>.+?)(?: /[^<]*/)? <(?P<pos>[^>]+)>$")
NUMBERED = re.compile(r"^(\d+)\. (.*)$")


def senses(text):
    """(pos, [(sense, [translations])]) of one entry text, or None when the head line is not understood."""
    lines = text.split("\n")
    m = HEAD.match(lines[0].strip())
    if not m:
        return None
    pos = POS.get(m.group("pos").strip())
    if pos is None:
        return None
    body = [ln for ln in lines[1:] if ln.strip()]
    out = []
    if any(NUMBERED.match(ln) for ln in body):
        for ln in body:
            n = NUMBERED.match(ln)
            if n:
                out.append((int(n.group(1)), n.group(2)))
    elif body:
        out.append((1, body[0]))
    result = []
    for sense, line in out:
        line = re.sub(r"\s+\d+\.$", "", line.strip())  # "pankki 2." = this translation also serves sense 2
        line = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", line)
        words = []
        for t in re.split(r"[,;]", line):
            t = " ".join(t.split())
            if t and WORD.match(t):
                words.append(t)
        if words:
            result.append((sense, words))
    return pos, result


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/dictd"
    here = os.path.dirname(os.path.abspath(__file__))
    for pair in PAIRS:
        rows = set()
        for word, text in records(folder, pair):
            head = word.strip()
            if word.startswith("00database"):
                continue
            if not WORD.match(head):
                continue
            parsed = senses(text)
            if parsed is None:
                continue
            pos, ss = parsed
            for sense, words in ss:
                if sense > MAX_SENSE:
                    continue
                for t in words:
                    rows.add((head, pos, sense, t))
        edition = next((t for w, t in records(folder, pair) if w == "00databaseshort"), pair)
        edition = " ".join(edition.split()[1:]) if edition.startswith("00databaseshort") else " ".join(edition.split())
        with open(os.path.join(here, f"{pair}.tsv"), "w", encoding="utf-8") as out:
            out.write(f"# Extract of FreeDict {pair}: {edition}\n")
            out.write(f"# Licence: {LICENCE}. FreeDict / WikDict (http://www.wikdict.com/), data from Wiktionary\n")
            out.write("# (https://www.wiktionary.org/) via DBnary. Written by tools/partnering/freedict/extract.py from\n")
            out.write(f"# Debian's dict-freedict-{pair}; do not edit. Columns: headword, pos (n v adj pn), sense, translations (comma-separated)\n")
            grouped = {}
            for head, pos, sense, t in sorted(rows):
                grouped.setdefault((head, pos, sense), []).append(t)
            for (head, pos, sense), ts in grouped.items():
                out.write(f"{head}\t{pos}\t{sense}\t{','.join(ts)}\n")
        print(pair, len(rows), "pairs")


if __name__ == "__main__":
    main()
