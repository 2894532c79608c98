using SiteGen.Rendering.Views;

namespace SiteGen.Tests.Rendering.Views;

public sealed class ArticleSummaryViewTests
{
    private static ArticleSummaryView View(string title = "Judul", params string[] tags) =>
        new(title, "/2023/07/27/judul/", "Ringkasan…", "2023-07-27", "Kamis, 27 Juli 2023", "Jakarta",
            tags.Select(t => new LinkView(t, "/tag/" + t.ToLowerInvariant() + "/")).ToArray(), new LinkView("Nasional", "/rubrik/nasional/"));

    [Fact]
    public void Views_that_show_the_same_are_the_same_though_their_tag_lists_are_two_lists() =>
        Assert.True(View("Judul", "Rusia", "Jakarta").SameAs(View("Judul", "Rusia", "Jakarta")));

    [Theory]
    [InlineData("Judul lain", new[] { "Rusia", "Jakarta" })]
    [InlineData("Judul", new[] { "Rusia", "Bandung" })]
    [InlineData("Judul", new[] { "Rusia" })]
    [InlineData("Judul", new[] { "Jakarta", "Rusia" })]
    public void A_different_field_or_tag_makes_another_view(string title, string[] tags) =>
        Assert.False(View("Judul", "Rusia", "Jakarta").SameAs(View(title, tags)));

    [Fact]
    public void The_section_counts_too() =>
        Assert.False(View("Judul", "Rusia").SameAs(View("Judul", "Rusia") with { Section = new LinkView("Olahraga", "/rubrik/olahraga/") }));
}
