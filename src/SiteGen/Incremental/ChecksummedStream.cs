using System.IO.Hashing;

namespace SiteGen.Incremental;

/// <summary>
/// Writes through to another stream and adds every byte to a checksum on the way, so a part of the cache file can go
/// straight to the file instead of being put together in memory first to be checksummed (the output manifest of
/// 100,000 articles is about 80 MB).
/// </summary>
internal sealed class ChecksummedStream(Stream inner, XxHash128 checksum) : Stream
{
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        checksum.Append(buffer);
        inner.Write(buffer);
    }

    public override void WriteByte(byte value) => Write([value]);

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
