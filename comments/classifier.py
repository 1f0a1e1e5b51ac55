"""The learning spam filter: a logistic model on hashed word and character n-grams.

- `features`: what the model sees of a comment, always through normalise.py: its words and
  word pairs, character n-grams of each word (which survive misspellings, and read Chinese,
  Japanese and Korean, written without spaces), letters spaced out to dodge a filter
  ("v i a g r a") joined up again, the hosts it links to and a few shape markers (how many
  links, markup, a website, and shapes.py's signs of a pitch read alike in every language: a
  messenger handle, an email address, a sum of money, a shortened link, stuffed keywords).
- `Model`: scikit-learn's `SGDClassifier` with the logistic loss over those features, hashed
  into a fixed space (`FeatureHasher`): it learns one example at a time (`learn`, each
  moderator decision) and from many (`fit`, a rebuild), is a few megabytes at most, and scores
  a comment in well under a millisecond. Its output is the logistic probability; `Model.fit`
  also fits a calibration (Platt's: a logistic curve on out-of-fold scores), so that the
  probability means what it says (`evaluate_spam_filter` prints expected against measured).
- model_store.py keeps the model in the database, shared by every process; `spam_probability`,
  `learn`, `unlearn` and `learn_many` are the functions the rest of the site calls.
"""

import itertools
import re
from collections import defaultdict
from collections.abc import Iterable

import numpy as np
from sklearn.feature_extraction import FeatureHasher
from sklearn.linear_model import SGDClassifier
from sklearn.preprocessing import normalize as l2_normalise

from .links import BARE_HOST_RE, URL_RE, find_links, has_markup
from .normalise import blocked_phrase, normalise
from .shapes import STRONG, shapes, strong_signs
from .starter import STARTER_BLOCKLIST

N_FEATURES = 2**18
MIN_EXAMPLES = 5  # per label, before the filter gives an opinion
ALPHA = 1e-5  # the L2 penalty (chosen on splits of the starter set's train side)
EPOCHS = 8  # passes over the examples in a rebuild
WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)
WIDE_RE = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af]")
PHONE_RE = re.compile(r"\+?\d[\d .-]{7,}\d")
DIGIT_RE = re.compile(r"\d")
MAX_WORDS = 600
# Hosts under a suffix only public bodies can register (a government, a university, an
# international organisation, the NHS): a reader's source, which a spammer cannot get.
PUBLIC_HOST_RE = re.compile(
    r"(?:^|\.)(?:gov|go|gob|gouv|govt|gv|admin|edu|ac|int|mil|nhs)(?:\.[a-z]{2})?$"
)
# Domain endings too common to say anything by themselves: most of what readers cite ends so.
COMMON_TLDS = frozenset({"com", "org", "net"})
WIDE_SIZES = (1, 2, 3)  # character n-grams of a word in a script written without spaces
WORD_SIZES = (3, 4, 5)  # and of any other word


def _spaced_out(words: list[str]) -> list[str]:
    """Runs of three or more one-letter words joined: "v i a g r a" -> "viagra"."""
    joined, run = [], []
    for word in [*words, ""]:
        if len(word) == 1:
            run.append(word)
            continue
        if len(run) >= 3:
            joined.append("".join(run))
        run = []
    return joined


