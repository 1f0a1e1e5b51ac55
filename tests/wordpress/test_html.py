"""Post HTML becomes StreamField blocks: what a reader would see, and nothing unsafe."""

import pytest

from wordpress.html_to_blocks import ImageRef, html_to_blocks
from wordpress.htmltree import MAX_DEPTH, html_to_text, inline_text, parse_html

LIBRARY = {"12": ImageRef(501, "Alt from the media library")}


class Site:
    """The importer's side, faked: attachment 12 is imported, YouTube and Vimeo embed."""

    def image(self, src, attachment_id):
        if attachment_id in LIBRARY:
            return LIBRARY[attachment_id]
        return f"image not imported: {src}"

    def embeddable(self, url):
        return url.startswith(("https://www.youtube.com/", "https://vimeo.com/"))

    def link(self, href):
        return href.removeprefix("https://old.example.com")


def blocks(html: str) -> list[tuple[str, object]]:
    return [(block["type"], block["value"]) for block in html_to_blocks(html, Site()).blocks]


def notes(html: str) -> dict:
    return dict(html_to_blocks(html, Site()).notes)


def test_classic_text_gets_wordpress_paragraphs_and_line_breaks():
    assert blocks("One\ntwo.\n\nThree.") == [("paragraph", "<p>One<br/>two.</p><p>Three.</p>")]


def test_block_editor_text_keeps_its_own_paragraphs():
    html = "<!-- wp:paragraph -->\n<p>One\ntwo.</p>\n<!-- /wp:paragraph -->"
    assert blocks(html) == [("paragraph", "<p>One two.</p>")]


def test_headings_become_h2_or_h3():
    assert blocks("<h1>Top</h1><h2>Two</h2><h4>Four</h4>") == [
        ("heading", {"text": "Top", "level": "h2", "anchor": ""}),
        ("heading", {"text": "Two", "level": "h2", "anchor": ""}),
        ("heading", {"text": "Four", "level": "h3", "anchor": ""}),
    ]


def test_bold_italic_links_and_nested_lists_are_kept_as_rich_text():
    html = (
        '<p><strong>Bold</strong>, <em>italic</em> and <a href="https://example.org/x">a link'
        "</a>.</p><ol><li>One<ul><li>Inner</li></ul></li><li>Two</li></ol>"
    )
    assert blocks(html) == [
        (
            "paragraph",
            '<p><b>Bold</b>, <i>italic</i> and <a href="https://example.org/x">a link</a>.</p>'
            "<ol><li>One<ul><li>Inner</li></ul></li><li>Two</li></ol>",
        )
    ]


def test_other_markup_is_reduced_to_its_text():
    html = '<p><span style="color:red">Red</span> <u>under</u> <font size="7">big</font></p>'
    assert blocks(html) == [("paragraph", "<p>Red under big</p>")]


def test_blockquotes_become_quotes_with_their_attribution():
    html = "<blockquote><p>First.</p><p>Second.</p><cite>— Ana Ruiz</cite></blockquote>"
    assert blocks(html) == [("quote", {"text": "First.\n\nSecond.", "attribution": "Ana Ruiz"})]


def test_a_caption_shortcode_becomes_an_image_with_its_caption():
    html = (
        '[caption id="attachment_12" width="300"]<a href="/big.jpg"><img class="wp-image-12" '
        'src="/wp-content/uploads/a-300x200.jpg" alt="Hands" /></a> Hands at <b>rest</b>[/caption]'
    )
    image = {"image": 501, "alt_text": "Hands", "decorative": False}
    assert blocks(html) == [("image", {"image": image, "caption": "Hands at rest", "credit": ""})]


def test_an_image_without_alt_text_takes_the_media_librarys():
    ((_, value),) = blocks('<p><img class="wp-image-12" src="/a.jpg"></p>')
    assert value["image"]["alt_text"] == "Alt from the media library"


def test_an_image_inside_a_paragraph_is_placed_next_to_it():
    html = (
        '<p><img class="wp-image-12" src="/a.jpg" alt="A">Text after.</p><p>More <img '
        'class="wp-image-12" src="/a.jpg" alt="B"></p>'
    )
    assert [kind for kind, _ in blocks(html)] == ["image", "paragraph", "image"]


def test_an_image_that_was_not_imported_is_left_out_and_noted():
    html = '<p>Before</p><img src="https://old.example.com/lost.jpg"><p>After</p>'
    assert blocks(html) == [("paragraph", "<p>Before</p><p>After</p>")]
    assert notes(html) == {"image not imported: https://old.example.com/lost.jpg": 1}


@pytest.mark.parametrize(
    "html",
    [
        "https://www.youtube.com/watch?v=abc",
        "[embed]https://www.youtube.com/watch?v=abc[/embed]",
        "[youtube https://www.youtube.com/watch?v=abc]",
        '<iframe src="https://www.youtube.com/embed/abc?rel=0"></iframe>',
        '<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\n'
        "https://www.youtube.com/watch?v=abc\n</div></figure>",
    ],
)
def test_every_way_of_embedding_a_video_becomes_an_embed(html):
    assert blocks(html) == [("embed", "https://www.youtube.com/watch?v=abc")]


def test_a_link_to_a_video_inside_a_sentence_stays_a_link():
    html = "<p>Watch https://www.youtube.com/watch?v=abc today.</p>"
    assert blocks(html) == [("paragraph", html)]


