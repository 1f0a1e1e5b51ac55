"""The broad part of the starter set: comment spam and genuine comments as any platform sees them.

    .venv/bin/python -m tools.spam_corpus.starter_extra

Writes comments/data/starter_extra.jsonl. Hand-written, not drawn from corpus.jsonl's templates:
self-promotion (channels, subscribe, "visit my site"), SEO link drops, crypto, casino, loans,
essay writing, pharmacy, Korean, Chinese and Russian service spam, obfuscations; and genuine
comments of every kind (very short thanks, questions, complaints, disagreement, other
languages, links to health authorities, ordinary words spam also uses). Each line is its own
group; `kind` names the family.
"""

import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "comments" / "data" / "starter_extra.jsonl"

SPAM = {
    "self_promotion": [
        "Check out my channel!! I post new videos every week :)",
        "Hey guys please subscribe to my channel, I'm trying to reach 1000 subs",
        "Please check out my new video and leave a like, it would mean a lot",
        "I'm a small youtuber, if you subscribe I will subscribe back!",
        "Follow me on instagram @fitgirl_daily for daily tips",
        "Check out my music on soundcloud, new beats every day https://soundcloud.com/bigbeatz99",
        "sub4sub anyone? comment done and I will sub back",
        "Visit my blog for more tips like these http://best-tips-blog.net",
        "Check my profile for a surprise ;)",
        "Like this comment if you want more! and subscribe to my channel for free giftcards",
        "Hi everyone, I just started a fitness channel, check it out: youtube.com/c/fitlife22",
        "Please share my video, I need views https://bit.ly/3xyzvid",
    ],
    "seo_link": [
        "Nice post! Visit my site http://cheap-seo-links.xyz",
        "Great article, I bookmarked it. My page: https://top10reviews-best.info",
        "Hello, I like your website. We offer SEO services to rank you first on Google.",
        "Very informative. Also check https://www.buy-cheap-watches.shop for great deals",
        'Thanks for the info! <a href="http://essay-pro-writers.net">essay help</a>',
        "[url=http://replica-bags.top]replica handbags[/url] best quality",
        "I will do high DA backlinks for your website, guaranteed results, contact me",
        "Your site could rank higher. Reply for a free SEO audit.",
        "Informative post. Keep it up. https://mp3-download-free.ru",
        "Get 10,000 real followers now at https://followers-fast.app",
    ],
    "crypto": [
        "I made $8,500 in a week trading bitcoin with Mr. James, WhatsApp him +1 555 0199 8888",
        "Invest in crypto with expert trader Mrs. Linda, 300% returns, message her on telegram",
        "Bitcoin doubler: send 0.1 BTC and receive 0.2 BTC back instantly",
        "Free crypto airdrop! Connect your wallet at https://claim-airdrop.io",
        "My life changed after I started forex trading with this platform, earnings every day",
    ],
    "casino": [
        "Best online casino with free spins and no deposit bonus: https://spin-win-casino.bet",
        "Play slots and poker online, 200% welcome bonus, withdraw instantly",
        "Sports betting tips, 100% sure wins, join our VIP group",
        "c.a.s.i.n.o b.o.n.u.s free money register now",
        "온라인카지노 바카라 슬롯 가입머니 지급",
    ],
    "loans_money": [
        "Need a loan? Fast approval, no credit check, contact us today",
        "Are you in debt? We offer loans at 2% interest rate, email loanfirm@example.com",
        "I earn $95 an hour working from home on my laptop. Go to this site for more details",
        "Make money online from home, no experience needed, start today!!!",
        "Earn up to $500 a day with simple online surveys https://paid-surveys.work",
        "Congratulations! You have won a free iPhone, claim your prize now",
        "Free gift cards every day, just complete offers on my website",
    ],
    "essay": [
        "Need help with your essay? Professional writers, plagiarism-free, on time.",
        "Do my homework for cheap, assignment help for all subjects, order now",
        "Buy a dissertation written by PhD experts, 20% off today",
    ],
    "pharmacy": [
        "Buy tramadol online without prescription, overnight delivery",
        "Cheap generic cialis and levitra, discreet shipping worldwide",
        "v1agra 100mg best price no rx needed",
        "Order xanax and oxycodone online, no prescription required",
        "Lose 20 pounds in 2 weeks with this miracle pill, doctors hate it",
        "Keto diet pills, burn fat fast, order your free trial bottle",
    ],
    "service_ko": [
        "오피 출장 후불 카톡 문의 주세요",
        "먹튀검증 토토사이트 추천 안전놀이터",
        "비아그라 구매 정품 당일배송",
        "대출 당일 승인 무직자 가능 문의",
        "출 장 마 사 지 24시간 예약",
    ],
    "service_zh": [
        "代写论文 加微信 包过",
        "办证 刷单 兼职 日结 加QQ",
        "网赚项目 日入千元 联系微信",
        "六合彩 时时彩 稳赚 平台注册送彩金",
    ],
    "service_ru": [
        "Заработок в интернете от 5000 рублей в день без вложений",
        "Купить диплом недорого, доставка по всей России",
        "Прогон сайта по базам, быстрый рост позиций",
        "Займы онлайн без отказа на карту за 5 минут",
        "Лучшее онлайн казино, бонус за регистрацию",
    ],
    "dating": [
        "Hot singles in your area want to meet you tonight, click here",
        "Lonely? Meet beautiful girls now, free registration",
        "I'm Anna, 24, new in town and looking for a man to spend the evening with, write me",
        "Real girls, no fakes, video chat free tonight only https://meet-now-tonight.club",
    ],
    # Added in the second round (h18b): phrasings of every kind the issue lists, written as new
    # sentences rather than variants of the ones above, with and without links.
    "fake_review": [
        "I suffered from joint pain for ten years until a friend told me about Dr. Okoro's herbal "
        "cure. Two weeks later I was walking again. Email him, he will help you too.",
        "My husband's sugar levels are normal now thanks to this natural supplement, I ordered "
        "it from the official website and it arrived in three days",
        "After trying everything for my tinnitus, these drops finally worked. Search for the "
        "name on Google and order only from the official store!",
        "Honestly the best purchase I made this year, my back pain disappeared in a week. "
        "Link in my profile.",
    ],
    "recovery_scam": [
        "Lost money to a fake trading site? A recovery expert got all my funds back, reach "
        "him on telegram @fundsback_pro",
        "Beware of scammers, but if you've been scammed already contact this hacker, he can "
        "recover bitcoin and hack any account",
    ],
    "link_drop": [
        "Thanks for sharing this, very useful. I wrote something similar here: "
        "https://health-tips-daily.site/back-pain",
        "Good article. For more information please visit https://mywellnessguide.online",
        "Really enjoyed reading this. You might also like https://best-massage-chairs.store",
        "This is exactly what I was looking for, thank you! https://sleep-better-now.xyz",
    ],
    "weight_loss": [
        "I lost 14 kg in one month without diet or exercise, just one capsule a day",
        "Flat belly in 7 days, doctors are shocked by this simple trick",
    ],
    "service_ja": [
        "副業で月収100万円！スマホだけで簡単、詳しくはLINEで",
        "即日融資 ブラックでもOK 今すぐお電話ください",
        "出会い系 完全無料 今夜会える女性多数",
    ],
    "service_other": [
        "Kredi kartına anında nakit, hemen ara",
        "Dapatkan uang tambahan setiap hari dari rumah, hubungi WhatsApp kami",
        "Mua thuốc giảm cân nhập khẩu chính hãng, giao hàng tận nơi",
        "Ganhe dinheiro em casa sem investimento, chama no zap",
        "Gana dinero desde casa, sin experiencia, escríbenos por WhatsApp",
        "Verdiene 500 Euro am Tag von zu Hause aus, ohne Vorkenntnisse",
        "Guadagna online da casa, nessun investimento richiesto, contattaci",
        "Gagnez de l'argent facilement depuis chez vous, inscription gratuite",
        "Продвижение сайтов в ТОП, гарантия результата, пишите в телеграм",
        "高薪兼职 在家就能做 每天结算 详情加微信",
        "무료 상담 개인회생 파산 신청 빠른 처리",
    ],
}

