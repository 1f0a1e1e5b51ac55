"""Demo article: what-is-craniosacral-therapy."""

ARTICLE = {
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
}
