STYLE = "us_broadsheet"; TOPIC = "education"
ACTORS = [
 A("Portland Public Schools", "government"),
 A("Portland Association of Educators", "organization"),
 A("Marguerite Oduya", roles=["president"], aff="Portland Association of Educators", al=["Marguerite Oduya", "Ms. Oduya"]),
 A("Kenneth Albrecht", roles=["superintendent"], aff="Portland Public Schools", al=["Kenneth Albrecht", "Dr. Kenneth Albrecht", "Dr. Albrecht"]),
 A("Harriet Lindgren", roles=["governor", "Democrat", "former middle-school teacher"], al=["Harriet Lindgren", "Gov. Harriet Lindgren", "Ms. Lindgren"]),
 A("Andrés Palomino", roles=["parent"]),
 A("Sofia Harrington", roles=["professor of labor relations"], aff="Willamette University", exp=True, al=["Sofia Harrington", "Professor Harrington"]),
 A("Willamette University", "organization"),
]
QUOTES = [
 Q("the district had refused to put limits on class sizes into the contract", "indirect", ["Portland Association of Educators"]),
 Q("teachers had \"run out of patience and run out of options.\"", "mixed", ["Marguerite Oduya"]),
 Q("picket lines would stay up \"for as long as it takes.\"", "mixed", ["Marguerite Oduya"]),
 Q("the union's demands would cost $190 million over three years, money he said the district did not have", "indirect", ["Kenneth Albrecht"]),
 Q("the district did not have", "indirect", ["Kenneth Albrecht"]),
 Q("whether the district would seek a court order to end the walkout", "indirect", ["Kenneth Albrecht"], neg=True),
 Q("a compromise on class sizes had been within reach on Saturday before a dispute over pay derailed it", "indirect", [], anon="Two members of the school board"),
 Q("Every day our kids are out of the classroom is a day we don't get back,", "direct", ["Harriet Lindgren"]),
 Q("whether she would intervene directly", "indirect", ["Harriet Lindgren"], neg=True),
 Q("he supported the teachers but could not take more unpaid days off work", "indirect", ["Andrés Palomino"]),
 Q("Teacher strikes have become longer and more frequent since 2018", "indirect", ["Sofia Harrington"]),
 Q("Districts used to settle in two or three days,", "direct", ["Sofia Harrington"]),
 Q("Now both sides are prepared to dig in.", "direct", ["Sofia Harrington"]),
 Q("meals would be available at 20 schools during the strike", "indirect", ["Portland Public Schools"]),
]
NON_ACTORS = ["PORTLAND", "Ore.", "Oregon", "Grant High School", "Roosevelt High School"]