HAM = {
    "short": [
        "Thanks!",
        "Great post.",
        "Thank you so much, very helpful!",
        "Love this!",
        "Agreed.",
        "This is so true",
        "Well said.",
        "Nice one",
        "Brilliant, thank you",
        "So helpful, thanks for writing this.",
        "Beautiful.",
        "Good read.",
        "haha same",
        "Wow",
        "I needed this today.",
        "Saved for later!",
        "+1",
        "Same here.",
        "Thanks for sharing.",
        "Hello, great article!",
        "Hi! Thank you.",
        "Cheers",
        "Yes!! Finally someone said it",
        "Interesting, thanks.",
        "Hello from Brazil!",
        "Love it ❤️",
        "👍👍",
        "Hi, +1 to this.",
        "Very nice, thank you for this.",
        "Spot on.",
        "ok this is gold",
        "Thank you 🙏",
        "Me too!",
        "Great video, thanks",
        "I like this",
        "Nice to see this explained simply. Thanks!",
    ],
    "question": [
        "Where can I buy the book?",
        "Is this safe during pregnancy?",
        "How often should I do this stretch?",
        "Source?",
        "What dose would you recommend for a child?",
        "Does this work for lower back pain too?",
        "Can I do this if I have high blood pressure?",
        "Which brand of foam roller do you use?",
        "Is there a video of the exercises?",
        "Is this covered by insurance?",
    ],
    "complaint": [
        "This didn't work for me at all.",
        "Too many ads on this site, the page keeps jumping around.",
        "The link to the study is broken.",
        "I tried this for a month and my knee still hurts.",
        "Why does every article end with a sales pitch? Disappointing.",
        "Your newsletter keeps going to my spam folder.",
        "I'm sick of the spam comments here, someone should clean them up.",
    ],
    "disagreement": [
        "I disagree with the second point, the evidence is weak.",
        "Not sure about this. My physio said the opposite.",
        "That's just not true, cold showers did nothing for me.",
        "Respectfully, this oversimplifies a complicated condition.",
    ],
    "everyday": [
        "I watched your video on this last year and it still helps, thank you.",
        "I subscribed to the newsletter after reading this one.",
        "My grandmother swore by this remedy, nice to see the science behind it.",
        "Shared this with my running club.",
        "Who else is reading this at 3am because they can't sleep?",
        "I lost my job last year and stress made my back pain worse. This helped.",
        "Money is tight so I appreciate the free exercises.",
        "The free trial at my local gym had a similar class.",
        "My doctor prescribed something for the pain but I'd rather try this first.",
        "Good luck to everyone doing the challenge this month!",
        "I read the book, the chapter on sleep is the best part.",
        "Happy new year everyone!",
    ],
    "with_website": [
        (
            "I write about running injuries on my blog, and this matches what I found.",
            "https://www.runningwithpriya.com",
        ),
        (
            "Lovely piece. I teach yoga and will share it with my students.",
            "https://yogawithsam.co.uk",
        ),
        ("Thanks for citing the trials, so rare on wellness sites.", "https://janedoe.blog"),
        ("I tried the breathing exercise before bed and slept better.", "https://kims-kitchen.net"),
        ("As a nurse I'd add: see your GP if the numbness lasts.", "https://nursenotes.org"),
        ("Does anyone know a good physio in Leeds?", "https://leedsmum.wordpress.com"),
        ("Great post.", "https://thehealthyhome.blog"),
        ("I disagree, the study had only 30 people.", "https://skepticalreader.net"),
        ("Danke für den Artikel, sehr gut erklärt.", "https://www.gesund-leben-blog.de"),
        ("Merci, très clair.", "https://www.ma-sante-au-quotidien.fr"),
        ("좋은 글 감사합니다.", "https://blog.naver.com/healthylife"),
        ("とても分かりやすかったです。", "https://ameblo.jp/karada-note"),
    ],
    "authority_link": [
        "The NHS page explains it well: https://www.nhs.uk/conditions/back-pain/",
        "CDC guidance here: https://www.cdc.gov/physical-activity-basics/",
        "WHO recommendations: https://www.who.int/news-room/fact-sheets/detail/physical-activity",
        "There's a Cochrane review on this https://www.cochranelibrary.com/",
        "See NICE guideline NG59 https://www.nice.org.uk/guidance/ng59 and the NHS page www.nhs.uk",
        "This PubMed study disagrees: https://pubmed.ncbi.nlm.nih.gov/25864438/",
    ],
    "other_language": [
        ("es", "¡Muchas gracias! Muy útil."),
        ("es", "No estoy de acuerdo, a mí no me funcionó."),
        ("es", "¿Esto sirve también para el dolor de cuello?"),
        ("de", "Danke, sehr hilfreich!"),
        ("de", "Bei mir hat das leider nicht geklappt."),
        ("de", "Gibt es dazu eine Studie?"),
        ("fr", "Merci beaucoup pour cet article."),
        ("fr", "Je ne suis pas d'accord avec ce conseil."),
        ("pt", "Obrigado! Adorei."),
        ("pt", "Isso funciona para dor nas costas?"),
        ("it", "Grazie mille, articolo utilissimo."),
        ("it", "Non sono d'accordo, il mio medico dice il contrario."),
        ("ko", "감사합니다 좋은 글이네요"),
        ("ko", "저도 허리가 아파서 해봤는데 효과가 있었어요"),
        ("ko", "요즘 출장안마 광고 댓글이 너무 많아요. 관리 좀 해주세요"),
        ("ja", "ありがとうございます。とても参考になりました。"),
        ("ja", "私には効果がありませんでした。"),
        ("zh", "谢谢分享，很有帮助。"),
        ("zh", "这个方法对颈椎病有用吗？"),
        ("ru", "Спасибо, очень полезно!"),
        ("ru", "Не согласен, мне это не помогло."),
    ],
}


