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


# Added in the third round (h18c): spam written as new pitches in every family and in the
# languages spam arrives in, so that what the filter learns is the shape of a pitch (get in touch
# off the site, a sum of money, a throwaway link, a list of keywords) more than its wording; and
# genuine comments that share those shapes (a helpline's number, a price, a patients' group on a
# messenger, shouting for joy), so that a shape alone does not condemn a reader.
SPAM["pharmacy"] += [
    "Generic meds up to 80% cheaper than your local chemist, we ship to all countries.",
    "Why pay more? Sildenafil, tadalafil, finasteride at wholesale prices, no doctor visit.",
    "Online pharmacy with no prescription needed, pay with bitcoin, tracked delivery.",
    "Pain killers without rx, next day delivery, 100% discreet packaging. Message us now",
    "Modafinil for students and professionals, focus all day, order from our store",
    "Ozempic and semaglutide pens available without prescription, worldwide shipping",
    "Buy phentermine online, lose weight fast, best price guaranteed",
    "Anabolic steroids for sale, real lab tested, bodybuilders trust us",
    "Compra viagra sin receta, envío discreto a toda España",
    "Acheter cialis sans ordonnance, livraison rapide et discrète",
    "Viagra kaufen ohne Rezept, diskreter Versand, günstige Preise",
    "Виагра без рецепта, доставка по всей России, анонимно",
    "Comprar remédio para emagrecer sem receita, entrega rápida",
    "Thuốc cường dương chính hãng, giao hàng kín đáo toàn quốc",
    "ยาลดน้ำหนัก ของแท้ ส่งฟรีทั่วประเทศ สั่งซื้อได้เลย",
    "壮阳药 正品保证 隐私发货 货到付款",
]
SPAM["casino"] += [
    "Top rated online slots, deposit 10 get 50 free, instant payouts 24/7",
    "Win real money playing roulette on your phone, new players get a welcome package",
    "Football betting with the best odds, fixed matches, guaranteed profit every weekend",
    "Play baccarat live with real dealers, cashback every week for VIP members",
    "Lottery prediction software, pick the winning numbers every time",
    "Aviator game signals, join my group and never lose a round again",
    "Apuestas deportivas con bonos de bienvenida, registrate hoy y gana",
    "Cassino online com bônus de boas-vindas, saque via pix na hora",
    "Ставки на спорт, договорные матчи, проход 100 процентов",
    "Онлайн слоты с выводом на карту, бонус новым игрокам",
    "スロット 新規登録で入金不要ボーナス 今すぐプレイ",
    "파워볼 실시간 배팅 신규 첫충 보너스 지급",
    "메이저놀이터 안전한 스포츠토토 먹튀 없는 곳 추천",
    "บาคาร่าออนไลน์ สมัครวันนี้รับโบนัส ฝากถอนไม่มีขั้นต่ำ",
    "Cá cược bóng đá uy tín, nạp tiền nhận thưởng 100%",
    "Situs slot gacor hari ini, deposit pulsa tanpa potongan",
    "网上赌场 真人百家乐 注册送彩金 提款秒到",
]
SPAM["loans_money"] += [
    "Quick cash loans up to 5000 approved in minutes, bad credit welcome",
    "Payday loan today, money in your account within the hour, apply online",
    "Consolidate all your debts into one low monthly payment, call our advisors",
    "Work from home and earn 300 dollars daily, I quit my job last month",
    "My cousin makes 12k a month from home on her computer, ask me how",
    "Tired of your 9 to 5? I will show you how I make passive income, DM me",
    "Government grant money available, you don't have to pay it back, apply now",
    "Préstamos rápidos sin aval, dinero en 24 horas, solicita ya",
    "Empréstimo rápido para negativados, dinheiro na conta hoje",
    "Кредит наличными без справок и поручителей, одобрение за час",
    "무직자 대출 당일 입금 신용불량자 가능 상담 환영",
    "急用钱 无抵押贷款 当天放款 秒批",
    "Pinjaman online cepat cair tanpa jaminan, proses 5 menit",
]
SPAM["crypto"] += [
    "Join the presale before it lists on exchanges, 100x potential, link in bio",
    "I turned 500 into 9,000 in two weeks with a trading bot, happy to share",
    "Best crypto signals group, 95% accuracy, free trial for new members",
    "Earn 5% daily staking rewards on our platform, withdraw anytime",
    "Mining pool with guaranteed returns, invest 0.05 BTC and earn every day",
    "Binary options trading with a certified account manager, returns weekly",
    "Инвестиции в криптовалюту с доходом от 3% в день, пишите",
    "코인 리딩방 무료 체험 수익 인증 다수",
    "虚拟币投资 带单 稳赚不赔 日收益百分之十",
    "仮想通貨で毎月30万円の不労所得、無料セミナー開催中",
]
SPAM["seo_link"] += [
    "Guest post opportunity on high authority sites, DA 50+, dofollow links, cheap",
    "We sell PBN links and niche edits, rank on page one in 30 days",
    "Need more traffic? Our SEO agency guarantees first page rankings",
    "I noticed your site has broken links and slow speed, I can fix it for a small fee",
    "Hi admin, I'd like to publish a sponsored article on your blog, what is your price?",
    "Web design, app development, digital marketing at the lowest price, contact us",
    "Buy website traffic, 100% real visitors from Google, targeted by country",
    "Продвижение сайта в поисковиках, вывод в топ Яндекса под ключ",
    "网站优化 快速排名 首页 包月收费",
    "상위노출 블로그 마케팅 바이럴 대행 문의",
]
SPAM["essay"] += [
    "Struggling with your thesis? Our academic experts write any paper overnight",
    "Take my online class for me, guaranteed A grade, pay after results",
    "Cheap assignment writing service, any subject, 100% original",
    "Research papers, case studies and lab reports written for you, discounts for students",
    "Write my essay for me cheap, native English writers, fast turnaround",
    "Курсовые и дипломные работы на заказ, недорого, в срок",
    "论文代写 代考 包过 价格优惠",
]
SPAM["dating"] += [
    "Bored tonight? Chat with local girls, no sign up needed",
    "Sexy webcam models online now, free private shows",
    "Find a sugar daddy today, generous gentlemen waiting for you",
    "Beautiful women from Ukraine looking for serious relationship, see photos",
    "Hi dear, I saw your profile and I like you, write to my email please",
]
SPAM["escort"] = [
    "Outcall massage service 24 hours, beautiful young therapists, call now",
    "Escort service in the city centre, VIP girls, discreet meetings",
    "Body to body massage, full service, incall and outcall available",
    "역삼 오피 후기 실사 100% 예약 문의",
    "강남 안마 출장 24시 한국인 관리사 바로 예약",
    "스웨디시 1인샵 힐링 마사지 할인 이벤트 예약 환영",
    "デリヘル 即日 派遣 可愛い子多数 お問い合わせはこちら",
    "出張マッサージ 24時間対応 ホテル 自宅 すぐ伺います",
    "上门服务 全城空降 学生妹 包夜 联系方式见主页",
    "桑拿按摩 特殊服务 私人定制 预约电话",
    "Индивидуалки города, реальные фото, выезд и апартаменты",
    "Эротический массаж, салон в центре, круглосуточно",
    "นวดน้ำมัน บริการถึงที่ สาวสวย นัดได้ตลอด 24 ชม",
    "Massage tận nơi, nhân viên xinh đẹp, phục vụ 24/24",
    "Pijat panggilan ke hotel 24 jam, terapis cantik, hubungi kami",
]
SPAM["fake_review"] += [
    "This product saved my marriage, I ordered three bottles and I am buying more",
    "I was skeptical but my blood pressure dropped in ten days, thank you Dr. Ade's herbs",
    "Five stars! Best CBD oil I ever tried, use my code for 20% off",
    "My hair grew back in a month with this serum, everyone should try it, order here",
    "I used this cream and my wrinkles are gone, you can get it from their official site",
    "Herbal medicine cured my diabetes completely, no more insulin, contact the herbalist",
    "Dr. Williams spell caster brought my ex back in 48 hours, contact him for any problem",
    "My doctor couldn't help but this natural remedy cured my herpes, email the doctor",
]
SPAM["recovery_scam"] += [
    "Need a hacker to check your partner's phone? Contact this expert, discreet and fast",
    "I recovered my lost USDT from scammers with the help of a recovery team, reach them",
    "Hack any social media account, change grades, clear credit, 100% legit",
]
SPAM["link_drop"] += [
    "Awesome article, keep writing! Here is my page about the same topic.",
    "Thank you for the useful information. I found more great tips on my website",
    "Very nice blog post. I definitely love this site. Keep it up! My site: detox-tea-shop.online",
    "Nice info, for best yoga mats visit our store, free shipping",
    "What a great resource. Anyone looking for a good dentist should check our clinic page",
    "Superb post, I have shared it. By the way, we sell bamboo towels online",
]
SPAM["counterfeit"] = [
    "Replica watches, Rolex and Omega, swiss movement, 90% off retail",
    "Cheap designer handbags, Gucci, LV, Chanel, best quality, free shipping",
    "Fake passports, driving licences and ID cards for sale, registered and undetectable",
    "Buy real and fake banknotes, counterfeit money for sale, undetectable",
    "Nike and Adidas sneakers wholesale, factory price, bulk orders welcome",
    "Купить права без экзамена, водительское удостоверение с проводкой",
    "高仿名牌包 原单 一比一 支持验货",
    "명품 레플리카 시계 가방 정품급 당일 발송",
]
SPAM["followers"] = [
    "Buy instagram followers, real and active, instant delivery, cheap prices",
    "Get 10k TikTok views for 5 dollars, start your growth today",
    "Grow your YouTube channel with real subscribers and watch hours, monetization guaranteed",
    "Verified accounts for sale, aged Facebook and Gmail accounts in bulk",
    "Накрутка подписчиков и лайков в инстаграм, дешево и быстро",
    "粉丝 点赞 评论 刷量 批发价",
    "인스타 팔로워 늘리기 한국인 실계정 좋아요 구매",
]
SPAM["tech_support"] = [
    "Having trouble with your printer or email? Call our support helpline, available 24/7",
    "Your computer may be infected, call Microsoft support immediately for a free scan",
    "Need help with QuickBooks errors? Our certified experts are one call away",
    "Antivirus activation and renewal help, toll free number, instant service",
]
SPAM["jobs"] = [
    "Hiring now: part time online job, typing and data entry, weekly pay, no interview",
    "We are looking for promoters, earn by liking videos, salary paid every day",
    "Remote job for mothers at home, only 2 hours per day, training provided",
    "Trabajo desde casa para personas responsables, pago semanal, escríbeme",
    "Удаленная работа без опыта, оплата ежедневно, подробности в личке",
    "刷单兼职 手机操作 佣金日结 宝妈学生优先",
    "在宅ワーク 主婦歓迎 1日30分で月5万円",
    "재택 부업 알바 하루 2시간 고수익 주급 지급",
]
SPAM["keyword_list"] = [
    "best massage, cheap massage, massage near me, massage deals, massage booking, spa",
    "weight loss | diet pills | fat burner | keto | slimming tea | appetite suppressor",
    "casino slots poker roulette blackjack baccarat jackpot free spins bonus",
    "loans loans loans fast loans cheap loans online loans no credit check loans",
    "出张 按摩 上门 全套 服务 学生 包夜 空降 高端 外围",
    "오피 안마 건마 휴게텔 키스방 출장 마사지 후기 예약",
    "займы, кредиты, микрозаймы, деньги на карту, без отказа, срочно",
    "seo backlinks, guest posts, link building, dofollow, high da, pbn, traffic",
]
SPAM["with_contact"] = [
    "For more details write to me on WhatsApp, I will explain everything",
    "Contact me on telegram for the full method",
    "Add me on WeChat to learn how I did it",
    "Message me on Kakao for a private consultation",
    "Send me an email for the price list, thanks",
    "Reach our team on Viber or WhatsApp any time",
    "DM on Instagram for the discount code",
    "LINEで友だち追加して無料で受け取ってください",
    "카톡 친추하시면 자세히 알려드려요",
    "详情加微信咨询，名额有限",
    "Пишите в телеграм, расскажу подробнее",
    "แอดไลน์มาคุยรายละเอียดได้เลยค่ะ",
    "Liên hệ Zalo để được tư vấn miễn phí",
    "Chama no WhatsApp que eu te explico tudo",
]