def features(body: str, website: str = "") -> list[str]:
    text = normalise(body)
    words = WORD_RE.findall(text)[:MAX_WORDS]
    found = [f"w:{word}" for word in words if len(word) <= 40]
    found += [f"b:{a} {b}" for a, b in itertools.pairwise(words)]
    # Features are present or not (weighted() keeps each once): each distinct word is cut into
    # character n-grams once, which keeps a long or repetitive comment quick to score.
    for word in dict.fromkeys([*words, *_spaced_out(words)]):
        if len(word) > 40:
            continue
        padded = f" {word} "
        sizes = WIDE_SIZES if WIDE_RE.search(word) else WORD_SIZES
        for size in sizes:
            grams = (padded[i : i + size] for i in range(len(padded) - size + 1))
            found += [f"c:{gram}" for gram in grams if not gram.isspace()]
    found += [f"s:{word}" for word in _spaced_out(words)]
    # Words with digits in them, digits masked: "vip53", "vip27" and "010-80-5379" are the
    # same shape however the spammer numbers them.
    found += [
        f"d:{DIGIT_RE.sub('0', word)}"
        for word in words
        if DIGIT_RE.search(word) and (len(word) >= 3 or not word.isdigit())
    ]
    if blocked_phrase(STARTER_BLOCKLIST, body):
        found.append("shape:blocked")  # however disguised; how much it weighs is learnt
    hosts = find_links(text)
    found.append(f"links:{min(len(hosts), 3)}")
    for host in hosts:
        found.append(f"host:{host}")
        if PUBLIC_HOST_RE.search(host):
            found.append("shape:public")
        found.append(f"tld:{host.rpartition('.')[2]}")
    if has_markup(text):
        found.append("shape:markup")
    if website:
        found.append("shape:website")
        found += [f"host:{host}" for host in find_links(normalise(website))]
    if PHONE_RE.search(text):
        found.append("shape:phone")
    if len(words) <= 3:
        found.append("shape:short")
    found += shapes(body, text, hosts)
    return found


WORD_KINDS = frozenset("wbcsd")  # words, word pairs, character n-grams, joined-up, digit shapes


def _is_word(pair: tuple[str, float]) -> bool:
    return pair[0].partition(":")[0] in WORD_KINDS


def without_links(normalised: str) -> str:
    """The text with its links taken out: what the commenter wrote around them."""
    return BARE_HOST_RE.sub(" ", URL_RE.sub(" ", normalised))


HASHER = FeatureHasher(n_features=N_FEATURES, input_type="pair", alternate_sign=False)
# How much each kind of feature weighs against a word (before a row is l2-normalised): the
# few markers of shape and links would otherwise drown among a comment's many n-grams.
WEIGHTS = {
    "w": 1.0,
    "b": 1.0,
    "c": 0.5,
    "s": 1.0,
    "d": 1.0,
    "links": 3.0,
    "host": 1.0,
    "tld": 1.0,
}
SHAPE_WEIGHT = 2.0
# Whether the form's website field was filled: spammers fill it, but so do genuine bloggers, and
# most platforms have no such field; at the shape markers' weight (2) it outweighed the words of
# a genuine comment that gave its blog (out-of-distribution check, evaluate_spam_filter).
# A link to a public body's host weighs as much as the link count it offsets: with it, genuine
# comments citing their health authority in languages the training barely had stopped looking
# like link drops (out-of-distribution check: ranking AUC 0.9986 -> 0.9994).
SHAPE_WEIGHTS = {"shape:website": 1.5, "shape:public": 3.0}


def weighted(found: list[str]) -> list[tuple[str, float]]:
    return [
        (
            feature,
            SHAPE_WEIGHTS.get(feature) or WEIGHTS.get(feature.partition(":")[0], SHAPE_WEIGHT),
        )
        for feature in set(found)
    ]


def vectorise(examples: Iterable[tuple[str, str]]):
    """A sparse matrix, one l2-normalised row of hashed features per (body, website)."""
    matrix = HASHER.transform(weighted(features(body, website)) for body, website in examples)
    matrix.sum_duplicates()
    return l2_normalise(matrix)


def vectorise_each(examples: list[tuple[str, str, str]]):
    """A row per (body, website, label), each distinct text vectorised once: a spam run
    repeats its text, and reading a text is most of what learning from it costs."""
    distinct = {(body, website): None for body, website, _ in examples}
    position = {text: index for index, text in enumerate(distinct)}
    return vectorise(distinct)[[position[body, website] for body, website, _ in examples]]


def _estimator() -> SGDClassifier:
    return SGDClassifier(
        loss="log_loss", alpha=ALPHA, learning_rate="optimal", random_state=0, tol=None
    )


def _optimal_init(alpha: float) -> float:
    """scikit-learn's offset of the "optimal" learning rate, eta = 1 / (alpha * (t0 + t - 1))."""
    typical_weight = (1 / alpha**0.5) ** 0.5
    return 1 / (typical_weight * alpha)


