using System.Reflection;

namespace BudgetModel.Testing.Contracts;

/// <summary>
/// A reusable contract check for value types, in the manner of NodaTime's TestHelper: given values that
/// are equal and values that are ordered, it checks that <see cref="object.Equals(object)"/>,
/// <see cref="IEquatable{T}"/>, <see cref="object.GetHashCode"/>, <see cref="IComparable{T}"/>,
/// the non-generic <see cref="IComparable"/> and the operators <c>== != &lt; &gt; &lt;= &gt;=</c> (where the
/// type declares them) all agree with each other. Independent of any test framework: a broken contract
/// throws <see cref="ContractViolationException"/>.
/// </summary>
public static class ValueTypeContract
{
    /// <summary>
    /// Checks equality: <paramref name="value"/> equals <paramref name="equalValue"/> (a distinct instance of
    /// the same value) and differs from each of <paramref name="unequalValues"/>; hash codes agree with equality;
    /// <c>==</c> and <c>!=</c> agree when declared.
    /// </summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="value">A value.</param>
    /// <param name="equalValue">A value equal to it.</param>
    /// <param name="unequalValues">Values not equal to it.</param>
    public static void CheckEquality<T>(T value, T equalValue, params T[] unequalValues)
        where T : struct, IEquatable<T>
    {
        ArgumentNullException.ThrowIfNull(unequalValues);
        Require(value.Equals(equalValue), $"IEquatable.Equals: {value} should equal {equalValue}");
        Require(equalValue.Equals(value), $"IEquatable.Equals is not symmetric for {value}, {equalValue}");
        Require(value.Equals((object)equalValue), $"object.Equals: {value} should equal {equalValue}");
        Require(!value.Equals(null), $"object.Equals(null) must be false for {value}");
        Require(!value.Equals(new object()), $"object.Equals(other type) must be false for {value}");
        Require(value.GetHashCode() == equalValue.GetHashCode(), $"GetHashCode differs for equal values {value} and {equalValue}");
        CheckOperator("op_Equality", value, equalValue, true);
        CheckOperator("op_Inequality", value, equalValue, false);
        foreach (var other in unequalValues)
        {
            Require(!value.Equals(other), $"IEquatable.Equals: {value} should not equal {other}");
            Require(!other.Equals(value), $"IEquatable.Equals is not symmetric for {value}, {other}");
            Require(!value.Equals((object)other), $"object.Equals: {value} should not equal {other}");
            CheckOperator("op_Equality", value, other, false);
            CheckOperator("op_Inequality", value, other, true);
        }
    }

    /// <summary>
    /// Checks ordering over values given in strictly ascending order: <see cref="IComparable{T}"/>,
    /// <see cref="IComparable"/> and the comparison operators agree, the order is antisymmetric and transitive,
    /// and each value compares equal to itself. Also checks equality among the values.
    /// </summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="ascending">At least two values, strictly ascending.</param>
    public static void CheckOrdering<T>(params T[] ascending)
        where T : struct, IEquatable<T>, IComparable<T>
    {
        ArgumentNullException.ThrowIfNull(ascending);
        Require(ascending.Length >= 2, "CheckOrdering needs at least two values.");
        for (int i = 0; i < ascending.Length; i++)
        {
            var a = ascending[i];
            Require(a.CompareTo(a) == 0, $"CompareTo: {a} should compare equal to itself");
            if (a is IComparable nonGeneric)
            {
                Require(nonGeneric.CompareTo(a) == 0, $"IComparable.CompareTo: {a} should compare equal to itself");
                Require(nonGeneric.CompareTo(null) > 0, $"IComparable.CompareTo(null) must be positive for {a}");
            }
            for (int j = 0; j < ascending.Length; j++)
            {
                var b = ascending[j];
                int expected = i.CompareTo(j);
                int actual = Math.Sign(a.CompareTo(b));
                Require(actual == expected, $"CompareTo({a}, {b}) is {actual}, expected {expected}");
                if (a is IComparable ng)
                {
                    Require(Math.Sign(ng.CompareTo(b)) == expected, $"IComparable.CompareTo({a}, {b}) disagrees with IComparable<T>");
                }
                Require(a.Equals(b) == (expected == 0), $"Equals({a}, {b}) disagrees with CompareTo");
                CheckOperator("op_LessThan", a, b, expected < 0);
                CheckOperator("op_GreaterThan", a, b, expected > 0);
                CheckOperator("op_LessThanOrEqual", a, b, expected <= 0);
                CheckOperator("op_GreaterThanOrEqual", a, b, expected >= 0);
                CheckOperator("op_Equality", a, b, expected == 0);
                CheckOperator("op_Inequality", a, b, expected != 0);
            }
        }
    }

    /// <summary>Checks that <c>default(T)</c> equals <paramref name="documentedDefault"/>, as its docs promise.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="documentedDefault">The value <c>default(T)</c> is documented to be.</param>
    public static void CheckDefault<T>(T documentedDefault)
        where T : struct, IEquatable<T>
    {
        Require(default(T).Equals(documentedDefault), $"default({typeof(T).Name}) should be {documentedDefault}");
    }

    private static void CheckOperator<T>(string name, T left, T right, bool expected)
        where T : struct
    {
        var op = typeof(T).GetMethod(name, BindingFlags.Public | BindingFlags.Static, [typeof(T), typeof(T)]);
        if (op is null)
        {
            return;
        }
        var actual = (bool)op.Invoke(null, [left, right])!;
        Require(actual == expected, $"operator {name}({left}, {right}) is {actual}, expected {expected}");
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ContractViolationException(message);
        }
    }
}
