from lib import *
T = """
Analysis: Hailstorms are quietly remaking the U.S. home insurance map

By Rafael Ostrander

NEW YORK — When Lone Prairie Mutual told 48,000 homeowners in Texas and Oklahoma last month that it would not renew their policies, the letters pointed to a single culprit: hail.

Severe convective storms — hail, straight-line winds and tornadoes — caused $58 billion in insured losses in the United States last year, according to estimates by the reinsurer Grafton Re. That is more than hurricanes caused in most years.

"Hail used to be a nuisance peril. It is now a capital peril," said Dr. Elena Kostova, a senior research fellow at the Insurance Research Council for Risk & Resilience (IRCRR), a think tank funded partly by insurers. She said roof replacement costs had roughly doubled since 2019, largely because of labor and materials.

Insurers are responding by raising deductibles and walking away. Lone Prairie Mutual's chief executive, Craig Dolby, told investors on a call that the company would "write only where we can charge a price that matches the risk." He declined to say how many more policies the company would drop.

Analysts say the pullback has been good for margins. "Underwriting results have turned, and the market has noticed," said Nadia Ferrante, an equity strategist at Threlkeld Vale & Partners, who expects the sector to outperform next year.

Regulators are less pleased. Oklahoma Insurance Commissioner Wade Tolliver said in a statement that the state would require insurers to give 90 days' notice before dropping a customer.

Former regulators disagree on what comes next. Arthur Penhale, a former Texas insurance commissioner, said the state should let rates rise faster so that companies stay in the market. Gloria Reyes-Whitfield, who spent 27 years as a financial examiner at the Texas Department of Insurance before retiring in 2021, warned that several small Texas insurers were "one bad spring away" from insolvency.

The Texas Department of Insurance did not respond to questions about its monitoring of small insurers.
"""
S = "Lone Prairie Mutual"; I = "Insurance Research Council for Risk & Resilience"; K = "Threlkeld Vale & Partners"
actors = [
 A(S, "company", aliases=[S, "Lone Prairie Mutual's"]),
 A("Grafton Re", "company"),
 A("Elena Kostova", "person", ["senior research fellow"], I, True, ["Dr. Elena Kostova", "Elena Kostova"]),
 A(I, "organization", aliases=[I, "IRCRR"]),
 A("Craig Dolby", "person", ["chief executive"], S),
 A("Nadia Ferrante", "person", ["equity strategist"], K, True),
 A(K, "company"),
 A("Wade Tolliver", "person", ["Oklahoma Insurance Commissioner"], "", False, ["Oklahoma Insurance Commissioner Wade Tolliver", "Wade Tolliver"]),
 A("Arthur Penhale", "person", ["former Texas insurance commissioner"], "", False),
 A("Gloria Reyes-Whitfield", "person", ["financial examiner"], "", True),
 A("Texas Department of Insurance", "government"),
]
quotes = [
 Q("it would not renew their policies", "indirect", [S]),
 Q("Severe convective storms — hail, straight-line winds and tornadoes — caused $58 billion in insured losses in the United States last year", "indirect", ["Grafton Re"]),
 Q("Hail used to be a nuisance peril. It is now a capital peril,", "direct", ["Elena Kostova"]),
 Q("roof replacement costs had roughly doubled since 2019, largely because of labor and materials", "indirect", ["Elena Kostova"]),
 Q('the company would "write only where we can charge a price that matches the risk."', "mixed", ["Craig Dolby"]),
 Q("how many more policies the company would drop", "indirect", ["Craig Dolby"], neg=True),
 Q("the pullback has been good for margins", "indirect", [], "Analysts"),
 Q("Underwriting results have turned, and the market has noticed,", "direct", ["Nadia Ferrante"]),
 Q("the state would require insurers to give 90 days' notice before dropping a customer", "indirect", ["Wade Tolliver"]),
 Q("the state should let rates rise faster so that companies stay in the market", "indirect", ["Arthur Penhale"]),
 Q('several small Texas insurers were "one bad spring away" from insolvency', "mixed", ["Gloria Reyes-Whitfield"]),
]
build("analysis_02_insurance", "analysis", "insurance", T, actors, quotes,
      ["Rafael Ostrander", "NEW YORK", "Texas", "Oklahoma", "United States", "U.S."])
