"""Genuine comments, hand-written, by language: each string is one source group.

Questions, complaints, thanks, short replies, disagreements, and links to health authorities,
the way readers of a health site write them (typos and all).
"""

EN = [
    "Is it normal to feel tired the day after a deep tissue massage? I slept for 11 hours.",
    "I've had lower back pain for three years and nothing in this article is new to me, sorry.",
    "Thanks, very helpful!",
    "Great read.",
    "This is exactly what my physio told me last week, nice to see it written down.",
    "I disagree with the part about stretching before running. Most of the recent studies say it "
    "makes no difference to injury rates.",
    "NHS has a good page on this too: https://www.nhs.uk/conditions/back-pain/",
    "The NICE guideline says something different, see https://www.nice.org.uk/guidance/ng59 and "
    "https://www.nhs.uk/conditions/sciatica/",
    "Could you cite a source for the claim that reflexology helps with migraines? I looked on "
    "PubMed and couldn't find anything convincing.",
    "My mum has fibromyalgia and gentle massage is the only thing that helps her sleep.",
    "How often should you book a massage if you sit at a desk all day?",
    "I tried the breathing exercise from the second section and honestly it worked better than "
    "I expected",
    "lol my cat does this stretch every morning",
    "Not convinced. Anecdotes aren't evidence.",
    "Would love a follow up article on pregnancy massage, there's so little reliable info.",
    "The WHO fact sheet on physical activity is worth linking here: "
    "https://www.who.int/news-room/fact-sheets/detail/physical-activity",
    "Can you do a piece on TMJ pain? Jaw massage helped me more than the splint.",
    "I'm a massage therapist and I'd add one thing: drink water afterwards is mostly a myth.",
    "Typo in the third paragraph - 'there' should be 'their'.",
    "Agree with Sam above. The evidence for cupping is thin.",
    "Thank you for writing this. After my surgery I was scared of being touched and this made me "
    "feel less alone.",
    "Does insurance cover any of this in the US? Mine refused twice.",
    "Where can I find a qualified therapist near Leeds?",
    "I get headaches after every session. Am I doing something wrong or is the therapist pressing "
    "too hard?",
    "Lovely article, shared it with my running club.",
    "Honestly I find these wellness articles a bit too positive. What about the risks?",
    "The section on contraindications should mention blood thinners. My dad bruises terribly.",
    "Here's the Cochrane review people keep mentioning: "
    "https://www.cochranelibrary.com/cdsr/doi/10.1002/14651858.CD001929.pub3/full",
    "The MedlinePlus page is a decent summary for anyone who wants the basics: "
    "https://medlineplus.gov/backpain.html",
    "PubMed link for the 2019 trial: https://pubmed.ncbi.nlm.nih.gov/31355213/",
    "Me too!",
    "+1 to this",
    "Bookmarked.",
    "Not sure about this one tbh",
    "I'm getting so much spam on my own blog - dozens of comments a day advertising pills and "
    "casinos. How do you keep them out?",
    "Someone keeps posting 'cheap viagra' links under my posts on another site, it's exhausting.",
    "Why does every wellness blog get flooded with crypto and casino spam? Glad this one is clean.",
    "The link to the NHS page in the sources is broken, it now lives at "
    "https://www.nhs.uk/conditions/neck-pain/",
    "I used to work night shifts and shoulder pain was constant. Yoga twice a week fixed more "
    "than any massage did.",
    "As a GP I'd say: see a doctor first if the pain is new, severe or comes with numbness.",
    "My osteopath charges £60 for 40 minutes, is that normal?",
    "The picture at the top is a Swedish massage, not shiatsu.",
    "I have rheumatoid arthritis. Is massage safe during a flare?",
    "What's the difference between a sports massage and a deep tissue massage? They seem the same.",
    "After reading this I asked my GP about physiotherapy and got a referral. Thank you!",
    "This contradicts what you wrote in the article on sciatica last month.",
    "Really balanced piece. I appreciate that you say what the evidence doesn't show.",
    "I'm 72 and started tai chi last year, my balance is so much better.",
    "Is foam rolling just self massage? Asking for a friend who hates foam rolling.",
    "My insurer wants a letter from a doctor. Has anyone had luck with that?",
    "Couldn't agree more about sleep. Nothing helps my back like 8 hours.",
    "The NIH page on complementary health is here if anyone wants it: "
    "https://www.nccih.nih.gov/health/massage-therapy-what-you-need-to-know",
    "Please don't recommend essential oils to people with asthma, they set mine off badly.",
    "Hi, quick question - can I get a massage two weeks after a knee replacement?",
    "I found the video in the middle really useful, especially the part on posture.",
    "5 stars",
    "ok but what about people who can't afford £70 a session?",
    "Spam is getting worse everywhere, I reported three 'bitcoin investment' comments on a "
    "forum today.",
    "CDC guidance on lower back pain and opioids for comparison: "
    "https://www.cdc.gov/opioids/healthcare-professionals/prescribing/guideline/index.html",
    "Thank you Dr Adeyemi, your answer above cleared it up for me.",
    "I read it twice. Still not sure whether heat or ice is better after a strain?",
    "Helpful, but the font is really small on my phone.",
    "Wow, I didn't know acupressure points had been studied at all.",
    "Disagree strongly. Chiropractic neck manipulation carries a stroke risk and you barely "
    "mention it.",
]

