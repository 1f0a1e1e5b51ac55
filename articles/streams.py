"""Reading parts of a StreamField body without converting all of it.

Converting a block can cost queries (a book reference fetches its book, an image block its
image and renditions); a table of contents or a list of references needs none of them.
"""


def blocks_of_type(body, block_type: str) -> list:
    """The bound blocks of one type, in order; only blocks of that type are converted."""
    raw_data = getattr(body, "raw_data", None)
    if raw_data is None:  # a plain list of bound blocks
        return [block for block in body if block.block_type == block_type]
    return [body[i] for i, raw in enumerate(raw_data) if raw["type"] == block_type]


def stream_texts(body) -> list[str]:
    """The text of a StreamField body as search indexes it, block by block."""
    return body.stream_block.get_searchable_content(body)
