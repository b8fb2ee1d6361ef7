STYLE = "wire"; TOPIC = "technology"
ACTORS = [
 A("Kyodo News", "media", al=["Kyodo News", "Kyodo"]),
 A("Japan", "country"),
 A("Vantora Inc", "company", al=["Vantora Inc", "Vantora", "Vantora's"]),
 A("Japan Fair Trade Commission", "government", al=["Japan Fair Trade Commission", "JFTC"]),
 A("Emiko Hadley", roles=["spokeswoman"], aff="Vantora Inc"),
 A("Haruto Ishikawa", roles=["Chief Cabinet Secretary"], aff="Japan", al=["Haruto Ishikawa", "Chief Cabinet Secretary Haruto Ishikawa", "Ishikawa"]),
 A("Ministry of Economy, Trade and Industry", "government", al=["Ministry of Economy, Trade and Industry", "METI"]),
 A("Reiko Tanabe", roles=["professor of competition law"], aff="Hoshida University", exp=True),
 A("Hoshida University", "organization"),
 A("Kenji Morioka", roles=["analyst"], aff="Kanto Securities", exp=True),
 A("Kanto Securities", "company"),
 A("Mobile Content Forum", "organization"),
]
QUOTES = [
 Q("Vantora had used its control of the operating system to \"shut competitors out of a market worth 2.3 trillion yen.\"", "mixed", ["Japan Fair Trade Commission"]),
 Q("The company has 90 days to comply or face fines of up to 20% of its domestic sales", "indirect", ["Japan Fair Trade Commission"]),
 Q("the watchdog had received complaints from more than 40 developers since 2023", "indirect", [], anon="A senior commission official"),
 Q("it would appeal", "indirect", ["Vantora Inc"]),
 Q("opening its platform \"would expose Japanese users to malware, fraud and scams.\"", "mixed", ["Vantora Inc"]),
 Q("whether Vantora would also seek an injunction", "indirect", ["Emiko Hadley"], neg=True),
 Q("the government supported the commission's decision", "indirect", ["Haruto Ishikawa"]),
 Q("Fair competition is how consumers in Japan get better and cheaper services,", "direct", ["Haruto Ishikawa"]),
 Q("they would review the rules again in two years", "indirect", ["Japan Fair Trade Commission", "Ministry of Economy, Trade and Industry"]),
 Q("the order was narrower than the one imposed on the company in Europe", "indirect", ["Reiko Tanabe"]),
 Q("It leaves the fee structure almost untouched,", "direct", ["Reiko Tanabe"]),
 Q("The order could cut Vantora's Japanese services revenue by about 8%", "indirect", ["Kenji Morioka"]),
 Q("its members had waited \"far too long.\"", "mixed", ["Mobile Content Forum"]),
]
NON_ACTORS = ["TOKYO", "U.S.", "VNTR.O", "Tokyo", "Europe", "New York"]
