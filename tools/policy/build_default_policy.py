#!/usr/bin/env python3
"""Builds src/BBConduct.Rules/Policy/default-policy.json, the embedded Blythe Bridge policy.

  python3 tools/policy/build_default_policy.py [--data ../shared/data]

Inputs: categories.json (severity, clause, escalation per category, from the policy map), the hand-curated
lexicons in lexicons.py, and two third-party seed lists (credited in THIRD-PARTY-NOTICES.md):
  * Surge AI profanity list (MIT): categorised and severity-rated terms;
  * LDNOOBW English list (CC BY 4.0): a flat list, used for coverage of sexual terms.
Seeds are mapped onto the policy's categories by their canonical form and category, minus words that are
innocent in a school (anatomy taught in biology, "booty", "hooker" the rugby position, "xxx" kisses...).
The output is deterministic: terms are de-duplicated and sorted.
"""
import argparse, csv, gzip, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
from lexicons import HAND, MORE  # noqa: E402

# Canonical forms (Surge) that are swearing rather than sexual content.
PROFANITY_CANON = {"fuck", "shit", "cunt", "ass", "arse", "bollocks", "dick", "prick", "twat", "wank", "bellend",
                   "bitch", "motherfucker", "douche", "tosser", "bastard", "piss", "bugger", "knob"}
SEXUAL_FLUIDS = {"cum", "jizz", "spunk", "semen", "sperm", "nut butter", "man seed", "baby batter"}
# Seed words that are ordinary in a school: anatomy, everyday words, names of things.
EXCLUDE = {
    "69", "anus", "anal", "breast", "breasts", "crotch", "finger", "booty", "butt", "bum", "coot", "diddle",
    "dipstick", "gay", "homosexual", "meat", "nipple", "nipples", "penis", "vagina", "vulva", "rectum",
    "sphincter", "testicles", "wound", "bang", "spank", "suck", "sucks", "dong", "nymph", "wang", "muff", "sex",
    "sexy", "sexual", "sexually", "sexuality", "knob", "sheet", "shet", "forked", "sperm", "caca", "cack",
    "crows", "crow", "tramp", "transvestite", "queers", "queer", "twink", "flamer", "flamers", "loose woman",
    "hoar", "slit", "bender", "sissy", "abbie", "buttermilk", "greaser", "jim crow", "klan", "knickers",
    "mongrel", "nicker", "nickers", "nuggets", "shylock", "spook", "spooks", "zip in the wire", "coolie",
    "jigger", "gyp", "sheister", "shiester", "dago", "cholo", "swine", "tart", "dolt", "cooties", "bastinado",
    "hustler", "scut", "scummy", "go to hell", "dumbarrassed", "domination", "erotic", "erotism", "escort",
    "eunuch", "genitals", "incest", "intercourse", "nude", "nudity", "swastika", "how to kill", "how to murder",
    "xx", "xxx", "neonazi", "tied up", "tainted love", "taste my", "tongue in a", "girl on", "big black",
    "hot chick", "huge fat", "tight white", "violet wand", "sultry women", "lovemaking", "playboy", "strip club",
    "paedophile", "pedophile", "santorum", "jelly donut", "birdlock", "babeland", "swinger", "scat", "snatch",
    "tushy", "twinkie", "kinky", "panties", "panty", "hooker", "sadism", "lolita", "fingering", "hard core",
    "hardcore", "homoerotic", "yaoi", "white power", "dominatrix", "dommes", "undressing", "topless", "voyeur",
    "pleasure chest", "bimbos", "big knockers", "camel toe", "cameltoe", "s&m", "pissing", "grope", "booty call",
    "blonde action", "brunette action", "blonde on blonde action", "mound of venus", "venus mound",
    "octopussy", "nutten", "poontang", "bunghole", "bung hole", "dingleberry", "dingleberries", "eat my ass",
    "bastardo", "fecal", "goodpoop", "ponyplay", "cialis", "viagra", "sexo", "skeet", "shota", "guro", "suicide girls",
    "bitchin", "bitchin'", "nonce", "pedobears", "pedos", "kkk", "fugly", "crazy sob", "window licker", "retard",
    "retardo", "tard", "r3tard", "r3t@rd", "r3t@rded", "retardotron", "mong", "mongoloid", "m0ng0l0id", "m0ngoloid",
    "taking the piss", "sonofabitch", "bang bros", "bangbros", "bangbus", "bbc", "bj", "coon", "coons",
    # Ordinary words, names and school-science vocabulary found in the seed lists.
    "bater", "bates", "peter", "sack", "puss", "pusses", "sexting", "sext", "snowballing", "pegging", "humping",
    "scissoring", "shrimping", "cornhole", "weiner", "weenie", "ejaculation", "clitoris", "semen", "pornography",
    "masturbation", "dix", "fick", "fuku", "feeder", "dick", "cocks", "hooters", "juggs", "ramrod", "pecker",
}
RACE_SLURS_FROM_LDNOOBW = {"beaner", "beaners", "coon", "coons", "darkie", "jigaboo", "jiggaboo", "jiggerboo", "negro",
                           "nigga", "nigger", "paki", "raghead", "spic", "towelhead", "wetback", "slanteye", "honkey",
                           "pikey", "nig nog"}
