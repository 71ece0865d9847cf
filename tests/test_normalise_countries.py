"""ISO country codes from codes and names in English and Chinese (DESIGN §5)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lossanalytics.normalise.countries import _key, country_code, country_name
from lossanalytics.normalise.country_names import NATIVE_NAMES

CODES_AND_NAMES = [
    # alpha-2, any case
    ("US", "US"), ("us", "US"), (" gb ", "GB"), ("De", "DE"),
    # alpha-3 (AfterShip exports)
    ("USA", "US"), ("DEU", "DE"), ("GBR", "GB"), ("chn", "CN"), ("JPN", "JP"),
    # English names and common variants
    ("United States", "US"), ("United States of America", "US"), ("U.S.", "US"),
    ("U.S.A.", "US"), ("UK", "GB"), ("United Kingdom", "GB"), ("Great Britain", "GB"),
    ("England", "GB"), ("Deutschland", "DE"), ("Germany", "DE"), ("germany", "DE"),
    ("Côte d'Ivoire", "CI"), ("Cote d'Ivoire", "CI"), ("Ivory Coast", "CI"),
    ("Congo, DRC", "CD"), ("Congo", "CG"), ("Vietnam", "VN"), ("Viet Nam", "VN"),
    ("South Korea", "KR"), ("Korea, Republic of", "KR"), ("Russia", "RU"),
    ("Russian Federation", "RU"), ("Tanzania", "TZ"), ("Swaziland", "SZ"),
    ("Turkey", "TR"), ("Türkiye", "TR"), ("The Netherlands", "NL"), ("Holland", "NL"),
    ("Trinidad & Tobago", "TT"), ("St Lucia", "LC"), ("Czech Republic", "CZ"),
    ("UAE", "AE"), ("Hong Kong", "HK"), ("Taiwan", "TW"), ("South Africa", "ZA"),
    ("Dominican Republic", "DO"), ("South Sudan", "SS"),
    # Chinese names
    ("美国", "US"), ("英国", "GB"), ("德国", "DE"), ("法国", "FR"), ("日本", "JP"),
    ("加拿大", "CA"), ("澳大利亚", "AU"), ("意大利", "IT"), ("西班牙", "ES"), ("墨西哥", "MX"),
    ("巴西", "BR"), ("中国", "CN"), ("荷兰", "NL"), ("波兰", "PL"), ("比利时", "BE"),
    ("瑞典", "SE"), ("韩国", "KR"), ("俄罗斯", "RU"), ("新加坡", "SG"), ("印度", "IN"),
    ("沙特阿拉伯", "SA"), ("阿联酋", "AE"), ("以色列", "IL"), ("土耳其", "TR"),
    ("新西兰", "NZ"), ("爱尔兰", "IE"), ("奥地利", "AT"), ("瑞士", "CH"), ("葡萄牙", "PT"),
    ("捷克", "CZ"), ("丹麦", "DK"), ("芬兰", "FI"), ("挪威", "NO"), ("希腊", "GR"),
    ("匈牙利", "HU"), ("罗马尼亚", "RO"), ("泰国", "TH"), ("越南", "VN"), ("马来西亚", "MY"),
    ("菲律宾", "PH"), ("印度尼西亚", "ID"), ("智利", "CL"), ("阿根廷", "AR"),
    ("哥伦比亚", "CO"), ("南非", "ZA"), ("尼日利亚", "NG"), ("埃及", "EG"), ("香港", "HK"),
    ("中国香港", "HK"), ("台湾", "TW"), ("澳洲", "AU"),
    # mixed values from Chinese ERPs
    ("美国(US)", "US"), ("美国（United States）", "US"), ("US - United States", "US"),
    ("德国 DE", "DE"),
]


@pytest.mark.parametrize(("raw", "expected"), CODES_AND_NAMES)
def test_country_code(raw, expected):
    assert country_code(raw) == expected


@pytest.mark.parametrize(
    "raw", [None, "", "   ", "Atlantis", "Nowhere", "840", "12345", "XX", "and/or", "N/A"]
)
def test_unknown_country(raw):
    assert country_code(raw) is None


def test_every_scms_destination_is_recognised():
    # The 43 destinations of the real SCMS delivery history (shared/data/real).
    scms = [
        "Afghanistan", "Angola", "Belize", "Benin", "Botswana", "Burkina Faso", "Burundi",
        "Cameroon", "Congo, DRC", "Côte d'Ivoire", "Dominican Republic", "Ethiopia",
        "Ghana", "Guatemala", "Guinea", "Guyana", "Haiti", "Kazakhstan", "Kenya",
        "Kyrgyzstan", "Lebanon", "Lesotho", "Liberia", "Libya", "Malawi", "Mali",
        "Mozambique", "Namibia", "Nigeria", "Pakistan", "Rwanda", "Senegal",
        "Sierra Leone", "South Africa", "South Sudan", "Sudan", "Swaziland", "Tanzania",
        "Togo", "Uganda", "Vietnam", "Zambia", "Zimbabwe",
    ]
    codes = {name: country_code(name) for name in scms}
    assert None not in codes.values()
    assert len(set(codes.values())) == len(scms)


@pytest.mark.parametrize(
    ("code", "lang", "expected"),
    [
        ("US", "en", "United States"),
        ("GB", "en", "United Kingdom"),
        ("KR", "en", "South Korea"),
        ("TW", "en", "Taiwan"),
        ("us", "en", "United States"),
        ("US", "zh", "美国"),
        ("GB", "zh", "英国"),
        ("HK", "zh", "中国香港"),
        ("ZW", "zh", "津巴布韦"),
        ("AQ", "zh", "南极洲"),  # not in the table: the iso-codes catalogue's Chinese name
            ("RU", "en", "Russia"),  # pycountry's "Russian Federation" shortened
            ("PS", "en", "Palestine"),
        ("XX", "en", "XX"),
    ],
)
def test_country_name(code, lang, expected):
    assert country_name(code, lang) == expected


@pytest.mark.parametrize("code", ["US", "GB", "DE", "FR", "JP", "CN", "HK", "CI", "CD", "KR"])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_display_names_read_back(code, lang):
    assert country_code(country_name(code, lang)) == code


@given(st.text())
def test_country_code_is_none_or_alpha2(text):
    code = country_code(text)
    assert code is None or (len(code) == 2 and code.isascii() and code.isupper())


NATIVE = [
    # The names that used to fail (issue 6), and their neighbours.
    ("Österreich", "AT"), ("Osterreich", "AT"), ("ÖSTERREICH", "AT"), ("Schweiz", "CH"), ("Suisse", "CH"),
    ("Svizzera", "CH"), ("アメリカ", "US"), ("アメリカ合衆国", "US"), ("米国", "US"), ("Vereinigte Staaten", "US"),
    ("États-Unis", "US"), ("Estados Unidos", "US"), ("EE.UU.", "US"),
    # Japanese
    ("イギリス", "GB"), ("ドイツ", "DE"), ("フランス", "FR"), ("イタリア", "IT"), ("スペイン", "ES"),
    ("オーストラリア", "AU"), ("カナダ", "CA"), ("韓国", "KR"), ("スイス", "CH"), ("オーストリア", "AT"),
    ("日本国", "JP"), ("ﾄﾞｲﾂ", "DE"),  # half-width katakana
    # Korean
    ("미국", "US"), ("영국", "GB"), ("독일", "DE"), ("일본", "JP"), ("중국", "CN"), ("대한민국", "KR"),
    ("한국", "KR"), ("프랑스", "FR"), ("캐나다", "CA"), ("호주", "AU"),
    # European native and foreign names
    ("Deutschland", "DE"), ("Allemagne", "DE"), ("Frankreich", "FR"), ("Italia", "IT"), ("España", "ES"),
    ("Espana", "ES"), ("Nederland", "NL"), ("Niederlande", "NL"), ("België", "BE"), ("Polska", "PL"),
    ("Sverige", "SE"), ("Danmark", "DK"), ("Norge", "NO"), ("Suomi", "FI"), ("Éire", "IE"), ("Česko", "CZ"),
    ("Magyarország", "HU"), ("Ελλάδα", "GR"), ("Россия", "RU"), ("Україна", "UA"), ("Türkei", "TR"),
    ("Großbritannien", "GB"), ("Royaume-Uni", "GB"), ("Vereinigtes Königreich", "GB"),
    # Arabic, Hebrew, others
    ("الإمارات", "AE"), ("السعودية", "SA"), ("مصر", "EG"), ("ישראל", "IL"), ("भारत", "IN"), ("ประเทศไทย", "TH"),
    ("México", "MX"), ("Brasil", "BR"), ("Việt Nam", "VN"),
    # mixed with codes, as ERPs write them
    ("Österreich (AT)", "AT"), ("CH - Schweiz", "CH"), ("アメリカ(US)", "US"),
]


@pytest.mark.parametrize(("raw", "expected"), NATIVE)
def test_native_and_foreign_names(raw, expected):
    assert country_code(raw) == expected


def test_native_names_never_shadow_another_country():
    """No native name folds to the English name or code of a different country."""
    import pycountry

    english = {}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            if getattr(country, attr, None):
                english[_key(getattr(country, attr))] = country.alpha_2
        english[country.alpha_2.casefold()] = english[country.alpha_3.casefold()] = country.alpha_2
    clashes = [(name, code, english[_key(name)]) for code, names in NATIVE_NAMES.items() for name in names
               if english.get(_key(name), code) != code]
    assert clashes == []
    folded = {}
    for code, names in NATIVE_NAMES.items():
        for name in names:
            assert folded.setdefault(_key(name), code) == code, name
