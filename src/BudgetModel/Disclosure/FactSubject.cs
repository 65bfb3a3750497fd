using BudgetModel.Classification;
using BudgetModel.Funding;

namespace BudgetModel.Disclosure;

/// <summary>The subject of a prose fact: a topic and, where the topic needs one, a fund source, a function class,
/// an economic class, a project category or a name.</summary>
/// <param name="Topic">The topic.</param>
/// <param name="Source">The fund source, for source topics.</param>
/// <param name="Code">The function class, for class topics.</param>
/// <param name="Category">The project category, for <see cref="FactTopic.ProjectsByCategory"/>.</param>
/// <param name="Name">A project or other name, as the prose prints it.</param>
/// <param name="Economic">The economic class (支出经济分类, 部门 3xx or 政府 5xx), for economic class topics.</param>
public sealed record FactSubject(FactTopic Topic, FundSource? Source = null, FunctionCode? Code = null, ProjectCategory? Category = null, string? Name = null, EconomicCode? Economic = null)
{
    /// <inheritdoc />
    public override string ToString() =>
        Topic + (Source is { } s ? $"({s})" : string.Empty) + (Code is { } c ? $"({c})" : string.Empty)
        + (Economic is { } e ? $"({e})" : string.Empty) + (Category is { } k ? $"({k})" : string.Empty) + (Name is { } n ? $"({n})" : string.Empty);
}
