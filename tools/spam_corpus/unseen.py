"""An evaluation set no model was ever tuned on: comments/data/unseen.jsonl.

    .venv/bin/python -m tools.spam_corpus.unseen

Written by hand in one sitting, before any model scored it, in phrasings of its own (neither
the corpus's templates nor the starter set's): genuine comments in ten languages (questions,
stories, disagreement, corrections, very short replies, thanks, links to health authorities,
complaints about spam, words that spam also uses) and spam of many kinds (pharmacy, Korean
service spam, disguised or not, crypto, casino, loans, SEO, essays, dating, fake reviews,
Chinese and Russian services, self-promotion). `evaluate_spam_filter` only ever measures on
it; nothing learns from it. Each line is its own group; `kind` names the family.
"""

import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "comments" / "data" / "unseen.jsonl"

GENUINE = {
    "en": [
        "My physio said almost exactly this. Heat first, then gentle stretching, "
        "never the other way round.",
        "Does anyone know if this applies after a hip replacement? Mine was eight months ago.",
        "I disagree with the part about foam rolling. It made my IT band worse, not better.",
        "Small correction: the study you cite in paragraph 3 was on 40 people, not 400.",
        "ok",
        "Agreed.",
        "Same here!",
        "This is the clearest explanation of trigger points I have read. Bookmarked.",
        "My grandmother swore by arnica cream. No idea if it works but it smelled nice.",
        "Could you do a follow-up on massage during pregnancy? The advice online is so mixed.",
        "Thank you for not pretending this cures everything.",
        "The NHS page on sciatica is useful too: https://www.nhs.uk/conditions/sciatica/",
        "Tried the breathing exercise last night and actually slept. "
        "Will report back after a week.",
        "Is a sports massage the same as a deep tissue one, or is that just marketing?",
        "I work night shifts and my shoulders are a disaster. Any tips for desk-free jobs?",
        "Honestly the price of a massage here is ridiculous, £70 for 45 minutes.",
        "How often is too often? I go every week and my therapist has never said anything.",
        "Spam comments on health blogs drive me mad, glad yours are moderated.",
        "Why does my neck crack so much after a massage? Should I worry?",
        "The video in the middle of the article doesn't load for me on Firefox.",
        "lol my cat does the 'kneading' part for free every morning",
        "Great piece. Sharing with my running club.",
        "I'm a massage therapist and I'd add: drink water is mostly a myth, "
        "there's little evidence.",
        "What do you think of those massage guns? Worth the money?",
        "My doctor recommended this for fibromyalgia, it helps a bit but the effect doesn't last.",
        "Cochrane has a review on this: https://www.cochranelibrary.com/ worth a look",
        "Is it safe to have a massage with varicose veins?",
        "nice",
        "Thanks Dr Patel, that answers my question.",
        "Hmm, not convinced. Feels like the evidence is thinner than the article suggests.",
        "Where I live insurance covers 10 sessions a year if a GP refers you.",
        "Any advice for finding a good therapist who isn't just selling packages?",
        "Reading this at 3am because my back won't let me sleep. Thank you.",
        "Can you recommend a book on myofascial release for beginners?",
        "I had a bad bruise after cupping once, it faded in a week.",
        "The free trial offer on the last page of your newsletter, is that real or a scam?",
        "Interesting that the Mayo Clinic says similar: https://www.mayoclinic.org/tests-procedures/massage-therapy/about/pac-20384595",
        "wow, didn't know that",
        "Please add sources for the claims about lymph drainage.",
        "Been doing the neck stretches for a month, headaches down from daily to twice a week.",
    ],
    "es": [
        "¿Esto sirve también para la fascitis plantar? Llevo meses con dolor.",
        "Muy buen artículo, lo comparto con mi madre.",
        "No estoy de acuerdo, a mí el masaje me empeoró la contractura.",
        "Gracias!",
        "Mi fisioterapeuta me dijo lo mismo la semana pasada.",
        "¿Cada cuánto tiempo recomiendan ir? Yo voy una vez al mes.",
        "Más información en la web del ministerio: https://www.sanidad.gob.es/",
        "Qué interesante, no lo sabía.",
    ],
    "de": [
        "Hilft das auch bei Spannungskopfschmerzen? Ich habe sie fast jeden Tag.",
        "Danke für den ausführlichen Artikel!",
        "Bei mir hat die Massage leider gar nichts gebracht.",
        "Mein Orthopäde sieht das ganz anders.",
        "Super, genau das habe ich gesucht.",
        "Wie lange sollte eine Sitzung dauern?",
        "Die Krankenkasse zahlt bei mir nur mit Rezept.",
        "Stimmt.",
    ],
    "fr": [
        "Est-ce que c'est remboursé par la sécurité sociale ?",
        "Merci beaucoup, très clair.",
        "Je ne suis pas d'accord avec le passage sur les huiles essentielles.",
        "Mon kiné m'a conseillé la même chose.",
        "Super article !",
        "On peut faire ça pendant la grossesse ?",
        "Voir aussi https://www.ameli.fr/ pour les remboursements.",
        "Bof, ça ne m'a pas aidé.",
    ],
    "pt": [
        "Isso ajuda com dor no ciático? Estou sofrendo há semanas.",
        "Obrigada pelo texto, muito útil.",
        "Minha fisioterapeuta disse o contrário.",
        "Adorei!",
        "Quantas sessões são necessárias para ver resultado?",
        "Aqui no Brasil o SUS oferece algumas terapias integrativas.",
        "Não funcionou comigo, infelizmente.",
        "Boa explicação.",
    ],
    "it": [
        "Funziona anche per la cervicale? Ho sempre il collo rigido.",
        "Grazie, articolo molto chiaro.",
        "Il mio fisioterapista non è d'accordo.",
        "Bellissimo!",
        "Quanto costa in media una seduta?",
        "A me il massaggio ha fatto venire mal di testa, è normale?",
        "Ottimo consiglio, lo proverò.",
        "Vero.",
    ],
    "ko": [
        "허리 디스크가 있는데 마사지 받아도 괜찮을까요?",
        "좋은 글 감사합니다.",
        "저는 오히려 더 아팠어요.",
        "물리치료사 선생님도 같은 말씀을 하셨어요.",
        "일주일에 몇 번 받는 게 좋나요?",
        "다른 사이트는 출장 광고 댓글만 가득한데 여기는 깔끔하네요.",
        "ㅋㅋ 공감합니다",
        "참고할게요!",
    ],
    "ja": [
        "腰痛持ちですが、マッサージを受けても大丈夫でしょうか。",
        "分かりやすい記事をありがとうございます。",
        "私は逆に痛みが強くなりました。",
        "整体とマッサージの違いが知りたいです。",
        "なるほど、勉強になります。",
        "週に何回くらいが理想ですか？",
        "同感です。",
        "厚生労働省のページも参考になります: https://www.mhlw.go.jp/",
    ],
    "zh": [
        "腰椎间盘突出可以做按摩吗？",
        "写得很好，谢谢。",
        "我按摩后反而更疼了。",
        "我的理疗师也是这么说的。",
        "一周做几次比较合适？",
        "学到了。",
        "同意楼上。",
        "医保能报销吗？",
    ],
    "ru": [
        "Можно ли делать массаж при грыже позвоночника?",
        "Спасибо за подробную статью.",
        "Мне массаж не помог, к сожалению.",
        "Мой врач говорил то же самое.",
        "Сколько сеансов нужно для результата?",
        "Согласна с автором.",
        "Отличная статья!",
        "Сколько стоит сеанс в Москве, кто знает?",
    ],
}

