"""Signs of spam in a comment's shape rather than its words, read the same way in any language.

A spammer rewords the pitch every time, in every language, but what the comment asks the reader
to do has few shapes: get in touch off the site (a messenger handle, an email address, a
phone number), spend or earn money (a price, a sum per day), follow a link to a throwaway host
(a shortener, a domain ending sold cheaply in bulk), or read a list of keywords stuffed for a
search engine. Each found shape is a feature the learning filter weighs (classifier.features),
so a sum of money in Thai learns from sums of money in English; a few of them also count as a
sign of spam for the sign rule (`STRONG`, Model.spam_signs).

Every shape reads the normalised text (normalise.py: NFKC, invisible characters gone, look-alike
letters folded, lower case), except shouting, which needs the original case.
"""

import re
from collections import Counter

from .links import BARE_HOST_RE, URL_RE

# Messengers and chat apps, in the languages spam arrives in. A bare "line" or "signal" is an
# ordinary English word: only "line id", "line@" and the Japanese and Thai spellings count.
MESSENGER_RE = re.compile(
    r"what'?s\s?app|\bwats?app\b|\bwa\.me\b|\bt\.me\b|\btelegram\b|\bviber\b|"
    r"\bwechat\b|\bweixin\b|\bkakao\s?talk\b|\bkakao\b|\bline\s?id\b|\bline\s?@|\bzalo\b|"
    r"\bicq\b|\bskype\b|\bsnapchat\b|\binstagram\b|\bdm\b|"
    r"카톡|카카오톡|텔레그램|텔레(?!비)|오픈\s?채팅|(?<![가-힣])라인|"
    r"微信|薇信|威信|\bvx\b|\bqq\b|扣扣|飞机|"
    r"(?<![ァ-ヺー])ライン|(?<![a-z])line(?![a-z])(?=\s?[でをにの追@])|"
    r"телеграм\w*|ватсап\w*|вотсап\w*|вайбер\w*|\bлс\b|личк\w*|"
    r"ไลน์|(?<![a-z])line(?![a-z])(?=\s?[\u0e00-\u0e7f])",
    re.IGNORECASE,
)
# Handing one out: an id, a number or an @name next to it, or asking to be reached on it. A
# reader who says a patients' group talks on WhatsApp or that they sent the article to their
# mother on LINE hands out nothing.
REACH_RE = re.compile(
    r"\b(?:contact|message|msg|write|text|add|chat|reach|call|inbox|dm|ping|hit me up|join)\b|"
    r"\bid\b|[:：]\s?[\w@+]|@\w{3,}|\+?\d[\d\s-]{6,}|"
    r"문의|친추|추가|연락|상담|아이디|주세요|주시면|"
    r"加|联系|咨询|详聊|私聊|号|"
    r"追加|連絡|問い合わせ|お問合せ|登録|"
    r"пиши\w*|напиши\w*|добав\w*|свяж\w*|обращ\w*|"
    r"แอด|ติดต่อ|ทัก|สอบถาม|"
    r"liên\s+hệ|nhắn|kết\s+bạn|"
    r"chama|fale|escrib\w*|contacta\w*|hubungi|kontak|schreib\w*|scriv\w*|contatt\w*|"
    r"écri\w*|contacte\w*",
    re.IGNORECASE,
)
HANDLE_RE = re.compile(r"(?<![\w.@])@[a-z0-9_][a-z0-9_.]{3,}")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A sum of money: a currency sign or word before or after digits (with thousands and decimals).
SIGNS = r"[$€£¥₩₹₽฿₫₺₱]|r\$|\b(?:usd|eur|gbp|rs\.?|inr|btc|usdt)\b"
UNITS = (
    r"[$€£¥₩₹₽฿₫₺₱]|\b(?:usd|eur|gbp|dollars?|euros?|bucks|pounds|reais|pesos?|inr|btc|eth|usdt|"
    r"bitcoins?|zł|złotych|lira|tl|đồng|vnđ|vnd|triệu|рубл\w*|руб)\b|"
    r"元|块|円|원|억|บาท"
)
# A sum of money: a currency sign or word before or after digits (with thousands and decimals,
# and the Chinese, Japanese and Korean ten-thousands).
MONEY_RE = re.compile(
    rf"(?:{SIGNS})\s?\d|\d[\d,.]*\s?(?:k|m|만|천|万|千|百万|萬|тыс\.?)?\s?(?:{UNITS})|"
    r"[一二三四五六七八九十百千万萬]+(?:元|块|円)",
    re.IGNORECASE,
)
# Money over time: what get-rich-quick pitches promise ("$500 a day", "日入千元", "월 300").
RATE_RE = re.compile(
    r"(?:per|a|an|every|each|/)\s?(?:day|hour|week|month)|daily|weekly|"
    r"в\s(?:день|сутки|час|неделю|месяц)|за\s(?:день|час)|"
    r"(?:^|\s)월\s?\d|日入|日赚|日结|月入|月収|日給|時給|일당|하루|월\s?수익|일\s?수익|"
    r"al\s(?:día|dia|giorno|mese)|por\s(?:día|dia|hora|mês|mes)|pro\s(?:tag|stunde|monat)|am\stag|"
    r"par\s(?:jour|heure|mois)|au\s(?:jour|mois)|mỗi\sngày|ต่อวัน|วันละ|"
    r"\b\d+\s?%\s?(?:return|profit|roi|interest|bonus|rendimento|прибыл)",
    re.IGNORECASE,
)
# Earning it: what get-rich-quick pitches promise, as against what a treatment costs.
EARN_RE = re.compile(
    r"\b(?:earn\w*|make|made|making|income|profits?|returns?|payouts?|paid|salary|wins?|won|"
    r"bonus|cashback|jackpot|invest\w*)\b|"
    r"заработ\w*|доход\w*|прибыл\w*|выплат\w*|бонус\w*|"
    r"수익|벌|고수익|일당|월급|보너스|첫충|지급|"
    r"赚|收入|收益|日入|月入|日结|彩金|返利|佣金|"
    r"稼|収入|月収|日給|時給|副業|ボーナス|"
    r"gan[ae]\w*|ganhe\w*|guadagn\w*|verdien\w*|gagn\w*|kiếm|thu nhập|thưởng|"
    r"รายได้|โบนัส|penghasilan|untung|kazan\w*",
    re.IGNORECASE,
)
# Link shorteners: the destination hidden from the reader and from the filter.
SHORTENERS = frozenset(
    [
        "bit.ly",
        "tinyurl.com",
        "goo.gl",
        "t.co",
        "ow.ly",
        "is.gd",
        "cutt.ly",
        "rebrand.ly",
        "shorturl.at",
        "tiny.cc",
        "rb.gy",
        "t.ly",
        "buff.ly",
        "v.gd",
        "bl.ink",
        "lnkd.in",
        "s.id",
        "linktr.ee",
        "clck.ru",
        "qr.net",
        "u.to",
        "dwz.cn",
        "url.cn",
        "me2.do",
        "han.gl",
        "vo.la",
    ]
)
# Domain endings sold in bulk for pennies, and those named for what spam sells: a link to one
# is rare from a reader citing a source.
CHEAP_TLDS = frozenset(
    [
        "xyz",
        "top",
        "site",
        "online",
        "shop",
        "store",
        "club",
        "vip",
        "live",
        "life",
        "bet",
        "casino",
        "win",
        "loan",
        "loans",
        "app",
        "work",
        "click",
        "link",
        "buzz",
        "icu",
        "fun",
        "space",
        "website",
        "pw",
        "tk",
        "ml",
        "ga",
        "cf",
        "gq",
        "cc",
        "ws",
        "su",
        "monster",
        "best",
        "today",
        "sbs",
        "cfd",
        "lol",
        "rest",
        "bar",
        "quest",
        "cyou",
        "skin",
        "hair",
        "beauty",
        "makeup",
        "fit",
        "sex",
        "porn",
        "adult",
        "xxx",
        "dating",
        "poker",
        "bid",
        "trade",
        "review",
        "party",
        "racing",
        "download",
        "stream",
        "tv",
        "ink",
        "cam",
        "uno",
        "one",
        "rocks",
        "fyi",
        "biz",
        "info",
        "pro",
        "mobi",
        "zip",
        "mov",
        "gay",
        "date",
        "men",
        "guru",
        "money",
        "cash",
        "credit",
        "finance",
        "investments",
        "tips",
        "tours",
    ]
)
# Pictures that sell: pointing, money, fire, a phone, a gift, a slot machine, pills, 18+.
PROMO_EMOJI_RE = re.compile(
    "[\U0001f449\U0001f448\U0001f4b0\U0001f4b5\U0001f4b8\U0001f4b2\U0001f525\u2705\u2714"
    "\U0001f4de\u260e\U0001f4f2\U0001f4af\U0001f381\U0001f3b0\U0001f48a\U0001f51e\U0001f4e2"
    "\U0001f4e3\U0001f6a8\u27a1\U0001f447\U0001f4b3\U0001f48e\U0001f3c6\U0001f911\U0001f4e9"
    "\u2b50\U0001f31f\u26a1\U0001f680\U0001f4c8\U0001f4b9]"
)
SHORTENER_RE = re.compile(
    r"(?<![\w.-])(?:" + "|".join(re.escape(host) for host in sorted(SHORTENERS)) + r")/\w"
)
WORD_RE = re.compile(r"[^\W\d_]{3,}")
SEPARATOR_RE = re.compile(r"[,|/#•·;、，|~]")
HASHTAG_RE = re.compile(r"(?<!\w)#[^\W_][\w]+")
LATIN_CAPS_RE = re.compile(r"\b[A-Z]{3,}\b")
EXCLAIM_RE = re.compile(r"[!！]{2,}")

