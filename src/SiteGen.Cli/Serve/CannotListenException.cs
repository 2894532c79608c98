namespace SiteGen.Cli.Serve;

/// <summary>The server could not listen where it was asked to (port in use, address not on this machine, no permission).</summary>
public sealed class CannotListenException(string message, Exception? inner = null) : Exception(message, inner);
