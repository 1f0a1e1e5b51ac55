// The moderation desk's keyboard (comments/desk.py): j/k move, a/u/s/d act, r reply, ? help.
// Progressive enhancement: every action is a plain form without this script; the keys press
// the focused row's own buttons, and the page comes back on the next row (#row-N).
(function () {
  "use strict";
  var desk = document.querySelector("[data-desk]");
  if (!desk) return;
  var rows = Array.prototype.slice.call(desk.querySelectorAll("[data-desk-row]"));
  var help = document.getElementById("desk-help");
  var keys = { a: "approve", u: "unapprove", s: "spam", d: "trash" };
  var current = -1;

  function focusRow(index) {
    if (!rows.length) return;
    index = Math.max(0, Math.min(rows.length - 1, index));
    if (rows[current]) rows[current].classList.remove("is-current");
    current = index;
    rows[current].classList.add("is-current");
    rows[current].focus();
    if (history.replaceState) history.replaceState(null, "", "#" + rows[current].id);
  }

  function typing(target) {
    var tag = target && target.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable);
  }

  function toggleHelp(show) {
    if (!help) return;
    help.hidden = !show;
    if (show) help.querySelector("button").focus();
    else if (rows[current]) rows[current].focus();
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "Escape" && help && !help.hidden) { toggleHelp(false); return; }
    if (typing(event.target)) return;
    if (event.key === "?") { event.preventDefault(); toggleHelp(help.hidden); return; }
    if (help && !help.hidden) return;
    if (event.key === "j") { event.preventDefault(); focusRow(current + 1); return; }
    if (event.key === "k") { event.preventDefault(); focusRow(current - 1); return; }
    var row = rows[current];
    if (!row) return;
    if (keys[event.key]) {
      var button = row.querySelector('[data-desk-action="' + keys[event.key] + '"]');
      if (button) { event.preventDefault(); button.click(); }
      return;
    }
    if (event.key === "r") {
      var reply = row.querySelector("[data-desk-reply]");
      if (reply) { event.preventDefault(); reply.open = true; reply.querySelector("textarea").focus(); }
    }
  });

  rows.forEach(function (row, index) {
    row.addEventListener("focusin", function () {
      if (rows[current]) rows[current].classList.remove("is-current");
      current = index;
      row.classList.add("is-current");
    });
  });
  // "Select all" ticks every row's box (without this script the server reads it as all rows).
  var all = desk.querySelector("[data-desk-select-all]");
  var boxes = Array.prototype.slice.call(desk.querySelectorAll("[data-desk-select]"));
  if (all) {
    all.addEventListener("change", function () {
      boxes.forEach(function (box) { box.checked = all.checked; });
    });
    boxes.forEach(function (box) {
      box.addEventListener("change", function () {
        all.checked = boxes.every(function (other) { return other.checked; });
      });
    });
  }
  var close = help && help.querySelector("[data-desk-help-close]");
  if (close) close.addEventListener("click", function () { toggleHelp(false); });

  // Back from an action: on the row after the one acted on, else the first.
  var start = 0;
  if (location.hash) {
    var target = document.getElementById(location.hash.slice(1));
    if (target && rows.indexOf(target) >= 0) start = rows.indexOf(target);
  }
  focusRow(start);
}());