RELIGION_SLURS = {"kike", "kikes", "kyke", "k1ke", "k!ke", "k1k3", "k!k3", "heeb", "jewboy", "oven dodger", "shylock"}
PROFANITY_FROM_LDNOOBW = {"fuck", "bullshit", "motherfucker", "piece of shit", "shit", "shitty", "tosser", "twat", "wank",
                          "bastard", "bitch", "bitches", "bollocks", "arsehole", "asshole", "ass", "apeshit", "cunt",
                          "clusterfuck", "fuckin", "fucking", "fucktards", "god damn", "shitblimp"}


# Lexicons whose words also match with one slip (a letter dropped, two neighbours swapped: "muslms", "womne").
TYPO_LEXICONS = re.compile(r"^(slur\..*|identity\..*|profanity|insult|demeaning(\.implicit|\.predicate)?|threat\.violence(\.group)?|threat\.command|slips\..*)$")
# Lexicons the classifier's lexicon channel reads (BBConduct.Rules.ML PolicyLexicons): the words generated for dropped
# spaces go to a companion "<name>.glued" lexicon instead, so the shipped model's features, and so its scores, stay
# those it was trained and validated with. The rules read both.
CHANNEL_LEXICONS = {"profanity", "profanity.mild", "insult", "demeaning", "threat.direct", "threat.intent", "threat.violence",
                    "harassment.direct", "harassment.pile-on", "sexual", "target.second-person", "target.third-person",
                    "target.third-person-object", "target.demonstrative", "negation", "counter-speech"}
GLUED_LEXICONS = re.compile(r"^(slur\..*|identity\..*|demeaning(\.implicit)?|threat\.violence(\.group)?|threat\.command|threat\.intent|threat\.direct)$")
# Threat lexicons the classifier reads: their dropped-space forms (whole multi-word terms run together, "deserveto
# die", and a one-word verb glued to its neighbours, "shouldkill", "iwant") go to their ".glued" companions.
THREAT_GLUED = {"threat.violence", "threat.intent", "threat.direct"}
# Short rules-only lists that take their own dropped-space forms: swearing at a group ("areshit"), the idioms whose
# negation asserts ("nothing morethan"), denied good qualities ("welcomehere") and demeaning places ("ina cage").
GLUED_EXACT = {"profanity.at-group", "negation.idiom", "praise.quality", "belong.place"}
# Rules-only lexicons whose dropped-space forms still go to a ".glued" companion: long lists whose glued forms, kept in
# the list itself, would be indexed for one-letter slips too (the policy caps those at 400,000).
SPLIT_GLUED = {"demeaning.implicit"}
# Lexicons of verbs, whose e-final words get their -ed and -ing forms written out (e_final_forms).
VERB_LEXICONS = re.compile(r"^threat\.violence(\.group)?$")
# Verbs whose -ing form is an everyday word ("I'm starving").
EVERYDAY_FORMS = {"starve"}
# The matcher's inflected endings, squeezed (PhraseMatcher.Endings).
ENDINGS = ["heads", "faces", "holes", "head", "face", "hole", "ings", "wits", "ers", "ing", "ies", "wit", "er", "ed", "es",
           "in", "ie", "s", "y"]
LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g", "@": "a", "$": "s"})


def squeeze(word):
    return re.sub(r"(.)\1+", r"\1", word)


def slips(word):
    """TypoVariants.Of in BBConduct.Rules: one inner letter dropped or two neighbours swapped, first letter kept."""
    if not 4 <= len(word) <= 20 or not re.fullmatch(r"[a-z]+", word):
        return set()
    out = set()
    for i in range(1, len(word) - 1):
        out.add(squeeze(word[:i] + word[i + 1:]))
        if word[i] != word[i + 1]:
            out.add(squeeze(word[:i] + word[i + 1] + word[i] + word[i + 2:]))
    return {v for v in out if len(v) >= 4 and v != squeeze(word)}


def typo_exceptions(terms, inflect, dictionary):
    """The real words (squeezed, as the matcher keys them) that a slip of a word of these terms would turn into a hit."""
    variants = set()
    for term in terms:
        if term.startswith("="):
            continue
        text = re.sub(r"['\u2019]", "", term.lower()).translate(LEET)
        for word in re.findall(r"[a-z]+", text):
            variants |= slips(word)
    hits = set()
    for word in dictionary:
        if word in variants:
            hits.add(word)
        elif inflect:
            for ending in ENDINGS:
                if len(word) >= 4 and word.endswith(ending) and len(word) - len(ending) >= 3 and word[:-len(ending)] in variants:
                    hits.add(word[:-len(ending)])
    return sorted(hits)


