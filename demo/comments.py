"""A demo comment thread, so a newcomer sees every state: approved, replies, held, spam."""

from comments.starter import STARTER_BLOCKLIST

# The commenters who ticked "Email me when someone replies" and confirmed their address: the
# replies to them are emailed (`make run` prints the email in its terminal, from the worker).
NOTIFIED = {"lena"}

# (key, parent key, name, email, website, status, body, hours after the article's date)
THREAD = [
    (
        "lena",
        None,
        "Lena Hartmann",
        "lena@example.org",
        "",
        "approved",
        "Thank you for being so clear about the evidence. My physiotherapist suggested CST for "
        "my jaw tension and I wasn't sure what to expect. Is it normal to feel tired afterwards?",
        30,
    ),
    (
        "maya",
        "lena",
        "Maya Lindqvist",
        "maya@example.org",
        "",
        "approved",
        "Hi Lena, yes, many people feel sleepy or a little heavy for the rest of the day. Drink "
        "some water and go easy on yourself. If you feel unwell rather than just tired, tell "
        "your practitioner and your doctor.",
        34,
    ),
    (
        "lena2",
        "maya",
        "Lena Hartmann",
        "lena@example.org",
        "",
        "approved",
        "That's reassuring, thanks. I'll book an afternoon session so I can rest afterwards.",
        40,
    ),
    (
        "tom",
        None,
        "Tom Okoro",
        "tom@example.net",
        "https://example.net/tom",
        "approved",
        "Good to see a wellness site admit the research is thin. For anyone curious, the "
        "systematic reviews are worth reading in full, not just their abstracts: "
        "https://pubmed.ncbi.nlm.nih.gov/",
        52,
    ),
    (
        "priya",
        None,
        "Priya N.",
        "priya@example.com",
        "",
        "pending",
        "I'm 30 weeks pregnant and have read that CST can help with back pain. Would you say "
        "it's safe in the third trimester?",
        70,
    ),
    (
        "spam",
        None,
        "출장안마 최저가",
        "deals@spam-example.xyz",
        "https://spam-example.xyz",
        "spam",
        "출장안마 출장샵 24시간 예약 https://spam-example.xyz 최고의 서비스 "
        "https://spam-example.xyz/vip",
        90,
    ),
]
HOLD_REASONS = {"pending": "first comment from this address", "spam": "blocked phrase “출장안마”"}
BLOCKLIST = STARTER_BLOCKLIST  # what a new site blocks from day one
