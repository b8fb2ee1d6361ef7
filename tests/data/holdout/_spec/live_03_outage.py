STYLE = "liveblog"; TOPIC = "technology"
ACTORS = [
 A("Nimbus Cloud", "company", al=["Nimbus Cloud", "Nimbus"]),
 A("Nimbus Holdings", "company"),
 A("Graham Harlow", roles=["chief executive"], aff="Nimbus Cloud", al=["Graham Harlow", "Harlow"]),
 A("Cybersecurity and Infrastructure Security Agency", "government", al=["Cybersecurity and Infrastructure Security Agency", "CISA"]),
 A("Farah Quddus", roles=["computer scientist"], aff="Carnegie Mellon University", exp=True, al=["Farah Quddus", "Dr. Farah Quddus", "Quddus"]),
 A("Carnegie Mellon University", "organization"),
 A("Jerome Baptiste", roles=["former head of incident response at CISA"], aff="Cybersecurity and Infrastructure Security Agency", exp=True),
 A("Meridian Airways", "company"),
 A("Adaeze Rossington", roles=["senator", "chair of the Senate Commerce Committee"], aff="Senate Commerce Committee", al=["Adaeze Rossington", "Sen. Adaeze Rossington"]),
 A("Senate Commerce Committee", "government"),
 A("Coastline Bank", "company", al=["Coastline Bank", "Coastline"]),
 A("Harbor Federal Credit Union", "company"),
 A("Ookla", "company"),
]
QUOTES = [
 Q("a faulty configuration change pushed to its data centers in Virginia and Oregon had caused the outage, and that services were \"recovering steadily.\"", "mixed", ["Nimbus Cloud"]),
 Q("We let you down today, and we will publish a full account of what went wrong,", "direct", ["Graham Harlow"]),
 Q("whether customers would be compensated", "indirect", ["Graham Harlow"], neg=True),
 Q("it had \"no indication of malicious activity.\"", "mixed", ["Cybersecurity and Infrastructure Security Agency"]),
 Q("engineers had traced the fault within 40 minutes but needed three hours to reverse it safely", "indirect", [], anon="A person familiar with the company's internal response"),
 Q("the outage showed how much of the economy now depends on a few providers", "indirect", ["Farah Quddus"]),
 Q("When one region sneezes, half the internet catches a cold,", "direct", ["Farah Quddus"]),
 Q("most affected companies had no backup in a second cloud", "indirect", ["Farah Quddus"]),
 Q("the agency had warned about such concentration in a 2022 report", "indirect", ["Jerome Baptiste"]),
 Q("it had held all departures for 90 minutes because its check-in and weight-and-balance systems run on Nimbus", "indirect", ["Meridian Airways"]),
 Q("she would call Nimbus executives to testify", "indirect", ["Adaeze Rossington"]),
 Q("This should not be able to happen to an entire airline,", "direct", ["Adaeze Rossington"]),
 Q("card payments were working normally", "indirect", ["Coastline Bank"]),
 Q("More than 200,000 problem reports were logged at the peak", "indirect", ["Ookla"]),
]
NON_ACTORS = ["ET", "NMBS.O", "Virginia", "Oregon", "X", "Downdetector"]
