/* The web edition's script: notes beside or under their paragraph, and the search. No framework;
   without the script the notes stay readable (they open as link targets) and the form still goes
   to the search page. */
(function () {
  "use strict";
  var wide = window.matchMedia("(min-width: 60em)");

  // --- Notes -------------------------------------------------------------------------------------
  function noteOf(mark) { return document.getElementById(mark.getAttribute("href").slice(1)); }
  function marks() { return Array.prototype.slice.call(document.querySelectorAll("a[role='doc-noteref']")); }

  // Wide screens: each note at the height of its mark, pushed down below the one before it.
  function placeNotes() {
    var main = document.getElementById("main");
    if (!main) return;
    var bottom = 0;
    marks().forEach(function (mark) {
      var note = noteOf(mark);
      if (!note || !note.classList.contains("note") || note.closest("div.footnotes")) return;
      if (!wide.matches) { note.classList.remove("placed"); note.style.top = ""; return; }
      var top = mark.getBoundingClientRect().top - main.getBoundingClientRect().top - 4;
      top = Math.max(top, bottom);
      note.classList.add("placed");
      note.style.top = top + "px";
      bottom = top + note.offsetHeight + 10;
    });
    // Notes that reach below the text lengthen the page rather than run off it.
    main.style.minHeight = bottom > main.offsetHeight ? bottom + "px" : "";
  }

  function setOpen(mark, note, open) {
    note.classList.toggle("open", open);
    mark.setAttribute("aria-expanded", open ? "true" : "false");
  }

  document.addEventListener("click", function (e) {
    var a = e.target.closest && e.target.closest("a");
    if (!a) return;
    if (a.getAttribute("role") === "doc-noteref") {
      var note = noteOf(a);
      if (!note || !note.classList.contains("note")) return;
      e.preventDefault();
      if (wide.matches) { note.classList.add("flash"); note.setAttribute("tabindex", "-1"); note.focus(); return; }
      var open = !note.classList.contains("open");
      setOpen(a, note, open);
      if (open) { note.setAttribute("tabindex", "-1"); note.focus(); }
    } else if (a.getAttribute("role") === "doc-backlink") {
      var back = document.getElementById(a.getAttribute("href").slice(1));
      var aside = a.closest("aside");
      if (!back || !aside) return;
      e.preventDefault();
      if (!wide.matches) setOpen(back, aside, false);
      back.focus();
      history.replaceState(null, "", "#" + back.id);
    }
  });

  function initNotes() {
    marks().forEach(function (m) {
      var n = noteOf(m);
      if (n && n.classList.contains("note")) { m.setAttribute("aria-controls", n.id); m.setAttribute("aria-expanded", "false"); }
    });
    placeNotes();
    if (document.fonts && document.fonts.ready) document.fonts.ready.then(placeNotes);
    window.addEventListener("resize", placeNotes);
    if (wide.addEventListener) wide.addEventListener("change", placeNotes);
  }

  // --- Search ------------------------------------------------------------------------------------
  // The build folds the index the same way (Book.Web.Folding), letter by letter.
  var special = { "\u0131": "i", "\u0130": "i", "\u0259": "e", "\u018f": "e", "\u2019": "'", "\u02bc": "'" };
  function foldChar(c) {
    if (special[c]) return special[c];
    var d = c.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    return d.length ? d.charAt(0).toLowerCase() : "";
  }
  function fold(s) {
    var out = "", map = [];
    for (var i = 0; i < s.length; i++) { var f = foldChar(s.charAt(i)); if (f) { out += f; map.push(i); } }
    return { text: out, map: map };
  }
  function words(s) { return s.match(/[\p{L}\p{N}]+/gu) || []; }

  function search(index, query) {
    var terms = words(fold(query).text);
    if (!terms.length) return { terms: [], hits: [] };
    var keys = Object.keys(index.words);
    var hits = null;
    terms.forEach(function (t, n) {
      var found = {};
      // Whole words, and the last word also as a prefix (the reader may not have finished typing it).
      keys.forEach(function (k) {
        if (k === t || (n === terms.length - 1 && k.indexOf(t) === 0)) index.words[k].forEach(function (b) { found[b] = true; });
      });
      hits = hits === null ? found : Object.keys(hits).reduce(function (acc, b) { if (found[b]) acc[b] = true; return acc; }, {});
    });
    return { terms: terms, hits: Object.keys(hits).map(Number).sort(function (a, b) { return a - b; }) };
  }

  function excerpt(text, terms) {
    var f = fold(text), at = -1, len = 0;
    terms.forEach(function (t) { var i = f.text.indexOf(t); if (i >= 0 && (at < 0 || i < at)) { at = i; len = t.length; } });
    var frag = document.createDocumentFragment();
    if (at < 0) { frag.appendChild(document.createTextNode(text.length > 240 ? text.slice(0, 240) + "…" : text)); return frag; }
    var s = f.map[at], e = f.map[at + len - 1] + 1;
    var from = Math.max(0, s - 100), to = Math.min(text.length, e + 140);
    frag.appendChild(document.createTextNode((from > 0 ? "…" : "") + text.slice(from, s)));
    var m = document.createElement("mark"); m.textContent = text.slice(s, e); frag.appendChild(m);
    frag.appendChild(document.createTextNode(text.slice(e, to) + (to < text.length ? "…" : "")));
    return frag;
  }

  function initSearch() {
    var list = document.getElementById("search-results"), status = document.getElementById("search-status");
    var box = document.getElementById("search-box");
    if (!list || !window.bookSearch || !box) return;
    var index = window.bookSearch;
    function run() {
      var q = box.value.trim();
      while (list.firstChild) list.removeChild(list.firstChild);
      if (!q) return;
      var r = search(index, q);
      r.hits.slice(0, 100).forEach(function (b) {
        var block = index.blocks[b], page = index.pages[block[0]];
        // The page's title is the link; the words around the match follow it as plain text.
        var li = document.createElement("li"), a = document.createElement("a"), text = document.createElement("p");
        a.href = page[0] + "#" + block[1];
        a.className = "where";
        a.textContent = page[1];
        text.appendChild(excerpt(block[2], r.terms));
        li.appendChild(a); li.appendChild(text); list.appendChild(li);
      });
      status.textContent = r.hits.length === 0 ? "Nothing found for “" + q + "”."
        : r.hits.length + (r.hits.length === 1 ? " place" : " places") + " found for “" + q + "”" + (r.hits.length > 100 ? "; the first 100 are shown." : ".");
    }
    var q = new URLSearchParams(location.search).get("q");
    if (q) box.value = q;
    box.addEventListener("input", run);
    var form = box.closest("form");
    if (form) form.addEventListener("submit", function (e) { e.preventDefault(); run(); history.replaceState(null, "", "?q=" + encodeURIComponent(box.value)); });
    run();
  }

  window.bookFold = function (s) { return fold(s).text; };
  initNotes();
  initSearch();
})();
