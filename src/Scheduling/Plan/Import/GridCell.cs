namespace SkoleUtvikling.Scheduling.Plan.Import;

/// <summary>A table cell placed on the table's grid: its first grid column, how many it spans, and its text.</summary>
internal sealed record GridCell(int Start, int Span, CellText Text)
{
    public bool Covers(int column) => column >= Start && column < Start + Span;
}
