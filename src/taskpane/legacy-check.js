// ES5 only, no build step: it runs where the bundles (ES2020) cannot even be parsed (Internet Explorer, legacy
// Edge in old Office) and shows why instead of leaving a page blank or a button dead. Every page of the add-in
// loads it:
//  - the task pane and the notice dialog show #legacy-message (src/taskpane/legacy-message.html) in place of
//    their own content;
//  - the ribbon's function file (commands.html) has no UI: there 一键重算 would do nothing at all, so this file
//    binds it to opening the notice dialog, which then shows the same message.
/* global Office */
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
  var own = ["root", "notice"];
  for (var i = 0; i < own.length; i++) {
    var element = document.getElementById(own[i]);
    if (element) element.style.display = "none";
  }

  if (document.body && document.body.getAttribute("data-page") === "commands") bindRibbonCommand();

  function bindRibbonCommand() {
    // The dialog opens beside this function file, as the modern command's notice does.
    var noticeUrl = String(window.location.href).replace(/[^/?#]*([?#].*)?$/, "notice.html");

    function showLegacyNotice(event) {
      var completed = false;
      function complete() {
        if (completed) return;
        completed = true;
        event.completed();
      }
      try {
        Office.context.ui.displayDialogAsync(noticeUrl, { height: 30, width: 30 }, function (result) {
          if (result.status !== Office.AsyncResultStatus.Succeeded) {
            complete();
            return;
          }
          var dialog = result.value;
          // Closed with its ✕: the only way out, as the notice page's own script cannot run here either.
          dialog.addEventHandler(Office.EventType.DialogEventReceived, complete);
          dialog.addEventHandler(Office.EventType.DialogMessageReceived, function () {
            dialog.close();
            complete();
          });
        });
        // ES5 has no catch without a binding.
        // eslint-disable-next-line no-unused-vars
      } catch (ignored) {
        // An Office without the Dialog API: nothing can be shown, but Excel must not wait for ever.
        complete();
      }
    }

    // Old function-file runtimes call the global function the manifest names; newer ones what is associated.
    window.recalcAll = showLegacyNotice;
    if (typeof Office === "undefined" || !Office.onReady) return;
    Office.onReady(function () {
      if (Office.actions && Office.actions.associate) Office.actions.associate("recalcAll", showLegacyNotice);
    });
  }
})();
