using Dapper;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Protocol.Outbound;

namespace SkoleUtvikling.Bot.Storage.Outbox;

/// <summary>Sends pending outbox rows.</summary>
public sealed class OutboxWorker(Database database, IConnectorClient connector, OutboxSignal signal, TimeProvider time, ILogger<OutboxWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var c = await database.OpenAsync(stoppingToken);
                var rows = (await c.QueryAsync<Row>("SELECT id AS Id, service_url AS ServiceUrl, conversation_id AS ConversationId, operation AS Operation, target_activity_id AS TargetActivityId, payload AS Payload FROM outbox WHERE status = 'pending' ORDER BY id LIMIT 50")).ToList();
                foreach (var row in rows)
                {
                    var activity = ProtocolJson.ParseActivity(row.Payload)!;
                    var result = row.Operation == nameof(OutboxOperation.Reply)
                        ? await connector.ReplyAsync(row.ServiceUrl, row.ConversationId, row.TargetActivityId!, activity, stoppingToken)
                        : await connector.SendAsync(row.ServiceUrl, row.ConversationId, activity, stoppingToken);
                    await c.ExecuteAsync("UPDATE outbox SET status = 'sent', result_activity_id = @Id2, completed_at_ms = @Now WHERE id = @Id", new { row.Id, Id2 = result?.Id, Now = time.GetUtcNow().ToUnixTimeMilliseconds() });
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                OutboxLog.SendFailed(logger, ex);
            }

            await signal.WaitAsync(TimeSpan.FromSeconds(1), stoppingToken);
        }
    }

    private sealed class Row
    {
        public long Id { get; set; }
        public string ServiceUrl { get; set; } = "";
        public string ConversationId { get; set; } = "";
        public string Operation { get; set; } = "";
        public string? TargetActivityId { get; set; }
        public string Payload { get; set; } = "";
    }
}