SPARSE_INTERCEPT_DECAY = 0.01  # as scikit-learn's SGD on sparse rows


class Model:
    """Weights over the hashed features, how many comments of each label taught them, and the
    calibration of their margin into a probability.

    `fit` learns from scratch with scikit-learn's `SGDClassifier`; `learn` takes one more step
    of the same stochastic gradient descent (logistic loss, L2 penalty, the "optimal" learning
    rate, going on from where the rebuild stopped) for one decision: a few hundred microseconds,
    where `SGDClassifier.partial_fit` costs tens of milliseconds per call in checks alone.
    """

    def __init__(self, coef=None, intercept=0.0, t=1.0, spam=0, ham=0, calibration=(1.0, 0.0)):
        self.coef = np.zeros(N_FEATURES) if coef is None else coef
        self.intercept = float(intercept)
        self.t = float(t)
        self.spam = spam
        self.ham = ham
        self.calibration = calibration  # (a, b): P = sigmoid(a * margin + b)
        self.journal = None  # while recording: (factors all weights were scaled by, columns set)

    def record(self) -> None:
        """Note from now on what learning changes (model_store stores only that)."""
        self.journal = ([], [])

    def recorded(self) -> tuple[list[float], np.ndarray]:
        """What changed since `record`: the factors every weight was scaled by, in order, and
        the columns set afterwards (their values are the model's own)."""
        factors, columns = self.journal or ([], [])
        self.journal = None
        touched = np.unique(np.concatenate(columns)) if columns else np.array([], dtype=np.int32)
        return factors, touched.astype(np.int32)

    def replay(self, factors, columns, values) -> None:
        """Apply a change recorded by another model: its scalings, then the columns it set."""
        for factor in factors:
            self.coef *= factor
        self.coef[columns] = values

    def copy(self) -> "Model":
        return Model(
            self.coef.copy(), self.intercept, self.t, self.spam, self.ham, self.calibration
        )

    # -- learning ------------------------------------------------------------------------

    def learn(self, body: str, website: str, label: str, weight: float = 1.0) -> None:
        """One moderator decision: a step of online learning, and the count."""
        self.learn_many([(body, website, label)], weight)

    def unlearn(self, body: str, website: str, label: str) -> None:
        """Take back an earlier decision: a step towards the other label, and the count.

        (A step back is not an exact inverse; `train_spam_filter --rebuild` is exact.)"""
        self.unlearn_many([(body, website, label)])

    def learn_many(self, examples: list[tuple[str, str, str]], weight: float = 1.0) -> None:
        """Many decisions (body, website, label), one step each in order, vectorised at once."""
        if not examples:
            return
        labels = [label == "spam" for _, _, label in examples]
        self.steps(vectorise_each(examples), labels, weight)
        spam = sum(labels)
        self.spam += spam
        self.ham += len(labels) - spam

    def unlearn_many(self, examples: list[tuple[str, str, str]]) -> None:
        """Take back many earlier decisions: a step each towards the other label."""
        if not examples:
            return
        labels = [label == "spam" for _, _, label in examples]
        self.steps(vectorise_each(examples), [not spam for spam in labels])
        spam = sum(labels)
        self.spam = max(0, self.spam - spam)
        self.ham = max(0, self.ham - (len(labels) - spam))

    def step(self, row, is_spam: bool, weight: float = 1.0) -> None:
        """One step of SGD on the logistic loss for one l2-normalised sparse row."""
        self.steps(row, [is_spam], weight)

    def steps(self, matrix, targets: list[bool], weight: float = 1.0) -> None:
        """One step of SGD on the logistic loss per l2-normalised sparse row, in order.

        The L2 penalty shrinks every weight at each step; it is kept as one scale factor
        (as scikit-learn's SGD does) and applied to the weights once at the end, so a step
        costs what its row holds, not the 2**18 weights: a batch of 10,000 decisions (a
        pattern marked as spam) learns in a fraction of a second."""
        coef, scale = self.coef, 1.0
        init = _optimal_init(ALPHA)
        for index, is_spam in enumerate(targets):
            start, end = matrix.indptr[index], matrix.indptr[index + 1]
            columns, values = matrix.indices[start:end], matrix.data[start:end]
            y = 1.0 if is_spam else -1.0
            eta = 1.0 / (ALPHA * (init + self.t - 1))
            margin = scale * float(values @ coef[columns]) + self.intercept
            gradient = -y / (np.exp(min(y * margin, 50.0)) + 1.0)
            update = max(-1e12, min(1e12, -eta * gradient * weight))
            shrink = max(0.0, 1.0 - eta * ALPHA)
            if shrink * scale < 1e-9:  # fold the scale in before it underflows
                coef *= shrink * scale
                if self.journal is not None:
                    self.journal[0].append(shrink * scale)
                scale = 1.0
            else:
                scale *= shrink
            coef[columns] += update * values / scale
            if self.journal is not None:
                self.journal[1].append(columns)
            self.intercept += update * SPARSE_INTERCEPT_DECAY
            self.t += 1
        if scale != 1.0:
            coef *= scale
            if self.journal is not None:
                self.journal[0].append(scale)

    @classmethod
    def fit(cls, examples: list[tuple[str, str, str]], groups: list[str] | None = None) -> "Model":
        """A model learnt from scratch on (body, website, label) examples, then calibrated.

        `groups` name each example's source: variants of one comment are held out together
        when the calibration's out-of-fold scores are worked out (else they flatter it)."""
        examples = list(examples)
        labels = np.array([label == "spam" for _, _, label in examples], dtype=int)
        spam = int(labels.sum())
        model = cls(spam=spam, ham=len(labels) - spam)
        if not examples:
            return model
        matrix = vectorise((body, website) for body, website, _ in examples)
        estimator = _train(matrix, labels)
        model.coef = estimator.coef_[0].copy()
        model.intercept = float(estimator.intercept_[0])
        model.t = float(estimator.t_)
        if min(spam, len(labels) - spam) >= 10:
            model.calibration = platt(*out_of_fold_margins(matrix, labels, groups))
        return model

    # -- scoring -------------------------------------------------------------------------

    @property
    def ready(self) -> bool:
        return min(self.spam, self.ham) >= MIN_EXAMPLES

    def margins(self, matrix) -> np.ndarray:
        return matrix @ self.coef + self.intercept

    def calibrated(self, margins: np.ndarray) -> np.ndarray:
        a, b = self.calibration
        return 1 / (1 + np.exp(-np.clip(a * margins + b, -50, 50)))

    def top_features(self, body: str, website: str = "", limit: int = 5) -> list[tuple[str, float]]:
        """What in this comment pushed its score most (see the function `top_features`)."""
        return top_features(self, body, website, limit)

    def weight(self, feature: str) -> float:
        """What one feature weighs now (0.0 for one never learnt)."""
        return float(self.coef[HASHER.transform([[(feature, 1.0)]]).indices[0]])

    def spam_signs(self, body: str, website: str = "") -> list[str]:
        """What, besides its language and a link, makes this comment spam (the threshold's help
        text, models.SPAM_THRESHOLD_HELP, says it to editors).

        A comment the model is confident about goes to spam only with one of these; without, it
        is held for a moderator (spam.py). The model's confidence can come from a single link to
        an address it never saw in a comment too short for its words to weigh (a reader citing
        a hospital's page in Japanese); such a comment is not sent to spam on that alone."""
        text = normalise(body)
        hosts = find_links(text)
        signs = []
        if any(self.weight(f"host:{host}") > 0 for host in hosts):
            signs.append("a link to an address seen in spam")
        elif any(
            self.weight(f"tld:{tld}") > 0 and tld not in COMMON_TLDS
            for tld in (host.rpartition(".")[2] for host in hosts)
        ):
            signs.append("a link to a domain ending seen in spam")
        if len(hosts) >= 2:
            signs.append(f"{len(hosts)} links")
        if has_markup(text):
            signs.append("markup")
        if PHONE_RE.search(text):
            signs.append("a phone number")
        if blocked_phrase(STARTER_BLOCKLIST, body):
            signs.append("a blocked phrase")
        signs += strong_signs(shapes(body, text, hosts))
        # The words last, and only when nothing else is a sign: they cost a second reading.
        if not signs and self.words_margin(body, website) > 0:
            signs.append("its words")
        return signs

    def words_margin(self, body: str, website: str = "") -> float:
        """Where the comment's words alone, outside its links, push its margin (their weights
        over the whole row's norm, as they count in the score): above 0 towards spam."""
        whole = weighted(features(body, website))
        bare = without_links(normalise(body))
        kept = [pair for pair in weighted(features(bare)) if _is_word(pair)]
        if not kept:
            return 0.0
        matrix = HASHER.transform([whole, kept])
        matrix.sum_duplicates()
        norm = float(np.sqrt(matrix[0].multiply(matrix[0]).sum())) or 1.0
        row = matrix[1]
        return float(row.data @ self.coef[row.indices]) / norm

    def probability(self, body: str, website: str = "") -> float | None:
        """P(spam), or None while there are too few examples of either label."""
        if not self.ready:
            return None
        return float(self.calibrated(self.margins(vectorise([(body, website)])))[0])


