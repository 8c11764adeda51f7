namespace SkoleUtvikling.Tests.Unit.Storage.Queue.Limits;

/// <summary>A Random whose NextDouble is fixed, so jitter is predictable.</summary>
internal sealed class FixedRandom(double value) : Random
{
    public override double NextDouble() => value;
}
