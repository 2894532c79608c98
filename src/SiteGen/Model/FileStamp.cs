namespace SiteGen.Model;

/// <summary>A file's size and modification time (UTC ticks) as last seen.</summary>
public readonly record struct FileStamp(long Length, long ModifiedTicks);
