using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace SiteGen.Reading.Repair;

/// <summary>
/// Every pattern of scraper cruft SiteGen removes, in one place, each with the shape of the real lines it was written
/// for (quoted in short, with <c>…</c> for the rest). The code that applies them is <see cref="ScraperCruft"/> and
/// <see cref="Teasers"/>; each pattern has a test in <c>CruftPatternsTests</c> made from real lines.
/// </summary>
public static partial class CruftPatterns
{
    // ---- "Baca Juga" teasers: a link to another story that a scraper kept as text ----

    /// <summary>
    /// The teaser's label. Capitalised, it is a teaser wherever it stands, even glued to its headline or run on after a
    /// sentence without a full stop: <c>… ujarnya. Baca Juga Konflik Timur Tengah Memanas, …</c>,
    /// <c>Baca JugaDampak Perang Iran, …</c>, <c>… tuturnya Baca Juga JK soal …</c>, <c>BACA JUGA: …</c>.
    /// In sentence case (<c>Baca juga</c>) it is also what a writer says to a reader ("baca juga bukunya"), so it counts
    /// only where a teaser stands: opening a paragraph or a parenthesis, or after a sentence, and followed by a colon, a
    /// comma, a capital or nothing: <c>Baca juga:</c>, <c>Baca juga,,“Kami …</c>, <c>(Baca juga: Diserang 2 Pesawat …)</c>.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:Baca Juga|BACA JUGA|(?:(?<=^|[(.!?""”’,]\s*)Baca juga(?=\s*[:,]|\s+\p{Lu}|\s*$)))", RegexOptions.CultureInvariant)]
    public static partial Regex TeaserLabel();

    /// <summary>What follows the label before its headline: <c> :</c>, <c>:</c>, <c>:,,</c>, <c>,,</c>.</summary>
    [GeneratedRegex(@"\G[\s:]*(?:,[\s,]*)?", RegexOptions.CultureInvariant)]
    public static partial Regex AfterTeaserLabel();

    /// <summary>
    /// Where a scraper joined the teaser's link to the next paragraph with a comma and no space, the story resumes:
    /// <c>Baca juga: Sebelum Disiksa Suami, Tiga Setia Gara Rayakan Ulang Tahun Pernikahan,Ray Sahetapy yang …</c>.
    /// A comma between digits (<c>M 3,6 Guncang</c>) or followed by a space belongs to the headline.
    /// </summary>
    [GeneratedRegex(@"(?<=[^\d\s,]),+(?=[\p{L}""“‘(])", RegexOptions.CultureInvariant)]
    public static partial Regex ScraperJoin();

    /// <summary>
    /// Opening quotes of the story resuming after a headline: <c>… Nabilah O'Brien "Kita sudah bersurat …</c>,
    /// <c>… Perompak di Gabon “Dengan demikian …</c>, <c>… Hatiku Sangat Hancur" Terima kasih …</c>.
    /// </summary>
    public const string Quotes = "\"“”";

    /// <summary>
    /// Words a story's sentence opens with and a headline does not hold after its first words, so the story resumes
    /// there: <c>… Skenario Terburuk Haji dan Umrah Disiapkan Sebelumnya, Ketua Komisi VIII …</c>,
    /// <c>… Tunda Bahas Board of Peace Sementara itu pada poin nomor 16 …</c>, <c>… Asam Lambung, Ini Harus
    /// Diperhatikan agar Perjalanan Nyaman Dia berkata, …</c>. Most count only when a comma or a lower-case word follows
    /// (a headline capitalises its next word: <c>Jokowi Dalam Pusaran …</c>); <see cref="StrongSentenceOpeners"/> count
    /// whatever follows. Phrases, not single words, where the word alone is common in headlines (<c>Tak hanya itu</c>,
    /// not <c>Tak</c>: <c>… Bengkulu Utara Tak terkait MBG</c>).
    /// </summary>
    public static readonly IReadOnlyList<string> SentenceOpeners =
    [
        "Sebelumnya", "Sementara itu", "Sementara", "Menurut", "Menurutnya", "Adapun", "Namun", "Selain itu", "Kemudian",
        "Sedangkan", "Dia", "Ia", "Mereka", "Melalui", "Berdasarkan", "Sesuai", "Tak hanya itu", "Tidak hanya itu",
        "Di sisi lain", "Di samping itu", "Pertama", "Kedua", "Ketiga", "Keempat", "Kelima", "Terakhir", "Diketahui",
        "Dalam", "Hal ini", "Hal tersebut", "Lebih lanjut", "Bahkan", "Oleh karena itu", "Oleh sebab itu", "Untuk itu",
        "Meski begitu", "Meski demikian", "Meskipun", "Padahal", "Selanjutnya", "Akibatnya", "Sebagai informasi",
        "Seperti diketahui", "Sejauh ini", "Hingga kini", "Hingga saat ini", "Dengan demikian", "Kini", "Adapun",
    ];

