"""The Brief tab: the builder widget and the actions it shares with the window's menus."""
