"""`{% fragment %}`: Django's `{% cache %}` tag, reading and writing as the request's parts do.

`{% fragment part %}`, where `part` is a `caching.fragments.Fragment` the page (or the comment
section) supplies: its key is theirs to say, never the template's. Within a request served through
FragmentWritesMiddleware, what it computes is stored with the request's other parts in one
round trip, and a page known to be cold (caching.fragments) does not ask the cache for
fragments it cannot hold (its own; a shared one, kept by other pages, it still reads).
"""

from django.core.cache import caches
from django.template import Library, Node, TemplateSyntaxError

from ..fragments import Fragment, known_cold, store, writes_for

register = Library()


class FragmentNode(Node):
    def __init__(self, nodelist, part):
        self.nodelist = nodelist
        self.part = part

    def render(self, context):
        part = self.part.resolve(context)
        if part is None:  # nothing to keep it under (a section built without one)
            return self.nodelist.render(context)
        if not isinstance(part, Fragment):
            raise TemplateSyntaxError(f"{{% fragment %}} needs a Fragment, got {part!r}.")
        if not part.seconds:  # previews, and fragments turned off: nothing is kept
            return self.nodelist.render(context)
        request = context.get("request")
        if request is None or writes_for(request) is None:  # as Django's {% cache %} does
            return self.render_through(caches["default"], part, context)
        cold = known_cold(request) and not part.shared
        value = None if cold else caches["default"].get(part.key)
        if value is None:
            value = self.nodelist.render(context)
            store(request, part.key, value, int(part.seconds))
        return value

    def render_through(self, cache, part: Fragment, context) -> str:
        value = cache.get(part.key)
        if value is None:
            value = self.nodelist.render(context)
            cache.set(part.key, value, int(part.seconds))
        return value


@register.tag("fragment")
def do_fragment(parser, token):
    """{% fragment part %} ... {% endfragment %}, `part` a `caching.fragments.Fragment`."""
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    bits = token.split_contents()
    if len(bits) != 2:
        raise TemplateSyntaxError(f"'{bits[0]}' takes one argument: a Fragment.")
    return FragmentNode(nodelist, parser.compile_filter(bits[1]))
