"""The user's notes on articles: anchored annotations, their durable store, and the exported briefing."""
