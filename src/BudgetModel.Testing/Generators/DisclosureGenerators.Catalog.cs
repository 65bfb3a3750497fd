using BudgetModel.Classification;
using BudgetModel.Disclosure;
using BudgetModel.Validation;

namespace BudgetModel.Testing.Generators;

public static partial class DisclosureGenerators
{
    /// <summary>
    /// The catalog edition a disclosure needs to be checked cleanly: <see cref="ClassificationCatalog.Edition2024"/>
    /// extended with every code the disclosure prints that the built-in edition lacks (a generated disclosure invents
    /// 款 and 项 such as 2010101 其他2010101支出), each named as first printed. The codes are those of the function,
    /// revenue and economic rows of every table (a new 部门 economic code mapping to the 政府 code printed beside it
    /// when that is of the same level) and of the 类 the prose mentions. The edition's year is the disclosure's
    /// <see cref="BudgetDisclosure.BudgetYear"/>, so that a catalog set picks it for the disclosure.
    /// </summary>
    /// <param name="disclosure">The disclosure, typically generated.</param>
    /// <returns>The extended edition. Codes the built-in edition holds keep their catalog names, so a name printed
    /// differently is still a finding; a code printed with a blank name is left out (and stays unknown).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="disclosure"/> is null.</exception>
    public static ClassificationCatalog CatalogFor(BudgetDisclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        var edition = ClassificationCatalog.Edition2024;
        var overlay = new ClassificationCatalogBuilder(disclosure.BudgetYear);
        var functions = new HashSet<FunctionCode>();
        var economics = new HashSet<EconomicCode>();
        var revenues = new HashSet<RevenueCode>();

        void Function(FunctionCode code, string name)
        {
            if (!code.IsEmpty && !string.IsNullOrWhiteSpace(name) && !edition.Contains(code) && functions.Add(code))
            {
                overlay.AddFunction(code, name);
            }
        }

        void Economic(EconomicCode? code, string? name, EconomicCode? mapsTo)
        {
            if (code is { IsEmpty: false } k && !string.IsNullOrWhiteSpace(name) && !edition.Contains(k) && economics.Add(k))
            {
                bool maps = k.System == EconomicSystem.Department && mapsTo is { System: EconomicSystem.Government } target && target.Level == k.Level;
                overlay.AddEconomic(k, name, maps ? mapsTo : null);
            }
        }

        foreach (var table in disclosure.Tables)
        {
            foreach (var row in table.Rows)
            {
                switch (row)
                {
                    case FunctionRow f:
                        Function(f.Code, f.Name);
                        break;
                    case RevenueCodeRow r when !r.Code.IsEmpty && !string.IsNullOrWhiteSpace(r.Name) && !edition.Contains(r.Code) && revenues.Add(r.Code):
                        overlay.AddRevenue(r.Code, r.Name);
                        break;
                    case EconomicRow e:
                        Economic(e.DepartmentCode, e.DepartmentName, e.GovernmentCode);
                        Economic(e.GovernmentCode, e.GovernmentName, null);
                        break;
                }
            }
        }
        foreach (var mention in disclosure.Mentions)
        {
            if (mention.Kind == MentionKind.FunctionClass && FunctionCode.TryParse(mention.Code, out var code))
            {
                Function(code, mention.Text);
            }
        }
        return edition.MergedWith(overlay.Build());
    }

    /// <summary>
    /// <see cref="ValidationOptions.Default"/> with the catalog the disclosure needs (<see cref="CatalogFor"/>) as the
    /// edition of its budget year, laid into <see cref="ClassificationCatalogSet.BuiltIn"/>: validating a consistent
    /// generated disclosure with these options reports no unknown code.
    /// </summary>
    /// <param name="disclosure">The disclosure, typically generated.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="disclosure"/> is null.</exception>
    public static ValidationOptions OptionsFor(BudgetDisclosure disclosure) =>
        ValidationOptions.Default with { Catalogs = ClassificationCatalogSet.BuiltIn.With(CatalogFor(disclosure)) };
}
