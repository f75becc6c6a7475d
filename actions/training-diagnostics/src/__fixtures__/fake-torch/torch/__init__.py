"""A stand-in for the torch package on a machine with neither GPUs nor torch, so
the probe's torch branch runs for real. It answers exactly the attributes the
probe reads, with the shapes torch 2.3 gives them: __version__ and
version.cuda are strings, cuda.get_device_properties(i) has .name and
.total_memory (bytes)."""
import types

__version__ = "2.3.1+cu121"
version = types.SimpleNamespace(cuda="12.1")


class _Props:
    def __init__(self, name, total_memory):
        self.name = name
        self.total_memory = total_memory


_DEVICES = [_Props("NVIDIA A100-SXM4-80GB", 85_051_572_224), _Props("NVIDIA A100-SXM4-80GB", 85_051_572_224)]

cuda = types.SimpleNamespace(
    is_available=lambda: True,
    device_count=lambda: len(_DEVICES),
    get_device_properties=lambda i: _DEVICES[i],
)
