"""Demo content for the Wellness publishing platform.

Plain Python data only: the demo loader turns these constants into authors, topics,
tags, books, articles, reviews, a reading list and standard pages. All people, books
and publishers are fictional. The health information is written for a general
audience and is not medical advice.
"""

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

ARTICLES = [
    {
        "slug": "what-is-craniosacral-therapy",
        "title": "What is craniosacral therapy? Principles, techniques and what the evidence says",
        "standfirst": (
            "Craniosacral therapy is a gentle, hands-on approach that many people find deeply "
            "relaxing. Here is how it works, what practitioners believe is happening, and what "
            "research can and cannot tell us so far."
        ),
        "authors": ["maya-lindqvist", "nadia-ferreira"],
        "topics": ["craniosacral-therapy", "evidence-and-safety"],
        "tags": ["headaches", "stress", "chronic-pain", "evidence", "safety"],
        "date_published": "2026-09-14",
        "date_updated": "2026-10-30",
        "featured": True,
        "hero": {
            "alt": (
                "Abstract illustration of soft sage-green rings radiating outward from a pale "
                "oval, suggesting a head resting in cupped hands"
            ),
            "caption": (
                "Craniosacral therapy uses touch so light that many people simply experience it as "
                "rest."
            ),
            "credit": "Illustration: Wellness demo",
            "colour": (120, 150, 140),
        },
        "body": [
            (
                "key_takeaways",
                {
                    "title": "Key takeaways",
                    "items": [
                        (
                            "Craniosacral therapy (CST) is a very light-touch form of bodywork, "
                            "done fully clothed, with pressure often compared to the weight of a "
                            "coin."
                        ),
                        (
                            "Many people find sessions deeply relaxing, but the idea that "
                            "practitioners can feel and adjust a rhythm of spinal fluid has not "
                            "been confirmed by research."
                        ),
                        (
                            "Studies are small and mixed: some suggest short-term relief for "
                            "certain kinds of chronic pain, but the overall evidence is limited."
                        ),
                        (
                            "Serious side effects appear rare, but CST is not for everyone, and it "
                            "is never a substitute for medical care."
                        ),
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>If you have ever lain on a treatment table while someone rested their "
                    "hands so lightly on your head that you wondered whether anything was "
                    "happening at all, you may have experienced craniosacral therapy. Usually "
                    "shortened to CST, it is one of the gentlest forms of hands-on "
                    "bodywork.</p><p>It also attracts skepticism, because the traditional "
                    "explanation of how it works sits awkwardly with anatomy and the research base "
                    "is small. In this guide we describe the method fairly, as practitioners "
                    "understand it, and say plainly where the evidence stands. Nothing here is "
                    "medical advice, and if you are dealing with new or worrying symptoms, your "
                    "first stop should be a doctor.</p>"
                ),
            ),
            ("heading", {"text": "Where craniosacral therapy comes from", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>CST grew out of cranial osteopathy, an approach developed by an American "
                    "osteopath in the early twentieth century. He proposed that the bones of the "
                    "adult skull keep a tiny amount of movement and that this movement is linked "
                    "to a subtle, rhythmic pulse in the fluid that surrounds the brain and spinal "
                    "cord.</p><p>In the 1970s and 1980s, another American osteopathic physician "
                    "reworked these ideas into a simpler, teachable system and began training "
                    "people from many professional backgrounds, not only osteopaths. That system "
                    "became known as craniosacral therapy. Today several schools teach it, and it "
                    "is practiced by massage therapists, physical and occupational therapists, "
                    "osteopathic physicians, chiropractors and others. Some use a more structural "
                    "style; others follow a biodynamic style that is even more hands-off.</p>"
                ),
            ),
            ("heading", {"text": "The core ideas behind CST", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Practitioners share a vocabulary that can be confusing at first. The terms "
                    "below describe the method as it is usually taught. They are working models "
                    "used in the treatment room, not established facts of physiology, and we come "
                    "back to that distinction in the evidence section.</p>"
                ),
            ),
            (
                "definition_list",
                {
                    "title": "Core principles",
                    "items": [
                        (
                            "The craniosacral system",
                            (
                                "<p>The membranes and cerebrospinal fluid that surround and "
                                "protect the brain and spinal cord, together with the skull bones, "
                                "spine and sacrum they attach to. CST treats these as one "
                                "connected unit.</p>"
                            ),
                        ),
                        (
                            "The craniosacral rhythm",
                            (
                                "<p>A slow, wave-like motion that practitioners say they can feel "
                                "with their hands, usually described as cycling six to twelve "
                                "times a minute and linked to the production and movement of "
                                "cerebrospinal fluid. Whether this rhythm exists as described, and "
                                "whether it can be reliably felt, is disputed.</p>"
                            ),
                        ),
                        (
                            "Light touch",
                            (
                                "<p>Contact is extremely gentle, often compared to the weight of a "
                                "nickel. The idea is that a lighter touch lets the body relax "
                                "rather than brace against pressure.</p>"
                            ),
                        ),
                        (
                            "Whole-body connection",
                            (
                                "<p>Fascia, the connective tissue that wraps muscles and organs, "
                                "links distant parts of the body. Practitioners see tension in one "
                                "area as potentially affecting another, which is why a session for "
                                "a headache may include holds at the pelvis or feet.</p>"
                            ),
                        ),
                        (
                            "Following, not forcing",
                            (
                                "<p>Rather than pushing for change, the practitioner aims to "
                                "follow the tissues and support what they describe as the body's "
                                "own tendency to settle.</p>"
                            ),
                        ),
                    ],
                },
            ),
            ("heading", {"text": "Common techniques", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>A typical session lasts 45 to 60 minutes. You stay fully clothed, usually "
                    "lying on your back on a padded table, while the practitioner moves through a "
                    "series of gentle holds.</p>"
                ),
            ),
            ("heading", {"text": "Listening and assessment", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>Most sessions begin with the practitioner resting their hands at your "
                    "feet, ribs or head and simply paying attention. In their terms, they are "
                    "assessing the rhythm and noticing areas that feel restricted. It can seem as "
                    "if nothing is happening, and that is normal.</p>"
                ),
            ),
            ("heading", {"text": "Diaphragm releases", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>The practitioner places one hand beneath your body and one on top at "
                    "places where tissue runs across the body rather than along it, such as the "
                    "pelvic floor, the breathing diaphragm, the upper chest and the base of the "
                    "skull. They hold gently until they sense a softening.</p>"
                ),
            ),
            ("heading", {"text": "Cranial holds and the still point", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>Holds around the skull are the best-known part of CST. The practitioner "
                    "may cradle the back of your head or rest their fingertips along its sides. A "
                    "still point technique aims to briefly pause the perceived rhythm; clients "
                    "often report feeling heavy, drowsy or calm afterward.</p>"
                ),
            ),
            ("heading", {"text": "Why people seek it out", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>People come to CST for many reasons. The most common reasons we hear about "
                    "include:</p><ul><li>tension-type headaches and, for some people, "
                    "migraine</li><li>neck, shoulder and lower back pain</li><li>jaw pain and "
                    "clenching, including temporomandibular joint (TMJ) problems</li><li>stress, "
                    "anxiety and feeling constantly on edge</li><li>difficulty falling or staying "
                    "asleep</li><li>fibromyalgia and other long-term pain "
                    "conditions</li><li>general relaxation during recovery from an injury, once a "
                    "doctor has cleared them</li></ul><p>Parents also bring babies to CST "
                    "practitioners for colic, feeding difficulties or unsettled sleep. Evidence "
                    "here is particularly thin, so please talk to your pediatrician first to rule "
                    "out medical causes.</p><p>A list like this describes why people <i>seek</i> "
                    "CST. It is not a list of conditions CST has been shown to treat.</p>"
                ),
            ),
            ("heading", {"text": "What the evidence says", "level": "h2"}),
            ("heading", {"text": "What some studies suggest", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>A number of small randomized trials have compared CST with a sham "
                    "treatment, such as light touch without the intent or technique of CST, or "
                    "with usual care for conditions including chronic neck pain, low back pain, "
                    "fibromyalgia and headache. Several reported short-term improvements in pain "
                    "or quality of life, and some reviews that pooled this work concluded that CST "
                    "<i>may</i> offer a modest benefit for certain kinds of chronic pain. "
                    "Participants also often describe sessions as relaxing, which matters when you "
                    "live with a long-term condition.</p>"
                ),
            ),
            ("heading", {"text": "Why the evidence is still weak", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>The trials tend to involve small numbers of people, short follow-up "
                    "periods and outcomes that rely on self-reporting. Blinding is genuinely "
                    "difficult: it is hard to design a convincing placebo for a treatment that is "
                    "itself mostly gentle touch and attention. Reviewers have repeatedly flagged a "
                    "high risk of bias, and some have concluded there is not enough good evidence "
                    "to say CST works for any specific condition.</p>"
                ),
            ),
            ("heading", {"text": "Questions about the theory", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>The traditional explanation faces bigger problems than the outcome "
                    "studies. In adults, the joints between the skull bones allow very little "
                    "movement, and there is no good evidence that a practitioner can shift them "
                    "with a few grams of pressure. Studies testing whether different practitioners "
                    "feel the same rhythm in the same person have generally found poor agreement. "
                    "If CST helps some people, a more plausible explanation is calm attention, "
                    "gentle touch and time to rest, which can all change how we experience pain "
                    "and stress.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "I don't ask my patients to believe their skull is moving. I ask whether "
                        "they sleep better, hurt less and can do more of what they care about. For "
                        "some the answer is yes, for many it isn't, and both answers are useful."
                    ),
                    "attribution": "Dr. Ines Halvorsen, physical therapist and pain researcher",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Put simply, CST is unlikely to harm most healthy adults and many people "
                    "enjoy it, but it has not been shown to reliably treat any particular illness. "
                    "It is reasonable to try as a complement to medical care, never as a "
                    "replacement for it.</p>"
                ),
            ),
            ("heading", {"text": "Safety and side effects", "level": "h2"}),
            (
                "callout",
                {
                    "kind": "caution",
                    "title": "Side effects and who should not try this",
                    "body": (
                        "<p>Serious problems appear to be rare, but CST is not risk-free. Reported "
                        "side effects are usually mild and short-lived:</p><ul><li>a temporary "
                        "headache or a brief flare of existing symptoms</li><li>tiredness, "
                        "lightheadedness or feeling spaced out after a session</li><li>mild "
                        "soreness where you were held</li><li>unexpected emotions, such as "
                        "tearfulness, during or after a session</li></ul><p>Some people should "
                        "avoid CST or get a doctor's advice first. Please ask your doctor before "
                        "booking if you have:</p><ul><li>a recent head injury or concussion, or a "
                        "recent skull fracture</li><li>known or suspected raised pressure inside "
                        "the skull, or a condition affecting the flow of cerebrospinal "
                        "fluid</li><li>a brain aneurysm or other blood vessel abnormality in the "
                        "brain, or a recent bleed in or around the brain</li><li>a bleeding "
                        "disorder, or if you take blood-thinning medication</li><li>a Chiari "
                        "malformation, or recent brain or spinal surgery</li></ul><p>If you are "
                        "pregnant, or are considering CST for a baby or young child, talk to your "
                        "doctor, midwife or pediatrician first.</p>"
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "When to see a doctor instead",
                    "body": (
                        "<p>CST is not an emergency or diagnostic service. Seek urgent medical "
                        "care for:</p><ul><li>a sudden, severe headache, especially one that "
                        "reaches full strength within a minute or so</li><li>a headache with "
                        "fever, stiff neck, rash or confusion</li><li>any headache after a blow to "
                        "the head</li><li>new weakness, numbness, trouble speaking, loss of vision "
                        "or loss of balance</li></ul><p>In an emergency, call 911 or your local "
                        "emergency number.</p>"
                    ),
                },
            ),
            ("heading", {"text": "Is it worth trying?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>If you are curious, your doctor has no concerns and you can afford it, a "
                    "short trial of CST is a reasonable experiment. Decide in advance what you "
                    "hope will change, such as headache days per month or how well you sleep, and "
                    "keep simple notes. If nothing has shifted after three or four sessions, it is "
                    "fine to stop.</p><p>Be cautious of any practitioner who promises to cure a "
                    "serious illness, tells you to stop taking medication or discourages you from "
                    "seeing a doctor. Good practitioners say what they do not know and refer you "
                    "on when needed.</p>"
                ),
            ),
            ("heading", {"text": "Books we recommend", "level": "h2"}),
            (
                "book_reference",
                {
                    "book": "quiet-hands",
                    "note": (
                        "A clear, practical account of light-touch work by a practitioner who is "
                        "refreshingly frank about the limits of the method."
                    ),
                },
            ),
            (
                "book_reference",
                {
                    "book": "unknotted",
                    "note": (
                        "A readable, evidence-first look at headaches and gentle therapies, useful "
                        "for weighing CST against other options."
                    ),
                },
            ),
        ],
    },
    {
        "slug": "first-craniosacral-therapy-session",
        "title": (
            "Your first craniosacral therapy session: what to expect, from booking to after-care"
        ),
        "standfirst": (
            "Booking a first craniosacral therapy session can feel like stepping into the unknown. "
            "This guide covers choosing a practitioner, preparing, what happens on the table, "
            "after-care and what it is likely to cost."
        ),
        "authors": ["maya-lindqvist"],
        "topics": ["craniosacral-therapy", "bodywork"],
        "tags": ["first-session", "relaxation", "safety", "self-care"],
        "date_published": "2026-10-06",
        "date_updated": None,
        "featured": False,
        "hero": {
            "alt": (
                "Abstract illustration of a low, cushioned table shape beneath a softly glowing "
                "window, in muted terracotta and cream"
            ),
            "caption": "Most first sessions begin with a conversation, not a treatment.",
            "credit": "Illustration: Wellness demo",
            "colour": (190, 140, 110),
        },
        "body": [
            (
                "key_takeaways",
                {
                    "title": "Key takeaways",
                    "items": [
                        (
                            "Check a practitioner's underlying professional license, not just a "
                            "craniosacral therapy certificate."
                        ),
                        (
                            "Wear comfortable clothes: you stay dressed throughout, and you can "
                            "ask to pause, adjust or stop at any time."
                        ),
                        (
                            "Most sessions last about an hour and feel very gentle; feeling sleepy "
                            "or lightheaded afterward is common."
                        ),
                        (
                            "Mild, short-lived reactions can happen. Contact a doctor about "
                            "anything severe, unusual or getting worse."
                        ),
                        (
                            "Agree on a short trial, and a simple way to measure whether it helps, "
                            "before paying for a long course."
                        ),
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>When I booked my own first craniosacral session years ago, I had no idea "
                    "what to wear, whether I would have to undress or what light touch actually "
                    "meant. I spent the first ten minutes wondering whether the practitioner had "
                    "nodded off. Since then I have qualified as a massage therapist, trained in "
                    "light-touch methods, received many sessions and talked with dozens of clients "
                    "about their first experience. This is the guide I wish someone had given "
                    "me.</p><p>If you are new to the method itself, start with our overview, "
                    "<i>What is craniosacral therapy?</i>, which covers the principles and the "
                    "research in more detail. Here we focus on the practical side: choosing "
                    "someone, preparing, what happens on the table, after-care and cost.</p>"
                ),
            ),
            ("heading", {"text": "Choosing a practitioner", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>In most places craniosacral therapy is not a licensed profession in its "
                    "own right. Anyone can complete a short course and add it to their list of "
                    "services. That is why the single most useful question is: what is this person "
                    "licensed to do, apart from CST?</p>"
                ),
            ),
            ("heading", {"text": "Check the underlying license", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>Many CST practitioners are licensed massage therapists, physical or "
                    "occupational therapists, osteopathic physicians or chiropractors. A "
                    "professional license means they have completed recognized training in anatomy "
                    "and safety, usually carry liability insurance and answer to a regulator if "
                    "something goes wrong. In the United States you can usually confirm a license "
                    "on your state board's website in a couple of minutes.</p>"
                ),
            ),
            ("heading", {"text": "Questions to ask before you book", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>A good practitioner will be happy to answer questions by phone or email "
                    "before you commit. You might ask:</p><ul><li>What is your professional "
                    "background, and how much CST training have you completed?</li><li>Have you "
                    "worked with people who have concerns like mine?</li><li>What will the first "
                    "session involve, and how long will it take?</li><li>How will we decide "
                    "together whether it is helping?</li><li>Do you work alongside doctors, and "
                    "when would you refer me on?</li></ul><p>Be wary of anyone who guarantees "
                    "results, claims to diagnose medical conditions through touch or suggests you "
                    "stop a treatment your doctor has prescribed.</p>"
                ),
            ),
            ("heading", {"text": "Why people book a first session", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Clients arrive for all kinds of reasons. In my own practice, the most "
                    "common are:</p><ul><li>frequent tension headaches</li><li>neck and shoulder "
                    "tightness from desk work</li><li>jaw clenching and teeth "
                    "grinding</li><li>stress, burnout and trouble switching off</li><li>poor or "
                    "broken sleep</li><li>long-term pain that has not responded well to firmer "
                    "hands-on work</li></ul><p>Some people simply want an hour of quiet. That is a "
                    "perfectly good reason to book, as long as expectations stay realistic.</p>"
                ),
            ),
            ("heading", {"text": "Preparing for your appointment", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>There is very little you need to do, but a few small things make the "
                    "session easier:</p><ul><li>Wear soft, comfortable clothing without belts, "
                    "large buckles or hair clips at the back of the head.</li><li>Eat a light meal "
                    "beforehand rather than arriving hungry or very full.</li><li>Bring a list of "
                    "your medications and any relevant diagnoses, scans or operations.</li><li>If "
                    "you can, leave some quiet time afterward rather than rushing into a meeting "
                    "or a long drive.</li></ul><p>If you have an ongoing medical condition, or any "
                    "of the concerns listed in the safety section below, speak to your doctor "
                    "before the appointment and let the practitioner know what they said.</p>"
                ),
            ),
            ("heading", {"text": "What happens during the session", "level": "h2"}),
            ("heading", {"text": "The intake conversation", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>Expect the first ten to fifteen minutes to be a conversation. The "
                    "practitioner should ask about your health history, current symptoms and "
                    "medications, and what you hope to get from the session. This is also your "
                    "chance to mention anything that makes you uneasy, such as having your face "
                    "touched, lying flat or being in a very quiet room. A careful practitioner "
                    "will also listen for warning signs that need a medical opinion before any "
                    "hands-on work.</p>"
                ),
            ),
            ("heading", {"text": "On the table", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>You lie on your back on a padded table, fully clothed, usually with a "
                    "cushion under your knees and a blanket if you would like one. The "
                    "practitioner then moves slowly through a sequence of holds. You may hear some "
                    "of the following terms.</p>"
                ),
            ),
            (
                "definition_list",
                {
                    "title": "Holds and techniques you may encounter",
                    "items": [
                        (
                            "Listening hold",
                            (
                                "<p>Hands rest lightly at the feet, thighs or ribs while the "
                                "practitioner gets a sense of how your body is holding tension. "
                                "Very little appears to happen.</p>"
                            ),
                        ),
                        (
                            "Diaphragm release",
                            (
                                "<p>One hand beneath and one above the pelvis, lower ribs, upper "
                                "chest or base of the skull, held until the practitioner feels the "
                                "tissue soften.</p>"
                            ),
                        ),
                        (
                            "Cranial vault hold",
                            (
                                "<p>Fingertips rest along the sides and back of the head. The "
                                "contact is lighter than most people expect.</p>"
                            ),
                        ),
                        (
                            "Still point",
                            (
                                "<p>A gentle hold, often at the back of the head or at the feet, "
                                "intended to bring about a brief pause in the rhythm practitioners "
                                "describe. Clients often feel drowsy or very calm.</p>"
                            ),
                        ),
                        (
                            "Sacral hold",
                            (
                                "<p>A hand rests beneath the flat bone at the base of the spine, "
                                "sometimes paired with a hand under the back of the head.</p>"
                            ),
                        ),
                    ],
                },
            ),
            ("heading", {"text": "What it might feel like", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>Responses vary widely. Some people feel warmth, tingling, heaviness or a "
                    "pleasant floating sensation. Some fall asleep. Others feel nothing in "
                    "particular, which is common and does not mean you are doing it wrong. "
                    "Occasionally emotions surface unexpectedly. Throughout, you are in charge: "
                    "you can ask to pause, change position, talk or end the session.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "I expected something dramatic. What I got was the most rested I'd felt in "
                        "months, and a practitioner who told me honestly that she couldn't promise "
                        "it would help my headaches."
                    ),
                    "attribution": "Daniel Reyes, first-time client",
                },
            ),
            ("heading", {"text": "After the session", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Get up slowly, because lightheadedness is common after lying still for an "
                    "hour. Drink some water and, if you can, keep the rest of the day gentle. "
                    "Notice, and ideally jot down, how you feel that evening and over the next two "
                    "or three days: sleep, pain, mood and energy.</p><p>Some practitioners suggest "
                    "skipping strenuous exercise for the rest of the day. There is no strong "
                    "evidence either way, but taking it easy does no harm.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "caution",
                    "title": "Side effects and who should not try this",
                    "body": (
                        "<p>Most people feel relaxed, or simply unchanged, after a session. Mild, "
                        "short-lived reactions can include:</p><ul><li>tiredness or "
                        "sleepiness</li><li>a mild headache or a temporary flare of your usual "
                        "symptoms</li><li>lightheadedness when you get up</li><li>feeling "
                        "unusually emotional</li></ul><p>These usually settle within a day or two. "
                        "If symptoms are severe, unusual or getting worse, contact a doctor rather "
                        "than waiting for your next appointment.</p><p>CST is not suitable for "
                        "everyone. Talk to your doctor before booking if you have had a recent "
                        "head injury, concussion or skull fracture; if you have a brain aneurysm, "
                        "a bleed in or around the brain or another blood vessel abnormality; if "
                        "you have any condition involving raised pressure inside the skull; if you "
                        "have a bleeding disorder or take blood-thinning medication; or if you "
                        "have recently had brain or spinal surgery. Pregnant people, and parents "
                        "considering CST for an infant, should check with their doctor, midwife or "
                        "pediatrician first.</p>"
                    ),
                },
            ),
            (
                "heading",
                {"text": "What the evidence says about how many sessions you need", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>There is no research-based answer to how many sessions a person needs, "
                    "because the research on CST is limited and mixed overall. Small studies have "
                    "reported short-term improvements in some chronic pain conditions, but they "
                    "are generally small and at high risk of bias, and the claim that "
                    "practitioners can feel and influence a fluid rhythm has not held up well when "
                    "tested.</p><p>In practice, that means treating CST as a personal experiment. "
                    "A sensible approach is:</p><ol><li>Agree on a trial of three or four "
                    "sessions, spaced one to two weeks apart.</li><li>Choose one or two things to "
                    "track, such as headache days per week or how rested you feel on "
                    "waking.</li><li>Review the notes honestly at the end of the trial. If nothing "
                    "has changed, stopping is a sensible decision, not a failure.</li></ol>"
                ),
            ),
            ("heading", {"text": "Costs and insurance", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Prices vary a great deal by region and by the practitioner's background. "
                    "As a rough guide, in many parts of the United States an hour-long session "
                    "costs somewhat more than a standard massage, often somewhere between $90 and "
                    "$180, and first appointments may be longer and more expensive. Discounted "
                    "packages are common, but it is wise to try a single session before paying for "
                    "a bundle.</p><p>Health insurance rarely covers CST on its own. If it is "
                    "delivered by a licensed physical therapist or an osteopathic physician as "
                    "part of a covered treatment plan, some of the cost may be reimbursed. Some "
                    "people use a health savings or flexible spending account, which may require a "
                    "letter of medical necessity. Check with your plan before assuming either "
                    "way.</p>"
                ),
            ),
            ("heading", {"text": "Books we recommend", "level": "h2"}),
            (
                "book_reference",
                {
                    "book": "quiet-hands",
                    "note": (
                        "Its chapters on what the practitioner is doing during each hold make a "
                        "first session far less mysterious."
                    ),
                },
            ),
            (
                "book_reference",
                {
                    "book": "the-listening-body",
                    "note": (
                        "Worth reading for its practical self-care routines, though its theory is "
                        "more confident than the evidence allows."
                    ),
                },
            ),
        ],
    },
    {
        "slug": "gentle-bodywork-tension-headaches-stress",
        "title": (
            "Gentle bodywork for tension headaches and stress: how craniosacral therapy compares"
        ),
        "standfirst": (
            "Tension headaches and stress often travel together. We compare craniosacral therapy "
            "with massage, physical therapy, relaxation breathing and better sleep habits, and "
            "look at what the evidence says about each."
        ),
        "authors": ["nadia-ferreira"],
        "topics": ["headaches-and-pain", "stress-and-sleep", "bodywork"],
        "tags": ["headaches", "stress", "sleep", "neck-pain", "breathing", "massage", "self-care"],
        "date_published": "2026-10-21",
        "date_updated": "2026-11-10",
        "featured": True,
        "hero": {
            "alt": (
                "Abstract illustration of a tangle of lavender lines loosening into smooth, "
                "parallel waves"
            ),
            "caption": (
                "Tension headaches rarely have a single fix, so combining approaches often works "
                "best."
            ),
            "credit": "Illustration: Wellness demo",
            "colour": (130, 120, 170),
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>Almost everyone gets a tension-type headache at some point: a dull, "
                    "pressing band around the forehead or the back of the head, often with a stiff "
                    "neck and tight shoulders. For some people these are occasional nuisances. For "
                    "others they turn up several days a week, frequently alongside stress, long "
                    "hours at a screen and poor sleep.</p><p>As a family physician, I am often "
                    "asked whether gentle hands-on therapies such as craniosacral therapy can "
                    "help. My honest answer is that it depends on what else is going on, and that "
                    "CST works best, if it helps at all, as one part of a broader plan. This "
                    "article compares the main gentle options and what we know about each.</p>"
                ),
            ),
            (
                "key_takeaways",
                {
                    "title": "Key takeaways",
                    "items": [
                        (
                            "Tension-type headaches are common and usually harmless, but some "
                            "headache patterns need urgent medical attention."
                        ),
                        (
                            "Exercise-based physical therapy, relaxation techniques and regular "
                            "sleep have the most consistent support among gentle, drug-free "
                            "options."
                        ),
                        (
                            "Massage and craniosacral therapy may help some people feel better in "
                            "the short term, but the evidence is weaker."
                        ),
                        (
                            "Combining approaches, and tracking your headaches in a diary, usually "
                            "works better than relying on any single therapy."
                        ),
                    ],
                },
            ),
            ("heading", {"text": "Understanding tension headaches and stress", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Tension-type headache is the most common kind of headache. It usually "
                    "feels like pressure or tightness on both sides of the head, rather than "
                    "throbbing pain on one side, and it does not typically come with vomiting or "
                    "strong sensitivity to light. Doctors distinguish between episodic headaches, "
                    "on fewer than 15 days a month, and chronic ones, on 15 or more "
                    "days.</p><p>The causes are not fully understood, but stress, tight neck and "
                    "scalp muscles, missed meals, dehydration, poor sleep and long periods in one "
                    "posture are all commonly reported triggers. Ongoing stress can also make the "
                    "nervous system more sensitive to pain, which is one reason the two so often "
                    "travel together.</p><p>When people look for gentle, hands-on or self-care "
                    "help, they are usually hoping to ease one or more of "
                    "these:</p><ul><li>frequent tension-type headaches</li><li>a tight neck, "
                    "shoulders and jaw</li><li>stress and a sense of never switching "
                    "off</li><li>poor or broken sleep</li><li>needing painkillers on many days of "
                    "the month</li></ul><p>That last point matters. Taking pain relievers on many "
                    "days each month can itself lead to more frequent headaches, known as "
                    "medication-overuse headache. If you are reaching for tablets more than two or "
                    "three days a week, please talk to your doctor.</p>"
                ),
            ),
            ("heading", {"text": "When a headache needs a doctor first", "level": "h2"}),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Red flags: get medical help promptly",
                    "body": (
                        "<p>Most headaches are not dangerous, but seek urgent care if you "
                        "have:</p><ul><li>a sudden, explosive headache that reaches full strength "
                        "within about a minute</li><li>a headache with fever, stiff neck, rash, "
                        "confusion or unusual drowsiness</li><li>a headache after a head "
                        "injury</li><li>weakness, numbness, slurred speech, changes in vision or "
                        "difficulty walking</li><li>a new or very different headache after age 50, "
                        "during pregnancy or soon after giving birth</li><li>headaches that "
                        "steadily worsen, wake you from sleep or get worse with coughing or "
                        "straining</li></ul><p>Call 911 or your local emergency number for the "
                        "most severe symptoms. For a new pattern of headaches, book an ordinary "
                        "appointment with your doctor before starting any bodywork.</p>"
                    ),
                },
            ),
            ("heading", {"text": "The gentle options compared", "level": "h2"}),
            (
                "paragraph",
                "<p>Here is a quick overview, followed by a closer look at each option.</p>",
            ),
            (
                "definition_list",
                {
                    "title": "Gentle options at a glance",
                    "items": [
                        (
                            "Craniosacral therapy",
                            (
                                "<p>Very light touch, mainly at the head, spine and pelvis. Deeply "
                                "relaxing for many people; limited and mixed evidence for headache "
                                "relief.</p>"
                            ),
                        ),
                        (
                            "Massage therapy",
                            (
                                "<p>Firmer hands-on work on the muscles of the neck, shoulders and "
                                "scalp. May ease symptoms in the short term; the studies are "
                                "small.</p>"
                            ),
                        ),
                        (
                            "Physical therapy",
                            (
                                "<p>An assessment of posture and movement, plus exercises to "
                                "strengthen and stretch the neck and upper back, sometimes with "
                                "hands-on techniques. Among the better-supported options for "
                                "frequent tension headaches.</p>"
                            ),
                        ),
                        (
                            "Relaxation breathing",
                            (
                                "<p>Slow, paced breathing and related techniques such as "
                                "progressive muscle relaxation. Free, low-risk and widely "
                                "recommended as part of stress and headache management.</p>"
                            ),
                        ),
                        (
                            "Sleep hygiene",
                            (
                                "<p>Regular sleep and wake times, a wind-down routine and a "
                                "bedroom that supports rest. Poor sleep is a common headache "
                                "trigger, so this underpins everything else.</p>"
                            ),
                        ),
                    ],
                },
            ),
            ("heading", {"text": "Craniosacral therapy", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>CST involves lying clothed on a table while a practitioner uses holds at "
                    "the head, neck, back and pelvis with only a few grams of pressure. People "
                    "with tension headaches often describe sessions as calming, and some notice "
                    "less tightness in the neck and jaw afterward. A handful of small trials in "
                    "headache and neck pain have reported short-term improvements, but they are "
                    "too small and too prone to bias for confidence. The proposed mechanism, a "
                    "rhythm of spinal fluid that can be felt by hand, is not well supported. If "
                    "CST helps you, the likeliest reasons are relaxation, gentle touch and "
                    "protected time to rest.</p>"
                ),
            ),
            ("heading", {"text": "Massage therapy", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>Massage works the muscles more directly. Many people with tension "
                    "headaches find that a firm but comfortable neck and shoulder massage brings "
                    "real, if temporary, relief. Research suggests a possible short-term benefit, "
                    "again from fairly small studies. The main drawbacks are cost and the fact "
                    "that the effects tend to fade unless they are combined with changes to "
                    "movement, posture and stress.</p>"
                ),
            ),
            ("heading", {"text": "Physical therapy", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>A physical therapist, called a physiotherapist in many countries, will "
                    "look at how you sit, move and hold your head and shoulders, then teach "
                    "exercises to strengthen the deep neck and upper back muscles and improve "
                    "mobility. Some also use hands-on techniques. Exercise-based approaches have "
                    "some of the more consistent evidence for reducing how often tension-type "
                    "headaches occur, and the skills you learn are yours to keep.</p>"
                ),
            ),
            ("heading", {"text": "Relaxation breathing", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>Slow breathing, for example breathing in for about four seconds and out "
                    "for about six, for five to ten minutes a day, can help settle the stress "
                    "response. Progressive muscle relaxation, in which you tense and then release "
                    "muscle groups in turn, is another well-studied technique. Relaxation "
                    "training, along with related approaches such as biofeedback and cognitive "
                    "behavioral therapy, appears in many headache guidelines. These methods cost "
                    "little, carry almost no risk and can be used as soon as you feel a headache "
                    "building.</p>"
                ),
            ),
            ("heading", {"text": "Sleep hygiene", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>Short or irregular sleep is one of the most commonly reported headache "
                    "triggers. Keeping consistent sleep and wake times, including on weekends, "
                    "limiting caffeine after midday, dimming screens in the hour before bed and "
                    "keeping the bedroom cool and dark are simple places to start. If you snore "
                    "heavily, wake unrefreshed or often wake with a headache, mention it to your "
                    "doctor, as a sleep disorder may be involved.</p>"
                ),
            ),
            ("heading", {"text": "What the evidence says", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Comparing these options directly is difficult, because they have rarely "
                    "been tested against each other in large trials. Broadly, though, the picture "
                    "looks like this:</p><ul><li><b>More consistent support:</b> exercise-based "
                    "physical therapy, relaxation training and related psychological approaches, "
                    "and tackling sleep and other lifestyle triggers.</li><li><b>Some, weaker "
                    "support:</b> massage and other manual therapies, mostly for short-term "
                    "relief.</li><li><b>Limited and mixed evidence:</b> craniosacral therapy, "
                    "where studies are small, often at high risk of bias and hard to "
                    "blind.</li></ul><p>None of these approaches replaces a proper diagnosis, and "
                    "for frequent headaches your doctor may also discuss preventive medication. "
                    "Gentle therapies can sit comfortably alongside medical care.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "The patients who do best rarely rely on one thing. They move a little "
                        "more, sleep a little better, learn to notice tension early and use "
                        "hands-on treatment as a support rather than a rescue."
                    ),
                    "attribution": "Dr. Amara Whitfield, neurologist and headache specialist",
                },
            ),
            ("heading", {"text": "Safety first", "level": "h2"}),
            (
                "callout",
                {
                    "kind": "caution",
                    "title": "Side effects and who should not try this",
                    "body": (
                        "<p>The options in this article are low-risk for most people, but not for "
                        "everyone.</p><ul><li><b>Craniosacral therapy:</b> occasional tiredness, "
                        "lightheadedness, a passing headache or strong emotions. Avoid it, or ask "
                        "your doctor first, after a recent head injury, concussion or skull "
                        "fracture, or if you have raised pressure inside the skull, a brain "
                        "aneurysm or other blood vessel abnormality, a bleeding disorder or take "
                        "blood thinners.</li><li><b>Massage:</b> temporary soreness or bruising. "
                        "Ask your doctor first if you have a bleeding disorder, take blood "
                        "thinners, have had a blood clot, have osteoporosis or have a recent "
                        "injury.</li><li><b>Physical therapy:</b> some muscle soreness as you "
                        "start new exercises. Tell your therapist about any dizziness, numbness or "
                        "pain that spreads down an arm.</li><li><b>Breathing exercises:</b> "
                        "breathing too fast or too deeply can cause tingling or lightheadedness. "
                        "Keep the pace slow and stop if you feel unwell.</li></ul><p>If your "
                        "headaches change in character, or you notice any of the red flags above, "
                        "stop and seek medical advice.</p>"
                    ),
                },
            ),
            ("heading", {"text": "Putting together a simple plan", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>For most people with frequent tension headaches and stress, a practical "
                    "plan might look like this:</p><ol><li>See your doctor to confirm the "
                    "diagnosis and review how often you use pain relief.</li><li>Keep a headache "
                    "diary for four weeks, noting headache days, sleep, stress, caffeine and "
                    "screen time.</li><li>Start daily slow breathing and a consistent sleep "
                    "schedule, since both are free and low-risk.</li><li>Consider a course of "
                    "physical therapy focused on neck and upper back exercise.</li><li>If you "
                    "would like hands-on support, try massage or craniosacral therapy for a few "
                    "sessions and compare your diary before and after.</li></ol><p>Review after "
                    "two or three months. Keep what helps, and drop what does not.</p>"
                ),
            ),
            ("heading", {"text": "Books we recommend", "level": "h2"}),
            (
                "book_reference",
                {
                    "book": "unknotted",
                    "note": (
                        "The most useful single book we know on tension headaches, with a fair, "
                        "evidence-led chapter on each gentle therapy."
                    ),
                },
            ),
            (
                "book_reference",
                {
                    "book": "the-listening-body",
                    "note": (
                        "Its four-week breathing and body-scan routine is a practical companion to "
                        "the self-care steps above."
                    ),
                },
            ),
        ],
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
