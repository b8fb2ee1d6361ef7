STYLE = "us_broadsheet"; TOPIC = "housing"
ACTORS = [
 A("Sacramento City Council", "government"),
 A("Darnell Whitacre", roles=["Mayor"], al=["Darnell Whitacre", "Mayor Darnell Whitacre", "Mr. Whitacre"]),
 A("California Department of Housing and Community Development", "government"),
 A("Ines Fairbanks", roles=["Councilwoman", "representative of the eastern districts"], aff="Sacramento City Council", al=["Ines Fairbanks", "Councilwoman Ines Fairbanks", "Ms. Fairbanks"]),
 A("East Sacramento Neighborhood Coalition", "organization"),
 A("Rohan Castellanos", roles=["vice president"], aff="Bridgeline Homes"),
 A("Bridgeline Homes", "company"),
 A("Nadia Strozzi", roles=["senior fellow"], aff="Harwell Center for Housing Policy", exp=True),
 A("Harwell Center for Housing Policy", "organization"),
 A("Jonah Kressler", roles=["chief economist"], aff="Tidewater Bank", exp=True, al=["Jonah Kressler", "Mr. Kressler"]),
 A("Tidewater Bank", "company"),
 A("Tamsin Oyelaran", roles=["spokeswoman for the mayor"]),
]
QUOTES = [
 Q("the most important thing this council has done in a generation.", "direct", ["Darnell Whitacre"]),
 Q("the city needed 40,000 new homes by 2035 and was building fewer than 2,000 a year", "indirect", ["Darnell Whitacre"]),
 Q("We have been arguing about this since before some of our residents were born,", "direct", ["Darnell Whitacre"]),
 Q("Tonight we stopped arguing.", "direct", ["Darnell Whitacre"]),
 Q("The city has approved an average of 1,850 homes a year since 2015", "indirect", ["California Department of Housing and Community Development"]),
 Q("it would \"hand whole blocks to out-of-town investors.\"", "mixed", ["Ines Fairbanks"]),
 Q("she would ask her colleagues to revisit the height limit next spring", "indirect", ["Ines Fairbanks"]),
 Q("whether she had the votes to do so", "indirect", ["Ines Fairbanks"], neg=True),
 Q("it was weighing a lawsuit under the state's environmental law", "indirect", ["East Sacramento Neighborhood Coalition"]),
 Q("the company had 1,100 units it could start \"within 18 months if the permits move.\"", "mixed", ["Rohan Castellanos"]),
 Q("upzoning rarely lowered rents quickly on its own", "indirect", ["Nadia Strozzi"]),
 Q("Zoning is permission, not construction,", "direct", ["Nadia Strozzi"]),
 Q("high interest rates remained a bigger brake on building than zoning", "indirect", ["Jonah Kressler"]),
 Q("only a third of the newly eligible lots would be redeveloped within a decade", "indirect", ["Jonah Kressler"]),
 Q("the city would publish a map of eligible parcels by Friday", "indirect", ["Tamsin Oyelaran"]),
]
NON_ACTORS = ["SACRAMENTO", "Oakland"]
