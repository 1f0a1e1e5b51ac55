"""`{% fragment %}`: Django's `{% cache %}` tag, reading and writing as the request's parts do.

Either `{% fragment part %}`, where `part` is a `caching.fragments.Fragment` the page supplies
(its key is the page's to say, not the template's), or the arguments of `{% cache %}`
(seconds, name, what the key varies on). Within a request served through
FragmentWritesMiddleware, what it computes is stored with the request's other parts in one
round trip, and a page known to be cold (caching.fragments) does not ask the cache for
fragments it cannot hold.
"""

from django.core.cache import caches
from django.template import Library, TemplateSyntaxError
from django.templatetags.cache import CacheNode

from ..fragments import Fragment, known_cold, store, writes_for

register = Library()


class FragmentNode(CacheNode):
    def __init__(self, nodelist, expire_time_var, fragment_name, vary_on, cache_name, part=None):
        super().__init__(nodelist, expire_time_var, fragment_name, vary_on, cache_name)
        self.part = part

    def fragment(self, context) -> Fragment:
        if self.part is not None:
            return self.part.resolve(context)
        return Fragment(
            self.expire_time_var.resolve(context),
            self.fragment_name,
            tuple(var.resolve(context) for var in self.vary_on),
        )

    def render(self, context):
        request = context.get("request")
        part = self.fragment(context)
        if request is None or writes_for(request) is None:  # as Django's {% cache %} does
            return self.render_through(caches["default"], part, context)
        if not part.seconds:  # previews, and fragments turned off: nothing is kept
            return self.nodelist.render(context)
        value = None if known_cold(request) else caches["default"].get(part.key)
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
    """{% fragment part %} or {% fragment seconds name [vary_on ...] %} ... {% endfragment %}"""
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    bits = token.split_contents()
    if len(bits) == 2:
        return FragmentNode(nodelist, None, None, [], None, part=parser.compile_filter(bits[1]))
    if len(bits) < 3:
        raise TemplateSyntaxError(f"'{bits[0]}' takes a fragment, or seconds and a name.")
    return FragmentNode(
        nodelist,
        parser.compile_filter(bits[1]),
        bits[2],
        [parser.compile_filter(bit) for bit in bits[3:]],
        None,
    )
