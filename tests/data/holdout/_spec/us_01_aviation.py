STYLE = "us_broadsheet"; TOPIC = "transport"
ACTORS = [
 A("Federal Aviation Administration", "government", al=["Federal Aviation Administration", "F.A.A."]),
 A("Corvane Aerospace", "company", al=["Corvane Aerospace", "Corvane", "Corvane's"]),
 A("Philip Marchbanks", roles=["chief executive"], aff="Corvane Aerospace", al=["Philip Marchbanks", "Mr. Marchbanks"]),
 A("Teresa Alcott", roles=["senator", "Democrat of New Mexico", "chair"], aff="Senate", al=["Teresa Alcott", "Sen. Teresa Alcott", "Ms. Alcott"]),
 A("Senate", "government"),
 A("Dwayne Ostrowski", roles=["representative", "Republican of Ohio"]),
 A("Carla Benavides", roles=["representative", "Democrat of Texas"]),
 A("Greg Tilden", roles=["spokesman"], aff="Federal Aviation Administration"),
 A("Lorraine Quist", roles=["former accident investigator at the National Transportation Safety Board", "teacher"], aff="Embry-Riddle Aeronautical University", exp=True, al=["Lorraine Quist", "Dr. Quist"]),
 A("National Transportation Safety Board", "government"),
 A("Embry-Riddle Aeronautical University", "organization"),
 A("Skyhaven Airlines", "company"),
 A("Regional Pilots Association", "organization"),
 A("Cabin Crew Alliance", "organization"),
]
QUOTES = [
 Q("came months too late", "indirect", [], anon="lawmakers from both parties"),
 Q("the inspections had to be completed within 15 days and that \"no aircraft with a cracked latch assembly will be permitted to fly.\"", "mixed", ["Federal Aviation Administration"]),
 Q("the company had \"shared every piece of data we had with regulators from day one.\"", "mixed", ["Philip Marchbanks"]),
 Q("whether Corvane would compensate airlines for grounded aircraft", "indirect", ["Philip Marchbanks"], neg=True),
 Q("the F.A.A. keeps learning about problems from passengers' cellphone videos.", "direct", ["Teresa Alcott"]),
 Q("her staff would examine whether inspectors had been told to slow the review", "indirect", ["Teresa Alcott"]),
 Q("the delay was \"indefensible.\"", "mixed", ["Dwayne Ostrowski", "Carla Benavides"]),
 Q("the agency had \"moved as fast as the evidence allowed.\"", "mixed", ["Greg Tilden"]),
 Q("when the inquiry into the March incident would conclude", "indirect", ["Greg Tilden"], neg=True),
 Q("failures of this kind usually pointed to maintenance rather than design", "indirect", ["Lorraine Quist"]),
 Q("You read the mechanic's checklist before you read the blueprint,", "direct", ["Lorraine Quist"]),
 Q("it expected \"minimal disruption\" to its schedule", "mixed", ["Skyhaven Airlines"]),
 Q("crews should have been told about the March incident within days, not months", "indirect", ["Regional Pilots Association", "Cabin Crew Alliance"]),
]
NON_ACTORS = ["WASHINGTON", "Wichita", "Kan.", "CR-90", "Lake Erie", "Reps."]
