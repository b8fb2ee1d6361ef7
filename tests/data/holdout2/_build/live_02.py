from lib import *
T = """
Stonebridge Trust-Keystone Merger Vote: Live Coverage

11:52 a.m. ET
Shareholders Approve Deal
Shareholders of Stonebridge Trust Bancorp voted 71% in favor of the $9.4 billion merger with Keystone Financial, the company said in a preliminary tally. Keystone investors approved the deal on Tuesday.

11:30 a.m. ET
Fairweather Defends Deal
Stonebridge Trust CEO Raymond Fairweather told the meeting that the combined bank would save $400 million a year "without closing a single branch in Pennsylvania." Asked by a shareholder about job cuts, Fairweather said about 1,100 back-office roles would go over three years. He did not say whether branches outside the state would close.

11:05 a.m. ET
Proxy Adviser Dissents
Sextant Proxy Services had urged shareholders to vote against. The adviser said in a report last week that the price gave Keystone shareholders too much of the combined company.

10:40 a.m. ET
Regulators Still Reviewing
The deal still needs approval from the Federal Reserve and the Office of the Comptroller of the Currency (OCC). An OCC spokesperson said the review was continuing.

10:15 a.m. ET
Senator Raises Concerns
Sen. Lorraine Kittredge (D-Pa.) wrote to both regulators on Monday asking them to hold public hearings. In the letter, she wrote that the merger "would leave western Pennsylvania with one fewer place to borrow."

9:50 a.m. ET
Shares Edge Up
Stonebridge Trust shares (HTBK.O) rose 1.2% in early trading, while the KBW Nasdaq Bank Index was flat. "The vote was never really in doubt; the regulators are the story now," said Marcus Olufemi, a bank analyst at Tidewell Research.

9:30 a.m. ET
Protest Outside
About 40 members of the community group Fair Lending Pittsburgh gathered outside the meeting. Its organizer, Teresa Wnuk, said the group would file a formal objection with the Fed.
"""
H = "Stonebridge Trust Bancorp"; K = "Keystone Financial"; O = "Office of the Comptroller of the Currency"; F = "Fair Lending Pittsburgh"
actors = [
 A(H, "company", aliases=[H, "Stonebridge Trust"]),
 A(K, "company", aliases=[K, "Keystone"]),
 A("Raymond Fairweather", "person", ["CEO"], H, False, ["Stonebridge Trust CEO Raymond Fairweather", "Raymond Fairweather", "Fairweather"]),
 A("Sextant Proxy Services", "company"),
 A("Federal Reserve", "government", aliases=["Federal Reserve", "Fed"]),
 A(O, "government", aliases=[O, "OCC"]),
 A("Lorraine Kittredge", "person", ["senator", "Democrat of Pennsylvania"], "", False, ["Sen. Lorraine Kittredge", "Lorraine Kittredge"]),
 A("Marcus Olufemi", "person", ["bank analyst"], "Tidewell Research", True),
 A("Tidewell Research", "company"),
 A(F, "organization"),
 A("Teresa Wnuk", "person", ["organizer"], F),
]
quotes = [
 Q("Shareholders of Stonebridge Trust Bancorp voted 71% in favor of the $9.4 billion merger with Keystone Financial", "indirect", [H]),
 Q('the combined bank would save $400 million a year "without closing a single branch in Pennsylvania."', "mixed", ["Raymond Fairweather"]),
 Q("about 1,100 back-office roles would go over three years", "indirect", ["Raymond Fairweather"]),
 Q("whether branches outside the state would close", "indirect", ["Raymond Fairweather"], neg=True),
 Q("the price gave Keystone shareholders too much of the combined company", "indirect", ["Sextant Proxy Services"]),
 Q("the review was continuing", "indirect", [O]),
 Q('the merger "would leave western Pennsylvania with one fewer place to borrow."', "mixed", ["Lorraine Kittredge"]),
 Q("The vote was never really in doubt; the regulators are the story now,", "direct", ["Marcus Olufemi"]),
 Q("the group would file a formal objection with the Fed", "indirect", ["Teresa Wnuk"]),
]
build("live_02_bank_merger", "liveblog", "banking", T, actors, quotes,
      ["ET", "HTBK.O", "KBW Nasdaq Bank Index", "Pennsylvania", "D-Pa."])
