"""The Chinese signs of self-harm, poisoning, seizures, unconsciousness, head injury and
sudden confusion."""

from ..kinds import CONFUSION, HEAD_INJURY, OVERDOSE, SEIZURE, SUICIDE, UNCONSCIOUS
from ..patterns import Signs
from .words import CHILD, FAINT, SUDDEN, VOMIT, any_of, gap, number, within

# What poisons when swallowed, and sleeping pills.
POISON = (
    r"(?:漂白水|農藥|巴拉刈|除草劑|殺蟲劑|殺蟲水|老鼠藥|滅鼠藥|清潔劑|通樂|鹽酸|強酸|強鹼|硫酸"
    r"|去漬油|汽油|煤油|柴油|防凍劑|洗衣球|洗衣膠囊|洗衣精|洗碗精|樟腦丸|精油|電池|水銀|磁鐵"
    r"|磁珠|甲醇|假酒|酒精膏|菸蒂|電子菸油|尼古丁)"
)
SEDATIVE = r"(?:安眠藥|安眠|鎮定劑|贊安諾|史蒂諾斯|悠樂丁|fm2|抗憂鬱藥)"
TAKEN = r"(?:吃|吞|服用|服|喝|嗑)(?:了|下|掉|下去)"
# Up high, where one could jump from; about to jump (not "跳舞", "跳繩"), a goodbye or despair.
HIGH_UP = (
    r"(?:在|站在|坐在|爬上|爬到|來到|走到|到了)[^|]{0,4}(?:頂樓|樓頂|天台|屋頂|陽台|窗邊|窗台"
    r"|橋上|橋邊|欄杆|懸崖)"
)
JUMPING = (
    r"(?:想|要|準備|打算|決定)(?:要)?(?:往下|下去)?跳(?![舞繩槽水高遠級過針動])"
    r"|(?:往下|下去)跳"
)
FAREWELL = r"再見|永別|告別|道別|下輩子|來世|謝謝大家|對不起大家|大家保重"
DESPAIR = (
    r"活著[^|]{0,3}(?:好|很|真的|太)?累|撐不下去|不想(?:再)?撐|解脫|一了百了|(?:活著|人生)[^|]{0,3}"
    r"沒(?:有)?(?:意義|意思)|(?:是|成為|當)[^|]{0,4}(?:負擔|累贅)"
)

