using SkoleUtvikling.Bot.Collection;

namespace SkoleUtvikling.Bot.Features.Reflection;

/// <summary>Where reflection notes are filed: "Refleksjonsnotater/&lt;meeting&gt;/&lt;name&gt;.docx" below the leaders' archive.</summary>
public static class ReflectionFiling
{
    public static FilingPolicy Notes { get; } = new(ReflectionTexts.NotesFolder);
}
