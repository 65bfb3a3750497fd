using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace BudgetModel;

/// <summary>
/// The library's one small preconditions helper. Checks are inlined; the throws sit out of line
/// so that hot paths stay small. Public boundaries that take references use Ardalis.GuardClauses.
/// </summary>
internal static class Preconditions
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void CheckFormat(bool condition, string what, string text, int position, string reason)
    {
        if (!condition)
        {
            ThrowFormat(what, text, position, reason);
        }
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void ThrowFormat(string what, string text, int position, string reason) =>
        throw new BudgetFormatException(what, text, position, reason);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void ThrowOverflow(string operation, Exception? inner = null) =>
        throw new BudgetOverflowException(operation, inner);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static T ThrowOverflow<T>(string operation, Exception? inner = null) =>
        throw new BudgetOverflowException(operation, inner);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void ThrowArgument(string paramName, string message) =>
        throw new ArgumentException(message, paramName);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void ThrowArgumentOutOfRange(string paramName, object? actual, string message) =>
        throw new ArgumentOutOfRangeException(paramName, actual, message);
}
