using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Engine;
using SiteGen.Inference.Sections;
using SiteGen.Language;
using SiteGen.Model;
using SiteGen.Reading;

namespace SiteGen.Inference;

/// <summary>
/// Fills in what the seed format does not carry: date, tags, section, slug and URL, each from the first source
/// that has it: front matter, then the metadata table (<c>seeds/_meta.tsv</c>), then a <c>yyyy-mm-dd-</c> file-name
/// prefix (dates only), then the text (<see cref="DateInference"/>, <see cref="TagExtraction"/>).
/// Pure: articles in, articles out, in the same order; per-article work runs in parallel but every result lands in
/// its article's slot and every corpus step reads all of them, so nothing depends on thread timing.
/// </summary>
public static partial class MetadataInference
{
    public static IReadOnlyList<Article> Apply(IReadOnlyList<Article> articles, SiteSettings settings, DiagnosticBag diagnostics, MetadataTable? table = null,
        TagReport? report = null)
    {
        var lexicon = settings.Tags.Enabled ? new TagLexicon(settings.Tags) : null;
        var evidence = new ArticleEvidence[articles.Count];
        Parallel.For(0, articles.Count, i => evidence[i] = ArticleEvidence.Of(articles[i], lexicon));
        return Apply(articles, evidence, settings, diagnostics, table, report);
    }

    /// <summary>
    /// The corpus steps over articles whose text was already analysed (<see cref="ArticleEvidence.Of"/>), so the
    /// articles need not hold their paragraphs any more.
    /// </summary>
    /// <param name="report">Filled with each tag's aliases and, when it keeps notes, why each article got its tags; a
    /// report that keeps no notes (a build's) also spares finding the words that decided each classified section
    /// (<see cref="Article.SectionWords"/>) and describing why each text date was chosen (<see cref="Article.DateReason"/>),
    /// which only <c>sitegen list</c> shows.</param>
    /// <param name="sections">
    /// The last build's section guesses and, for each article, the key of its text (equal keys, equal words), to reuse
    /// a guess instead of classifying again (<see cref="SectionMemory"/>); null classifies every article.
    /// </param>
    /// <param name="rememberSections">Given this build's section guesses, for the next build.</param>
    /// <param name="tags">The last build's tags (<see cref="TagMemory"/>), taken instead of running the tag steps when
    /// their key is this build's; null runs them.</param>
    /// <param name="rememberTags">Given this build's tags, for the next build.</param>
    /// <param name="corpusStepsDone">Called when the tag, section and date steps are done and before the records are made:
    /// the steps' tables are garbage there, and a large build's heap is worth compacting before the records are put
    /// beside what the reader made.</param>
    public static IReadOnlyList<Article> Apply(IReadOnlyList<Article> articles, IReadOnlyList<ArticleEvidence> textEvidence, SiteSettings settings,
        DiagnosticBag diagnostics, MetadataTable? table = null, TagReport? report = null,
        (SectionMemory? Remembered, IReadOnlyList<Hash128> Keys)? sections = null, Action<SectionMemory>? rememberSections = null,
        TagMemory? tags = null, Action<TagMemory>? rememberTags = null, Action? corpusStepsDone = null)
    {
        var known = new Article[articles.Count];
        var evidence = new DateEvidence?[articles.Count];
        Parallel.For(0, articles.Count, i =>
        {
            var article = articles[i];
            known[i] = FromDeclaredSources(article, table?.For(article), table, diagnostics);
            evidence[i] = textEvidence[i].Date;
        });

        // The words are read only if the step needs them (a remembered guess does not).
        var sectionInputs = new SectionInference.Input[known.Length];
        for (var i = 0; i < known.Length; i++)
        {
            var words = textEvidence[i];
            sectionInputs[i] = new SectionInference.Input(known[i].Section, () => words.Words, sections is { Keys: var keys } ? keys[i] : default);
        }
        // What only 'sitegen list' shows (why a date, which words decided a section) is kept where a report asks for
        // notes: a build would hold it for every article to its end, and print it nowhere.
        var explain = report is null || report.KeepNotes;
        // Sections, dates and tags are three corpus steps that read nothing of each other's: the first two run on other
        // threads while the tag steps, the longest and mostly one pass after another, run on this one.
        var sectionStep = Task.Run(() => SectionInference.Apply(sectionInputs,
            settings.Sections, settings.Sections is { Enabled: true, BuiltIn: true } ? BuiltInSectionModel.Counts : null, SectionLexicon.Default,
            explain, sections?.Remembered, rememberSections));
        var dateStep = Task.Run(() => InferDates(known, evidence, settings.Dates));

        var (textTags, explained) = settings.Tags.Enabled && known.Any(a => a.TagSource == ValueSource.None)
            ? InferTags(known, textEvidence, settings.Tags, report, tags, rememberTags)
            : (null, null);
        var sectionDecisions = sectionStep.GetAwaiter().GetResult();
        var dates = dateStep.GetAwaiter().GetResult();
        corpusStepsDone?.Invoke();

        var inferred = new Article[articles.Count];
        // Thousands of articles share a dash of cities and editors: each written form is made once, not once per article.
        var places = new System.Collections.Concurrent.ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var people = new System.Collections.Concurrent.ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        Parallel.For(0, articles.Count, i =>
        {
            var article = known[i];
            // What is inferred goes into the record with one copy of it at the end, not a copy for each value.
            var (date, dateSource, dateConfidence, dateReason) = (article.Date, article.DateSource, article.DateConfidence, article.DateReason);
            if (article.Date is null && dates.Verdicts[i] is { } verdict)
            {
                if (verdict.Confidence >= dates.Habits.Threshold)
                    (date, dateSource, dateConfidence, dateReason) = (verdict.Date, ValueSource.Text, verdict.Confidence, explain ? verdict.Describe() : null);
                else
                    diagnostics.Add(Diagnostic.Warning(article.SourcePath, new LowConfidenceDate(verdict, dates.Habits.Threshold)));
            }
            else if (article.Date is null)
                diagnostics.Add(Diagnostic.Warning(article.SourcePath,
                    "no date found in front matter, the metadata table, the file name or the text; it is published as undated (a 'date: yyyy-mm-dd' line in its front matter dates it)"));
            var (tags, tagSource) = (article.Tags, article.TagSource);
            if (article.TagSource == ValueSource.None && textTags?[i] is { Count: > 0 } chosen)
            {
                (tags, tagSource) = (chosen, ValueSource.Text);
                if (explained is not null) report?.SetNotes(article.SourcePath, explained[i].Select(TagNote.Of).ToArray());
            }
            var (section, sectionSource, sectionWords) = SectionOf(article, sectionDecisions[i]);
            // The URL it would have if no other article wanted it; collisions are settled once every article has one.
            var slug = SlugFor(article, diagnostics);
            inferred[i] = article with
            {
                Date = date,
                DateSource = dateSource,
                DateConfidence = dateConfidence,
                DateReason = dateReason,
                Tags = tags,
                TagSource = tagSource,
                Section = section,
                SectionSource = sectionSource,
                SectionWords = sectionWords,
                City = article.City is { } city ? places.GetOrAdd(city, ProperNames.Place) : null,
                Editor = article.Editor is { } editor ? people.GetOrAdd(editor, ProperNames.Person) : null,
                Slug = slug,
                Url = Permalinks.For(date, section, slug, settings.Permalink, settings.UndatedPermalink),
            };
        });

        SettleUrlCollisions(inferred, settings, diagnostics);
        return inferred;
    }

