/* global window -- the page's global object: this file runs as a classic script in the pane page. */
// Loaded by taskpane.html before anything else, as a file (the page's CSP allows no inline script).
// Plain ES5 on purpose: it must run in every webview Office may use, Internet Explorer's included.
// A webview that cannot run the pane (built as ES2017: Internet Explorer 11, Office 2016/2019 on
// older Windows) gets a message in Chinese and English instead of a blank pane; so does any webview
// where the pane's scripts fail to parse. It also loads compat.js where the engine lacks later built-ins the pane uses (EdgeHTML).
(function (w) {
  "use strict";

  function canRunPane() {
    try {
      return (
        typeof w.Promise === "function" &&
        typeof w.Symbol === "function" &&
        typeof w.Symbol.iterator === "symbol" &&
        typeof w.Map === "function" &&
        typeof Object.entries === "function" &&
        typeof Object.values === "function" &&
        typeof String.prototype.padStart === "function" &&
        typeof Array.prototype.includes === "function"
      );
    } catch (e) {
      return false;
    }
  }

  var ZH = "此版本 Word 的浏览器组件过旧，无法运行“沟通协调记录”任务窗格。";
  var ZH_WHAT = "请使用 Microsoft 365 或 Office 2021 及以后版本的 Word、Word 网页版，或在 Edge、Chrome 中打开本页（独立模式），或使用 ccr 命令行。";
  var EN = "This Word's browser component is too old to run the ccr task pane.";
  var EN_WHAT = "Use Word in Microsoft 365 or Office 2021 or later, or Word on the web; open this page in Edge or Chrome (stand-alone mode); or use the ccr command line.";

  var shown = false;
  function showMessage() {
    var body = w.document.body;
    if (shown || !body) return;
    shown = true;
    while (body.firstChild) body.removeChild(body.firstChild);
    var box = w.document.createElement("div");
    box.setAttribute("role", "alert");
    box.style.font = "14px/1.6 sans-serif";
    box.style.padding = "16px";
    var texts = [ZH, ZH_WHAT, EN, EN_WHAT];
    for (var i = 0; i < texts.length; i++) {
      var p = w.document.createElement("p");
      p.appendChild(w.document.createTextNode(texts[i]));
      box.appendChild(p);
    }
    body.appendChild(box);
  }

  function whenParsed(fn) {
    if (w.document.readyState !== "loading") fn();
    else w.document.addEventListener("DOMContentLoaded", fn);
  }

  // webpack's runtime in the pane's scripts names globalThis before any module runs (EdgeHTML has none).
  if (typeof w.globalThis === "undefined") w.globalThis = w;

  if (!canRunPane()) {
    w.ccrHostUnsupported = true;
    // After the page is parsed (the pane's deferred scripts have then failed to parse, or stopped).
    whenParsed(showMessage);
    return;
  }
  // The later built-ins EdgeHTML lacks (compat.js, from src/taskpane/compat.ts) must be there before
  // the pane's scripts run: written into the page here, as a script file, it is run before them.
  if (typeof Object.fromEntries !== "function" || typeof Array.prototype.flatMap !== "function" || typeof String.prototype.matchAll !== "function") {
    w.document.write('<script src="compat.js"></scr' + 'ipt>');
  }
  // A script of this page that does not parse here leaves a blank pane: say why instead.
  w.addEventListener("error", function (event) {
    var own = !event.filename || event.filename.indexOf(w.location.origin) === 0;
    var syntax = (event.error && event.error.name === "SyntaxError") || /SyntaxError/.test(String(event.message));
    if (own && syntax) whenParsed(showMessage);
  });
})(window);
