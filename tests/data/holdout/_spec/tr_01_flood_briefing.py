STYLE = "transcript"; TOPIC = "disaster"
ACTORS = [
 A("Jeanne Pelletier", roles=["governor"], al=["Jeanne Pelletier", "Gov. Jeanne Pelletier", "GOV. PELLETIER"]),
 A("Federal Emergency Management Agency", "government", al=["Federal Emergency Management Agency", "FEMA"]),
 A("Samuel Okwu", roles=["Regional Administrator"], aff="Federal Emergency Management Agency", al=["Samuel Okwu", "FEMA Regional Administrator Samuel Okwu", "MR. OKWU", "Administrator Okwu", "Mr. Okwu"]),
 A("Denise Arceneaux", roles=["Mayor"], al=["Denise Arceneaux", "Mayor Denise Arceneaux", "MAYOR ARCENEAUX"]),
 A("National Weather Service", "government"),
 A("Army Corps of Engineers", "government", al=["Army Corps of Engineers", "Corps"]),
 A("Broussard-Tate", roles=["Speaker"], al=["Speaker Broussard-Tate"]),
 A("Hollings", roles=["Senate President"], al=["Senate President Hollings"]),
]
QUOTES = [
 Q("Good afternoon. As of this morning, 2,340 homes in the parish have been inspected and about 1,100 are uninhabitable. The National Weather Service tells us the river will crest again Thursday at around 31 feet, so this is not over. I have asked the President for a major disaster declaration, and I am grateful to Administrator Okwu for being here.", "direct", ["Jeanne Pelletier"]),
 Q("the river will crest again Thursday at around 31 feet", "indirect", ["National Weather Service"]),
 Q("Thank you, Governor. The Federal Emergency Management Agency has 140 staff on the ground and two disaster recovery centers open as of today. Residents can apply for assistance online or at either center. I want to be clear that you do not need to wait for the declaration to register.", "direct", ["Samuel Okwu"]),
 Q("the Bayou Rigaud levee was \"performing as designed.\"", "mixed", ["Army Corps of Engineers"]),
 Q("The Corps and I have a difference of opinion on that. I have been on that levee. Water came over the top of it for six hours.", "direct", ["Jeanne Pelletier"]),
 Q("I'm not going to give you a date I can't keep. We are moving units from Texas now, and I will update the governor every day.", "direct", ["Samuel Okwu"]),
 Q("If I could add something. Our fire chief told me this morning that we still have eleven families on rooftops or in attics in the south end of town. We need boats more than we need trailers right now.", "direct", ["Denise Arceneaux"]),
 Q("we still have eleven families on rooftops or in attics in the south end of town", "indirect", [], anon="Our fire chief"),
 Q("I've spoken with Speaker Broussard-Tate and Senate President Hollings, and they both told me they are ready to call a special session. Nobody in Baton Rouge is going to let Lafitte drown twice.", "direct", ["Jeanne Pelletier"]),
 Q("they are ready to call a special session", "indirect", ["Broussard-Tate", "Hollings"]),
]
NON_ACTORS = ["Q", "Bayou Rigaud", "Texas", "Baton Rouge", "Lafitte"]