# Signs of spam in a comment's shape rather than its wording (a phone number, markup and
# shapes.STRONG): evidence a spammer's new wording does not hide. Not a link's learnt weight,
# which a never-seen host can get from a feature its hash shares, nor a blocked phrase, which a
# reader complaining about that spam writes too. A comment with one of them goes to spam at lower
# odds than the threshold's: the threshold's odds divided by STRUCTURAL_ODDS (at the default
# threshold of 0.95, odds of 19 to 1, odds of about 4 to 1, a probability of 0.79). Chosen on the
# starter set's spam families held out whole (evaluation.families_held_out): 5 and 10 caught
# about as much with no genuine comment sent to spam; never on the independent set.
STRUCTURAL_ODDS = 5.0
STRUCTURAL_SIGNS = frozenset({"markup", "a phone number", *STRONG.values()})


def structural_bar(threshold: float) -> float:
    """The probability above which a comment with a structural sign goes to spam."""
    odds = threshold / (1 - threshold) / STRUCTURAL_ODDS if threshold < 1 else float("inf")
    return odds / (1 + odds)


def sends_to_spam(probability: float | None, signs: list[str], threshold: float) -> bool:
    """The sign rule: spam above the threshold with any sign of spam besides a link, or above
    the lower `structural_bar` with a structural sign; never on the score alone."""
    if probability is None or not signs:
        return False
    if probability > threshold:
        return True
    return probability > structural_bar(threshold) and bool(STRUCTURAL_SIGNS.intersection(signs))


