"""Three short articles from three outlets, written for the reader and review tests."""

ARTICLES = {
    "Daily Ledger": (
        "Inquiry far from over, Comey says",
        "WASHINGTON — James Brien Comey, the former FBI director, spoke to senators on "
        "Tuesday. \"The inquiry is far from over,\" Comey said. Senator Mitch McConnell "
        "disagreed. \"We have seen no evidence of wrongdoing,\" McConnell told reporters.\n"
        "The budget office warned that the budget for the inquiry would rise next year.\n",
    ),
    "Evening Courier": (
        "Comey vows to follow the facts",
        "James Comey said on Wednesday that the bureau would follow the facts wherever they "
        "led. \"We will not be rushed,\" Comey said.\n"
        "Sarah Binder, an analyst at the Brookings Institution, said the budget fight could "
        "last for weeks.\n",
    ),
    "Morning Post": (
        "Senators split over inquiry budget",
        "Senators remained divided over the budget on Thursday. Mitch McConnell said the "
        "committee had spent enough. \"It is time to move on,\" he said.\n"
        "Adam Schiff, a Democrat from California, argued that the work must continue.\n",
    ),
}


def write_articles(folder) -> list:
    """The articles as text files (title on the first line), in outlet order."""
    paths = []
    for number, (outlet, (title, text)) in enumerate(ARTICLES.items()):
        path = folder / f"{number}-{outlet.split()[0].lower()}.txt"
        path.write_text(f"{title}\n\n{text}", encoding="utf-8")
        paths.append(path)
    return paths
