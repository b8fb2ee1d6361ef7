from lib import *
T = """
Supporters fear for Harwick Town as club enters administration

Harwick Town, the 140-year-old League Two club, entered administration on Thursday after its owner failed to pay a £3.2m tax bill, leaving supporters unsure whether the team will finish the season.

The English Football League (EFL) confirmed that the club would be deducted 12 points. In a statement, the league said it had ‘repeatedly warned’ the club's owners about their finances since the summer.

‘This is the day every supporter has dreaded,’ said Bethan Crowley, chair of the Harwick Town Supporters' Trust. ‘We were told again and again that the money was coming. It never came.’

The club's owner, the Jersey-registered investment firm Salcombe Holdings, did not respond to requests for comment. According to documents filed at Companies House, Salcombe owes a further £1.4m to local businesses, including the caterer that runs the stadium kiosks.

Gareth Lyle, the Labour MP for Harwick and Denby, said he had written to the culture secretary asking the government to intervene. Lyle, who has held the seat since 2019, called the owners ‘absentee landlords who treated a community asset like a betting slip’.

The administrators, from the accountancy firm Pennant Kerr, said they expected to find a buyer ‘within weeks, not months’. Dominic Askew, a partner at the firm, told the BBC that three parties had already expressed interest, though he declined to name them.

Kieran Motson, a sports finance lecturer at the University of Salford, said the case showed the limits of the league's ownership test. ‘The test looks at whether an owner has a criminal record. It does not look at whether they have the money,’ he said.

The Department for Culture, Media and Sport (DCMS) said the new independent regulator, due to begin work next year, would have powers to stop such takeovers. A DCMS spokesperson said ministers were ‘following the situation closely’.

The Conservatives and the Liberal Democrats, who together run Harwick Borough Council, said in a joint letter to the league that the stadium should be protected as an asset of community value.
"""
H = "Harwick Town"; E = "English Football League"; D = "Department for Culture, Media and Sport"
actors = [
 A(H, "company"),
 A(E, "organization", aliases=[E, "EFL"]),
 A("Bethan Crowley", "person", ["chair"], "Harwick Town Supporters' Trust"),
 A("Harwick Town Supporters' Trust", "organization"),
 A("Salcombe Holdings", "company", aliases=["Salcombe Holdings", "Salcombe"]),
 A("Companies House", "government"),
 A("Gareth Lyle", "person", ["Labour MP for Harwick and Denby"], "", False, ["Gareth Lyle", "Lyle"]),
 A("Pennant Kerr", "company"),
 A("Dominic Askew", "person", ["partner"], "Pennant Kerr"),
 A("BBC", "media"),
 A("Kieran Motson", "person", ["sports finance lecturer"], "University of Salford", True),
 A("University of Salford", "organization"),
 A(D, "government", aliases=[D, "DCMS"]),
 A("Conservatives", "party"),
 A("Liberal Democrats", "party"),
 A("Harwick Borough Council", "government"),
]
quotes = [
 Q("the club would be deducted 12 points", "indirect", [E]),
 Q("it had ‘repeatedly warned’ the club's owners about their finances since the summer", "mixed", [E]),
 Q("This is the day every supporter has dreaded,", "direct", ["Bethan Crowley"]),
 Q("We were told again and again that the money was coming. It never came.", "direct", ["Bethan Crowley"]),
 Q("Salcombe owes a further £1.4m to local businesses, including the caterer that runs the stadium kiosks", "indirect", [], "documents filed at Companies House"),
 Q("he had written to the culture secretary asking the government to intervene", "indirect", ["Gareth Lyle"]),
 Q("the owners ‘absentee landlords who treated a community asset like a betting slip’", "mixed", ["Gareth Lyle"]),
 Q("they expected to find a buyer ‘within weeks, not months’", "mixed", ["Pennant Kerr"]),
 Q("three parties had already expressed interest", "indirect", ["Dominic Askew"]),
 Q("the case showed the limits of the league's ownership test", "indirect", ["Kieran Motson"]),
 Q("The test looks at whether an owner has a criminal record. It does not look at whether they have the money,", "direct", ["Kieran Motson"]),
 Q("the new independent regulator, due to begin work next year, would have powers to stop such takeovers", "indirect", [D]),
 Q("ministers were ‘following the situation closely’", "mixed", [D]),
 Q("the stadium should be protected as an asset of community value", "indirect", ["Conservatives", "Liberal Democrats"]),
]
build("uk_01_football", "uk_broadsheet", "football", T, actors, quotes,
      ["League Two", "Jersey", "Harwick and Denby"])
