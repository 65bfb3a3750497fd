namespace BudgetModel.Classification;

/// <summary>
/// The result of <see cref="ClassificationCatalog.CheckName(FunctionCode, string)"/> and its overloads:
/// <see cref="NameCheckOutcome.Match"/>, <see cref="NameCheckOutcome.Mismatch"/> with the expected name, or
/// <see cref="NameCheckOutcome.UnknownCode"/>.
/// </summary>
/// <remarks>
/// Invariant: <see cref="ExpectedName"/> is non-null exactly when the code is known (Match or Mismatch).
/// <c>default</c> is an <see cref="NameCheckOutcome.UnknownCode"/> result.
/// </remarks>
public readonly struct NameCheck : IEquatable<NameCheck>
{
    private NameCheck(NameCheckOutcome outcome, string? expectedName)
    {
        Outcome = outcome;
        ExpectedName = expectedName;
    }

    /// <summary>Match, Mismatch or UnknownCode.</summary>
    public NameCheckOutcome Outcome { get; }

    /// <summary>The catalog's name for the code; null when the code is unknown.</summary>
    public string? ExpectedName { get; }

    /// <summary>True for <see cref="NameCheckOutcome.Match"/>.</summary>
    public bool IsMatch => Outcome == NameCheckOutcome.Match;

    internal static NameCheck Unknown => default;

    internal static NameCheck Compare(string expected, bool matches) =>
        new(matches ? NameCheckOutcome.Match : NameCheckOutcome.Mismatch, expected);

    /// <inheritdoc />
    public bool Equals(NameCheck other) => Outcome == other.Outcome && string.Equals(ExpectedName, other.ExpectedName, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is NameCheck other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Outcome, ExpectedName is null ? 0 : StringComparer.Ordinal.GetHashCode(ExpectedName));

    /// <summary>For example <c>Mismatch (expected 产业发展)</c>.</summary>
    /// <returns>The outcome, with the expected name when known.</returns>
    public override string ToString() => ExpectedName is null ? Outcome.ToString() : $"{Outcome} (expected {ExpectedName})";

    /// <summary>Equality.</summary>
    /// <param name="left">A result.</param>
    /// <param name="right">A result.</param>
    /// <returns>True when outcome and expected name agree.</returns>
    public static bool operator ==(NameCheck left, NameCheck right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">A result.</param>
    /// <param name="right">A result.</param>
    /// <returns>True when outcome or expected name differ.</returns>
    public static bool operator !=(NameCheck left, NameCheck right) => !left.Equals(right);
}
