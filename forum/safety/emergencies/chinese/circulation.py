"""The Chinese signs of the heart, the brain's blood supply, breathing, allergy and bleeding."""

from ..kinds import ANAPHYLAXIS, BLEEDING, BREATHING, HEART_ATTACK, STROKE
from ..patterns import Signs
from .words import FAINT, SUDDEN, VERY, any_of, gap, within

CHEST = r"(?:胸口|胸部|胸前|前胸|胸膛|心口|心窩|胸(?=[痛悶緊]))"
# A side of the body, and what a stroke does to it.
SIDE = (
    r"(?:(?:左|右|一)(?:邊|側|半邊|半)?(?:的)?(?:手腳|手臂|手|腳|腿|身體|身|臉)|(?:左|右)半邊"
    r"|半邊(?:身體|臉)?|半身)"
)
WEAK = (
    r"(?:無力|沒力|沒有力|沒有力氣|沒力氣|使不上力|麻掉|麻了|麻麻|發麻|麻痺|癱|舉不起來|抬不起來"
    r"|不能動|動不了|不會動|拿不住|拿不穩|握不住|站不起來|站不穩|不聽使喚|沒感覺|失去知覺|拖著走"
    r"|軟掉)"
)
# Speech that a stroke slurs or stops.
SPEECH = (
    rf"(?:講話|說話|口齒|咬字|發音|講的話|說的話){gap(5)}(?:不清|含糊|模糊|怪怪|奇怪|很怪|大舌頭"
    rf"|卡卡|不輪轉|亂|聽不懂|講不出|說不出|結巴)|大舌頭|口齒不清|(?<![到得])(?:講|說)不出(?:話"
    rf"|來)|突然不會講話|(?:不能|無法)(?:講|說)話"
)
# Pale as blood loss makes one: "臉色蒼白", "臉白得跟紙一樣", "沒有血色".
PALE = (
    r"(?:臉色(?:發白|蒼白|很白)|臉(?:很|好|超|變得?)?(?:蒼)?白(?:得|的|白)|面無血色|沒(?:有)?血色)"
)
# Sight lost or doubled.
VISION = (
    r"(?:看不到|看不見|失明|眼前(?:一片)?黑|視線模糊|視力模糊|看東西模糊|複視|看東西(?:變成)?"
    r"(?:兩個|重疊)|疊影)"
)

