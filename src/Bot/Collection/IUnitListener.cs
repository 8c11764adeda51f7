namespace SkoleUtvikling.Bot.Collection;

/// <summary>
/// Told after a leader registered a unit (<c>enhet …</c>, committed), so a feature can give it what it missed (a
/// nettverksgruppe registered after a flexible meeting was announced gets the announcement). Must be idempotent: a
/// unit registered again is told again.
/// </summary>
public interface IUnitListener
{
    Task UnitRegisteredAsync(RegisteredUnit unit, CancellationToken cancellationToken);
}