def glued(terms, dictionary, copula):
    """Multi-word terms written without their spaces ("ihate", "blackpeople", "aredisgusting") and the verb 'are'/'is'
    glued to a term: after a group ("womenare", copula="after") or before a one-word description ("arevile",
    copula="before"). Exact terms: two or three plain words, at least five letters, never a real word (so "a part"
    does not give "apart")."""
    out = set()
    for term in terms:
        words = term.lstrip("=").split(" ")
        candidates = [words]
        if copula == "after":
            candidates += [words + [verb] for verb in ("are", "is")]
        elif copula == "before" and len(words) == 1:
            candidates += [[verb] + words for verb in ("are", "is")]
        for parts in candidates:
            joined = "".join(parts)
            if 2 <= len(parts) <= 3 and re.fullmatch(r"[a-z]+", joined) and len(joined) >= 5 and squeeze(joined) not in dictionary:
                out.add("=" + joined)
    return {t for t in out if t not in terms and t[1:] not in terms}


# Words that stand next to a group in hateful sentences, and the hostile verbs among them ("ihate", "allmuslims",
# "hatewomen", "immigrantsshould"): glued to a group's first or last word by one dropped space (neighbour_glued).
GLUE_BEFORE = ["all", "the", "these", "those", "no", "most", "many", "some", "of", "about", "fucking", "filthy", "dirty",
               "stupid", "bloody"]
GLUE_HOSTILE = ["hate", "despise", "detest", "loathe"]
GLUE_BEFORE += ["honestly", "typical", "to", "me", "i", "and", "but", "like", "because", "why", "when", "think", "with",
                "against", "for", "you", "just", "are", "hate", "kill", "ban", "deport", "a", "an", "ihate", "idespise"]
# More of the words a sentence puts next to a group: violent verbs, possessives and prepositions before it, modal and
# linking verbs after it ("shootall", "standwomen", "muslimscould", "immigrantsto").
GLUE_BEFORE += ["stand", "murder", "shoot", "hang", "gas", "exterminate", "eradicate", "destroy", "hurt", "attack", "see",
                "want", "than", "many", "other", "more", "every", "any", "as", "by", "from", "at", "on", "our", "their",
                "your", "my", "hating", "hates", "hated", "disgusting", "vile", "worthless", "evil", "inferior", "pathetic",
                "dumb", "ugly", "lazy", "such", "so", "that", "being", "not", "never", "trust", "let", "allow", "kick", "keep",
                "rid", "dead", "die", "useless", "subhuman", "trash", "scum", "near", "around", "with", "without", "among",
                "next", "do", "does", "did", "knows", "know", "get", "send", "fewer", "course", "obvious", "hire", "employ",
                "even", "how", "absolutely", "totally", "truly", "literally", "genuinely", "seriously"]
GLUE_AFTER_MORE = ["ought", "arent", "can", "could", "may", "might", "shall", "ever", "truly", "literally", "disgust",
                   "makes", "to", "for", "with", "than", "as", "at", "on", "from", "by", "of", "that", "they", "them",
                   "these", "here", "there", "now", "everywhere", "die", "deserves", "isnt", "wont", "wouldnt", "shouldnt",
                   "needs", "has", "had", "want", "destroy", "lack", "only", "totally", "clearly", "obviously", "simply",
                   "honestly", "seriously", "deserved", "belongs", "were", "was", "disgusting", "make", "i", "you", "we", "even",
                   "out", "back", "disgusts", "sicken", "sickens"]
# Person nouns after a one-word group adjective ("trans person", "gay man", "disabled kids"): run together
# ("transperson") they no longer hold the group's word, so the joined forms are written out (identity_compounds).
PERSON_NOUNS = ["person", "people", "man", "men", "woman", "women", "guy", "guys", "kid", "kids", "folk", "folks"]
COMPOUND_ADJECTIVES = {"asian", "black", "brown", "chinese", "white", "polish", "jewish", "muslim", "christian", "hindu", "sikh",
                       "autistic", "blind", "deaf", "disabled", "dyslexic", "gay", "lesbian", "bisexual", "queer", "trans",
                       "transgender", "nonbinary", "lgbt", "lgbtq", "immigrant", "migrant", "refugee", "elderly", "homeless"}
GLUE_AFTER = ["are", "is", "should", "must", "deserve", "need", "will", "have", "were", "cant", "dont", "belong",
              "make", "do", "get", "ruin", "smell", "stink", "and", "but", "who", "like", "in", "so", "too", "all", "just",
              "really", "always", "never", "can", "would"]
# Words that stand next to a one-word description of a group ("sodisgusting", "justrats", "verminand").
GLUE_DESCRIPTION_BEFORE = ["so", "just", "but", "all", "really", "very", "such", "total", "utter", "like", "the", "these",
                           "those", "filthy", "dirty", "disgusting", "fucking", "bloody", "of", "and", "being", "proper", "i", "we", "you",
                           "a", "an", "ur"]
# A demeaning adjective run into the description it qualifies ("worthlesstrash", "uselessburdens").
GLUE_DESCRIPTION_BEFORE += ["worthless", "useless", "pathetic", "stupid", "vile", "lazy", "evil", "nasty", "horrible", "ugly",
                            "sick", "dumb", "thick"]
GLUE_DESCRIPTION_AFTER = ["and", "but", "who", "that", "to", "like", "for", "in", "so", "all", "are", "is", "with", "me"]

# Verbs run into the first word of a demeaning phrase ("shouldbe silenced", "areless than human").
GLUE_PHRASE_BEFORE = ["are", "is", "should", "must", "to", "will", "be", "need", "really", "just", "i", "we", "so", "absolutely",
                      "totally"]
