namespace BudgetModel.Classification;

/// <summary>
/// The result of <see cref="ClassificationCatalog.CheckName(FunctionCode, string)"/> and its overloads: a
/// <see cref="NameCheckOutcome"/> with the catalog's name, the former name matched and the edit distance.
/// </summary>
/// <remarks>
/// Invariant: <see cref="ExpectedName"/> is non-null exactly when the code is known (every outcome but
/// <see cref="NameCheckOutcome.UnknownCode"/>); <see cref="Former"/> is non-null exactly for
/// <see cref="NameCheckOutcome.FormerName"/>; <see cref="Distance"/> is 0 for a match and an unknown code.
/// <c>default</c> is an <see cref="NameCheckOutcome.UnknownCode"/> result.
/// </remarks>
public readonly struct NameCheck : IEquatable<NameCheck>
{
    private NameCheck(NameCheckOutcome outcome, string? expectedName, FormerName? former, int distance)
    {
        Outcome = outcome;
        ExpectedName = expectedName;
        Former = former;
        Distance = distance;
    }

    /// <summary>Match, Mismatch, FormerName, Misspelling or UnknownCode.</summary>
    public NameCheckOutcome Outcome { get; }

    /// <summary>The catalog's name for the code; null when the code is unknown.</summary>
    public string? ExpectedName { get; }

    /// <summary>The former name the published name is, for <see cref="NameCheckOutcome.FormerName"/>; otherwise null.</summary>
    public FormerName? Former { get; }

    /// <summary>The edit distance between the normal forms of the published and the catalog name, for
    /// <see cref="NameCheckOutcome.Mismatch"/> and <see cref="NameCheckOutcome.Misspelling"/>; otherwise 0.</summary>
    public int Distance { get; }

    /// <summary>True for <see cref="NameCheckOutcome.Match"/>.</summary>
    public bool IsMatch => Outcome == NameCheckOutcome.Match;

    internal static NameCheck Unknown => default;

    internal static NameCheck Matched(string expected) => new(NameCheckOutcome.Match, expected, null, 0);

    internal static NameCheck FromFormer(string expected, FormerName former) => new(NameCheckOutcome.FormerName, expected, former, 0);

    internal static NameCheck Differs(string expected, int distance, bool misspelt) =>
        new(misspelt ? NameCheckOutcome.Misspelling : NameCheckOutcome.Mismatch, expected, null, distance);

    /// <inheritdoc />
    public bool Equals(NameCheck other) =>
        Outcome == other.Outcome && Distance == other.Distance && Equals(Former, other.Former)
        && string.Equals(ExpectedName, other.ExpectedName, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is NameCheck other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Outcome, Distance, Former, ExpectedName is null ? 0 : StringComparer.Ordinal.GetHashCode(ExpectedName));

    /// <summary>For example <c>Mismatch (expected 产业发展)</c> or <c>FormerName (expected 卫生健康支出; 医疗卫生与计划生育支出 (editions –2018))</c>.</summary>
    /// <returns>The outcome, with the expected name when known.</returns>
    public override string ToString() =>
        ExpectedName is null ? Outcome.ToString()
        : Former is not null ? $"{Outcome} (expected {ExpectedName}; {Former})"
        : $"{Outcome} (expected {ExpectedName})";

    /// <summary>Equality.</summary>
    /// <param name="left">A result.</param>
    /// <param name="right">A result.</param>
    /// <returns>True when every property agrees.</returns>
    public static bool operator ==(NameCheck left, NameCheck right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">A result.</param>
    /// <param name="right">A result.</param>
    /// <returns>True when a property differs.</returns>
    public static bool operator !=(NameCheck left, NameCheck right) => !left.Equals(right);
}
