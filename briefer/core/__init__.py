"""Qt-free, spaCy-free core: records, the project store, the brief."""
