"""The demo's reading list, standard pages and home page."""

READING_LISTS = [
    {
        "slug": "starting-with-craniosacral-therapy",
        "title": "Starting with craniosacral therapy: a reading list",
        "intro": (
            "<p>Whether you are thinking about booking a first session or you are a bodyworker "
            "curious about light-touch methods, it helps to read from more than one point of view. "
            "This list mixes practical guides, our own articles and a more skeptical voice, in the "
            "order we suggest reading them.</p><p>As always, nothing here replaces advice from "
            "your own doctor.</p>"
        ),
        "curator": "maya-lindqvist",
        "date_published": "2026-11-05",
        "items": [
            {
                "article": "what-is-craniosacral-therapy",
                "note": (
                    "Start here for the principles, the common techniques and an honest look at "
                    "the research."
                ),
            },
            {
                "article": "first-craniosacral-therapy-session",
                "note": (
                    "Practical advice on choosing a practitioner, what happens on the table and "
                    "how to judge whether it is helping."
                ),
            },
            {
                "book": "quiet-hands",
                "note": (
                    "A grounded, practitioner's-eye view of light-touch work that never oversells "
                    "the method."
                ),
            },
            {
                "url": "https://example.org/guides/choosing-a-practitioner",
                "title": "Choosing a bodywork practitioner: a checklist",
                "note": (
                    "A printable list of questions about training, licensing and insurance to keep "
                    "by the phone when you call around."
                ),
            },
            {
                "book": "unknotted",
                "note": (
                    "The counterweight to the rest of the list: a clear-eyed look at the evidence "
                    "for gentle therapies and headaches."
                ),
            },
            {
                "article": "gentle-bodywork-tension-headaches-stress",
                "note": (
                    "How CST compares with massage, physical therapy, breathing and sleep for "
                    "tension headaches and stress."
                ),
            },
            {
                "book": "the-listening-body",
                "note": (
                    "Read this one last, and critically: its self-care chapters are excellent, its "
                    "theory more confident than the evidence allows."
                ),
            },
        ],
    },
]

