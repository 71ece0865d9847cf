"""Korean, Chinese and Japanese tracking texts read by meaning rather than by whole sentences: the
verb's ending (done "했습니다/已/しました", being done "중/正在/中", to be done "예정/预计/予定", not done
"하지 못/未能/できず"), who acts on whom (the courier visited but nobody answered, the recipient refused,
the sender handed the parcel over) and the place named (a locker or a store counter waits for the
recipient; a customs office or a carrier is a step on the way).

Written by the team to DESIGN §4 (tests/test_status_meaning_east_asian.py and its _2 file hold the
examples), in three groups:

- EAST_ASIAN_FIRST_STEPS, before the outcome steps: a flight or transport cancelled ("航班取消",
  "항공편 결항") is a delay on the way, not a cancelled shipment ("取消", "취소"); a parcel left at the door
  although nobody was in ("부재로 문 앞에 두고 갑니다") is delivered, not the failed attempt "부재" names; nobody
  there to take it ("无人收件，已改约") failed, not merely rescheduled.
- EAST_ASIAN_CORRECTING_STEPS, before the last broad steps of status_phrases: words that those steps
  read the wrong way. A delivery still to come ("预计明天送达", "배송 완료 예정") is no delivery; one due
  today or about to come ("预计今天送达", "即将送达", "오늘 14~16시 도착 예정", "배송 출발") is the last
  leg, not a mere arrival or departure; a parcel waiting to be shipped or collected ("等待商家发货",
  "집하 전", "まだ発送されていません") is data only; papers missing or duties owed ("통관 서류 미비",
  "需补充清关资料") are a problem even where customs is named; a routine customs step ("税関から受領",
  "세관 통관 완료") moves on; the sender's parcel taken in ("荷物をお預かりしました") moves on, where
  "お預かり" alone is a parcel kept for the recipient; a locker or store reached ("はこぽすに到着") and a
  counter to collect from wait for the recipient; a refusal ("수령을 거부") is no receipt; a waybill
  deleted ("송장 삭제") is cancelled; Hong Kong's "派遞" is delivering ("派遞中") or failed ("未能派遞"),
  where "途中" or "派送" would read it otherwise (done, "已派遞", is read last). Second pass: the driver
  loading the van or named beside "배송중" ("배송기사 상차", "배송중 (배송기사: …)"), a window today
  ("도착 예정 시간 14:00~16:00"), a courier on the way ("正在送货途中", "ドライバーが向かっています") is the last
  leg, not a mere movement; the seller's or warehouse's steps ("출고지시", "집하요청", "待发货", "出荷手配中")
  are data only; not yet delivered ("尚未送达", "배송완료 전", "配達完了予定日") no delivery; a hand-over to the
  last-mile carrier or an airline ("转交当地承运商派送", "已交付航司") moves on; a paused delivery or a missort
  ("暂停派送", "誤仕分け") is a problem; a wrong phone number ("연락처 오류로 배송 보류") or Korea Post's
  arrival notice ("도착안내서 투입") a failed attempt, not a hold or an arrival; a post office or branch
  holding it to be fetched ("우체국 창구 보관 중 - 방문 수령 바랍니다", "受取店舗に到着") waits for the
  recipient; collected from a locker ("已从快递柜取出"), delivered ("派送成功") or signed for away from a locker
  ("已签收，如有疑问请联系派件员") is done.
- EAST_ASIAN_LATE_STEPS, after every other step: words nothing else reads. Korean failed attempts by
  their reason (unreachable by phone "연락이 되지 않아", a wrong address "주소지 오류", the recipient
  moved, no access "출입 불가", a business closed "휴무") and by the verb ("배달하지 못했습니다",
  "방문했으나 …"), a notice left; Chinese and Japanese ones likewise ("电话关机", "不让进", "お届けでき
  ませんでした", "伺いましたが"). Delays by their cause (weather, volume, a breakdown, a misdelivery),
  duties and papers owed; lockers, counters and stores; deliveries to the door, the mailbox, the
  building's management office, by hand; movements named by their verb ("이동 중", "인계", "落地",
  "搭載", "引き渡し") and deliveries named only for a later day ("배송 예정", "お届け予定"). Second pass:
  Korean drivers' reason codes as bare nouns ("폐문", "미배송", "번지 없음", "주소 상이", "전화 미응답",
  "결번", "휴대폰 꺼짐", "수취인 미거주", "수취인 휴가 중", "사업장 폐업", "영업시간 외"); orders placed or paid
  ("결제완료"), ships and containers ("선적", "装船", "装柜"), sorting ("区分中"), hand-overs ("引き継ぎ"),
  and deliveries to the manager or a neighbour ("管理人に預けました"), to the home ("已送货上门").
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# Stores and lockers in Japan where a parcel waits for the recipient ("はこぽす" is Japan Post's locker).
_JA_PICKUP_PLACE = r"(?:はこぽす|pudo|ファミリーマート|ローソン|セブン ?イレブン|ミニストップ|宅配ロッカー|ロッカー)"

EAST_ASIAN_FIRST_STEPS: tuple[Step, ...] = (
    # The carrier's flight cancelled, not the shipment.
    ("exception", {
        "zh": (r"(?:航班\S{0,3}取消)",),
        "ko": (r"(?:항공편 ?(?:취소|결항))", "결항"),
        "ja": ("欠航", "運休"),
    }),
    # Left at the door although nobody was in ("부재로 문 앞에 두고 갑니다"): delivered, where "부재"
    # alone is a failed attempt; a request to leave it there ("두고 가주세요") or a loss after it is not.
    ("delivered", {
        "ko": (r"(?:(?:문|현관) ?앞(?:에)? ?(?:두|놓)(?:고 ?(?:갑니다|감|갔|왔)|었|았|아 ?두었)(?!.*(?:분실|파손|도난|반송|회수)))",),
    }),
    # Nobody there to take it, where the new day agreed ("改约") would read a mere change of plan.
    ("delivery_failed", {
        "zh": (r"(?:无人(?:收件|收货|接收))",),
    }),
)

EAST_ASIAN_CORRECTING_STEPS: tuple[Step, ...] = (
    # A waybill or order deleted, not the waybill ("송장") it names.
    ("cancelled", {
        "ko": (r"(?:(?:송장|운송장|주문|예약) ?삭제)",),
    }),
    # Papers missing or duties owed, even where customs clearance is named.
    ("exception", {
        "ko": (r"(?:서류 ?(?:미비|보완|누락|부족|요청|제출))", "통관고유부호", "관부가세", r"(?:관세 ?(?:납부|미납))"),
        "zh": (r"(?:补充\S{0,4}(?:资料|材料|文件|信息))", "资料不全", r"(?:缺少\S{0,4}(?:资料|文件))",
               # A delivery paused is no delivery under way.
               r"(?:暂停\S{0,2}(?:派送|配送|投递|派件))"),
        # Sorted to the wrong place: a misroute, not a sorting step.
        "ja": ("誤仕分",),
    }),
    # Due today or about to come, a courier setting off on the round.
    ("out_for_delivery", {
        "zh": (r"(?:(?:今天|今日|当天)[^已]{0,20}(?:送达|送到))", r"(?:即将(?:为您)?(?:送达|配送))",
               r"(?:派递(?:中|途中))", "正在派递",
               # The courier on the way with it, due in minutes or hours; a courier coming to collect it is not.
               r"(?:(?:快递员|配送员|派送员|骑手|小哥)\S{0,3}出发)", r"(?:预计\S{0,3}\d+ ?(?:分钟|小时)\S{0,2}送达)",
               r"(?:正在(?:为您)?(?:配送|送货))", r"(?:送货(?:途)?中)",
               r"(?:(?:骑手|小哥|快递员|配送员|派送员)(?:(?!完成|已)\S){0,4}(?:路上|配送|送货)(?!.*(?:取件|揽收|揽件|收件|完成|成功|送达|签收)))"),
        "ko": (r"(?:(?:오늘|금일)(?: \S+){0,3} ?(?:도착|배송|배달|방문)(?:될|할|하실)? ?(?:예정|합니다|할|해 드|드립니다|하겠))",
               # A time window today ("도착 예정 시간 14:00~16:00"), a driver loading the van or delivering by name.
               r"(?:(?:도착|배송|배달) ?예정 ?시간\S{0,2} (?:(?:오늘|금일) )?\d{1,2}(?: \d\d)?시? ?(?=[~-]))",
               r"(?:(?:기사|배송원|배달원|집배원|(?:배송|배달) ?차량?)\S{0,3} ?상차)",
               r"(?:(?:배송|배달) ?중\S{0,2} (?:담당|(?:배송|배달) ?기사|집배원|배송원|배달원))",
               r"(?:(?:배송|배달) ?차량?(?:이|가)? ?출발(?! ?전))",
               r"(?:(?<!해외 )(?:배송|배달) 출발(?! ?전))",
               r"(?:곧 (?:도착|배달))", r"(?:(?:기사|배송원|배달원|집배원)(?:님)?(?:이|가)?(?: \S+){0,2} ?출발(?! ?전))"),
        "ja": (r"(?:(?:配達員|配達担当者?|ドライバー)(?:が|は)?\S{0,4}出発)", r"(?:まもなく(?:お届け|配達|到着))",
               r"(?:配達(?:へ|に)出発)", r"(?:(?:配達員|配達担当者?|ドライバー)(?:が|は)(?:荷物を)?(?:向かって|積み込))"),
    }),
    # A delivery still to come (a day named, "delivery completion expected"), customs clearing.
    ("in_transit", {
        "zh": (r"(?:(?:预计|将于|将在|会在)\S{0,16}送达)", r"(?:(?:会|将)送到)",
               # Not yet delivered; handed to the last-mile carrier or the post, or passed on to be delivered at home.
               r"(?:(?:尚未|还未|暂未|还没有?)(?:送达|签收|妥投|投递|送到))",
               r"(?:(?:交接|交付|转交|移交|交)(?:给|至|到)?\S{0,4}(?:派送商|配送商|尾程|邮政|承运商|快递公司|物流公司|航司))",
               r"(?:转(?:国内|当地|本地|尾程)\S{0,2}(?:派送|配送|运输|快递))"),
        "ko": (r"(?:(?:배송|배달) ?완료 ?(?:예정|전(?![달화송])))", r"(?:세관\S{0,2} ?(?:통관 ?|신고 ?)?(?:완료|진행|수리|절차|반입|반출)(?! ?(?:보류|불가|금지)))"),
        # A routine customs step, and the sender's parcel taken in.
        "ja": (r"(?:(?:配達|お届け)完了予定)", r"(?:税関(?:から|へ|に)\S{0,4}(?:受領|提示|到着|搬入))", r"(?:税関検査(?:完了|終了|済))",
               r"(?:(?:荷物|商品|お品物)をお預かりしました)", r"(?:(?:から|より)\S{0,8}お預かり)"),
    }),
    # Not yet shipped or collected.
    ("info_received", {
        "zh": (r"(?:等待(?!卖家|您)\S{0,4}发货)", "待发货", r"(?:通知\S{0,8}(?:揽收|揽件|取件|收件))", r"(?:(?:待|等待)出库)",
               r"(?:等待(?:快递员?|物流|快递公司|承运商|司机)\S{0,2}(?:收件|揽件|取件|揽收|上门))"),
        "ko": (r"(?:(?:집하|집화) ?전(?!산|표))", r"(?:발송 ?(?:대기|예정))", r"(?:출고 ?(?:대기|준비|예정|지시))", r"(?:(?:발송|출고)하지 않)",
               # The seller readying it (EMS's bare "발송준비" is the post office's own dispatch, on the way).
               r"(?:(?:판매자|판매처|셀러|상점|쇼핑몰|업체)\S{0,3} ?발송 ?준비)",
               # A collection asked for or booked, not made.
               r"(?:(?:집하|집화)(?:를|을)? ?(?:요청|예정|지시|의뢰))", r"(?:방문 ?예정 (?:집하|집화|수거))"),
        "ja": (r"(?:(?:まだ|未)発送)", "発送されていません", r"(?:出荷待ち|(?:出荷|発送)(?:手続き?|手配)(?:中|を行って))",
               r"(?:集荷の?ご?依頼)"),
    }),
    # A failed attempt that the broad "派送"/"派件" or a receipt word would read otherwise.
    ("delivery_failed", {
        "zh": (r"(?:(?:派送|派件|投递|配送|送货|派递)\S{0,2}未成功)", r"(?:未能(?:派送|派件|投递|派递|配送|送达))",
               r"(?:派递(?:不成功|失败))", "无人在家", "家中无人", r"(?:留(?:下|有)?了?(?:派件|投递|派送|到件|取件)?通知)"),
        "ko": (r"(?:(?:수취|수령|인수|(?<!광고 )(?<!광고)(?<!무료)수신)(?:을|를)? ?(?:거부|거절|원치 않|원하지 않))",
               # A wrong phone number keeps the parcel back: a failed attempt, not a hold on the carrier's side.
               r"(?:(?:휴대폰|전화|연락처) ?(?:번호)? ?(?:오류|없음|불명|잘못))",
               # Korea Post's notice of arrival ("우편물 도착 안내서") is left when nobody took the item.
               r"(?:도착 ?안내(?:서|장|문(?!자)))"),
    }),
    # A delay named while the text also names delivering (not where it says the parcel was delivered).
    ("exception", {
        "zh": (r"(?:(?:(?<!运输)延迟|延期|疫情|台风|暴雨|暴雪|大雪|恶劣天气|天气原因)(?!.*(?:签收|妥投|已送达)))",),
    }),
    # A locker, a store or a counter where the recipient collects it.
    ("available_for_pickup", {
        "zh": (r"(?:(?:送达|到达|抵达|已到)\S{0,6}(?:门市|门店|超商|便利店|便利商店|自提点|全家|莱尔富))",),
        "ja": (r"(?:" + _JA_PICKUP_PLACE + r"(?:ステーション)?(?:に|へ)(?:到着|配達|お届け|預け))",
               r"(?:(?:" + _JA_PICKUP_PLACE + r"|窓口|営業所|センター|店頭|店舗|郵便局)で(?:の)?(?:お)?受け?取り(?:いただけ|ください|可能|できます|になれます))",
               # The store or post office chosen for collection reached.
               r"(?:(?:(?:受取|受け取り)(?:店舗|店|場所|窓口)|(?:ご)?指定の(?:郵便局|営業所|店舗|コンビニ|受取場所))(?:に|へ)(?:到着|お届け))"),
        # Kept at the post office or a branch, to be fetched: "수령" here is the recipient's errand, not a receipt.
        "ko": (r"(?:(?:우체국|영업소|대리점|편의점|지점|보관함)(?:에|에서)? ?보관 ?중)", r"(?:찾아가(?:세요|십시오|시기|시면|셔야))",
               r"(?:(?:방문|창구) ?수령 ?(?:바랍니다|요망|가능|하세요|해 ?주))"),
    }),
    # Collected from a locker or station, delivered by the courier: done, where the locker's or the verb's name
    # would read it waiting or under way (a failure, "派送不成功", is read above).
    ("delivered", {
        "zh": (r"(?:已(?:从|自)\S{0,6}(?:柜|驿站|自提点|代收点|丰巢|兔喜)\S{0,2}取(?:出|走))", r"(?:(?<![未不])(?:派送|派件|配送|投递|派递)成功)", r"(?:(?<![未不没])(?:派送|派件|配送|投递|派递|送货)完成)",
               r"(?:(?<![未不没])完成(?:了)?(?:派送|派件|配送|投递|派递|送货))",
               r"(?:已签收(?!.*(?:柜|驿站|代收点|自提|超市|丰巢|兔喜|菜鸟|站)))"),
    }),
)

EAST_ASIAN_LATE_STEPS: tuple[Step, ...] = (
    # Carrier-side: an area not served, delays by their cause, a breakdown, a misdelivery, duties.
    ("exception", {
        "ko": (r"(?:(?:배송|배달) ?불가 ?지역)", "늦어지", "늦어질", r"(?:차량 ?고장)", "오배송", "오배달", r"(?:기상 ?악화)",
               "폭설", "태풍", "폭우"),
        "zh": ("停滞", "超区", "拦截", r"(?:(?<!已)(?:缴纳|支付|交纳|补缴)\S{0,2}(?:关税|税费|税金|税款))"),
        "ja": (r"(?:遅れ(?:て|が|ており|ております|る))", "悪天候", "天候不良", "台風", "大雪", "豪雨", "見合わせ",
               r"(?:関税\S{0,6}(?:支払|お支払|納付|未納|未払))", "書類不備", "書類不足", "誤配", "積み残し", r"(?:所在(?:を)?(?:確認|調査|不明))",
               "調査依頼"),
    }),
    # A failed attempt: by the reason at the door, or by the verb "could not".
    ("delivery_failed", {
        "ko": (r"(?:연락(?:이)? ?(?:안 ?됨|안 ?되|되지 않|닿지 않))",
               r"(?:전화(?:를)? ?(?:받지 않|안 ?받|미수신|불통|연결(?:이)? ?(?:안 ?됨|안 ?되|되지 않)))",
               r"(?:(?:주소(?:지)?|번지|배송지|상세 ?주소|동 ?호수?|건물)\S{0,2} ?(?:오류|불명|불분명|불일치|상이|미상|오기재|오기입|누락|미기재|부정확|불완전|없음|없어|"
               r"찾을 ?수 ?없|찾지 ?못|찾기 ?(?:불가|어려)|확인 ?불가))",
               r"(?:(?:수취인|수하인|고객|받는 ?분) ?정보 ?(?:불일치|오류|상이|잘못))",
               r"(?:안 ?계셔|안 ?계시|계시지 ?않)", r"(?:(?:배송|배달) ?미완료)", r"(?:주소(?:가|를)? ?(?:정확하지 않|잘못|틀))", "잘못된 주소",
               r"(?:수취인(?:이|께서)? ?(?:불명|미상|이사|사망))", r"(?:이사 ?(?:감|갔|가셨))",
               r"(?:(?:배송|배달)(?:이)? ?(?:불가|불능))",
               r"(?:수취인 ?(?:없음|없어))", "거주하지 않", "미거주", "미배송", "폐문",
               r"(?:(?:문자|전화|연락|메시지)\S{0,2} ?(?:무응답|미응답|불응|응답 ?없|회신 ?없)(?! ?시))", r"(?:(?:전화|휴대폰|핸드폰|연락|폰|phone)\S{0,2} ?불통)", "결번", r"(?:없는 ?번호)",
               r"(?:(?:전화|휴대폰|핸드폰)(?:이)? ?(?:꺼져|꺼짐|전원 ?꺼))", r"(?:(?:택배|물품|상품) ?(?:거부|거절))",
               r"(?:영업 ?(?:시간 ?외|전(?!산)|종료))",
               r"(?:(?:비번|비밀번호|출입 ?번호)\S{0,2} ?(?:모름|몰라|오류|틀림|미기재|없음|미입력))",
               r"(?:(?:수취인|고객|받는 ?분|수령인)(?:님)?\S{0,2} ?(?:휴가|여행|출장|입원))",
               r"(?:(?:배송|배달|전달)(?:을|를)?(?: ?완료)? ?(?:하지|되지) ?못)", r"(?:(?:배송|배달)(?:을|를)? 못)",
               r"(?:방문(?:했|하였)(?:으나|지만))", r"(?:방문 ?안내(?:문|장|표))", r"(?:안내(?:문|장|스티커)(?:을|를)? ?(?:남|부착))",
               r"(?:출입(?:이)? ?(?:불가|하지 못|못|제한|통제))",
               r"(?:(?:회사|상점|가게|매장|사무실|점포|사업장|업체) ?(?:휴무|휴업|폐업|퇴근|영업 ?종료))"),
        "zh": ("关机", "无法联系", r"(?:联系\S{0,6}(?:未果|无果))", "打不通", "不让进", "无法进入", "已关门", "打烊",
               r"(?:(?:店铺|商铺|公司|门店|单位|商家)\S{0,2}关门)", "不在家",
               r"(?:门牌\S{0,3}(?:不对|错误|有误|不详|不全|不存在|不符))"),
        "ja": (r"(?:お届け(?:でき|出来)(?:ません|ず|なかった))", r"(?:配達(?:でき|出来)(?:ず|なかった))", "お留守",
               r"(?:(?:宛先|宛名|住所|宛所)(?:不完全|不備|不足|誤り|相違))", "表札", r"(?:入れ(?:ず|ませんでした))", r"(?:入館(?:不可|でき))", r"(?:電話\S{0,3}(?:つなが|繋が|通じ)(?:らな|りませ|らず))",
               r"(?:(?:お届け先|宛先|宛所|住所|受取人)\S{0,2}不明)",
               r"(?:(?:受け取り|受取|お受け取り)を?(?:辞退|拒否|拒絶))", "伺いましたが", "持ち帰り", "持帰り",
               r"(?:(?:手渡し|お渡し)(?:でき|出来)(?:ず|ません))",
               r"(?:(?:お届け先|宛先|住所|受取人)\S{0,2}(?:見つかりません|見つからず))"),
    }),
    # On the last leg: the courier setting off or delivering today.
    ("out_for_delivery", {
        "ko": (r"(?:(?:기사|배송원|배달원|집배원|쿠팡 ?친구|쿠팡맨|라이더)\S{0,3} ?(?:배송|배달)(?:을|를)? ?시작)",
               r"(?:(?:고객|받는 ?분|수취인)(?:님)?(?:께|에게) ?(?:가는|가고|향하))", r"(?:배달(?:을|이)? ?시작)",
               r"(?:배달 ?준비)", r"(?:금일 ?(?:배송|배달))"),
        "zh": (r"(?:为您(?:派送|配送))", "配送员"),
        "ja": (r"(?:お届けに(?:向か|伺|参り|上が))", r"(?:本日\S{0,12}(?:お届け|配達))", r"(?:持ち出し|持出し?)(?!禁止)",
               r"(?:(?:配達|お届け)に出(?:て|ま))", r"(?:(?:配達|配送)(?:車|車両|トラック)(?:に|へ)?(?:積み込|積込))"),
    }),
    # Waiting for the recipient at a counter, a locker, a store.
    ("available_for_pickup", {
        "ko": (r"(?:창구(?:에서)? ?(?:수령|보관))", "택배함", r"(?:수령 ?가능)"),
        "ja": (r"(?:(?:お)?受け?取り?待ち)",),
        "zh": (r"(?:存放(?:至|在|于))", "快递超市", "兔喜",
               r"(?:[请請](?:及时|尽快|凭\S{0,6}|携带\S{0,6}|到\S{0,8}|至\S{0,8}|前往\S{0,8})?(?:取件|领取|取货))", r"(?:(?<!无人)招领)", r"(?:到店(?!寄))"),
    }),
    # Delivered: at the door, in the mailbox, to the management office, by hand, collected.
    ("delivered", {
        # (not the customer's request, "배송메모: 문 앞에 두고 가주세요").
        "ko": (r"(?:(?:문|현관) ?앞(?:에)? ?(?:두|놓|비치|보관|배송|배달|전달)(?!.*(?:주세요|주십시오|바랍니다|요청|부탁)))",
               r"(?:관리(?:실|사무소)(?:에)? ?(?:보관|맡|전달|위탁))", r"(?:우편(?:수취)?함(?:에)? ?(?:넣|투함|투입|배달))",
               r"(?:배달 ?(?:되었|됐))", r"(?:(?:본인|가족|동거인|수취인|수령인|받는 분)(?:에게|께)? ?(?:직접 )?전달)"),
        "zh": (r"(?:放(?:在|至|于|到)?\S{0,2}门口)", r"(?:(?:门卫|前台|家人|同事|物业|保安|邻居)\S{0,2}代收)",
               "已配达", "已代收", "配达完成", "配达成功", r"(?:(?:买家|買家|顾客|顧客|消费者|收件人|客户)\S{0,2}已?取货)", "已派递",
               # Collected by the recipient: "已" says it was done, where "请…领取" asks for it.
               r"(?:(?:收件人|本人|买家|客户|顾客)\S{0,4}已\S{0,2}领取)", r"(?:已\S{0,2}(?:送货上门|送到家|送至家))", r"(?:已(?:由)?(?:收件人|本人|买家|客户|顾客)\S{0,4}领取)"),
        "ja": (r"(?:(?:郵便受け|郵便受箱|郵便ポスト|ポスト|メールボックス|宅配ボックス|宅配box)(?:に|へ)?(?:投函|配達|お届け)(?!予定))",
               r"(?:お渡し(?:しました|いたしました))",
               r"(?:(?:管理人|管理室|守衛|フロント|コンシェルジュ|ご家族|ご近所|隣)(?:室|の方)?(?:に|へ)(?:お)?(?:預け|渡し))",
               r"(?:(?:お)?受け?取り(?:いただきました|になりました|が?完了))", "受け取られました", r"(?:手渡し(?:ました|済|完了))"),
    }),
    ("returned", {
        "ko": (r"(?:되돌려 ?보)",),
        "ja": (r"(?:(?:差出人|依頼主|発送元|送り主)\S{0,3}(?:へ|に)\S{0,2}戻)",),
    }),
    # Data only: the seller preparing or packing, a waybill or label made, a pickup booked, an order taken.
    ("info_received", {
        "ko": ("상품을 준비", r"(?:배송 ?준비 ?완료)", r"(?:(?:주문|결제) ?(?:완료|확인))"),
        "zh": (r"(?:(?:运|面|快递|物流)单号?\S{0,2}(?:生成|打印))", "备货", "拣货", "已付款", "付款成功", r"(?:分配\S{0,2}(?:运单|单号))", r"(?:打印\S{0,2}面单)", r"(?:(?:商家|卖家|店铺)\S{0,4}打包)",
               r"(?:(?:将|预约|等待|待)\S{0,4}上门(?:取件|揽收|收件))", r"(?:信息\S{0,2}(?:录入|推送|上传|同步|接收))",
               r"(?:(?:创建|生成)\S{0,2}(?:运单|面单|快递单|物流单))", r"(?:(?:订单|仓库)\S{0,2}处理中)",
               r"(?:预约\S{0,2}(?:取件|揽收|揽件|收件))", r"(?:订单\S{0,2}(?:接收|提交))", r"(?:提交\S{0,2}(?:物流)?订单)"),
        "ja": (r"(?:注文を?(?:承り|受け付け))", "送り状発行", r"(?:伝票(?:番号)?(?:を)?\S{0,2}(?:発行|作成))",  # a number "登録" may be a tracking app's own registration
               r"(?:情報(?:が|を)?\S{0,2}(?:登録|受け付け|受付|受信))", r"(?:ラベル(?:を)?(?:作成|発行))", "引き渡し待ち"),
    }),
    # Moving: by the verb (moving, handed over, landed, loaded), customs declared, a later day named.
    ("in_transit", {
        "ko": (r"(?:이동 ?(?:중|하고 있))", r"(?:수거(?:했|하였|완료|됨|되었))", "항공편", "항공기", "비행기",
               r"(?:(?:수입|수출|반입|반출) ?신고)", r"(?:반입(?! ?(?:금지|불가|제한)))", r"(?:배송 (?:진행 ?)?중)", r"(?:(?<!고객님께 )(?<!고객에게 )인계)",
               r"(?:(?:배송|배달|도착) ?예정)", r"(?:(?:로|으로) ?이동)", r"(?:향하고 있|향하는 중)",
               r"(?:(?:택배사|운송사|배송사|대리점|터미널|항공사)(?:로|에|에게)? ?(?:전달|이관))", "선적", r"(?:공항 ?하기)", r"(?:(?:국내|해외|국제) ?(?:배송|운송) ?시작)"),
        "zh": ("落地", "发车", "到站", "进港", "承运", "出仓", r"(?:交(?:给|由|付给?)\S{0,6}(?:快递|物流|承运|派送))",
               r"(?:(?:快递员|小哥|司机|骑手|业务员)\S{0,2}已(?:取件|收件|揽件))", "下一站", "海运", "装柜", "装船", r"(?:安检(?!\S{0,2}(?:不通过|未通过|失败|异常|扣)))", "入仓", "进仓",
               r"(?:(?:船|船舶)\S{0,2}(?:开航|起航|离港|启航))", r"(?:查验(?:完毕|完成|结束|通过))",
               r"(?:(?:入境|进口|出口|出境)\S{0,2}(?:报关|申报))"),
        "ja": ("搭載", "船積", "引き受け", r"(?:(?:荷物|郵便物|ゆうパック)を?(?:受け付け|受付))", r"(?:お(?:引き)?受け(?:しました|いたしました))",
               r"(?:(?:運送|配送|物流|輸送|運輸|郵便|業者|急便|会社)\S{0,3}(?:に|へ)\S{0,5}(?:引き渡|引渡|渡し|引き継|引継))",
               r"(?:区分(?:中|済|作業))",
               r"(?:(?:営業所|センター|ベース|郵便局|配達店|作業店|拠点|倉庫|空港)(?:へ|に)(?:向か|移動))",
               r"(?:(?:配達|お届け)予定)", "配達されていません"),
    }),
)
