"""The demo's authors, topics and tags."""

AUTHORS = [
    {
        "slug": "maya-lindqvist",
        "name": "Maya Lindqvist",
        "role": "writer",
        "credentials": "BSc, licensed massage therapist",
        "short_bio": (
            "Maya is a licensed massage therapist and health writer who explains gentle bodywork "
            "in plain language, without the hype."
        ),
        "bio": [
            (
                "Maya Lindqvist has worked as a licensed massage therapist for more than twelve "
                "years, first in a busy sports clinic and later in a small private practice "
                "focused on clients with long-term pain and stress. She trained in light-touch "
                "methods, including craniosacral therapy, after noticing how many of her clients "
                "found firm pressure hard to tolerate."
            ),
            (
                "Before moving into bodywork, Maya studied biology and spent several years editing "
                "patient information leaflets for a community hospital. That experience taught her "
                "to write clearly, to check every claim and to be comfortable saying when the "
                "evidence simply is not there yet."
            ),
            (
                "At Wellness she writes practical guides for people who are curious about gentle "
                "therapies but want straight answers. Every article she writes is reviewed by a "
                "physician before it is published. Outside work she swims in cold lakes, bakes too "
                "much bread and is slowly learning the cello."
            ),
        ],
        "links": [
            ("Website", "https://example.org/people/maya-lindqvist"),
            ("Mastodon", "https://example.com/@mayalindqvist"),
        ],
        "photo_colour": (196, 120, 92),
    },
    {
        "slug": "nadia-ferreira",
        "name": "Nadia Ferreira",
        "role": "expert_reviewer",
        "credentials": "MD, board-certified family physician",
        "short_bio": (
            "Dr. Nadia Ferreira is a family physician who reviews Wellness articles for medical "
            "accuracy, balance and safety."
        ),
        "bio": [
            (
                "Dr. Nadia Ferreira is a board-certified family physician with a special interest "
                "in headaches, chronic pain and the health effects of long-term stress. She has "
                "practiced in community clinics for fifteen years and teaches communication skills "
                "to medical students."
            ),
            (
                "Many of her patients use complementary therapies alongside conventional care. "
                "Rather than dismissing them, she tries to help people weigh the likely benefits "
                "against cost and risk, and to recognize the warning signs that mean a symptom "
                "needs medical attention first."
            ),
            (
                "As Wellness's expert reviewer, Nadia checks every health article for accuracy, "
                "safety information and a fair reading of the research. She has no financial ties "
                "to any therapy, school or product mentioned on the site."
            ),
        ],
        "links": [
            ("Clinic profile", "https://example.com/clinic/nadia-ferreira"),
            ("Mastodon", "https://example.com/@nferreira"),
        ],
        "photo_colour": (72, 110, 150),
    },
]

TOPICS = [
    {
        "slug": "craniosacral-therapy",
        "title": "Craniosacral therapy",
        "intro": (
            "Plain-language guides to craniosacral therapy: how sessions work, what practitioners "
            "believe is happening and what the research actually shows."
        ),
    },
    {
        "slug": "bodywork",
        "title": "Bodywork and massage",
        "intro": (
            "Hands-on therapies, from massage to physical therapy, compared fairly and explained "
            "without jargon."
        ),
    },
    {
        "slug": "headaches-and-pain",
        "title": "Headaches and pain",
        "intro": (
            "Practical, evidence-aware guides to tension headaches, neck pain and other everyday "
            "aches, including when to see a doctor."
        ),
    },
    {
        "slug": "stress-and-sleep",
        "title": "Stress and sleep",
        "intro": "Simple, low-risk ways to calm the stress response and get better rest.",
    },
    {
        "slug": "evidence-and-safety",
        "title": "Evidence and safety",
        "intro": (
            "How to read health research, spot overblown claims and use gentle therapies safely "
            "alongside medical care."
        ),
    },
]

TAGS = [
    "headaches",
    "stress",
    "sleep",
    "neck-pain",
    "chronic-pain",
    "relaxation",
    "breathing",
    "massage",
    "first-session",
    "evidence",
    "safety",
    "self-care",
]