HAM["short"] += [
    "AMAZING article!!",
    "THANK YOU!!! 🙌",
    "This is GREAT, sharing it now!",
    "So true 🔥",
    "✅ done, tried it this morning",
    "👉 the third tip is the best one",
    "YES",
]
HAM["everyday"] += [
    "I paid $40 for a foam roller and it sits in the corner, so this free routine is welcome.",
    "My prescription costs £9.90 a month here, is there a cheaper option?",
    "The gym near me charges 30 euros a month, I'll try these exercises at home first.",
    "I spend about 2 hours a day at my desk, this stretch is going into my routine.",
    "Our patients' support group talks on WhatsApp every Sunday, I'll share this there.",
    "The hospital runs a telegram channel with updates about the clinic hours.",
    "@Maria thanks for the reply, I will ask my GP about it.",
    "If you are struggling, the Samaritans are on 116 123, free at any time.",
    "In the US you can call or text 988 if you are in crisis.",
    "I wrote to the author at the email on the about page and got a kind answer.",
    "My husband had a gambling problem, online casino apps ruined our savings. GamCare helped.",
    "Payday loans and debt made my anxiety so much worse, thank you for writing about it.",
    "Tried it for a week: 10 minutes a day, and my back is less stiff. Recommend!",
    "My mother's physio charges 60 dollars per session, so the free videos help us a lot.",
    "The pharmacy sold me a generic version for half the price, same active ingredient.",
    "Sleep, water, walking, stretching, less coffee: the basics really work for me.",
    "#backpain #physio #stretching thanks for these tips",
    "Kept reading, reading, reading. Could not stop. Great writing.",
    "The hotel offered a massage but my back was too sore, these stretches helped instead.",
    "Is the book available as an ebook? The hardback is 25 pounds here.",
]
HAM["other_language"] += [
    ("es", "Yo pagué 30 euros por la consulta y me dijo lo mismo que este artículo."),
    ("es", "¡¡Me encantó!! Lo compartí con mi madre."),
    ("de", "Die Krankenkasse zahlt bei mir 10 Euro pro Sitzung dazu, gut zu wissen."),
    ("de", "Unsere Selbsthilfegruppe tauscht sich über WhatsApp aus, ich teile den Artikel dort."),
    ("fr", "Ma kiné m'a dit exactement la même chose, merci !!"),
    ("fr", "Le médicament coûte 5 euros par mois chez moi, remboursé en partie."),
    ("pt", "Meu pai teve problema com apostas online, obrigado por falar disso."),
    ("pt", "Faço 15 minutos por dia e já sinto diferença!"),
    ("it", "Ho pagato 50 euro per la visita, questo articolo spiega meglio."),
    ("it", "Il gruppo di pazienti su Telegram consiglia lo stesso esercizio."),
    ("ko", "병원비가 한 달에 10만원 넘게 나와서 걱정이에요. 집에서 해볼게요."),
    ("ko", "마사지 받아도 그때뿐이던데 이 스트레칭은 효과가 오래가네요"),
    ("ko", "도박 중독 상담은 1336으로 전화하면 무료래요. 가족이 도움 받았어요."),
    ("ko", "환자 모임 카톡방에 공유했어요. 다들 좋아하네요."),
    ("ja", "整体に月1万円払っていましたが、このストレッチで十分かもしれません。"),
    ("ja", "母に LINE で送りました。ありがとうございます！"),
    ("ja", "マッサージに行っても治らなかったので試してみます。"),
    ("zh", "我每天做十分钟，坚持一个月，腰疼好多了！"),
    ("zh", "看病花了两千多元，医生说的和这篇差不多。"),
    ("zh", "已经转发到家人微信群了，谢谢作者。"),
    ("ru", "Я плачу 2000 рублей в месяц за лекарства, есть ли дешевле аналог?"),
    ("ru", "Переслала маме в телеграм, спасибо!"),
    ("ru", "Массаж мне не помог, а эти упражнения помогли."),
    ("th", "ขอบคุณมากค่ะ บทความนี้มีประโยชน์มาก"),
    ("th", "ทำตามแล้วอาการปวดหลังดีขึ้นค่ะ"),
    ("th", "ส่งต่อให้คุณแม่ทางไลน์แล้วค่ะ ขอบคุณนะคะ"),
    ("vi", "Cảm ơn bài viết rất hữu ích."),
    ("vi", "Tôi đã thử bài tập này mỗi ngày và thấy đỡ đau lưng."),
    ("vi", "Bác sĩ của tôi cũng nói như vậy."),
    ("id", "Terima kasih, artikelnya sangat membantu."),
    ("id", "Apakah latihan ini aman untuk ibu hamil?"),
    ("tr", "Çok faydalı bir yazı, teşekkürler."),
    ("pl", "Dziękuję, bardzo pomocny artykuł."),
    ("nl", "Dank je, heel duidelijk uitgelegd."),
]
HAM["complaint"] += [
    "Your comment section is full of casino and loan spam, please moderate it.",
    "Someone keeps posting WhatsApp numbers for 'herbal doctors' here. Please remove them.",
    "Why is there a crypto ad in the middle of a health article??",
    "The video link doesn't work on my phone.",
]

