using System.Text.Json;
using SiteGen.Tests.Support;
using Xunit.Abstractions;

namespace SiteGen.Tests.Search;

/// <summary>
/// theme/assets/search.js run by Node against a stand-in page and a stand-in PagefindUI, to check its two paths:
/// Pagefind there (start it with the page's paths and the index's other parts from shards.json, run ?q=) and Pagefind
/// missing (say so, touch nothing else).
/// </summary>
public class SearchScriptTests(ITestOutputHelper log)
{
    private static readonly string Script = Path.Combine(RepoPaths.Theme, "assets", "search.js");

    // A page with the #pencarian host as search.sbn writes it, and a PagefindUI that records what it was asked.
    private const string Harness = """
        const fs = require("fs"), vm = require("vm");
        const [script, search, withUi, shards] = process.argv.slice(2);
        const attributes = { "data-bundle-path": "/arsip-berita/pagefind/", "data-base-url": "/arsip-berita/", "data-unavailable": "Pencarian belum tersedia." };
        const host = { children: [], getAttribute: (n) => attributes[n] ?? null, appendChild(c) { this.children.push(c); } };
        const record = { created: null, searched: [], notes: [], fetched: [] };
        class PagefindUI { constructor(o) { record.created = o; } triggerSearch(q) { record.searched.push(q); } }
        // shards.json as the server answers: its text, "404", or "offline" (the request fails).
        const fetch = (url) => {
          record.fetched.push(url);
          if (shards === "offline") return Promise.reject(new Error("offline"));
          if (shards === "404") return Promise.resolve({ ok: false, status: 404 });
          return Promise.resolve({ ok: true, json: () => Promise.resolve(JSON.parse(shards)) });
        };
        const window = { location: { search }, fetch };
        if (withUi === "yes") window.PagefindUI = PagefindUI;
        const document = {
          getElementById: (id) => (id === "pencarian" ? host : null),
          createElement: (tag) => ({ tag, className: "", textContent: "" }),
        };
        vm.runInNewContext(fs.readFileSync(script, "utf8"), { window, document, URLSearchParams });
        // The UI starts once shards.json has answered; every promise has settled by the next turn.
        setTimeout(() => {
          record.notes = host.children.map((c) => c.className + ":" + c.textContent);
          console.log(JSON.stringify(record));
        }, 0);
        """;

    private async Task<JsonElement?> Run(string search, bool withUi, string shards = """{"merge":[]}""")
    {
        var node = RequiredTool.OnPath("node");
        if (!RequiredTool.IsInstalled(node, "Node.js is not on PATH (apt-get install nodejs)", log)) return null;
        var harness = Path.Combine(Path.GetTempPath(), $"sitegen-search-harness-{Guid.NewGuid():N}.cjs");
        File.WriteAllText(harness, Harness);
        try
        {
            var run = await ExternalProcess.RunAsync(node!, [harness, Script, search, withUi ? "yes" : "no", shards], TimeSpan.FromSeconds(30));
            Assert.True(run.ExitCode == 0, run.Error);
            return JsonDocument.Parse(run.Output).RootElement.Clone();
        }
        finally { File.Delete(harness); }
    }

    [Fact]
    public async Task WithPagefindItStartsTheUiWithTheSubPathAndRunsTheQueryFromTheUrl()
    {
        if (await Run("?q=banjir+jakarta", withUi: true) is not { } record) return;
        var created = record.GetProperty("created");
        Assert.Equal("#pencarian", created.GetProperty("element").GetString());
        Assert.Equal("/arsip-berita/pagefind/", created.GetProperty("bundlePath").GetString());
        Assert.Equal("/arsip-berita/", created.GetProperty("baseUrl").GetString());
        Assert.Equal(["banjir jakarta"], record.GetProperty("searched").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(0, record.GetProperty("notes").GetArrayLength());
    }

    [Fact]
    public async Task ItMergesTheIndexPartsShardsJsonNamesUnderTheSameSubPath()
    {
        if (await Run("?q=banjir", withUi: true, shards: """{"merge":["2019-03-02-1a2b3c4d/","undated-99aa00bb/"]}""") is not { } record) return;
        Assert.Equal(["/arsip-berita/pagefind/shards.json"], record.GetProperty("fetched").EnumerateArray().Select(s => s.GetString()));
        var created = record.GetProperty("created");
        Assert.Equal("/arsip-berita/pagefind/", created.GetProperty("bundlePath").GetString());
        var merged = created.GetProperty("mergeIndex").EnumerateArray().Select(m => m.GetProperty("bundlePath").GetString());
        Assert.Equal(["/arsip-berita/pagefind/2019-03-02-1a2b3c4d/", "/arsip-berita/pagefind/undated-99aa00bb/"], merged);
        Assert.Equal(["banjir"], record.GetProperty("searched").EnumerateArray().Select(s => s.GetString()));
    }

    [Theory]
    [InlineData("404")]
    [InlineData("offline")]
    public async Task WithoutAListOfPartsItSearchesTheFirstPartAlone(string shards)
    {
        if (await Run("?q=banjir", withUi: true, shards: shards) is not { } record) return;
        var created = record.GetProperty("created");
        Assert.Equal("/arsip-berita/pagefind/", created.GetProperty("bundlePath").GetString());
        Assert.Equal(0, created.GetProperty("mergeIndex").GetArrayLength());
        Assert.Equal(["banjir"], record.GetProperty("searched").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task WithoutAQueryItOnlyStartsTheUi()
    {
        if (await Run("", withUi: true) is not { } record) return;
        Assert.Equal(JsonValueKind.Object, record.GetProperty("created").ValueKind);
        Assert.Equal(0, record.GetProperty("searched").GetArrayLength());
    }

    [Fact]
    public async Task WithoutPagefindItSaysSearchIsUnavailable()
    {
        if (await Run("?q=banjir", withUi: false) is not { } record) return;
        Assert.Equal(JsonValueKind.Null, record.GetProperty("created").ValueKind);
        Assert.Equal(0, record.GetProperty("fetched").GetArrayLength());
        Assert.Equal(["search-note:Pencarian belum tersedia."], record.GetProperty("notes").EnumerateArray().Select(s => s.GetString()));
    }
}
