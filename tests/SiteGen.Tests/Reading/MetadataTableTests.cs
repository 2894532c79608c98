using SiteGen.Engine;
using SiteGen.Reading;

namespace SiteGen.Tests.Reading;

public class MetadataTableTests
{
    private static readonly HashSet<string> Files = ["a.txt", "b.txt", "sub/c.txt"];

    private static (MetadataTable Table, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text, string path = "seeds/_meta.tsv")
    {
        var bag = new DiagnosticBag();
        var table = MetadataTable.Parse(path, text, Files, bag);
        return (table, bag.Sorted());
    }

    [Fact]
    public void Reads_columns_by_name_in_any_order_and_case()
    {
        var (table, diagnostics) = Parse("Slug\tTAGS\tFileName\tDate\tCategory\tURL\textra\n" +
                                         "ngeri\tRusia; Korea Utara\ta.txt\t2023-07-27\tInternasional\thttps://x.test/a\tignored\n");
        Assert.Empty(diagnostics);
        var row = table.Find("a.txt")!;
        Assert.Equal(new DateOnly(2023, 7, 27), row.Date);
        Assert.Equal(["Rusia", "Korea Utara"], row.Tags);
        Assert.Equal("Internasional", row.Category);
        Assert.Equal("ngeri", row.Slug);
        Assert.Equal("https://x.test/a", row.Url);
        Assert.Equal(2, row.Line);
    }

    [Fact]
    public void Reads_csv_with_quotes_and_the_file_column()
    {
        var (table, diagnostics) = Parse("file,date,tags\n\"b.txt\",29 Desember 2023,\"Rusia, China\"\nsub/c.txt,,\n", "seeds/_meta.csv");
        Assert.Empty(diagnostics);
        Assert.Equal(new DateOnly(2023, 12, 29), table.Find("b.txt")!.Date);
        Assert.Equal(["Rusia", "China"], table.Find("b.txt")!.Tags);
        var c = table.Find("sub/c.txt")!;
        Assert.Null(c.Date);
        Assert.Null(c.Tags);
    }

    [Fact]
    public void A_row_naming_a_missing_file_is_a_warning_with_its_line()
    {
        var (table, diagnostics) = Parse("filename\tdate\na.txt\t2023-07-27\nnope.txt\t2023-07-28\n");
        var d = Assert.Single(diagnostics);
        Assert.Equal(("seeds/_meta.tsv", 3, Severity.Warning), (d.File, d.Line, d.Severity));
        Assert.Contains("nope.txt", d.Message);
        Assert.Null(table.Find("nope.txt"));
        Assert.Equal(1, table.Count);
    }

    [Fact]
    public void A_bad_date_is_a_warning_and_the_rest_of_the_row_still_counts()
    {
        var (table, diagnostics) = Parse("filename\tdate\tcategory\na.txt\t2023-02-31\tDunia\n");
        var d = Assert.Single(diagnostics);
        Assert.Equal(("seeds/_meta.tsv", 2), (d.File, d.Line));
        Assert.Contains("2023-02-31", d.Message);
        Assert.Null(table.Find("a.txt")!.Date);
        Assert.Equal("Dunia", table.Find("a.txt")!.Category);
    }

    [Fact]
    public void A_duplicate_file_name_is_a_warning_and_the_first_row_wins()
    {
        var (table, diagnostics) = Parse("filename\tcategory\na.txt\tSatu\n./a.txt\tDua\n");
        var d = Assert.Single(diagnostics);
        Assert.Equal(3, d.Line);
        Assert.Contains("line 2", d.Message);
        Assert.Equal("Satu", table.Find("a.txt")!.Category);
    }

    [Fact]
    public void A_table_without_a_filename_column_is_an_error()
    {
        var (table, diagnostics) = Parse("date\ttags\n2023-07-27\tRusia\n");
        Assert.Equal(Severity.Error, Assert.Single(diagnostics).Severity);
        Assert.Equal(0, table.Count);
    }

    [Fact]
    public void Semicolons_win_over_commas_when_splitting_tags()
    {
        Assert.Equal(["Rusia, Moskow", "China"], MetadataTable.SplitTags("Rusia, Moskow; China"));
        Assert.Equal(["Rusia", "China"], MetadataTable.SplitTags("Rusia,China, rusia"));
    }

    [Fact]
    public void Loads_from_the_seeds_folder_and_prefers_tsv()
    {
        var root = Directory.CreateTempSubdirectory("sitegen-meta-").FullName;
        try
        {
            Assert.Null(MetadataTable.Load(root, Files, new DiagnosticBag()));
            Directory.CreateDirectory(Path.Combine(root, "seeds"));
            File.WriteAllText(Path.Combine(root, "seeds", "_meta.csv"), "filename,category\na.txt,Dari CSV\n");
            File.WriteAllText(Path.Combine(root, "seeds", "_meta.tsv"), "filename\tcategory\na.txt\tDari TSV\n");
            var bag = new DiagnosticBag();
            var table = MetadataTable.Load(root, Files, bag)!;
            Assert.Equal("seeds/_meta.tsv", table.Path);
            Assert.Equal("Dari TSV", table.Find("a.txt")!.Category);
            Assert.Equal("seeds/_meta.csv", Assert.Single(bag.Sorted()).File);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Cells_are_tidied_like_lines_of_text()
    {
        var (table, diagnostics) = Parse("filename\ttags\tcategory\na.txt\tRusia\u0001;\uFFFE China\tDu\u001bnia  Baru\n");
        Assert.Empty(diagnostics);
        Assert.Equal(["Rusia", "China"], table.Find("a.txt")!.Tags);
        Assert.Equal("Dunia Baru", table.Find("a.txt")!.Category);
    }

    [Fact]
    public void More_than_a_hundred_tags_in_a_cell_are_cut_with_a_warning_on_the_row()
    {
        var tags = string.Join(';', Enumerable.Range(0, 100_000).Select(i => $"t{i}"));
        var (table, diagnostics) = Parse($"filename\ttags\na.txt\t{tags}\n");
        Assert.Equal(DeclaredTags.Max, table.Find("a.txt")!.Tags!.Count);
        var d = Assert.Single(diagnostics);
        Assert.Equal(("seeds/_meta.tsv", 2, Severity.Warning), (d.File, d.Line, d.Severity));
        Assert.Contains("'a.txt'", d.Message);
        Assert.Contains("100000 tags", d.Message);
    }
}
