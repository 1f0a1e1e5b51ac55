"""The pages of commenter_data.py: ask by email, then download or erase through the link.

Never cached (PAGE_CACHE_SKIP_PATHS: /comments/). The request form carries Django's CSRF
token. The link's page shows its action and a button: GET erases nothing (mail scanners fetch
links), the POST does; the signed link is the authority, as for notifications' links.
"""

import json

from django import forms
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from django_ratelimit.decorators import ratelimit

from . import commenter_data
from .erasure import erase_commenter
from .signals import commenter_data_requested
from .views import client_address


class DataRequestForm(forms.Form):
    email = forms.EmailField(
        label="The email address you commented with",
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    action = forms.ChoiceField(
        label="What would you like?",
        choices=[
            (commenter_data.DOWNLOAD, "A copy of all my comments and the data kept with them"),
            (commenter_data.ERASE, "The erasure of all my comments"),
        ],
        initial=commenter_data.DOWNLOAD,
        widget=forms.RadioSelect,
    )


@never_cache
@require_http_methods(["GET", "POST"])
@ratelimit(key="ip", rate="10/h", method="POST", block=False)
def request_data(request):
    form = DataRequestForm(request.POST or None)
    status = 200
    if request.method == "POST" and getattr(request, "limited", False):
        form.is_valid()
        form.add_error(None, "Too many requests from your network. Please try again in an hour.")
        status = 429
    elif request.method == "POST" and form.is_valid():
        email, action = form.cleaned_data["email"], form.cleaned_data["action"]
        if commenter_data.has_comments(email):
            commenter_data_requested.send(
                sender=DataRequestForm,
                email=email,
                action=action,
                path=commenter_data.link_path(email, action),
                ip_address=client_address(request),
            )
        return render(request, "comments/data/requested.html", {"email": email})
    elif form.errors:
        status = 400
    return render(request, "comments/data/request.html", {"form": form}, status=status)


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def commenter_data_link(request, token: str):
    try:
        email, action = commenter_data.read_link(token)
    except commenter_data.BadLink as error:
        return render(
            request,
            "comments/data/bad_link.html",
            {
                "title": "This link has expired" if error.expired else "This link is not valid",
                "message": str(error),
            },
            status=410 if error.expired else 400,
        )
    if action == commenter_data.ERASE:
        return erasure(request, email)
    data = commenter_data.export(email)
    if request.GET.get("format") == "json":
        response = HttpResponse(
            json.dumps(data, indent=2, ensure_ascii=False),
            content_type="application/json; charset=utf-8",
        )
        response["Content-Disposition"] = 'attachment; filename="my-comments.json"'
        return response
    return render(request, "comments/data/download.html", {"data": data})


def erasure(request, email: str):
    if request.method == "POST":
        erased = erase_commenter(email, delete=True)
        return render(request, "comments/data/erased.html", {"erased": erased})
    count = commenter_data.comments_of(email).count()
    return render(request, "comments/data/erase.html", {"email": email, "count": count})
