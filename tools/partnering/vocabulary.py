"""Builds the generated layer of the partner-matching vocabulary (issue 17, point 2).

Writes src/main/resources/partnering/vocabulary.tsv (id, en, nb, nn, sv, fi, source) and
src/main/resources/partnering/places.txt (country, region and municipality names that must never become matched
terms). Run from the repository root:  python3 tools/partnering/vocabulary.py

Sources, all shipped in the repository and already aligned across languages:
  * NACE Rev. 2 titles (src/main/resources/geo/nace_rev2.csv: en, nb = SSB SN2007, sv = SCB SNI 2007 classes,
    fi + Finland-Swedish = Statistics Finland TOL 2008 sections/divisions; 996 codes). nn = nb (SN2007 has no nynorsk).
    -> one concept per code ("nace:25.62"), and "word:" concepts for the head words the titles share, aligned
       across languages by how often they occur in the same code's titles (Dice coefficient over parallel titles).
  * The tag vocabulary (tools/partnering/tags.tsv, = partnering_tag names in five languages) -> concept per tag code
    (the same ids as the hand-curated concepts.tsv, which stays the layer on top).
  * The needs taxonomy (advisory_need_type names, migration V202612031401__advisory_reference_data.sql)
    -> concept per need ("need:export").
  * The FreeDict/WikDict bilingual dictionaries (tools/partnering/freedict/*.tsv, the committed extract written by
    tools/partnering/freedict/extract.py; CC BY-SA 3.0) -> "fd:" concepts: one per Finnish headword, holding its
    translations into sv, nb and en that are confirmed in both directions or through a third language (see
    freedict_concepts). The layer under the hand layers: a Finnish word a hand layer already names gets no fd concept.
Cells hold words and phrases as written (lower case); the application stems them with the same Lucene analysis it
applies to profile texts (TextAnalysis), so the stemmer is never written twice. A phrase cell matches a text that
contains at least two of its content words (all of them when it has fewer), see ConceptDictionary.
"""
import csv
import re
from collections import Counter, defaultdict

RES = "src/main/resources"
LANGS = ["en", "nb", "nn", "sv", "fi"]

# function words and title boilerplate (never content words of a concept)
STOP = {
    "en": set("""a an and or of the for in on by to with without from other n e c nec activities activity related
        except including similar various general specialised specialized non their than its as at be not own beyond
        except n.e.c mainly main part parts use used same kind kinds through non-specialised undifferentiated human
        work works professional personal basic combined live natural secondary auxiliary compulsory employers estate
        business experimental organisation organisations membership care consumer goods""".split()),
    "nb": set("""og eller av i på for til med uten fra annen annet andre ikke ellers nevnt virksomhet tilknyttet
        unntatt utenom inkl inklusive lignende diverse generell spesialisert spesialiserte uspesialisert den det de
        som samt egen eget egne ut over hovedsakelig hovedvekt særlig ikke-spesialisert""".split()),
    "sv": set("""och eller av i på för till med utan från annan annat andra inte ej ingen verksamhet anslutning
        härtill utom inkl inklusive liknande diverse allmän specialiserad specialiserade ospecialiserad den det de
        som samt egen eget egna utanför huvudsakligen""".split()),
    "fi": set("""ja tai sekä sen niiden muu muut muualle luokittelematon luokittelemattomat toiminta toimintaa
        liittyvä liittyvät liittyvä palvelut pois lukien paitsi oman omaa ulkopuolelle kunnan""".split()),
}
STOP["nn"] = STOP["nb"] | set("eigen eige eigne utan frå anna".split())

COUNTRIES = """norge noreg norway norja sverige sweden ruotsi finland suomi danmark denmark tanska island iceland
    islanti tyskland germany saksa russland ryssland russia venäjä estland estonia viro europa europe euroopa
    eurooppa baltikum baltics baltia norden nordic pohjoismaat skandinavia skandinavien scandinavia barents
    nordkalotten nordkalotten nordkalott pohjoiskalotti sápmi sapmi lappland lapland lappi
    norges noregs sveriges finlands norjan ruotsin suomen norjaan ruotsiin suomeen norjassa ruotsissa suomessa
    norsk norske svensk svenske svenska finsk finske finska finländsk finländska norwegian swedish finnish nordisk
    nordiske nordiska norjalainen ruotsalainen suomalainen pohjoismainen pohjoismaiden""".split()


