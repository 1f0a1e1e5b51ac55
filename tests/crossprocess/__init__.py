"""Two real server processes and a third one making changes: what every reader sees, everywhere."""
