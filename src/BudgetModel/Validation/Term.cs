namespace BudgetModel.Validation;

/// <summary>A figure with its sign in a sum.</summary>
internal readonly record struct Term(Figure Figure, int Sign)
{
    internal static Term Plus(Figure f) => new(f, 1);

    internal static Term Minus(Figure f) => new(f, -1);
}
