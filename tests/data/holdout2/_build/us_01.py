from lib import *
T = """
Regulators Cut Cod Quota, Angering New England Fleet

By Harriet Quill

GLOUCESTER, Mass. — Federal regulators on Tuesday cut the Gulf of Maine cod quota by 40 percent for next season. Fishermen said the decision would push dozens of family boats out of business.

The National Oceanic and Atmospheric Administration said in its final rule that the stock had fallen to "the lowest level in our survey record," leaving a smaller catch as the only way to let it rebuild. The agency's regional administrator, Dr. Celia Brambati, said the cut had been delayed a year to give the fleet time to adjust.

"We did not make this decision lightly," Dr. Brambati said in an interview. "But if we wait another season, there may not be a fishery to argue about."

Sen. Thomas Ruddock, Democrat of Maine, called the rule "a death sentence written in a spreadsheet" and said he would press NOAA to fund a buyback program. Mr. Ruddock declined to say whether he would try to block the rule in the appropriations bill.

In Gloucester, the mood on the docks was grim. Angela Furtado, who runs two trawlers out of the harbor with her brother, Nick, said the quota for her boats would no longer cover fuel. "Nick and I have done this for thirty years," she said. "Our father did it for forty." Nick Furtado said the family would probably sell one boat by spring.

The Northeast Seafood Coalition, a trade group, said in a statement that the agency's survey vessel had missed areas where cod were abundant. Its executive director, Leon Abrams, said the group was considering a lawsuit.

Scientists were less sure that the survey was at fault. Dr. Priya Raman, a fisheries biologist at the Woods Hole Oceanographic Institution, said warming water in the gulf had pushed young cod into deeper, colder areas. "The survey is not perfect, but it is not blind either," Dr. Raman said. She added that the warming trend would make any recovery slower than the agency projected.

A NOAA spokeswoman said the agency would hold three public meetings in Maine and Massachusetts next month. She did not say whether the quota could be revised before the season opens on May 1.

Gov. Denise Oberlin of Massachusetts said in a statement that the state would offer low-interest loans to affected boat owners.
"""
N = "National Oceanic and Atmospheric Administration"
actors = [
 A(N, "government", aliases=[N, "NOAA"]),
 A("Celia Brambati", "person", ["regional administrator"], N, False, ["Dr. Celia Brambati", "Celia Brambati", "Dr. Brambati"]),
 A("Thomas Ruddock", "person", ["senator", "Democrat of Maine"], "", False, ["Sen. Thomas Ruddock", "Thomas Ruddock", "Mr. Ruddock"]),
 A("Angela Furtado", "person", [], "", False, ["Angela Furtado"]),
 A("Nick Furtado", "person", [], "", False, ["Nick Furtado", "Nick"]),
 A("Northeast Seafood Coalition", "organization"),
 A("Leon Abrams", "person", ["executive director"], "Northeast Seafood Coalition"),
 A("Priya Raman", "person", ["fisheries biologist"], "Woods Hole Oceanographic Institution", True, ["Dr. Priya Raman", "Priya Raman", "Dr. Raman"]),
 A("Woods Hole Oceanographic Institution", "organization"),
 A("Denise Oberlin", "person", ["governor"], "", False, ["Gov. Denise Oberlin", "Denise Oberlin"]),
]
quotes = [
 Q("the decision would push dozens of family boats out of business", "indirect", [], "Fishermen"),
 Q('the stock had fallen to "the lowest level in our survey record," leaving a smaller catch as the only way to let it rebuild', "mixed", [N]),
 Q("the cut had been delayed a year to give the fleet time to adjust", "indirect", ["Celia Brambati"]),
 Q("We did not make this decision lightly,", "direct", ["Celia Brambati"]),
 Q("But if we wait another season, there may not be a fishery to argue about.", "direct", ["Celia Brambati"]),
 Q('the rule "a death sentence written in a spreadsheet"', "mixed", ["Thomas Ruddock"]),
 Q("he would press NOAA to fund a buyback program", "indirect", ["Thomas Ruddock"]),
 Q("whether he would try to block the rule in the appropriations bill", "indirect", ["Thomas Ruddock"], neg=True),
 Q("the quota for her boats would no longer cover fuel", "indirect", ["Angela Furtado"]),
 Q("Nick and I have done this for thirty years,", "direct", ["Angela Furtado"]),
 Q("Our father did it for forty.", "direct", ["Angela Furtado"]),
 Q("the family would probably sell one boat by spring", "indirect", ["Nick Furtado"]),
 Q("the agency's survey vessel had missed areas where cod were abundant", "indirect", ["Northeast Seafood Coalition"]),
 Q("the group was considering a lawsuit", "indirect", ["Leon Abrams"]),
 Q("warming water in the gulf had pushed young cod into deeper, colder areas", "indirect", ["Priya Raman"]),
 Q("The survey is not perfect, but it is not blind either,", "direct", ["Priya Raman"]),
 Q("the warming trend would make any recovery slower than the agency projected", "indirect", ["Priya Raman"]),
 Q("the agency would hold three public meetings in Maine and Massachusetts next month", "indirect", [N]),
 Q("whether the quota could be revised before the season opens on May 1", "indirect", [N], neg=True),
 Q("the state would offer low-interest loans to affected boat owners", "indirect", ["Denise Oberlin"]),
]
build("us_01_fisheries", "us_broadsheet", "fisheries", T, actors, quotes,
      ["Harriet Quill", "GLOUCESTER", "Mass.", "Gloucester", "Maine", "Massachusetts", "Gulf of Maine"])
