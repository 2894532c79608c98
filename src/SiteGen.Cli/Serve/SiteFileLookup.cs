namespace SiteGen.Cli.Serve;

/// <summary>What a request path names in the served folder.</summary>
public abstract record SiteFileLookup
{
    private SiteFileLookup() { }

    /// <summary>A file, already open: it stays readable whole even if a build swaps the folder away meanwhile.</summary>
    public sealed record Found(FileStream Stream, string FileName) : SiteFileLookup;

    /// <summary>A folder asked for without its trailing '/': the browser is sent to the folder URL.</summary>
    public sealed record FolderWithoutSlash(SafePath Folder) : SiteFileLookup;

    public sealed record Missing : SiteFileLookup;
}
