// The notice dialog of the ribbon's 一键重算: shows the message from its URL as text and tells the function file
// when the person closes it.
import { noticeFromQuery } from "./notice-text";

function render(): void {
  const notice = noticeFromQuery(window.location.search);
  const title = document.getElementById("notice-title");
  const message = document.getElementById("notice-message");
  const details = document.getElementById("notice-details");
  document.body.style.fontFamily = '"Microsoft YaHei", "Segoe UI", sans-serif';
  document.body.style.margin = "16px";
  if (!notice || !title || !message || !details) {
    if (message) message.textContent = "没有可显示的结果。";
    return;
  }
  title.textContent = notice.title;
  message.textContent = notice.message;
  if (!notice.ok) message.style.color = "#a4262c";
  for (const d of notice.details) {
    const li = document.createElement("li");
    li.textContent = d;
    details.appendChild(li);
  }
}

function close(): void {
  // Inside Office the function file closes the dialog; opened directly in a browser there is no parent to ask.
  if (typeof Office !== "undefined" && Office.context?.ui?.messageParent) Office.context.ui.messageParent("close");
  else window.close();
}

render();
document.getElementById("notice-close")?.addEventListener("click", close);
if (typeof Office !== "undefined") void Office.onReady();
