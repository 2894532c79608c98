using System.Reflection;
using System.Text.Json;
using SiteGen.Cli;
using SiteGen.Model;
using SiteGen.Site;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

public sealed class NewCommandTests : IDisposable
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("sitegen-new-");

    public void Dispose() => _temp.Delete(recursive: true);

    private static async Task<CliRun> Sitegen(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await SiteGenCli.RunAsync(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task ItScaffoldsASiteThatBuildsWithTheExampleArticle()
    {
        var root = Path.Combine(_temp.FullName, "arsip-saya");
        var created = await Sitegen("new", root);
        Assert.Equal(0, created.ExitCode);
        Assert.Contains("sitegen build", created.Output);

        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        var seed = Assert.Single(files, f => f.StartsWith("seeds/", StringComparison.Ordinal));
        Assert.Equal([".gitignore", "README.md", "input/site.yml", "input/tentang.md", "package-lock.json", "package.json", seed, "theme/README.md"], files);

        Assert.Contains("/output/", File.ReadAllLines(Path.Combine(root, ".gitignore")));
        Assert.Contains("node_modules/", File.ReadAllLines(Path.Combine(root, ".gitignore")));
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Root, "package.json")), File.ReadAllText(Path.Combine(root, "package.json")));
        using (var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "package.json"))))
            Assert.Equal("1.6.0", package.RootElement.GetProperty("dependencies").GetProperty("pagefind").GetString());

        var build = await Sitegen("build", "--root", root, "--progress", "none");
        Assert.True(build.ExitCode == 0, build.Error);
        Assert.Contains("0 warnings, 0 errors", build.Output);
        var article = HtmlPages.Load(Path.Combine(root, "output", "2024", "05", "14", "perpustakaan-keliling-sambangi-desa-desa-di-lereng-merapi", "index.html"));
        Assert.Equal("Perpustakaan Keliling Sambangi Desa-Desa di Lereng Merapi", article.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Perpustakaan", "Literasi"], article.QuerySelectorAll("[rel=tag]").Select(a => a.TextContent));
        Assert.True(File.Exists(Path.Combine(root, "output", "tentang", "index.html")));
    }

    [Fact]
    public async Task TheExampleArticleIsOurOwnNotACopyOfTheBundledSeed()
    {
        var root = Path.Combine(_temp.FullName, "site");
        Assert.Equal(0, (await Sitegen("new", root)).ExitCode);
        var example = File.ReadAllLines(Directory.EnumerateFiles(Path.Combine(root, "seeds")).Single());
        var bundled = File.ReadAllLines(RepoPaths.SeedArticle).Where(l => l.Trim().Length > 20).ToList();
        Assert.DoesNotContain(example, l => bundled.Contains(l));
    }

    [Fact]
    public async Task SiteYmlNamesEverySettingAndHoldsTheDefaults()
    {
        var root = Path.Combine(_temp.FullName, "site");
        Assert.Equal(0, (await Sitegen("new", root)).ExitCode);
        var yaml = File.ReadAllText(Path.Combine(root, "input", "site.yml"));

        foreach (var key in SettingKeys(typeof(SiteSettings)))
            Assert.True(yaml.Contains(key + ":", StringComparison.Ordinal) || yaml.Contains(key + " ", StringComparison.Ordinal), $"site.yml does not mention '{key}'");
        foreach (var top in typeof(SiteSettings).GetProperties().Select(p => Camel(p.Name)))
            Assert.Matches($"(?m)^{top}:", yaml);

        // Every value written is the default, so the file explains settings without changing any.
        var empty = Directory.CreateDirectory(Path.Combine(_temp.FullName, "empty")).FullName;
        Assert.Equal(JsonSerializer.Serialize(SiteSettingsLoader.Load(empty, null)), JsonSerializer.Serialize(SiteSettingsLoader.Load(root, null)));
    }

    [Fact]
    public async Task ANonEmptyFolderIsRefusedAndLeftAsItWas()
    {
        var root = Directory.CreateDirectory(Path.Combine(_temp.FullName, "ada-isinya")).FullName;
        File.WriteAllText(Path.Combine(root, "catatan.txt"), "jangan ditimpa");

        var run = await Sitegen("new", root);
        Assert.Equal(SiteGenCli.UsageError, run.ExitCode);
        Assert.Contains("is not empty; nothing was written", run.Error);
        Assert.Equal(["catatan.txt"], Directory.EnumerateFileSystemEntries(root).Select(Path.GetFileName));
        Assert.Equal("jangan ditimpa", File.ReadAllText(Path.Combine(root, "catatan.txt")));
    }

    [Fact]
    public async Task AFileIsRefusedAndAnEmptyFolderIsUsed()
    {
        var file = Path.Combine(_temp.FullName, "berkas");
        File.WriteAllText(file, "");
        Assert.Equal(SiteGenCli.UsageError, (await Sitegen("new", file)).ExitCode);

        var empty = Directory.CreateDirectory(Path.Combine(_temp.FullName, "kosong")).FullName;
        Assert.Equal(0, (await Sitegen("new", empty)).ExitCode);
        Assert.True(File.Exists(Path.Combine(empty, "input", "site.yml")));
    }

    /// <summary>Every settings key, nested ones included, as site.yml spells them (camelCase).</summary>
    private static IEnumerable<string> SettingKeys(Type type)
    {
        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            yield return Camel(p.Name);
            var element = p.PropertyType.IsGenericType ? p.PropertyType.GetGenericArguments()[^1] : p.PropertyType;
            if (element.Namespace == typeof(SiteSettings).Namespace && element.IsClass)
                foreach (var nested in SettingKeys(element)) yield return nested;
        }
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