SIGNS: dict[str, Signs] = {
    # Wanting to die or to end it, a plan or the means ready, a goodbye, self-harm; up high and
    # about to jump.
    SUICIDE: Signs(
        alone=any_of(
            r"想死|不想活|活不下去|想自殺|要自殺|輕生|尋死|想不開|了結(?:自己|生命)|結束(?:我|自己"
            r"|我自己)?的?生命|結束(?:這)?一切|自殺(?!防治|專線|率|新聞|案件|事件|的?(?:新聞|徵兆"
            r"|風險|警訊|念頭))",
            r"割腕|割手|割自己|自殘|傷害自己|跳樓|跳下去|跳河|跳海|跳橋|上吊|燒炭|遺書|交代後事"
            r"|不如死了?|死了算了|想永遠消失|永遠睡著|不要醒來|不想(?:再)?醒來|撐不過今晚|怎麼死",
            r"沒有我[^|]{0,8}(?:會|比較|更)(?:好|輕鬆|快樂)|活著(?:沒有|沒)(?:意義|意思|用)",
            r"藥[^|]{0,3}(?:準備好|存好|存夠|買好)|存了[^|]{0,6}(?:安眠藥|藥)|(?:繩子|木炭|炭)"
            r"(?:都)?(?:已經)?(?:準備好|買好)|買了?(?:木炭|繩子|炭)",
            r"(?:傳|說|留|寫)[^|]{0,8}(?:道別|告別|永別|遺言|謝謝[^|]{0,10}照顧)"
            r"|不要(?:再)?找(?:我|他|她)",
        ),
        in_sentence=(
            # up high, and about to jump, saying goodbye or in despair ("我在頂樓，好想跳");
            # not for the view ("站在頂樓看夜景")
            (any_of(HIGH_UP), any_of(JUMPING, FAREWELL, DESPAIR)),
        ),
    ),
    # Many pills, a whole bottle, sleeping pills with drink, a double dose of a dangerous
    # medicine; a poison or a battery swallowed; a child in someone else's medicine; a snake,
    # wild mushrooms, carbon monoxide.
    OVERDOSE: Signs(
        alone=any_of(
            rf"{TAKEN}{gap(3)}(?:\d{{2,3}}|[二三四五六七八九]?十幾?|十幾|幾十|一整|整|一大|一堆"
            rf"|一把|一大把|全部(?:的)?|所有(?:的)?){gap(2)}(?:顆|粒|錠|罐|瓶|排|盒|包|把)",
            r"(?:把|將)[^|]{0,10}藥[^|]{0,4}(?:全部|都|通通|全)(?:吃|吞)(?:掉|了|下去)",
            rf"{SEDATIVE}{within(10)}(?:酒|醉)|(?:酒|醉){within(10)}{SEDATIVE}",
            r"(?:多|重複|兩倍|雙倍)(?:吃|打|注射)了?[^|]{0,4}(?:胰島素|降血糖|安眠藥|可邁丁|抗凝血"
            r"|毛地黃|鋰鹽)",
            rf"(?:喝|吞|吃|舔|誤食|誤喝|誤吞|吸)(?:了|下|到|進|掉)?{gap(8)}{POISON}",
            rf"{POISON}{gap(6)}(?:喝|吞|吃|咬)(?:了|下|到|掉|破)",
            r"(?:被)?(?:毒)?蛇咬|龜殼花|雨傘節|百步蛇|青竹絲|眼鏡蛇|鎖鍊蛇|河豚|野菇|毒菇"
            r"|(?:採|撿)(?:了)?[^|]{0,4}(?:香菇|菇|蘑菇)|姑婆芋|曼陀羅|斷腸草",
            r"(?:農藥|藥物|酒精|一氧化碳)中毒",
        ),
        in_sentence=(
            # a child who got into someone else's medicine, or an unknown amount of it
            (
                any_of(CHILD),
                any_of(
                    r"(?:偷吃|誤食|誤吞|誤喝|不小心吃|不小心吞|不小心喝)[^|]{0,8}(?:藥|酒|維他命"
                    r"|保健食品|糖漿|貼片)",
                    r"(?:阿公|阿嬤|爺爺|奶奶|外公|外婆|爸爸|媽媽|大人|別人)的[^|]{0,6}(?:藥|酒)",
                    r"不知道(?:吃了)?幾顆|藥(?:少了|不見了)|藥(?:盒|罐|瓶)(?:被)?打開",
                    r"(?:喝|吃)(?:了|到)[^|]{0,4}(?:米酒|高粱|啤酒|酒)",
                ),
            ),
        ),
        in_text=(
            # carbon monoxide, with its symptoms
            (
                any_of(r"一氧化碳|熱水器|瓦斯(?:外洩|味)|(?:全家|大家|我們)(?:都|全部)"),
                any_of(
                    rf"頭痛|頭暈|想吐|{VOMIT}|{FAINT}|嗜睡|想睡|叫不(?:太)?(?:醒|起來)|昏昏|無力"
                ),
            ),
        ),
    ),
    # Shaking all over, eyes rolled up, foam at the mouth, a seizure that does not stop or
    # comes again, a first seizure, a seizure with fever.
    SEIZURE: Signs(
        alone=any_of(
            rf"(?:全身|手腳|四肢|身體|整個人|倒地|倒在地上){gap(3)}(?:抽搐|抽動|抽筋|痙攣|一抽一抽"
            rf"|發抖不停|抖個不停|抖不停)",
            r"(?<!眼皮)(?<!肌肉)(?<!臉頰)(?<!嘴角)(?<!小腿)(?<!大腿)(?<![跳胃腸腳熱])(?:抽搐|痙攣)",
            r"(?:發燒|高燒)[^|]{0,4}抽筋|抽筋[^|]{0,4}(?:翻白眼|叫不醒|沒反應|口吐白沫|嘴唇發紫)",
            r"口吐白沫|眼睛(?:往)?上吊",
            r"癲癇(?:又)?(?:大)?發作|羊癲瘋|發作中|發作了?(?:[三四五六七八九十幾好兩2-9])次"
            r"|中間(?:都)?(?:沒|沒有)[^|]{0,4}醒",
            rf"(?:抽|抖|發作)(?:了)?{gap(4)}(?:超過|快|已經)?{number('三四五六七八九十幾')}分鐘{gap(3)}"
            rf"(?:還|都|仍)?(?:沒停|不停|停不下來|還在)",
            r"(?:抽|抽動|發作|抖)[^|]{0,4}(?:停不下來|不停|沒停)|一直抽(?![菸煙血痰])|抽不停"
            r"|超過(?:五|5|十|10)分鐘",
            r"第一次(?:抽搐|抽筋|癲癇|發作)",
        ),
        in_sentence=(
            (
                any_of(r"咬(?:到|破)(?:了)?舌頭|舌頭咬破|尿失禁|尿褲子|大小便失禁|翻白眼"),
                any_of(r"抽|抖|倒|昏|沒反應|僵硬"),
            ),
        ),
    ),
    # Cannot be woken, no response, no pulse, CPR; collapsed and still out; a floppy baby.
    UNCONSCIOUS: Signs(
        alone=any_of(
            r"叫不(?:太)?醒|叫都叫不醒|搖不醒|拍不醒|喚不醒|叫不(?:太)?起來|昏迷(?!指數)|不省人事"
            r"|失去意識|沒有意識|沒意識|意識喪失",
            r"沒(?:有)?(?:呼吸)?心跳|沒(?:有)?脈搏|摸不到脈搏|心跳停止|心肺停止|ohca|(?:在|正在"
            r"|開始|幫他|幫她|有人在)(?:做|壓)[^|]{0,2}cpr|cpr中|(?:用|拿|貼)[^|]{0,3}aed|電擊器",
            r"(?:叫|拍|搖|喊|捏|戳)[^|]{0,6}(?:都|也)?(?:沒有|沒|毫無)(?:任何)?(?:反應|回應)",
            r"(?:倒|昏倒|暈倒|倒下|躺)(?:在)?[^|]{0,6}(?:不動|沒反應|沒有反應|叫不醒|沒有呼吸"
            r"|沒呼吸)",
            r"軟趴趴|癱軟|軟綿綿|全身軟掉",
        ),
        in_sentence=(
            (
                any_of(FAINT, r"倒在|躺在|趴在|發現"),
                any_of(
                    r"還沒(?:有)?(?:醒|清醒)|沒有醒過來|沒反應|沒有反應|不動|眼睛閉著|不回答"
                    r"|沒有回應|(?:超過|已經)[^|]{0,4}分鐘"
                ),
            ),
        ),
    ),
    # A blow to the head, with vomiting, drowsiness, confusion, clear fluid from the ear or
    # nose, unequal pupils, a seizure, a worsening headache, or a blood thinner.
    HEAD_INJURY: Signs(
        in_text=(
            (
                any_of(
                    rf"(?:撞|碰|敲|打|砸|摔|跌|磕|踢)(?:到|傷|破)?(?:了)?{gap(3)}(?:頭|後腦|額頭"
                    rf"|腦袋|頭殼)",
                    rf"(?:頭|後腦勺?|額頭|頭部){gap(3)}(?:撞到|撞|著地|先著地|受傷|被打|被砸|敲到"
                    rf"|碰到)",
                    r"腦震盪|頭撞頭|頭部外傷|顱內出血|從[^|]{0,8}(?:摔|跌|掉|滾)(?:了)?(?:下來"
                    r"|下去)|(?:摔|跌|掉|滾)下(?:床|樓梯|樓|椅子|來)|車禍|摔車|被車撞",
                ),
                any_of(
                    VOMIT,
                    r"嗜睡|(?:一直|很|好|越來越)?想睡|昏昏|叫不(?:太)?醒|意識(?:不清|模糊|混亂)"
                    r"|講話(?:怪怪|奇怪|很怪|不清楚|含糊|卡卡)|答非所問|重複問|一直問同樣"
                    r"|認不得|不認得|記不得|不記得|忘記|失憶",
                    r"頭(?:越來越|更)痛|頭痛(?:越來越|加劇|更嚴重)|越來越痛",
                    r"(?:耳朵|鼻子)[^|]{0,6}(?:流|冒|滲)(?:出)?[^|]{0,4}(?:透明|清水|水|血)",
                    r"瞳孔[^|]{0,6}(?:不一|不一樣|比較大|放大)",
                    rf"抽搐|抽筋|{FAINT}|昏過去|失去意識|沒反應",
                    r"抗凝血|可邁丁|保栓通|拜瑞妥|艾必克凝|普栓達|阿斯匹靈|抗血小板|warfarin"
                    r"|eliquis|xarelto",
                    r"哭不停|一直哭|不喝奶|軟趴趴|(?:腫|包)(?:一個|很)?(?:大|軟)|凹(?:下去|陷)",
                ),
            ),
        ),
    ),
    # Suddenly confused, talking nonsense, not knowing family or where one is, seeing things.
    CONFUSION: Signs(
        alone=any_of(
            r"胡言亂語|語無倫次|答非所問|(?:講話|說話)亂七八糟|亂講話|神智不清|意識(?:不清|混亂"
            r"|模糊|不太清楚)|譫妄|幻覺|看到(?:已經)?(?:死去|過世|不存在)",
            r"看到[^|]{0,4}(?:鬼|蟲在爬|螞蟻在爬)|(?:牆上|天花板|床上|地上)有[^|]{0,4}(?:蟲|螞蟻"
            r"|人)|說有人要害",
            r"(?:認不得|不認得|認不出|不認識)(?:我|人|家人|我們|自己)",
            r"不知道(?:自己)?(?:在哪|在哪裡|是誰|今天幾|現在幾|幾月|幾號)",
            rf"{SUDDEN}{gap(4)}(?:變得?)?(?:很)?(?:混亂|糊塗|迷糊|錯亂|怪怪|奇怪|不對勁)",
            r"(?:變得?|開始)(?:很|好|非常)?(?:混亂|糊塗|迷糊|錯亂)",
        ),
    ),
}
