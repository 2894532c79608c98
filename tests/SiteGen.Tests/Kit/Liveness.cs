namespace SiteGen.Tests.Kit;

/// <summary>What a test of letting go asks of the collector.</summary>
internal static class Liveness
{
    /// <summary>Whether <paramref name="reference"/>'s target survives a full collection.</summary>
    public static bool StillAlive(WeakReference reference)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return reference.IsAlive;
    }
}
