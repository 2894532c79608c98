using SiteGen.Cli.Serve;

namespace SiteGen.Tests.Serve;

public class SafePathTests
{
    [Theory]
    [InlineData("/", new string[0], true)]
    [InlineData("/index.html", new[] { "index.html" }, false)]
    [InlineData("/tag/rusia/", new[] { "tag", "rusia" }, true)]
    [InlineData("/tag/rusia/?page=2#top", new[] { "tag", "rusia" }, true)]
    [InlineData("/assets/style.2be6fe9cee.css", new[] { "assets", "style.2be6fe9cee.css" }, false)]
    [InlineData("/tag/korea%20utara/", new[] { "tag", "korea utara" }, true)]
    [InlineData("/tag/%C3%A9l%C3%A8ve/", new[] { "tag", "élève" }, true)]
    [InlineData("/.well-known/security.txt", new[] { ".well-known", "security.txt" }, false)]
    [InlineData("/a..b/", new[] { "a..b" }, true)]
    public void Accepts_plain_paths(string target, string[] segments, bool isFolder)
    {
        Assert.True(SafePath.TryParse(target, out var path, out var reason), reason);
        Assert.Equal(segments, path.Segments);
        Assert.Equal(isFolder, path.IsFolder);
    }

    [Theory]
    [InlineData("")]
    [InlineData("*")]
    [InlineData("index.html")]
    [InlineData("http://127.0.0.1/index.html")]
    [InlineData("/../secret.txt")]
    [InlineData("/assets/../../secret.txt")]
    [InlineData("/./index.html")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/%2E%2E/%2E%2E/etc/passwd")]
    [InlineData("/.%2e/secret.txt")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/assets%2F..%2F..%2Fsecret.txt")]
    [InlineData("/..\\secret.txt")]
    [InlineData("/%5c..%5csecret.txt")]
    [InlineData("//etc/passwd")]
    [InlineData("/assets//style.css")]
    [InlineData("/a%00b")]
    [InlineData("/a\0b")]
    [InlineData("/a%0d%0aSet-Cookie:x")]
    [InlineData("/C:/Windows/win.ini")]
    [InlineData("/index.html::$DATA")]
    [InlineData("/%zz")]
    [InlineData("/%2")]
    [InlineData("/%c0%ae%c0%ae/secret.txt")]
    [InlineData("/%ff")]
    public void Refuses_anything_that_could_leave_the_folder_or_is_malformed(string target)
    {
        Assert.False(SafePath.TryParse(target, out _, out var reason));
        Assert.False(string.IsNullOrEmpty(reason));
    }

    [Fact]
    public void Refuses_overlong_paths()
    {
        Assert.True(SafePath.TryParse("/" + new string('a', SafePath.MaxLength - 1), out _, out _));
        Assert.False(SafePath.TryParse("/" + new string('a', SafePath.MaxLength), out _, out var reason));
        Assert.Contains("too long", reason);
    }

    [Theory]
    [InlineData("/tentang", "/tentang/")]
    [InlineData("/tag/korea%20utara", "/tag/korea%20utara/")]
    public void A_folder_url_keeps_its_encoding(string target, string folder)
    {
        Assert.True(SafePath.TryParse(target, out var path, out _));
        Assert.Equal(folder, path.AsFolder().ToUrlPath());
    }
}
