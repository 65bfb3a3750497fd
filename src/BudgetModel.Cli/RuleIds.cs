using System.Globalization;
using System.Text;
using BudgetModel.Validation;

namespace BudgetModel.Cli;

/// <summary>
/// The rule ids <c>check --disable</c> accepts and <c>budgetmodel rules</c> lists: every built-in rule
/// (<see cref="DisclosureRules.All"/>, in run order) and the culprit search (<see cref="DisclosureValidator.CulpritRuleId"/>).
/// Import diagnostics (<c>BM-IMPORT-*</c>) are what reading the file found, not rules the validator runs, so they
/// cannot be disabled.
/// </summary>
internal static class RuleIds
{
    private const string ImportPrefix = "BM-IMPORT-";

    /// <summary>Id, English title and Chinese title of everything that can be disabled, in run order.</summary>
    internal static IReadOnlyList<(string Id, string Title, string ChineseTitle)> All { get; } =
    [
        .. DisclosureRules.All.Select(r => (r.Id, r.Title, r.ChineseTitle)),
        (DisclosureValidator.CulpritRuleId, "Culprit search: the one published figure that would explain a group of errors", "定位可解释多处不一致的单个数字"),
    ];

    /// <summary>The listing of <c>budgetmodel rules</c>: one rule a line, <c>ID  English title (中文标题)</c>.</summary>
    internal static string Listing()
    {
        int width = All.Max(r => r.Id.Length);
        var sb = new StringBuilder();
        foreach (var (id, title, chinese) in All)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"{id.PadRight(width)}  {title} ({chinese})");
        }
        return sb.ToString();
    }

    /// <summary>
    /// The ids of <c>--disable</c> arguments, each one id or a comma-separated list, resolved by the library's
    /// <see cref="Validation.RuleIds.Resolve"/> (one place for what names a rule): an id is matched regardless of
    /// case, and an entry ending in <c>*</c> is a prefix (<c>BM-PROSE-*</c>) that must match some rule.
    /// </summary>
    /// <param name="arguments">The <c>--disable</c> values.</param>
    /// <param name="ids">The canonical ids and prefixes, when every entry is known.</param>
    /// <param name="error">The one-line reason otherwise: the closest id, or the list of ids.</param>
    /// <returns>True when every entry names a rule.</returns>
    internal static bool TryResolve(IReadOnlyList<string> arguments, out string[] ids, out string? error)
    {
        var resolved = new List<string>();
        ids = [];
        error = null;
        foreach (var entry in arguments.SelectMany(a => a.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (entry.StartsWith(ImportPrefix, StringComparison.OrdinalIgnoreCase))
            {
                error = $"--disable {entry}: import diagnostics ({ImportPrefix}*) say what reading the file found and cannot be disabled; --severity error leaves warnings and info out of the report.";
                return false;
            }
            try
            {
                resolved.Add(Validation.RuleIds.Resolve(entry));
            }
            catch (UnknownRuleIdException e)
            {
                error = $"--disable {entry}: {e.Message}" + (e.Message.Contains("did you mean", StringComparison.Ordinal) ? " ('budgetmodel rules' lists every rule.)" : string.Empty);
                return false;
            }
        }
        ids = [.. resolved];
        return true;
    }
}
