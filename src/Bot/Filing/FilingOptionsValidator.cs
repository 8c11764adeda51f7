using Microsoft.Extensions.Options;
using SkoleUtvikling.Bot.Storage.Queue;

namespace SkoleUtvikling.Bot.Filing;

/// <summary>Collects every filing setting mistake at start; each message names its setting.</summary>
public sealed class FilingOptionsValidator : IValidateOptions<FilingOptions>
{
    public ValidateOptionsResult Validate(string? name, FilingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!Uri.TryCreate(options.GraphBaseUrl, UriKind.Absolute, out var graph))
        {
            failures.Add($"Filing:GraphBaseUrl must be an absolute URL such as {FilingOptions.DefaultGraphBaseUrl}, was '{options.GraphBaseUrl}'.");
        }
        else if (graph.Scheme != Uri.UriSchemeHttps && !graph.IsLoopback)
        {
            // Azure.Identity sends tokens over http to loopback only; anything else would leak them.
            failures.Add($"Filing:GraphBaseUrl must use https unless it is a loopback address, was '{options.GraphBaseUrl}'.");
        }

        if (string.IsNullOrWhiteSpace(options.ArchiveFolder))
        {
            failures.Add("Filing:ArchiveFolder must name a folder for documents when Graph is not configured.");
        }
        else if (options.ArchiveFolder.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            failures.Add($"Filing:ArchiveFolder is not a valid path, was '{options.ArchiveFolder}'.");
        }

        if (options.Concurrency is < 1 or > 64)
        {
            failures.Add($"Filing:Concurrency must be between 1 and 64, was {options.Concurrency}.");
        }

        QueueOptions.ValidateShared(failures, FilingOptions.SectionName, options);
        QueueOptions.Between(failures, FilingOptions.SectionName, nameof(options.AttemptTimeout), options.AttemptTimeout, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(30));
        if (options.LeaseDuration <= options.AttemptTimeout)
        {
            // A lease shorter than one attempt would let a second worker take a job that is still being filed.
            failures.Add($"Filing:LeaseDuration must be longer than Filing:AttemptTimeout ({options.AttemptTimeout}), was {options.LeaseDuration}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