# The shapes that, by themselves, are a sign of spam for the sign rule: a reader asking about a
# treatment has no reason to hand out a messenger, an email, a shortened link or a sum per day.
STRONG = {
    "shape:contact": "a messenger or chat handle",
    "shape:email": "an email address",
    "shape:shortener": "a shortened link",
    "shape:income": "money to be earned",
    "shape:stuffing": "repeated keywords",
}


def _stuffed(text: str) -> bool:
    """Keyword stuffing: one word over and over, or a list of short keywords, not sentences
    (read outside the links: an address is not a list)."""
    text = BARE_HOST_RE.sub(" ", URL_RE.sub(" ", text))
    words = WORD_RE.findall(text)
    if len(words) >= 8:
        _, count = Counter(words).most_common(1)[0]
        if count >= 4 and count / len(words) >= 0.2:
            return True
    separators = len(SEPARATOR_RE.findall(text))
    if separators >= 5:
        pieces = [piece.split() for piece in SEPARATOR_RE.split(text) if piece.strip()]
        if pieces and sum(map(len, pieces)) / len(pieces) <= 2.5:
            return True
    return False


def shapes(body: str, normalised: str, hosts: list[str]) -> list[str]:
    """The shape features of a comment: its original body, its normalised text, its links."""
    found = []
    if MESSENGER_RE.search(normalised):
        found.append("shape:messenger")
        if REACH_RE.search(normalised):
            found.append("shape:contact")
    if HANDLE_RE.search(normalised):
        found.append("shape:handle")
    if EMAIL_RE.search(normalised):
        found.append("shape:email")
    if MONEY_RE.search(normalised):
        found.append("shape:money")
        if RATE_RE.search(normalised):
            found.append("shape:money_rate")
        if EARN_RE.search(normalised):
            found.append("shape:income")
    if any(host in SHORTENERS for host in hosts) or SHORTENER_RE.search(normalised):
        found.append("shape:shortener")
    if any(host.rpartition(".")[2] in CHEAP_TLDS for host in hosts):
        found.append("shape:cheap_tld")
    if PROMO_EMOJI_RE.search(body):
        found.append("shape:promo_emoji")
    if len(HASHTAG_RE.findall(normalised)) >= 3:
        found.append("shape:hashtags")
    if _stuffed(normalised):
        found.append("shape:stuffing")
    if len(LATIN_CAPS_RE.findall(body)) >= 3 or EXCLAIM_RE.search(body):
        found.append("shape:shouting")
    return found


def strong_signs(found: list[str]) -> list[str]:
    """What, of a comment's shapes, counts as a sign of spam on its own (in words)."""
    return [STRONG[name] for name in found if name in STRONG]
