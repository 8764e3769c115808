"""What makes a Chinese sign not an emergency now: a negation before it or a denial after it,
the past, an end, a supposition, a general or professional question, family history, a
figure of speech, a mild or long-standing version."""

import re

from .words import NUMBER_START, any_of, number, within

# A negation just before a sign ("沒有胸痛"), past a filler ("並沒有明顯的喘", "沒有想傷害
# 自己") or a list it holds ("沒有發燒、咳嗽"), or a fear of it ("怕中風"); not the words that
# only look like one ("不知道", "不小心", "沒多久", "無法", the question "有沒有"), nor one of
# something else ("沒吃早餐胸口很痛", "睡不著胸口很痛"), nor one a "but" or an "also" has
# passed.
NEGATION = re.compile(
    r"(?:(?:並沒有|並未|從未|從沒|毫無(?!預警)|否認|並非|不是|不會|不再|(?<!有)沒有"
    r"|(?<!有)沒(?!多久|想到|辦法|事|人|錢|關係|空|力|反應|感覺|胃口)|無(?!緣|故|法|力|聊|論|奈)"
    r"|未(?!滿|足|成年|來|婚|知)|(?<![是會要能算])不(?!知|曉|確|小心|停|斷|久|到|管|然|想|敢|能"
    r"|行|舒服|清|了|住|起|醒|得|太|適|對|動|穩|出|下|見|進|開|用|過|好意思|一|同|要|算|少|但"
    r"|只|僅|論))(?:(?:(?!但|可是|卻|只是|不過|也|又|而且)[^|、]){1,6}(?:、|或是|或者|或|和|跟|及))?"
    r"(?:(?:明顯|什麼|任何|感覺到?|覺得|出現|發生|再|有|在|一直|想|要|打算)的?){0,2}"
    r"|(?:怕|害怕|擔心|預防|避免|以免)(?:會|再|又)?)$"
)
NEGATION_REACH = 10
# A sign denied after it, at the end of its clause: "發燒是沒有", "喘的話還好".
DENIED = re.compile(
    r"(?:的話|部分|方面|的部分)?(?:倒是|是|則是|就|也|都|倒|則)?(?:沒有|沒|無|不會|還好"
    r"|正常)(?:喔|耶|啦|了|的|欸)?\s*$"
)

# The past, in the clause that names it: "五年前", "去年", "小時候", "中風過".
PAST = any_of(
    rf"{number()}(?:多)?(?:年|個月|個禮拜|個星期|週|周|星期|禮拜|天)(?:多)?(?:以|之)?前",
    r"去年|前年|前幾天|前陣子|前一陣子|上個?月|上個?禮拜|上個?星期|上週|上周|上次|上一次|小時候"
    r"|年輕(?:的)?時|(?:國小|國中|高中|大學|當兵|念書|讀書)(?:的)?時|(?<![時鐘天])(?:以前|之前)"
    rf"|曾經|(?<!還)曾|(?<![昏暈])過去|那時|當時|那次|那一次|當年|民國\d{{1,3}}年|(?:19|20)\d\d年"
    rf"|{NUMBER_START}\d{{1,3}}歲(?:的)?時",
    r"(?:中風|抽搐|抽筋|發作|昏倒|暈倒|開刀|住院|得|有|發生|出現|撞|摔|跌|燙|割|自殺|流產"
    r"|中毒|梗塞|噎到|腦震盪|生病|送醫|送急診|懷孕|破水|出血)過(?![世敏量度去來頭])",
    r"疤|痊癒|康復|出院|復健|後遺症|病史|(?:中風|心肌梗塞|心梗|腦溢血)(?:之)?後",
    # a death: "爸爸是心肌梗塞走的"
    r"(?:是|因為|因|死於)[^|]{0,8}(?:走的|過世|去世|死的|往生)|走了|過世|去世|往生",
)
# The day before: past for a sign, but near enough for the first sign of a pair ("昨天撞到頭，
# 今天一直吐"); "從昨天開始" is the start of something still going on.
RECENT = any_of(r"(?<!從)(?:昨天|昨晚|昨日|前天|前晚)")
ONSET = any_of(r"開始|起(?!來|床)|到現在|到今天|以來")
# The words for now that NOW, PRESENT and GOING_ON share.
_NOW_WORDS = r"現在|剛剛|剛才|目前|正在|今天|今晚|今早"
# Now, whatever else the text says.
NOW = any_of(
    rf"{_NOW_WORDS}|此刻|今日|這幾天|這兩天|這次|還在|到現在",
    rf"{number()}(?:多)?(?:分鐘|個小時|小時|個鐘頭)(?:之?前|了)",
)
# A clause that says now, or a change, after a past one: it is not the past going on.
PRESENT = any_of(rf"{_NOW_WORDS}|這幾天|這兩天|這次|還|又|再|突然|忽然|開始|越來越")
# A clause that goes on telling a past ("住院兩週", "後來就好了").
NARRATIVE = any_of(
    r"住院|住了|出院|送(?:醫|急診|去)|開刀|手術|治療|後來|當時|那時|恢復|復健|過世|走了|診斷"
    rf"|檢查|救回|觀察|了{number()}個?多?(?:年|月|週|周|禮拜|星期|天)"
)
# A past that is only a time ("去年十月", "三年前", "那是小時候的事"): it holds for the clauses
# after it until one says now, or, at the end of a sentence, for the ones before.
TIME_ONLY = re.compile(
    r"^(?:我|他|她|那|那是|這是|是|已經是|大概|大約|約)?(?:[\d一二兩三四五六七八九十幾多半月號日]"
    r"|的時候|時候|的事|的事情|事情|左右|了|啦|吧|喔){0,12}$"
)

