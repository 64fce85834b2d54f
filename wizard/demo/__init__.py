"""The built-in demo provider on loopback: for `make run` and rehearsing support calls."""
