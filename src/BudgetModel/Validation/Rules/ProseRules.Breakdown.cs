using BudgetModel.Disclosure;

namespace BudgetModel.Validation.Rules;

/// <summary>A stated breakdown (预算4,684.30万元，包括在职人员经费2,422.61万元、公用经费357.43万元…): its parts sum to its total.</summary>
internal static partial class ProseRules
{
    /// <summary>The amounts that carry a <see cref="ProseFact.Base"/> are the parts of a breakdown; a run of them with the
    /// same base sums to the amount of that base stated just before them.</summary>
    private static void BreakdownParts(ValidationContext c)
    {
        var facts = c.Disclosure.Facts;
        for (int i = 0; i < facts.Count; i++)
        {
            if (facts[i].Kind != FactKind.Amount || facts[i].Base is not { } whole)
            {
                continue;
            }
            int end = i;
            while (end < facts.Count && facts[end].Kind == FactKind.Amount && facts[end].Base == whole)
            {
                end++;
            }
            var parts = facts.Skip(i).Take(end - i).ToArray();
            ProseFact? total = null;
            for (int k = i - 1; k >= 0 && total is null; k--)
            {
                if (facts[k].Kind == FactKind.Amount && facts[k].Subject == whole)
                {
                    total = facts[k];
                }
            }
            i = end - 1;
            if (total?.Amount is null || parts.Length < 2 || parts.Any(p => p.Amount is null))
            {
                continue;
            }
            c.Relate(Stated(total), parts.Select(p => Term.Plus(Stated(p))).ToArray(), new Place(total, null),
                $"{total.Subject} = the sum of the parts the prose lists ({string.Join(" + ", parts.Select(p => p.Subject.Name ?? p.Subject.Topic.ToString()))})");
        }
    }
}
