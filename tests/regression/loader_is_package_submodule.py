# A module's loader says it is a package exactly when its spec has search locations.
# safepy's FrozenImporter.is_package('json.decoder') looked at __import__'s result, the
# top-level package json, and said True.
import importlib
for name in ['json', 'json.decoder', 'collections', 'collections.abc', 'logging',
             'logging.handlers', 'os', 'unittest', 'unittest.mock']:
    m = importlib.import_module(name)
    spec = m.__spec__
    print(name, spec.name == name, spec.loader.is_package(name) == (spec.submodule_search_locations is not None))
