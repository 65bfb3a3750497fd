using BudgetModel.Classification;
using BudgetModel.Funding;

namespace BudgetModel.Disclosure;

/// <summary>A name, class or year the document mentions, for the reviewers' consistency checks.</summary>
/// <param name="Kind">What is mentioned.</param>
/// <param name="Text">The text as printed (a name, a class name).</param>
/// <param name="Line">The source line, when imported.</param>
/// <param name="Code">The code printed with a class name.</param>
/// <param name="Year">The year, for <see cref="MentionKind.Year"/>.</param>
/// <param name="Context">Where the mention stands: cover, table header, prose, sheet …; or the words around a year.</param>
public sealed record ProseMention(MentionKind Kind, string Text, int? Line = null, string? Code = null, int? Year = null, string? Context = null);
