#!/usr/bin/env python3
"""Proper-noun forms from Camel Morph MSA (CC BY 4.0, CAMeL Lab), for the tagger: the FORM
column of MSA-Noun-Prop-LEX.csv, from Buckwalter to Arabic script, without diacritics, with
alef forms folded (the tagger looks words up the same way). One form per line, sorted.

usage: make_propn.py SHARED_DIR OUT.txt
"""
import csv
import sys

BW = dict(zip("'|>&<}AbptvjHxd*rzs$SDTZEg_fqklmnhwYyFNKaui~o`{PJVG",
              "ءآأؤإئابةتثجحخدذرزسشصضطظعغـفقكلمنهوىيًٌٍَُِّْٰٱپچڤگ"))
MARKS = set("ًٌٍَُِّْٰـ")
FOLD = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا"}


def main():
    shared, out = sys.argv[1], sys.argv[2]
    forms = set()
    with open(f"{shared}/data/lexicon-camel-morph-msa/MSA-Noun-Prop-LEX.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            bw = (row.get("FORM") or "").strip()
            if not bw or any(c not in BW for c in bw):
                continue
            ar = "".join(FOLD.get(BW[c], BW[c]) for c in bw if BW[c] not in MARKS)
            if ar:
                forms.add(ar)
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(sorted(forms)) + "\n")
    print(f"{out}: {len(forms)} forms", file=sys.stderr)


if __name__ == "__main__":
    main()