    /// <summary>
    /// Each article's tags from the text, and the candidates they were chosen from when the report keeps notes (else
    /// null). Every article's candidates count towards how rare a phrase is, even those whose tags are declared. The
    /// steps run unless the last build ran them over the same inputs (<see cref="TagMemory"/>); a report that keeps
    /// notes always runs them, since the notes are made from the candidates the memory does not keep.
    /// </summary>
    private static (IReadOnlyList<string>[] Tags, IReadOnlyList<TagCandidate>[]? Explained) InferTags(IReadOnlyList<Article> known,
        IReadOnlyList<ArticleEvidence> textEvidence, TagSettings settings, TagReport? report, TagMemory? remembered, Action<TagMemory>? remember)
    {
        var findings = new ComputedList<ArticleEvidence, TagFindings>(textEvidence, e => e.Tags ?? TagFindings.Empty);
        var fromText = new bool[known.Count];
        for (var i = 0; i < fromText.Length; i++) fromText[i] = known[i].TagSource == ValueSource.None;
        Hash128? key = null;
        if (remembered is not null || remember is not null)
        {
            var findingKeys = new Hash128[textEvidence.Count];
            for (var i = 0; i < findingKeys.Length; i++) findingKeys[i] = textEvidence[i].TagsKey;
            key = TagMemory.KeyOf(findingKeys, fromText, settings);
        }
        var explain = report is { KeepNotes: true };
        if (!explain && key is { } k && remembered is { } r && r.Key == k && r.Tags.Length == known.Count)
        {
            report?.SetAliases(r.Aliases);
            return (r.Tags, null);
        }

        var chosen = TagExtraction.Choose(findings, new TagLexicon(settings), settings.Max);
        var aliases = TagReport.CollectAliases(chosen.Where((_, i) => fromText[i]));
        report?.SetAliases(aliases);
        var tags = new IReadOnlyList<string>[chosen.Length];
        for (var i = 0; i < tags.Length; i++)
        {
            if (!fromText[i] || chosen[i].Count == 0)
            {
                tags[i] = [];
                continue;
            }
            var display = new string[chosen[i].Count];
            for (var t = 0; t < display.Length; t++) display[t] = chosen[i][t].Display;
            tags[i] = display;
        }
        if (key is { } newKey) remember?.Invoke(new TagMemory(newKey, tags, aliases));
        return (tags, explain ? chosen : null);
    }

