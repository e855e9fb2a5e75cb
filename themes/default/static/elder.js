// 適老化: larger text and higher contrast, chosen with the button at the top of every page and
// kept in localStorage (no cookie). Without JavaScript the button stays hidden and the page is
// the standard one; the class is set before first paint by a line in base.html's <head>.
(function () {
  var KEY = "pacesetter-elder";
  var root = document.documentElement;
  var button = document.getElementById("elder-toggle");
  if (!button) return;
  function show(on) {
    button.setAttribute("aria-pressed", on ? "true" : "false");
  }
  show(root.classList.contains("elder"));
  button.hidden = false;
  button.addEventListener("click", function () {
    var on = root.classList.toggle("elder");
    try { localStorage.setItem(KEY, on ? "1" : "0"); } catch (e) { /* private mode: this page only */ }
    show(on);
  });
})();
