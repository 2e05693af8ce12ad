// saq serve's script. It only enhances: every page works without it (forms post to the
// server, which decides which questions apply). With it, choosing an answer shows the
// follow-up questions that now apply, and hides those that stop applying, at once: the server
// evaluates the conditions (the same engine as `saq fill`) on the answers as they stand on the
// page, without saving them. It talks to this server only.
(function () {
  "use strict";
  var summary = document.querySelector(".error-summary");
  if (summary) {
    summary.focus();
  }
  var form = document.getElementById("answers");
  if (!form || !window.fetch || !window.URLSearchParams) {
    return;
  }
  var url = form.getAttribute("data-applies");
  var live = document.getElementById("live");
  var timer = null;
  var asked = 0;

  function refresh() {
    var number = ++asked;
    var body = new URLSearchParams(new FormData(form));
    fetch(url, { method: "POST", body: body, credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (applies) {
        // An older answer arriving after a newer one is dropped.
        if (!applies || number !== asked) {
          return;
        }
        var shown = 0;
        var hidden = 0;
        Object.keys(applies).forEach(function (id) {
          var block = document.getElementById("q-" + id);
          if (!block) {
            return;
          }
          var on = applies[id] === true;
          if (block.hidden === on) {
            if (on) { shown++; } else { hidden++; }
          }
          block.hidden = !on;
          var fieldset = block.querySelector("fieldset.q");
          if (fieldset) {
            fieldset.disabled = !on;
          }
        });
        if (live && (shown || hidden)) {
          var words = [];
          if (shown) { words.push(shown + (shown === 1 ? " question now applies" : " questions now apply")); }
          if (hidden) { words.push(hidden + (hidden === 1 ? " question no longer applies" : " questions no longer apply")); }
          live.textContent = words.join("; ") + ".";
        }
      })
      .catch(function () { /* The page still works: saving asks the server. */ });
  }

  form.addEventListener("change", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(refresh, 100);
  });
})();
