using Microsoft.Extensions.Options;

namespace SkoleUtvikling.Bot.Hosting;

/// <summary>Turns a configuration mistake at start into one readable line per setting, and exit code 1.</summary>
public static class StartupErrors
{
    public static int Report(Exception exception)
    {
        var messages = exception switch
        {
            OptionsValidationException o => o.Failures,
            AggregateException a => a.Flatten().InnerExceptions.OfType<OptionsValidationException>().SelectMany(o => o.Failures)
                .DefaultIfEmpty(a.Message),
            _ => [exception.Message],
        };
        foreach (var message in messages)
        {
            Console.Error.WriteLine($"Configuration error: {message}");
        }

        return 1;
    }
}
