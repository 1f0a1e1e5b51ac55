"""Build the spam filter's evaluation corpus: comments/data/corpus.jsonl.

    .venv/bin/python -m tools.spam_corpus.build

Each hand-written comment (genuine.py, spam.py) is a source group; its variants (an opener, a
sign-off, lower case, a link to a health authority; for spam another site, link style,
sender and disguise) stay in that group, and whole groups are put on the train or the frozen
test side (about 30% of the groups of each language and kind), so no variant of a test
comment is ever trained on. The seed is fixed: the file is reproducible, and committed.
"""

import json
import random
from pathlib import Path

from . import genuine, spam
from .obfuscate import DISGUISES, full_width

OUT = Path(__file__).resolve().parents[2] / "comments" / "data" / "corpus.jsonl"
TEST_SHARE = 0.3
SEED = 18

AUTHORITY_LINKS = [
    "https://www.nhs.uk/conditions/back-pain/",
    "https://www.nice.org.uk/guidance/ng59",
    "https://www.who.int/health-topics/physical-activity",
    "https://pubmed.ncbi.nlm.nih.gov/25864438/",
    "https://www.nih.gov/health-information",
    "https://medlineplus.gov/massage.html",
    "www.nhs.uk/mental-health/",
    "https://www.cdc.gov/arthritis/",
]
# Health authorities readers link to in their own language.
LOCAL_LINKS = {
    "es": ["https://www.sanidad.gob.es/", "https://medlineplus.gov/spanish/"],
    "de": ["https://www.gesundheitsinformation.de/", "https://www.rki.de/"],
    "fr": ["https://www.has-sante.fr/", "https://www.ameli.fr/assure/sante"],
    "pt": ["https://www.gov.br/saude/", "https://www.sns24.gov.pt/"],
    "it": ["https://www.salute.gov.it/", "https://www.issalute.it/"],
    "ko": ["https://health.kdca.go.kr/", "https://www.amc.seoul.kr/asan/healthinfo/"],
    "ja": ["https://www.mhlw.go.jp/", "https://ganjoho.jp/"],
    "zh": ["https://www.nhc.gov.cn/", "https://www.who.int/zh/"],
    "ru": ["https://minzdrav.gov.ru/", "https://www.who.int/ru/"],
}
LINK_INTROS = {
    "en": ["More here: ", "See ", "Source: ", "The NHS says the same: "],
    "es": ["Más info: ", "Fuente: "],
    "de": ["Mehr dazu: ", "Quelle: "],
    "fr": ["Plus d'infos : ", "Source : "],
    "pt": ["Mais aqui: ", "Fonte: "],
    "it": ["Qui: ", "Fonte: "],
    "ko": ["참고: ", "출처: "],
    "ja": ["参考: ", "出典: "],
    "zh": ["参考：", "来源："],
    "ru": ["Подробнее: ", "Источник: "],
}
BLOGS = ["https://janedoe.blog", "https://www.runningwithpriya.com", "https://kims-kitchen.net", ""]

SPAM_WITHOUT_LINKS = {
    "korean_massage": [
        "출장안마 문의 010-{n}-{m} 카톡 vip{n}",
        "24시 출장샵 카톡 {n}anma 텔레그램 @seoul{n}",
    ],
    "pharma": ["Viagra 100mg $0.{n} per pill, WhatsApp +1 555 {n}{m}"],
    "crypto": ["I earn $500 a day trading bitcoin with Mr Johnson, WhatsApp him on +44 7{n}{m}"],
}


def genuine_rows(rng: random.Random) -> list[dict]:
    rows = []
    for lang, texts in genuine.BY_LANGUAGE.items():
        for number, text in enumerate(texts):
            group = f"ham-{lang}-{number}"
            variants = {text}
            variants.add(rng.choice(genuine.OPENERS[lang][1:]) + text)
            variants.add(text + rng.choice(genuine.CLOSERS[lang][1:]))
            variants.add(
                rng.choice(genuine.OPENERS[lang]) + text + rng.choice(genuine.CLOSERS[lang])
            )
            variants.add(text.lower().rstrip(".!?。！？") if lang in ("en", "es", "de") else text)
            if "http" not in text and rng.random() < 0.35:
                links = AUTHORITY_LINKS + LOCAL_LINKS.get(lang, []) * 3
                variants.add(f"{text} {rng.choice(LINK_INTROS[lang])}{rng.choice(links)}")
            for body in sorted(variants):
                rows.append(
                    {
                        "label": "ham",
                        "body": body,
                        "website": rng.choice(BLOGS) if rng.random() < 0.15 else "",
                        "lang": lang,
                        "kind": "genuine",
                        "group": group,
                    }
                )
    return rows


def spam_url(rng: random.Random) -> tuple[str, str]:
    domain = rng.choice(spam.SPAM_DOMAINS)
    style = rng.choice(spam.URL_STYLES)
    return style.format(d=domain, fw=full_width(domain)), domain


def disguise_phrases(body: str, rng: random.Random) -> tuple[str, str]:
    """Disguise one blocked phrase the body holds (one way, chosen at random), if any."""
    for phrase in spam.BLOCKED_PHRASES_KO + spam.BLOCKED_PHRASES_EN:
        if phrase in body.casefold():
            name = rng.choice(list(DISGUISES))
            start = body.casefold().index(phrase)
            original = body[start : start + len(phrase)]
            return body.replace(original, DISGUISES[name](original), 1), name
    return body, ""


def spam_rows(rng: random.Random) -> list[dict]:
    rows = []
    templates = [(kind, text) for kind, texts in spam.SPAM.items() for text in texts]
    templates += [(kind, text) for kind, texts in SPAM_WITHOUT_LINKS.items() for text in texts]
    for number, (kind, template) in enumerate(templates):
        group = f"spam-{kind}-{number}"
        bodies = {}
        for _ in range(12):
            url, domain = spam_url(rng)
            body = template.replace("{url}", url, 1).replace("{url}", f"https://{domain}")
            body = body.format(n=rng.randint(10, 99), m=rng.randint(1000, 9999))
            disguise = ""
            if rng.random() < 0.6:
                body, disguise = disguise_phrases(body, rng)
            website = f"https://{domain}" if rng.random() < 0.6 else ""
            bodies[body] = (website, disguise)
        for body, (website, disguise) in sorted(bodies.items()):
            rows.append(
                {
                    "label": "spam",
                    "body": body,
                    "website": website,
                    "lang": "",
                    "kind": kind,
                    "disguise": disguise,
                    "group": group,
                }
            )
    return rows


def assign_splits(rows: list[dict], rng: random.Random) -> None:
    strata: dict[str, list[str]] = {}
    for row in rows:
        stratum = f"{row['label']}-{row['lang'] or row['kind']}"
        if row["group"] not in strata.setdefault(stratum, []):
            strata[stratum].append(row["group"])
    test = set()
    for groups in strata.values():
        rng.shuffle(groups)
        test.update(groups[: max(1, round(len(groups) * TEST_SHARE))])
    for row in rows:
        row["split"] = "test" if row["group"] in test else "train"


def main() -> None:
    rng = random.Random(SEED)
    rows = genuine_rows(rng) + spam_rows(rng)
    assign_splits(rows, random.Random(SEED))  # by group only: new variants keep the split
    with OUT.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    ham = sum(row["label"] == "ham" for row in rows)
    test = sum(row["split"] == "test" for row in rows)
    print(f"{len(rows)} comments ({ham} genuine, {len(rows) - ham} spam), {test} held out: {OUT}")


if __name__ == "__main__":
    main()
