"""`{% fragment %}`: Django's `{% cache %}` tag, reading and writing as the request's parts do.

Same arguments as `{% cache %}` (seconds, name, what the key varies on). Within a request
served through FragmentWritesMiddleware, what it computes is stored with the request's other
parts in one round trip, and a page known to be cold (caching.fragments) does not ask the
cache for fragments it cannot hold.
"""

from django.core.cache import caches
from django.core.cache.utils import make_template_fragment_key
from django.template import Library, TemplateSyntaxError
from django.templatetags.cache import CacheNode

from ..fragments import known_cold, store, writes_for

register = Library()


class FragmentNode(CacheNode):
    def render(self, context):
        request = context.get("request")
        if request is None or writes_for(request) is None:
            return super().render(context)
        seconds = self.expire_time_var.resolve(context)
        if not seconds:  # previews, and fragments turned off: nothing is kept
            return self.nodelist.render(context)
        key = make_template_fragment_key(
            self.fragment_name, [var.resolve(context) for var in self.vary_on]
        )
        value = None if known_cold(request) else caches["default"].get(key)
        if value is None:
            value = self.nodelist.render(context)
            store(request, key, value, int(seconds))
        return value


@register.tag("fragment")
def do_fragment(parser, token):
    """{% fragment seconds name [vary_on ...] %} ... {% endfragment %}"""
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    bits = token.split_contents()
    if len(bits) < 3:
        raise TemplateSyntaxError(f"'{bits[0]}' takes at least two arguments: seconds, name.")
    return FragmentNode(
        nodelist,
        parser.compile_filter(bits[1]),
        bits[2],
        [parser.compile_filter(bit) for bit in bits[3:]],
        None,
    )
