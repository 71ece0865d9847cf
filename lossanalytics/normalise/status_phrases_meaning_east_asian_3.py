"""Korean, Japanese and Chinese reasons why a parcel could not be handed over, written as the terse
codes drivers, card couriers and registered-mail carriers record ("본인부재", "해외체류", "신분증미소지",
"착신정지", "転居先不明", "該当者なし", "查无此人", "收件人已离职"), read by what they say of the
recipient (away, moved, unknown at the address, refused, deceased, the business closed, the address,
the phone or the identity check wrong), not by whole sentences.

Written by the team to DESIGN §4 (tests/test_status_meaning_east_asian_3.py holds the examples), in
two groups:

- EAST_ASIAN_3_FIRST_STEPS, just after status_phrases_meaning_east_asian's first group, before the
  outcome steps: a parcel left at the door or with the guard although nobody was in ("부재중 문앞 배송
  완료", "ご不在のため置き配しました") is delivered, where "부재"/"不在" alone is a failed attempt; a
  proxy or a second receipt refused ("대리수령불가", "기수령") fails, where "수령" would read a receipt;
  a parcel forwarded to the new address ("転居先へ転送") moves on, where "転居" would read the recipient
  moved; an address outside the area served ("不在服务范围", "配達不能エリア") or a warehouse refusing
  the goods ("입고 거절") is a problem on the carrier's side; an address corrected ("地址已更正") moves on;
  a return to the sender ("還付") wins over the reason beside it; nobody in but signed for by the family
  or left at a locker ("不在，已由家人代签", "不在，已放驿站") is delivered or waits for the recipient.
- EAST_ASIAN_3_REASON_STEPS, after the last leg's, pickup and delivery steps but before the broad
  words of a problem or a movement (which would read "收件公司放假" as a parcel taken in): the
  reason codes themselves, and a few terse steps nothing else reads ("局留め", "이관", "招領逾期"). A
  delay named beside them ("배송 지연 (기사 입원)"), an address changed after a move ("이사로 배송지 변경
  완료") or a hand-over after a check ("동명이인 확인 후 전달 완료") is read first.
  Reasons a carrier gives for its own side (a road closed, a holiday of the carrier, "年末年始休業")
  are left to the delay words: a business closed is the recipient's only where the recipient's
  business is named or the code stands alone.
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# A completed hand-over at the door, the guard room or the management office (not a request or a
# plan: "부재 시 문 앞에 놓아 주세요").
_KO_LEFT = (r"(?:(?:문|현관) ?앞|경비실|관리실|관리 ?사무소)(?:에)? ?(?:배송|배달|전달|보관|비치|두|놓)"
            r"(?!.*(?:주세요|주십시오|바랍니다|요청|부탁|예정|못|않|불가))")
# The recipient's own business or home named beside a closure.
_JA_PLACE = r"(?:事業所|会社|店舗|事務所|お店|お届け先|受取人|お客様|先方)"
_ZH_PLACE = r"(?:公司|单位|店铺|商铺|门店|工厂|收件公司|写字楼|学校)"

EAST_ASIAN_3_FIRST_STEPS: tuple[Step, ...] = (
    # Nobody in, but left at the door or with the guard: delivered.
    ("delivered", {
        "ko": (r"(?:부재(?! ?시)\S{0,3} ?" + _KO_LEFT + ")",
               r"(?:(?:배송|배달) ?완료 (?:\S+ )?부재)",
               r"(?:부재(?! ?시)\S{0,3} ?(?:가족|동거인|배우자|이웃)\S{0,3} ?(?:수령|인수|전달))"),
        "zh": (r"(?:不在.{0,8}(?:代签|代收|放(?:在|至|于|到)?\S{0,2}门口))",),
        "ja": (r"(?:転居先(?:へ|に)(?:お届け|配達)(?:しました|いたしました|済|完了))",
               r"(?:不在(?!時|の場合|の際)\S{0,10}(?:置き配|宅配ボックス|宅配box|郵便受け|ポスト|玄関|ドア前|メーターボックス)"
               r"\S{0,8}(?:しました|いたしました|済|完了))",),
    }),
    # A proxy, a family member or a second receipt refused; the guard refusing it.
    ("delivery_failed", {
        "ko": (r"(?:(?:대리인?|본인 ?외|가족|타인|동거인) ?수령 ?(?:불가|거부|거절|안 ?됨|불허))", r"(?:(?<![대전])기수령)",
               r"(?:본인 ?수령 ?(?:불가|못))"),
        # Away, with another day named, where "派送" would read the round; "无法签收" no receipt; "查无此收件人"
        # no one of that name, where "查无" alone is a tracking number not found.
        "zh": (r"(?:(?:收件人|客户|收货人|顾客|本人)\S{0,2}(?:外出|出差|出国|住院|旅游|旅行|休假|不在).{0,6}"
               r"(?:改(?:日|天|期)|明天|择日|另约|再)\S{0,2}(?:派送|配送|投递|送))",
               r"(?:(?:无法|不能|未能)签收)", r"(?:查无此收件人(?!.*(?:退回|退件|退还|返回)))"),
    }),
    # Left at a locker or a station because nobody was in: waiting for the recipient.
    ("available_for_pickup", {
        "zh": (r"(?:不在.{0,8}(?:放|存|投)\S{0,3}(?:驿站|快递柜|丰巢|自提点|代收点|智能柜))",),
    }),
    # Returned to the sender, the reason beside it ("還付(受取拒否)", "受取人死亡により差出人還付").
    ("returned", {
        "ja": (r"(?:(?<!税)還付(?!金))",),
    }),
    # Forwarded to the new address, an address corrected: moving on.
    ("in_transit", {
        "ja": (r"(?:転居\S{0,6}(?:転送|へ送))", r"(?:転送\S{0,8}転居)"),
        "zh": (r"(?:地址\S{0,4}已(?:经)?(?:修改|更正|更改|核实|确认))",),
    }),
    # Outside the area served, goods refused at a warehouse or at the counter: the carrier's side.
    ("exception", {
        "zh": (r"(?:不在\S{0,2}(?:服务|派送|配送|投递|收派)\S{0,2}(?:范围|区域))",),
        "ja": (r"(?:配達(?:不能|不可)(?:地域|エリア))",),
        "ko": (r"(?:(?:입고|반입|접수) ?(?:거절|거부))",),
    }),
)

EAST_ASIAN_3_REASON_STEPS: tuple[Step, ...] = (
    # A delay named (a driver in hospital or gone is the carrier's side); a pickup notice expired.
    ("exception", {
        "ko": (r"(?:(?:배송|배달|발송|출고|운송) ?지연)",),
    }),
    ("returned", {
        "zh": (r"(?:招领\S{0,2}(?:逾期|过期))",),
    }),
    # An address changed or a move registered, a hand-over after a check: the parcel goes on, or was handed over.
    ("in_transit", {
        "ko": (r"(?:(?:배송지|주소지?|수령지) ?(?:변경|수정|이전 ?신고)(?: \S+)? ?(?:완료|됨|되었|처리))",),
    }),
    ("delivered", {
        "ko": (r"(?:확인 ?후\S{0,2} ?(?:전달|인도|배송|배달)(?!.*(?:예정|못|불가)))",),
        "ja": (r"(?:(?:ご)?本人(?:様)?(?:へ|に)(?:手渡し|お渡し))",),
    }),
    ("delivery_failed", {
        "ko": (
            # Away: travelling, abroad, on business, in hospital, in the army, in prison.
            r"(?:(?:장기|해외|국외|지방) ?(?:출타|여행|출장|체류|거주|연수|파견))", r"(?:출타|외출|출장|입원|유학|수감|여행|파견|출국|(?:군 ?)?복무) ?중",
            r"(?:(?:해외|국외) ?(?:출국|이민|이주))", r"(?:(?:수취인|고객|받는 ?분)(?:님)?(?:이|께서)? ?출국)",
            "출타", r"(?:입원(?!실|동|비))", r"(?:군 ?)?입대", r"(?:군 ?복무)", "수감",
            r"(?:(?:요양원|요양 ?병원|보호 ?시설) ?입소)",
            r"(?:(?:본인|가족|전원|주간|야간|일시|주말) ?부재)",
            # Moved out, the business moved or closed.
            r"(?:(?<!대표)(?<!상무)(?<!전무)(?<!감사)(?<!사외)이사(?!회|장|님|진|직|거리| ?예정))", "전출", "퇴거", r"(?:이전 ?불명)",
            r"(?:(?:회사|사무실|매장|점포|사업장|상점|가게|주소|주소지|거주지) ?(?:이전|폐쇄)(?! ?(?:완료|요청|신청|접수|예정)))",
            "폐업", "휴업", r"(?:부도(?!심))", "폐점", r"(?:영업 ?(?:중지|정지|중단|안 ?함|하지 않|안 ?해))",
            r"(?:(?<![가-힣])문(?:이|을)? ?(?:닫(?:음|힘|혀|았)|잠김|잠겨))",
            # Nobody of that name there: not living or working there, a name that does not match, deceased.
            r"(?:(?:거주|재직|근무|재실)\S{0,2} ?(?:불명|안 ?함|하지 않|없음|안 ?하|아님))", r"(?:거주자 ?없)", r"(?:(?:주민|세대원|직원|거주자|입주자) ?(?:아님|아닙니다|아니))",
            r"(?:(?:아파트|단지) ?(?:동|호) ?(?:없|불명|미기재))", r"(?:실거주 ?(?:없|안))",
            r"(?:타인 ?거주)", r"(?:빈 ?(?:집|사무실|건물|점포|상가))", "공실",
            r"(?:해당(?:자| ?(?:직원|사원|인원|고객|세대|수취인|주소|호수|번지|건물)) ?(?:없|미상|불명))",
            r"(?:(?:성명|이름|명의|상호|회사명?|업체|부서|수취인명?|수령인명?|받는 ?분) ?(?:불명|상이|불일치|다름|미상|없음))",
            r"(?:본인 ?아님)", "동명이인", "퇴사", "퇴직", "휴직", "사망", "별세",
            # The address: incomplete, not found, a building torn down.
            r"(?:(?:주소|주소지|번지|지번|도로명|호수|동호수|건물|우편번호|배송지)\S{0,2} ?(?:불충분|불확실|미확인|틀림|다름|상이|불명|오류|없음|미상|미기재|누락))",
            r"(?:없는 ?(?:주소|번지|건물|호수))", "철거", r"(?:재개발 ?(?:지역|구역))",
            # The identity check at the door (cards, registered mail).
            r"(?:신분증 ?(?:미소지|미지참|없음|미제시|불일치|확인 ?(?:불가|거부)|제시 ?거부))", r"(?:본인 ?확인 ?(?:불가|실패|안 ?됨|거부|불능))",
            r"(?:위임장 ?(?:미지참|미소지|없음|미제출))",
            # The phone: barred, changed, out of service, nobody answering.
            r"(?:(?:착신|수신|발신) ?(?:정지|금지|중지))", r"(?:발신 ?전용)",
            r"(?:통화\S{0,2} ?(?:거부|거절|불가|불능|안 ?됨|연결 ?(?:안 ?됨|안 ?되|되지 않|불가)))",
            r"(?:(?:휴대폰|핸드폰|전화|번호|연락처)\S{0,2} ?(?:사용 ?)?(?:정지|상이|불일치|미기재|누락|없음))",
            r"(?:(?:번호|연락처) ?변경(?! ?(?:완료|요청|접수|신청|되었|했|하였)))", r"(?:무응답(?! ?시))",
            # No way in, a visit asked for another day.
            r"(?:보안 ?구역)", r"(?:경비실 ?(?:없|부재|거부|거절))", r"(?:(?:진입|접근) ?(?:불가|불능|금지))", r"(?:재방문(?! ?(?:수거|집하|회수)))",
        ),
        "ja": (
            "留守", "逝去", r"(?:(?:受取人|お客様|宛名|名前|氏名|表札|社名|会社名)\S{0,2}(?:不明|相違|不一致|違い|なし|無し))",
            r"(?:(?:宛名人?|あて名人?|宛所|あて所|宛先|あて先|住所|番地|部屋番号|号室|建物|マンション名|配達先|お届け先|届け先)\S{0,4}"
            r"(?:不明|不完全|不備|不足|誤り|相違|違い|なし|無し|未記載|漏れ))",
            r"(?:(?:居住者|受取人)\S{0,2}(?:不明|なし|無し|いません|おりません))",
            r"(?:該当(?:者|社員|する方)\S{0,2}(?:なし|無し|いない|おりません|いらっしゃいません))", r"(?:在籍(?:なし|無し|して(?:いない|おりません)))",
            r"(?:(?:受取人|ご本人|本人|お客様)\S{0,2}(?:死亡|ご逝去))", r"(?:^死亡$)",
            r"(?:" + _JA_PLACE + r"\S{0,2}(?:閉鎖|閉店|廃業|休業|移転|休み|定休日))", "廃業",
            r"(?:(?:宛名|住所|番地|部屋番号|号室|建物名?|マンション名|お届け先|社名|会社名)\S{0,2}(?:記載|表記)(?:が)?(?:ありません|ない|なし|無し|漏れ))", r"(?:^(?:休業|閉鎖|定休日)$)", "店休日",
            "営業時間外", r"(?:(?:出張|入院|旅行|滞在|留学|赴任)中)", r"(?:(?:海外|長期)\S{0,2}(?:滞在|旅行|出張|留守|赴任))",
            r"(?:(?:転居|移転)先\S{0,2}不明)", r"(?:(?:退職|退社)(?!金|時間))", r"(?:部署\S{0,2}(?:不明|なし))",
            r"(?:(?:電話|連絡)\S{0,4}(?:不通|つかず|つきません|取れず|取れません|とれず|とれません|不能|つながらず))",
            r"(?:電話に出(?:られ)?(?:ず|ません|ない))", r"(?:電話\S{0,4}応答(?:なし|無し|がありません|がない))",
            r"(?:電話番号\S{0,2}(?:不明|誤り|相違|違い|なし|間違い))",
            r"(?:代理(?:人)?(?:受取|受け取り|での受取)\S{0,2}(?:不可|できません))", r"(?:本人確認\S{0,6}(?:不可|できず|できません|なし|不備))", r"(?:再配達(?:待ち|のご依頼をお待ち))",
            r"(?:配達(?:不可|不能)(?!地域|エリア))",
        ),
        "zh": (
            r"(?:(?:收件人|客户|收货人|顾客|本人)\S{0,2}(?:外出|出差|出国|住院|旅游|旅行|休假|已故|去世|死亡|离职|搬家|搬迁|已搬|不详|不明|回老家|在外地|不在本地))",
            r"(?:" + _ZH_PLACE + r"\S{0,2}(?:倒闭|搬迁|已搬|关闭|放假|休息|不存在|注销|停业|歇业))",
            r"(?:已(?:倒闭|搬走|搬离|搬迁|停业))", r"(?:^(?:已)?离职$)",
            r"(?:(?:地址|门牌|楼号|房号)\S{0,3}(?:不全|不存在|模糊|不完整|不详细|不准确|有误|错误|不符|无效))",
            r"(?:无此(?:门牌|地址|单位|公司|收件人))", r"(?:(?:遷|迁)(?:移|址)\S{0,3}不明)",
            r"(?:(?:地址|房屋|小区|楼)\S{0,3}拆迁)", r"(?:已(?:经)?拆迁)", r"(?:地址欠(?:詳|详))",
            r"(?:(?:姓名|名字)\S{0,6}(?:不符|不一致|错误|有误))", r"(?:(?:证件|身份证)\S{0,4}(?:不符|不一致|未携带|无法核实))", r"(?:收件人(?:信息|姓名)?\S{0,2}(?:错误|有误|不全|不符))",
            r"(?:(?:电话|手机|号码)\S{0,3}(?:有误|错误|不对|无效|不存在))", r"(?:(?:无法|不能)接通)",
        ),
    }),
    # Handed over in person; kept at the post office to be fetched.
    ("delivered", {
        "ko": (r"(?:(?:직접|대면) ?(?:전달|인도) ?(?:완료|했|하였))",),
    }),
    ("available_for_pickup", {
        "ja": ("局留",),
    }),
    # Handed on to another carrier, released by customs.
    ("in_transit", {
        "zh": (r"(?:(?:交由|转交|交给|移交)\S{0,2}(?:顺丰|圆通|中通|申通|韵达|极兔|邮政|ems|京东|德邦|百世))",),
        "ko": (r"(?:이관(?! ?(?:요청|예정)))", r"(?:반출(?! ?(?:금지|불가|보류)))"),
    }),
    # An order confirmed, a collection booked.
    ("info_received", {
        "ja": (r"(?:(?:ご)?注文(?:の)?(?:確定|完了))",),
        "ko": (r"(?:(?:택배|집하|수거) ?예약 ?(?:완료|접수|확인))",),
    }),
)