# An end to what came before it in the sentence: "已經好了", "後來就好了", "吐出來了".
RESOLVED = any_of(
    r"(?:就|已經|都|也|馬上|慢慢|後來|自己|現在|目前)?(?:(?<![準備寫買存貼弄想預])好了|好多了"
    r"|停了|停下來了|止住了|止血了|退燒了|燒退了|(?<![不會要])退了|消了|消腫了|沒事了|恢復正常"
    r"|恢復了|醒過來了|清醒了|吐出來了|咳出來了|緩解了|改善了|不痛了|不喘了|不抽了|正常了"
    r"|回復正常)",
    rf"(?:一下|一陣子|幾分鐘|{number('一二兩三四五六七八九十幾')}分鐘)(?:後|之後)?(?:就|又)?"
    r"(?:好|停|消|退)(?:了)?",
)
# Not an end: "還沒好", "沒有停"; nor one someone only claims ("他說休息一下就好").
NOT_ENDED = re.compile(r"(?:沒|沒有|還沒|還沒有|不|未|不會|不能|無法)$")
SAYS_FINE = any_of(r"(?<!醫生)(?<!醫師)(?<!急診)(?:說|覺得|以為|認為|叫我|要我)")
# What brings it back ("又開始"), or keeps it going.
RECUR = any_of(r"又|再次|再度|復發|越來越|更嚴重")
_STILL_WORDS = r"還|一直|持續|不停|越來越|仍|依然"
ONGOING = any_of(_STILL_WORDS)
# A clause a past told after it does not reach: still going on, or now.
GOING_ON = any_of(_STILL_WORDS, _NOW_WORDS)
# Seen to already: a clinician's verdict ("醫生說是肌肉拉傷"), a patient in hospital.
ASSESSED = any_of(
    r"(?:醫生|醫師|急診|er|診所|護理師|檢查|報告|電腦斷層|心電圖|x光)[^|]{0,10}(?:說|表示"
    r"|診斷|顯示)[^|]{0,12}(?:沒事|正常|沒問題|只是|不是|是|為)",
    r"(?:醫生|醫師|急診|護理師)[^|]{0,4}(?:處理|治療|救回來)(?:了|過|完|好)",
    r"(?:看過|去過|掛過|送過)(?:急診|醫生|醫院|er)|已經(?:在|到|去)(?:醫院|急診)|住院中"
    r"|在加護病房",
)
# A clause that only supposes ("如果他中風了", "萬一寶寶發燒") or asks in general ("中風的
# 徵兆有哪些", "會不會遺傳", "怎麼分辨").
SUPPOSED = any_of(
    r"如果|假如|假設|萬一|要是|若是|倘若|假使|(?<![說講])的話|(?:的時候"
    r"|(?<![小同及平隨按準臨暫])時)(?:才|再|要|就要|可以)"
)
GENERAL = any_of(
    r"有哪些|(?<!知道)是什麼(?!時候)|什麼是|什麼叫|哪些(?:症狀|徵兆|原因)"
    r"|有什麼(?:症狀|徵兆|差別|不同|原因|前兆|影響|後遺症|方法)|(?:的)?(?:症狀|徵兆|前兆)"
    r"(?:有|是|為)",
    r"怎麼(?:分辨|判斷|知道是|辨別|區分|預防|急救|辨識|處理)|如何(?:分辨|判斷|知道|預防|處理"
    r"|急救|辨識)|差(?:在)?哪|差別|會不會(?:遺傳|影響|導致|造成|引起|增加|傳染|有|也有|再)"
    r"|(?:會|可以)(?:傳染|遺傳)|會怎樣|為什麼(?:會|有些)|原理|幾度(?:要|算|才|一定)"
    r"|(?:到|燒)幾度|一天最多|最多可以|是不是一定",
    r"聽說|新聞|網路上|電影|電視(?:上|劇|節目)|小說|報告|作業|衛教|講座|想(?:了解|學|複習)"
    r"|是真的嗎|急救步驟|證照",
)
# Family history and risk: "家族有中風病史", "會遺傳嗎", "比較容易中風嗎" (a death is past:
# "爸爸是心肌梗塞走的").
FAMILY = any_of(r"遺傳|家族|猝死|比較容易|風險(?:比較|較)?高|高風險")
# Asked for work: "我是護理師", "我在幼兒園上班".
PROFESSIONAL = any_of(
    r"我是[^|]{0,6}(?:護理師|護士|醫師|醫生|藥師|老師|教師|保母|保姆|褓姆|看護|照服員|居服員"
    r"|救護員|救生員|消防員|社工|心理師|諮商師|治療師|教練|實習生)",
    r"(?:醫學系|護理系|藥學系|醫學院)|我在[^|]{0,8}(?:醫院|診所|急診|藥局|安養|養護|護理之家"
    r"|幼兒園|幼稚園|學校|安親班|補習班)(?:工作|上班|當)|在[^|]{0,6}當(?:護理師|照服員|老師"
    r"|保母|看護)|我們(?:病房|單位|診所|醫院|學校|班上|公司)",
)
# Someone in particular, in a text written at work: "一個阿伯倒在地上"; or the writer's own
# family, a baby, the writer themself ("我是護理師，我爸爸胸口很痛").
SOMEONE = any_of(
    r"他|她|(?:一|有)(?:個|位|名)[^|]{0,4}(?:人|阿伯|阿嬤|阿公|伯伯|小朋友|學生|同學|病人|孩子"
    r"|小孩|客人|同事|住民|民眾|長輩|婦人|男生|女生)|這位|那位|我的?(?:學生|病人|個案|同事"
    r"|客人)|(?:我|自己)(?:現在|剛剛|今天|突然)|我自己",
    r"(?:我|自己)(?:的|們|們家的?|家的?)?(?:兒子|女兒|小孩|孩子|老公|老婆|先生|太太|爸爸|媽媽|爸"
    r"|媽|阿公|阿嬤|爺爺|奶奶|外公|外婆|弟弟|妹妹|哥哥|姊姊|姐姐|公公|婆婆|岳父|岳母|男友|女友"
    r"|家人)|寶寶|嬰兒|新生兒",
)
# Whom a text asking in general does not name: a person, now or a change.
PERSON = any_of(
    r"我|他|她|寶寶|兒子|女兒|老公|老婆|先生|太太|爸|媽|阿公|阿嬤|爺爺|奶奶|外公|外婆|小孩|孩子"
    r"|朋友|同事|室友|男友|女友|弟|妹|哥|姊|姐|婆婆|公公|岳"
)
# A figure of speech about the whole sentence: a laugh, a joke (but not "不是開玩笑").
JOKING = any_of(r"哈哈|呵呵|xd|笑死|(?<![a-z])lol(?![a-z])|(?<!不是)(?<!沒在)(?<!沒有)開玩笑")
# A figure of speech that only looks like a sign, taken out of its clause: "氣到吐血", "累到
# 想死", "電腦中風了", "週年慶大出血", "跳樓大拍賣", "被帥哥電到".
FIGURES = any_of(
    r"(?:氣|嚇|累|忙|煩|吵|考|笑|熱|冷|餓|貴|尷尬|丟臉|無聊|逼|操|罵)(?:到|得)(?:我)?"
    r"(?:快要|快|差點|要|都)?(?:中風|吐血|昏倒|暈倒|昏過去|窒息|死掉|死|想死|不想活|喘不過氣"
    r"|心臟病發|心臟(?:快)?停|肚子痛|爆炸|崩潰|抽筋|腦溢血|中暑|升天|胸(?:口)?(?:發)?悶)",
    r"(?:壓力|工作|功課|生活|婚姻|感情)[^|]{0,6}(?:大到|壓得|壓到|讓我|讓人)(?:我)?(?:快要|快)?"
    r"(?:喘不過氣|窒息|崩潰|想死|不想活)|讓(?:我|人)(?:快要|快)?(?:喘不過氣|窒息)",
    r"想死的心|死定了|(?:累|忙|熱|冷|餓|煩|氣|嚇|無聊|丟臉|尷尬)死(?:了|我了|人了)?",
    r"看到[^|]{0,6}(?:差點|快要|快)?(?:昏倒|暈倒|吐血)",
    r"(?:週年慶|信用卡|錢包|荷包|血拼|股票|股市|換手機|購物|花錢|帳單)[^|]{0,6}(?:大出血|失血"
    r"|吐血|血流成河)",
    r"(?:電腦|網路|手機|系統|網站|伺服器|程式|遊戲|平板|wifi)[^|]{0,3}(?:中風|當機|抽筋|昏迷"
    r"|休克)",
    r"跳樓(?:大)?(?:拍賣|價|出清|特價)|(?:很|最|超)發燒|發燒(?:話題|商品|新聞|排行)",
    r"被(?:帥哥|美女|他|她|男神|女神|偶像)電到",
)

