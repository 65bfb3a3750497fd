namespace BudgetModel.Classification;

/// <summary>
/// What the documents of one budget year print for one code (<see cref="CatalogHarvest"/>): the majority name, how
/// many documents print it, and every other name printed for the code with its count.
/// </summary>
/// <param name="Year">The budget year of the documents.</param>
/// <param name="Kind">Function, 部门 or 政府 economic, or revenue.</param>
/// <param name="Code">The code's digits.</param>
/// <param name="Name">The majority name: the one most documents print (ties: the first in ordinal order of the
/// normal forms, so the result does not depend on the order documents were added).</param>
/// <param name="Documents">How many documents print the majority name.</param>
/// <param name="TotalDocuments">How many documents print the code at all.</param>
/// <param name="Variants">The other names printed for the code, most documents first.</param>
/// <param name="MapsTo">For a 部门 code, the 政府 code most documents print beside it (table 6), when any does.</param>
public sealed record HarvestedName(
    int Year,
    ClassificationKind Kind,
    string Code,
    string Name,
    int Documents,
    int TotalDocuments,
    IReadOnlyList<NameVariant> Variants,
    string? MapsTo);
