using SiteGen.Language;

namespace SiteGen.Tests.Language;

public sealed class ProperNamesTests
{
    [Theory]
    [InlineData("JAKARTA", "Jakarta")]
    [InlineData("BANDAR LAMPUNG", "Bandar Lampung")]
    [InlineData("DKI JAKARTA", "DKI Jakarta")]
    [InlineData("KUPANG, NTT", "Kupang, NTT")]
    [InlineData("Yogyakarta", "Yogyakarta")]
    [InlineData("TANJUNG-PINANG", "Tanjung-Pinang")]
    public void Places_are_written_as_a_reader_writes_them(string dateline, string expected) =>
        Assert.Equal(expected, ProperNames.Place(dateline));

    [Theory]
    [InlineData("anton suhartono", "Anton Suhartono")]
    [InlineData("ANTON SUHARTONO", "Anton Suhartono")]
    [InlineData("Maria Christina", "Maria Christina")]
    [InlineData("Muhammad al-Fatih", "Muhammad al-Fatih")]
    public void Editors_written_in_one_case_get_capitals(string written, string expected) =>
        Assert.Equal(expected, ProperNames.Person(written));
}
