"""The command-line shell: parses options, builds a NetContext, renders engine results."""
