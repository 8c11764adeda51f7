namespace SkoleUtvikling.Tests.Integration.Features.Reflection;

/// <summary>A person as Teams names them: the <c>29:</c> id, the Entra object id and their 1:1 chat with the bot.</summary>
public sealed record TeamsUser(string Id, string Name, string Aad, string PersonalChat);
