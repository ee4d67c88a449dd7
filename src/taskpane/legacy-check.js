// ES5 only, no build step: it runs where the task pane's bundle (ES2020) cannot even be parsed (Internet Explorer,
// legacy Edge in old Office) and shows why instead of leaving the pane blank.
(function () {
  var modern =
    typeof Promise !== "undefined" && typeof window.fetch !== "undefined" && typeof globalThis !== "undefined";
  if (modern) return;
  var message = document.getElementById("legacy-message");
  if (message) {
    message.removeAttribute("hidden");
    message.style.display = "block";
    message.style.padding = "12px";
    message.style.fontFamily = "Microsoft YaHei, SimSun, sans-serif";
  }
  var root = document.getElementById("root");
  if (root) root.style.display = "none";
})();
