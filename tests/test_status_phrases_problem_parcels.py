"""Problem parcels in Chinese, Japanese and Brazilian Portuguese: a parcel held, delayed or
put off on its last leg is an exception even where the text names the delivery step, a
reason on the recipient's side fails the delivery, and a pickup put off is not yet with the
carrier. Every text is a published one, labelled from its source's own meaning or DESIGN §4
(sources in lossanalytics/normalise/known_texts/SOURCES.md, "Problem parcels in Chinese, Japanese and Portuguese")."""

from __future__ import annotations

import pytest

from lossanalytics.normalise.statuses import Reading, canonical_status, read_status

CASES = [
    # STO's problem-parcel (问题件) types (code-index 30188869521): a delay that names the
    # delivery step is no delivery round; network faults, a recipient nobody can reach.
    ("节假日延迟派送", "exception"),
    ("天气,自然灾害等原因导致延误", "exception"),
    ("大字错写导致错发", "exception"),
    ("建包错发件", "exception"),
    ("面单脱落", "exception"),
    ("违禁品,机关查扣", "exception"),
    ("送无人,电话联系明日送", "delivery_failed"),
    ("电话错误,空号,停机", "delivery_failed"),
    ("收货信息不详", "delivery_failed"),
    ("面单注明自取,客户拒提", "delivery_failed"),
    ("超派件,退回", "returned"),
    ("发件公司要求退回", "returned"),
    # ZTO's problem types (same file): the label torn is no damaged parcel; "送达" after
    # "不能及时" is no delivery.
    ("面单脱落或破损", "exception"),
    ("突发情况下不能及时送达", "exception"),
    ("节假日快件,假后派送", "exception"),
    ("少带、未带派送费", "exception"),
    ("客户地址禁止快递出入", "delivery_failed"),
    ("无电话、无收件人、无此人", "delivery_failed"),
    # Quanfeng's problem types under their subject groups (same file).
    ("派件延误", "exception"),
    ("要求推迟派送", "exception"),
    ("非本站点派送范围", "exception"),
    ("主干线爆仓", "exception"),
    ("未赶上中转", "exception"),
    ("站点交货晚点", "exception"),
    ("遗失件", "lost"),
    # Flash Express's 疑难件/留仓件 reasons (code-index 29334724966): held for the next day's
    # round, the carrier short of capacity, the recipient's side, a pickup put off.
    ("目的地是偏远地区,留仓待次日派送", "exception"),
    ("不可抗力原因留仓(台风)", "exception"),
    ("当日运力不足，无法派送", "exception"),
    ("客户改约时间", "exception"),
    ("客户不在家/电话无人接听", "delivery_failed"),
    ("收件地址已废弃或不存在", "delivery_failed"),
    ("企业/机构当天已下班", "delivery_failed"),
    ("多次尝试派件失败", "delivery_failed"),
    ("当日运力不足，无法揽收", "info_received"),
    ("运力短缺，跟客户协商推迟揽收", "info_received"),
    ("已完成揽件", "in_transit"),
    # A fulfilment platform's delivery statuses (code-index 18721884064).
    ("派送异常", "exception"),
    ("延迟派送", "exception"),
    ("拒收带回", "delivery_failed"),
    # Recorded traces: STO's problem scan, YTO's unsuccessful delivery, a Cainiao-format
    # SF trace before pickup (code-index 23396975240, 1271630064, 7174402335).
    ("北京新世界公司 正在进行 疑难件 扫描,原因是： 节假日延迟派送", "exception"),
    ("派送不成功，政府机关、学校等特殊单位，正在安排处理中。", "delivery_failed"),
    ("包裹正在等待揽收", "info_received"),
    ("顺丰速运 已收取快件", "in_transit"),
    # Yamato's own status meanings (code-index 58723574992, quoting Yamato's FAQ a_id/3887).
    ("輸送経路修正", "exception"),
    ("一時保管中", "exception"),
    ("持戻（引継中）", "exception"),
    ("持戻（宅配BOX不可）", "delivery_failed"),
    ("配達準備中", "in_transit"),
    ("委託先引渡", "in_transit"),
    ("転送", "in_transit"),
    # Mobi's and relayed Correios occurrences (code-index 66838652368), Total Express's codes
    # (code-index 14021435763).
    ("Destinatário não localizado", "delivery_failed"),
    ("Rua não localizada", "delivery_failed"),
    ("Recebedor desconhecido/Não localizado", "delivery_failed"),
    ("Mudou-se", "delivery_failed"),
    ("Destinatário em férias", "delivery_failed"),
    ("Local fechado", "delivery_failed"),
    ("Área de risco", "delivery_failed"),
    ("Entrega reprogramada", "exception"),
    ("Correios - Objeto em correção de rota", "exception"),
    ("Correios - Objeto ainda não chegou à unidade", "exception"),
    ("Correios - Saída para entrega cancelada", "exception"),
    ("Correios - Solicitação de suspensão de entrega recebida", "exception"),
    ("Paralisação rodoviária", "exception"),
    ("Extravio", "lost"),
    ("Avaria", "damaged"),
    ("Arquivo processado", "info_received"),
    ("Remessa cadastrada", "info_received"),
    ("Remessa desconsolidada", "in_transit"),
    ("PROCESSO DE ENTREGA", "out_for_delivery"),
    ("CLIENTE RETIRA NA TRANSPORTADORA", "available_for_pickup"),
]

# The same words in the development corpus's texts still mean what they meant: the delivery
# round itself, a parcel lost in the post, a label being prepared, a hold for pickup.
TRAPS = [
    ("派件", "out_for_delivery"),  # kuaidi100 state 5 (kuaidi100-api/java-demo)
    ("快件正在派件", "out_for_delivery"),  # kuaidi100 state 5 (apifox kuaidi100 docs)
    ("派送阶段-开始派送", "out_for_delivery"),  # WeChat logistics action 300002
    ("待快递公司揽收", "info_received"),  # kuaidi100 state 102, read as in transit before this round
    ("已经下快件单", "info_received"),  # kuaidi100 state 101, unread before this round
    # TrackingMore notfound001 (Japanese page): information received, a pickup to come.
    ("情報受信/情報を受け取った。パッケージがピックアップされます。", "info_received"),
    ("Objeto não localizado no fluxo postal", "lost"),  # Correios BDE/98 (olist/correios)
    ("ご来店予定(保管中)", "available_for_pickup"),  # Yamato's tracking-status page
    ("持戻(ご不在)", "delivery_failed"),  # Yamato's tracking-status page
    ("Cancelado a pedido do remetente", "cancelled"),  # Mobi (code-index 66838652368)
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_problem_parcel_reasons_read_their_outcome(raw: str, expected: str) -> None:
    assert canonical_status(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), TRAPS)
def test_the_delivery_round_and_other_meanings_stay(raw: str, expected: str) -> None:
    assert canonical_status(raw) == expected


def test_the_evidence_is_the_carriers_own_words() -> None:
    assert read_status("节假日延迟派送") == Reading("exception", "延迟派送", "text")
    assert read_status("目的地是岛屿,留仓待次日派送") == Reading("exception", "留仓", "text")
    assert read_status("派送异常") == Reading("exception", "派送异常", "text")
    assert read_status("持戻（引継中）") == Reading("exception", "引継中", "text")
    assert read_status("Destinatário não localizado") == Reading(
        "delivery_failed", "Destinatário não localizado", "text")

