namespace SkoleUtvikling.Bot.Storage;

public enum SqlDialect
{
    Sqlite,
    Postgres,
}
