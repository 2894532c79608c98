using System.Runtime.InteropServices;

namespace SiteGen.Cli.Serve;

/// <summary>
/// Turns the first Ctrl+C (SIGINT) or SIGTERM into a cancellation, so the server can close its connections, cancel a
/// running build (which then leaves no staging folder behind) and exit 0. A second signal is left to the runtime,
/// which ends the process at once: a user who presses Ctrl+C twice means it.
/// </summary>
/// <remarks>
/// System.CommandLine 2.0 handles these signals only when <c>InvocationConfiguration.ProcessTerminationTimeout</c>
/// is set, and then answers 130/143 after the timeout; the serve command wants a clean stop of its own.
/// </remarks>
public sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly List<PosixSignalRegistration> _registrations = [];
    private int _received;

    public StopSignals(CancellationToken alsoStopOn)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(alsoStopOn);
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
        {
            try
            {
                _registrations.Add(PosixSignalRegistration.Create(signal, OnSignal));
            }
            catch (PlatformNotSupportedException)
            {
                // Platforms without the signal keep the runtime's default: the process ends.
            }
        }
    }

    public CancellationToken Token => _stop.Token;

    public void Dispose()
    {
        foreach (var registration in _registrations) registration.Dispose();
        _stop.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        if (Interlocked.Increment(ref _received) > 1) return;
        context.Cancel = true;
        // Off the signal thread: cancelling runs the stop code, which should not hold up signal delivery.
        _ = Task.Run(() => _stop.Cancel());
    }
}
