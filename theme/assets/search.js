// Starts Pagefind's search UI on the search page. Loaded with `defer` after pagefind-ui.js, so that file has run
// (or failed to load) by now. Words shown to readers live in the template's data attributes, not here.
(function () {
  "use strict";
  var host = document.getElementById("pencarian");
  if (!host) return;

  // No index yet (Pagefind not installed when the site was built): say so; the links below the box still work.
  if (typeof window.PagefindUI !== "function") {
    var note = document.createElement("p");
    note.className = "search-note";
    note.textContent = host.getAttribute("data-unavailable") || "";
    host.appendChild(note);
    return;
  }

  // The index comes in parts (one per shard of the archive, so no indexing run holds the whole archive):
  // pagefind/ holds the first, pagefind/shards.json names the folders of the others, which the UI merges.
  var bundlePath = host.getAttribute("data-bundle-path");
  var start = function (merge) {
    var ui = new window.PagefindUI({
      element: "#pencarian",
      // Both carry the base URL's sub-path, so a site served from /arsip-berita/ finds its index and links its results.
      bundlePath: bundlePath,
      baseUrl: host.getAttribute("data-base-url"),
      mergeIndex: merge.map(function (folder) { return { bundlePath: bundlePath + folder }; }),
      showSubResults: true,
      showImages: false,
      autofocus: true
    });

    // The header's search form is a plain GET to this page with ?q=: run that search straight away.
    var query = new URLSearchParams(window.location.search).get("q");
    if (query) ui.triggerSearch(query);
  };

  if (typeof window.fetch !== "function") { start([]); return; }
  window.fetch(bundlePath + "shards.json")
    .then(function (response) { return response.ok ? response.json() : { merge: [] }; })
    .then(function (list) { return Array.isArray(list.merge) ? list.merge : []; }, function () { return []; })
    .then(start);
})();
