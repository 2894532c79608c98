// SiteGen dev server: reloads the page after each rebuild and shows build errors over it.
// Served by `sitegen serve` only; built sites never contain this script.
(() => {
  "use strict";
  const eventsUrl = "/__sitegen/events";
  const script = document.currentScript;
  // The build this page came from; a different one on (re)connecting means the page is out of date.
  const pageBuild = script ? script.dataset.sitegenBuild : undefined;
  // Whether this page is the preview of an edited article, shown before its rebuild ended.
  const previewed = script ? script.hasAttribute("data-sitegen-preview") : false;
  const overlayId = "sitegen-build-error";
  let source = null;
  let retry = 0;

  function connect() {
    source = new EventSource(eventsUrl);
    source.addEventListener("hello", (e) => {
      if (pageBuild !== undefined && e.data !== pageBuild) location.reload();
    });
    source.addEventListener("reload", (e) => {
      // After the version, one a line: previewed pages the rebuild made exactly as previewed. Those stay as they are.
      if (previewed && e.data.split("\n").slice(1).some(isThisPage)) return;
      location.reload();
    });
    source.addEventListener("preview", (e) => {
      if (isThisPage(e.data)) location.reload();
    });
    source.addEventListener("build-error", (e) => showError(e.data));
    source.onerror = () => {
      // EventSource retries by itself while the connection is only interrupted; when it gives up
      // (the server answered with an error, e.g. while restarting) try again ourselves.
      if (source.readyState === EventSource.CLOSED) {
        source.close();
        clearTimeout(retry);
        retry = setTimeout(connect, 1000);
      }
    };
  }

  function isThisPage(url) {
    const here = location.pathname;
    return here === url || here === url + "index.html";
  }

  function showError(text) {
    let host = document.getElementById(overlayId);
    if (!host) {
      host = document.createElement("div");
      host.id = overlayId;
      host.setAttribute("role", "alert");
      // A shadow root keeps the site's own CSS from restyling the overlay, and ours from leaking into the page.
      const root = host.attachShadow({ mode: "open" });
      root.innerHTML =
        "<style>" +
        ":host{all:initial;position:fixed;inset:0;z-index:2147483647;background:rgba(20,20,20,.88);" +
        "display:flex;align-items:flex-start;justify-content:center;overflow:auto;font:14px/1.5 system-ui,sans-serif}" +
        ".box{margin:5vh 2rem;max-width:60rem;width:100%;background:#fff;color:#1a1a1a;border-top:6px solid #c62828;" +
        "border-radius:4px;padding:1.25rem 1.5rem;box-shadow:0 8px 30px rgba(0,0,0,.5)}" +
        "h1{font-size:1.15rem;margin:0 0 .25rem;color:#c62828}" +
        "p{margin:0 0 1rem;color:#555}" +
        "pre{margin:0;white-space:pre-wrap;word-break:break-word;font:13px/1.5 ui-monospace,Menlo,Consolas,monospace;" +
        "background:#f6f6f6;padding:1rem;border-radius:3px}" +
        "</style>" +
        "<div class=box><h1>Build failed</h1>" +
        "<p>The page shows the last good build. Fix the error and save: the page reloads by itself.</p>" +
        "<pre></pre></div>";
      document.documentElement.appendChild(host);
    }
    // textContent, never innerHTML: error text quotes templates and articles, which may hold markup.
    host.shadowRoot.querySelector("pre").textContent = text;
  }

  connect();
})();
