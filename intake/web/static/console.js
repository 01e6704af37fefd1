// notice-intake staff console: live refresh, confirmations and copy buttons. No build step, no inline
// script (the Content-Security-Policy allows only this file).
//
// Every `refresh` ms the page asks /live for the store's stamp; when it changed, the page
// fetches itself and swaps in its [data-live] regions (new mail, new states), unless the
// user is typing in a form inside one of them.
(function () {
  "use strict";
  var body = document.body;
  var refresh = parseInt(body.getAttribute("data-refresh") || "0", 10);
  var stamp = body.getAttribute("data-stamp") || "";

  function typing() {
    var el = document.activeElement;
    if (!el || !el.closest) return false;
    var field = /^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName);
    return field && el.closest("[data-live]") !== null;
  }

  function note(text) {
    var el = document.getElementById("live-note");
    if (el) el.textContent = text;
  }

  function swap(html) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    doc.querySelectorAll("[data-live]").forEach(function (fresh) {
      var old = document.getElementById(fresh.id);
      if (old) old.replaceWith(document.importNode(fresh, true));
    });
  }

  function check() {
    fetch("/live?v=" + encodeURIComponent(stamp), { credentials: "same-origin", cache: "no-store" })
      .then(function (r) {
        if (r.status === 401) {
          location.href = "/login?next=" + encodeURIComponent(location.pathname + location.search);
          return null;
        }
        return r.ok ? r.json() : null;
      })
      .then(function (data) {
        if (!data || data.v === stamp || typing()) return null;
        return fetch(location.href, { credentials: "same-origin", cache: "no-store" })
          .then(function (r) { return r.ok ? r.text() : null; })
          .then(function (html) {
            if (html === null) return;
            swap(html);
            stamp = data.v;
            body.setAttribute("data-stamp", stamp);
            note("已自动更新 " + new Date().toLocaleTimeString("zh-CN", { hour12: false }));
          });
      })
      .catch(function () { note("暂时无法连接，稍后自动重试"); });
  }

  if (refresh > 0 && document.querySelector("[data-live]")) {
    setInterval(check, refresh);
  }

  // "复制" buttons: data-copy names the <textarea> whose text goes to the clipboard
  function copied(button, text) {
    var note = document.getElementById(button.getAttribute("data-copy") + "-note");
    if (note) note.textContent = text;
  }

  document.addEventListener("click", function (ev) {
    var button = ev.target.closest ? ev.target.closest("[data-copy]") : null;
    if (!button) return;
    var field = document.getElementById(button.getAttribute("data-copy"));
    if (!field) return;
    field.focus();
    field.select();
    function fallback() {
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      copied(button, ok ? "已复制" : "请按 Ctrl+C 复制已选中的内容");
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(function () { copied(button, "已复制"); }, fallback);
    } else {
      fallback();
    }
  });

  document.addEventListener("submit", function (ev) {
    var question = ev.target.getAttribute("data-confirm");
    if (question && !window.confirm(question)) ev.preventDefault();
  });
})();
