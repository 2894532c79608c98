namespace SiteGen.Modules.Assets;

/// <summary>A file copied into the output as it is: a theme asset (maybe fingerprinted) or a static file of the site.</summary>
public sealed record AssetFile(string Name, string Destination, Func<byte[]> Bytes);
