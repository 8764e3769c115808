"""The Chinese signs of fever in a young baby, pregnancy, burns, the belly, the testicles,
meningitis and diabetes."""

from ..kinds import ABDOMEN, BURNS, DIABETIC, INFANT_FEVER, MENINGITIS, PREGNANCY, TESTICULAR
from ..patterns import Signs
from .words import (
    ALTERED,
    DIABETES,
    FAINT,
    FEVER,
    SEVERE,
    SUDDEN,
    VOMIT,
    any_of,
    gap,
    number,
    within,
)

# A baby under three months: days, 1-12 weeks, 1-2 months.
BABY = r"(?:寶寶|嬰兒|新生兒|兒子|女兒|小孩|孩子|bb|baby|寶貝|小寶|弟弟|妹妹)"
WEEKS = r"(?:[1-9]|1[0-2]|一|二|兩|三|四|五|六|七|八|九|十|十一|十二)(?:週|周|個禮拜|個星期|星期)"
MONTHS = r"(?:(?:[12]|一|兩|二)個(?:多|半)?月|一個半月|1\.5個月)"
DAYS = rf"(?:{number('一二兩三四五六七八九十', 2)}|十幾|二十幾)天"
# The belly, the neck, the spots that do not fade when pressed.
BELLY = r"(?:肚子|腹部|下腹|上腹|小腹|胃|肚臍|右下腹|左下腹|右上腹|腹)"
NECK = r"(?:脖子|頸部|後頸|頸子|頸)"
SPOTS = r"(?:紫色的?[^|]{0,4}(?:點|斑|疹)|紫斑|瘀斑|出血點|紫點)"
NOT_BLANCHING = r"(?:壓|按)(?:壓|了|下去)?[^|]{0,3}(?:也|都)?(?:不會|不|沒有)(?:退|消|褪|變白|淡)"
# A sugar under 55 or over 400 mg/dL, and breathing and thirst as diabetes makes them.
LOW_SUGAR = (
    rf"血糖{gap(6)}(?<![\d.])(?:[1-4]\d|5[0-4])(?![\d.])|低血糖|血糖(?:很|太|超|偏)?低|血糖掉"
)
HIGH_SUGAR = (
    rf"血糖{gap(6)}(?<![\d.])(?:[4-9]\d\d|[1-9]\d\d\d)(?![\d.])|血糖{within(6)}(?:hi\b|high|測不到"
    rf"|爆表|破表)|血糖{within(3)}(?:飆|衝)"
)
FAST_BREATHING = rf"呼吸{within(4)}(?:深|快|喘|大口|急)|很喘"
THIRST = r"(?:很|一直|超|好)?口?渴|一直喝水"