# Words run into the last word of a demeaning phrase ("disgust meso much", "make mewant to").
GLUE_PHRASE_AFTER = ["so", "and", "all", "to", "i", "here"]
# Adverbs run into a one-word description or feeling ("absolutelydespise", "totallyworthless").
GLUE_DESCRIPTION_BEFORE += ["absolutely", "totally", "truly", "completely", "utterly", "always"]
# Words glued to a one-word violent verb: the intention before it ("shouldkill", "gonnashoot", "tokill") and the victims
# after it ("killthem", "stabevery"). Words glued to a one-word intention: the speaker before it ("iwant", "wewill") and
# what follows it ("shouldall", "wantto"). A form with an intention word also counts as the intention (threat.intent.glued).
GLUE_INTENT = ["should", "will", "to", "gonna", "wanna", "must", "would", "ill", "lets", "shall", "could"]
GLUE_VIOLENCE_AFTER = ["all", "every", "them", "those", "these", "the", "some", "more", "em", "you", "him", "her", "any",
                       "each", "anyone", "everyone", "everybody", "of"]
GLUE_SPEAKER = ["i", "we", "they", "you", "u", "id", "ill", "im", "someone", "somebody"]
GLUE_INTENT_AFTER = ["all", "to", "them", "every", "be", "the", "those", "these", "see", "get"]
# Verbs a group is glued to that also open demeaning or threatening phrases ("muslimsshould be banned", "gay
# peopledeserve to die"): the group's glued form takes the verb, so the phrase's remainder is read right after it
# (identity.verb-glued then demeaning.after-verb, in EqualityRules.Demeaning).
VERB_SPLIT = ["are", "is", "were", "cant", "dont", "belong", "have", "make", "get", "ruin", "do"]

# The last words of demeaning phrases a group may be run into ("can't standwomen", "get rid ofmuslims", "better off
# withoutimmigrants"), and the feelings among them that a one-word rest may precede.
GLUE_BEFORE_CONTENT = {"stand", "hate", "despise", "detest", "loathe", "kill", "ban", "deport", "trust", "near", "around",
                       "without", "than", "of", "with"}
GLUE_FEELING = {"stand", "hate", "despise", "detest", "loathe", "trust"}
GLUE_MODALS = ["should", "must", "deserve", "deserves", "will", "need", "needs", "ought", "shall"]


def verb_remainders(terms):
    """The rest of each term that opens with a VERB_SPLIT or modal verb ("should be banned" gives "be banned"): exact
    terms of at least five letters, so a bare "a" or "so" is never read as demeaning."""
    out = set()
    for term in terms:
        words = term.lstrip("=").split(" ")
        if len(words) >= 2 and words[0] in VERB_SPLIT + GLUE_MODALS:
            rest = " ".join(words[1:])
            if re.fullmatch(r"[a-z' ]+", rest) and len(rest.replace(" ", "")) >= 5:
                out.add("=" + rest)
    return out


def identity_compounds(terms):
    """A group adjective of the list (COMPOUND_ADJECTIVES: "trans" of "trans people", "gay", "disabled", "muslim") with a
    person noun after it: two-word phrases whose glued forms ("transperson") the identity companions need."""
    words = {w for t in terms for w in t.lstrip("=").split(" ")[:1]}
    return {f"{adjective} {noun}" for adjective in COMPOUND_ADJECTIVES & words for noun in PERSON_NOUNS} - set(terms)


def one_space_dropped(terms, dictionary):
    """Multi-word terms with one of their spaces dropped ("make mesick", "getrid of", "should be lockedup"): a writer
    who runs two words together rarely runs them all together. Exact terms, never where the glued word is a real
    word, unless it joins a word of one or two letters."""
    out = set()
    for term in terms:
        words = term.lstrip("=").split(" ")
        for i in range(len(words) - 1):
            joined = words[i] + words[i + 1]
            # Short joins ("ina" of "belong ina cage") are safe inside a term of three words or more; so is a real word
            # made with a two-letter word ("area" of "are a cancer"), which the rest of the term places.
            short = len(words[i]) <= 2 or len(words[i + 1]) <= 2
            if len(words) > 2 and re.fullmatch(r"[a-z]+", joined) and len(joined) >= 3 and (short or squeeze(joined) not in dictionary):
                out.add("=" + " ".join(words[:i] + [joined] + words[i + 2:]))
    return {t for t in out if t not in terms and t[1:] not in terms}


def neighbour_glued(terms, dictionary, neighbours_before, neighbours_after):
    """A group's first word glued to the word before it ("allimmigrants", "hatetrans people") or its last word to the
    word after it ("immigrantsshould"): exact terms, never where the glued word is a real word."""
    out = set()
    for term in terms:
        if term.startswith("="):
            continue
        words = term.split(" ")
        for b in neighbours_before:
            joined = b + words[0]
            if re.fullmatch(r"[a-z]+", joined) and squeeze(joined) not in dictionary:
                out.add("=" + " ".join([joined] + words[1:]))
        for a in neighbours_after:
            joined = words[-1] + a
            if re.fullmatch(r"[a-z]+", joined) and squeeze(joined) not in dictionary:
                out.add("=" + " ".join(words[:-1] + [joined]))
    return {t for t in out if t not in terms and t[1:] not in terms}