ES = [
    "¿Es normal sentir dolor muscular dos días después de un masaje descontracturante?",
    "Muchas gracias por el artículo, me ha servido mucho.",
    "Gracias!",
    "No estoy de acuerdo con lo del estiramiento antes de correr, los estudios recientes dicen "
    "lo contrario.",
    "Mi fisioterapeuta me recomendó lo mismo. Muy claro todo.",
    "¿Alguien sabe si la seguridad social cubre sesiones de fisioterapia para la lumbalgia?",
    "La OMS tiene una página muy buena sobre actividad física: "
    "https://www.who.int/es/news-room/fact-sheets/detail/physical-activity",
    "Tengo fibromialgia y el masaje suave es lo único que me deja dormir.",
    "Buen artículo pero falta hablar de las contraindicaciones en el embarazo.",
    "Me encantó. Lo compartí con mi madre que tiene artrosis.",
    "¿Cada cuánto tiempo es recomendable un masaje si trabajo sentada todo el día?",
    "Hay un error en el segundo párrafo, pone 'musculo' sin tilde.",
    "En mi blog recibo muchísimo spam de casinos y pastillas, ¿cómo lo filtráis vosotros?",
    "Después de la operación de rodilla, ¿cuándo puedo empezar con masajes?",
    "Totalmente de acuerdo con el comentario de Lucía.",
    "No me convence. Faltan fuentes.",
    "Aquí el estudio en PubMed que mencionan: https://pubmed.ncbi.nlm.nih.gov/31355213/",
    "Soy enfermera y lo que decís sobre los anticoagulantes es muy importante.",
    "Qué diferencia hay entre masaje deportivo y masaje de tejido profundo?",
    "Yo probé la acupuntura para la migraña y no noté nada, la verdad.",
    "Excelente explicación, gracias doctora.",
    "Muy útil 👍",
]

