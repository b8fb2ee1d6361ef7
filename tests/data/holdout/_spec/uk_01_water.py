STYLE = "uk_broadsheet"; TOPIC = "environment"
ACTORS = [
 A("Severnmoor Water", "company", al=["Severnmoor Water", "Severnmoor", "Severnmoor’s"]),
 A("Ofwat", "government"),
 A("Idris Penhaligon", roles=["chief executive"], aff="Ofwat"),
 A("Environment Agency", "government"),
 A("Claire Dunmore", roles=["chief executive"], aff="Severnmoor Water", al=["Claire Dunmore", "Dunmore"]),
 A("Tilly Okonedo", roles=["founder of Clean Rivers Action"], aff="Clean Rivers Action"),
 A("Clean Rivers Action", "organization"),
 A("Fenella Ashcroft", roles=["hydrologist"], aff="University of Reading", exp=True, al=["Fenella Ashcroft", "Dr Fenella Ashcroft", "Ashcroft"]),
 A("University of Reading", "organization"),
 A("Office for Environmental Protection", "government", al=["Office for Environmental Protection", "OEP"]),
 A("Owain Treharne", roles=["environment secretary"]),
 A("Green Party", "party"),
 A("Plaid Cymru", "party"),
]
QUOTES = [
 Q("an investigation had found that the company ‘routinely allowed’ storm overflows to discharge in dry weather, which is illegal", "mixed", ["Ofwat"]),
 Q("the fine should ‘send a message to every boardroom in the sector’", "mixed", ["Idris Penhaligon"]),
 Q("The company discharged sewage for more than 120,000 hours last year", "indirect", ["Environment Agency"]),
 Q("the company accepted the findings and had ‘let our customers and our rivers down’", "mixed", ["Claire Dunmore"]),
 Q("whether the fine would be met from dividends or passed on to bill payers", "indirect", ["Claire Dunmore"], neg=True),
 Q("We are investing £2bn in the network, the biggest programme in our history,", "direct", ["Claire Dunmore"]),
 Q("It will take time.", "direct", ["Claire Dunmore"]),
 Q("the penalty was ‘a rounding error’ for a firm that had paid £140m in dividends in two years", "mixed", ["Tilly Okonedo"]),
 Q("the overflows reflected decades of underinvestment in Victorian sewers", "indirect", ["Fenella Ashcroft"]),
 Q("You cannot fine your way out of a pipe that is too small,", "direct", ["Fenella Ashcroft"]),
 Q("ministers were ‘not on track’ to meet their targets for river quality", "mixed", ["Office for Environmental Protection"]),
 Q("fines alone would not close the gap", "indirect", ["Office for Environmental Protection"]),
 Q("the government would ‘not hesitate’ to use new powers to ban bonuses at companies that broke the law", "mixed", ["Owain Treharne"]),
 Q("Severnmoor should be placed in special administration", "indirect", ["Green Party", "Plaid Cymru"]),
 Q("at least two other companies expected penalties of a similar size before the end of the year", "indirect", [], anon="Industry sources"),
]
NON_ACTORS = ["Bewdley"]
