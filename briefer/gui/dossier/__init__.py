"""The actor dossier: one dock that shows everything the project holds about one actor.

`timeline` paints when the actor was quoted, `tables` holds the dossier's
table models, `panel` lays the dossier out, and `controller` follows the
window's selection and sends the panel's review and brief requests through the
window's own actions. The facts come from `briefer.core.dossier`.
"""
