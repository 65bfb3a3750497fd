using System.Collections.ObjectModel;
using System.Text.Json;

namespace BudgetModel.Serialization;

/// <summary>A list of the JSON contract that refuses to grow past a limit, so that a hostile array is refused while
/// it is being read (see <see cref="DisclosureJsonOptions.MaxArrayLength"/>).</summary>
internal interface IBoundedList
{
    /// <summary>The most elements the list accepts.</summary>
    int Limit { get; set; }
}

/// <summary>The array type of every contract property: a list with an element limit.</summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class BoundedList<T> : Collection<T>, IBoundedList
{
    /// <summary>An empty list without a limit (for writing).</summary>
    public BoundedList()
    {
    }

    /// <summary>A list holding <paramref name="items"/>, without a limit (for writing).</summary>
    public BoundedList(IEnumerable<T> items) : base(items.ToList())
    {
    }

    /// <inheritdoc />
    public int Limit { get; set; } = int.MaxValue;

    /// <inheritdoc />
    protected override void InsertItem(int index, T item)
    {
        if (Count >= Limit)
        {
            throw new JsonException($"The array has more than {Limit} elements (DisclosureJsonOptions.MaxArrayLength).");
        }
        base.InsertItem(index, item);
    }
}
