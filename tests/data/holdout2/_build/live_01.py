from lib import *
T = """
Kalbarra Mine Collapse: Live Updates

18:40 AWST
All Nine Workers Reached
Rescuers have reached all nine miners trapped underground at the Kalbarra gold mine, operator Tarrant Gold said. "Every one of them is talking and every one of them is walking," chief executive Fiona McAuley told reporters at the mine gate. She said the first three would be brought to the surface within the hour.

17:55 AWST
Premier Praises Crews
Western Australia Premier Ross Tindall said the rescue crews had worked "without sleep and without complaint" for 31 hours. He would not say whether the government would order an inquiry into the collapse.

17:20 AWST
Union Calls For Answers
The Australian Workers' Union (AWU) said the section of tunnel that collapsed had been flagged as unstable in a safety report in August. Its state secretary, Kylie Marr, said: "Someone read that report and decided to keep digging." Tarrant Gold said it was reviewing the claim.

16:45 AWST
Shares Suspended
Tarrant Gold (ASX: TGX) asked for a trading halt before the market opened. The S&P/ASX 200 closed 0.3% lower.

16:10 AWST
'Textbook' Rescue, Expert Says
Dr. Hamish Whitlam, a professor of mining engineering at Curtin University who has advised on three previous rescues, said the crews had followed procedure "to the letter". He said the refuge chamber where the miners sheltered held enough air and water for four days. "Those chambers exist for exactly this moment," he said.

15:30 AWST
Families Wait
Relatives gathered at the community hall in Kalbarra, where Red Cross volunteers served meals. A Red Cross spokeswoman said counsellors would stay in town through the weekend.

14:50 AWST
Regulator Sends Inspectors
The state's mine safety regulator, WorkSafe WA, said it had sent four inspectors to the site. A spokesman said the agency would not comment on the cause of the collapse while the rescue was under way.
"""
TG = "Tarrant Gold"; AWU = "Australian Workers' Union"; WS = "WorkSafe WA"
actors = [
 A(TG, "company"),
 A("Fiona McAuley", "person", ["chief executive"], TG, False, ["chief executive Fiona McAuley", "Fiona McAuley"]),
 A("Ross Tindall", "person", ["Western Australia Premier"], "", False, ["Western Australia Premier Ross Tindall", "Ross Tindall"]),
 A(AWU, "organization", aliases=[AWU, "AWU"]),
 A("Kylie Marr", "person", ["state secretary"], AWU),
 A("Hamish Whitlam", "person", ["professor of mining engineering"], "Curtin University", True, ["Dr. Hamish Whitlam", "Hamish Whitlam"]),
 A("Curtin University", "organization"),
 A("Red Cross", "organization"),
 A(WS, "government"),
]
quotes = [
 Q("Rescuers have reached all nine miners trapped underground at the Kalbarra gold mine", "indirect", [TG]),
 Q("Every one of them is talking and every one of them is walking,", "direct", ["Fiona McAuley"]),
 Q("the first three would be brought to the surface within the hour", "indirect", ["Fiona McAuley"]),
 Q('the rescue crews had worked "without sleep and without complaint" for 31 hours', "mixed", ["Ross Tindall"]),
 Q("whether the government would order an inquiry into the collapse", "indirect", ["Ross Tindall"], neg=True),
 Q("the section of tunnel that collapsed had been flagged as unstable in a safety report in August", "indirect", [AWU]),
 Q("Someone read that report and decided to keep digging.", "direct", ["Kylie Marr"]),
 Q("it was reviewing the claim", "indirect", [TG]),
 Q('the crews had followed procedure "to the letter"', "mixed", ["Hamish Whitlam"]),
 Q("the refuge chamber where the miners sheltered held enough air and water for four days", "indirect", ["Hamish Whitlam"]),
 Q("Those chambers exist for exactly this moment,", "direct", ["Hamish Whitlam"]),
 Q("counsellors would stay in town through the weekend", "indirect", ["Red Cross"]),
 Q("it had sent four inspectors to the site", "indirect", [WS]),
 Q("the agency would not comment on the cause of the collapse while the rescue was under way", "indirect", [WS]),
]
build("live_01_mine_rescue", "liveblog", "mining accident", T, actors, quotes,
      ["AWST", "ASX", "TGX", "S&P/ASX 200", "Kalbarra"])
