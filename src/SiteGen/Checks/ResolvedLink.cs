namespace SiteGen.Checks;

public enum LinkTarget
{
    /// <summary>Inside the site: <see cref="ResolvedLink.Path"/> says where in the output folder.</summary>
    Internal,
    /// <summary>Another host, another scheme (mailto:, tel:, data:) or a full URL to this host outside the site: not ours to check.</summary>
    External,
    /// <summary>A root-relative path that misses the base URL's sub-path: on the deployed site it leaves the archive.</summary>
    OutsideBasePath,
    /// <summary>Climbs above the output folder with <c>..</c>.</summary>
    OutsideOutput,
}

/// <summary>
/// Where an href points. For internal links <see cref="Path"/> is relative to the output folder, percent-decoded,
/// without a leading slash; a folder URL keeps its trailing slash ("tag/x/"), and the site root is "".
/// <see cref="Fragment"/> is the decoded part after '#', or null when there is none.
/// </summary>
public readonly record struct ResolvedLink(LinkTarget Target, string Path, string? Fragment);
