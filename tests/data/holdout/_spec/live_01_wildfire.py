STYLE = "liveblog"; TOPIC = "disaster"
ACTORS = [
 A("California Department of Forestry and Fire Protection", "government", al=["California Department of Forestry and Fire Protection", "Cal Fire"]),
 A("Rosa Ekwueme", roles=["Battalion Chief"], aff="California Department of Forestry and Fire Protection", al=["Rosa Ekwueme", "Battalion Chief Rosa Ekwueme"]),
 A("Golden Coast Power & Light", "company"),
 A("Darius Whitcombe", roles=["spokesman"], aff="Golden Coast Power & Light"),
 A("Celeste Navarro-Byrne", roles=["governor"], al=["Celeste Navarro-Byrne", "Gov. Celeste Navarro-Byrne"]),
 A("Tom Ballantyne", roles=["sheriff"], aff="Placer County", al=["Tom Ballantyne", "Placer County Sheriff Tom Ballantyne", "Ballantyne"]),
 A("Leah Brightwater", roles=["fire ecologist"], aff="University of Nevada, Reno", exp=True, al=["Leah Brightwater", "Brightwater"]),
 A("University of Nevada, Reno", "organization"),
 A("National Weather Service", "government"),
 A("American Red Cross", "organization"),
]
QUOTES = [
 Q("The Ridgeline Fire has burned 41,000 acres and is 12% contained, down from 18% this morning", "indirect", ["California Department of Forestry and Fire Protection"]),
 Q("gusts of up to 60 mph had pushed embers more than a mile ahead of the fire line", "indirect", ["Rosa Ekwueme"]),
 Q("We are not going to catch this tonight,", "direct", ["Rosa Ekwueme"]),
 Q("it had shut off electricity to about 38,000 customers in three counties to reduce the risk of new ignitions", "indirect", ["Golden Coast Power & Light"]),
 Q("whether the utility's equipment was being examined as a possible cause", "indirect", ["Darius Whitcombe"], neg=True),
 Q("If you are told to leave, leave. Do not wait to see the smoke,", "direct", ["Celeste Navarro-Byrne"]),
 Q("two residents of the Iowa Hill area had not been accounted for", "indirect", ["Tom Ballantyne"]),
 Q("deputies had gone door to door along every road they could still reach", "indirect", ["Tom Ballantyne"]),
 Q("two wet winters had left an unusual amount of grass that had now dried out", "indirect", ["Leah Brightwater"]),
 Q("Grass is the kindling. The timber above it is the fuel,", "direct", ["Leah Brightwater"]),
 Q("the pattern resembled the Camp Fire of 2018", "indirect", ["Leah Brightwater"]),
 Q("humidity would stay below 10% across the Sierra foothills", "indirect", ["National Weather Service"]),
 Q("Two shelters in Auburn have reached capacity", "indirect", [], anon="a county official who was not authorized to speak publicly"),
 Q("it was opening a third site at the Gold Country Fairgrounds", "indirect", ["American Red Cross"]),
]
NON_ACTORS = ["PT", "Ridgeline Fire", "Placer", "Nevada", "Auburn", "Iowa Hill", "Camp Fire", "Sierra", "Gold Country Fairgrounds"]
