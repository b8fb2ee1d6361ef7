STYLE = "transcript"; TOPIC = "labour"
ACTORS = [
 A("Meridian Radio", "media"),
 A("Amira Lyle", aff="Meridian Radio", al=["AMIRA LYLE"]),
 A("Tomasz Kaczmarek", roles=["professor"], aff="University of Salford", exp=True, al=["Professor Tomasz Kaczmarek", "Tomasz Kaczmarek", "PROF. KACZMAREK", "Professor Kaczmarek"]),
 A("University of Salford", "organization"),
 A("Gillian Ashworth-Price", roles=["director of policy"], aff="Federation of Northern Employers", al=["Gillian Ashworth-Price", "GILLIAN ASHWORTH-PRICE", "Gillian"]),
 A("Federation of Northern Employers", "organization"),
 A("Callum Reddaway", roles=["business secretary"]),
]
QUOTES = [
 Q("Good evening. A year ago, sixty-one employers in the north-west switched to a four-day week with no cut in pay. Today the results of that trial were published. With me are Professor Tomasz Kaczmarek of the University of Salford, who led the evaluation, and Gillian Ashworth-Price, director of policy at the Federation of Northern Employers. Professor, what did you find?", "direct", ["Amira Lyle"]),
 Q("In short, most firms kept it. Fifty-two of the sixty-one are continuing. Output held up in most of them, sickness absence fell by about a quarter, and staff turnover dropped sharply. I would not claim it works everywhere. Two manufacturers dropped out within three months.", "direct", ["Tomasz Kaczmarek"]),
 Q("Gillian, your members were sceptical at the start.", "direct", ["Amira Lyle"]),
 Q("Some were, and some still are. The firms that volunteered were the ones most likely to succeed. A care home or a bus company cannot simply close on Fridays.", "direct", ["Gillian Ashworth-Price"]),
 Q("The business secretary, Callum Reddaway, said on Friday that a four-day week was \"a luxury the economy can't afford.\" Is he wrong?", "direct", ["Amira Lyle"]),
 Q("a four-day week was \"a luxury the economy can't afford.\"", "mixed", ["Callum Reddaway"]),
 Q("I'd put it differently. Our data say it is affordable for many office-based firms. Whether it is affordable for a hospital is a question our trial didn't answer, and I said so in the report.", "direct", ["Tomasz Kaczmarek"]),
 Q("Gillian, would your federation support legislation?", "direct", ["Amira Lyle"]),
 Q("No. We'd support firms that want to try it. We would oppose any law that forces it on them, and I've told the department that.", "direct", ["Gillian Ashworth-Price"]),
 Q("Professor Kaczmarek, Gillian Ashworth-Price, thank you both.", "direct", ["Amira Lyle"]),
]
NON_ACTORS = []