    /// <summary>The habits dates were read with, and each undated article's verdict (null where the text gives no date).</summary>
    public sealed record DateReading(DateHabits Habits, IReadOnlyList<DateVerdict?> Verdicts);

    /// <summary>
    /// Text dates for the articles nothing declares a date for. The archive first learns its own habits from the
    /// articles it has real dates for (front matter, table, file name), when it has at least
    /// <see cref="DateSettings.LearnFrom"/> of them; then each text is read alone; then the days the archive is known to
    /// cover place year-less and contradicted dates; then articles still undated may take the date their neighbours in
    /// file order agree on, when the archive shows its file order follows the calendar (<see cref="DateNeighbours"/>).
    /// </summary>
    /// <param name="shipped">The habits to start from: <see cref="DateHabits.Default"/> unless a test measures others.</param>
    public static DateReading InferDates(IReadOnlyList<Article> known, IReadOnlyList<DateEvidence?> evidence, DateSettings settings, DateHabits? shipped = null)
    {
        shipped ??= DateHabits.Default;
        var habits = shipped;
        if (settings.Learn)
        {
            // In source-path order, so what is learnt (sums of rates included) never depends on the order articles came in.
            var dated = new List<DatedEvidence>();
            foreach (var i in Enumerable.Range(0, known.Count).OrderBy(i => known[i].SourcePath, StringComparer.Ordinal))
                if (known[i].Date is { } date && evidence[i] is { Clues.Count: > 0 } e) dated.Add(new DatedEvidence(e, date));
            if (dated.Count >= settings.LearnFrom) habits = DateHabitLearner.LearnOwn(dated, shipped);
        }
        if (settings.Confidence is { } threshold) habits = habits.WithThreshold(threshold);

        // First each text alone; the confident dates and the declared ones make the archive's calendar.
        var firstPass = new List<DateOnly>(known.Count);
        for (var i = 0; i < known.Count; i++)
        {
            if (known[i].Date is { } declared) firstPass.Add(declared);
            else if (evidence[i] is { } e && DateInference.Decide(e, habits) is { } v && v.Confidence >= habits.Threshold) firstPass.Add(v.Date);
        }
        var calendar = new CorpusCalendar(firstPass);

        var verdicts = new DateVerdict?[known.Count];
        Parallel.For(0, known.Count, i =>
        {
            if (known[i].Date is null && evidence[i] is { } e) verdicts[i] = DateInference.Decide(e, habits, calendar);
        });
        if (settings.Neighbours) DateNeighbours.Fill(known, verdicts, habits.Threshold);
        return new DateReading(habits, verdicts);
    }

    /// <summary>The article's section, where it came from and the words that decided it, after the section step.</summary>
    private static (string? Section, ValueSource Source, IReadOnlyList<string> Words) SectionOf(Article article, SectionDecision decision) => decision.Origin switch
    {
        SectionOrigin.Declared => (decision.Section, article.SectionSource, article.SectionWords),
        SectionOrigin.Text => (decision.Section, ValueSource.Text, decision.Words),
        SectionOrigin.Fallback => (decision.Section, ValueSource.Settings, article.SectionWords),
        _ => (article.Section, article.SectionSource, article.SectionWords),
    };

