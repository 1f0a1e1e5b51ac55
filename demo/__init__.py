"""The demo site (`manage.py load_demo_content`): pages, books, people, images and a comment
thread. Site wiring: it builds with both the content (articles) and the comments app."""
