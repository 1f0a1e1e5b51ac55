# Varnish in front of Wellness: caches what the site marks public (s-maxage), passes anything
# personal, and accepts Wagtail's PURGE requests (WAGTAILFRONTENDCACHE, set by
# FRONTEND_CACHE_URL) from the application servers listed in the `purgers` ACL.
# A PURGE of /path/ bans every cached variant of it, whatever its query string
# (/articles/?page=37 goes with /articles/).
vcl 4.1;

backend default {
    .host = "127.0.0.1";
    .port = "8000";
}

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (!client.ip ~ purgers) {
            return (synth(405, "Not allowed"));
        }
        ban("obj.http.x-host == " + req.http.host + " && obj.http.x-url ~ ^" + regsub(req.url, "\?.*$", "") + "(\?|$)");
        return (synth(200, "Purged"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|django-admin|comments)/") {
        return (pass);
    }
    # A session, a remembered commenter or pending messages make the page personal.
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|wellness_commenter|messages)=") {
        return (pass);
    }
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    set beresp.http.x-url = bereq.url;
    set beresp.http.x-host = bereq.http.host;
    if (beresp.http.Set-Cookie) {
        set beresp.uncacheable = true;
        return (deliver);
    }
}

sub vcl_deliver {
    unset resp.http.x-url;
    unset resp.http.x-host;
    if (obj.hits > 0) {
        set resp.http.X-Varnish-Cache = "hit";
    } else {
        set resp.http.X-Varnish-Cache = "miss";
    }
}
