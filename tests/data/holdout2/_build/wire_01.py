from lib import *
T = """
Ivory Coast cocoa arrivals slump as rains hit harvest

By Aminata Kouassi

ABIDJAN, March 4 (Reuters) - Cocoa arrivals at Ivory Coast's ports fell 28% in the season so far, exporters estimated on Tuesday, as heavy rains damaged the main crop and pushed New York futures to a three-month high.

Farmers delivered about 1.21 million tonnes to the ports of Abidjan and San Pedro between Oct. 1 and March 2, compared with 1.68 million in the same period last season, according to exporters' estimates seen by Reuters.

"The beans are small and many are mouldy. Buyers are rejecting whole trucks," an exporter in San Pedro told Reuters, asking not to be named because he was not authorised to speak to the media.

The Coffee and Cocoa Council (CCC), the industry regulator, said in a statement that it had "no reason to revise" its forecast for the season. A CCC official, who declined to be identified, said the regulator would review the figures at the end of the month.

Two sources at multinational grinders said they had already cut their purchase targets for the mid-crop, which starts in April.

Benchmark New York cocoa futures CCc1 rose 3.1% to $8,412 a tonne by 1430 GMT. London futures LCCc1 added 2.4%.

"The market is pricing in a second bad year in a row, and there is very little stock left to cushion it," said Jonathan Perrault, head of soft commodities research at Thackery Brothers Bank in London.

Ghana, the world's second-largest producer, also faces a shortfall. The Ghana Cocoa Board and Ivory Coast's CCC said in a joint statement last month that the two countries would coordinate their minimum farmgate prices for next season.

Farmers' group SYNAPCI said its members had not been paid for deliveries made in January. Its secretary general, Koffi N'Guessan, told Reuters that some farmers were selling beans to smugglers who took them across the border into Ghana. The regulator did not respond to a request for comment on the smuggling claims.

(Reporting by Aminata Kouassi; Additional reporting by Maxwell Owusu in Accra; Editing by Peter Graves)
"""
C = "Coffee and Cocoa Council"; G = "Ghana Cocoa Board"
actors = [
 A("Ivory Coast", "country", aliases=["Ivory Coast", "Ivory Coast's"]),
 A("Reuters", "media"),
 A(C, "government", aliases=[C, "CCC"]),
 A("Jonathan Perrault", "person", ["head of soft commodities research"], "Thackery Brothers Bank", True),
 A("Thackery Brothers Bank", "company"),
 A("Ghana", "country"),
 A(G, "government"),
 A("SYNAPCI", "organization"),
 A("Koffi N'Guessan", "person", ["secretary general"], "SYNAPCI"),
]
quotes = [
 Q("Cocoa arrivals at Ivory Coast's ports fell 28% in the season so far", "indirect", [], "exporters"),
 Q("Farmers delivered about 1.21 million tonnes to the ports of Abidjan and San Pedro between Oct. 1 and March 2, compared with 1.68 million in the same period last season", "indirect", [], "exporters' estimates"),
 Q("The beans are small and many are mouldy. Buyers are rejecting whole trucks,", "direct", [], "an exporter in San Pedro"),
 Q('it had "no reason to revise" its forecast for the season', "mixed", [C]),
 Q("the regulator would review the figures at the end of the month", "indirect", [], "A CCC official"),
 Q("they had already cut their purchase targets for the mid-crop, which starts in April", "indirect", [], "Two sources at multinational grinders"),
 Q("The market is pricing in a second bad year in a row, and there is very little stock left to cushion it,", "direct", ["Jonathan Perrault"]),
 Q("the two countries would coordinate their minimum farmgate prices for next season", "indirect", [G, C]),
 Q("its members had not been paid for deliveries made in January", "indirect", ["SYNAPCI"]),
 Q("some farmers were selling beans to smugglers who took them across the border into Ghana", "indirect", ["Koffi N'Guessan"]),
]
build("wire_01_cocoa", "wire", "commodities", T, actors, quotes,
      ["Aminata Kouassi", "Maxwell Owusu", "Peter Graves", "ABIDJAN", "Abidjan", "San Pedro", "Accra", "London", "New York", "GMT", "CCc1", "LCCc1"])
