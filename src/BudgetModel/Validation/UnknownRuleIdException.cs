namespace BudgetModel.Validation;

/// <summary>
/// A rule id that names no rule was given to <see cref="ValidationOptions.Disable(string[])"/> (or a prefix
/// <c>X*</c> that starts no rule's id). The message names the id and the closest known id, or lists the ids.
/// </summary>
public sealed class UnknownRuleIdException : ArgumentException, IBudgetModelError
{
    /// <summary>Creates the error.</summary>
    /// <param name="ruleId">The id as given.</param>
    /// <param name="message">Why it names no rule, with the closest id or the list of ids.</param>
    public UnknownRuleIdException(string ruleId, string message)
        : base(message, "ruleIds")
    {
        RuleId = ruleId;
    }

    /// <summary>The id as given.</summary>
    public string RuleId { get; }
}
