"""Demo article: gentle-bodywork-tension-headaches-stress."""

ARTICLE = {
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
            "Tension headaches rarely have a single fix, so combining approaches often works best."
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
}
