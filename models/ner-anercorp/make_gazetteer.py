#!/usr/bin/env python3
"""Builds the NER gazetteer (`category<TAB>phrase`, one per line, sorted) from permissively
licensed lists in ../shared/data. Every source may be mixed with any training data:

- loc.country : CLDR territory names (Unicode licence)
- loc.city    : CLDR exemplar cities (Unicode licence) and GeoNames cities500 names written in
                Arabic letters only (CC BY 4.0, attribute GeoNames), places of >= MIN_POP people
- per.first / per.last : AKhateeb Arabic name lists (MIT)
- propn       : Camel Morph MSA proper-noun forms (CC BY 4.0; the `N` lines of
                models/padt-news/lexicon-camel-morph.tsv)
- actor.per / actor.org / actor.loc / agent : UniversalPetrarch Arabic actors and agents (MIT)

usage: make_gazetteer.py SHARED_DIR OUT.tsv
"""
import lzma
import os
import re
import sys

MIN_POP = 1000
ARABIC_ONLY = re.compile(r"^[\u0621-\u064A\u064B-\u0652 ]+$")
ORG_HEADS = set("""حركة منظمة حزب جبهة وزارة اتحاد مجلس جيش شركة بنك مصرف جامعة هيئة لجنة جمعية مؤسسة
وكالة قوة قوات تنظيم كتائب كتيبة جماعة ائتلاف تحالف محكمة برلمان حكومة مكتب صندوق رابطة نقابة مركز
شرطة دائرة إدارة سلطة مفوضية ديوان أكاديمية معهد مجموعة لواء فيلق فرقة مليشيا ميليشيا""".split())


def clean(s):
    s = s.replace("_", " ").strip()
    s = re.sub(r"\s+", " ", s)
    return s if s and ARABIC_ONLY.match(s) else None


def main():
    shared, out = sys.argv[1], sys.argv[2]
    d = f"{shared}/data"
    rows = set()

    def add(cat, phrase):
        p = clean(phrase) if phrase else None
        if p and len(p.replace(" ", "")) >= 2:
            rows.add((cat, p))

    g = f"{d}/gazetteer-cldr-isocodes-ar"
    alpha3 = set()
    with open(f"{g}/cldr-ar-territories.tsv", encoding="utf-8") as f:
        next(f)
        for line in f:
            code, _alt, name = line.rstrip("\n").split("\t")
            add("loc.country", name)
    with open(f"{g}/cldr-ar-exemplar-cities.tsv", encoding="utf-8") as f:
        next(f)
        for line in f:
            add("loc.city", line.rstrip("\n").split("\t")[1])
    with open(f"{g}/isocodes-3166-1-ar.tsv", encoding="utf-8") as f:
        header = next(f).rstrip("\n").split("\t")
        for line in f:
            r = dict(zip(header, line.rstrip("\n").split("\t")))
            for k, v in r.items():
                if "alpha_3" in k or k == "alpha3":
                    alpha3.add(v)
    with lzma.open(f"{d}/gazetteer-geonames-arabic-script/geonames-cities500-arabic-script-names.tsv.xz",
                   "rt", encoding="utf-8") as f:
        next(f)
        for line in f:
            c = line.rstrip("\n").split("\t")
            if c[6] == "0" and int(c[4] or 0) >= MIN_POP:
                add("loc.city", c[5])
    p = f"{d}/gazetteer-person-names-akhateeb"
    for fn, cat in [("male-first--names-in-arabic.txt", "per.first"),
                    ("female-first-names-in-arabic.txt", "per.first"),
                    ("last-names-in-arabic.txt", "per.last")]:
        with open(f"{p}/{fn}", encoding="utf-8") as f:
            for line in f:
                add(cat, line.strip())
    here = os.path.dirname(os.path.abspath(__file__))
    with open(f"{here}/../padt-news/lexicon-camel-morph.tsv", encoding="utf-8") as f:
        for line in f:
            form, _, classes = line.rstrip("\n").partition("\t")
            if "N" in classes:
                add("propn", form)

    e = f"{d}/events-cameo-arabic"
    name, codes = None, []

    def flush():
        if not name or not codes:
            return
        words = name.split()
        first = codes[0]
        base = first.split()[0].lstrip("[").rstrip("]")
        if len(base) == 3 and base in alpha3 and len(codes) == 1 and " " not in first.strip("[]"):
            add("actor.loc", name)
        elif words[0] in ORG_HEADS:
            add("actor.org", name)
        elif any(re.search(r"\d{8}", c) for c in codes) and len(words) >= 2:
            add("actor.per", name)
        else:
            add("actor.org", name)

    with open(f"{e}/actor_dict_ar_v4.txt", encoding="utf-8") as f:
        for line in f:
            line = line.split("#")[0].rstrip()
            if not line.strip():
                continue
            if line[0] in " \t":
                m = re.search(r"\[[^\]]*\]", line)
                if m and name:
                    codes.append(m.group(0))
                continue
            flush()
            m = re.match(r"^(\S+)\s*(\[[^\]]*\])?", line)
            name, codes = (m.group(1), [m.group(2)] if m.group(2) else []) if m else (None, [])
            name = name.replace("_", " ").strip() if name else None
        flush()
    with open(f"{e}/agents.all.ar.txt", encoding="utf-8") as f:
        for line in f:
            line = line.split("#")[0]
            m = re.search(r"\]\s*([\u0600-\u06FF][\u0600-\u06FF ]*)$", line.rstrip())
            if m:
                add("agent", m.group(1))

    with open(out, "w", encoding="utf-8") as f:
        for cat, phrase in sorted(rows):
            f.write(f"{cat}\t{phrase}\n")
    counts = {}
    for cat, _ in rows:
        counts[cat] = counts.get(cat, 0) + 1
    print(f"{out}: {len(rows)} entries {sorted(counts.items())}", file=sys.stderr)


if __name__ == "__main__":
    main()
