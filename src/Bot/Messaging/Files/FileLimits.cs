using Microsoft.Extensions.Options;

namespace SkoleUtvikling.Bot.Messaging.Files;

/// <summary>Limits on files users send the bot.</summary>
public sealed class FileLimits
{
    public const string Section = "Files";

    /// <summary>Largest file accepted, in bytes. A real development plan is well under 1 MB.</summary>
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>
    /// Hosts Teams' file download and upload URLs may point at (SharePoint/OneDrive); a leading "." matches subdomains.
    /// Loopback is allowed only in development mode.
    /// </summary>
    public List<string> AllowedHosts { get; set; } = [".sharepoint.com", ".sharepoint.us", ".sharepoint.de", ".sharepoint.cn"];
}

public sealed class FileLimitsValidator : IValidateOptions<FileLimits>
{
    public ValidateOptionsResult Validate(string? name, FileLimits options)
    {
        var failures = new List<string>();
        if (options.MaxBytes is < 1024 or > 100L * 1024 * 1024)
        {
            failures.Add($"Files:MaxBytes must be between 1024 and 104857600 bytes, was {options.MaxBytes}.");
        }

        if (options.AllowedHosts.Any(string.IsNullOrWhiteSpace))
        {
            failures.Add("Files:AllowedHosts must not contain empty entries.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
