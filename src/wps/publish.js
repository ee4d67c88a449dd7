// ES5, no build step: the install page of 在线模式 (publish.html) runs in whatever browser a person opens it with.
// It asks the WPS client's local service (http://127.0.0.1:58890, which WPS Office runs on the computer) to enable or
// disable the add-in, the request WPS's own publish page sends: the JSON { cmd, name, url, addonType, online,
// version } as UTF-8 in base64, posted to /deployaddons/runParams. When the service does not answer, the page asks
// the browser to start it (the ksoWPSCloudSvr:// link WPS registers) and tries again.
(function () {
  var SERVICE = "http://127.0.0.1:58890/deployaddons/runParams";
  var INSTALLED = "已安装。请重新启动 WPS 表格，在“绩效自评”选项卡中使用。";
  var REMOVED = "已卸载。重新启动 WPS 后生效。";
  var page = document.getElementById("publish");
  var status = document.getElementById("status");

  function say(text) {
    status.textContent = text;
  }

  function base64Utf8(text) {
    return window.btoa(window.unescape(encodeURIComponent(text)));
  }

  function request(cmd) {
    var body = {
      cmd: cmd,
      name: page.getAttribute("data-name"),
      url: page.getAttribute("data-url"),
      addonType: page.getAttribute("data-type"),
      online: "true",
      version: page.getAttribute("data-version"),
    };
    return base64Utf8(JSON.stringify(body));
  }

  function send(cmd, triesLeft) {
    var xhr = new window.XMLHttpRequest();
    xhr.open("POST", SERVICE);
    xhr.timeout = 3000;
    xhr.onload = function () {
      if (xhr.status === 200 && (xhr.responseText === "OK" || xhr.responseText === "")) {
        say(cmd === "enable" ? INSTALLED : REMOVED);
      } else {
        say("WPS 拒绝了请求（" + xhr.status + " " + xhr.responseText + "）。请确认 WPS Office 已安装并允许加载项。");
      }
    };
    xhr.onerror = xhr.ontimeout = function () {
      if (triesLeft <= 0) {
        say("无法连接 WPS Office 的本机服务。请先启动 WPS 表格，再点一次“安装”。");
        return;
      }
      say("正在启动 WPS Office 的本机服务…");
      window.location.href = "ksoWPSCloudSvr://start=RelayHttpServer";
      window.setTimeout(function () {
        send(cmd, triesLeft - 1);
      }, 3000);
    };
    xhr.send(request(cmd));
  }

  document.getElementById("install").onclick = function () {
    say("正在安装…");
    send("enable", 1);
  };
  document.getElementById("remove").onclick = function () {
    say("正在卸载…");
    send("disable", 1);
  };
})();