    /// <summary>Openers that end a headline whatever follows them: <c>… di Meikarta Tahun Ini Menurut Menteri PKP, pembangunan …</c>.</summary>
    public static readonly FrozenSet<string> StrongSentenceOpeners =
        new[] { "Sebelumnya", "Menurut", "Menurutnya", "Adapun", "Sedangkan", "Sementara" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Lower-case words an Indonesian headline keeps between its capitalised words: <c>Kapolri Safari Ramadan di
    /// Sumsel</c>, <c>Meninggal Sebulan usai Anniversary</c>, <c>Live TikTok saat Mangkir</c>, <c>AS-Israel vs Iran</c>.
    /// A lower-case word outside this list followed by another lower-case word is a sentence: the story has resumed
    /// (<c>… di Laut BMKG menyarankan masyarakat …</c>).
    /// </summary>
    public static readonly FrozenSet<string> HeadlineLowerCaseWords = new[]
    {
        "di", "ke", "dari", "dan", "yang", "untuk", "dengan", "atau", "hingga", "usai", "soal", "terkait", "vs", "jadi",
        "meski", "tapi", "saat", "sejak", "setelah", "sebelum", "pada", "bagi", "jika", "agar", "atas", "oleh", "per",
        "dalam", "akan", "sebagai", "karena", "demi", "lewat", "kata", "jelang", "serta", "sampai", "ala", "pun", "lagi",
        "ini", "itu", "tak", "of", "the", "and", "in", "on", "for", "to", "at", "by", "with", "a", "an", "is",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The longest headline a teaser is read as, in words; the corpus's longest title has 19.</summary>
    public const int MaxHeadlineWords = 30;

    // ---- The start of the lead, when the dateline before it was damaged ----

    /// <summary>
    /// Punctuation left at the start of the lead once the dateline's city and portal are gone: <c>– Menteri …</c>
    /// (after the mojibake <c>‚Äì Menteri</c> is repaired), <c>: Menteri</c>, <c>-Menteri</c>, <c>, , Menteri</c>, and the
    /// <c>?</c> that stands for a lost dash (<c>? Sebanyak …</c>). A minus before a number (<c>-5 derajat</c>) is text.
    /// </summary>
    [GeneratedRegex(@"^(?:[\s,;:]|[-–—―]+(?!\d)|\?(?=\s))+(?=\S)", RegexOptions.CultureInvariant)]
    public static partial Regex LeadStartDebris();

    /// <summary>A lead that is nothing but that punctuation (<c>–</c>, <c>, -</c>): the dateline's remains on a line of their own.</summary>
    [GeneratedRegex(@"^(?:[\s,;:?]|[-–—―])+$", RegexOptions.CultureInvariant)]
    public static partial Regex LeadOfDebrisOnly();

    // ---- Commas left where a scraper dropped a link or joined paragraphs ----

    /// <summary>
    /// A run of commas where a link's text was dropped between two: <c>Pembalap Tim Scuderia Ferrari,,antusias …</c>,
    /// <c>Pelatih,, Brendan Rodgers, …</c>, <c>Kerja untuk ,, Simak …</c>. One comma stays.
    /// </summary>
    [GeneratedRegex(@",(?:\s*,)+", RegexOptions.CultureInvariant)]
    public static partial Regex CommaRun();

    /// <summary>
    /// A comma before a full stop, colon, semicolon or closing bracket: <c>… megabintang Juventus,,. Dibilang …</c>,
    /// <c>Pengakuan Seorang ,: Jangan …</c>. Not before <c>?</c> or <c>!</c>, which in these archives can stand for a
    /// lost closing quote (<c>… berkelas dunia,? kata Arief Yahya</c>).
    /// </summary>
    [GeneratedRegex(@"\s*,+\s*(?=[.:;)])", RegexOptions.CultureInvariant)]
    public static partial Regex CommaBeforeStop();

    /// <summary>
    /// A comma run into the next word after a sentence's end, where a scraper joined two paragraphs:
    /// <c>… sebagai berikut:,Terlihat pola …</c>, <c>… tersebut.",Di …</c>. A comma after a quote that is followed by a
    /// space is the writer's (<c>"Merdeka!", teriaknya</c>), and so is one before a closing quote (<c>… sebagai tersangka?," tanya …</c>).
    /// </summary>
    [GeneratedRegex(@"(?<=[.!?:;][""”’)]?),+(?=[\p{L}\p{N}(\[“‘])", RegexOptions.CultureInvariant)]
    public static partial Regex CommaAfterStop();

    /// <summary>
    /// A comma straight after a word's full stop, where a scraper dropped the link that opened the next sentence or
    /// joined two paragraphs: <c>… per tahun," ujarnya.,, memastikan tarif …</c>, <c>… Kelapa Gading, dan Gambir.,
    /// "Pengukuran …</c>. The full stop of an abbreviation takes a comma in good text (<c>Ahmad, S.H., M.H.</c>,
    /// <c>buah, sayur, dll., yang</c>), so the word before it decides: see <see cref="IsAbbreviation"/>.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}.])(?<word>[\p{L}\p{N}]+)\.\s*,+\s*(?=\S)", RegexOptions.CultureInvariant)]
    public static partial Regex CommaAfterFullStop();

    /// <summary>Lower-case abbreviations whose full stop a comma may follow: <c>dll.,</c>, <c>dkk.,</c>, <c>et al.,</c>.</summary>
    public static readonly FrozenSet<string> LowerCaseAbbreviations = new[]
    {
        "dll", "dsb", "dkk", "dst", "tsb", "sda", "yth", "ybs", "etc", "al", "hlm", "jl", "no",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether <paramref name="word"/> before a full stop is an abbreviation: a single letter (<c>S.H.</c>,
    /// <c>M. Nasir</c>), a capitalised word of up to three letters (<c>Tbk</c>, <c>Jr</c>, <c>Si</c> of <c>M.Si.</c>,
    /// <c>Inc</c>), or one of <see cref="LowerCaseAbbreviations"/>. A sentence's last word is none of these in news text
    /// often enough to matter (<c>itu.</c>, <c>Gambir.</c>, <c>2019.</c> are not).
    /// </summary>
    public static bool IsAbbreviation(string word) =>
        word.Length == 1
        || (word.Length <= 3 && char.IsUpper(word[0]) && word.All(char.IsLetter))
        || LowerCaseAbbreviations.Contains(word.ToLowerInvariant());

    /// <summary>Brackets left empty where the link inside them was dropped: <c>… kelayakan dan kepatutan (,).</c></summary>
    [GeneratedRegex(@"\s*\([\s,]*\)", RegexOptions.CultureInvariant)]
    public static partial Regex EmptyBrackets();

    /// <summary>Space before a comma, where the dropped link stood: <c>Pembalap Italia berjuluk , akan …</c>, <c>Tato , yang Keren Abis</c>.</summary>
    [GeneratedRegex(@"(?<=\S)\s+,", RegexOptions.CultureInvariant)]
    public static partial Regex SpaceBeforeComma();

    /// <summary>
    /// A comma run into the next word or opening quote: <c>… dari laman,Jumat</c>, <c>Sebelumnya,penahanan …</c>,
    /// <c>… imbuhnya,Fasilitas ini …</c>, <c>ujar dia,"Kita …</c>, <c>ujarnya,“Kami …</c>. Not between digits
    /// (<c>Rp3,5</c>), and not before a straight quote that closes (<c>… yang mengejutkan,"katanya.</c>): a straight quote
    /// opens only before a capital.
    /// </summary>
    [GeneratedRegex(@"(?<=[^\d\s]),(?=\p{L}|[“‘]\p{L}|""\p{Lu})", RegexOptions.CultureInvariant)]
    public static partial Regex CommaWithoutSpace();

    /// <summary>
    /// A comma opening or closing a paragraph: <c>, Trump Nyatakan AS Siap …</c> (a title whose first words were a link),
    /// <c>… saat Pilkada 2020 nanti.,</c>, <c>5 Cara Ampuh Menarik Perhatian ,</c>.
    /// </summary>
    [GeneratedRegex(@"^[\s,]*,\s*|\s*,[\s,]*$", RegexOptions.CultureInvariant)]
    public static partial Regex CommaAtEnds();

    /// <summary>Spaces left two in a row, or at an end, where debris between them went.</summary>
    [GeneratedRegex(@"\s{2,}", RegexOptions.CultureInvariant)]
    public static partial Regex SpaceRun();
}
