using SkoleUtvikling.Bot.Storage.Queue;

namespace SkoleUtvikling.Bot.Filing.Queue;

/// <summary>The filing worker's doorbell: rung after a job is enqueued or an archive chosen.</summary>
public sealed class FilingSignal : WorkSignal;
