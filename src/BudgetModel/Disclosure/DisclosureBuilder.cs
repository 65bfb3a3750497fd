using BudgetModel.Performance;
using BudgetModel.Validation;

namespace BudgetModel.Disclosure;

/// <summary>
/// Builds a <see cref="BudgetDisclosure"/>:
/// <code>
/// var disclosure = new DisclosureBuilder("汾阳市工业和信息化局", 2024)
///     .WithUnit(u => u with { Code = "209001" })
///     .AddTable(new TableBuilder(TableKind.ExpenditureSummary).Total(6542.05m, 286.42m, 6255.63m).Build())
///     .AddProjectSheet(sheet)
///     .Build();
/// </code>
/// A builder is not thread-safe; the disclosure it builds is immutable.
/// </summary>
public sealed class DisclosureBuilder
{
    private readonly List<BudgetTable> _tables = [];
    private readonly List<ProjectPerformanceSheet> _sheets = [];
    private readonly List<ProseFact> _facts = [];
    private readonly List<ProseMention> _mentions = [];
    private readonly HashSet<DisclosureSection> _sections = [];
    private readonly List<Finding> _importFindings = [];
    private readonly List<OtherTable> _otherTables = [];
    private DisclosureUnit _unit;
    private OverallPerformanceSheet? _overall;

    /// <summary>Starts a disclosure.</summary>
    /// <param name="unitName">The unit's name as on the cover.</param>
    /// <param name="budgetYear">The budget year (1949 to 2200).</param>
    public DisclosureBuilder(string unitName, int budgetYear)
    {
        Guard.Against.NullOrWhiteSpace(unitName);
        if (budgetYear is < MinYear or > MaxYear)
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(budgetYear), budgetYear, $"The budget year {budgetYear} is outside the years a disclosure can have, {MinYear} to {MaxYear}.");
        }
        _unit = new DisclosureUnit(unitName);
        BudgetYear = budgetYear;
    }

    /// <summary>The budget year.</summary>
    public int BudgetYear { get; }

    /// <summary>The earliest budget year a disclosure can have (1949).</summary>
    public const int MinYear = 1949;

    /// <summary>The latest budget year a disclosure can have (2200).</summary>
    public const int MaxYear = 2200;

    /// <summary>Changes the unit's details.</summary>
    /// <param name="change">Returns the changed unit, for example <c>u =&gt; u with { Code = "209001" }</c>.</param>
    public DisclosureBuilder WithUnit(Func<DisclosureUnit, DisclosureUnit> change)
    {
        Guard.Against.Null(change);
        _unit = Guard.Against.Null(change(_unit));
        return this;
    }

    /// <summary>Adds a table; at most one per kind.</summary>
    /// <param name="table">The table.</param>
    /// <exception cref="ArgumentException">A table of the same kind was added before.</exception>
    public DisclosureBuilder AddTable(BudgetTable table)
    {
        Guard.Against.Null(table);
        if (_tables.Exists(t => t.Kind == table.Kind))
        {
            Preconditions.ThrowArgument(nameof(table), $"The disclosure already has a {table.Kind} ({table.Kind.ChineseName()}) table.");
        }
        _tables.Add(table);
        _sections.Add(DisclosureSection.Tables);
        return this;
    }

    /// <summary>Adds a table the library does not know, kept as printed (the validator reports it as Info).</summary>
    /// <param name="table">The table.</param>
    public DisclosureBuilder AddOtherTable(OtherTable table)
    {
        _otherTables.Add(Guard.Against.Null(table));
        _sections.Add(DisclosureSection.Tables);
        return this;
    }

    /// <summary>True when a table of the kind was added.</summary>
    /// <param name="kind">The kind.</param>
    public bool HasTable(TableKind kind) => _tables.Exists(t => t.Kind == kind);

    /// <summary>Adds a project performance sheet.</summary>
    /// <param name="sheet">The sheet.</param>
    public DisclosureBuilder AddProjectSheet(ProjectPerformanceSheet sheet)
    {
        _sheets.Add(Guard.Against.Null(sheet));
        _sections.Add(DisclosureSection.Performance);
        return this;
    }

    /// <summary>Sets the overall performance sheet.</summary>
    /// <param name="sheet">The sheet.</param>
    public DisclosureBuilder WithOverallSheet(OverallPerformanceSheet sheet)
    {
        _overall = Guard.Against.Null(sheet);
        _sections.Add(DisclosureSection.Performance);
        return this;
    }

    /// <summary>Adds a fact the prose states.</summary>
    /// <param name="fact">The fact.</param>
    public DisclosureBuilder AddFact(ProseFact fact)
    {
        _facts.Add(Guard.Against.Null(fact));
        return this;
    }

    /// <summary>Adds a mention of a name, class or year.</summary>
    /// <param name="mention">The mention.</param>
    public DisclosureBuilder AddMention(ProseMention mention)
    {
        _mentions.Add(Guard.Against.Null(mention));
        return this;
    }

    /// <summary>Records that the document has the given sections.</summary>
    /// <param name="sections">The sections.</param>
    public DisclosureBuilder WithSections(params DisclosureSection[] sections)
    {
        _sections.UnionWith(Guard.Against.Null(sections));
        return this;
    }

    /// <summary>Adds a problem met while importing; it joins the validation report.</summary>
    /// <param name="finding">The finding.</param>
    public DisclosureBuilder AddImportFinding(Finding finding)
    {
        _importFindings.Add(Guard.Against.Null(finding));
        return this;
    }

    /// <summary>Builds the immutable disclosure.</summary>
    public BudgetDisclosure Build() => new(
        _unit,
        BudgetYear,
        _tables.ToArray(),
        _sheets.ToArray(),
        _overall,
        _facts.ToArray(),
        _mentions.ToArray(),
        System.Collections.Frozen.FrozenSet.ToFrozenSet(_sections),
        _importFindings.ToArray(),
        _otherTables.ToArray());
}
