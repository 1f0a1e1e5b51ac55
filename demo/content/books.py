"""The demo's books (fictional) and their reviews."""

BOOKS = [
    {
        "key": "quiet-hands",
        "title": "Quiet Hands",
        "subtitle": "A Practitioner's Guide to Light-Touch Bodywork",
        "authors": "Helen Okafor",
        "isbn": "9781916502833",
        "publisher": "Riverbend Press",
        "year": 2019,
        "links": [("Publisher's page", "https://example.com/books/quiet-hands")],
        "cover_colour": (52, 96, 120),
    },
    {
        "key": "the-listening-body",
        "title": "The Listening Body",
        "subtitle": "Craniosacral Therapy, Stress and the Nervous System",
        "authors": "Jonas Pereira and Elin Marsh",
        "isbn": "9781909874121",
        "publisher": "Harborlight Books",
        "year": 2022,
        "links": [
            ("Publisher's page", "https://example.com/books/the-listening-body"),
            ("Authors' website", "https://example.org/the-listening-body"),
        ],
        "cover_colour": (142, 84, 110),
    },
    {
        "key": "unknotted",
        "title": "Unknotted",
        "subtitle": "A Skeptic's Guide to Headaches, Tension and Gentle Therapies",
        "authors": "Ravi Castellanos",
        "isbn": "9798987654323",
        "publisher": "Northfield & Crane",
        "year": 2024,
        "links": [("Publisher's page", "https://example.com/books/unknotted")],
        "cover_colour": (188, 150, 60),
    },
]

REVIEWS = [
    {
        "slug": "review-quiet-hands",
        "book": "quiet-hands",
        "rating": 4,
        "verdict": (
            "A calm, practical guide to light-touch bodywork that is refreshingly honest about "
            "what we don't yet know."
        ),
        "reviewer": "maya-lindqvist",
        "date_published": "2026-10-02",
        "body": [
            (
                "paragraph",
                (
                    "<p>Books about craniosacral therapy tend to fall into two camps: dense "
                    "training manuals written for practitioners, and inspirational memoirs that "
                    "promise more than any therapy can deliver. Helen Okafor's <i>Quiet Hands</i> "
                    "sits somewhere in between, and it is better for it.</p><p>Okafor spent two "
                    "decades as a physical therapist before adding light-touch work to her "
                    "practice, and that background shows on every page. She writes about anatomy "
                    "with care, about clients with warmth, and about the theory behind CST with a "
                    "degree of caution that is still unusual in this field.</p>"
                ),
            ),
            ("heading", {"text": "What's good", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>The early chapters on touch are the highlight. Okafor explains why she "
                    "thinks a lighter hand can help anxious or pain-sensitive clients settle, and "
                    "she describes the practitioner's side of a session, from the first listening "
                    "hold to the moment of ending, in concrete, unmystical language. Trainee "
                    "practitioners will find her advice on pacing, consent and checking in with "
                    "clients genuinely useful.</p><p>I also appreciated her chapter on scope of "
                    "practice. She lists the situations in which she will not work without a "
                    "doctor's input, including recent head injuries and known problems with "
                    "pressure inside the skull, and she is clear that bodywork should never delay "
                    "a diagnosis.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "I have learned to say I don't know far more often, and my clients trust "
                        "me more for it."
                    ),
                    "attribution": "Helen Okafor, Quiet Hands",
                },
            ),
            ("heading", {"text": "What's missing", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>The evidence chapter is honest but short. Okafor acknowledges that the "
                    "research is small and mixed, and that the existence of a palpable cranial "
                    "rhythm is disputed, yet she does not dig into specific studies or explain how "
                    "readers might judge them. Anyone who wants that depth will need a second "
                    "book.</p><p>The illustrations, simple line drawings of hand positions, are "
                    "clear but sparse. A few more would help newcomers picture the holds she "
                    "describes, and the thin index makes the book harder to use as a reference "
                    "once you have read it through.</p>"
                ),
            ),
            ("heading", {"text": "Who it's for", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>This is an excellent first book for massage therapists, physical "
                    "therapists and other bodyworkers who are curious about light-touch methods "
                    "and want a grounded introduction. Clients who like to understand what is "
                    "happening on the table will enjoy the middle chapters too, although they can "
                    "safely skip the more technical sections.</p><p>If you are looking for a book "
                    "that promises CST will fix a specific condition, this is not it, and I count "
                    "that as a strength.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "review-the-listening-body",
        "book": "the-listening-body",
        "rating": 3,
        "verdict": (
            "Warmly written and full of useful self-care ideas, but too quick to present contested "
            "theories as settled fact."
        ),
        "reviewer": "nadia-ferreira",
        "date_published": "2026-10-16",
        "body": [
            (
                "paragraph",
                (
                    "<p><i>The Listening Body</i>, by Jonas Pereira and Elin Marsh, sets out to "
                    "explain craniosacral therapy through the lens of the nervous system, and in "
                    "particular our stress response. Pereira is a craniosacral practitioner and "
                    "Marsh a science journalist, and the book alternates between client stories "
                    "and explanatory chapters. I read it as a physician who is open to gentle "
                    "therapies but wary of overreach, and as someone whose patients often arrive "
                    "clutching books exactly like this one.</p>"
                ),
            ),
            ("heading", {"text": "What's good", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Marsh's chapters on stress physiology are the strongest in the book. She "
                    "explains clearly how long-term stress affects sleep, muscle tension and pain "
                    "perception, without drowning readers in jargon. The practical sections, "
                    "including a four-week routine of slow breathing, body scanning and gentle "
                    "movement, are sensible and safe, and many readers will benefit from them "
                    "whether or not they ever book a CST session.</p><p>The case stories are "
                    "sensitively told, with consent and anonymity handled well, and they give a "
                    "realistic sense of what sessions feel like, including the ones where nothing "
                    "much seemed to change.</p>"
                ),
            ),
            ("heading", {"text": "What's missing", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>My reservations are about certainty. Too often the book presents the "
                    "craniosacral rhythm, and the idea that practitioners can influence the flow "
                    "of spinal fluid, as established fact. The research does not support that "
                    "level of confidence: studies are small and mixed, and practitioners often "
                    "disagree about what they feel in the same person. A few passages also come "
                    "close to implying that CST can resolve conditions, such as long-term fatigue, "
                    "where the evidence is very thin.</p><p>The safety section is brief and "
                    "appears late in the book. I would have liked clear advice, early on, that "
                    "anyone with a recent head injury, a bleeding disorder or a known brain "
                    "condition should speak to their doctor before trying CST.</p>"
                ),
            ),
            ("heading", {"text": "Who it's for", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Readers who already enjoy CST and want a warm, accessible account of why "
                    "it feels calming will find much to like, and the self-care chapters are worth "
                    "the price on their own for anyone dealing with stress. Readers new to the "
                    "field should pair it with a more skeptical source, such as <i>Unknotted</i>, "
                    "and treat the theoretical chapters as one school's perspective rather than "
                    "settled science. Practitioners may find it useful for explaining the calming "
                    "side of their work to clients, provided they avoid repeating its bolder "
                    "claims.</p>"
                ),
            ),
        ],
    },
]
