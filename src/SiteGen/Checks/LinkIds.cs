using System.Collections;
using System.Runtime.CompilerServices;

namespace SiteGen.Checks;

/// <summary>
/// A page's distinct links as numbers into a table of hrefs (<see cref="LinkRecorder"/>), ascending, held as their
/// count and the gaps between them in variable-length bytes. Every page of an archive keeps its links to the end of the
/// build (for the link check and the cache's manifest): as an <c>int[]</c> they were 77 MB at 250,000 articles, and
/// the gaps between a page's sorted links mostly fit a byte or two.
/// </summary>
[CollectionBuilder(typeof(LinkIds), nameof(FromSorted))]
public readonly struct LinkIds : IEquatable<LinkIds>, IEnumerable<int>
{
    private readonly byte[] _encoded;

    private LinkIds(byte[] encoded) => _encoded = encoded;

    /// <summary>Ids in ascending order, each once.</summary>
    public static LinkIds FromSorted(ReadOnlySpan<int> ids)
    {
        Span<byte> scratch = stackalloc byte[5];
        var length = Encode((uint)ids.Length, scratch);
        var previous = -1;
        foreach (var id in ids)
        {
            if (id <= previous) throw new ArgumentException("link ids must ascend, each once", nameof(ids));
            length += Encode((uint)(id - previous - 1), scratch);
            previous = id;
        }
        var encoded = new byte[length];
        var at = Encode((uint)ids.Length, encoded);
        previous = -1;
        foreach (var id in ids)
        {
            at += Encode((uint)(id - previous - 1), encoded.AsSpan(at));
            previous = id;
        }
        return new LinkIds(encoded);
    }

    public int Count => _encoded is null ? 0 : (int)Decode(_encoded, 0, out _);

    /// <summary>The bytes the ids take, their count included.</summary>
    public int EncodedLength => _encoded?.Length ?? 0;

    /// <summary>Whether both are the very same recorded links, not only equal ones.</summary>
    public bool SameAs(LinkIds other) => ReferenceEquals(_encoded, other._encoded);

    public Enumerator GetEnumerator() => new(_encoded);

    IEnumerator<int> IEnumerable<int>.GetEnumerator()
    {
        foreach (var id in this) yield return id;
    }

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<int>)this).GetEnumerator();

    public bool Equals(LinkIds other) => SameAs(other) || _encoded.AsSpan().SequenceEqual(other._encoded);

    public override bool Equals(object? obj) => obj is LinkIds other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(_encoded);
        return hash.ToHashCode();
    }

    public struct Enumerator
    {
        private readonly byte[]? _encoded;
        private int _at;
        private uint _left;

        internal Enumerator(byte[]? encoded)
        {
            _encoded = encoded;
            Current = -1;
            _left = encoded is null ? 0 : Decode(encoded, 0, out _at);
        }

        public int Current { get; private set; }

        public bool MoveNext()
        {
            if (_left == 0) return false;
            _left--;
            Current += (int)Decode(_encoded!, _at, out _at) + 1;
            return true;
        }
    }

    // Seven bits a byte, low first; the high bit says another byte follows.
    private static int Encode(uint value, Span<byte> into)
    {
        var i = 0;
        while (value >= 0x80)
        {
            into[i++] = (byte)(value | 0x80);
            value >>= 7;
        }
        into[i++] = (byte)value;
        return i;
    }

    private static uint Decode(byte[] from, int at, out int next)
    {
        uint value = 0;
        var shift = 0;
        byte b;
        do
        {
            b = from[at++];
            value |= (uint)(b & 0x7F) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        next = at;
        return value;
    }
}
