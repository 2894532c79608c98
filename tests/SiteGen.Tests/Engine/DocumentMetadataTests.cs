using SiteGen.Engine;

namespace SiteGen.Tests.Engine;

public class DocumentMetadataTests
{
    [Fact]
    public void SetItem_adds_or_replaces_and_leaves_the_original_as_it_was()
    {
        var one = DocumentMetadata.Empty.SetItem("a", 1);
        var two = one.SetItem("b", "x");
        var replaced = two.SetItem("a", 2);

        Assert.Empty(DocumentMetadata.Empty);
        Assert.Equal(1, one.GetValueOrDefault("a"));
        Assert.Null(one.GetValueOrDefault("b"));
        Assert.Equal(2, two.Count);
        Assert.Equal(1, two.GetValueOrDefault("a"));
        Assert.Equal(2, replaced.Count);
        Assert.Equal(2, replaced.GetValueOrDefault("a"));
        Assert.Equal("x", replaced.GetValueOrDefault("b"));
    }

    [Fact]
    public void Remove_drops_only_that_key()
    {
        var m = DocumentMetadata.Empty.SetItem("a", 1).SetItem("b", 2).SetItem("c", 3);

        var removed = m.Remove("b");

        Assert.False(removed.TryGetValue("b", out _));
        Assert.True(removed.TryGetValue("a", out var a) && (int)a == 1);
        Assert.True(removed.TryGetValue("c", out var c) && (int)c == 3);
        Assert.Equal(3, m.Count);
        Assert.Same(m, m.Remove("missing"));
    }

    [Fact]
    public void Keys_are_compared_ordinally()
    {
        var m = DocumentMetadata.Empty.SetItem("Key", 1);
        Assert.False(m.TryGetValue("key", out _));
        Assert.True(m.TryGetValue(new string("Key".ToCharArray()), out _));
    }
}
