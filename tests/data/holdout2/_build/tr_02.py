from lib import *
T = """
Quillon Robotics Third-Quarter Earnings Call — Edited Transcript

Corporate participants: Elise Marchand — Chief Executive Officer; Tobias Greer — Chief Financial Officer
Conference call participants: Hannah Liesegang — Bramley Securities — Analyst; Raj Patil — Orchard Street Capital — Analyst

Operator: Good day, and welcome to the Quillon Robotics third-quarter earnings call. I would now like to hand the call over to Elise Marchand. Please go ahead.

Elise Marchand: Thank you. Revenue for the quarter was $612 million, up 19% from a year ago, driven by warehouse automation orders in North America. Our largest customer, Pellworth Logistics, has extended its contract through 2029. We are raising our full-year revenue guidance to between $2.35 billion and $2.4 billion.

Tobias Greer: Gross margin was 41.2%, down 80 basis points, mainly because of higher component costs. Our suppliers have told us that chip prices should ease by the second quarter. We also took a one-time charge of $18 million for the closure of our plant in Monterrey.

Operator: Our first question comes from Hannah Liesegang with Bramley Securities.

Hannah Liesegang: Thanks. Elise, the Commerce Department said last month that it was reviewing export licences for industrial robots with advanced vision systems. How much of your backlog could that affect?

Elise Marchand: We don't think it's material. Less than 4% of backlog goes to the markets in question, and we're in regular contact with the department.

Operator: Next, Raj Patil with Orchard Street Capital.

Raj Patil: Tobias, can you say whether the Pellworth extension came with price concessions?

Tobias Greer: I won't go into the terms of individual contracts. What I'd say is that the economics are consistent with what we've shown you before.

Raj Patil: And on the Monterrey closure, do you expect further charges?

Tobias Greer: We don't, no.
"""
C = "Quillon Robotics"
actors = [
 A(C, "company"),
 A("Elise Marchand", "person", ["Chief Executive Officer"], C, False, ["Elise Marchand", "Elise"]),
 A("Tobias Greer", "person", ["Chief Financial Officer"], C, False, ["Tobias Greer", "Tobias"]),
 A("Hannah Liesegang", "person", ["Analyst"], "Bramley Securities", True),
 A("Bramley Securities", "company"),
 A("Raj Patil", "person", ["Analyst"], "Orchard Street Capital", True),
 A("Orchard Street Capital", "company"),
 A("Pellworth Logistics", "company", aliases=["Pellworth Logistics", "Pellworth"]),
 A("Commerce Department", "government"),
]
turns = [
 ("Good day, and welcome to the Quillon Robotics third-quarter earnings call. I would now like to hand the call over to Elise Marchand. Please go ahead.", [], "Operator"),
 ("Thank you. Revenue for the quarter was $612 million, up 19% from a year ago, driven by warehouse automation orders in North America. Our largest customer, Pellworth Logistics, has extended its contract through 2029. We are raising our full-year revenue guidance to between $2.35 billion and $2.4 billion.", ["Elise Marchand"], ""),
 ("Gross margin was 41.2%, down 80 basis points, mainly because of higher component costs. Our suppliers have told us that chip prices should ease by the second quarter. We also took a one-time charge of $18 million for the closure of our plant in Monterrey.", ["Tobias Greer"], ""),
 ("Our first question comes from Hannah Liesegang with Bramley Securities.", [], "Operator"),
 ("Thanks. Elise, the Commerce Department said last month that it was reviewing export licences for industrial robots with advanced vision systems. How much of your backlog could that affect?", ["Hannah Liesegang"], ""),
 ("We don't think it's material. Less than 4% of backlog goes to the markets in question, and we're in regular contact with the department.", ["Elise Marchand"], ""),
 ("Next, Raj Patil with Orchard Street Capital.", [], "Operator"),
 ("Tobias, can you say whether the Pellworth extension came with price concessions?", ["Raj Patil"], ""),
 ("I won't go into the terms of individual contracts. What I'd say is that the economics are consistent with what we've shown you before.", ["Tobias Greer"], ""),
 ("And on the Monterrey closure, do you expect further charges?", ["Raj Patil"], ""),
 ("We don't, no.", ["Tobias Greer"], ""),
]
quotes = [Q(t, "direct", s, a) for t, s, a in turns] + [
 Q("chip prices should ease by the second quarter", "indirect", [], "Our suppliers"),
 Q("it was reviewing export licences for industrial robots with advanced vision systems", "indirect", ["Commerce Department"]),
]
build("tr_02_earnings_call", "transcript", "earnings", T, actors, quotes,
      ["Operator", "North America", "Monterrey"])
