"""Visitor comments: posting, spam defence, moderation in the Wagtail admin, privacy."""
