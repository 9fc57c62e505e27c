"""Parts of the Compare page: candidate scenarios, the shared comparison state, the tables."""