# Added in the second round (h18b): genuine comments in every language of the corpus, citing
# sources that are not public bodies (hospitals, charities, journals, encyclopedias, patient
# sites): a reader's link is not a sign of spam, in any language. And more genuine comments in
# the scripts the first round had mostly as spam (Korean, Chinese, Japanese, Cyrillic).
HAM["source_link"] = [
    ("en", "Mayo Clinic has a good overview too: https://www.mayoclinic.org/"),
    ("en", "Versus Arthritis says much the same https://www.versusarthritis.org/"),
    ("en", "I found this summary helpful, from the BMJ: https://www.bmj.com/"),
    ("en", "Wikipedia's article has the references https://en.wikipedia.org/wiki/Sciatica"),
    ("de", "Die Apotheken Umschau erklärt es auch: https://www.apotheken-umschau.de/"),
    ("de", "Hier gibt es mehr dazu https://www.netdoktor.de/ (nicht meine Seite)"),
    ("es", "En la Clínica Universidad de Navarra lo explican: https://www.cun.es/"),
    ("es", "Yo lo leí en MedlinePlus en español https://medlineplus.gov/spanish/"),
    ("fr", "La Ligue contre le cancer en parle ici : https://www.ligue-cancer.net/"),
    ("fr", "Voir aussi le Vidal https://www.vidal.fr/ pour les médicaments"),
    ("pt", "O Hospital Albert Einstein tem um texto sobre isso: https://www.einstein.br/"),
    ("pt", "Li algo parecido aqui https://drauziovarella.uol.com.br/"),
    ("it", "Anche la Fondazione Veronesi ne parla: https://www.fondazioneveronesi.it/"),
    ("it", "Fonte: https://www.humanitas.it/ (ospedale di Milano)"),
    ("ko", "서울대병원 건강정보에도 비슷한 내용이 있어요 https://www.snuh.org/"),
    ("ko", "참고: https://www.samsunghospital.com/ 여기도 설명이 잘 되어 있네요"),
    ("ja", "国立がん研究センターの情報も参考になります https://www.ncc.go.jp/"),
    ("ja", "参考: https://medicalnote.jp/ 腰痛のページ"),
    ("zh", "丁香医生也有类似的文章 https://dxy.com/"),
    ("zh", "来源：https://www.haodf.com/ 医生的回答"),
    ("ru", "Похожая статья есть здесь: https://www.rmj.ru/"),
    ("ru", "Источник: https://ru.wikipedia.org/wiki/Остеохондроз"),
]
HAM["other_language"] += [
    ("ko", "질문이 있어요. 임신 중에도 이 운동을 해도 되나요?"),
    ("ko", "이 글 덕분에 병원에 가볼 용기가 생겼어요."),
    ("ko", "솔직히 별 도움이 안 됐어요. 너무 일반적인 얘기 같아요."),
    ("ko", "네 맞아요"),
    ("ja", "腰痛に悩んでいたので助かりました。"),
    ("ja", "このストレッチは毎日やっても大丈夫ですか？"),
    ("ja", "広告が多すぎて読みにくいです。"),
    ("ja", "同感です"),
    ("zh", "我妈妈也有这个问题，我会转给她看。"),
    ("zh", "文章写得太笼统了，希望能更具体一点。"),
    ("zh", "请问孕妇可以做这个动作吗？"),
    ("zh", "同意"),
    ("ru", "А беременным так можно делать?"),
    ("ru", "Слишком много рекламы на сайте."),
    ("ru", "Мой врач говорил то же самое, спасибо за статью."),
    ("ru", "Согласна"),
]


def rows() -> list[dict]:
    found = []
    for kind, bodies in SPAM.items():
        for number, body in enumerate(bodies):
            found.append(
                {"label": "spam", "body": body, "kind": kind, "group": f"extra-{kind}-{number}"}
            )
    for kind, bodies in HAM.items():
        for number, entry in enumerate(bodies):
            lang, website = "en", ""
            if kind == "with_website":
                body, website = entry
            elif isinstance(entry, tuple):
                lang, body = entry
            else:
                body = entry
            found.append(
                {
                    "label": "ham",
                    "body": body,
                    "website": website,
                    "lang": lang,
                    "kind": kind,
                    "group": f"extra-{kind}-{number}",
                }
            )
    return found


def main() -> None:
    OUT.write_text(
        "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows()), encoding="utf-8"
    )
    print(f"{OUT}: {len(rows())} comments")


if __name__ == "__main__":
    main()