SPAM = {
    "pharma": [
        "Generic sildenafil 100mg, lowest price guaranteed, discreet shipping worldwide https://rx-lowcost.example",
        "Order tramadol without prescription overnight delivery http://pain-meds-now.example",
        "Best online pharmacy!!! Cialis, Levitra, Viagra, all at 80% off. Visit us today",
        "No script needed - Xanax, Valium, Ambien shipped same day. Contact: meds4u@example.com",
        "Weight loss pills that really work, lose 10kg in 2 weeks, order now https://slimfast-pills.example",
        "Canadian pharmacy online, buy ED pills cheap, free bonus pills with every order",
    ],
    "korean_massage": [
        "서울 출장안마 24시간 예약 가능 https://seoul-anma.example",
        "강남출장마사지 최저가 후불제 카톡 문의 주세요",
        "출 장 안 마 전지역 30분 도착 https://anma-call.example",
        "부산 출장샵 ☆ 20대 관리사 ☆ 후불 https://busan-shop.example",
        "출.장.마.사.지 인증업체 010-1234-5678",
        "대구출장안마 ▶ 빠른출장 ▶ 100% 후불 www.daegu-anma.example",
    ],
    "crypto": [
        "I made $4,800 last week with this bitcoin trading bot, DM me on telegram @cryptowin",
        "Recover your lost crypto wallet! Contact our certified recovery experts today",
        "Invest $200 and get $2,000 in 48 hours, guaranteed profit https://btc-double.example",
        "Join the airdrop now and claim free tokens before they run out https://airdrop-claim.example",
        "My account manager Mrs. Helen turned my savings into passive income with forex, "
        "write her on WhatsApp +1 555 0199",
    ],
    "casino": [
        "Best online casino 2026, 200% welcome bonus + 100 free spins https://spinwin.example",
        "카지노 사이트 추천 첫충 20% 안전놀이터 https://casino-kr.example",
        "토 토 사 이 트 먹튀검증 완료 가입코드 777",
        "Play slots for real money, instant withdrawals, no verification https://slots-fast.example",
    ],
    "loans": [
        "Need cash fast? Payday loans approved in 5 minutes, no credit check https://quickcash.example",
        "Get a personal loan at 2% interest, even with bad credit, apply online today",
        "Debt relief program, cut your payments in half, call now",
    ],
    "seo": [
        "Nice post! I also write about this topic on my site, check it: https://massage-tips-blog.example/best-massage",
        "We offer high DA guest posts and do-follow backlinks, packages from $49 https://linkpower.example",
        "Want your website on the first page of Google? Our SEO team guarantees results https://rankfast.example",
        "Thanks for sharing. visit my website for more info https://lose-belly-fat.example",
        "Great article, very informative. I bookmarked your site. https://cheap-essay-help.example",
    ],
    "essay": [
        "Professional essay writing service, plagiarism free, any deadline https://essaypro-help.example",
        "Do my homework for me cheap - top writers available 24/7",
        "Need help with your dissertation? Native writers, 15% off your first order",
    ],
    "dating": [
        "Hot singles in your area want to meet you tonight http://date-now.example",
        "Lonely? Beautiful girls waiting for your message, free registration https://meet-girls.example",
        "I am Anna, 24, looking for serious man. Write me on my email anna.love24@example.com",
    ],
    "fake_review": [
        "I was cured of herpes by Dr. Okoro's herbal medicine, "
        "contact him on WhatsApp +234 800 000 0000",
        "This cream removed my wrinkles in 7 days! Get your free sample here https://youthcream.example",
        "Doctor Ben cured my diabetes with natural roots, email drben.herbs@example.com for help",
    ],
    "cjk_ru_service": [
        "专业代写论文 快速发表 价格优惠 微信：lunwen888",
        "办理各类证件 毕业证 驾照 高仿 联系QQ 123456789",
        "日本のバイアグラ通販 格安 即日発送 https://jp-viagra.example",
        "Продвижение сайтов в ТОП Яндекса, быстро и недорого https://seo-top.example",
        "Займ на карту без отказа и проверок, деньги за 5 минут https://zaim-fast.example",
        "Купить диплом любого вуза с доставкой https://diplom-shop.example",
    ],
    "self_promotion": [
        "Check out my new fitness app, it's free for the first month! https://fitapp.example",
        "Subscribe to my YouTube for daily yoga videos youtube.com/@yogawithsam123",
        "Follow my page for giveaways!! 🎁🎁🎁",
        "I sell handmade massage oils, DM me for prices, worldwide shipping",
    ],
}


def rows() -> list[dict]:
    found = []
    for lang, bodies in GENUINE.items():
        for number, body in enumerate(bodies):
            found.append(
                {
                    "label": "ham",
                    "body": body,
                    "lang": lang,
                    "kind": "genuine",
                    "group": f"unseen-{lang}-{number}",
                }
            )
    for kind, bodies in SPAM.items():
        for number, body in enumerate(bodies):
            found.append(
                {"label": "spam", "body": body, "kind": kind, "group": f"unseen-{kind}-{number}"}
            )
    return found


def main() -> None:
    OUT.write_text(
        "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows()), encoding="utf-8"
    )
    print(f"{OUT}: {len(rows())} comments")


if __name__ == "__main__":
    main()
