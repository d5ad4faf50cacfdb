"""Find the complaint that matches a patient's own words ("tummy ache", "baby won't feed").

Ranking, all precomputed at construction (pure Python, no dependency):

1. Normalise: lowercase, accents and curly apostrophes folded, punctuation dropped, contractions
   undone; every negation ("can't", "won't", "doesn't", "no", "unable", ...) becomes "not".
2. Analyse: a few lay idioms rewritten ("back passage", "pass water", "the runs", "burning up"; "can't
   stop X" means a lot of X), stop words dropped ("my", "is", "a", "the", "have", "got", "keep", ...),
   compounds split ("earache" -> ear ache, "toenail" -> toe nail), light suffix stemming (weeing -> wee,
   feeds/feeding -> feed, locked -> lock), then a small table of lay word families folded to one term
   (wee/pee/urine, tummy/stomach/belly, hurt/sore/ache/pain, ...). A negation is kept as meaning: it
   adds the feature "not_<next content word>", so "can't wee" (urin + not_urin) asks for something
   else than "can't stop weeing" (urin). An age ("3 week old", "2 year old") adds baby / child.
3. Score every label and synonym ("phrase") by the IDF-weighted features it shares with the query
   (idf = ln(1 + N/df) over complaints, so a word found in few complaints counts more; a negated
   feature never weighs more than its word), as matched * (0.6 + 0.4 * share of the phrase matched);
   a phrase found whole and in order in the query (x1.15) and the label (x1.1) rank higher. A complaint
   scores its best phrase plus 0.3 x the query weight that only its other phrases match.
4. Ties go to catalogue order (scores are rounded, so hash order never decides). Unknown words of 6+
   letters get one spelling correction against the vocabulary and its word families (edit distance 1,
   or 2 for 8+ letters), at 0.7 of the weight. Results under 10 % of the best score are dropped.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from .complaints.common import Complaint

NEG = "not"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that mean "not" (after apostrophes are dropped, so "can't" arrives as "cant" as well).
_NEGATIONS = _words(
    "not no never cannot cant wont dont doesnt didnt isnt arent wasnt werent aint havent hasnt hadnt "
    "couldnt wouldnt shouldnt neither nor unable non without"
)
# Contraction tails dropped after an apostrophe ("i'm" -> "i", "baby's" -> "baby").
_CLITICS = frozenset({"s", "m", "ve", "re", "ll", "d"})

STOP_WORDS = _words(
    """
    a an the my mine me i im ive id you your youre he him his she her hers it its we us our ours they them their
    this that these those there here is am are was were be been being have has had having do does did doing done
    got get gets getting gotten keep keeps keeping kept can could will would should shall may might must
    just really very so too quite pretty super extremely totally literally bit lot lots loads much many more most
    some any all also still again now today tonight yesterday ago since for of in on at to into onto from by with
    about and or but if when whenever while what which who whom whose how why where as than then up down out off
    over like feel feels feeling felt seem seems seemed think thought help please need needs want wants able
    day days week weeks hour hours minute minutes month months year years old yo ever every each one's
    someone anyone everyone thing things stuff bad badly awful terrible horrible kind sort lately recently
    mum mom dad mother father husband wife partner friend boyfriend girlfriend
    go goes going gone went come comes coming came
    """
)

# Irregular forms -> the word whose stem they share.
_IRREGULAR = {
    "teeth": "tooth",
    "feet": "foot",
    "children": "child",
    "fell": "fall",
    "fallen": "fall",
    "broke": "break",
    "broken": "break",
    "swollen": "swell",
    "bled": "bleed",
    "fed": "feed",
    "ate": "eat",
    "eaten": "eat",
    "bitten": "bite",
    "lost": "lose",
    "loss": "lose",
    "threw": "throw",
    "thrown": "throw",
    "stung": "sting",
    "slept": "sleep",
    "drank": "drink",
    "woke": "wake",
    "woken": "wake",
    "burnt": "burn",
    "knives": "knife",
    "lice": "lice",
    "ran": "run",
    "dying": "die",
    "lying": "lie",
    "calves": "calf",
    "halves": "half",
    "spilt": "spill",
    "stomache": "stomach",
    "watery": "runny",  # "watery poo" is runny poo, not the waters of labour
}
# Words the suffix rules would damage ("hives" is not "hive"/"hiv").
_PROTECTED = _words("hives scabies measles herpes rabies mumps diabetes always lens news tinnitus sinus sinusitis pus")
# Compounds people type as one word.
_COMPOUNDS = {
    "nosebleed": ("nose", "bleed"),
    "earwax": ("ear", "wax"),
    "lockjaw": ("lock", "jaw"),
    "bedwetting": ("bed", "wetting"),
    "breastfeeding": ("breast", "feeding"),
    "breastfeed": ("breast", "feed"),
    "breastfed": ("breast", "fed"),
    "hayfever": ("hay", "fever"),
    "eyesight": ("eye", "sight"),
    "heartbeat": ("heart", "beat"),
    "lightheaded": ("light", "headed"),
    "weewee": ("wee",),
    "waterworks": ("wee",),
    "blackout": ("faint",),
    "eyeball": ("eye", "ball"),
    "toenail": ("toe", "nail"),
    "fingernail": ("finger", "nail"),
    "chickenpox": ("chicken", "pox"),
    "headlice": ("head", "lice"),
    "bellybutton": ("belly", "button"),
    "heatstroke": ("heat", "stroke"),
}
# "<part>ache" typed as one word ("earache", "bellyache"); "stomache" is a misspelt stomach, not "stom ache".
_ACHE_PARTS = _words("head tooth ear stomach belly tummy back neck body heart gut leg arm")
# Lay idioms, matched on the normalised words before stop words go (negations are already "not").
_IDIOMS: dict[tuple[str, ...], tuple[str, ...]] = {
    ("not", "stop"): (),  # "can't stop coughing" means coughing a lot: the verb carries the meaning
    ("not", "stopping"): (),
    ("not", "go", "away"): (),  # "won't go away": it persists
    ("not", "going", "away"): (),
    ("not", "feel", "well"): ("unwell",),
    ("not", "feeling", "well"): ("unwell",),
    ("not", "feel", "right"): ("unwell",),
    ("not", "feel"): ("numb",),  # "can't feel my toes"
    ("not", "feeling"): ("numb",),
    ("back", "passage"): ("bum",),
    ("pass", "water"): ("wee",),
    ("passing", "water"): ("wee",),
    ("passed", "water"): ("wee",),
    ("water", "infection"): ("wee", "infection"),
    ("down", "there"): ("genitals",),
    ("down", "below"): ("genitals",),
    ("boiling", "water"): ("scald", "hot", "water"),
    ("burning", "up"): ("fever",),
    ("the", "runs"): ("diarrhoea",),
    ("passed", "out"): ("faint",),
    ("pass", "out"): ("faint",),
    ("passing", "out"): ("faint",),
    ("blacked", "out"): ("faint",),
    ("not", "want", "to", "be", "here"): ("suicidal",),
    ("want", "to", "die"): ("suicidal",),
    ("kill", "myself"): ("suicidal",),
    ("end", "my", "life"): ("suicidal",),
    ("had", "my", "baby"): ("birth",),
    ("had", "a", "baby"): ("birth",),
    ("had", "the", "baby"): ("birth",),
}
# "3 week old", "18 months old", "2 year old": an age in the query says baby or child.
_AGE_UNITS_BABY = _words("day days week weeks wk wks month months mo mth mths")
_AGE_UNITS_YEAR = _words("year years yr yrs")
CHILD_UNDER_YEARS = 16
_IDIOM_LENGTHS = tuple(sorted({len(k) for k in _IDIOMS}, reverse=True))
# Lay word families folded to one term (the first word names the family).
_FAMILIES = (
    ("urine", "wee pee piss urinate urination urinary widdle"),
    ("poo", "poop stool faeces feces faecal fecal"),
    ("tummy", "stomach belly abdomen abdominal tum gut"),
    ("pain", "painful hurt hurts hurting sore ache aching achy agony tender pains"),
    ("vomit", "puke spew throw barf"),
    ("sick", "nausea nauseous nauseated queasy"),
    ("baby", "babies infant newborn"),
    ("child", "kid kids toddler son daughter boy girl"),
    ("blood", "bleed bleeding bloody"),
    ("period", "menstruation menstrual menses"),
    ("nose", "nasal"),
    ("tooth", "dental dentist"),
    ("swell", "swelling puffy"),
    ("itch", "itchy itching itchiness"),
    ("breast", "boob boobs"),
    ("testicle", "testicular testes testis"),
    ("vagina", "vaginal vulva vulval"),
    ("fever", "feverish temperature temp pyrexia"),
    ("heart", "cardiac"),
    ("pill", "tablet medicine medication meds capsule"),
    ("diarrhoea", "diarrhea diarrea diarhea diarrhoe diahorrea diahrrea"),
    ("bum", "bottom butt anus anal rectum rectal arse backside"),
    ("break", "fracture fractured snap snapped"),
    ("hit", "knock bang whack smack punch kick"),
    ("seizure", "fit fitting convulsion convulsing seizing"),
    ("face", "facial"),
    ("mouth", "oral"),
    ("lice", "louse nit nits"),
    ("tired", "exhausted fatigue fatigued knackered weary"),
    ("unwell", "poorly ill"),
    ("anxiety", "anxious"),
    ("elderly", "grandma grandmother granny gran nan nana grandad grandpa grandfather grandparent"),
    ("self", "myself himself herself themselves themself yourself"),
    ("diabetes", "diabetic"),
    ("allergy", "allergic allergies"),
    ("pregnant", "pregnancy expecting"),
    ("vaccine", "vaccination vaccinated jab immunisation immunization injection"),
    ("wind", "fart farting flatulence windy"),
    ("constipation", "constipated"),
    ("cast", "plaster"),
    ("nappy", "diaper"),
    ("toilet", "loo"),
    ("alcohol", "booze alcoholic"),
    ("depression", "depressed"),
    ("suicide", "suicidal"),
    ("labour", "labor"),
    ("hiccup", "hiccough"),
    ("insect", "bug bugs"),
    ("genital", "genitals privates"),
    ("penis", "willy"),
    ("appendix", "appendicitis"),
)
_VOWELS = frozenset("aeiouy")
_KEEP_DOUBLE = frozenset("lsfz")
_TOKEN = re.compile(r"[a-z0-9']+")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\u02bc": "'"})


def normalise(text: str) -> list[str]:
    """Lowercase words without accents or punctuation; every negation becomes "not"."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower().translate(_APOSTROPHES)
    words: list[str] = []
    for tok in _TOKEN.findall(text):
        tok = tok.strip("'")
        if not tok:
            continue
        if tok.endswith("n't"):
            words.append(NEG)
            continue
        if "'" in tok:
            head, _, tail = tok.partition("'")
            tok = head if tail in _CLITICS else tok.replace("'", "")
        words.append(NEG if tok in _NEGATIONS else tok)
    return words