DE = [
    "Ist es normal, dass man nach einer Massage am nächsten Tag Muskelkater hat?",
    "Danke für den tollen Artikel!",
    "Danke!",
    "Ich sehe das anders: Dehnen vor dem Laufen bringt laut aktuellen Studien wenig.",
    "Meine Physiotherapeutin hat mir genau das empfohlen, schön es hier nochmal zu lesen.",
    "Zahlt die Krankenkasse so etwas? Meine hat zweimal abgelehnt.",
    "Bei gesundheitsinformation.de gibt es dazu eine gute Übersicht: "
    "https://www.gesundheitsinformation.de/rueckenschmerzen.html",
    "Ich habe seit Jahren Rückenschmerzen und nichts hier ist neu für mich, leider.",
    "Gibt es Studien dazu? Ich habe auf PubMed nichts Überzeugendes gefunden.",
    "Wie oft sollte man zur Massage gehen, wenn man den ganzen Tag am Schreibtisch sitzt?",
    "Super erklärt, vielen Dank.",
    "Im dritten Absatz fehlt ein Wort.",
    "Auf meinem Blog bekomme ich ständig Spam-Kommentare mit Casino-Links. Nervt total.",
    "Ich bin Hebamme und würde beim Thema Schwangerschaft vorsichtiger formulieren.",
    "Stimme dem Kommentar oben zu.",
    "Nicht überzeugt, ehrlich gesagt.",
    "Nach der Knie-OP: ab wann darf man wieder massiert werden?",
    "Meine Mutter hat Arthrose und Wärme hilft ihr mehr als Massage.",
    "Die Quelle im letzten Abschnitt ist nicht mehr erreichbar.",
    "Toller Beitrag, habe ihn meiner Laufgruppe geschickt.",
]

FR = [
    "Est-ce normal d'avoir des courbatures deux jours après un massage ?",
    "Merci beaucoup pour cet article très clair.",
    "Merci !",
    "Je ne suis pas d'accord sur les étirements avant la course, les études récentes disent "
    "le contraire.",
    "Mon kiné m'a dit exactement la même chose la semaine dernière.",
    "Est-ce que la sécurité sociale rembourse les séances de kiné pour le mal de dos ?",
    "L'OMS a une fiche très bien faite : "
    "https://www.who.int/fr/news-room/fact-sheets/detail/physical-activity",
    "J'ai de la fibromyalgie et le massage doux est la seule chose qui m'aide à dormir.",
    "Article intéressant mais il manque les contre-indications pendant la grossesse.",
    "Je reçois énormément de spam sur mon blog, des pubs pour des casinos et des pilules. "
    "Comment faites-vous ?",
    "Tout à fait d'accord avec Claire.",
    "Pas convaincu, il manque des sources.",
    "Combien de séances faut-il pour une tendinite à l'épaule ?",
    "Petite faute dans le titre de la deuxième partie.",
    "Super article, je l'ai partagé avec ma mère.",
    "Après une prothèse de hanche, quand peut-on reprendre les massages ?",
    "Je suis infirmière, la partie sur les anticoagulants est très importante.",
    "Top 👍",
    "Quelle différence entre l'ostéopathie et la kinésithérapie ?",
]

PT = [
    "É normal sentir dor muscular no dia seguinte a uma massagem?",
    "Muito obrigada pelo artigo, ajudou bastante.",
    "Obrigado!",
    "Discordo sobre o alongamento antes da corrida, os estudos mais recentes dizem o contrário.",
    "Minha fisioterapeuta falou a mesma coisa semana passada.",
    "O SUS cobre sessões de fisioterapia para dor lombar?",
    "Tenho fibromialgia e a massagem leve é a única coisa que me ajuda a dormir.",
    "Faltou falar das contraindicações na gravidez.",
    "No meu blog recebo muito spam de cassino e remédios, como vocês filtram?",
    "Concordo totalmente com o comentário da Ana.",
    "Não me convenceu. Faltam fontes.",
    "Depois da cirurgia no joelho, quando posso fazer massagem?",
    "A página do Ministério da Saúde sobre dor nas costas: "
    "https://www.gov.br/saude/pt-br/assuntos/saude-de-a-a-z/d/dor-nas-costas",
    "Adorei o texto, compartilhei com minha mãe.",
    "Sou enfermeiro e a parte sobre anticoagulantes é muito importante.",
    "Qual a diferença entre massagem desportiva e massagem profunda?",
    "Que bom ver um artigo com referências!",
]

