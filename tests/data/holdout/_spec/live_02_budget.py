STYLE = "liveblog"; TOPIC = "economy"
ACTORS = [
 A("Sanjay Dholakia", roles=["chief UK economist"], aff="Pemberton Bank", exp=True),
 A("Pemberton Bank", "company"),
 A("Office for Budget Responsibility", "government", al=["Office for Budget Responsibility", "OBR"]),
 A("Rhodri Vane", roles=["shadow chancellor"], al=["Rhodri Vane", "Vane"]),
 A("Harriet Oyinlola", roles=["chief economist"], aff="Baxendale Foundation", exp=True, al=["Harriet Oyinlola", "Oyinlola"]),
 A("Baxendale Foundation", "organization"),
 A("Confederation of British Industry", "organization", al=["Confederation of British Industry", "CBI"]),
 A("Federation of Small Businesses", "organization"),
 A("British Chambers of Commerce", "organization"),
 A("Eleanor Whitlow", roles=["chancellor"]),
 A("House of Commons", "government"),
 A("Downing Street", "government"),
 A("Parliament", "government"),
]
QUOTES = [
 Q("the markets had been braced for something worse", "indirect", ["Sanjay Dholakia"]),
 Q("There is nothing here to spook the bond market, which is all the chancellor really wanted,", "direct", ["Sanjay Dholakia"]),
 Q("borrowing would be £14bn higher next year than it forecast in March, largely because of weaker growth", "indirect", ["Office for Budget Responsibility"]),
 Q("the threshold freeze would drag about 1.1 million more people into the higher rate of income tax by 2031", "indirect", ["Office for Budget Responsibility"]),
 Q("the budget was ‘a tax rise on every working family dressed up as prudence’", "mixed", ["Rhodri Vane"]),
 Q("his party would reverse the fuel duty increase", "indirect", ["Rhodri Vane"]),
 Q("how the £3bn it raises would be replaced", "indirect", ["Rhodri Vane"], neg=True),
 Q("the poorest tenth of households would be about £290 a year worse off by 2028", "indirect", ["Harriet Oyinlola"]),
 Q("The squeeze is real, and it falls hardest on people who have to drive to work,", "direct", ["Harriet Oyinlola"]),
 Q("the fuel duty rise would ‘hit the firms least able to absorb it’", "mixed", ["Federation of Small Businesses", "British Chambers of Commerce"]),
 Q("the measures would ‘restore stability after years of improvisation’", "mixed", ["Eleanor Whitlow"]),
 Q("public investment would be protected ‘to the last penny’", "mixed", ["Eleanor Whitlow"]),
 Q("the prime minister was ‘very clear that budgets should be announced to Parliament first’", "mixed", ["Downing Street"]),
 Q("whether an inquiry into the leaks had been opened", "indirect", ["Downing Street"], neg=True),
]
NON_ACTORS = ["GMT", "FTSE 100", "UK"]
