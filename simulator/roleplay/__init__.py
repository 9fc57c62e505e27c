"""Role-play trainer engine: scripted difficult customers, reply understanding, scoring, KB."""
