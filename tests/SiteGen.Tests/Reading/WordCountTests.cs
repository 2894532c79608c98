using SiteGen.Reading;

namespace SiteGen.Tests.Reading;

/// <summary>The block-wise word count gives what counting one character at a time gives, wherever a block boundary falls.</summary>
public class WordCountTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("satu", 1)]
    [InlineData("anak-anak bermain di taman", 4)]
    [InlineData("Jum'at, 17/9/2019 - pukul 10.00", 7)]
    [InlineData("- -- ' kata -- 'lain' --", 2)]
    [InlineData("aaaaaaaaaaaaaaa-bbbbbbbbbbbbbbb--------------------cc dd", 2)]
    [InlineData("Kémhan ‚Äú Rusia ‚Äù café’s", 5)] // "Äú" and "Äù" are letters
    public void CountsWords(string text, int expected) => Assert.Equal(expected, WordCount.Of(text));

    [Fact]
    public void AgreesWithACharacterByCharacterCountOnRandomText()
    {
        const string alphabet = "ab Z9-'’.,é  \u00A0x-";
        var random = new Random(7);
        for (var n = 0; n < 2000; n++)
        {
            var chars = new char[random.Next(0, 80)];
            for (var i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            // Mostly ASCII texts, so that the sixteen-character blocks are taken; some with 'é' or '’' in a block.
            var text = random.Next(4) == 0 ? new string(chars) : new string(chars).Replace('é', 'e').Replace('’', '\'').Replace('\u00A0', ' ');
            Assert.Equal(Reference(text), WordCount.Of(text));
        }
    }

    private static int Reference(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) count++;
            inWord = letter || (inWord && c is '-' or '\'' or '’');
        }
        return count;
    }
}
