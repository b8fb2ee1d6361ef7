"""Language analysis over spaCy documents: actors, roles, experts, quotes.

Nothing here imports Qt; spaCy itself is imported lazily by `pipeline` so
that importing the package stays cheap for the GUI.
"""
