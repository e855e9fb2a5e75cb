// Site search: loads search-index.json once (only when the reader searches) and filters it as
// the reader types. Everything else on the site works without JavaScript; this page says so
// when scripts are off.
(function () {
  var input = document.getElementById("q");
  var list = document.getElementById("results");
  var count = document.getElementById("result-count");
  if (!input || !list) return;
  var index = null;
  var map = {};
  // The same folding as `render::fold::fold` in Rust: each character to its Simplified form
  // (the index's `fold` pairs, from OpenCC's table), else to lower case when that is one
  // character. One character for one, so positions agree with the text as written.
  function fold(s) {
    return Array.from(s).map(function (c) {
      if (map[c]) return map[c];
      var l = c.toLowerCase();
      return Array.from(l).length === 1 ? l : c;
    });
  }
  function load() {
    if (index) return Promise.resolve(index);
    return fetch(input.getAttribute("data-index")).then(function (r) { return r.json(); }).then(function (d) {
      var pairs = Array.from(d.fold || "");
      for (var i = 0; i + 1 < pairs.length; i += 2) map[pairs[i]] = pairs[i + 1];
      index = d.entries.map(function (e) {
        return { e: e, title: fold(e.title), text: fold(e.text) };
      });
      return index;
    });
  }
  function find(hay, term) {
    for (var i = 0; i + term.length <= hay.length; i++) {
      var j = 0;
      while (j < term.length && hay[i + j] === term[j]) j++;
      if (j === term.length) return i;
    }
    return -1;
  }
  // Appends `chars` (the original text) to `el`, with every folded match of a term in <mark>.
  function marked(el, chars, folded, terms) {
    var on = new Array(chars.length).fill(false);
    terms.forEach(function (t) {
      for (var i = 0; i + t.length <= folded.length; i++) {
        var j = 0;
        while (j < t.length && folded[i + j] === t[j]) j++;
        if (j === t.length) for (var k = 0; k < t.length; k++) on[i + k] = true;
      }
    });
    var i = 0;
    while (i < chars.length) {
      var j = i;
      while (j < chars.length && on[j] === on[i]) j++;
      var s = chars.slice(i, j).join("");
      if (on[i]) { var m = document.createElement("mark"); m.textContent = s; el.appendChild(m); }
      else el.appendChild(document.createTextNode(s));
      i = j;
    }
  }
  function show(q) {
    list.textContent = "";
    if (count) count.textContent = "";
    if (!q) return;
    var terms = fold(q).join("").split(/\s+/).filter(Boolean).map(function (t) { return Array.from(t); });
    var hits = index.filter(function (x) {
      var hay = x.title.concat([" "], x.text);
      return terms.every(function (t) { return find(hay, t) >= 0; });
    });
    if (count) count.textContent = count.getAttribute("data-label").replace("{n}", hits.length);
    if (!hits.length) {
      var li = document.createElement("li");
      li.textContent = input.getAttribute("data-empty");
      list.appendChild(li);
      return;
    }
    hits.slice(0, 50).forEach(function (x) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = x.e.url;
      marked(a, Array.from(x.e.title), x.title, terms);
      li.appendChild(a);
      if (x.e.kind) {
        var s = document.createElement("span");
        s.className = "meta";
        s.textContent = " · " + x.e.kind;
        li.appendChild(s);
      }
      // Up to 30 characters either side of the first term, as `render::search::query` cuts it.
      var chars = Array.from(x.e.text);
      var at = find(x.text, terms[0]);
      var from = at < 0 ? 0 : Math.max(0, at - 30);
      var to = at < 0 ? Math.min(60, chars.length) : Math.min(chars.length, at + terms[0].length + 30);
      var p = document.createElement("p");
      p.className = "excerpt";
      p.appendChild(document.createTextNode("…"));
      marked(p, chars.slice(from, to), x.text.slice(from, to), terms);
      p.appendChild(document.createTextNode("…"));
      li.appendChild(p);
      list.appendChild(li);
    });
  }
  input.addEventListener("input", function () { load().then(function () { show(input.value.trim()); }); });
  var q = new URLSearchParams(location.search).get("q");
  if (q) { input.value = q; load().then(function () { show(q); }); }
})();
