"""Demo article: first-craniosacral-therapy-session."""

ARTICLE = {
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
}
