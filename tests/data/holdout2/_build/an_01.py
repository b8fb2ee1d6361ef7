from lib import *
T = """
Analysis: Cash for cradles — why baby bonuses rarely lift birth rates

By Miriam Sefton

Governments from Rome to Seoul have spent billions trying to persuade couples to have more children. The results have been modest at best, demographers say.

Italy's fertility rate fell to 1.18 children per woman last year, according to the national statistics office, Istat. That was despite a monthly child allowance introduced in 2022. South Korea's rate, at 0.72, is the lowest in the world.

"Money helps at the margin, mostly by changing when people have children rather than how many," said Professor Ingrid Solberg, director of the Centre for Population Change at the London School of Economics and Political Science (LSE). She said studies of bonuses in France, Hungary and Australia found that most of the rise in births faded within five years.

Others are less pessimistic. Tomás Ferreira-Lund, a senior fellow at the Brookings Institution who has advised the Portuguese government on family policy, argued that the bonuses were too small to test the idea properly. "Nobody has yet tried paying what a child actually costs," he said.

Costs are the point, according to Dr. Yuna Seo, chief economist for Asia at Dunstable, Oakes & Co. in Hong Kong. In a note to clients, she wrote that housing and private tutoring now absorb more than a third of a typical Seoul family's income.

Former officials are split. Marco Venturi, Italy's family minister from 2018 to 2021, said in an interview that his government's allowance had "stopped the fall, even if it did not reverse it." Helen Vasquez-Orme, a former head of the social policy division at the Organisation for Economic Co-operation and Development (OECD), where she worked for 30 years, said the evidence pointed elsewhere. "Childcare places and flexible jobs do more than cheques," she said.

A retired South Korean army general, Park Sung-ho, has warned that conscription numbers will halve within two decades. He told a parliamentary forum in Seoul last month that the military would need to "recruit machines as well as men."

The European Commission, which published its own demography report in March, declined to say whether it would propose measures for the whole bloc.
"""
L = "London School of Economics and Political Science"; O = "Organisation for Economic Co-operation and Development"; W = "Dunstable, Oakes & Co."
actors = [
 A("Italy", "country", aliases=["Italy's"]),
 A("Istat", "government"),
 A("South Korea", "country", aliases=["South Korea's"]),
 A("Ingrid Solberg", "person", ["Professor", "director of the Centre for Population Change"], L, True, ["Professor Ingrid Solberg", "Ingrid Solberg"]),
 A("Centre for Population Change", "organization"),
 A(L, "organization", aliases=[L, "LSE"]),
 A("Tomás Ferreira-Lund", "person", ["senior fellow"], "Brookings Institution", True),
 A("Brookings Institution", "organization"),
 A("Yuna Seo", "person", ["chief economist for Asia"], W, True, ["Dr. Yuna Seo", "Yuna Seo"]),
 A(W, "company"),
 A("Marco Venturi", "person", ["family minister"], "Italy", False),
 A("Helen Vasquez-Orme", "person", ["former head of the social policy division"], "", True),
 A(O, "international", aliases=[O, "OECD"]),
 A("Park Sung-ho", "person", ["retired army general"], "", True),
 A("European Commission", "international"),
]
quotes = [
 Q("The results have been modest at best", "indirect", [], "demographers"),
 Q("Italy's fertility rate fell to 1.18 children per woman last year", "indirect", ["Istat"]),
 Q("Money helps at the margin, mostly by changing when people have children rather than how many,", "direct", ["Ingrid Solberg"]),
 Q("studies of bonuses in France, Hungary and Australia found that most of the rise in births faded within five years", "indirect", ["Ingrid Solberg"]),
 Q("the bonuses were too small to test the idea properly", "indirect", ["Tomás Ferreira-Lund"]),
 Q("Nobody has yet tried paying what a child actually costs,", "direct", ["Tomás Ferreira-Lund"]),
 Q("Costs are the point", "indirect", ["Yuna Seo"]),
 Q("housing and private tutoring now absorb more than a third of a typical Seoul family's income", "indirect", ["Yuna Seo"]),
 Q("his government's allowance had \"stopped the fall, even if it did not reverse it.\"", "mixed", ["Marco Venturi"]),
 Q("the evidence pointed elsewhere", "indirect", ["Helen Vasquez-Orme"]),
 Q("Childcare places and flexible jobs do more than cheques,", "direct", ["Helen Vasquez-Orme"]),
 Q("conscription numbers will halve within two decades", "indirect", ["Park Sung-ho"]),
 Q('the military would need to "recruit machines as well as men."', "mixed", ["Park Sung-ho"]),
 Q("whether it would propose measures for the whole bloc", "indirect", ["European Commission"], neg=True),
]
build("analysis_01_birth_rates", "analysis", "demography", T, actors, quotes,
      ["Miriam Sefton", "Rome", "Seoul", "France", "Hungary", "Australia", "Hong Kong"])