def e_final_forms(terms):
    """The matcher takes an inflectable term's endings after the whole word, so "torture" does not reach "tortured" or
    "torturing": those forms of a one-word verb ending in a silent e are written out (exact terms). Only for the
    lexicons of verbs (VERB_LEXICONS): in the others a final e mostly ends a noun."""
    out = set()
    for term in terms:
        if re.fullmatch(r"[a-z]{3,}e", term) and not term.endswith("ee") and term not in EVERYDAY_FORMS:
            out |= {"=" + term + "d", "=" + term[:-1] + "ing"}
    return {t for t in out if t not in terms and t[1:] not in terms}


def doubles_dropped(terms, common):
    """A slip the matcher cannot make: one letter of a doubled pair dropped ("worthles", "imigrants", "kil"). The
    matcher keys words squeezed and only asks a text for at least the term's repeated letters, so the single form is
    written out as an exact term; never where it is an everyday word ("butt" does not give "but", nor "refugees"
    "refuges")."""
    out = set()
    for term in terms:
        if not re.fullmatch(r"[a-z]{4,20}", term):
            continue
        for i in range(1, len(term)):
            if term[i] == term[i - 1] and (i + 1 == len(term) or term[i + 1] != term[i]):
                single = term[:i] + term[i + 1:]
                if len(single) >= 4 and single not in common:
                    out.add("=" + single)
    return {t for t in out if t not in terms and t[1:] not in terms}


# Words a slip must never be read as that the word list lacks: names met in school work ("King Cnut") and slang
# ("a hundred nicker").
EXTRA_WORDS = {"cnut", "nicker"}


def load_common_words():
    """Everyday English (SCOWL's British list, as Debian's wbritish ships it), as written: the words a slip must not be
    read as. The 275k list also holds rare spellings that are the very slips people make ("haet", "pople", "muder")."""
    with gzip.open(os.path.join(HERE, "common-words.txt.gz"), "rt", encoding="utf-8") as f:
        return {w.strip() for w in f if w.strip()} | EXTRA_WORDS


def load_dictionary():
    with gzip.open(os.path.join(HERE, "english-words.txt.gz"), "rt", encoding="utf-8") as f:
        return {squeeze(w.strip().lower()) for w in f if w.strip()} | EXTRA_WORDS


def norm(term):
    return re.sub(r"\s+", " ", term.strip().lower())


def seed_surge(path, out):
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            text, canon, cat = norm(row["text"]), norm(row["canonical_form_1"]), row["category_1"]
            # Apostrophe forms ("f'ed") fold onto ordinary words ("fed"); masked forms are matched generically.
            if text in EXCLUDE or canon in EXCLUDE or "*" in text or "'" in text:
                continue
            if cat.startswith("sexual anatomy"):
                target = "profanity" if canon in PROFANITY_CANON else "sexual"
            elif cat.startswith("bodily fluids"):
                target = "sexual" if canon in SEXUAL_FLUIDS else "profanity"
            elif cat.startswith("sexual orientation"):
                if canon in {"bitch", "son of a bitch"} or "bitch" in text:
                    target = "profanity"
                elif canon in {"whore", "slut", "skank", "slag", "hoe"}:
                    target = "insult"
                elif canon in {"tranny", "shemale", "ladyboy", "she-male"} or "lady" in text or "male" in text:
                    target = "slur.gender"
                else:
                    target = "slur.sexual-orientation"
            elif cat.startswith("racial"):
                target = "slur.religion" if text in RELIGION_SLURS or canon in RELIGION_SLURS else "slur.race"
            elif cat.startswith("religious"):
                target = "profanity.mild"
            elif cat.startswith("mental disability") or cat.startswith("physical disability"):
                target = "profanity"
            elif cat.startswith("political"):
                target = "slur.race"
            elif cat.startswith("other") or cat.startswith("animal") or cat.startswith("physical attributes"):
                target = "profanity"
            else:
                continue
            out.setdefault(target, set()).add(text)


def seed_ldnoobw(path, out, known):
    with open(path, encoding="utf-8") as f:
        for line in f:
            term = norm(line)
            if not term or term in EXCLUDE or term in known or not re.search(r"[a-z]", term):
                continue
            if term in RACE_SLURS_FROM_LDNOOBW:
                target = "slur.race"
            elif term in RELIGION_SLURS:
                target = "slur.religion"
            elif term in PROFANITY_FROM_LDNOOBW:
                target = "profanity"
            elif term in {"spastic"}:
                target = "slur.disability"
            elif term in {"poof", "bulldyke", "fag", "faggot", "fudge packer", "fudgepacker", "carpet muncher"}:
                target = "slur.sexual-orientation"
            elif term in {"tranny", "shemale"}:
                target = "slur.gender"
            elif term in {"slut", "whore"}:
                target = "insult"
            else:
                target = "sexual"
            out.setdefault(target, set()).add(term)


