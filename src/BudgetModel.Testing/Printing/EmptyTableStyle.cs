namespace BudgetModel.Testing.Printing;

/// <summary>How a table without figures is printed.</summary>
public enum EmptyTableStyle
{
    /// <summary>The header, no body row, the note (注：本单位无…) under the table.</summary>
    NoteUnder,

    /// <summary>The header and one blank body row, the note under the table.</summary>
    BlankRowThenNote,
}
