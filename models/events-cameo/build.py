#!/usr/bin/env python3
"""Builds cameo-ar.tsv, the event-coding lexicon khabar embeds, from UniversalPetrarch's
Arabic CAMEO dictionaries (MIT, Copyright (c) 2016 Open Event Data Alliance; LICENSE here).

    python3 models/events-cameo/build.py ../shared/data/events-cameo-arabic

Output lines (all words folded: no diacritics, alef variants -> ا, ى -> ي, ة -> ه):
  V <verb> <code>                a verb with the code written on its own line or its block
                                 header ("-": none; synonyms do not inherit a block's code);
                                 a phrase is written <verb>+<word>... (`حقق+في`): its code
                                 holds only when the words follow the verb
  P <verb> <code> <words...>     a pattern: the verb with these words after it (&SET: any
                                 word of the synonym set)
  S <&SET> <word|word...>        a synonym set
  A <name> <code>                an actor (its latest code)
  G <phrase> <code>              a generic agent (`قوات المعارضة` ~OPPUAF)
"""
import re
import sys
from pathlib import Path

MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")
PREPS = {"ب", "ل", "في", "على", "علي", "من", "إلى", "الى", "الي", "عن", "مع", "ك", "حول", "أثناء", "خلال", "بعد", "هوو"}


def fold(s):
    s = MARKS.sub("", s)
    s = re.sub("[أإآٱ]", "ا", s).replace("ى", "ي").replace("ة", "ه")
    return s.strip("_ ")


def verb_of(entry):
    """The verb of a dictionary entry: its first word before `_`, `+` or a space."""
    w = re.split(r"[_+\s]", entry.strip())[0]
    return fold(w)


def key_of(entry):
    """The lexicon key of a dictionary entry: its verb, or for a phrase (`حقق+في`,
    `اضرم+نار+في`, `قام+ب بناء`) the verb and the words that must follow it, joined by `+`, so that the
    phrase's code never goes to the bare verb (`حقق` "achieved" is no investigation)."""
    parts = [fold(p) for p in re.split(r"[_+\s]+", entry.strip())]
    v = verb_of(entry)
    if not v or len(parts) < 2 or not all(parts[1:]):
        return v
    return "+".join([v] + parts[1:])


def synsets(lines, out):
    name = None
    for line in lines:
        t = line.strip()
        if t.startswith("&"):
            name = t.split()[0]
            out.setdefault(name, set())
        elif t.startswith("+") and name:
            w = fold(t[1:].split("#")[0].replace("_", " "))
            if w:
                out[name].add(w)
        elif t.startswith("---"):
            name = None


EXPLICIT = {}


def verbs(lines, vout, pout):
    block = None
    in_verbs = False
    for line in lines:
        t = line.strip()
        if "VERB PATTERNS" in t:
            in_verbs = True
            continue
        m = re.match(r"^---\s*(\S+)\s*\[([^\]]*)\]\s*---", t)
        if m:
            in_verbs = True
            block = None if m.group(2) in ("---", "") else m.group(2)
            v, k = verb_of(m.group(1)), key_of(m.group(1))
            if v:
                vout.setdefault(v, None)
            if k and block and not EXPLICIT.get(k):
                # the block's head verb (or phrase) carries the block's code
                vout[k] = block
                EXPLICIT[k] = True
            continue
        if not in_verbs or not t or t.startswith("#"):
            continue
        m = re.match(r"^-\s*(.*?)\[(\w+)\]\s*#\s*(.*)$", t)
        if m:
            lhs, code, vs = m.groups()
            if "*" not in lhs:
                continue
            obj = lhs.split("*", 1)[1]
            obj = re.sub(r"[(){}]", " ", obj)
            words = [w for w in (fold(x) for x in obj.split()) if w and w not in PREPS]
            words = [w for w in words if w.startswith("&") or len(w) > 1]
            if not words:
                continue
            for v in vs.split(","):
                v = verb_of(v)
                if v:
                    pout.add((v, code, " ".join(words)))
            continue
        m = re.match(r"^([^\[#\-&+][^\[#]*?)\s*(\[(\w+)\])?\s*(#.*)?$", t)
        if m:
            v, k = verb_of(m.group(1)), key_of(m.group(1))
            if not v:
                continue
            vout.setdefault(v, None)
            # only a code written on the verb's own line: the synonyms a block lists
            # without one (many machine-translated) do not inherit the block's code
            code = m.group(3)
            if code and not EXPLICIT.get(k):
                vout[k] = code
                EXPLICIT[k] = True


def actors(lines, out):
    name = None
    for line in lines:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        codes = re.findall(r"\[([A-Z~]{3,}[A-Z]*)", line)
        if not line[0].isspace():
            head = line.split("[")[0].split("#")[0].strip()
            name = fold(head.replace("_", " ")) if head else None
        if name and codes:
            out[name] = codes[-1]


def agents(lines, out):
    for line in lines:
        m = re.match(r"^\S.*?\[([^\]]+)\]\s*([^#]+)", line)
        if m:
            ar = fold(m.group(2))
            if ar and re.search("[\u0600-\u06ff]", ar):
                out.setdefault(ar, m.group(1).strip())


def main():
    src = Path(sys.argv[1])
    read = lambda n: (src / n).read_text(encoding="utf-8").splitlines()
    sets, vs, ps, acts, ags = {}, {}, set(), {}, {}
    cameo = read("CAMEO.ar.0.5.txt")
    synsets(cameo, sets)
    synsets(read("synsets.ar.txt"), sets)
    verbs(cameo, vs, ps)
    verbs(read("verbs_assualt_only.txt"), vs, ps)
    # a verb the dictionaries also list with the words that follow it has no code of its
    # own: its sense is the phrase's (`قام` alone is not `قام ب`, `عبر` "crossed" not `عبر
    # عن`; the bare lines' codes come from other English verbs' translations: `قام` [185]
    # "seek", `عبر` [190] "cross")
    for k in [k for k in vs if "+" in k]:
        vs[k.split("+")[0]] = None
    actors(read("actor_dict_ar_v4.txt"), acts)
    agents(read("agents.all.ar.txt"), ags)
    out = Path(__file__).with_name("cameo-ar.tsv")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Built by models/events-cameo/build.py from UniversalPetrarch's Arabic CAMEO dictionaries (MIT, LICENSE)\n")
        for k in sorted(sets):
            if sets[k]:
                f.write(f"S\t{k}\t{'|'.join(sorted(sets[k]))}\n")
        for v in sorted(vs):
            f.write(f"V\t{v}\t{vs[v] or '-'}\n")
        for v, c, w in sorted(ps):
            f.write(f"P\t{v}\t{c}\t{w}\n")
        for a in sorted(acts):
            f.write(f"A\t{a}\t{acts[a]}\n")
        for g in sorted(ags):
            f.write(f"G\t{g}\t{ags[g]}\n")
    print(f"{out}: {len(sets)} sets, {len(vs)} verbs ({sum(1 for c in vs.values() if c)} coded), "
          f"{len(ps)} patterns, {len(acts)} actors, {len(ags)} agents, {out.stat().st_size} bytes")


if __name__ == "__main__":
    main()
