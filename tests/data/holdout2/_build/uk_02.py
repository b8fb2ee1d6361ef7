from lib import *
T = """
Licensing loophole lets puppy farms thrive, inspectors warn

Illegal puppy farms in west Wales are exploiting a loophole in licensing rules to sell thousands of dogs a year, according to a report by the Royal Society for the Prevention of Cruelty to Animals (RSPCA).

The charity said breeders were registering litters under the names of relatives so that each household stayed below the threshold of three litters a year, above which a licence is required. Its inspectors had found 41 such operations in Carmarthenshire and Ceredigion since January, the report said.

‘These are not family pets having the odd litter. They are factories,’ said Nerys Pugh, the RSPCA's head of inspectorate for Wales. She said some dogs had been kept in converted shipping containers with no natural light.

Pugh, a former police officer, said the charity had passed evidence on 12 breeders to Dyfed-Powys Police. The force confirmed it had received the files but would not say whether any arrests had been made.

The Welsh Government said it would consult on lowering the threshold to two litters this summer. Huw Brannigan, the rural affairs minister, said ministers were ‘determined to close every gap the breeders find’. A senior Welsh Government official said privately that the consultation had been delayed twice by disagreements over how councils would pay for extra inspections.

Councils say they cannot cope. Alun Rees-Morgan, a former head of animal health at Carmarthenshire County Council who retired in 2022 after 22 years, said each licensed site needed at least four inspections a year. ‘With two inspectors for the whole county, the arithmetic does not work,’ he said. He added that fines were too small to deter anyone earning £100,000 a year from puppies.

The Kennel Club said buyers should ask to see puppies with their mothers and walk away if a seller offered to meet in a car park.

Plaid Cymru and the Welsh Conservatives said in a joint statement that the Senedd should hold an emergency debate.
"""
R = "Royal Society for the Prevention of Cruelty to Animals"; P = "Dyfed-Powys Police"; W = "Welsh Government"
actors = [
 A(R, "organization", aliases=[R, "RSPCA", "RSPCA's"]),
 A("Nerys Pugh", "person", ["head of inspectorate for Wales", "former police officer"], R, False, ["Nerys Pugh", "Pugh"]),
 A(P, "government"),
 A(W, "government"),
 A("Huw Brannigan", "person", ["rural affairs minister"], W),
 A("Alun Rees-Morgan", "person", ["former head of animal health"], "", True),
 A("Carmarthenshire County Council", "government"),
 A("Kennel Club", "organization"),
 A("Plaid Cymru", "party"),
 A("Welsh Conservatives", "party"),
 A("Senedd", "government"),
]
quotes = [
 Q("Illegal puppy farms in west Wales are exploiting a loophole in licensing rules to sell thousands of dogs a year", "indirect", [R]),
 Q("breeders were registering litters under the names of relatives so that each household stayed below the threshold of three litters a year, above which a licence is required", "indirect", [R]),
 Q("Its inspectors had found 41 such operations in Carmarthenshire and Ceredigion since January", "indirect", [R]),
 Q("These are not family pets having the odd litter. They are factories,", "direct", ["Nerys Pugh"]),
 Q("some dogs had been kept in converted shipping containers with no natural light", "indirect", ["Nerys Pugh"]),
 Q("the charity had passed evidence on 12 breeders to Dyfed-Powys Police", "indirect", ["Nerys Pugh"]),
 Q("it had received the files", "indirect", [P]),
 Q("whether any arrests had been made", "indirect", [P], neg=True),
 Q("it would consult on lowering the threshold to two litters this summer", "indirect", [W]),
 Q("ministers were ‘determined to close every gap the breeders find’", "mixed", ["Huw Brannigan"]),
 Q("the consultation had been delayed twice by disagreements over how councils would pay for extra inspections", "indirect", [], "A senior Welsh Government official"),
 Q("they cannot cope", "indirect", [], "Councils"),
 Q("each licensed site needed at least four inspections a year", "indirect", ["Alun Rees-Morgan"]),
 Q("With two inspectors for the whole county, the arithmetic does not work,", "direct", ["Alun Rees-Morgan"]),
 Q("fines were too small to deter anyone earning £100,000 a year from puppies", "indirect", ["Alun Rees-Morgan"]),
 Q("buyers should ask to see puppies with their mothers and walk away if a seller offered to meet in a car park", "indirect", ["Kennel Club"]),
 Q("the Senedd should hold an emergency debate", "indirect", ["Plaid Cymru", "Welsh Conservatives"]),
]
build("uk_02_puppy_farms", "uk_broadsheet", "animal welfare", T, actors, quotes,
      ["Wales", "Carmarthenshire", "Ceredigion"])
