"""Doppel: realistic, reproducible synthetic data from a local daemon.

    import doppel
    with doppel.Client() as c:
        print(c.kinds_list()[0])

The pytest plugin (`doppel.pytest_plugin`, loaded automatically once the
package is installed) provides the `doppel` and `doppel_data` fixtures.
"""
from .client import Client, DoppelError, DoppelTimeout, Stream
from .data import DataFactory
from .wire import socket_path

__all__ = ["Client", "DataFactory", "DoppelError", "DoppelTimeout", "Stream", "socket_path"]
