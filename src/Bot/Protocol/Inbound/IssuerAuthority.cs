namespace SkoleUtvikling.Bot.Protocol.Inbound;

/// <summary>
/// One kind of token the bot accepts: its issuers, where its keys live, and whether it carries the
/// Bot Framework extras (channel endorsements on the keys, a mandatory <c>serviceurl</c> claim).
/// </summary>
public sealed record IssuerAuthority(string Name, IReadOnlySet<string> Issuers, OpenIdKeyCache Keys, bool IsBotFramework);
