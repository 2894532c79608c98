namespace SiteGen.Incremental;

/// <summary>
/// A part of a cached payload left encoded (an article's tag findings, its word bag), decoded again each time something
/// reads it: from the bytes it is a slice of, or from its place in a payload file, read into a buffer lent for the
/// decoding (the corpus steps read every article's findings a few times over; a new array each time was a tenth of
/// what a one-edit build allocated).
/// </summary>
internal abstract class EncodedPart
{
    public static EncodedPart Over(ReadOnlyMemory<byte> bytes) => new InMemory(bytes);

    public static EncodedPart At(PayloadSlot slot) => new InFile(slot);

    /// <summary>What <paramref name="read"/> decodes from the part; it must keep nothing of the bytes, which may be lent.</summary>
    public abstract T Decode<TState, T>(TState state, Func<CacheReader, TState, T> read);

    private sealed class InMemory(ReadOnlyMemory<byte> bytes) : EncodedPart
    {
        public override T Decode<TState, T>(TState state, Func<CacheReader, TState, T> read) => read(CacheReader.Over(bytes), state);
    }

    private sealed class InFile(PayloadSlot slot) : EncodedPart
    {
        public override T Decode<TState, T>(TState state, Func<CacheReader, TState, T> read) =>
            slot.ReadWith((state, read), static (bytes, s) => s.read(CacheReader.Over(bytes), s.state));
    }
}
