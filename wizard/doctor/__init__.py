"""The connection doctor: proves settings on the real servers and explains each step."""