def _undouble(w: str) -> str:
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in _VOWELS and w[-1] not in _KEEP_DOUBLE:
        return w[:-1]
    return w


def _has_vowel(w: str) -> bool:
    return any(ch in _VOWELS for ch in w)


def _suffix_stem(w: str) -> str:
    if w in _PROTECTED or len(w) <= 3 or not w.isalpha():
        return w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("sses"):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if w.endswith("ily") and len(w) > 5:
        w = w[:-3] + "y"
    if w.endswith("iness") and len(w) > 6:
        w = w[:-5] + "y"
    elif w.endswith("ness") and len(w) > 6:
        w = w[:-4]
    if w.endswith("ing") and len(w) - 3 >= 3 and _has_vowel(w[:-3]):
        w = _undouble(w[:-3])
    elif w.endswith("ed") and not w.endswith("eed") and len(w) - 2 >= 3 and _has_vowel(w[:-2]):
        w = _undouble(w[:-2])
    if w.endswith("y") and len(w) - 1 >= 4 and w[-2] not in _VOWELS:
        w = _undouble(w[:-1])
    if w.endswith("e") and not w.endswith("ee") and len(w) > 3:
        w = w[:-1]
    return w


def _build_families() -> dict[str, str]:
    out: dict[str, str] = {}
    for head, members in _FAMILIES:
        target = _suffix_stem(_IRREGULAR.get(head, head))
        for word in (head, *members.split()):
            key = _suffix_stem(_IRREGULAR.get(word, word))
            assert out.get(key, target) == target, f"{word}: in two word families"
            out[key] = target
    return out