SIGNS: dict[str, Signs] = {
    # A baby under three months, with a fever.
    INFANT_FEVER: Signs(
        in_text=(
            (
                any_of(
                    rf"{BABY}[^|]{{0,4}}(?:出生)?(?:才|剛|只有|快)?{WEEKS}",
                    rf"{WEEKS}(?:大|的(?:寶寶|嬰兒|兒子|女兒|bb))",
                    rf"{BABY}[^|]{{0,3}}{MONTHS}(?!前|後)",
                    rf"{MONTHS}(?:大|又|的(?:寶寶|嬰兒|兒子|女兒|bb))",
                    rf"(?:出生(?:第)?|才){DAYS}|{DAYS}大|新生兒|剛出生|未滿月|還沒滿月|剛滿月"
                    rf"|快滿月|(?:坐|做)月子",
                ),
                any_of(FEVER),
            ),
        ),
    ),
    # A pregnancy, with bleeding, severe pain, fainting, waters breaking, a baby that moves
    # less, regular contractions, signs of pre-eclampsia or a blow to the belly.
    PREGNANCY: Signs(
        alone=any_of(r"(?:可能|是不是|會不會是|懷疑|疑似)子宮外孕"),
        in_text=(
            (
                any_of(
                    rf"懷孕|懷了|孕婦|孕期|孕(?:第)?{number('一二三四五六七八九十', 2)}(?:週|周|w)"
                    r"|(?<![\d.])\d{1,2}\s?(?:週|周|w)的?(?:孕婦|身孕)|身孕|懷胎|預產期|妊娠|待產"
                ),
                any_of(
                    r"(?<!一點)(?<!有點)(?<!點點)(?<!少量)(?<!微量)(?<!一些)(?:出血"
                    r"|流血)(?!量?(?:很少|不多|一點))|(?:大量|很多|好多|一堆)的?(?:血|出血)|血塊"
                    r"|鮮血|鮮紅色",
                    rf"{BELLY}{gap(4)}(?:劇痛|劇烈|很痛|超痛|非常痛|好痛|痛到|一直痛|越來越痛)"
                    rf"|劇烈(?:的)?(?:疼痛|腹痛)",
                    FAINT,
                    r"破水|羊水(?:破|流|一直)|流出(?:很多|大量|一堆)?的?(?:水|液體)"
                    r"|(?<!鼻)(?:一直)?(?:流|漏)出?(?:水|液體)",
                    r"胎動(?:變少|減少|很少|變弱|不明顯|沒了|停了|都沒)|(?:沒有?|感覺不到"
                    r"|摸不到)[^|]{0,4}(?:胎動|寶寶在?動)|寶寶(?:都)?(?:不動|沒(?:有)?(?:在)?動)",
                    rf"(?:每|間隔){number('一二兩三四五六七八九十')}分鐘[^|]{{0,8}}(?:緊|痛|宮縮|收縮)"
                    r"|規律的?(?:宮縮|收縮|陣痛|緊)|宮縮[^|]{0,3}(?:頻繁|規律|很密)",
                    r"(?:看到|出現|眼前|眼睛前面)[^|]{0,4}(?:閃光|亮點|星星|亮亮|黑點|點點)"
                    r"|視線模糊|視力模糊|看(?:東西)?(?:變)?模糊|(?:臉|手|眼皮)[^"
                    r"|]{0,4}(?:突然)?(?:很|好)?腫|血壓[^|]{0,6}1[4-9]\d\s?/\s?(?:9\d|1[0-2]\d)"
                    r"|頭痛(?:欲裂|得很厲害|到受不了|得厲害|很劇烈)|頭(?:很|超|好|非常)痛",
                    r"車禍|被(?:車|機車)撞|(?:撞|跌|摔)[^|]{0,4}(?:肚子|腹部)|肚子[^|]{0,4}(?:撞到"
                    r"|著地|被踢|被打)",
                    r"肩膀(?:也)?(?:很)?痛",
                ),
            ),
        ),
    ),
    # An electric or chemical burn; a burn of the face, hands, feet, genitals or a large
    # area, or a deep one (white, charred, painless).
    BURNS: Signs(
        alone=any_of(
            r"觸電|電擊傷|(?:被|遭)(?:高壓)?電(?:到|擊)|(?:插座|電線|延長線|電源|電箱|變電箱|高壓電"
            r"|漏電|電器)[^|]{0,8}電(?:到|擊)|(?:咬|舔)[^|]{0,3}(?:電線|插座|充電線)|雷擊",
            rf"(?:漂白水|鹽酸|強酸|硫酸|通樂|清潔劑|化學|石灰|水泥|鹼|殺蟲劑|消毒水|去漬油"
            rf"|強力膠){within(8)}(?:噴|濺|潑|跑|流|弄|沾|灑)(?:到|進|入)(?:了)?{within(3)}眼",
            rf"化學(?:灼傷|燒傷)|被(?:強)?(?:酸|鹼)(?:潑|灼|燒)|(?:鹽酸|強酸|硫酸"
            rf"|強鹼){within(6)}(?:潑|濺|灑)",
            r"(?:三度|3度|二度|2度|深二度|大面積|嚴重)的?(?:燒|燙)傷",
        ),
        in_sentence=(
            (
                any_of(
                    r"燙傷|燒傷|燙到|燒到(?![\d三四])|被[^|]{0,6}燙|熱水|滾水|開水|熱湯|熱油|油鍋"
                    r"|熱粥|熱茶|熱咖啡|蒸氣|火燒|著火|起火|火焰|爆炸|鞭炮|煙火|排氣管|熨斗"
                ),
                any_of(
                    r"臉|眼睛|脖子|頸部|胸口|胸部|肚子|私密處|下體|陰部|生殖器|會陰|手掌|整隻手"
                    r"|整隻腳|雙手|兩隻手|雙腳|兩隻腳|腳底|手臂|大腿|背|全身|整片|一大片|大片"
                    r"|大面積|手掌大|比手掌(?:還)?大|關節",
                    r"水泡(?:很大|很多|一大片|破了)|(?:大|很多)的?水泡|起大水泡|皮(?:都)?掉|脫皮"
                    r"|發白|變白|白白|焦黑|燒焦|不會痛|沒(?:有)?感覺|沙啞|眉毛|鼻毛|濃煙",
                ),
            ),
        ),
    ),
    # A belly hard as a board, green vomit, redcurrant stool; belly pain that is severe,
    # makes one faint or double over, goes to the back or sits lower right.
    ABDOMEN: Signs(
        alone=any_of(
            rf"(?:肚子|腹部|肚皮){gap(4)}(?:硬得像|像木板|像石頭|硬梆梆|硬邦邦|僵硬)",
            r"吐(?:出)?(?:綠|黃綠)色?|綠色的?(?:嘔吐物|東西|水)|吐膽汁",
            rf"(?:大便|便便|糞便|尿布){gap(4)}(?:果醬|草莓醬)|果醬(?:色|狀|樣)?的?(?:大便|便)",
        ),
        in_sentence=(
            (
                any_of(
                    rf"{BELLY}{gap(4)}(?:痛|疼|絞痛|劇痛)|腹痛|肚子痛|胃痛",
                ),
                any_of(
                    SEVERE,
                    r"打滾|(?:站|直|走|坐)不(?:起來|直|了|動)|彎著腰|彎腰|縮成一團|蜷|冒冷汗"
                    r"|快(?:要)?(?:昏|暈)|昏過去|大叫|慘叫|越來越痛",
                    FAINT,
                    r"右下(?:腹|方|邊)|(?:痛|延伸|穿|傳)到(?:背|後背)",
                    r"很硬|硬梆梆|像木板|不能碰|碰不得|按(?:下去|了)?[^|]{0,3}(?:更|很)痛"
                    r"|止痛藥(?:也)?沒(?:有)?(?:用|效)",
                ),
            ),
            (
                any_of(r"脹|鼓"),
                any_of(
                    r"沒(?:有)?(?:大便|排便)[^|]{0,3}沒(?:有)?(?:放屁|排氣)|沒(?:有)?(?:放屁|排氣)"
                ),
            ),
        ),
    ),
    # A testicle that suddenly hurts badly, swells, sits higher, or with vomiting.
    TESTICULAR: Signs(
        alone=any_of(r"(?:是不是|可能|會不會是|懷疑|疑似)睪丸扭轉"),
        in_sentence=(
            (
                any_of(r"睪丸|蛋蛋|陰囊|卵蛋|(?:左|右)(?:邊)?的?(?:蛋|睪)"),
                any_of(
                    SUDDEN,
                    SEVERE,
                    r"腫|變大|比較高|往上(?:縮|跑)|變(?:成)?紫|紫色|紅腫|痛醒|一碰就痛",
                    rf"痛到(?:吐|走不了|不能走|沒辦法走|叫)|{VOMIT}",
                ),
            ),
        ),
    ),
    # A bulging soft spot, spots that do not fade; a fever with a stiff neck, light that
    # hurts, or purple spots.
    MENINGITIS: Signs(
        alone=any_of(r"囟門[^|]{0,4}(?:鼓|凸|膨|腫)"),
        in_sentence=((any_of(SPOTS), any_of(NOT_BLANCHING)),),
        in_text=(
            (
                any_of(FEVER),
                any_of(
                    rf"{NECK}{gap(4)}(?:很硬|僵硬|硬梆梆|硬|不能動|動不了|轉不動|低不下|彎不下)",
                    r"下巴(?:碰|貼)不到胸|低頭[^|]{0,6}(?:碰不到|不行|很痛)",
                    r"怕光|畏光|(?:燈光|光線|燈|光)[^|]{0,4}(?:很)?(?:刺眼|刺痛|受不了|不舒服|很痛)"
                    r"|不敢開燈",
                    SPOTS,
                    NOT_BLANCHING,
                ),
            ),
        ),
    ),
    # Ketoacidosis; a very low or very high sugar with its symptoms; a diabetic who is not
    # in their right mind, or vomiting with fast breathing, thirst or belly pain.
    DIABETIC: Signs(
        alone=any_of(
            r"酮酸中毒|dka|高滲透壓|酮體[^|]{0,4}(?:[2-4]\+|\+\+|[兩三四]個加號?|很高|偏高|強陽性"
            r"|陽性)|呼吸[^|]{0,4}(?:水果|爛蘋果|去光水|丙酮)的?味",
        ),
        in_text=(
            (
                any_of(LOW_SUGAR),
                any_of(
                    ALTERED,
                    rf"冒冷汗|冷汗|發抖|手抖|抖|抽搐|{FAINT}|吞不下|站不(?:起來|穩)|全身無力|沒力",
                ),
            ),
            (
                any_of(HIGH_SUGAR),
                any_of(
                    ALTERED,
                    VOMIT,
                    THIRST,
                    FAST_BREATHING,
                    r"(?:一直|很多)尿|頻尿|肚子痛|沒力|無力",
                ),
            ),
            (any_of(DIABETES), any_of(ALTERED)),
            (
                any_of(DIABETES),
                any_of(VOMIT),
                any_of(FAST_BREATHING, THIRST, r"肚子痛|嗜睡|想睡"),
            ),
            # diabetes not yet known: thirst, much urine; then vomiting and heavy breathing
            (
                any_of(THIRST),
                any_of(r"(?:一直|很多)尿|尿(?:很)?多|頻尿"),
                any_of(VOMIT),
                any_of(FAST_BREATHING, r"嗜睡|想睡"),
            ),
        ),
    ),
}
