"""Pure parsers: bytes in, model out. No sockets, no files, no Qt."""
