namespace BudgetModel.Classification;

/// <summary>
/// Builds a <see cref="ClassificationCatalog"/> edition in code, entry by entry: the programmatic counterpart of
/// <see cref="ClassificationCatalog.FromCsv(TextReader, int)"/>, making the same checks on each entry (a name that is
/// not blank, a mapping only from a 部门 code to a 政府 code of the same level, no code twice in a list).
/// </summary>
/// <remarks>
/// <para>
/// As with the CSV, structure is not enforced: a partial edition (a 项 without its 款) may be built and laid over
/// another with <see cref="ClassificationCatalog.MergedWith"/>, which is how the built-in edition is extended:
/// </para>
/// <code>
/// var overlay = new ClassificationCatalogBuilder(2024)
///     .AddFunction(FunctionCode.Parse("2150518"), "新增项目示例")
///     .AddEconomic(EconomicCode.Parse("30207"), "邮电费", mapsTo: EconomicCode.Parse("50201"))
///     .Build();
/// var catalog = ClassificationCatalog.Edition2024.MergedWith(overlay);
/// </code>
/// <para>
/// <see cref="Build"/> returns an immutable catalog holding a copy of the entries: the builder may be added to and
/// built again. A builder is not safe for concurrent use.
/// </para>
/// </remarks>
public sealed class ClassificationCatalogBuilder
{
    private readonly CatalogData _data = new();

    /// <summary>Starts an empty edition.</summary>
    /// <param name="year">The budget year the edition applies from, 1 to 9999.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not between 1 and 9999.</exception>
    public ClassificationCatalogBuilder(int year)
    {
        ClassificationCatalog.CheckYear(year);
        Year = year;
    }

    /// <summary>The budget year of the edition being built.</summary>
    public int Year { get; }

    /// <summary>Adds a 支出功能分类 code (类, 款 or 项).</summary>
    /// <param name="code">The code; not the empty code.</param>
    /// <param name="name">The catalog name, without the table-1 ordinal; trimmed, not blank, on one line.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is the empty code, or <paramref name="name"/> is
    /// blank or holds a line break.</exception>
    /// <exception cref="DuplicateClassificationCodeException">The code was added before.</exception>
    public ClassificationCatalogBuilder AddFunction(FunctionCode code, string name) =>
        Add(ClassificationKind.Function, code.Packed, code.Value, name, 0);

    /// <summary>
    /// Adds a 支出经济分类 code of either system (类 or 款; the first digit is the system), with, for a 部门 code, the
    /// 政府 code it maps to (30101 基本工资 → 50101 工资奖金津补贴).
    /// </summary>
    /// <param name="code">The code; not the empty code.</param>
    /// <param name="name">The catalog name; trimmed, not blank, on one line.</param>
    /// <param name="mapsTo">For a 部门 (3xx) code, the 政府 (5xx) code of the same level it maps to; null (or the empty
    /// code) for none. The target need not be in the edition: <see cref="ClassificationCatalog.FindOrphans"/> reports
    /// a missing one.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is the empty code, <paramref name="name"/> is blank
    /// or holds a line break, or <paramref name="mapsTo"/> is given for a 政府 code, is not a 政府 code, or is of
    /// another level.</exception>
    /// <exception cref="DuplicateClassificationCodeException">The code was added before.</exception>
    public ClassificationCatalogBuilder AddEconomic(EconomicCode code, string name, EconomicCode? mapsTo = null) =>
        Add(ClassificationCatalog.KindOf(code), code.Packed, code.Value, name, mapsTo?.Packed ?? 0);

    /// <summary>Adds a 收入分类 code (类, 款, 项 or 目).</summary>
    /// <param name="code">The code; not the empty code.</param>
    /// <param name="name">The catalog name; trimmed, not blank, on one line.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is the empty code, or <paramref name="name"/> is
    /// blank or holds a line break.</exception>
    /// <exception cref="DuplicateClassificationCodeException">The code was added before.</exception>
    public ClassificationCatalogBuilder AddRevenue(RevenueCode code, string name) =>
        Add(ClassificationKind.Revenue, code.Packed, code.Value, name, 0);

