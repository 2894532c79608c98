namespace SiteGen.Engine;

/// <summary>
/// A diagnostic's message kept as the few values it is made of and written only when it is read (printed, saved or
/// compared). Worth it only for a warning that a large share of a large archive can draw.
/// </summary>
public abstract class DeferredMessage
{
    public abstract string Write();

    public override string ToString() => Write();
}
