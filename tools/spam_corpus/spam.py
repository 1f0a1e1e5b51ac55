"""Spam, hand-written by kind: each string is one source group. `{url}` takes a spammer's site.

Link farms, SEO offers, pharmacy, crypto and casino, and Korean (and Chinese, Japanese, Russian)
massage-service and gambling advertising, the way they arrive on comment forms.
"""

SPAM = {
    "link_farm": [
        "Great article! Check out my site {url} for more tips",
        "Nice post. I learn something new every day on different blogs. {url}",
        "Very informative, keep it up. Visit {url} {url}/blog {url}/shop",
        "I like this website so much, bookmarked. Here is mine: {url}",
        "Hello there, simply became aware of your blog through Google, and found that it is really "
        "informative. {url}",
        "Wow, that's what I was searching for, what a information! present here at this webpage, "
        "thanks admin of this website. {url}",
        "Its like you read my mind! You seem to know a lot about this. {url}",
        "Hey! This is my first visit to your blog! We are a team of volunteers starting a new "
        "initiative. Take a look {url}",
        "Thanks for sharing such a good idea, piece of writing is good, thats why i have read it "
        "fully {url}",
        "good content {url} good content {url} good content {url}",
    ],
    "seo": [
        "Want more traffic? We offer guaranteed page one ranking on Google. {url}",
        "Buy high DA backlinks, dofollow, cheap price, fast delivery {url}",
        "SEO services for your website: 1000 backlinks for $9.99 {url}",
        "I can get your website to the first page of Google in 30 days. Contact {url}",
        "Guest post available on high authority health sites, DA 70+, send me a message {url}",
        "Your website has SEO problems. Free audit: {url}",
        "Increase your Instagram followers fast - buy real followers {url}",
        "网站SEO优化 百度快速排名 谷歌首页 外链代发 {url} 专业团队",
        "Продвижение сайтов в топ Яндекса и Google, недорого, гарантия {url}",
    ],
    "pharma": [
        "Buy cheap viagra online without prescription {url}",
        "Cialis 20mg best price, overnight shipping, no rx needed {url}",
        "cheap viagra cheap cialis levitra online pharmacy {url}",
        "Order tramadol online, no prescription, discreet delivery {url}",
        "Lose 10kg in 2 weeks with our keto pills, doctors hate this {url}",
        "Best online pharmacy: xanax, valium, ambien, fast worldwide shipping {url}",
        "Generic viagra 100mg only $0.99 per pill {url}",
        "Male enhancement pills that really work! {url}",
        "CBD gummies for pain, anxiety and sleep - 70% off today {url}",
        "Купить виагру без рецепта с доставкой {url}",
        "Comprar viagra sin receta, envío discreto {url}",
        "Ozempic without prescription, buy semaglutide online cheap {url}",
    ],
    "crypto": [
        "I made $5,000 in a week with this bitcoin trading bot {url}",
        "Invest in crypto with guaranteed 30% monthly returns. Message me on WhatsApp {url}",
        "Recover your lost bitcoin! Contact the best crypto recovery expert {url}",
        "Free USDT airdrop, connect your wallet now {url}",
        "Online casino bonus 200% up to $1000, free spins {url}",
        "Best betting site, sign up and get a free bet {url}",
        "Earn money from home, $300 per day, no experience needed {url}",
        "Get a payday loan today, no credit check, instant approval {url}",
        "Thanks to Mr Williams my forex account grew from $1k to $20k, contact him {url}",
        "Hot singles in your area want to meet you {url}",
    ],
    "korean_massage": [
        "출장안마 출장샵 24시간 예약 {url} 최고의 서비스",
        "서울 출장안마 전지역 30분 도착 {url}",
        "강남 출장마사지 후불제 {url} 100% 만족",
        "출장샵 20대 관리사 대기 {url}",
        "부산 출장안마 출장마사지 최저가 {url}",
        "토토사이트 추천 먹튀검증 완료 {url}",
        "카지노사이트 첫충 보너스 {url} 안전놀이터",
        "온라인카지노 바카라사이트 {url}",
        "오피 정보 {url} 24시 출장안마",
        "건마 스웨디시 출장 홈타이 {url}",
    ],
    "other_cjk_ru": [
        "上门按摩 全城服务 24小时 {url}",
        "澳门赌场 在线娱乐 注册送彩金 {url}",
        "出会い系 無料 今すぐ {url}",
        "副業で月50万円 簡単 {url}",
        "Интим услуги, индивидуалки, звоните {url}",
        "Казино онлайн бонус 200% {url}",
    ],
}

# The spammers' sites: names like the ones that arrive, on the top-level domains they favour.
SPAM_DOMAINS = [
    "best-pharmacy-online.xyz",
    "cheap-meds24.top",
    "seo-rank-pro.com",
    "crypto-gains.io",
    "casino-royal777.net",
    "massage-24.kr",
    "xn--o39a.com",
    "goodhealth-tips.site",
    "bit.ly/3xYz9",
    "vip-shop.club",
    "follower-boost.shop",
    "seoul-anma.co.kr",
    "pills-now.ru",
    "money-fast.online",
    "loan-today.biz",
    "trading-bot.app",
]

# How spammers write a link: plain, bare www., full-width, markup.
URL_STYLES = [
    "https://{d}",
    "http://www.{d}/",
    "www.{d}",
    "https://{d}/?ref=blog",
    '<a href="https://{d}">click here</a>',
    "[url=https://{d}]visit[/url]",
    "ｗｗｗ．{fw}",
]

SPAMMER_NAMES = [
    "John",
    "Best SEO",
    "cheap viagra",
    "출장안마",
    "Crypto Expert",
    "Anna Smith",
    "casino bonus",
    "Mike",
    "Pharmacy",
    "마사지",
    "seo优化",
]

# Korean phrases spammers break up so a blocklist misses them.
BLOCKED_PHRASES_KO = ["출장안마", "출장샵", "출장마사지", "카지노사이트", "토토사이트"]
BLOCKED_PHRASES_EN = ["cheap viagra", "casino bonus", "buy backlinks"]