def test_gutenberg_block_comments_disappear():
    html = '<!-- wp:heading {"level":2} --><h2>Title</h2><!-- /wp:heading -->'
    assert blocks(html) == [("heading", {"text": "Title", "level": "h2", "anchor": ""})]


def test_a_gutenberg_gallery_becomes_its_images():
    html = (
        '<figure class="wp-block-gallery"><figure class="wp-block-image"><img class="wp-image-12"'
        ' src="/a.jpg" alt="A"><figcaption>First</figcaption></figure></figure>'
    )
    assert blocks(html)[0][1]["caption"] == "First"


def test_a_gallery_shortcode_becomes_its_images():
    assert [kind for kind, _ in blocks('[gallery ids="12,12"]')] == ["image", "image"]


def test_a_gallery_shortcode_without_ids_shows_the_posts_attached_images():
    body = html_to_blocks('[gallery columns="2"]', Site(), attached=["12"])
    assert [block["type"] for block in body.blocks] == ["image"]
    assert not body.notes


def test_a_gallery_shortcode_with_empty_ids_still_shows_nothing():
    body = html_to_blocks('[gallery ids=""]', Site(), attached=["12"])
    assert body.blocks == []


def test_unknown_shortcodes_are_removed_keeping_their_text():
    html = '[su_box title="Tip"]Drink water.[/su_box] [contact-form-7 id="4"] [toc]'
    assert blocks(html) == [("paragraph", "<p>Drink water.</p>")]
    assert set(notes(html)) == {
        "removed shortcode [su_box]",
        "removed shortcode [contact-form-7]",
        "removed shortcode [toc]",
    }


def test_text_in_brackets_that_is_not_a_shortcode_stays():
    html = "<p>It was [sic] cited [1] and [[gallery]] shows a shortcode.</p>"
    assert blocks(html) == [
        ("paragraph", "<p>It was [sic] cited [1] and [gallery] shows a shortcode.</p>")
    ]


@pytest.mark.parametrize(
    "html",
    [
        "<script>alert(1)</script><p>Safe</p>",
        '<p onclick="alert(1)">Safe</p>',
        '<p><a href="javascript:alert(1)">Safe</a></p>',
        '<p><a href=" JaVa&#x09;ScRipt&colon;alert(1)">Safe</a></p>',
        '<p><a href="data:text/html;base64,PHNjcmlwdD4=">Safe</a></p>',
        "<p>Safe<style>p{}</style></p>",
        '<p>Safe</p><img src="x" onerror="alert(1)"><svg onload="alert(1)"></svg>',
        '<p>Safe</p><object data="x.swf"></object><form><input name="q"></form>',
    ],
)
def test_nothing_unsafe_survives(html):
    ((kind, value),) = blocks(html)
    assert (kind, value) == ("paragraph", "<p>Safe</p>")


def test_text_is_escaped_not_trusted():
    assert blocks("<p>&lt;script&gt;x&lt;/script&gt; 1 &lt; 2</p>") == [
        ("paragraph", "<p>&lt;script&gt;x&lt;/script&gt; 1 &lt; 2</p>")
    ]


def test_a_link_href_is_escaped():
    assert blocks('<p><a href="https://e.org/?a=1&amp;b=&quot;2&quot;">x</a></p>') == [
        ("paragraph", '<p><a href="https://e.org/?a=1&amp;b=&quot;2&quot;">x</a></p>')
    ]


def test_tables_become_paragraphs_and_are_noted():
    html = (
        "<table><tr><th>Herb</th><td>Chamomile</td></tr>"
        "<tr><td>Dose</td><td>1 cup</td></tr></table>"
    )
    assert blocks(html) == [("paragraph", "<p><b>Herb</b> · Chamomile</p><p>Dose · 1 cup</p>")]
    assert notes(html) == {"table flattened into paragraphs (tables are not available)": 1}


def test_definition_lists_become_definition_list_blocks():
    html = "<dl><dt>Stillpoint</dt><dd>A pause in the <em>rhythm</em>.</dd></dl>"
    item = {"term": "Stillpoint", "description": "<p>A pause in the <i>rhythm</i>.</p>"}
    assert blocks(html) == [("definition_list", {"title": "", "items": [item]})]


def test_empty_spacer_paragraphs_are_dropped():
    assert blocks("<p>&nbsp;</p><p> </p><p>Text</p><p><br></p>") == [("paragraph", "<p>Text</p>")]


def test_the_first_paragraph_is_offered_as_a_standfirst():
    assert (
        html_to_blocks("<h2>H</h2><p>First <b>words</b>.</p>", Site()).first_text == "First words."
    )


def test_deeply_nested_markup_does_not_exhaust_the_stack():
    html = "<div>" * 5000 + "Deep" + "</div>" * 5000
    assert blocks(html) == [("paragraph", "<p>Deep</p>")]
    assert max_depth(parse_html(html)) <= MAX_DEPTH


def max_depth(node, depth=0):
    children = [child for child in node.children if not isinstance(child, str)]
    return max((max_depth(child, depth + 1) for child in children), default=depth)


def test_comment_html_becomes_plain_text_with_its_paragraphs():
    assert html_to_text("Hi <b>there</b>!\n\nSecond <a href='x'>para</a>.<script>x</script>") == (
        "Hi there!\n\nSecond para."
    )


def test_titles_lose_markup_and_double_escaped_entities():
    assert inline_text("Tea <em>&amp;</em> toast &amp;#8211; a &lt;guide&gt;") == (
        "Tea & toast – a <guide>"
    )