SIGNS: dict[str, Signs] = {
    # Chest pain, pressure or tightness; a pain to the arm or the jaw; a cold sweat with them;
    # angina that its tablets do not relieve.
    HEART_ATTACK: Signs(
        alone=any_of(
            rf"(?<![按壓]){CHEST}{gap(5)}(?:痛|疼|悶|緊|壓|重|揪|絞|不舒服|卡)",
            rf"心臟{gap(8)}(?:痛|揪|絞|被[^|]{{0,4}}(?:抓|捏|壓|掐))",
            r"(?:好像|可能|是不是|會不會是|應該是|疑似|懷疑|正在)(?:是)?(?:心臟病發|心肌梗塞|心梗)"
            r"|心臟病發作(?!過|時)",
            r"(?:抓|按|摀|捂|揪)(?:著|住)(?:他的|她的|我的)?胸",
            rf"(?:舌下含片|舌下錠|硝化甘油|ntg|耐絞寧){gap(6)}(?:[兩三四2-4]顆|[兩三2-3]次"
            rf"|沒(?:有)?(?:用|效)|無效|還是痛|不管用)",
        ),
        in_sentence=(
            (
                any_of(r"冒冷汗|冷汗|一直流汗|全身是汗|滿身大汗|全身濕|汗流不止"),
                any_of(
                    r"胸|心臟|左手|左臂|下巴|喘|噁心|想吐|臉色(?:發白|蒼白|很白)|臉很白|嘴唇發白"
                ),
            ),
            # a weight on the chest
            (
                any_of(CHEST),
                any_of(rf"(?:石頭|大石|重物|東西|大象|有人){gap(3)}(?:壓|坐|踩)(?:著|住|在)"),
            ),
            # a pain that goes to the arm or the jaw
            (
                any_of(CHEST),
                any_of(
                    rf"痛{gap(4)}(?:到|往|延伸到|傳到|跑到|射到|連到){gap(2)}(?:左手|左臂|左肩"
                    rf"|手臂|下巴|下顎|牙齒|脖子)"
                ),
            ),
        ),
    ),
    # A drooping face, slurred or lost speech, a weak or numb side, sudden loss of sight or
    # balance, the worst headache of one's life.
    STROKE: Signs(
        alone=any_of(
            rf"(?:嘴巴|嘴角|嘴|臉|半邊臉|一邊臉|右臉|左臉|臉部|口){gap(4)}(?:歪|斜|垂|下垂|垂下|塌"
            rf"|不對稱|一邊高一邊低)|嘴歪眼斜|口眼歪斜",
            rf"(?:口水|水|飲料|湯|飯|食物){gap(6)}嘴角{gap(2)}(?:流|漏|掉)",
            SPEECH,
            SIDE + gap(4) + WEAK,
            rf"(?:筷子|湯匙|杯子|碗|東西|手機|筆){gap(3)}(?:一直掉|掉下去|拿不住|拿不穩|握不住)",
            rf"(?:左|右|一)(?:眼|邊眼睛|隻眼睛){gap(3)}(?:看不到|看不見|失明|黑掉)",
            rf"走路{gap(4)}(?:往|向)(?:左|右|一)邊?(?:倒|偏|歪)",
            rf"(?:這輩子|人生|有史以來|這一生|從來沒有過){gap(3)}最痛|(?:最痛|最嚴重|最劇烈)的頭痛"
            rf"|像被雷打到|像被[^|]{{0,4}}(?:鐵鎚|槌子|球棒)(?:敲|打)|雷擊般",
            rf"{SUDDEN}{gap(3)}(?:(?:劇烈|爆炸性|嚴重|超級|非常)(?:的)?頭痛|頭(?:超級|非常|爆"
            rf"|超)痛)",
            r"(?:好像|可能|是不是|會不會是|應該是|疑似|懷疑|正在|又)中風|中風了",
        ),
        in_sentence=(
            (
                any_of(SUDDEN),
                any_of(
                    rf"(?:手|腳|手臂|腿|臉|半邊|身體){gap(3)}{WEAK}",
                    VISION,
                    r"站不穩|走路不穩|往(?:左|右|一)邊倒",
                ),
            ),
        ),
    ),
    # Cannot breathe or finish a sentence, blue lips, an inhaler that does not help, ribs
    # sucking in, low oxygen, choking, drowning; very short of breath at rest.
    BREATHING: Signs(
        alone=any_of(
            r"喘不過氣|喘不過來|呼吸困難|呼吸因難|不能呼吸|無法呼吸|沒辦法呼吸|吸不到(?:空)?氣"
            r"|吸不進|透不過氣|快不能呼吸|快窒息|窒息",
            rf"(?:嘴唇|嘴巴|臉|臉色|指甲|手指(?:頭)?|指尖|皮膚|舌頭){gap(4)}(?:(?:發|變)?紫|發黑"
            rf"|黑黑|變黑|發青|發紺)",
            r"(?:講|說)(?:話)?(?:講|說)?不完(?:整)?(?:一|整)?句|一次只能(?:講|說)[^|]{0,4}(?:字|句)"
            r"|只能一個字一個字|(?:講|說)話(?:會)?斷斷續續|喘到(?:不能|無法|沒辦法)?(?:躺|講|說|走"
            r"|睡)",
            rf"(?:吸入劑|吸入器|噴劑|支氣管擴張劑|ventolin|備勞喘){gap(6)}(?:沒(?:有)?(?:用|效"
            rf"|改善)|無效|不管用|沒幫助|還是(?:很|一直)?喘|[3-9]次|好幾次|很多次"
            rf"|[四五六七八九十]次|\d{{2}}次)",
            rf"(?:血氧|含氧量|spo2|oxygen){within(6)}(?<!\d)(?:[5-8]\d|9[01])(?:\s?%)?(?![\d.])",
            rf"肋骨{gap(4)}(?:凹|陷|內縮)|胸凹|鼻翼(?:一直)?(?:搧|煽|扇)",
            r"溺水|(?:掉|跌|摔)(?:進|到|入)(?:了)?(?:游泳池|泳池|水裡|河裡|海裡|水池|池塘|浴缸"
            r"|水溝)|從水裡(?:救|撈|拉)(?:上來|起來|出來)",
        ),
        in_sentence=(
            # very short of breath, at rest or worse
            (
                any_of(rf"{VERY}喘|喘得很厲害|呼吸(?:很|好)?(?:急促|用力|費力|吃力)"),
                any_of(
                    r"休息|坐著|躺著|不能躺|躺不下|講不|說不|嘴唇|發紫|突然|越來越|冒冷汗|走不|胸"
                ),
            ),
            # something stuck, and no breath or sound
            (
                any_of(r"噎到|哽到|嗆到|卡到|卡在喉嚨|卡住|吞到"),
                any_of(
                    r"紫|發黑|臉色|咳不出|哭不出|發不出|講不出|說不出|沒有聲音|沒聲音|(?:不能|無法"
                    r"|沒辦法)(?:呼吸|出聲|說話|講話|咳)|抓著脖子|抓脖子|翻白眼"
                ),
            ),
        ),
    ),
    # A throat closing or a tongue swelling; after a food, a sting, a medicine or hives, a
    # tight throat, a hoarse voice, wheezing, a swollen face or fainting.
    ANAPHYLAXIS: Signs(
        alone=any_of(
            rf"喉嚨{gap(4)}(?:很緊|緊緊|變緊|好緊|縮|卡住|快閉|關起來|封住|變窄|很窄|被掐|腫到)",
            rf"舌頭{gap(3)}(?:腫|變大|變厚|很厚|肥大)",
            r"過敏性休克|(?:打了|用了|注射了?)(?:腎上腺素|epipen|epi-pen)",
        ),
        in_text=(
            (
                any_of(
                    r"過敏|(?:吃|吃了|吃到|吃完)[^|]{0,6}(?:蝦|蟹|花生|堅果|海鮮|貝|蛤蜊|芒果"
                    r"|奇異果|蛋|牛奶|小麥|芝麻|魚)|蝦|螃蟹|蟹|花生|堅果|海鮮|芒果",
                    r"(?:蜜蜂|虎頭蜂|黃蜂|蜂|螞蟻|火蟻)[^|]{0,3}(?:叮|螫|咬)|被蜂",
                    r"打(?:完)?(?:了)?[^|]{0,3}針|抗生素|盤尼西林|青黴素|止痛藥|消炎藥|新的?藥"
                    r"|顯影劑|疫苗",
                    r"蕁麻疹|風疹塊|全身(?:起)?(?:疹子|紅疹|癢)|起疹子|紅疹",
                ),
                any_of(
                    rf"喉嚨{gap(3)}(?:緊|腫|卡|怪|癢|縮)",
                    r"(?:聲音|講話)[^|]{0,3}(?:沙啞|變了|怪)|沙啞",
                    r"喘|呼吸困難|咻咻|嘶嘶|哮鳴|喘鳴",
                    rf"(?:臉|嘴唇|嘴巴|眼睛|眼皮|舌頭|嘴){gap(3)}腫",
                    r"吞(?:口水|東西)?[^|]{0,2}(?:困難|吞不下)",
                    FAINT,
                ),
            ),
        ),
    ),
    # Bleeding that will not stop, spurts or soaks through; vomiting or coughing up blood; a
    # toilet full of blood; black stool with fainting; a deep wound.
    BLEEDING: Signs(
        alone=any_of(
            rf"(?:血|流血|出血){gap(4)}(?:止不住|止不了|停不下來|停不了|一直流|一直冒|一直滴"
            rf"|一直湧|流不停|流個不停|噴|湧|狂流|還在流|還在滲|壓不住)",
            r"(?:一直|狂)?噴血|血流不止|止不住血|流血不止|出血不止|血流如注|大量出血|大出血"
            r"|流了?很多血|流好多血|一大灘血|滿地(?:都是)?血|血流滿地|到處都是血",
            rf"(?:紗布|毛巾|衛生紙|衛生棉|棉墊|護墊|衣服|褲子|床單){gap(6)}(?:濕透|全濕|都是血"
            rf"|染紅|浸濕)|(?:一|1)(?:個)?小時(?:內)?(?:就)?(?:要)?(?:濕透|換)",
            r"吐血|嘔血|(?:吐|咳)出(?:很多|大量|一堆|一大口|好多)(?:的)?(?:鮮)?血|咳血|咖啡渣",
            # blood vomited, however much is said: "吐了一大口血", "半碗"
            rf"(?<![想噁惡要快])(?:吐|嘔)了{gap(6)}(?<![驗抽捐])血"
            rf"(?!絲|壓|糖|管|液|型|檢|清|小板|脂|紅素)|(?:半碗|一碗|一杯|一大口|好幾口|一大灘"
            rf"|一大攤)[^|]{{0,3}}(?:的)?(?:鮮)?血",
            r"(?:整個)?馬桶(?:都是|一片|滿滿|全)(?:是)?(?:血|紅)|(?:解|拉)(?:了)?(?:很多|大量|一堆)"
            r"(?:的)?(?:鮮)?血|大便(?:都是|全是)血",
            rf"鼻血{gap(6)}(?:止不住|停不下來|(?:快|超過|已經)?(?:一|1|半|兩|二)個?(?:小時|鐘頭)"
            rf"|[2-9]\d分鐘|[二三四]十分鐘)",
            r"傷口(?:很|非常|好)?深|看(?:得)?到骨頭|(?:手指|指頭|腳趾)[^|]{0,3}(?:切斷|斷掉|被切掉)"
            r"|斷指",
        ),
        in_text=(
            (
                any_of(r"黑便|柏油|大便(?:是)?黑|黑色的?大便|解黑"),
                any_of(FAINT, rf"頭(?:很)?暈|虛弱|{PALE}|眼前發黑"),
            ),
            # a period, or the bleeding after a birth, that floods, with dizziness or a racing
            # heart
            (
                any_of(
                    rf"(?:月經|經血|經期|惡露|產後|生完){gap(6)}(?:超|很|非常|特別|好)?(?:大|多)"
                    rf"|很大的?血塊|大血塊|血塊{gap(4)}(?:很大|一直)"
                ),
                any_of(
                    FAINT,
                    rf"頭(?:很|好|超)?暈|心跳(?:很|好|超)?快|心悸|{PALE}|眼前發黑",
                ),
            ),
        ),
    ),
}
