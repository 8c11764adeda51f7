using System.Text.Json.Nodes;
using SkoleUtvikling.Cards.Forms;

namespace SkoleUtvikling.Cards.Reflection;

/// <summary>The reflection form, as a Teams dialog or inline in a 1:1 chat; also re-sent with field errors. A general <see cref="FormCard"/>.</summary>
public static class ReflectionFormCard
{
    public static JsonObject Build(ReflectionFormModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return FormCard.Build(ReflectionForm.Model(model));
    }
}
