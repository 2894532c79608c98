using Scriban;
using SiteGen.Rendering;
using SiteGen.Rendering.Views;

namespace SiteGen.Tests.Rendering;

/// <summary>The delegate accessor of the view records answers every member exactly as Scriban's reflection accessor does.</summary>
public class ViewAccessorTests
{
    public static TheoryData<object> Views()
    {
        var link = new LinkView("Jakarta", "/lokasi/jakarta/", 3, Current: true);
        var summary = new ArticleSummaryView("Judul", "/a/", "Pembuka", "2023-07-27", "Kamis, 27 Juli 2023", "Jakarta", [link]);
        return new TheoryData<object>
        {
            link,
            summary,
            new PagerView(2, 5, "/", "/halaman/3/", [link]),
            new PageMeta { Kind = "article", Title = "Judul", PrevUrl = "/p/", Breadcrumbs = [link] },
            new ArticleView
            {
                Title = "Judul", Url = "/a/", Lead = "Pembuka", Paragraphs = ["Satu", "Dua"], WordCount = 2, ReadingMinutes = 1,
                City = link, Tags = [link], Previous = summary, Related = [summary],
            },
        };
    }

    [Theory]
    [MemberData(nameof(Views))]
    public void AnswersEveryMemberAsScribanDoes(object view)
    {
        var scriban = new TemplateContext().GetMemberAccessor(view);
        var ours = new ViewTemplateContext().GetMemberAccessor(view);
        Assert.IsType<ViewAccessor>(ours);

        var members = scriban.GetMembers(new TemplateContext(), default, view).ToList();
        Assert.NotEmpty(members);
        Assert.Equal(members, ours.GetMembers(new TemplateContext(), default, view));
        foreach (var member in members)
        {
            Assert.True(scriban.TryGetValue(new TemplateContext(), default, view, member, out var expected));
            Assert.True(ours.TryGetValue(new TemplateContext(), default, view, member, out var actual));
            Assert.Equal(expected, actual);
        }
        Assert.False(ours.TryGetValue(new TemplateContext(), default, view, "no_such_member", out _));
    }
}
