from lib import *
T = """
Dutch brewer Van Oosten rejects $16.9 billion Redmill bid

AMSTERDAM, June 11 (Reuters) - Dutch brewer Van Oosten NV (VOOS.AS) on Wednesday rejected a 14.6 billion euro ($16.9 billion) takeover offer from U.S.-based Redmill Beverages (RMB.N), saying the bid "significantly undervalues" the company.

Van Oosten's supervisory board said in a statement that the offer of 52 euros per share was well below its own estimate of the brewer's value.

Redmill, which makes Canyon Ridge lager and a range of energy drinks, said it remained "fully committed" to the deal and was considering taking the offer directly to shareholders. The company declined to say whether it would raise its price.

Two people familiar with the matter told Reuters that Redmill had lined up financing from Calder & Finch and two other banks, and could raise its offer by as much as 10%. One of the people said Redmill's chief executive, Alicia Stroud, had met Van Oosten's largest shareholder, the Dutch pension fund PZV, last week.

Stroud told analysts in May that Europe was "the biggest gap in our map." PZV did not respond to a request for comment.

Shares in Van Oosten jumped 11% to 49.80 euros by 1015 GMT, while Redmill shares were indicated 2% lower in premarket trading.

"The market is telling Redmill it will have to pay more," said Sophie Engström, a consumer analyst at Nordhaven Securities. She said a bid closer to 58 euros per share would be hard for the board to refuse.

The Dutch Ministry of Economic Affairs said it would examine whether the deal raised concerns about jobs. Van Oosten employs 4,000 people in the Netherlands. A ministry spokeswoman declined to comment further.

The FNV and CNV unions said in a joint statement that they would "resist any plan to close Dutch breweries" and asked for a meeting with both companies.

(Reporting by Lotte Verhagen; Editing by Simon Vreeland)
"""
V = "Van Oosten NV"; R = "Redmill Beverages"; M = "Ministry of Economic Affairs"
actors = [
 A(V, "company", aliases=[V, "Van Oosten", "Van Oosten's"]),
 A(R, "company", aliases=[R, "Redmill", "Redmill's"]),
 A("Reuters", "media"),
 A("Calder & Finch", "company"),
 A("Alicia Stroud", "person", ["chief executive"], R, False, ["Alicia Stroud", "Stroud"]),
 A("PZV", "company"),
 A("Sophie Engström", "person", ["consumer analyst"], "Nordhaven Securities", True),
 A("Nordhaven Securities", "company"),
 A(M, "government"),
 A("FNV", "organization"),
 A("CNV", "organization"),
]
quotes = [
 Q('the bid "significantly undervalues" the company', "mixed", [V]),
 Q("the offer of 52 euros per share was well below its own estimate of the brewer's value", "indirect", [V]),
 Q('it remained "fully committed" to the deal and was considering taking the offer directly to shareholders', "mixed", [R]),
 Q("whether it would raise its price", "indirect", [R], neg=True),
 Q("Redmill had lined up financing from Calder & Finch and two other banks, and could raise its offer by as much as 10%", "indirect", [], "Two people familiar with the matter"),
 Q("Redmill's chief executive, Alicia Stroud, had met Van Oosten's largest shareholder, the Dutch pension fund PZV, last week", "indirect", [], "One of the people"),
 Q('Europe was "the biggest gap in our map."', "mixed", ["Alicia Stroud"]),
 Q("The market is telling Redmill it will have to pay more,", "direct", ["Sophie Engström"]),
 Q("a bid closer to 58 euros per share would be hard for the board to refuse", "indirect", ["Sophie Engström"]),
 Q("it would examine whether the deal raised concerns about jobs", "indirect", [M]),
 Q('they would "resist any plan to close Dutch breweries"', "mixed", ["FNV", "CNV"]),
]
build("wire_02_takeover", "wire", "mergers", T, actors, quotes,
      ["AMSTERDAM", "U.S.", "VOOS.AS", "RMB.N", "GMT", "Canyon Ridge", "Netherlands", "Lotte Verhagen", "Simon Vreeland"])
