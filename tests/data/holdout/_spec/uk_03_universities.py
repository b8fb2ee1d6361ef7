STYLE = "uk_broadsheet"; TOPIC = "education"
ACTORS = [
 A("Office for Students", "government", al=["Office for Students", "OfS", "OfS’s"]),
 A("Colm Wetherall", roles=["chief executive"], aff="Office for Students"),
 A("BBC", "media"),
 A("Dilip Varghese", roles=["Professor", "vice-chancellor of the University of Tamworth"], aff="University of Tamworth", al=["Dilip Varghese", "Professor Dilip Varghese"]),
 A("University of Tamworth", "organization"),
 A("Department for Education", "government"),
 A("Nick Brancaster", roles=["associate director"], aff="Institute for Fiscal Studies", exp=True, al=["Nick Brancaster", "Brancaster"]),
 A("Institute for Fiscal Studies", "organization", al=["Institute for Fiscal Studies", "IFS"]),
 A("University and College Union", "organization", al=["University and College Union", "UCU"]),
 A("Unison", "organization"),
 A("England", "country"),
 A("Nigeria", "country"),
 A("India", "country"),
 A("Home Affairs Select Committee", "government"),
]
QUOTES = [
 Q("Forty universities in England expect to run deficits this year after a sharp fall in the number of overseas students", "indirect", ["Office for Students"]),
 Q("income from international fees had fallen by £1.4bn since 2023 and that a small number of institutions faced ‘material uncertainty’ about their future", "mixed", ["Office for Students"]),
 Q("no university was ‘on the brink this week’ but that several would need to merge or close courses", "mixed", ["Colm Wetherall"]),
 Q("which institutions were most at risk", "indirect", ["Colm Wetherall"], neg=True),
 Q("the sector had been ‘asked to subsidise research with overseas fees for a decade, and now the music has stopped’", "mixed", ["Dilip Varghese"]),
 Q("the government had ‘already raised fees for the first time in eight years’ and was working with the regulator to monitor institutions at risk", "mixed", ["Department for Education"]),
 Q("the regulator’s forecasts were optimistic", "indirect", ["Nick Brancaster"]),
 Q("The maths only works if you assume overseas numbers bounce back, and there is no sign of that,", "direct", ["Nick Brancaster"]),
 Q("tuition fees for home students, frozen for most of the past decade, were now worth about a quarter less in real terms than in 2012", "indirect", ["Nick Brancaster"]),
 Q("staff ‘should not pay the price for a broken funding model’", "mixed", ["University and College Union", "Unison"]),
 Q("they would ballot members at any university that announced compulsory redundancies", "indirect", ["University and College Union", "Unison"]),
 Q("two institutions in the region had already held talks about a merger", "indirect", [], anon="One vice-chancellor in the Midlands"),
 Q("The number of study visas issued to students from Nigeria and India fell by more than a third last year", "indirect", ["Home Affairs Select Committee"]),
]
NON_ACTORS = ["Midlands"]