IT = [
    "È normale avere dolori muscolari il giorno dopo un massaggio?",
    "Grazie mille per l'articolo, molto utile.",
    "Grazie!",
    "Non sono d'accordo sullo stretching prima della corsa, gli studi recenti dicono altro.",
    "Il mio fisioterapista mi ha detto la stessa cosa.",
    "Il servizio sanitario rimborsa la fisioterapia per il mal di schiena?",
    "Ho la fibromialgia e il massaggio leggero è l'unica cosa che mi aiuta a dormire.",
    "Manca una parte sulle controindicazioni in gravidanza.",
    "Sul mio blog ricevo tantissimo spam di casinò e pillole, come fate a bloccarlo?",
    "Sono d'accordo con Giulia.",
    "Non mi convince, mancano le fonti.",
    "Dopo l'operazione al ginocchio quando posso fare un massaggio?",
    "L'Istituto Superiore di Sanità ha una pagina utile: https://www.issalute.it/",
    "Bellissimo articolo, l'ho condiviso con mia madre.",
    "Sono infermiera e la parte sugli anticoagulanti è importantissima.",
    "Che differenza c'è tra massaggio sportivo e decontratturante?",
]

KO = [
    "마사지 받고 다음 날 근육이 아픈 게 정상인가요?",
    "좋은 글 감사합니다.",
    "감사합니다!",
    "스트레칭에 대한 부분은 동의하기 어렵네요. 최근 연구 결과는 다르다고 들었어요.",
    "물리치료사 선생님도 똑같이 말씀하셨어요. 정리가 잘 되어 있네요.",
    "건강보험으로 도수치료 비용이 처리되나요?",
    "섬유근육통이 있는데 부드러운 마사지가 유일하게 잠을 자게 해줘요.",
    "다른 블로그들은 '출장안마' 스팸 댓글 때문에 난리던데 여기는 깨끗해서 좋네요.",
    "요즘 출장안마, 출장샵 광고 댓글이 너무 많아서 블로그 댓글을 닫았어요. 어떻게 막으시나요?",
    "임신 중 마사지 주의사항도 다뤄주시면 좋겠어요.",
    "무릎 수술 후 언제부터 마사지를 받아도 되나요?",
    "위 댓글에 동의합니다.",
    "근거가 좀 부족한 것 같아요.",
    "어머니께 공유했어요. 허리가 안 좋으셔서요.",
    "간호사인데 항응고제 부분은 정말 중요한 내용이에요.",
    "스포츠 마사지랑 딥티슈 마사지 차이가 뭔가요?",
    "ㅋㅋ 저희 고양이도 매일 아침 이 스트레칭 해요",
    "질병관리청 자료도 참고하세요: https://health.kdca.go.kr/",
    "오타가 있어요. 세 번째 문단이요.",
    "글 잘 읽었습니다 👍",
]

JA = [
    "マッサージの翌日に筋肉痛になるのは普通ですか？",
    "とても参考になりました。ありがとうございます。",
    "ありがとうございます！",
    "ランニング前のストレッチについては少し疑問があります。最近の研究では効果がないとも聞きます。",
    "理学療法士さんにも同じことを言われました。",
    "健康保険は使えますか？",
    "線維筋痛症ですが、やさしいマッサージだけが眠れる助けになっています。",
    "妊娠中のマッサージについても記事にしてほしいです。",
    "自分のブログはカジノや薬の宣伝コメントばかりで困っています。どう対策していますか？",
    "膝の手術のあと、いつからマッサージを受けてもいいですか？",
    "上のコメントに同意です。",
    "ちょっと根拠が弱い気がします。",
    "母に共有しました。腰痛持ちなので。",
    "厚生労働省の資料も参考になります: https://www.mhlw.go.jp/",
    "スポーツマッサージと普通のマッサージの違いは何ですか？",
    "わかりやすい！",
]

