"""Phrases of freight occurrence codes and international express event codes: the PROCEDA
OCOREN occurrences Brazilian freight carriers report (Portuguese), SGH Global Japan's
(Sagawa's international express) event codes in English and Japanese, and a cross-border
seller's waybill exception states (Chinese) (lossanalytics/normalise/known_texts/SOURCES.md, nineteenth round, a).

Two groups of steps, each placed where the broader words it must beat or yield to sit
(status_phrases.STEPS):

- FREIGHT_FIRST_STEPS, before the outcome steps, whose broad Portuguese words would read these
  occurrences the wrong way: a flight cancelled ("Vôo cancelado") is a delay, not a cancelled
  parcel; documents lost by the airline ("Extravio de documentos") are missing papers, not lost
  goods; goods handed to the onward carrier ("entregue para redespacho") move on; the onward
  carrier refusing them ("Recusado pelo redespachante") is the carrier's problem, not the
  recipient's refusal; a delivery after the scheduled date ("Entrega fora da data programada")
  is still a delivery. A refusal named first ("Recusa por …", "Recusa da carga …"), a wrong or
  unlocated delivery address, a consignee who moved, closed for stocktaking or for good, or with
  nobody authorised to receive fail the delivery, unless the text already sends the goods back.
  Closed airports, a holiday named as the occurrence, a vehicle breakdown, a closed road, a
  misroute, goods not shipped or shipped without their waybill, seized or held for tax reasons,
  too heavy or too large for the aircraft, a correction letter or a re-invoicing awaited are
  problems.
- FREIGHT_AFTER_OUTCOME_STEPS, right after the outcome steps (a return, a loss or a damage named
  in the same text still decides first): cargo that did not arrive ("貨物未到着") and customs
  papers awaited ("通関書類待ち") are problems, not the "到着" and "通関" of a moving parcel; a
  forwarder that missed the dispatch ("货代漏发件") is a problem, not a "发件"; a consolidation
  broken down, a parcel on board, handed to a broker or to the postal service, or a redelivery
  arranged move on; one taken out from the delivery branch is on its round; a company on its
  closing day ("定休日", not a carrier's office closed), a bare "ABSENCE" and "配達不能"
  (undeliverable) with no return named fail the delivery.

No phrase on purpose for a customs inspection ("国内海关查验", "税関審査中", "CUSTOMS INSPECTION"),
a hold in one table and a routine step in another (the broad customs words read them as before);
for "支払い確認待ち", a parcel held for payment here and an order awaiting payment on marketplaces;
nor for bare loading and unloading words ("Loading", "積込"). Generic words are read only as the
whole text ("^absence$", "^entrega programada$", "^ferias coletivas$").
"""

from __future__ import annotations

from lossanalytics.normalise.status_phrases_outcomes import Step

# Not where the same text already sends the goods back to the shipper.
_NOT_BACK = r"(?!.*\b(?:devolv\w*|devolucao|retorn\w*)\b)"

FREIGHT_FIRST_STEPS: tuple[Step, ...] = (
    ("delivered", {
        "pt": (r"entrega fora da data programada\w*", r"reentregue ao (?:cliente|destinatario)"),
    }),
    ("in_transit", {
        "pt": (r"entregue para (?:o )?redespacho", r"mercadoria redespachada", r"aguardando vo+ (?:de )?conexao"),
    }),
    ("exception", {
        "pt": (r"vo+ cancelado", r"extravio de documentos", r"recusad\w* pel[oa] redespach\w*",
               r"endereco (?:da |de )?transportadora (?:\w+ ){0,3}nao (?:foi )?localizad\w*",
               r"transportadora nao atende a cidade", r"corte de carga", r"aeroporto fechado", r"^feriado (?:local|nacional)",
               r"quebra do veiculo", r"estrada (?:\w+ ){0,3}interditad[oa]", r"rota indevida",
               r"nao foi embarcad\w*", r"embarcad\w* sem conhecimento", r"conhecimento nao embarcado",
               r"apreensao fiscal", r"excesso de (?:carga|peso)", r"refaturamento", r"carta de correcao",
               r"sem embalagem propria", r"dimensao superior ao porao"),
    }),
    ("delivery_failed", {
        "pt": (r"^recusa (?:por|da carga|da mercadoria)\b" + _NOT_BACK,
               r"endereco (?:do |de )?(?:cliente|destinatario)\w* (?:\w+ ){0,2}nao (?:foi )?localizad\w*" + _NOT_BACK,
               r"endereco de entrega (?:errad|incorret|incomplet|insuficient)\w*" + _NOT_BACK,
               r"falta de espaco fisico (?:\w+ ){0,2}deposito do cliente",
               r"(?:cliente|destinatario) (?:\w+ )?mudou de endereco" + _NOT_BACK,
               r"(?:cliente|estabelecimento|loja) fechad[oa] para balanco", r"encerrou (?:as )?atividades",
               r"^ferias coletivas$", r"cliente (?:destino )?nao aceita",
               r"(?:funcionario|pessoa) nao autorizad[oa] a receber"),
    }),
    ("in_transit", {
        "pt": (r"^entrega programada$",),
    }),
)

FREIGHT_AFTER_OUTCOME_STEPS: tuple[Step, ...] = (
    ("exception", {
        "en": (r"^no or incorrect pin number$", r"^shipment cannn?ot be proce?ss?ed$"),
        "ja": ("貨物未到着", "通関書類待ち", "荷受人認証番号"),
        "zh": ("漏发件",),
    }),
    ("delivery_failed", {
        "en": (r"^absence$", r"delivery im?n?complete (?:\w+ ){0,2}unable to contact (?:the )?receiver"),
        # The consignee's closing day, not the carrier's office or counter closed for collection.
        "ja": (r"(?:(?<!営業所)(?<!窓口)(?<!センター)(?<!邮便局)定休日)", "配達不能"),
    }),
    ("out_for_delivery", {
        "en": (r"dispatch(?:ed)? from (?:the )?delivery (?:branch|station|office)",),
        "ja": ("配達店 持出",),
    }),
    ("in_transit", {
        "en": (r"consol(?:idation)? break", r"on board (?:the )?aircraft", r"broker notified",
               r"entrusted to (?:the )?postal service"),
        "ja": ("解体完了", "郵便へ引渡", "再配達手配済"),
    }),
)
