"""The interactive reader: a thin Textual view over `briefing.core.analyse`; it extracts nothing itself."""