# Places, firms and surnames whose names begin or end with a group word, which the word lists lack: never read apart
# ("Jewsons were late again" is about a builders' merchant).
GLUE_PLACES = {"blackpool", "blackburn", "blackheath", "blackwood", "blackwater", "blackrock", "blackhal", "blackfriars",
               "whitehaven", "whitechapel", "whitehal", "whitby", "whitstable", "whitley", "whitefield", "oldham",
               "oldbury", "mansfield", "manchester", "romford", "romsey", "gaydon", "jewsbury", "homerton", "chavey",
               "spicer", "pakefield", "woking", "wokingham", "congleton", "consett", "conwy", "menai", "menston",
               "kidsgrove", "kidderminster", "peoplesoft", "jewson", "jewsons", "gayton", "gaywood", "gaynor", "gaylord",
               "menwith", "mensah", "menzies"}
# Two-letter words read apart from a group run into them ("NoMuslim", "dojews"): GlueSplitter.IsShortHead.
GLUE_SHORT_HEADS = {"no", "do", "an", "of", "to", "so", "my"}
# The nouns that end a group's name ("trans people", "Black families"), read apart from the word run into them
# ("trans peopleare", "Black familiesmoved"), as the one-word groups are.
GLUE_PERSON_NOUNS = {"people", "kids", "children", "men", "women", "folk", "families", "family", "users", "seekers", "lads",
                     "minorities", "claimants", "mums", "boys", "girls", "europeans"}


def glue_groups(lexicons):
    """The one-word groups and slurs (as written, plural too where the lexicon inflects) that GlueSplitter reads apart
    from a word run into them; their repeated letters must repeat ("coon" is not the "con" of "Conor")."""
    groups = set(GLUE_PERSON_NOUNS)
    for name, spec in lexicons.items():
        if re.fullmatch(r"(identity|slur)\.[a-z]+(-[a-z]+)*", name) and "glued" not in name:
            for term in spec["terms"]:
                word = term.lstrip("=").lower()
                if re.fullmatch(r"[a-z]{3,}", word):
                    groups.add(word)
                    if spec["inflect"] and not term.startswith("="):
                        groups.add(word + "s")
    return groups


def glue_vocabulary(lexicons):
    """Every word the matcher's vocabulary may hold (the words of every term, split at any non-letter, and their
    one-letter slips): a superset, so the whole-word list errs towards keeping words whole."""
    words = set()
    for name, spec in lexicons.items():
        if name.startswith("glue."):
            continue
        for term in spec["terms"]:
            text = re.sub(r"['\u2019]", "", term.lstrip("=").lower())
            for word in re.findall(r"[a-z]+", text.translate(LEET)):
                words.add(squeeze(word))
                if spec.get("typos"):
                    words |= slips(word)
    return words


