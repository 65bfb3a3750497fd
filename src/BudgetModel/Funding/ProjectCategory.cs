namespace BudgetModel.Funding;

/// <summary>The category of a project (项目类别).</summary>
public enum ProjectCategory
{
    /// <summary>人员类项目.</summary>
    Personnel = 1,

    /// <summary>运转类项目 (其他运转类).</summary>
    Operating = 2,

    /// <summary>特定目标类项目.</summary>
    SpecificPurpose = 3,
}
