"""Chinese ERP and logistics exports (店小秘, 马帮, 通途 and carriers' own portals).

GBK/GB18030 or UTF-8 with BOM. The carrier is often only inside the service name
(云途全球专线挂号(标快) → YunExpress, air), which the carrier normaliser reads; the
weight unit is in the header (重量(g), 重量(kg)); countries and statuses are Chinese
words the normalisers know (美国, 已签收).
"""

from __future__ import annotations

from lossanalytics.importing.dialects import Dialect

CHINESE_ERP = Dialect(
    name="chinese_erp",
    priority=90,
    aliases={
        "tracking_number": (
            "跟踪号", "运单号", "物流单号", "追踪号", "快递单号", "转单号", "物流跟踪号", "追踪单号", "跟踪单号",
            "服务商单号",
        ),
        "order_id": ("订单号", "平台订单号", "订单编号", "系统订单号", "参考号", "客户单号"),
        "marketplace": ("平台", "销售平台", "店铺", "店铺名称"),
        "carrier": ("物流商", "物流公司", "承运商", "快递公司", "物流服务商", "货代"),
        "service": ("物流方式", "物流渠道", "渠道", "渠道名称", "运输方式", "物流产品", "发货方式"),
        "mode": ("货运方式", "运输模式"),
        "origin_country": ("发货国家", "起运国", "始发国", "发件国家"),
        "dest_country": ("目的国家", "收件国家", "国家", "目的地", "收件人国家", "国家 地区", "目的国"),
        "ship_date": ("发货时间", "发货日期", "出库时间", "交运时间", "揽收时间"),
        "estimated_delivery_date": ("预计送达时间", "预计妥投时间", "预计到达时间", "承诺送达时间"),
        "delivered_date": ("签收时间", "妥投时间", "送达时间"),
        "last_event_time": ("最后更新时间", "最新轨迹时间", "更新时间", "最后轨迹时间", "最新事件时间"),
        "last_event_text": ("最新轨迹", "最新物流信息", "最后轨迹", "轨迹信息", "最新事件"),
        "status": ("最新状态", "物流状态", "包裹状态", "状态", "运输状态", "跟踪状态"),
        "substatus": ("子状态", "详细状态"),
        "declared_value": ("订单金额", "申报价值", "申报金额", "订单总额", "商品金额", "货值"),
        "currency": ("币种", "货币", "币别"),
        "weight": ("重量", "重量 kg", "重量 g", "包裹重量", "实重", "称重重量", "重量 千克", "重量 克"),
        "insured_value": ("保价金额", "投保金额"),
    },
)