# Genuine comments in the languages the third round's spam is written in, as many kinds as the
# spam (thanks, questions, costs, families, doctors, daily life), so that the everyday words of a
# language do not lean to spam because its spam outnumbers its readers in the starter set.
HAM["other_language"] += [
    ("pt", "Minha mãe tem artrose e vou mostrar esses exercícios para ela."),
    ("pt", "Trabalho em casa o dia todo sentado, preciso muito disso."),
    ("pt", "O médico do posto falou a mesma coisa, obrigado pelo texto."),
    ("pt", "Quanto tempo leva para sentir melhora?"),
    ("pt", "Não concordo, para mim a fisioterapia funcionou melhor."),
    ("pt", "Compartilhei no grupo da família, todo mundo gostou."),
    ("ru", "Делаю эти упражнения каждое утро уже месяц, спина болит меньше."),
    ("ru", "Врач в поликлинике посоветовал то же самое."),
    ("ru", "Можно ли это делать после операции на колене?"),
    ("ru", "Работаю из дома за компьютером, очень актуально для меня."),
    ("ru", "Спасибо автору, написано просто и понятно."),
    ("ru", "У мамы давление, ей такое подходит?"),
    ("ru", "Деньги на массаж тратить больше не буду, попробую сам."),
    ("es", "Trabajo desde casa y paso horas sentada, me viene genial."),
    ("es", "Mi médico de cabecera me recomendó lo mismo."),
    ("es", "¿Cuántas veces a la semana hay que hacerlo?"),
    ("es", "Lo compartí en el grupo de la familia, gracias."),
    ("de", "Ich arbeite im Homeoffice und sitze den ganzen Tag, danke für die Tipps."),
    ("de", "Mein Hausarzt hat mir genau das empfohlen."),
    ("de", "Wie oft pro Woche sollte man das machen?"),
    ("fr", "Je travaille de chez moi toute la journée, ces exercices m'aident beaucoup."),
    ("fr", "Mon médecin m'a conseillé la même chose."),
    ("it", "Lavoro da casa tutto il giorno, questi esercizi mi servono."),
    ("it", "Il mio medico di base mi ha detto la stessa cosa."),
    ("ko", "재택근무라 하루 종일 앉아 있는데 도움이 많이 됐어요."),
    ("ko", "엄마가 무릎이 안 좋으신데 보여드릴게요."),
    ("ko", "병원에서도 똑같이 말하더라고요. 감사합니다."),
    ("ko", "하루에 몇 번 하면 되나요?"),
    ("ko", "친구한테 링크 보내줬어요. 좋은 정보 감사해요."),
    ("ja", "在宅勤務で一日中座っているので助かります。"),
    ("ja", "病院の先生にも同じことを言われました。"),
    ("ja", "一日に何回やればいいですか？"),
    ("ja", "母にも教えてあげようと思います。"),
    ("zh", "在家办公一整天坐着，这些动作很实用。"),
    ("zh", "医生也是这么建议的，谢谢。"),
    ("zh", "一天做几次比较好？"),
    ("zh", "转给我爸妈看了，他们说很有用。"),
    ("th", "ทำงานที่บ้านนั่งทั้งวัน บทความนี้ช่วยได้มากค่ะ"),
    ("th", "คุณหมอก็แนะนำแบบเดียวกันครับ"),
    ("vi", "Tôi làm việc ở nhà cả ngày, bài này rất hữu ích."),
    ("vi", "Mẹ tôi bị đau khớp, tôi sẽ gửi bài này cho mẹ."),
    ("id", "Saya kerja dari rumah seharian, tips ini sangat berguna."),
]
HAM["everyday"] += [
    "I work from home and sit all day, so these breaks are exactly what I needed.",
    "My doctor told me the same thing last week.",
    "How many times a week should I do this?",
    "Sent this to my mum, she has the same knee problem.",
    "I was sceptical but the second exercise really helps my neck.",
    "Finally an article that doesn't try to sell me something.",
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
