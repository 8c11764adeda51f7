namespace SkoleUtvikling.Cards.Forms;

/// <summary>How a form-level message is coloured.</summary>
public enum FormCardTone
{
    /// <summary>Plain text, e.g. «Utkastet er lagret».</summary>
    Info,

    /// <summary>Green, e.g. a confirmation.</summary>
    Good,

    /// <summary>Red: something must be done before the form can be sent, e.g. someone else saved first.</summary>
    Attention,
}

/// <summary>A message about the whole form, shown above the fields (field errors go under their field).</summary>
public sealed record FormCardNotice(string Text, FormCardTone Tone = FormCardTone.Info);