PAGES = [
    {
        "slug": "about",
        "title": "About Wellness",
        "intro": (
            "Wellness is an independent publication that explains gentle therapies, stress and "
            "everyday health honestly, with every article reviewed by a physician."
        ),
        "body": [
            ("heading", {"text": "Why we started", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Search for almost any gentle therapy and you will find two kinds of "
                    "writing: enthusiastic pages that promise it will fix everything, and "
                    "dismissive ones that treat anyone who enjoys it as gullible. Neither helps "
                    "someone who is simply trying to decide whether to book an "
                    "appointment.</p><p>Wellness exists to fill that gap. We describe therapies "
                    "fairly, as the people who practice them understand them, and we are equally "
                    "clear about what the research does and does not show. We would rather tell "
                    "you that the evidence is thin than sell you a certainty nobody has.</p>"
                ),
            ),
            ("heading", {"text": "What we cover", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Our first series focuses on craniosacral therapy and related "
                    "topics:</p><ul><li>how gentle bodywork methods work and what a session "
                    "involves</li><li>what the evidence says, in plain language</li><li>safety, "
                    "side effects and when to see a doctor instead</li><li>everyday approaches to "
                    "stress, sleep and tension headaches</li><li>books worth reading, and some "
                    "worth reading critically</li></ul>"
                ),
            ),
            ("heading", {"text": "Who we are", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Wellness is written by Maya Lindqvist, a licensed massage therapist and "
                    "former medical editor, and reviewed by Dr. Nadia Ferreira, a board-certified "
                    "family physician. You can read more about each of us on our author pages. We "
                    "are not funded by any school, product or professional association.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Not medical advice",
                    "body": (
                        "<p>Our articles are for general information. They cannot take account of "
                        "your personal health history and are not a substitute for advice from a "
                        "doctor or other qualified professional. If you have sudden, severe or "
                        "worrying symptoms, seek medical care promptly.</p>"
                    ),
                },
            ),
            ("heading", {"text": "Get in touch", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>We welcome questions, suggestions and corrections. Email the editors at "
                    "hello@example.org. We read every message, although we cannot offer individual "
                    "medical advice.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "editorial-policy",
        "title": "Editorial policy",
        "intro": (
            "How we choose topics, write and source articles, review them for medical accuracy, "
            "keep them up to date and correct mistakes."
        ),
        "body": [
            (
                "key_takeaways",
                {
                    "title": "In short",
                    "items": [
                        "Every health article is reviewed by a physician before publication.",
                        "We describe the evidence honestly, including when it is weak or mixed.",
                        "We show when an article was published and when it was last reviewed.",
                        "We correct errors openly and note what changed.",
                        "We carry no advertising, sponsored posts or affiliate links.",
                    ],
                },
            ),
            ("heading", {"text": "How articles are written", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Articles are written by our staff writer, who has professional experience "
                    "in bodywork and medical editing. We write for curious, intelligent readers "
                    "without a medical background, so we explain technical terms and avoid jargon. "
                    "Where a therapy has its own theory, we describe it in practitioners' terms "
                    "and then say plainly whether research supports it.</p>"
                ),
            ),
            ("heading", {"text": "Sourcing and evidence", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>We base health claims on systematic reviews, clinical guidelines and "
                    "well-designed trials wherever possible, and we say when evidence comes only "
                    "from small or low-quality studies. We do not treat personal stories, "
                    "including our own, as proof that a therapy works. Books and websites we "
                    "recommend are chosen by the editors; we never accept payment for a "
                    "recommendation, and we disclose it if a publisher sent us a review copy.</p>"
                ),
            ),
            ("heading", {"text": "Expert review", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Before publication, every health article is checked by our expert "
                    "reviewer, a practicing physician, for accuracy, balance and safety "
                    "information. The reviewer can require changes, and an article is not "
                    "published until those changes are made. Each article lists its writer and, "
                    "where relevant, its reviewer.</p>"
                ),
            ),
            ("heading", {"text": "Keeping articles up to date", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>We review each article at least once a year, and sooner if important new "
                    "research or guidance appears. When we make a substantial update, we change "
                    "the <i>updated</i> date shown at the top of the article.</p>"
                ),
            ),
            ("heading", {"text": "Corrections", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>If you spot an error, please email corrections@example.org with the "
                    "article title and what you think is wrong. We aim to reply within five "
                    "working days. Factual corrections are made promptly and noted at the end of "
                    "the article, with the date and a short description of what changed. We do not "
                    "silently rewrite mistakes.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "comment-policy",
        "title": "Comment policy",
        "intro": (
            "Comments are welcome when they are kind, on topic and respect that other readers' "
            "health is their own business."
        ),
        "body": [
            ("heading", {"text": "What we welcome", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>We love comments that add something: your experience of a therapy, a "
                    "question about an article, a thoughtful disagreement or a pointer to research "
                    "we missed. Please keep comments on the topic of the article and treat other "
                    "readers with courtesy.</p>"
                ),
            ),
            ("heading", {"text": "No medical advice to other readers", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Sharing your own experience is fine. Telling someone else what to do about "
                    "their health is not. We will remove comments that:</p><ul><li>diagnose "
                    "another reader or tell them to start, stop or change a treatment or "
                    "medication</li><li>claim that any therapy cures a disease</li><li>discourage "
                    "anyone from seeking medical care</li></ul><p>If a comment describes symptoms "
                    "that sound urgent, we may reply encouraging the person to contact a "
                    "doctor.</p>"
                ),
            ),
            ("heading", {"text": "Moderation", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Comments are moderated by the editors, and first-time commenters are held "
                    "for approval before they appear. We usually review comments within two "
                    "working days. We may edit comments to remove personal information or links, "
                    "and we remove personal attacks, harassment, hate speech and anything "
                    "unlawful. Moderation decisions are at the editors' discretion.</p>"
                ),
            ),
            ("heading", {"text": "Spam and self-promotion", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Spam is removed without notice. Practitioners are welcome to join the "
                    "conversation, but comments that exist mainly to advertise a clinic, product "
                    "or course will be removed.</p>"
                ),
            ),
            ("heading", {"text": "Your details", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>We ask for a name and an email address when you comment. Your name is "
                    "shown with your comment; your email address is never published or shared, and "
                    "we use it only if we need to contact you about your comment. To have a "
                    "comment removed, email hello@example.org. Our privacy page explains exactly "
                    "what we store and for how long.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "privacy",
        "title": "Privacy",
        "intro": (
            "What we store when you comment, why we store it, how long we keep it and how to ask "
            "us to delete it."
        ),
        "body": [
            (
                "key_takeaways",
                {
                    "title": "The short version",
                    "items": [
                        "We only collect information when you choose to leave a comment.",
                        "Your email address is never published or shared.",
                        "IP addresses are kept for 30 days to fight spam and abuse, then deleted.",
                        (
                            "There are no third-party trackers, adverts or analytics, and nothing "
                            "is loaded from other hosts."
                        ),
                        "You can ask us to delete your data at any time.",
                    ],
                },
            ),
            ("heading", {"text": "What we store when you comment", "level": "h2"}),
            (
                "definition_list",
                {
                    "title": "Information we keep",
                    "items": [
                        ("Name", "<p>Published next to your comment. You may use a nickname.</p>"),
                        (
                            "Email address",
                            (
                                "<p>Never published or shared. Used only to contact you about your "
                                "comment, for example if we need to clarify something or you ask "
                                "us to remove it.</p>"
                            ),
                        ),
                        (
                            "Website",
                            (
                                "<p>Optional. If you provide one, it is published as a link on "
                                "your name.</p>"
                            ),
                        ),
                        (
                            "Comment",
                            "<p>The text you submit, which is published once approved.</p>",
                        ),
                        (
                            "IP address",
                            (
                                "<p>Recorded when you submit a comment, used only to detect spam "
                                "and abuse, and deleted automatically after 30 days.</p>"
                            ),
                        ),
                    ],
                },
            ),
            ("heading", {"text": "Why we store it", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>We need your name and comment to publish your contribution, your email "
                    "address to reach you if there is a problem, and your IP address for a short "
                    "time to block spam and protect other readers from abuse. We never sell your "
                    "information, use it for marketing or combine it with data from anywhere "
                    "else.</p>"
                ),
            ),
            ("heading", {"text": "How long we keep it", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>IP addresses are deleted after 30 days. Your name, email address, website "
                    "and comment are kept for as long as the comment is published, unless you ask "
                    "us to remove them. Comments we reject as spam are deleted, along with their "
                    "details, within 30 days.</p>"
                ),
            ),
            ("heading", {"text": "Cookies, trackers and other hosts", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Reading Wellness does not require any cookies. Editors who log in receive "
                    "a session cookie that is needed for the site to work. We do not use analytics "
                    "services, advertising networks, social media buttons or embedded videos, and "
                    "every font, image and script is served from our own server, so no other "
                    "company learns that you visited.</p>"
                ),
            ),
            ("heading", {"text": "Your rights and how to ask for erasure", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>You can ask to see the information we hold about you, to correct it or to "
                    "have it deleted. Email privacy@example.org from the address you used to "
                    "comment, or tell us which comments are yours, and we will respond within 30 "
                    "days. Deleting your data removes your comments from the site.</p>"
                ),
            ),
            ("heading", {"text": "Changes to this policy", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>If we change how we handle personal information, we will update this page "
                    "and note the change here. We will not start collecting new kinds of "
                    "information without saying so clearly here first.</p>"
                ),
            ),
        ],
    },
]

HOME = {
    "title": "Wellness",
    "tagline": "Gentle therapies, honestly explained",
    "intro": (
        "Wellness is an independent publication about craniosacral therapy, bodywork, stress and "
        "sleep. We explain how gentle therapies work, what the evidence says and when to see a "
        "doctor instead."
    ),
}
