/* medcoder review keyboard shortcuts and evidence selection. No inline script anywhere (CSP script-src 'self').
   Every shortcut has a visible button; this file only clicks or focuses those controls. */
(function () {
  "use strict";
  var selectedKey = null;

  function items() { return Array.prototype.slice.call(document.querySelectorAll("ol.suggestions li.suggestion")); }

  function select(item, scroll) {
    items().forEach(function (li) { li.classList.remove("selected"); li.removeAttribute("aria-current"); });
    document.querySelectorAll("mark.ev.active").forEach(function (m) { m.classList.remove("active"); });
    if (!item) { selectedKey = null; return; }
    item.classList.add("selected");
    item.setAttribute("aria-current", "true");
    selectedKey = item.dataset.key;
    var first = null;
    document.querySelectorAll("mark.ev").forEach(function (m) {
      if ((" " + m.dataset.keys + " ").indexOf(" " + selectedKey + " ") >= 0) {
        m.classList.add("active");
        if (!first) { first = m; }
      }
    });
    if (scroll !== false) {
      item.focus({ preventScroll: false });
      if (first) { first.scrollIntoView({ block: "center", behavior: "smooth" }); }
    }
  }

  /* The selected suggestion. An HTMX swap replaces the list items (and with them the "selected" class), so fall
     back to the focused item, then to the last selected key, before giving up. */
  function current() {
    var item = document.querySelector("li.suggestion.selected");
    if (item) { return item; }
    var active = document.activeElement;
    item = active && active.closest ? active.closest("ol.suggestions li.suggestion") : null;
    if (!item && selectedKey) { item = document.querySelector("li.suggestion[data-key='" + selectedKey + "']"); }
    if (item) { select(item, false); }
    return item;
  }

  function move(step) {
    var list = items();
    if (!list.length) { return; }
    var index = list.indexOf(current());
    index = index < 0 ? 0 : Math.min(Math.max(index + step, 0), list.length - 1);
    select(list[index]);
  }

  function openDetails(kind) {
    var item = current();
    if (!item) { move(1); item = current(); }
    if (!item) { return; }
    var details = item.querySelector("details[data-action='" + kind + "']");
    if (!details) { return; }
    details.open = true;
    var field = details.querySelector("select, input:not([type=hidden])");
    if (field) { field.focus(); if (field.select) { field.select(); } }
  }

  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) { return; }
    var help = document.getElementById("help");
    if (help && help.open) { return; }
    var handled = true;
    switch (event.key) {
      case "j": move(1); break;
      case "k": move(-1); break;
      case "a": {
        var item = current();
        var button = item && item.querySelector("button[data-action='accept']");
        if (button) { button.click(); } else { handled = false; }
        break;
      }
      case "x": openDetails("reject"); break;
      case "e": openDetails("edit"); break;
      case "/": {
        var add = document.getElementById("add-code");
        if (add) { add.open = true; document.getElementById("add-q").focus(); } else { handled = false; }
        break;
      }
      case "u": {
        var undo = document.getElementById("undo-button");
        if (undo && !undo.disabled) { undo.click(); } else { handled = false; }
        break;
      }
      case "?": if (help) { help.showModal(); } break;
      default: handled = false;
    }
    if (handled) { event.preventDefault(); }
  });

  document.addEventListener("click", function (event) {
    var target = event.target;
    if (target.id === "help-button") { document.getElementById("help").showModal(); return; }
    if (target.id === "use-selection") { useSelection(); return; }
    if (target.id === "next-suggestion") { move(1); return; }
    if (target.id === "prev-suggestion") { move(-1); return; }
    var item = target.closest && target.closest("ol.suggestions li.suggestion");
    if (item && !target.closest("form, details")) { select(item); }
    var mark = target.closest && target.closest("mark.ev");
    if (mark) {
      var key = mark.dataset.keys.split(" ")[0];
      var li = document.querySelector("li.suggestion[data-key='" + key + "']");
      if (li) { select(li, false); li.scrollIntoView({ block: "nearest" }); }
    }
  });

  document.addEventListener("focusin", function (event) {
    var item = event.target.closest && event.target.closest("ol.suggestions li.suggestion");
    if (item && item.dataset.key !== selectedKey) { select(item, false); }
  });

  /* Character offsets of the current selection inside the note, in Python code points. */
  function codePoints(text) { return Array.from(text).length; }

  function useSelection() {
    var note = document.getElementById("note-text");
    var selection = window.getSelection();
    var preview = document.getElementById("ev-preview");
    if (!note || !selection || selection.rangeCount === 0 || selection.isCollapsed) {
      preview.textContent = "select some note text first";
      return;
    }
    var range = selection.getRangeAt(0);
    if (!note.contains(range.startContainer) || !note.contains(range.endContainer)) {
      preview.textContent = "the selection must be inside the note";
      return;
    }
    var before = document.createRange();
    before.setStart(note, 0);
    before.setEnd(range.startContainer, range.startOffset);
    var start = codePoints(before.toString());
    var end = start + codePoints(range.toString());
    document.getElementById("ev-start").value = start;
    document.getElementById("ev-end").value = end;
    preview.textContent = "evidence: characters " + start + "-" + end + " (\u201c" + range.toString().slice(0, 60) + "\u201d)";
  }

  /* The search box sends its text as q. */
  document.addEventListener("htmx:configRequest", function (event) {
    var elt = event.detail.elt;
    if (elt && elt.dataset && elt.dataset.search) { event.detail.parameters.q = elt.value; }
  });

  /* Keep the selection (by position) across HTMX swaps of the review block. */
  var lastIndex = -1;
  document.addEventListener("htmx:beforeSwap", function () { lastIndex = items().indexOf(current()); });
  document.addEventListener("htmx:afterSwap", function (event) {
    var target = event.detail.target;
    /* One message at a time: a success clears an earlier error and an error clears an earlier success. */
    if (target && target.id === "messages") {
      document.querySelectorAll(".review-msg").forEach(function (m) { m.textContent = ""; });
    }
    if (target && target.id === "review") {
      var messages = document.getElementById("messages");
      if (messages) { messages.textContent = ""; }
      autoSelect = true;
    }
  });
  /* A coder who picks a suggestion between the swap and the settle (20 ms later) keeps it: the automatic move
     to the next pending suggestion must not take the selection away from under the keyboard. */
  var autoSelect = false;
  document.addEventListener("focusin", function () { autoSelect = false; }, true);
  document.addEventListener("keydown", function () { autoSelect = false; }, true);
  /* After settle, not after swap: htmx's settle step puts the server's class attribute back on elements whose id
     survives the swap, which wiped the "selected" class so a, x and e did nothing after the first decision. */
  document.addEventListener("htmx:afterSettle", function (event) {
    var target = event.detail.target;
    if (target && target.id === "review") {
      if (!autoSelect) { current(); return; }  // re-selects the coder's item: the settle step wiped its class
      autoSelect = false;
      var list = items();
      var next = list.filter(function (li) { return li.classList.contains("status-pending"); })[0];
      var keep = lastIndex >= 0 && list[lastIndex] ? list[lastIndex] : null;
      select(next || keep, false);
      var focusTarget = current();
      if (focusTarget) { focusTarget.focus({ preventScroll: true }); }
    }
  });
})();