def glue_whole_words(lexicons, groups, dictionary):
    """Real words, GLUE_PLACES and the lists' own one-word terms that GlueSplitter would read apart: a group with a
    vocabulary word of three letters or more after it, or one before it (squeezed, so runs are not checked: the list
    errs towards keeping words whole)."""
    groups = {squeeze(g) for g in groups}
    vocabulary = glue_vocabulary(lexicons)

    def splits(word):
        for k in range(2, len(word) - 2):
            head, tail = word[:k], word[k:]
            if k >= 3 and head in groups and tail in vocabulary:
                return True
            if tail in groups and (head in vocabulary if k >= 3 else head in GLUE_SHORT_HEADS):
                return True
        return False

    return {w for w in {squeeze(x) for x in dictionary | GLUE_PLACES} if re.fullmatch(r"[a-z]{5,}", w) and splits(w)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data"))
    parser.add_argument("--out", default=os.path.join(ROOT, "src", "BBConduct.Rules", "Policy", "default-policy.json"))
    args = parser.parse_args()

    seeded = {}
    seed_surge(os.path.join(args.data, "profanity-surge-ai", "profanity_en.csv"), seeded)
    known = set().union(*seeded.values())
    seed_ldnoobw(os.path.join(args.data, "ldnoobw-en", "en.txt"), seeded, known)

    # A swear word belongs to the profanity lexicon only, so one word is not reported twice.
    profane = set(HAND["profanity"]["terms"]) | seeded.get("profanity", set())
    seeded["sexual"] = {t for t in seeded.get("sexual", set()) if t not in profane}

    dictionary = load_dictionary()
    common_as_written = load_common_words()
    common = {squeeze(w) for w in common_as_written}  # as the matcher keys words
    lexicons = {}
    intent_glued = set()
    for name, spec in HAND.items():
        terms = set(spec["terms"])
        if name in seeded:
            # A hand-written "=term" (no inflection) wins over the seed's plain "term".
            exact = {t[1:] for t in terms if t.startswith("=")}
            terms |= {t for t in seeded[name] if t not in exact}
        if VERB_LEXICONS.match(name):
            terms |= e_final_forms(terms)
        if TYPO_LEXICONS.match(name):
            terms |= doubles_dropped(terms, common_as_written)
            joined = glued(terms, dictionary, copula="after" if name.startswith("identity.") else "before" if name == "demeaning" else None)
        extra = set()
        if TYPO_LEXICONS.match(name):
            # The rules-only implicit list is long: its run-together forms go to its companion, which is matched
            # exactly, so they do not multiply the one-letter slips the matcher indexes.
            if name in SPLIT_GLUED:
                extra |= joined
            else:
                terms |= joined
        if GLUED_LEXICONS.match(name):
            extra |= one_space_dropped({t for t in terms if " " in t}, dictionary)
            if name.startswith("identity."):
                extra |= neighbour_glued(set(spec["terms"]), dictionary, GLUE_BEFORE + GLUE_HOSTILE, GLUE_AFTER + GLUE_AFTER_MORE)
                extra |= glued(identity_compounds(spec["terms"]), dictionary, copula="after")
            elif name.startswith(("demeaning", "slur.")):
                one_word = {t.lstrip("=") for t in spec["terms"] if re.fullmatch(r"=?[a-z]{4,}", t)}
                extra |= neighbour_glued(one_word, dictionary, GLUE_DESCRIPTION_BEFORE, GLUE_DESCRIPTION_AFTER)
                if name.startswith("demeaning"):
                    phrases = {t for t in spec["terms"] if re.fullmatch(r"[a-z]+( [a-z]+){1,2}", t)}
                    extra |= neighbour_glued(phrases, dictionary, GLUE_PHRASE_BEFORE, GLUE_PHRASE_AFTER)
            elif name in THREAT_GLUED:
                extra |= glued({t for t in terms if " " in t}, dictionary, copula=None)
                one_word = {t.lstrip("=") for t in spec["terms"] if re.fullmatch(r"=?[a-z]{3,}", t)}
                if name == "threat.violence":
                    extra |= neighbour_glued(one_word, dictionary, GLUE_INTENT, GLUE_VIOLENCE_AFTER)
                    # "need to bewiped out": a phrase's first word run into the "be" or intention before it.
                    extra |= neighbour_glued({t for t in spec["terms"] if re.fullmatch(r"[a-z]+( [a-z]+){1,2}", t)}, dictionary,
                                             GLUE_INTENT + ["be", "get", "got"], [])
                    intent_glued |= {t for t in extra if any(t.startswith("=" + w) and t[1 + len(w):] in one_word for w in GLUE_INTENT)}
                elif name == "threat.intent":
                    extra |= neighbour_glued({t for t in spec["terms"] if re.fullmatch(r"[a-z ]+", t)}, dictionary, GLUE_SPEAKER, GLUE_INTENT_AFTER)
            elif name == "threat.violence.group":
                # "need to bewiped out", "shouldbe eradicated".
                extra |= neighbour_glued({t for t in spec["terms"] if re.fullmatch(r"[a-z]+( [a-z]+)*", t)}, dictionary,
                                         GLUE_INTENT + ["be", "get", "got"], [])
            elif name == "threat.command":
                # "shouldhang all …", "wehang all …": the command's verb run into the intention or speaker before it.
                extra |= neighbour_glued({t for t in spec["terms"] if re.fullmatch(r"[a-z]+( [a-z]+)+", t)}, dictionary,
                                         GLUE_INTENT + GLUE_SPEAKER, [])
            extra -= terms
        if name in GLUED_EXACT:
            # Short rules-only lists matched exactly: their dropped-space forms join them ("areshit", "canfuck off").
            terms |= glued({t for t in terms if " " in t}, dictionary, copula=None)
            terms |= one_space_dropped({t for t in terms if " " in t}, dictionary)
            if name == "negation.idiom":
                terms |= neighbour_glued({t for t in terms if re.fullmatch(r"[a-z]+( [a-z]+)+", t)}, dictionary, [], GLUE_PHRASE_AFTER)
        # Every strand gets its companion, empty or not, so the rules can name all seven.
        if name.startswith(("slur.", "identity.")) or (extra and (name in CHANNEL_LEXICONS or name in SPLIT_GLUED)):
            lexicons[name + ".glued"] = {"inflect": False, **({"detail": spec["detail"]} if spec["detail"] else {}),
                                         "terms": sorted(extra)}
        else:
            terms |= extra
        lexicons[name] = {"inflect": spec["inflect"], **({"detail": spec["detail"]} if spec["detail"] else {}),
                          "terms": sorted(terms)}
        if TYPO_LEXICONS.match(name):
            lexicons[name]["typos"] = True
            lexicons[name]["typoExceptions"] = typo_exceptions(terms, spec["inflect"], common)
    # Each strand's rules-only companion of its groups and slurs, empty or not, matched exactly (lexicons.MORE): no
    # slips, so "nurse" is never a slip of "nurses", and no run-together forms.
    bases = [n for n in lexicons if re.fullmatch(r"(identity|slur)\.[a-z-]+", n)]
    for name in bases:
        lexicons[name + ".more"] = {"inflect": False, "detail": HAND[name]["detail"],
                                    "terms": sorted({"=" + t for t in MORE.get(name, [])})}
    if set(MORE) - set(bases):
        sys.exit(f"MORE names lists that are not a strand's groups or slurs: {sorted(set(MORE) - set(bases))}")
    # A violent verb glued to the intention before it is that intention too ("shouldkill").
    lexicons["threat.intent.glued"]["terms"] = sorted(set(lexicons["threat.intent.glued"]["terms"]) | intent_glued)
    # A group glued to a modal ("womenshould all be shot") holds the intention of a threat, and opens demeaning
    # phrases as the other verbs do (identity.verb-glued).
    modal_glued = set()
    for name, spec in HAND.items():
        if name.startswith("identity."):
            modal_glued |= neighbour_glued(set(spec["terms"]), dictionary, [], GLUE_MODALS)
    lexicons["identity.modal-glued"] = {"inflect": False, "terms": sorted(modal_glued)}
    # "Are a" run together is the word "area": "… area cancer on society".
    area = {"=are" + t.lstrip("=") for name in ("demeaning", "demeaning.implicit") for t in HAND[name]["terms"]
            if re.fullmatch(r"=?an? [a-z ]+", t)}
    lexicons["demeaning.implicit.glued"]["terms"] = sorted(set(lexicons["demeaning.implicit.glued"]["terms"]) | area)
    # "Nothing but" stays an idiom when "but" is run into the description ("… are nothing butparasites").
    lexicons["negation.idiom"]["terms"] = sorted(set(lexicons["negation.idiom"]["terms"]) |
                                                 {"=nothing " + t[1:] for t in lexicons["demeaning.glued"]["terms"] if re.fullmatch(r"=but[a-z]+", t)})
    # Demeaning phrases whose last word the group is glued to ("can't standwomen", "get rid ofmuslims"): the rest of
    # the phrase, read straight before a group's glued form (EqualityRules.Demeaning).
    # Only content words the group is glued to, and a one-word rest only before a feeling ("can't" of "can't stand"):
    # "are" of "are like" would read "are thewomen's team" as demeaning.
    def prefix(term):
        words = term.lstrip("=").split(" ")
        if len(words) < 2 or words[-1] not in GLUE_BEFORE_CONTENT or not re.fullmatch(r"[a-z' ]+", term.lstrip("=")):
            return None
        return "=" + " ".join(words[:-1]) if len(words) > 2 or words[-1] in GLUE_FEELING else None
    lexicons["demeaning.before-glued"] = {"inflect": False, "terms": sorted(
        {p for name in ("demeaning", "demeaning.implicit") for t in HAND[name]["terms"] if (p := prefix(t))})}
    # The verbs of the commands ("hang" of "hang all"), read before a group run into its "all" ("hang allwomen").
    lexicons["threat.command-verb"] = {"inflect": False, "terms": sorted(
        {"=" + t.split(" ")[0] for t in HAND["threat.command"]["terms"] if re.fullmatch(r"[a-z]+ (all|every|the)", t)})}
    # The group glued to a verb that opens a demeaning phrase, and the phrases' remainders (VERB_SPLIT).
    verb_glued = set()
    for name, spec in HAND.items():
        if name.startswith("identity."):
            verb_glued |= neighbour_glued(set(spec["terms"]), dictionary, [], VERB_SPLIT)
    lexicons["identity.verb-glued"] = {"inflect": False, "terms": sorted(verb_glued)}
    remainders = set()
    for name in ("demeaning", "demeaning.implicit", "threat.direct"):
        remainders |= verb_remainders(set(HAND[name]["terms"]))
    lexicons["demeaning.after-verb"] = {"inflect": False, "terms": sorted(remainders)}
    # Words run together around a group are read apart where the post is read (GlueSplitter in BBConduct.Rules): a
    # one-word group or slur ("muslim", "wogs") glued to a word of any lexicon, before or after it ("Muslimfamily",
    # "Asiansbreed", "everyimmigrant", "thewogs"), becomes the two words, so every rule reads it as written apart. The
    # run-together forms the lists above made ("womenare", "blackpeople") are read apart too, into the words they were
    # made of; the whole-word list keeps real words, places and the lists' own one-word terms whole ("blacksmith",
    # "Blackpool", "jewboy").
    groups = glue_groups(lexicons)
    lexicons["glue.groups"] = {"inflect": False, "terms": sorted(groups)}
    # One-word terms as the lists write them (not the run-together forms made above) stay whole too: "jewboy" is a slur.
    written = {t.lstrip("=") for name, spec in HAND.items() for t in set(spec["terms"]) | seeded.get(name, set())}
    lexicons["glue.whole-words"] = {"inflect": False, "terms": sorted(glue_whole_words(lexicons, groups, dictionary | common | written))}
    missing = set(seeded) - set(HAND)
    if missing:
        sys.exit(f"seed targets without a lexicon: {sorted(missing)}")

    with open(os.path.join(HERE, "categories.json"), encoding="utf-8") as f:
        categories = json.load(f)
    policy = {
        "name": "Blythe Bridge High School & Sixth Form - Social Media Code of Conduct",
        "categories": categories,
        "rules": {},
        "lexicons": dict(sorted(lexicons.items())),
    }
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        json.dump(policy, f, ensure_ascii=False, indent=2)
        f.write("\n")
    total = sum(len(l["terms"]) for l in lexicons.values())
    exceptions = sum(len(l.get("typoExceptions", [])) for l in lexicons.values())
    print(f"wrote {args.out}: {len(lexicons)} lexicons, {total} terms, {exceptions} typo exceptions")


if __name__ == "__main__":
    main()