_FAMILY_OF = _build_families()


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """The search term for one normalised word: irregular form, suffix rules, then word family."""
    s = _suffix_stem(_IRREGULAR.get(word, word))
    return _FAMILY_OF.get(s, s)


def _split(word: str) -> tuple[str, ...]:
    parts = _COMPOUNDS.get(word) or _COMPOUNDS.get(word[:-1] if word.endswith("s") else word)
    if parts:
        return parts
    for tail in ("aches", "ache"):
        if word.endswith(tail) and word[: -len(tail)] in _ACHE_PARTS:
            return (word[: -len(tail)], "ache")
    return (word,)


def _age_word(words: list[str], i: int) -> str | None:
    """ "baby" or "child" when words[i:] reads "<number> <unit> old", else None."""
    if not words[i].isdigit() or i + 2 >= len(words) or words[i + 2] != "old":
        return None
    if words[i + 1] in _AGE_UNITS_BABY:
        return "baby"
    if words[i + 1] in _AGE_UNITS_YEAR and int(words[i]) < CHILD_UNDER_YEARS:
        return "child"
    return None


def _expand_idioms(words: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(words):
        age = _age_word(words, i)
        if age:
            out.append(age)
            i += 3
            continue
        for n in _IDIOM_LENGTHS:
            replacement = _IDIOMS.get(tuple(words[i : i + n]))
            if replacement is not None:
                out.extend(replacement)
                i += n
                break
        else:
            out.append(words[i])
            i += 1
    return out


@dataclass(frozen=True, slots=True)
class Analysis:
    terms: tuple[str, ...]  # content terms in order (stop words dropped, stemmed, folded)
    features: tuple[str, ...]  # unique terms, plus "not_<term>" for each negated term, first-seen order


def analyse(text: str) -> Analysis:
    """Terms and match features of a query or a synonym."""
    terms: list[str] = []
    features: dict[str, None] = {}
    negated = False
    for word in _expand_idioms(normalise(text)):
        if word == NEG:
            negated = True
            continue
        if word in STOP_WORDS:
            continue
        for part in _split(word):
            if part in STOP_WORDS:
                continue
            term = stem(part)
            terms.append(term)
            features[term] = None
            if negated:
                features[f"not_{term}"] = None
                negated = False
    return Analysis(tuple(terms), tuple(features))


def _edit_distance(a: str, b: str, cap: int) -> int:
    """Levenshtein distance with adjacent transpositions, or cap + 1 when larger."""
    if abs(len(a) - len(b)) > cap:
        return cap + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > cap:
            return cap + 1
        prev2, prev = prev, cur
    return prev[-1]


def _deletions(word: str, depth: int) -> set[str]:
    out = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        out |= frontier
    return out


@dataclass(frozen=True, slots=True)
class _Phrase:
    complaint: int  # index in catalogue order
    terms: tuple[str, ...]
    weight: float  # sum of its features' weights
    is_label: bool


# Scoring constants (see the module docstring).
COVERAGE_SHARE = 0.4  # part of a phrase's score that depends on how much of the phrase the query covers
WHOLE_PHRASE_BONUS = 1.15  # the phrase appears whole and in order in the query
LABEL_BONUS = 1.1
OTHER_PHRASES_SHARE = 0.3  # credit for query features matched only by the complaint's other phrases
TYPO_WEIGHT = 0.7
MIN_TYPO_LENGTH = 6
RELATIVE_CUTOFF = 0.1  # drop results scoring below this share of the best


class ComplaintSearch:
    """Rank complaints for a lay phrase by IDF-weighted overlap with their label and synonyms."""

    def __init__(self, complaints: Iterable[Complaint]):
        self._complaints: tuple[Complaint, ...] = tuple(complaints)
        analysed: list[tuple[int, Analysis, bool]] = []
        complaint_features: list[set[str]] = []
        for i, c in enumerate(self._complaints):
            feats: set[str] = set()
            for j, text in enumerate((c.label, *c.synonyms)):
                a = analyse(text)
                if a.features:
                    analysed.append((i, a, j == 0))
                    feats.update(a.features)
            complaint_features.append(feats)
        df: dict[str, int] = {}
        for feats in complaint_features:
            for f in feats:
                df[f] = df.get(f, 0) + 1
        n = max(len(self._complaints), 1)
        idf = {f: math.log(1.0 + n / k) for f, k in sorted(df.items())}
        # A negation refines its word ("can't wee" vs "wee"); it never outweighs the word itself.
        self._idf: dict[str, float] = {
            f: min(w, idf.get(f[4:], w)) if f.startswith("not_") else w for f, w in idf.items()
        }
        self._complaint_features: tuple[frozenset[str], ...] = tuple(frozenset(f) for f in complaint_features)
        phrases: list[_Phrase] = []
        postings: dict[str, list[int]] = {}
        for i, a, is_label in analysed:
            pid = len(phrases)
            phrases.append(_Phrase(i, a.terms, sum(self._idf[f] for f in a.features), is_label))
            for f in a.features:
                postings.setdefault(f, []).append(pid)
        self._phrases: tuple[_Phrase, ...] = tuple(phrases)
        self._postings: dict[str, tuple[int, ...]] = {f: tuple(p) for f, p in postings.items()}
        # Spelling correction: single words of the vocabulary, and the members of its word families
        # ("abdominal" for tummy), by their deletions (symmetric delete).
        self._spelled = {f: f for f in self._idf if not f.startswith("not_")}
        self._spelled.update({k: t for k, t in _FAMILY_OF.items() if t in self._idf})
        words = sorted(w for w in self._spelled if w.isalpha() and len(w) >= 4)
        self._by_deletion: dict[str, tuple[str, ...]] = {}
        grouped: dict[str, list[str]] = {}
        for w in words:
            for d in _deletions(w, 2 if len(w) >= 7 else 1):
                grouped.setdefault(d, []).append(w)
        self._by_deletion = {d: tuple(ws) for d, ws in grouped.items()}
        self._corrections: dict[str, str | None] = {}

    def _correct(self, term: str) -> str | None:
        """The vocabulary word a misspelt query term most likely meant, or None."""
        if term in self._corrections:
            return self._corrections[term]
        best: str | None = None
        if term.isalpha() and len(term) >= MIN_TYPO_LENGTH:
            cap = 2 if len(term) >= 8 else 1
            candidates = sorted({w for d in _deletions(term, cap) for w in self._by_deletion.get(d, ())})
            scored = [
                (dist, -self._idf[self._spelled[w]], w)
                for w in candidates
                if w[0] == term[0] and (dist := _edit_distance(term, w, cap)) <= cap
            ]
            best = self._spelled[min(scored)[2]] if scored else None
        if len(self._corrections) < 4096:
            self._corrections[term] = best
        return best

    def _query_features(self, query: str) -> tuple[tuple[str, ...], list[tuple[str, float]]]:
        a = analyse(query)
        fixed: dict[str, str] = {}
        weighted: list[tuple[str, float]] = []
        seen: set[str] = set()
        for f in a.features:
            factor = 1.0
            if f not in self._idf:
                negated = f.startswith("not_")
                base = f[4:] if negated else f
                if base in self._idf:  # a known word, negated where no phrase negates it
                    continue
                corrected = fixed.get(base) or self._correct(base)
                if corrected is None:
                    continue
                fixed[base] = corrected
                f = f"not_{corrected}" if negated else corrected
                factor = TYPO_WEIGHT
                if f not in self._idf:
                    continue
            if f not in seen:
                seen.add(f)
                weighted.append((f, self._idf[f] * factor))
        terms = tuple(fixed.get(t, t) for t in a.terms)
        return terms, weighted

    def scores(self, query: str) -> list[tuple[float, Complaint]]:
        """(score, complaint) for every complaint that matches, best first, catalogue order on ties."""
        if not isinstance(query, str) or not query.strip():
            return []
        terms, weighted = self._query_features(query)
        if not weighted:
            return []
        matched: dict[int, float] = {}
        for f, w in weighted:
            for pid in self._postings[f]:
                matched[pid] = matched.get(pid, 0.0) + w
        best: dict[int, tuple[float, float]] = {}  # complaint -> (phrase score, matched weight)
        for pid, m in matched.items():
            p = self._phrases[pid]
            cover = min(m / p.weight, 1.0) if p.weight else 0.0
            score = m * (1.0 - COVERAGE_SHARE + COVERAGE_SHARE * cover)
            if cover >= 1.0 - 1e-9 and _contains(terms, p.terms):
                score *= WHOLE_PHRASE_BONUS
            if p.is_label:
                score *= LABEL_BONUS
            if score > best.get(p.complaint, (-1.0, 0.0))[0]:
                best[p.complaint] = (score, m)
        ranked: list[tuple[float, int]] = []
        for i, (score, m) in best.items():
            feats = self._complaint_features[i]
            union = sum(w for f, w in weighted if f in feats)
            total = score + OTHER_PHRASES_SHARE * max(union - m, 0.0)
            ranked.append((-round(total, 9), i))
        ranked.sort()
        if not ranked:
            return []
        floor = -ranked[0][0] * RELATIVE_CUTOFF
        return [(-s, self._complaints[i]) for s, i in ranked if -s >= floor]

    def search(self, query: str, limit: int = 10) -> list[Complaint]:
        """The complaints that best match the query, best first (empty or blank query -> [])."""
        if limit <= 0:
            return []
        return [c for _, c in self.scores(query)[:limit]]


def _contains(haystack: tuple[str, ...], needle: tuple[str, ...]) -> bool:
    """True when `needle` appears as a contiguous run inside `haystack`."""
    k = len(needle)
    if not k or k > len(haystack):
        return False
    first = needle[0]
    return any(haystack[i] == first and haystack[i : i + k] == needle for i in range(len(haystack) - k + 1))
