from lib import *
T = """
Museum Agrees to Return 300 Artifacts to Tribe

By Owen Merrivale

CHICAGO — The Carraway Museum of Art will return more than 300 ceremonial objects to the Kessawa Nation, ending a dispute that began when tribal leaders first asked for them in 1994, the museum said on Monday.

The objects, including carved pipes and beaded shirts, were collected by a railroad surveyor in the 1880s and given to the museum by his grandson. Under the Native American Graves Protection and Repatriation Act, known as NAGPRA, museums must consult tribes about such items and return them when the tribes can show a cultural link.

"We should have done this thirty years ago," said Marguerite Olan, the museum's director, who took over in 2023. "I am not going to defend the decisions of the people who sat in this chair before me."

Ms. Olan said the museum had hired two researchers from the tribe to help catalog the collection before the transfer.

Lorena Whitehorse, who chairs the Kessawa Nation Tribal Council, said the council would hold a ceremony when the objects arrive in the spring. "Our grandparents asked. Our parents asked. We asked," Ms. Whitehorse said. "Now our children will see them come home."

The Interior Department, which enforces the law, had opened an inquiry into the museum last year after a complaint from the tribe. A department spokesman said the inquiry had been closed. He would not say whether the museum had faced a fine.

Reps. Daniel Okonkwo and Sheryl Pratt, who wrote the 2024 amendments that tightened the law's deadlines, said in a joint statement that the agreement showed "the law finally has teeth." Mr. Okonkwo, a Democrat from New Mexico, has pressed the Interior Department to publish a list of museums that have missed deadlines.

Not everyone is satisfied. Dr. Samuel Becket, an anthropologist at the University of Minnesota who has studied the museum's collection, said dozens of other objects, labeled only as "Plains, unknown," might also belong to the tribe. "Nobody has looked at those boxes since the Eisenhower administration," he said.

Ms. Olan said the museum would review them next year.
"""
M = "Carraway Museum of Art"; K = "Kessawa Nation"; KC = "Kessawa Nation Tribal Council"; I = "Interior Department"
actors = [
 A(M, "organization"),
 A(K, "government"),
 A(KC, "government"),
 A("Marguerite Olan", "person", ["director"], M, False, ["Marguerite Olan", "Ms. Olan"]),
 A("Lorena Whitehorse", "person", ["chair"], KC, False, ["Lorena Whitehorse", "Ms. Whitehorse"]),
 A(I, "government"),
 A("Daniel Okonkwo", "person", ["representative", "Democrat from New Mexico"], "", False, ["Daniel Okonkwo", "Mr. Okonkwo"]),
 A("Sheryl Pratt", "person", ["representative"], "", False, ["Sheryl Pratt"]),
 A("Samuel Becket", "person", ["anthropologist"], "University of Minnesota", True, ["Dr. Samuel Becket", "Samuel Becket"]),
 A("University of Minnesota", "organization"),
]
quotes = [
 Q("The Carraway Museum of Art will return more than 300 ceremonial objects to the Kessawa Nation, ending a dispute that began when tribal leaders first asked for them in 1994", "indirect", [M]),
 Q("We should have done this thirty years ago,", "direct", ["Marguerite Olan"]),
 Q("I am not going to defend the decisions of the people who sat in this chair before me.", "direct", ["Marguerite Olan"]),
 Q("the museum had hired two researchers from the tribe to help catalog the collection before the transfer", "indirect", ["Marguerite Olan"]),
 Q("the council would hold a ceremony when the objects arrive in the spring", "indirect", ["Lorena Whitehorse"]),
 Q("Our grandparents asked. Our parents asked. We asked,", "direct", ["Lorena Whitehorse"]),
 Q("Now our children will see them come home.", "direct", ["Lorena Whitehorse"]),
 Q("the inquiry had been closed", "indirect", [I]),
 Q("whether the museum had faced a fine", "indirect", [I], neg=True),
 Q('the agreement showed "the law finally has teeth."', "mixed", ["Daniel Okonkwo", "Sheryl Pratt"]),
 Q('dozens of other objects, labeled only as "Plains, unknown," might also belong to the tribe', "mixed", ["Samuel Becket"]),
 Q("Nobody has looked at those boxes since the Eisenhower administration,", "direct", ["Samuel Becket"]),
 Q("the museum would review them next year", "indirect", ["Marguerite Olan"]),
]
build("us_02_repatriation", "us_broadsheet", "museums", T, actors, quotes,
      ["Owen Merrivale", "CHICAGO", "New Mexico", "Native American Graves Protection and Repatriation Act", "NAGPRA", "Eisenhower administration"])