ZH = [
    "按摩后第二天肌肉酸痛正常吗？",
    "谢谢分享，很有帮助。",
    "谢谢！",
    "关于跑步前拉伸的部分我不太同意，最近的研究结论不一样。",
    "我的理疗师也是这么说的。",
    "医保可以报销理疗费用吗？",
    "我有纤维肌痛，轻柔的按摩是唯一能帮我入睡的方法。",
    "希望能写一篇关于孕期按摩的文章。",
    "我的博客每天都有很多赌场和药品的垃圾评论，你们是怎么过滤的？",
    "膝盖手术后多久可以做按摩？",
    "同意楼上的看法。",
    "感觉证据不太充分。",
    "已经转发给我妈妈了，她腰不好。",
    "世界卫生组织的资料: https://www.who.int/zh/news-room/fact-sheets/detail/physical-activity",
    "运动按摩和深层组织按摩有什么区别？",
    "写得很清楚 👍",
]

RU = [
    "Нормально ли, что после массажа на следующий день болят мышцы?",
    "Спасибо за статью, очень полезно.",
    "Спасибо!",
    "Не согласен насчёт растяжки перед бегом, последние исследования говорят обратное.",
    "Мой физиотерапевт сказал то же самое.",
    "Покрывает ли страховка курс массажа при болях в спине?",
    "У меня фибромиалгия, и только мягкий массаж помогает мне уснуть.",
    "Не хватает раздела о противопоказаниях при беременности.",
    "На моём блоге постоянно спам про казино и таблетки, как вы с этим справляетесь?",
    "После операции на колене когда можно делать массаж?",
    "Согласна с комментарием выше.",
    "Не убедительно, нет источников.",
    "Переслала маме, у неё болит поясница.",
    "Вот страница ВОЗ: https://www.who.int/ru/news-room/fact-sheets/detail/physical-activity",
    "Чем спортивный массаж отличается от глубокого?",
    "Отличная статья 👍",
]

BY_LANGUAGE = {
    "en": EN,
    "es": ES,
    "de": DE,
    "fr": FR,
    "pt": PT,
    "it": IT,
    "ko": KO,
    "ja": JA,
    "zh": ZH,
    "ru": RU,
}

# How a reader might open or close a comment, by language: variants of one source stay in
# its group.
OPENERS = {
    "en": ["", "Hi, ", "Hello! ", "Quick one: ", "Hmm. ", "@Maria ", "Great post. "],
    "es": ["", "Hola, ", "Buenas! ", "Una pregunta: ", "@Carmen "],
    "de": ["", "Hallo, ", "Hi! ", "Kurze Frage: ", "@Jens "],
    "fr": ["", "Bonjour, ", "Salut ! ", "Petite question : ", "@Julie "],
    "pt": ["", "Oi, ", "Olá! ", "Uma dúvida: ", "@Rafa "],
    "it": ["", "Ciao, ", "Salve! ", "Domanda: ", "@Marco "],
    "ko": ["", "안녕하세요. ", "질문이요. ", "@민지 "],
    "ja": ["", "こんにちは。", "質問です。", "@ゆき "],
    "zh": ["", "你好，", "请问，", "@小王 "],
    "ru": ["", "Здравствуйте, ", "Привет! ", "Вопрос: ", "@Оля "],
}
CLOSERS = {
    "en": ["", " Thanks.", " Cheers", " x", " - Priya", " (sorry for my English)", " :)"],
    "es": ["", " Gracias.", " Saludos", " :)", " Un abrazo."],
    "de": ["", " Danke.", " Viele Grüße", " :)", " LG Anna"],
    "fr": ["", " Merci.", " Bonne journée", " :)", " Cordialement."],
    "pt": ["", " Obrigada.", " Abraços", " :)", " Valeu!"],
    "it": ["", " Grazie.", " Saluti", " :)", " Buona giornata!"],
    "ko": ["", " 감사합니다.", " ^^", " 좋은 하루 되세요."],
    "ja": ["", "よろしくお願いします。", "(^^)", " 助かります。"],
    "zh": ["", "谢谢。", " :)", "辛苦了！"],
    "ru": ["", " Спасибо.", " :)", " Хорошего дня!"],
}