    /// <summary>Date, tags, section and slug from front matter, the table row and the file name, where they say anything.</summary>
    private static Article FromDeclaredSources(Article article, MetadataRow? row, MetadataTable? table, DiagnosticBag diagnostics)
    {
        var fm = article.FrontMatter;
        var (date, dateSource) = fm.Date is { } d ? (d, ValueSource.FrontMatter)
            : row?.Date is { } t ? (t, ValueSource.Table)
            : FileNameDate(article, diagnostics) is { } f ? (f, ValueSource.FileName)
            : ((DateOnly?)null, ValueSource.None);
        var (tags, tagSource) = fm.Tags is { } ft ? (ft, ValueSource.FrontMatter)
            : row?.Tags is { } rt ? (rt, ValueSource.Table)
            : ((IReadOnlyList<string>)[], ValueSource.None);
        var (section, sectionSource) = fm.Section is { } fs ? (fs, ValueSource.FrontMatter)
            : row?.Category is { } rc ? (rc, ValueSource.Table)
            : ((string?)null, ValueSource.None);

        // Front matter's slug is already in SlugOverride (the reader put it there); the table's comes second.
        var slugOverride = article.SlugOverride ?? fm.Slug ?? row?.Slug;
        // Most articles declare nothing: the record as read stands, rather than a copy of it live beside it through
        // the tag steps (50 MB at 250,000 articles).
        if (date == article.Date && dateSource == article.DateSource && tagSource == article.TagSource && tags.SequenceEqual(article.Tags)
            && section == article.Section && sectionSource == article.SectionSource && slugOverride == article.SlugOverride)
            return article;
        return article with
        {
            Date = date,
            DateSource = dateSource,
            Tags = tags,
            TagSource = tagSource,
            Section = section,
            SectionSource = sectionSource,
            SlugOverride = slugOverride,
        };
    }

    /// <summary>The date of a <c>yyyy-mm-dd-</c> prefix on the file name (<c>2023-07-27-ngeri-rusia.txt</c>), or null.</summary>
    public static DateOnly? FileNameDate(Article article, DiagnosticBag? diagnostics = null)
    {
        var name = Path.GetFileName(article.SourcePath);
        var m = FileNamePrefix().Match(name);
        if (!m.Success) return null;
        if (DateOnly.TryParseExact(m.Groups["date"].ValueSpan, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        diagnostics?.Add(Diagnostic.Warning(article.SourcePath, $"file name starts with '{m.Groups["date"].Value}', which is not a date; ignored"));
        return null;
    }

    [GeneratedRegex(@"^(?<date>[0-9]{4}-[0-9]{2}-[0-9]{2})-", RegexOptions.CultureInvariant)]
    private static partial Regex FileNamePrefix();

    /// <summary>
    /// Makes permalinks unique across the site: in source-path order, an article whose URL an earlier one took gets
    /// its slug with -2, -3. Each article comes with the slug and URL it wants (<see cref="SlugFor"/>,
    /// <see cref="Permalinks.For"/>), made in the same pass as the rest of its record, so only a renamed one is copied.
    /// </summary>
    private static void SettleUrlCollisions(Article[] articles, SiteSettings settings, DiagnosticBag diagnostics)
    {
        var order = new int[articles.Length];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (a, b) => string.CompareOrdinal(articles[a].SourcePath, articles[b].SourcePath));
        var taken = new HashSet<string>(articles.Length, StringComparer.Ordinal);
        foreach (var index in order)
        {
            var article = articles[index];
            var url = article.Url;
            string? slug = null; // set only when the article is renamed
            for (var n = 2; !taken.Add(url); n++)
            {
                slug = $"{article.Slug}-{n}";
                url = Permalinks.For(article.Date, article.Section, slug, settings.Permalink, settings.UndatedPermalink);
            }
            if (slug is null) continue;
            diagnostics.Add(Diagnostic.Warning(article.SourcePath, $"its URL collides with another article's; renamed to '{url}'"));
            articles[index] = article with { Slug = slug, Url = url };
        }
    }

    private static string SlugFor(Article article, DiagnosticBag diagnostics)
    {
        if (article.SlugOverride is { } requested)
        {
            var clean = Slugs.From(requested);
            if (clean.Length > 0)
            {
                if (clean != requested)
                    diagnostics.Add(Diagnostic.Warning(article.SourcePath, $"slug '{requested}' is not a clean URL segment; using '{clean}'"));
                return clean;
            }
            diagnostics.Add(Diagnostic.Warning(article.SourcePath, $"slug '{requested}' has nothing usable in a URL; using the title"));
        }
        var slug = Slugs.From(article.Title);
        if (slug.Length > 0) return slug;
        slug = Slugs.From(Path.GetFileNameWithoutExtension(article.SourcePath));
        return slug.Length > 0 ? slug : "artikel-" + StableHash.Hex(article.SourcePath, 8);
    }
}