def readable(feature: str) -> str:
    """What a feature is, in words: the n-gram itself, or the sign it stands for."""
    kind, _, value = feature.partition(":")
    if kind in {"w", "b", "s"}:
        return value
    if kind == "c":
        return value.strip()
    if kind == "d":
        return f"{value} (any digits)"
    if kind == "links":
        return f"{value}{'+' if value == '3' else ''} link{'' if value == '1' else 's'}"
    if kind == "host":
        return f"link to {value}"
    if kind == "tld":
        return f"link to a .{value} address"
    return {
        "shape:markup": "HTML or BBCode markup",
        "shape:website": "a website given",
        "shape:phone": "a phone number",
        "shape:short": "three words or fewer",
        "shape:blocked": "a blocked phrase",
        "shape:public": "a link to a public body",
        "shape:contact": "a messenger or chat handle",
        "shape:handle": "an @handle",
        "shape:email": "an email address",
        "shape:money": "a sum of money",
        "shape:income": "money to be earned",
        "shape:money_rate": "money per day, week or month",
        "shape:messenger": "a messenger named",
        "shape:shortener": "a shortened link",
        "shape:cheap_tld": "a link to a cheap domain ending",
        "shape:promo_emoji": "selling emoji",
        "shape:hashtags": "hashtags",
        "shape:stuffing": "repeated keywords",
        "shape:shouting": "shouting",
    }.get(feature, feature)


