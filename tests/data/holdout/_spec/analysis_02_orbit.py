STYLE = "analysis"; TOPIC = "space"
ACTORS = [
 A("Walter Pryszlak", roles=["retired lieutenant general", "former head of the military's space surveillance network"], aff="Air Force", exp=True, al=["Walter Pryszlak", "Lt. Gen. Walter Pryszlak", "Pryszlak"]),
 A("Air Force", "government"),
 A("United Nations Office for Outer Space Affairs", "international", al=["United Nations Office for Outer Space Affairs", "UNOOSA"]),
 A("Anjali Sethuraman", roles=["director of the orbital debris program", "former NASA engineer"], aff="Aldridge Institute for Space Policy & Law", exp=True, al=["Anjali Sethuraman", "Sethuraman"]),
 A("Aldridge Institute for Space Policy & Law", "organization"),
 A("NASA", "government"),
 A("Orbitrax", "company"),
 A("Colleen Mayhew", roles=["president"], aff="Orbitrax"),
 A("Yusuf Danquah", roles=["former engineer at the Federal Communications Commission"], aff="Federal Communications Commission", exp=True),
 A("Federal Communications Commission", "government", al=["Federal Communications Commission", "FCC"]),
 A("Bradley Quennell", roles=["former commissioner"], aff="Federal Communications Commission", al=["Bradley Quennell", "Former FCC Commissioner Bradley Quennell"]),
 A("Congress", "government"),
 A("Ines Carrow", roles=["aerospace analyst"], aff="Brightwater Securities", exp=True),
 A("Brightwater Securities", "company"),
 A("Commerce Department", "government"),
]
QUOTES = [
 Q("We got lucky, and luck is not a policy,", "direct", ["Walter Pryszlak"]),
 Q("the armed forces still carried most of the burden of warning commercial operators, a job he believes belongs to a civilian agency", "indirect", ["Walter Pryszlak"]),
 Q("The number of active satellites has more than tripled since 2020, to about 11,000", "indirect", ["United Nations Office for Outer Space Affairs"]),
 Q("the rules had not kept up", "indirect", ["Anjali Sethuraman"]),
 Q("There is no equivalent of air traffic control up there. There are only polite emails,", "direct", ["Anjali Sethuraman"]),
 Q("it already does", "indirect", ["Orbitrax"]),
 Q("the company carried out thousands of avoidance maneuvers a year and that its record was \"better than anyone's in the business.\"", "mixed", ["Colleen Mayhew"]),
 Q("the agency's five-year rule for removing dead satellites was \"a good start that nobody has enforced.\"", "mixed", ["Yusuf Danquah"]),
 Q("enforcement was a matter for Congress, not the commission", "indirect", ["Bradley Quennell"]),
 Q("a single collision would be unlikely to dent demand for satellite broadband", "indirect", ["Ines Carrow"]),
 Q("The risk the market is not pricing is a cascade, where one collision produces debris that causes the next,", "direct", ["Ines Carrow"]),
 Q("when its new system would be ready", "indirect", ["Commerce Department"], neg=True),
]
NON_ACTORS = ["South Atlantic", "Washington"]
