namespace SkoleUtvikling.Cards.Reflection;

/// <summary>The questions a reading gets when the plan or a leader sets none.</summary>
public static class ReflectionQuestions
{
    public static IReadOnlyList<ReflectionQuestion> Defaults { get; } =
    [
        new("budskap", ReflectionCardTexts.DefaultQuestionMessage),
        new("praksis", ReflectionCardTexts.DefaultQuestionPractice),
    ];
}
