STYLE = "wire"; TOPIC = "sport"
ACTORS = [
 A("Court of Arbitration for Sport", "international", al=["Court of Arbitration for Sport", "CAS"]),
 A("Lukas Brenninger", roles=["cyclist"], aff="Alpenwerk Racing", al=["Lukas Brenninger", "Brenninger", "Brenninger's"]),
 A("World Anti-Doping Agency", "international", al=["World Anti-Doping Agency", "WADA", "WADA's"]),
 A("Anders Fjelstad", roles=["director general"], aff="World Anti-Doping Agency"),
 A("Petra Vollrath", roles=["lawyer"]),
 A("dpa", "media"),
 A("Swiss Federal Supreme Court", "government"),
 A("Alpenwerk Racing", "company"),
 A("Rheinwatt Energie", "company"),
 A("German Cycling Federation", "organization", al=["German Cycling Federation", "BDR"]),
 A("Miriam Achterberg", roles=["sports physician"], aff="Rhine Institute of Sports Medicine", exp=True),
 A("Rhine Institute of Sports Medicine", "organization"),
]
QUOTES = [
 Q("a sample taken in 2024 had contained traces of the banned substance and that Brenninger's explanation, a contaminated supplement, was \"not supported by any credible evidence.\"", "mixed", ["Court of Arbitration for Sport"]),
 Q("the verdict showed that national bodies \"cannot look the other way when their own stars test positive.\"", "mixed", ["World Anti-Doping Agency"]),
 Q("the agency would now review three other cases closed by the same federation", "indirect", ["Anders Fjelstad"]),
 Q("he was \"devastated\" and had never knowingly taken a banned substance", "mixed", ["Lukas Brenninger"]),
 Q("her client was considering \"all legal options.\"", "mixed", ["Petra Vollrath"]),
 Q("whether he would take the case to the Swiss Federal Supreme Court, the only route left to him", "indirect", ["Petra Vollrath"], neg=True),
 Q("they had suspended the rider's contract with immediate effect", "indirect", ["Alpenwerk Racing", "Rheinwatt Energie"]),
 Q("riders had been warned in 2023 to stop using the supplement brand in question", "indirect", [], anon="A person close to the team"),
 Q("it respected the ruling but stood by the way it had handled the case", "indirect", ["German Cycling Federation"]),
 Q("why its own panel had reached the opposite conclusion", "indirect", ["German Cycling Federation"], neg=True),
 Q("the levels found were far above anything a contaminated product could explain", "indirect", ["Miriam Achterberg"]),
 Q("This is not a borderline case,", "direct", ["Miriam Achterberg"]),
 Q("It is not even close.", "direct", ["Miriam Achterberg"]),
 Q("Brenninger's ban is backdated to June and runs until 2029", "indirect", ["Court of Arbitration for Sport"]),
]
NON_ACTORS = ["LAUSANNE", "Tour de France", "Cologne", "mw/kl"]
