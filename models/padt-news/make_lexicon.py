#!/usr/bin/env python3
"""Word classes from Camel Morph MSA (CC BY 4.0, CAMeL Lab), for the tagger: proper nouns
(MSA-Noun-Prop-LEX.csv), perfective and imperfective verb stems (MSA-Verb-LEX-PV.csv,
MSA-Verb-LEX-IV.csv) and adjective stems (MSA-Adj-LEX.csv, MSA-Adj-Comp-LEX.csv). The FORM
column, from Buckwalter to Arabic script, without diacritics, alef forms folded (the tagger
looks words up the same way, after taking off the affixes it knows: see `lexicon_classes` in
crates/khabar/src/tag/tagger.rs).

One line per form: `form<TAB>classes`, classes a subset of `N` (proper noun), `P`
(perfective stem), `I` (imperfective stem), `A` (adjective stem), sorted.

usage: make_lexicon.py SHARED_DIR OUT.tsv
"""
import csv
import sys

BW = dict(zip("'|>&<}AbptvjHxd*rzs$SDTZEg_fqklmnhwYyFNKaui~o`{PJVG",
              "ءآأؤإئابةتثجحخدذرزسشصضطظعغـفقكلمنهوىيًٌٍَُِّْٰٱپچڤگ"))
MARKS = set("ًٌٍَُِّْٰـ")
FOLD = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا"}
FILES = [
    ("MSA-Noun-Prop-LEX.csv", "N"),
    ("MSA-Verb-LEX-PV.csv", "P"),
    ("MSA-Verb-LEX-IV.csv", "I"),
    ("MSA-Adj-LEX.csv", "A"),
    ("MSA-Adj-Comp-LEX.csv", "A"),
]


def arabic(bw):
    """Undiacritized, alef-folded Arabic script of a Buckwalter form (None if not BW)."""
    if not bw or any(c not in BW for c in bw):
        return None
    return "".join(FOLD.get(BW[c], BW[c]) for c in bw if BW[c] not in MARKS) or None


def main():
    shared, out = sys.argv[1], sys.argv[2]
    classes = {}
    for name, cls in FILES:
        with open(f"{shared}/data/lexicon-camel-morph-msa/{name}", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                ar = arabic((row.get("FORM") or "").strip())
                if ar and len(ar) >= 2:
                    classes.setdefault(ar, set()).add(cls)
    with open(out, "w", encoding="utf-8") as f:
        for form in sorted(classes):
            f.write(f"{form}\t{''.join(c for c in 'NPIA' if c in classes[form])}\n")
    counts = {c: sum(c in v for v in classes.values()) for c in "NPIA"}
    print(f"{out}: {len(classes)} forms {counts}", file=sys.stderr)


if __name__ == "__main__":
    main()
