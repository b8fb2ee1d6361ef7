STYLE = "transcript"; TOPIC = "technology"
ACTORS = [
 A("Science, Innovation and Technology Committee", "government"),
 A("Philippa Crane", roles=["Chair"], aff="Science, Innovation and Technology Committee", al=["Dame Philippa Crane", "Philippa Crane", "Chair"]),
 A("Mark Pellow", aff="Science, Innovation and Technology Committee"),
 A("Aisha Rahman-Doyle", aff="Science, Innovation and Technology Committee"),
 A("Oliver Strand", roles=["Director of Online Safety Supervision"], aff="Ofcom", al=["Oliver Strand", "Mr Strand"]),
 A("Ofcom", "government"),
 A("Ruth Akintola", roles=["Head of Trust and Safety UK"], aff="Clipstream Ltd", al=["Ruth Akintola", "Ms Akintola"]),
 A("Clipstream Ltd", "company", al=["Clipstream Ltd", "Clipstream"]),
 A("NSPCC", "organization"),
 A("UK", "country"),
 A("Information Commissioner's Office", "government"),
]
QUOTES = [
 Q("Good morning. Mr Strand, eight months after the new age-check duties came into force, how many services are complying?", "direct", ["Philippa Crane"]),
 Q("Of the 70 largest services we supervise, 58 now have what we would regard as highly effective age assurance. Twelve do not, and we have opened formal investigations into five of them. Clipstream has told us it will be compliant by the end of January.", "direct", ["Oliver Strand"]),
 Q("it will be compliant by the end of January", "indirect", ["Clipstream Ltd"]),
 Q("Ms Akintola, is that right?", "direct", ["Mark Pellow"]),
 Q("It is. We have rolled out facial age estimation to all new accounts in the UK, and existing accounts will follow in January. We have had to build this carefully, because a system that wrongly locks out adults also fails.", "direct", ["Ruth Akintola"]),
 Q("Children's charities say that a 15-year-old can still get past your checks in about two minutes. The NSPCC told this committee last month that the checks were \"trivially easy to defeat.\" How do you respond?", "direct", ["Aisha Rahman-Doyle"]),
 Q("a 15-year-old can still get past your checks in about two minutes", "indirect", [], anon="Children's charities"),
 Q("the checks were \"trivially easy to defeat.\"", "mixed", ["NSPCC"]),
 Q("No system is perfect. We are testing every method that is reported to us, and we fix what we find.", "direct", ["Ruth Akintola"]),
 Q("Mr Strand, Clipstream has not told the committee how many under-13s it removed last year. Has it told you?", "direct", ["Philippa Crane"]),
 Q("how many under-13s it removed last year", "indirect", ["Clipstream Ltd"], neg=True),
 Q("It has, in confidence, and I'm not able to share that figure today. What I can say is that the Information Commissioner's Office has told us it is looking at how the age-estimation data is stored.", "direct", ["Oliver Strand"]),
 Q("it is looking at how the age-estimation data is stored", "indirect", ["Information Commissioner's Office"]),
 Q("Then we will write to Clipstream. Thank you both.", "direct", ["Philippa Crane"]),
]
NON_ACTORS = ["Q101", "Q102", "Q103", "Q104", "Q105"]