# A graded sign (pain, bleeding, swelling) made small just before or after it.
MILD = any_of(
    r"有點|有一點|一點點|一點|一些|有些|稍微|輕微|微微|小小|一小塊|一小片|小塊|少量|微量|些微"
    r"|血絲|不太|沒有很|不會很|不是很|還好|不嚴重|不算|淡淡|硬幣大小|一下下"
)
# What an afterthought says to make the sign before it small: "燙到手，一小塊".
SMALL = any_of(r"小小|一小塊|一小片|小塊|一點點|硬幣大小|範圍不大|不大|很小|很淺")
GRADED = re.compile(r"痛|疼|悶|緊|壓|重|酸|痠|脹|血|燙|燒傷|腫|喘|咳|血糖")
# Long-standing, habitual or brought on by something harmless ("按壓會痛", "爬樓梯會喘"): a sign
# in the same clause, or in the two after it, is not new.
CHRONIC = any_of(
    rf"(?:好幾|幾|{number('一二兩三四五六七八九十半')})(?:個)?(?:多)?(?:年|個月|週|周|禮拜|星期)"
    r"(?:了|多了|以來|來)",
    rf"(?:已經|持續|長達|這|最近)(?:快|大概)?(?:好幾|幾|{number('一二兩三四五六七八九十半')})(?:個)?"
    r"(?:多)?(?:年|個月|月|週|周|禮拜|星期)",
    r"好幾年|好多年|多年|長期|慢性|老毛病|從小|一直都|常常|經常|時常|常會|偶爾|有時|每次|每天"
    r"|每晚|每到|每個月|每年|反覆|時好時壞|來來去去|老是|總是|跟平常一樣|跟以前一樣|平常就"
    r"|本來就",
    r"(?:按壓|按|壓|碰|摸)(?:的時候|時|下去)?(?:會|才)",
    rf"(?:咳嗽|爬樓梯|走路|運動|走快|跑步|深呼吸|吃飽|緊張|壓力大|換季|天氣冷|起床|站起來|蹲下"
    rf"|伏地挺身|重訓)(?:的時候|時|後|完)?{within(4)}(?:就|會|才)",
)
# What is left of something past ("五年前中風，現在右手還是沒力"): long-standing.
STILL = any_of(r"還是|仍然|依然|還有點")
