// Site search: loads search-index.json once and filters it as the reader types. Everything
// else on the site works without JavaScript; this page says so when scripts are off.
(function () {
  var input = document.getElementById("q");
  var list = document.getElementById("results");
  if (!input || !list) return;
  var index = null;
  function load() {
    if (index) return Promise.resolve(index);
    return fetch(input.getAttribute("data-index")).then(function (r) { return r.json(); }).then(function (d) { index = d; return d; });
  }
  // The same algorithm as `render::search::query` in Rust: every term a substring of title or
  // text, lowercased; the excerpt is up to 30 characters either side of the first term.
  function excerpt(text, term) {
    var chars = Array.from(text);
    var lower = Array.from(text.toLowerCase());
    var t = Array.from(term);
    for (var i = 0; i + t.length <= lower.length; i++) {
      if (lower.slice(i, i + t.length).join("") === term) {
        return chars.slice(Math.max(0, i - 30), Math.min(chars.length, i + t.length + 30)).join("");
      }
    }
    return chars.slice(0, 60).join("");
  }
  function show(q) {
    list.textContent = "";
    if (!q) return;
    var terms = q.toLowerCase().split(/\s+/).filter(Boolean);
    var hits = index.filter(function (e) {
      var hay = (e.title + " " + e.text).toLowerCase();
      return terms.every(function (t) { return hay.indexOf(t) >= 0; });
    }).slice(0, 50);
    if (!hits.length) {
      var li = document.createElement("li");
      li.textContent = input.getAttribute("data-empty");
      list.appendChild(li);
      return;
    }
    hits.forEach(function (e) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = e.url;
      a.textContent = e.title;
      li.appendChild(a);
      if (e.kind) {
        var s = document.createElement("span");
        s.className = "meta";
        s.textContent = " · " + e.kind;
        li.appendChild(s);
      }
      var p = document.createElement("p");
      p.className = "excerpt";
      p.textContent = "…" + excerpt(e.text, terms[0]) + "…";
      li.appendChild(p);
      list.appendChild(li);
    });
  }
  input.addEventListener("input", function () { load().then(function () { show(input.value.trim()); }); });
  var q = new URLSearchParams(location.search).get("q");
  if (q) { input.value = q; load().then(function () { show(q); }); }
})();