def read_csv(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def words(text):
    return re.findall(r"[^\W_]+(?:-[^\W_]+)*", text.lower())


def content(lang, text):
    return [w for w in words(text) if w not in STOP[lang] and len(w) > 2 and not w.isdigit()]


SUFFIXES = {
    "en": ["ies", "ing", "ed", "es", "s"],
    "nb": ["ingene", "ingen", "inger", "ing", "ene", "ane", "er", "en", "et", "ar", "a", "e"],
    "sv": ["ningarna", "ningar", "ningen", "ning", "orna", "arna", "erna", "or", "ar", "er", "en", "et", "an", "a",
           "e"],
    "fi": ["iden", "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "jen", "den", "en", "ja", "jä", "t",
           "a", "ä", "n"],
}


def group(lang, w):
    """A crude stem, only to count a word's forms together while aligning (the application stems properly)."""
    key = "nb" if lang == "nn" else lang
    for s in SUFFIXES[key]:
        if w.endswith(s) and len(w) - len(s) >= 4:
            return w[: -len(s)]
    return w


def title_columns(row):
    return {
        "en": row["title_en"],
        "nb": row["title_no_sn2007"],
        "nn": row["title_no_sn2007"],
        "sv": row["title_sv_sni2007"] or row["title_sv_tol2008_fi"],
        "fi": row["title_fi_tol2008"],
    }


def main():
    nace = read_csv(f"{RES}/geo/nace_rev2.csv")
    places = place_names()
    rows = []  # (id, {lang: [cells]}, source)

    # 1. a concept per NACE code
    titles = {}
    for r in nace:
        t = title_columns(r)
        titles[r["code"]] = t
        cells = {}
        for lang in LANGS:
            phrase = " ".join(w for w in content(lang, t[lang]) if w not in places)
            cells[lang] = [phrase] if phrase else []
        src = "nace-rev2:" + r["code"] + " (en RAMON; nb SN2007" + ("; sv SNI2007" if r["title_sv_sni2007"] else
              "; sv TOL2008" if r["title_sv_tol2008_fi"] else "") + ("; fi TOL2008" if r["title_fi_tol2008"] else "") \
              + "; nn=nb)"
        rows.append(("nace:" + r["code"], cells, src))

    # 2. shared head words, aligned across languages over the parallel titles
    forms = {lang: defaultdict(Counter) for lang in LANGS}
    docs = []
    for code, t in titles.items():
        doc = {}
        for lang in ["en", "nb", "sv", "fi"]:
            gs = set()
            for w in content(lang, t[lang]):
                if w in places:
                    continue
                g = group(lang, w)
                forms[lang][g][w] += 1
                gs.add(g)
            doc[lang] = gs
        docs.append(doc)
    freq = {lang: Counter(g for d in docs for g in d[lang]) for lang in ["en", "nb", "sv", "fi"]}
    aligned = {}
    for lang in ["nb", "sv", "fi"]:
        co = defaultdict(Counter)
        single = set()  # titles of one content word each: a word pair seen once is still a translation
        for d in docs:
            if len(d["en"]) == 1 and len(d[lang]) == 1:
                single.add((next(iter(d["en"])), next(iter(d[lang]))))
        for d in docs:
            if not d["en"] or not d[lang]:
                continue
            for e in d["en"]:
                for g in d[lang]:
                    co[e][g] += 1
        best_t = {}
        for e, cs in co.items():
            best_t[e] = max(cs, key=lambda g: (2 * cs[g] / (freq["en"][e] + freq[lang][g]), cs[g], g))
        best_e = defaultdict(lambda: (0.0, None))
        for e, g in sorted(best_t.items()):  # sorted: ties go to the same word on every run
            dice = 2 * co[e][g] / (freq["en"][e] + freq[lang][g])
            if dice > best_e[g][0]:
                best_e[g] = (dice, e)
        for e, g in best_t.items():
            c = co[e][g]
            dice = 2 * c / (freq["en"][e] + freq[lang][g])
            if best_e[g][1] == e and ((c >= 3 and dice >= 0.6) or (c == 1 and (e, g) in single)):
                aligned.setdefault(e, {})[lang] = (g, c, round(dice, 2))
    for e in sorted(aligned):
        a = aligned[e]
        if len(e) < 3:
            continue
        cells = {"en": sorted(forms["en"][e])}
        src = []
        for lang in ["nb", "sv", "fi"]:
            if lang in a:
                g, c, dice = a[lang]
                cells[lang] = sorted(forms[lang][g])
                src.append(f"{lang} {c}x dice {dice}")
            else:
                cells[lang] = []
        cells["nn"] = cells["nb"]
        rows.append(("word:" + e, cells, "nace-rev2 aligned head word (" + ", ".join(src) + ")"))

    # 3. the tag vocabulary
    with open("tools/partnering/tags.tsv", encoding="utf-8") as f:
        tags = list(csv.reader(f, delimiter="\t"))
    head = tags[0]
    for t in tags[1:]:
        cells = {}
        for i, lang in enumerate(head[1:], start=1):
            parts = [p for p in re.split(r"[(),]| and | og | och | ja ", t[i].lower()) if p.strip()]
            cells[lang] = [" ".join(content(lang, p)) for p in parts if content(lang, p)]
        rows.append((t[0], cells, "tag:" + t[0] + " (partnering_tag names)"))

    # 4. the needs taxonomy
    sql = open(f"{RES}/db/migration/V202612031401__advisory_reference_data.sql", encoding="utf-8").read()
    needs = defaultdict(dict)
    part = sql[sql.index("insert into advisory_need_type_translation"):]
    for code, lang, name in re.findall(r"\('([A-Z_]+)', '([a-z]{2})', '([^']+)'\)", part):
        needs[code][lang] = name
    for code, names in needs.items():
        cells = {}
        for lang in LANGS:
            name = names.get(lang, "")
            name = re.split(r" beyond | ut over | utanför | ulkopuolelle", " " + name + " ")[0]
            parts = [p for p in re.split(r" and | og | och | ja |- ", name.lower()) if p.strip()]
            cells[lang] = [" ".join(w for w in content(lang, p) if w not in places) for p in parts]
            cells[lang] = [c for c in cells[lang] if c]
        rows.append(("need:" + code.lower(), cells, "needs-taxonomy:" + code + " (advisory_need_type names)"))

    # 5. the hand layer of common business words (tools/partnering/business-terms.tsv)
    with open("tools/partnering/business-terms.tsv", encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            cells = {lang: [w.strip() for w in cols[i].split(",") if w.strip()] for i, lang in enumerate(LANGS, 1)}
            rows.append(("biz:" + cols[0], cells, "hand:business-terms"))

    # 6. the aligned everyday vocabulary from the bilingual dictionaries (the layer under the hand layers)
    hand_fi = set()
    for cid, cells, src in rows:
        if cid.startswith("biz:") or src.startswith("tag:"):
            hand_fi.update(c for c in cells.get("fi", []) if " " not in c)
    with open(f"{RES}/partnering/concepts.tsv", encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#") and line.strip():
                cols = line.rstrip("\n").split("\t")
                if len(cols) > 5:
                    hand_fi.update(x.strip() for x in cols[5].split(",") if x.strip() and " " not in x.strip())
    fd = freedict_concepts(places, hand_fi)
    rows.extend(fd)

    with open(f"{RES}/partnering/vocabulary.tsv", "w", encoding="utf-8") as out:
        out.write("# Generated by tools/partnering/vocabulary.py - do not edit; the hand-curated layer is concepts.tsv.\n")
        out.write("# A cell lists words or phrases (comma-separated) as written; the application stems them.\n")
        out.write("#id\ten\tnb\tnn\tsv\tfi\tsource\n")
        for cid, cells, src in rows:
            if sum(1 for lang in LANGS if cells.get(lang)) == 0:
                continue
            out.write(cid + "\t" + "\t".join(",".join(cells.get(lang, [])) for lang in LANGS) + "\t" + src + "\n")
    with open(f"{RES}/partnering/places.txt", "w", encoding="utf-8") as out:
        out.write("# Generated by tools/partnering/vocabulary.py: country, region and municipality names (one a line,\n")
        out.write("# lower case) that are never matched terms. Sources: geo/*.csv of this repository plus country names.\n")
        for p in sorted(places):
            out.write(p + "\n")
    print(len(rows), "concepts (" + str(len(fd)) + " from FreeDict);", len(places), "place names")


FREEDICT = "tools/partnering/freedict"
FD_LANG = {"fin": "fi", "swe": "sv", "eng": "en", "nor": "nb"}
FD_PAIRS = ["fin-swe", "swe-fin", "fin-eng", "eng-fin", "fin-nor", "swe-nor", "eng-nor"]
FD_MAX_SENSE = 3         # only the first senses of an entry (Wiktionary lists the main senses first)
FD_MAX_HEAD_SENSES = 3   # a Finnish headword with more senses than this in any of its dictionaries is too polysemous
FD_HUB = 6               # a word that this many different headwords of one dictionary translate to is too general
FD_MAX_TRANSLATIONS = 3  # per language and concept, the best-confirmed first
FD_MIN_LEN = 4
FD_MIN_LEN_FI = 5        # Finnish words of four letters meet inflection endings inside longer words (amme ~ tarjoamme)
FD_POS = {"n", "adj"}    # nouns and adjectives; verbs' stems meet common words (nb "bedra" ~ "bedre", "lande" ~ "land")
FD_GENERIC = {  # words too general to stand for a concept (cf. ConceptDictionary.GENERIC), never fd words
    "en": set("""service product activity work company solution client customer region area business thing
        matter part kind type way time person people good goods new large small big high quality""".split()),
    "nb": set("""tjeneste produkt virksomhet arbeid bedrift firma løsning region område kunde ting sak del slag
        type måte tid person folk god gode ny stor liten høy kvalitet""".split()),
    "sv": set("""tjänst produkt verksamhet arbete företag firma lösning region område kund sak ting del slag typ
        sätt tid person folk god bra ny stor liten hög kvalitet""".split()),
    "fi": set("""palvelu tuote toiminta työ yritys ratkaisu alue asiakas asia osa laji tyyppi tapa aika henkilö
        ihminen hyvä uusi suuri iso pieni korkea laatu""".split()),
}


# the words every partner profile is written with (offer, seek, partner, cooperation, need ...): a dictionary word
# that is one of them, or looks like a form of one (starts with its stem and is at most three letters longer: sv
# "sökare" ~ "söker", fi "etsin" ~ "etsimme"), would put the same concept into nearly every profile
FD_BOILERPLATE = {
    "en": "offer offering seek seeking search look looking partner partnership cooperation collaboration cooperate "
          "collaborate need needs want find help provide supply deliver interest interested contact".split(),
    "nb": "tilby tilbyr tilbud søke søker søk partner partnar samarbeid samarbeide trenge trenger behov ønske finne "
          "hjelp levere kontakt interesse".split(),
    "sv": "erbjuda erbjuder erbjudande söka söker partner samarbete samarbeta behöva behöver behov önska hitta "
          "hjälp leverera kontakt intresse".split(),
    "fi": "tarjota tarjoamme tarjous etsiä etsimme hakea haemme kumppani yhteistyö tarvita tarvitsemme tarve "
          "haluta löytää apu auttaa toimittaa yhteys kiinnostus".split(),
}
FD_ENDINGS = {"en": ["ing", "ed", "es", "s", "e"], "nb": ["er", "e", "r"], "sv": ["ar", "er", "a", "e"],
              "fi": ["amme", "emme", "imme", "mme", "ta", "tä", "a", "ä", "i"]}


def boilerplate_stems(lang):
    out = set()
    for b in FD_BOILERPLATE[lang]:
        stem = b
        for e in FD_ENDINGS[lang]:
            if b.endswith(e) and len(b) - len(e) >= 3:
                stem = b[: -len(e)]
                break
        out.add(stem)
    return out


def like_boilerplate(lang, w, stems):
    return w in FD_BOILERPLATE[lang] or any(w.startswith(s) and len(w) <= len(s) + 3 for s in stems)


def read_freedict():
    """edges[(A, B)][(word, pos)] = {translation: first sense} of the first senses; plus per dictionary the number of
    senses of each headword, and per language the proper nouns (headwords and translations of pn entries)."""
    edges, senses, names = {}, {}, defaultdict(set)
    pos_of = defaultdict(set)  # (language, word) -> the parts of speech the dictionaries list it under
    for pair in FD_PAIRS:
        a, b = (FD_LANG[x] for x in pair.split("-"))
        e, n = defaultdict(dict), defaultdict(set)
        with open(f"{FREEDICT}/{pair}.tsv", encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                head, pos, sense, ts = line.rstrip("\n").split("\t")
                ts = ts.split(",")
                if pos == "pn":
                    names[a].add(head.lower())
                    names[b].update(t.lower() for t in ts)
                    continue
                pos_of[(a, head)].add(pos)
                for t in ts:
                    pos_of[(b, t)].add(pos)
                    # a word paired with a capitalised word (German ~ tysk ~ saksalainen) names a nationality,
                    # language, month ...: it never stands for a concept
                    if t[:1].isupper():
                        names[a].add(head.lower())
                    if head[:1].isupper():
                        names[b].add(t.lower())
                n[(head, pos)].add(int(sense))
                if int(sense) <= FD_MAX_SENSE:
                    for t in ts:
                        e[(head, pos)].setdefault(t, int(sense))
        edges[(a, b)] = e
        senses[(a, b)] = {k: len(v) for k, v in n.items()}
    return edges, senses, names, pos_of


def freedict_concepts(places, hand_fi):
    """A concept per Finnish headword: the headword and its translations into sv, nb and en that are confirmed -
    asserted by the dictionaries of both directions (fi->sv and sv->fi), or through a third language (fi->en->sv:
    a word of the third language that is linked to both) - never a transitive closure. Filters, by class:
    nouns, verbs and adjectives only (no pronouns, numerals, adverbs, particles, proper nouns); single words of at
    least four letters (multi-word glosses and phrases were dropped by the extract); not a stop word or a word too
    general to stand alone; no place or country name and no proper noun (a headword that is one, or that has a
    capitalised translation - English capitalises nationalities, languages, months - drops the whole concept); the
    first three senses of an entry, Finnish words of five letters or more (a four-letter word is found by the
    decompounding inside inflected forms: "amme" in "tarjoamme"), no word the dictionaries list under two parts of
    speech (sv/nb/fi "skjære" magpie ~ cut; English is exempt, its nouns and verbs share forms), no headword with more than three senses, no translation that six or more
    headwords of a dictionary share (general or polysemous words), at most three translations per language."""
    edges, senses, names, pos_of = read_freedict()
    rev = {}
    for (a, b), e in edges.items():
        r = defaultdict(set)
        for (head, pos), ts in e.items():
            for t in ts:
                r[(t, pos)].add(head)
        rev[(a, b)] = r
    hubs = {(a, b): {k for k, heads in r.items() if len(heads) >= FD_HUB} for (a, b), r in rev.items()}
    stop = {lang: STOP.get(lang, set()) | FD_GENERIC[lang] | set(GENERIC_WORDS.get(lang, ())) for lang in FD_GENERIC}

    def direct(a, x, b, y, pos):
        """Which dictionaries assert x (language a) ~ y (language b): "ab" and/or "ba"."""
        out = set()
        if (a, b) in edges and y in edges[(a, b)].get((x, pos), {}) and (y, pos) not in hubs[(a, b)]:
            out.add(f"{a}>{b}")
        if (b, a) in edges and x in edges[(b, a)].get((y, pos), {}) and (x, pos) not in hubs[(b, a)]:
            out.add(f"{b}>{a}")
        return out

    def neighbours(a, x, b, pos):
        out = set()
        if (a, b) in edges:
            out.update(edges[(a, b)].get((x, pos), {}))
        if (b, a) in edges:
            out.update(rev[(b, a)].get((x, pos), ()))
        return out

    plate = {lang: boilerplate_stems(lang) for lang in FD_BOILERPLATE}

    def usable(lang, w):
        return (not like_boilerplate(lang, w, plate[lang]) and w == w.lower() and len(w) >= FD_MIN_LEN and w not in stop[lang] and w not in names[lang]
                and w not in places and (lang == "en" or len(pos_of[(lang, w)]) == 1)
                and (lang != "fi" or len(w) >= FD_MIN_LEN_FI))

    heads = set()
    for (a, b), e in edges.items():
        for (head, pos) in e:
            if a == "fi":
                heads.add((head, pos))
        if b == "fi":
            heads.update(rev[(a, b)].keys())
    rows = []
    for head, pos in sorted(heads):
        if pos not in FD_POS or not usable("fi", head) or head in hand_fi:
            continue
        if any(senses[(a, b)].get((head, pos), 0) > FD_MAX_HEAD_SENSES for (a, b) in senses if a == "fi"):
            continue
        cells, used, proper = {"fi": [head]}, set(), False
        for lang in ["sv", "nb", "en"]:
            candidates = neighbours("fi", head, lang, pos)
            if any(c[:1].isupper() or c.lower() in names[lang] for c in candidates):
                proper = True
                break
            scored = []
            for w in sorted(candidates):
                if not usable(lang, w):
                    continue
                both = direct("fi", head, lang, w, pos)
                third = set()
                for other in {"sv", "nb", "en"} - {lang}:
                    for z in neighbours("fi", head, other, pos):
                        if direct("fi", head, other, z, pos) and direct(other, z, lang, w, pos):
                            third.add(other)
                if len(both) == 2 or (both and third):
                    scored.append((-(len(both) + len(third)), w, both, third))
            scored.sort()
            cells[lang] = [w for _, w, _, _ in scored[:FD_MAX_TRANSLATIONS]]
            for _, _, both, third in scored[:FD_MAX_TRANSLATIONS]:
                used.update(both)
                used.update(f"via {t}" for t in third)
        # a word that starts with a country or nationality word (svenskhet, suomalaisuus) is about a country
        every = [head] + [w for lang in ["sv", "nb", "en"] for w in cells.get(lang, [])]
        if any(w.startswith(c) for w in every for c in COUNTRIES if len(c) >= 5):
            proper = True
        if proper or not any(cells.get(lang) for lang in ["sv", "nb", "en"]):
            continue
        cells["nn"] = []  # the nn pass also looks up the nb words (ConceptDictionary), nno-nob is GPL: not used
        suffix = "" if pos == "n" else ":" + pos
        rows.append(("fd:" + head + suffix, cells,
                     "freedict:" + " ".join(sorted(used)) + " (WikDict 2022.11.18, CC BY-SA 3.0)"))
    return rows


GENERIC_WORDS = {  # ConceptDictionary.GENERIC, the same words
    "en": "service services product products activity activities work works company companies solution solutions "
          "client clients region area business".split(),
    "nb": "tjeneste tjenester produkt produkter virksomhet arbeid bedrift firma løsning løsninger region område kunde "
          "kunder".split(),
    "sv": "tjänst tjänster produkt produkter verksamhet arbete företag firma lösning lösningar region område kund "
          "kunder".split(),
    "fi": "palvelu palvelut tuote tuotteet toiminta työ yritys yritykset ratkaisu ratkaisut alue alueen asiakas "
          "asiakkaat".split(),
}


def place_names():
    names = set(COUNTRIES)

    def add(name):
        if not name:
            return
        n = name.lower().strip()
        names.add(n)
        for part in re.split(r"\s+-\s+|/", n):
            part = part.strip()
            if part:
                names.add(part)
        # the words of a multi-word or hyphenated name (Nord-Aurdal, Pohjois-Pohjanmaa, Västra Götalands län)
        for part in re.split(r"[\s/()-]+", n):
            if len(part) >= 4:
                names.add(part)

    regions = set()
    for r in read_csv(f"{RES}/geo/norway_counties.csv"):
        regions.add(r["fylkesnavn"].lower())
    for r in read_csv(f"{RES}/geo/sweden_municipalities.csv"):
        regions.update(x.lower() for x in [r["lansnamn_kort"], r["lansnamn"].replace(" län", "")])
    for r in read_csv(f"{RES}/geo/finland_municipalities.csv"):
        regions.update(x.lower() for x in [r["maakunta_fi"], r["landskap_sv"], r["region_en"]])
    for r in read_csv(f"{RES}/geo/norway_municipalities.csv"):
        for k in ["kommunenavn", "kommunenavn_kartverket", "kommunenavn_norsk", "fylkesnavn", "fylkesnavn_norsk",
                  "navn_nordsamisk", "navn_lulesamisk", "navn_sorsamisk", "navn_kvensk"]:
            add(r[k])
    for r in read_csv(f"{RES}/geo/sweden_municipalities.csv"):
        for k in ["kommunnamn", "lansnamn", "lansnamn_kort"]:
            add(r[k])
        add(r["lansnamn"].replace(" län", ""))
    for r in read_csv(f"{RES}/geo/finland_municipalities.csv"):
        for k in ["kunta_fi", "kommun_sv", "municipality_en", "maakunta_fi", "landskap_sv", "region_en"]:
            add(r[k])
    # disambiguated names such as "herøy (nordland)"
    for n in list(names):
        if "(" in n:
            names.add(n.split("(")[0].strip())
    # a municipality that is also a word of the vocabulary stays a word (Kemi, the town, is Swedish "kemi",
    # chemistry); countries and the words of region names always go
    words_of_vocabulary = set()
    with open(f"{RES}/partnering/concepts.tsv", encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                for cell in line.rstrip("\n").split("\t")[1:6]:
                    words_of_vocabulary.update(x.strip() for x in cell.split(","))
    for r in read_csv(f"{RES}/geo/nace_rev2.csv"):
        for t in title_columns(r).values():
            words_of_vocabulary.update(words(t))
    keep = set(COUNTRIES) | regions
    return {n for n in names if " " not in n and "(" not in n and len(n) > 1
            and (n in keep or n not in words_of_vocabulary)}


if __name__ == "__main__":
    main()
