using BudgetModel.Classification;
using FsCheck;
using FsCheck.Fluent;
using EconomicCodeType = BudgetModel.Classification.EconomicCode;
using FunctionCodeType = BudgetModel.Classification.FunctionCode;
using RevenueCodeType = BudgetModel.Classification.RevenueCode;

namespace BudgetModel.Testing.Generators;

/// <summary>
/// FsCheck generators of classification codes (<see cref="FunctionCodeType"/>, <see cref="EconomicCodeType"/>,
/// <see cref="RevenueCodeType"/>). Every generated code is valid and non-empty; digits below the first are
/// uniform, so codes need not exist in any catalog edition. The <c>Any…</c> arbitraries shrink a code towards
/// its ancestors (a 项 to its 款, then its 类).
/// </summary>
public static class CodeGenerators
{
    /// <summary>Function codes of one level: 3 (类), 5 (款) or 7 (项) digits.</summary>
    /// <param name="level">The level; not <see cref="FunctionLevel.None"/>.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a level of the classification.</exception>
    public static Gen<FunctionCodeType> FunctionCode(FunctionLevel level)
    {
        int length = level switch
        {
            FunctionLevel.Class => 3,
            FunctionLevel.Section => 5,
            FunctionLevel.Item => 7,
            _ => throw new ArgumentOutOfRangeException(nameof(level), level, "A function code is a 类, 款 or 项."),
        };
        return Digits(length).Select(static d => FunctionCodeType.Parse(d));
    }

    /// <summary>Function codes of every level, shrinking towards their ancestors.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<FunctionCodeType> AnyFunctionCode() =>
        Arb.From(
            Gen.OneOf(FunctionCode(FunctionLevel.Class), FunctionCode(FunctionLevel.Section), FunctionCode(FunctionLevel.Item)),
            static c => c.Ancestors.Reverse());

    /// <summary>Children of <paramref name="parent"/> one level down: a 款 of a 类, or a 项 of a 款.</summary>
    /// <param name="parent">A 类 or 款.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentException"><paramref name="parent"/> is empty or a 项 (which has no children).</exception>
    public static Gen<FunctionCodeType> FunctionCodeUnder(FunctionCodeType parent)
    {
        if (parent.Level is not (FunctionLevel.Class or FunctionLevel.Section))
        {
            throw new ArgumentException($"Only a 类 or 款 has children; got \"{parent}\".", nameof(parent));
        }
        return Gen.Choose(0, 99).Select(n => new FunctionCodeType(CodeDigits.AppendTwoDigits(parent.Packed, n)));
    }

    /// <summary>Economic codes of one system and level: <c>3xx</c>/<c>3xxxx</c> (部门) or <c>5xx</c>/<c>5xxxx</c> (政府).</summary>
    /// <param name="system">The system; fixes the first digit.</param>
    /// <param name="level">The level; not <see cref="EconomicLevel.None"/>.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> or <paramref name="system"/> is not defined.</exception>
    public static Gen<EconomicCodeType> EconomicCode(EconomicSystem system, EconomicLevel level)
    {
        char first = system switch
        {
            EconomicSystem.Department => '3',
            EconomicSystem.Government => '5',
            _ => throw new ArgumentOutOfRangeException(nameof(system), system, "The system is 部门 or 政府."),
        };
        int length = level switch
        {
            EconomicLevel.Class => 3,
            EconomicLevel.Section => 5,
            _ => throw new ArgumentOutOfRangeException(nameof(level), level, "An economic code is a 类 or 款."),
        };
        return Digits(length - 1).Select(d => EconomicCodeType.Parse(first + d));
    }

    /// <summary>Economic codes of both systems and both levels, shrinking a 款 to its 类.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<EconomicCodeType> AnyEconomicCode() =>
        Arb.From(Gen.OneOf(AnyOf(EconomicSystem.Department), AnyOf(EconomicSystem.Government)), static c => c.Ancestors);

    /// <summary>Economic codes of one system, both levels, shrinking a 款 to its 类.</summary>
    /// <param name="system">The system.</param>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<EconomicCodeType> AnyEconomicCode(EconomicSystem system) =>
        Arb.From(AnyOf(system), static c => c.Ancestors);

    /// <summary>Revenue codes of one level: 3 (类), 5 (款), 7 (项) or 9 (目) digits.</summary>
    /// <param name="level">The level; not <see cref="RevenueLevel.None"/>.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a level of the classification.</exception>
    public static Gen<RevenueCodeType> RevenueCode(RevenueLevel level)
    {
        int length = level switch
        {
            RevenueLevel.Class => 3,
            RevenueLevel.Section => 5,
            RevenueLevel.Item => 7,
            RevenueLevel.Subitem => 9,
            _ => throw new ArgumentOutOfRangeException(nameof(level), level, "A revenue code is a 类, 款, 项 or 目."),
        };
        return Digits(length).Select(static d => RevenueCodeType.Parse(d));
    }

    /// <summary>Revenue codes of every level, shrinking towards their ancestors.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RevenueCodeType> AnyRevenueCode() =>
        Arb.From(
            Gen.OneOf(
                RevenueCode(RevenueLevel.Class),
                RevenueCode(RevenueLevel.Section),
                RevenueCode(RevenueLevel.Item),
                RevenueCode(RevenueLevel.Subitem)),
            static c => c.Ancestors.Reverse());

    private static Gen<EconomicCodeType> AnyOf(EconomicSystem system) =>
        Gen.OneOf(EconomicCode(system, EconomicLevel.Class), EconomicCode(system, EconomicLevel.Section));

    private static Gen<string> Digits(int length) =>
        Gen.ArrayOf(Gen.Choose('0', '9').Select(static c => (char)c), length).Select(static chars => new string(chars));
}