    /// <summary>
    /// Adds a name the function code carried in earlier editions (医疗卫生与计划生育支出 for 210, until 2018), so that a
    /// disclosure printing it is told it uses an outdated name rather than a wrong one. The code need not be in the
    /// edition.
    /// </summary>
    /// <param name="code">The code; not the empty code.</param>
    /// <param name="name">The former name; trimmed, not blank, on one line, not listed for the code before.</param>
    /// <param name="lastEdition">The last edition that used the name; before <see cref="Year"/>.</param>
    /// <param name="firstEdition">The first edition that used the name, when known; not after <paramref name="lastEdition"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is the empty code, <paramref name="name"/> is blank,
    /// holds a line break or is listed for the code already, or the editions are not a range ending before <see cref="Year"/>.</exception>
    public ClassificationCatalogBuilder AddFormerName(FunctionCode code, string name, int lastEdition, int? firstEdition = null) =>
        AddFormer(ClassificationKind.Function, code.Packed, name, lastEdition, firstEdition);

    /// <inheritdoc cref="AddFormerName(FunctionCode, string, int, int?)"/>
    public ClassificationCatalogBuilder AddFormerName(EconomicCode code, string name, int lastEdition, int? firstEdition = null) =>
        AddFormer(ClassificationCatalog.KindOf(code), code.Packed, name, lastEdition, firstEdition);

    /// <inheritdoc cref="AddFormerName(FunctionCode, string, int, int?)"/>
    public ClassificationCatalogBuilder AddFormerName(RevenueCode code, string name, int lastEdition, int? firstEdition = null) =>
        AddFormer(ClassificationKind.Revenue, code.Packed, name, lastEdition, firstEdition);

    /// <summary>The edition holding the entries added so far, with <see cref="Year"/>. Not checked for structure:
    /// see <see cref="ClassificationCatalog.FindOrphans"/>.</summary>
    /// <returns>An immutable catalog; later additions to the builder do not change it.</returns>
    public ClassificationCatalog Build() => new(Year, _data);

    private ClassificationCatalogBuilder AddFormer(ClassificationKind kind, long code, string name, int lastEdition, int? firstEdition)
    {
        Guard.Against.Null(name);
        var error = _data.TryAddFormer(kind, code, name, firstEdition, lastEdition, Year);
        switch (error)
        {
            case CatalogEntryError.None:
                return this;
            case CatalogEntryError.EmptyCode:
                Preconditions.ThrowArgument(nameof(code), CatalogData.Describe(error, code));
                break;
            case CatalogEntryError.FormerNameRange:
                Preconditions.ThrowArgument(nameof(lastEdition), CatalogData.Describe(error, code));
                break;
            default:
                Preconditions.ThrowArgument(nameof(name), CatalogData.Describe(error, code));
                break;
        }
        return this;
    }

    private ClassificationCatalogBuilder Add(ClassificationKind kind, long code, string digits, string name, long mapsTo)
    {
        Guard.Against.Null(name);
        var error = _data.TryAdd(kind, code, name, mapsTo);
        switch (error)
        {
            case CatalogEntryError.None:
                return this;
            case CatalogEntryError.Duplicate:
                throw new DuplicateClassificationCodeException(kind, digits);
            case CatalogEntryError.EmptyCode:
                Preconditions.ThrowArgument(nameof(code), CatalogData.Describe(error, code));
                break;
            case CatalogEntryError.EmptyName or CatalogEntryError.LineBreakInName:
                Preconditions.ThrowArgument(nameof(name), CatalogData.Describe(error, code));
                break;
            default:
                Preconditions.ThrowArgument(nameof(mapsTo), CatalogData.Describe(error, code));
                break;
        }
        return this;
    }
}
