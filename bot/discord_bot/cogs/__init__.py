"""One feature per cog: ask, schedule (programme), moderation, organisers (FAQ)."""
