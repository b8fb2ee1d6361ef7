from lib import *
T = """
Briefing by the Alder County Sheriff's Office on the search for two missing hikers, Cedar Springs, Colo., Sunday, 4 p.m.

Participants: Sheriff Martin Haverly, Alder County Sheriff's Office; Capt. Rhea Salgado, incident commander, Alder County Sheriff's Office; Ben Kariuki, coordinator, Alder County Search and Rescue.

SHERIFF HAVERLY: Good afternoon. As of two o'clock we have about 140 people in the field, plus two helicopters from the Colorado National Guard. The hikers, a 24-year-old man and his 22-year-old sister, were last seen Thursday morning at the Granite Gulch trailhead. Their car is still there.

CAPT. SALGADO: We've divided the search area into 31 sectors. Eighteen have been cleared. The terrain above the tree line is the hard part, and the overnight low is forecast at nine degrees.

QUESTION: Is this still a rescue or is it a recovery?

SHERIFF HAVERLY: It is a rescue. I'm not going to speculate beyond that.

QUESTION: Has the family said anything?

SHERIFF HAVERLY: The family has asked for privacy, and I'll respect that. They told us the two are experienced and carried a tent.

MR. KARIUKI: I'd add that we've had more than 300 volunteers call in. We can't use most of them. Please don't come up here on your own; you'll end up as the next search.

QUESTION: Jenna Villalobos, KVTR. The Forest Service closed the upper trail last year over rockfall. Were the hikers on a closed trail?

SHERIFF HAVERLY: We don't know that yet. The Forest Service told us this morning the closure signs were still up on Friday.

CAPT. SALGADO: One thing I can tell you: the National Weather Service says we have a window tomorrow morning before the next front. We'll put everything into that window.

QUESTION: Will you release the hikers' names?

SHERIFF HAVERLY: Not today. Thank you all.
"""
S = "Alder County Sheriff's Office"; SAR = "Alder County Search and Rescue"
actors = [
 A(S, "government"),
 A("Martin Haverly", "person", ["Sheriff"], S, False, ["Sheriff Martin Haverly", "Martin Haverly", "SHERIFF HAVERLY"]),
 A("Rhea Salgado", "person", ["Captain", "incident commander"], S, False, ["Capt. Rhea Salgado", "Rhea Salgado", "CAPT. SALGADO"]),
 A("Ben Kariuki", "person", ["coordinator"], SAR, False, ["Ben Kariuki", "MR. KARIUKI"]),
 A(SAR, "organization"),
 A("Colorado National Guard", "government"),
 A("Jenna Villalobos", "person", [], "KVTR"),
 A("KVTR", "media"),
 A("Forest Service", "government"),
 A("National Weather Service", "government"),
]
t1 = "Good afternoon. As of two o'clock we have about 140 people in the field, plus two helicopters from the Colorado National Guard. The hikers, a 24-year-old man and his 22-year-old sister, were last seen Thursday morning at the Granite Gulch trailhead. Their car is still there."
t2 = "We've divided the search area into 31 sectors. Eighteen have been cleared. The terrain above the tree line is the hard part, and the overnight low is forecast at nine degrees."
t3 = "It is a rescue. I'm not going to speculate beyond that."
t4 = "The family has asked for privacy, and I'll respect that. They told us the two are experienced and carried a tent."
t5 = "I'd add that we've had more than 300 volunteers call in. We can't use most of them. Please don't come up here on your own; you'll end up as the next search."
t6 = "Jenna Villalobos, KVTR. The Forest Service closed the upper trail last year over rockfall. Were the hikers on a closed trail?"
t7 = "We don't know that yet. The Forest Service told us this morning the closure signs were still up on Friday."
t8 = "One thing I can tell you: the National Weather Service says we have a window tomorrow morning before the next front. We'll put everything into that window."
t9 = "Not today. Thank you all."
quotes = [
 Q(t1, "direct", ["Martin Haverly"]),
 Q(t2, "direct", ["Rhea Salgado"]),
 Q(t3, "direct", ["Martin Haverly"]),
 Q(t4, "direct", ["Martin Haverly"]),
 Q("the two are experienced and carried a tent", "indirect", [], "The family"),
 Q(t5, "direct", ["Ben Kariuki"]),
 Q(t6, "direct", ["Jenna Villalobos"]),
 Q(t7, "direct", ["Martin Haverly"]),
 Q("the closure signs were still up on Friday", "indirect", ["Forest Service"]),
 Q(t8, "direct", ["Rhea Salgado"]),
 Q("we have a window tomorrow morning before the next front", "indirect", ["National Weather Service"]),
 Q(t9, "direct", ["Martin Haverly"]),
]
build("tr_01_search_briefing", "transcript", "missing hikers", T, actors, quotes,
      ["QUESTION", "Cedar Springs", "Colo.", "Granite Gulch"])
