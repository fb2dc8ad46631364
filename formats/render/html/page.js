"use strict";
// The filter of the pgstrata plan page. Without this script the page shows
// everything; with it, checking hazard or object kinds hides the
// statements (and the objects left empty) that match none of them.
// Nothing is touched on load but the form itself, so a plan with
// thousands of statements opens as fast as its HTML parses.
(function () {
  var form = document.getElementById("filter");
  if (!form) {
    document.documentElement.setAttribute("data-ready", "");
    return;
  }
  var shown = document.getElementById("shown");
  var objects = [];
  var total = 0;
  var index = function () {
    document.querySelectorAll("#objects .object").forEach(function (o) {
      var stmts = [];
      o.querySelectorAll(".stmt").forEach(function (s) {
        stmts.push({el: s, kind: s.dataset.kind, hazards: s.dataset.hazards.split(" ")});
      });
      objects.push({el: o, stmts: stmts});
      total += stmts.length;
    });
    index = function () {};
  };
  var picked = function (name) {
    var set = new Set();
    form.querySelectorAll("input[name=" + name + "]:checked").forEach(function (i) { set.add(i.value); });
    return set;
  };
  var apply = function () {
    index();
    var hazards = picked("hazard"), kinds = picked("kind"), n = 0;
    objects.forEach(function (o) {
      var any = false;
      o.stmts.forEach(function (s) {
        var show = (kinds.size === 0 || kinds.has(s.kind)) &&
          (hazards.size === 0 || s.hazards.some(function (h) { return hazards.has(h); }));
        if (s.el.hidden === show) s.el.hidden = !show;
        if (show) { any = true; n++; }
      });
      if (o.el.hidden === any) o.el.hidden = !any;
    });
    shown.textContent = n + " of " + total + " statements shown";
  };
  form.addEventListener("change", apply);
  document.getElementById("clear").addEventListener("click", function () {
    form.querySelectorAll("input:checked").forEach(function (i) { i.checked = false; });
    apply();
  });
  var copy = document.getElementById("copy");
  var text = document.getElementById("script-text");
  if (copy && text) {
    copy.hidden = false;
    copy.addEventListener("click", function () {
      var range = document.createRange();
      range.selectNodeContents(text);
      var sel = window.getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
      var done = function () { copy.textContent = "Copied"; };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text.textContent).then(done, function () {});
      } else if (document.execCommand("copy")) {
        done();
      }
    });
  }
  form.hidden = false;
  document.documentElement.setAttribute("data-ready", "");
})();
