STYLE = "uk_broadsheet"; TOPIC = "transport"
ACTORS = [
 A("Northern Crest Railways", "company", al=["Northern Crest Railways", "Northern Crest"]),
 A("Union of Rail Drivers and Engineers", "organization", al=["Union of Rail Drivers and Engineers", "URDE"]),
 A("Mick Lathbury", roles=["general secretary", "former driver on the Settle to Carlisle line"], aff="Union of Rail Drivers and Engineers", al=["Mick Lathbury", "Lathbury"]),
 A("Lucinda Haverford", roles=["transport secretary"]),
 A("Acas", "government"),
 A("Andrew Kettlewell", roles=["former head of safety at the Office of Rail and Road"], aff="Office of Rail and Road", exp=True, al=["Andrew Kettlewell", "Kettlewell"]),
 A("Office of Rail and Road", "government", al=["Office of Rail and Road", "ORR"]),
 A("Passenger Voice North", "organization"),
]
QUOTES = [
 Q("91% of members who took part had backed action, on a turnout of 78%", "indirect", ["Union of Rail Drivers and Engineers"]),
 Q("drivers had been ‘treated as a cost to be cut rather than people who keep passengers safe’", "mixed", ["Mick Lathbury"]),
 Q("he would meet the company on Monday", "indirect", ["Mick Lathbury"]),
 Q("the first strike dates could be announced within a fortnight", "indirect", ["Mick Lathbury"]),
 Q("Nobody wants to stand on a picket line in December,", "direct", ["Mick Lathbury"]),
 Q("But nobody wants to drive a ten-carriage train without a guard either.", "direct", ["Mick Lathbury"]),
 Q("the company was ‘disappointed’ by the result and that extending driver-only operation would ‘make services more reliable, not less safe’", "mixed", ["Northern Crest Railways"]),
 Q("the URDE had offered to suspend the ballot if the company paused its plans for six months, an offer that was rejected", "indirect", [], anon="A senior union official"),
 Q("the dispute was ‘entirely avoidable’", "mixed", ["Lucinda Haverford"]),
 Q("whether ministers were prepared to bring the operator into public ownership, as they did with two other companies last year", "indirect", ["Lucinda Haverford"], neg=True),
 Q("that option has been discussed at cabinet level", "indirect", [], anon="two Whitehall officials"),
 Q("the evidence on driver-only trains was ‘more mixed than either side admits’", "mixed", ["Andrew Kettlewell"]),
 Q("The technology works. The question is who helps the passenger in a wheelchair at an unstaffed station,", "direct", ["Andrew Kettlewell"]),
 Q("punctuality on the company’s routes had fallen to 64%, the lowest in the country", "indirect", ["Passenger Voice North"]),
]
NON_ACTORS = ["Settle", "Carlisle", "Christmas", "Whitehall", "MPs"]
