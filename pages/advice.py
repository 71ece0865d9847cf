"""Prevention advice: the documents' advice in our own words, made specific by the seller's data."""

import streamlit as st

from lossanalytics.advice import Topic, advice_money, advise, load_advice_settings
from lossanalytics.analytics.home import load_home
from lossanalytics.ui import claims_data, data
from lossanalytics.ui.advice_view import pressing_summary, topic_section
from lossanalytics.ui.claims_view import rules_problem
from lossanalytics.ui.context import page_setup
from lossanalytics.ui.empty_view import explain_empty
from lossanalytics.ui.render import empty_state, section

ctx = page_setup("ui.advice.title")
if not ctx.options.parcels:
    empty_state(ctx.lang, has_data=False)
    st.stop()
# The lane rates the Carriers page reads (and the launcher warms): none when no parcel in scope has
# a known outcome, as the Overview's headline would say, and the advice starts from them.
lanes = data.rates_many(ctx.db, ctx.version, data.CARRIERS_BYS, ctx.scope)["lane"]
if lanes.empty:
    explain_empty(ctx, 0)
    st.stop()
rules, rules_key, problem = claims_data.rules_of(ctx.db)
rules_problem(problem, ctx.lang)
cfg = load_advice_settings(ctx.db)
home = load_home(ctx.db).currency  # money in the seller's home currency, at the claim rules' rates
money = advice_money(rules, home)
st.caption(ctx.t("ui.advice.intro", as_of=ctx.scope.as_of))
# The data topics and the claim deadlines are made apart, so either still shows when the other fails.
data_topics: list[Topic] = []
with st.spinner(ctx.t("ui.advice.working")):
    with section(ctx.lang, "advice from the data"):
        data_topics = claims_data.advice_topics(ctx.db, ctx.version, ctx.scope, rules_key, rules, cfg, ctx.lang,
                                                home, lanes)
    topics: list[Topic] = data_topics
    with section(ctx.lang, "claim deadlines"):
        due = claims_data.claim_deadlines(ctx.db, ctx.version, ctx.scope, rules, rules_key, ctx.lang,
                                          cfg.deadline_warning_days, ctx.today)
        topics = advise(due, data_topics, cfg, ctx.lang, rules, home)

with section(ctx.lang, "pressing advice"):
    pressing_summary(topics, ctx.lang)
for number, topic in enumerate(topics, start=1):
    with section(ctx.lang, f"advice topic {topic.key}"):
        topic_section(topic, number, ctx.lang, money)
st.caption(ctx.t("ui.advice.sources"))
