"""The package list, which pyproject.toml cannot write: every `briefer*` package plus the
folders of `resources/` and `seeds/` from the repository's top, shipped as
`briefer.resources...` and `briefer.seeds` (mapped in pyproject.toml's package-dir) with
every file in them, whatever its kind. Everything else is in pyproject.toml."""

from setuptools import find_namespace_packages, find_packages, setup

DATA_PACKAGES = {"briefer.resources": "resources", "briefer.seeds": "seeds"}
data_packages = [f"{package}.{sub}" if sub else package
                 for package, folder in DATA_PACKAGES.items()
                 for sub in ["", *find_namespace_packages(where=folder)]]

setup(
    packages=[*find_packages(include=["briefer", "briefer.*"]), *data_packages],
    package_data={"briefer": ["py.typed"], **{package: ["*"] for package in data_packages}},
    exclude_package_data={package: ["*.pyc"] for package in data_packages},
)