def top_features(
    model: "Model", body: str, website: str = "", limit: int = 5
) -> list[tuple[str, float]]:
    """The n-grams (and signs) of this comment that pushed its score most: (what, how much),
    the contribution to the calibrated log-odds (positive towards spam), largest first."""
    pairs = weighted(features(body, website))
    if not pairs:
        return []
    each = HASHER.transform([[pair] for pair in pairs])
    whole = HASHER.transform([pairs])
    whole.sum_duplicates()
    norm = float(np.sqrt((whole.data**2).sum())) or 1.0
    scale = model.calibration[0] / norm
    contributions: dict[str, float] = defaultdict(float)
    for (feature, weight), index in zip(pairs, each.indices, strict=True):
        contributions[readable(feature)] += float(model.coef[index]) * weight * scale
    ranked = sorted(contributions.items(), key=lambda item: (-abs(item[1]), item[0]))
    return [(name, value) for name, value in ranked if value][: max(0, limit)]


def _train(matrix, labels) -> SGDClassifier:
    estimator = _estimator()
    order = np.random.default_rng(0)
    classes = np.array([0, 1])
    for _ in range(EPOCHS):
        shuffled = order.permutation(matrix.shape[0])
        estimator.partial_fit(matrix[shuffled], labels[shuffled], classes=classes)
    return estimator


def out_of_fold_margins(
    matrix, labels, groups: list[str] | None = None, folds: int = 5
) -> tuple[np.ndarray, np.ndarray]:
    """Each example's margin from a model that saw neither it nor its group (stratified)."""
    rng = np.random.default_rng(1)
    groups = list(range(len(labels))) if groups is None else groups
    fold_of = np.empty(len(labels), dtype=int)
    for label in (0, 1):
        members = defaultdict(list)
        for index in np.flatnonzero(labels == label):
            members[groups[index]].append(index)
        names = list(members)
        for number, position in enumerate(rng.permutation(len(names))):
            fold_of[members[names[position]]] = number % folds
    margins = np.empty(len(labels))
    for fold in range(folds):
        held = fold_of == fold
        estimator = _train(matrix[~held], labels[~held])
        margins[held] = estimator.decision_function(matrix[held])
    return margins, labels


def platt(margins: np.ndarray, labels: np.ndarray) -> tuple[float, float]:
    """Platt scaling: the (a, b) of sigmoid(a * margin + b) that best fit the labels."""
    from sklearn.linear_model import LogisticRegression

    positives = labels.sum()
    negatives = len(labels) - positives
    # Platt's targets, pulled in from 0 and 1 so that a clean split does not make them extreme.
    targets = np.where(labels == 1, (positives + 1) / (positives + 2), 1 / (negatives + 2))
    x = np.concatenate([margins, margins]).reshape(-1, 1)
    y = np.concatenate([np.ones(len(margins)), np.zeros(len(margins))])
    weights = np.concatenate([targets, 1 - targets])
    fitted = LogisticRegression(C=1e6).fit(x, y, sample_weight=weights)
    return float(fitted.coef_[0][0]), float(fitted.intercept_[0])


# -- storing a model: plain arrays, no pickle ---------------------------------------------


def to_arrays(model: Model) -> dict:
    nonzero = np.flatnonzero(model.coef)
    return {
        "counts": np.array([model.spam, model.ham]),
        "calibration": np.array(model.calibration),
        "state": np.array([model.intercept, model.t]),
        "coef_index": nonzero.astype(np.int32),
        "coef_value": model.coef[nonzero].astype(np.float32),  # a third less to write
    }


def from_arrays(arrays) -> Model:
    coef = np.zeros(N_FEATURES)
    coef[arrays["coef_index"]] = arrays["coef_value"]
    intercept, t = (float(x) for x in arrays["state"])
    spam, ham = (int(n) for n in arrays["counts"])
    calibration = tuple(float(x) for x in arrays["calibration"])
    return Model(coef, intercept, t, spam, ham, calibration)
