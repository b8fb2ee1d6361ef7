"""Writing the brief out: its layout, the Word document and its footnotes."""
