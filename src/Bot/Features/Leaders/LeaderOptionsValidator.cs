using Microsoft.Extensions.Options;

namespace SkoleUtvikling.Bot.Features.Leaders;

public sealed class LeaderOptionsValidator : IValidateOptions<LeaderOptions>
{
    public ValidateOptionsResult Validate(string? name, LeaderOptions options)
    {
        var bad = options.AadObjectIds.Select((id, i) => (id, i)).Where(x => !Guid.TryParse(x.id, out _)).ToList();
        return bad.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(bad.Select(x => $"Leaders:AadObjectIds:{x.i} must be an Entra object id (GUID), was '{x.id}'."));
    }
}
