STYLE = "analysis"; TOPIC = "finance"
ACTORS = [
 A("California Public Employees' Retirement System", "government", al=["California Public Employees' Retirement System", "CalPERS", "CalPERS's"]),
 A("Raymond Tillery", roles=["chief investment officer"], aff="California Public Employees' Retirement System"),
 A("Priya Ramaswamy", roles=["professor of finance"], aff="Kellogg School of Management", exp=True, al=["Priya Ramaswamy", "Ms. Ramaswamy"]),
 A("Kellogg School of Management", "organization"),
 A("Northwestern University", "organization"),
 A("Gregory Aldana", roles=["former attorney in the enforcement division of the Securities and Exchange Commission"], aff="Securities and Exchange Commission", exp=True),
 A("Securities and Exchange Commission", "government", al=["Securities and Exchange Commission", "SEC"]),
 A("Lionel Westgate", roles=["former SEC chairman"], aff="Securities and Exchange Commission", al=["Lionel Westgate", "Mr. Westgate"]),
 A("Dominika Varga", roles=["head of credit strategy"], aff="Kestrel Bank", exp=True),
 A("Kestrel Bank", "company"),
 A("National Association of State Retirement Administrators", "organization"),
 A("Curtis Blaylock", roles=["head"], aff="National Association of State Retirement Administrators"),
 A("Maureen Ashdown", roles=["State Treasurer", "Democrat", "member of two pension boards"], al=["Maureen Ashdown", "Ms. Ashdown"]),
]
QUOTES = [
 Q("it would raise its target for private debt to 8% of assets from 5%", "indirect", ["California Public Employees' Retirement System"]),
 Q("the asset class offered \"equity-like returns with bond-like protections.\"", "mixed", ["Raymond Tillery"]),
 Q("Bond-like until it isn't,", "direct", ["Priya Ramaswamy"]),
 Q("many private loans were valued by the same managers who collect fees on them, which made losses slow to show up", "indirect", ["Priya Ramaswamy"]),
 Q("valuation was \"where the next scandal will be.\"", "mixed", ["Gregory Aldana"]),
 Q("The agency, he said, lacked the staff to examine more than a fraction of private funds each year", "indirect", ["Gregory Aldana"]),
 Q("investors in such funds were sophisticated and that more rules would \"push lending back into the shadows.\"", "mixed", ["Lionel Westgate"]),
 Q("private lenders had so far reported default rates below those on comparable bank loans", "indirect", ["Dominika Varga"]),
 Q("the figures had \"never been tested by a proper recession.\"", "mixed", ["Dominika Varga"]),
 Q("funds were diversifying \"exactly as their boards asked them to.\"", "mixed", ["Curtis Blaylock"]),
 Q("whether the association had collected data on how the loans were valued", "indirect", ["Curtis Blaylock"], neg=True),
 Q("she had asked fund staff for a full list of private loans and their valuations", "indirect", ["Maureen Ashdown"]),
 Q("she expected the list by the end of the month", "indirect", ["Maureen Ashdown"]),
 Q("CalPERS's returns on private debt averaged 9.8% a year over the past five years", "indirect", ["California Public Employees' Retirement System"]),
]
NON_ACTORS = ["Pennsylvania"]
