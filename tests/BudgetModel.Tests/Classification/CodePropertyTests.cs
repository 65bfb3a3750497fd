using BudgetModel.Classification;
using BudgetModel.Testing.Generators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetModel.Tests.Classification;

public class CodePropertyTests
{
    [Property]
    public Property Function_parent_is_a_prefix_one_level_up() =>
        Prop.ForAll(CodeGenerators.AnyFunctionCode(), code =>
            code.Parent is not { } parent
                ? code.Level == FunctionLevel.Class
                : code.Value.StartsWith(parent.Value, StringComparison.Ordinal)
                  && parent.Level == code.Level - 1
                  && parent.IsAncestorOf(code)
                  && code.Ancestors.Last() == parent);

    [Property]
    public Property Revenue_parent_is_a_prefix_one_level_up() =>
        Prop.ForAll(CodeGenerators.AnyRevenueCode(), code =>
            code.Parent is not { } parent
                ? code.Level == RevenueLevel.Class
                : code.Value.StartsWith(parent.Value, StringComparison.Ordinal) && parent.Level == code.Level - 1 && parent.IsAncestorOf(code));

    [Property]
    public Property Economic_parent_is_the_class_of_the_same_system() =>
        Prop.ForAll(CodeGenerators.AnyEconomicCode(), code =>
            code.Parent is not { } parent
                ? code.Level == EconomicLevel.Class
                : code.Value.StartsWith(parent.Value, StringComparison.Ordinal) && parent.Level == EconomicLevel.Class && parent.System == code.System);

    [Property]
    public Property Every_ancestor_is_a_proper_prefix_and_nothing_else_is() =>
        Prop.ForAll(CodeGenerators.AnyFunctionCode(), CodeGenerators.AnyFunctionCode(), (a, b) =>
            a.IsAncestorOf(b) == (a.Length < b.Length && b.Value.StartsWith(a.Value, StringComparison.Ordinal)));

    [Property]
    public Property Function_parse_of_format_is_identity() =>
        Prop.ForAll(CodeGenerators.AnyFunctionCode(), code =>
        {
            Span<char> buffer = stackalloc char[9];
            bool formatted = code.TryFormat(buffer, out int written, default, null);
            return formatted
                && FunctionCode.Parse(buffer[..written]) == code
                && FunctionCode.Parse(code.ToString()) == code
                && FunctionCode.FromParts(code.Value[..3], code.Length > 3 ? code.Value[3..5] : null, code.Length > 5 ? code.Value[5..] : null) == code;
        });

    [Property]
    public Property Economic_parse_of_format_is_identity() =>
        Prop.ForAll(CodeGenerators.AnyEconomicCode(), code =>
            EconomicCode.Parse(code.ToString()) == code && EconomicCode.TryParse(code.Value, out var again) && again == code);

    [Property]
    public Property Revenue_parse_of_format_is_identity() =>
        Prop.ForAll(CodeGenerators.AnyRevenueCode(), code =>
            RevenueCode.Parse(code.ToString()) == code && RevenueCode.TryParse(code.Value, out var again) && again == code);

    [Property]
    public Property Function_ordering_agrees_with_ordinal_string_ordering() =>
        Prop.ForAll(CodeGenerators.AnyFunctionCode(), CodeGenerators.AnyFunctionCode(), (a, b) =>
            Math.Sign(a.CompareTo(b)) == Math.Sign(string.CompareOrdinal(a.Value, b.Value)) && (a == b) == (a.Value == b.Value));

    [Property]
    public Property Economic_ordering_agrees_with_ordinal_string_ordering() =>
        Prop.ForAll(CodeGenerators.AnyEconomicCode(), CodeGenerators.AnyEconomicCode(), (a, b) =>
            Math.Sign(a.CompareTo(b)) == Math.Sign(string.CompareOrdinal(a.Value, b.Value)));

    [Property]
    public Property Revenue_ordering_agrees_with_ordinal_string_ordering() =>
        Prop.ForAll(CodeGenerators.AnyRevenueCode(), CodeGenerators.AnyRevenueCode(), (a, b) =>
            Math.Sign(a.CompareTo(b)) == Math.Sign(string.CompareOrdinal(a.Value, b.Value)));

    [Property]
    public Property Children_generated_under_a_parent_are_one_level_down() =>
        Prop.ForAll(
            Gen.OneOf(CodeGenerators.FunctionCode(FunctionLevel.Class), CodeGenerators.FunctionCode(FunctionLevel.Section))
                .SelectMany(parent => CodeGenerators.FunctionCodeUnder(parent).Select(child => (parent, child)))
                .ToArbitrary(),
            pair => pair.child.Parent == pair.parent && pair.child.Level == pair.parent.Level + 1);

    [Property]
    public Property Generators_respect_the_requested_system_and_level() =>
        Prop.ForAll(
            Gen.Elements(EconomicSystem.Department, EconomicSystem.Government)
                .SelectMany(s => Gen.Elements(EconomicLevel.Class, EconomicLevel.Section).SelectMany(l => CodeGenerators.EconomicCode(s, l).Select(c => (s, l, c))))
                .ToArbitrary(),
            t => t.c.System == t.s && t.c.Level == t.l);

    [Property]
    public Property Digits_that_are_not_a_code_are_refused_by_both_parsers() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            text ??= string.Empty;
            bool valid = text.Length is 3 or 5 or 7 && text.All(char.IsAsciiDigit);
            bool threw;
            try
            {
                FunctionCode.Parse(text);
                threw = false;
            }
            catch (BudgetFormatException ex)
            {
                threw = ex.Position >= 0 && ex.Position <= text.Length;
            }
            return FunctionCode.TryParse(text, out _) == valid && threw == !valid;
        });

    [Fact]
    public void Every_section_and_item_of_the_built_in_catalog_has_its_parent_in_the_catalog()
    {
        // Checked from first principles here, independently of FindOrphans.
        var catalog = ClassificationCatalog.Edition2024;
        var all = catalog.FunctionCodes.Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var code in catalog.FunctionCodes.Where(c => c.Length > 3))
        {
            Assert.Contains(code.Value[..^2], all);
        }
        var economic = catalog.EconomicCodes.Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var code in catalog.EconomicCodes.Where(c => c.Length > 3))
        {
            Assert.Contains(code.Value[..3], economic);
        }
    }

    [Property]
    public Property Every_catalog_section_has_its_class_in_the_catalog() =>
        Prop.ForAll(Gen.Elements(ClassificationCatalog.Edition2024.FunctionCodes.ToArray()).ToArbitrary(), code =>
            code.Ancestors.All(ClassificationCatalog.Edition2024.Contains));
}
